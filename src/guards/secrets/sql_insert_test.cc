#include "guards/secrets/sql_insert.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mcpgw::guards::secrets {
namespace {

std::vector<std::string> Values(std::string_view text) {
  std::vector<ValueSpan> spans;
  SqlInsertSecretValues(text, text.find("INSERT") == std::string_view::npos
                                  ? text.find("insert")
                                  : text.find("INSERT"),
                        spans);
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

TEST(SqlInsertSecretValues, WithoutAColumnListOrValuesNothingIsRead) {
  EXPECT_TRUE(Values("INSERT INTO svc VALUES ('a', 'Vq8#rT2!mPz9');").empty());
  EXPECT_TRUE(Values("insert into the secret (drawer) the key").empty());
  EXPECT_TRUE(Values("INSERT INTO svc (name, secret) SELECT name, secret FROM old;").empty());
  EXPECT_TRUE(Values("INSERT INTO svc (name, secret) VALUES ('a', 'Vq8#rT2!mPz9").empty());
}

}  // namespace
}  // namespace mcpgw::guards::secrets
