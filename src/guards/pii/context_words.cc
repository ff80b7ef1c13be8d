#include "guards/pii/context_words.h"

#include <algorithm>

namespace mcpgw::guards::pii {
namespace {

bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(unsigned char c) { return IsLower(c) || IsUpper(c); }

bool WordMatches(std::string_view word, WordList words) {
  for (std::string_view w : words) {
    if (word.size() == w.size() || (w.size() >= 4 && word.size() > w.size())) {
      if (word.compare(0, w.size(), w) == 0) return true;
    }
  }
  return false;
}

// Calls the words of text[from, to) in order until `fn` returns true.
template <typename Fn>
bool ForEachWord(std::string_view text, std::size_t from, std::size_t to, Fn fn) {
  char buf[24];
  std::size_t i = from;
  // A window may start inside a word: skip its tail.
  if (i > 0 && i < to && (IsLetter(text[i - 1]) || (text[i - 1] >= '0' && text[i - 1] <= '9'))) {
    while (i < to && IsLetter(text[i])) ++i;
  }
  // A window may start inside a UTF-8 sequence: skip its continuation bytes.
  while (i < to && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  while (i < to) {
    while (i < to && !IsLetter(text[i]) && (static_cast<unsigned char>(text[i]) & 0x80) == 0) ++i;
    if (i < to && (static_cast<unsigned char>(text[i]) & 0x80) != 0) {
      // A run of non-ASCII characters is a word of its own, compared byte for byte (no case
      // folding: lists hold the forms they mean): Cyrillic, CJK, Hangul, Arabic, Devanagari
      // words ("паспорт", "护照号码"). ASCII words around accented letters stay as they were
      // ("teléfono" still gives "tel" and "fono").
      const std::size_t b = i;
      while (i < to && (static_cast<unsigned char>(text[i]) & 0x80) != 0) ++i;
      if (fn(text.substr(b, i - b))) return true;
      continue;
    }
    std::size_t n = 0;
    bool prev_lower = false;
    const std::size_t word_begin = i;
    while (i < to && IsLetter(text[i])) {
      unsigned char c = text[i];
      if (IsUpper(c) && prev_lower) break;  // camelCase hump starts a new word
      prev_lower = IsLower(c);
      if (n < sizeof(buf)) buf[n] = static_cast<char>(IsUpper(c) ? c + 32 : c);
      ++n;
      ++i;
    }
    // A word of an e-mail address or a host name ("ops@bank.example", "api.bank.example") names
    // a mailbox or a machine, not what a number nearby is.
    const char before = word_begin > 0 ? text[word_begin - 1] : ' ';
    const char after = i < text.size() ? text[i] : ' ';
    const bool address = before == '@' || after == '@' ||
                         (before == '.' && word_begin >= 2 &&
                          (IsLetter(text[word_begin - 2]) ||
                           (text[word_begin - 2] >= '0' && text[word_begin - 2] <= '9')));
    if (n > 0 && n <= sizeof(buf) && !address && fn(std::string_view(buf, n))) return true;
  }
  return false;
}

template <typename Fn>
bool HeaderColumnHasWord(std::string_view text, std::size_t begin, Fn match);
template <typename Fn>
bool SqlInsertColumnHasWord(std::string_view text, std::size_t begin, Fn match);
template <typename Fn>
bool CopyColumnHasWord(std::string_view text, std::size_t begin, Fn match);

}  // namespace

bool HasContextWord(std::string_view text, std::size_t begin, std::size_t end, WordList words,
                    std::size_t before, std::size_t after) {
  begin = std::min(begin, text.size());
  end = std::min(std::max(end, begin), text.size());
  const std::size_t from = begin > before ? begin - before : 0;
  const std::size_t to = std::min(text.size(), end + after);
  auto match = [&](std::string_view word) { return WordMatches(word, words); };
  if (ForEachWord(text, from, begin, match)) return true;
  // After the candidate: a word glued to its end is part of another token, not context.
  if (ForEachWord(text, end, to, match)) return true;
  return HeaderColumnHasWord(text, begin, match) || SqlInsertColumnHasWord(text, begin, match) ||
         CopyColumnHasWord(text, begin, match);
}

bool InIdentifierColumn(std::string_view text, std::size_t begin) {
  begin = std::min(begin, text.size());
  char last[8];
  std::size_t last_size = 0;
  HeaderColumnHasWord(text, begin, [&](std::string_view word) {
    last_size = word.size() < sizeof last ? word.size() : 0;
    for (std::size_t k = 0; k < last_size; ++k) {
      const char c = word[k];
      last[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return false;  // every word: the last one counts
  });
  const std::string_view w(last, last_size);
  return w == "id" || w == "ids" || w == "uuid" || w == "guid" || w == "key" || w == "ref";
}

namespace {

template <typename Fn>
bool HeaderColumnHasWord(std::string_view text, std::size_t begin, Fn match) {
  // The candidate's line, looked for at most 4 KiB back. The header is the text's first line,
  // or, for a Markdown table row ('|' first), the first line of the block of '|' rows above it
  // when a |---| delimiter row follows that line; when the first line is not the row's
  // header, the first line of the block of rows with as many delimiters above it.
  const std::size_t limit = begin > 4096 ? begin - 4096 : 0;
  std::size_t line = begin;
  while (line > limit && text[line - 1] != '\n') --line;
  if (line == 0 || text[line - 1] != '\n') return false;  // no line break: not a table row
  auto pipe_row = [&](std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    return at < text.size() && text[at] == '|';
  };
  std::size_t header_begin = 0;
  std::size_t header_end = text.find('\n');
  if (pipe_row(line)) {
    std::size_t first = line;
    while (first > limit && first > 0) {
      std::size_t prev = first - 1;
      while (prev > 0 && text[prev - 1] != '\n') --prev;
      if (!pipe_row(prev)) break;
      first = prev;
    }
    header_begin = first;
    header_end = text.find('\n', first);
    if (header_end == std::string_view::npos || header_end + 1 >= line) return false;
    std::size_t delim_end = text.find('\n', header_end + 1);
    if (delim_end == std::string_view::npos) delim_end = text.size();
    const std::string_view delim = text.substr(header_end + 1, delim_end - header_end - 1);
    if (delim.find('-') == std::string_view::npos ||
        delim.find_first_not_of("|:- \t\r") != std::string_view::npos) {
      return false;
    }
  }
  if (header_end == std::string_view::npos || header_end - header_begin > 4096 ||
      header_end + 1 > line) {
    return false;
  }
  std::string_view header = text.substr(header_begin, header_end - header_begin);
  // The delimiter: the one the header uses most.
  auto most_used = [](std::string_view s, char& delimiter) {
    std::size_t most = 0;
    delimiter = 0;
    for (char d : {',', '\t', ';', '|'}) {
      const std::size_t n = static_cast<std::size_t>(std::count(s.begin(), s.end(), d));
      if (n > most) {
        most = n;
        delimiter = d;
      }
    }
    return most;
  };
  char delimiter = 0;
  std::size_t most = most_used(header, delimiter);
  // A header written without spaces after its commas ("name,dob,passport_no") tells that a
  // ", " in a row is inside a cell ("Nov 25, 2026", "Doe, Jane"), not between two.
  bool tight = delimiter == ',' && header.find(", ") == std::string_view::npos;
  auto delimiters = [&](std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == delimiter && !(tight && i + 1 < s.size() && s[i + 1] == ' ')) ++n;
    }
    return n;
  };
  // A table row has as many cells as the header (so prose and code under a first line that
  // happens to hold commas do not count).
  std::size_t line_end = text.find('\n', begin);
  if (line_end == std::string_view::npos) line_end = text.size();
  if (line_end - line > 4096) return false;
  const std::string_view full_row = text.substr(line, line_end - line);
  if (delimiter == 0 || delimiters(full_row) != most) {
    // Not the text's first line's table: a table that starts lower (under a title, a comment,
    // an email's text). Its header is the topmost line with as many delimiters as the row in
    // the block of lines above it that hold at least as many (rows between may hold more: a
    // cell with the delimiter inside, "R$ 466,23"), 4 KiB back at most. Commas are counted as
    // they are, then, when that finds no header, without those followed by a space (a
    // "Nov 25, 2026" cell under a header written without spaces).
    if (pipe_row(line)) return false;
    bool found = false;
    for (int pass = 0; pass < 2 && !found; ++pass) {
      if (pass == 0) {
        tight = false;
        most = most_used(full_row, delimiter);
        if (delimiter == 0) return false;
      } else {
        if (delimiter != ',') break;
        tight = true;
        most = delimiters(full_row);
      }
      if (most < 2) continue;  // 3 columns or more where the table starts lower
      std::size_t top = line;
      std::size_t best = std::string_view::npos;
      while (top > limit && top > 0) {
        std::size_t prev = top - 1;
        while (prev > limit && text[prev - 1] != '\n') --prev;
        if (prev > 0 && text[prev - 1] != '\n') break;  // cut by the limit
        const std::string_view above = text.substr(prev, top - 1 - prev);
        if (above.empty()) break;
        const std::size_t n = delimiters(above);
        if (n < most) break;
        if (n == most) best = prev;
        top = prev;
      }
      if (best == std::string_view::npos) continue;
      header_begin = best;
      header_end = text.find('\n', best);
      header = text.substr(header_begin, header_end - header_begin);
      if (tight && header.find(", ") != std::string_view::npos) continue;
      if (header.find_first_of("0123456789") != std::string_view::npos) continue;
      found = true;
    }
    if (!found) return false;
  }
  // A header names its columns in short cells (sentences that hold as many commas as the row
  // are no header).
  for (std::size_t at = 0; at <= header.size();) {
    std::size_t next = header.find(delimiter, at);
    if (next == std::string_view::npos) next = header.size();
    if (next - at > 40) return false;
    at = next + 1;
  }
  const std::string_view row = text.substr(line, begin - line);
  const std::size_t column = tight ? delimiters(row)
                                   : static_cast<std::size_t>(
                                         std::count(row.begin(), row.end(), delimiter));
  std::size_t cell = 0;
  for (std::size_t k = 0; k < column; ++k) cell = header.find(delimiter, cell) + 1;
  std::size_t cell_end = header.find(delimiter, cell);
  if (cell_end == std::string_view::npos) cell_end = header.size();
  return ForEachWord(text, header_begin + cell, header_begin + cell_end, match);
}

// SQL: a value inside a row of `INSERT INTO t (a, b, c) VALUES (...), (...)` is under the
// column its position names ('passport_no' over '950320516'). The row is the tuple its line
// opens with '(' (or the one after VALUES on its line); the column list is the one before the
// nearest VALUES above it, 8 KiB back at most, with no ';' in between.
template <typename Fn>
bool SqlInsertColumnHasWord(std::string_view text, std::size_t begin, Fn match) {
  auto lower_equals = [&](std::size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k) {
      const unsigned char c = text[at + k];
      if ((IsUpper(c) ? c + 32 : c) != word[k]) return false;
    }
    return true;
  };
  const std::size_t limit = begin > 8192 ? begin - 8192 : 0;
  std::size_t line = begin;
  while (line > limit && text[line - 1] != '\n') --line;
  // The tuple that holds the candidate.
  std::size_t open = std::string_view::npos;
  std::size_t first = line;
  while (first < begin && (text[first] == ' ' || text[first] == '\t')) ++first;
  if (first < begin && text[first] == '(') {
    open = first;
  } else {
    for (std::size_t at = line; at + 6 <= begin; ++at) {
      if (lower_equals(at, "values")) {
        const std::size_t paren = text.find('(', at + 6);
        if (paren != std::string_view::npos && paren < begin) open = paren;
      }
    }
  }
  if (open == std::string_view::npos) return false;
  // The candidate's column: commas before it in the tuple, outside quotes.
  std::size_t column = 0;
  char quote = 0;
  for (std::size_t at = open + 1; at < begin; ++at) {
    const char c = text[at];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == ',') {
      ++column;
    } else if (c == ')' || c == '\n') {
      return false;  // the tuple ended before the candidate
    }
  }
  if (quote == 0 && begin > 0 && text[begin - 1] != '\'' && text[begin - 1] != '"' &&
      text[begin - 1] != ' ' && text[begin - 1] != ',' && text[begin - 1] != '(') {
    return false;  // inside a value, not at its start
  }
  // The nearest VALUES above (or before) the tuple, and the column list before it.
  std::size_t values = std::string_view::npos;
  for (std::size_t at = open; at > limit + 6;) {
    --at;
    if (text[at] == ';') return false;
    if ((text[at] == 'v' || text[at] == 'V') && lower_equals(at, "values") &&
        (at == 0 || !IsLetter(text[at - 1])) && !IsLetter(text[at + 6])) {
      values = at;
      break;
    }
  }
  if (values == std::string_view::npos) return false;
  std::size_t close = values;
  while (close > limit && (text[close - 1] == ' ' || text[close - 1] == '\t' ||
                           text[close - 1] == '\n' || text[close - 1] == '\r')) {
    --close;
  }
  if (close == limit || text[close - 1] != ')') return false;
  --close;
  const std::size_t list_open = text.rfind('(', close);
  if (list_open == std::string_view::npos || list_open < limit || close - list_open > 2048) {
    return false;
  }
  // INSERT INTO <table> before the list, on the same statement.
  const std::size_t head = list_open > 256 ? list_open - 256 : 0;
  bool insert = false;
  for (std::size_t at = head; at + 6 <= list_open; ++at) {
    if (lower_equals(at, "insert")) insert = true;
    if (text[at] == ';') insert = false;
  }
  if (!insert) return false;
  std::size_t cell = list_open + 1;
  for (std::size_t k = 0; k < column; ++k) {
    cell = text.find(',', cell);
    if (cell == std::string_view::npos || cell >= close) return false;
    ++cell;
  }
  std::size_t cell_end = text.find(',', cell);
  if (cell_end == std::string_view::npos || cell_end > close) cell_end = close;
  if (cell_end - cell > 64) return false;
  return ForEachWord(text, cell, cell_end, match);
}

// A row of a PostgreSQL dump's COPY block: tab-separated cells under
// "COPY public.customers (id, name, email, ssn, ...) FROM stdin;", up to the "\." that ends it.
template <typename Fn>
bool CopyColumnHasWord(std::string_view text, std::size_t begin, Fn match) {
  if (begin == 0 || text[begin - 1] != '\t') return false;
  const std::size_t limit = begin > 4096 ? begin - 4096 : 0;
  std::size_t line = begin;
  std::size_t column = 0;
  while (line > limit && text[line - 1] != '\n') {
    if (text[--line] == '\t') ++column;
  }
  if (line == 0 || line == limit) return false;
  // Up through the lines above to the COPY statement.
  std::size_t at = line - 1;  // the '\n' that ends the line above
  while (at > limit) {
    std::size_t start = at;
    while (start > limit && text[start - 1] != '\n') --start;
    const std::string_view above = text.substr(start, at - start);
    if (above.starts_with("\\.")) return false;  // the block above ended
    if (above.size() > 5 && (above.starts_with("COPY ") || above.starts_with("copy "))) {
      const std::size_t open = above.find('(');
      const std::size_t close = above.find(')', open == std::string_view::npos ? 0 : open);
      if (open == std::string_view::npos || close == std::string_view::npos) return false;
      std::size_t cell = open + 1;
      for (std::size_t k = 0; k < column; ++k) {
        cell = above.find(',', cell);
        if (cell == std::string_view::npos || cell > close) return false;
        ++cell;
      }
      std::size_t cell_end = above.find(',', cell);
      if (cell_end == std::string_view::npos || cell_end > close) cell_end = close;
      if (cell_end - cell > 64) return false;
      const std::size_t base = start + cell;
      return ForEachWord(text, base, base + (cell_end - cell), match);
    }
    if (start == 0) return false;
    at = start - 1;
  }
  return false;
}

}  // namespace

