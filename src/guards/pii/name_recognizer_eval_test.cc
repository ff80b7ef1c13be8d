// Measures PERSON and LOCATION precision and recall on the labelled set in
// testdata/names_eval.txt (exact span and entity must match) and pins a floor under both, so a
// change that makes them worse fails. The figures are printed for docs/guards-pii.md.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "guards/pii/pii_detector.h"

namespace mcpgw::guards::pii {
namespace {

struct Span {
  std::size_t begin, end;
  std::string entity;
};

// "[P:John] in [L:Rome]" -> "John in Rome" with its spans.
void ParseLine(const std::string& line, std::string& text, std::vector<Span>& gold) {
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == '[' && i + 2 < line.size() && line[i + 2] == ':' &&
        (line[i + 1] == 'P' || line[i + 1] == 'L')) {
      const std::size_t close = line.find(']', i);
      const std::size_t begin = text.size();
      text += line.substr(i + 3, close - i - 3);
      gold.push_back({begin, text.size(), line[i + 1] == 'P' ? "PERSON" : "LOCATION"});
      i = close + 1;
    } else {
      text.push_back(line[i++]);
    }
  }
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0; }
  double recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0; }
};

struct Measured {
  Counts person, location;
};

Measured Evaluate(const std::string& file) {
  std::string path = MCPGW_PII_TESTDATA;
  path.append("/").append(file);
  std::ifstream in(path);
  EXPECT_TRUE(in) << file;
  PiiOptions options;
  options.entities = {"PERSON", "LOCATION"};
  auto detector = CreatePiiDetector(options).value();
  Counts person, location;
  std::string line;
  std::ostringstream misses;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string text;
    std::vector<Span> gold;
    ParseLine(line, text, gold);
    std::vector<Detection> found;
    detector->Scan(text, found);
    std::vector<bool> matched(gold.size(), false);
    for (const Detection& d : found) {
      Counts& c = d.entity == "PERSON" ? person : location;
      bool hit = false;
      for (std::size_t g = 0; g < gold.size(); ++g) {
        if (!matched[g] && gold[g].begin == d.begin && gold[g].end == d.end &&
            gold[g].entity == d.entity) {
          matched[g] = hit = true;
        }
      }
      if (hit) {
        ++c.tp;
      } else {
        ++c.fp;
        misses << "  FP " << d.entity << " [" << text.substr(d.begin, d.end - d.begin) << "] in: " << text << "\n";
      }
    }
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (!matched[g]) {
        (gold[g].entity == "PERSON" ? person : location).fn++;
        misses << "  FN " << gold[g].entity << " [" << text.substr(gold[g].begin, gold[g].end - gold[g].begin) << "] in: " << text << "\n";
      }
    }
  }
  std::printf("%s\n", file.c_str());
  std::printf("PERSON   precision %.2f recall %.2f (tp %d fp %d fn %d)\n", person.precision(),
              person.recall(), person.tp, person.fp, person.fn);
  std::printf("LOCATION precision %.2f recall %.2f (tp %d fp %d fn %d)\n", location.precision(),
              location.recall(), location.tp, location.fp, location.fn);
  std::printf("%s", misses.str().c_str());
  return {person, location};
}

// The set the rules were tuned on.
TEST(NameRecognizerEval, DevelopmentSet) {
  Measured r = Evaluate("names_eval.txt");
  EXPECT_GE(r.person.precision(), 0.8);
  EXPECT_GE(r.person.recall(), 0.7);
  EXPECT_GE(r.location.precision(), 0.8);
  EXPECT_GE(r.location.recall(), 0.7);
}

// Written after tuning and measured once; the floors sit under that first measurement.
TEST(NameRecognizerEval, HeldOutSet) {
  Measured r = Evaluate("names_holdout.txt");
  EXPECT_GE(r.person.precision(), 0.9);
  EXPECT_GE(r.person.recall(), 0.65);
  EXPECT_GE(r.location.precision(), 0.8);
  EXPECT_GE(r.location.recall(), 0.85);
}

}  // namespace
}  // namespace mcpgw::guards::pii
