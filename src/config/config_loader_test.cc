#include "config/config_loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

namespace mcpgw::config {
namespace {

LoadOptions TestOptions() {
  LoadOptions options;
  options.getenv = [](std::string_view name) -> std::optional<std::string> {
    static const std::map<std::string, std::string, std::less<>> kEnv = {
        {"HOME", "/home/u"}, {"TOKEN", "s3cret"}, {"EMPTY", ""}, {"PORT", "8080"}};
    auto it = kEnv.find(name);
    if (it == kEnv.end()) return std::nullopt;
    return it->second;
  };
  options.home = "/home/u";
  options.self_executable = "/opt/gw/bin/gateway";
  return options;
}

GatewayConfig MustParse(std::string_view text) {
  Result<GatewayConfig> config = ParseConfig(text, "test.json", TestOptions());
  EXPECT_TRUE(config) << (config ? "" : config.error().message);
  return config ? *config : GatewayConfig{};
}

std::vector<std::string> Names(const GatewayConfig& config) {
  std::vector<std::string> names;
  for (const ServerConfig& s : config.servers) names.push_back(s.name);
  return names;
}

// The one server of a {"mcpServers": {"s": ENTRY}} file.
ServerConfig ParseEntry(std::string_view entry) {
  GatewayConfig config = MustParse(R"({"mcpServers": {"s": )" + std::string(entry) + "}}");
  EXPECT_EQ(config.servers.size(), 1u);
  return config.servers.empty() ? ServerConfig{} : config.servers[0];
}

// ---- Layouts ----------------------------------------------------------------------------------

struct LayoutCase {
  const char* label;
  const char* text;
  const char* layout;
  std::vector<std::string> names;
};

TEST(ConfigLoaderTest, RecognisesEveryLayout) {
  const LayoutCase kCases[] = {
      {"claude desktop",
       R"({"mcpServers": {"a": {"command": "x"}, "b": {"url": "http://h"}}})",
       "mcpServers",
       {"a", "b"}},
      {"nested entry named mcp-gateway",
       R"({"mcpServers": {"other": {"command": "x"},
           "mcp-gateway": {"command": "gw", "servers": {"u1": {"command": "y"},
                                                       "u2": {"command": "z"}}}}})",
       "mcpServers.mcp-gateway.servers",
       {"u1", "u2"}},
      {"vs code",
       R"({"inputs": [{"id": "k", "type": "promptString"}],
           "servers": {"a": {"type": "stdio", "command": "x"},
                       "b": {"type": "http", "url": "https://h/mcp"}}})",
       "servers",
       {"a", "b"}},
      {"bare servers", R"({"servers": {"a": {"command": "x"}}})", "servers", {"a"}},
      {"continue array",
       R"({"mcpServers": [{"name": "a", "command": "x"},
                                            {"name": "b", "type": "sse", "url": "http://h"}]})",
       "continue",
       {"a", "b"}},
      {"continue experimental",
       R"({"experimental": {"modelContextProtocolServers": [
           {"transport": {"type": "stdio", "command": "x"}},
           {"name": "named", "transport": {"type": "stdio", "command": "y"}}]}})",
       "continue",
       {"server-0", "named"}},
      {"continue both forms",
       R"({"mcpServers": [{"name": "a", "command": "x"}],
           "experimental": {"modelContextProtocolServers": [
             {"transport": {"type": "stdio", "command": "y"}}]}})",
       "continue",
       {"a", "server-0"}},
      {"zed",
       R"({"theme": "One Dark", "context_servers": {
           "flat": {"command": "x", "args": ["1"]},
           "nested": {"command": {"path": "y", "args": ["2"], "env": {"K": "v"}}},
           "ext": {"source": "extension", "settings": {}}}})",
       "context_servers",
       {"flat", "nested"}},
  };
  for (const LayoutCase& c : kCases) {
    SCOPED_TRACE(c.label);
    GatewayConfig config = MustParse(c.text);
    EXPECT_EQ(config.layout, c.layout);
    EXPECT_EQ(Names(config), c.names);
    EXPECT_EQ(config.source, "test.json");
  }
}

