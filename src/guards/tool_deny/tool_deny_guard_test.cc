#include "guards/tool_deny/tool_deny_guard.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace mcpgw::guards {
namespace {

struct Case {
  const char* server;
  const char* tool;
  bool denied;
};

TEST(ToolDenyGuard, PatternTable) {
  ToolDenyGuard guard({"demo/sleep", "fs/write_*", "*/delete_*"});
  const Case cases[] = {
      {"demo", "sleep", true},   {"demo", "sleepy", false},      {"fs", "write_file", true},
      {"fs", "read_file", false}, {"memory", "delete_entities", true}, {"other", "sleep", false},
  };
  for (const Case& c : cases) EXPECT_EQ(guard.Denies(c.server, c.tool), c.denied) << c.tool;
}

GuardContext Context(Direction direction, std::string method, std::string server,
                     std::string item) {
  GuardContext context;
  context.direction = direction;
  context.method = std::move(method);
  context.server = std::move(server);
  context.item = std::move(item);
  return context;
}

TEST(ToolDenyGuard, RejectsOnlyToolCallRequests) {
  ToolDenyGuard guard({"demo/*"});
  boost::json::value payload = boost::json::object();
  const GuardContext call = Context(Direction::kRequest, "tools/call", "demo", "echo");
  Verdict verdict = guard.Inspect(call, payload);
  EXPECT_EQ(verdict.kind, VerdictKind::kReject);
  EXPECT_EQ(verdict.reason, kToolDeniedReason);
  const GuardContext prompt = Context(Direction::kRequest, "prompts/get", "demo", "greeting");
  EXPECT_EQ(guard.Inspect(prompt, payload).kind, VerdictKind::kContinue);
  const GuardContext response = Context(Direction::kResponse, "tools/call", "demo", "echo");
  EXPECT_EQ(guard.Inspect(response, payload).kind, VerdictKind::kContinue);
}

}  // namespace
}  // namespace mcpgw::guards
