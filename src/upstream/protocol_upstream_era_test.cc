// ProtocolUpstream's era rules, against a scripted in-process server
// (testing/scripted_transport.h): the server/discover probe, the fallback to initialize, the
// per-server protocolEra setting, the era decided again for every run, and what a 2026-07-28 run
// adds to each request and removes from each answer.
#include "upstream/protocol_upstream.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <algorithm>
#include <optional>

#include "core/json_rpc.h"
#include "testing/run_until.h"
#include "testing/scripted_transport.h"

namespace mcpgw::upstream {
namespace {

using mcpgw::testing::OutgoingHeader;
using mcpgw::testing::RunUntil;
using mcpgw::testing::ScriptedTransport;
using std::chrono::milliseconds;

constexpr std::string_view kMetaVersion = "io.modelcontextprotocol/protocolVersion";

class NullObserver : public UpstreamObserver {
 public:
  void OnUpstreamChanged(const Upstream&) override {}
  void OnUpstreamNotification(const Upstream&, json::object) override {}
  void OnUpstreamRequest(const Upstream&, json::object,
                         std::function<void(json::object)> reply) override {
    reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound, "not in tests"));
  }
};

std::string Method(const json::object& message) {
  const json::value* method = message.if_contains("method");
  return method && method->is_string() ? std::string(method->get_string()) : "";
}


class ProtocolUpstreamEraTest : public ::testing::Test {
 protected:
  // `script` prepares each run's transport (run index from 0).
  void Start(config::ProtocolEra era = config::ProtocolEra::kAuto,
             std::function<void(ScriptedTransport&, int)> script = nullptr,
             UpstreamOptions options = {}) {
    auto config = std::make_shared<config::ServerConfig>();
    config->name = "scripted";
    config->protocol_era = era;
    options.ping_interval = milliseconds(0);
    options.restart_initial_delay = milliseconds(10);
    options.client_version = "9.9";
    options.client_capabilities = [] {
      return json::object{{"sampling", json::object()}};
    };
    upstream_ = std::make_shared<ProtocolUpstream>(
        io_, config, options, &observer_, [this, script] {
          transport_ = std::make_shared<ScriptedTransport>(io_);
          if (script) script(*transport_, runs_);
          ++runs_;
          return transport_;
        });
    upstream_->Start();
  }
  void StartModern() {
    Start(config::ProtocolEra::kAuto, [](ScriptedTransport& t, int) { t.SpeakModern(); });
    ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->state() == State::kActive; }));
    ASSERT_TRUE(upstream_->modern());
  }
  void TearDown() override {
    if (!upstream_) return;
    bool stopped = false;
    upstream_->Stop([&] { stopped = true; });
    EXPECT_TRUE(RunUntil(io_, [&] { return stopped; }));
  }
  std::vector<std::string> SentMethods() const {
    std::vector<std::string> methods;
    for (const json::object& message : transport_->sent()) methods.push_back(Method(message));
    return methods;
  }
  // Sends `method` and waits for the script to have it; returns the call's slot.
  std::shared_ptr<std::optional<json::object>> Send(
      std::string_view method, json::object params, milliseconds timeout = milliseconds(5000),
      std::optional<json::object> client_capabilities = std::nullopt) {
    auto slot = std::make_shared<std::optional<json::object>>();
    RequestCallbacks callbacks;
    callbacks.on_response = [slot](json::object r) { *slot = std::move(r); };
    if (client_capabilities)
      callbacks.client_capabilities =
          std::make_shared<const json::object>(std::move(*client_capabilities));
    upstream_->Send(method, std::move(params), std::move(callbacks), timeout, timeout);
    return slot;
  }

  boost::asio::io_context io_;
  NullObserver observer_;
  std::shared_ptr<ScriptedTransport> transport_;
  std::shared_ptr<ProtocolUpstream> upstream_;
  int runs_ = 0;
};

