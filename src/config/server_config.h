// The validated, immutable description of the gateway's configuration: which upstream MCP servers
// to run and how. Built once by the loader (config_loader.h); shared as shared_ptr<const ...>.
//
// Threading: immutable after construction; safe to read from any thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::config {

// How the gateway reaches an upstream server.
enum class Transport {
  kStdio,           // a child process speaking newline-delimited JSON-RPC on stdin/stdout
  kStreamableHttp,  // "type": "http" | "streamable-http" | "streamableHttp"
  kSse,             // "type": "sse" (legacy HTTP+SSE)
  kHttpAuto,        // a "url" without a type: try Streamable HTTP, fall back to legacy SSE
};

const char* TransportName(Transport t);

// Which protocol era the gateway speaks to an upstream ("protocolEra"; docs/config.md).
enum class ProtocolEra {
  kAuto,    // "auto" (default): probe with server/discover, fall back to initialize
  kLegacy,  // "legacy": initialize (2024-11-05 .. 2025-11-25) only, never probe
  kModern,  // "modern": 2026-07-28 only; a server that does not answer server/discover fails
};

const char* ProtocolEraName(ProtocolEra era);
// "auto", "legacy" or "modern"; nullopt for anything else.
std::optional<ProtocolEra> ParseProtocolEra(std::string_view name);

// One upstream MCP server entry.
struct ServerConfig {
  std::string name;  // the key in the config map (or "name" in array forms); never empty
  Transport transport = Transport::kStdio;

  // stdio servers: all expansions (~, ${VAR}, ${VAR:-default}) already applied.
  std::string command;
  std::vector<std::string> args;
  std::map<std::string, std::string> env;  // the entry's own "env", added to the safe base env
  std::string cwd;                         // empty: inherit the gateway's working directory

  // remote servers
  std::string url;
  std::map<std::string, std::string> headers;

  bool disabled = false;  // "disabled": true — listed in get_metadata, never started
  bool blocked = false;   // "blocked": "blocked" — a scanner verdict; never started
  std::string scan_status;  // the raw "blocked" value when a string ("passed", "skipped", ...)

  // Per-server request timeout ("timeout" in seconds, or "timeoutMs"); nullopt: gateway default.
  std::optional<std::chrono::milliseconds> request_timeout;

  // How long each shutdown step waits for the child ("shutdownGraceMs"): stdin closed, then
  // SIGTERM, then SIGKILL. nullopt: the gateway default (2 s).
  std::optional<std::chrono::milliseconds> stop_grace;

  ProtocolEra protocol_era = ProtocolEra::kAuto;

  // Who shares one running instance of the server ("isolation").
  enum class Isolation {
    kShared,   // "shared" (default): one instance serves every client
    kSession,  // "session": one instance per client session, started on its first use and
               // stopped when the session ends
  };
  Isolation isolation = Isolation::kShared;
  // With kSession: instances running at once ("maxInstances"); a session past it gets an error.
  std::size_t max_instances = 16;

  // Non-empty when this entry is unusable (e.g. it names an undefined ${VAR} or has neither
  // "command" nor "url"). Such a server is reported with this error and not started; the other
  // servers are unaffected.
  std::string error;
};

// How clients reach the gateway, from the config's top-level "mcpGateway" object; the command
// line overrides each field it sets.
struct ListenSettings {
  std::optional<std::string> transport;  // "stdio" or "http"
  std::optional<std::string> host;
  std::optional<std::uint16_t> port;
  std::optional<std::string> path;
};

// The whole configuration.
struct GatewayConfig {
  std::string source;  // file path, or "<embedded demo>"
  // Which layout the file used: "mcpServers", "mcpServers.<entry>.servers" (nested gateway entry),
  // "servers" (VS Code or bare), "context_servers" (Zed), "continue".
  std::string layout;
  std::vector<ServerConfig> servers;  // in file order; names unique
  ListenSettings listen;
  // Problems that do not stop loading (a duplicate key in the file); the caller logs each at
  // warning level with `source`. Unusable entries are not listed here: see ServerConfig::error.
  std::vector<std::string> warnings;
};

}  // namespace mcpgw::config
