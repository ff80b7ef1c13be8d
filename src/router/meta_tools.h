// The gateway's own tools: get_metadata (what every configured server is and offers) and
// run_tool (call any upstream tool by server and tool name).
//
// Threading: pure functions over upstream state; call on the io_context thread.
#pragma once

#include "upstream/upstream.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <memory>
#include <string>
#include <vector>

namespace mcpgw::router {

namespace json = boost::json;

inline constexpr const char* kGetMetadataTool = "get_metadata";
inline constexpr const char* kRunToolTool = "run_tool";

// The tool definitions (name, title, description, inputSchema, outputSchema) of both meta tools.
boost::json::array MetaToolDefinitions();

// get_metadata's structured result: {"servers": [{name, status, state, transport, error?,
// protocolVersion?, serverInfo?, capabilities?, instructions?, tools, resources,
// resourceTemplates, prompts}]} in config order, with upstream (original) names. Commands,
// arguments, environments and headers are never included (they may hold secrets).
// One server as get_metadata shows it: the upstream, its exposed catalog (what the catalog gates
// left, see catalog_gate.h) and, when a gate withheld the whole server, why (status "blocked").
struct MetadataView {
  const upstream::Upstream* upstream;
  const upstream::Catalog* catalog;
  std::string blocked_reason;
};
boost::json::object BuildMetadata(const std::vector<MetadataView>& servers);
// The same with every upstream's own catalog (no gates).
boost::json::object BuildMetadata(const std::vector<std::shared_ptr<upstream::Upstream>>& servers);

// A CallToolResult carrying `structured` both as text and as structuredContent.
boost::json::object StructuredToolResult(boost::json::object structured);

// A CallToolResult with isError: true and one text block.
boost::json::object ToolErrorResult(std::string_view text);

}  // namespace mcpgw::router
