#include "scanner/unicode_text.h"

#include "core/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace mcpgw::scanner {

namespace {

using core::AppendUtf8;
using core::DecodeUtf8;

enum class Kind {
  kNormal,
  kWhitespace,
  kTag,
  kInvisible,
  kBidiOverride,
  kBidiEmbedding,
  kMark,
  kAnsi,
  kControl,
  kInvalid,
  kVariationSupplement,
  kPrivateUse,
};

struct Unit {
  char32_t cp = 0;
  std::size_t begin = 0;
  std::size_t size = 0;
  Kind kind = Kind::kNormal;
  bool legit = false;  // an invisible character with an ordinary use here
};



bool IsWhitespace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool IsInvisibleFormat(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
         cp == 0x180E || (cp >= 0x2061 && cp <= 0x2064) || cp == 0x034F || cp == 0x115F ||
         cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x17B4 || cp == 0x17B5 ||
         cp == 0x00AD || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0x2065;
}

bool IsPictographic(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
         (cp >= 0x2300 && cp <= 0x23FF) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x2764 ||
         (cp >= 0x1F3FB && cp <= 0x1F3FF);
}

// Scripts whose orthography uses ZWJ / ZWNJ: Arabic, Syriac, Thaana, N'Ko, Indic, Sinhala,
// Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, Arabic presentation forms.
bool JoinerScript(char32_t cp) {
  return (cp >= 0x0600 && cp <= 0x08FF) || (cp >= 0x0900 && cp <= 0x0DFF) ||
         (cp >= 0x0E00 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x18AF) ||
         (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
}

enum class Script { kOther, kLatin, kCyrillic, kGreek };

Script ScriptOf(char32_t cp) {
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7))
    return Script::kLatin;
  if (cp >= 0x0400 && cp <= 0x052F) return Script::kCyrillic;
  if (cp >= 0x0370 && cp <= 0x03FF) return Script::kGreek;
  return Script::kOther;
}

bool IsLetter(char32_t cp) {
  return ScriptOf(cp) != Script::kOther || (cp >= '0' && cp <= '9') || cp == '_';
}

// Look-alike Cyrillic and Greek letters, folded to Latin inside mixed-script words.
char32_t FoldConfusable(char32_t cp) {
  switch (cp) {
    case 0x0430: return 'a'; case 0x0435: return 'e'; case 0x043E: return 'o';
    case 0x0440: return 'p'; case 0x0441: return 'c'; case 0x0443: return 'y';
    case 0x0445: return 'x'; case 0x0456: return 'i'; case 0x0458: return 'j';
    case 0x0455: return 's'; case 0x0501: return 'd'; case 0x051B: return 'q';
    case 0x051D: return 'w'; case 0x04BB: return 'h'; case 0x04CF: return 'l';
    case 0x0410: return 'A'; case 0x0412: return 'B'; case 0x0415: return 'E';
    case 0x041A: return 'K'; case 0x041C: return 'M'; case 0x041D: return 'H';
    case 0x041E: return 'O'; case 0x0420: return 'P'; case 0x0421: return 'C';
    case 0x0422: return 'T'; case 0x0425: return 'X'; case 0x0423: return 'Y';
    case 0x0406: return 'I'; case 0x0408: return 'J'; case 0x0405: return 'S';
    case 0x03B1: return 'a'; case 0x03BF: return 'o'; case 0x03B5: return 'e';
    case 0x03B9: return 'i'; case 0x03BA: return 'k'; case 0x03BD: return 'v';
    case 0x03C1: return 'p'; case 0x03C4: return 't'; case 0x03C5: return 'u';
    case 0x03C7: return 'x'; case 0x0391: return 'A'; case 0x0392: return 'B';
    case 0x0395: return 'E'; case 0x0396: return 'Z'; case 0x0397: return 'H';
    case 0x0399: return 'I'; case 0x039A: return 'K'; case 0x039C: return 'M';
    case 0x039D: return 'N'; case 0x039F: return 'O'; case 0x03A1: return 'P';
    case 0x03A4: return 'T'; case 0x03A5: return 'Y'; case 0x03A7: return 'X';
    default: return cp;
  }
}

// Fullwidth ASCII and mathematical alphanumeric letters: their ASCII letter, or 0.
char32_t FoldStyled(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  if (cp >= 0x1D400 && cp <= 0x1D6A3) {
    const char32_t k = (cp - 0x1D400) % 52;
    return k < 26 ? 'A' + k : 'a' + (k - 26);
  }
  if (cp >= 0x1D7CE && cp <= 0x1D7FF) return '0' + (cp - 0x1D7CE) % 10;
  return 0;
}

