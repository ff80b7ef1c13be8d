#include "downstream/session.h"

#include "core/protocol_version.h"
#include "guards/guard_chain.h"
#include "testing/fake_upstream.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace mcpgw::downstream {
namespace {

using mcpgw::testing::FakeUpstream;
using upstream::State;

class SessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_ = std::make_shared<FakeUpstream>("fs");
    fs_->SetTools({"read", "big"});
    mem_ = std::make_shared<FakeUpstream>("mem");
    mem_->SetTools({"get"});
  }

  void Start(SessionOptions options = {}) {
    router_ = std::make_unique<router::Router>(router::RouterOptions{}, nullptr);
    router_->SetUpstreams({fs_, mem_});
    session_ = std::make_shared<Session>(
        *router_, [this](std::string text, std::string_view, bool) {
          if (!text.empty()) wire_.push_back(std::move(text));
        },
        options);
    session_->Open();
  }

  void TearDown() override {
    if (session_) session_->Close();
  }

  // Delivers a message as the transport would.
  void Receive(const json::object& message) {
    auto validated = core::ValidateMessage(message);
    ASSERT_TRUE(validated) << core::Serialize(message);
    session_->OnMessage(std::move(*validated));
  }
  void Request(json::value id, std::string_view method, json::value params = json::object()) {
    Receive(core::MakeRequest(id, method, std::move(params)));
  }
  void Initialize(json::value id = 0, std::string_view version = "2025-06-18") {
    Request(id, "initialize",
            json::object{{"protocolVersion", version},
                         {"capabilities", json::object()},
                         {"clientInfo", {{"name", "test-client"}, {"version", "1"}}}});
  }
  void InitializeAndAnswer() {
    Initialize();
    ASSERT_EQ(wire_.size(), 1u) << "upstreams are settled: initialize is answered at once";
    ASSERT_TRUE(session_->initialized());
    wire_.clear();
  }
  void CallTool(json::value id, std::string_view name, json::object arguments = {}) {
    Request(std::move(id), "tools/call",
            json::object{{"name", name}, {"arguments", std::move(arguments)}});
  }

  // Everything sent to the client so far, parsed; clears the record.
  std::vector<json::object> TakeSent() {
    std::vector<json::object> messages;
    for (const std::string& text : wire_) {
      EXPECT_EQ(text.find('\n'), std::string::npos) << "one message per line";
      messages.push_back(boost::json::parse(text).as_object());
    }
    wire_.clear();
    return messages;
  }

  static int ErrorCode(const json::object& response) {
    const json::value* error = response.if_contains("error");
    return error ? static_cast<int>(error->at("code").to_number<int>()) : 0;
  }

  std::shared_ptr<FakeUpstream> fs_, mem_;
  std::unique_ptr<router::Router> router_;
  std::shared_ptr<Session> session_;
  std::vector<std::string> wire_;
};

TEST_F(SessionTest, InitializeAnswersNegotiatedVersionCapabilitiesAndServerInfo) {
  Start();
  Initialize(0, "2025-06-18");
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 0);
  const json::object& result = sent[0].at("result").as_object();
  EXPECT_EQ(result.at("protocolVersion"), "2025-06-18");
  EXPECT_TRUE(result.at("capabilities").as_object().contains("tools"));
  EXPECT_EQ(result.at("serverInfo").at("name"), "mcp-gateway");
  EXPECT_TRUE(session_->initialized());
  EXPECT_EQ(session_->protocol_version(), "2025-06-18");
}

TEST_F(SessionTest, UnsupportedVersionIsAnsweredWithLatest) {
  Start();
  Initialize(0, "1999-01-01");
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("result").at("protocolVersion").as_string(), core::kLatestProtocolVersion);
}

TEST_F(SessionTest, InitializeIsAnsweredOnlyAfterEveryUpstreamSettled) {
  fs_->set_settled(false);
  fs_->set_state(State::kStarting);
  mem_->set_settled(false);
  mem_->set_state(State::kStarting);
  Start();
  Initialize(0);
  EXPECT_TRUE(wire_.empty());
  EXPECT_FALSE(session_->initialized());

  fs_->set_settled(true);
  fs_->set_state(State::kActive);
  router_->OnUpstreamChanged(*fs_);
  EXPECT_TRUE(wire_.empty()) << "mem has not settled yet";

  mem_->set_settled(true);
  mem_->set_state(State::kActive);
  router_->OnUpstreamChanged(*mem_);
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 0);
  EXPECT_TRUE(sent[0].contains("result"));
  EXPECT_TRUE(session_->initialized());
}

TEST_F(SessionTest, RequestsBeforeInitializeAreRejected) {
  Start();
  Request(1, "tools/list");
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 1);
  EXPECT_EQ(ErrorCode(sent[0]), core::kInvalidRequest);
  EXPECT_TRUE(fs_->sent().empty());
}

