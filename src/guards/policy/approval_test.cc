#include "guards/policy/approval.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace mcpgw::guards::policy {
namespace {

namespace json = boost::json;

TEST(ApprovalDigest, SameCallSameDigestWhateverTheSpelling) {
  const json::value a = json::parse(R"({"path": "/tmp/x", "n": 1, "opts": {"b": 2, "a": 1}})");
  const json::value b = json::parse(R"({"opts": {"a": 1, "b": 2.0}, "n": 1.0, "path": "/tmp/x"})");
  EXPECT_EQ(ApprovalDigest("fs", "write", &a), ApprovalDigest("fs", "write", &b));
  EXPECT_EQ(ApprovalDigest("fs", "write", &a).size(), 64u);
  const json::object empty;
  const json::value empty_value = empty;
  EXPECT_EQ(ApprovalDigest("fs", "write", nullptr), ApprovalDigest("fs", "write", &empty_value));
}

TEST(ApprovalDigest, AnyDifferenceInServerToolOrArgumentsChangesIt) {
  const json::value a = json::parse(R"({"path": "/tmp/x"})");
  const json::value other = json::parse(R"({"path": "/tmp/y"})");
  const std::string base = ApprovalDigest("fs", "write", &a);
  EXPECT_NE(base, ApprovalDigest("fs2", "write", &a));
  EXPECT_NE(base, ApprovalDigest("fs", "write2", &a));
  EXPECT_NE(base, ApprovalDigest("fs", "write", &other));
  // No ambiguity between fields: moving text from server to tool changes the digest.
  EXPECT_NE(ApprovalDigest("ab", "c", &a), ApprovalDigest("a", "bc", &a));
}

TEST(ApprovalQuestion, ShowsServerToolArgumentsAndAsksForABoolean) {
  const json::value args = json::parse(R"({"path": "<EMAIL_ADDRESS>", "mode": "w"})");
  const json::object q = ApprovalQuestion("fs", "write_file", &args, "rule 'x' matched");
  const std::string message(q.at("message").as_string());
  EXPECT_NE(message.find("Server: fs"), std::string::npos);
  EXPECT_NE(message.find("Tool: write_file"), std::string::npos);
  EXPECT_NE(message.find(R"({"mode":"w","path":"<EMAIL_ADDRESS>"})"), std::string::npos);
  EXPECT_NE(message.find("rule 'x' matched"), std::string::npos);
  const json::object& schema = q.at("requestedSchema").as_object();
  EXPECT_EQ(schema.at("type"), "object");
  EXPECT_EQ(schema.at("properties").at("approve").at("type"), "boolean");
  EXPECT_EQ(schema.at("required").as_array().at(0), "approve");
}

TEST(ApprovalQuestion, LongArgumentsAreCutWithANote) {
  json::object big;
  big["text"] = std::string(5000, 'x');
  const json::value args = big;
  const json::object q = ApprovalQuestion("s", "t", &args, "", 100);
  const std::string message(q.at("message").as_string());
  EXPECT_LT(message.size(), 400u);
  EXPECT_NE(message.find("more bytes)"), std::string::npos);
}

TEST(ReadApproval, AnswerTable) {
  struct Case {
    const char* response;
    ApprovalAnswer want;
  };
  const Case cases[] = {
      {R"({"result": {"action": "accept", "content": {"approve": true}}})",
       ApprovalAnswer::kApproved},
      {R"({"result": {"action": "accept", "content": {"approve": false}}})",
       ApprovalAnswer::kDeclined},
      {R"({"result": {"action": "accept", "content": {"approve": "yes"}}})",
       ApprovalAnswer::kDeclined},
      {R"({"result": {"action": "accept", "content": {}}})", ApprovalAnswer::kDeclined},
      {R"({"result": {"action": "accept"}})", ApprovalAnswer::kDeclined},
      {R"({"result": {"action": "decline"}})", ApprovalAnswer::kDeclined},
      {R"({"result": {"action": "cancel"}})", ApprovalAnswer::kDeclined},
      {R"({"result": {"action": "maybe"}})", ApprovalAnswer::kFailed},
      {R"({"result": {}})", ApprovalAnswer::kFailed},
      {R"({"result": 3})", ApprovalAnswer::kFailed},
      {R"({"error": {"code": -32601, "message": "no"}})", ApprovalAnswer::kFailed},
  };
  for (const Case& c : cases)
    EXPECT_EQ(ReadApproval(json::parse(c.response).as_object()), c.want) << c.response;
}

}  // namespace
}  // namespace mcpgw::guards::policy
