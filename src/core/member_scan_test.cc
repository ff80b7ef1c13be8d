#include "core/member_scan.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mcpgw::core {
namespace {

std::vector<std::pair<std::string, std::string>> Members(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  ScanMembers(text, Span{0, text.size()}, [&](std::string_view key, Span value) {
    out.emplace_back(std::string(key), std::string(text.substr(value.offset, value.size)));
    return true;
  });
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(MemberScanTest, FindsEveryTopLevelMemberAndNoNestedOne) {
  struct Case {
    std::string text;
    Pairs members;
  } cases[] = {
      {R"({})", {}},
      {R"( { "a" : 1 , "b":"x" } )", {{"a", "1"}, {"b", "\"x\""}}},
      {R"({"a":{"id":1,"b":[{"id":2}]},"id":3})",
       {{"a", R"({"id":1,"b":[{"id":2}]})"}, {"id", "3"}}},
      {R"({"s":"q\"uote}{][","t":"\\","id":-1.5e3})",
       {{"s", R"("q\"uote}{][")"}, {"t", R"("\\")"}, {"id", "-1.5e3"}}},
      {R"({"k\"ey":true,"n":null,"f":false})",
       {{R"(k\"ey)", "true"}, {"n", "null"}, {"f", "false"}}},
      {"{\n\t\"a\"\r\n:\n[ 1 , 2 ]\n}", {{"a", "[ 1 , 2 ]"}}},
      // Past the short-string loop: escaped quotes and backslashes found with memchr.
      {R"({"long":"0123456789012345678901234567890123456789\"x\\","id":1})",
       {{"long", R"("0123456789012345678901234567890123456789\"x\\")"}, {"id", "1"}}},
      {R"({"edge":"0123456789012345678901234567890\"23456789\\\"","n":2})",
       {{"edge", R"("0123456789012345678901234567890\"23456789\\\"")"}, {"n", "2"}}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Members(c.text), c.members);
  }
}

TEST(MemberScanTest, FindMemberRefusesRepeatedAndAbsentKeys) {
  const std::string text = R"({"id":1,"x":{"id":2},"id":3})";
  Span value;
  EXPECT_FALSE(FindMember(text, Span{0, text.size()}, "id", value));
  EXPECT_FALSE(FindMember(text, Span{0, text.size()}, "missing", value));
  ASSERT_TRUE(FindMember(text, Span{0, text.size()}, "x", value));
  EXPECT_EQ(text.substr(value.offset, value.size), R"({"id":2})");
  EXPECT_FALSE(FindMember(text, Span{1, 4}, "id", value));  // not an object
}

TEST(MemberScanTest, LookupMemberTellsFoundAbsentAndAmbiguousApart) {
  struct Case {
    const char* text;
    const char* key;
    MemberLookup want;
    const char* value;  // the found value's text
  };
  const Case cases[] = {
      {R"({"a":1,"b":{"c":2}})", "b", MemberLookup::kFound, R"({"c":2})"},
      {R"({"a":1,"b":{"c":2}})", "c", MemberLookup::kAbsent, ""},  // nested keys do not count
      {R"({})", "a", MemberLookup::kAbsent, ""},
      {R"([1,2])", "a", MemberLookup::kAbsent, ""},  // not an object: nothing to find
      {R"("text")", "a", MemberLookup::kAbsent, ""},
      {R"({"a":1,"a":2})", "a", MemberLookup::kAmbiguous, ""},
      {R"({"\u0061":1})", "a", MemberLookup::kAmbiguous, ""},  // may decode to the key
      {R"({"a":1,"\u0061":2})", "a", MemberLookup::kAmbiguous, ""},
      {R"({"x\"y":1})", "a", MemberLookup::kAmbiguous, ""},  // any escape: the parser decides
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.text) + " " + c.key);
    const std::string text = c.text;
    Span value;
    ASSERT_EQ(LookupMember(text, Span{0, text.size()}, c.key, value), c.want);
    if (c.want == MemberLookup::kFound) {
      EXPECT_EQ(text.substr(value.offset, value.size), c.value);
    }
  }
}

}  // namespace
}  // namespace mcpgw::core
