// Session in the 2026-07-28 era (session_modern.cc): a request carrying the era's _meta opens
// the session without initialize, and each request is decoded, served and encoded per era.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <string>
#include <vector>

#include "downstream/session.h"
#include "testing/fake_upstream.h"

namespace mcpgw::downstream {
namespace {

using mcpgw::testing::FakeUpstream;

constexpr std::string_view kTraceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

class ModernSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_ = std::make_shared<FakeUpstream>("fs");
    fs_->SetTools({"read"});
    router_ = std::make_unique<router::Router>(router::RouterOptions{}, nullptr);
    router_->SetUpstreams({fs_});
    session_ = std::make_shared<Session>(
        *router_,
        [this](std::string text, std::string_view, bool) {
          if (!text.empty()) wire_.push_back(std::move(text));
        },
        SessionOptions{});
    session_->Open();
  }
  void TearDown() override { session_->Close(); }

  static json::object Meta(std::string_view log_level = "", json::object capabilities = {}) {
    json::object meta{
        {"io.modelcontextprotocol/protocolVersion", "2026-07-28"},
        {"io.modelcontextprotocol/clientCapabilities", std::move(capabilities)},
        {"io.modelcontextprotocol/clientInfo", {{"name", "agent"}, {"version", "2"}}}};
    if (!log_level.empty()) meta["io.modelcontextprotocol/logLevel"] = log_level;
    return meta;
  }
  void Request(json::value id, std::string_view method, json::object params) {
    auto validated = core::ValidateMessage(core::MakeRequest(id, method, std::move(params)));
    ASSERT_TRUE(validated);
    session_->OnMessage(std::move(*validated));
  }
  std::vector<json::object> TakeSent() {
    std::vector<json::object> messages;
    for (const std::string& text : wire_) messages.push_back(boost::json::parse(text).as_object());
    wire_.clear();
    return messages;
  }
  static int ErrorCode(const json::object& response) {
    const json::value* error = response.if_contains("error");
    return error ? static_cast<int>(error->at("code").to_number<int>()) : 0;
  }

  std::shared_ptr<FakeUpstream> fs_;
  std::unique_ptr<router::Router> router_;
  std::shared_ptr<Session> session_;
  std::vector<std::string> wire_;
};

TEST_F(ModernSessionTest, ToolsCallWithoutInitializeIsForwardedWithOnlyTheEraKeysStripped) {
  json::object meta = Meta();
  meta["traceparent"] = kTraceparent;
  Request(1, "tools/call", {{"name", "fs_read"}, {"arguments", json::object()}, {"_meta", meta}});
  EXPECT_TRUE(session_->modern());
  EXPECT_EQ(session_->protocol_version(), "2026-07-28");
  EXPECT_EQ(session_->guard_session()->client_name, "agent");
  ASSERT_EQ(fs_->sent().size(), 1u);
  const std::string& upstream_text = fs_->sent()[0].text;
  EXPECT_NE(upstream_text.find(kTraceparent), std::string::npos) << upstream_text;
  EXPECT_EQ(upstream_text.find("io.modelcontextprotocol/"), std::string::npos) << upstream_text;

  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 1);
  EXPECT_EQ(sent[0].at("result").at("resultType"), "complete");
  EXPECT_FALSE(sent[0].at("result").as_object().contains("ttlMs")) << "tools/call is not cached";
}

TEST_F(ModernSessionTest, ListResultsCarryCachingHints) {
  Request(2, "tools/list", {{"_meta", Meta()}});
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  const json::object& result = sent[0].at("result").as_object();
  bool listed = false;
  for (const json::value& tool : result.at("tools").as_array())
    listed = listed || tool.at("name") == "fs_read";
  EXPECT_TRUE(listed) << json::serialize(result);
  EXPECT_EQ(result.at("ttlMs"), 0);
  EXPECT_EQ(result.at("cacheScope"), "private");
  EXPECT_EQ(result.at("resultType"), "complete");
}

TEST_F(ModernSessionTest, ServerDiscoverIsAnsweredByTheGateway) {
  Request("d", "server/discover", {{"_meta", Meta()}});
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), "d");
  const json::object& result = sent[0].at("result").as_object();
  EXPECT_EQ(result.at("supportedVersions").at(0), "2026-07-28");
  EXPECT_TRUE(result.at("capabilities").as_object().contains("tools"));
  EXPECT_EQ(result.at("_meta").at("io.modelcontextprotocol/serverInfo").at("name"), "mcp-gateway");
  EXPECT_TRUE(fs_->sent().empty());
}

