#include "platform/self_path.h"

#include <climits>
#include <unistd.h>

namespace mcpgw::platform {

std::string SelfExecutablePath() {
  char buffer[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof(buffer) - 1);
  return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
}

}  // namespace mcpgw::platform
