#include "cli/options.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace mcpgw::cli {
namespace {

using ::testing::ElementsAre;

// Parses `args` (without argv[0]) with the given LOGLEVEL.
ParseResult Parse(std::vector<std::string> args, const char* loglevel = nullptr) {
  std::vector<const char*> argv = {"mcp-gateway"};
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  return ParseCommandLine(static_cast<int>(argv.size()), argv.data(), loglevel);
}

TEST(ParseCommandLine, DefaultsWithoutArguments) {
  ParseResult result = Parse({});
  ASSERT_TRUE(result.run);
  EXPECT_EQ(result.exit_code, kExitOk);
  const Options& o = result.options;
  EXPECT_FALSE(o.wrap);
  EXPECT_TRUE(o.config_path.empty()) << "empty: the embedded demo config";
  EXPECT_TRUE(o.plugins.empty());
  EXPECT_FALSE(o.scan);
  EXPECT_EQ(o.log_level, "info");
  EXPECT_EQ(o.separator, "_");
  EXPECT_EQ(o.request_timeout, std::chrono::milliseconds(60'000));
  EXPECT_EQ(o.max_request_timeout, std::chrono::milliseconds(600'000));
  EXPECT_TRUE(o.warnings.empty());
}

TEST(ParseCommandLine, ConfigPathPluginsAndScan) {
  ParseResult result =
      Parse({"--mcp-json-path", "/tmp/mcp.json", "-p", "basic", "--plugin", "presidio", "-p",
             "lasso", "--scan"});
  ASSERT_TRUE(result.run);
  EXPECT_EQ(result.options.config_path, "/tmp/mcp.json");
  EXPECT_THAT(result.options.plugins, ElementsAre("basic", "presidio", "lasso"));
  EXPECT_TRUE(result.options.scan);
  EXPECT_TRUE(result.options.warnings.empty());
}

TEST(ParseCommandLine, DeprecatedEnableGuardrailsWithoutValueMeansBasic) {
  ParseResult result = Parse({"--mcp-json-path", "x.json", "--enable-guardrails"});
  ASSERT_TRUE(result.run);
  EXPECT_THAT(result.options.plugins, ElementsAre("basic"));
  ASSERT_EQ(result.options.warnings.size(), 1u);
  EXPECT_NE(result.options.warnings[0].find("--enable-guardrails is deprecated"),
            std::string::npos);
}

TEST(ParseCommandLine, DeprecatedEnableGuardrailsWithValue) {
  ParseResult result = Parse({"--enable-guardrails", "presidio", "-p", "basic"});
  ASSERT_TRUE(result.run);
  // Explicit --plugin values come first, then the deprecated option's.
  EXPECT_THAT(result.options.plugins, ElementsAre("basic", "presidio"));
  EXPECT_EQ(result.options.warnings.size(), 1u);
}

TEST(ParseCommandLine, DeprecatedEnableGuardrailsFollowedByAnotherOption) {
  ParseResult result = Parse({"--enable-guardrails", "--scan"});
  ASSERT_TRUE(result.run);
  EXPECT_THAT(result.options.plugins, ElementsAre("basic"));
  EXPECT_TRUE(result.options.scan);
}

TEST(ParseCommandLine, DeprecatedEnableTracingMeansXetrack) {
  ParseResult result = Parse({"--enable-tracing"});
  ASSERT_TRUE(result.run);
  EXPECT_THAT(result.options.plugins, ElementsAre("xetrack"));
  ASSERT_EQ(result.options.warnings.size(), 1u);
  EXPECT_NE(result.options.warnings[0].find("--enable-tracing"), std::string::npos);
}

struct LogLevelCase {
  const char* loglevel_env;
  const char* expected;

  friend void PrintTo(const LogLevelCase& c, std::ostream* os) { *os << c.loglevel_env; }
};

class LogLevelEnvTest : public ::testing::TestWithParam<LogLevelCase> {};

TEST_P(LogLevelEnvTest, MapsToSpdlogName) {
  ParseResult result = Parse({}, GetParam().loglevel_env);
  ASSERT_TRUE(result.run) << GetParam().loglevel_env;
  EXPECT_EQ(result.options.log_level, GetParam().expected) << GetParam().loglevel_env;
}

INSTANTIATE_TEST_SUITE_P(Table, LogLevelEnvTest,
                         ::testing::Values(LogLevelCase{"DEBUG", "debug"},
                                           LogLevelCase{"INFO", "info"},
                                           LogLevelCase{"WARNING", "warn"},
                                           LogLevelCase{"WARN", "warn"},
                                           LogLevelCase{"ERROR", "err"},
                                           LogLevelCase{"TRACE", "trace"},
                                           LogLevelCase{"debug", "debug"},
                                           LogLevelCase{"Warning", "warn"},
                                           LogLevelCase{"", "info"}));

TEST(ParseCommandLine, LogLevelOptionWinsOverLoglevelEnv) {
  ParseResult result = Parse({"--log-level", "error"}, "DEBUG");
  ASSERT_TRUE(result.run);
  EXPECT_EQ(result.options.log_level, "err");
}

TEST(ParseCommandLine, BadLogLevelEnvIsAUsageError) {
  ParseResult result = Parse({}, "LOUD");
  EXPECT_FALSE(result.run);
  EXPECT_EQ(result.exit_code, kExitUsage);
}

TEST(ParseCommandLine, BadLogLevelOptionIsAUsageError) {
  ParseResult result = Parse({"--log-level", "verbose"});
  EXPECT_FALSE(result.run);
  EXPECT_EQ(result.exit_code, kExitUsage);
}

TEST(NormalizeLogLevel, UnknownIsEmpty) {
  EXPECT_EQ(NormalizeLogLevel("CRITICAL"), "err");
  EXPECT_EQ(NormalizeLogLevel("nope"), "");
  EXPECT_EQ(NormalizeLogLevel(""), "");
}

TEST(ParseCommandLine, StdioWrapTakesCommandAfterDoubleDash) {
  ParseResult result = Parse({"stdio", "--name", "x", "--", "cmd", "a", "--b", "-c"});
  ASSERT_TRUE(result.run);
  EXPECT_TRUE(result.options.wrap);
  EXPECT_EQ(result.options.wrap_name, "x");
  EXPECT_THAT(result.options.wrap_command, ElementsAre("cmd", "a", "--b", "-c"));
}

TEST(ParseCommandLine, StdioWrapAcceptsPluginsAndDefaultsName) {
  ParseResult result = Parse({"stdio", "-p", "basic", "--", "npx", "server"});
  ASSERT_TRUE(result.run);
  EXPECT_EQ(result.options.wrap_name, "server");
  EXPECT_THAT(result.options.plugins, ElementsAre("basic"));
  EXPECT_THAT(result.options.wrap_command, ElementsAre("npx", "server"));
}

TEST(ParseCommandLine, StdioWrapWithoutCommandIsAUsageError) {
  ParseResult result = Parse({"stdio", "--name", "x"});
  EXPECT_FALSE(result.run);
  EXPECT_EQ(result.exit_code, kExitUsage);
}

TEST(ParseCommandLine, SeparatorDoesNotApplyToWrapMode) {
  ParseResult result = Parse({"--separator", "__", "stdio", "--", "cmd"});
  EXPECT_FALSE(result.run);
  EXPECT_EQ(result.exit_code, kExitUsage);
}

TEST(ParseCommandLine, TimeoutsInSecondsAndMaxAtLeastRequest) {
  ParseResult result = Parse({"--request-timeout", "1.5", "--max-request-timeout", "1"});
  ASSERT_TRUE(result.run);
  EXPECT_EQ(result.options.request_timeout, std::chrono::milliseconds(1500));
  EXPECT_EQ(result.options.max_request_timeout, std::chrono::milliseconds(1500))
      << "the hard cap is never below the per-request timeout";
}

TEST(ParseCommandLine, NonPositiveTimeoutIsAUsageError) {
  ParseResult result = Parse({"--request-timeout", "0"});
  EXPECT_FALSE(result.run);
  EXPECT_EQ(result.exit_code, kExitUsage);
}

TEST(ParseCommandLine, MaxInputRoundsDefaultsToTheSdksTenAndMustBeAtLeastOne) {
  EXPECT_EQ(Parse({}).options.max_input_rounds, 10);
  ParseResult set = Parse({"--max-input-rounds", "3"});
  ASSERT_TRUE(set.run);
  EXPECT_EQ(set.options.max_input_rounds, 3);
  for (const char* bad : {"0", "-1", "1001", "x"}) {
    ParseResult result = Parse({"--max-input-rounds", bad});
    EXPECT_FALSE(result.run) << bad;
    EXPECT_EQ(result.exit_code, kExitUsage) << bad;
  }
}

TEST(ParseCommandLine, UnknownOptionIsAUsageError) {
  ParseResult result = Parse({"--no-such-option"});
  EXPECT_FALSE(result.run);
  EXPECT_EQ(result.exit_code, kExitUsage);
}

TEST(ParseCommandLine, HelpExitsZeroWithoutRunning) {
  ParseResult result = Parse({"--help"});
  EXPECT_FALSE(result.run);
  EXPECT_EQ(result.exit_code, kExitOk);
}

TEST(ParseCommandLine, VersionExitsZeroWithoutRunning) {
  ParseResult result = Parse({"--version"});
  EXPECT_FALSE(result.run);
  EXPECT_EQ(result.exit_code, kExitOk);
}

TEST(ParseCommandLine, VersionAfterStdioSubcommandExitsZero) {
  testing::internal::CaptureStdout();
  ParseResult result = Parse({"stdio", "--version"});
  const std::string out = testing::internal::GetCapturedStdout();
  EXPECT_FALSE(result.run);
  EXPECT_EQ(result.exit_code, kExitOk);
  EXPECT_NE(out.find("mcp-gateway "), std::string::npos) << out;
}

TEST(ParseCommandLine, HelpFirstLineNamesBothTransports) {
  testing::internal::CaptureStdout();
  Parse({"--help"});
  const std::string out = testing::internal::GetCapturedStdout();
  const std::string first_lines = out.substr(0, out.find("Usage"));
  EXPECT_NE(first_lines.find("stdio"), std::string::npos) << first_lines;
  EXPECT_NE(first_lines.find("HTTP"), std::string::npos) << first_lines;
}

TEST(ParseCommandLine, ZeroTimeoutSaysWhatIsWantedInOneShortLine) {
  testing::internal::CaptureStderr();
  ParseResult result = Parse({"--request-timeout", "0"});
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_FALSE(result.run);
  EXPECT_EQ(result.exit_code, kExitUsage);
  EXPECT_NE(err.find("above 0"), std::string::npos) << err;
  EXPECT_LT(err.size(), 300u) << err;
}

TEST(ParseCommandLine, UnknownLogLevelMessageListsTrace) {
  testing::internal::CaptureStderr();
  Parse({"--log-level", "verbose"});
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("TRACE"), std::string::npos) << err;
}

TEST(ParseCommandLine, PathWithoutLeadingSlashIsNormalized) {
  ParseResult result = Parse({"--path", "mcp"});
  ASSERT_TRUE(result.run);
  EXPECT_EQ(result.options.path, "/mcp");
}

TEST(ParseCommandLine, HttpOnlyFlagsAreRecordedForTheStdioWarning) {
  ParseResult result = Parse({"--port", "9000", "--auth-token", "t", "--tls-cert", "c.pem"});
  ASSERT_TRUE(result.run);
  EXPECT_EQ(result.options.http_only_flags,
            (std::vector<std::string>{"--port", "--tls-cert", "--auth-token"}));
  ParseResult none = Parse({"--log-level", "debug"});
  ASSERT_TRUE(none.run);
  EXPECT_TRUE(none.options.http_only_flags.empty());
}

}  // namespace
}  // namespace mcpgw::cli

namespace mcpgw::cli {
namespace {

TEST(ParseCommandLine, ScanSubcommandTakesItsOptions) {
  ParseResult r = Parse({"scan", "--mcp-json-path", "m.json", "--sarif", "--verbose"});
  ASSERT_TRUE(r.run);
  EXPECT_TRUE(r.options.scan_command.run);
  EXPECT_EQ(r.options.config_path, "m.json");
  EXPECT_TRUE(r.options.scan_command.sarif);
  EXPECT_TRUE(r.options.scan_command.verbose);
  ParseResult f = Parse({"scan", "--tools-file", "-", "--json"});
  ASSERT_TRUE(f.run);
  EXPECT_EQ(f.options.scan_command.tools_file, "-");
  EXPECT_TRUE(f.options.scan_command.json);
  EXPECT_FALSE(Parse({"--scan"}).options.scan_command.run);
}

TEST(ParseCommandLine, ScanFailClosedIsOffUnlessGiven) {
  EXPECT_FALSE(Parse({"--scan"}).options.scan_fail_closed);
  ParseResult r = Parse({"--scan", "--scan-fail-closed"});
  ASSERT_TRUE(r.run);
  EXPECT_TRUE(r.options.scan);
  EXPECT_TRUE(r.options.scan_fail_closed);
}

}  // namespace
}  // namespace mcpgw::cli
