#include "scanner/text_scanner.h"

#include <hs/hs.h>
#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>

#include "guards/hs_database.h"

namespace mcpgw::scanner {

namespace {

constexpr std::size_t kMentionWindow = 160;
constexpr std::size_t kQuoteWindow = 400;
// Atoms shorter than this are not used: a rule whose only literals are shorter runs on every
// text (few rules; the benchmark counts them).
constexpr int kMinAtomLength = 3;

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
  std::size_t straight = 0, backticks = 0;
  for (char ch : before) {
    straight += ch == '"' ? 1 : 0;
    backticks += ch == '`' ? 1 : 0;
  }
  if (straight % 2 == 1 || backticks % 2 == 1) return true;
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\u201c", "\u201d"},
                                    {"\u201e", "\u201c"}, {"\u00ab", "\u00bb"},
                                    {"\u300c", "\u300d"}, {"\u2018", "\u2019"}}) {
    const std::size_t o = before.rfind(open);
    if (o != std::string_view::npos && before.find(close, o) == std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

struct TextScanner::Compiled {
  // Every rule's RE2 (index = rule index) and the atom tree that maps atoms found to rules.
  std::unique_ptr<re2::FilteredRE2> filter;
  std::shared_ptr<const guards::HsDatabase> atoms;  // null when no rule has atoms
  std::uint64_t serial = 0;                         // which scratch fits `atoms`
  std::vector<int> all_rules;                       // 0..n-1 (the fallback)
  // Rules without atoms, matched together by one RE2::Set pass instead of one by one.
  std::unique_ptr<re2::RE2::Set> residual;
  std::vector<int> residual_rule;  // residual set index -> rule index
  std::vector<bool> is_residual;   // rule index -> in the residual set
  std::unique_ptr<re2::RE2> mention;
  std::unique_ptr<re2::RE2> example_host;
  std::unique_ptr<re2::RE2> passive;
  std::unique_ptr<re2::RE2> negation;  // a negation word, for rules whose match it cancels
  std::unique_ptr<re2::RE2> guard;         // a negation or condition right before a match
  std::unique_ptr<re2::RE2> negation_before;  // a negation a few words before a match
  std::unique_ptr<re2::RE2> negated_after;  // "... is not supported" right after a match
};

namespace {

std::atomic<std::uint64_t> next_serial{1};

// Per-thread scan state: the Vectorscan scratch (grown for every atom database this thread has
// scanned with) and reused buffers, so a scan allocates nothing once warm.
struct ThreadState {
  hs_scratch_t* scratch = nullptr;
  std::vector<std::uint64_t> prepared;  // serials the scratch is sized for
  std::vector<int> atoms;
  std::vector<int> rules;
  std::vector<int> residual;
  ~ThreadState() {
    if (scratch != nullptr) hs_free_scratch(scratch);
  }
};

ThreadState& State() {
  thread_local ThreadState state;
  return state;
}

int OnAtom(unsigned id, unsigned long long /*from*/, unsigned long long /*to*/, unsigned /*flags*/,
           void* context) {
  static_cast<std::vector<int>*>(context)->push_back(static_cast<int>(id));
  return 0;
}

// An atom as a Vectorscan literal: ASCII punctuation escaped, UTF-8 kept (the database is
// compiled in UTF-8 mode so that case folding covers Latin-1, Greek and Cyrillic letters).
std::string EscapeAtom(std::string_view atom) {
  std::string out;
  char buf[8];
  for (unsigned char c : atom) {
    if (c >= 0x80 || std::isalnum(c)) {
      out += static_cast<char>(c);
    } else {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  return out;
}

// The prefilter database: one case-insensitive UTF-8 literal per atom, id = atom index.
guards::HsDatabaseSpec SpecFromAtoms(const std::vector<std::string>& atoms) {
  guards::HsDatabaseSpec spec;
  spec.name = "scanner.atoms";
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    spec.expressions.push_back({EscapeAtom(atoms[i]),
                                HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH,
                                static_cast<unsigned>(i), guards::HsOnReject::kFail});
  }
  return spec;
}

// True when `text` is valid UTF-8 without the few letters RE2 folds to ASCII but Vectorscan
// does not (long s U+017F, Kelvin sign U+212A, Angstrom sign U+212B): only then can the
// prefilter stand in for running every rule.
bool PrefilterCanRun(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || b0 == 0xC0 || b0 == 0xC1 || b0 > 0xF4 || i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0) || (b0 == 0xF0 && b1 < 0x90) ||
        (b0 == 0xF4 && b1 >= 0x90))
      return false;  // overlong, surrogate or beyond U+10FFFF
    if (b0 == 0xC5 && b1 == 0xBF) return false;
    if (b0 == 0xE2 && b1 == 0x84 && len == 3) {
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if (b2 == 0xAA || b2 == 0xAB) return false;
    }
    i += len;
  }
  return true;
}

}  // namespace

