#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <iostream>

#include "config/endpoint_path.h"

namespace mcpgw::cli {
namespace {

constexpr const char* kExitCodesText =
    "More commands (each with its own --help):\n"
    "  audit    Query and verify the audit store: mcp-gateway audit [list|tail|stats|verify|export]\n"
    "  pins     Tool pins (rug-pull defence): mcp-gateway pins list|diff|approve|reset\n"
    "  policy   Check a policy offline: mcp-gateway policy test --config FILE --call CALL.json\n"
    "Exit codes: 0 clean shutdown; 1 runtime failure; 2 usage error (bad option or plugin);\n"
    "            3 configuration error (missing, unreadable or malformed file).\n"
    "Environment: LOGLEVEL=DEBUG|INFO|WARNING|ERROR sets the log level (logs go to stderr).";

// A number of seconds that must be above zero. CLI::PositiveNumber's message prints the whole
// double range (300 digits); this one says what is wanted.
const CLI::Validator kPositiveSeconds(
    [](std::string& input) -> std::string {
      double value = 0;
      if (!CLI::detail::lexical_cast(input, value) || !(value > 0) || value > 1e9)
        return "must be a number of seconds above 0 (e.g. 0.5 or 60), got '" + input + "'";
      return {};
    },
    "SECONDS>0");

void AddCommonOptions(CLI::App& app, Options& o, double& timeout_s, double& max_timeout_s,
                      double& init_timeout_s, double& ping_s, double& init_wait_s) {
  app.add_option("--config", o.gateway_config_path,
                 "The gateway's config file (guards, rules, vault); default "
                 "~/.mcp-gateway/config.json when present");
  app.add_option("--audit-db", o.audit_db,
                 "Record every call in this audit database (SQLite; see docs/audit.md)");
  app.add_option("--deny-tool", o.deny_tools,
                 "Refuse calls to tools matching SERVER/TOOL (glob, repeatable), e.g. 'fs/write_*'");
  app.add_option("--page-size", o.page_size,
                 "Items per page of tools/prompts/resources lists (0: one page)")
      ->capture_default_str();
  app.add_option("--ping-interval", ping_s,
                 "Ping an upstream silent this many seconds; restart it if it does not answer "
                 "(0: never)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_option("-p,--plugin", o.plugins,
                 "Enable a plugin (repeatable): basic, presidio, lasso, xetrack, ...");
  app.add_option("--request-timeout", timeout_s, "Seconds to wait for an upstream answer")
      ->check(kPositiveSeconds)
      ->capture_default_str();
  app.add_option("--max-request-timeout", max_timeout_s,
                 "Hard limit in seconds, even when progress notifications extend a request")
      ->check(kPositiveSeconds)
      ->capture_default_str();
  app.add_option("--init-timeout", init_timeout_s,
                 "Seconds an upstream may take to start and initialize")
      ->check(kPositiveSeconds)
      ->capture_default_str();
  app.add_option("--initialize-wait", init_wait_s,
                 "Seconds a client's initialize waits for servers still starting; later ones are "
                 "announced with list_changed (aggregate mode; 0: answer at once)")
      ->check(CLI::Range(0.0, 3600.0))
      ->capture_default_str();
  app.add_option("--max-message-size", o.max_message_size,
                 "Largest JSON-RPC message accepted or sent, in bytes")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30))
      ->capture_default_str();
  app.add_option("--log-level", o.log_level, "trace, debug, info, warning or error");

