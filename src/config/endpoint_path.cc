#include "config/endpoint_path.h"

namespace mcpgw::config {

std::string NormalizeEndpointPath(std::string_view path) {
  if (!path.empty() && path.front() == '/') return std::string(path);
  return "/" + std::string(path);
}

}  // namespace mcpgw::config
