#include "audit/audit_config.h"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

namespace mcpgw::audit {
namespace {

Result<AuditConfig> Parse(std::string_view text) {
  return ParseAuditConfig(boost::json::parse(text).as_object(), "auditing");
}

TEST(AuditConfigTest, DefaultsAreCommitAndFailClosed) {
  auto c = Parse("{}");
  ASSERT_TRUE(c);
  EXPECT_FALSE(c->enabled);
  EXPECT_EQ(c->durability, Durability::kCommit);
  EXPECT_EQ(c->fail_mode, FailMode::kClosed);
}

TEST(AuditConfigTest, ProofOfConceptSectionIsAccepted) {
  auto c = Parse(R"({"enabled": true, "audit_log": "~/.mcp-gateway/audit.jsonl"})");
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->enabled);
  EXPECT_EQ(c->jsonl_path, "~/.mcp-gateway/audit.jsonl");
}

TEST(AuditConfigTest, EveryKeyIsRead) {
  auto c = Parse(R"({"db": "/tmp/a.db", "durability": "async", "fail_mode": "open",
    "queue_size": 10, "checkpoint_interval_ms": 50, "retention": {"max_age_days": 30,
    "max_size_mb": 5}, "hash_arguments": true, "hmac_key": "0123456789abcdef0",
    "audit_log_max_mb": 1, "audit_log_daily": false})");
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->db_path, "/tmp/a.db");
  EXPECT_EQ(c->durability, Durability::kAsync);
  EXPECT_EQ(c->fail_mode, FailMode::kOpen);
  EXPECT_EQ(c->queue_size, 10u);
  EXPECT_EQ(c->checkpoint_interval.count(), 50);
  EXPECT_EQ(c->max_age_days, 30);
  EXPECT_EQ(c->max_size_mb, 5);
  EXPECT_TRUE(c->hash_arguments);
  EXPECT_EQ(c->jsonl_max_mb, 1);
  EXPECT_FALSE(c->jsonl_daily);
}

TEST(AuditConfigTest, ErrorsNameTheKey) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {R"({"durability": "sometimes"})", "auditing.durability"},
      {R"({"fail_mode": 1})", "auditing.fail_mode"},
      {R"({"queue_size": 0})", "auditing.queue_size"},
      {R"({"retention": {"forever": 1}})", "auditing.retention.forever"},
      {R"({"hmac_key": "short"})", "auditing.hmac_key"},
      {R"({"enabled": "yes"})", "auditing.enabled"},
      {R"({"colour": "blue"})", "auditing.colour"},
  };
  for (const auto& [text, key] : cases) {
    auto c = Parse(text);
    ASSERT_FALSE(c) << text;
    EXPECT_NE(c.error().message.find(key), std::string::npos) << c.error().message;
  }
}

}  // namespace
}  // namespace mcpgw::audit