// Length of an ANSI escape sequence starting at s[i] (ESC or C1 CSI), or 0.
std::size_t AnsiLength(std::string_view s, std::size_t i) {
  std::size_t j = i;
  bool csi = false;
  bool osc = false;
  if (s[j] == '\x1b') {
    if (j + 1 >= s.size()) return 1;
    const char next = s[j + 1];
    if (next == '[') {
      csi = true;
      j += 2;
    } else if (next == ']') {
      osc = true;
      j += 2;
    } else {
      return 2;  // a two-byte escape (ESC c, ESC 7, ...)
    }
  } else if (s.substr(i, 2) == "\xc2\x9b") {
    csi = true;
    j += 2;
  } else {
    return 0;
  }
  if (csi) {
    while (j < s.size() && j - i < 64) {
      const auto c = static_cast<unsigned char>(s[j++]);
      if (c >= 0x40 && c <= 0x7E) return j - i;
    }
    return j - i;
  }
  if (osc) {
    while (j < s.size() && j - i < 512) {
      if (s[j] == '\x07') return j + 1 - i;
      if (s[j] == '\x1b' && j + 1 < s.size() && s[j + 1] == '\\') return j + 2 - i;
      ++j;
    }
    return j - i;
  }
  return 0;
}

std::vector<Unit> Decode(std::string_view s) {
  std::vector<Unit> units;
  units.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    if (const std::size_t ansi = AnsiLength(s, i); ansi > 0) {
      units.push_back({0x1B, i, ansi, Kind::kAnsi});
      i += ansi;
      continue;
    }
    auto [cp, len] = DecodeUtf8(s, i);
    Unit u{cp, i, len == 0 ? 1 : len, Kind::kNormal};
    if (len == 0) {
      u.kind = Kind::kInvalid;
      u.cp = static_cast<unsigned char>(s[i]);
    } else if (cp >= 0xE0000 && cp <= 0xE007F) {
      u.kind = Kind::kTag;
    } else if (IsWhitespace(cp)) {
      u.kind = Kind::kWhitespace;
    } else if (cp == 0x202D || cp == 0x202E || (cp >= 0x2066 && cp <= 0x2069)) {
      u.kind = Kind::kBidiOverride;
    } else if (cp >= 0x202A && cp <= 0x202C) {
      u.kind = Kind::kBidiEmbedding;
    } else if (cp == 0x200E || cp == 0x200F || cp == 0x061C) {
      u.kind = Kind::kMark;
    } else if (IsInvisibleFormat(cp)) {
      u.kind = Kind::kInvisible;
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
      u.kind = Kind::kControl;
    } else if (cp >= 0xE0100 && cp <= 0xE01EF) {
      u.kind = Kind::kVariationSupplement;
    } else if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) {
      u.kind = Kind::kPrivateUse;
    }
    units.push_back(u);
    i += u.size;
  }
  // Legitimate invisible characters.
  for (std::size_t k = 0; k < units.size(); ++k) {
    Unit& u = units[k];
    const char32_t prev = k > 0 ? units[k - 1].cp : 0;
    const char32_t next = k + 1 < units.size() ? units[k + 1].cp : 0;
    if (u.kind == Kind::kInvisible) {
      if ((u.cp == 0x200D || u.cp == 0x200C) &&
          ((IsPictographic(prev) && IsPictographic(next)) || JoinerScript(prev) ||
           JoinerScript(next))) {
        u.legit = true;
      } else if (u.cp == 0xFEFF && k == 0) {
        u.legit = true;
      } else if (u.cp == 0x00AD && ScriptOf(prev) != Script::kOther &&
                 ScriptOf(next) != Script::kOther) {
        u.legit = true;  // a soft hyphen inside a word: typography, but not a keyword split
      }
    } else if (u.kind == Kind::kTag && k > 0 && units[k - 1].cp == 0x1F3F4) {
      // Subdivision flag: U+1F3F4, tag letters, U+E007F CANCEL TAG.
      std::size_t end = k;
      while (end < units.size() && units[end].kind == Kind::kTag && end - k < 8) ++end;
      if (end > k && units[end - 1].cp == 0xE007F) {
        for (std::size_t m = k; m < end; ++m) units[m].legit = true;
      }
    }
  }
  return units;
}

// Only printable ASCII and ASCII whitespace: the fast paths below give what the full pass would.
bool PrintableAscii(std::string_view text) {
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'))
      return false;
  }
  return true;
}

bool Hidden(const Unit& u) {
  switch (u.kind) {
    case Kind::kNormal:
    case Kind::kWhitespace:
    case Kind::kMark:
      return false;
    default:
      return true;
  }
}

}  // namespace