TEST(ConfigLoaderTest, ZedCommandObjectGivesPathArgsAndEnv) {
  GatewayConfig config = MustParse(R"({"context_servers": {
      "n": {"command": {"path": "~/bin/srv", "args": ["--a", "${TOKEN}"], "env": {"K": "v"}}}}})");
  ASSERT_EQ(config.servers.size(), 1u);
  const ServerConfig& s = config.servers[0];
  EXPECT_EQ(s.command, "/home/u/bin/srv");
  EXPECT_EQ(s.args, (std::vector<std::string>{"--a", "s3cret"}));
  EXPECT_EQ(s.env.at("K"), "v");
  EXPECT_EQ(s.transport, Transport::kStdio);
  EXPECT_TRUE(s.error.empty()) << s.error;
}

TEST(ConfigLoaderTest, ZedCommandObjectWithoutPathIsAnEntryError) {
  GatewayConfig config = MustParse(R"({"context_servers": {"n": {"command": {"args": []}}}})");
  ASSERT_EQ(config.servers.size(), 1u);
  EXPECT_EQ(config.servers[0].error, "\"command.path\" must be a string");
}

TEST(ConfigLoaderTest, ContinueTransportMissingIsAnEntryError) {
  GatewayConfig config =
      MustParse(R"({"experimental": {"modelContextProtocolServers": [{"name": "a"}]}})");
  ASSERT_EQ(config.servers.size(), 1u);
  EXPECT_EQ(config.servers[0].name, "a");
  EXPECT_EQ(config.servers[0].error, "\"transport\" must be an object");
}

TEST(ConfigLoaderTest, VsCodeTypesAreMapped) {
  GatewayConfig config = MustParse(R"({"servers": {
      "s": {"type": "stdio", "command": "x"},
      "h": {"type": "http", "url": "https://h/mcp", "headers": {"Authorization": "Bearer ${TOKEN}"}},
      "e": {"type": "sse", "url": "http://h/sse"}}})");
  ASSERT_EQ(config.servers.size(), 3u);
  EXPECT_EQ(config.servers[0].transport, Transport::kStdio);
  EXPECT_EQ(config.servers[1].transport, Transport::kStreamableHttp);
  EXPECT_EQ(config.servers[1].headers.at("Authorization"), "Bearer s3cret");
  EXPECT_EQ(config.servers[2].transport, Transport::kSse);
}

// ---- Finding the gateway's own entry ------------------------------------------------------------

TEST(ConfigLoaderTest, NestedEntryFoundByCommandBasename) {
  GatewayConfig config = MustParse(R"({"mcpServers": {
      "first": {"command": "x", "servers": {"wrong": {"command": "x"}}},
      "gw": {"command": "/usr/local/bin/mcp-gateway", "servers": {"right": {"command": "y"}}}}})");
  EXPECT_EQ(config.layout, "mcpServers.gw.servers");
  EXPECT_EQ(Names(config), std::vector<std::string>{"right"});
}

TEST(ConfigLoaderTest, NestedEntryFoundBySelfExecutable) {
  GatewayConfig config = MustParse(R"({"mcpServers": {
      "first": {"command": "x", "servers": {"wrong": {"command": "x"}}},
      "mine": {"command": "/opt/gw/bin/gateway", "servers": {"right": {"command": "y"}}}}})");
  EXPECT_EQ(config.layout, "mcpServers.mine.servers");
  EXPECT_EQ(Names(config), std::vector<std::string>{"right"});
}

TEST(ConfigLoaderTest, NestedEntryNameWinsOverCommand) {
  GatewayConfig config = MustParse(R"({"mcpServers": {
      "gw": {"command": "mcp-gateway", "servers": {"wrong": {"command": "x"}}},
      "mcp-gateway": {"command": "z", "servers": {"right": {"command": "y"}}}}})");
  EXPECT_EQ(config.layout, "mcpServers.mcp-gateway.servers");
  EXPECT_EQ(Names(config), std::vector<std::string>{"right"});
}

TEST(ConfigLoaderTest, NestedEntryFallsBackToFirstWithServers) {
  GatewayConfig config = MustParse(R"({"mcpServers": {
      "plain": {"command": "x"},
      "b": {"command": "x", "servers": {"right": {"command": "y"}}},
      "c": {"command": "x", "servers": {"wrong": {"command": "y"}}}}})");
  EXPECT_EQ(config.layout, "mcpServers.b.servers");
  EXPECT_EQ(Names(config), std::vector<std::string>{"right"});
}

