// ClassifyPost: the checks of a Streamable HTTP POST that need no session (Content-Type, Accept,
// JSON, batch shape, message validity), and what the POST carries. Pure function, so every
// refusal is unit-tested without a socket.
//
// Refusals, in order: Content-Type not application/json (415); Accept lacking application/json
// or text/event-stream (406); body not JSON (400, -32700); empty batch (400); batch larger than
// `max_batch_size` (400); initialize inside a batch (400); a single message that is not valid
// JSON-RPC (400, with its error and, when readable, its id).
#pragma once

#include "core/json_rpc.h"
#include "core/wire_message.h"
#include "downstream/http/http_reply.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace mcpgw::downstream::http {

using Request = boost::beast::http::request<boost::beast::http::string_body>;

// What an acceptable POST carries.
struct PostPlan {
  bool batch = false;
  boost::json::array batch_body;       // when batch
  std::optional<core::WireMessage> single;  // when !batch: validated, not parsed
  bool initialize = false;              // a single initialize request
  std::vector<std::string> keys;        // serialized ids of the requests (answers awaited)
};

// A body holding one message (not a batch) that passed the header checks is moved out of
// `request.body()` into the plan's message, accepted or refused (no copy: the text forwarded
// upstream is the one received); `request.body()` is then empty. A batch or a header refusal
// leaves the body as it was. Headers are never touched.
std::variant<Reply, PostPlan> ClassifyPost(Request& request, std::size_t max_batch_size);
// As above for a caller that keeps the request whole: the body is copied.
std::variant<Reply, PostPlan> ClassifyPost(const Request& request, std::size_t max_batch_size);

}  // namespace mcpgw::downstream::http