TEST_F(ProtocolUpstreamEraTest, ALegacyServerRefusingDiscoverIsInitializedAfterTheProbe) {
  Start();
  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->state() == State::kActive; }));
  EXPECT_FALSE(upstream_->modern());
  const auto methods = SentMethods();
  ASSERT_GE(methods.size(), 3u);
  EXPECT_EQ(methods[0], "server/discover");
  EXPECT_EQ(methods[1], "initialize");
  EXPECT_EQ(methods[2], "notifications/initialized");
  // The probe carries the whole envelope.
  const json::object& meta = transport_->sent()[0].at("params").at("_meta").as_object();
  EXPECT_EQ(meta.at(kMetaVersion), "2026-07-28");
  EXPECT_TRUE(meta.at("io.modelcontextprotocol/clientCapabilities").as_object().contains("sampling"));
  EXPECT_EQ(meta.at("io.modelcontextprotocol/clientInfo").at("version"), "9.9");
  EXPECT_TRUE(transport_->infos()[0].is_discover);
  EXPECT_EQ(upstream_->catalog().protocol_version, "2025-06-18");
}

TEST_F(ProtocolUpstreamEraTest, AModernServerIsNeverInitializedAndItsListsAreFetched) {
  StartModern();
  for (const std::string& method : SentMethods()) {
    EXPECT_NE(method, "initialize");
    EXPECT_NE(method, "notifications/initialized");
  }
  const Catalog& catalog = upstream_->catalog();
  EXPECT_EQ(catalog.protocol_version, "2026-07-28");
  EXPECT_EQ(catalog.server_info.at("name"), "scripted-modern");
  EXPECT_EQ(catalog.instructions, "modern script");
  ASSERT_EQ(catalog.tools.size(), 1u);
  EXPECT_FALSE(catalog.tools[0].as_object().contains("resultType"));
  // tools/list went out as a modern request.
  const auto methods = SentMethods();
  const auto at = std::find(methods.begin(), methods.end(), "tools/list") - methods.begin();
  ASSERT_LT(static_cast<std::size_t>(at), methods.size());
  EXPECT_EQ(transport_->sent()[at].at("params").at("_meta").at(kMetaVersion), "2026-07-28");
  EXPECT_EQ(OutgoingHeader(transport_->infos()[at], "Mcp-Method"), "tools/list");
  EXPECT_EQ(OutgoingHeader(transport_->infos()[at], "MCP-Protocol-Version"), "2026-07-28");
}

TEST_F(ProtocolUpstreamEraTest, ProtocolEraLegacyNeverProbes) {
  Start(config::ProtocolEra::kLegacy, [](ScriptedTransport& t, int) { t.SpeakModern(); });
  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->state() == State::kActive; }));
  EXPECT_FALSE(upstream_->modern());
  EXPECT_EQ(SentMethods().front(), "initialize");
}

TEST_F(ProtocolUpstreamEraTest, ProtocolEraModernFailsTheStartWhenDiscoverIsRefused) {
  Start(config::ProtocolEra::kModern);
  ASSERT_TRUE(RunUntil(io_, [&] { return !upstream_->last_error().empty(); }));
  EXPECT_NE(upstream_->state(), State::kActive);
  EXPECT_NE(upstream_->last_error().find("server/discover"), std::string::npos)
      << upstream_->last_error();
  const auto methods = SentMethods();
  EXPECT_EQ(std::count(methods.begin(), methods.end(), "initialize"), 0);
}

TEST_F(ProtocolUpstreamEraTest, ADiscoverNobodyAnswersFallsBackToInitializeAfterItsTimeout) {
  UpstreamOptions options;
  options.initialize_timeout = milliseconds(200);  // the probe waits at most this
  Start(config::ProtocolEra::kAuto, [](ScriptedTransport& t, int) { t.IgnoreDiscover(); },
        options);
  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->state() == State::kActive; }));
  EXPECT_FALSE(upstream_->modern());
  EXPECT_EQ(runs_, 1);
}

TEST_F(ProtocolUpstreamEraTest, AStdioServerExitingOnTheProbeIsInitializedOnTheNextRun) {
  Start(config::ProtocolEra::kAuto, [](ScriptedTransport& t, int) { t.IgnoreDiscover(); });
  ASSERT_TRUE(RunUntil(io_, [&] { return !transport_->sent().empty(); }));
  transport_->Exit("exited with status 1");
  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->state() == State::kActive; }));
  EXPECT_EQ(runs_, 2);
  EXPECT_EQ(SentMethods().front(), "initialize");
}

TEST_F(ProtocolUpstreamEraTest, TheEraIsProbedAgainAfterARestart) {
  // First run: a 2025 server; second run: the same server upgraded to 2026-07-28.
  Start(config::ProtocolEra::kAuto, [](ScriptedTransport& t, int run) {
    if (run > 0) t.SpeakModern();
  });
  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->state() == State::kActive; }));
  EXPECT_FALSE(upstream_->modern());
  transport_->Exit("exited with status 0");
  ASSERT_TRUE(RunUntil(io_, [&] { return runs_ == 2 && upstream_->state() == State::kActive; }));
  EXPECT_TRUE(upstream_->modern());
  EXPECT_EQ(upstream_->catalog().protocol_version, "2026-07-28");
}

