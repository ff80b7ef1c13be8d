#include "scanner/scan_results.h"

#include <boost/json/array.hpp>

#include <algorithm>
#include <map>
#include <sstream>

#include "scanner/scan_rules.h"

namespace mcpgw::scanner {

namespace json = boost::json;

namespace {

std::string Pad(std::string s, std::size_t width) {
  // Width in code points, so non-ASCII names line up.
  std::size_t cps = 0;
  for (unsigned char c : s) cps += (c & 0xC0) != 0x80;
  if (cps > width) {
    std::string cut;
    std::size_t n = 0;
    for (unsigned char c : s) {
      if ((c & 0xC0) != 0x80 && ++n > width - 1) break;
      cut += static_cast<char>(c);
    }
    return cut + "~";
  }
  return s + std::string(width - cps, ' ');
}

// "passed 72", "unknown", "n/a".
std::string ReputationCell(const ScannedServer& s) {
  if (!s.reputation_score) return s.reputation;
  return s.reputation + " " + std::to_string(static_cast<int>(*s.reputation_score + 0.5));
}

json::object ReputationJson(const ScannedServer& s) {
  json::object o{{"verdict", s.reputation}};
  if (s.reputation_score) o["score"] = *s.reputation_score;
  if (!s.reputation_reason.empty()) o["reason"] = s.reputation_reason;
  return o;
}

const char* SarifLevel(Severity s) {
  return s >= Severity::kHigh ? "error" : s == Severity::kMedium ? "warning" : "note";
}

}  // namespace

std::string ScannedServer::Verdict() const {
  if (reputation == "blocked" && status != "skipped" && status != "disabled") return "blocked";
  if (status != "scanned") return status;
  if (decision.action == ServerAction::kHide)
    return "hide " + std::to_string(decision.hidden.size());
  return ServerActionName(decision.action);
}

std::string RenderTable(const std::vector<ScannedServer>& servers, bool verbose) {
  std::ostringstream out;
  out << Pad("SERVER", 22) << " " << Pad("SOURCE", 38) << " " << Pad("REPUTATION", 12) << " "
      << Pad("TOOLS", 5) << "  "
      << Pad("CRIT", 4) << " " << Pad("HIGH", 4) << " " << Pad("MED", 4) << " " << Pad("LOW", 4)
      << "  VERDICT\n";
  for (const ScannedServer& s : servers) {
    out << Pad(s.server, 22) << " " << Pad(s.source, 38) << " " << Pad(ReputationCell(s), 12)
        << " ";
    if (s.report) {
      const auto& c = s.report->counts;
      out << Pad(std::to_string(s.report->tools), 5) << "  " << Pad(std::to_string(c[4]), 4)
          << " " << Pad(std::to_string(c[3]), 4) << " " << Pad(std::to_string(c[2]), 4) << " "
          << Pad(std::to_string(c[1]), 4);
    } else {
      out << Pad("-", 5) << "  " << Pad("-", 4) << " " << Pad("-", 4) << " " << Pad("-", 4) << " "
          << Pad("-", 4);
    }
    out << "  " << s.Verdict();
    if (!s.error.empty()) out << " (" << s.error << ")";
    if (s.reputation == "blocked") out << " (reputation: " << s.reputation_reason << ")";
    out << "\n";
  }
  bool header = false;
  for (const ScannedServer& s : servers) {
    if (!s.report) continue;
    for (const ItemReport& item : s.report->items) {
      for (const Finding& f : item.findings) {
        if (!verbose && f.severity < Severity::kMedium) continue;
        if (!header) {
          out << "\nFindings" << (verbose ? "" : " (medium and above; --verbose for all)") << ":\n";
          header = true;
        }
        out << "  [" << SeverityName(f.severity) << "] " << s.server << " / "
            << ItemKindName(item.kind) << " " << (item.name.empty() ? "-" : item.name) << " / "
            << f.location << ": " << f.rule_id << "\n      " << f.evidence << "\n";
      }
    }
  }
  return out.str();
}

json::object RenderJson(const std::vector<ScannedServer>& servers) {
  json::array list;
  for (const ScannedServer& s : servers) {
    json::object o;
    o["server"] = s.server;
    o["source"] = s.source;
    o["status"] = s.status;
    o["verdict"] = s.Verdict();
    o["reputation"] = ReputationJson(s);
    if (!s.error.empty()) o["error"] = s.error;
    if (s.report) {
      o["score"] = s.report->score;
      o["severity"] = SeverityName(s.report->severity);
      o["tools"] = s.report->tools;
      json::object counts;
      for (int i = 4; i >= 0; --i)
        counts[SeverityName(static_cast<Severity>(i))] = s.report->counts[i];
      o["findings_by_severity"] = std::move(counts);
      json::array hidden;
      for (const HiddenItem& h : s.decision.hidden) {
        hidden.push_back(json::object{{"kind", ItemKindName(h.kind)}, {"name", h.name},
                                      {"reason", h.reason}});
      }
      o["hidden"] = std::move(hidden);
      if (!s.decision.reason.empty()) o["reason"] = s.decision.reason;
      json::array items;
      for (const ItemReport& item : s.report->items) {
        if (item.findings.empty()) continue;
        json::array findings;
        for (const Finding& f : item.findings) {
          findings.push_back(json::object{{"rule", f.rule_id},
                                          {"category", f.category},
                                          {"severity", SeverityName(f.severity)},
                                          {"location", f.location},
                                          {"evidence", f.evidence},
                                          {"message", f.message}});
        }
        items.push_back(json::object{{"kind", ItemKindName(item.kind)},
                                     {"name", item.name},
                                     {"score", item.score},
                                     {"severity", SeverityName(item.severity)},
                                     {"findings", std::move(findings)}});
      }
      o["items"] = std::move(items);
    }
    list.push_back(std::move(o));
  }
  return json::object{{"version", 1}, {"blocked", AnyBlocked(servers)},
                      {"servers", std::move(list)}};
}

json::object RenderSarif(const std::vector<ScannedServer>& servers, std::string_view artifact,
                         std::string_view tool_version) {
  // Rules: every built-in text rule plus the analyzer's own ids seen in the results.
  std::map<std::string, std::pair<std::string, std::string>> rules;  // id -> category, text
  for (const TextRule& r : BuiltinTextRules())
    rules[std::string(r.id)] = {std::string(r.category), std::string(r.message)};
  json::array results;
  json::object reputations;
  for (const ScannedServer& s : servers) {
    reputations[s.server] = ReputationJson(s);
    if (s.reputation == "blocked") {
      rules.emplace("reputation.blocked",
                    std::make_pair("reputation", "The server's package has a low reputation "
                                                 "score (owner, repository, downloads)."));
      results.push_back(json::object{
          {"ruleId", "reputation.blocked"},
          {"level", "error"},
          {"message", json::object{{"text", "Package reputation blocks server '" + s.server +
                                                "': " + s.reputation_reason}}},
          {"locations",
           json::array{json::object{
               {"physicalLocation",
                json::object{{"artifactLocation", json::object{{"uri", std::string(artifact)}}}}},
               {"logicalLocations",
                json::array{json::object{{"fullyQualifiedName", s.server},
                                         {"name", s.server},
                                         {"kind", "module"}}}}}}},
          {"properties", json::object{{"server", s.server},
                                      {"reputation", s.reputation},
                                      {"verdict", s.Verdict()}}}});
    }
    if (!s.report) continue;
    for (const ItemReport& item : s.report->items) {
      for (const Finding& f : item.findings) {
        rules.emplace(f.rule_id, std::make_pair(f.category, f.message));
        const std::string where = s.server + "/" + ItemKindName(item.kind) + "/" +
                                  (item.name.empty() ? "-" : item.name) + "/" + f.location;
        json::object location{
            {"physicalLocation",
             json::object{{"artifactLocation", json::object{{"uri", std::string(artifact)}}}}},
            {"logicalLocations",
             json::array{json::object{{"fullyQualifiedName", where},
                                      {"name", item.name},
                                      {"kind", item.kind == ItemKind::kTool ? "function"
                                                                            : "resource"}}}}};
        results.push_back(json::object{
            {"ruleId", f.rule_id},
            {"level", SarifLevel(f.severity)},
            {"message", json::object{{"text", f.message + " Evidence: " + f.evidence}}},
            {"locations", json::array{std::move(location)}},
            {"properties", json::object{{"severity", SeverityName(f.severity)},
                                        {"category", f.category},
                                        {"server", s.server},
                                        {"item", item.name},
                                        {"reputation", s.reputation},
                                        {"verdict", s.Verdict()}}}});
      }
    }
  }
  json::array rule_list;
  for (const auto& [id, info] : rules) {
    rule_list.push_back(json::object{
        {"id", id},
        {"shortDescription", json::object{{"text", info.second}}},
        {"properties", json::object{{"category", info.first}}}});
  }
  json::object driver{{"name", "mcp-gateway-scan"},
                      {"version", std::string(tool_version)},
                      {"rules", std::move(rule_list)}};
  json::object run{{"tool", json::object{{"driver", std::move(driver)}}},
                   {"results", std::move(results)},
                   {"properties", json::object{{"reputation", std::move(reputations)}}}};
  return json::object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", json::array{std::move(run)}}};
}

bool AnyBlocked(const std::vector<ScannedServer>& servers) {
  return std::any_of(servers.begin(), servers.end(), [](const ScannedServer& s) {
    return (s.status == "scanned" && s.decision.action == ServerAction::kBlock) ||
           s.Verdict() == "blocked";
  });
}

}  // namespace mcpgw::scanner