  // Serving over HTTP.
  app.add_option("--transport", o.transport, "How clients reach the gateway: stdio or http")
      ->check(CLI::IsMember({"stdio", "http"}))
      ->capture_default_str();
  app.add_option("--host", o.host, "HTTP bind address (loopback by default)")->capture_default_str();
  app.add_option("--port", o.port, "HTTP port (0: any free port, logged)")->capture_default_str();
  app.add_option("--path", o.path, "Streamable HTTP endpoint path ('mcp' means '/mcp')")
      ->capture_default_str();
  app.add_option("--allowed-origin", o.allowed_origins,
                 "Origin allowed to call the HTTP endpoint (repeatable; '*' for any); default: "
                 "loopback origins only");
  app.add_option("--allowed-host", o.allowed_hosts,
                 "Host header value accepted (repeatable); default: loopback names on a "
                 "loopback bind");
  app.add_option("--tls-cert", o.tls_cert, "PEM certificate chain: serve HTTPS");
  app.add_option("--tls-key", o.tls_key, "PEM private key for --tls-cert");
  app.add_option("--max-sessions", o.max_sessions, "Concurrent HTTP sessions")
      ->capture_default_str();
  app.add_option("--max-requests-per-session", o.max_requests_per_session,
                 "Requests in flight per client session (HTTP and stdio)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--max-sessions-per-client", o.max_sessions_per_client,
                 "HTTP sessions per principal (token subject or API key), or per source "
                 "address without authentication")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--max-batch-size", o.max_batch_size, "Messages in one JSON-RPC batch")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--max-input-rounds", o.max_input_rounds,
                 "input_required rounds one call of a 2026-07-28 client may take (bridge and "
                 "pass-through); the next one ends the call")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  std::function<void(const double&)> set_idle = [&o](const double& seconds) {
    o.session_idle_timeout = std::chrono::seconds(static_cast<long long>(seconds));
  };
  app.add_option_function<double>("--session-idle-timeout", set_idle,
                                  "Seconds before an idle HTTP session expires (default 1800)")
      ->check(kPositiveSeconds);
  app.add_flag("!--no-legacy-sse", o.legacy_sse, "Do not serve the legacy /sse endpoint");
  app.add_option("--metrics-listen", o.metrics_listen,
                 "Also serve GET /metrics (Prometheus) on HOST:PORT, [IPv6]:PORT or PORT "
                 "(loopback), e.g. with the stdio transport");
  app.add_flag("!--no-metrics", o.metrics_endpoint, "Do not serve /metrics on the HTTP endpoint");
  app.add_flag("!--metrics-no-auth", o.metrics_auth,
               "Serve the HTTP endpoint's /metrics without authentication (like /healthz)");
  app.add_option("--auth-token", o.auth_tokens,
                 "Static bearer token / API key accepted (repeatable; prefer the "
                 "MCPGW_AUTH_TOKENS environment variable, comma-separated)");
  app.add_option("--oauth-issuer", o.oauth_issuer,
                 "Validate OAuth 2.1 JWT access tokens from this issuer");
  app.add_option("--oauth-audience", o.oauth_audience,
                 "Required token audience (default: the resource URL)");
  app.add_option("--oauth-jwks-file", o.oauth_jwks_file, "JWKS file with the issuer's keys");
  app.add_option("--oauth-jwks-url", o.oauth_jwks_url, "JWKS URL with the issuer's keys");
  app.add_option("--oauth-scope", o.oauth_scopes, "Scope every token must carry (repeatable)");
  app.add_option("--oauth-resource", o.oauth_resource,
                 "This gateway's resource URL (default: http(s)://HOST:PORT/PATH)");
  app.add_option("--oauth-authorization-server", o.oauth_authorization_servers,
                 "Authorization server to advertise (repeatable; default: the issuer)");
}

std::chrono::milliseconds Millis(double seconds) {
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000.0));
}

}  // namespace