TEST_F(SessionTest, PingIsAnsweredBeforeInitialize) {
  Start();
  Request("p", "ping");
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), "p");
  EXPECT_EQ(sent[0].at("result"), json::object());
}

TEST_F(SessionTest, RequestsBetweenInitializeAndItsAnswerAreQueuedAndAnsweredAfter) {
  fs_->set_settled(false);
  fs_->set_state(State::kStarting);
  Start();
  Initialize(0);
  Request(1, "tools/list");
  Request(2, "ping");
  EXPECT_TRUE(wire_.empty()) << "queued, not rejected";

  fs_->set_settled(true);
  fs_->set_state(State::kActive);
  router_->OnUpstreamChanged(*fs_);
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 3u);
  EXPECT_EQ(sent[0].at("id"), 0) << "initialize is answered first";
  EXPECT_EQ(sent[1].at("id"), 1);
  ASSERT_TRUE(sent[1].contains("result")) << core::Serialize(sent[1]);
  // The queued tools/list sees the settled catalog.
  bool has_fs_read = false;
  for (const json::value& tool : sent[1].at("result").at("tools").as_array())
    has_fs_read = has_fs_read || tool.at("name") == "fs_read";
  EXPECT_TRUE(has_fs_read);
  EXPECT_EQ(sent[2].at("id"), 2);
}

TEST_F(SessionTest, SecondInitializeIsRejected) {
  Start();
  InitializeAndAnswer();
  Initialize(5);
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 5);
  EXPECT_EQ(ErrorCode(sent[0]), core::kInvalidRequest);
}

TEST_F(SessionTest, InitializeWithoutProtocolVersionIsInvalidParams) {
  Start();
  Request(0, "initialize", json::object{{"capabilities", json::object()}});
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(ErrorCode(sent[0]), core::kInvalidParams);
  EXPECT_FALSE(session_->initialized());
}

TEST_F(SessionTest, ForwardedRequestIsAnsweredWithClientId) {
  Start();
  InitializeAndAnswer();
  CallTool("abc", "fs_read", {{"path", "/x"}});
  EXPECT_TRUE(wire_.empty());
  EXPECT_EQ(session_->in_flight(), 1u);
  ASSERT_EQ(fs_->sent().size(), 1u);
  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), "abc");
  EXPECT_EQ(session_->in_flight(), 0u);
}

TEST_F(SessionTest, DuplicateInFlightIdIsRejected) {
  Start();
  InitializeAndAnswer();
  CallTool(7, "fs_read");
  CallTool(7, "mem_get");
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 7);
  EXPECT_EQ(ErrorCode(sent[0]), core::kInvalidRequest);
  EXPECT_TRUE(mem_->sent().empty()) << "the duplicate never reaches an upstream";
  // The first request is unaffected.
  ASSERT_EQ(fs_->sent().size(), 1u);
  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_TRUE(sent[0].contains("result"));
  // Once answered, the id may be used again.
  CallTool(7, "mem_get");
  EXPECT_EQ(mem_->sent().size(), 1u);
}

TEST_F(SessionTest, CancelledNotificationCancelsUpstreamAndNothingIsSent) {
  Start();
  InitializeAndAnswer();
  CallTool("c1", "fs_read");
  ASSERT_EQ(fs_->sent().size(), 1u);
  const upstream::RequestId upstream_id = fs_->sent()[0].id;
  Receive(core::MakeNotification("notifications/cancelled",
                                 json::object{{"requestId", "c1"}, {"reason", "user"}}));
  ASSERT_EQ(fs_->cancelled().size(), 1u);
  EXPECT_EQ(fs_->cancelled()[0].id, upstream_id) << "cancelled by the upstream's own id";
  EXPECT_TRUE(wire_.empty()) << "a cancelled request gets no response";
  EXPECT_EQ(session_->in_flight(), 0u);
  // A cancel for an unknown or finished request is ignored.
  Receive(core::MakeNotification("notifications/cancelled", json::object{{"requestId", "c1"}}));
  Receive(core::MakeNotification("notifications/cancelled", json::object{{"requestId", 999}}));
  EXPECT_EQ(fs_->cancelled().size(), 1u);
  EXPECT_TRUE(wire_.empty());
}

TEST_F(SessionTest, CancelledNumericIdMatchesOnlyNumericRequestId) {
  Start();
  InitializeAndAnswer();
  CallTool(3, "fs_read");
  Receive(core::MakeNotification("notifications/cancelled", json::object{{"requestId", "3"}}));
  EXPECT_TRUE(fs_->cancelled().empty()) << "\"3\" and 3 are different ids";
  Receive(core::MakeNotification("notifications/cancelled", json::object{{"requestId", 3}}));
  EXPECT_EQ(fs_->cancelled().size(), 1u);
}

