// ProtocolUpstream's subscriptions/listen toward a 2026-07-28 server, against a scripted
// in-process server (testing/scripted_transport.h): what the listen asks for, what its
// notifications become, resources/(un)subscribe answered here, and the listen's lifecycle
// (reopened with backoff, -32601 means no listen, a bound on listens that never start, no
// deadline, a new listen per run).
#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <optional>

#include "core/json_rpc.h"
#include "testing/run_until.h"
#include "testing/scripted_transport.h"
#include "upstream/protocol_upstream.h"

namespace mcpgw::upstream {
namespace {

using mcpgw::testing::OutgoingHeader;
using mcpgw::testing::RunUntil;
using mcpgw::testing::ScriptedTransport;
using std::chrono::milliseconds;

constexpr std::string_view kSubscriptionId = "io.modelcontextprotocol/subscriptionId";

class RecordingObserver : public UpstreamObserver {
 public:
  void OnUpstreamChanged(const Upstream&) override { ++changes; }
  void OnUpstreamNotification(const Upstream&, json::object notification) override {
    notifications.push_back(std::move(notification));
  }
  void OnUpstreamRequest(const Upstream&, json::object,
                         std::function<void(json::object)> reply) override {
    reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound, "not in tests"));
  }
  int changes = 0;
  std::vector<json::object> notifications;
};


json::object Caps() {
  return json::object{{"tools", json::object{{"listChanged", true}}},
                      {"prompts", json::object()},
                      {"resources", json::object{{"subscribe", true}, {"listChanged", true}}}};
}

class ProtocolUpstreamListenTest : public ::testing::Test {
 protected:
  void Start(json::object capabilities = Caps(), UpstreamOptions options = {}) {
    auto config = std::make_shared<config::ServerConfig>();
    config->name = "scripted";
    options.ping_interval = milliseconds(0);
    options.restart_initial_delay = milliseconds(10);
    upstream_ =
        std::make_shared<ProtocolUpstream>(io_, config, options, &observer_, [this, capabilities] {
          transport_ = std::make_shared<ScriptedTransport>(io_);
          transport_->SpeakModern();
          transport_->SetModernCapabilities(capabilities);
          ++runs_;
          return transport_;
        });
    upstream_->Start();
    ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->state() == State::kActive; }));
    ASSERT_TRUE(upstream_->modern());
  }
  void TearDown() override {
    if (!upstream_) return;
    bool stopped = false;
    upstream_->Stop([&] { stopped = true; });
    EXPECT_TRUE(RunUntil(io_, [&] { return stopped; }));
  }
  std::vector<json::object> Listens() const { return transport_->Requests("subscriptions/listen"); }
  // Waits for the `n`th listen of the current run and returns it.
  json::object WaitListen(std::size_t n) {
    EXPECT_TRUE(RunUntil(io_, [&] { return Listens().size() >= n; }));
    return Listens().size() >= n ? Listens()[n - 1] : json::object();
  }
  void Acknowledge(const json::object& listen) {
    Deliver(core::MakeNotification(
        "notifications/subscriptions/acknowledged",
        json::object{{"notifications", listen.at("params").at("notifications")},
                     {"_meta", json::object{{kSubscriptionId, listen.at("id")}}}}));
  }
  void Deliver(const json::object& message) { transport_->Deliver(core::Serialize(message)); }
  json::object Tagged(std::string_view method, json::object params, const json::value& id) {
    params["_meta"] = json::object{{kSubscriptionId, id}};
    return core::MakeNotification(method, std::move(params));
  }
  std::shared_ptr<std::optional<json::object>> Send(std::string_view method, json::object params) {
    auto slot = std::make_shared<std::optional<json::object>>();
    RequestCallbacks callbacks;
    callbacks.on_response = [slot](json::object r) { *slot = std::move(r); };
    upstream_->Send(method, std::move(params), std::move(callbacks), milliseconds(5000),
                    milliseconds(5000));
    return slot;
  }
  std::size_t Count(std::string_view method) const {
    std::size_t n = 0;
    for (const json::object& m : transport_->sent())
      if (m.if_contains("method") && m.at("method").as_string() == method) ++n;
    return n;
  }
  // Lets the io_context run for `time` (for "nothing more happens" checks).
  void RunFor(milliseconds time) {
    boost::asio::steady_timer timer(io_, time);
    bool done = false;
    timer.async_wait([&](boost::system::error_code) { done = true; });
    RunUntil(io_, [&] { return done; });
  }

  boost::asio::io_context io_;
  RecordingObserver observer_;
  std::shared_ptr<ScriptedTransport> transport_;
  std::shared_ptr<ProtocolUpstream> upstream_;
  int runs_ = 0;
};

