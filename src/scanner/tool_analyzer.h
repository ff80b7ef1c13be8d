// ToolAnalyzer: reviews what one MCP server offers (its tools, prompts, resources and
// instructions) for tool poisoning: hidden instructions, concealment, secret-file access,
// exfiltration, shadowing of other tools, invisible or deceptive Unicode, ANSI escapes,
// encoded blobs and abnormal length. Every string of a tool definition is read: name, title,
// description, annotations, and every key and string value anywhere in inputSchema and
// outputSchema (enum, const, default, examples, $defs, ...). docs/scanner.md lists the rules.
//
// Each item gets findings, a score and an effective severity (scoring.h); the server's severity
// is the worst item's. The analyzer never decides what to do: scan_policy.h does.
//
// Threading: immutable after Create(); Analyze* are const and safe from any thread at once.
// Lifetime: shared as shared_ptr<const ToolAnalyzer>; reports are plain values.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "core/status.h"
#include "scanner/finding.h"
#include "scanner/text_scanner.h"
#include "upstream/upstream.h"

namespace re2 {
class RE2;
}

namespace mcpgw::scanner {

class ConceptCheck;
class DataFlowCheck;
class SteeringCheck;
class OutboundCheck;
class ParamDemand;

enum class ItemKind { kTool, kPrompt, kResource, kResourceTemplate, kInstructions };
// "tool", "prompt", "resource", "resource_template", "instructions".
const char* ItemKindName(ItemKind kind);

struct ItemReport {
  ItemKind kind = ItemKind::kTool;
  std::string name;  // the tool/prompt/resource name as the server sent it ("" for instructions)
  std::string uri;   // resources: the URI (what the router hides resources by)
  std::vector<Finding> findings;  // sorted by severity, worst first
  int score = 0;
  Severity severity = Severity::kInfo;
};

struct ServerReport {
  std::string server;
  std::size_t tools = 0;  // tools reviewed
  std::vector<ItemReport> items;  // every item reviewed, in catalog order (instructions first)
  int score = 0;                  // the worst item's
  Severity severity = Severity::kInfo;  // the worst item's
  // Findings per severity over all items, indexed by Severity.
  std::array<std::size_t, 5> counts{};
  const ItemReport* FindTool(std::string_view name) const;
};

struct AnalyzerOptions {
  std::size_t long_description = 4000;       // bytes: "abnormal.length" low
  std::size_t very_long_description = 12000;  // bytes: "abnormal.length" medium
  // The learned check (tool_model.h): an item whose prose the model scores at or above its
  // threshold gets "learned.poisoning" (medium).
  bool model = true;
};

class ToolAnalyzer {
 public:
  // Compiles the rules. Fails only if a rule does not compile (never for the built-in set). The
  // concept check is compiled once per process and shared (ConceptCheck::Shared()).
  static Result<std::shared_ptr<const ToolAnalyzer>> Create(AnalyzerOptions options = {});
  ~ToolAnalyzer();

  // Reviews a whole catalog. `server` names the report.
  ServerReport Analyze(std::string_view server, const upstream::Catalog& catalog) const;

  // Reviews one tool; `catalog_tools` are the names of every tool of the same server (references
  // to these are not shadowing).
  ItemReport AnalyzeTool(const boost::json::object& tool,
                         const std::vector<std::string>& catalog_tools) const;

  // Reviews one free-text string found at `location` (no structural checks); for tests and tools.
  std::vector<Finding> AnalyzeText(std::string_view text, std::string_view location,
                                   bool is_name = false) const;

