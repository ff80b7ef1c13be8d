#include "eval_set.h"

#include <gtest/gtest.h>

namespace mcpgw::eval {
namespace {

// "key=AKIA" base64url-encoded, unpadded.
constexpr char kText[] = "a2V5PUFLSUE";

TEST(ParseDocument, DecodesTextAndSpans) {
  auto doc = ParseDocument(std::string(R"({"id":"x","kind":"config","text_b64url":")") + kText +
                           R"(","labels":[{"start":4,"end":8,"entity":"AWS_ACCESS_KEY",)"
                           R"("family":"secrets"}],"lookalikes":[{"start":0,"end":3,"what":"w"}]})");
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->text, "key=AKIA");
  ASSERT_EQ(doc->labels.size(), 1u);
  EXPECT_EQ(doc->text.substr(doc->labels[0].begin, doc->labels[0].end - doc->labels[0].begin),
            "AKIA");
  EXPECT_EQ(doc->lookalikes.at(0).what, "w");
}

TEST(ParseDocument, RejectsBadRecordsWithAReason) {
  const std::string head = std::string(R"({"id":"x","kind":"k","text_b64url":")") + kText + "\",";
  struct Case {
    std::string line;
    std::string reason;
  } cases[] = {
      {"[]", "not a JSON object"},
      {"{", "invalid JSON"},
      {R"({"kind":"k"})", "\"id\""},
      {R"({"id":"x","kind":"k","text_b64url":"a+b=","labels":[],"lookalikes":[]})", "base64url"},
      {head + R"("labels":[{"start":4,"end":9,"entity":"E","family":"secrets"}],"lookalikes":[]})",
       "outside the text"},
      {head + R"("labels":[{"start":4,"end":4,"entity":"E","family":"secrets"}],"lookalikes":[]})",
       "outside the text"},
      {head + R"("labels":[{"start":-1,"end":4,"entity":"E","family":"secrets"}],"lookalikes":[]})",
       "non-negative"},
      {head + R"("labels":[{"start":0,"end":4,"entity":"E","family":"other"}],"lookalikes":[]})",
       "neither secrets nor pii"},
      {head + R"("labels":[],"lookalikes":[{"start":0,"end":4}]})", "\"what\""},
      {head + R"("labels":[]})", "\"lookalikes\""},
  };
  for (const Case& c : cases) {
    auto doc = ParseDocument(c.line);
    ASSERT_FALSE(doc) << c.line;
    EXPECT_NE(doc.error().message.find(c.reason), std::string::npos)
        << c.line << " -> " << doc.error().message;
  }
}

TEST(LoadEvalSet, NamesTheMissingFile) {
  auto set = LoadEvalSet("/nonexistent/eval.jsonl");
  ASSERT_FALSE(set);
  EXPECT_NE(set.error().message.find("/nonexistent/eval.jsonl"), std::string::npos);
}

TEST(LoadEvalSet, CommittedSplitsLoadAndSpansStayInsideTheirText) {
  for (const char* split : {"test.jsonl", "dev.jsonl"}) {
    auto set = LoadEvalSet(std::string(MCPGW_EVAL_DIR) + "/" + split);
    ASSERT_TRUE(set) << set.error().message;
    EXPECT_GT(set->size(), 100u) << split;
    for (const Document& doc : *set) {
      for (const Label& l : doc.labels) EXPECT_LE(l.end, doc.text.size()) << doc.id;
    }
  }
}

}  // namespace
}  // namespace mcpgw::eval