std::string NormalizeLogLevel(std::string level) {
  std::transform(level.begin(), level.end(), level.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (level == "warning" || level == "warn") return "warn";
  if (level == "error" || level == "critical") return "err";
  if (level == "debug" || level == "info" || level == "trace") return level;
  return {};
}

ParseResult ParseCommandLine(int argc, const char* const* argv, const char* loglevel_env) {
  ParseResult result;
  Options& o = result.options;
  if (loglevel_env && *loglevel_env) o.log_level = loglevel_env;
  double timeout_s = 60, max_timeout_s = 600, init_timeout_s = 60, ping_s = 30, init_wait_s = 2;

  CLI::App app{
      "mcp-gateway: a security gateway for the Model Context Protocol.\n"
      "Serves every MCP server of an mcp.json through one MCP endpoint, on stdio or over\n"
      "Streamable HTTP (--transport http).",
      "mcp-gateway"};
  app.footer(kExitCodesText);
  app.set_version_flag("-V,--version", std::string("mcp-gateway ") + MCPGW_VERSION);
  app.add_option("--mcp-json-path", o.config_path,
                 "MCP client config file (Claude Desktop, Cursor, VS Code, Windsurf, Zed, "
                 "Continue); without it the embedded demo config is served");
  app.add_flag("--scan", o.scan, "Scan servers before loading them");
  app.add_flag("--scan-fail-closed", o.scan_fail_closed,
               "With --scan: a server whose reputation cannot be established is blocked");

  std::vector<std::string> guardrails, tracing;
  app.add_option("--enable-guardrails", guardrails, "Deprecated: use --plugin")
      ->expected(0, 1)
      ->default_str("basic");
  app.add_option("--enable-tracing", tracing, "Deprecated: use --plugin")
      ->expected(0, 1)
      ->default_str("xetrack");
  app.add_option("--separator", o.separator,
                 "Text between server and tool names in exposed names")
      ->capture_default_str();
  app.add_flag("--no-prefix", o.no_prefix,
               "Expose upstream names unchanged (refused at start when two servers collide)");
  AddCommonOptions(app, o, timeout_s, max_timeout_s, init_timeout_s, ping_s, init_wait_s);

  CLI::App* wrap = app.add_subcommand(
      "stdio", "Wrap one stdio MCP server transparently (names unchanged): "
               "mcp-gateway stdio [--name NAME] [-p NAME]... -- COMMAND [ARGS...]");
  wrap->footer(kExitCodesText);
  // Without its own version flag, `stdio --version` would fail on the missing command.
  wrap->set_version_flag("-V,--version", std::string("mcp-gateway ") + MCPGW_VERSION);
  wrap->add_option("--name", o.wrap_name, "Name of the wrapped server in logs and metadata")
      ->capture_default_str();
  AddCommonOptions(*wrap, o, timeout_s, max_timeout_s, init_timeout_s, ping_s, init_wait_s);
  wrap->add_option("command", o.wrap_command, "The server command and its arguments, after --")
      ->required();

  CLI::App* decrypt = app.add_subcommand(
      "decrypt", "Decrypt values the PII guard's encrypt operator produced: "
                 "mcp-gateway decrypt --key KEY [TOKEN]... (tokens from stdin when none)");
  decrypt->add_option("--key", o.decrypt_key,
                      "The operator's key (64 hex digits or base64); default $MCPGW_ENCRYPT_KEY");
  decrypt->add_option("token", o.decrypt_tokens, "<ENC:...> tokens");

  CLI::App* scan = app.add_subcommand(
      "scan", "Scan every server of a config (or a saved tools/list) for tool poisoning without "
              "serving: mcp-gateway scan [--mcp-json-path P | --tools-file F] [--json|--sarif]");
  scan->add_option("--mcp-json-path", o.config_path, "MCP client config file to scan");
  scan->add_option("--tools-file", o.scan_command.tools_file, "A saved tools/list answer (- for stdin)");
  scan->add_flag("--json", o.scan_command.json, "JSON report on stdout");
  scan->add_flag("--sarif", o.scan_command.sarif, "SARIF 2.1.0 report on stdout");
  scan->add_flag("--verbose", o.scan_command.verbose, "List low and info findings too");
  AddCommonOptions(*scan, o, timeout_s, max_timeout_s, init_timeout_s, ping_s, init_wait_s);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    result.exit_code = app.exit(e) == 0 ? kExitOk : kExitUsage;
    return result;
  }

  o.wrap = wrap->parsed();
  o.decrypt = decrypt->parsed();
  o.scan_command.run = scan->parsed();
  const CLI::App& given = o.wrap ? *wrap : app;
  o.transport_given = given.count("--transport") > 0;
  o.host_given = given.count("--host") > 0;
  o.port_given = given.count("--port") > 0;
  o.path_given = given.count("--path") > 0;
  const std::size_t guardrail_count = app.count("--enable-guardrails");
  const std::size_t tracing_count = app.count("--enable-tracing");
  if (guardrail_count > 0) {
    o.warnings.push_back("--enable-guardrails is deprecated; use --plugin NAME");
    if (guardrails.empty()) guardrails.push_back("basic");
    o.plugins.insert(o.plugins.end(), guardrails.begin(), guardrails.end());
  }
  if (tracing_count > 0) {
    o.warnings.push_back("--enable-tracing is deprecated; use --plugin NAME");
    if (tracing.empty()) tracing.push_back("xetrack");
    o.plugins.insert(o.plugins.end(), tracing.begin(), tracing.end());
  }
  const std::string level = NormalizeLogLevel(o.log_level);
  if (level.empty()) {
    std::cerr << "mcp-gateway: unknown log level '" << o.log_level
              << "' (use TRACE, DEBUG, INFO, WARNING or ERROR)\n";
    result.exit_code = kExitUsage;
    return result;
  }
  o.log_level = level;
  if (o.wrap && o.separator != "_") {
    std::cerr << "mcp-gateway: --separator does not apply to the stdio wrap mode\n";
    result.exit_code = kExitUsage;
    return result;
  }
  o.path = config::NormalizeEndpointPath(o.path);
  // HTTP-only settings have no effect on stdio; the caller warns once the transport is known
  // (the config file may choose it).
  for (const char* flag :
       {"--host", "--port", "--path", "--allowed-origin", "--allowed-host", "--tls-cert",
        "--tls-key", "--max-sessions", "--max-requests-per-session", "--session-idle-timeout",
        "--no-legacy-sse", "--auth-token", "--oauth-issuer", "--oauth-audience",
        "--oauth-jwks-file", "--oauth-jwks-url", "--oauth-scope", "--oauth-resource",
        "--oauth-authorization-server", "--no-metrics", "--metrics-no-auth"}) {
    if (given.count(flag) > 0) o.http_only_flags.push_back(flag);
  }
  o.request_timeout = Millis(timeout_s);
  o.max_request_timeout = Millis(std::max(max_timeout_s, timeout_s));
  o.initialize_timeout = Millis(init_timeout_s);
  o.ping_interval = Millis(ping_s);
  o.initialize_wait = Millis(init_wait_s);
  result.run = true;
  return result;
}

}  // namespace mcpgw::cli
