#include "guards/pii/date_recognizer.h"

#include "guards/pii/context_words.h"
#include "guards/pii/recognizers.h"

namespace mcpgw::guards::pii {
namespace {

constexpr std::string_view kMonths[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december"};

bool IsMonthWord(std::string_view w) {
  for (std::string_view m : kMonths) {
    if (w == m) return true;
  }
  return false;
}


// hh:mm[:ss[.fff]] [Z|+hh:mm|-hhmm| am|pm] at `i`; returns the end or i when none.
std::size_t TimeSuffix(std::string_view text, std::size_t i) {
  const std::size_t size = text.size();
  auto two = [&](std::size_t k, int max) {
    return k + 1 < size && IsDigit(text[k]) && IsDigit(text[k + 1]) &&
           (text[k] - '0') * 10 + (text[k + 1] - '0') <= max;
  };
  std::size_t k = i;
  if (k < size && IsDigit(text[k]) && (k + 1 >= size || !IsDigit(text[k + 1]))) {
    // single-digit hour "9:30"
    if (k + 3 < size && text[k + 1] == ':' && two(k + 2, 59)) {
      k += 4;
    } else {
      return i;
    }
  } else {
    if (!two(k, 24) || k + 4 >= size || text[k + 2] != ':' || !two(k + 3, 59)) return i;
    k += 5;
  }
  if (k + 2 < size && text[k] == ':' && two(k + 1, 60)) {
    k += 3;
    if (k + 1 < size && (text[k] == '.' || text[k] == ',') && IsDigit(text[k + 1])) {
      ++k;
      while (k < size && IsDigit(text[k])) ++k;
    }
  }
  if (k < size && text[k] == 'Z') {
    ++k;
  } else if (k + 2 < size && (text[k] == '+' || text[k] == '-') && two(k + 1, 14)) {
    std::size_t z = k + 3;
    if (z < size && text[z] == ':') ++z;
    if (two(z, 59)) k = z + 2;
  } else {
    std::size_t z = k;
    if (z < size && text[z] == ' ') ++z;
    if (z + 1 < size && ((text[z] | 0x20) == 'a' || (text[z] | 0x20) == 'p') &&
        (text[z + 1] | 0x20) == 'm' && (z + 2 >= size || !IsAlnum(text[z + 2]))) {
      k = z + 2;
    }
  }
  return k;
}

bool ValidDay(int d) { return d >= 1 && d <= 31; }
bool ValidMonth(int m) { return m >= 1 && m <= 12; }

}  // namespace

// A numeric date at the start of the phrase ("2024-03-15", "15/03/2024", "03.15.24"), with an
// optional time ("T10:30:00Z", " 10:30"). Returns the end, or 0 when the phrase is no date.
std::size_t NumericDate(std::string_view text, const Phrase& p) {
  if (p.n < 3 || p.sep[1] != p.sep[2]) return 0;
  const char s = p.sep[1];
  if (s != '-' && s != '/' && s != '.') return 0;
  if (p.n > 3 && p.sep[3] == s) return 0;  // a fourth group: an address or a version, not a date
  const int a = Value(text, p.gb[0], p.ge[0]);
  const int b = Value(text, p.gb[1], p.ge[1]);
  const int c = Value(text, p.gb[2], p.ge[2]);
  bool date = false;
  if (p.glen(0) == 4 && p.glen(1) <= 2 && p.glen(2) <= 2) {
    date = a >= 1800 && a <= 2199 && ValidMonth(b) && ValidDay(c);
  } else if (p.glen(0) <= 2 && p.glen(1) <= 2 && (p.glen(2) == 4 || (p.glen(2) == 2 && s == '/'))) {
    // Two-digit years only with slashes: "4.17.21" is a version, "4/17/21" a date.
    date = (ValidDay(a) && ValidMonth(b)) || (ValidMonth(a) && ValidDay(b));
    if (p.glen(2) == 4) date = date && c >= 1800 && c <= 2199;
  }
  if (!date) return 0;
  std::size_t end = p.ge[2];
  if (end < text.size() && (text[end] == 'T' || text[end] == ' ' || text[end] == '_')) {
    std::size_t t = TimeSuffix(text, end + 1);
    if (t > end + 1) end = t;
  }
  return end;
}

// "March 5, 2024", "5 March 2024", "Mar 2024": a month name before or after the phrase's first
// group. Returns [begin, end) through `out_begin`, or 0.
std::size_t MonthNameDate(std::string_view text, const Phrase& p, std::size_t& out_begin) {
  if (p.plus || p.open_paren) return 0;
  const std::size_t size = text.size();
  const int v = Value(text, p.gb[0], p.ge[0]);
  const std::size_t len = p.glen(0);
  char buf[24];
  std::string_view before = PreviousWord(text, p.gb[0], buf, 1);
  if (!before.empty() && IsMonthWord(before) && (len <= 2 ? ValidDay(v) : len == 4)) {
    // Month word starts where PreviousWord found it.
    std::size_t b = p.gb[0];
    while (b > 0 && !IsAlpha(text[b - 1])) --b;
    while (b > 0 && IsAlpha(text[b - 1])) --b;
    out_begin = b;
    std::size_t end = p.ge[0];
    if (len <= 2) {
      std::size_t k = end;
      if (k + 1 < size && (text[k] == 's' || text[k] == 'n' || text[k] == 'r' || text[k] == 't') &&
          IsAlpha(text[k + 1])) {
        k += 2;  // 1st 2nd 3rd 4th
      }
      if (k < size && text[k] == ',') ++k;
      if (k + 4 < size + 0 && text[k] == ' ' && IsDigit(text[k + 1]) && IsDigit(text[k + 2]) &&
          IsDigit(text[k + 3]) && IsDigit(text[k + 4]) && (k + 5 >= size || !IsAlnum(text[k + 5]))) {
        end = k + 5;
      }
    }
    return end;
  }
  if (len <= 2 && ValidDay(v) && p.n == 1) {
    std::size_t k = p.ge[0];
    if (k < size && text[k] == ' ') {
      std::size_t w = k + 1;
      char word[24];
      std::size_t n = 0;
      while (w < size && IsAlpha(text[w]) && n < sizeof(word)) {
        word[n++] = static_cast<char>(text[w] | 0x20);
        ++w;
      }
      if (n > 0 && IsMonthWord(std::string_view(word, n))) {
        out_begin = p.gb[0];
        std::size_t end = w;
        if (end + 4 < size && text[end] == ' ' && IsDigit(text[end + 1]) &&
            IsDigit(text[end + 2]) && IsDigit(text[end + 3]) && IsDigit(text[end + 4])) {
          end += 5;
        }
        return end;
      }
    }
  }
  return 0;
}

}  // namespace mcpgw::guards::pii
