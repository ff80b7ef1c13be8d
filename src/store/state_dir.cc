#include "store/state_dir.h"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace mcpgw::store {

std::string StateDir() {
  if (const char* home = std::getenv("MCP_GATEWAY_HOME"); home != nullptr && *home != '\0') {
    return home;
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.mcp-gateway";
  }
  return {};
}

Result<void> EnsureDir(const std::string& dir) {
  if (dir.empty()) return MakeError("no state directory: set MCP_GATEWAY_HOME or HOME");
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return {};
  std::filesystem::create_directories(dir, ec);
  if (ec) return MakeError("cannot create directory " + dir + ": " + ec.message());
  ::chmod(dir.c_str(), 0700);
  return {};
}

std::string ExpandHome(const std::string& path) {
  if (path == "~" || path.rfind("~/", 0) == 0) {
    if (const char* home = std::getenv("HOME"); home != nullptr) {
      return std::string(home) + path.substr(1);
    }
  }
  return path;
}

}  // namespace mcpgw::store