TEST_F(ModernSessionTest, BadMetaAndRemovedMethodsAreRefusedWithTheRequestId) {
  // Opened by a valid request, so that every later one is decoded as modern.
  Request(1, "tools/list", {{"_meta", Meta()}});
  TakeSent();
  Request(2, "tools/list", json::object{});
  Request(3, "ping", {{"_meta", Meta()}});
  json::object v999 = Meta();
  v999["io.modelcontextprotocol/protocolVersion"] = "v999";
  Request(4, "tools/list", {{"_meta", v999}});
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 3u);
  EXPECT_EQ(sent[0].at("id"), 2);
  EXPECT_EQ(ErrorCode(sent[0]), -32602);
  EXPECT_EQ(sent[1].at("id"), 3);
  EXPECT_EQ(ErrorCode(sent[1]), -32601);
  EXPECT_EQ(sent[2].at("id"), 4);
  EXPECT_EQ(ErrorCode(sent[2]), -32022);
  EXPECT_EQ(sent[2].at("error").at("data").at("requested"), "v999");
}

TEST_F(ModernSessionTest, LegacySessionIsUntouchedByEraMetaOnLaterRequests) {
  Request(0, "initialize",
          {{"protocolVersion", "2025-11-25"},
           {"capabilities", json::object()},
           {"clientInfo", {{"name", "old"}, {"version", "1"}}}});
  TakeSent();
  Request(1, "ping", {{"_meta", Meta()}});
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(ErrorCode(sent[0]), 0) << "ping is served on the legacy path";
  EXPECT_FALSE(session_->modern());
}

TEST_F(ModernSessionTest, UndeclaredCapabilityAnswersTheCallWithMissingRequiredCapability) {
  Request(1, "tools/call", {{"name", "fs_read"}, {"arguments", json::object()}, {"_meta", Meta()}});
  ASSERT_EQ(fs_->sent().size(), 1u);
  std::optional<json::object> upstream_answer;
  router_->OnUpstreamRequest(
      *fs_,
      json::object{{"jsonrpc", "2.0"},
                   {"id", 90},
                   {"method", "sampling/createMessage"},
                   {"params", {{"messages", json::array()}, {"maxTokens", 5}}}},
      [&](json::object response) { upstream_answer = std::move(response); });
  ASSERT_TRUE(upstream_answer);
  EXPECT_NE(ErrorCode(*upstream_answer), 0) << "the upstream is refused";
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 1);
  EXPECT_EQ(ErrorCode(sent[0]), -32021);
  EXPECT_TRUE(sent[0].at("error").at("data").at("requiredCapabilities").at("sampling").is_object());
  ASSERT_EQ(fs_->cancelled().size(), 1u);
  EXPECT_EQ(fs_->cancelled()[0].id, fs_->sent()[0].id);
}

TEST_F(ModernSessionTest, DeclaredCapabilityStillGetsNoRequestOnTheStream) {
  Request(1, "tools/call",
          {{"name", "fs_read"},
           {"arguments", json::object()},
           {"_meta", Meta("", json::object{{"sampling", json::object()}})}});
  std::optional<json::object> upstream_answer;
  router_->OnUpstreamRequest(
      *fs_,
      json::object{{"jsonrpc", "2.0"},
                   {"id", 91},
                   {"method", "sampling/createMessage"},
                   {"params", {{"messages", json::array()}, {"maxTokens", 5}}}},
      [&](json::object response) { upstream_answer = std::move(response); });
  ASSERT_TRUE(upstream_answer);
  EXPECT_NE(ErrorCode(*upstream_answer), 0);
  EXPECT_TRUE(TakeSent().empty()) << "no JSON-RPC request ever reaches a modern client";
}

TEST_F(ModernSessionTest, NotificationsFollowTheRequestsLogLevel) {
  Request(1, "tools/list", {{"_meta", Meta()}});
  TakeSent();
  auto log = [](std::string_view level) {
    return core::MakeNotification("notifications/message",
                                  json::object{{"level", level}, {"data", "x"}});
  };
  session_->SendToClient(log("error"));
  session_->SendToClient(core::MakeNotification("notifications/tools/list_changed", nullptr));
  session_->SendToClient(
      core::MakeNotification("notifications/progress", {{"progressToken", 1}, {"progress", 1}}));
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u) << "without logLevel only progress passes";
  EXPECT_EQ(sent[0].at("method"), "notifications/progress");

  Request(2, "tools/list", {{"_meta", Meta("warning")}});
  TakeSent();
  session_->SendToClient(log("info"));
  session_->SendToClient(log("error"));
  sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("params").at("level"), "error");
}

}  // namespace
}  // namespace mcpgw::downstream
