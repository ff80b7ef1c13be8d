#include "guards/harmful/harmful_detector.h"

#include "guards/harmful/harmful_model.h"
#include "guards/injection/segment_features.h"
#include "guards/injection/text_context.h"

#include <algorithm>
#include <array>

namespace mcpgw::guards::harmful {
namespace {

constexpr std::size_t kReach = 400;

// The learned model (harmful_model.h): a segment of at least kModelMinTokens tokens scoring at
// least kModelFloor becomes a cue of the category its category models name, of weight
// kModelBase + (p - kModelFloor) * kModelSlope (0.35 at the floor, 0.5 from p = 0.65: a
// detection on its own at the default threshold), and takes the context factors like a rule cue.
// Chosen on the fifth blind sets with a model not trained on them (docs/guards-injection.md).
constexpr float kModelFloor = 0.5f;
constexpr float kModelBase = 0.35f;
constexpr float kModelSlope = 1.0f;
constexpr std::size_t kModelMinTokens = 6;
constexpr std::uint32_t kModelRule = 0xFFFFFFFFu;  // pseudo-rule of the model's cues

struct Cue {
  std::size_t begin;
  std::size_t end;
  float weight;
  Category category;
  std::uint32_t rule;
};

bool Near(const std::vector<std::size_t>& sorted, std::size_t begin, std::size_t end) {
  const std::size_t lo = begin > kReach ? begin - kReach : 0;
  auto it = std::lower_bound(sorted.begin(), sorted.end(), lo);
  return it != sorted.end() && *it < end + kReach;
}

// True when a context word of `sorted` begins inside [begin, end).
bool Within(const std::vector<std::size_t>& sorted, std::size_t begin, std::size_t end) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), begin);
  return it != sorted.end() && *it < end;
}

}  // namespace

HarmPatternSpecs BuiltinHarmPatternSpecs() {
  HarmPatternSpecs specs;
  const std::vector<HarmRule>& rules = BuiltinHarmRules();
  for (std::uint32_t i = 0; i < rules.size(); ++i) {
    const HarmRule& rule = rules[i];
    const bool harm = rule.kind == RuleKind::kHarm;
    (harm ? specs.harm : specs.context)
        .push_back({rule.regex, true, rule.trigger, rule.before, rule.after});
    (harm ? specs.harm_rules : specs.context_rules).push_back(i);
  }
  return specs;
}

Result<std::shared_ptr<const HarmfulDetector>> HarmfulDetector::Create(HarmfulOptions options) {
  if (!(options.threshold > 0.0f && options.threshold <= 1.0f))
    return MakeError("threshold must be in (0, 1]");
  static const Result<std::shared_ptr<const Compiled>> compiled =
      []() -> Result<std::shared_ptr<const Compiled>> {
    HarmPatternSpecs specs = BuiltinHarmPatternSpecs();
    auto harm = injection::PatternSet::Compile(specs.harm);
    if (!harm) return MakeError("harmful rules: " + harm.error().message);
    auto context = injection::PatternSet::Compile(specs.context);
    if (!context) return MakeError("harmful context rules: " + context.error().message);
    auto out = std::make_shared<Compiled>();
    out->harm = *harm;
    out->context = *context;
    out->harm_rules = std::move(specs.harm_rules);
    out->context_rules = std::move(specs.context_rules);
    return std::shared_ptr<const Compiled>(std::move(out));
  }();
  if (!compiled) return compiled.error();
  std::shared_ptr<HarmfulDetector> detector(new HarmfulDetector());
  detector->options_ = std::move(options);
  detector->compiled_ = *compiled;
  return std::shared_ptr<const HarmfulDetector>(std::move(detector));
}

