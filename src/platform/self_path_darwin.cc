#include "platform/self_path.h"

#include <mach-o/dyld.h>

#include <climits>
#include <cstdlib>

namespace mcpgw::platform {

std::string SelfExecutablePath() {
  char buffer[PATH_MAX];
  uint32_t size = sizeof(buffer);
  if (_NSGetExecutablePath(buffer, &size) != 0) return {};
  char resolved[PATH_MAX];
  return ::realpath(buffer, resolved) ? std::string(resolved) : std::string(buffer);
}

}  // namespace mcpgw::platform