TEST_F(SessionTest, CloseCancelsEveryInFlightRequest) {
  Start();
  InitializeAndAnswer();
  CallTool(1, "fs_read");
  CallTool(2, "fs_big");
  CallTool(3, "mem_get");
  EXPECT_EQ(session_->in_flight(), 3u);
  session_->Close();
  EXPECT_EQ(fs_->cancelled().size(), 2u);
  EXPECT_EQ(mem_->cancelled().size(), 1u);
  EXPECT_EQ(session_->in_flight(), 0u);
  EXPECT_TRUE(wire_.empty());
  // Nothing more is sent after Close.
  session_->SendToClient(core::MakeNotification("notifications/tools/list_changed", nullptr));
  EXPECT_TRUE(wire_.empty());
}

TEST_F(SessionTest, OversizeResponseIsReplacedByMessageTooLarge) {
  SessionOptions options;
  options.max_message_size = 1024;
  Start(options);
  InitializeAndAnswer();
  CallTool(11, "fs_big");
  ASSERT_EQ(fs_->sent().size(), 1u);
  fs_->RespondResult(
      fs_->sent()[0].id,
      json::object{{"content", json::array{json::object{{"type", "text"},
                                                        {"text", std::string(4096, 'x')}}}}});
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 11);
  EXPECT_EQ(ErrorCode(sent[0]), core::kMessageTooLarge);
}

TEST_F(SessionTest, OversizeNotificationIsDropped) {
  SessionOptions options;
  options.max_message_size = 1024;
  Start(options);
  InitializeAndAnswer();
  session_->SendToClient(core::MakeNotification(
      "notifications/message", json::object{{"data", std::string(4096, 'x')}}));
  EXPECT_TRUE(wire_.empty());
}

TEST_F(SessionTest, InvalidMessageIsAnsweredWithItsErrorAndRecoveredId) {
  Start();
  auto parsed = core::ParseMessage(R"({"jsonrpc":"1.0","id":12,"method":"x"})");
  ASSERT_FALSE(parsed);
  session_->OnInvalidMessage(parsed.error());
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("id"), 12);
  EXPECT_EQ(ErrorCode(sent[0]), core::kInvalidRequest);
}

TEST_F(SessionTest, ResponseForStoppedUpstreamIsAnError) {
  Start();
  InitializeAndAnswer();
  // A call in flight when its upstream stops gets the upstream's -32000, with the client's id.
  CallTool(1, "fs_read");
  ASSERT_EQ(fs_->sent().size(), 1u);
  fs_->RespondError(fs_->sent()[0].id, core::kUpstreamUnavailable,
                    "upstream 'fs' is shutting down");
  // A call made while it is down is answered -32000 too, not "Unknown tool".
  fs_->set_state(State::kRestarting);
  router_->OnUpstreamChanged(*fs_);
  CallTool(2, "fs_read");
  std::vector<json::object> sent;
  for (json::object& message : TakeSent())
    if (message.contains("id")) sent.push_back(std::move(message));
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_EQ(sent[0].at("id"), 1);
  EXPECT_EQ(ErrorCode(sent[0]), core::kUpstreamUnavailable);
  EXPECT_EQ(sent[1].at("id"), 2);
  EXPECT_EQ(ErrorCode(sent[1]), core::kUpstreamUnavailable);
  EXPECT_EQ(sent[1].at("error").at("message"), "server 'fs' is restarting; try again shortly");
  EXPECT_EQ(fs_->sent().size(), 1u) << "nothing is sent to a restarting upstream";
}

TEST_F(SessionTest, WrapModeInitializeFailsWithWhyTheServerDidNotStart) {
  fs_->set_state(State::kRestarting);
  fs_->set_last_error("command not found: fs-server");
  router::RouterOptions options;
  options.wrap_mode = true;
  options.meta_tools = false;
  router_ = std::make_unique<router::Router>(options, nullptr);
  router_->SetUpstreams({fs_});
  session_ = std::make_shared<Session>(
      *router_,
      [this](std::string text, std::string_view, bool) {
        if (!text.empty()) wire_.push_back(std::move(text));
      },
      SessionOptions{});
  session_->Open();
  Initialize(0);
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(ErrorCode(sent[0]), core::kUpstreamUnavailable);
  EXPECT_EQ(sent[0].at("error").at("message"),
            "mcp-gateway: server 'fs' could not be started: command not found: fs-server");
  EXPECT_FALSE(session_->initialized());
}

