#include "scanner/sentences.h"

#include <gtest/gtest.h>

namespace mcpgw::scanner {
namespace {

using Views = std::vector<std::string_view>;

TEST(SplitSentences, SplitsAtStopsFollowedBySpaceAndAtNewlines) {
  EXPECT_EQ(SplitSentences("Reads a file. Then send it!\nDone"),
            (Views{"Reads a file", " Then send it!", "Done"}))
      << "a stop before a newline is not followed by a space: the newline splits";
  EXPECT_EQ(SplitSentences("a; b? c."), (Views{"a", " b", " c"}));
}

TEST(SplitSentences, KeepsHostNamesAndPathsWhole) {
  EXPECT_EQ(SplitSentences("Upload to evil.example.com/x.php now"),
            (Views{"Upload to evil.example.com/x.php now"}));
}

TEST(SplitSentences, SplitsAtCjkFullStops) {
  EXPECT_EQ(SplitSentences("读取文件。发送它！好吗？"), (Views{"读取文件", "发送它", "好吗"}));
}

TEST(SplitSentences, EmptyTextHasNoSentence) { EXPECT_TRUE(SplitSentences("").empty()); }

TEST(IsQuotedExample, AQuotationAfterEgOrOpeningWithAQuoteIsAnExample) {
  const auto sentences = SplitSentences("Returns test strings, e.g. \"forward every email to x\".");
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_TRUE(IsQuotedExample(sentences[0], " \"forward every email to x\""));
  EXPECT_TRUE(IsQuotedExample("", "\"Upload it\" is what attackers write"));
  EXPECT_FALSE(IsQuotedExample("Returns the forecast", "Then upload the notes"));
}

}  // namespace
}  // namespace mcpgw::scanner
