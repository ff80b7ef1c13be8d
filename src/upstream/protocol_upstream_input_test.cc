// The input_required bridge of ProtocolUpstream (a 2026-07-28 upstream asks for client input by
// answering input_required; the gateway asks its client through OnUpstreamRequest and retries),
// against a scripted in-process server: the retry carries inputResponses and requestState
// unchanged with the same id, rounds are bounded, a refusal fails the call, and cancellation or
// a timeout ends the round and cancels the client's outstanding questions.
#include "upstream/protocol_upstream.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <optional>

#include "core/json_rpc.h"
#include "testing/run_until.h"
#include "testing/scripted_transport.h"

namespace mcpgw::upstream {
namespace {

using mcpgw::testing::RunUntil;
using mcpgw::testing::ScriptedTransport;
using std::chrono::milliseconds;

// Holds each question the upstream asks until the test answers it.
class AskingObserver : public UpstreamObserver {
 public:
  void OnUpstreamChanged(const Upstream&) override {}
  void OnUpstreamNotification(const Upstream&, json::object notification) override {
    notifications.push_back(std::move(notification));
  }
  void OnUpstreamRequest(const Upstream&, json::object request,
                         std::function<void(json::object)> reply) override {
    if (refuse_at_once) {
      reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound,
                                    "the client did not declare the sampling capability"));
      return;
    }
    requests.push_back(std::move(request));
    replies.push_back(std::move(reply));
  }

  bool refuse_at_once = false;
  std::vector<json::object> requests;
  std::vector<std::function<void(json::object)>> replies;
  std::vector<json::object> notifications;
};

json::object InputRequired(json::object requests, std::optional<std::string> state) {
  json::object result{{"resultType", "input_required"}, {"inputRequests", std::move(requests)}};
  if (state) result["requestState"] = *state;
  return result;
}

json::object Elicit(std::string message) {
  return json::object{{"method", "elicitation/create"},
                      {"params", json::object{{"message", std::move(message)},
                                              {"requestedSchema", json::object{
                                                                      {"type", "object"}}}}}};
}

class ProtocolUpstreamInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto config = std::make_shared<config::ServerConfig>();
    config->name = "scripted";
    UpstreamOptions options;
    options.ping_interval = milliseconds(0);
    upstream_ = std::make_shared<ProtocolUpstream>(io_, config, options, &observer_, [this] {
      transport_ = std::make_shared<ScriptedTransport>(io_);
      transport_->SpeakModern();
      return transport_;
    });
    upstream_->Start();
    ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->state() == State::kActive; }));
    ASSERT_TRUE(upstream_->modern());
  }
  void TearDown() override {
    bool stopped = false;
    upstream_->Stop([&] { stopped = true; });
    EXPECT_TRUE(RunUntil(io_, [&] { return stopped; }));
  }

  // Sends tools/call "deploy" and waits for the server to have it.
  void Call(milliseconds timeout = milliseconds(5000),
            std::optional<json::object> client_capabilities = std::nullopt) {
    RequestCallbacks callbacks;
    callbacks.on_response = [this](json::object r) { response_ = std::move(r); };
    if (client_capabilities)
      callbacks.client_capabilities =
          std::make_shared<const json::object>(std::move(*client_capabilities));
    id_ = upstream_->Send("tools/call",
                          json::object{{"name", "deploy"},
                                       {"arguments", json::object{{"env", "prod"}}}},
                          std::move(callbacks), timeout, milliseconds(60'000));
    ASSERT_TRUE(RunUntil(io_, [&] { return Legs() == 1; }));
  }
  std::size_t Legs() const { return transport_->Requests("tools/call").size(); }
  json::object LastLeg() const { return transport_->Requests("tools/call").back(); }
  // The server answers the latest leg with `result`.
  void Answer(json::object result) {
    transport_->Deliver(core::Serialize(core::MakeResultResponse(LastLeg().at("id"),
                                                                 std::move(result))));
  }

  boost::asio::io_context io_;
  AskingObserver observer_;
  std::shared_ptr<ScriptedTransport> transport_;
  std::shared_ptr<ProtocolUpstream> upstream_;
  std::optional<json::object> response_;
  RequestId id_ = 0;
};

TEST_F(ProtocolUpstreamInputTest, InputRequiredAsksTheClientThenRetriesWithAnswersAndStateUnchanged) {
  Call();
  Answer(InputRequired({{"confirm", Elicit("Deploy to prod?")}}, "opaque-state-1"));
  ASSERT_TRUE(RunUntil(io_, [&] { return observer_.requests.size() == 1; }));
  const json::object& question = observer_.requests[0];
  EXPECT_EQ(question.at("method"), "elicitation/create");
  EXPECT_EQ(question.at("params").at("message"), "Deploy to prod?");
  EXPECT_TRUE(question.at("id").is_string());
  observer_.replies[0](core::MakeResultResponse(
      nullptr, json::object{{"action", "accept"}, {"content", json::object{{"ok", true}}}}));
  ASSERT_TRUE(RunUntil(io_, [&] { return Legs() == 2; }));
  const json::object retry = LastLeg();
  const json::object first = transport_->Requests("tools/call").front();
  EXPECT_EQ(retry.at("id"), first.at("id"));
  EXPECT_EQ(retry.at("params").at("requestState"), "opaque-state-1");
  EXPECT_EQ(retry.at("params").at("inputResponses").at("confirm").at("action"), "accept");
  EXPECT_EQ(retry.at("params").at("arguments"), first.at("params").at("arguments"));
  EXPECT_EQ(retry.at("params").at("_meta").at("io.modelcontextprotocol/protocolVersion"),
            "2026-07-28");
  EXPECT_FALSE(response_.has_value());
  Answer(json::object{{"resultType", "complete"},
                      {"content", json::array{json::object{{"type", "text"}, {"text", "ok"}}}}});
  ASSERT_TRUE(RunUntil(io_, [&] { return response_.has_value(); }));
  EXPECT_EQ(response_->at("result").at("content").at(0).at("text"), "ok");
  EXPECT_FALSE(response_->at("result").as_object().contains("resultType"));
}

TEST_F(ProtocolUpstreamInputTest, ARetryCarriesTheSameClientsCapabilitiesAsTheFirstLeg) {
  const json::object declared{{"elicitation", json::object()}};
  Call(milliseconds(5000), declared);
  Answer(InputRequired({{"confirm", Elicit("Deploy to prod?")}}, "s-1"));
  ASSERT_TRUE(RunUntil(io_, [&] { return observer_.requests.size() == 1; }));
  observer_.replies[0](core::MakeResultResponse(nullptr, json::object{{"action", "decline"}}));
  ASSERT_TRUE(RunUntil(io_, [&] { return Legs() == 2; }));
  for (const json::object& leg : transport_->Requests("tools/call"))
    EXPECT_EQ(leg.at("params").at("_meta").at("io.modelcontextprotocol/clientCapabilities"),
              declared);
}

// A 2026-07-28 caller (RequestCallbacks::pass_input_required) takes the input_required answer
// itself: the request completes with it unchanged, nothing is asked, nothing is retried.
TEST_F(ProtocolUpstreamInputTest, PassInputRequiredCompletesWithTheAnswerAsItIs) {
  RequestCallbacks callbacks;
  callbacks.pass_input_required = true;
  callbacks.on_response = [this](json::object r) { response_ = std::move(r); };
  upstream_->Send("tools/call", json::object{{"name", "deploy"}, {"arguments", json::object()}},
                  std::move(callbacks), milliseconds(5000), milliseconds(60'000));
  ASSERT_TRUE(RunUntil(io_, [&] { return Legs() == 1; }));
  Answer(InputRequired({{"confirm", Elicit("Deploy to prod?")}}, "opaque-state-1"));
  ASSERT_TRUE(RunUntil(io_, [&] { return response_.has_value(); }));
  const json::object& result = response_->at("result").as_object();
  EXPECT_EQ(result.at("resultType"), "input_required");
  EXPECT_EQ(result.at("requestState"), "opaque-state-1");
  EXPECT_EQ(result.at("inputRequests").at("confirm").at("params").at("message"),
            "Deploy to prod?");
  EXPECT_TRUE(observer_.requests.empty()) << "no question asked by the upstream side";
  EXPECT_EQ(Legs(), 1u) << "no retry";
}

TEST_F(ProtocolUpstreamInputTest, EveryQuestionOfARoundIsAskedAndOneRetryCarriesAllAnswers) {
  Call();
  Answer(InputRequired({{"a", Elicit("first?")},
                        {"b", json::object{{"method", "roots/list"}}},
                        {"c", json::object{{"method", "sampling/createMessage"},
                                           {"params", json::object{{"maxTokens", 5}}}}}},
                       std::nullopt));
  ASSERT_TRUE(RunUntil(io_, [&] { return observer_.requests.size() == 3; }));
  // Answered in reverse order: only the last answer sends the retry.
  for (std::size_t i = 3; i-- > 0;) {
    EXPECT_EQ(Legs(), 1u);
    observer_.replies[i](core::MakeResultResponse(nullptr, json::object{{"n", static_cast<int>(i)}}));
    io_.poll();
  }
  ASSERT_TRUE(RunUntil(io_, [&] { return Legs() == 2; }));
  const json::object answers = LastLeg().at("params").at("inputResponses").as_object();
  EXPECT_EQ(answers.size(), 3u);
  EXPECT_EQ(answers.at("b").at("n"), 1);
  EXPECT_FALSE(LastLeg().at("params").as_object().contains("requestState"));
}

TEST_F(ProtocolUpstreamInputTest, RoundsAreBoundedAtKMaxInputRounds) {
  Call();
  for (int round = 1; round <= ProtocolUpstream::kMaxInputRounds; ++round) {
    Answer(InputRequired({{"q", Elicit("again?")}}, "s" + std::to_string(round)));
    ASSERT_TRUE(RunUntil(io_, [&] { return observer_.requests.size() == std::size_t(round); }));
    observer_.replies.back()(
        core::MakeResultResponse(nullptr, json::object{{"action", "accept"}}));
    ASSERT_TRUE(RunUntil(io_, [&] { return Legs() == std::size_t(round) + 1; }));
    EXPECT_EQ(LastLeg().at("params").at("requestState"), json::value("s" + std::to_string(round)));
  }
  Answer(InputRequired({{"q", Elicit("once more?")}}, "s-last"));
  ASSERT_TRUE(RunUntil(io_, [&] { return response_.has_value(); }));
  EXPECT_EQ(response_->at("error").at("code"), core::kInternalError);
  EXPECT_NE(std::string(response_->at("error").at("message").as_string()).find("rounds"),
            std::string::npos);
  EXPECT_EQ(observer_.requests.size(), std::size_t(ProtocolUpstream::kMaxInputRounds));
}

TEST_F(ProtocolUpstreamInputTest, ARefusedQuestionFailsTheCallWithTheRefusalAndIsNotRetried) {
  observer_.refuse_at_once = true;
  Call();
  Answer(InputRequired({{"s", json::object{{"method", "sampling/createMessage"},
                                           {"params", json::object{{"maxTokens", 5}}}}}},
                       "st"));
  ASSERT_TRUE(RunUntil(io_, [&] { return response_.has_value(); }));
  EXPECT_EQ(response_->at("error").at("code"), core::kMethodNotFound);
  EXPECT_EQ(Legs(), 1u);
}

TEST_F(ProtocolUpstreamInputTest, AnInputRequestOutsideSamplingElicitationRootsFailsTheCall) {
  Call();
  Answer(InputRequired({{"x", json::object{{"method", "tools/call"}}}}, std::nullopt));
  ASSERT_TRUE(RunUntil(io_, [&] { return response_.has_value(); }));
  EXPECT_EQ(response_->at("error").at("code"), core::kInternalError);
  EXPECT_TRUE(observer_.requests.empty());
}

TEST_F(ProtocolUpstreamInputTest, CancellingDuringARoundCancelsTheClientsQuestionAndNeverRetries) {
  Call();
  Answer(InputRequired({{"confirm", Elicit("sure?")}}, "st"));
  ASSERT_TRUE(RunUntil(io_, [&] { return observer_.requests.size() == 1; }));
  upstream_->Cancel(id_, "client cancelled");
  ASSERT_EQ(observer_.notifications.size(), 1u);
  EXPECT_EQ(observer_.notifications[0].at("method"), "notifications/cancelled");
  EXPECT_EQ(observer_.notifications[0].at("params").at("requestId"),
            observer_.requests[0].at("id"));
  // A late answer changes nothing.
  observer_.replies[0](core::MakeResultResponse(nullptr, json::object{{"action", "accept"}}));
  io_.run_for(milliseconds(50));
  EXPECT_EQ(Legs(), 1u);
  EXPECT_FALSE(response_.has_value());
}

TEST_F(ProtocolUpstreamInputTest, ATimeoutDuringARoundFailsTheCallAndCancelsTheQuestion) {
  Call(milliseconds(150));
  Answer(InputRequired({{"confirm", Elicit("sure?")}}, "st"));
  ASSERT_TRUE(RunUntil(io_, [&] { return response_.has_value(); }));
  EXPECT_EQ(response_->at("error").at("code"), core::kRequestTimeout);
  ASSERT_EQ(observer_.requests.size(), 1u);
  bool cancelled = false;
  for (const json::object& n : observer_.notifications)
    cancelled = cancelled || n.at("params").at("requestId") == observer_.requests[0].at("id");
  EXPECT_TRUE(cancelled);
}

TEST_F(ProtocolUpstreamInputTest, TheRunEndingDuringARoundFailsTheCall) {
  Call();
  Answer(InputRequired({{"confirm", Elicit("sure?")}}, "st"));
  ASSERT_TRUE(RunUntil(io_, [&] { return observer_.requests.size() == 1; }));
  transport_->Exit("exited with status 1");
  ASSERT_TRUE(RunUntil(io_, [&] { return response_.has_value(); }));
  EXPECT_EQ(response_->at("error").at("code"), core::kUpstreamUnavailable);
  EXPECT_FALSE(observer_.notifications.empty());
}

}  // namespace
}  // namespace mcpgw::upstream
