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

}  // namespace mcpgw::config
