#include "audit/xetrack_rows.h"

#include <gtest/gtest.h>

#include <chrono>

namespace mcpgw::audit {
namespace {

using namespace std::chrono_literals;

XetrackOptions Utc() {
  XetrackOptions o;
  o.utc = true;
  o.track_id = "amber-falcon-0001";
  return o;
}

CallRecord ToolCall(std::string arguments, std::string result) {
  CallRecord r;
  r.call_id = "c0ffee";
  r.started = std::chrono::system_clock::time_point(1'700'000'000s) + 123456us;
  r.total_latency = 1ms;
  r.method = "tools/call";
  r.server = "filesystem";
  r.capability_type = "tool";
  r.capability_name = "list_directory";
  r.arguments_json = std::move(arguments);
  r.result_json = std::move(result);
  return r;
}

const XetrackValue* Find(const XetrackRow& row, std::string_view column) {
  for (const XetrackCell& cell : row)
    if (cell.column == column) return &cell.value;
  return nullptr;
}

std::string Text(const XetrackRow& row, std::string_view column) {
  const XetrackValue* v = Find(row, column);
  if (!v) return "<missing>";
  if (const auto* s = std::get_if<std::string>(v)) return *s;
  if (std::holds_alternative<std::monostate>(*v)) return "<null>";
  return "<not text>";
}

int64_t Int(const XetrackRow& row, std::string_view column) {
  const XetrackValue* v = Find(row, column);
  return v && std::holds_alternative<int64_t>(*v) ? std::get<int64_t>(*v) : -999;
}

TEST(XetrackRows, OneRowPerContentItemWithTheReferenceColumns) {
  auto rows = XetrackRows(
      ToolCall(R"({"path":"."})",
               R"({"content":[{"type":"text","text":"[DIR] a"},{"type":"text","text":"[FILE] b",)"
               R"("annotations":{"audience":["user"]}}],"isError":false})"),
      Utc());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(Text(rows[0], "timestamp"), "2023-11-14 22:13:20.124456");
  EXPECT_EQ(Text(rows[0], "track_id"), "amber-falcon-0001");
  EXPECT_EQ(Text(rows[0], "call_id"), "c0ffee");
  EXPECT_EQ(Text(rows[0], "server_name"), "filesystem");
  EXPECT_EQ(Text(rows[0], "capability_type"), "tool");
  EXPECT_EQ(Text(rows[0], "capability_name"), "list_directory");
  EXPECT_EQ(Text(rows[0], "path"), ".");
  EXPECT_EQ(Text(rows[0], "response_type"), "CallToolResult");
  EXPECT_EQ(Int(rows[0], "isError"), 0);
  EXPECT_EQ(Text(rows[0], "content_type"), "text");
  EXPECT_EQ(Text(rows[0], "content_text"), "[DIR] a");
  EXPECT_EQ(Text(rows[0], "content_annotations"), "<null>");
  EXPECT_EQ(Text(rows[0], "meta"), "<null>");
  EXPECT_EQ(Text(rows[1], "content_text"), "[FILE] b");
  EXPECT_EQ(Text(rows[1], "content_annotations"), R"({"audience":["user"]})");
  EXPECT_EQ(Text(rows[1], "call_id"), "c0ffee");  // the same call on every row
}

TEST(XetrackRows, FlattensEachTopLevelArgumentNestedOnesAsJson) {
  auto rows = XetrackRows(
      ToolCall(R"({"path":"a","depth":3,"ratio":0.5,"recursive":true,"none":null,)"
               R"("paths":["x","y"],"opts":{"k":{"n":1}}})",
               R"({"content":[{"type":"text","text":"ok"}]})"),
      Utc());
  ASSERT_EQ(rows.size(), 1u);
  const XetrackRow& row = rows[0];
  EXPECT_EQ(Text(row, "path"), "a");
  EXPECT_EQ(Int(row, "depth"), 3);
  ASSERT_NE(Find(row, "ratio"), nullptr);
  EXPECT_DOUBLE_EQ(std::get<double>(*Find(row, "ratio")), 0.5);
  EXPECT_EQ(Int(row, "recursive"), 1);
  EXPECT_EQ(Text(row, "none"), "<null>");
  EXPECT_EQ(Text(row, "paths"), R"(["x","y"])");
  EXPECT_EQ(Text(row, "opts"), R"({"k":{"n":1}})");
  EXPECT_EQ(Find(row, "arguments"), nullptr);
}

TEST(XetrackRows, NotFlattenedArgumentsGoToOneJsonColumn) {
  XetrackOptions o = Utc();
  o.flatten_arguments = false;
  auto rows = XetrackRows(ToolCall(R"({"path":"."})", R"({"content":[]})"), o);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Text(rows[0], "arguments"), R"({"path":"."})");
  EXPECT_EQ(Find(rows[0], "path"), nullptr);
}

TEST(XetrackRows, NotFlattenedResponseIsOneRowWithTheContentList) {
  XetrackOptions o = Utc();
  o.flatten_response = false;
  auto rows = XetrackRows(
      ToolCall("{}", R"({"content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]})"), o);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Text(rows[0], "content"),
            R"([{"type":"text","text":"a"},{"type":"text","text":"b"}])");
  EXPECT_EQ(Find(rows[0], "content_text"), nullptr);
}

