// The network guards in the real chain (BuildGuardChain): registered as late entries, so they
// receive the payload after the masking guards and the findings of those guards; the fail mode
// from the config's fail_open; config errors name the key.

#include "guards/remote/remote_factory.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "guards/plugin_catalog.h"
#include "guards/remote/remote_guard.h"
#include "testing/recorded_http_server.h"
#include "testing/run_until.h"

namespace mcpgw::guards::remote {
namespace {

namespace json = boost::json;
using mcpgw::testing::RecordedHttpServer;
using mcpgw::testing::RunUntil;

// The reference gateway's quickstart value (public, from its README); split so scanners of this
// repository do not flag it.
const std::string kHfToken = std::string("hf_okpaLGklBeJFhdqd") + "OvkrXljOCTwhADRrXo";

struct Built {
  GuardsConfig config;
  std::shared_ptr<const GuardChain> chain;
};

Result<Built> Build(boost::asio::io_context* io, const std::string& text,
                    std::vector<std::string> names = {}) {
  auto config = ParseGuardsConfig(text, "test.json");
  if (!config) return config.error();
  Built built;
  built.config = std::move(*config);
  GuardSettings settings;
  settings.config = &built.config;
  settings.io = io;
  auto chain = BuildGuardChain(names, settings);
  if (!chain) return chain.error();
  built.chain = *chain;
  return built;
}

std::optional<std::pair<ChainResult, json::value>> RunChain(boost::asio::io_context& io,
                                                            const GuardChain& chain,
                                                            json::value payload) {
  GuardContext context;
  context.direction = Direction::kResponse;
  context.method = "tools/call";
  context.server = "files";
  context.item = "read_file";
  std::optional<std::pair<ChainResult, json::value>> out;
  auto run = chain.Start(context, std::move(payload), [&](ChainResult r, json::value p) {
    out.emplace(std::move(r), std::move(p));
  });
  RunUntil(io, [&] { return out.has_value(); });
  return out;
}

json::value TextResult(std::string_view text) {
  return json::value{{"content", json::array{json::object{{"type", "text"}, {"text", text}}}}};
}

TEST(RemoteFactoryTest, NetworkGuardsRunLateWhateverTheConfiguredOrder) {
  boost::asio::io_context io;
  auto built = Build(&io, R"({"guards": {"order": ["webhook", "basic"],
      "webhook": {"url": "http://127.0.0.1:9/hook"}}})");
  ASSERT_TRUE(built) << built.error().message;
  ASSERT_EQ(built->chain->size(), 2u);
  EXPECT_EQ(built->chain->guard(0).name(), "basic");
  EXPECT_EQ(built->chain->guard(1).name(), "webhook");
  EXPECT_TRUE(built->chain->guard(1).waits());
}

TEST(RemoteFactoryTest, TheWebhookOnlyEverReceivesMaskedContentAndTheMaskingFindings) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/hook", {200, R"({"decision": "allow"})", {}, false});
  auto built = Build(&io, R"({"guards": {"order": ["webhook", "basic"], "webhook": {"url": ")" +
                              server.BaseUrl() + R"(/hook"}}})");
  ASSERT_TRUE(built) << built.error().message;
  auto out = RunChain(io, *built->chain, TextResult("HF_TOKEN = \"" + kHfToken + "\""));
  ASSERT_TRUE(out);
  EXPECT_FALSE(out->first.rejected()) << out->first.message;
  ASSERT_EQ(server.received().size(), 1u);
  const std::string& sent = server.received()[0].body;
  EXPECT_EQ(sent.find(kHfToken), std::string::npos) << sent;
  json::value body = json::parse(sent);
  EXPECT_EQ(body.at("content").at("content").at(0).at("text"),
            "HF_TOKEN = \"<HUGGINGFACE_TOKEN>\"");
  EXPECT_EQ(body.at("findings").at(0).at("type"), "secrets.huggingface_token");
}

TEST(RemoteFactoryTest, FailClosedByDefaultWithAMessageTheClientCanRead) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/hook", {500, "{}", {}, false});
  auto built = Build(
      &io, R"({"guards": {"webhook": {"retries": 0, "url": ")" + server.BaseUrl() + R"(/hook"}}})");
  ASSERT_TRUE(built) << built.error().message;
  auto out = RunChain(io, *built->chain, TextResult("x"));
  ASSERT_TRUE(out);
  EXPECT_TRUE(out->first.rejected());
  EXPECT_EQ(out->first.reject_reason(), "guard.failed");
  EXPECT_NE(out->first.message.find("webhook"), std::string::npos) << out->first.message;
  EXPECT_NE(out->first.message.find("HTTP 500"), std::string::npos) << out->first.message;
}

