#include "guards/injection/injection_detector.h"

#include "guards/injection/disguise_signs.h"
#include "guards/injection/encoded_runs.h"
#include "guards/injection/hidden_regions.h"
#include "guards/injection/injection_model.h"
#include "guards/injection/segment_features.h"
#include "guards/injection/invisible_text.h"
#include "guards/injection/text_context.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_set>

namespace mcpgw::guards::injection {

struct InjectionDetector::Cluster {
  std::size_t begin = 0;  // span in the scanned text
  std::size_t end = 0;
  float score = 0.0f;
  Technique technique = Technique::kInstructionOverride;
};

namespace {

bool IsAsciiDigitByte(char c) { return c >= '0' && c <= '9'; }

constexpr std::size_t kClusterGap = 300;
constexpr std::size_t kReportedReach = 60;
constexpr std::size_t kMetaReach = 1500;
constexpr int kMaxDepth = 2;
constexpr float kDecodedFloor = 0.35f;  // a decoded text scoring this much makes a cue

enum class Origin : std::uint8_t { kPlain, kHidden, kEncoded };

constexpr std::uint32_t kDecodedRule = 0xFFFFFFFFu;  // pseudo-rule of decoded-content cues
constexpr std::uint32_t kModelRule = 0xFFFFFFFEu;    // pseudo-rule of the learned model's cues

// The learned model (injection_model.h): a segment scoring at least kModelFloor becomes a primary
// cue of weight kModelBase + (p - kModelFloor) * kModelSlope: 0.35 at the floor (a detection only
// with other evidence, e.g. secrecy toward the user), 0.5 from p = 0.857 (a detection on its own),
// 0.629 at p = 1. The slope was chosen on the fifth blind sets with a model not trained on them;
// the floor (0.8 with 12 training epochs, 0.72 for the two-epoch model until 2026-12-06) on
// rounds left out of its training, once the rules' false positives on text about attacks had
// fallen (docs/guards-injection.md, "The learned model").
constexpr float kModelFloor = 0.69f;
constexpr float kModelBase = 0.35f;
constexpr float kModelSlope = 0.9f;
// A segment of fewer word tokens (a Han or kana character counts as one) is not scored: menu
// items, buttons and banners ("Add to cart", "Close menu") are short imperatives, and the model
// cannot tell them from a short injected order without more words.
constexpr std::size_t kModelMinTokens = 6;

// Calls fn(begin, end) for each sentence of `segment` (ends after ". ", "! ", "? ", "。", "！",
// "？", "।"), offsets relative to `segment`.
template <typename Fn>
void ForEachSentence(std::string_view segment, Fn&& fn) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < segment.size(); ++i) {
    const auto c = static_cast<unsigned char>(segment[i]);
    std::size_t end = 0;
    if ((c == '.' || c == '!' || c == '?') && (i + 1 == segment.size() || segment[i + 1] == ' '))
      end = i + 1;
    else if (i + 2 < segment.size() &&
             ((c == 0xE3 && segment.substr(i, 3) == "\xE3\x80\x82") ||
              (c == 0xEF && (segment.substr(i, 3) == "\xEF\xBC\x81" ||
                             segment.substr(i, 3) == "\xEF\xBC\x9F")) ||
              (c == 0xE0 && segment.substr(i, 3) == "\xE0\xA5\xA4")))
      end = i + 3;
    if (end == 0) continue;
    std::size_t b = start;
    while (b < end && segment[b] == ' ') ++b;
    if (b < end) fn(b, end);
    start = end;
    i = end - 1;
  }
  std::size_t b = start;
  while (b < segment.size() && segment[b] == ' ') ++b;
  if (b < segment.size()) fn(b, segment.size());
}

// The technique a model cue reports when no rule cue of its cluster names one: a URL or an
// address suggests exfiltration, a snake_case name a tool call, anything else an override.
Technique ModelTechnique(std::string_view segment) {
  if (segment.find("://") != std::string_view::npos || segment.find('@') != std::string_view::npos)
    return Technique::kExfiltration;
  for (std::size_t i = 1; i + 1 < segment.size(); ++i)
    if (segment[i] == '_' && std::isalnum(static_cast<unsigned char>(segment[i - 1])) &&
        std::isalnum(static_cast<unsigned char>(segment[i + 1])))
      return Technique::kToolCoaxing;
  return Technique::kInstructionOverride;
}

struct Cue {
  std::uint32_t rule;  // index in BuiltinCueRules(), or kDecodedRule
  std::size_t begin;
  std::size_t end;
  float weight;  // effective, after context
  Technique technique;
  CueKind kind;
  Origin origin;
  std::size_t region_begin;  // the hidden region or encoded run (origin != kPlain)
  std::size_t region_end;
};

struct RoleLine {
  std::size_t begin;
  std::size_t end;
};

float NoisyOr(float acc, float w) { return 1.0f - (1.0f - acc) * (1.0f - std::clamp(w, 0.0f, 1.0f)); }

// Counts positions in [lo, hi) of a sorted vector.
std::size_t CountIn(const std::vector<std::size_t>& sorted, std::size_t lo, std::size_t hi) {
  return static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), hi) -
                                  std::lower_bound(sorted.begin(), sorted.end(), lo));
}

bool AsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool AsciiWordByte(char c) { return AsciiLetter(c) || (c >= '0' && c <= '9'); }

// The offset just past the role word (system, user, assistant; at most 12 letters) that may
// follow a chat-template token ending at `end`.
std::size_t AfterRoleWord(std::string_view text, std::size_t end) {
  std::size_t i = end;
  for (int n = 0; i < text.size() && n < 12 && AsciiLetter(text[i]); ++i, ++n) {
  }
  return i;
}

// True when the chat-template token ending at `end` is named in a list rather than opening a
// turn: after its role word (if any) comes a list separator ("<|im_start|>system, <|im_start|>user
// and ...", "<|im_start|> 和 <|im_end|>", "[INST] or <<SYS>>"). A turn opens with a line break or
// the turn's own text instead.
bool RoleTokenListed(std::string_view text, std::size_t end) {
  const std::size_t i = AfterRoleWord(text, end);
  const std::string_view rest = text.substr(i, 12);
  // Latin and Cyrillic conjunctions, and the CJK ones: 、 ， 和 或 と (UTF-8 escapes below).
  // clang-format off
  static constexpr std::string_view kSeparators[] = {
      ",", ")", " and ", " or ", " et ", " ou ", " y ", " o ", " und ", " oder ", " e ", " en ",
      " of ", " i ", " lub ", " ve ", " veya ", " / ", " \xD0\xB8 ", " \xD0\xB8\xD0\xBB\xD0\xB8 ",
      "\xE3\x80\x81", "\xEF\xBC\x8C", " \xE5\x92\x8C", "\xE5\x92\x8C", " \xE6\x88\x96", "\xE6\x88\x96",
      "\xE3\x81\xA8"};
  // clang-format on
  for (std::string_view sep : kSeparators)
    if (rest.substr(0, sep.size()) == sep) return true;
  return false;
}

