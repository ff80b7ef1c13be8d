// The audit record of a 2026-07-28 client's retry (the request that carries inputResponses and a
// requestState): it names the server and tool of the call it resumes and the input_required
// round it answers, on the bridge (a legacy upstream's call parked in the gateway) and on the
// pass-through (a modern upstream's sealed state).
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "audit/call_recorder.h"
#include "downstream/session.h"
#include "testing/fake_upstream.h"

namespace mcpgw::downstream {
namespace {

using mcpgw::testing::FakeUpstream;

class CapturingSink : public audit::RecordSink {
 public:
  std::string_view name() const override { return "capture"; }
  void Write(const std::shared_ptr<const audit::CallRecord>& record) override {
    records.push_back(record);
  }
  std::vector<std::shared_ptr<const audit::CallRecord>> records;
};

class RetryAuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_ = std::make_shared<FakeUpstream>("fs");
    fs_->SetTools({"deploy"});
    router_ = std::make_unique<router::Router>(router::RouterOptions{}, nullptr);
    router_->SetUpstreams({fs_});
    recorder_ = std::make_unique<audit::CallRecorder>(io_.get_executor(), audit::RecorderOptions{});
    sink_ = std::make_shared<CapturingSink>();
    recorder_->AddSink(sink_);
    router_->SetRecorder(recorder_.get());
  }
  void TearDown() override {
    for (auto& session : sessions_) session->Close();
  }
  std::shared_ptr<Session> NewSession(SessionOptions options = {}) {
    auto session = std::make_shared<Session>(
        *router_,
        [this](std::string text, std::string_view, bool) {
          if (!text.empty()) wire_.push_back(json::parse(text).as_object());
        },
        options);
    session->Open();
    sessions_.push_back(session);
    return session;
  }
  static json::object Params(json::object extra = {}) {
    json::object params{
        {"name", "fs_deploy"},
        {"arguments", json::object()},
        {"_meta",
         {{"io.modelcontextprotocol/protocolVersion", "2026-07-28"},
          {"io.modelcontextprotocol/clientCapabilities", {{"elicitation", json::object()}}}}}};
    for (auto& member : extra) params[member.key()] = member.value();
    return params;
  }
  void Call(Session& session, json::value id, json::object params) {
    auto validated = core::ValidateMessage(core::MakeRequest(id, "tools/call", std::move(params)));
    ASSERT_TRUE(validated);
    session.OnMessage(std::move(*validated));
  }
  // The input_required answer the client got.
  json::object LastResult() {
    EXPECT_FALSE(wire_.empty());
    if (wire_.empty()) return {};
    json::object last = wire_.back();
    wire_.clear();
    return last.at("result").as_object();
  }
  // The upstream asks the client a question (elicitation/create with request id `id`) in the
  // middle of the call; its answer lands in `got`.
  void AskElicitation(int id, std::optional<json::object>& got) {
    router_->OnUpstreamRequest(
        *fs_,
        json::object{{"jsonrpc", "2.0"},
                     {"id", id},
                     {"method", "elicitation/create"},
                     {"params", {{"message", "Sure?"}, {"requestedSchema", json::object()}}}},
        [&got](json::object response) { got = std::move(response); });
  }

  void ExpectRetryRecord(const audit::CallRecord& record, int round) {
    EXPECT_EQ(record.method, "tools/call");
    EXPECT_EQ(record.server, "fs");
    EXPECT_EQ(record.capability_type, "tool");
    EXPECT_EQ(record.capability_name, "deploy");
    EXPECT_EQ(record.input_round, round);
    EXPECT_EQ(record.status, audit::Status::kOk);
  }

  boost::asio::io_context io_;
  std::shared_ptr<FakeUpstream> fs_;
  std::unique_ptr<router::Router> router_;
  std::unique_ptr<audit::CallRecorder> recorder_;
  std::shared_ptr<CapturingSink> sink_;
  std::vector<std::shared_ptr<Session>> sessions_;
  std::vector<json::object> wire_;
};

TEST_F(RetryAuditTest, BridgedRetryRecordNamesServerToolAndRound) {
  auto session = NewSession();
  Call(*session, 1, Params());
  ASSERT_EQ(fs_->sent().size(), 1u);
  const upstream::RequestId call = fs_->sent()[0].id;
  std::optional<json::object> upstream_got;
  auto ask = [&](int id) { AskElicitation(id, upstream_got); };
  ask(100);  // without an executor the round is answered at once
  json::object round1 = LastResult();
  ASSERT_EQ(round1.at("resultType"), "input_required") << json::serialize(round1);
  ASSERT_EQ(sink_->records.size(), 1u);
  EXPECT_EQ(sink_->records[0]->input_round, 0) << "the first call answers no round";
  EXPECT_EQ(sink_->records[0]->server, "fs");

  // Round 1's retry: the upstream then asks again (round 2) instead of answering.
  const std::string key(round1.at("inputRequests").as_object().begin()->key());
  Call(*NewSession(), 2,
       Params({{"requestState", round1.at("requestState")},
               {"inputResponses", {{key, {{"action", "accept"}}}}}}));
  ASSERT_TRUE(upstream_got);
  ask(101);
  json::object round2 = LastResult();
  ASSERT_EQ(round2.at("resultType"), "input_required") << json::serialize(round2);
  ASSERT_EQ(sink_->records.size(), 2u);
  ExpectRetryRecord(*sink_->records[1], 1);

  const std::string key2(round2.at("inputRequests").as_object().begin()->key());
  Call(*NewSession(), 3,
       Params({{"requestState", round2.at("requestState")},
               {"inputResponses", {{key2, {{"action", "accept"}}}}}}));
  fs_->RespondResult(call, json::object{{"content", json::array()}});
  ASSERT_EQ(sink_->records.size(), 3u);
  ExpectRetryRecord(*sink_->records[2], 2);
}

