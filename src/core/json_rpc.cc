#include "core/json_rpc.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cmath>

namespace mcpgw::core {
namespace {

const json::value kNullValue;

bool IsValidId(const json::value& id) {
  // JSON-RPC allows string, number or null; MCP forbids null for requests. Fractional numbers are
  // discouraged but legal.
  return id.is_string() || id.is_int64() || id.is_uint64() || id.is_double();
}

// Boost.JSON 1.81 turns numbers beyond double range (1e400, 400-digit integers) into infinity,
// which would serialize as invalid JSON. Walking the parsed tree costs per node, not per byte,
// so a large text payload (one string) costs almost nothing.
bool HasNonFiniteNumber(const json::value& value) {
  switch (value.kind()) {
    case json::kind::double_: return !std::isfinite(value.get_double());
    case json::kind::array:
      for (const json::value& v : value.get_array())
        if (HasNonFiniteNumber(v)) return true;
      return false;
    case json::kind::object:
      for (const auto& member : value.get_object())
        if (HasNonFiniteNumber(member.value())) return true;
      return false;
    default: return false;
  }
}

MessageError Invalid(std::string message, json::value id = nullptr) {
  return MessageError{kInvalidRequest, std::move(message), std::move(id)};
}

}  // namespace

std::string_view Message::Method() const {
  auto it = body.find("method");
  if (it == body.end() || !it->value().is_string()) return {};
  return it->value().get_string();
}

const json::value& Message::Id() const {
  auto it = body.find("id");
  return it == body.end() ? kNullValue : it->value();
}

const json::value* Message::Params() const { return body.if_contains("params"); }

boost::system::result<Message, MessageError> ValidateMessage(json::value value) {
  if (value.is_array()) return Invalid("batch requests are not supported here");
  if (!value.is_object()) return Invalid("a JSON-RPC message must be an object");
  json::object& obj = value.get_object();

  const json::value* id = obj.if_contains("id");
  json::value recovered_id = (id && IsValidId(*id)) ? *id : json::value();

  const json::value* version = obj.if_contains("jsonrpc");
  if (!version || !version->is_string() || version->get_string() != "2.0")
    return Invalid("\"jsonrpc\" must be \"2.0\"", recovered_id);

  const json::value* method = obj.if_contains("method");
  if (method) {
    if (!method->is_string() || method->get_string().empty())
      return Invalid("\"method\" must be a non-empty string", recovered_id);
    if (const json::value* params = obj.if_contains("params");
        params && !params->is_object() && !params->is_array())
      return Invalid("\"params\" must be an object or an array", recovered_id);
    if (!id) return Message{MessageKind::kNotification, std::move(obj)};
    if (!IsValidId(*id)) return Invalid("\"id\" must be a string or a number");
    return Message{MessageKind::kRequest, std::move(obj)};
  }

  const bool has_result = obj.contains("result");
  const json::value* error = obj.if_contains("error");
  if (!id) return Invalid("message has neither \"method\" nor \"id\"");
  if (has_result == (error != nullptr))
    return Invalid("a response must have exactly one of \"result\" and \"error\"", recovered_id);
  if (error) {
    if (!error->is_object()) return Invalid("\"error\" must be an object", recovered_id);
    const json::value* code = error->get_object().if_contains("code");
    if (!code || !code->is_number()) return Invalid("\"error.code\" must be a number", recovered_id);
    // An error response may carry a null id (the peer could not read ours).
    if (!id->is_null() && !IsValidId(*id)) return Invalid("\"id\" must be a string or a number");
    return Message{MessageKind::kError, std::move(obj)};
  }
  if (!IsValidId(*id)) return Invalid("\"id\" must be a string or a number");
  return Message{MessageKind::kResult, std::move(obj)};
}

boost::system::result<json::value, MessageError> ParseJson(std::string_view text) {
  boost::system::error_code ec;
  json::value value = json::parse(text, ec);
  if (ec) return MessageError{kParseError, "parse error: " + ec.message(), nullptr};
  if (HasNonFiniteNumber(value))
    return MessageError{kParseError, "parse error: number out of range", nullptr};
  return value;
}

boost::system::result<Message, MessageError> ParseMessage(std::string_view text) {
  auto value = ParseJson(text);
  if (!value) return value.error();
  return ValidateMessage(std::move(*value));
}

std::string MessageTooLargeText(std::string_view what, std::size_t size, std::size_t limit) {
  return std::string(what) + " of " + std::to_string(size) +
         " bytes exceeds the gateway's limit of " + std::to_string(limit) + " bytes";
}

json::object MessageTooLargeResponse(const json::value& id, std::string_view what, std::size_t size,
                                     std::size_t limit) {
  return MakeErrorResponse(id, kMessageTooLarge, MessageTooLargeText(what, size, limit));
}

json::object MakeErrorResponse(const json::value& id, int code, std::string_view message,
                               json::value data) {
  json::object error;
  error["code"] = code;
  error["message"] = message;
  if (!data.is_null()) error["data"] = std::move(data);
  json::object response;
  response.reserve(3);
  response["jsonrpc"] = "2.0";
  response["id"] = id;
  response["error"] = std::move(error);
  return response;
}

json::object MakeResultResponse(const json::value& id, json::value result) {
  json::object response;
  response.reserve(3);
  response["jsonrpc"] = "2.0";
  response["id"] = id;
  response["result"] = std::move(result);
  return response;
}

json::object MakeRequest(const json::value& id, std::string_view method, json::value params) {
  json::object request;
  request.reserve(4);
  request["jsonrpc"] = "2.0";
  if (!id.is_null()) request["id"] = id;
  request["method"] = method;
  if (!params.is_null()) request["params"] = std::move(params);
  return request;
}

json::object MakeNotification(std::string_view method, json::value params) {
  return MakeRequest(nullptr, method, std::move(params));
}

std::string Serialize(const json::object& message) { return json::serialize(message); }

namespace {

// A cursor over text for the id sniffer: skips whitespace and reads tokens.
struct Scan {
  std::string_view text;
  std::size_t at;
  void Space() {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  }
  bool Literal(std::string_view token) {
    Space();
    if (text.substr(at, token.size()) != token) return false;
    at += token.size();
    return true;
  }
  // An integer or an escape-free string, followed by a terminator inside the window (a value
  // running into the window's edge may be cut and is refused).
  json::value Value() {
    Space();
    if (at < text.size() && text[at] == '"') {
      const std::size_t end = text.find('"', at + 1);
      if (end == std::string_view::npos || end - at > 128) return nullptr;
      const std::string_view value = text.substr(at + 1, end - at - 1);
      if (value.find('\\') != std::string_view::npos) return nullptr;
      at = end + 1;
      return json::string(value);
    }
    std::size_t j = at + (at < text.size() && text[at] == '-' ? 1 : 0);
    const std::size_t digits = j;
    while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
    if (j == digits || j - at > 18 || j >= text.size()) return nullptr;
    if (text[j] != ',' && text[j] != '}' && text[j] != ' ' && text[j] != '\t') return nullptr;
    const std::string number(text.substr(at, j - at));
    at = j;
    return static_cast<std::int64_t>(std::stoll(number));
  }
};

// Only an "id" member adjacent to the top-level "jsonrpc":"2.0" member counts, in either order
// ({"jsonrpc":"2.0","id":7,...} as most SDKs write it, or {...,"jsonrpc":"2.0","id":7} as the
// TypeScript SDK does, or {...,"id":7,"jsonrpc":"2.0"}); an "id" nested in params never is.
json::value SniffIdIn(std::string_view text) {
  constexpr std::string_view kJsonrpc = "\"jsonrpc\"";
  for (std::size_t at = text.find(kJsonrpc); at != std::string_view::npos;
       at = text.find(kJsonrpc, at + 1)) {
    Scan after{text, at + kJsonrpc.size()};
    if (after.Literal(":") && after.Literal("\"2.0\"") && after.Literal(",") &&
        after.Literal("\"id\"") && after.Literal(":")) {
      json::value id = after.Value();
      if (!id.is_null()) return id;
    }
    // "id":VALUE,"jsonrpc": find the "id" key just before.
    std::size_t comma = at;
    while (comma > 0 && (text[comma - 1] == ' ' || text[comma - 1] == '\t')) --comma;
    if (comma == 0 || text[comma - 1] != ',') continue;
    const std::size_t key = text.rfind("\"id\"", comma - 1);
    if (key == std::string_view::npos) continue;
    Scan before{text, key + 4};
    if (!before.Literal(":")) continue;
    json::value id = before.Value();
    before.Space();
    if (!id.is_null() && before.at == comma - 1) return id;
  }
  return nullptr;
}

}  // namespace

// {"id":VALUE,... at the very start of the message: the first top-level member.
json::value SniffLeadingId(std::string_view head) {
  Scan scan{head, 0};
  if (!scan.Literal("{") || !scan.Literal("\"id\"") || !scan.Literal(":")) return nullptr;
  return scan.Value();
}

// ...,"id":VALUE} at the very end of the message: the last top-level member.
json::value SniffTrailingId(std::string_view tail) {
  while (!tail.empty() && (tail.back() == ' ' || tail.back() == '\t' || tail.back() == '\r'))
    tail.remove_suffix(1);
  if (tail.empty() || tail.back() != '}') return nullptr;
  const std::size_t key = tail.rfind("\"id\"");
  if (key == std::string_view::npos || key == 0) return nullptr;
  std::size_t before = key;
  while (before > 0 && (tail[before - 1] == ' ' || tail[before - 1] == '\t')) --before;
  if (before == 0 || tail[before - 1] != ',') return nullptr;
  Scan scan{tail, key + 4};
  if (!scan.Literal(":")) return nullptr;
  json::value id = scan.Value();
  scan.Space();
  return scan.at == tail.size() - 1 ? id : json::value();
}

json::value SniffId(std::string_view head, std::string_view tail) {
  for (json::value id : {SniffLeadingId(head), SniffTrailingId(tail), SniffIdIn(head),
                         SniffIdIn(tail)}) {
    if (!id.is_null()) return id;
  }
  return nullptr;
}

std::string DescribeId(const json::value& id) {
  std::string text = json::serialize(id);
  if (text.size() > 64) {
    text.resize(61);
    text += "...";
  }
  return text;
}

}  // namespace mcpgw::core
