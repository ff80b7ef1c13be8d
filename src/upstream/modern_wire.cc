#include "upstream/modern_wire.h"

#include "core/mcp_param_headers.h"

#include "core/json_rpc.h"
#include "downstream/modern/era.h"

namespace mcpgw::upstream::modern {

namespace era = downstream::modern;

json::object EnvelopeMeta(const Envelope& envelope) {
  json::object meta;
  meta[era::kMetaProtocolVersion] = kVersion;
  meta[era::kMetaClientCapabilities] = envelope.client_capabilities;
  meta[era::kMetaClientInfo] = {{"name", envelope.client_name},
                                {"version", envelope.client_version}};
  if (!envelope.log_level.empty()) meta[era::kMetaLogLevel] = envelope.log_level;
  return meta;
}

void AddEnvelope(json::value& params, const Envelope& envelope) {
  if (!params.is_object()) params = json::object();
  json::object& object = params.get_object();
  json::value& meta = object["_meta"];
  if (!meta.is_object()) meta = json::object();
  for (auto& [key, value] : EnvelopeMeta(envelope)) meta.get_object()[key] = std::move(value);
}

void AddEnvelope(core::WireMessage& request, const Envelope& envelope) {
  // One replacement of the whole `_meta` (a member added to the text goes through the tree).
  json::object meta;
  if (auto existing = request.GetValue({"params", "_meta"}); existing && existing->is_object())
    meta = std::move(existing->get_object());
  for (auto& [key, value] : EnvelopeMeta(envelope)) meta[key] = std::move(value);
  if (auto params = request.GetValue({"params"}); params && params->is_object()) {
    request.SetValue({"params", "_meta"}, meta);
    return;
  }
  request.MutableTree()["params"] = json::object{{"_meta", std::move(meta)}};
}

std::string_view NameMember(std::string_view method) {
  if (method == "tools/call" || method == "prompts/get") return "name";
  if (method == "resources/read") return "uri";
  return {};
}

std::vector<std::pair<std::string, std::string>> HttpHeaders(std::string_view method,
                                                             std::string_view name) {
  std::vector<std::pair<std::string, std::string>> headers;
  headers.emplace_back("MCP-Protocol-Version", std::string(kVersion));
  headers.emplace_back("Mcp-Method", std::string(method));
  // A header value never carries a line break (it would split the header block).
  if (!name.empty() && name.find_first_of("\r\n") == std::string_view::npos)
    headers.emplace_back("Mcp-Name", std::string(name));
  return headers;
}

void AddParamHeaders(const json::array& tools, std::string_view name,
                     const core::WireMessage& request,
                     std::vector<std::pair<std::string, std::string>>& headers) {
  for (const json::value& tool : tools) {
    const json::object* object = tool.if_object();
    const json::value* tool_name = object ? object->if_contains("name") : nullptr;
    if (!tool_name || !tool_name->is_string() || tool_name->get_string() != name) continue;
    const json::value* schema = object->if_contains("inputSchema");
    auto declarations = schema ? core::ScanParamHeaders(*schema) : std::nullopt;
    if (!declarations || declarations->empty()) return;
    auto arguments = request.GetValue({"params", "arguments"});
    if (!arguments) return;
    for (auto& header : core::ParamHeaderValues(*declarations, *arguments))
      headers.push_back(std::move(header));
    return;
  }
}

std::optional<Discovered> ClassifyDiscover(const json::object& response) {
  const json::value* result = response.if_contains("result");
  if (!result || !result->is_object()) return std::nullopt;
  const json::object& body = result->get_object();
  const json::value* versions = body.if_contains("supportedVersions");
  if (!versions || !versions->is_array()) return std::nullopt;
  bool offered = false;
  for (const json::value& version : versions->get_array())
    offered = offered || (version.is_string() && version.get_string() == kVersion);
  if (!offered) return std::nullopt;
  Discovered discovered;
  if (const json::value* caps = body.if_contains("capabilities"); caps && caps->is_object())
    discovered.capabilities = caps->get_object();
  if (const json::value* text = body.if_contains("instructions"); text && text->is_string())
    discovered.instructions = text->get_string();
  // serverInfo is in _meta on 2026-07-28; a top-level one (some drafts) is accepted too.
  const json::value* info = body.if_contains("serverInfo");
  if (const json::value* meta = body.if_contains("_meta"); meta && meta->is_object()) {
    if (const json::value* in_meta = meta->get_object().if_contains(era::kMetaServerInfo))
      info = in_meta;
  }
  if (info && info->is_object()) discovered.server_info = info->get_object();
  return discovered;
}

std::optional<InputRequired> DecodeResponse(std::string_view method, json::object& response) {
  if (json::value* result = response.if_contains("result"); result && result->is_object()) {
    json::object& body = result->get_object();
    const json::value* type = body.if_contains("resultType");
    if (type && type->is_string() && type->get_string() == "input_required") {
      InputRequired input;
      if (const json::value* requests = body.if_contains("inputRequests");
          requests && requests->is_object())
        input.input_requests = requests->get_object();
      if (const json::value* state = body.if_contains("requestState"); state && state->is_string())
        input.request_state = std::string(state->get_string());
      return input;
    }
    body.erase("resultType");
    body.erase("ttlMs");
    body.erase("cacheScope");
    // Servers repeat their serverInfo in every result's _meta: an era detail, not the answer.
    if (json::value* meta = body.if_contains("_meta"); meta && meta->is_object()) {
      meta->get_object().erase(era::kMetaServerInfo);
      if (meta->get_object().empty()) body.erase("_meta");
    }
    return std::nullopt;
  }
  json::value* error = response.if_contains("error");
  if (!error || !error->is_object() || method != "resources/read") return std::nullopt;
  json::object& object = error->get_object();
  const json::value* code = object.if_contains("code");
  const json::value* data = object.if_contains("data");
  if (code && code->is_int64() && code->get_int64() == core::kInvalidParams && data &&
      data->is_object() && data->get_object().size() == 1 && data->get_object().contains("uri"))
    object["code"] = core::kResourceNotFound;
  return std::nullopt;
}

}  // namespace mcpgw::upstream::modern
