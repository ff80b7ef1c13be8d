// Human approval for the policy's `ask` action: the digest an approval is bound to, the
// `elicitation/create` question the client's user sees, and how the answer is read.
//
// The digest is the lower-case hex SHA-256 of the canonical JSON (pins/canonical_json.h) of
// {"arguments": <the call's arguments, {} when absent>, "server": ..., "tool": ...}: the same
// call (whatever its key order or number spelling) gives the same digest, any other call a
// different one. A remembered approval (`remember: "session"`) is keyed by it.
//
// Threading: pure functions.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>

namespace mcpgw::guards::policy {

std::string ApprovalDigest(std::string_view server, std::string_view tool,
                           const boost::json::value* arguments);

// The `elicitation/create` params: a message naming the server, the tool, the (already masked)
// arguments (canonical JSON, cut at `max_argument_chars` with a note) and `why` (the rule), and
// a requestedSchema with one required boolean property "approve".
boost::json::object ApprovalQuestion(std::string_view server, std::string_view tool,
                                     const boost::json::value* arguments, std::string_view why,
                                     std::size_t max_argument_chars = 2000);

enum class ApprovalAnswer {
  kApproved,  // result.action == "accept" and result.content.approve == true
  kDeclined,  // accept with approve false or missing, "decline", or "cancel"
  kFailed,    // an error response, or a result that is not an elicitation answer
};
// Reads the client's response object ({"result": ...} or {"error": ...}).
ApprovalAnswer ReadApproval(const boost::json::object& response);

}  // namespace mcpgw::guards::policy
