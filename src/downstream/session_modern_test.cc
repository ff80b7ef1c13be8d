// Session in the 2026-07-28 era (session_modern.cc): a request carrying the era's _meta opens
// the session without initialize, and each request is decoded, served and encoded per era.
#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
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
  // The upstream fs_ asks the client `method` (as a server-to-client request with `id`); its
  // answer lands in `answer`.
  void AskClient(int id, std::string_view method, json::object params,
                 std::optional<json::object>& answer) {
    router_->OnUpstreamRequest(
        *fs_,
        json::object{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}},
        [&answer](json::object response) { answer = std::move(response); });
  }
  std::shared_ptr<Session> NewSession(std::string id, std::string principal) {
    auto session = std::make_shared<Session>(
        *router_,
        [this](std::string text, std::string_view, bool) {
          if (!text.empty()) wire_.push_back(std::move(text));
        },
        SessionOptions{});
    session->SetIdentity(std::move(id), std::move(principal));
    session->Open();
    return session;
  }
  // Rebuilds the router with an executor (rounds are collected for kInputWindow).
  void UseExecutor() {
    session_->Close();
    router::RouterOptions options;
    options.executor = io_.get_executor();
    router_ = std::make_unique<router::Router>(options, nullptr);
    router_->SetUpstreams({fs_});
    session_ = NewSession("", "");
  }
  void RunFor(std::chrono::milliseconds duration) {
    io_.restart();
    io_.run_for(duration);
  }
  static int ErrorCode(const json::object& response) {
    const json::value* error = response.if_contains("error");
    return error ? static_cast<int>(error->at("code").to_number<int>()) : 0;
  }

  boost::asio::io_context io_;
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

TEST_F(ModernSessionTest, DeclaredCapabilityBecomesAnInputRequestNotARequestOnTheStream) {
  Request(1, "tools/call",
          {{"name", "fs_read"},
           {"arguments", json::object()},
           {"_meta", Meta("", json::object{{"sampling", json::object()}})}});
  std::optional<json::object> upstream_answer;
  AskClient(91, "sampling/createMessage", {{"messages", json::array()}, {"maxTokens", 5}},
            upstream_answer);
  EXPECT_FALSE(upstream_answer) << "the upstream waits for the client's retry";
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_FALSE(sent[0].contains("method")) << "no JSON-RPC request ever reaches a modern client";
  EXPECT_EQ(sent[0].at("result").at("resultType"), "input_required");
  EXPECT_EQ(sent[0].at("result").at("inputRequests").at("sampling_1").at("method"),
            "sampling/createMessage");
}

// ---- The input_required bridge -------------------------------------------------------------

TEST_F(ModernSessionTest, ElicitationDuringACallAnswersInputRequiredAndTheRetryCompletesIt) {
  const json::object call{{"name", "fs_read"},
                          {"arguments", json::object()},
                          {"_meta", Meta("", {{"elicitation", json::object()}})}};
  Request(1, "tools/call", call);
  std::optional<json::object> upstream_answer;
  AskClient(90, "elicitation/create",
            {{"message", "Your name?"},
             {"requestedSchema", json::object{{"type", "object"}}},
             {"_meta", {{"mcp-gateway/inputKey", "user_name"}}}},
            upstream_answer);
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 1);
  const json::object round = sent[0].at("result").as_object();
  EXPECT_EQ(round.at("resultType"), "input_required");
  const json::object& asked = round.at("inputRequests").at("user_name").as_object();
  EXPECT_EQ(asked.at("method"), "elicitation/create");
  EXPECT_EQ(asked.at("params").at("message"), "Your name?");
  EXPECT_FALSE(asked.at("params").as_object().contains("_meta")) << "the key hint is removed";
  ASSERT_TRUE(round.at("requestState").is_string());
  EXPECT_FALSE(upstream_answer);
  EXPECT_TRUE(fs_->cancelled().empty()) << "the upstream call stays in flight";

  json::object retry = call;
  retry["inputResponses"] = {{"user_name", {{"action", "accept"}, {"content", {{"name", "Alice"}}}}}};
  retry["requestState"] = round.at("requestState");
  Request(2, "tools/call", retry);
  ASSERT_TRUE(upstream_answer) << "the parked elicitation is answered from inputResponses";
  EXPECT_EQ(upstream_answer->at("result").at("content").at("name"), "Alice");
  EXPECT_EQ(fs_->sent().size(), 1u) << "the retry is not a second upstream call";

  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 2) << "the call's answer answers the retry";
  EXPECT_EQ(sent[0].at("result").at("resultType"), "complete");
}

