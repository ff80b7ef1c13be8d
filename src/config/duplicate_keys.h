// Finds keys that appear twice in one JSON object of a config file. JSON allows them and the
// parser keeps the last, so a second "github" entry in "mcpServers" silently replaces the first;
// the loader reports each one as a warning instead.
//
// Threading: pure function.
#pragma once

#include <boost/json/parse_options.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::config {

// Returns the dotted path of every repeated key, in file order ("mcpServers.github",
// "servers[2].env.TOKEN"), once per repetition. Text that does not parse yields the duplicates
// found before the error (the caller reports the parse error itself).
std::vector<std::string> FindDuplicateKeys(std::string_view text,
                                           const boost::json::parse_options& options);

}  // namespace mcpgw::config
