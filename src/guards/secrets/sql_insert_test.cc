#include "guards/secrets/sql_insert.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mcpgw::guards::secrets {
namespace {

std::vector<std::string> Values(std::string_view text) {
  std::vector<ValueSpan> spans;
  std::size_t at = text.rfind("INSERT");
  if (at == std::string_view::npos) at = text.rfind("insert");
  if (at == std::string_view::npos) at = text.find("FROM stdin");
  SqlTableCache cache;
  SqlInsertSecretValues(text, at, cache, spans);
  std::vector<std::string> out;
  for (const ValueSpan& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SqlInsertSecretValues, ReadsTheCredentialColumnOfEveryRow) {
  EXPECT_EQ(Values("INSERT INTO api_clients (id, name, secret) VALUES\n"
                   "  ('38ac90a7-9d28', 'partner-sync', 'M_j8-E2g5QIo4Jo-nv-w8pWi'),\n"
                   "  (2, 'billing', 'uQ1KmwuPXB_dx9yahrp5');\n"),
            (std::vector<std::string>{"M_j8-E2g5QIo4Jo-nv-w8pWi", "uQ1KmwuPXB_dx9yahrp5"}));
}

TEST(SqlInsertSecretValues, ACredentialTablesGenericKeyColumnHoldsCredentials) {
  EXPECT_EQ(Values("INSERT INTO `api_keys` (`id`,`label`,`key`,`revoked`) VALUES "
                   "(1,'pos','Zw2TKO8z7mSp5/InLC3WZDvQtOJRlV+ULvO4YV6',0);"),
            (std::vector<std::string>{"Zw2TKO8z7mSp5/InLC3WZDvQtOJRlV+ULvO4YV6"}));
  // The same column in a table of something else is no credential.
  EXPECT_TRUE(Values("INSERT INTO translations (id, key, value) VALUES "
                     "(1, 'checkout.title', 'Zw2TKO8z7mSp5InLC3WZ');")
                  .empty());
}

TEST(SqlInsertSecretValues, QuotedColumnsEscapesAndCallsKeepTheColumnCount) {
  EXPECT_EQ(Values("insert into `users` (`id`, `note`, `created`, `db_password`) values "
                   "(1, 'it''s, (fine)', now(), 'Vq8#rT2!mPz9');"),
            (std::vector<std::string>{"Vq8#rT2!mPz9"}));
}

TEST(SqlInsertSecretValues, MetadataColumnsNullsAndPlaceholdersStay) {
  EXPECT_TRUE(Values("INSERT INTO users (id, password_hash, token_type) VALUES "
                     "(1, '$2b$12$abcdefghijklmnopqrstuv', 'Bearer');")
                  .empty());
  EXPECT_TRUE(Values("INSERT INTO svc (name, secret) VALUES ('a', NULL), ('b', 'changeme'), "
                     "('c', '${SECRET}');")
                  .empty());
}

TEST(SqlInsertSecretValues, WithoutAColumnListTheTablesDefinitionNamesTheColumns) {
  const std::string dump =
      "CREATE TABLE `svc` (`id` int NOT NULL, `name` varchar(40) DEFAULT 'a,b',\n"
      "  `api_token` char(40), PRIMARY KEY (`id`), KEY `n` (`name`)) ENGINE=InnoDB;\n"
      "CREATE TABLE other (id int, secret text);\n"
      "INSERT INTO svc VALUES (1,'x','a7fc57696994860d85d2377ed4b2c58705c2d1af'),(2,'y',NULL);\n"
      "INSERT INTO `svc` VALUES (3,'z','9a9ba50282d6af7a99c985e3b634c2a15e4a22f4');\n";
  // The last statement: the definition is found behind the first one too.
  EXPECT_EQ(Values(dump), (std::vector<std::string>{"9a9ba50282d6af7a99c985e3b634c2a15e4a22f4"}));
  // Another table's definition does not name this one's columns.
  EXPECT_TRUE(Values("CREATE TABLE svc (id int, name text);\n"
                     "INSERT INTO other VALUES (1, 'Vq8#rT2!mPz9');")
                  .empty());
}

TEST(SqlInsertSecretValues, TheTableCacheServesLaterStatementsAndNoOtherText) {
  std::string dump =
      "CREATE TABLE svc (id int, api_token char(40));\n"
      "INSERT INTO svc VALUES (1,'a7fc57696994860d85d2377ed4b2c58705c2d1af');\n"
      "INSERT INTO svc VALUES (2,'9a9ba50282d6af7a99c985e3b634c2a15e4a22f4');\n";
  SqlTableCache cache;
  std::vector<ValueSpan> spans;
  SqlInsertSecretValues(dump, dump.find("INSERT"), cache, spans);
  SqlInsertSecretValues(dump, dump.rfind("INSERT"), cache, spans);  // resumes from the first
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(dump.substr(spans[1].begin, spans[1].end - spans[1].begin),
            "9a9ba50282d6af7a99c985e3b634c2a15e4a22f4");
  // The same buffer rewritten with another table's definition: the entry names another table
  // (or another text) and is not trusted.
  const std::size_t at = dump.rfind("INSERT");
  dump.replace(dump.find("svc"), 3, "xyz");
  spans.clear();
  SqlInsertSecretValues(dump, at, cache, spans);
  EXPECT_TRUE(spans.empty());
}

TEST(SqlInsertSecretValues, CopyFromStdinReadsTabSeparatedRowsToTheEndMarker) {
  EXPECT_EQ(Values("COPY public.customers (id, email, password_hash, api_token) FROM stdin;\n"
                   "1\ta@b.example\t$2b$12$abcdefghijklmnopqrstuv\t7c2c481c25d4adc0e5709fe596daafd8\n"
                   "2\tc@d.example\t$2b$12$abcdefghijklmnopqrstuw\t\\N\n"
                   "\\.\n"
                   "3\te@f.example\tx\t1c2966a18a4a8ccc1aa6a1eb94ca134a\n"),
            (std::vector<std::string>{"7c2c481c25d4adc0e5709fe596daafd8"}));
}

TEST(SqlInsertSecretValues, WithoutAColumnListOrValuesNothingIsRead) {
  EXPECT_TRUE(Values("INSERT INTO svc VALUES ('a', 'Vq8#rT2!mPz9');").empty());
  EXPECT_TRUE(Values("insert into the secret (drawer) the key").empty());
  EXPECT_TRUE(Values("INSERT INTO svc (name, secret) SELECT name, secret FROM old;").empty());
  EXPECT_TRUE(Values("INSERT INTO svc (name, secret) VALUES ('a', 'Vq8#rT2!mPz9").empty());
}

}  // namespace
}  // namespace mcpgw::guards::secrets