// True when the chat-template token ending at `end` opens a template placeholder rather than a
// turn's text: after its role word (if any), blanks and line breaks (real or written "\n") comes
// {name}, {{ ... }} or {% ... %} (Jinja, Python format strings): "<<SYS>>\n{system_prompt}",
// "[INST] {user_message} [/INST]" document a prompt format. (A fake tool call carrying
// "{{conversation}}" in its arguments is not affected: there the token is followed by markup.)
bool RoleTokenTemplated(std::string_view text, std::size_t end) {
  std::size_t i = AfterRoleWord(text, end);
  for (int n = 0; i < text.size() && n < 8; ++n) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
      ++i;
    } else if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
      i += 2;
    } else {
      break;
    }
  }
  // A role object of a messages array whose content is a placeholder: {"role": "system",
  // "content": "..."} (docs of a chat API), "", "…", "<your prompt>".
  if (i < text.size() && text[i] == ':') {
    ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] != '"') return false;
    const std::size_t close = text.find('"', i + 1);
    if (close == std::string_view::npos || close - i > 40) return false;
    const std::string_view value = text.substr(i + 1, close - i - 1);
    return value.empty() || value == "..." || value == "\xE2\x80\xA6" ||
           (value.size() >= 2 && value.front() == '<' && value.back() == '>');
  }
  if (i + 1 >= text.size() || text[i] != '{') return false;
  const char c = text[i + 1];
  if (c == '{' || c == '%') return true;
  if (!AsciiLetter(c)) return false;
  std::size_t j = i + 2;
  while (j < text.size() && j < i + 40 && (AsciiWordByte(text[j]) || text[j] == '.')) ++j;
  return j < text.size() && text[j] == '}';
}

// True when the chat-template token starting at `begin` closes a template placeholder: right
// before it (blanks and line breaks aside) ends {name}, {{ ... }} or {% ... %}
// ("{{ .Prompt }}<|im_end|>", "{user_message} [/INST]"). A JSON object's end ("...}") is not one.
bool RoleTokenAfterPlaceholder(std::string_view text, std::size_t begin) {
  std::size_t i = begin;
  for (int n = 0; i > 0 && n < 8; ++n) {
    if (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n' || text[i - 1] == '\r') {
      --i;
    } else if (i >= 2 && text[i - 2] == '\\' && text[i - 1] == 'n') {
      i -= 2;
    } else {
      break;
    }
  }
  if (i == 0 || text[i - 1] != '}') return false;
  const std::size_t from = i > 48 ? i - 48 : 0;
  const std::size_t open = text.rfind('{', i - 1);
  if (open == std::string_view::npos || open < from) return false;
  std::string_view inner = text.substr(open + 1, i - 1 - (open + 1));  // between { and the last }
  if (!inner.empty() && (inner.front() == '{' || inner.front() == '%')) inner.remove_prefix(1);
  if (!inner.empty() && (inner.back() == '}' || inner.back() == '%')) inner.remove_suffix(1);
  if (inner.empty()) return false;
  return std::all_of(inner.begin(), inner.end(), [](char c) {
    return AsciiWordByte(c) || c == '.' || c == ' ' || c == '-' || c == '|';
  });
}

// True when the 600 bytes before `first` or the 300 after `last` name a prompt format or show an
// example: "format", "template", "token(izer)", "example", "syntax", "prompt", "chat", in the
// languages the rules read (ASCII compared without case; the others as written).
bool FormatWordIn(std::string_view window);
bool FormatWordNear(std::string_view text, std::size_t first, std::size_t last) {
  const std::size_t from = first > 600 ? first - 600 : 0;
  const std::size_t to = std::min(text.size(), last + 300);
  return FormatWordIn(text.substr(from, first - from)) ||
         (last < to && FormatWordIn(text.substr(last, to - last)));
}

// The speakers a chat-template token (with its role word) names, one bit each: system, user
// (user, human, [INST]), assistant (assistant, model, gpt, bot, [/INST]), tool.
unsigned SpeakerBits(std::string_view token) {
  std::string t(token);
  for (char& c : t) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  if (t.find("/inst") != std::string::npos) return 4;
  if (t.find("inst") != std::string::npos) return 2;
  if (t.find("sys") != std::string::npos) return 1;
  if (t.find("user") != std::string::npos || t.find("human") != std::string::npos) return 2;
  if (t.find("assistant") != std::string::npos || t.find("model") != std::string::npos ||
      t.find("gpt") != std::string::npos || t.find("bot") != std::string::npos)
    return 4;
  if (t.find("tool") != std::string::npos || t.find("function") != std::string::npos ||
      t.find("ipython") != std::string::npos)
    return 8;
  return 0;
}

bool FormatWordIn(std::string_view window) {
  // clang-format off
  static constexpr std::string_view kAscii[] = {
      "format", "template", "token", "example", "e.g.", "syntax", "prompt", "chat", "beispiel",
      "vorlage", "exemple", "ejemplo", "plantilla", "esempio", "modello", "voorbeeld", "sjabloon",
      "przyk", "szablon", "ornek", "contoh", "vi du", "exemplo", "modelo", "mall", "exempel"};
  static constexpr std::string_view kOther[] = {
      "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x80",  // пример
      "\xD1\x84\xD0\xBE\xD1\x80\xD0\xBC\xD0\xB0\xD1\x82",  // формат
      "\xD1\x88\xD0\xB0\xD0\xB1\xD0\xBB\xD0\xBE\xD0\xBD",  // шаблон
      "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xB4",  // приклад
      "\xE7\xA4\xBA\xE4\xBE\x8B", "\xE6\xA0\xBC\xE5\xBC\x8F", "\xE6\xA8\xA1\xE6\x9D\xBF",  // 示例 格式 模板
      "\xE4\xBE\x8B", "\xE5\xBD\xA2\xE5\xBC\x8F",  // 例 形式
      "\xE3\x83\x86\xE3\x83\xB3\xE3\x83\x97\xE3\x83\xAC\xE3\x83\xBC\xE3\x83\x88",  // テンプレート
      "\xEC\x98\x88", "\xED\x98\x95\xEC\x8B\x9D", "\xED\x85\x9C\xED\x94\x8C\xEB\xA6\xBF",  // 예 형식 템플릿
      "\xD9\x85\xD8\xAB\xD8\xA7\xD9\x84", "\xD9\x82\xD8\xA7\xD9\x84\xD8\xA8",  // مثال قالب
      "\xE0\xA4\x89\xE0\xA4\xA6\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA4\xB0\xE0\xA4\xA3"};  // उदाहरण
  // clang-format on
  std::string lower(window);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  // A word of its own: not inside another word, a host name or a path (".example", "/chat/").
  for (std::string_view w : kAscii)
    for (std::size_t at = lower.find(w); at != std::string::npos; at = lower.find(w, at + 1)) {
      const char before = at == 0 ? ' ' : lower[at - 1];
      if (!AsciiWordByte(before) && before != '.' && before != '/' && before != '@' &&
          before != '-')
        return true;
    }
  for (std::string_view w : kOther)
    if (window.find(w) != std::string_view::npos) return true;
  return false;
}

