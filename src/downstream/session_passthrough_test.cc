// Session: the input_required pass-through (session_passthrough.cc). A modern upstream's
// input_required answer reaches a modern client with the upstream's own keys, guarded, and a
// sealed requestState; the retry (any session of the same principal) reaches the upstream with
// the upstream's own state and the guarded answers. Nothing is parked.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <string>
#include <vector>

#include "downstream/modern/passed_state.h"
#include "downstream/session.h"
#include "guards/guard_chain.h"
#include "testing/fake_upstream.h"

namespace mcpgw::downstream {
namespace {

using mcpgw::testing::FakeUpstream;

// Masks any string member "message" (questions) and "text" (answers; also inside a "content"
// object) holding "secret", on the input methods only, and records which chain ran where.
class SecretWordGuard : public guards::Guard {
 public:
  std::string_view name() const override { return "secret-word"; }
  bool Applies(const guards::GuardContext& context) const override {
    return context.method == "elicitation/create" || context.method == "sampling/createMessage";
  }
  guards::Verdict Inspect(const guards::GuardContext& context, json::value& payload) override {
    seen.push_back(std::string(context.direction == guards::Direction::kRequest ? "request "
                                                                                : "response ") +
                   context.method + " " + context.server);
    json::object* object = payload.if_object();
    if (!object) return guards::Verdict::Continue();
    if (const json::value* refuse = object->if_contains("refuse"); refuse && refuse->is_bool())
      return guards::Verdict::Reject("test.refused", "refused by the test guard");
    bool changed = Mask(*object);
    // A sampling answer's text is in its content block.
    if (json::value* content = object->if_contains("content"); content && content->is_object())
      changed = Mask(content->get_object()) || changed;
    return changed ? guards::Verdict::Modified("test.masked") : guards::Verdict::Continue();
  }
  std::vector<std::string> seen;