 private:
  ToolAnalyzer() = default;
  struct Regexes;
  void ScanString(std::string_view text, const std::string& location, bool is_name,
                  std::vector<Finding>& out) const;
  // The structural directive check (docs/scanner.md, "directive.*"): per sentence, text that
  // addresses the model (or orders it in a later sentence) and reaches outside the tool.
  void CheckDirectives(std::string_view normalized, const std::string& location,
                       std::vector<Finding>& out) const;
  // Decodes base64/hex blobs and the encodings of encoded_text.h, and rescans what they hide.
  void ScanBlobs(std::string_view normalized, const std::string& location,
                 std::vector<Finding>& out) const;
  // Text that sends the user's data to a fixed outside address (outbound_check.h).
  void CheckOutbound(std::string_view text, const std::string& location,
                     std::vector<Finding>& out) const;
  // Private data moved to a sink, credentials asked of the user (data_flow_check.h). `params`:
  // the tool's parameter names, lower-case (empty outside a tool's description).
  void CheckDataFlow(std::string_view text, const std::string& location,
                     const std::vector<std::string>& params, std::vector<Finding>& out) const;
  // `severity` lowered by what the sentence around a finding says: the user decides ("unless the
  // user asks", "with the user's consent"), the audience is a third party (the customer, the
  // public), the call is read-only (for consent findings), a preference is scoped to one kind
  // of request. Unicode, ANSI, encoding and length findings are returned unchanged.
  Severity InContext(Severity severity, std::string_view rule_id, std::string_view category,
                     std::string_view sentence) const;
  // Orders about other tools, fixed claims, data promoted to orders (steering_check.h).
  void CheckSteering(std::string_view text, const std::string& location,
                     std::vector<Finding>& out) const;
  // Concept word sets meeting in one sentence (concept_check.h).
  void CheckConcepts(std::string_view text, const std::string& location,
                     std::vector<Finding>& out) const;
  // `cited`: the text shows the blob as a sample (its findings are lowered, not raised).
  // `hidden`: the part of `decoded` that was encoded (default: all of it), which is judged a
  // hidden sentence or not.
  void ScanDecoded(std::string_view decoded, std::string_view kind, const std::string& location,
                   std::vector<Finding>& out, bool cited = false,
                   std::optional<std::string_view> hidden = std::nullopt) const;
  // Reads every string of `value`; nesting beyond 64 levels is reported (abnormal.depth), not
  // walked.
  void WalkValue(const boost::json::value& value, std::string& location, bool keys_are_names,
                 std::vector<Finding>& out, int depth = 0) const;
  void CheckParameters(const boost::json::object& tool, std::string_view description,
                       std::vector<Finding>& out) const;
  // Properties at any depth whose own description asks for data no argument needs
  // (ConceptCheck::ParameterDemand): param_fill.demands_data.
  void CheckParameterDemands(const boost::json::value& schema, std::string_view description,
                             std::vector<Finding>& out) const;
  // Properties at any depth whose default, const or only enum value sends data to an outside
  // address: a copy recipient (exfiltration.preset_copy_recipient) or the destination itself
  // (exfiltration.preset_destination; preset_destination.h).
  void CheckPresetDestinations(const boost::json::value& schema, std::vector<Finding>& out) const;
  void CheckToolReferences(std::string_view normalized_description,
                           const std::vector<std::string>& catalog_tools,
                           std::vector<Finding>& out) const;
  // A tool annotated read-only or non-destructive whose name or opening verb says it deletes,
  // wipes, resets, sends or pays: deception.annotation_mismatch (clients auto-approve on hints).
  void CheckAnnotations(const boost::json::object& tool, std::string_view name,
                        std::string_view description, std::vector<Finding>& out) const;
  ItemReport AnalyzeGeneric(ItemKind kind, const boost::json::object& item) const;
  // The learned check over `prose` (tool_model.h): learned.poisoning at `location`.
  void CheckModel(std::string_view prose, std::string_view location,
                  std::vector<Finding>& out) const;

  AnalyzerOptions options_;
  std::shared_ptr<const TextScanner> scanner_;
  std::unique_ptr<Regexes> regexes_;
  std::unique_ptr<const ParamDemand> param_demand_;
  std::unique_ptr<const OutboundCheck> outbound_;
  std::shared_ptr<const ConceptCheck> concepts_;  // ConceptCheck::Shared()
  std::unique_ptr<const DataFlowCheck> data_flow_;
  std::unique_ptr<const SteeringCheck> steering_;
};

// Builds a catalog from a saved list: a tools/list result ({"tools": [...]}), a JSON-RPC
// response carrying one, a bare array of tools, or a capture with "tools", "prompts",
// "resources" and "instructions" members. Errors name what is missing.
Result<upstream::Catalog> CatalogFromJson(const boost::json::value& value);

}  // namespace mcpgw::scanner