TEST(ConfigLoaderTest, NestedEntrySiblingsAreNotUpstreams) {
  GatewayConfig config = MustParse(R"({"mcpServers": {
      "sibling": 42,
      "mcp-gateway": {"command": "gw", "servers": {"u": {"command": "y"}}}}})");
  EXPECT_EQ(Names(config), std::vector<std::string>{"u"});
}

struct SelfCase {
  const char* label;
  const char* gateway_entry;  // the value of mcpServers.<key>
  const char* key;
  bool excluded;
};

TEST(ConfigLoaderTest, FlatLayoutExcludesTheGatewaysOwnEntry) {
  const SelfCase kCases[] = {
      {"named mcp-gateway", R"({"command": "anything"})", "mcp-gateway", true},
      {"basename and flag",
       R"({"command": "/usr/bin/mcp-gateway", "args": ["--mcp-json-path", "x"]})", "gw", true},
      {"basename and flag=", R"({"command": "mcp-gateway", "args": ["--mcp-json-path=~/c.json"]})",
       "gw", true},
      {"self executable and flag",
       R"({"command": "/opt/gw/bin/gateway", "args": ["--mcp-json-path", "x"]})", "gw", true},
      {"basename without flag", R"({"command": "/usr/bin/mcp-gateway", "args": ["--other"]})", "gw",
       false},
      {"flag with another command", R"({"command": "node", "args": ["--mcp-json-path", "x"]})",
       "gw", false},
      {"similar basename", R"({"command": "/usr/bin/mcp-gateway2", "args": ["--mcp-json-path"]})",
       "gw", false},
  };
  for (const SelfCase& c : kCases) {
    SCOPED_TRACE(c.label);
    GatewayConfig config = MustParse(std::string(R"({"mcpServers": {")") + c.key +
                                     "\": " + c.gateway_entry + R"(, "up": {"command": "y"}}})");
    EXPECT_EQ(config.layout, "mcpServers");
    if (c.excluded) {
      EXPECT_EQ(Names(config), std::vector<std::string>{"up"});
    } else {
      EXPECT_EQ(Names(config), (std::vector<std::string>{c.key, "up"}));
    }
  }
}

// ---- JSONC and malformed JSON -------------------------------------------------------------------

TEST(ConfigLoaderTest, AcceptsCommentsTrailingCommasAndBom) {
  GatewayConfig config = MustParse(
      "\xEF\xBB\xBF// VS Code settings\n{\n  /* block */ \"servers\": {\n"
      "    \"a\": {\"command\": \"x\", \"args\": [\"1\", \"2\",],}, // trailing\n  },\n}\n");
  ASSERT_EQ(config.servers.size(), 1u);
  EXPECT_EQ(config.servers[0].args, (std::vector<std::string>{"1", "2"}));
}

struct MalformedCase {
  const char* label;
  const char* text;
  const char* message;
};

TEST(ConfigLoaderTest, MalformedJsonNamesLineAndColumn) {
  const MalformedCase kCases[] = {
      {"bad literal", "{\n  \"mcpServers\": {\n    \"a\": {\"command\": tru}\n  }\n}",
       "f.json:3:22: invalid JSON: syntax error"},
      {"extra data", "{\"mcpServers\": {}} x", "f.json:1:20: invalid JSON: extra data"},
      {"unterminated", "{\n\"mcpServers\": {", "f.json:2:16: invalid JSON: incomplete JSON"},
      {"crlf", "{\r\n\"mcpServers\": {\r\n  ]\r\n}", "f.json:3:3: invalid JSON: syntax error"},
      {"empty", "", "f.json:1:1: invalid JSON: incomplete JSON"},
      {"missing comma", "{\"a\": 1 \"b\": 2}", "f.json:1:9: invalid JSON: syntax error"},
  };
  for (const MalformedCase& c : kCases) {
    SCOPED_TRACE(c.label);
    Result<GatewayConfig> config = ParseConfig(c.text, "f.json", TestOptions());
    ASSERT_FALSE(config);
    EXPECT_EQ(config.error().message, c.message);
  }
}

// ---- Whole-file errors --------------------------------------------------------------------------