UnicodeText AnalyzeUnicode(std::string_view text) {
  UnicodeText r;
  // Most strings are printable ASCII: nothing can be hidden, folded or mixed there, so the
  // normalized text is the input with whitespace runs collapsed (the same as the full pass).
  if (PrintableAscii(text)) {
    r.normalized.reserve(text.size());
    std::size_t space_run = 0, newline_run = 0;
    for (const char c : text) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        ++space_run;
        if (c == '\n') ++newline_run;
        r.max_space_run = std::max(r.max_space_run, space_run);
        r.max_newline_run = std::max(r.max_newline_run, newline_run);
        if (space_run == 1) r.normalized += ' ';
        continue;
      }
      space_run = 0;
      newline_run = 0;
      r.normalized += c;
    }
    return r;
  }
  const std::vector<Unit> units = Decode(text);
  // Mixed-script words: a run of letters (invisible characters inside are transparent).
  std::vector<bool> fold(units.size(), false);
  for (std::size_t k = 0; k < units.size();) {
    if (!IsLetter(units[k].cp) || units[k].kind != Kind::kNormal) {
      ++k;
      continue;
    }
    std::size_t end = k;
    bool latin = false, other = false;
    while (end < units.size() &&
           ((units[end].kind == Kind::kNormal && IsLetter(units[end].cp)) ||
            (Hidden(units[end]) && units[end].kind != Kind::kAnsi))) {
      const Script s = ScriptOf(units[end].cp);
      if (units[end].kind == Kind::kNormal) {
        latin |= s == Script::kLatin;
        other |= s == Script::kCyrillic || s == Script::kGreek;
      }
      ++end;
    }
    if (latin && other) {
      for (std::size_t m = k; m < end; ++m) fold[m] = true;
      if (r.mixed_script_words.size() < 8) {
        const std::size_t b = units[k].begin;
        r.mixed_script_words.push_back(
            MakeVisible(text.substr(b, units[end - 1].begin + units[end - 1].size - b), 80));
      }
    }
    k = end;
  }

  r.normalized.reserve(text.size());
  std::size_t space_run = 0, newline_run = 0;
  for (std::size_t k = 0; k < units.size(); ++k) {
    const Unit& u = units[k];
    if (u.kind == Kind::kWhitespace) {
      ++space_run;
      if (u.cp == '\n' || u.cp == 0x2028 || u.cp == 0x2029) ++newline_run;
      if (r.max_space_run < space_run) r.max_space_run = space_run;
      if (r.max_newline_run < newline_run) r.max_newline_run = newline_run;
      if (space_run == 1) r.normalized += ' ';
      continue;
    }
    if (!Hidden(u) || u.kind == Kind::kTag) {
      // Hidden characters between whitespace do not end a padding run.
      space_run = 0;
      newline_run = 0;
    }
    if (Hidden(u) && !u.legit && r.first_hidden == std::string_view::npos) r.first_hidden = u.begin;
    switch (u.kind) {
      case Kind::kNormal: {
        char32_t cp = u.cp;
        if (fold[k]) cp = FoldConfusable(cp);
        if (const char32_t styled = FoldStyled(cp); styled != 0) {
          cp = styled;
          ++r.styled_letters;
        }
        AppendUtf8(r.normalized, cp);
        break;
      }
      case Kind::kTag:
        if (u.legit) break;
        ++r.tag_chars;
        if (u.cp >= 0xE0020 && u.cp <= 0xE007E) {
          const char c = static_cast<char>(u.cp - 0xE0000);
          r.tag_text += c;
          r.normalized += c;
        }
        break;
      case Kind::kInvisible:
        if (u.legit) break;
        ++r.zero_width;
        if (k > 0 && k + 1 < units.size() && IsLetter(units[k - 1].cp) &&
            IsLetter(units[k + 1].cp))
          ++r.zero_width_in_word;
        break;
      case Kind::kBidiOverride: ++r.bidi_overrides; break;
      case Kind::kBidiEmbedding: ++r.bidi_embeddings; break;
      case Kind::kAnsi: {
        ++r.ansi_sequences;
        // A colour or style (CSI params m) that conceals nothing only paints text: not SGR 8
        // (conceal) or 2 (faint), not black on the default background (30), not the same
        // colour for the text and its background ("30;40", "38;5;16;48;5;16").
        const std::string_view seq = text.substr(u.begin, u.size);
        bool style = seq.size() >= 3 && seq[1] == '[' && seq.back() == 'm';
        for (std::size_t k = 2; style && k + 1 < seq.size(); ++k) {
          style = (seq[k] >= '0' && seq[k] <= '9') || seq[k] == ';';
        }
        if (style) {
          std::vector<int> params;
          int value = 0;
          for (std::size_t k = 2; k < seq.size(); ++k) {
            if (seq[k] == ';' || seq[k] == 'm') {
              params.push_back(value);
              value = 0;
            } else {
              value = std::min(value * 10 + (seq[k] - '0'), 100000);
            }
          }
          int fg = -1, bg = -1;
          std::string fg_ext, bg_ext;
          for (std::size_t k = 0; k < params.size(); ++k) {
            const int p = params[k];
            if (p == 8 || p == 2) style = false;
            if ((p >= 30 && p <= 37) || (p >= 90 && p <= 97)) fg = p % 10 + (p >= 90 ? 10 : 0);
            if ((p >= 40 && p <= 47) || (p >= 100 && p <= 107)) bg = p % 10 + (p >= 100 ? 10 : 0);
            if ((p == 38 || p == 48) && k + 1 < params.size()) {
              const std::size_t n = params[k + 1] == 5 ? 2 : params[k + 1] == 2 ? 4 : 1;
              std::string ext;
              for (std::size_t m = k + 1; m <= k + n && m < params.size(); ++m) {
                ext += std::to_string(params[m]) + ";";
              }
              (p == 38 ? fg_ext : bg_ext) = ext;
              k += n;
            }
          }
          if ((fg >= 0 && fg == bg) || (!fg_ext.empty() && fg_ext == bg_ext) || (fg == 0 && bg < 0)) {
            style = false;
          }
        }
        if (style) ++r.ansi_style_sequences;
        break;
      }
      case Kind::kControl: ++r.control_chars; break;
      case Kind::kInvalid: ++r.invalid_bytes; break;
      case Kind::kVariationSupplement: ++r.variation_supplement; break;
      case Kind::kPrivateUse: ++r.private_use; break;
      case Kind::kMark:
      case Kind::kWhitespace:
        break;
    }
  }
  return r;
}

