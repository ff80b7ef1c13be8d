// The structured recognizers of the PII detector (everything but PERSON and LOCATION): each one
// starts at a trigger position the scanner found, proposes candidates, and says where scanning
// resumes. Internal to the pii folder.
//
// Pure functions over the text; they allocate nothing and accept any bytes.
#pragma once

#include <cstddef>
#include <string_view>

#include "guards/pii/entity.h"

namespace mcpgw::guards::pii {

class PhoneMatcher;

struct Candidate {
  std::size_t begin = 0;
  std::size_t end = 0;  // end == begin: no candidate
  Entity entity = Entity::kPhoneNumber;
  float score = 0.0f;
};

struct ScanConfig {
  EntitySet enabled = 0;
  float threshold = 0.5f;
  const PhoneMatcher* phones = nullptr;
};

// Context bonus and malus applied to base scores.
inline constexpr float kContextBonus = 0.35f;

// Keeps `c` in `best` when its entity is enabled, it reaches the threshold, and it is longer than
// best (or as long and scoring higher).
void Offer(const ScanConfig& config, const Candidate& c, Candidate& best);

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsAlnum(unsigned char c) { return IsDigit(c) || IsAlpha(c); }
inline bool IsUpperAscii(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsHex(unsigned char c) { return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
// True when text[i] follows an escaped tab or line break of a JSON string ("\\t+66 85 104 6071",
// "\\tBielefeld"): a token may start there though a letter is right before it.
inline bool AfterJsonEscape(std::string_view text, std::size_t i) {
  return i >= 2 && text[i - 2] == '\\' &&
         (text[i - 1] == 't' || text[i - 1] == 'n' || text[i - 1] == 'r') &&
         (i < 3 || text[i - 3] != '\\');
}

// The end of a CIDR prefix length at `at` ("/20") when it is shorter than `host_bits` (32 for
// IPv4, 128 for IPv6): the address before it names a network, not a host. 0 otherwise.
std::size_t NetworkPrefixEnd(std::string_view text, std::size_t at, int host_bits);

// Each Recognize* function looks at `text` from `pos` (lookbacks stop at `floor`, the end of the
// last detection), offers candidates to `best`, and returns where scanning resumes (> pos).

// At a digit, '+' or '(' that starts a token: numbers and the alphanumeric tokens that begin with
// a digit (Base58 and 0x addresses, ...).
std::size_t RecognizeNumeric(const ScanConfig& config, std::string_view text, std::size_t pos,
                             std::size_t floor, Candidate& best);
// At the first byte of an alphanumeric token that starts with a letter and holds a digit: IBAN,
// DEA numbers, passport and driver licence numbers, bech32 addresses.
std::size_t RecognizeAlnumToken(const ScanConfig& config, std::string_view text, std::size_t pos,
                                std::size_t floor, Candidate& best);
// At '@': an email address around it.
std::size_t RecognizeEmail(const ScanConfig& config, std::string_view text, std::size_t pos,
                           std::size_t floor, Candidate& best);
// At ':': a URL ("scheme://") or an IPv6 address around it.
std::size_t RecognizeColon(const ScanConfig& config, std::string_view text, std::size_t pos,
                           std::size_t floor, Candidate& best);
// At '.': a "www." URL.
std::size_t RecognizeWww(const ScanConfig& config, std::string_view text, std::size_t pos,
                         std::size_t floor, Candidate& best);

}  // namespace mcpgw::guards::pii