TEST_F(ProtocolUpstreamEraTest, AModernCallCarriesTheEnvelopeAndHeadersAndItsResultLosesTheEraFields) {
  StartModern();
  auto call = Send("tools/call", json::object{{"name", "echo"},
                                              {"arguments", json::object{{"x", 1}}},
                                              {"_meta", json::object{{"traceparent", "t-1"}}}});
  ASSERT_TRUE(RunUntil(io_, [&] { return !transport_->Requests("tools/call").empty(); }));
  const json::object request = transport_->Requests("tools/call").back();
  const json::object& meta = request.at("params").at("_meta").as_object();
  EXPECT_EQ(meta.at(kMetaVersion), "2026-07-28");
  EXPECT_EQ(meta.at("traceparent"), "t-1");
  EXPECT_EQ(request.at("params").at("arguments").at("x"), 1);
  const OutgoingInfo& info = transport_->infos().back();
  EXPECT_EQ(OutgoingHeader(info, "Mcp-Method"), "tools/call");
  EXPECT_EQ(OutgoingHeader(info, "Mcp-Name"), "echo");
  transport_->Deliver(core::Serialize(core::MakeResultResponse(
      request.at("id"), json::object{{"resultType", "complete"},
                                     {"content", json::array{json::object{{"type", "text"},
                                                                          {"text", "hi"}}}}})));
  ASSERT_TRUE(RunUntil(io_, [&] { return call->has_value(); }));
  const json::object& result = (*call)->at("result").as_object();
  EXPECT_FALSE(result.contains("resultType"));
  EXPECT_EQ(result.at("content").at(0).at("text"), "hi");
}

TEST_F(ProtocolUpstreamEraTest, AForwardedModernRequestKeepsTheClientsMetaAndGainsTheEnvelope) {
  StartModern();
  auto wire = core::WireMessage::Inspect(
      R"({"jsonrpc":"2.0","id":"c-7","method":"prompts/get","params":{"name":"greet",)"
      R"("_meta":{"progressToken":"p-1"}}})");
  ASSERT_TRUE(wire);
  // The call is still pending when the test ends: TearDown's Stop() fails it, so the answer must
  // land in storage that outlives this body.
  auto response = std::make_shared<std::optional<json::object>>();
  RequestCallbacks callbacks;
  callbacks.on_response = [response](json::object r) { *response = std::move(r); };
  upstream_->Forward(std::move(*wire), std::move(callbacks), milliseconds(5000),
                     milliseconds(5000));
  ASSERT_TRUE(RunUntil(io_, [&] { return !transport_->Requests("prompts/get").empty(); }));
  const json::object request = transport_->Requests("prompts/get").back();
  const json::object& meta = request.at("params").at("_meta").as_object();
  EXPECT_EQ(meta.at(kMetaVersion), "2026-07-28");
  EXPECT_EQ(meta.at("progressToken"), request.at("id"));  // rewritten as on every run
  EXPECT_EQ(OutgoingHeader(transport_->infos().back(), "Mcp-Name"), "greet");
}

// ---- Per-request client capabilities (RequestCallbacks::client_capabilities) ----

constexpr std::string_view kMetaCapabilities = "io.modelcontextprotocol/clientCapabilities";

TEST_F(ProtocolUpstreamEraTest, AModernCallCarriesItsClientsCapabilitiesNotTheGatewaysOffer) {
  StartModern();  // the offer (options.client_capabilities) is {"sampling": {}}
  Send("tools/call", json::object{{"name", "echo"}}, milliseconds(5000), json::object());
  Send("tools/call", json::object{{"name", "other"}}, milliseconds(5000),
       json::object{{"elicitation", json::object{{"url", json::object()}}}});
  ASSERT_TRUE(RunUntil(io_, [&] { return transport_->Requests("tools/call").size() == 2; }));
  const auto calls = transport_->Requests("tools/call");
  EXPECT_EQ(calls[0].at("params").at("_meta").at(kMetaCapabilities), json::object())
      << "a client that declared nothing is declared {}, not the offer";
  EXPECT_EQ(calls[1].at("params").at("_meta").at(kMetaCapabilities),
            (json::object{{"elicitation", json::object{{"url", json::object()}}}}));
}

