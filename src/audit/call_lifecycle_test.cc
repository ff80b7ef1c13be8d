// The call lifecycle end to end inside the process: a Session and a Router (with fake upstreams
// and a real guard chain) feeding a CallRecorder: one record per request, annotated by the
// router and guards, closed exactly once on every path (docs/audit.md, "Lifecycle").
#include <boost/asio/io_context.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

#include "audit/audit_store.h"
#include "audit/audit_verify.h"
#include "audit/call_recorder.h"
#include "downstream/session.h"
#include "guards/guards_config.h"
#include "guards/plugin_catalog.h"
#include "testing/fake_upstream.h"
#include "testing/run_until.h"
#include "testing/temp_dir.h"

namespace mcpgw::audit {
namespace {

namespace json = boost::json;
using mcpgw::testing::FakeUpstream;

class CapturingSink : public RecordSink {
 public:
  explicit CapturingSink(bool payloads = false, bool arguments = true)
      : payloads_(payloads), arguments_(arguments) {}
  std::string_view name() const override { return "capture"; }
  bool wants_payloads() const override { return payloads_; }
  bool wants_arguments() const override { return arguments_; }
  void Write(const std::shared_ptr<const CallRecord>& record) override {
    records.push_back(record);
  }
  std::vector<std::shared_ptr<const CallRecord>> records;

 private:
  bool payloads_;
  bool arguments_;
};

class CallLifecycleTest : public ::testing::Test {
 protected:
  void Start(std::shared_ptr<const guards::GuardChain> chain = nullptr,
             RecorderOptions options = {}) {
    fs_ = std::make_shared<FakeUpstream>("fs");
    fs_->SetTools({"read", "delete"});
    router_ = std::make_unique<router::Router>(router::RouterOptions{}, std::move(chain));
    router_->SetUpstreams({fs_});
    recorder_ = std::make_unique<CallRecorder>(io_.get_executor(), options);
    sink_ = std::make_shared<CapturingSink>(true, sink_wants_arguments_);
    recorder_->AddSink(sink_);
    router_->SetRecorder(recorder_.get());
    session_ = std::make_shared<downstream::Session>(
        *router_, [this](std::string text, std::string_view, bool) {
          if (!text.empty()) wire_.push_back(json::parse(text).as_object());
        },
        downstream::SessionOptions{});
    session_->Open();
  }
  void TearDown() override {
    if (session_) session_->Close();
  }
  void Send(json::object message) {
    auto validated = core::ValidateMessage(std::move(message));
    ASSERT_TRUE(validated);
    session_->OnMessage(std::move(*validated));
  }
  void Initialize() {
    Send(core::MakeRequest(0, "initialize",
                           json::object{{"protocolVersion", "2025-06-18"},
                                        {"capabilities", json::object()},
                                        {"clientInfo", {{"name", "claude"}, {"version", "9"}}}}));
    ASSERT_EQ(wire_.size(), 1u);
    wire_.clear();
  }
  void Call(json::value id, std::string_view tool, json::object arguments = {}) {
    Send(core::MakeRequest(id, "tools/call",
                           json::object{{"name", tool}, {"arguments", std::move(arguments)}}));
  }

