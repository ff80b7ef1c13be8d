// Matching of concrete resource URIs against RFC 6570 URI templates ("file:///{path}",
// "demo://items/{id}"), used to route resources/read to the upstream that declared the template.
//
// Matching is structural: literal parts must appear in order; each {expression} matches one or
// more characters ("{var}" never spans '/', while "{+var}", "{#var}" and "{/var*}"-style
// expressions may). Threading: pure functions.
#pragma once

#include <string_view>

namespace mcpgw::router {

// True when `uri` can be produced by expanding `uri_template`.
bool MatchesUriTemplate(std::string_view uri_template, std::string_view uri);

}  // namespace mcpgw::router
