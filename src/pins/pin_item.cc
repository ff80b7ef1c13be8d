#include "pins/pin_item.h"

#include <openssl/evp.h>

#include <boost/json/value.hpp>

#include "pins/canonical_json.h"

namespace mcpgw::pins {

const char* PinKindName(PinKind kind) { return kind == PinKind::kTool ? "tool" : "instructions"; }

bool ParsePinKind(std::string_view text, PinKind& kind) {
  if (text == "tool") {
    kind = PinKind::kTool;
  } else if (text == "instructions") {
    kind = PinKind::kInstructions;
  } else {
    return false;
  }
  return true;
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(size * 2);
  for (unsigned int i = 0; i < size; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 0xf]);
  }
  return hex;
}

PinItem ToolPin(const boost::json::object& tool) {
  PinItem item;
  item.kind = PinKind::kTool;
  if (const auto* name = tool.if_contains("name"); name && name->is_string())
    item.name = std::string(name->get_string());
  item.definition = CanonicalJsonWithout(tool, "_meta");
  item.hash = Sha256Hex(item.definition);
  return item;
}

PinItem InstructionsPin(std::string_view instructions) {
  PinItem item;
  item.kind = PinKind::kInstructions;
  item.definition = CanonicalJson(boost::json::value(boost::json::string(instructions)));
  item.hash = Sha256Hex(item.definition);
  return item;
}

}  // namespace mcpgw::pins