 private:
  static bool Mask(json::object& object) {
    bool changed = false;
    for (const char* member : {"message", "text"}) {
      json::value* value = object.if_contains(member);
      if (value && value->is_string() &&
          std::string_view(value->get_string()).find("secret") != std::string_view::npos) {
        *value = "<masked>";
        changed = true;
      }
    }
    return changed;
  }
};

class PassThroughTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_ = std::make_shared<FakeUpstream>("fs");
    fs_->SetTools({"confirm", "other"});
    UseRouter(router::RouterOptions{}, {fs_});
  }
  // A new router over `upstreams` (before any session is made).
  void UseRouter(router::RouterOptions options,
                 std::vector<std::shared_ptr<upstream::Upstream>> upstreams) {
    auto guard = std::make_unique<SecretWordGuard>();
    guard_ = guard.get();
    std::vector<std::unique_ptr<guards::Guard>> guards;
    guards.push_back(std::move(guard));
    router_ = std::make_unique<router::Router>(
        std::move(options), std::make_shared<guards::GuardChain>(std::move(guards)));
    router_->SetUpstreams(std::move(upstreams));
  }
  void TearDown() override {
    for (auto& session : sessions_) session->Close();
  }
  std::shared_ptr<Session> NewSession(std::string principal, SessionOptions options = {}) {
    auto session = std::make_shared<Session>(
        *router_,
        [this](std::string text, std::string_view, bool) {
          if (!text.empty()) wire_.push_back(std::move(text));
        },
        options);
    session->SetIdentity("", std::move(principal));
    session->Open();
    sessions_.push_back(session);
    return session;
  }
  static json::object Params(std::string_view tool, json::object capabilities) {
    return json::object{
        {"name", tool},
        {"arguments", json::object{{"env", "prod"}}},
        {"_meta",
         {{"io.modelcontextprotocol/protocolVersion", "2026-07-28"},
          {"io.modelcontextprotocol/clientCapabilities", std::move(capabilities)}}}};
  }
  static json::object Capable() {
    return json::object{{"elicitation", json::object()}, {"sampling", json::object()}};
  }
  void Call(Session& session, json::value id, json::object params) {
    auto validated = core::ValidateMessage(core::MakeRequest(id, "tools/call", std::move(params)));
    ASSERT_TRUE(validated);
    session.OnMessage(std::move(*validated));
  }
  std::vector<json::object> TakeSent() {
    std::vector<json::object> messages;
    for (const std::string& text : wire_) messages.push_back(json::parse(text).as_object());
    wire_.clear();
    return messages;
  }
  // The upstream's input_required answer to its latest request.
  static json::object InputRequired() {
    return json::object{
        {"resultType", "input_required"},
        {"inputRequests",
         {{"confirm",
           {{"method", "elicitation/create"},
            {"params",
             {{"message", "Deploy with the secret key?"},
              {"requestedSchema", {{"type", "object"}, {"properties", json::object()}}}}}}},
          {"model",
           {{"method", "sampling/createMessage"},
            {"params", {{"messages", json::array()}, {"maxTokens", 5}}}}}}},
        {"requestState", "upstream-own-state"}};
  }
  // The retry of `tool` carrying `state` (and an answer to "confirm") on `session`, as id `id`.
  void Retry(Session& session, json::value id, std::string_view tool, const json::value& state) {
    json::object params = Params(tool, Capable());
    params["requestState"] = state;
    params["inputResponses"] = json::object{{"confirm", {{"action", "accept"}}}};
    Call(session, std::move(id), std::move(params));
  }
  // Calls fs_confirm on `session`, lets the upstream answer input_required; the client's answer.
  json::object FirstRound(Session& session, json::object capabilities = Capable(),
                          std::string_view tool = "fs_confirm") {
    Call(session, 1, Params(tool, std::move(capabilities)));
    EXPECT_EQ(fs_->sent().size(), 1u);
    fs_->RespondResult(fs_->sent().back().id, InputRequired());
    std::vector<json::object> sent = TakeSent();
    EXPECT_EQ(sent.size(), 1u);
    return sent.empty() ? json::object() : sent[0];
  }
  // The answers a client gives to InputRequired(), plus a key nobody asked.
  static json::object Answers() {
    return json::object{{"confirm", {{"action", "accept"}}},
                        {"model",
                         {{"role", "assistant"},
                          {"model", "m"},
                          {"content", {{"type", "text"}, {"text", "the secret answer"}}}}},
                        {"unasked", {{"x", 1}}}};
  }
  // The upstream's request `index` is the call again with its own state and Answers(), guarded
  // (the sampling answer masked by the request-path chain, the unasked key dropped); then the
  // upstream completes it and the client `id` gets the result.
  void ExpectGuardedRetryThenComplete(std::size_t index, int id) {
    ASSERT_EQ(fs_->sent().size(), index + 1);
    const json::object sent = json::parse(fs_->sent()[index].text).as_object();
    const json::object& upstream_params = sent.at("params").as_object();
    EXPECT_EQ(upstream_params.at("requestState"), "upstream-own-state");
    const json::object& responses = upstream_params.at("inputResponses").as_object();
    EXPECT_EQ(responses.at("confirm").at("action"), "accept");
    EXPECT_EQ(responses.at("model").at("content").at("text"), "<masked>")
        << "the answer passed the request-path guards";
    EXPECT_FALSE(responses.contains("unasked")) << "keys the gateway did not pass on are dropped";
    EXPECT_NE(
        std::find(guard_->seen.begin(), guard_->seen.end(), "request sampling/createMessage fs"),
        guard_->seen.end());
    fs_->RespondResult(fs_->sent()[index].id,
                       json::object{{"content", json::array({json::object{
                                                    {"type", "text"}, {"text", "deployed"}}})}});
    std::vector<json::object> answers = TakeSent();
    ASSERT_EQ(answers.size(), 1u);
    EXPECT_EQ(answers[0].at("id"), id);
    EXPECT_EQ(answers[0].at("result").at("resultType"), "complete");
  }
  static int ErrorCode(const json::object& response) {
    const json::value* error = response.if_contains("error");
    return error ? static_cast<int>(error->at("code").to_number<int>()) : 0;
  }

  std::shared_ptr<FakeUpstream> fs_;
  SecretWordGuard* guard_ = nullptr;
  std::unique_ptr<router::Router> router_;
  std::vector<std::shared_ptr<Session>> sessions_;
  std::vector<std::string> wire_;
};