TextScanner::~TextScanner() = default;

guards::HsDatabaseSpec TextScanner::AtomDatabaseSpec(std::span<const TextRule> rules) {
  re2::FilteredRE2 filter(kMinAtomLength);
  for (const TextRule& rule : rules) {
    int id = -1;
    filter.Add(rule.pattern, RuleOptions(), &id);
  }
  std::vector<std::string> atoms;
  if (filter.NumRegexps() > 0) filter.Compile(&atoms);
  return SpecFromAtoms(atoms);
}

std::size_t TextScanner::unfiltered_rule_count() const { return compiled_->residual_rule.size(); }

Result<std::shared_ptr<const TextScanner>> TextScanner::Compile(std::span<const TextRule> rules) {
  std::shared_ptr<TextScanner> scanner(new TextScanner());
  scanner->compiled_ = std::make_unique<Compiled>();
  Compiled& c = *scanner->compiled_;
  const re2::RE2::Options options = RuleOptions();
  c.filter = std::make_unique<re2::FilteredRE2>(kMinAtomLength);
  for (const TextRule& rule : rules) {
    int id = -1;
    if (c.filter->Add(rule.pattern, options, &id) != re2::RE2::NoError) {
      const re2::RE2 probe(rule.pattern, options);
      return MakeError("scanner rule " + std::string(rule.id) + ": invalid regex: " +
                       probe.error());
    }
    c.all_rules.push_back(id);
    scanner->rules_.push_back(&rule);
  }
  if (!rules.empty()) {
    std::vector<std::string> atoms;
    c.filter->Compile(&atoms);
    const guards::HsDatabaseSpec spec = SpecFromAtoms(atoms);
    if (!spec.expressions.empty()) {
      guards::HsBuild built = guards::BuildHsDatabase(spec);
      if (!built) {
        return MakeError("scanner rules: keyword prefilter: " + built.error().message);
      }
      c.atoms = std::move(*built);
      c.serial = next_serial.fetch_add(1);
    }
    // Rules without atoms pass every prefilter: they are matched together as one set.
    c.filter->AllPotentials({}, &c.residual_rule);
    std::sort(c.residual_rule.begin(), c.residual_rule.end());
    c.is_residual.assign(rules.size(), false);
    c.residual = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
    for (int index : c.residual_rule) {
      c.is_residual[index] = true;
      std::string error;
      if (c.residual->Add(rules[index].pattern, &error) < 0)
        return MakeError("scanner rule " + std::string(rules[index].id) + ": " + error);
    }
    if (!c.residual->Compile()) return MakeError("scanner rules: RE2 set too large to compile");
  }
  c.mention = std::make_unique<re2::RE2>(
      R"((?:e\.g\.|i\.e\.)|\b(?:detects?|detecting|detection|detector|scans?\s+for|scanning\s+for|flags?|flagging|)"
      R"(identif\w*|classif\w*|blocks?|blocking|prevents?|preventing|protects?\s+against|such\s+as|)"
      R"(for\s+example|for\s+instance|patterns?|warns?\s+(?:about|of)|guards?\s+)"
      R"(against|attack(?:s|ers?)?|scammers?|fraudsters?|injections?|phrases?|red[\s-]team\w*|simulat\w*|test\s+cases?|)"
      R"(malicious|suspicious|indicators?|signatures?|heuristics?|)"
      R"(jailbreaks?|poison\w*|adversarial|samples?|payloads?|recogni[sz]\w*|typical|)"
      R"(attempts?\s+to|tries\s+to|reports?\s+when|exfiltration|phishing|)"
      // The same words in the other languages of the rules.
      R"(detecta\w*|inyecci\w+|ataques?|ejemplos?|patr[oó]n\w*|erkenn\w*|muster\w*|angriff\w*|)"
      R"(beispiel\w*|d[ée]tect\w*|exemples?|attaques?|motifs?|rileva\w*|attacchi|esempi\w*|)"
      R"(deteta\w*|exemplos?|wykryw\w*|przykład\w*|ataki?|detecteert|voorbeeld\w*|aanval\w*|)"
      R"(upptäck\w*|exempel|angrepp|tespit|örne\w*|saldır\w*|odhal\w*|příklad\w*|útok\w*|)"
      R"(mendeteksi|deteksi|contoh|serangan|phát\s+hiện|ví\s+dụ|tấn\s+công)\b|обнаруж|атак|пример|)"
      R"(виявля|приклад|पता\s+लगा|उदाहरण|हमल|يكتشف|مثال|هجوم|حقن|מזהה|דוגמ|התקפ|למשל|כגון|הזרק|)"
      R"(مانند|تزریق|)"
      R"(检测|攻击|示例|例如|検出|攻撃|例えば|탐지|공격|예시|)"
      // "example" as a word, not a host's name ("mirror.example", "docs-example.org").
      R"((?:^|[^\w./-])examples?\b)",
      options);
  c.guard = std::make_unique<re2::RE2>(
      R"((?:\bnever|\bnot|n't|\bno|\bafter|\bonce|\buntil|\bunless|\bif|\bwhen|\bonly\s+when|)"
      R"(\bwithout\s+first|\bnachdem|\bsobald|\bdespu[ée]s\s+de\s+que|\bapr[èe]s\s+que|\bdopo\s+che|)"
      R"(\bdepois\s+que|\bsau\s+khi|\bsetelah|\bnadat|\bzodra|\bpo\s+tym\s+jak)[\s,]+(?:\S+\s+){0,3}$)",
      options);
  c.negation_before = std::make_unique<re2::RE2>(
      R"((?:\b(?:never|not|no|nunca|jamais|niemals|nie|mai|refuses?\s+to|n[ãa]o|non|nicht|niet|nooit)\b|)"
      R"(n't|не\s|ні\s|绝不|決して|不要|不会|不得)[\s,]*(?:\S+\s+){0,4}$)",
      options);
  c.negated_after = std::make_unique<re2::RE2>(
      R"(^[^.;]{0,40}?\b(?:is|are|will\s+be|gets?)\s+(?:not|never)\s+(?:supported|allowed|permitted|)"
      R"(accepted|executed|run|recommended|used)|^[^.;]{0,40}?\b(?:is|are|will\s+be|gets?)\s+)"
      R"((?:rejected|refused|blocked|forbidden|disallowed|prohibited|denied))",
      options);
  c.negation = std::make_unique<re2::RE2>(
      R"(\b(?:never|not|no|nor|without|nunca|jamais|niemals|nie|mai|nooit|aldrig)\b|n't\b|\bne\s+\S+\s+pas\b)",
      options);
  c.passive = std::make_unique<re2::RE2>(R"(\b(?:are|is|be|been|was|were|being|gets?|got)\s+$)",
                                         options);
  // Placeholder hosts of real documentation. Not the reserved .example/.test/.invalid names: a
  // description that orders mail or files sent to one is as suspicious as with a real domain,
  // and test corpora write every attacker's host that way.
  c.example_host = std::make_unique<re2::RE2>(
      R"(example\.(?:com|org|net)|\.local\b|localhost|)"
      R"(127\.0\.0\.1|0\.0\.0\.0|\b10\.\d+\.\d+\.\d+|192\.168\.|your[-_]?(?:domain|company|org)|)"
      R"(@domain\.com|@company\.com|@email\.com|acme\.|foo\.|bar\.com|@yourdomain)",
      options);
  return std::shared_ptr<const TextScanner>(std::move(scanner));
}