// `end` moved back over closing quotation marks (" ' ” » 」 』) that end [begin, end).
std::size_t TrimClosingQuote(std::string_view text, std::size_t begin, std::size_t end) {
  static constexpr std::string_view kClosing[] = {"\"", "'", "\xE2\x80\x9D", "\xC2\xBB",
                                                  "\xE3\x80\x8D", "\xE3\x80\x8F"};
  bool moved = true;
  while (moved && end > begin) {
    moved = false;
    for (std::string_view m : kClosing)
      if (end - begin > m.size() && text.substr(end - m.size(), m.size()) == m) {
        end -= m.size();
        moved = true;
        break;
      }
  }
  return end;
}

// True when the words just before `begin` make what follows a purpose or an ability rather than
// an order: "prompts designed to | override ...", "attempts to | ignore ...", "how to",
// "allow tools to | override ...", "convince the model to | ignore ...". English only; the
// infinitive marker must touch the match.
bool PurposeBefore(std::string_view text, std::size_t begin) {
  std::size_t e = begin;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  auto word_before = [&](std::size_t end, std::size_t& start) {
    start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
    std::string w(text.substr(start, end - start));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  };
  std::size_t s0 = 0;
  if (word_before(e, s0) != "to" || s0 == e) return false;
  std::size_t e1 = s0;
  while (e1 > 0 && text[e1 - 1] == ' ') --e1;
  std::size_t s1 = 0;
  const std::string w1 = word_before(e1, s1);
  static const std::unordered_set<std::string_view> kPurpose = {
      "designed", "meant", "intended", "built", "crafted", "engineered", "attempt", "attempts",
      "attempting", "attempted", "try", "tries", "trying", "tried", "how", "way", "ways", "able",
      "unable", "aim", "aims", "aiming", "seek", "seeks", "seeking", "manage", "manages",
      "managed", "allow", "allows", "allowed", "allowing", "enable", "enables", "enabled"};
  if (kPurpose.contains(w1)) return true;
  std::size_t e2 = s1;
  while (e2 > 0 && text[e2 - 1] == ' ') --e2;
  std::size_t s2 = 0;
  const std::string w2 = word_before(e2, s2);
  // "allow tools to", "convince the model to" (one or two words between).
  static const std::unordered_set<std::string_view> kCausative = {
      "allow", "allows", "allowing", "allowed", "let", "lets", "letting", "enable", "enables",
      "trick", "tricks", "tricking", "tricked", "convince", "convinces", "convincing",
      "persuade", "persuades", "persuading", "coax", "coaxes", "coaxing", "force", "forces",
      "forcing", "manipulate", "manipulates", "manipulating", "get", "gets", "getting"};
  if (!w1.empty() && kCausative.contains(w2)) return true;
  std::size_t e3 = s2;
  while (e3 > 0 && text[e3 - 1] == ' ') --e3;
  std::size_t s3 = 0;
  return !w1.empty() && !w2.empty() && kCausative.contains(word_before(e3, s3));
}

// The first byte of [begin, end) after a rule's context anchor: blanks, line breaks, sentence
// ends, opening quotes and brackets, comment marks ("//", "#", "*", "<!--"), dashes.
std::size_t SkipAnchor(std::string_view text, std::size_t begin, std::size_t end) {
  static constexpr std::string_view kMarks[] = {"\xE2\x80\x9C", "\xC2\xAB", "\xE2\x80\x94",
                                                "\xE2\x80\x93", "\xE3\x80\x8C", "<!--"};
  while (begin < end) {
    if (std::strchr(" \t\r\n>\"'([*#/.!?;-", text[begin]) != nullptr && text[begin] != '\0') {
      ++begin;
      continue;
    }
    bool mark = false;
    for (std::string_view m : kMarks)
      if (text.substr(begin, m.size()) == m) {
        begin += m.size();
        mark = true;
        break;
      }
    if (!mark) break;
  }
  return begin;
}

// True when the cue [begin, end) names its addressee before a colon ("Bot: ...", "AI助手：...")
// and the text reads as a dialog: the same label appears again, or another speaker line does.
bool SpeakerLabel(std::string_view text, std::size_t begin, std::size_t end,
                  const std::vector<RoleLine>& role_lines) {
  const std::string_view cue = text.substr(begin, std::min(end, begin + 80) - begin);
  std::size_t colon = cue.find(':');
  std::size_t width = 1;
  if (const std::size_t wide = cue.find("\xEF\xBC\x9A"); wide < colon) {  // fullwidth colon
    colon = wide;
    width = 3;
  }
  if (colon == std::string_view::npos) return false;
  const std::string_view label = cue.substr(0, colon + width);
  const std::size_t first = text.find(label);
  if (first != std::string_view::npos && text.find(label, first + 1) != std::string_view::npos)
    return true;
  for (const RoleLine& r : role_lines)
    if (r.end <= begin || r.begin >= begin + colon + width) return true;
  return false;
}

}  // namespace

InjectionPatternSpecs BuiltinInjectionPatternSpecs() {
  InjectionPatternSpecs out;
  const std::vector<CueRule>& rules = BuiltinCueRules();
  for (std::uint32_t i = 0; i < rules.size(); ++i) {
    const CueRule& rule = rules[i];
    PatternSpec spec{rule.regex, rule.caseless, rule.trigger, rule.before, rule.after,
                     rule.kind == CueKind::kMeta || rule.kind == CueKind::kReported ||
                         rule.kind == CueKind::kDisguise};
    if (rule.kind == CueKind::kPrimary || rule.kind == CueKind::kRot13 ||
        rule.kind == CueKind::kDisguise) {
      out.primary.push_back(std::move(spec));
      out.primary_ids.push_back(i);
    } else {
      out.context.push_back(std::move(spec));
      out.context_ids.push_back(i);
    }
  }
  return out;
}

