#include "router/log_level.h"

#include <gtest/gtest.h>

namespace mcpgw::router {
namespace {

TEST(LogLevelTest, SeveritiesFollowRfc5424OrderFromDebugToEmergency) {
  const char* levels[] = {"debug", "info",     "notice", "warning",
                          "error", "critical", "alert",  "emergency"};
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(LogSeverity(levels[i]), i) << levels[i];
    EXPECT_EQ(LogLevelName(i), levels[i]);
  }
}

TEST(LogLevelTest, UnknownOrMiscasedLevelHasNoSeverity) {
  for (const char* level : {"", "trace", "DEBUG", "warn", "fatal"})
    EXPECT_FALSE(LogSeverity(level).has_value()) << level;
}

}  // namespace
}  // namespace mcpgw::router