TEST_F(ModernSessionTest, TamperedOrReusedRequestStateIsInvalidParams) {
  const json::object call{{"name", "fs_read"},
                          {"arguments", json::object()},
                          {"_meta", Meta("", {{"roots", json::object()}})}};
  Request(1, "tools/call", call);
  std::optional<json::object> upstream_answer;
  AskClient(90, "roots/list", json::object(), upstream_answer);
  const std::string state(TakeSent().at(0).at("result").at("requestState").as_string());

  json::object tampered = call;
  tampered["inputResponses"] = {{"roots_1", {{"roots", json::array()}}}};
  tampered["requestState"] = state + "-TAMPERED";
  Request(2, "tools/call", tampered);
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(ErrorCode(sent[0]), -32602);
  EXPECT_FALSE(upstream_answer);

  json::object good = tampered;
  good["requestState"] = state;
  Request(3, "tools/call", good);
  EXPECT_TRUE(upstream_answer);
  EXPECT_TRUE(TakeSent().empty()) << "resumed, waiting for the upstream";
  Request(4, "tools/call", good);
  sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 4);
  EXPECT_EQ(ErrorCode(sent[0]), -32602) << "a requestState resumes its call once";
}

TEST_F(ModernSessionTest, RetryResumesOnAnotherSessionOfTheSamePrincipalOnly) {
  // Stateless HTTP serves each POST with its own session: the parked call is gateway-wide.
  session_->SetIdentity("s1", "alice");
  const json::object call{{"name", "fs_read"},
                          {"arguments", json::object()},
                          {"_meta", Meta("", {{"sampling", json::object()}})}};
  Request(1, "tools/call", call);
  std::optional<json::object> upstream_answer;
  AskClient(90, "sampling/createMessage", {{"messages", json::array()}, {"maxTokens", 5}},
            upstream_answer);
  const json::value state = TakeSent().at(0).at("result").at("requestState");
  session_->Close();  // the first POST is over

  json::object retry = call;
  retry["inputResponses"] = {{"sampling_1", {{"role", "assistant"}, {"model", "m"}}}};
  retry["requestState"] = state;
  auto other = NewSession("s2", "mallory");
  other->OnMessage(*core::ValidateMessage(core::MakeRequest(2, "tools/call", retry)));
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(ErrorCode(sent[0]), -32602) << "another principal's state fails its check";
  EXPECT_FALSE(upstream_answer);

  auto same = NewSession("s3", "alice");
  same->OnMessage(*core::ValidateMessage(core::MakeRequest(3, "tools/call", retry)));
  ASSERT_TRUE(upstream_answer);
  EXPECT_EQ(upstream_answer->at("result").at("model"), "m");
  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 3);
  other->Close();
  same->Close();
}

TEST_F(ModernSessionTest, UnansweredInputRequestsAreAskedAgainWithANewRequestState) {
  UseExecutor();
  const json::object call{
      {"name", "fs_read"},
      {"arguments", json::object()},
      {"_meta", Meta("", {{"sampling", json::object()}, {"elicitation", json::object()}})}};
  Request(1, "tools/call", call);
  std::optional<json::object> elicited;
  std::optional<json::object> sampled;
  AskClient(90, "elicitation/create", {{"message", "name?"}}, elicited);
  AskClient(91, "sampling/createMessage", {{"messages", json::array()}, {"maxTokens", 5}},
            sampled);
  EXPECT_TRUE(TakeSent().empty()) << "the round is still being collected";
  RunFor(std::chrono::milliseconds(200));
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  const json::object round = sent[0].at("result").as_object();
  EXPECT_EQ(round.at("inputRequests").as_object().size(), 2u) << "requests arriving together";

  json::object retry = call;
  retry["inputResponses"] = {{"elicitation_1", {{"action", "decline"}}},
                             {"unknown_extra", {{"ignored", true}}}};
  retry["requestState"] = round.at("requestState");
  Request(2, "tools/call", retry);
  RunFor(std::chrono::milliseconds(200));
  ASSERT_TRUE(elicited);
  EXPECT_EQ(elicited->at("result").at("action"), "decline");
  EXPECT_FALSE(sampled);
  sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 2);
  const json::object& again = sent[0].at("result").as_object();
  EXPECT_EQ(again.at("resultType"), "input_required");
  EXPECT_EQ(again.at("inputRequests").as_object().size(), 1u);
  EXPECT_TRUE(again.at("inputRequests").as_object().contains("sampling_1"));
  EXPECT_NE(again.at("requestState"), round.at("requestState"));
}

