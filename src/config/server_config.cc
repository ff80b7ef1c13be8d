#include "config/server_config.h"

namespace mcpgw::config {

const char* TransportName(Transport t) {
  switch (t) {
    case Transport::kStdio:
      return "stdio";
    case Transport::kStreamableHttp:
      return "streamable-http";
    case Transport::kSse:
      return "sse";
    case Transport::kHttpAuto:
      return "http-auto";
  }
  return "unknown";
}

const char* ProtocolEraName(ProtocolEra era) {
  switch (era) {
    case ProtocolEra::kAuto:
      return "auto";
    case ProtocolEra::kLegacy:
      return "legacy";
    case ProtocolEra::kModern:
      return "modern";
  }
  return "unknown";
}

std::optional<ProtocolEra> ParseProtocolEra(std::string_view name) {
  if (name == "auto") return ProtocolEra::kAuto;
  if (name == "legacy") return ProtocolEra::kLegacy;
  if (name == "modern") return ProtocolEra::kModern;
  return std::nullopt;
}

}  // namespace mcpgw::config
