#include "config/jsonc_parse.h"

#include <gtest/gtest.h>

#include <boost/json/value.hpp>

namespace mcpgw::config {
namespace {

TEST(JsoncParse, AByteOrderMarkCommentsAndTrailingCommasAreRead) {
  boost::system::error_code ec;
  const boost::json::value v =
      ParseJsoncValue("\xEF\xBB\xBF{\n  // a note\n  \"a\": 1, /* old **/\n  \"b\": [2,],\n}\n", ec);
  ASSERT_FALSE(ec) << ec.message();
  EXPECT_EQ(v.at("a").as_int64(), 1);
  EXPECT_EQ(v.at("b").as_array().size(), 1u);
}

TEST(JsoncParse, ABlockCommentEndsAtItsFirstCloseSoWhatFollowsIsRead) {
  // Boost.JSON 1.81 alone would skip "oops */" as part of the comment.
  boost::system::error_code ec;
  ParseJsoncValue("{/* a **/ oops */ \"a\": 1}", ec);
  EXPECT_TRUE(ec);
}

TEST(JsoncParse, BlankedTextKeepsOffsetsAndLineBreaks) {
  EXPECT_EQ(JsoncParseText("{// x\n\"a\": \"//no\"}"), "{    \n\"a\": \"//no\"}");
  EXPECT_EQ(JsoncParseText("\xEF\xBB\xBF{}"), "{}");
}

}  // namespace
}  // namespace mcpgw::config
