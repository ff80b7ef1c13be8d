// Parsing a hand-edited JSON config file (an mcp.json, the guards config, a policy file, the pin
// settings): a UTF-8 byte order mark is skipped, // and /* */ comments are blanked by the JSONC
// scanner before Boost.JSON reads the text (Boost.JSON 1.81 does not close "/* a **/" where the
// scanner does, so every reader and the in-place editor agree on where a comment ends), and
// trailing commas are allowed.
//
// Threading: pure functions. Failure: `ec` is set and the returned value is null.
#pragma once

#include <boost/json/fwd.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/system/error_code.hpp>

#include <string>
#include <string_view>

namespace mcpgw::config {

// The UTF-8 byte order mark some editors write at a file's start.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Comments and trailing commas allowed (comments are blanked first all the same: see above).
boost::json::parse_options JsoncParseOptions();

// `text` without its byte order mark and with its comments blanked (offsets and line numbers are
// those of `text` after the mark).
std::string JsoncParseText(std::string_view text);

// JsoncParseText(text) parsed with JsoncParseOptions().
boost::json::value ParseJsoncValue(std::string_view text, boost::system::error_code& ec);

}  // namespace mcpgw::config
