// The parts of the policy language's parser shared by its sections (policy_parser.cc): a rule's
// `match` object (globs, pointer conditions with their operators, annotation tests, findings,
// labels, flows) and the small typed readers. Errors are "KEY: what"; the caller prefixes the
// file. The language is documented in docs/policy.md.
//
// Threading: pure functions.
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "guards/policy/policy_set.h"

namespace mcpgw::guards::policy {

// "KEY: what".
Error KeyError(std::string_view key, std::string_view what);
// "key.member" ("member" when key is empty) and "key[i]".
std::string JoinKey(std::string_view key, std::string_view member);
std::string IndexKey(std::string_view key, std::size_t i);

// A string. Errors: "KEY: must be a string".
Result<std::string> ReadString(const boost::json::value& v, std::string_view key);
// A glob or a list of globs. Errors name the element: "KEY[2]: must be a string".
Result<std::vector<std::string>> ReadGlobs(const boost::json::value& v, std::string_view key);
// {"readOnlyHint": true, ...}: known hints with boolean values.
Result<std::vector<AnnotationTest>> ParseAnnotations(const boost::json::value& v,
                                                     std::string_view key);
// A rule's `match` object. The direction defaults to "request", or "response" when the match
// tests `result`; a match testing arguments on responses only (or a result on requests only)
// is an error.
Result<Match> ParseMatch(const boost::json::value& v, std::string_view key);

}  // namespace mcpgw::guards::policy