  testing::TempDir dir_;  // first: outlives the store the recorder holds
  boost::asio::io_context io_;
  std::shared_ptr<FakeUpstream> fs_;
  std::unique_ptr<router::Router> router_;
  std::unique_ptr<CallRecorder> recorder_;
  std::shared_ptr<CapturingSink> sink_;
  bool sink_wants_arguments_ = true;
  std::shared_ptr<downstream::Session> session_;
  std::vector<json::object> wire_;
};

TEST(CallRecorderTest, WithoutSinksNoRecordIsMade) {
  boost::asio::io_context io;
  CallRecorder recorder(io.get_executor(), {});
  EXPECT_FALSE(recorder.active());
  EXPECT_EQ(recorder.Begin("tools/call", "1", 10), nullptr);
}

TEST_F(CallLifecycleTest, ForwardedCallIsRecordedOnceWithRouteArgumentsAndOutcome) {
  Start();
  Initialize();
  EXPECT_TRUE(sink_->records.empty()) << "initialize is not recorded";
  Call(5, "fs_read", {{"path", "/etc/hosts"}});
  EXPECT_TRUE(sink_->records.empty()) << "open until answered";
  ASSERT_EQ(fs_->sent().size(), 1u);
  fs_->RespondResult(fs_->sent()[0].id,
                     json::object{{"content", json::array{{{"type", "text"}, {"text", "ok"}}}}});
  ASSERT_EQ(sink_->records.size(), 1u);
  const CallRecord& r = *sink_->records[0];
  EXPECT_EQ(r.method, "tools/call");
  EXPECT_EQ(r.request_id, "5");
  EXPECT_EQ(r.server, "fs");
  EXPECT_EQ(r.capability_type, "tool");
  EXPECT_EQ(r.capability_name, "read");
  EXPECT_EQ(json::parse(r.arguments_json), json::parse(R"({"path":"/etc/hosts"})"));
  EXPECT_EQ(r.client_name, "claude");
  EXPECT_EQ(r.client_version, "9");
  EXPECT_EQ(r.session_id, recorder_->process_session_id());
  EXPECT_EQ(r.transport, "stdio");
  EXPECT_EQ(r.status, Status::kOk);
  EXPECT_EQ(r.decision, Decision::kAllowed);
  EXPECT_GT(r.bytes_in, 0u);
  EXPECT_GT(r.bytes_out, 0u);
  EXPECT_NE(r.result_json.find("\"ok\""), std::string::npos) << "the sink wants payloads";
  EXPECT_GE(r.total_latency, r.upstream_latency);
  ASSERT_EQ(wire_.size(), 1u);
}

TEST(CallRecorderTest, ArgumentsAreWantedWhenTheStoreOrAnySinkReadsThem) {
  struct Case {
    const char* name;
    std::vector<bool> sinks;  // each sink's wants_arguments()
    bool wanted;
  };
  const Case cases[] = {
      {"no sink", {}, false},
      {"metrics-like sink only", {false}, false},
      {"a sink that reads them", {true}, true},
      {"one of two sinks reads them", {false, true}, true},
  };
  for (const Case& c : cases) {
    boost::asio::io_context io;
    CallRecorder recorder(io.get_executor(), {});
    for (bool wants : c.sinks) recorder.AddSink(std::make_shared<CapturingSink>(false, wants));
    EXPECT_EQ(recorder.wants_arguments(), c.wanted) << c.name;
    if (auto record = recorder.Begin("tools/call", "1", 10)) {
      EXPECT_EQ(record->wants_arguments, c.wanted) << c.name;
    }
  }
}

TEST_F(CallLifecycleTest, ArgumentsAreNotCopiedWhenNoSinkReadsThem) {
  sink_wants_arguments_ = false;
  Start();
  Initialize();
  Call(5, "fs_read", {{"path", "/etc/hosts"}});
  ASSERT_EQ(fs_->sent().size(), 1u);
  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  ASSERT_EQ(sink_->records.size(), 1u);
  const CallRecord& r = *sink_->records[0];
  EXPECT_EQ(r.capability_name, "read") << "the route is still recorded";
  EXPECT_EQ(r.status, Status::kOk);
  EXPECT_TRUE(r.arguments_json.empty());
  EXPECT_TRUE(r.arguments_hash.empty());
}

TEST_F(CallLifecycleTest, RequestsRejectedBeforeRoutingAreRecorded) {
  Start();
  Call(1, "fs_read");  // before initialize
  ASSERT_EQ(wire_.size(), 1u);
  wire_.clear();
  Initialize();
  Call(2, "nope");     // unknown tool
  Send(core::MakeRequest(3, "no/such/method", json::object()));
  ASSERT_EQ(sink_->records.size(), 3u);
  EXPECT_EQ(sink_->records[0]->status, Status::kError);
  EXPECT_EQ(sink_->records[0]->error_code, core::kInvalidRequest);
  EXPECT_EQ(sink_->records[1]->status, Status::kError);
  EXPECT_EQ(sink_->records[1]->server, "");
  EXPECT_NE(sink_->records[1]->error_message.find("Unknown tool"), std::string::npos);
  EXPECT_EQ(sink_->records[2]->error_code, core::kMethodNotFound);
}

TEST_F(CallLifecycleTest, CancelledAndSessionEndedCallsAreClosedOnce) {
  Start();
  Initialize();
  Call("a", "fs_read");
  Call("b", "fs_delete");
  Send(core::MakeNotification("notifications/cancelled", json::object{{"requestId", "a"}}));
  ASSERT_EQ(sink_->records.size(), 1u);
  EXPECT_EQ(sink_->records[0]->status, Status::kCancelled);
  session_->Close();
  ASSERT_EQ(sink_->records.size(), 2u);
  EXPECT_EQ(sink_->records[1]->status, Status::kSessionEnded);
  EXPECT_EQ(sink_->records[1]->capability_name, "delete");
  // A late upstream answer closes nothing more.
  fs_->RespondResult(fs_->sent()[1].id, json::object{{"content", json::array()}});
  EXPECT_EQ(sink_->records.size(), 2u);
}

TEST_F(CallLifecycleTest, MetaToolAnsweredByTheGatewayIsRecordedAsMeta) {
  Start();
  Initialize();
  Call(4, "get_metadata");
  ASSERT_EQ(sink_->records.size(), 1u);
  EXPECT_EQ(sink_->records[0]->capability_type, "meta");
  EXPECT_EQ(sink_->records[0]->capability_name, "get_metadata");
  EXPECT_EQ(sink_->records[0]->server, "");
  EXPECT_EQ(sink_->records[0]->arguments_json, "{}");
  EXPECT_EQ(sink_->records[0]->status, Status::kOk);
}

TEST_F(CallLifecycleTest, ToolErrorAndTimeoutAreTheirOwnStatuses) {
  Start();
  Initialize();
  Call(1, "fs_read");
  Call(2, "fs_read");
  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}, {"isError", true}});
  fs_->RespondError(fs_->sent()[1].id, core::kRequestTimeout, "timed out");
  ASSERT_EQ(sink_->records.size(), 2u);
  EXPECT_EQ(sink_->records[0]->status, Status::kToolError);
  EXPECT_TRUE(sink_->records[0]->is_error);
  EXPECT_EQ(sink_->records[1]->status, Status::kTimedOut);
}