TEST_F(ProtocolUpstreamListenTest, TheListenAsksForTheListChangedKindsTheServerAdvertises) {
  Start();
  const json::object listen = WaitListen(1);
  const json::object& params = listen.at("params").as_object();
  EXPECT_EQ(params.at("notifications"),
            (json::object{{"toolsListChanged", true}, {"resourcesListChanged", true}}));
  EXPECT_EQ(params.at("_meta").at("io.modelcontextprotocol/protocolVersion"), "2026-07-28");
  const OutgoingInfo* info = nullptr;
  for (std::size_t i = 0; i < transport_->sent().size(); ++i)
    if (transport_->sent()[i].at("id") == listen.at("id")) info = &transport_->infos()[i];
  ASSERT_NE(info, nullptr);
  EXPECT_TRUE(info->long_lived);
  EXPECT_TRUE(info->is_request);
  EXPECT_EQ(OutgoingHeader(*info, "Mcp-Method"), "subscriptions/listen");
  EXPECT_EQ(OutgoingHeader(*info, "MCP-Protocol-Version"), "2026-07-28");
}

TEST_F(ProtocolUpstreamListenTest, AServerAdvertisingNoListChangedGetsNoListen) {
  Start(json::object{{"tools", json::object()}});
  RunFor(milliseconds(50));
  EXPECT_TRUE(Listens().empty());
}

TEST_F(ProtocolUpstreamListenTest, ListChangedOnTheListenFetchesTheListAgainLikeALegacyServers) {
  Start();
  const json::object listen = WaitListen(1);
  Acknowledge(listen);
  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->listen_id() != 0; }));
  const std::size_t lists = Count("tools/list");
  const int changes = observer_.changes;
  Deliver(Tagged("notifications/tools/list_changed", {}, listen.at("id")));
  ASSERT_TRUE(RunUntil(io_, [&] { return observer_.changes > changes; }));
  EXPECT_EQ(Count("tools/list"), lists + 1);
  EXPECT_TRUE(observer_.notifications.empty());  // handled here, as for a 2025 server
}

TEST_F(ProtocolUpstreamListenTest, AResourceUpdateOnTheListenReachesTheObserverUntagged) {
  Start();
  const json::object listen = WaitListen(1);
  Acknowledge(listen);
  Deliver(Tagged("notifications/resources/updated", {{"uri", "fixture://a"}}, listen.at("id")));
  ASSERT_TRUE(RunUntil(io_, [&] { return !observer_.notifications.empty(); }));
  const json::object& update = observer_.notifications.front();
  EXPECT_EQ(update.at("method"), "notifications/resources/updated");
  EXPECT_EQ(update.at("params"), (json::object{{"uri", "fixture://a"}}));
}

TEST_F(ProtocolUpstreamListenTest, NotificationsOfAListenThatIsNotCurrentAreDropped) {
  Start();
  const json::object listen = WaitListen(1);
  Acknowledge(listen);
  Deliver(Tagged("notifications/resources/updated", {{"uri", "fixture://old"}}, 999));
  Deliver(Tagged("notifications/resources/updated", {{"uri", "fixture://new"}}, listen.at("id")));
  ASSERT_TRUE(RunUntil(io_, [&] { return !observer_.notifications.empty(); }));
  ASSERT_EQ(observer_.notifications.size(), 1u);
  EXPECT_EQ(observer_.notifications.front().at("params").at("uri"), "fixture://new");
}

TEST_F(ProtocolUpstreamListenTest, SubscribeIsAnsweredHereAndANewListenCarriesTheUri) {
  Start();
  const json::object first = WaitListen(1);
  Acknowledge(first);
  auto answer = Send("resources/subscribe", {{"uri", "fixture://a"}});
  ASSERT_TRUE(RunUntil(io_, [&] { return answer->has_value(); }));
  EXPECT_TRUE((*answer)->contains("result"));
  EXPECT_EQ(Count("resources/subscribe"), 0u);  // removed in 2026-07-28: never sent
  const json::object second = WaitListen(2);
  EXPECT_EQ(second.at("params").at("notifications").at("resourceSubscriptions"),
            (json::array{"fixture://a"}));
  EXPECT_EQ(Count("notifications/cancelled"), 0u);  // the old one lives until the new one is up
  Acknowledge(second);
  ASSERT_TRUE(RunUntil(io_, [&] { return Count("notifications/cancelled") == 1; }));
  EXPECT_EQ(transport_->received().back().at("params").at("requestId"), first.at("id"));
  EXPECT_EQ(upstream_->listen_id(), static_cast<RequestId>(second.at("id").as_int64()));
}

TEST_F(ProtocolUpstreamListenTest, UnsubscribingTheLastUriOpensAListenWithoutIt) {
  Start();
  Acknowledge(WaitListen(1));
  Send("resources/subscribe", {{"uri", "fixture://a"}});
  const json::object second = WaitListen(2);
  Acknowledge(second);
  auto answer = Send("resources/unsubscribe", {{"uri", "fixture://a"}});
  ASSERT_TRUE(RunUntil(io_, [&] { return answer->has_value(); }));
  EXPECT_TRUE((*answer)->contains("result"));
  const json::object third = WaitListen(3);
  EXPECT_FALSE(
      third.at("params").at("notifications").as_object().contains("resourceSubscriptions"));
  EXPECT_EQ(Count("resources/unsubscribe"), 0u);
}

