// DefinitionDiff: what changed between an approved definition and the one a server lists now,
// field by field, for `mcp-gateway pins diff` and the gateway's log.
//
// Paths name JSON members with '.' and array elements with [i] ("inputSchema.properties.path",
// "inputSchema.required[]"). Objects are compared member by member; arrays holding only scalars
// (required, enum) are compared as sets and report each added or removed element at "path[]";
// other arrays element by element. Strings that differ are shown as a text diff: by line when
// either holds a newline, else by word.
//
// Threading: pure functions.
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::pins {

struct FieldChange {
  enum class Op { kAdded, kRemoved, kChanged };
  std::string path;
  Op op = Op::kChanged;
  boost::json::value before;  // null for kAdded
  boost::json::value after;   // null for kRemoved
};

const char* FieldChangeOpName(FieldChange::Op op);  // "added", "removed", "changed"

// The changes from `before` to `after` (empty when equal), in path order of `before` then new
// members of `after`.
std::vector<FieldChange> DiffDefinitions(const boost::json::value& before,
                                         const boost::json::value& after);

// A text diff of two strings as lines "  same", "- old", "+ new". By line when either text holds
// a newline, else by word (each line then holds one run of words). Inputs whose token counts
// multiply past ~4 million are shown as one removal and one addition.
std::vector<std::string> TextDiff(std::string_view before, std::string_view after);

// The readable rendering of `changes`, each line prefixed with `indent`.
std::string RenderChanges(const std::vector<FieldChange>& changes, std::string_view indent);

}  // namespace mcpgw::pins