Result<std::shared_ptr<const InjectionDetector>> InjectionDetector::Create(
    InjectionOptions options) {
  if (!(options.threshold > 0.0f && options.threshold <= 1.0f))
    return MakeError("threshold must be in (0, 1]");
  // The built-in rules are compiled once per process (about 1.5 s) and shared by every detector,
  // in two sets: the primary cues (scanned always) and the context cues (support, role lines,
  // meta and reporting words: scanned only when a primary cue or hidden text was found, since
  // without one no cluster can become a detection).
  struct Sets {
    Result<std::shared_ptr<const PatternSet>> primary = MakeError("not built");
    Result<std::shared_ptr<const PatternSet>> context = MakeError("not built");
    std::vector<std::uint32_t> primary_ids, context_ids;
  };
  static const Sets sets = [] {
    Sets out;
    InjectionPatternSpecs specs = BuiltinInjectionPatternSpecs();
    out.primary_ids = std::move(specs.primary_ids);
    out.context_ids = std::move(specs.context_ids);
    out.primary = PatternSet::Compile(specs.primary);
    out.context = PatternSet::Compile(specs.context);
    return out;
  }();
  if (!sets.primary) return MakeError("injection rules: " + sets.primary.error().message);
  if (!sets.context) return MakeError("injection rules: " + sets.context.error().message);
  std::shared_ptr<InjectionDetector> detector(new InjectionDetector());
  detector->options_ = std::move(options);
  detector->primary_ = *sets.primary;
  detector->context_ = *sets.context;
  detector->primary_ids_ = &sets.primary_ids;
  detector->context_ids_ = &sets.context_ids;
  return std::shared_ptr<const InjectionDetector>(std::move(detector));
}

float InjectionDetector::BestScore(std::string_view text, int depth) const {
  std::vector<Cluster> clusters;
  Clusters(text, {}, depth, clusters);
  float best = 0.0f;
  for (const Cluster& c : clusters) best = std::max(best, c.score);
  return best;
}