TEST_F(CallLifecycleTest, GuardVerdictsAndFindingsReachTheRecord) {
  guards::GuardsConfig config;
  guards::CustomRuleConfig rule;
  rule.id = "ticket";
  rule.regex = "TICKET-[0-9]+";
  config.rules.push_back(rule);
  guards::GuardSettings settings;
  settings.config = &config;
  settings.deny_tools = {"fs/delete"};
  auto chain = guards::BuildGuardChain({}, settings);
  ASSERT_TRUE(chain) << chain.error().message;
  Start(*chain);
  Initialize();
  Call(1, "fs_read", {{"q", "see TICKET-1234"}});
  ASSERT_EQ(fs_->sent().size(), 1u);
  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  Call(2, "fs_delete", {{"path", "/"}});
  ASSERT_EQ(sink_->records.size(), 2u);
  const CallRecord& masked = *sink_->records[0];
  EXPECT_EQ(masked.decision, Decision::kMasked);
  EXPECT_EQ(masked.arguments_json.find("TICKET-1234"), std::string::npos)
      << "arguments are recorded after masking: " << masked.arguments_json;
  ASSERT_FALSE(masked.findings.empty());
  EXPECT_FALSE(masked.findings[0].value_hash.empty());
  const CallRecord& blocked = *sink_->records[1];
  EXPECT_EQ(blocked.decision, Decision::kBlocked);
  ASSERT_FALSE(blocked.reasons.empty());
  EXPECT_EQ(blocked.reasons.back(), "policy.tool_denied");
  EXPECT_EQ(blocked.server, "fs");
}

