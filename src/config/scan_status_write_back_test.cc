#include "config/scan_status_write_back.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "config/config_loader.h"
#include "testing/temp_dir.h"

namespace mcpgw::config {
namespace {

struct WriteBackCase {
  const char* name;
  const char* layout;
  const char* server;
  const char* before;
  const char* after;
};

class ScanStatusWriteBack : public ::testing::TestWithParam<WriteBackCase> {};

TEST_P(ScanStatusWriteBack, InsertsOrReplacesOneMemberAndKeepsEverythingElse) {
  const WriteBackCase& c = GetParam();
  auto out = SetScanStatusText(c.before, c.layout, c.server, "passed");
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(*out, c.after);
  // The result still loads, with the status on the right server and nowhere else.
  LoadOptions options;
  options.getenv = [](std::string_view) { return std::optional<std::string>("x"); };
  auto loaded = ParseConfig(*out, "test", options);
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(loaded->layout, c.layout);
  for (const ServerConfig& server : loaded->servers)
    EXPECT_EQ(server.scan_status, server.name == c.server ? "passed" : "") << server.name;
}

INSTANTIATE_TEST_SUITE_P(
    ClientFormats, ScanStatusWriteBack,
    ::testing::Values(
        WriteBackCase{"ClaudeDesktopTwoSpaces", "mcpServers", "fs",
                      R"({
  "mcpServers": {
    "fs": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "."]
    },
    "git": {
      "command": "uvx",
      "args": ["mcp-server-git"]
    }
  }
}
)",
                      R"({
  "mcpServers": {
    "fs": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "."],
      "blocked": "passed"
    },
    "git": {
      "command": "uvx",
      "args": ["mcp-server-git"]
    }
  }
}
)"},
        WriteBackCase{"NestedGatewayEntryWithTabs", "mcpServers.mcp-gateway.servers", "git",
                      "{\n\t\"mcpServers\": {\n\t\t\"mcp-gateway\": {\n\t\t\t\"command\": "
                      "\"mcp-gateway\",\n\t\t\t\"servers\": {\n\t\t\t\t\"git\": {\n\t\t\t\t\t"
                      "\"command\": \"uvx\"\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}\n",
                      "{\n\t\"mcpServers\": {\n\t\t\"mcp-gateway\": {\n\t\t\t\"command\": "
                      "\"mcp-gateway\",\n\t\t\t\"servers\": {\n\t\t\t\t\"git\": {\n\t\t\t\t\t"
                      "\"command\": \"uvx\",\n\t\t\t\t\t\"blocked\": \"passed\"\n\t\t\t\t}\n\t\t\t}"
                      "\n\t\t}\n\t}\n}\n"},
        WriteBackCase{"VsCodeJsoncWithCommentsAndTrailingCommas", "servers", "fs",
                      R"(// VS Code MCP servers
{
  "servers": {
    /* the filesystem server */
    "fs": {
      "type": "stdio",
      "command": "npx", // launched with npx
      "args": ["-y", "pkg"], // keep this comment
    },
  },
}
)",
                      R"(// VS Code MCP servers
{
  "servers": {
    /* the filesystem server */
    "fs": {
      "type": "stdio",
      "command": "npx", // launched with npx
      "args": ["-y", "pkg"], // keep this comment
      "blocked": "passed",
    },
  },
}
)"},
        WriteBackCase{"ZedContextServersLastMemberComment", "context_servers", "fs",
                      "{\n    \"context_servers\": {\n        \"fs\": {\n            \"command\": "
                      "{\"path\": \"npx\", \"args\": [\"pkg\"]} // run it\n        }\n    }\n}",
                      "{\n    \"context_servers\": {\n        \"fs\": {\n            \"command\": "
                      "{\"path\": \"npx\", \"args\": [\"pkg\"]}, // run it\n            "
                      "\"blocked\": \"passed\"\n        }\n    }\n}"},
        WriteBackCase{
            "ContinueArray", "continue", "b",
            R"({"mcpServers": [{"name": "a", "command": "x"}, {"name": "b", "command": "y"}]})",
            R"({"mcpServers": [{"name": "a", "command": "x"}, {"name": "b", "command": "y", "blocked": "passed"}]})"},
        WriteBackCase{"ExistingStatusIsReplacedInPlace", "mcpServers", "fs",
                      "{\"mcpServers\":{\"fs\":{\"blocked\":null,\"command\":\"npx\"}}}",
                      "{\"mcpServers\":{\"fs\":{\"blocked\":\"passed\",\"command\":\"npx\"}}}"},
        WriteBackCase{"CrlfLineEndingsAndCompactColon", "mcpServers", "fs",
                      "{\r\n  \"mcpServers\": {\r\n    \"fs\": {\r\n      \"command\":\"npx\"\r\n"
                      "    }\r\n  }\r\n}\r\n",
                      "{\r\n  \"mcpServers\": {\r\n    \"fs\": {\r\n      \"command\":\"npx\",\r\n"
                      "      \"blocked\":\"passed\"\r\n    }\r\n  }\r\n}\r\n"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ScanStatusWriteBackText, UnknownServerOrLayoutIsAnError) {
  const char* text = R"({"mcpServers": {"fs": {"command": "npx"}}})";
  auto missing = SetScanStatusText(text, "mcpServers", "git", "blocked");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message, "server git not found under mcpServers");
  EXPECT_FALSE(SetScanStatusText(text, "servers", "fs", "blocked"));
  EXPECT_FALSE(SetScanStatusText("{\"mcpServers\": {", "mcpServers", "fs", "blocked"));
}