std::string MakeVisible(std::string_view text, std::size_t max_bytes) {
  std::string out;
  if (PrintableAscii(text)) {
    for (const char c : text) {
      if (out.size() >= max_bytes) {
        out += "...";
        break;
      }
      if (c == '\n' || c == '\t' || c == '\r') {
        out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r";
      } else {
        out += (c == '\f' || c == '\v') ? ' ' : c;
      }
    }
    return out;
  }
  const std::vector<Unit> units = Decode(text);
  char buf[16];
  for (std::size_t k = 0; k < units.size(); ++k) {
    if (out.size() >= max_bytes) {
      out += "...";
      break;
    }
    const Unit& u = units[k];
    if (u.kind == Kind::kTag && !u.legit) {
      out += "[TAG:";
      while (k < units.size() && units[k].kind == Kind::kTag) {
        const char32_t cp = units[k].cp;
        if (cp >= 0xE0020 && cp <= 0xE007E) {
          out += static_cast<char>(cp - 0xE0000);
        } else {
          std::snprintf(buf, sizeof buf, "<U+%05X>", static_cast<unsigned>(cp));
          out += buf;
        }
        ++k;
      }
      --k;
      out += ']';
      continue;
    }
    switch (u.kind) {
      case Kind::kAnsi:
        out += "<ESC>";
        out += MakeVisible(text.substr(u.begin + 1, u.size - 1), 64);
        break;
      case Kind::kInvalid:
        std::snprintf(buf, sizeof buf, "<0x%02X>", static_cast<unsigned>(u.cp));
        out += buf;
        break;
      case Kind::kWhitespace:
        out += u.cp == '\n' ? "\\n" : u.cp == '\t' ? "\\t" : u.cp == '\r' ? "\\r" : " ";
        break;
      case Kind::kNormal:
      case Kind::kTag:  // a legitimate flag tag
        if (u.kind == Kind::kNormal) {
          out.append(text.substr(u.begin, u.size));
          break;
        }
        [[fallthrough]];
      default:
        if (u.kind == Kind::kInvisible && u.legit && u.cp != 0xFEFF) {
          out.append(text.substr(u.begin, u.size));
        } else {
          std::snprintf(buf, sizeof buf, "<U+%04X>", static_cast<unsigned>(u.cp));
          out += buf;
        }
        break;
    }
  }
  return out;
}

std::string StripInvisible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const Unit& u : Decode(text)) {
    const bool keep = !Hidden(u) || u.legit || u.cp == '\t';
    if (keep) out.append(text.substr(u.begin, u.size));
  }
  return out;
}

}  // namespace mcpgw::scanner
