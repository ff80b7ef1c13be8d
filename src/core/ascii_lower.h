// AsciiLower: lower-cases ASCII letters only, whatever the process locale (HTTP header names,
// media types, host names and origins are compared case-insensitively in ASCII).
//
// Threading: pure function.
#pragma once

#include <string>
#include <string_view>

namespace mcpgw::core {

// `text` with 'A'..'Z' replaced by 'a'..'z'; every other byte unchanged.
std::string AsciiLower(std::string_view text);

}  // namespace mcpgw::core
