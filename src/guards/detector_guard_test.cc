#include "guards/detector_guard.h"

#include "guards/vault.h"
#include "testing/fake_detector.h"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

namespace mcpgw::guards {
namespace {

namespace json = boost::json;
using testing::FakeDetector;

std::shared_ptr<const Detector> Fake() {
  return std::make_shared<FakeDetector>(std::vector<FakeDetector::Needle>{
      {"tok_123", "secrets.fake", "FAKE_TOKEN"}, {"a@b.io", "pii.EMAIL_ADDRESS", "EMAIL_ADDRESS"}});
}

GuardContext Ctx(Direction direction, Mode mode = Mode::kEnforce) {
  GuardContext context;
  context.direction = direction;
  context.method = "tools/call";
  context.server = "fs";
  context.item = "read";
  context.mode = mode;
  context.session = std::make_shared<SessionInfo>();
  return context;
}

json::value Result(std::string text) {
  return json::object{{"content", json::array{json::object{{"type", "text"}, {"text", text}}}}};
}

std::string Text(const json::value& result) {
  return std::string(result.at("content").at(0).at("text").as_string());
}

TEST(DetectorGuard, MaskReplacesOnlyTheValueWithItsEntityToken) {
  DetectorGuard guard("basic", Fake(), {});
  auto payload = Result("HF_TOKEN = \"tok_123\" and mail a@b.io.");
  Verdict verdict = guard.Inspect(Ctx(Direction::kResponse), payload);
  EXPECT_EQ(verdict.kind, VerdictKind::kModified);
  EXPECT_EQ(Text(payload), "HF_TOKEN = \"<FAKE_TOKEN>\" and mail <EMAIL_ADDRESS>.");
  ASSERT_EQ(verdict.findings.size(), 2u);
  EXPECT_EQ(verdict.findings[0].type, "secrets.fake");
  EXPECT_EQ(verdict.findings[0].location, "/content/0/text");
  EXPECT_EQ(verdict.findings[0].action, Action::kMask);
  EXPECT_TRUE(verdict.findings[0].applied);
  EXPECT_EQ(verdict.findings[0].value_hash.size(), 16u);
  EXPECT_EQ(verdict.findings[0].value_hash.find("tok_123"), std::string::npos);
}

// A later detector's span across a token an earlier guard wrote is not acted on: cutting the
// token would leave the vault unable to put the value back.
TEST(DetectorGuard, ASpanAcrossAnEarlierGuardsTokenLeavesTheTokenWhole) {
  auto across = std::make_shared<FakeDetector>(std::vector<FakeDetector::Needle>{
      {"for <FAKE_TOKEN> now", "pii.LOCATION", "LOCATION"}, {"a@b.io", "pii.EMAIL_ADDRESS", "EMAIL_ADDRESS"}});
  DetectorGuard guard("presidio", across, {});
  auto payload = Result("auth failed for <FAKE_TOKEN> now; mail a@b.io");
  Verdict verdict = guard.Inspect(Ctx(Direction::kResponse), payload);
  EXPECT_EQ(Text(payload), "auth failed for <FAKE_TOKEN> now; mail <EMAIL_ADDRESS>");
  ASSERT_EQ(verdict.findings.size(), 1u);
  EXPECT_EQ(verdict.findings[0].type, "pii.EMAIL_ADDRESS");
}

TEST(DetectorGuard, AnnotateWrapsTheValueInMarkersAndKeepsIt) {
  DetectorGuardOptions options;
  options.default_action = Action::kAnnotate;
  DetectorGuard guard("basic", Fake(), std::move(options));
  auto payload = Result("token tok_123 here");
  Verdict verdict = guard.Inspect(Ctx(Direction::kResponse), payload);
  EXPECT_EQ(verdict.kind, VerdictKind::kModified);
  EXPECT_EQ(Text(payload),
            "token " + AnnotationOpen("secrets.fake") + "tok_123" + std::string(AnnotationClose()) +
                " here");
  ASSERT_EQ(verdict.findings.size(), 1u);
  EXPECT_EQ(verdict.findings[0].action, Action::kAnnotate);
}

TEST(DetectorGuard, AnnotateInMonitorModeChangesNothing) {
  DetectorGuardOptions options;
  options.default_action = Action::kAnnotate;
  DetectorGuard guard("basic", Fake(), std::move(options));
  auto payload = Result("token tok_123 here");
  Verdict verdict = guard.Inspect(Ctx(Direction::kResponse, Mode::kMonitor), payload);
  EXPECT_EQ(verdict.kind, VerdictKind::kContinue);
  EXPECT_EQ(Text(payload), "token tok_123 here");
  ASSERT_EQ(verdict.findings.size(), 1u);
  EXPECT_FALSE(verdict.findings[0].applied);
}

TEST(DetectorGuard, ParseActionKnowsAnnotateAndNamesItBack) {
  Action action = Action::kLog;
  ASSERT_TRUE(ParseAction("annotate", action));
  EXPECT_EQ(action, Action::kAnnotate);
  EXPECT_EQ(ActionName(Action::kAnnotate), "annotate");
  EXPECT_FALSE(ParseAction("annotated", action));
}

TEST(DetectorGuard, CleanMessageContinuesUnchanged) {
  DetectorGuard guard("basic", Fake(), {});
  auto payload = Result("nothing to see");
  Verdict verdict = guard.Inspect(Ctx(Direction::kResponse), payload);
  EXPECT_EQ(verdict.kind, VerdictKind::kContinue);
  EXPECT_TRUE(verdict.findings.empty());
  EXPECT_EQ(Text(payload), "nothing to see");
}

TEST(DetectorGuard, RedactRemovesTheValue) {
  DetectorGuardOptions options;
  options.default_action = Action::kRedact;
  DetectorGuard guard("basic", Fake(), options);
  auto payload = Result("k=tok_123;");
  guard.Inspect(Ctx(Direction::kResponse), payload);
  EXPECT_EQ(Text(payload), "k=;");
}

TEST(DetectorGuard, BlockPerEntityRejectsWithTheTypeAsReason) {
  DetectorGuardOptions options;
  options.actions["FAKE_TOKEN"] = Action::kBlock;
  DetectorGuard guard("basic", Fake(), options);
  json::value payload = json::object{{"arguments", json::object{{"body", "a@b.io tok_123"}}}};
  Verdict verdict = guard.Inspect(Ctx(Direction::kRequest), payload);
  EXPECT_EQ(verdict.kind, VerdictKind::kReject);
  EXPECT_EQ(verdict.reason, "secrets.fake");
  EXPECT_EQ(verdict.message.find("tok_123"), std::string::npos) << "never the value";
}

TEST(DetectorGuard, TypeActionWinsOverEntityAction) {
  DetectorGuardOptions options;
  options.actions["FAKE_TOKEN"] = Action::kBlock;
  options.actions["secrets.fake"] = Action::kAlert;
  DetectorGuard guard("basic", Fake(), options);
  auto payload = Result("tok_123");
  Verdict verdict = guard.Inspect(Ctx(Direction::kResponse), payload);
  EXPECT_EQ(verdict.kind, VerdictKind::kContinue);
  ASSERT_EQ(verdict.findings.size(), 1u);
  EXPECT_EQ(verdict.findings[0].action, Action::kAlert);
  EXPECT_EQ(Text(payload), "tok_123");
}

TEST(DetectorGuard, MonitorModeChangesNothingButRecordsEverything) {
  DetectorGuardOptions options;
  options.actions["EMAIL_ADDRESS"] = Action::kBlock;
  DetectorGuard guard("basic", Fake(), options);
  auto payload = Result("tok_123 a@b.io");
  Verdict verdict = guard.Inspect(Ctx(Direction::kResponse, Mode::kMonitor), payload);
  EXPECT_EQ(verdict.kind, VerdictKind::kContinue);
  EXPECT_EQ(Text(payload), "tok_123 a@b.io");
  ASSERT_EQ(verdict.findings.size(), 2u);
  EXPECT_FALSE(verdict.findings[0].applied);
  EXPECT_EQ(verdict.findings[1].action, Action::kBlock);
  EXPECT_FALSE(verdict.findings[1].applied);
}

TEST(DetectorGuard, ReplacerDecidesTheMaskText) {
  DetectorGuardOptions options;
  options.replacer = [](const Detection& d, std::string_view value, const GuardContext&) {
    return "[" + std::string(d.entity) + ":" + std::to_string(value.size()) + "]";
  };
  DetectorGuard guard("presidio", Fake(), options);
  auto payload = Result("a@b.io");
  guard.Inspect(Ctx(Direction::kResponse), payload);
  EXPECT_EQ(Text(payload), "[EMAIL_ADDRESS:6]");
}

TEST(DetectorGuard, NamesAndMetaAreNeverRewritten) {
  DetectorGuard guard("basic", Fake(), {});
  json::value payload = json::parse(
      R"({"name":"tok_123","arguments":{"tok_123":"tok_123"},"_meta":{"progressToken":"tok_123"}})");
  guard.Inspect(Ctx(Direction::kRequest), payload);
  EXPECT_EQ(payload.at("name"), "tok_123");
  EXPECT_EQ(payload.at("_meta").at("progressToken"), "tok_123");
  EXPECT_TRUE(payload.at("arguments").as_object().contains("tok_123"));
  EXPECT_EQ(payload.at("arguments").at("tok_123"), "<FAKE_TOKEN>");
}

// ---- Vault ----

struct VaultSetup {
  std::shared_ptr<VaultOptions> options = std::make_shared<VaultOptions>();
  std::shared_ptr<SessionInfo> session = std::make_shared<SessionInfo>();
  VaultSetup() { options->enabled = true; }
  GuardContext Ctx(Direction direction, std::string server) {
    GuardContext context;
    context.direction = direction;
    context.method = "tools/call";
    context.server = std::move(server);
    context.session = session;
    return context;
  }
};

TEST(Vault, MaskedResponseValueBecomesAPlaceholderTheOriginServerGetsBack) {
  VaultSetup v;
  DetectorGuardOptions options;
  options.vault = v.options;
  DetectorGuard masker("basic", Fake(), options);
  VaultGuard restorer(*v.options);

  auto response = Result("key: tok_123, again tok_123");
  masker.Inspect(v.Ctx(Direction::kResponse, "fs"), response);
  EXPECT_EQ(Text(response), "key: <FAKE_TOKEN_1>, again <FAKE_TOKEN_1>");

  json::value request = json::object{{"arguments", json::object{{"k", "use <FAKE_TOKEN_1> now"}}}};
  auto ctx = v.Ctx(Direction::kRequest, "fs");
  ASSERT_TRUE(restorer.Applies(ctx));
  Verdict verdict = restorer.Inspect(ctx, request);
  EXPECT_EQ(verdict.kind, VerdictKind::kModified);
  EXPECT_EQ(request.at("arguments").at("k"), "use tok_123 now");
  ASSERT_EQ(verdict.findings.size(), 1u);
  EXPECT_EQ(verdict.findings[0].type, "vault.restored");
}

TEST(Vault, PlaceholderSentToAnotherServerStaysAPlaceholderAndIsRecorded) {
  VaultSetup v;
  DetectorGuardOptions options;
  options.vault = v.options;
  DetectorGuard masker("basic", Fake(), options);
  VaultGuard restorer(*v.options);
  auto response = Result("tok_123");
  masker.Inspect(v.Ctx(Direction::kResponse, "fs"), response);

  json::value request = json::object{{"arguments", json::object{{"k", "<FAKE_TOKEN_1>"}}}};
  Verdict verdict = restorer.Inspect(v.Ctx(Direction::kRequest, "web"), request);
  EXPECT_EQ(verdict.kind, VerdictKind::kContinue);
  EXPECT_EQ(request.at("arguments").at("k"), "<FAKE_TOKEN_1>");
  ASSERT_EQ(verdict.findings.size(), 1u);
  EXPECT_EQ(verdict.findings[0].type, "vault.refused");
}

TEST(Vault, AllowListedServerMayReceiveAnotherServersValue) {
  VaultSetup v;
  v.options->allow_servers = {"deploy-*"};
  VaultGuard restorer(*v.options);
  EXPECT_TRUE(restorer.MayReceive("deploy-prod", "fs"));
  EXPECT_FALSE(restorer.MayReceive("web", "fs"));
  EXPECT_TRUE(restorer.MayReceive("fs", "fs"));
}

TEST(Vault, IsBoundedAndForgetsTheOldestFirst) {
  Vault vault;
  const std::string first = vault.Put("E", "v1", "s", 2);
  vault.Put("E", "v2", "s", 2);
  vault.Put("E", "v3", "s", 2);
  EXPECT_EQ(vault.size(), 2u);
  EXPECT_EQ(vault.Find(first), nullptr);
  ASSERT_NE(vault.Find("<E_3>"), nullptr);
  EXPECT_EQ(vault.Find("<E_3>")->value, "v3");
}

TEST(Vault, IsPerSession) {
  VaultSetup a;
  VaultSetup b;
  DetectorGuardOptions options;
  options.vault = a.options;
  DetectorGuard masker("basic", Fake(), options);
  VaultGuard restorer(*a.options);
  auto response = Result("tok_123");
  masker.Inspect(a.Ctx(Direction::kResponse, "fs"), response);
  json::value request = json::object{{"arguments", json::object{{"k", "<FAKE_TOKEN_1>"}}}};
  restorer.Inspect(b.Ctx(Direction::kRequest, "fs"), request);
  EXPECT_EQ(request.at("arguments").at("k"), "<FAKE_TOKEN_1>") << "another session's vault";
}

}  // namespace
}  // namespace mcpgw::guards
