#include "downstream/modern/era_encoding.h"

#include <array>

#include "core/json_rpc.h"
#include "core/member_scan.h"
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

std::optional<std::string> SpliceEraMembers(std::string_view method, std::string_view result) {
  const core::Span object{0, result.size()};
  const std::size_t open = core::SkipSpace(result, 0);
  if (open >= result.size() || result[open] != '{') return std::nullopt;
  std::string members;
  const auto add_if_absent = [&](std::string_view key, std::string_view member) {
    core::Span value;
    const core::MemberLookup found = core::LookupMember(result, object, key, value);
    if (found == core::MemberLookup::kAmbiguous) return false;
    if (found == core::MemberLookup::kAbsent) {
      if (!members.empty()) members += ',';
      members += member;
    }
    return true;
  };
  if (!add_if_absent("resultType", R"("resultType":"complete")")) return std::nullopt;
  if (IsCacheableMethod(method) && (!add_if_absent("ttlMs", R"("ttlMs":0)") ||
                                    !add_if_absent("cacheScope", R"("cacheScope":"private")")))
    return std::nullopt;
  std::string out;
  out.reserve(result.size() + members.size() + 1);
  out.append(result.substr(0, open + 1));
  if (!members.empty()) {
    out += members;
    if (result[core::SkipSpace(result, open + 1)] != '}') out += ',';
  }
  out.append(result.substr(open + 1));
  return out;
}

void EncodeResponse(std::string_view method, std::string_view resource_uri,
                    core::WireMessage& response) {
  if (response.kind() != core::MessageKind::kResult || response.from_tree()) {
    EncodeResponse(method, resource_uri, response.MutableTree());
    return;
  }
  const json::value id = response.id();
  const std::string id_text = response.id_text();
  std::string text = std::move(response).Text();
  core::Span result;
  if (core::LookupMember(text, core::Span{0, text.size()}, "result", result) ==
      core::MemberLookup::kFound) {
    const std::string_view result_text = std::string_view(text).substr(result.offset, result.size);
    if (auto spliced = SpliceEraMembers(method, result_text)) {
      response = core::WireMessage::ResultFromText(id, id_text, *spliced);
      return;
    }
  }
  // The text cannot tell: parse it (it was valid a moment ago) and encode the tree.
  auto parsed = core::WireMessage::Inspect(std::move(text));
  if (!parsed) {  // cannot happen for text the gateway already accepted; never crash for it
    response = core::WireMessage::FromTree(core::MakeErrorResponse(
        id, core::kInternalError, "mcp-gateway: the answer could not be encoded"));
    return;
  }
  response = std::move(*parsed);
  EncodeResponse(method, resource_uri, response.MutableTree());
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