TEST_F(ModernSessionTest, UndeclaredCapabilityIsLeftOutOfARoundThatHasOtherRequests) {
  UseExecutor();
  Request(1, "tools/call",
          {{"name", "fs_read"},
           {"arguments", json::object()},
           {"_meta", Meta("", json::object{{"sampling", json::object()}})}});
  std::optional<json::object> elicited;
  std::optional<json::object> sampled;
  AskClient(90, "elicitation/create", {{"message", "name?"}}, elicited);
  ASSERT_TRUE(elicited);
  EXPECT_NE(ErrorCode(*elicited), 0) << "the undeclared request is refused upstream";
  AskClient(91, "sampling/createMessage", {{"messages", json::array()}, {"maxTokens", 5}},
            sampled);
  RunFor(std::chrono::milliseconds(200));
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  const json::object& inputs = sent[0].at("result").at("inputRequests").as_object();
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs.begin()->value().at("method"), "sampling/createMessage");
  EXPECT_TRUE(fs_->cancelled().empty());
}

TEST_F(ModernSessionTest, UpstreamFailingAtOnceForAnUndeclaredCapabilityIsMissingCapability) {
  UseExecutor();
  Request(1, "tools/call", {{"name", "fs_read"}, {"arguments", json::object()}, {"_meta", Meta()}});
  std::optional<json::object> sampled;
  AskClient(90, "sampling/createMessage", {{"messages", json::array()}, {"maxTokens", 5}},
            sampled);
  ASSERT_TRUE(sampled);
  // The upstream's own failure arrives while the round is still being collected.
  fs_->RespondError(fs_->sent()[0].id, -32601, "the client did not declare sampling");
  EXPECT_TRUE(TakeSent().empty());
  RunFor(std::chrono::milliseconds(200));
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 1);
  EXPECT_EQ(ErrorCode(sent[0]), -32021);
}

TEST_F(ModernSessionTest, CallsOwnInputResponsesAnswerMatchingRequestsWithoutARound) {
  Request(1, "tools/call",
          {{"name", "fs_read"},
           {"arguments", json::object()},
           {"inputResponses", {{"elicitation_1", {{"action", "accept"}, {"content", {{"a", 1}}}}}}},
           {"_meta", Meta("", {{"elicitation", json::object()}})}});
  ASSERT_EQ(fs_->sent().size(), 1u);
  EXPECT_EQ(fs_->sent()[0].text.find("inputResponses"), std::string::npos)
      << "a legacy upstream never sees the era's retry fields";
  std::optional<json::object> upstream_answer;
  AskClient(90, "elicitation/create", {{"message", "a?"}}, upstream_answer);
  ASSERT_TRUE(upstream_answer);
  EXPECT_EQ(upstream_answer->at("result").at("action"), "accept");
  EXPECT_TRUE(TakeSent().empty()) << "no round was needed";
}

TEST_F(ModernSessionTest, MalformedRetryFieldsAreInvalidParams) {
  const struct {
    const char* name;
    json::object extra;
  } cases[] = {
      {"inputResponses not an object", {{"inputResponses", 5}}},
      {"inputResponses null", {{"inputResponses", nullptr}}},
      {"an input response not an object", {{"inputResponses", {{"user_name", 12345}}}}},
      {"requestState not a string", {{"requestState", 7}}},
      {"requestState empty", {{"requestState", ""}}},
  };
  int id = 0;
  for (const auto& c : cases) {
    json::object params{{"name", "fs_read"}, {"arguments", json::object()}, {"_meta", Meta()}};
    for (const auto& member : c.extra) params[member.key()] = member.value();
    Request(++id, "tools/call", params);
    std::vector<json::object> sent = TakeSent();
    ASSERT_EQ(sent.size(), 1u) << c.name;
    EXPECT_EQ(ErrorCode(sent[0]), -32602) << c.name;
  }
  EXPECT_TRUE(fs_->sent().empty());
}

TEST_F(ModernSessionTest, UpstreamAnswerArrivingWhileParkedAnswersTheRetry) {
  Request(1, "tools/call",
          {{"name", "fs_read"},
           {"arguments", json::object()},
           {"_meta", Meta("", {{"sampling", json::object()}})}});
  std::optional<json::object> upstream_answer;
  // The upstream answers while the call is parked: the answer is held for the retry.
  AskClient(90, "sampling/createMessage", {{"messages", json::array()}, {"maxTokens", 5}},
            upstream_answer);
  const json::value state = TakeSent().at(0).at("result").at("requestState");
  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  EXPECT_TRUE(TakeSent().empty()) << "nobody to answer while parked";
  Request(2, "tools/call",
          {{"name", "fs_read"},
           {"arguments", json::object()},
           {"requestState", state},
           {"_meta", Meta("", {{"sampling", json::object()}})}});
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 2);
  EXPECT_EQ(sent[0].at("result").at("resultType"), "complete");
  ASSERT_TRUE(upstream_answer) << "the pending request was refused when the call ended";
  EXPECT_NE(ErrorCode(*upstream_answer), 0);
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
