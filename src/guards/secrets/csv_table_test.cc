#include "guards/secrets/csv_table.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::guards::secrets {
namespace {

std::vector<std::string> Values(std::string_view text) {
  std::vector<ValueSpan> spans;
  CsvTableSecretValues(text, 0, spans);
  std::vector<std::string> out;
  for (const ValueSpan& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(CsvTableSecretValues, ReadsThePasswordColumnOfEveryRowUpToABlankLine) {
  const std::string text =
      "name,url,username,password,extra\n"
      "CRM,https://crm.example,ana@acme.example,Fjord#856,\n"
      "\"Wiki, team\",https://wiki.example,bob,\"pa\"\"ss;w0rd\",note\n"
      "\n"
      "Other,https://x.example,eve,NotInTheTable1,\n";
  EXPECT_EQ(Values(text), (std::vector<std::string>{"Fjord#856", "pa\"\"ss;w0rd"}));
}

TEST(CsvTableSecretValues, TakesTheBase32SecretOfATotpCell) {
  const std::string text =
      "\"name\";\"login_password\";\"login_totp\"\n"
      "\"Router\";\"Otter-Brezel-46\";\"otpauth://totp/r?secret=JBSWY3DPEHPK3PXP&issuer=r\"\n"
      "\"NAS\";\"\";\"TOTP: QHMV ZOQD Z44M CCYT\"\n";
  EXPECT_EQ(Values(text), (std::vector<std::string>{"Otter-Brezel-46", "JBSWY3DPEHPK3PXP",
                                                    "QHMV ZOQD Z44M CCYT"}));
}

TEST(CsvTableSecretValues, LeavesPlaceholdersReferencesAndRowsThatAreNoHeader) {
  EXPECT_TRUE(Values("name,username,password\nCRM,admin,changeme\nWiki,bob,${WIKI_PW}\n"
                     "Mail,eve,****\n").empty());
  // A data row holding the word "password" is no header.
  EXPECT_TRUE(Values("7,ana@acme.example,password,2024-01-02\n8,bob,Fjord#856,x\n").empty());
  // No password column.
  EXPECT_TRUE(Values("name,url,username\nCRM,https://crm.example,ana\n").empty());
}

TEST(CsvTableSecretValues, AnUnclosedQuoteOrAnyBytesAreSafe) {
  EXPECT_TRUE(Values("name,password\n\"CRM,\"Fjord#856\n").empty());
  std::string bytes = "a;password;c\n";
  for (int i = 0; i < 512; ++i) bytes += static_cast<char>((i * 37) % 256);
  std::vector<ValueSpan> spans;
  CsvTableSecretValues(bytes, 3, spans);
  for (const ValueSpan& s : spans) {
    EXPECT_LE(s.begin, s.end);
    EXPECT_LE(s.end, bytes.size());
  }
}

}  // namespace
}  // namespace mcpgw::guards::secrets
