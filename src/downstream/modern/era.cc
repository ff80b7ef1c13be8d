#include "downstream/modern/era.h"

#include <algorithm>

namespace mcpgw::downstream::modern {

namespace json = boost::json;

namespace {

const json::object* MetaOf(const json::value* params) {
  if (!params || !params->is_object()) return nullptr;
  const json::value* meta = params->get_object().if_contains("_meta");
  return meta && meta->is_object() ? &meta->get_object() : nullptr;
}

EraError InvalidParams(std::string message) {
  return EraError{-32602, std::move(message), nullptr};
}

}  // namespace

bool IsStatelessVersion(std::string_view version) {
  return std::find(kStatelessVersions.begin(), kStatelessVersions.end(), version) !=
         kStatelessVersions.end();
}

bool IsModernRequest(const json::object& request) {
  const json::value* params = request.if_contains("params");
  const json::object* meta = MetaOf(params);
  if (!meta || !meta->contains(kMetaProtocolVersion)) return false;
  // A legacy initialize names its version in params.protocolVersion; one that also carries the
  // era's _meta is still a legacy handshake.
  const json::value* method = request.if_contains("method");
  if (method && *method == "initialize" && params->get_object().contains("protocolVersion"))
    return false;
  return true;
}

boost::system::result<RequestMeta, EraError> DecodeRequestMeta(const json::value* params) {
  if (params && !params->is_null() && !params->is_object())
    return InvalidParams("Invalid params: params must be an object");
  const json::object* meta = MetaOf(params);
  if (!meta) {
    return InvalidParams(
        "Invalid params: missing _meta (a request without initialize must carry "
        "io.modelcontextprotocol/protocolVersion and clientCapabilities in params._meta)");
  }
  const json::value* version = meta->if_contains(kMetaProtocolVersion);
  const json::value* capabilities = meta->if_contains(kMetaClientCapabilities);
  std::string missing;
  if (!version) missing = std::string(kMetaProtocolVersion);
  if (!capabilities)
    missing += (missing.empty() ? "" : ", ") + std::string(kMetaClientCapabilities);
  if (!missing.empty()) return InvalidParams("Invalid params: missing _meta keys: " + missing);
  if (!version->is_string())
    return InvalidParams("Invalid params: _meta protocolVersion must be a string");
  if (!capabilities->is_object())
    return InvalidParams("Invalid params: _meta clientCapabilities must be an object");
  RequestMeta out;
  out.protocol_version = std::string(version->get_string());
  if (!IsStatelessVersion(out.protocol_version)) return UnsupportedVersion(out.protocol_version);
  out.client_capabilities = capabilities->get_object();
  if (const json::value* info = meta->if_contains(kMetaClientInfo)) {
    if (!info->is_object())
      return InvalidParams("Invalid params: _meta clientInfo must be an object");
    out.client_info = info->get_object();
  }
  if (const json::value* level = meta->if_contains(kMetaLogLevel)) {
    if (!level->is_string())
      return InvalidParams("Invalid params: _meta logLevel must be a string");
    out.log_level = std::string(level->get_string());
  }
  return out;
}

void StripEraMeta(json::object& params) {
  json::value* meta = params.if_contains("_meta");
  if (!meta || !meta->is_object()) return;
  json::object& members = meta->get_object();
  for (std::string_view key :
       {kMetaProtocolVersion, kMetaClientCapabilities, kMetaClientInfo, kMetaLogLevel})
    members.erase(key);
  if (members.empty()) params.erase("_meta");
}

bool IsServedMethod(std::string_view method) {
  static constexpr std::array<std::string_view, 10> kServed = {
      "server/discover",    "tools/list",     "tools/call",     "prompts/list",
      "prompts/get",        "resources/list", "resources/read", "resources/templates/list",
      "completion/complete", "subscriptions/listen"};
  return std::find(kServed.begin(), kServed.end(), method) != kServed.end();
}

EraError UnsupportedVersion(std::string_view requested) {
  json::array supported;
  for (std::string_view v : kStatelessVersions) supported.emplace_back(v);
  return EraError{kUnsupportedProtocolVersion,
                  "Unsupported protocol version: " + std::string(requested),
                  json::object{{"supported", std::move(supported)}, {"requested", requested}}};
}

}  // namespace mcpgw::downstream::modern