TEST_F(PassThroughTest, ClientGetsTheUpstreamsQuestionsGuardedAndASealedState) {
  auto session = NewSession("alice");
  json::object answer = FirstRound(*session);
  const json::object& result = answer.at("result").as_object();
  EXPECT_EQ(result.at("resultType"), "input_required");
  const json::object& inputs = result.at("inputRequests").as_object();
  ASSERT_TRUE(inputs.contains("confirm")) << "the upstream's own keys";
  ASSERT_TRUE(inputs.contains("model"));
  EXPECT_EQ(inputs.at("confirm").at("params").at("message"), "<masked>")
      << "the question passed the response-path guards";
  const std::string state(result.at("requestState").as_string());
  EXPECT_TRUE(state.starts_with("p2.")) << state;
  EXPECT_EQ(state.find("upstream-own-state"), std::string::npos) << "sealed, not bare";
  EXPECT_EQ(modern::ParkedCallsOf(*router_).size(), 0u) << "nothing parked: stateless";
  EXPECT_EQ(fs_->pending(), 0u) << "the upstream call is complete";
  EXPECT_NE(std::find(guard_->seen.begin(), guard_->seen.end(), "response elicitation/create fs"),
            guard_->seen.end());
}

TEST_F(PassThroughTest, RetryOnAnotherSessionReachesTheUpstreamWithItsStateAndGuardedAnswers) {
  json::object first = FirstRound(*NewSession("alice"));
  const std::string state(first.at("result").at("requestState").as_string());
  auto retry_session = NewSession("alice");
  json::object params = Params("fs_confirm", Capable());
  params["requestState"] = state;
  params["inputResponses"] = Answers();
  guard_->seen.clear();
  Call(*retry_session, 7, std::move(params));
  ExpectGuardedRetryThenComplete(1, 7);
}

// A first call that already carries the answers (inputResponses without requestState, keys the
// client knew in advance): when the upstream asks exactly those, the gateway guards the answers
// under the methods asked and sends the call again with them and the upstream's state; the client
// sees only the final result. Keys nobody asked are dropped.
TEST_F(PassThroughTest, AnswersTheCallCarriedAreGuardedAndSentBackWithoutAskingTheClient) {
  auto session = NewSession("alice");
  json::object params = Params("fs_confirm", Capable());
  params["inputResponses"] = Answers();
  Call(*session, 3, std::move(params));
  ASSERT_EQ(fs_->sent().size(), 1u);
  const json::object first = json::parse(fs_->sent()[0].text).as_object();
  EXPECT_FALSE(first.at("params").as_object().contains("inputResponses"))
      << "a fresh call's answers are not sent before anything asked for them";
  guard_->seen.clear();
  fs_->RespondResult(fs_->sent()[0].id, InputRequired());
  EXPECT_TRUE(TakeSent().empty()) << "the client is not asked what it already answered";
  ExpectGuardedRetryThenComplete(1, 3);
}

// When the call's own answers do not cover every question, the client is asked as usual.
TEST_F(PassThroughTest, AnswersCoveringOnlySomeQuestionsStillAskTheClient) {
  auto session = NewSession("alice");
  json::object params = Params("fs_confirm", Capable());
  params["inputResponses"] = json::object{{"confirm", {{"action", "accept"}}}};
  Call(*session, 4, std::move(params));
  ASSERT_EQ(fs_->sent().size(), 1u);
  fs_->RespondResult(fs_->sent()[0].id, InputRequired());
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("result").at("resultType"), "input_required");
  EXPECT_EQ(fs_->sent().size(), 1u) << "the upstream is not called again by the gateway";
}