TEST(XetrackRows, ArgumentNamedLikeAGatewayColumnCannotOverwriteIt) {
  auto rows = XetrackRows(ToolCall(R"({"server_name":"forged","Call_Id":"x","content_text":"y"})",
                                   R"({"content":[{"type":"text","text":"real"}]})"),
                          Utc());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Text(rows[0], "server_name"), "filesystem");
  EXPECT_EQ(Text(rows[0], "arg_server_name"), "forged");
  EXPECT_EQ(Text(rows[0], "call_id"), "c0ffee");
  EXPECT_EQ(Text(rows[0], "arg_Call_Id"), "x");
  EXPECT_EQ(Text(rows[0], "content_text"), "real");
  EXPECT_EQ(Text(rows[0], "arg_content_text"), "y");
}

TEST(XetrackRows, CallWithoutContentItemsStillGetsOneRow) {
  CallRecord blocked = ToolCall(R"({"path":"."})", "");
  blocked.status = Status::kError;
  blocked.error_code = -32001;
  blocked.error_message = "blocked by policy.tool_denied";
  auto rows = XetrackRows(blocked, Utc());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Text(rows[0], "response_type"), "JSONRPCError");
  EXPECT_EQ(Int(rows[0], "isError"), 1);
  EXPECT_EQ(Text(rows[0], "content_text"), "blocked by policy.tool_denied");

  auto empty = XetrackRows(ToolCall("{}", R"({"content":[]})"), Utc());
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_EQ(Text(empty[0], "content_text"), "<null>");

  CallRecord timed_out = ToolCall("{}", "");
  timed_out.status = Status::kTimedOut;
  auto late = XetrackRows(timed_out, Utc());
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(Text(late[0], "response_type"), std::string(StatusName(Status::kTimedOut)));
  EXPECT_EQ(Int(late[0], "isError"), 1);
}

TEST(XetrackRows, ToolErrorResultKeepsItsContentAndMeta) {
  CallRecord r = ToolCall("{}", R"({"content":[{"type":"text","text":"boom","_meta":{"m":1}}],)"
                                R"("isError":true,"_meta":{"trace":"t"},"structuredContent":{"a":1}})");
  r.status = Status::kToolError;
  r.is_error = true;
  auto rows = XetrackRows(r, Utc());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Int(rows[0], "isError"), 1);
  EXPECT_EQ(Text(rows[0], "meta"), R"({"trace":"t"})");
  EXPECT_EQ(Text(rows[0], "content_meta"), R"({"m":1})");
  EXPECT_EQ(Text(rows[0], "structuredContent"), R"({"a":1})");
}

TEST(XetrackRows, PromptsAndResourcesGetOneRowPerMessageOrContent) {
  CallRecord prompt = ToolCall(R"({"topic":"x"})",
                               R"({"messages":[{"role":"user","content":{"type":"text","text":"hi"}},)"
                               R"({"role":"assistant","content":{"type":"text","text":"yo"}}]})");
  prompt.method = "prompts/get";
  prompt.capability_type = "prompt";
  auto rows = XetrackRows(prompt, Utc());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(Text(rows[0], "response_type"), "GetPromptResult");
  EXPECT_EQ(Text(rows[0], "content_role"), "user");
  EXPECT_EQ(Text(rows[1], "content_text"), "yo");

  CallRecord resource = ToolCall("", R"({"contents":[{"uri":"file:///a","mimeType":"text/plain",)"
                                     R"("text":"A"},{"uri":"file:///b","blob":"AAAA"}]})");
  resource.method = "resources/read";
  resource.capability_type = "resource";
  auto res = XetrackRows(resource, Utc());
  ASSERT_EQ(res.size(), 2u);
  EXPECT_EQ(Text(res[0], "response_type"), "ReadResourceResult");
  EXPECT_EQ(Text(res[0], "content_uri"), "file:///a");
  EXPECT_EQ(Text(res[0], "content_text"), "A");
  EXPECT_EQ(Text(res[1], "content_type"), "blob");
  EXPECT_EQ(Text(res[1], "content_text"), "<binary data (3 bytes)>");
}

TEST(XetrackRows, MalformedJsonIsKeptWholeNeverAFailure) {
  auto rows = XetrackRows(ToolCall("{not json", "also not json"), Utc());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Text(rows[0], "arguments"), "{not json");
  EXPECT_EQ(Text(rows[0], "content_text"), "also not json");
}

TEST(XetrackRows, HashOnlyArgumentsWriteTheHash) {
  CallRecord r = ToolCall("", R"({"content":[]})");
  r.arguments_hash = "abc123";
  auto rows = XetrackRows(r, Utc());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Text(rows[0], "arguments_hash"), "abc123");
}

TEST(XetrackRows, OnlyCapabilityMethodsAreTraced) {
  CallRecord r = ToolCall("", "");
  for (const char* method : {"tools/list", "initialize", "ping", "resources/list"}) {
    r.method = method;
    EXPECT_TRUE(XetrackRows(r, Utc()).empty()) << method;
  }
}

TEST(XetrackRows, RowJsonKeepsColumnOrderAndTypes) {
  XetrackRow row = {{"a", std::string("x"), false},
                    {"b", int64_t{2}, false},
                    {"c", std::monostate{}, false},
                    {"d", 0.25, false}};
  EXPECT_EQ(XetrackRowJson(row), R"({"a":"x","b":2,"c":null,"d":2.5E-1})");
}

}  // namespace
}  // namespace mcpgw::audit
