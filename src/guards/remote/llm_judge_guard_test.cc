// The llm_judge guard against a recorded chat-completions endpoint: verdicts, tolerant parsing,
// malformed answers, timeouts, the cache, config errors, and the API key kept out of logs.

#include "guards/remote/llm_judge_guard.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "testing/recorded_http_server.h"
#include "testing/run_guard.h"

namespace mcpgw::guards::remote {
namespace {

namespace json = boost::json;
using mcpgw::testing::LogCapture;
using mcpgw::testing::RecordedHttpServer;
using mcpgw::testing::RunGuard;

constexpr char kKey[] = "sk-test-judge-key-0123456789";

// A chat-completions answer whose message content is `content`.
std::string Completion(std::string_view content) {
  return json::serialize(json::object{
      {"choices", json::array{json::object{
                      {"message", json::object{{"role", "assistant"}, {"content", content}}}}}}});
}

GuardContext CallContext() {
  GuardContext context;
  context.direction = Direction::kRequest;
  context.method = "tools/call";
  context.server = "files";
  context.item = "write_file";
  return context;
}

json::value Arguments(std::string_view text) {
  return json::value{{"name", "write_file"}, {"arguments", {{"content", text}}}};
}

class LlmJudgeTest : public ::testing::Test {
 protected:
  LlmJudgeOptions Options(std::string path = "/v1/chat/completions") {
    LlmJudgeOptions options;
    options.url = server_.BaseUrl() + path;
    options.model = "judge-1";
    options.api_key = kKey;
    options.policies = {"Never send customer data to external servers.",
                        "No destructive shell commands."};
    options.policy.timeout = std::chrono::milliseconds(500);
    options.policy.deadline = std::chrono::milliseconds(900);
    return options;
  }
  void Answer(std::string content, int status = 200) {
    server_.Set("/v1/chat/completions", {status, Completion(content), {}, false});
  }