void HarmfulDetector::Scan(std::string_view text, std::vector<Detection>& out) const {
  // Per-thread scratch: a scan allocates nothing once warmed up.
  thread_local std::vector<injection::PatternHit> hits;
  thread_local std::vector<Cue> cues;
  thread_local std::vector<std::size_t> howto, news, care, fiction, defensive;
  const std::vector<HarmRule>& rules = BuiltinHarmRules();
  // The cues first; the context words only weigh cues, so a text without one ends here.
  hits.clear();
  compiled_->harm->Scan(text, hits);
  cues.clear();
  for (const injection::PatternHit& hit : hits) {
    const std::uint32_t index = compiled_->harm_rules[hit.pattern];
    const HarmRule& rule = rules[index];
    cues.push_back({hit.begin, hit.end, rule.weight, rule.category, index});
  }
  if (options_.model) {
    const HarmfulModel& model = HarmfulModel::Builtin();
    injection::ForEachSegment(text, [&](std::size_t b, std::size_t e) {
      const std::string_view segment = text.substr(b, e - b);
      if (!injection::WorthScoring(segment)) return;
      std::size_t tokens = 0;
      const float p = model.Score(segment, &tokens);
      if (p < kModelFloor || tokens < kModelMinTokens) return;
      cues.push_back({b, e, kModelBase + (p - kModelFloor) * kModelSlope, model.CategoryOf(segment),
                      kModelRule});
    });
  }
  if (cues.empty()) return;
  for (auto* v : {&howto, &news, &care, &fiction, &defensive}) v->clear();
  hits.clear();
  compiled_->context->Scan(text, hits);
  for (const injection::PatternHit& hit : hits) {
    const HarmRule& rule = rules[compiled_->context_rules[hit.pattern]];
    switch (rule.kind) {
      case RuleKind::kHarm: break;  // not in this set
      case RuleKind::kHowTo: howto.push_back(hit.begin); break;
      case RuleKind::kNews: news.push_back(hit.begin); break;
      case RuleKind::kCare: care.push_back(hit.begin); break;
      case RuleKind::kFiction: fiction.push_back(hit.begin); break;
      case RuleKind::kDefensive: defensive.push_back(hit.begin); break;
    }
  }
  for (auto* v : {&howto, &news, &care, &fiction, &defensive}) std::sort(v->begin(), v->end());
  for (Cue& cue : cues) {
    float f = 1.0f;
    if (Near(news, cue.begin, cue.end)) f *= 0.4f;
    if (Near(care, cue.begin, cue.end)) f *= 0.3f;
    // Fiction discounts, except for sexual content involving minors (fictional is still it).
    if (cue.category != Category::kSexualMinors && Near(fiction, cue.begin, cue.end)) f *= 0.5f;
    if ((cue.category == Category::kMalware || cue.category == Category::kWeapons) &&
        Near(defensive, cue.begin, cue.end))
      f *= 0.4f;
    if (injection::InQuotes(text, cue.begin, cue.end)) f *= 0.5f;
    // The model reads a segment's words, not what they are for: a segment that itself holds a
    // care or defence word (a bath bomb, a helpline, prevention, a detection rule) is left to the
    // rules. (News and fiction words only discount it: "without the police finding out" is
    // itself a sign of harm.)
    if (cue.rule == kModelRule &&
        (Within(care, cue.begin, cue.end) ||
         ((cue.category == Category::kMalware || cue.category == Category::kWeapons) &&
          Within(defensive, cue.begin, cue.end))))
      f = 0.0f;
    cue.weight *= f;
  }
  std::sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) {
    return a.category != b.category ? a.category < b.category : a.begin < b.begin;
  });
  struct Found {
    std::size_t begin, end;
    float score;
    Category category;
  };
  std::vector<Found> found;
  std::size_t i = 0;
  while (i < cues.size()) {
    std::size_t j = i + 1;
    std::size_t reach = cues[i].end + kReach;
    while (j < cues.size() && cues[j].category == cues[i].category && cues[j].begin <= reach) {
      reach = std::max(reach, cues[j].end + kReach);
      ++j;
    }
    float keep = 1.0f;
    std::size_t b = text.size(), e = 0;
    for (std::size_t k = i; k < j; ++k) {
      // One rule counts once per cluster (its strongest hit): a concept lexicon repeated in a
      // long text is one piece of evidence, not several.
      bool seen = false;
      float best = cues[k].weight;
      for (std::size_t m = i; m < j; ++m) {
        if (m == k || cues[m].rule != cues[k].rule) continue;
        if (m < k && cues[m].weight >= cues[k].weight) seen = true;
        if (m > k && cues[m].weight > cues[k].weight) seen = true;
        best = std::max(best, cues[m].weight);
      }
      if (!seen) keep *= 1.0f - std::clamp(best, 0.0f, 1.0f);
      const auto [sb, se] = injection::SentenceAround(text, cues[k].begin, cues[k].end);
      b = std::min(b, sb);
      e = std::max(e, se);
    }
    // An instructional shape near the cluster strengthens it (once).
    if (Near(howto, cues[i].begin, cues[j - 1].end)) keep *= 0.8f;
    const float score = 1.0f - keep;
    const Category category = cues[i].category;
    const bool wanted = options_.categories.empty() ||
                        std::find(options_.categories.begin(), options_.categories.end(),
                                  category) != options_.categories.end();
    if (wanted && score >= options_.threshold && b < e) found.push_back({b, e, score, category});
    i = j;
  }
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return a.begin < b.begin; });
  const std::size_t first = out.size();
  for (const Found& f : found) {
    if (out.size() > first && out.back().end > f.begin) {  // overlapping: keep one, merged
      Detection& prev = out.back();
      if (f.score > prev.score) {
        prev.type = CategoryType(f.category);
        prev.score = f.score;
      }
      prev.end = std::max(prev.end, f.end);
      continue;
    }
    Detection d;
    d.begin = f.begin;
    d.end = f.end;
    d.type = CategoryType(f.category);
    d.entity = "HARMFUL_CONTENT";
    d.score = f.score;
    out.push_back(d);
  }
}

}  // namespace mcpgw::guards::harmful
