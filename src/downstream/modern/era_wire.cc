#include "downstream/modern/era_wire.h"

#include <boost/json/object.hpp>

namespace mcpgw::downstream::modern {

namespace json = boost::json;

bool IsModernRequest(const core::WireMessage& request) {
  if (!request.HasValue({"params", "_meta", kMetaProtocolVersion})) return false;
  // A legacy initialize names its version in params.protocolVersion; one that also carries the
  // era's _meta is still a legacy handshake.
  return !(request.method() == "initialize" && request.HasValue({"params", "protocolVersion"}));
}

json::value EraParams(const core::WireMessage& request) {
  if (!request.params_is_object_or_absent()) {
    auto params = request.GetValue({"params"});
    return params ? std::move(*params) : json::value();
  }
  if (!request.HasValue({"params"})) return nullptr;
  json::object params;
  for (std::string_view member : {"_meta", "name", "uri"}) {
    if (auto value = request.GetValue({"params", member})) params[member] = std::move(*value);
  }
  return params;
}

json::object EraRequest(const core::WireMessage& request) {
  json::object reduced{{"jsonrpc", "2.0"}, {"id", request.id()}, {"method", request.method()}};
  json::value params = EraParams(request);
  if (!params.is_null()) reduced["params"] = std::move(params);
  return reduced;
}

void StripEraMeta(core::WireMessage& request) {
  auto meta = request.GetValue({"params", "_meta"});
  if (!meta || !meta->is_object()) return;
  json::object& members = meta->get_object();
  std::size_t removed = 0;
  for (std::string_view key :
       {kMetaProtocolVersion, kMetaClientCapabilities, kMetaClientInfo, kMetaLogLevel})
    removed += members.erase(key);
  if (removed == 0) return;
  request.SetValue({"params", "_meta"}, *meta);
}

}  // namespace mcpgw::downstream::modern
