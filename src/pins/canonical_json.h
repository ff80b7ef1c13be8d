// Canonical JSON: one text per JSON value, so that two definitions that mean the same thing hash
// the same (the rule tool pins are computed with; docs/pinning.md states it for users).
//
// The rule:
//  - objects: members sorted by key, compared as UTF-8 bytes; a key given twice keeps its last
//    value (the parser's behaviour); no whitespace anywhere;
//  - strings: the decoded text re-encoded with the minimal escapes of RFC 8259 (`"`, `\`, and
//    control characters; `\b \f \n \r \t` short forms, other controls as \u00XX lower-case hex);
//    every other character, including non-ASCII, is written as its UTF-8 bytes;
//  - numbers: an integer value (a JSON integer, or a double with no fractional part whose
//    magnitude is below 2^53) is written in decimal without exponent or sign for zero, so 1, 1.0
//    and 1e0 are the same; any other double is written in the shortest form that reads back to
//    the same double (std::to_chars);
//  - arrays keep their order; true, false and null as themselves.
//
// Threading: pure functions.
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <string_view>

namespace mcpgw::pins {

// The canonical text of `value`. Never fails.
std::string CanonicalJson(const boost::json::value& value);
// The canonical text of `object` without its member `omit` (at the top level only), without
// copying the object.
std::string CanonicalJsonWithout(const boost::json::object& object, std::string_view omit);

}  // namespace mcpgw::pins
