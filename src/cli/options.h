// Command-line options of the mcp-gateway binary, and their parsing (CLI11).
//
// Compatible with the Python gateway: `--mcp-json-path PATH [-p NAME]... [--scan]`, with the
// deprecated `--enable-guardrails [NAME]` / `--enable-tracing [NAME]` accepted (warning on
// stderr). `mcp-gateway stdio [--name NAME] [-p NAME]... -- COMMAND [ARGS...]` wraps one server.
//
// Threading: pure function of argv and the LOGLEVEL environment variable.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mcpgw::cli {

// Process exit codes (documented in --help and docs/cli.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitRuntime = 1;  // a failure while running (e.g. --no-prefix collision)
inline constexpr int kExitUsage = 2;    // bad command line or plugin name
inline constexpr int kExitConfig = 3;   // missing, unreadable or malformed config file

struct Options {
  bool wrap = false;        // the `stdio` subcommand
  std::string config_path;  // --mcp-json-path; empty: the embedded demo config
  // --config: the gateway's own config file (guards); empty: ~/.mcp-gateway/config.json when
  // present.
  std::string gateway_config_path;
  // `mcp-gateway decrypt`: reverses the PII encrypt operator for an operator holding the key.
  bool decrypt = false;
  std::string decrypt_key;                  // --key, else MCPGW_ENCRYPT_KEY
  std::vector<std::string> decrypt_tokens;  // tokens; none: read lines from stdin
  std::vector<std::string> plugins;
  bool scan = false;
  // --scan-fail-closed: a reputation that cannot be established (network failure, rate
  // limiting, no registry configured) blocks the server instead of letting it start.
  bool scan_fail_closed = false;
  // `mcp-gateway scan [--mcp-json-path P | --tools-file F] [--json | --sarif] [--verbose]`.
  struct ScanCommand {
    bool run = false;
    std::string tools_file;  // a saved tools/list answer ("-": stdin)
    bool json = false;
    bool sarif = false;
    bool verbose = false;
  } scan_command;
  std::string log_level = "info";  // trace, debug, info, warning, error
  std::string separator = "_";
  bool no_prefix = false;
  std::chrono::milliseconds request_timeout{60'000};
  std::chrono::milliseconds max_request_timeout{600'000};
  std::chrono::milliseconds initialize_timeout{60'000};
  // How long a client's initialize waits for upstreams still starting (aggregate mode).
  std::chrono::milliseconds initialize_wait{2'000};
  std::size_t max_message_size = 16 * 1024 * 1024;
  std::size_t page_size = 1000;                    // list items per page; 0: unpaginated
  std::chrono::milliseconds ping_interval{30'000};  // 0: never ping upstreams
  std::vector<std::string> deny_tools;             // "<server>/<tool>" globs
  std::string audit_db;  // --audit-db: the audit store (turns auditing on); docs/audit.md
  // downstream transport
  std::string transport = "stdio";  // "stdio" or "http"
  std::string host = "127.0.0.1";
  std::uint16_t port = 8811;
  std::string path = "/mcp";  // always starts with '/' (config::NormalizeEndpointPath)
  // Which of transport/host/port/path the command line set (they override the config file's
  // "mcpGateway" settings; unset ones take the config's value when it has one).
  bool transport_given = false;
  bool host_given = false;
  bool port_given = false;
  bool path_given = false;
  std::vector<std::string> allowed_origins;
  std::vector<std::string> allowed_hosts;
  std::string tls_cert;
  std::string tls_key;
  std::size_t max_sessions = 1000;
  std::size_t max_requests_per_session = 64;  // in flight, HTTP and stdio
  std::size_t max_sessions_per_client = 100;  // per principal, or per address without auth
  std::size_t max_batch_size = 64;            // elements of one JSON-RPC batch
  int max_input_rounds = 10;  // input_required rounds per call of a 2026-07-28 client
  std::chrono::seconds session_idle_timeout{1800};
  bool legacy_sse = true;
  // authentication (HTTP)
  std::vector<std::string> auth_tokens;  // also MCPGW_AUTH_TOKENS (comma-separated)
  std::string oauth_issuer;
  std::string oauth_audience;
  std::string oauth_jwks_file;
  std::string oauth_jwks_url;
  std::vector<std::string> oauth_scopes;
  std::string oauth_resource;  // default: http(s)://HOST:PORT/PATH
  std::vector<std::string> oauth_authorization_servers;
  // metrics (docs/metrics.md)
  std::string metrics_listen;    // --metrics-listen ADDR: a listener serving only GET /metrics
  bool metrics_endpoint = true;  // --no-metrics: no /metrics on the HTTP server
  bool metrics_auth = true;      // --metrics-no-auth: the HTTP /metrics is open like /healthz
  // wrap mode
  std::string wrap_name = "server";
  std::vector<std::string> wrap_command;  // command then arguments
  std::vector<std::string> warnings;      // printed by the caller after logging is set up
  // The HTTP-only flags the command line set (--port, --auth-token, ...): without effect, and
  // warned about, when the transport turns out to be stdio.
  std::vector<std::string> http_only_flags;
};

struct ParseResult {
  bool run = false;    // false: exit at once with exit_code (help, version, or an error)
  int exit_code = kExitOk;
  Options options;
};

// Parses argv. Help and version text go to stdout, errors to stderr.
ParseResult ParseCommandLine(int argc, const char* const* argv, const char* loglevel_env);

// Maps LOGLEVEL / --log-level values (DEBUG, INFO, WARNING, WARN, ERROR, TRACE, any case) to
// spdlog names; empty when unknown.
std::string NormalizeLogLevel(std::string level);

}  // namespace mcpgw::cli