TEST(ConfigLoaderTest, WholeFileErrors) {
  const MalformedCase kCases[] = {
      {"top level array", "[]", "f.json: the top level must be a JSON object"},
      {"no layout", R"({"theme": "dark"})",
       "f.json: no server list found (expected \"mcpServers\", \"servers\", \"context_servers\" "
       "or \"experimental.modelContextProtocolServers\")"},
      {"entry not object", R"({"mcpServers": {"a": {"command": "x"}, "bad": "x"}})",
       "f.json: server \"bad\" must be an object"},
      {"vs code entry not object", R"({"servers": {"bad": []}})",
       "f.json: server \"bad\" must be an object"},
      {"zed entry not object", R"({"context_servers": {"bad": 1}})",
       "f.json: server \"bad\" must be an object"},
      {"array entry not object", R"({"mcpServers": [{"name": "a", "command": "x"}, 3]})",
       "f.json: mcpServers[1] must be an object"},
      {"duplicate names", R"({"mcpServers": [{"name": "a", "command": "x"},
                                              {"name": "a", "command": "y"}]})",
       "f.json: duplicate server name \"a\""},
      {"duplicate across continue forms", R"({"mcpServers": [{"name": "server-0", "command": "x"}],
           "experimental": {"modelContextProtocolServers": [{"transport": {"command": "y"}}]}})",
       "f.json: duplicate server name \"server-0\""},
      {"empty name", R"({"mcpServers": {"": {"command": "x"}}})",
       "f.json: a server name must not be empty"},
      {"mcpServers wrong type", R"({"mcpServers": "x"})",
       "f.json: mcpServers must be an object or an array"},
      {"servers wrong type", R"({"servers": []})", "f.json: servers must be an object"},
      {"context_servers wrong type", R"({"context_servers": 1})",
       "f.json: context_servers must be an object"},
      {"experimental wrong type", R"({"experimental": {"modelContextProtocolServers": {}}})",
       "f.json: experimental.modelContextProtocolServers must be an array"},
      {"gateway servers wrong type",
       R"({"mcpServers": {"mcp-gateway": {"command": "gw", "servers": []}}})",
       "f.json: mcpServers.mcp-gateway.servers must be an object"},
  };
  for (const MalformedCase& c : kCases) {
    SCOPED_TRACE(c.label);
    Result<GatewayConfig> config = ParseConfig(c.text, "f.json", TestOptions());
    ASSERT_FALSE(config);
    EXPECT_EQ(config.error().message, c.message);
  }
}

// ---- Entries ------------------------------------------------------------------------------------

TEST(ConfigLoaderTest, ReadsEveryStdioField) {
  ServerConfig s =
      ParseEntry(R"({"command": "~/bin/srv", "args": ["~/a", "x~/b", "~", "-p=${PORT}"],
      "env": {"S": "str", "I": 42, "N": -7, "D": 1.5, "B": true, "F": false, "T": "${TOKEN}"},
      "cwd": "~/work", "disabled": true, "timeout": 30, "autoApprove": ["ignored"]})");
  EXPECT_EQ(s.name, "s");
  EXPECT_EQ(s.transport, Transport::kStdio);
  EXPECT_EQ(s.command, "/home/u/bin/srv");
  EXPECT_EQ(s.args, (std::vector<std::string>{"/home/u/a", "x~/b", "~", "-p=8080"}));
  EXPECT_EQ(s.env, (std::map<std::string, std::string>{{"S", "str"},
                                                       {"I", "42"},
                                                       {"N", "-7"},
                                                       {"D", "1.5"},
                                                       {"B", "true"},
                                                       {"F", "false"},
                                                       {"T", "s3cret"}}));
  EXPECT_EQ(s.cwd, "/home/u/work");
  EXPECT_TRUE(s.disabled);
  EXPECT_FALSE(s.blocked);
  EXPECT_EQ(s.request_timeout, std::chrono::milliseconds(30000));
  EXPECT_TRUE(s.error.empty()) << s.error;
}

TEST(ConfigLoaderTest, ReadsRemoteFields) {
  ServerConfig s = ParseEntry(R"({"type": "streamable-http", "url": "http://localhost:${PORT}/mcp",
      "headers": {"Authorization": "Bearer ${TOKEN}", "X-Retries": 3}, "timeoutMs": 1500})");
  EXPECT_EQ(s.transport, Transport::kStreamableHttp);
  EXPECT_EQ(s.url, "http://localhost:8080/mcp");
  EXPECT_EQ(s.headers.at("Authorization"), "Bearer s3cret");
  EXPECT_EQ(s.headers.at("X-Retries"), "3");
  EXPECT_EQ(s.request_timeout, std::chrono::milliseconds(1500));
  EXPECT_TRUE(s.error.empty()) << s.error;
}

