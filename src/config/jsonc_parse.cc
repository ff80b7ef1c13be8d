#include "config/jsonc_parse.h"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include "config/jsonc_scanner.h"

namespace mcpgw::config {

boost::json::parse_options JsoncParseOptions() {
  boost::json::parse_options options;
  options.allow_comments = true;
  options.allow_trailing_commas = true;
  return options;
}

std::string JsoncParseText(std::string_view text) {
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  return BlankJsoncComments(text);
}

boost::json::value ParseJsoncValue(std::string_view text, boost::system::error_code& ec) {
  return boost::json::parse(JsoncParseText(text), ec, {}, JsoncParseOptions());
}

}  // namespace mcpgw::config
