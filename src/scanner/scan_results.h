// ScannedServer and its three renderings for `mcp-gateway scan`: a table for a terminal, JSON
// (docs/scanner.md gives the shape) and SARIF 2.1.0 for CI pipelines (one result per finding,
// the rule table in tool.driver.rules, level error/warning/note from the severity).
//
// Threading: pure functions over plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "scanner/scan_policy.h"
#include "scanner/tool_analyzer.h"

namespace mcpgw::scanner {

struct ScannedServer {
  std::string server;
  std::string source;  // how it runs: "npx -y @scope/pkg", "http://host/mcp", "file.json"
  // "scanned", "skipped" ("blocked": "skipped" in its config), "disabled", "error" (could not be
  // started or listed; `error` says why).
  std::string status = "scanned";
  std::string error;
  std::optional<ServerReport> report;  // when scanned
  Decision decision;                   // when scanned
  // The package reputation check (docs/reputation.md): "passed", "blocked", "unknown" (no
  // registry configured, network failure, rate limited), or "n/a" (not a package: a local
  // command, a URL, a --tools-file). Its final score when one was computed, and its reason.
  std::string reputation = "n/a";
  std::optional<double> reputation_score;
  std::string reputation_reason;
  // The verdict column: "blocked" (by the tool analysis or by reputation), "hide N", "warn",
  // "passed", "skipped", "disabled", "error".
  std::string Verdict() const;
};

// The table: server, source, reputation (verdict and score), tools, findings by severity
// (C/H/M/L), verdict; then one line per
// finding of medium or worse (all findings with `verbose`) with its tool, rule and evidence.
std::string RenderTable(const std::vector<ScannedServer>& servers, bool verbose);

// Each server carries "reputation": {"verdict", "score" (when computed), "reason"}.
boost::json::object RenderJson(const std::vector<ScannedServer>& servers);

// `artifact` is the file the findings point at (the config or the tools file). Every result's
// properties carry the server's "reputation" verdict; a server blocked by reputation gets a
// result of rule "reputation.blocked" (level error); run.properties.reputation maps each
// server to its reputation verdict, score and reason.
boost::json::object RenderSarif(const std::vector<ScannedServer>& servers,
                                std::string_view artifact, std::string_view tool_version);

// True when the policy or the reputation check blocks at least one server: `scan` then exits
// non-zero.
bool AnyBlocked(const std::vector<ScannedServer>& servers);

}  // namespace mcpgw::scanner
