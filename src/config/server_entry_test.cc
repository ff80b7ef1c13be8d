// ParseServerEntry: the per-server settings added for isolation and shutdown ("isolation",
// "maxInstances", "shutdownGraceMs"). The common fields are covered by config_loader_test.cc.
#include "config/server_entry.h"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

namespace mcpgw::config {
namespace {

ServerConfig Parse(std::string_view entry) {
  LoadOptions options;
  options.getenv = [](std::string_view) -> std::optional<std::string> { return std::nullopt; };
  return ParseServerEntry("s", boost::json::parse(entry).as_object(), options);
}

TEST(ServerEntryTest, IsolationIsSharedByDefaultAndSessionWhenAsked) {
  EXPECT_EQ(Parse(R"({"command": "x"})").isolation, ServerConfig::Isolation::kShared);
  EXPECT_EQ(Parse(R"({"command": "x", "isolation": "shared"})").isolation,
            ServerConfig::Isolation::kShared);
  ServerConfig s = Parse(R"({"command": "x", "isolation": "session", "maxInstances": 3})");
  EXPECT_EQ(s.isolation, ServerConfig::Isolation::kSession);
  EXPECT_EQ(s.max_instances, 3u);
  EXPECT_TRUE(s.error.empty()) << s.error;
  EXPECT_EQ(Parse(R"({"command": "x"})").max_instances, 16u);
}

TEST(ServerEntryTest, ShutdownGraceIsReadInMilliseconds) {
  EXPECT_FALSE(Parse(R"({"command": "x"})").stop_grace.has_value());
  EXPECT_EQ(Parse(R"({"command": "x", "shutdownGraceMs": 250})").stop_grace,
            std::chrono::milliseconds(250));
  EXPECT_EQ(Parse(R"({"command": "x", "shutdownGraceMs": 0})").stop_grace,
            std::chrono::milliseconds(0));
}

TEST(ServerEntryTest, ProtocolEraDefaultsToAutoAndAcceptsTheThreeNames) {
  EXPECT_EQ(Parse(R"({"command": "x"})").protocol_era, ProtocolEra::kAuto);
  EXPECT_EQ(Parse(R"({"command": "x", "protocolEra": "auto"})").protocol_era, ProtocolEra::kAuto);
  EXPECT_EQ(Parse(R"({"command": "x", "protocolEra": "legacy"})").protocol_era,
            ProtocolEra::kLegacy);
  EXPECT_EQ(Parse(R"({"url": "http://h/mcp", "protocolEra": "modern"})").protocol_era,
            ProtocolEra::kModern);
}

TEST(ServerEntryTest, BadIsolationOrShutdownSettingsAreEntryErrorsNamingTheField) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"command": "x", "isolation": "user"})", "isolation"},
      {R"({"command": "x", "isolation": 1})", "isolation"},
      {R"({"command": "x", "maxInstances": 0})", "maxInstances"},
      {R"({"command": "x", "maxInstances": 2.5})", "maxInstances"},
      {R"({"command": "x", "maxInstances": "4"})", "maxInstances"},
      {R"({"command": "x", "shutdownGraceMs": -1})", "shutdownGraceMs"},
      {R"({"command": "x", "shutdownGraceMs": 600000})", "shutdownGraceMs"},
      {R"({"command": "x", "shutdownGraceMs": "1s"})", "shutdownGraceMs"},
      {R"({"command": "x", "protocolEra": "2026"})", "protocolEra"},
      {R"({"command": "x", "protocolEra": true})", "protocolEra"},
  };
  for (const auto& [entry, field] : cases) {
    ServerConfig s = Parse(entry);
    EXPECT_NE(s.error.find(field), std::string::npos) << entry << " -> " << s.error;
  }
}

}  // namespace
}  // namespace mcpgw::config
