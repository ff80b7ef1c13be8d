// The webhook guard against a recorded service: what it posts (context, masked content, prior
// findings), allow/block/modify, shape validation, retries, the signature a receiver can verify,
// and the secret kept out of logs.

#include "guards/remote/webhook_guard.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "guards/remote/webhook_signature.h"
#include "testing/recorded_http_server.h"
#include "testing/run_guard.h"

namespace mcpgw::guards::remote {
namespace {

namespace json = boost::json;
using mcpgw::testing::LogCapture;
using mcpgw::testing::RecordedHttpServer;
using mcpgw::testing::RunGuard;

constexpr char kSecret[] = "whsec-test-secret-112233";
constexpr std::int64_t kNow = 1'780'000'000;

GuardContext ResultContext() {
  GuardContext context;
  context.direction = Direction::kResponse;
  context.method = "tools/call";
  context.server = "files";
  context.item = "read_file";
  auto session = std::make_shared<SessionInfo>();
  session->session_id = "s-1";
  session->principal = "alice";
  session->client_name = "claude";
  context.session = session;
  return context;
}

json::value TextResult(std::string_view text) {
  return json::value{{"content", json::array{json::object{{"type", "text"}, {"text", text}}}},
                     {"_meta", {{"id", "m1"}}}};
}

class WebhookTest : public ::testing::Test {
 protected:
  WebhookOptions Options() {
    WebhookOptions options;
    options.url = server_.BaseUrl() + "/hook";
    options.secret = kSecret;
    options.now = [] { return kNow; };
    options.policy.timeout = std::chrono::milliseconds(500);
    options.policy.deadline = std::chrono::milliseconds(1500);
    options.policy.retries = 2;
    options.policy.backoff = std::chrono::milliseconds(1);
    return options;
  }
  void Answer(json::value body, int status = 200) {
    server_.Set("/hook", {status, json::serialize(body), {}, false});
  }

