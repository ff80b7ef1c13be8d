#include "router/uri_template.h"

namespace mcpgw::router {
namespace {

bool Match(std::string_view tmpl, std::string_view uri) {
  if (tmpl.empty()) return uri.empty();
  if (tmpl.front() != '{') {
    const std::size_t brace = tmpl.find('{');
    const std::string_view literal = tmpl.substr(0, brace);
    if (uri.substr(0, literal.size()) != literal) return false;
    return Match(tmpl.substr(literal.size()), uri.substr(literal.size()));
  }
  const std::size_t close = tmpl.find('}');
  if (close == std::string_view::npos) return false;  // malformed template never matches
  const std::string_view expression = tmpl.substr(1, close - 1);
  const bool reserved = !expression.empty() && (expression.front() == '+' ||
                                                expression.front() == '#' ||
                                                expression.front() == '/' ||
                                                expression.back() == '*');
  const std::string_view rest = tmpl.substr(close + 1);
  // Try every length for this expression, shortest first; templates are short.
  for (std::size_t n = 1; n <= uri.size(); ++n) {
    const char c = uri[n - 1];
    if (!reserved && c == '/') break;
    if (Match(rest, uri.substr(n))) return true;
  }
  return false;
}

}  // namespace

bool MatchesUriTemplate(std::string_view uri_template, std::string_view uri) {
  return Match(uri_template, uri);
}

}  // namespace mcpgw::router
