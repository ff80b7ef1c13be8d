#include "router/bridged_capabilities.h"

#include <string_view>

namespace mcpgw::router {

boost::json::object BridgedCapabilities(const boost::json::object& declared) {
  static constexpr std::string_view kBridged[] = {"sampling", "elicitation", "roots"};
  boost::json::object bridged;
  for (const std::string_view name : kBridged) {
    const boost::json::value* member = declared.if_contains(name);
    if (member && member->is_object()) bridged[name] = member->get_object();
  }
  return bridged;
}

}  // namespace mcpgw::router