TEST_F(SessionTest, GuardsCanAskOnlyAClientThatDeclaredElicitation) {
  Start();
  Initialize();  // capabilities: {}
  auto asker = session_->guard_session()->asker.lock();
  ASSERT_NE(asker, nullptr) << "the session offers itself to guards once initialize arrived";
  EXPECT_FALSE(asker->CanElicit());
  bool called = false;
  EXPECT_TRUE(asker->Elicit(json::object{{"message", "ok?"}}, "", [&](json::object) {
                called = true;
              }).is_null());
  EXPECT_FALSE(called);
}

TEST_F(SessionTest, GuardQuestionGoesOutAsElicitationAndTheAnswerComesBack) {
  Start();
  Request(0, "initialize",
          json::object{{"protocolVersion", "2025-06-18"},
                       {"capabilities", json::object{{"elicitation", json::object()}}},
                       {"clientInfo", {{"name", "test-client"}, {"version", "1"}}}});
  TakeSent();
  auto asker = session_->guard_session()->asker.lock();
  ASSERT_NE(asker, nullptr);
  ASSERT_TRUE(asker->CanElicit());
  std::optional<json::object> answer;
  json::value id = asker->Elicit(json::object{{"message", "approve?"}}, "",
                                 [&](json::object response) { answer = std::move(response); });
  ASSERT_FALSE(id.is_null());
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("method"), "elicitation/create");
  EXPECT_EQ(sent[0].at("params").at("message"), "approve?");
  Receive(json::object{{"jsonrpc", "2.0"},
                       {"id", sent[0].at("id")},
                       {"result", json::object{{"action", "accept"}}}});
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->at("result").at("action"), "accept");
}

TEST_F(SessionTest, WithdrawnGuardQuestionIsCancelledAndNeverAnswered) {
  Start();
  Request(0, "initialize",
          json::object{{"protocolVersion", "2025-06-18"},
                       {"capabilities", json::object{{"elicitation", json::object()}}},
                       {"clientInfo", {{"name", "test-client"}, {"version", "1"}}}});
  TakeSent();
  auto asker = session_->guard_session()->asker.lock();
  ASSERT_NE(asker, nullptr);
  bool called = false;
  json::value id = asker->Elicit(json::object{{"message", "approve?"}}, "",
                                 [&](json::object) { called = true; });
  std::vector<json::object> sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  asker->CancelElicit(id);
  sent = TakeSent();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].at("method"), "notifications/cancelled");
  session_->Close();
  EXPECT_FALSE(called);
}

// A request-path guard that waits until the test lets it go (as a human approval does).
class HoldingGuard : public guards::Guard {
 public:
  std::string_view name() const override { return "holding"; }
  bool waits() const override { return true; }
  bool Applies(const guards::GuardContext& context) const override {
    return context.direction == guards::Direction::kRequest;
  }
  guards::Verdict Inspect(const guards::GuardContext&, json::value&) override {
    return guards::Verdict::Continue();
  }
  void InspectLater(std::shared_ptr<const guards::GuardContext>, json::value&,
                    std::shared_ptr<const bool>,
                    std::function<void(guards::Verdict)> done) override {
    pending = std::move(done);
  }
  std::function<void(guards::Verdict)> pending;
};

TEST_F(SessionTest, CancelAfterAWaitingGuardLetTheCallThroughReachesTheUpstream) {
  boost::asio::io_context io;
  auto holding = std::make_unique<HoldingGuard>();
  HoldingGuard* guard = holding.get();
  std::vector<guards::ChainEntry> entries;
  entries.emplace_back();
  entries.back().guard = std::move(holding);
  entries.back().budget = std::chrono::seconds(30);
  router_ = std::make_unique<router::Router>(
      router::RouterOptions{},
      std::make_shared<guards::GuardChain>(std::move(entries), guards::Mode::kEnforce, &io));
  router_->SetUpstreams({fs_, mem_});
  session_ = std::make_shared<Session>(
      *router_, [this](std::string text, std::string_view, bool) {
        if (!text.empty()) wire_.push_back(std::move(text));
      },
      SessionOptions{});
  session_->Open();
  InitializeAndAnswer();
  CallTool(5, "fs_read");
  EXPECT_TRUE(fs_->sent().empty()) << "held by the guard";
  ASSERT_TRUE(guard->pending);
  guard->pending(guards::Verdict::Continue());
  io.run();
  ASSERT_EQ(fs_->sent().size(), 1u) << "the guard let it through";
  Receive(core::MakeNotification("notifications/cancelled", json::object{{"requestId", 5}}));
  ASSERT_EQ(fs_->cancelled().size(), 1u) << "the client's cancel reaches the upstream";
  EXPECT_EQ(fs_->cancelled()[0].id, fs_->sent()[0].id);
  EXPECT_TRUE(TakeSent().empty()) << "a cancelled request is not answered";
}

}  // namespace
}  // namespace mcpgw::downstream
