#include "cli/subcommand_parse.h"

#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "cli/options.h"

namespace mcpgw::cli {
namespace {

struct Parsed {
  std::optional<int> exit_code;
  std::string out;
  std::string err;
  std::string value;
};

Parsed Parse(std::vector<const char*> argv) {
  CLI::App app{"Test subcommand", "thing"};
  Parsed parsed;
  app.add_option("--value", parsed.value, "A value");
  std::ostringstream out, err;
  parsed.exit_code = ParseSubcommandLine(app, static_cast<int>(argv.size()), argv.data(), "thing",
                                         out, err);
  parsed.out = out.str();
  parsed.err = err.str();
  return parsed;
}

TEST(SubcommandParse, AValidLineRunsTheCommand) {
  Parsed parsed = Parse({"thing", "--value", "x"});
  EXPECT_FALSE(parsed.exit_code.has_value());
  EXPECT_EQ(parsed.value, "x");
  EXPECT_EQ(parsed.out, "");
  EXPECT_EQ(parsed.err, "");
}

TEST(SubcommandParse, HelpGoesToOutAndExitsZero) {
  Parsed parsed = Parse({"thing", "--help"});
  ASSERT_TRUE(parsed.exit_code.has_value());
  EXPECT_EQ(*parsed.exit_code, kExitOk);
  EXPECT_NE(parsed.out.find("--value"), std::string::npos);
  EXPECT_EQ(parsed.err, "");
}

TEST(SubcommandParse, AnErrorNamesTheSubcommandOnErrAndExitsWithUsage) {
  Parsed parsed = Parse({"thing", "--no-such-flag"});
  ASSERT_TRUE(parsed.exit_code.has_value());
  EXPECT_EQ(*parsed.exit_code, kExitUsage);
  EXPECT_EQ(parsed.err.rfind("mcp-gateway thing: ", 0), 0u) << parsed.err;
  EXPECT_NE(parsed.err.find("--no-such-flag"), std::string::npos);
  EXPECT_NE(parsed.err.find("--value"), std::string::npos);  // the usage follows
  EXPECT_EQ(parsed.out, "");
}

}  // namespace
}  // namespace mcpgw::cli
