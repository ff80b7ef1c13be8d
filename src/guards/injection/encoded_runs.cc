#include "guards/injection/encoded_runs.h"

#include <boost/url/decode_view.hpp>
#include <boost/url/pct_string_view.hpp>
#include <openssl/evp.h>

#include <algorithm>
#include <cstring>

namespace mcpgw::guards::injection {
namespace {

constexpr std::size_t kMinRun = 24;
constexpr std::size_t kMaxRun = 64 * 1024;

struct B64Table {
  bool is[256] = {};
  constexpr B64Table() {
    for (int c = 'A'; c <= 'Z'; ++c) is[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) is[c] = true;
    for (int c = '0'; c <= '9'; ++c) is[c] = true;
    is[static_cast<int>('+')] = is[static_cast<int>('/')] = true;
    is[static_cast<int>('-')] = is[static_cast<int>('_')] = true;
  }
};
constexpr B64Table kB64;

constexpr unsigned kB64Bit = 1, kHexBit = 2, kLowerBit = 4, kUpperBit = 8;
struct ClassTable {
  unsigned char bits[256] = {};
  constexpr ClassTable() {
    for (int c = 0; c < 256; ++c) {
      unsigned v = 0;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
          c == '+' || c == '/' || c == '-' || c == '_')
        v |= kB64Bit;
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) v |= kHexBit;
      if (c >= 'a' && c <= 'z') v |= kLowerBit;
      if (c >= 'A' && c <= 'Z') v |= kUpperBit;
      bits[c] = static_cast<unsigned char>(v);
    }
  }
};
constexpr ClassTable kClass;
bool IsB64(unsigned char c) { return kB64.is[c]; }
// Characters decoded per probe: a run whose first 64 characters do not decode to readable text
// (an image, a key, a hash) is not decoded further.
constexpr std::size_t kProbe = 64;
bool IsHex(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool DecodeBase64(std::string_view run, std::string& out) {
  std::string in(run);
  for (char& c : in) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  while (!in.empty() && in.back() == '=') in.pop_back();
  const std::size_t rem = in.size() % 4;
  if (rem == 1) in.pop_back();  // cannot be valid: drop the stray character
  else if (rem) in.append(4 - rem, '=');
  std::size_t pad = 0;
  for (std::size_t i = in.size(); i > 0 && in[i - 1] == '='; --i) ++pad;
  out.assign(in.size() / 4 * 3, '\0');
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(in.data()),
                                static_cast<int>(in.size()));
  if (n < 0) return false;
  out.resize(static_cast<std::size_t>(n) - std::min<std::size_t>(pad, static_cast<std::size_t>(n)));
  return true;
}

void DecodeHex(std::string_view run, std::string& out) {
  out.clear();
  auto v = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return c - 'A' + 10;
  };
  for (std::size_t i = 0; i + 1 < run.size(); i += 2)
    out += static_cast<char>((v(run[i]) << 4) | v(run[i + 1]));
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// Cheap rejections before decoding: text decodes to bytes that are mostly printable ASCII or
// UTF-8 lead bytes. In hex, the first digit of each printable ASCII byte is 2-7 (or >= C for
// UTF-8); in base64, the first character of each quad carries the top 6 bits of a byte, so a
// printable ASCII byte (< 0x80) gives a value below 32 ('A'-'Z', 'a'-'f'). Random hashes, keys
// and images fail within a few groups.
bool HexMayBeText(std::string_view run) {
  int bad = 0;
  for (std::size_t i = 0; i + 1 < run.size() && i < 32; i += 2) {
    const int hi = HexValue(run[i]);
    if (!((hi >= 2 && hi <= 7) || hi >= 0xC)) ++bad;
  }
  return bad <= 1;
}
bool Base64MayBeText(std::string_view run) {
  // Text in one script gives quads that start alike: ASCII text nearly always in [A-Za-f]
  // (value < 32), text in non-Latin scripts nearly always at 32 or above. Random data mixes.
  int low = 0, quads = 0;
  for (std::size_t i = 0; i < run.size() && quads < 12; i += 4, ++quads) {
    const char c = run[i];
    low += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'f');
  }
  return quads > 0 && (low * 10 >= quads * 8 || (quads - low) * 10 >= quads * 9);
}

}  // namespace

bool IsReadableText(std::string_view bytes) {
  if (bytes.size() < 8) return false;
  std::size_t printable = 0;
  bool space = false;
  for (std::size_t i = 0; i < bytes.size();) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      if (c == ' ') space = true;
      if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t' || c == '\r') ++printable;
      ++i;
      continue;
    }
    std::size_t n = c >= 0xF0 && c < 0xF8 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    bool valid = n > 0 && i + n <= bytes.size();
    for (std::size_t k = 1; valid && k < n; ++k)
      valid = (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80;
    if (!valid) {
      ++i;
      continue;
    }
    printable += n;
    if (n >= 3) space = true;  // CJK text has no spaces
    i += n;
  }
  return space && printable * 10 >= bytes.size() * 9;
}

