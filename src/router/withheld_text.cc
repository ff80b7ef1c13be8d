#include "router/withheld_text.h"

namespace mcpgw::router {

namespace {

bool NameByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == ':' || c == '/' || c == '-';
}

}  // namespace

std::string SafeName(std::string_view name) {
  const bool cut = name.size() > kMaxSafeNameBytes;
  if (cut) name = name.substr(0, kMaxSafeNameBytes);
  std::string out;
  out.reserve(name.size() + 3);
  for (unsigned char c : name) out += NameByte(c) ? static_cast<char>(c) : '_';
  if (cut) out += "...";
  return out;
}

std::string SafeText(std::string_view text) {
  const bool cut = text.size() > kMaxSafeTextBytes;
  if (cut) text = text.substr(0, kMaxSafeTextBytes);
  std::string out;
  out.reserve(text.size() + 3);
  for (unsigned char c : text) out += c >= 0x20 && c <= 0x7e ? static_cast<char>(c) : '?';
  if (cut) out += "...";
  return out;
}

}  // namespace mcpgw::router
