// ProtocolUpstream rules that keep one client's requests apart from another's, against a
// scripted in-process server (testing/scripted_transport.h): progress is accepted only for
// tokens the upstream was given.
#include "upstream/protocol_upstream.h"

#include "core/json_rpc.h"
#include "testing/run_until.h"
#include "testing/scripted_transport.h"

#include <boost/asio/io_context.hpp>
#include <gtest/gtest.h>

#include <optional>

namespace mcpgw::upstream {
namespace {

using mcpgw::testing::RunUntil;
using mcpgw::testing::ScriptedTransport;
using std::chrono::milliseconds;

class NullObserver : public UpstreamObserver {
 public:
  void OnUpstreamChanged(const Upstream&) override {}
  void OnUpstreamNotification(const Upstream&, json::object) override {}
  void OnUpstreamRequest(const Upstream&, json::object,
                         std::function<void(json::object)> reply) override {
    reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound, "not in tests"));
  }
};

class ProtocolUpstreamIsolationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto config = std::make_shared<config::ServerConfig>();
    config->name = "scripted";
    UpstreamOptions options;
    options.ping_interval = milliseconds(0);
    upstream_ = std::make_shared<ProtocolUpstream>(io_, config, options, &observer_, [this] {
      transport_ = std::make_shared<ScriptedTransport>(io_);
      return transport_;
    });
    upstream_->Start();
    ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->state() == State::kActive; }));
  }
  void TearDown() override {
    bool stopped = false;
    upstream_->Stop([&] { stopped = true; });
    EXPECT_TRUE(RunUntil(io_, [&] { return stopped; }));
  }

  struct Call {
    std::optional<json::object> response;
    std::vector<json::object> progress;
    RequestId id = 0;
  };
  // Sends tools/call; with `token` set, it carries that progress token.
  std::shared_ptr<Call> Send(std::optional<json::value> token, milliseconds timeout) {
    auto call = std::make_shared<Call>();
    json::object params{{"name", "echo"}};
    if (token) params["_meta"] = json::object{{"progressToken", *token}};
    RequestCallbacks callbacks;
    callbacks.on_response = [call](json::object r) { call->response = std::move(r); };
    callbacks.on_progress = [call](json::object p) { call->progress.push_back(std::move(p)); };
    call->id = upstream_->Send("tools/call", std::move(params), std::move(callbacks), timeout,
                               milliseconds(60'000));
    return call;
  }
  // What the server saw as the progress token of the last tools/call.
  json::value TokenSeenByServer() {
    auto calls = transport_->Requests("tools/call");
    EXPECT_FALSE(calls.empty());
    return calls.back().at("params").at("_meta").at("progressToken");
  }
  void DeliverProgress(const json::value& token) {
    transport_->Deliver(core::Serialize(core::MakeNotification(
        "notifications/progress", json::object{{"progressToken", token}, {"progress", 1}})));
  }

  boost::asio::io_context io_;
  NullObserver observer_;
  std::shared_ptr<ScriptedTransport> transport_;
  std::shared_ptr<ProtocolUpstream> upstream_;
};

TEST_F(ProtocolUpstreamIsolationTest, ProgressForAGivenTokenReachesItsRequestAsTheCallersToken) {
  auto call = Send(json::value("client-token"), milliseconds(5000));
  ASSERT_TRUE(RunUntil(io_, [&] { return !transport_->Requests("tools/call").empty(); }));
  DeliverProgress(TokenSeenByServer());
  ASSERT_TRUE(RunUntil(io_, [&] { return !call->progress.empty(); }));
  EXPECT_EQ(call->progress.front().at("progressToken"), "client-token");
}

TEST_F(ProtocolUpstreamIsolationTest, ProgressNamingARequestThatCarriedNoTokenIsDropped) {
  // The victim carried no token: the server may know its request id, but was given no token.
  auto victim = Send(std::nullopt, milliseconds(300));
  auto witness = Send(json::value("w"), milliseconds(5000));
  ASSERT_TRUE(RunUntil(io_, [&] { return transport_->Requests("tools/call").size() == 2; }));
  const json::value victim_id = transport_->Requests("tools/call").front().at("id");
  // Progress naming the victim's id, then the witness's own: once the witness's arrives, the
  // victim's has been handled.
  DeliverProgress(victim_id);
  DeliverProgress(TokenSeenByServer());
  ASSERT_TRUE(RunUntil(io_, [&] { return !witness->progress.empty(); }));
  EXPECT_TRUE(victim->progress.empty());
  // Nor does it extend the victim's deadline: progress naming it every 100 ms (each would push
  // a 300 ms deadline forward if it were believed) does not keep it from timing out.
  for (int i = 0; i < 8 && !victim->response; ++i) {
    DeliverProgress(victim_id);
    io_.run_for(milliseconds(100));
  }
  ASSERT_TRUE(victim->response.has_value()) << "progress for a token never given extended it";
  EXPECT_EQ(victim->response->at("error").at("code"), core::kRequestTimeout);
}

TEST_F(ProtocolUpstreamIsolationTest, ProgressForAnUnknownTokenIsDropped) {
  auto call = Send(json::value("mine"), milliseconds(5000));
  ASSERT_TRUE(RunUntil(io_, [&] { return !transport_->Requests("tools/call").empty(); }));
  for (const json::value& token : {json::value("mine"), json::value(999999), json::value(-1)})
    DeliverProgress(token);
  DeliverProgress(TokenSeenByServer());  // the marker: handled after the others
  ASSERT_TRUE(RunUntil(io_, [&] { return !call->progress.empty(); }));
  EXPECT_EQ(call->progress.size(), 1u);
}

}  // namespace
}  // namespace mcpgw::upstream