TEST_F(PassThroughTest, TamperedForeignOrRedirectedStateIsInvalidParamsAndNeverReachesTheUpstream) {
  json::object first = FirstRound(*NewSession("alice"));
  const std::string state(first.at("result").at("requestState").as_string());
  std::string tampered = state;
  tampered[4] = tampered[4] == 'A' ? 'B' : 'A';
  const struct {
    const char* name;
    std::string principal;
    std::string tool;
    std::string state;
  } cases[] = {
      {"tampered", "alice", "fs_confirm", tampered},
      {"another principal", "mallory", "fs_confirm", state},
      {"another tool", "alice", "fs_other", state},
  };
  for (const auto& c : cases) {
    auto session = NewSession(c.principal);
    json::object params = Params(c.tool, Capable());
    params["requestState"] = c.state;
    params["inputResponses"] = json::object{{"confirm", {{"action", "accept"}}}};
    Call(*session, 9, std::move(params));
    std::vector<json::object> sent = TakeSent();
    ASSERT_EQ(sent.size(), 1u) << c.name;
    EXPECT_EQ(ErrorCode(sent[0]), -32602) << c.name << ": " << json::serialize(sent[0]);
    EXPECT_EQ(fs_->sent().size(), 1u) << c.name;
  }
}

TEST_F(PassThroughTest, QuestionTheClientCannotAnswerEndsTheCallWithMissingCapability) {
  auto session = NewSession("");
  json::object answer = FirstRound(*session, json::object{{"elicitation", json::object()}});
  EXPECT_EQ(ErrorCode(answer), -32021) << json::serialize(answer);
  EXPECT_EQ(answer.at("error").at("data").at("requiredCapabilities"),
            (json::object{{"sampling", json::object()}}));
}

TEST_F(PassThroughTest, RejectedQuestionFailsTheCallWithTheGuardsError) {
  auto session = NewSession("");
  Call(*session, 1, Params("fs_confirm", Capable()));
  json::object result = InputRequired();
  result["inputRequests"].as_object()["confirm"].as_object()["params"].as_object()["refuse"] = true;
  fs_->RespondResult(fs_->sent().back().id, std::move(result));
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_NE(ErrorCode(sent[0]), 0) << json::serialize(sent[0]);
  EXPECT_EQ(json::serialize(sent[0]).find("Deploy"), std::string::npos);
}

TEST_F(PassThroughTest, LegacyClientsNeverAskForThePassThrough) {
  auto session = NewSession("");
  auto init = core::ValidateMessage(core::MakeRequest(
      0, "initialize",
      json::object{{"protocolVersion", "2025-11-25"},
                   {"capabilities", json::object()},
                   {"clientInfo", {{"name", "legacy"}, {"version", "1"}}}}));
  ASSERT_TRUE(init);
  session->OnMessage(std::move(*init));
  TakeSent();
  Call(*session, 1, json::object{{"name", "fs_confirm"}, {"arguments", json::object()}});
  ASSERT_EQ(fs_->sent().size(), 1u);
  EXPECT_FALSE(fs_->PassesInputRequired(fs_->sent().back().id));
  auto modern = NewSession("");
  Call(*modern, 2, Params("fs_confirm", Capable()));
  ASSERT_EQ(fs_->sent().size(), 2u);
  EXPECT_TRUE(fs_->PassesInputRequired(fs_->sent().back().id));
}

// ---- The round bound (SessionOptions::max_input_rounds) ----

TEST_F(PassThroughTest, RoundPastTheBoundEndsTheCallBlockedAndTheUpstreamIsNotCalledAgain) {
  SessionOptions options;
  options.max_input_rounds = 2;
  json::object answer = FirstRound(*NewSession("alice", options));
  for (int retry = 1; retry <= 2; ++retry) {
    const json::object& result = answer.at("result").as_object();
    ASSERT_EQ(result.at("resultType"), "input_required") << retry << json::serialize(answer);
    Retry(*NewSession("alice", options), 10 + retry, "fs_confirm", result.at("requestState"));
    ASSERT_EQ(fs_->sent().size(), static_cast<std::size_t>(1 + retry));
    fs_->RespondResult(fs_->sent().back().id, InputRequired());  // asks yet again
    std::vector<json::object> sent = TakeSent();
    ASSERT_EQ(sent.size(), 1u);
    answer = sent[0];
  }
  // Round 3 > 2: the client gets the gateway's blocked result, not the questions.
  EXPECT_EQ(answer.at("id"), 12);
  const json::object& blocked = answer.at("result").as_object();
  EXPECT_EQ(blocked.at("isError"), true) << json::serialize(answer);
  EXPECT_EQ(blocked.at("resultType"), "complete");
  EXPECT_FALSE(blocked.contains("requestState")) << "nothing to retry with";
  EXPECT_FALSE(blocked.contains("inputRequests"));
  EXPECT_EQ(blocked.at("structuredContent").at("reason"), "gateway.input_rounds_exceeded");
  EXPECT_EQ(blocked.at("structuredContent").at("maxInputRounds"), 2);
  EXPECT_EQ(json::serialize(answer).find("Deploy"), std::string::npos) << "questions not shown";
  EXPECT_EQ(fs_->sent().size(), 3u) << "the first call and two retries, no more";
  EXPECT_EQ(fs_->pending(), 0u);
}

