// The rows the xetrack sink writes for one closed call: the reference gateway's `to_events`
// shape, as pure functions (no I/O), so the table and the log file see the same values.
//
// One row per content item of the answer (FLATTEN_RESPONSE, the default), each carrying:
//   timestamp, track_id, call_id, server_name, capability_type, capability_name,
//   each top-level argument in its own column (FLATTEN_ARGUMENTS, the default; nested objects
//   and arrays as JSON text) or one `arguments` JSON column,
//   response_type ("CallToolResult", "GetPromptResult", "ReadResourceResult", "JSONRPCError",
//   or the status name of a call that got no answer: "cancelled", "timed_out", ...),
//   isError (0/1), meta (the result's `_meta`, JSON), structuredContent (JSON, when present),
//   content_<key> for each key of the item: content_type, content_text, content_annotations
//   (JSON), content_meta (`_meta`), content_mimeType, content_uri, content_data, ...
// Without FLATTEN_RESPONSE one row per call with the item list in a `content` JSON column.
//
// Departures from the reference, each deliberate:
//  - A call whose answer has no content items (an empty list, a JSON-RPC error, a call blocked
//    by a guard, cancelled or timed out) still gets one row, so a trace never hides a call.
//    A JSON-RPC error's message goes to content_text (after guards, like every value here).
//  - prompts/get writes one row per message (content_role plus the message's content_*);
//    resources/read one row per resource content (content_uri, content_mimeType, content_text
//    or "<binary data (N bytes)>" for a blob). The reference wrote no rows for these.
//  - An argument whose name is one of the row's own columns (server_name, call_id, content_*,
//    ...) is written as `arg_<name>`: a client cannot overwrite what the gateway recorded.
//  - Non-scalar values are JSON text (xetrack stored them as opaque asset hashes).
//
// Threading: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "audit/call_record.h"
#include "audit/xetrack_options.h"

namespace mcpgw::audit {

// A cell: SQL NULL, an integer, a real or text.
using XetrackValue = std::variant<std::monostate, int64_t, double, std::string>;

struct XetrackCell {
  std::string column;
  XetrackValue value;
  bool is_argument = false;  // a flattened argument (a name the client chose)
};

// Cells in column order; a column appears at most once (a later duplicate replaces the value).
using XetrackRow = std::vector<XetrackCell>;

// True for the methods the sink traces: tools/call, prompts/get, resources/read.
bool IsTracedMethod(std::string_view method);

// The rows for `record` (empty when its method is not traced). Malformed JSON in
// arguments_json or result_json never fails: the text is kept whole in `arguments` / `content`.
std::vector<XetrackRow> XetrackRows(const CallRecord& record, const XetrackOptions& options);

// "YYYY-MM-DD HH:MM:SS.ffffff" (xetrack's timestamp format), local time or UTC.
std::string XetrackTimestamp(std::chrono::system_clock::time_point when, bool utc);

// The row as one JSON object (the log line's payload), cells in column order.
std::string XetrackRowJson(const XetrackRow& row);

}  // namespace mcpgw::audit
