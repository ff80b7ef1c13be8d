#include "guards/pii/context_words.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace mcpgw::guards::pii {
namespace {

constexpr std::string_view kPhone[] = {"phone", "tel"};

// The value is always "12345" in these texts.
bool Near(std::string_view text) {
  const std::size_t b = text.find("12345");
  return HasContextWord(text, b, b + 5, kPhone);
}

TEST(HasContextWord, MatchesWholeWordsCaseInsensitively) {
  EXPECT_TRUE(Near("Phone: 12345"));
  EXPECT_TRUE(Near("TEL 12345"));
  EXPECT_TRUE(Near("12345 (phone)"));
  EXPECT_FALSE(Near("hotel 12345"));        // "tel" inside a word
  EXPECT_FALSE(Near("telescope 12345"));    // a 3-letter keyword is not a prefix match
}

TEST(HasContextWord, SplitsIdentifiers) {
  EXPECT_TRUE(Near("{\"phoneNumber\": \"12345\"}"));
  EXPECT_TRUE(Near("phone_number=12345"));
  EXPECT_TRUE(Near("phones 12345"));  // 4+ letter keywords match as a prefix
}

TEST(HasContextWord, AWordOfAnEmailAddressOrHostNameIsNoContext) {
  EXPECT_FALSE(Near("user=ops@phone.example at 12345"));
  EXPECT_FALSE(Near("phone@mail.example 12345"));
  EXPECT_FALSE(Near("host api.phone.example 12345"));
  EXPECT_TRUE(Near("Phone. 12345"));  // a sentence's end before it is no host name
}

TEST(HasContextWord, StaysInsideTheWindow) {
  std::string far = "phone ";
  far += std::string(60, 'x');
  far += " 12345";
  EXPECT_FALSE(Near(far));
  EXPECT_FALSE(Near("12345" + std::string(30, ' ') + "phone"));
  EXPECT_FALSE(Near("12345phone"));  // glued to the value: part of another token
}

TEST(HasContextWord, ReadsTheHeaderOfADelimitedTablesColumn) {
  EXPECT_TRUE(Near("id,phone,city\n1,12345,Paris\n"));
  EXPECT_TRUE(Near("id\tphone\n7\t0\n8\t12345\n"));
  EXPECT_FALSE(Near("id,zip,city\n1,12345,Paris\n"));        // another column's header
  std::string rows = "phone,id\n";
  for (int i = 0; i < 6; ++i) rows += "x,abcdefghij\n";      // header out of the window
  EXPECT_FALSE(Near(rows + "1,12345\n"));                    // the value is under "id"
  EXPECT_TRUE(Near(rows + "12345,1\n"));                     // under "phone"
  EXPECT_FALSE(Near("no table here\nvalue 12345"));           // the first line has no cells
}

TEST(HasContextWord, ACommaFollowedBySpaceIsInsideACellUnderATightHeader) {
  // Filler rows put the header out of the plain window before the value.
  const std::string filler = "Someone Long Named,abcdefghij,Dec 31, 2025\n"
                             "Someone Else Named,abcdefghij,Jan 1, 2026\n";
  // "Nov 25, 2026" holds a comma; the header has none followed by a space.
  EXPECT_TRUE(Near("# export\nname,phone,since\n" + filler + "Ana,12345,Nov 25, 2026\n"));
  EXPECT_FALSE(Near("# export\nname,since,phone\n" + filler + "Ana,12345,Nov 25, 2026\n"));
  EXPECT_FALSE(Near("# export\nname, phone, since\n" + filler + "Ana,12345,Nov 25, 2026\n"));
  // Rows between may hold more delimiters than the header ("R$ 466,23").
  EXPECT_TRUE(Near("# export\nname,amount,phone\nSomeone Long Named,R$ 4,23,abcdefghij\n"
                   "Someone Else Named,R$ 5,10,abcdefghij\nBo,7,12345\n"));
}

TEST(HasContextWord, ReadsTheColumnListOfAnSqlInsert) {
  // A filler row puts the column list out of the plain window before the value.
  const std::string head =
      "INSERT INTO people (id, full_name, phone, city) VALUES\n"
      "(0, 'Someone With A Long Name Indeed', 'n/a', 'Somewhere Far Away'),\n";
  EXPECT_TRUE(Near(head + "(1, 'O''Brien, Ana', '12345', 'Cork'),\n"));
  EXPECT_TRUE(Near(head + "(1, 'x', '1', 'y'),\n(2, 'Bo', '12345', 'Oslo');\n"));
  EXPECT_FALSE(Near(head + "(1, 'x', 'y', '12345');\n"));   // under "city"
  EXPECT_FALSE(Near(head + "(1, '12345', 'y', 'z');\n"));   // under "full_name"
  EXPECT_FALSE(Near("UPDATE t SET phone = 1;\n" + std::string(60, '-') +
                    "\n(1, 'x', '12345')\n"));  // no INSERT before the tuple
  EXPECT_TRUE(Near("insert into t (phone, a, b, c, d) values (" + std::string(50, ' ') +
                   "'12345', 1, 2, 3, 4);"));
}

TEST(HasContextWord, ReadsTheHeaderOfAMarkdownTableAnywhereInTheText) {
  const std::string intro = "## Travellers\n\nBooked for March.\n\n";
  std::string rows;
  for (int i = 0; i < 4; ++i) rows += "| Someone Long Named | abcdefghi | 2021 |\n";
  EXPECT_TRUE(Near(intro + "| Name | Phone | Since |\n|---|---|---|\n" + rows +
                   "| Ana | 12345 | 2020 |\n"));
  EXPECT_FALSE(Near(intro + "| Name | Zip | Since |\n|---|---|---|\n" + rows +
                    "| Ana | 12345 | 2020 |\n"));            // another column's header
  EXPECT_FALSE(Near(intro + "| Name | Phone | Since |\n" + rows +
                    "| Ana | 12345 | 2020 |\n"));            // no |---| row: no header
}

TEST(PreviousWord, FindsTheWordJustBefore) {
  char buf[24];
  std::string_view text = "version 1.2.3";
  EXPECT_EQ(PreviousWord(text, 8, buf), "version");
  EXPECT_EQ(PreviousWord("Version: 1", 9, buf), "version");
  EXPECT_EQ(PreviousWord("version     1", 12, buf), "");  // gap wider than 3
  EXPECT_EQ(PreviousWord("1", 0, buf), "");
}

}  // namespace
}  // namespace mcpgw::guards::pii