void InjectionDetector::Clusters(std::string_view original,
                                 std::span<const std::size_t> boundaries, int depth,
                                 std::vector<Cluster>& out) const {
  const std::vector<CueRule>& rules = BuiltinCueRules();
  // 1. Reveal invisible characters.
  std::optional<RevealedText> revealed;
  std::string_view text = original;
  if (HasInvisible(original)) {
    revealed.emplace();
    RevealInvisible(original, *revealed);
    text = revealed->text;
  }
  auto to_original = [&](std::size_t pos) -> std::size_t {
    if (!revealed) return pos;
    return revealed->origin[std::min(pos, revealed->origin.size() - 1)];
  };

  // 2. One pass over the cue patterns.
  thread_local std::vector<PatternHit> hits_tls;
  std::vector<PatternHit> hits_local;
  std::vector<PatternHit>& hits = depth == 0 ? hits_tls : hits_local;
  hits.clear();
  primary_->Scan(text, hits);
  for (PatternHit& hit : hits) hit.pattern = (*primary_ids_)[hit.pattern];

  // 3. Hidden regions and encoded runs (only looked for where they can be).
  // Scratch: per thread at depth 0 (a scan allocates nothing once warmed up), local when
  // rescanning decoded text (depth > 0 runs while depth 0's scratch is in use).
  struct Scratch {
    std::vector<HiddenRegion> hidden;
    std::vector<Cue> cues;
    std::vector<std::size_t> meta;      // begins of words about attacks
    std::vector<std::size_t> reported;  // ends of reporting words
    std::vector<RoleLine> role_lines;
    std::vector<std::pair<std::size_t, std::size_t>> rot13_windows;
    std::vector<std::pair<std::size_t, std::size_t>> disguise_lines;
    void Clear() {
      disguise_lines.clear();
      hidden.clear();
      cues.clear();
      meta.clear();
      reported.clear();
      role_lines.clear();
      rot13_windows.clear();
    }
  };
  thread_local Scratch scratch_tls;
  Scratch scratch_local;
  Scratch& scratch = depth == 0 ? scratch_tls : scratch_local;
  scratch.Clear();
  std::vector<HiddenRegion>& hidden = scratch.hidden;
  FindHiddenRegions(text, hidden);
  if (revealed)
    for (const RevealedRange& r : revealed->hidden) hidden.push_back({r.begin, r.end});
  // 3b. The learned model over the segments worth scoring (its cues join the rule cues below).
  std::vector<Cue>& cues = scratch.cues;
  if (options_.model) {
    const InjectionModel& model = InjectionModel::Builtin();
    ForEachSegment(text, [&](std::size_t b, std::size_t e) {
      const std::string_view segment = text.substr(b, e - b);
      if (!WorthScoring(segment)) return;
      std::size_t tokens = 0;
      const float p = model.Score(segment, &tokens);
      if (p < kModelFloor || tokens < kModelMinTokens) return;
      // The finding's span: the sentences of the segment that read as an attack on their own
      // (p >= kModelFloor, the bar of a segment: a short sentence's score is mostly the model's
      // bias, and a review's "Great hotel, clean rooms." before an order reached 0.5), or the
      // whole segment when none does (the attack needs all of it).
      std::size_t span_b = e, span_e = b;
      ForEachSentence(segment, [&](std::size_t sb, std::size_t se) {
        if (sb == 0 && se == segment.size()) return;  // one sentence: the segment itself
        if (model.Score(segment.substr(sb, se - sb)) < kModelFloor) return;
        span_b = std::min(span_b, b + sb);
        span_e = std::max(span_e, b + se);
      });
      if (span_b >= span_e) {
        span_b = b;
        span_e = e;
      }
      span_b = SkipAnchor(text, span_b, span_e);  // an opening quote belongs to the quotation
      cues.push_back({kModelRule, span_b, span_e, kModelBase + (p - kModelFloor) * kModelSlope,
                      ModelTechnique(segment), CueKind::kPrimary, Origin::kPlain, 0, 0});
    });
    // A payload split across two fields: the end of one field (its last string value, when it
    // ends in JSON) read together with the first sentence of the next. Offsets are the
    // original's, so only when nothing was revealed.
    thread_local std::string joined;
    for (const std::size_t boundary : revealed ? std::span<const std::size_t>() : boundaries) {
      if (boundary == 0 || boundary >= text.size()) continue;
      std::size_t tail_e = boundary - 1;  // fields are joined with one '\n'
      const std::size_t tail_line = LineAt(text, tail_e).first;
      while (tail_e > tail_line && std::strchr("\"'}]) \t,", text[tail_e - 1]) != nullptr) --tail_e;
      std::size_t tail_b = tail_line;
      if (const std::size_t q = text.substr(tail_b, tail_e - tail_b).rfind('"'); q != std::string_view::npos)
        tail_b += q + 1;
      if (tail_e - tail_b > 240) tail_b = tail_e - 240;
      while (tail_b < tail_e && (static_cast<unsigned char>(text[tail_b]) & 0xC0) == 0x80) ++tail_b;
      const std::size_t head_line = LineAt(text, boundary).second;
      std::size_t head_e = boundary;
      ForEachSentence(text.substr(boundary, std::min(head_line - boundary, std::size_t{240})),
                      [&](std::size_t, std::size_t se) {
                        if (head_e == boundary) head_e = boundary + se;
                      });
      if (tail_b >= tail_e || head_e <= boundary) continue;
      // Each side must carry part of a sentence (a label such as "System:" does not).
      thread_local std::vector<std::uint32_t> side;
      if (ExtractFeatures(text.substr(tail_b, tail_e - tail_b), side) < 3 ||
          ExtractFeatures(text.substr(boundary, head_e - boundary), side) < 3)
        continue;
      joined.assign(text.substr(tail_b, tail_e - tail_b));
      joined += ' ';
      joined.append(text.substr(boundary, head_e - boundary));
      if (!WorthScoring(joined)) continue;
      std::size_t tokens = 0;
      const float p = model.Score(joined, &tokens);
      if (p < kModelFloor || tokens < kModelMinTokens) continue;
      cues.push_back({kModelRule, tail_b, head_e, kModelBase + (p - kModelFloor) * kModelSlope,
                      ModelTechnique(joined), CueKind::kPrimary, Origin::kPlain, 0, 0});
    }
  }
  // Rot13 and disguise signs open windows to decode; their decoded content is scored before the
  // context pass, which runs only around a primary cue, hidden text, a rot13 window or decoded
  // disguised text (the context changes nothing else).
  std::vector<std::pair<std::size_t, std::size_t>>& rot13_windows = scratch.rot13_windows;
  std::vector<std::pair<std::size_t, std::size_t>>& disguise_lines = scratch.disguise_lines;
  bool primary_hit = false;
  for (const PatternHit& hit : hits) {
    const CueKind kind = rules[hit.pattern].kind;
    if (kind == CueKind::kPrimary) {
      primary_hit = true;
    } else if (kind == CueKind::kRot13) {
      const auto line = LineAt(text, hit.begin);
      if (rot13_windows.empty() || rot13_windows.back() != line) rot13_windows.push_back(line);
    } else if (kind == CueKind::kDisguise) {
      const auto line = LineAt(text, hit.end > 0 ? hit.end - 1 : 0);
      if (disguise_lines.empty() || disguise_lines.back() != line) disguise_lines.push_back(line);
    }
  }
  if (depth < kMaxDepth) {
    // The two signs found by hand (disguise_signs.h) add their lines; the lines stay ascending
    // and distinct, as the rule signs' lines are (hits come by end).
    thread_local std::vector<std::size_t> sign_ends;
    const std::size_t rule_lines = disguise_lines.size();
    for (auto* find : {&FindNumberListEnds, &FindLeetspeakEnds}) {
      sign_ends.clear();
      (*find)(text, sign_ends);
      std::pair<std::size_t, std::size_t> last{0, 0};
      for (const std::size_t end : sign_ends) {
        if (end - 1 >= last.first && end - 1 < last.second) continue;  // same line
        last = LineAt(text, end - 1);
        disguise_lines.push_back(last);
      }
    }
    // A third sign: the code of a space between two codes (" 32 "), as character codes written
    // apart by spaces hold ("77 97 114 107 32 116 ..."); one memmem pass.
    for (std::size_t at = text.find(" 32 "); at != std::string_view::npos;
         at = text.find(" 32 ", at + 4)) {
      if (at == 0 || !IsAsciiDigitByte(text[at - 1]) || at + 4 >= text.size() ||
          !IsAsciiDigitByte(text[at + 4])) {
        continue;
      }
      const auto line = LineAt(text, at);
      if (disguise_lines.size() == rule_lines || disguise_lines.back() != line) disguise_lines.push_back(line);
      at = line.second;
    }
    if (disguise_lines.size() > rule_lines) {
      std::sort(disguise_lines.begin(), disguise_lines.end());
      disguise_lines.erase(std::unique(disguise_lines.begin(), disguise_lines.end()),
                           disguise_lines.end());
    }
  }
  const bool model_cues = !cues.empty();
  bool disguised = false;
  if (depth < kMaxDepth) {
    std::vector<EncodedRun> runs;
    FindEncodedRuns(text, runs);
    // Escapes, character codes, reversed and disguised letters: only on the lines where the
    // pattern pass saw their sign.
    for (const auto& [lb, le] : disguise_lines) {  // ascending, without repeats (hits are by end)
      const std::size_t first = runs.size();
      FindEscapedRuns(text.substr(lb, le - lb), runs);
      for (std::size_t r = first; r < runs.size(); ++r) {
        runs[r].begin += lb;
        runs[r].end += lb;
        disguised = true;
      }
    }
    for (const EncodedRun& run : runs) {
      const float s = BestScore(run.decoded, depth + 1);
      if (s >= kDecodedFloor)
        cues.push_back({kDecodedRule, run.begin, run.end, std::min(1.0f, 0.2f + s),
                        Technique::kEncodedPayload,
                        CueKind::kPrimary, Origin::kEncoded, run.begin, run.end});
    }
    for (const auto& [b, e] : rot13_windows) {
      const std::size_t end = std::min(e, b + 4096);
      const float s = BestScore(Rot13(text.substr(b, end - b)), depth + 1);
      if (s >= kDecodedFloor)
        cues.push_back({kDecodedRule, b, end, std::min(1.0f, 0.2f + s), Technique::kEncodedPayload,
                        CueKind::kPrimary, Origin::kEncoded, b, end});
    }
  }
  if (primary_hit || !rot13_windows.empty() || disguised || !hidden.empty()) {
    const std::size_t first = hits.size();
    context_->Scan(text, hits);
    for (std::size_t k = first; k < hits.size(); ++k)
      hits[k].pattern = (*context_ids_)[hits[k].pattern];
  } else if (model_cues) {
    // Only model cues: the context that can change them lies within kMetaReach of them, so only
    // that window is scanned (a long benign message often holds one confident segment).
    std::size_t lo = text.size(), hi = 0;
    for (const Cue& c : cues) {
      if (c.rule != kModelRule) continue;
      lo = std::min(lo, c.begin);
      hi = std::max(hi, c.end);
    }
    lo = lo > kMetaReach ? lo - kMetaReach : 0;
    hi = std::min(text.size(), hi + kMetaReach);
    const std::size_t first = hits.size();
    context_->Scan(text.substr(lo, hi - lo), hits);
    for (std::size_t k = first; k < hits.size(); ++k) {
      hits[k].pattern = (*context_ids_)[hits[k].pattern];
      hits[k].begin += lo;
      hits[k].end += lo;
    }
  }

  std::vector<std::size_t>& meta = scratch.meta;
  std::vector<std::size_t>& reported = scratch.reported;
  std::vector<RoleLine>& role_lines = scratch.role_lines;
  if (hits.empty() && hidden.empty() && cues.empty() && text.size() < 24) return;
  for (const PatternHit& hit : hits) {
    const CueRule& rule = rules[hit.pattern];
    switch (rule.kind) {
      case CueKind::kMeta: meta.push_back(hit.end); break;
      case CueKind::kReported: reported.push_back(hit.end); break;
      case CueKind::kRot13:
      case CueKind::kDisguise: break;  // decoded above
      case CueKind::kRoleLine:
        role_lines.push_back({hit.begin, hit.end});
        [[fallthrough]];
      case CueKind::kPrimary:
      case CueKind::kSupport:
        cues.push_back({hit.pattern, rule.anchored ? SkipAnchor(text, hit.begin, hit.end) : hit.begin,
                        hit.end, rule.weight, rule.technique, rule.kind, Origin::kPlain, 0, 0});
        break;
    }
  }
  std::sort(meta.begin(), meta.end());
  std::sort(reported.begin(), reported.end());

  if (cues.empty()) return;
  // Without a primary cue (and no hidden text that could promote a support cue), no cluster can
  // become a detection: skip the context work.
  if (hidden.empty() &&
      std::none_of(cues.begin(), cues.end(), [](const Cue& c) { return c.kind == CueKind::kPrimary; }))
    return;

  // 4. Context.
  bool transcript = false;
  if (role_lines.size() >= 3) {
    std::vector<std::string> names;
    for (const RoleLine& r : role_lines) {
      std::string name(text.substr(r.begin, r.end - r.begin));
      name.erase(std::remove_if(name.begin(), name.end(),
                                [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '>' || c == '*' || c == ':'; }),
                 name.end());
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    transcript = names.size() >= 2;
  }
  std::optional<CodeFences> fences;
  if (text.find("```") != std::string_view::npos || text.find("~~~") != std::string_view::npos)
    fences.emplace(text);
  auto on_role_line = [&](std::size_t pos) {
    const auto [lb, le] = LineAt(text, pos);
    for (const RoleLine& r : role_lines) {
      std::size_t start = r.begin;  // skip the match's prefix (line break, sentence end, '>')
      while (start < r.end && std::strchr(".!?>\n\r\t *\\", text[start]) != nullptr) ++start;
      if (start > r.begin && text[start - 1] == '\\' && start < r.end && text[start] == 'n') ++start;
      if (start >= lb && start < le && start <= pos) return true;
    }
    return false;
  };
  // Attack strings as data: a cue inside a string literal of source code, or inside one of two
  // or more string literals that each hold a primary cue (a list of examples: test fixtures,
  // samples, a blocklist), is quoted, not given (x0.25). One literal holding cues in a JSON
  // answer is not enough: that is how a payload rides an API response. A cue is placed by its
  // middle (a model cue spans its whole line, "key": "value" included).
  thread_local std::vector<std::size_t> literal_of_cue;
  literal_of_cue.assign(cues.size(), std::string_view::npos);
  std::size_t first_literal = std::string_view::npos;
  bool several_literals = false;
  for (std::size_t k = 0; k < cues.size(); ++k) {
    const Cue& cue = cues[k];
    if (cue.origin == Origin::kEncoded) continue;
    std::size_t b = cue.begin;
    while (b < cue.end && (text[b] == ' ' || text[b] == '\t')) ++b;
    const std::size_t mid = cue.rule == kModelRule ? b + (cue.end - b) / 2 : b;
    const std::size_t open = StringLiteralStart(text, mid, cue.end);
    literal_of_cue[k] = open;
    if (open == std::string_view::npos || cue.kind != CueKind::kPrimary) continue;
    if (first_literal == std::string_view::npos) first_literal = open;
    else if (open != first_literal) several_literals = true;
  }
  const bool code = first_literal != std::string_view::npos && !several_literals && LooksLikeCode(text);
  // Chat-template tokens named in a list or next to a template placeholder (docs of a prompt
  // format): every role token on a line where one is listed or templated counts x0.4
  // ("<|im_start|>system, <|im_start|>user and <|im_start|>assistant open a turn and <|im_end|>
  // closes it"; "<s>[INST] {user_message} [/INST]").
  thread_local std::vector<std::pair<std::size_t, std::size_t>> listed_lines;
  listed_lines.clear();
  for (const Cue& cue : cues) {
    if (cue.technique != Technique::kRoleToken || cue.rule == kModelRule ||
        cue.origin == Origin::kEncoded)
      continue;
    if (RoleTokenListed(text, cue.end) || RoleTokenTemplated(text, cue.end) ||
        RoleTokenAfterPlaceholder(text, cue.begin))
      listed_lines.push_back(LineAt(text, cue.begin));
  }
  // A demonstration of a prompt format (a tutorial, a model card, tokenizer docs): chat-template
  // turns of two or more roles whose texts are inert -- no other rule's primary cue in them and
  // nothing the model would report (p under its floor) -- near a word about prompts, formats,
  // templates or examples. Its role tokens count x0.4, like listed ones. A fake turn carrying an
  // order, or a fake conversation nobody writes about, keeps its weight. (Only texts with two or
  // more role-token cues get here.)
  bool demonstration = false;
  std::size_t demo_b = 0, demo_e = 0;  // from the first role token to the end of the last turn
  {
    thread_local std::vector<std::size_t> role_cues;
    role_cues.clear();
    for (std::size_t k = 0; k < cues.size(); ++k) {
      const Cue& c = cues[k];
      if (c.technique == Technique::kRoleToken && c.rule != kModelRule && c.rule != kDecodedRule &&
          c.origin == Origin::kPlain)
        role_cues.push_back(k);
    }
    if (role_cues.size() >= 2 && role_cues.size() <= 64) {
      std::sort(role_cues.begin(), role_cues.end(),
                [&](std::size_t a, std::size_t b) { return cues[a].begin < cues[b].begin; });
      const std::size_t first = cues[role_cues.front()].begin;
      const std::size_t last = cues[role_cues.back()].end;
      const std::size_t lo = first > kMetaReach ? first - kMetaReach : 0;
      bool inert = CountIn(meta, lo, last + kMetaReach) >= 1 || FormatWordNear(text, first, last);
      // The speakers the turns open: a demonstration shows at least two (user and assistant);
      // a fake turn usually opens one (a "system" or an "assistant" turn).
      unsigned speakers = 0;
      const InjectionModel& model = InjectionModel::Builtin();
      for (std::size_t n = 0; inert && n < role_cues.size(); ++n) {
        const Cue& c = cues[role_cues[n]];
        const std::size_t after = AfterRoleWord(text, c.end);
        speakers |= SpeakerBits(text.substr(c.begin, after - c.begin));
        const std::size_t next =
            n + 1 < role_cues.size() ? cues[role_cues[n + 1]].begin : text.size();
        const std::size_t content_e = std::min(next, after + 400);
        if (content_e <= after) continue;
        for (const Cue& other : cues) {
          if (other.kind == CueKind::kPrimary && other.rule != kModelRule &&
              other.technique != Technique::kRoleToken && other.begin >= after &&
              other.begin < content_e) {
            inert = false;
            break;
          }
        }
        const std::string_view content = text.substr(after, content_e - after);
        if (inert && options_.model && WorthScoring(content) && model.Score(content) >= kModelFloor)
          inert = false;
      }
      // One speaker is a demonstration too when its line names the format before it ("w
      // formacie ChatML wiadomość systemowa wygląda tak: <|im_start|>system ...", "Die Vorlage
      // von Llama 3 nutzt <|start_header_id|>user..."): a fake turn comes without one.
      // The format word on the token's own line, before it (not a line of the text above).
      const std::size_t line = LineAt(text, first).first;
      std::size_t near = std::max(line, first > 160 ? first - 160 : std::size_t{0});
      if (const std::size_t esc = text.substr(near, first - near).rfind("\\n");
          esc != std::string_view::npos)
        near += esc + 2;  // a JSON-escaped line break ends the line too
      demonstration = inert && ((speakers & (speakers - 1)) != 0 ||
                                (speakers != 0 && FormatWordIn(text.substr(near, first - near))));
      demo_b = first;
      demo_e = std::min(text.size(), AfterRoleWord(text, last) + 400);
    }
  }
  for (std::size_t k = 0; k < cues.size(); ++k) {
    Cue& cue = cues[k];
    if (cue.origin == Origin::kEncoded) continue;
    const HiddenRegion* region = nullptr;
    for (const HiddenRegion& h : hidden)
      if (cue.begin >= h.begin && cue.begin < h.end) {
        region = &h;
        break;
      }
    if (region != nullptr) {
      cue.origin = Origin::kHidden;
      cue.region_begin = region->begin;
      cue.region_end = region->end;
      // Hidden markup in a text about attacks (a detector's fixture printed by a test run, a
      // write-up showing a hidden comment): shown, not hidden from anyone. It takes the
      // discount of words about attacks instead of the boost (the model's cues too).
      {
        const std::size_t lo = cue.begin > kMetaReach ? cue.begin - kMetaReach : 0;
        const std::size_t n = CountIn(meta, lo, cue.end + kMetaReach);
        if (n >= 2) {
          cue.weight *= n >= 4 ? 0.3f : 0.5f;
          continue;
        }
      }
      // Hidden text makes a rule cue stronger. A model cue only when the model already leans
      // to an order (0.35 or more): pages hide benign text for screen readers and menus all the
      // time, which the model scores far lower, and it cannot see the markup itself.
      if (cue.rule == kModelRule) {
        if (cue.weight >= 0.3f) cue.weight = std::min(1.0f, cue.weight * 1.5f);
        continue;
      }
      // Markup written as data (an HTML comment or alt text inside a string literal of source
      // code, of a list of examples or assigned or passed in code: html = "...", clean("..."),
      // or inside a fenced code block) hides nothing from anyone: a test fixture or a docs
      // snippet. It gets the discounts of quoted text instead. (A JSON answer's "key": "..."
      // string is none of these: that is how a hidden payload rides an API response.)
      const std::size_t open = literal_of_cue[k];
      auto assigned = [&text](std::size_t at) {
        // Not an attribute value inside a tag (alt="...", title="..."): that is the page. The tag
        // is looked for on the literal's line only.
        const std::size_t lb = LineAt(text, at).first;
        const std::string_view line_left = text.substr(lb, at - lb);
        const std::size_t lt = line_left.rfind('<'), gt = line_left.rfind('>');
        if (lt != std::string_view::npos && (gt == std::string_view::npos || gt < lt)) return false;
        while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
        return at > 0 && (text[at - 1] == '=' || text[at - 1] == '(');
      };
      if (open != std::string_view::npos &&
          (several_literals || code || assigned(open) || InLabelledDatasetRow(text, open))) {
        cue.weight *= 0.25f;
        continue;
      }
      if (fences && fences->Contains(cue.begin)) {
        cue.weight *= 0.4f;
        continue;
      }
      cue.weight = std::min(1.0f, cue.weight * 1.5f);
      if (cue.kind != CueKind::kPrimary && cue.weight >= 0.2f) cue.kind = CueKind::kPrimary;
      continue;
    }
    float factor = 1.0f;
    if (cue.rule != kModelRule && cue.rule != kDecodedRule && rules[cue.rule].speaker_prone &&
        SpeakerLabel(text, cue.begin, cue.end, role_lines))
      factor *= 0.3f;
    if (cue.technique == Technique::kRoleToken && cue.rule != kModelRule) {
      bool listed = demonstration && cue.rule != kDecodedRule;
      for (const auto& [lb, le] : listed_lines)
        if (!listed && cue.begin >= lb && cue.begin < le) listed = true;
      // Listed in a demonstration, or written about ("the <|im_start|> token", "<|im_end|> fehlt").
      if (listed || MentionedRoleToken(text, cue.begin, cue.end)) factor *= 0.4f;
    } else if (demonstration && cue.rule == kModelRule && cue.begin < demo_e && cue.end > demo_b) {
      // The model reads a demonstration's role tokens as a turn being opened.
      factor *= 0.4f;
    }
    if (cue.rule != kModelRule && cue.kind == CueKind::kPrimary && PurposeBefore(text, cue.begin))
      factor *= 0.35f;
    // A phrasebook: a phrase and its translation ('"..." = disregard the previous instructions').
    if (cue.rule != kModelRule && cue.kind == CueKind::kPrimary &&
        InGlossPair(text, cue.begin, cue.end))
      factor *= 0.3f;
    // A rule's match may start with the opening quote of the quotation it sits in and end with
    // its closing one.
    if (InQuotes(text, SkipAnchor(text, cue.begin, cue.end),
                 TrimClosingQuote(text, cue.begin, cue.end)))
      factor *= 0.3f;
    else if (literal_of_cue[k] != std::string_view::npos &&
             (several_literals || code || InLabelledDatasetRow(text, literal_of_cue[k])))
      factor *= 0.25f;
    if (fences && fences->Contains(cue.begin)) factor *= 0.4f;
    if (InQuotedLine(text, cue.begin) && !InMailReplyQuote(text, cue.begin)) factor *= 0.5f;
    {
      const std::size_t lo = cue.begin > kReportedReach ? cue.begin - kReportedReach : 0;
      if (CountIn(reported, lo, cue.begin + 1) > 0) factor *= 0.35f;
    }
    {
      const std::size_t lo = cue.begin > kMetaReach ? cue.begin - kMetaReach : 0;
      const std::size_t n = CountIn(meta, lo, cue.end + kMetaReach);
      if (n >= 4) factor *= 0.3f;
      else if (n >= 2) factor *= 0.5f;
      // A chat-template token written about (docs of a prompt format) rather than used.
      else if (n == 1 && cue.technique == Technique::kRoleToken) factor *= 0.7f;
    }
    if (transcript) {
      // A transcript's role headers are its structure, and what its speakers say is reported.
      // The model reads one line and cannot see that: its cues on a speaker's line count 0.
      if (cue.kind == CueKind::kRoleLine || cue.technique == Technique::kRoleToken) factor = 0.0f;
      else if (on_role_line(cue.begin)) factor *= cue.rule == kModelRule ? 0.0f : 0.5f;
    }
    cue.weight *= factor;
  }

  // 5. Clusters.
  std::sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.begin < b.begin; });
  std::size_t i = 0;
  while (i < cues.size()) {
    std::size_t j = i + 1;
    std::size_t reach = std::max(cues[i].end, cues[i].region_end) + kClusterGap;
    while (j < cues.size() && cues[j].begin <= reach) {
      reach = std::max(reach, std::max(cues[j].end, cues[j].region_end) + kClusterGap);
      ++j;
    }
    float score = 0.0f;
    const Cue* strongest = nullptr;
    bool hidden_origin = false;
    bool encoded_origin = false;
    std::size_t span_b = text.size(), span_e = 0;
    // Repeated evidence of one kind is not independent: a rule counts once (its strongest hit),
    // and among the primary rules of one technique the strongest counts fully and each other
    // one at half its weight (different phrasings of one attack corroborate it, a little).
    struct RuleWeight {
      std::uint32_t rule;
      float weight;
      bool primary;
      Technique technique;
    };
    thread_local std::vector<RuleWeight> strongest_by_rule;
    strongest_by_rule.clear();
    for (std::size_t k = i; k < j; ++k) {
      const Cue& c = cues[k];
      if (c.weight <= 0.0f) continue;
      auto it = std::find_if(strongest_by_rule.begin(), strongest_by_rule.end(),
                             [&](const RuleWeight& r) { return r.rule == c.rule; });
      if (it == strongest_by_rule.end())
        strongest_by_rule.push_back({c.rule, c.weight, c.kind == CueKind::kPrimary, c.technique});
      else it->weight = std::max(it->weight, c.weight);
    }
    float best_primary[kTechniqueCount] = {};
    for (const RuleWeight& r : strongest_by_rule)
      if (r.primary) {
        float& best = best_primary[static_cast<int>(r.technique)];
        best = std::max(best, r.weight);
      }
    for (const RuleWeight& r : strongest_by_rule) {
      float w = r.weight;
      if (r.primary) {
        float& best = best_primary[static_cast<int>(r.technique)];
        if (w == best) best = 2.0f;  // the strongest, counted once at full weight
        else w *= 0.5f;
      }
      score = NoisyOr(score, w);
    }
    for (std::size_t k = i; k < j; ++k) {
      const Cue& c = cues[k];
      if (c.weight <= 0.0f) continue;
      if (c.kind == CueKind::kPrimary) {
        // The model's cues name their technique by a guess: any rule cue's technique wins.
        const bool generic = c.rule == kModelRule || (c.rule != kDecodedRule && rules[c.rule].generic);
        const bool strongest_generic =
            strongest != nullptr && (strongest->rule == kModelRule ||
                                     (strongest->rule != kDecodedRule && rules[strongest->rule].generic));
        if (strongest == nullptr || (strongest_generic && !generic) ||
            (generic == strongest_generic && c.weight > strongest->weight))
          strongest = &c;
        hidden_origin = hidden_origin || c.origin == Origin::kHidden;
        encoded_origin = encoded_origin || c.origin == Origin::kEncoded;
      }
      std::size_t b, e;
      if (c.origin != Origin::kPlain) {
        b = c.region_begin;
        e = c.region_end;
      } else {
        std::tie(b, e) = SentenceAround(text, c.begin, c.end);
      }
      span_b = std::min(span_b, b);
      span_e = std::max(span_e, e);
    }
    if (strongest != nullptr && span_b < span_e) {
      Cluster cluster;
      cluster.begin = to_original(span_b);
      cluster.end = to_original(span_e);
      cluster.score = score;
      cluster.technique = encoded_origin  ? Technique::kEncodedPayload
                          : hidden_origin ? Technique::kHiddenText
                                          : strongest->technique;
      // Split: the cluster crosses a field boundary and no side reaches the score alone.
      const std::size_t ob = to_original(cues[i].begin);
      const std::size_t oe = to_original(std::max(cues[j - 1].end, cues[i].end));
      for (std::size_t boundary : boundaries) {
        if (boundary <= ob || boundary >= oe) continue;
        float left = 0.0f, right = 0.0f;
        bool crossing = false;
        for (std::size_t k = i; k < j; ++k) {
          const std::size_t cb = to_original(cues[k].begin), ce = to_original(cues[k].end);
          if (ce <= boundary) left = NoisyOr(left, cues[k].weight);
          else if (cb >= boundary) right = NoisyOr(right, cues[k].weight);
          else crossing = true;
        }
        if (crossing || (left < options_.threshold && right < options_.threshold)) {
          cluster.technique = Technique::kSplitPayload;
          break;
        }
      }
      out.push_back(cluster);
    }
    i = j;
  }
}

