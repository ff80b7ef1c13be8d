// The absolute path of the running executable (used to find the bundled demo server and to
// recognise the gateway's own entry in a client config).
#pragma once

#include <string>

namespace mcpgw::platform {

// Returns the path, or an empty string when it cannot be determined.
std::string SelfExecutablePath();

}  // namespace mcpgw::platform
