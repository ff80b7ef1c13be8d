// CorpusCase: one labelled entry of the scanner evaluation corpus (test/scan-eval/README.md), and
// the loader that reads a corpus file's {"cases": [...]} into them.
//
// A case is a tool definition as a server lists it ("tool"), optionally with server-level text
// ("server": {"instructions", "prompts", "resources"}) for attacks that live outside the tool
// (line jumping in the server's instructions, poisoned prompt or resource descriptions).
// Threading: plain values. Failures are values: the loader names the case and member that is wrong.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace mcpgw::scan_eval {

struct CorpusCase {
  std::string id;
  std::string family;        // attack family (poisoned) or kind of tool (risky_legit)
  std::string lang;          // language of the text, e.g. "en", "zh"
  boost::json::object tool;  // a tools/list entry; has a string "name"
  // Server-level text reviewed with the tool: only the members "instructions" (string),
  // "prompts" (array) and "resources" (array). nullopt when the case is the tool alone.
  std::optional<boost::json::object> server;
};

// Parses a corpus file's text. Errors: not JSON, no "cases" array, a case that is not an object,
// lacks a string id/family/lang or an object "tool" with a string "name", a "server" member that
// is not an object or holds other members or wrong types, or an id used twice.
Result<std::vector<CorpusCase>> ParseCorpus(std::string_view text);

// Reads and parses a corpus file; errors name the path (unreadable file or ParseCorpus's errors).
Result<std::vector<CorpusCase>> LoadCorpusFile(const std::string& path);

// The case as a saved capture ({"tools": [tool], "instructions", "prompts", "resources"}), the
// shape scanner::CatalogFromJson reads.
boost::json::object CaptureOf(const CorpusCase& c);

}  // namespace mcpgw::scan_eval
