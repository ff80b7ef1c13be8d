// mcp-gateway-eval: scores the secrets and PII detectors against the labelled evaluation set
// (test/eval/*.jsonl, see README.md) and exits non-zero when they miss the targets:
//   secrets: recall >= 98%, look-alikes damaged <= 0.5%
//   pii:     recall >= 97%, look-alikes damaged <= 1%
// Prints a table per family and writes a JSON summary (--summary). Misses and damages are listed
// by document id, offset and length only: the report never prints a labelled value.
//
// Usage: mcp-gateway-eval --set test/eval/test.jsonl [--set ...] [--summary out.json]
//          [--family secrets|pii|both] [--pii-entities default|A,B,...] [--misses N]
//          [--unlabelled N] [--no-fail]
#include <CLI/CLI.hpp>
#include <boost/json/serialize.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "eval_score.h"
#include "eval_set.h"
#include "guards/detector.h"
#include "guards/pii/pii_detector.h"
#include "guards/secrets/secret_detector.h"

namespace mcpgw::eval {
namespace {

struct Target {
  double min_recall;
  double max_damage;
};
constexpr Target kSecretsTarget{0.98, 0.005};
constexpr Target kPiiTarget{0.97, 0.01};

// The PII entities the evaluation asks for: every Presidio entity the set labels. DATE_TIME and
// URL are left out on purpose: dates, timestamps and URLs run through every tool output, the set
// does not label them as PII (dates and timestamps are look-alikes), and masking them would
// break what the agent reads. Override with --pii-entities.
const std::vector<std::string> kPiiEntities = {
    "EMAIL_ADDRESS", "CREDIT_CARD",     "PHONE_NUMBER",  "IP_ADDRESS", "US_SSN",
    "US_ITIN",       "US_PASSPORT",     "US_DRIVER_LICENSE", "US_BANK_NUMBER", "IBAN_CODE",
    "CRYPTO",        "MEDICAL_LICENSE", "UK_NHS",        "PERSON",     "LOCATION"};

struct Run {
  FamilyScore score;
  double seconds = 0;
  std::size_t bytes = 0;
};

Run Evaluate(const guards::Detector& detector, const std::string& family,
             const std::vector<Document>& docs, const std::set<std::string>& ignored) {
  FamilyScorer scorer(family, ignored);
  Run run;
  std::vector<guards::Detection> found;
  for (const Document& doc : docs) {
    found.clear();
    const auto start = std::chrono::steady_clock::now();
    detector.Scan(doc.text, found);
    run.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.bytes += doc.text.size();
    scorer.Add(doc, found);
  }
  run.score = scorer.score();
  return run;
}

std::string Pct(double x) { return fmt::format("{:.1f}%", 100.0 * x); }

void PrintTable(const Run& run, const Target& target, std::size_t misses_per_class,
                std::size_t unlabelled_per_type) {
  const FamilyScore& s = run.score;
  fmt::print("\n== {}: {} documents, {:.2f} MB scanned in {:.3f} s ({:.1f} MB/s)\n", s.family,
             s.documents, run.bytes / 1e6, run.seconds,
             run.seconds > 0 ? run.bytes / 1e6 / run.seconds : 0.0);
  fmt::print("{:<32} {:>6} {:>6} {:>7} {:>8}  {}\n", "entity", "labels", "found", "recall",
             "type-ok", "detected as (most overlapping detection's entity)");
  std::vector<std::pair<std::string, ClassScore>> rows(s.by_entity.begin(), s.by_entity.end());
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.second.labels > b.second.labels; });
  for (const auto& [entity, c] : rows) {
    std::string as;
    for (const auto& [name, n] : c.detected_as) {
      if (name != entity) as += fmt::format("{}{}={}", as.empty() ? "" : " ", name, n);
    }
    fmt::print("{:<32} {:>6} {:>6} {:>7} {:>8}  {}\n", entity, c.labels, c.found,
               Pct(c.labels ? double(c.found) / c.labels : 1.0),
               c.found ? Pct(double(c.type_agreed) / c.found) : "-", as);
  }
  fmt::print("{:<32} {:>6} {:>6} {:>7} {:>8}\n", "TOTAL", s.total.labels, s.total.found,
             Pct(s.Recall()), Pct(s.TypeAgreement()));