TEST_F(PassThroughTest, StateSealedPastTheBoundIsRefusedBeforeReachingTheUpstream) {
  SessionOptions options;
  options.max_input_rounds = 2;
  modern::PassedState state;
  state.method = "tools/call";
  state.name = "fs_confirm";
  state.server = "fs";
  state.methods = json::object{{"confirm", "elicitation/create"}};
  state.expires_ms = modern::NowMs() + 60'000;
  state.round = 3;
  const std::string token =
      modern::SealPassedState(state, modern::ParkedCallsOf(*router_).signer(), "alice");
  Retry(*NewSession("alice", options), 5, "fs_confirm", json::value(token));
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("result").at("structuredContent").at("reason"),
            "gateway.input_rounds_exceeded")
      << json::serialize(sent[0]);
  EXPECT_TRUE(fs_->sent().empty());
}

// ---- The reload rule: the retry's name must still route to the sealed server ----

TEST_F(PassThroughTest, RetryWhoseNameNowRoutesToAnotherServerIsRefusedAndReachesNeither) {
  auto gs = std::make_shared<FakeUpstream>("gs");
  gs->SetTools({"unrelated"});
  router::RouterOptions options;
  options.naming.prefix = false;  // bare names: one name can move between servers
  UseRouter(options, {fs_, gs});
  json::object first = FirstRound(*NewSession("alice"), Capable(), "confirm");
  const json::value state = first.at("result").at("requestState");
  // The routing changes: fs no longer lists confirm, gs now does.
  fs_->SetTools({"other"});
  gs->SetTools({"unrelated", "confirm"});
  router_->OnUpstreamChanged(*gs);
  ASSERT_EQ(router_->RoutedServer("tools/call", json::object{{"name", "confirm"}}).value_or(""),
            "gs");

  Retry(*NewSession("alice"), 8, "confirm", state);
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(ErrorCode(sent[0]), -32602) << json::serialize(sent[0]);
  const std::string message(sent[0].at("error").at("message").as_string());
  EXPECT_NE(message.find("no longer routes to server 'fs'"), std::string::npos) << message;
  EXPECT_NE(message.find("now routes to server 'gs'"), std::string::npos) << message;
  EXPECT_TRUE(gs->sent().empty()) << "the other server never sees the state";
  EXPECT_EQ(fs_->sent().size(), 1u);
}

TEST_F(PassThroughTest, RetryWhoseServerIsGoneIsRefused) {
  json::object first = FirstRound(*NewSession("alice"));
  const json::value state = first.at("result").at("requestState");
  fs_->set_state(upstream::State::kFailed);
  router_->OnUpstreamChanged(*fs_);
  Retry(*NewSession("alice"), 8, "fs_confirm", state);
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(ErrorCode(sent[0]), -32602) << json::serialize(sent[0]);
  EXPECT_NE(json::serialize(sent[0]).find("routes nowhere"), std::string::npos)
      << json::serialize(sent[0]);
  EXPECT_EQ(fs_->sent().size(), 1u);
}

TEST_F(PassThroughTest, RetryStillRoutedToItsServerAfterARebuildGoesThrough) {
  json::object first = FirstRound(*NewSession("alice"));
  fs_->SetTools({"other", "confirm", "more"});  // a list change that keeps the route
  router_->OnUpstreamChanged(*fs_);
  Retry(*NewSession("alice"), 8, "fs_confirm", first.at("result").at("requestState"));
  ASSERT_EQ(fs_->sent().size(), 2u) << "the retry went through";
}

}  // namespace
}  // namespace mcpgw::downstream