TEST_F(RetryAuditTest, PassedThroughRetryRecordNamesServerToolAndRound) {
  Call(*NewSession(), 1, Params());
  ASSERT_EQ(fs_->sent().size(), 1u);
  fs_->RespondResult(
      fs_->sent()[0].id,
      json::object{{"resultType", "input_required"},
                   {"inputRequests",
                    {{"sure", {{"method", "elicitation/create"},
                               {"params", {{"message", "Sure?"},
                                           {"requestedSchema", json::object()}}}}}}},
                   {"requestState", "s1"}});
  json::object round1 = LastResult();
  ASSERT_EQ(round1.at("resultType"), "input_required") << json::serialize(round1);
  Call(*NewSession(), 2,
       Params({{"requestState", round1.at("requestState")},
               {"inputResponses", {{"sure", {{"action", "accept"}}}}}}));
  ASSERT_EQ(fs_->sent().size(), 2u);
  fs_->RespondResult(fs_->sent()[1].id, json::object{{"content", json::array()}});
  ASSERT_EQ(sink_->records.size(), 2u);
  EXPECT_EQ(sink_->records[0]->input_round, 0);
  ExpectRetryRecord(*sink_->records[1], 1);
}

// A call refused past the round bound: its row is the retry that got the refused round, blocked
// with the reason, on both paths.
void ExpectRefusedRoundRecord(const audit::CallRecord& record, int round) {
  EXPECT_EQ(record.server, "fs");
  EXPECT_EQ(record.capability_name, "deploy");
  EXPECT_EQ(record.input_round, round);
  EXPECT_EQ(record.decision, audit::Decision::kBlocked);
  EXPECT_NE(std::find(record.reasons.begin(), record.reasons.end(),
                      "gateway.input_rounds_exceeded"),
            record.reasons.end());
  EXPECT_EQ(record.status, audit::Status::kToolError) << "a tools/call gets an isError result";
}

TEST_F(RetryAuditTest, PassedThroughRoundPastTheBoundIsRecordedBlockedWithItsReason) {
  SessionOptions options;
  options.max_input_rounds = 1;
  const json::object ask{
      {"resultType", "input_required"},
      {"inputRequests",
       {{"sure", {{"method", "elicitation/create"},
                  {"params", {{"message", "Sure?"}, {"requestedSchema", json::object()}}}}}}},
      {"requestState", "s1"}};
  Call(*NewSession(options), 1, Params());
  fs_->RespondResult(fs_->sent()[0].id, ask);
  json::object round1 = LastResult();
  Call(*NewSession(options), 2,
       Params({{"requestState", round1.at("requestState")},
               {"inputResponses", {{"sure", {{"action", "accept"}}}}}}));
  ASSERT_EQ(fs_->sent().size(), 2u);
  fs_->RespondResult(fs_->sent()[1].id, ask);  // round 2 > 1
  json::object refused = LastResult();
  EXPECT_EQ(refused.at("structuredContent").at("reason"), "gateway.input_rounds_exceeded");
  ASSERT_EQ(sink_->records.size(), 2u);
  ExpectRefusedRoundRecord(*sink_->records[1], 1);
  EXPECT_EQ(fs_->sent().size(), 2u);
}

TEST_F(RetryAuditTest, BridgedRoundPastTheBoundCancelsTheCallAndIsRecordedBlocked) {
  SessionOptions options;
  options.max_input_rounds = 1;
  Call(*NewSession(options), 1, Params());
  ASSERT_EQ(fs_->sent().size(), 1u);
  const upstream::RequestId call = fs_->sent()[0].id;
  std::optional<json::object> upstream_got;
  auto ask = [&](int id) { AskElicitation(id, upstream_got); };
  ask(100);
  json::object round1 = LastResult();
  ASSERT_EQ(round1.at("resultType"), "input_required");
  const std::string key(round1.at("inputRequests").as_object().begin()->key());
  Call(*NewSession(options), 2,
       Params({{"requestState", round1.at("requestState")},
               {"inputResponses", {{key, {{"action", "accept"}}}}}}));
  ASSERT_TRUE(upstream_got && upstream_got->contains("result"));
  upstream_got.reset();
  ask(101);  // round 2 > 1
  json::object refused = LastResult();
  EXPECT_EQ(refused.at("isError"), true);
  EXPECT_EQ(refused.at("structuredContent").at("reason"), "gateway.input_rounds_exceeded");
  ASSERT_TRUE(upstream_got);
  EXPECT_TRUE(upstream_got->contains("error")) << "the upstream's request is refused";
  ASSERT_EQ(fs_->cancelled().size(), 1u);
  EXPECT_EQ(fs_->cancelled()[0].id, call) << "the call is cancelled upstream";
  EXPECT_EQ(modern::ParkedCallsOf(*router_).size(), 0u) << "nothing parked";
  ASSERT_EQ(sink_->records.size(), 2u);
  ExpectRefusedRoundRecord(*sink_->records[1], 1);
}

}  // namespace
}  // namespace mcpgw::downstream
