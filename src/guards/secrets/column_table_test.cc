#include "guards/secrets/column_table.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::guards::secrets {
namespace {

// The cells found from a keyword hit inside the line that holds `header_word`.
std::vector<std::string> Values(std::string_view text, std::string_view header_word,
                                bool passwords) {
  std::vector<ValueSpan> spans;
  ColumnTableSecretValues(text, text.find(header_word), passwords, spans);
  std::vector<std::string> out;
  for (const ValueSpan& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(ClassifySecretColumn, NamesTheCredentialNotWhatIsSaidAboutIt) {
  EXPECT_EQ(ClassifySecretColumn("password"), SecretColumn::kPassword);
  EXPECT_EQ(ClassifySecretColumn("db_password"), SecretColumn::kPassword);
  EXPECT_EQ(ClassifySecretColumn("userPwd"), SecretColumn::kPassword);
  EXPECT_EQ(ClassifySecretColumn("Passwort"), SecretColumn::kPassword);
  EXPECT_EQ(ClassifySecretColumn("mfa_secret"), SecretColumn::kTotp);
  EXPECT_EQ(ClassifySecretColumn("totp"), SecretColumn::kTotp);
  EXPECT_EQ(ClassifySecretColumn("client_secret"), SecretColumn::kSecret);
  EXPECT_EQ(ClassifySecretColumn("webhookSecret"), SecretColumn::kSecret);
  EXPECT_EQ(ClassifySecretColumn("api_key"), SecretColumn::kSecret);
  EXPECT_EQ(ClassifySecretColumn("refresh_token"), SecretColumn::kSecret);
  EXPECT_EQ(ClassifySecretColumn("password_hash"), SecretColumn::kNone);
  EXPECT_EQ(ClassifySecretColumn("passwordChangedAt"), SecretColumn::kNone);
  EXPECT_EQ(ClassifySecretColumn("token_type"), SecretColumn::kNone);
  EXPECT_EQ(ClassifySecretColumn("api_key_prefix"), SecretColumn::kNone);
  EXPECT_EQ(ClassifySecretColumn("public_key"), SecretColumn::kNone);
  EXPECT_EQ(ClassifySecretColumn("sort_key"), SecretColumn::kNone);
  EXPECT_EQ(ClassifySecretColumn("next_page_token"), SecretColumn::kNone);
  EXPECT_EQ(ClassifySecretColumn("pass"), SecretColumn::kNone);  // pass/fail
  EXPECT_EQ(ClassifySecretColumn("mfa_enabled"), SecretColumn::kNone);
}

TEST(ColumnTableSecretValues, ReadsAMysqlBoxUpToItsBottomBorder) {
  const std::string text =
      "mysql> SELECT client_name, client_id, client_secret FROM oauth_clients;\n"
      "+-----------+--------------------------------------+----------------------------------+\n"
      "| client_name | client_id                          | client_secret                    |\n"
      "+-----------+--------------------------------------+----------------------------------+\n"
      "| acme-bi   | 8d10be66-85b8-4110-9edf-7215ad329573 | kUvXkm1h6H5Ba705HzK6FDlRyr8aJR5  |\n"
      "| acme-etl  | fe2d0092-b498-4b97-88f8-cc7d515b8dd0 | NULL                             |\n"
      "+-----------+--------------------------------------+----------------------------------+\n"
      "| after     | 00000000-0000-0000-0000-000000000000 | Zq8Lw2Xr5Tn9Vb3Mk7Jh4Gf6Ds1Ap0Q  |\n";
  EXPECT_EQ(Values(text, "client_secret                    |", false),
            (std::vector<std::string>{"kUvXkm1h6H5Ba705HzK6FDlRyr8aJR5"}));
}

TEST(ColumnTableSecretValues, ReadsPsqlRowsUpToTheRowCount) {
  const std::string text =
      " id | username | password    | password_hash\n"
      "----+----------+-------------+---------------------------------\n"
      "  1 | ana      | Fjord#856   | $2b$12$abcdefghijklmnopqrstuv\n"
      "  2 | bob      | ********    | $2b$12$bcdefghijklmnopqrstuvw\n"
      "  3 | eve      | letmein600  | $2b$12$cdefghijklmnopqrstuvwx\n"
      "(3 rows)\n";
  EXPECT_EQ(Values(text, "password ", true),
            (std::vector<std::string>{"Fjord#856", "letmein600"}));
  EXPECT_TRUE(Values(text, "password ", false).empty());  // no other credential column
}

TEST(ColumnTableSecretValues, ReadsSqliteListModeWhereEveryRowHasTheHeadersCells) {
  const std::string text =
      "sqlite> SELECT id, email, password, note FROM users LIMIT 3;\n"
      "id|email|password|note\n"
      "63392|siobhan@mail.test|Bella2021.|prefers email\n"
      "29203|f.h@nordwind.test|T=Q?mx3e|\n"
      "sqlite> .quit\n";
  EXPECT_EQ(Values(text, "password|", true),
            (std::vector<std::string>{"Bella2021.", "T=Q?mx3e"}));
  // Bars with spaces around them and no rule under the header: prose or a shell pipeline.
  EXPECT_TRUE(Values("cat users | grep password | sort\nfoo | bar | baz\n", "password", true)
                  .empty());
}

TEST(ColumnTableSecretValues, ReadsACompoundNamedMarkdownColumnButNoStandIns) {
  const std::string text =
      "| id | username | mfa_secret |\n"
      "|---|---|---|\n"
      "| 2674 | omondib | ISLRV3F7MHPOW7ITDU2ARBDQO3EDV44V |\n"
      "| 32059 | hoangt | KO3VYG5YDG3FUIYV |\n"
      "| 1 | x | [hidden] |\n";
  EXPECT_EQ(Values(text, "mfa_secret", false),
            (std::vector<std::string>{"ISLRV3F7MHPOW7ITDU2ARBDQO3EDV44V", "KO3VYG5YDG3FUIYV"}));
  const std::string passwords =
      "| env | user | password |\n|---|---|---|\n| staging | admin | Dragon2006! |\n"
      "| demo | demo | sk-... |\n| lab | root | [hidden] |\n| dev | dev | password |\n";
  EXPECT_EQ(Values(passwords, "password", true), (std::vector<std::string>{"Dragon2006!"}));
}

TEST(ColumnTableSecretValues, ReadsARightAlignedDataFrameByWhereColumnsEnd) {
  const std::string text =
      "Out[49]:\n"
      "       id                          email         password     note\n"
      "0   26422  seoyeon.jung@lumen-retail.test     Herbst2015.   spouse: Kim\n"
      "1   51095        eze.a@outlook-mail.test        OR6zi.32z              \n"
      "2   27336         omar.haddad1@mail.test  L4nt3rnw!ll0w23  called back\n"
      "\n"
      "[3 rows x 4 columns]\n";
  EXPECT_EQ(Values(text, "password", true),
            (std::vector<std::string>{"Herbst2015.", "OR6zi.32z", "L4nt3rnw!ll0w23"}));
}

TEST(ColumnTableSecretValues, ReadsANotebookOutputInsideJsonStrings) {
  const std::string text =
      "      \"text/plain\": [\n"
      "       \"      id  username  mfa_secret\\n\",\n"
      "       \"0  18738   pruittb  YIGOBEMMJ7EHHYTF4GYEVTNK2H\\n\",\n"
      "       \"1  63748     mtran  OZ5KR7W4I3QFFVL5F7WDZMYDYP\\n\"\n"
      "      ]\n";
  EXPECT_EQ(Values(text, "mfa_secret", false),
            (std::vector<std::string>{"YIGOBEMMJ7EHHYTF4GYEVTNK2H", "OZ5KR7W4I3QFFVL5F7WDZMYDYP"}));
}

TEST(ColumnTableSecretValues, ReadsALeftAlignedCliListing) {
  const std::string text =
      "TOKEN                     TTL   EXPIRES                USAGES\n"
      "q7wz3k.h8m2p4r6t9v1x5yz   23h   2026-12-08T10:00:00Z   authentication,signing\n";
  EXPECT_EQ(Values(text, "TOKEN", false),
            (std::vector<std::string>{"q7wz3k.h8m2p4r6t9v1x5yz"}));
}

TEST(ColumnTableSecretValues, ReadsTheCredentialRowsOfAVaultKeyValueListing) {
  const std::string text =
      "====== Data ======\n"
      "Key         Value\n"
      "---         -----\n"
      "password    miHE6PP0uWw2NhnaUR7YDv7j\n"
      "username    app\n";
  EXPECT_EQ(Values(text, "password ", true), (std::vector<std::string>{"miHE6PP0uWw2NhnaUR7YDv7j"}));
  // The same two columns without the listing's header are no listing.
  EXPECT_TRUE(Values("password    miHE6PP0uWw2NhnaUR7YDv7j\n", "password", true).empty());
}

TEST(ColumnTableSecretValues, ReadsTheSecretColumnsOfATsvExport) {
  const std::string text =
      "client_name\tclient_id\tclient_secret\tcreated_at\n"
      "andes-bi\t8d10be66-85b8-4110-9edf-7215ad329573\tkUvXkm1h6H5Ba705HzK6FDlRyr8aJR5\t2026-04-02\n";
  EXPECT_EQ(Values(text, "client_secret", false),
            (std::vector<std::string>{"kUvXkm1h6H5Ba705HzK6FDlRyr8aJR5"}));
}

TEST(ColumnTableSecretValues, LeavesKeyValueListingsAndProse) {
  // "key: value" lines and two-column NAME value dumps line up, but are no table.
  EXPECT_TRUE(Values("  password:    SOMMER.664\n  one-time password:    JMU4W3BBRUCLBI57\n"
                     "  notes:    none\n",
                     "password", true)
                  .empty());
  EXPECT_TRUE(Values("API_KEY                        xY9fK2mQ7rT4vW8zB3nL6pS1\n"
                     "LDAP_BIND_PASSWORD             r1IIdjs8Kq2\n",
                     "API_KEY", false)
                  .empty());
  EXPECT_TRUE(Values("Rotate the token  and the password  before Friday.\n"
                     "Then tell  the team  in the channel.\n",
                     "password", true)
                  .empty());
}

}  // namespace
}  // namespace mcpgw::guards::secrets
