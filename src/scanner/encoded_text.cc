#include "scanner/encoded_text.h"

#include "core/utf8.h"

#include <cctype>
#include <cstdint>

namespace mcpgw::scanner {

namespace {

using core::AppendUtf8;

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads `digits` hex digits at `i` (all of them, or -1).
long HexAt(std::string_view s, std::size_t i, std::size_t digits) {
  if (i + digits > s.size()) return -1;
  long v = 0;
  for (std::size_t k = 0; k < digits; ++k) {
    const int h = Hex(s[i + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

// At least this many encoded units before a text counts as encoded.
constexpr std::size_t kMinUnits = 6;

std::string DecodePercent(std::string_view s, std::size_t& units) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      const long v = HexAt(s, i + 1, 2);
      if (v >= 0) {
        out += static_cast<char>(v);
        i += 2;
        ++units;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

std::string DecodeEscapes(std::string_view s, std::size_t& units) {
  std::string out;
  std::string bytes;  // \xNN runs are bytes (often UTF-8)
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char k = s[i + 1];
      long v = -1;
      std::size_t len = 0;
      if (k == 'u' && i + 2 < s.size() && s[i + 2] == '{') {
        const std::size_t close = s.find('}', i + 3);
        if (close != std::string_view::npos && close - (i + 3) >= 1 && close - (i + 3) <= 6) {
          v = HexAt(s, i + 3, close - (i + 3));
          len = close + 1 - i;
        }
      } else if (k == 'u' || k == 'U') {
        v = HexAt(s, i + 2, 4);
        len = 6;
      } else if (k == 'x') {
        const long b = HexAt(s, i + 2, 2);
        if (b >= 0) {
          out += static_cast<char>(b);
          i += 3;
          ++units;
          continue;
        }
      }
      if (v >= 0) {
        AppendUtf8(out, static_cast<char32_t>(v));
        i += len - 1;
        ++units;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

std::string DecodeEntities(std::string_view s, std::size_t& units) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&' && i + 2 < s.size() && s[i + 1] == '#') {
      const bool hex = s[i + 2] == 'x' || s[i + 2] == 'X';
      std::size_t j = i + (hex ? 3 : 2);
      std::uint32_t v = 0;
      std::size_t digits = 0;
      while (j < s.size() && digits < 7) {
        const int d = hex ? Hex(s[j]) : (s[j] >= '0' && s[j] <= '9' ? s[j] - '0' : -1);
        if (d < 0) break;
        v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        ++j;
        ++digits;
      }
      if (digits > 0 && j < s.size() && s[j] == ';' && v <= 0x10FFFF) {
        AppendUtf8(out, v);
        i = j;
        ++units;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// Runs of 8+ hex byte pairs separated by one space, colon or dash: decoded in place.
std::string DecodeHexBytes(std::string_view s, std::size_t& units) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i, pairs = 0;
    std::string run;
    while (HexAt(s, j, 2) >= 0 && (j + 2 == s.size() || s[j + 2] == ' ' || s[j + 2] == ':' ||
                                   s[j + 2] == '-' || s[j + 2] == ',')) {
      if (j > i && s[j - 1] != ' ' && s[j - 1] != ':' && s[j - 1] != '-' && s[j - 1] != ',') break;
      run += static_cast<char>(HexAt(s, j, 2));
      ++pairs;
      j += 2;
      if (j < s.size()) ++j;
    }
    const bool starts_word = i == 0 || s[i - 1] == ' ' || s[i - 1] == ':';
    if (pairs >= 8 && starts_word) {
      out += run;
      out += ' ';
      units += pairs;
      i = j;
      continue;
    }
    out += s[i++];
  }
  return out;
}

bool NamesRot13(std::string_view s) {
  const auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  for (std::size_t at = 0; at + 4 < s.size() + 1; ++at) {
    if (lower(s[at]) != 'r' || at + 2 >= s.size() || lower(s[at + 1]) != 'o' ||
        lower(s[at + 2]) != 't')
      continue;
    if (at > 0 && std::isalpha(static_cast<unsigned char>(s[at - 1]))) continue;
    std::size_t j = at + 3;
    if (j < s.size() && (s[j] == '-' || s[j] == ' ' || s[j] == '_')) ++j;
    if (s.substr(j, 2) == "13") return true;
  }
  return false;
}

std::string Rot13(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + (c - 'a' + 13) % 26);
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>('A' + (c - 'A' + 13) % 26);
  }
  return out;
}

}  // namespace

std::vector<DecodedText> DecodeEmbedded(std::string_view text) {
  std::vector<DecodedText> out;
  // One byte pass counts what each decoder needs; most texts need none.
  std::size_t percent = 0, escapes = 0, entities = 0, hex = 0;
  bool thirteen = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    hex += Hex(c) >= 0 ? 1 : 0;
    if (i + 1 == text.size()) break;
    const char n = text[i + 1];
    percent += c == '%' && Hex(n) >= 0 ? 1 : 0;
    escapes += c == '\\' && (n == 'u' || n == 'x' || n == 'U') ? 1 : 0;
    entities += c == '&' && n == '#' ? 1 : 0;
    thirteen |= c == '1' && n == '3';
  }
  std::size_t units = 0;
  if (percent >= kMinUnits) {
    std::string d = DecodePercent(text, units);
    if (units >= kMinUnits) out.push_back({"percent", std::move(d)});
  }
  units = 0;
  if (escapes >= kMinUnits) {
    std::string d = DecodeEscapes(text, units);
    if (units >= kMinUnits) out.push_back({"escapes", std::move(d)});
  }
  units = 0;
  if (entities >= kMinUnits) {
    std::string d = DecodeEntities(text, units);
    if (units >= kMinUnits) out.push_back({"entities", std::move(d)});
  }
  units = 0;
  if (hex >= 16 && text.size() >= 23) {
    std::string d = DecodeHexBytes(text, units);
    if (units >= 8) out.push_back({"hex_bytes", std::move(d)});
  }
  if (thirteen && NamesRot13(text)) out.push_back({"rot13", Rot13(text)});
  return out;
}

}  // namespace mcpgw::scanner
