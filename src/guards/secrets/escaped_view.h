// EscapedView: the text a JSON-style escaped string stands for, with a map back to the source.
//
// Tool results often carry documents inside documents: a JSON file read as text, a log line
// holding a serialized request. There a secret may be written "sk_live_\u0041..." or a
// connection string as "url\":\"postgres://u:p@h". The detector scans the decoded text too and
// maps each span back through source offsets, so an escape cannot hide a secret.
//
// Threading: pure function; the caller owns the buffers (reused across calls: no allocation
// once they have grown).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::guards::secrets {

// True when `text` holds at least one escape DecodeEscapes would decode.
bool HasEscapes(std::string_view text);

// Decodes \" \\ \/ \b \f \n \r \t and \uXXXX (as UTF-8; a lone surrogate becomes '?') into
// `decoded`; any other backslash is kept as is. `source` receives, for each decoded byte, the
// offset in `text` of the escape or character it came from, plus one final entry equal to
// text.size(), so decoded [b, e) maps back to text [source[b], source[e]).
void DecodeEscapes(std::string_view text, std::string& decoded,
                   std::vector<std::uint32_t>& source);

}  // namespace mcpgw::guards::secrets