TEST_F(ProtocolUpstreamListenTest, SubscriptionsInOneTurnMakeOneListen) {
  Start();
  Acknowledge(WaitListen(1));
  Send("resources/subscribe", {{"uri", "fixture://a"}});
  Send("resources/subscribe", {{"uri", "fixture://b"}});
  const json::object second = WaitListen(2);
  EXPECT_EQ(second.at("params").at("notifications").at("resourceSubscriptions"),
            (json::array{"fixture://a", "fixture://b"}));
  RunFor(milliseconds(30));
  EXPECT_EQ(Listens().size(), 2u);
}

TEST_F(ProtocolUpstreamListenTest, SubscriptionsPastTheBoundAreRefusedWithAClearError) {
  Start();
  for (std::size_t i = 0; i < modern::kMaxListenUris; ++i)
    Send("resources/subscribe", {{"uri", "fixture://" + std::to_string(i)}});
  auto refused = Send("resources/subscribe", {{"uri", "fixture://one-too-many"}});
  auto again = Send("resources/subscribe", {{"uri", "fixture://0"}});  // already in: fine
  ASSERT_TRUE(RunUntil(io_, [&] { return refused->has_value() && again->has_value(); }));
  ASSERT_TRUE((*refused)->contains("error"));
  EXPECT_EQ((*refused)->at("error").at("code"), core::kInternalError);
  EXPECT_NE(std::string((*refused)->at("error").at("message").as_string()).find("256"),
            std::string::npos);
  EXPECT_TRUE((*again)->contains("result"));
}

TEST_F(ProtocolUpstreamListenTest, TheListenIsNotSubjectToTheRequestTimeout) {
  UpstreamOptions options;
  options.request_timeout = milliseconds(30);
  Start(Caps(), options);
  const json::object listen = WaitListen(1);
  Acknowledge(listen);
  RunFor(milliseconds(150));
  EXPECT_EQ(Listens().size(), 1u);
  EXPECT_EQ(Count("notifications/cancelled"), 0u);
  EXPECT_EQ(upstream_->listen_id(), static_cast<RequestId>(listen.at("id").as_int64()));
}

TEST_F(ProtocolUpstreamListenTest, AListenTheServerEndsIsOpenedAgain) {
  Start();
  const json::object listen = WaitListen(1);
  Acknowledge(listen);
  Deliver(core::MakeResultResponse(listen.at("id"), json::object{{"resultType", "complete"}}));
  const json::object again = WaitListen(2);
  EXPECT_NE(again.at("id"), listen.at("id"));
  EXPECT_EQ(again.at("params").at("notifications"), listen.at("params").at("notifications"));
}

TEST_F(ProtocolUpstreamListenTest, AServerAnsweringMethodNotFoundIsNeverAskedAgainOnThisRun) {
  Start();
  const json::object listen = WaitListen(1);
  Deliver(core::MakeErrorResponse(listen.at("id"), core::kMethodNotFound, "Method not found"));
  RunFor(milliseconds(100));  // ten restart delays
  EXPECT_EQ(Listens().size(), 1u);
  auto answer = Send("resources/subscribe", {{"uri", "fixture://a"}});
  ASSERT_TRUE(RunUntil(io_, [&] { return answer->has_value(); }));
  ASSERT_TRUE((*answer)->contains("error"));
  EXPECT_EQ((*answer)->at("error").at("code"), core::kMethodNotFound);
  EXPECT_EQ(Listens().size(), 1u);
}

TEST_F(ProtocolUpstreamListenTest, ListensThatNeverStartAreGivenUpAfterTheBound) {
  UpstreamOptions options;
  options.restart_max_delay = milliseconds(10);
  Start(Caps(), options);
  for (int i = 1; i <= ProtocolUpstream::kMaxListenFailures; ++i) {
    const json::object listen = WaitListen(i);
    Deliver(core::MakeErrorResponse(listen.at("id"), core::kInternalError,
                                    "Subscription limit reached"));
  }
  RunFor(milliseconds(100));
  EXPECT_EQ(Listens().size(), static_cast<std::size_t>(ProtocolUpstream::kMaxListenFailures));
  EXPECT_EQ(upstream_->state(), State::kActive);  // calls are never held by the listen
}

TEST_F(ProtocolUpstreamListenTest, ARestartedRunOpensItsOwnListen) {
  Start();
  Acknowledge(WaitListen(1));
  transport_->Exit("exited with status 1");
  ASSERT_TRUE(RunUntil(io_, [&] { return runs_ == 2 && upstream_->state() == State::kActive; }));
  EXPECT_EQ(upstream_->listen_id(), 0u);
  const json::object listen = WaitListen(1);  // on the new run's transport
  Acknowledge(listen);
  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->listen_id() != 0; }));
}

}  // namespace
}  // namespace mcpgw::upstream
