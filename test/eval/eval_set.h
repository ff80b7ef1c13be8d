// The labelled evaluation set of the secrets and PII detectors: documents (tool outputs an agent
// reads) with the byte spans of every secret and piece of PII they hold ("labels") and of the
// values that look like one but must be left alone ("look-alikes"). The on-disk format (JSONL,
// text base64url-encoded) is described in test/eval/README.md.
//
// Threading: plain values and pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace mcpgw::eval {

// A span the detectors must find: [begin, end) in bytes of the document's text.
struct Label {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string entity;  // "AWS_ACCESS_KEY", "EMAIL_ADDRESS", ...
  std::string family;  // "secrets" or "pii"
};

// A span that must come through unchanged (a git SHA, a placeholder, an invalid-checksum IBAN...).
struct Lookalike {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string what;  // "git_sha", "placeholder", ...
};

struct Document {
  std::string id;
  std::string kind;  // "config", "log", "crm", ...
  std::string text;  // decoded bytes
  std::vector<Label> labels;
  std::vector<Lookalike> lookalikes;
};

// Parses one JSONL record. Failures (with the reason): not a JSON object, a missing or mistyped
// member, text that is not base64url, a span outside the text or with begin >= end, a label whose
// family is neither "secrets" nor "pii".
Result<Document> ParseDocument(std::string_view line);

// Reads a whole JSONL file (blank lines skipped). Failures: the file cannot be read, or any line
// fails ParseDocument (the error names the file and line).
Result<std::vector<Document>> LoadEvalSet(const std::string& path);

}  // namespace mcpgw::eval