std::string Rot13(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + (c - 'a' + 13) % 26);
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>('A' + (c - 'A' + 13) % 26);
  }
  return out;
}

void FindEncodedRuns(std::string_view text, std::vector<EncodedRun>& out, std::size_t max_runs) {
  if (text.size() < kMinRun) return;
  std::size_t found = 0;
  std::string decoded;
  std::size_t i = 0;
  while (i < text.size() && found < max_runs) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '%') {
      // Percent-encoding: a run of non-blank characters holding at least 4 escapes.
      std::size_t b = i;
      while (b > 0 && !std::isspace(static_cast<unsigned char>(text[b - 1])) && text[b - 1] != '"' &&
             text[b - 1] != '(' && text[b - 1] != '=' && text[b - 1] != '&' && i - b < 256)
        --b;
      std::size_t e = i;
      std::size_t escapes = 0;
      while (e < text.size() && !std::isspace(static_cast<unsigned char>(text[e])) &&
             text[e] != '"' && text[e] != ')' && text[e] != '&' && e - b < kMaxRun) {
        if (text[e] == '%' && e + 2 < text.size() && IsHex(text[e + 1]) && IsHex(text[e + 2]))
          ++escapes;
        ++e;
      }
      if (escapes >= 4) {
        std::string form(text.substr(b, e - b));
        std::replace(form.begin(), form.end(), '+', ' ');
        auto pct = boost::urls::make_pct_string_view(form);
        if (pct) {
          decoded.clear();
          for (char d : pct->decode()) decoded += d;
          // Nested encodings are common (double-encoded links): decode once more.
          if (decoded.find('%') != std::string::npos) {
            auto again = boost::urls::make_pct_string_view(decoded);
            if (again) {
              std::string twice;
              for (char d : again->decode()) twice += d;
              decoded = std::move(twice);
            }
          }
          if (IsReadableText(decoded)) {
            out.push_back({b, e, Encoding::kPercent, decoded});
            ++found;
          }
        }
      }
      i = std::max(e, i + 1);
      continue;
    }
    if (!IsB64(c)) {
      ++i;
      continue;
    }
    // Skip ahead over short runs (prose words): a run of kMinRun or more characters that starts
    // at or after i covers i + kMinRun - 1 unless it starts after it. So when that byte is not a
    // run character, nothing up to it can start a long run; when it is, the long run can only be
    // the one holding it. Skipped bytes must hold no '%' (percent runs are found above).
    if (i + kMinRun <= text.size()) {
      const std::size_t probe = i + kMinRun - 1;
      if (!IsB64(static_cast<unsigned char>(text[probe]))) {
        if (std::memchr(text.data() + i, '%', kMinRun) == nullptr) {
          i = probe + 1;
          continue;
        }
      } else {
        std::size_t start = probe;
        while (start > i && IsB64(static_cast<unsigned char>(text[start - 1]))) --start;
        if (start > i && std::memchr(text.data() + i, '%', start - i) == nullptr) i = start;
      }
    }
    std::size_t e = i;
    unsigned seen = 0;       // kLower | kUpper over the run
    unsigned hex = kHexBit;  // cleared by any non-hex character
    while (e < text.size()) {
      const unsigned bits = kClass.bits[static_cast<unsigned char>(text[e])];
      if ((bits & kB64Bit) == 0) break;
      seen |= bits;
      hex &= bits;
      ++e;
    }
    const bool all_hex = hex != 0;
    const bool lower = (seen & kLowerBit) != 0;
    const bool upper = (seen & kUpperBit) != 0;
    std::size_t run_end = e;
    while (run_end < text.size() && text[run_end] == '=' && run_end - e < 2) ++run_end;
    const std::size_t length = e - i;
    if (length >= kMinRun && length <= kMaxRun) {
      if (all_hex && length % 2 == 0 && HexMayBeText(text.substr(i, length))) {
        DecodeHex(text.substr(i, std::min(length, kProbe)), decoded);
        if (IsReadableText(decoded) && (DecodeHex(text.substr(i, length), decoded), true) &&
            IsReadableText(decoded)) {
          out.push_back({i, e, Encoding::kHex, decoded});
          ++found;
        }
      } else if (lower && upper && Base64MayBeText(text.substr(i, length))) {
        if (DecodeBase64(text.substr(i, std::min(length, kProbe)), decoded) &&
            IsReadableText(decoded) && DecodeBase64(text.substr(i, length), decoded) &&
            IsReadableText(decoded)) {
          out.push_back({i, run_end, Encoding::kBase64, decoded});
          ++found;
        }
      }
    }
    i = std::max(run_end, i + 1);
  }
}

}  // namespace mcpgw::guards::injection
