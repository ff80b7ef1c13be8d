#include "guards/secrets/escaped_view.h"

#include <cstring>

namespace mcpgw::guards::secrets {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of "\uXXXX" at `i` (pointing at the backslash), or -1.
long CodeUnitAt(std::string_view s, std::size_t i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return -1;
  long value = 0;
  for (std::size_t k = 2; k < 6; ++k) {
    const int h = HexValue(s[i + k]);
    if (h < 0) return -1;
    value = value * 16 + h;
  }
  return value;
}

void AppendUtf8(unsigned long cp, std::uint32_t from, std::string& out,
                std::vector<std::uint32_t>& source) {
  char buf[4];
  std::size_t n = 0;
  if (cp < 0x80) {
    buf[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    buf[n++] = static_cast<char>(0xF0 | (cp >> 18));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
  for (std::size_t k = 0; k < n; ++k) {
    out.push_back(buf[k]);
    source.push_back(from);
  }
}

}  // namespace

bool HasEscapes(std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\\', static_cast<std::size_t>(end - p))))) {
    if (p + 1 >= end) return false;
    switch (p[1]) {
      case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't': case 'u':
        return true;
      default:
        ++p;
    }
  }
  return false;
}

void DecodeEscapes(std::string_view text, std::string& decoded,
                   std::vector<std::uint32_t>& source) {
  decoded.clear();
  source.clear();
  std::size_t i = 0;
  while (i < text.size()) {
    const auto from = static_cast<std::uint32_t>(i);
    const char c = text[i];
    if (c != '\\' || i + 1 >= text.size()) {
      decoded.push_back(c);
      source.push_back(from);
      ++i;
      continue;
    }
    const char e = text[i + 1];
    char simple = 0;
    switch (e) {
      case '"': simple = '"'; break;
      case '\\': simple = '\\'; break;
      case '/': simple = '/'; break;
      case 'b': simple = '\b'; break;
      case 'f': simple = '\f'; break;
      case 'n': simple = '\n'; break;
      case 'r': simple = '\r'; break;
      case 't': simple = '\t'; break;
      default: break;
    }
    if (simple != 0) {
      decoded.push_back(simple);
      source.push_back(from);
      i += 2;
      continue;
    }
    const long unit = CodeUnitAt(text, i);
    if (unit < 0) {
      decoded.push_back(c);
      source.push_back(from);
      ++i;
      continue;
    }
    if (unit >= 0xD800 && unit < 0xDC00) {
      const long low = CodeUnitAt(text, i + 6);
      if (low >= 0xDC00 && low < 0xE000) {
        const unsigned long cp = 0x10000 + ((static_cast<unsigned long>(unit) - 0xD800) << 10) +
                                 (static_cast<unsigned long>(low) - 0xDC00);
        AppendUtf8(cp, from, decoded, source);
        i += 12;
        continue;
      }
    }
    if (unit >= 0xD800 && unit < 0xE000) {
      AppendUtf8('?', from, decoded, source);
    } else {
      AppendUtf8(static_cast<unsigned long>(unit), from, decoded, source);
    }
    i += 6;
  }
  source.push_back(static_cast<std::uint32_t>(text.size()));
}

}  // namespace mcpgw::guards::secrets