void TextScanner::Scan(std::string_view text, std::vector<TextMatch>& out) const {
  if (text.empty()) return;
  const Compiled& c = *compiled_;
  if (c.atoms == nullptr || text.size() > std::numeric_limits<unsigned>::max() ||
      !PrefilterCanRun(text)) {
    ScanEveryRule(text, out);
    return;
  }
  ThreadState& state = State();
  if (std::find(state.prepared.begin(), state.prepared.end(), c.serial) == state.prepared.end()) {
    if (hs_alloc_scratch(c.atoms->get(), &state.scratch) != HS_SUCCESS) {
      ScanEveryRule(text, out);
      return;
    }
    state.prepared.push_back(c.serial);
  }
  state.atoms.clear();
  if (guards::HsScan(c.atoms->get(), text.data(), static_cast<unsigned>(text.size()),
                     state.scratch, OnAtom, &state.atoms) != HS_SUCCESS) {
    ScanEveryRule(text, out);
    return;
  }
  state.rules.clear();
  if (!state.atoms.empty()) {
    c.filter->AllPotentials(state.atoms, &state.rules);
    std::erase_if(state.rules, [&c](int index) { return c.is_residual[index]; });
  }
  if (!c.residual_rule.empty()) {
    state.residual.clear();
    re2::RE2::Set::ErrorInfo info;
    if (c.residual->Match(text, &state.residual, &info)) {
      for (int i : state.residual) state.rules.push_back(c.residual_rule[i]);
    } else if (info.kind != re2::RE2::Set::kNoError) {
      // The set's DFA ran out of memory on this text: its rules run one by one.
      state.rules.insert(state.rules.end(), c.residual_rule.begin(), c.residual_rule.end());
    }
  }
  if (state.rules.empty()) return;
  std::sort(state.rules.begin(), state.rules.end());
  state.rules.erase(std::unique(state.rules.begin(), state.rules.end()), state.rules.end());
  Confirm(text, state.rules, out);
}