  boost::asio::io_context io_;
  RecordedHttpServer server_{io_};
};

TEST_F(WebhookTest, PostsContextContentAndPriorFindingsWithoutValues) {
  Answer({{"decision", "allow"}});
  WebhookGuard guard(Options(), io_);
  json::value payload = TextResult("token <GITHUB_PAT> here");
  std::vector<Finding> prior(1);
  prior[0].type = "secrets.github_pat";
  prior[0].location = "/content/0/text";
  prior[0].guard = "basic";
  prior[0].action = Action::kMask;
  prior[0].value_hash = "0123456789abcdef";
  GuardContext context = ResultContext();
  context.prior_findings = &prior;
  auto verdict = RunGuard(io_, guard, context, payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->kind, VerdictKind::kContinue);
  ASSERT_EQ(server_.received().size(), 1u);
  json::value body = json::parse(server_.received()[0].body);
  EXPECT_EQ(body.at("server"), "files");
  EXPECT_EQ(body.at("tool"), "read_file");
  EXPECT_EQ(body.at("method"), "tools/call");
  EXPECT_EQ(body.at("direction"), "response");
  EXPECT_EQ(body.at("session"), "s-1");
  EXPECT_EQ(body.at("principal"), "alice");
  EXPECT_EQ(body.at("client"), "claude");
  EXPECT_EQ(body.at("content"), TextResult("token <GITHUB_PAT> here"));
  const json::object& finding = body.at("findings").at(0).as_object();
  EXPECT_EQ(finding.at("type"), "secrets.github_pat");
  EXPECT_EQ(finding.at("location"), "/content/0/text");
  EXPECT_EQ(finding.size(), 2u) << "type and location only, never the value hash";
}

TEST_F(WebhookTest, TheSignatureIsVerifiableByTheReceiver) {
  Answer({{"decision", "allow"}});
  WebhookGuard guard(Options(), io_);
  json::value payload = TextResult("x");
  ASSERT_TRUE(RunGuard(io_, guard, ResultContext(), payload));
  const auto& r = server_.received().at(0);
  const std::string& timestamp = r.headers.at("x-mcp-gateway-timestamp");
  const std::string& signature = r.headers.at("x-mcp-gateway-signature");
  EXPECT_EQ(timestamp, std::to_string(kNow));
  EXPECT_TRUE(signature.starts_with("sha256="));
  EXPECT_TRUE(VerifyWebhookSignature(kSecret, timestamp, r.body, signature));
  EXPECT_FALSE(VerifyWebhookSignature("other-secret", timestamp, r.body, signature));
  EXPECT_FALSE(VerifyWebhookSignature(kSecret, timestamp, r.body + " ", signature));
  EXPECT_FALSE(VerifyWebhookSignature(kSecret, "1", r.body, signature));
}

TEST(WebhookSignatureTest, MatchesTheRfc4231TestVector) {
  // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
  EXPECT_EQ(HmacSha256Hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  EXPECT_EQ(WebhookSignature("Jefe", 12, "body"), "sha256=" + HmacSha256Hex("Jefe", "12.body"));
}

TEST_F(WebhookTest, WithoutASecretNothingIsSigned) {
  Answer({{"decision", "allow"}});
  WebhookOptions options = Options();
  options.secret.clear();
  WebhookGuard guard(options, io_);
  json::value payload = TextResult("x");
  ASSERT_TRUE(RunGuard(io_, guard, ResultContext(), payload));
  EXPECT_FALSE(server_.received().at(0).headers.contains("x-mcp-gateway-signature"));
}

TEST_F(WebhookTest, BlockRejectsWithTheServiceReason) {
  Answer({{"decision", "block"}, {"reason", "ticket numbers may not leave"}});
  WebhookGuard guard(Options(), io_);
  json::value payload = TextResult("x");
  auto verdict = RunGuard(io_, guard, ResultContext(), payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->kind, VerdictKind::kReject);
  EXPECT_EQ(verdict->reason, "webhook.block");
  EXPECT_NE(verdict->message.find("ticket numbers may not leave"), std::string::npos);
}

TEST_F(WebhookTest, ModifyReplacesTextKeepingTheShape) {
  Answer({{"decision", "modify"}, {"content", TextResult("[redacted by policy]")}});
  WebhookGuard guard(Options(), io_);
  json::value payload = TextResult("internal ticket ABC-123");
  auto verdict = RunGuard(io_, guard, ResultContext(), payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->kind, VerdictKind::kModified) << verdict->message;
  EXPECT_EQ(verdict->reason, "webhook.modify");
  EXPECT_EQ(payload, TextResult("[redacted by policy]"));
}

TEST_F(WebhookTest, ModifyThatChangesTheShapeFailsAndLeavesThePayload) {
  const json::value bad_contents[] = {
      json::value{{"content", json::array{}}},  // block removed
      json::value{{"content", json::array{json::object{{"type", "image"}, {"text", "x"}}}},
                  {"_meta", {{"id", "m1"}}}},  // type changed
      [] {
        json::value v = TextResult("y");
        v.as_object()["_meta"] = json::object{{"id", "m2"}};
        return v;
      }(),  // _meta changed
      json::value("just a string"),
  };
  for (const json::value& content : bad_contents) {
    Answer({{"decision", "modify"}, {"content", content}});
    WebhookGuard guard(Options(), io_);
    json::value payload = TextResult("original");
    auto verdict = RunGuard(io_, guard, ResultContext(), payload);
    ASSERT_TRUE(verdict);
    EXPECT_EQ(verdict->reason, "guard.failed") << json::serialize(content);
    EXPECT_NE(verdict->message.find("shape"), std::string::npos) << verdict->message;
    EXPECT_EQ(payload, TextResult("original"));
  }
}

TEST_F(WebhookTest, MalformedAnswersFailClosed) {
  const char* bodies[] = {"nope", R"({"decision": "maybe"})", R"({"decision": "modify"})",
                          R"({"verdict": "allow"})"};
  for (const char* body : bodies) {
    server_.Set("/hook", {200, body, {}, false});
    WebhookGuard guard(Options(), io_);
    json::value payload = TextResult("x");
    auto verdict = RunGuard(io_, guard, ResultContext(), payload);
    ASSERT_TRUE(verdict) << body;
    EXPECT_EQ(verdict->reason, "guard.failed") << body;
  }
}

TEST_F(WebhookTest, A5xxIsRetriedThenTheAnswerIsUsed) {
  server_.Push("/hook", {503, "down", {}, false});
  Answer({{"decision", "block"}, {"reason", "r"}});
  WebhookGuard guard(Options(), io_);
  json::value payload = TextResult("x");
  auto verdict = RunGuard(io_, guard, ResultContext(), payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->reason, "webhook.block");
  EXPECT_EQ(server_.received().size(), 2u);
}

TEST_F(WebhookTest, PersistentFailureFailsClosedAfterTheRetries) {
  Answer({{"error", "down"}}, 502);
  WebhookGuard guard(Options(), io_);
  json::value payload = TextResult("x");
  auto verdict = RunGuard(io_, guard, ResultContext(), payload);
  ASSERT_TRUE(verdict);
  EXPECT_EQ(verdict->reason, "guard.failed");
  EXPECT_EQ(server_.received().size(), 3u);  // 1 + retries (2)
}

TEST_F(WebhookTest, ACancelledRunNeverCallsDoneNorTouchesThePayload) {
  server_.Set("/hook", {200, R"({"decision": "modify", "content": {"content": []}})", {}, false});
  WebhookGuard guard(Options(), io_);
  json::value payload = TextResult("x");
  auto cancelled = std::make_shared<bool>(false);
  int calls = 0;
  guard.InspectLater(std::make_shared<const GuardContext>(ResultContext()), payload, cancelled,
                     [&](Verdict) { ++calls; });
  *cancelled = true;
  mcpgw::testing::RunUntil(io_, [&] { return !server_.received().empty(); });
  // Let the answer arrive and be dropped.
  mcpgw::testing::RunUntil(io_, [&] { return guard.caller().in_flight() == 0; });
  EXPECT_EQ(calls, 0);
  EXPECT_EQ(payload, TextResult("x"));
}

TEST_F(WebhookTest, TheSecretNeverReachesTheLog) {
  LogCapture capture;
  Answer({{"error", "down"}}, 500);
  WebhookGuard guard(Options(), io_);
  json::value payload = TextResult("x");
  RunGuard(io_, guard, ResultContext(), payload);
  const std::string log = capture.text();
  EXPECT_NE(log.find("webhook"), std::string::npos);
  EXPECT_EQ(log.find(kSecret), std::string::npos) << log;
  EXPECT_EQ(log.find("sha256="), std::string::npos) << log;
}

TEST(WebhookOptionsTest, ErrorsNameTheKey) {
  struct Case {
    std::string settings;
    std::string key;
  };
  const Case cases[] = {
      {R"({})", "guards.webhook.url"},
      {R"({"url": "http://x", "retries": 99})", "guards.webhook.retries"},
      {R"({"url": "http://x", "secret": "a", "secret_env": "B"})", "guards.webhook.secret"},
      {R"({"url": "http://x", "secret_env": "MCPGW_NOPE_UNSET"})", "guards.webhook.secret_env"},
      {R"({"url": "http://x", "max_concurrency": 0})", "guards.webhook.max_concurrency"},
      {R"({"url": "http://x", "headers": {}})", "guards.webhook.headers"},
  };
  for (const Case& c : cases) {
    GuardEntryConfig entry;
    entry.settings = json::parse(c.settings).as_object();
    auto options = ParseWebhookOptions(entry);
    ASSERT_FALSE(options) << c.settings;
    EXPECT_NE(options.error().message.find(c.key), std::string::npos) << options.error().message;
  }
}

}  // namespace
}  // namespace mcpgw::guards::remote
