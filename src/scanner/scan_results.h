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
  // The verdict column: "blocked", "hide N", "warn", "passed", "skipped", "disabled", "error".
  std::string Verdict() const;
};

// The table: server, source, tools, findings by severity (C/H/M/L), verdict; then one line per
// finding of medium or worse (all findings with `verbose`) with its tool, rule and evidence.
std::string RenderTable(const std::vector<ScannedServer>& servers, bool verbose);

boost::json::object RenderJson(const std::vector<ScannedServer>& servers);

// `artifact` is the file the findings point at (the config or the tools file).
boost::json::object RenderSarif(const std::vector<ScannedServer>& servers,
                                std::string_view artifact, std::string_view tool_version);

// True when the policy blocks at least one server: `scan` then exits non-zero.
bool AnyBlocked(const std::vector<ScannedServer>& servers);

}  // namespace mcpgw::scanner
