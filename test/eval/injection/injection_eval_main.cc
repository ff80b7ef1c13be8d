// mcp-gateway-injection-eval: runs the injection and harmful detectors over the labelled set in
// this folder (README.md) and reports, per technique / category, the detection rate on attacks
// (TPR) and the flag rate on benign look-alikes (FPR), the same for injection records by language
// and by carrier, plus throughput.
//
//   mcp-gateway-injection-eval --set test.jsonl [--summary out.json] [--show-errors] [--no-fail]
//                              [--repeat N]   (scan each record N times: steadier throughput)
//                              [--no-model]   (rules only: the learned model off)
//
// Exit status: 0 when the targets are met (injection TPR >= 90% and FPR <= 2% overall) or
// --no-fail is given; 1 when they are not; 2 on bad arguments or an unreadable set.
#include "guards/harmful/harmful_detector.h"
#include "guards/injection/injection_detector.h"
#include "injection_records.h"

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

namespace json = boost::json;
using mcpgw::guards::Detection;

using Record = mcpgw::eval::InjectionRecord;

struct Tally {
  int attacks = 0, caught = 0, benign = 0, flagged = 0;
};

double Pct(int a, int b) { return b == 0 ? 0.0 : 100.0 * a / b; }

}  // namespace

int main(int argc, char** argv) {
  std::string set, summary_path;
  bool show_errors = false, no_fail = false, use_model = true;
  int repeat = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--set" && i + 1 < argc) set = argv[++i];
    else if (a == "--summary" && i + 1 < argc) summary_path = argv[++i];
    else if (a == "--show-errors") show_errors = true;
    else if (a == "--no-fail") no_fail = true;
    else if (a == "--no-model") use_model = false;
    else if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else {
      std::cerr << "usage: mcp-gateway-injection-eval --set FILE.jsonl [--summary OUT.json] "
                   "[--show-errors] [--no-fail] [--repeat N] [--no-model]\n";
      return 2;
    }
  }
  if (set.empty()) {
    std::cerr << "mcp-gateway-injection-eval: --set is required\n";
    return 2;
  }
  std::vector<Record> records;
  std::string error;
  if (!mcpgw::eval::LoadInjectionRecords(set, records, error)) {
    std::cerr << "mcp-gateway-injection-eval: " << error << "\n";
    return 2;
  }
  mcpgw::guards::injection::InjectionOptions injection_options;
  injection_options.model = use_model;
  auto injection = mcpgw::guards::injection::InjectionDetector::Create(injection_options);
  auto harmful = mcpgw::guards::harmful::HarmfulDetector::Create();
  if (!injection || !harmful) {
    std::cerr << "mcp-gateway-injection-eval: detector: "
              << (!injection ? injection.error().message : harmful.error().message) << "\n";
    return 2;
  }
  std::map<std::string, std::map<std::string, Tally>> by;  // family -> technique -> tally
  std::map<std::string, Tally> total;                      // family -> tally
  std::map<std::string, Tally> by_lang;                    // injection records by language
  std::map<std::string, Tally> by_carrier;                 // injection records by carrier
  std::size_t bytes = 0;
  double seconds = 0.0;
  std::string joined;
  std::vector<std::size_t> boundaries;
  std::vector<Detection> found;
  for (const Record& r : records) {
    mcpgw::eval::JoinFields(r, joined, boundaries);
    found.clear();
    float score = 0.0f;  // injection: the message's best cluster score
    const auto start = std::chrono::steady_clock::now();
    for (int k = 0; k < repeat; ++k) {
      found.clear();
      if (r.family == "harmful") (*harmful)->Scan(joined, found);
      else score = (*injection)->Analyze(joined, boundaries, found);
    }
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    bytes += joined.size() * repeat;
    const bool flagged = !found.empty();
    Tally& t = by[r.family][r.technique];
    Tally& all = total[r.family];
    if (r.label == "attack") {
      ++t.attacks, ++all.attacks;
      t.caught += flagged, all.caught += flagged;
      if (r.family == "injection") {
        for (Tally* x : {&by_lang[r.lang], &by_carrier[r.carrier]}) ++x->attacks, x->caught += flagged;
      }
    } else {
      ++t.benign, ++all.benign;
      t.flagged += flagged, all.flagged += flagged;
      if (r.family == "injection") {
        for (Tally* x : {&by_lang[r.lang], &by_carrier[r.carrier]}) ++x->benign, x->flagged += flagged;
      }
    }
    if (show_errors && flagged != (r.label == "attack")) {
      std::cout << (flagged ? "FALSE POSITIVE " : "MISSED ") << r.id;
      if (flagged) std::cout << " as " << found[0].type << " (" << found[0].score << ")";
      else if (r.family == "injection") std::cout << " (score " << score << ")";
      std::string shown = joined.substr(0, 300);
      for (char& c : shown)
        if (c == '\n') c = ' ';
      std::cout << "\n    " << shown << "\n";
    }
  }
  json::object summary;
  for (const auto& [family, techniques] : by) {
    std::printf("\n%s (%s)\n%-22s %8s %8s %8s %8s\n", family.c_str(), set.c_str(), "technique",
                "attacks", "TPR%", "benign", "FPR%");
    json::object fam;
    for (const auto& [technique, t] : techniques) {
      std::printf("%-22s %8d %8.1f %8d %8.1f\n", technique.c_str(), t.attacks,
                  Pct(t.caught, t.attacks), t.benign, Pct(t.flagged, t.benign));
      fam[technique] = {{"attacks", t.attacks}, {"caught", t.caught}, {"benign", t.benign},
                        {"flagged", t.flagged}};
    }
    const Tally& a = total[family];
    std::printf("%-22s %8d %8.1f %8d %8.1f\n", "ALL", a.attacks, Pct(a.caught, a.attacks),
                a.benign, Pct(a.flagged, a.benign));
    fam["ALL"] = {{"attacks", a.attacks}, {"caught", a.caught}, {"benign", a.benign},
                  {"flagged", a.flagged}};
    summary[family] = std::move(fam);
  }
  // Injection records by language and by carrier (attacks detected, look-alikes flagged).
  for (const auto& [name, groups] : {std::pair{"lang", &by_lang}, std::pair{"carrier", &by_carrier}}) {
    std::printf("\ninjection by %s\n%-22s %8s %8s %8s %8s\n", name, name, "attacks", "TPR%", "benign",
                "FPR%");
    json::object part;
    for (const auto& [key, t] : *groups) {
      std::printf("%-22s %8d %8.1f %8d %8.1f\n", key.c_str(), t.attacks, Pct(t.caught, t.attacks),
                  t.benign, Pct(t.flagged, t.benign));
      part[key] = {{"attacks", t.attacks}, {"caught", t.caught}, {"benign", t.benign},
                   {"flagged", t.flagged}};
    }
    summary[std::string("injection_by_") + name] = std::move(part);
  }
  std::printf("\nscanned %zu bytes in %.3f s (%.1f MB/s, small documents)\n", bytes, seconds,
              seconds > 0 ? bytes / seconds / 1e6 : 0.0);
  if (!summary_path.empty()) {
    std::ofstream out(summary_path);
    out << json::serialize(summary) << "\n";
  }
  const Tally& inj = total["injection"];
  const bool met = Pct(inj.caught, inj.attacks) >= 90.0 && Pct(inj.flagged, inj.benign) <= 2.0;
  return met || no_fail ? 0 : 1;
}