TEST_F(ProtocolUpstreamEraTest, AForwardedModernCallCarriesItsClientsCapabilitiesOverAnyInMeta) {
  StartModern();
  auto wire = core::WireMessage::Inspect(
      R"({"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"echo",)"
      R"("_meta":{"io.modelcontextprotocol/clientCapabilities":{"sampling":{}}}}})");
  ASSERT_TRUE(wire);
  auto response = std::make_shared<std::optional<json::object>>();
  RequestCallbacks callbacks;
  callbacks.on_response = [response](json::object r) { *response = std::move(r); };
  callbacks.client_capabilities =
      std::make_shared<const json::object>(json::object{{"roots", json::object()}});
  upstream_->Forward(std::move(*wire), std::move(callbacks), milliseconds(5000),
                     milliseconds(5000));
  ASSERT_TRUE(RunUntil(io_, [&] { return !transport_->Requests("tools/call").empty(); }));
  EXPECT_EQ(transport_->Requests("tools/call").back().at("params").at("_meta").at(
                kMetaCapabilities),
            (json::object{{"roots", json::object()}}));
}

TEST_F(ProtocolUpstreamEraTest, RequestsNoClientCausedCarryTheGatewaysOffer) {
  StartModern();
  Send("tools/call", json::object{{"name", "echo"}});  // no client: capabilities unset
  ASSERT_TRUE(RunUntil(io_, [&] { return !transport_->Requests("tools/call").empty(); }));
  const json::object offer{{"sampling", json::object()}};
  // The probe and the list fetch are answered by the script itself: they are in sent() only.
  int checked = 0;
  for (const json::object& message : transport_->sent()) {
    const std::string method = Method(message);
    if (method != "server/discover" && method != "tools/list" && method != "tools/call") continue;
    EXPECT_EQ(message.at("params").at("_meta").at(kMetaCapabilities), offer) << method;
    ++checked;
  }
  EXPECT_EQ(checked, 3);
}

TEST_F(ProtocolUpstreamEraTest, AModernResourceNotFoundBecomesMinus32002Again) {
  StartModern();
  auto call = Send("resources/read", json::object{{"uri", "file:///x"}});
  ASSERT_TRUE(RunUntil(io_, [&] { return !transport_->Requests("resources/read").empty(); }));
  EXPECT_EQ(OutgoingHeader(transport_->infos().back(), "Mcp-Name"), "file:///x");
  transport_->Deliver(core::Serialize(core::MakeErrorResponse(
      transport_->Requests("resources/read").back().at("id"), core::kInvalidParams,
      "Resource not found", json::object{{"uri", "file:///x"}})));
  ASSERT_TRUE(RunUntil(io_, [&] { return call->has_value(); }));
  EXPECT_EQ((*call)->at("error").at("code"), core::kResourceNotFound);
}

TEST_F(ProtocolUpstreamEraTest, LoggingSetLevelIsAnsweredHereAndRidesOnLaterModernRequests) {
  StartModern();
  auto set = Send("logging/setLevel", json::object{{"level", "warning"}});
  ASSERT_TRUE(RunUntil(io_, [&] { return set->has_value(); }));
  EXPECT_TRUE((*set)->contains("result"));
  EXPECT_TRUE(transport_->Requests("logging/setLevel").empty());
  Send("tools/call", json::object{{"name", "echo"}});
  ASSERT_TRUE(RunUntil(io_, [&] { return !transport_->Requests("tools/call").empty(); }));
  EXPECT_EQ(transport_->Requests("tools/call").back().at("params").at("_meta").at(
                "io.modelcontextprotocol/logLevel"),
            "warning");
}

TEST_F(ProtocolUpstreamEraTest, OnlyCancellationIsNotifiedToAModernServer) {
  StartModern();
  const std::size_t before = transport_->sent().size();
  upstream_->Notify("notifications/roots/list_changed", nullptr);
  upstream_->Notify("notifications/cancelled", json::object{{"requestId", 1}});
  ASSERT_EQ(transport_->sent().size(), before + 1);
  EXPECT_EQ(Method(transport_->sent().back()), "notifications/cancelled");
  EXPECT_EQ(OutgoingHeader(transport_->infos().back(), "Mcp-Method"), "notifications/cancelled");
}

}  // namespace
}  // namespace mcpgw::upstream