  std::string kinds;
  for (const auto& [kind, c] : s.by_kind) {
    kinds += fmt::format(" {}={}/{}", kind, c.found, c.labels);
  }
  fmt::print("found by document kind:{}\n", kinds);
  fmt::print("detections: {}, unlabelled (precision proxy): {} ({} on look-alikes, {} on the "
             "other family's labels)\n",
             s.detections, s.unlabelled, s.unlabelled_on_lookalike, s.unlabelled_on_other_family);
  if (!s.unlabelled_by_type.empty()) {
    std::string by;
    for (const auto& [type, n] : s.unlabelled_by_type) by += fmt::format(" {}={}", type, n);
    fmt::print("  unlabelled by type:{}\n", by);
    by.clear();
    for (const auto& [kind, n] : s.unlabelled_by_kind) by += fmt::format(" {}={}", kind, n);
    fmt::print("  unlabelled by document kind:{}\n", by);
  }
  fmt::print("look-alikes damaged: {} / {} ({})\n", s.damaged, s.lookalikes, Pct(s.DamageRate()));
  for (const auto& [what, td] : s.lookalikes_by_what) {
    if (td.second > 0) fmt::print("  {:<24} {} / {}\n", what, td.second, td.first);
  }

  if (!s.misses.empty() && misses_per_class > 0) {
    fmt::print("misses (document, offset+length, coverage, nearest detection):\n");
    std::map<std::string, std::vector<const Miss*>> by_class;
    for (const Miss& m : s.misses) by_class[m.entity].push_back(&m);
    for (const auto& [entity, list] : by_class) {
      fmt::print("  {} ({}):\n", entity, list.size());
      for (std::size_t i = 0; i < list.size() && i < misses_per_class; ++i) {
        const Miss& m = *list[i];
        fmt::print("    {} @{}+{} covered {} {}\n", m.doc_id, m.begin, m.length, Pct(m.coverage),
                   m.nearest_type.empty() ? "-" : m.nearest_type);
      }
    }
  }
  if (!s.unlabelled_list.empty() && unlabelled_per_type > 0) {
    fmt::print("unlabelled detections (document, offset+length):\n");
    std::map<std::string, std::vector<const Unlabelled*>> by_type;
    for (const Unlabelled& u : s.unlabelled_list) by_type[u.type].push_back(&u);
    for (const auto& [type, list] : by_type) {
      fmt::print("  {} ({}):\n", type, list.size());
      for (std::size_t i = 0; i < list.size() && i < unlabelled_per_type; ++i) {
        fmt::print("    {} @{}+{}\n", list[i]->doc_id, list[i]->begin, list[i]->length);
      }
    }
  }
  const bool recall_ok = s.Recall() >= target.min_recall;
  const bool damage_ok = s.DamageRate() <= target.max_damage;
  fmt::print("target: recall >= {} [{}], look-alikes damaged <= {} [{}]\n", Pct(target.min_recall),
             recall_ok ? "PASS" : "FAIL", Pct(target.max_damage), damage_ok ? "PASS" : "FAIL");
}

bool Passes(const FamilyScore& s, const Target& t) {
  return s.Recall() >= t.min_recall && s.DamageRate() <= t.max_damage;
}

