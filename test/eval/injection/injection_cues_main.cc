// mcp-gateway-injection-cues: prints every rule cue the injection detector's patterns find in one
// record of a JSONL set (its fields joined by newlines, as the guard scores them), before the
// context factors: rule index, kind, weight, technique and the matched text; then the record's
// score. For reading why a record is (or is not) detected while working on rules.
//
// Usage: mcp-gateway-injection-cues SET.jsonl ID [--no-model]   (--no-model: the score of the
// rules alone)
#include "guards/injection/injection_detector.h"
#include "guards/injection/injection_rules.h"
#include "guards/injection/pattern_set.h"

#include "injection_records.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace inj = mcpgw::guards::injection;

int main(int argc, char** argv) {
  const bool no_model = argc == 4 && std::string(argv[3]) == "--no-model";
  if (argc != 3 && !no_model) {
    std::fprintf(stderr, "usage: mcp-gateway-injection-cues SET.jsonl ID [--no-model]\n");
    return 2;
  }
  std::vector<mcpgw::eval::InjectionRecord> records;
  std::string error;
  if (!mcpgw::eval::LoadInjectionRecords(argv[1], records, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  const auto record = std::find_if(records.begin(), records.end(),
                                   [&](const auto& r) { return r.id == argv[2]; });
  if (record == records.end()) {
    std::fprintf(stderr, "no record %s in %s\n", argv[2], argv[1]);
    return 1;
  }
  std::string text;
  std::vector<std::size_t> boundaries;
  mcpgw::eval::JoinFields(*record, text, boundaries);
  const std::vector<inj::CueRule>& rules = inj::BuiltinCueRules();
  const inj::InjectionPatternSpecs specs = inj::BuiltinInjectionPatternSpecs();
  static constexpr const char* kKinds[] = {"primary", "support", "role_line", "meta", "reported", "rot13", "disguise"};
  auto dump = [&](const std::vector<mcpgw::guards::injection::PatternSpec>& list,
                  const std::vector<std::uint32_t>& ids) {
    auto set = inj::PatternSet::Compile(list);
    if (!set) {
      std::fprintf(stderr, "%s\n", set.error().message.c_str());
      return;
    }
    std::vector<inj::PatternHit> hits;
    (*set)->Scan(text, hits);
    for (const inj::PatternHit& h : hits) {
      const inj::CueRule& rule = rules[ids[h.pattern]];
      std::printf("rule %u %s %.2f %s [%zu,%zu) %s\n", ids[h.pattern],
                  kKinds[static_cast<int>(rule.kind)], static_cast<double>(rule.weight),
                  std::string(inj::TechniqueName(rule.technique)).c_str(), h.begin, h.end,
                  text.substr(h.begin, std::min<std::size_t>(h.end - h.begin, 160)).c_str());
    }
  };
  dump(specs.primary, specs.primary_ids);
  dump(specs.context, specs.context_ids);
  inj::InjectionOptions options;
  options.model = !no_model;
  auto detector = inj::InjectionDetector::Create(options);
  if (!detector) return 1;
  std::vector<mcpgw::guards::Detection> out;
  const float score = (*detector)->Analyze(text, boundaries, out);
  std::printf("score %.4f, %zu detection(s)\n", static_cast<double>(score), out.size());
  for (const auto& d : out)
    std::printf("  %s %.4f [%zu,%zu) %s\n", std::string(d.type).c_str(), static_cast<double>(d.score),
                d.begin, d.end, text.substr(d.begin, std::min<std::size_t>(d.end - d.begin, 200)).c_str());
  return 0;
}