TEST(RemoteFactoryTest, FailOpenRecordsTheFailureAndGoesOn) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/hook", {500, "{}", {}, false});
  auto built = Build(&io, R"({"guards": {"webhook": {"fail_open": true, "retries": 0, "url": ")" +
                              server.BaseUrl() + R"(/hook"}}})");
  ASSERT_TRUE(built) << built.error().message;
  auto out = RunChain(io, *built->chain, TextResult("x"));
  ASSERT_TRUE(out);
  EXPECT_FALSE(out->first.rejected());
  ASSERT_EQ(out->first.findings.size(), 1u);
  EXPECT_EQ(out->first.findings[0].type, "guard.failed");
  EXPECT_FALSE(out->first.findings[0].applied);
  EXPECT_EQ(out->second, TextResult("x"));
}

TEST(RemoteFactoryTest, ACancelledRunIsNeverAnsweredAndNotSentWhenNotYetSent) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/hook", {200, R"({"decision": "block", "reason": "late"})", {}, false});
  server.Set("/hang", {200, "", {}, true});
  for (const char* path : {"/hook", "/hang"}) {
    auto built = Build(&io, R"({"guards": {"webhook": {"timeout_ms": 200, "url": ")" +
                                server.BaseUrl() + path + R"("}}})");
    ASSERT_TRUE(built) << built.error().message;
    GuardContext context;
    context.direction = Direction::kResponse;
    context.method = "tools/call";
    int done_calls = 0;
    auto run = built->chain->Start(context, TextResult("x"),
                                   [&](ChainResult, json::value) { ++done_calls; });
    ASSERT_NE(run, nullptr) << "the webhook waits";
    const auto& caller = static_cast<const RemoteGuard&>(built->chain->guard(0)).caller();
    const std::size_t sent_before = server.received().size();
    if (std::string_view(path) == "/hang") {
      // Cancel while the request is at the service.
      ASSERT_TRUE(RunUntil(io, [&] { return server.received().size() > sent_before; }));
      run->Cancel();
    } else {
      run->Cancel();  // before the request went out: it never does
    }
    ASSERT_TRUE(RunUntil(io, [&] { return caller.in_flight() == 0; }));
    mcpgw::testing::Drain(io);
    EXPECT_EQ(done_calls, 0) << path;
    if (std::string_view(path) == "/hook") {
      EXPECT_EQ(server.received().size(), sent_before);
    }
  }
}

TEST(RemoteFactoryTest, AServiceSlowerThanTheBudgetFailsClosedBeforeTheChainTimesOut) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/hook", {200, "", {}, true});  // never answers
  auto built = Build(&io, R"({"guards": {"webhook": {"budget_ms": 400, "timeout_ms": 300,
      "url": ")" + server.BaseUrl() + R"(/hook"}}})");
  ASSERT_TRUE(built) << built.error().message;
  auto out = RunChain(io, *built->chain, TextResult("x"));
  ASSERT_TRUE(out);
  EXPECT_EQ(out->first.reject_reason(), "guard.failed");
  EXPECT_NE(out->first.message.find("timed out"), std::string::npos) << out->first.message;
}

TEST(RemoteFactoryTest, ConfigErrorsNameTheFileAndTheKey) {
  boost::asio::io_context io;
  auto built = Build(&io, R"({"guards": {"llm_judge": {"url": "http://x", "model": "m"}}})");
  ASSERT_FALSE(built);
  EXPECT_NE(built.error().message.find("test.json"), std::string::npos) << built.error().message;
  EXPECT_NE(built.error().message.find("guards.llm_judge.policies"), std::string::npos)
      << built.error().message;
}

TEST(RemoteFactoryTest, WithoutAnEventLoopTheGuardsRefuseToStart) {
  auto built = Build(nullptr, R"({"guards": {"webhook": {"url": "http://127.0.0.1:9/"}}})");
  ASSERT_FALSE(built);
  EXPECT_NE(built.error().message.find("guards.webhook"), std::string::npos);
}

TEST(RemoteFactoryTest, LassoIsAvailableWithTheKeyAndStillRefusesWithout) {
  boost::asio::io_context io;
  const char* saved = std::getenv("LASSO_API_KEY");
  const std::string restore = saved ? saved : "";
  setenv("LASSO_API_KEY", "k", 1);
  auto with_key = Build(&io, "{}", {"lasso"});
  unsetenv("LASSO_API_KEY");
  auto without = Build(&io, "{}", {"lasso"});
  if (saved) setenv("LASSO_API_KEY", restore.c_str(), 1);
  ASSERT_TRUE(with_key) << with_key.error().message;
  EXPECT_EQ(with_key->chain->guard(0).name(), "lasso");
  ASSERT_FALSE(without);
  EXPECT_NE(without.error().message.find("LASSO_API_KEY"), std::string::npos);
}

}  // namespace
}  // namespace mcpgw::guards::remote