int Main(int argc, char** argv) {
  CLI::App app{"Scores the secrets and PII detectors against the labelled evaluation set."};
  std::vector<std::string> sets;
  std::string summary_path;
  std::string family = "both";
  std::string pii_entities = "eval";
  double pii_threshold = 0.5;
  std::size_t misses_per_class = 5;
  bool no_fail = false;
  app.add_option("--set", sets, "JSONL evaluation set (repeatable)")->required();
  app.add_option("--summary", summary_path, "write a JSON summary here");
  app.add_option("--family", family, "secrets, pii or both")
      ->check(CLI::IsMember({"secrets", "pii", "both"}));
  app.add_option("--pii-entities", pii_entities,
                 "'eval' (all labelled entities), 'default' (the detector's default set) or a "
                 "comma-separated list");
  app.add_option("--pii-threshold", pii_threshold, "PII score threshold");
  app.add_option("--misses", misses_per_class, "misses listed per entity class");
  std::size_t unlabelled_per_type = 0;
  app.add_option("--unlabelled", unlabelled_per_type,
                 "unlabelled detections listed per detection type (positions only)");
  app.add_flag("--no-fail", no_fail, "report only: exit 0 even when below target");
  CLI11_PARSE(app, argc, argv);

  std::vector<Document> docs;
  for (const std::string& path : sets) {
    auto loaded = LoadEvalSet(path);
    if (!loaded) {
      fmt::print(stderr, "mcp-gateway-eval: {}\n", loaded.error().message);
      return 2;
    }
    docs.insert(docs.end(), std::make_move_iterator(loaded->begin()),
                std::make_move_iterator(loaded->end()));
  }
  fmt::print("evaluation set: {} documents from {} file(s)\n", docs.size(), sets.size());

  boost::json::object summary;
  bool pass = true;
  if (family != "pii") {
    guards::secrets::SecretOptions options;
    options.builtin = true;
    const auto start = std::chrono::steady_clock::now();
    auto detector = guards::secrets::CreateSecretDetector(options);
    const double build = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!detector) {
      fmt::print(stderr, "mcp-gateway-eval: secrets detector: {}\n", detector.error().message);
      return 2;
    }
    fmt::print("secrets detector built in {:.1f} ms\n", build * 1e3);
    Run run = Evaluate(**detector, "secrets", docs, {});
    PrintTable(run, kSecretsTarget, misses_per_class, unlabelled_per_type);
    pass = Passes(run.score, kSecretsTarget) && pass;
    boost::json::object j = ToJson(run.score);
    j["build_ms"] = build * 1e3;
    j["scan_mb_per_s"] = run.seconds > 0 ? run.bytes / 1e6 / run.seconds : 0.0;
    j["target"] = {{"min_recall", kSecretsTarget.min_recall},
                   {"max_damage", kSecretsTarget.max_damage}};
    summary["secrets"] = std::move(j);
  }
  if (family != "secrets") {
    guards::pii::PiiOptions options;
    options.score_threshold = pii_threshold;
    std::set<std::string> ignored;
    if (pii_entities == "eval") {
      options.entities = kPiiEntities;
    } else if (pii_entities != "default") {
      options.entities.clear();
      for (std::size_t pos = 0; pos <= pii_entities.size();) {
        const std::size_t comma = std::min(pii_entities.find(',', pos), pii_entities.size());
        if (comma > pos) options.entities.push_back(pii_entities.substr(pos, comma - pos));
        pos = comma + 1;
      }
      // Labels of entities not asked for are left out of recall.
      for (const std::string& e : kPiiEntities) {
        if (std::find(options.entities.begin(), options.entities.end(), e) ==
            options.entities.end()) {
          ignored.insert(e);
        }
      }
    }
    const auto start = std::chrono::steady_clock::now();
    auto detector = guards::pii::CreatePiiDetector(options);
    const double build = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!detector) {
      fmt::print(stderr, "mcp-gateway-eval: pii detector: {}\n", detector.error().message);
      return 2;
    }
    fmt::print("pii detector built in {:.1f} ms (entities: {})\n", build * 1e3, pii_entities);
    Run run = Evaluate(**detector, "pii", docs, ignored);
    PrintTable(run, kPiiTarget, misses_per_class, unlabelled_per_type);
    pass = Passes(run.score, kPiiTarget) && pass;
    boost::json::object j = ToJson(run.score);
    j["build_ms"] = build * 1e3;
    j["scan_mb_per_s"] = run.seconds > 0 ? run.bytes / 1e6 / run.seconds : 0.0;
    j["target"] = {{"min_recall", kPiiTarget.min_recall}, {"max_damage", kPiiTarget.max_damage}};
    summary["pii"] = std::move(j);
  }

  if (!summary_path.empty()) {
    std::ofstream out(summary_path, std::ios::binary | std::ios::trunc);
    out << boost::json::serialize(summary) << "\n";
    if (!out) {
      fmt::print(stderr, "mcp-gateway-eval: cannot write {}\n", summary_path);
      return 2;
    }
    fmt::print("\nsummary written to {}\n", summary_path);
  }
  fmt::print("\nresult: {}{}\n", pass ? "PASS" : "BELOW TARGET", no_fail && !pass ? " (--no-fail)" : "");
  return pass || no_fail ? 0 : 1;
}

}  // namespace
}  // namespace mcpgw::eval

int main(int argc, char** argv) { return mcpgw::eval::Main(argc, argv); }