void TextScanner::ScanEveryRule(std::string_view text, std::vector<TextMatch>& out) const {
  if (text.empty()) return;
  Confirm(text, compiled_->all_rules, out);
}

void TextScanner::Confirm(std::string_view text, const std::vector<int>& indices,
                          std::vector<TextMatch>& out) const {
  const Compiled& c = *compiled_;
  for (int index : indices) {
    const TextRule& rule = *rules_[index];
    // Sentence-level rules skip short texts (names, enum values, one-word descriptions).
    if (rule.sentence_level && text.size() < 16) continue;
    re2::StringPiece match;
    if (!c.filter->GetRE2(index).Match(text, 0, text.size(), re2::RE2::UNANCHORED, &match, 1))
      continue;
    const std::size_t begin = static_cast<std::size_t>(match.data() - text.data());
    TextMatch m{&rule, begin, begin + match.size(), rule.severity};
    if (rule.ignore_example_hosts && re2::RE2::PartialMatch(match, *c.example_host)) continue;
    if (rule.negation_inside_cancels && re2::RE2::PartialMatch(match, *c.negation)) continue;
    if (rule.guarded) {
      const std::size_t from = begin > 40 ? begin - 40 : 0;
      if (re2::RE2::PartialMatch(text.substr(from, begin - from), *c.guard)) continue;
    }
    if (rule.negation_before_cancels) {
      const std::size_t from = begin > 48 ? begin - 48 : 0;
      if (re2::RE2::PartialMatch(text.substr(from, begin - from), *c.negation_before)) continue;
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
      // A quoted phrase is cited when the words that cite it come shortly before it (this
      // sentence or the one before): a word such as "example" elsewhere in a long text does not
      // turn a quoted order into a citation.
      const std::size_t quote_from = begin > kQuoteWindow ? begin - kQuoteWindow : 0;
      // "Detects ... read ~/.ssh/id_rsa" describes an attack; "credentials are read from ..."
      // describes what the tool does: neither tells the model to act.
      if (re2::RE2::PartialMatch(text.substr(from, begin - from), *c.mention) ||
          (rule.category == "sensitive_files" &&
           re2::RE2::PartialMatch(text.substr(near, begin - near), *c.passive))) {
        m.severity = Lower(m.severity, 2);
      } else if (re2::RE2::PartialMatch(text.substr(m.end, 80), *c.negated_after) ||
                 (InsideQuotes(text, begin) &&
                  re2::RE2::PartialMatch(text.substr(quote_from, begin - quote_from),
                                         *c.mention))) {
        // "curl ... | sh is not supported" forbids the act; a quoted phrase in a text that
        // speaks of attacks or examples is cited, not ordered.
        m.severity = Lower(m.severity, 2);
      }
    }
    out.push_back(m);
  }
}

}  // namespace mcpgw::scanner
