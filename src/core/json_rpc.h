// JSON-RPC 2.0 message vocabulary: classification of parsed messages and the one place where
// error and result envelopes are built.
//
// Threading: free functions and value types; safe from any thread.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/system/result.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace mcpgw::core {

namespace json = boost::json;

// Standard JSON-RPC error codes plus the gateway's own (the -32000 range is implementation
// defined; -32000 and -32001 match the reference SDKs' "connection closed" and "request timeout").
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kUpstreamUnavailable = -32000;
inline constexpr int kRequestTimeout = -32001;
inline constexpr int kResourceNotFound = -32002;
inline constexpr int kMessageTooLarge = -32003;
inline constexpr int kPolicyRejected = -32004;

enum class MessageKind {
  kRequest,       // has "method" and "id": the receiver must answer with a response.
  kNotification,  // has "method", no "id": the receiver never answers.
  kResult,        // has "id" and "result": answers an earlier request.
  kError,         // has "id" and "error": answers an earlier request (id may be null).
};

// A parse/validation failure of an incoming message. `id` is the request id when it could be
// recovered (so the caller can answer the request); null otherwise.
struct MessageError {
  int code = kInvalidRequest;
  std::string message;
  json::value id;  // null when unknown
};

// One validated JSON-RPC message. `body` holds the whole message object; the accessors are views
// into it and stay valid while `body` is unchanged.
struct Message {
  MessageKind kind = MessageKind::kNotification;
  json::object body;

  bool IsRequest() const { return kind == MessageKind::kRequest; }
  bool IsNotification() const { return kind == MessageKind::kNotification; }
  bool IsResponse() const { return kind == MessageKind::kResult || kind == MessageKind::kError; }
  // The method name; empty for responses.
  std::string_view Method() const;
  // The id; null for notifications.
  const json::value& Id() const;
  // The "params" member, or nullptr when absent.
  const json::value* Params() const;
};

// Validates one decoded JSON value as a single JSON-RPC 2.0 message.
// Returns the message, or a MessageError (kInvalidRequest) naming what is wrong. Batches (arrays)
// are not messages: callers handle them before calling this.
boost::system::result<Message, MessageError> ValidateMessage(json::value value);

// Parses text as JSON, refusing numbers beyond double range (which would not serialize back).
// Failures: kParseError.
boost::system::result<json::value, MessageError> ParseJson(std::string_view text);

// Parses and validates one line of text as a JSON-RPC message.
// Failures: kParseError for malformed JSON, kInvalidRequest for a well-formed but invalid message
// (with the id when it could be read), "batch not supported" for arrays.
boost::system::result<Message, MessageError> ParseMessage(std::string_view text);

// Builds an error response. The only place error objects are constructed. `data` is omitted when
// null.
json::object MakeErrorResponse(const json::value& id, int code, std::string_view message,
                               json::value data = nullptr);

// The one wording of a size-limit failure: "<what> of <size> bytes exceeds the gateway's limit
// of <limit> bytes" (what: "message", "response", "batch response", "the answer of upstream 'x'").
std::string MessageTooLargeText(std::string_view what, std::size_t size, std::size_t limit);

// The kMessageTooLarge error response with MessageTooLargeText.
json::object MessageTooLargeResponse(const json::value& id, std::string_view what, std::size_t size,
                                     std::size_t limit);

// Builds a success response {"jsonrpc":"2.0","id":id,"result":result}.
json::object MakeResultResponse(const json::value& id, json::value result);

// Builds a request or a notification (id null => notification).
json::object MakeRequest(const json::value& id, std::string_view method, json::value params);
json::object MakeNotification(std::string_view method, json::value params);

// Serializes a message to compact JSON (no trailing newline).
std::string Serialize(const json::object& message);

// Best-effort recovery of the "id" of a message too large to parse, from its first and last
// bytes (LineFramer::dropped_head/tail). Only top-level positions count: the message's first
// member ({"id":7,...), its last member (...,"id":7}), or the member right before or after
// "jsonrpc":"2.0"; an "id" nested in params never does, nor a value cut by the window. Values:
// an integer or an escape-free string. Returns null when none is found. Callers must treat the
// result as a hint (e.g. only act when it names a request they have pending).
json::value SniffId(std::string_view head, std::string_view tail);

// Returns a printable, bounded description of an id for logs ("7", "\"abc\"", "null").
std::string DescribeId(const json::value& id);

}  // namespace mcpgw::core