TEST(ConfigLoaderTest, TimeoutMsWinsOverTimeout) {
  ServerConfig s = ParseEntry(R"({"command": "x", "timeout": 5, "timeoutMs": 250})");
  EXPECT_EQ(s.request_timeout, std::chrono::milliseconds(250));
  EXPECT_FALSE(ParseEntry(R"({"command": "x"})").request_timeout.has_value());
  EXPECT_EQ(ParseEntry(R"({"command": "x", "timeout": 0.5})").request_timeout,
            std::chrono::milliseconds(500));
}

struct TypeCase {
  const char* entry;
  Transport transport;
};

TEST(ConfigLoaderTest, MapsTypeToTransport) {
  const TypeCase kCases[] = {
      {R"({"command": "x"})", Transport::kStdio},
      {R"({"type": "stdio", "command": "x"})", Transport::kStdio},
      {R"({"type": "http", "url": "http://h"})", Transport::kStreamableHttp},
      {R"({"type": "streamable-http", "url": "http://h"})", Transport::kStreamableHttp},
      {R"({"type": "streamableHttp", "url": "https://h"})", Transport::kStreamableHttp},
      {R"({"type": "sse", "url": "http://h/sse"})", Transport::kSse},
      {R"({"transportType": "sse", "url": "http://h/sse"})", Transport::kSse},
      {R"({"url": "HTTPS://h/mcp"})", Transport::kHttpAuto},
      {R"({"type": "http", "command": "x", "url": "http://h"})", Transport::kStreamableHttp},
  };
  for (const TypeCase& c : kCases) {
    SCOPED_TRACE(c.entry);
    ServerConfig s = ParseEntry(c.entry);
    EXPECT_EQ(s.transport, c.transport);
    EXPECT_TRUE(s.error.empty()) << s.error;
  }
}

struct StatusCase {
  const char* blocked_json;
  bool blocked;
  const char* scan_status;
};

TEST(ConfigLoaderTest, BlockedStatus) {
  const StatusCase kCases[] = {
      {"\"blocked\"", true, "blocked"},
      {"\"passed\"", false, "passed"},
      {"\"skipped\"", false, "skipped"},
      {"null", false, ""},
  };
  for (const StatusCase& c : kCases) {
    SCOPED_TRACE(c.blocked_json);
    ServerConfig s =
        ParseEntry(std::string(R"({"command": "x", "blocked": )") + c.blocked_json + "}");
    EXPECT_EQ(s.blocked, c.blocked);
    EXPECT_EQ(s.scan_status, c.scan_status);
    EXPECT_TRUE(s.error.empty()) << s.error;
  }
  ServerConfig absent = ParseEntry(R"({"command": "x"})");
  EXPECT_FALSE(absent.blocked);
  EXPECT_EQ(absent.scan_status, "");
}

struct EntryErrorCase {
  const char* entry;
  const char* error;
};

TEST(ConfigLoaderTest, UnusableEntriesCarryAnError) {
  const EntryErrorCase kCases[] = {
      {R"({})", "has neither \"command\" nor \"url\""},
      {R"({"args": ["a"]})", "has neither \"command\" nor \"url\""},
      {R"({"command": 1})", "\"command\" must be a string"},
      {R"({"command": "x", "args": "a b"})", "\"args\" must be an array of strings"},
      {R"({"command": "x", "args": ["a", 2]})", "args[1] must be a string"},
      {R"({"command": "x", "env": ["A=1"]})", "\"env\" must be an object"},
      {R"({"command": "x", "env": {"A": null}})", "env.A must be a string"},
      {R"({"command": "x", "env": {"A": {}}})", "env.A must be a string"},
      {R"({"command": "x", "env": {"A=B": "1"}})", "invalid environment variable name \"A=B\""},
      {R"({"command": "x", "cwd": 3})", "\"cwd\" must be a string"},
      {R"({"command": "x", "disabled": "yes"})", "\"disabled\" must be true or false"},
      {R"({"command": "x", "blocked": true})", "\"blocked\" must be a string"},
      {R"({"command": "x", "args": ["a\u0000b"]})", "args[0] contains a NUL character"},
      {R"({"url": 5})", "\"url\" must be a string"},
      {R"({"url": "ftp://h/x"})", "\"url\" must start with http:// or https://"},
      {R"({"url": "http://"})", "\"url\" must start with http:// or https://"},
      {R"({"url": "/local/path"})", "\"url\" must start with http:// or https://"},
      {R"({"url": "http://h/a b"})", "\"url\" contains a space or control character"},
      {R"({"url": "http://h", "headers": []})", "\"headers\" must be an object"},
      {R"({"url": "http://h", "headers": {"X": "a\r\nEvil: 1"}})",
       "headers.X contains a line break or NUL character"},
      {R"({"url": "http://h", "headers": {"Bad Name": "v"}})", "invalid header name \"Bad Name\""},
      {R"({"type": "websocket", "url": "ws://h"})", "\"url\" must start with http:// or https://"},
      {R"({"type": "websocket", "url": "http://h"})", "unsupported \"type\" \"websocket\""},
      {R"({"type": 1, "command": "x"})", "\"type\" must be a string"},
      {R"({"type": "sse", "command": "x"})", "\"type\": \"sse\" needs a \"url\""},
      {R"({"type": "http"})", "\"type\": \"http\" needs a \"url\""},
      {R"({"type": "stdio", "url": "http://h"})", "\"type\": \"stdio\" needs a \"command\""},
      {R"({"command": "x", "url": "http://h"})",
       "has both \"command\" and \"url\"; set \"type\" to choose"},
      {R"({"command": "x", "timeout": "30"})", "\"timeout\" must be a number of seconds"},
      {R"({"command": "x", "timeoutMs": true})", "\"timeoutMs\" must be a number of milliseconds"},
      {R"({"command": "x", "timeout": -1})", "timeout must be between 1 ms and 24 hours"},
      {R"({"command": "x", "timeout": 0})", "timeout must be between 1 ms and 24 hours"},
      {R"({"command": "x", "timeout": 1e300})", "timeout must be between 1 ms and 24 hours"},
      {R"({"command": "x", "timeoutMs": 1e999})", "timeout must be between 1 ms and 24 hours"},
      {R"({"command": "${NOPE}"})", "undefined variable NOPE in command"},
      {R"({"command": "x", "args": ["ok", "--k=${NOPE}"]})", "undefined variable NOPE in args[1]"},
      {R"({"command": "x", "env": {"K": "${NOPE}"}})", "undefined variable NOPE in env.K"},
      {R"({"command": "x", "cwd": "${NOPE}/d"})", "undefined variable NOPE in cwd"},
      {R"({"url": "http://${NOPE}/"})", "undefined variable NOPE in url"},
      {R"({"url": "http://h", "headers": {"Authorization": "Bearer ${env:NOPE}"}})",
       "undefined variable NOPE in headers.Authorization"},
      {R"({"command": "x", "args": ["${TOKEN"]})", "unterminated \"${\" in args[0]"},
      {R"({"type": "http", "url": "http://h", "headers": {"K": "${input:api-key}"}})",
       "invalid variable name \"input:api-key\" in headers.K"},
  };
  for (const EntryErrorCase& c : kCases) {
    SCOPED_TRACE(c.entry);
    GatewayConfig config = MustParse(std::string(R"({"mcpServers": {"bad": )") + c.entry +
                                     R"(, "good": {"command": "y"}}})");
    ASSERT_EQ(config.servers.size(), 2u);
    EXPECT_EQ(config.servers[0].name, "bad");
    EXPECT_EQ(config.servers[0].error, c.error);
    EXPECT_TRUE(config.servers[1].error.empty());
  }
}

TEST(ConfigLoaderTest, ContinueEntryWithBadNameIsAnEntryError) {
  GatewayConfig config = MustParse(R"({"mcpServers": [{"name": 7, "command": "x"}]})");
  ASSERT_EQ(config.servers.size(), 1u);
  EXPECT_EQ(config.servers[0].name, "server-0");
  EXPECT_EQ(config.servers[0].error, "\"name\" must be a non-empty string");
}

// ---- Expansion ----------------------------------------------------------------------------------

struct ExpandCase {
  const char* text;
  const char* expected;  // nullptr: an error is expected
  const char* error;
};

TEST(ExpandVariablesTest, Table) {
  const ExpandCase kCases[] = {
      {"plain", "plain", nullptr},
      {"${TOKEN}", "s3cret", nullptr},
      {"Bearer ${TOKEN}!", "Bearer s3cret!", nullptr},
      {"${env:TOKEN}", "s3cret", nullptr},
      {"${PORT}${PORT}", "80808080", nullptr},
      {"${NOPE:-fallback}", "fallback", nullptr},
      {"${env:NOPE:-x y}", "x y", nullptr},
      {"${NOPE:-}", "", nullptr},
      {"${EMPTY:-used}", "used", nullptr},
      {"${EMPTY}", "", nullptr},
      {"${TOKEN:-unused}", "s3cret", nullptr},
      {"$$", "$$", nullptr},
      {"$${TOKEN}", "$${TOKEN}", nullptr},
      {"$HOME", "$HOME", nullptr},
      {"cost $5 and $", "cost $5 and $", nullptr},
      {"${NOPE}", nullptr, "undefined variable NOPE"},
      {"a ${env:NOPE} b", nullptr, "undefined variable NOPE"},
      {"${TOKEN", nullptr, "unterminated \"${\""},
      {"${}", nullptr, "invalid variable name \"\""},
      {"${1A}", nullptr, "invalid variable name \"1A\""},
      {"${input:key}", nullptr, "invalid variable name \"input:key\""},
  };
  for (const ExpandCase& c : kCases) {
    SCOPED_TRACE(c.text);
    Result<std::string> r = ExpandVariables(c.text, TestOptions());
    if (c.expected) {
      ASSERT_TRUE(r) << r.error().message;
      EXPECT_EQ(*r, c.expected);
    } else {
      ASSERT_FALSE(r);
      EXPECT_EQ(r.error().message, c.error);
    }
  }
}

TEST(ExpandVariablesTest, WithoutGetenvEveryVariableIsUndefined) {
  LoadOptions options;
  EXPECT_EQ(*ExpandVariables("${X:-d}", options), "d");
  Result<std::string> r = ExpandVariables("${X}", options);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "undefined variable X");
}

TEST(ExpandHomeTest, Table) {
  const LoadOptions options = TestOptions();
  EXPECT_EQ(ExpandHome("~", options), "/home/u");
  EXPECT_EQ(ExpandHome("~/x/y", options), "/home/u/x/y");
  EXPECT_EQ(ExpandHome("~user/x", options), "~user/x");
  EXPECT_EQ(ExpandHome("a/~/b", options), "a/~/b");
  EXPECT_EQ(ExpandHome("", options), "");
  LoadOptions trailing = options;
  trailing.home = "/home/u/";
  EXPECT_EQ(ExpandHome("~/x", trailing), "/home/u/x");
  LoadOptions no_home = options;
  no_home.home.clear();
  EXPECT_EQ(ExpandHome("~/x", no_home), "~/x");
}

// ---- Files and names ----------------------------------------------------------------------------

TEST(LoadConfigFileTest, MissingFileNamesThePath) {
  Result<GatewayConfig> config = LoadConfigFile("/nonexistent/dir/mcp.json", TestOptions());
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().message,
            "cannot read /nonexistent/dir/mcp.json: No such file or directory");
}

TEST(LoadConfigFileTest, DirectoryIsNotReadable) {
  Result<GatewayConfig> config = LoadConfigFile("/", TestOptions());
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().message.rfind("cannot read /: ", 0), 0u) << config.error().message;
}

TEST(LoadConfigFileTest, ReadsFileWithTildePathAndUsesItAsSource) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("mcpgw_config_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "mcp.json");
    out << "{\"mcpServers\": {\"a\": {\"command\": \"x\"}}}\n";
    std::ofstream broken(dir / "broken.json");
    broken << "{\n  \"mcpServers\": }\n";
  }
  LoadOptions options = TestOptions();
  options.home = dir.string();
  Result<GatewayConfig> config = LoadConfigFile("~/mcp.json", options);
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->source, (dir / "mcp.json").string());
  EXPECT_EQ(Names(*config), std::vector<std::string>{"a"});
  Result<GatewayConfig> broken = LoadConfigFile("~/broken.json", options);
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().message,
            (dir / "broken.json").string() + ":2:17: invalid JSON: syntax error");
  std::filesystem::remove_all(dir);
}

TEST(DefaultLoadOptionsTest, ReadsProcessEnvironment) {
  ::setenv("MCPGW_CONFIG_TEST_VAR", "v1", 1);
  LoadOptions options = DefaultLoadOptions();
  ASSERT_TRUE(options.getenv);
  EXPECT_EQ(options.getenv("MCPGW_CONFIG_TEST_VAR"), std::optional<std::string>("v1"));
  EXPECT_EQ(options.getenv("MCPGW_CONFIG_TEST_UNSET_VAR"), std::nullopt);
  EXPECT_FALSE(options.self_executable.empty());
}

TEST(TransportNameTest, NamesEveryTransport) {
  EXPECT_STREQ(TransportName(Transport::kStdio), "stdio");
  EXPECT_STREQ(TransportName(Transport::kStreamableHttp), "streamable-http");
  EXPECT_STREQ(TransportName(Transport::kSse), "sse");
  EXPECT_STREQ(TransportName(Transport::kHttpAuto), "http-auto");
}

}  // namespace
}  // namespace mcpgw::config

namespace mcpgw::config {
namespace {

LoadOptions ListenTestOptions() {
  LoadOptions options;
  options.getenv = [](std::string_view) -> std::optional<std::string> { return std::nullopt; };
  return options;
}

TEST(ConfigWarnings, DuplicateServerKeyIsAWarningNamingIt) {
  auto config = ParseConfig(R"({"mcpServers": {"gh": {"command": "x"}, "gh": {"command": "y"}}})",
                            "t.json", ListenTestOptions());
  ASSERT_TRUE(config) << config.error().message;
  ASSERT_EQ(config->servers.size(), 1u);
  EXPECT_EQ(config->servers[0].command, "y") << "JSON keeps the last value";
  ASSERT_EQ(config->warnings.size(), 1u);
  EXPECT_NE(config->warnings[0].find("\"mcpServers.gh\""), std::string::npos)
      << config->warnings[0];
}

TEST(ConfigWarnings, CleanFileHasNone) {
  auto config =
      ParseConfig(R"({"mcpServers": {"a": {"command": "x"}}})", "t.json", ListenTestOptions());
  ASSERT_TRUE(config);
  EXPECT_TRUE(config->warnings.empty());
}

TEST(ConfigListenSettings, ReadFromMcpGatewayObject) {
  auto config = ParseConfig(
      R"({"mcpServers": {"a": {"command": "x"}},
          "mcpGateway": {"transport": "http", "host": "0.0.0.0", "port": 9000, "path": "/m"}})",
      "t.json", ListenTestOptions());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->listen.transport, "http");
  EXPECT_EQ(config->listen.host, "0.0.0.0");
  EXPECT_EQ(config->listen.port, 9000);
  EXPECT_EQ(config->listen.path, "/m");
}

TEST(ConfigListenSettings, PathWithoutLeadingSlashIsNormalizedAsOnTheCommandLine) {
  auto config =
      ParseConfig(R"({"mcpServers": {"a": {"command": "x"}}, "mcpGateway": {"path": "mcp"}})",
                  "t.json", ListenTestOptions());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->listen.path, "/mcp");
}

TEST(ConfigListenSettings, AbsentMeansUnset) {
  auto config = ParseConfig(R"({"mcpServers": {"a": {"command": "x"}}})", "t.json",
                            ListenTestOptions());
  ASSERT_TRUE(config);
  EXPECT_FALSE(config->listen.transport.has_value());
  EXPECT_FALSE(config->listen.port.has_value());
}

TEST(ConfigListenSettings, InvalidValuesAreFileErrors) {
  for (const char* settings : {R"({"transport": "carrier-pigeon"})", R"({"port": 70000})",
                               R"({"port": "80"})", R"({"path": 5})", R"([])"}) {
    std::string text = std::string(R"({"mcpServers": {"a": {"command": "x"}}, "mcpGateway": )") +
                       settings + "}";
    auto config = ParseConfig(text, "t.json", ListenTestOptions());
    EXPECT_FALSE(config) << settings;
    if (!config) {
      EXPECT_NE(config.error().message.find("mcpGateway"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace mcpgw::config
