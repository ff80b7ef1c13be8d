#include "pins/pin_settings.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "guards/guards_config.h"
#include "testing/temp_dir.h"

namespace mcpgw::pins {
namespace {

Result<PinSettings> Parse(std::string_view text, bool scan = false) {
  const boost::json::value v = boost::json::parse(text);
  return ParsePinSettings(&v, scan, "/state");
}

TEST(PinSettings, AbsentSectionFollowsTheScanFlag) {
  auto off = ParsePinSettings(nullptr, false, "/state");
  ASSERT_TRUE(off);
  EXPECT_FALSE(off->enabled);
  auto on = ParsePinSettings(nullptr, true, "/state");
  ASSERT_TRUE(on);
  EXPECT_TRUE(on->enabled);
  EXPECT_EQ(on->store_path, "/state/state.db");
  EXPECT_EQ(on->policy.mode, PinMode::kBlock);
  EXPECT_EQ(on->policy.approval, PinApproval::kFirstUse);
}

TEST(PinSettings, EveryKeyIsRead) {
  auto s = Parse(R"({"enabled": true, "mode": "warn", "approval": "explicit",
                     "store": "/tmp/pins.db"})");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_TRUE(s->enabled);
  EXPECT_EQ(s->policy.mode, PinMode::kWarn);
  EXPECT_EQ(s->policy.approval, PinApproval::kExplicit);
  EXPECT_EQ(s->store_path, "/tmp/pins.db");
}

TEST(PinSettings, ExplicitDisableWinsOverScan) {
  auto s = Parse(R"({"enabled": false})", true);
  ASSERT_TRUE(s);
  EXPECT_FALSE(s->enabled);
}

struct BadCase {
  const char* text;
  const char* error;
};

class PinSettingsErrors : public ::testing::TestWithParam<BadCase> {};

TEST_P(PinSettingsErrors, NameTheKey) {
  auto s = Parse(GetParam().text);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message, GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    Keys, PinSettingsErrors,
    ::testing::Values(BadCase{R"({"mode": "hide"})", R"(pinning.mode: must be "block" or "warn")"},
                      BadCase{R"({"approval": 1})",
                              R"(pinning.approval: must be "first-use" or "explicit")"},
                      BadCase{R"({"enabled": "yes"})", "pinning.enabled: must be true or false"},
                      BadCase{R"({"store": ""})", "pinning.store: must be a non-empty path"},
                      BadCase{R"({"stor": "x"})",
                              "pinning.stor: unknown key (known: enabled, mode, approval, store)"},
                      BadCase{R"([1])", "pinning: must be an object"}));

TEST(PinSettings, EnabledWithoutAnyStorePathIsAnError) {
  auto s = ParsePinSettings(nullptr, true, "");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("pinning.store"), std::string::npos);
}

TEST(PinSettings, TheGatewayConfigFileCarriesThePinningSectionForBothReaders) {
  constexpr const char* kText = R"({
    // the gateway's own config file
    "guards": {},
    "pinning": {"enabled": true, "mode": "warn", "store": "/tmp/x/state.db"},
  })";
  EXPECT_TRUE(guards::ParseGuardsConfig(kText, "config.json")) << "guards accept the section";
  testing::TempDir dir;
  const std::string path = dir.WriteFile("config.json", kText);
  auto s = LoadPinSettings(path, false);
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_TRUE(s->enabled);
  EXPECT_EQ(s->policy.mode, PinMode::kWarn);
  EXPECT_EQ(s->store_path, "/tmp/x/state.db");
  auto bad = LoadPinSettings(dir.WriteFile("bad.json", R"({"pinning": {"mode": 1}})"), false);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message, path.substr(0, path.size() - 11) +
                                     "bad.json: pinning.mode: must be \"block\" or \"warn\"");
}

}  // namespace
}  // namespace mcpgw::pins
