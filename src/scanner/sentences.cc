#include "scanner/sentences.h"

#include <re2/re2.h>

#include "scanner/regex_options.h"

namespace mcpgw::scanner {

std::vector<std::string_view> SplitSentences(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::size_t end = std::string_view::npos, next = 0;
    if ((c == '.' || c == '!' || c == '?' || c == ';') &&
        (i + 1 == text.size() || text[i + 1] == ' ')) {
      end = i, next = i + 1;
    } else if (c == '\n') {
      end = i, next = i + 1;
    } else if (text.substr(i, 3) == "\xe3\x80\x82" || text.substr(i, 3) == "\xef\xbc\x81" ||
               text.substr(i, 3) == "\xef\xbc\x9f") {  // 。！？
      end = i, next = i + 3;
    }
    if (end == std::string_view::npos) continue;
    out.push_back(text.substr(start, end - start));
    start = next;
    i = next - 1;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

bool IsQuotedExample(std::string_view previous, std::string_view sentence) {
  return previous.ends_with("e.g") || previous.ends_with("i.e") || previous.ends_with("z.B") ||
         sentence.starts_with("\"") || sentence.starts_with("\xe2\x80\x9c");  // “
}

namespace {

// The words that cite (union of what the three checks each used before they shared this).
constexpr char kCiting[] =
    R"re((?:\b(?:such\s+as|e\.g|for\s+example|for\s+instance|detects?|detection|flags?|blocks?|)re"
    R"re(phrases?|claims|attacks?|attackers?|malicious|suspicious|injections?|poison\w*|)re"
    R"re(wording|quot\w+|patterns?|signatures?|shadowing)\b|ejemplos?|frases\s+como|beispiel\w*|)re"
    R"re(exemples?|esempi|exemplos?|пример|例如|示例|例えば|예시|)re"
    // "like" and "such as" in other languages: "phrases like «...»", "「...」などの攻撃例".
    R"re(вроде|такие\s+как|таких\s+как|например|など|のような|攻撃|जैसे|जैसा|\bcomo\b|)re"
    R"re(\bcomme\b|\bwie\b|\bcome\b|\bjak\b|\bgibi\b|\bseperti\b|như|مثل|כמו|比如|像是|攻击|)re"
    // "example" as a word, not inside a host name (hooks.example.com).
    R"re((?:^|[^.\w@/-])examples?\b))re";
constexpr char kQuote[] = R"re(["“”„«»「」『』]|(?:^|[^\w])'[^'\n]{3,80}'(?:[^\w]|$))re";

}  // namespace

bool CitesQuotedWording(std::string_view sentence) {
  static const re2::RE2 citing(kCiting, ScannerRegexOptions());
  static const re2::RE2 quote(kQuote, ScannerRegexOptions());
  return re2::RE2::PartialMatch(sentence, citing) && re2::RE2::PartialMatch(sentence, quote);
}

}  // namespace mcpgw::scanner