float InjectionDetector::Analyze(std::string_view text, std::span<const std::size_t> boundaries,
                                 std::vector<Detection>& out) const {
  thread_local std::vector<Cluster> clusters;
  clusters.clear();
  Clusters(text, boundaries, 0, clusters);
  std::sort(clusters.begin(), clusters.end(),
            [](const Cluster& a, const Cluster& b) { return a.begin < b.begin; });
  float best = 0.0f;
  const std::size_t first = out.size();
  for (const Cluster& c : clusters) {
    if (std::find(options_.disabled.begin(), options_.disabled.end(), c.technique) !=
        options_.disabled.end())
      continue;
    best = std::max(best, c.score);
    if (c.score < options_.threshold || c.begin >= c.end || c.end > text.size()) continue;
    Detection d;
    d.begin = c.begin;
    d.end = c.end;
    d.type = TechniqueType(c.technique);
    d.entity = "PROMPT_INJECTION";
    d.score = c.score;
    // Keep the output sorted and without overlaps: merge into the previous detection.
    if (out.size() > first && out.back().end > d.begin) {
      Detection& prev = out.back();
      if (d.score > prev.score) {
        prev.type = d.type;
        prev.score = d.score;
      }
      prev.begin = std::min(prev.begin, d.begin);
      prev.end = std::max(prev.end, d.end);
      continue;
    }
    out.push_back(d);
  }
  return best;
}

void InjectionDetector::Scan(std::string_view text, std::vector<Detection>& out) const {
  Analyze(text, {}, out);
}

}  // namespace mcpgw::guards::injection