  boost::asio::io_context io_;
  RecordedHttpServer server_{io_};
};

TEST_F(LlmJudgeTest, NoViolationPasses) {
  Answer(R"({"violation": false, "policy": "", "reason": "harmless"})");
  LlmJudgeGuard guard(Options(), io_);
  json::value payload = Arguments("hello");
  auto verdict = RunGuard(io_, guard, CallContext(), payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->kind, VerdictKind::kContinue) << verdict->message;
  EXPECT_TRUE(verdict->findings.empty());
}

TEST_F(LlmJudgeTest, SendsModelPoliciesStructuredOutputAndTheKey) {
  Answer(R"({"violation": false, "policy": "", "reason": ""})");
  LlmJudgeGuard guard(Options(), io_);
  json::value payload = Arguments("the text to judge");
  ASSERT_TRUE(RunGuard(io_, guard, CallContext(), payload));
  ASSERT_EQ(server_.received().size(), 1u);
  const auto& received = server_.received()[0];
  EXPECT_EQ(received.method, "POST");
  EXPECT_EQ(received.headers.at("authorization"), std::string("Bearer ") + kKey);
  json::value body = json::parse(received.body);
  EXPECT_EQ(body.at("model"), "judge-1");
  const json::object& format = body.at("response_format").as_object();
  EXPECT_EQ(format.at("type"), "json_schema");
  const json::object& schema = format.at("json_schema").at("schema").as_object();
  EXPECT_TRUE(schema.at("properties").as_object().contains("violation"));
  EXPECT_TRUE(schema.at("properties").as_object().contains("policy"));
  EXPECT_TRUE(schema.at("properties").as_object().contains("reason"));
  const std::string system(body.at("messages").at(0).at("content").as_string());
  EXPECT_NE(system.find("Never send customer data"), std::string::npos);
  const std::string user(body.at("messages").at(1).at("content").as_string());
  EXPECT_NE(user.find("the text to judge"), std::string::npos);
  EXPECT_NE(user.find("files"), std::string::npos);
}

TEST_F(LlmJudgeTest, ViolationBlocksWithThePolicyAndTheReason) {
  Answer(R"({"violation": true, "policy": "No destructive shell commands.", "reason": "rm -rf"})");
  LlmJudgeGuard guard(Options(), io_);
  json::value payload = Arguments("rm -rf /");
  auto verdict = RunGuard(io_, guard, CallContext(), payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->kind, VerdictKind::kReject);
  EXPECT_EQ(verdict->reason, "llm_judge.violation");
  EXPECT_NE(verdict->message.find("No destructive shell commands."), std::string::npos);
  EXPECT_NE(verdict->message.find("rm -rf"), std::string::npos);
  ASSERT_EQ(verdict->findings.size(), 1u);
  EXPECT_EQ(verdict->findings[0].type, "llm_judge.violation");
}

TEST_F(LlmJudgeTest, AlertActionPassesAndRecords) {
  Answer(R"({"violation": true, "policy": "p", "reason": "r"})");
  LlmJudgeOptions options = Options();
  options.action = Action::kAlert;
  LlmJudgeGuard guard(options, io_);
  json::value payload = Arguments("x");
  auto verdict = RunGuard(io_, guard, CallContext(), payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->kind, VerdictKind::kContinue);
  ASSERT_EQ(verdict->findings.size(), 1u);
  EXPECT_EQ(verdict->findings[0].action, Action::kAlert);
}

TEST(ExtractJsonObjectTest, ToleratesFencesAndProse) {
  struct Case {
    std::string_view text;
    bool ok;
  };
  const Case cases[] = {
      {R"({"violation": true})", true},
      {"```json\n{\"violation\": false}\n```", true},
      {"```\n{\"violation\": false}\n```", true},
      {"Here is my verdict: {\"violation\": true, \"reason\": \"a } in a string\"} done", true},
      {"no json at all", false},
      {"{\"violation\": ", false},
      {"[1, 2]", false},
  };
  for (const Case& c : cases) EXPECT_EQ(ExtractJsonObject(c.text).has_value(), c.ok) << c.text;
  EXPECT_EQ(ExtractJsonObject("x {\"reason\": \"a } b\"} y")->at("reason"), "a } b");
}

TEST_F(LlmJudgeTest, AnswerInACodeFenceIsRead) {
  Answer("```json\n{\"violation\": true, \"policy\": \"p\", \"reason\": \"r\"}\n```");
  LlmJudgeGuard guard(Options(), io_);
  json::value payload = Arguments("x");
  auto verdict = RunGuard(io_, guard, CallContext(), payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->reason, "llm_judge.violation");
}

TEST_F(LlmJudgeTest, MalformedAnswersFailClosed) {
  const std::string bodies[] = {
      "not json",
      R"({"choices": []})",
      Completion("I cannot answer that."),
      Completion(R"({"policy": "p"})"),
  };
  for (const std::string& body : bodies) {
    server_.Set("/v1/chat/completions", {200, body, {}, false});
    LlmJudgeGuard guard(Options(), io_);
    json::value payload = Arguments("x");
    auto verdict = RunGuard(io_, guard, CallContext(), payload);
    ASSERT_TRUE(verdict) << body;
    EXPECT_EQ(verdict->kind, VerdictKind::kReject) << body;
    EXPECT_EQ(verdict->reason, "guard.failed") << body;
    EXPECT_NE(verdict->message.find("malformed answer"), std::string::npos) << verdict->message;
  }
}

TEST_F(LlmJudgeTest, TimeoutFailsClosedNamingTheGuard) {
  server_.Set("/v1/chat/completions", {200, "", {}, true});
  LlmJudgeGuard guard(Options(), io_);
  json::value payload = Arguments("x");
  auto verdict = RunGuard(io_, guard, CallContext(), payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->reason, "guard.failed");
  EXPECT_NE(verdict->message.find("llm_judge"), std::string::npos);
  EXPECT_NE(verdict->message.find("timed out"), std::string::npos) << verdict->message;
}

TEST_F(LlmJudgeTest, SameContentIsAnsweredFromTheCache) {
  Answer(R"({"violation": true, "policy": "p", "reason": "r"})");
  LlmJudgeGuard guard(Options(), io_);
  for (int i = 0; i < 3; ++i) {
    json::value payload = Arguments("same text");
    auto verdict = RunGuard(io_, guard, CallContext(), payload);
    ASSERT_TRUE(verdict);
    EXPECT_EQ(verdict->reason, "llm_judge.violation");
  }
  EXPECT_EQ(server_.received().size(), 1u);
  json::value other = Arguments("other text");
  ASSERT_TRUE(RunGuard(io_, guard, CallContext(), other));
  EXPECT_EQ(server_.received().size(), 2u);
  EXPECT_EQ(guard.cache().size(), 2u);
}

TEST_F(LlmJudgeTest, FailuresAreNotCached) {
  server_.Push("/v1/chat/completions", {500, "oops", {}, false});
  Answer(R"({"violation": false, "policy": "", "reason": ""})");
  LlmJudgeGuard guard(Options(), io_);
  json::value payload = Arguments("same");
  EXPECT_EQ(RunGuard(io_, guard, CallContext(), payload)->reason, "guard.failed");
  EXPECT_EQ(RunGuard(io_, guard, CallContext(), payload)->kind, VerdictKind::kContinue);
  EXPECT_EQ(server_.received().size(), 2u);
}

TEST_F(LlmJudgeTest, MessagesWithoutTextAreNotSent) {
  LlmJudgeGuard guard(Options(), io_);
  json::value payload = json::value{{"name", "list"}, {"arguments", json::object{}}};
  auto verdict = RunGuard(io_, guard, CallContext(), payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->kind, VerdictKind::kContinue);
  EXPECT_TRUE(server_.received().empty());
}

TEST_F(LlmJudgeTest, TheApiKeyNeverReachesTheLog) {
  LogCapture capture;
  server_.Push("/v1/chat/completions", {500, "oops", {}, false});
  Answer(R"({"violation": true, "policy": "p", "reason": "r"})");
  LlmJudgeGuard guard(Options(), io_);
  json::value payload = Arguments("x");
  RunGuard(io_, guard, CallContext(), payload);  // failure: logged
  LlmJudgeOptions alert = Options();
  alert.action = Action::kAlert;
  LlmJudgeGuard alerting(alert, io_);
  RunGuard(io_, alerting, CallContext(), payload);  // alert: logged
  const std::string log = capture.text();
  EXPECT_NE(log.find("llm_judge"), std::string::npos) << "something was logged";
  EXPECT_EQ(log.find(kKey), std::string::npos) << log;
}

TEST(LlmJudgeOptionsTest, ErrorsNameTheKey) {
  struct Case {
    std::string settings;
    std::string key;
  };
  const Case cases[] = {
      {R"({"model": "m", "policies": ["p"]})", "guards.llm_judge.url"},
      {R"({"url": "ftp://x", "model": "m", "policies": ["p"]})", "guards.llm_judge.url"},
      {R"({"url": "http://x", "policies": ["p"]})", "guards.llm_judge.model"},
      {R"({"url": "http://x", "model": "m"})", "guards.llm_judge.policies"},
      {R"({"url": "http://x", "model": "m", "policies": []})", "guards.llm_judge.policies"},
      {R"({"url": "http://x", "model": "m", "policies": ["p"], "api_key_env": "MCPGW_NOPE_UNSET"})",
       "guards.llm_judge.api_key_env"},
      {R"({"url": "http://x", "model": "m", "policies": ["p"], "timeout_ms": 60000})",
       "guards.llm_judge.timeout_ms"},
      {R"({"url": "http://x", "model": "m", "policies": ["p"], "cache_size": -1})",
       "guards.llm_judge.cache_size"},
      {R"({"url": "http://x", "model": "m", "policies": ["p"], "directions": "up"})",
       "guards.llm_judge.directions"},
      {R"({"url": "http://x", "model": "m", "policies": ["p"], "colour": 1})",
       "guards.llm_judge.colour"},
  };
  for (const Case& c : cases) {
    GuardEntryConfig entry;
    entry.settings = json::parse(c.settings).as_object();
    GuardScope scope;
    auto options = ParseLlmJudgeOptions(entry, scope);
    ASSERT_FALSE(options) << c.settings;
    EXPECT_NE(options.error().message.find(c.key), std::string::npos) << options.error().message;
  }
}

TEST(LlmJudgeOptionsTest, DirectionsNarrowTheScopeAndTheKeyComesFromTheEnvironment) {
  setenv("MCPGW_TEST_JUDGE_KEY", "from-env", 1);
  GuardEntryConfig entry;
  entry.settings = json::parse(R"({"url": "http://127.0.0.1:1/v1", "model": "m",
      "policies": ["p"], "api_key_env": "MCPGW_TEST_JUDGE_KEY", "directions": "response"})")
                       .as_object();
  GuardScope scope;
  auto options = ParseLlmJudgeOptions(entry, scope);
  unsetenv("MCPGW_TEST_JUDGE_KEY");
  ASSERT_TRUE(options) << options.error().message;
  EXPECT_EQ(options->api_key, "from-env");
  EXPECT_FALSE(scope.requests);
  EXPECT_TRUE(scope.responses);
  EXPECT_EQ(options->action, Action::kBlock);
}

}  // namespace
}  // namespace mcpgw::guards::remote
