#include "eval_score.h"

#include <algorithm>
#include <utility>

namespace mcpgw::eval {
namespace {

std::size_t Overlap(std::size_t a_begin, std::size_t a_end, std::size_t b_begin,
                    std::size_t b_end) {
  const std::size_t begin = std::max(a_begin, b_begin);
  const std::size_t end = std::min(a_end, b_end);
  return end > begin ? end - begin : 0;
}

// Bytes of [begin, end) covered by the union of the detections.
std::size_t CoveredBytes(std::size_t begin, std::size_t end,
                         const std::vector<guards::Detection>& sorted) {
  std::size_t covered = 0;
  std::size_t cursor = begin;
  for (const guards::Detection& d : sorted) {
    if (d.begin >= end) break;
    const std::size_t from = std::max(cursor, d.begin);
    const std::size_t to = std::min(end, d.end);
    if (to > from) {
      covered += to - from;
      cursor = to;
    }
  }
  return covered;
}

}  // namespace

FamilyScorer::FamilyScorer(std::string family, std::set<std::string> ignored_entities)
    : ignored_(std::move(ignored_entities)) {
  score_.family = std::move(family);
}

void FamilyScorer::Add(const Document& doc, const std::vector<guards::Detection>& detections) {
  std::vector<guards::Detection> sorted = detections;
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.begin < b.begin; });
  ++score_.documents;
  score_.detections += static_cast<int>(sorted.size());

  for (const Label& label : doc.labels) {
    if (label.family != score_.family || ignored_.count(label.entity)) continue;
    ClassScore& cls = score_.by_entity[label.entity];
    ClassScore& kind = score_.by_kind[doc.kind];
    ++cls.labels;
    ++kind.labels;
    ++score_.total.labels;
    const std::size_t length = label.end - label.begin;
    const double coverage = double(CoveredBytes(label.begin, label.end, sorted)) / length;
    const guards::Detection* best = nullptr;
    std::size_t best_overlap = 0;
    bool agreed = false;
    for (const guards::Detection& d : sorted) {
      const std::size_t o = Overlap(label.begin, label.end, d.begin, d.end);
      if (o == 0) continue;
      if (o > best_overlap) best_overlap = o, best = &d;
      if (d.entity == label.entity) agreed = true;
    }
    if (coverage >= kFoundCoverage) {
      ++cls.found;
      ++kind.found;
      ++score_.total.found;
      if (agreed) ++cls.type_agreed, ++score_.total.type_agreed;
      ++cls.detected_as[best ? std::string(best->entity) : std::string()];
    } else {
      score_.misses.push_back(Miss{doc.id, label.entity, label.begin, length, coverage,
                                   best ? std::string(best->type) : std::string()});
    }
  }

  for (const guards::Detection& d : sorted) {
    bool on_own = false, on_other = false, on_lookalike = false;
    for (const Label& label : doc.labels) {
      if (Overlap(label.begin, label.end, d.begin, d.end) == 0) continue;
      if (label.family == score_.family) on_own = true;
      else on_other = true;
    }
    if (on_own) continue;
    for (const Lookalike& l : doc.lookalikes) {
      if (Overlap(l.begin, l.end, d.begin, d.end) > 0) on_lookalike = true;
    }
    ++score_.unlabelled;
    if (on_other) ++score_.unlabelled_on_other_family;
    if (on_lookalike) ++score_.unlabelled_on_lookalike;
    ++score_.unlabelled_by_type[std::string(d.type)];
    ++score_.unlabelled_by_kind[doc.kind];
    score_.unlabelled_list.push_back(Unlabelled{doc.id, d.begin, d.end - d.begin, std::string(d.type)});
  }

  for (const Lookalike& l : doc.lookalikes) {
    auto& [total, damaged] = score_.lookalikes_by_what[l.what];
    ++total;
    ++score_.lookalikes;
    for (const guards::Detection& d : sorted) {
      if (Overlap(l.begin, l.end, d.begin, d.end) == 0) continue;
      ++damaged;
      ++score_.damaged;
      score_.damages.push_back(Damage{doc.id, l.what, l.begin, l.end - l.begin, std::string(d.type)});
      break;
    }
  }
}

boost::json::object ToJson(const FamilyScore& s) {
  namespace json = boost::json;
  json::object out;
  out["family"] = s.family;
  out["documents"] = s.documents;
  out["labels"] = s.total.labels;
  out["found"] = s.total.found;
  out["recall"] = s.Recall();
  out["type_agreed"] = s.total.type_agreed;
  out["type_agreement"] = s.TypeAgreement();
  out["detections"] = s.detections;
  out["unlabelled_detections"] = s.unlabelled;
  out["unlabelled_on_other_family"] = s.unlabelled_on_other_family;
  out["unlabelled_on_lookalike"] = s.unlabelled_on_lookalike;
  out["lookalikes"] = s.lookalikes;
  out["lookalikes_damaged"] = s.damaged;
  out["damage_rate"] = s.DamageRate();
  json::object entities;
  for (const auto& [entity, c] : s.by_entity) {
    json::object e;
    e["labels"] = c.labels;
    e["found"] = c.found;
    e["recall"] = c.labels ? double(c.found) / c.labels : 1.0;
    e["type_agreed"] = c.type_agreed;
    json::object as;
    for (const auto& [name, n] : c.detected_as) as[name.empty() ? "(none)" : name] = n;
    e["detected_as"] = std::move(as);
    entities[entity] = std::move(e);
  }
  out["by_entity"] = std::move(entities);
  json::object kinds;
  for (const auto& [kind, c] : s.by_kind) {
    kinds[kind] = json::object{{"labels", c.labels}, {"found", c.found}};
  }
  out["by_kind"] = std::move(kinds);
  json::object looks;
  for (const auto& [what, td] : s.lookalikes_by_what) {
    looks[what] = json::object{{"total", td.first}, {"damaged", td.second}};
  }
  out["lookalikes_by_what"] = std::move(looks);
  json::object by_type;
  for (const auto& [type, n] : s.unlabelled_by_type) by_type[type] = n;
  out["unlabelled_by_type"] = std::move(by_type);
  json::object by_kind;
  for (const auto& [kind, n] : s.unlabelled_by_kind) by_kind[kind] = n;
  out["unlabelled_by_kind"] = std::move(by_kind);
  json::array misses;
  for (const Miss& m : s.misses) {
    misses.push_back(json::object{{"doc", m.doc_id}, {"entity", m.entity}, {"begin", m.begin},
                                  {"length", m.length}, {"coverage", m.coverage},
                                  {"nearest_type", m.nearest_type}});
  }
  out["misses"] = std::move(misses);
  json::array damages;
  for (const Damage& d : s.damages) {
    damages.push_back(json::object{{"doc", d.doc_id}, {"what", d.what}, {"begin", d.begin},
                                   {"length", d.length}, {"detection_type", d.detection_type}});
  }
  out["damages"] = std::move(damages);
  json::array unlabelled;
  for (const Unlabelled& u : s.unlabelled_list) {
    unlabelled.push_back(json::object{{"doc", u.doc_id}, {"begin", u.begin}, {"length", u.length},
                                      {"type", u.type}});
  }
  out["unlabelled"] = std::move(unlabelled);
  return out;
}

}  // namespace mcpgw::eval