TEST(ScanStatusWriteBackText, EscapedKeysAndNamesAreComparedDecoded) {
  auto map = SetScanStatusText(R"({"mcp\u0053ervers": {"f\u0073": {"command": "x"}}})",
                               "mcpServers", "fs", "passed");
  ASSERT_TRUE(map) << map.error().message;
  EXPECT_EQ(*map, R"({"mcp\u0053ervers": {"f\u0073": {"command": "x", "blocked": "passed"}}})");
  auto array = SetScanStatusText(R"({"mcpServers": [{"name": "\u0066s", "command": "x"}]})",
                                 "continue", "fs", "passed");
  ASSERT_TRUE(array) << array.error().message;
  EXPECT_NE(array->find(R"("blocked": "passed")"), std::string::npos);
}

TEST(ScanStatusWriteBackText, ContinueEntriesWithoutANameAndExperimentalTransports) {
  auto unnamed =
      SetScanStatusText(R"({"mcpServers": [{"name": "a", "command": "x"}, {"command": "y"}]})",
                        "continue", "server-1", "blocked");
  ASSERT_TRUE(unnamed) << unnamed.error().message;
  EXPECT_EQ(
      *unnamed,
      R"({"mcpServers": [{"name": "a", "command": "x"}, {"command": "y", "blocked": "blocked"}]})");
  const char* experimental =
      R"({"experimental": {"modelContextProtocolServers": [{"transport": {"type": "stdio", "command": "z"}}]}})";
  auto inner = SetScanStatusText(experimental, "continue", "server-0", "blocked");
  ASSERT_TRUE(inner) << inner.error().message;
  EXPECT_EQ(
      *inner,
      R"({"experimental": {"modelContextProtocolServers": [{"transport": {"type": "stdio", "command": "z", "blocked": "blocked"}}]}})");
  LoadOptions options;
  auto loaded = ParseConfig(*inner, "test", options);
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(loaded->servers.at(0).scan_status, "blocked");
}

TEST(ScanStatusWriteBackText, AByteOrderMarkIsKept) {
  auto out = SetScanStatusText("\xEF\xBB\xBF{\"servers\": {\"a\": {\"url\": \"u\"}}}", "servers",
                               "a", "passed");
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(*out, "\xEF\xBB\xBF{\"servers\": {\"a\": {\"url\": \"u\", \"blocked\": \"passed\"}}}");
}

