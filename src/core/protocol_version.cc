#include "core/protocol_version.h"

#include <algorithm>

namespace mcpgw::core {

bool IsSupportedProtocolVersion(std::string_view version) {
  return std::find(kSupportedProtocolVersions.begin(), kSupportedProtocolVersions.end(),
                   version) != kSupportedProtocolVersions.end();
}

std::string_view NegotiateProtocolVersion(std::string_view requested) {
  return IsSupportedProtocolVersion(requested) ? requested : kLatestProtocolVersion;
}

}  // namespace mcpgw::core