std::string_view PreviousWord(std::string_view text, std::size_t pos, char (&buf)[24],
                              std::size_t max_gap) {
  pos = std::min(pos, text.size());
  std::size_t i = pos;
  std::size_t gap = 0;
  while (i > 0 && !IsLetter(text[i - 1])) {
    if (++gap > max_gap) return {};
    --i;
  }
  std::size_t end = i;
  while (i > 0 && IsLetter(text[i - 1]) && end - i < sizeof(buf)) --i;
  if (i > 0 && IsLetter(text[i - 1])) return {};  // longer than the buffer: no keyword
  std::size_t n = end - i;
  for (std::size_t k = 0; k < n; ++k) {
    unsigned char c = text[i + k];
    buf[k] = static_cast<char>(IsUpper(c) ? c + 32 : c);
  }
  return std::string_view(buf, n);
}

bool TravelDocumentBefore(std::string_view text, std::size_t pos) {
  // "HK1 P/USA/" or "HK1/P/USA/": the document type, a 3-letter country, the number, after the
  // segment's status (HK and a count) or a space (not a path's "/api/P/USA/").
  if (pos >= 6 && text[pos - 1] == '/' && text[pos - 5] == '/' && text[pos - 6] == 'P' &&
      IsUpper(text[pos - 2]) && IsUpper(text[pos - 3]) && IsUpper(text[pos - 4])) {
    if (pos == 6 || text[pos - 7] == ' ' || text[pos - 7] == '\t' || text[pos - 7] == '\n') return true;
    if (pos >= 10 && text[pos - 7] == '/' && text[pos - 10] == 'H' && text[pos - 9] == 'K' &&
        text[pos - 8] >= '0' && text[pos - 8] <= '9') {
      return true;
    }
  }
  // doc_type / document_type / docType ... "P" or "passport", on the same line, 160 bytes back.
  const std::size_t from = pos > 160 ? pos - 160 : 0;
  std::size_t line = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  const std::size_t begin = line == std::string_view::npos || line < from ? from : line + 1;
  const std::string_view window = text.substr(begin, pos - begin);
  for (std::size_t at = 0; (at = window.find("oc", at)) != std::string_view::npos; at += 2) {
    if (at == 0 || (window[at - 1] | 0x20) != 'd') continue;
    std::size_t i = at + 2;
    // "doc_type", "docType", "document_type", "documentType", "doc-type".
    if (window.substr(i, 5) == "ument") i += 5;
    if (i < window.size() && (window[i] == '_' || window[i] == '-')) ++i;
    if (window.substr(i, 4) != "type" && window.substr(i, 4) != "Type") continue;
    i += 4;
    while (i < window.size() && (window[i] == '"' || window[i] == '\'' || window[i] == ' ')) ++i;
    if (i >= window.size() || (window[i] != ':' && window[i] != '=')) continue;
    ++i;
    while (i < window.size() && (window[i] == '"' || window[i] == '\'' || window[i] == ' ')) ++i;
    if (i < window.size() && window[i] == 'P' && (i + 1 == window.size() || !IsLetter(window[i + 1]))) {
      return true;
    }
    char lower[8];
    std::size_t n = 0;
    while (i + n < window.size() && n < sizeof(lower) && IsLetter(window[i + n])) {
      lower[n] = static_cast<char>(window[i + n] | 0x20);
      ++n;
    }
    if (std::string_view(lower, n) == "passport") return true;
  }
  return false;
}

}  // namespace mcpgw::guards::pii