TEST(ScanStatusWriteBackText, AKeyInsideAStringOrCommentIsNotAnEntry) {
  const char* text = R"({"note": "\"fs\": {", /* "fs": { */ "mcpServers": {"fs": {"a": 1}}})";
  auto out = SetScanStatusText(text, "mcpServers", "fs", "blocked");
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(
      *out,
      R"({"note": "\"fs\": {", /* "fs": { */ "mcpServers": {"fs": {"a": 1, "blocked": "blocked"}}})");
}

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(ScanStatusWriteBackFile, ReplacesAtomicallyKeepingPermissionsAndNoTempFiles) {
  testing::TempDir dir;
  const std::string path =
      dir.WriteFile("mcp.json", "{\"mcpServers\": {\"fs\": {\"command\": \"npx\"}}}\n",
                    std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                        std::filesystem::perms::group_read);
  auto written = WriteScanStatus(path, "mcpServers", "fs", "blocked");
  ASSERT_TRUE(written) << written.error().message;
  EXPECT_TRUE(*written);
  EXPECT_EQ(Read(path),
            "{\"mcpServers\": {\"fs\": {\"command\": \"npx\", \"blocked\": \"blocked\"}}}\n");
  struct stat info {};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0640u);
  auto again = WriteScanStatus(path, "mcpServers", "fs", "blocked");
  ASSERT_TRUE(again);
  EXPECT_FALSE(*again) << "unchanged status writes nothing";
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    (void)entry;
    ++files;
  }
  EXPECT_EQ(files, 1u);
}

TEST(ScanStatusWriteBackFile, SymlinkKeepsPointingAtTheEditedFile) {
  testing::TempDir dir;
  const std::string real = dir.WriteFile("real.json", "{\"servers\": {\"a\": {\"url\": \"u\"}}}");
  const std::string link = (dir.path() / "link.json").string();
  std::filesystem::create_symlink(real, link);
  ASSERT_TRUE(WriteScanStatus(link, "servers", "a", "passed"));
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_NE(Read(real).find("\"blocked\": \"passed\""), std::string::npos) << Read(real);
}

TEST(ScanStatusWriteBackFile, ReadOnlyFileIsAnErrorAndLeftIntact) {
  testing::TempDir dir;
  const std::string original = "{\"mcpServers\": {\"fs\": {\"command\": \"npx\"}}}";
  const std::string path = dir.WriteFile("mcp.json", original, std::filesystem::perms::owner_read);
  auto written = WriteScanStatus(path, "mcpServers", "fs", "blocked");
  ASSERT_FALSE(written);
  EXPECT_NE(written.error().message.find("is read-only; scan status not written"),
            std::string::npos)
      << written.error().message;
  EXPECT_EQ(Read(path), original);
}

TEST(ScanStatusWriteBackFile, MissingFileIsAnError) {
  auto written = WriteScanStatus("/nonexistent/mcp.json", "mcpServers", "fs", "blocked");
  ASSERT_FALSE(written);
  EXPECT_NE(written.error().message.find("cannot read /nonexistent/mcp.json"), std::string::npos);
}

TEST(ScanStatusWriteBackText, ABlockCommentEndingInTwoStarsEndsThere) {
  // Boost.JSON 1.81 alone runs "/* ... **/" on to the next "*/"; the loader and the write-back
  // blank comments first, so both read the same entries (found by fuzz_write_back).
  const std::string text =
      "{\n  \"servers\": {\n    /* old **/\n    \"fs\": {\"command\": \"npx\"},\n    /* x */\n  }\n}\n";
  LoadOptions options;
  auto loaded = ParseConfig(text, "test", options);
  ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
  ASSERT_EQ(loaded->servers.size(), 1u);
  EXPECT_EQ(loaded->servers[0].name, "fs");
  auto edited = SetScanStatusText(text, loaded->layout, "fs", "blocked");
  ASSERT_TRUE(edited.has_value()) << edited.error().message;
  auto again = ParseConfig(*edited, "test", options);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->servers[0].scan_status, "blocked");
  // The same garbage Boost would have skipped is an error now.
  EXPECT_FALSE(ParseConfig("{/* a **/ oops */ \"servers\": {}}", "test", options).has_value());
}

}  // namespace
}  // namespace mcpgw::config
