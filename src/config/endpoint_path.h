// The HTTP endpoint path a client reaches the gateway at (--path, "mcpGateway.path"): one
// normalization for the command line and the config file, so "mcp" means "/mcp" in both.
//
// Threading: pure function.
#pragma once

#include <string>
#include <string_view>

namespace mcpgw::config {

// Returns `path` with a leading '/' added when missing ("mcp" -> "/mcp", "" -> "/"); a path that
// already starts with '/' is returned unchanged.
std::string NormalizeEndpointPath(std::string_view path);

}  // namespace mcpgw::config
