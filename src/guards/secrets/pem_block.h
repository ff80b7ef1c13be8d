// PemBlockEnd: where a private key block ends, however the document wraps or escapes it.
//
// A key may arrive with real newlines, CRLF, "\n" escapes inside a JSON string (a GCP service
// account file read as text), doubled "\\n", "\/" or "\u002f" escapes, or split across quoted
// string pieces. The body is everything up to the matching "-----END ...-----"; when the END
// line is missing (a truncated paste) the block runs over base64 and separator characters.
//
// Threading: pure function.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace mcpgw::guards::secrets {

// `body_begin` is the offset just past a "-----BEGIN ... PRIVATE KEY...-----" header in `text`.
// Returns the offset one past the block's last byte (the END line's closing "-----", or the
// last body character of a truncated block), or nullopt when what follows is not a key body
// (fewer than 64 base64 characters: a mention of the header in code or prose, "..." elisions).
std::optional<std::size_t> PemBlockEnd(std::string_view text, std::size_t body_begin);

}  // namespace mcpgw::guards::secrets
