// PinItem: what a pin is taken of — one tool's full definition, or a server's instructions — in
// canonical form (canonical_json.h) with its SHA-256.
//
// A tool's definition is the whole tool object as the server lists it (name, title, description,
// inputSchema, outputSchema, annotations, icons, and any other member) except "_meta", which is
// protocol metadata the model never reads. The instructions pin is the canonical JSON string of
// the server's InitializeResult.instructions (absent instructions are not pinned).
//
// Threading: plain values and pure functions.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

namespace mcpgw::pins {

enum class PinKind {
  kTool,          // name is the tool's name as the server lists it (not the namespaced name)
  kInstructions,  // name is empty
};

// "tool" or "instructions", the text stored and shown for a kind.
const char* PinKindName(PinKind kind);
// The inverse of PinKindName; false for an unknown text.
bool ParsePinKind(std::string_view text, PinKind& kind);

struct PinItem {
  PinKind kind = PinKind::kTool;
  std::string name;
  std::string definition;  // canonical JSON
  std::string hash;        // lower-case hex SHA-256 of `definition`
};

// The pin of one entry of a tools/list result. A tool without a string "name" gets name "".
PinItem ToolPin(const boost::json::object& tool);

// The pin of a server's instructions.
PinItem InstructionsPin(std::string_view instructions);

// Lower-case hex SHA-256 (OpenSSL) of `bytes`.
std::string Sha256Hex(std::string_view bytes);

}  // namespace mcpgw::pins
