// Encoded runs: stretches of text that are base64 (also split over several lines), hex or
// percent-encoding of readable text, and the rot13 decoding of a window; and (FindEscapedRuns)
// text written as character escapes or codes, reversed, or disguised letter by letter. The injection detector decodes them and rescans what they
// hide; a run whose decoding is not readable text (an image, a hash, a key) is ignored.
//
// Threading: pure functions (OpenSSL's and Boost.URL's decoders are reentrant).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::guards::injection {

enum class Encoding {
  kBase64,
  kBase32,     // RFC 4648 base32 (A-Z, 2-7, '=' padding) of readable text
  kHex,
  kPercent,
  kEntities,   // HTML numeric character references: &#67;&#108; or &#x43;
  kEscapes,    // \u0043\u006c, \u{43}, \x43 escapes
  kCharCodes,  // decimal character codes: String.fromCharCode(67,108,...), [72, 105], "77 97 114"
  kReversed,   // a line written backwards ("//:sptth", ".snoitcurtsni eht")
  kFolded,     // fullwidth letters, look-alike letters of other scripts, or leetspeak, folded
};

struct EncodedRun {
  std::size_t begin = 0;  // byte offsets of the encoded run in the text
  std::size_t end = 0;
  Encoding encoding = Encoding::kBase64;
  std::string decoded;    // readable text (mostly printable UTF-8, with at least one space)
};

// Appends the runs of `text` whose decoding is readable text, at most `max_runs`. Runs shorter
// than 24 characters (base64, hex) or with fewer than 4 escapes (percent) are skipped, as are
// runs over 64 KiB. Never throws.
void FindEncodedRuns(std::string_view text, std::vector<EncodedRun>& out,
                     std::size_t max_runs = 16);

// Appends the runs of `text` written in one of the escape forms above (kEntities to kFolded)
// whose decoding is readable text and differs from the run, at most `max_runs`. Each form is
// looked for only when its marker bytes occur (a few memchr/memmem passes on clean text).
// Never throws.
void FindEscapedRuns(std::string_view text, std::vector<EncodedRun>& out,
                     std::size_t max_runs = 8);

// rot13 of ASCII letters; other bytes unchanged.
std::string Rot13(std::string_view text);

// True when `bytes` reads as text: valid UTF-8 or ASCII, >= 90% printable, with a space.
bool IsReadableText(std::string_view bytes);

}  // namespace mcpgw::guards::injection
