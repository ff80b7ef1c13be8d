#include "downstream/modern/era_encoding.h"

#include <array>

#include "core/json_rpc.h"
#include "downstream/modern/era.h"

namespace mcpgw::downstream::modern {

namespace json = boost::json;

bool IsCacheableMethod(std::string_view method) {
  static constexpr std::array<std::string_view, 6> kCacheable = {
      "server/discover",          "tools/list",    "prompts/list", "resources/list",
      "resources/templates/list", "resources/read"};
  for (std::string_view m : kCacheable)
    if (m == method) return true;
  return false;
}

void EncodeResponse(std::string_view method, std::string_view resource_uri,
                    json::object& response) {
  if (json::value* result = response.if_contains("result"); result && result->is_object()) {
    json::object& r = result->get_object();
    if (!r.contains("resultType")) r["resultType"] = "complete";
    if (IsCacheableMethod(method)) {
      if (!r.contains("ttlMs")) r["ttlMs"] = 0;
      if (!r.contains("cacheScope")) r["cacheScope"] = "private";
    }
    return;
  }
  json::value* error = response.if_contains("error");
  if (!error || !error->is_object()) return;
  json::object& e = error->get_object();
  const json::value* code = e.if_contains("code");
  if (code && code->is_int64() && code->get_int64() == core::kResourceNotFound) {
    e["code"] = core::kInvalidParams;
    json::value& data = e["data"];
    if (!data.is_object()) data = json::object();
    if (!data.get_object().contains("uri") && !resource_uri.empty())
      data.get_object()["uri"] = resource_uri;
  }
}

json::object DiscoverResult(json::object capabilities, const json::object& server_info,
                            const std::string& instructions) {
  json::array versions;
  for (std::string_view v : kStatelessVersions) versions.emplace_back(v);
  json::object result;
  result["supportedVersions"] = std::move(versions);
  // listChanged and subscribe are kept: subscriptions/listen delivers them (session_listen.cc).
  capabilities.erase("logging");  // logging/setLevel is gone; _meta logLevel replaces it
  capabilities.erase("tasks");    // the tasks extension is not served to modern clients yet
  result["capabilities"] = std::move(capabilities);
  if (!instructions.empty()) result["instructions"] = instructions;
  result["_meta"] = json::object{{kMetaServerInfo, server_info}};
  return result;
}

unsigned HttpStatusFor(int code) {
  switch (code) {
    case core::kMethodNotFound:
      return 404;
    case core::kInvalidParams:
    case core::kInvalidRequest:
    case core::kParseError:
    case kHeaderMismatch:
    case kMissingRequiredClientCapability:
    case kUnsupportedProtocolVersion:
      return 400;
    default:
      return 200;
  }
}

}  // namespace mcpgw::downstream::modern
