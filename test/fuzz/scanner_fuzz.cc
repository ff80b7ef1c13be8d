// Fuzzes the tool scanner over what an upstream lists (src/scanner/tool_analyzer.h): the input is
// parsed as JSON and read by CatalogFromJson (a tools/list result, a response carrying one, a
// bare array of tools, or a capture with prompts, resources, resourceTemplates and instructions),
// then reviewed by ToolAnalyzer::Analyze, the call the scanner gate makes on every upstream's
// catalog. Input that is not JSON is reviewed as one free-text description and one name.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - one item per object in tools, prompts, resources and resourceTemplates, plus one for
//    non-empty instructions (first); report.tools counts the object tools;
//  - each item's findings are sorted worst first; the server's severity and score are the worst
//    item's; counts[] adds up to the findings of every item;
//  - evidence is bounded and printable on a terminal: no ESC or other C0 control byte except
//    '\t' and '\n' (invisible characters are shown as <U+...>, <ESC>).
#include <algorithm>
#include <boost/json/parse.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "scanner/tool_analyzer.h"

namespace {

namespace json = boost::json;
using mcpgw::scanner::Finding;
using mcpgw::scanner::Severity;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

// Built once: compiling the rule set under the sanitizers must not count against an input.
std::shared_ptr<const mcpgw::scanner::ToolAnalyzer> analyzer;

void CheckFindings(const std::vector<Finding>& findings) {
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    Check(!f.rule_id.empty() && !f.category.empty());
    if (i > 0) Check(findings[i - 1].severity >= f.severity);
    Check(f.evidence.size() <= 1024);
    for (unsigned char c : f.evidence) Check(c >= 0x20 || c == '\t' || c == '\n');
  }
}

std::size_t Objects(const json::array& list) {
  return static_cast<std::size_t>(
      std::count_if(list.begin(), list.end(), [](const json::value& v) { return v.is_object(); }));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto created = mcpgw::scanner::ToolAnalyzer::Create();
  if (!created) __builtin_trap();
  analyzer = *created;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 256;
  const json::value value = json::parse(text, ec, {}, options);
  if (ec) {
    CheckFindings(analyzer->AnalyzeText(text, "description"));
    CheckFindings(analyzer->AnalyzeText(text.substr(0, 256), "name", /*is_name=*/true));
    return 0;
  }
  auto catalog = mcpgw::scanner::CatalogFromJson(value);
  if (!catalog) {
    Check(!catalog.error().message.empty());
    return 0;
  }
  const mcpgw::scanner::ServerReport report = analyzer->Analyze("fuzz", *catalog);
  const std::size_t tools = Objects(catalog->tools);
  Check(report.tools == tools);
  Check(report.items.size() == (catalog->instructions.empty() ? 0 : 1) + tools +
                                   Objects(catalog->prompts) + Objects(catalog->resources) +
                                   Objects(catalog->resource_templates));
  std::size_t total = 0;
  int worst_score = 0;
  Severity worst = Severity::kInfo;
  for (const auto& item : report.items) {
    CheckFindings(item.findings);
    total += item.findings.size();
    worst_score = std::max(worst_score, item.score);
    worst = std::max(worst, item.severity);
    if (!item.findings.empty()) Check(item.severity >= Severity::kInfo);
  }
  if (!catalog->instructions.empty())
    Check(report.items.front().kind == mcpgw::scanner::ItemKind::kInstructions);
  Check(report.score == worst_score && report.severity == worst);
  std::size_t counted = 0;
  for (std::size_t c : report.counts) counted += c;
  Check(counted == total);
  return 0;
}
