// Scoring of one detector family (secrets or PII) against the labelled evaluation set.
//
// Rules (test/eval/README.md):
// - A label is found when the detector's detections together cover at least kFoundCoverage of
//   its bytes. It is type-agreed when, in addition, an overlapping detection names the same
//   entity as the label.
// - A detection is unlabelled (the precision proxy) when it overlaps no label of its family.
// - A look-alike is damaged when any detection of the family overlaps it by at least one byte.
// Labels of the other family are ignored, except to say where unlabelled detections fell.
//
// Threading: a FamilyScorer is used from one thread. Values only; no I/O.
#pragma once

#include <boost/json/object.hpp>

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "eval_set.h"
#include "guards/detector.h"

namespace mcpgw::eval {

inline constexpr double kFoundCoverage = 0.9;

struct ClassScore {
  int labels = 0;
  int found = 0;
  int type_agreed = 0;
  // For found labels: the entity of the detection that overlaps the label most, by count.
  std::map<std::string, int> detected_as;
};

// A label not found. Carries positions and lengths, never the value.
struct Miss {
  std::string doc_id;
  std::string entity;
  std::size_t begin = 0;
  std::size_t length = 0;
  double coverage = 0;       // fraction of the label's bytes covered by detections
  std::string nearest_type;  // type of the detection overlapping it most, "" when none
};

// A look-alike that a detection overlapped.
struct Damage {
  std::string doc_id;
  std::string what;
  std::size_t begin = 0;
  std::size_t length = 0;
  std::string detection_type;
};

// A detection that overlaps no label of its family (positions only).
struct Unlabelled {
  std::string doc_id;
  std::size_t begin = 0;
  std::size_t length = 0;
  std::string type;
};

struct FamilyScore {
  std::string family;
  std::map<std::string, ClassScore> by_entity;
  std::map<std::string, ClassScore> by_kind;  // labels and found, by document kind
  ClassScore total;
  int documents = 0;
  int detections = 0;
  int unlabelled = 0;                 // detections overlapping no label of the family
  int unlabelled_on_other_family = 0; // ...of which overlap a label of the other family
  int unlabelled_on_lookalike = 0;    // ...of which overlap a look-alike
  std::map<std::string, int> unlabelled_by_type;
  std::map<std::string, int> unlabelled_by_kind;  // by document kind
  int lookalikes = 0;
  int damaged = 0;
  std::map<std::string, std::pair<int, int>> lookalikes_by_what;  // what -> (total, damaged)
  std::vector<Miss> misses;
  std::vector<Damage> damages;
  std::vector<Unlabelled> unlabelled_list;

  double Recall() const { return total.labels ? double(total.found) / total.labels : 1.0; }
  double TypeAgreement() const {
    return total.found ? double(total.type_agreed) / total.found : 1.0;
  }
  double DamageRate() const { return lookalikes ? double(damaged) / lookalikes : 0.0; }
};

class FamilyScorer {
 public:
  // `family` is "secrets" or "pii". Labels whose entity is in `ignored_entities` are neither
  // counted nor make an overlapping detection unlabelled (for entities the detector was not
  // asked to find).
  explicit FamilyScorer(std::string family, std::set<std::string> ignored_entities = {});

  // Scores what the detector found in `doc.text`; `detections` may come in any order.
  void Add(const Document& doc, const std::vector<guards::Detection>& detections);

  const FamilyScore& score() const { return score_; }

 private:
  std::set<std::string> ignored_;
  FamilyScore score_;
};

// The score as JSON (for the summary file): totals, per entity, per look-alike kind, unlabelled
// detections by type, and the misses and damages (positions only).
boost::json::object ToJson(const FamilyScore& score);

}  // namespace mcpgw::eval
