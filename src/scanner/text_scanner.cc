#include "scanner/text_scanner.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <string>
#include <utility>

namespace mcpgw::scanner {

namespace {

constexpr std::size_t kMentionWindow = 160;

re2::RE2::Options RuleOptions() {
  re2::RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(256 << 20);
  return options;
}

// True when `pos` sits inside a quotation that opened in the same sentence: an odd number of
// straight double quotes, or an unclosed typographic or guillemet quote, since the last full stop.
bool InsideQuotes(std::string_view text, std::size_t pos) {
  std::size_t from = text.rfind(". ", pos);
  from = from == std::string_view::npos ? 0 : from;
  const std::string_view before = text.substr(from, pos - from);
  std::size_t straight = 0;
  for (char ch : before) straight += ch == '"' ? 1 : 0;
  if (straight % 2 == 1) return true;
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\u201c", "\u201d"},
                                    {"\u00ab", "\u00bb"}, {"\u300c", "\u300d"}}) {
    const std::size_t o = before.rfind(open);
    if (o != std::string_view::npos && before.find(close, o) == std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

struct TextScanner::Compiled {
  std::vector<std::unique_ptr<re2::RE2>> regexes;
  std::unique_ptr<re2::RE2::Set> set;           // rules for any text
  std::unique_ptr<re2::RE2::Set> sentence_set;  // sentence-level rules (texts >= 16 bytes)
  std::vector<int> set_rule;                    // set index -> rule index
  std::vector<int> sentence_rule;               // sentence_set index -> rule index
  std::unique_ptr<re2::RE2> mention;
  std::unique_ptr<re2::RE2> example_host;
  std::unique_ptr<re2::RE2> passive;
  std::unique_ptr<re2::RE2> guard;         // a negation or condition right before a match
  std::unique_ptr<re2::RE2> negated_after;  // "... is not supported" right after a match
};

TextScanner::~TextScanner() = default;

Result<std::shared_ptr<const TextScanner>> TextScanner::Compile(std::span<const TextRule> rules) {
  std::shared_ptr<TextScanner> scanner(new TextScanner());
  scanner->compiled_ = std::make_unique<Compiled>();
  Compiled& c = *scanner->compiled_;
  const re2::RE2::Options options = RuleOptions();
  c.set = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
  c.sentence_set = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
  for (const TextRule& rule : rules) {
    auto re = std::make_unique<re2::RE2>(rule.pattern, options);
    if (!re->ok()) {
      return MakeError("scanner rule " + std::string(rule.id) + ": invalid regex: " + re->error());
    }
    std::string error;
    re2::RE2::Set& set = rule.sentence_level ? *c.sentence_set : *c.set;
    if (set.Add(rule.pattern, &error) < 0) {
      return MakeError("scanner rule " + std::string(rule.id) + ": invalid regex: " + error);
    }
    (rule.sentence_level ? c.sentence_rule : c.set_rule)
        .push_back(static_cast<int>(scanner->rules_.size()));
    scanner->rules_.push_back(&rule);
    c.regexes.push_back(std::move(re));
  }
  if (!c.set->Compile() || !c.sentence_set->Compile())
    return MakeError("scanner rules: RE2 set too large to compile");
  c.mention = std::make_unique<re2::RE2>(
      R"((?:e\.g\.|i\.e\.)|\b(?:detects?|detecting|detection|detector|scans?\s+for|scanning\s+for|flags?|flagging|)"
      R"(identif\w*|classif\w*|blocks?|blocking|prevents?|preventing|protects?\s+against|such\s+as|)"
      R"(for\s+example|for\s+instance|patterns?|warns?\s+(?:about|of)|guards?\s+)"
      R"(against|attacks?|injections?|phrases?|examples?|red[\s-]team\w*|simulat\w*|test\s+cases?|)"
      R"(malicious|suspicious|indicators?|signatures?|heuristics?|)"
      R"(jailbreaks?|poison\w*|adversarial|samples?)\b)",
      options);
  c.guard = std::make_unique<re2::RE2>(
      R"((?:\bnever|\bnot|n't|\bno|\bafter|\bonce|\buntil|\bunless|\bif|\bwhen|\bonly\s+when|)"
      R"(\bwithout\s+first|\bnachdem|\bsobald|\bdespu[ée]s\s+de\s+que|\bapr[èe]s\s+que|\bdopo\s+che|)"
      R"(\bdepois\s+que|\bsau\s+khi|\bsetelah|\bnadat|\bzodra|\bpo\s+tym\s+jak)[\s,]+(?:\S+\s+){0,3}$)",
      options);
  c.negated_after = std::make_unique<re2::RE2>(
      R"(^[^.;]{0,40}?\b(?:is|are|will\s+be|gets?)\s+(?:not|never)\s+(?:supported|allowed|permitted|)"
      R"(accepted|executed|run|recommended|used)|^[^.;]{0,40}?\b(?:is|are|will\s+be|gets?)\s+)"
      R"((?:rejected|refused|blocked|forbidden|disallowed|prohibited|denied))",
      options);
  c.passive = std::make_unique<re2::RE2>(R"(\b(?:are|is|be|been|was|were|being|gets?|got)\s+$)",
                                         options);
  c.example_host = std::make_unique<re2::RE2>(
      R"(example\.(?:com|org|net)|\.example\b|\.test\b|\.invalid\b|\.local\b|localhost|)"
      R"(127\.0\.0\.1|0\.0\.0\.0|\b10\.\d+\.\d+\.\d+|192\.168\.|your[-_]?(?:domain|company|org)|)"
      R"(@domain\.com|@company\.com|@email\.com|acme\.|foo\.|bar\.com|@yourdomain)",
      options);
  return std::shared_ptr<const TextScanner>(std::move(scanner));
}

void TextScanner::Scan(std::string_view text, std::vector<TextMatch>& out) const {
  if (text.empty()) return;
  const Compiled& c = *compiled_;
  std::vector<int> hits;
  bool every_rule = false;
  const auto run = [&](const re2::RE2::Set& set, const std::vector<int>& to_rule) {
    std::vector<int> found;
    re2::RE2::Set::ErrorInfo info;
    if (!set.Match(text, &found, &info)) {
      // The set's DFA ran out of memory on this text: run every rule on its own.
      if (info.kind != re2::RE2::Set::kNoError) every_rule = true;
      return;
    }
    for (int i : found) hits.push_back(to_rule[i]);
  };
  run(*c.set, c.set_rule);
  if (text.size() >= 16 && !c.sentence_rule.empty()) run(*c.sentence_set, c.sentence_rule);
  if (every_rule) {
    hits.clear();
    for (std::size_t i = 0; i < c.regexes.size(); ++i) hits.push_back(static_cast<int>(i));
  }
  if (hits.empty()) return;
  std::sort(hits.begin(), hits.end());
  for (int index : hits) {
    const TextRule& rule = *rules_[index];
    re2::StringPiece match;
    if (!c.regexes[index]->Match(text, 0, text.size(), re2::RE2::UNANCHORED, &match, 1)) continue;
    const std::size_t begin = static_cast<std::size_t>(match.data() - text.data());
    TextMatch m{&rule, begin, begin + match.size(), rule.severity};
    if (rule.ignore_example_hosts && re2::RE2::PartialMatch(match, *c.example_host)) continue;
    if (rule.guarded) {
      const std::size_t from = begin > 40 ? begin - 40 : 0;
      if (re2::RE2::PartialMatch(text.substr(from, begin - from), *c.guard)) continue;
    }
    if (rule.mention_downgrade) {
      // The mention must be in the same sentence or line: an "Examples" heading two sentences
      // up does not make a later order a quotation.
      std::size_t from = begin > kMentionWindow ? begin - kMentionWindow : 0;
      for (std::size_t i = begin; i > from; --i) {
        const bool abbreviation =
            i >= 5 && (text.substr(i - 5, 4) == "e.g." || text.substr(i - 5, 4) == "i.e.");
        if (text[i - 1] == '\n' ||
            (i >= 2 && text[i - 1] == ' ' && text[i - 2] == '.' && !abbreviation)) {
          from = i;
          break;
        }
      }
      const std::size_t near = begin > 16 ? begin - 16 : 0;
      // "Detects ... read ~/.ssh/id_rsa" describes an attack; "credentials are read from ..."
      // describes what the tool does: neither tells the model to act.
      if (re2::RE2::PartialMatch(text.substr(from, begin - from), *c.mention) ||
          (rule.category == "sensitive_files" &&
           re2::RE2::PartialMatch(text.substr(near, begin - near), *c.passive))) {
        m.severity = Lower(m.severity, 2);
      } else if (re2::RE2::PartialMatch(text.substr(m.end, 80), *c.negated_after) ||
                 (InsideQuotes(text, begin) && re2::RE2::PartialMatch(text, *c.mention))) {
        // "curl ... | sh is not supported" forbids the act; a quoted phrase in a text that
        // speaks of attacks or examples is cited, not ordered.
        m.severity = Lower(m.severity, 2);
      }
    }
    out.push_back(m);
  }
}

}  // namespace mcpgw::scanner
