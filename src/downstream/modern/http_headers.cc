#include "downstream/modern/http_headers.h"

namespace mcpgw::downstream::modern {

namespace json = boost::json;

namespace {

EraError Mismatch(std::string message) {
  return EraError{kHeaderMismatch, std::move(message), nullptr};
}

// The value Mcp-Name must carry for `method`, or nullptr when the method has none.
const json::value* NamedValue(std::string_view method, const json::value* params) {
  if (!params || !params->is_object()) return nullptr;
  if (method == "tools/call" || method == "prompts/get")
    return params->get_object().if_contains("name");
  if (method == "resources/read") return params->get_object().if_contains("uri");
  return nullptr;
}

}  // namespace

std::string_view TrimOws(std::string_view value) {
  const std::size_t first = value.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const std::size_t last = value.find_last_not_of(" \t");
  return value.substr(first, last - first + 1);
}

boost::system::result<RequestMeta, EraError> CheckHttpRequest(const EraHeaders& headers,
                                                              const json::object& request) {
  if (!headers.protocol_version || TrimOws(*headers.protocol_version).empty())
    return Mismatch("Header mismatch: the MCP-Protocol-Version header is required");
  const std::string_view header_version = TrimOws(*headers.protocol_version);
  const json::value* params = request.if_contains("params");
  auto meta = DecodeRequestMeta(params);
  if (!meta) {
    const EraError& error = meta.error();
    if (error.code == kUnsupportedProtocolVersion) {
      const json::value* requested = error.data.as_object().if_contains("requested");
      if (requested && requested->is_string() && requested->get_string() != header_version) {
        return Mismatch("Header mismatch: MCP-Protocol-Version " + std::string(header_version) +
                        " differs from _meta protocolVersion " +
                        std::string(requested->get_string()));
      }
    }
    return error;
  }
  if (meta->protocol_version != header_version) {
    return Mismatch("Header mismatch: MCP-Protocol-Version " + std::string(header_version) +
                    " differs from _meta protocolVersion " + meta->protocol_version);
  }
  const json::value* method_value = request.if_contains("method");
  const std::string_view method = method_value && method_value->is_string()
                                      ? std::string_view(method_value->get_string())
                                      : std::string_view();
  if (!headers.method) return Mismatch("Header mismatch: the Mcp-Method header is required");
  if (TrimOws(*headers.method) != method) {
    return Mismatch("Header mismatch: Mcp-Method " + std::string(TrimOws(*headers.method)) +
                    " differs from the body's method " + std::string(method));
  }
  if (const json::value* named = NamedValue(method, params); named && named->is_string()) {
    if (!headers.name)
      return Mismatch("Header mismatch: the Mcp-Name header is required for " +
                      std::string(method));
    if (TrimOws(*headers.name) != named->get_string()) {
      return Mismatch("Header mismatch: Mcp-Name differs from the body's " +
                      std::string(method == "resources/read" ? "params.uri" : "params.name"));
    }
  }
  return meta;
}

}  // namespace mcpgw::downstream::modern
