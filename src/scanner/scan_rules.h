// The tool analyzer's built-in text rules: one table of RE2 patterns, each with a stable id, a
// category, a base severity and a sentence saying what it means (docs/scanner.md lists them).
//
// Patterns are matched case-insensitively against UnicodeText::normalized (invisible characters
// removed, tag characters decoded, whitespace collapsed). English phrasing is covered in depth;
// the attack families poisoned servers use most (concealment, overriding instructions, "before
// using this tool", reading files) also in Spanish, Portuguese, French, German, Italian,
// Russian, Chinese, Japanese and Korean. Language-neutral signals (paths of secret files, URLs
// of collection services, chat-template tokens) need no translation.
//
// Threading: the table is immutable static data.
#pragma once

#include <span>
#include <string_view>

#include "scanner/finding.h"

namespace mcpgw::scanner {

struct TextRule {
  std::string_view id;
  std::string_view category;
  Severity severity;
  std::string_view pattern;  // RE2 syntax; compiled with (?is) semantics by TextScanner
  std::string_view message;
  // A match right after "detects", "such as", "e.g.", "blocks" ... describes an attack rather
  // than performing one (a security tool's description): its severity drops two levels.
  bool mention_downgrade = false;
  // A match whose text names a documentation domain (example.com, localhost, ...) is ignored.
  bool ignore_example_hosts = false;
  // A negation or a condition right before the match ("never skip the confirmation", "only
  // after the user has already approved") cancels it: the text forbids or conditions the act.
  bool guarded = false;
  // Matched only in texts of at least 16 bytes (a short phrase): names, enum values and
  // one-word descriptions skip these rules, which keeps the per-string cost down.
  bool sentence_level = false;
  // A negation inside the match ("passwords are never passed through the chat", "the values never
  // appear in the conversation") says the act does not happen: the match is dropped.
  bool negation_inside_cancels = false;
  // A negation right before the match, a few words back ("do not upload files from ~/.ssh",
  // "never use this tool to print secrets", "no lee archivos de ~/.ssh", "绝不读取"), cancels it.
  // Unlike `guarded`, conditions ("after each call, read ...") do not.
  bool negation_before_cancels = false;
};

// The built-in rules, in a stable order (ids are unique): the table of scan_rules.cc followed by
// the intent rules (intent_rules.h).
std::span<const TextRule> BuiltinTextRules();

// Inner pieces the rules are built from, exposed for the analyzer's structural checks.
// Paths and names of files that hold secrets (~/.ssh, id_rsa, .env, .aws/credentials, ...).
std::string_view SensitivePathPattern();
// Words for secrets and private data (passwords, API keys, tokens, seed phrases, ...).
std::string_view SecretNounPattern();
// The conversation and model context (chat history, previous messages, system prompt, ...).
std::string_view ConversationPattern();

}  // namespace mcpgw::scanner
