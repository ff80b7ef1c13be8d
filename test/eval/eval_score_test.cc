#include "eval_score.h"

#include <gtest/gtest.h>

namespace mcpgw::eval {
namespace {

using guards::Detection;

Document Doc(std::vector<Label> labels, std::vector<Lookalike> lookalikes = {}) {
  Document doc;
  doc.id = "d1";
  doc.kind = "config";
  doc.text = std::string(200, 'x');
  doc.labels = std::move(labels);
  doc.lookalikes = std::move(lookalikes);
  return doc;
}

Detection Det(std::size_t begin, std::size_t end, std::string_view entity = "AWS_ACCESS_KEY",
              std::string_view type = "secrets.aws") {
  return Detection{begin, end, type, entity, 1.0f};
}

TEST(FamilyScorer, LabelIsFoundWhenNinetyPercentIsCovered) {
  struct Case {
    std::vector<Detection> detections;
    bool found;
  } cases[] = {
      {{Det(10, 30)}, true},                // exact
      {{Det(5, 40)}, true},                 // wider than the label
      {{Det(12, 30)}, true},                // 18 of 20 bytes: 90%
      {{Det(13, 30)}, false},               // 17 of 20 bytes
      {{Det(10, 20), Det(20, 29)}, true},   // two pieces, 19 of 20 bytes
      {{Det(10, 20), Det(12, 25)}, false},  // overlapping pieces count once: 15 of 20
      {{}, false},
  };
  for (const Case& c : cases) {
    FamilyScorer scorer("secrets");
    scorer.Add(Doc({Label{10, 30, "AWS_ACCESS_KEY", "secrets"}}), c.detections);
    EXPECT_EQ(scorer.score().total.found, c.found ? 1 : 0);
    EXPECT_EQ(scorer.score().misses.size(), c.found ? 0u : 1u);
  }
}

TEST(FamilyScorer, TypeAgreementNeedsTheSameEntityName) {
  FamilyScorer scorer("secrets");
  scorer.Add(Doc({Label{10, 30, "AWS_ACCESS_KEY", "secrets"}, Label{50, 60, "JWT", "secrets"}}),
             {Det(10, 30, "AWS_ACCESS_KEY"), Det(50, 60, "GENERIC_SECRET")});
  const FamilyScore& s = scorer.score();
  EXPECT_EQ(s.total.found, 2);
  EXPECT_EQ(s.total.type_agreed, 1);
  EXPECT_EQ(s.by_entity.at("JWT").detected_as.at("GENERIC_SECRET"), 1);
  EXPECT_EQ(s.by_kind.at("config").found, 2);
}

TEST(FamilyScorer, LabelsOfTheOtherFamilyAreNotCounted) {
  FamilyScorer scorer("pii");
  scorer.Add(Doc({Label{10, 30, "AWS_ACCESS_KEY", "secrets"}, Label{40, 50, "EMAIL_ADDRESS", "pii"}}),
             {Det(10, 30, "PHONE_NUMBER", "pii.PHONE_NUMBER")});
  const FamilyScore& s = scorer.score();
  EXPECT_EQ(s.total.labels, 1);
  EXPECT_EQ(s.total.found, 0);
  EXPECT_EQ(s.unlabelled, 1);
  EXPECT_EQ(s.unlabelled_on_other_family, 1);
  EXPECT_EQ(s.unlabelled_by_type.at("pii.PHONE_NUMBER"), 1);
  ASSERT_EQ(s.unlabelled_list.size(), 1u);
  EXPECT_EQ(s.unlabelled_list[0].begin, 10u);
  EXPECT_EQ(s.unlabelled_list[0].length, 20u);
}

TEST(FamilyScorer, AnyOverlapDamagesALookalike) {
  FamilyScorer scorer("secrets");
  scorer.Add(Doc({}, {Lookalike{100, 140, "git_sha"}, Lookalike{150, 160, "uuid"}}),
             {Det(139, 145)});
  const FamilyScore& s = scorer.score();
  EXPECT_EQ(s.lookalikes, 2);
  EXPECT_EQ(s.damaged, 1);
  EXPECT_EQ(s.lookalikes_by_what.at("git_sha").second, 1);
  EXPECT_EQ(s.lookalikes_by_what.at("uuid").second, 0);
  EXPECT_EQ(s.unlabelled_on_lookalike, 1);
  EXPECT_DOUBLE_EQ(s.DamageRate(), 0.5);
}

TEST(FamilyScorer, IgnoredEntitiesAreNeitherLabelsNorFalsePositives) {
  FamilyScorer scorer("pii", {"PERSON"});
  scorer.Add(Doc({Label{10, 20, "PERSON", "pii"}}), {Det(10, 20, "PERSON", "pii.PERSON")});
  EXPECT_EQ(scorer.score().total.labels, 0);
  EXPECT_EQ(scorer.score().unlabelled, 0);  // a detection on an ignored label is not a false positive
}

TEST(FamilyScorer, JsonSummaryCarriesPositionsNotValues) {
  FamilyScorer scorer("secrets");
  Document doc = Doc({Label{10, 30, "AWS_ACCESS_KEY", "secrets"}});
  scorer.Add(doc, {});
  const boost::json::object j = ToJson(scorer.score());
  EXPECT_EQ(j.at("labels").as_int64(), 1);
  const auto& miss = j.at("misses").as_array().at(0).as_object();
  EXPECT_EQ(miss.at("begin").as_uint64(), 10u);
  EXPECT_EQ(miss.at("length").as_uint64(), 20u);
  EXPECT_EQ(miss.if_contains("value"), nullptr);
}

}  // namespace
}  // namespace mcpgw::eval
