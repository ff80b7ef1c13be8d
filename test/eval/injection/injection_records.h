// The records of the injection/harmful evaluation sets (README.md, "Record format") and the one
// message the guard would score for each: its fields joined by newlines, with the offsets where
// each field after the first begins (what InjectionDetector::Analyze takes as boundaries).
// Shared by mcp-gateway-injection-eval and mcp-gateway-injection-cues.
//
// Threading: pure functions. Failures: LoadInjectionRecords returns false with `error` naming the
// file and line (unreadable file, a line that is not a JSON object, no fields[], a label other
// than attack|benign); nothing is appended past the bad line.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace mcpgw::eval {

struct InjectionRecord {
  std::string id, family, label, technique, lang, carrier;
  std::vector<std::string> fields;
};

bool LoadInjectionRecords(const std::string& path, std::vector<InjectionRecord>& out,
                          std::string& error);

// Fills `joined` and `boundaries` (both cleared first) from the record's fields.
void JoinFields(const InjectionRecord& record, std::string& joined,
                std::vector<std::size_t>& boundaries);

}  // namespace mcpgw::eval
