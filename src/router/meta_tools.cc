#include "router/meta_tools.h"

#include "config/server_config.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace mcpgw::router {

namespace json = boost::json;

namespace {

constexpr const char* kMetaToolsJson = R"json([
  {
    "name": "get_metadata",
    "title": "Gateway metadata",
    "description": "Lists every MCP server behind this gateway with its status (active, inactive, error, blocked), capabilities, error if any, and its original tools, resources, resource templates and prompts. Use it to find which server offers what; call tools by their gateway name or through run_tool.",
    "inputSchema": {"type": "object", "properties": {}, "additionalProperties": false},
    "outputSchema": {
      "type": "object",
      "properties": {
        "servers": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "name": {"type": "string"},
              "status": {"type": "string", "enum": ["active", "inactive", "error", "blocked"]},
              "state": {"type": "string"},
              "transport": {"type": "string"},
              "error": {"type": "string"},
              "protocolVersion": {"type": "string"},
              "serverInfo": {"type": "object"},
              "capabilities": {"type": "object"},
              "instructions": {"type": "string"},
              "tools": {"type": "array", "items": {"type": "object"}},
              "resources": {"type": "array", "items": {"type": "object"}},
              "resourceTemplates": {"type": "array", "items": {"type": "object"}},
              "prompts": {"type": "array", "items": {"type": "object"}}
            },
            "required": ["name", "status", "transport", "tools", "resources", "resourceTemplates", "prompts"]
          }
        }
      },
      "required": ["servers"]
    },
    "annotations": {"readOnlyHint": true, "openWorldHint": false}
  },
  {
    "name": "run_tool",
    "title": "Run an upstream tool",
    "description": "Calls a tool of one of the MCP servers behind this gateway, through the same security checks as a direct call. Use get_metadata to see server and tool names.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "server_name": {"type": "string", "description": "The server's name as listed by get_metadata"},
        "tool_name": {"type": "string", "description": "The tool's original name on that server"},
        "arguments": {"type": "object", "description": "The tool's arguments", "additionalProperties": true}
      },
      "required": ["server_name", "tool_name"]
    }
  }
])json";

}  // namespace

json::array MetaToolDefinitions() {
  static const json::array definitions = json::parse(kMetaToolsJson).as_array();
  return definitions;
}

json::object BuildMetadata(const std::vector<MetadataView>& servers) {
  json::array list;
  list.reserve(servers.size());
  for (const MetadataView& view : servers) {
    const upstream::Upstream& server = *view.upstream;
    const upstream::State state = server.state();
    const upstream::Catalog& catalog = *view.catalog;
    const bool active = state == upstream::State::kActive;
    const bool blocked = !view.blocked_reason.empty();
    json::object entry;
    entry["name"] = server.name();
    entry["status"] = blocked ? "blocked" : upstream::MetadataStatus(state);
    entry["state"] = upstream::StateName(state);
    entry["transport"] = config::TransportName(server.config().transport);
    if (blocked) {
      entry["error"] = view.blocked_reason;
    } else if (!server.last_error().empty()) {
      entry["error"] = server.last_error();
    }
    if (!catalog.protocol_version.empty()) {
      entry["protocolVersion"] = catalog.protocol_version;
      entry["serverInfo"] = catalog.server_info;
      entry["capabilities"] = catalog.capabilities;
      if (!catalog.instructions.empty()) entry["instructions"] = catalog.instructions;
    }
    entry["tools"] = active ? catalog.tools : json::array();
    entry["resources"] = active ? catalog.resources : json::array();
    entry["resourceTemplates"] = active ? catalog.resource_templates : json::array();
    entry["prompts"] = active ? catalog.prompts : json::array();
    list.push_back(std::move(entry));
  }
  return json::object{{"servers", std::move(list)}};
}

json::object BuildMetadata(const std::vector<std::shared_ptr<upstream::Upstream>>& servers) {
  std::vector<MetadataView> views;
  views.reserve(servers.size());
  for (const auto& server : servers) views.push_back({server.get(), &server->catalog(), {}});
  return BuildMetadata(views);
}

json::object StructuredToolResult(json::object structured) {
  json::object result;
  result["content"] = json::array{
      json::object{{"type", "text"}, {"text", json::serialize(structured)}}};
  result["structuredContent"] = std::move(structured);
  return result;
}

json::object ToolErrorResult(std::string_view text) {
  json::object result;
  result["content"] = json::array{json::object{{"type", "text"}, {"text", text}}};
  result["isError"] = true;
  return result;
}

}  // namespace mcpgw::router