TEST_F(CallLifecycleTest, CommitDurabilityHoldsTheAnswerUntilTheRecordIsCommitted) {
  AuditStoreOptions options;
  options.path = (dir_.path() / "audit.db").string();
  options.key = "k-0123456789abcdef";
  auto store = AuditStore::Open(options);
  ASSERT_TRUE(store);
  std::shared_ptr<AuditStore> shared = std::move(*store);
  RecorderOptions recorder_options;
  recorder_options.durability = Durability::kCommit;
  Start(nullptr, recorder_options);
  recorder_->SetStore(shared);
  ASSERT_TRUE(recorder_->holds_answers());
  Initialize();
  Call(1, "fs_read");
  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  EXPECT_TRUE(wire_.empty()) << "held until committed";
  ASSERT_TRUE(testing::RunUntil(io_, [&] { return wire_.size() == 1; }));
  EXPECT_TRUE(wire_[0].contains("result"));
  EXPECT_EQ(shared->stats().committed, 1u);
}

TEST_F(CallLifecycleTest, FailClosedWithholdsAnswersAndRefusesNewCallsWhileTheStoreIsDown) {
  AuditStoreOptions options;
  options.path = (dir_.path() / "audit.db").string();
  options.key = "k-0123456789abcdef";
  options.busy_timeout = std::chrono::milliseconds(10);
  auto store = AuditStore::Open(options);
  ASSERT_TRUE(store);
  std::shared_ptr<AuditStore> shared = std::move(*store);
  Start(nullptr, RecorderOptions{});
  recorder_->SetStore(shared);
  Initialize();
  auto locker = store::Database::Open(options.path);
  ASSERT_TRUE(locker && locker->Exec("BEGIN IMMEDIATE"));
  Call(1, "fs_read");
  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  ASSERT_TRUE(testing::RunUntil(io_, [&] { return wire_.size() == 1; }));
  EXPECT_EQ(wire_[0].at("error").at("code"), core::kUpstreamUnavailable);
  EXPECT_NE(json::serialize(wire_[0]).find("audit record"), std::string::npos);
  EXPECT_FALSE(recorder_->Refusal().empty());
  Call(2, "fs_read");
  ASSERT_TRUE(testing::RunUntil(io_, [&] { return wire_.size() == 2; }));
  EXPECT_EQ(fs_->sent().size(), 1u) << "refused before reaching the upstream";
  EXPECT_NE(json::serialize(wire_[1]).find("audit store is unavailable"), std::string::npos);
  ASSERT_TRUE(locker->Exec("COMMIT"));
}

TEST_F(CallLifecycleTest, FailOpenReleasesAnswersAndCountsLostRecords) {
  AuditStoreOptions options;
  options.path = (dir_.path() / "audit.db").string();
  options.key = "k-0123456789abcdef";
  options.busy_timeout = std::chrono::milliseconds(10);
  auto store = AuditStore::Open(options);
  ASSERT_TRUE(store);
  std::shared_ptr<AuditStore> shared = std::move(*store);
  RecorderOptions recorder_options;
  recorder_options.fail_mode = FailMode::kOpen;
  Start(nullptr, recorder_options);
  recorder_->SetStore(shared);
  Initialize();
  auto locker = store::Database::Open(options.path);
  ASSERT_TRUE(locker && locker->Exec("BEGIN IMMEDIATE"));
  Call(1, "fs_read");
  fs_->RespondResult(fs_->sent()[0].id, json::object{{"content", json::array()}});
  ASSERT_TRUE(testing::RunUntil(io_, [&] { return wire_.size() == 1; }));
  EXPECT_TRUE(wire_[0].contains("result"));
  EXPECT_EQ(recorder_->lost_records(), 1u);
  EXPECT_TRUE(recorder_->Refusal().empty());
  ASSERT_TRUE(locker->Exec("COMMIT"));
}

}  // namespace
}  // namespace mcpgw::audit
