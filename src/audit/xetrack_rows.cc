#include "audit/xetrack_rows.h"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <array>
#include <cstdio>
#include <ctime>
#include <limits>
#include <string_view>

#include "core/ascii_lower.h"

namespace mcpgw::audit {
namespace {

namespace json = boost::json;

// Columns the gateway fills; an argument of the same name (any case) is written as arg_<name>.
bool IsOwnColumn(std::string_view name) {
  static constexpr std::array<std::string_view, 13> kOwn = {
      "timestamp",      "track_id",     "call_id",  "server_name", "capability_type",
      "capability_name", "response_type", "iserror", "meta",        "structuredcontent",
      "content",        "arguments",    "overflow"};
  const std::string lower = core::AsciiLower(name);
  for (std::string_view own : kOwn)
    if (lower == own) return true;
  return lower.starts_with("content_") || lower == "arguments_hash";
}

// Sets `column` in `row`, replacing an earlier cell of the same name (SQLite names are
// case-insensitive, so the comparison is too).
void Set(XetrackRow& row, std::string column, XetrackValue value, bool is_argument = false) {
  const std::string lower = core::AsciiLower(column);
  for (XetrackCell& cell : row) {
    if (core::AsciiLower(cell.column) == lower) {
      cell.value = std::move(value);
      cell.is_argument = is_argument;
      return;
    }
  }
  row.push_back({std::move(column), std::move(value), is_argument});
}

XetrackValue FromJson(const json::value& v) {
  switch (v.kind()) {
    case json::kind::null: return std::monostate{};
    case json::kind::bool_: return int64_t{v.get_bool() ? 1 : 0};
    case json::kind::int64: return v.get_int64();
    case json::kind::uint64:
      if (v.get_uint64() <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        return static_cast<int64_t>(v.get_uint64());
      return static_cast<double>(v.get_uint64());
    case json::kind::double_: return v.get_double();
    case json::kind::string: return std::string(v.get_string());
    case json::kind::array:
    case json::kind::object: return json::serialize(v);
  }
  return std::monostate{};
}

// Parses `text` as JSON; nullopt-like null value with ok=false on failure.
bool ParseJson(const std::string& text, json::value& out) {
  if (text.empty()) return false;
  boost::system::error_code ec;
  out = json::parse(text, ec);
  return !ec;
}

std::string_view ResponseType(const CallRecord& record) {
  switch (record.status) {
    case Status::kOk:
    case Status::kToolError:
      if (record.method == "tools/call") return "CallToolResult";
      if (record.method == "prompts/get") return "GetPromptResult";
      return "ReadResourceResult";
    case Status::kError: return "JSONRPCError";
    default: return StatusName(record.status);
  }
}

// content_<key> cells of one content item; `_meta` becomes content_meta.
void AddItem(XetrackRow& row, const json::object& item) {
  Set(row, "content_type", std::monostate{});
  Set(row, "content_text", std::monostate{});
  Set(row, "content_annotations", std::monostate{});
  for (const auto& member : item) {
    std::string key(member.key());
    if (key == "_meta") key = "meta";
    Set(row, "content_" + key, FromJson(member.value()));
  }
}

// resources/read contents: text as is, a blob as its size (as the reference did).
void AddResourceItem(XetrackRow& row, const json::object& item) {
  json::object copy = item;
  if (auto* blob = copy.if_contains("blob"); blob && blob->is_string()) {
    const std::size_t size = blob->get_string().size() / 4 * 3;
    copy.erase("blob");
    copy["type"] = "blob";
    copy["text"] = "<binary data (" + std::to_string(size) + " bytes)>";
  } else if (!copy.contains("type")) {
    copy["type"] = "text";
  }
  AddItem(row, copy);
}

// prompts/get messages: the message's role and its content's keys.
void AddPromptMessage(XetrackRow& row, const json::object& message) {
  json::object item;
  if (auto* content = message.if_contains("content"); content && content->is_object())
    item = content->get_object();
  AddItem(row, item);
  if (auto* role = message.if_contains("role")) Set(row, "content_role", FromJson(*role));
}

void AddArguments(XetrackRow& row, const CallRecord& record, bool flatten) {
  if (record.arguments_json.empty()) {
    if (!record.arguments_hash.empty()) Set(row, "arguments_hash", record.arguments_hash);
    return;
  }
  json::value args;
  const bool parsed = ParseJson(record.arguments_json, args);
  if (!flatten || !parsed || !args.is_object()) {
    Set(row, "arguments", record.arguments_json);
    return;
  }
  for (const auto& member : args.get_object()) {
    std::string name(member.key());
    if (IsOwnColumn(name)) name = "arg_" + name;
    Set(row, std::move(name), FromJson(member.value()), /*is_argument=*/true);
  }
}

}  // namespace

bool IsTracedMethod(std::string_view method) {
  return method == "tools/call" || method == "prompts/get" || method == "resources/read";
}

std::string XetrackTimestamp(std::chrono::system_clock::time_point when, bool utc) {
  const auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(when.time_since_epoch()).count();
  std::time_t seconds = static_cast<std::time_t>(micros / 1'000'000);
  long fraction = static_cast<long>(micros % 1'000'000);
  if (fraction < 0) {
    fraction += 1'000'000;
    --seconds;
  }
  std::tm tm{};
  if (utc) gmtime_r(&seconds, &tm);
  else localtime_r(&seconds, &tm);
  char text[64];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d.%06ld", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, fraction);
  return text;
}

std::vector<XetrackRow> XetrackRows(const CallRecord& record, const XetrackOptions& options) {
  std::vector<XetrackRow> rows;
  if (!IsTracedMethod(record.method)) return rows;

  XetrackRow base;
  Set(base, "timestamp", XetrackTimestamp(record.started + std::chrono::duration_cast<
                                                               std::chrono::system_clock::duration>(
                                                               record.total_latency),
                                          options.utc));
  Set(base, "track_id", options.track_id);
  Set(base, "call_id", record.call_id);
  Set(base, "server_name", record.server);
  Set(base, "capability_type", record.capability_type);
  Set(base, "capability_name", record.capability_name);
  AddArguments(base, record, options.flatten_arguments);
  Set(base, "response_type", std::string(ResponseType(record)));
  const bool answered = record.status == Status::kOk || record.status == Status::kToolError;
  Set(base, "isError", int64_t{record.is_error || !answered ? 1 : 0});
  Set(base, "meta", std::monostate{});

  json::value result;
  const bool parsed = answered && ParseJson(record.result_json, result) && result.is_object();
  const json::array* items = nullptr;
  enum class ItemKind { kContent, kPromptMessage, kResource } kind = ItemKind::kContent;
  if (parsed) {
    const json::object& object = result.get_object();
    if (auto* meta = object.if_contains("_meta")) Set(base, "meta", FromJson(*meta));
    if (auto* structured = object.if_contains("structuredContent"))
      Set(base, "structuredContent", FromJson(*structured));
    const char* list = "content";
    if (record.method == "prompts/get") {
      list = "messages";
      kind = ItemKind::kPromptMessage;
    } else if (record.method == "resources/read") {
      list = "contents";
      kind = ItemKind::kResource;
    }
    if (auto* v = object.if_contains(list); v && v->is_array()) items = &v->get_array();
  }

  if (!options.flatten_response) {
    XetrackRow row = base;
    if (items) Set(row, "content", json::serialize(*items));
    else if (answered && !record.result_json.empty() && !parsed)
      Set(row, "content", record.result_json);
    else if (record.status == Status::kError)
      Set(row, "content", record.error_message);
    rows.push_back(std::move(row));
    return rows;
  }

  if (items) {
    for (const json::value& item : *items) {
      XetrackRow row = base;
      json::object empty;
      const json::object& object = item.is_object() ? item.get_object() : empty;
      if (kind == ItemKind::kPromptMessage) AddPromptMessage(row, object);
      else if (kind == ItemKind::kResource) AddResourceItem(row, object);
      else AddItem(row, object);
      rows.push_back(std::move(row));
    }
  }
  if (rows.empty()) {  // no items: one row all the same, so the call is in the trace
    XetrackRow row = base;
    AddItem(row, {});
    if (record.status == Status::kError) {
      Set(row, "content_type", std::string("text"));
      Set(row, "content_text", record.error_message);
    } else if (answered && !record.result_json.empty() && !parsed) {
      Set(row, "content_text", record.result_json);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string XetrackRowJson(const XetrackRow& row) {
  json::object object;
  for (const XetrackCell& cell : row) {
    json::value v;
    if (const auto* i = std::get_if<int64_t>(&cell.value)) v = *i;
    else if (const auto* d = std::get_if<double>(&cell.value)) v = *d;
    else if (const auto* s = std::get_if<std::string>(&cell.value)) v = *s;
    object[cell.column] = std::move(v);
  }
  return json::serialize(object);
}

}  // namespace mcpgw::audit
