// MarkdownTableSecretValues: the credentials a Markdown table lists.
//
// Runbooks, wikis and tickets list credentials in tables: a column headed "secret", "password",
// "token" or "api key" holds one per row (`| ledger-sync | xWoUV!4849 | 2021-12-24 |`), and a
// "name | value" table holds them beside names that say what they are
// (`| DB_PASSWORD | hunter2 |`). No key-name rule sees either: the name is in the header or in
// another cell. Once a rule has found such a header, this reads the table below it (the header
// row, the `|---|` delimiter row, then every row that starts with '|') and returns the spans of
// the cells that hold a plausible credential (backquotes excluded); placeholders ("<paste
// key>", "[REDACTED]", "..."), references, prose and keyboard keys stay. A header cell may name
// two things ("Passwort / Token": the credential wins) and names its column in about 20
// languages; a "Key" or "Value" column after the first holds values beside names ("| Mailgun key
// | key-... |"). Confluence/Jira wiki tables ("|| System || Passwort ||", no delimiter row) are
// read the same way.
//
// Threading: pure function.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "guards/secrets/k8s_secret.h"  // ValueSpan

namespace mcpgw::guards::secrets {

// `at` is any offset inside the header row. Appends the spans in text order; nothing when the
// line is not the header of a table whose column names a credential.
void MarkdownTableSecretValues(std::string_view text, std::size_t at, std::vector<ValueSpan>& out);

}  // namespace mcpgw::guards::secrets
