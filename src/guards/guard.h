// Guard: one inspection step over a message travelling through the gateway (an Envoy-style
// filter). Guards are pure logic over JSON values so they can be unit-tested without sockets.
//
// Threading: Inspect() is called on the io_context thread, one message at a time per guard
// instance; a guard holding per-session state keeps it in the GuardContext's session object.
#pragma once

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace mcpgw::guards {

enum class Direction {
  kRequest,   // client -> upstream (tools/call arguments, prompts/get arguments, ...)
  kResponse,  // upstream -> client (tool results, prompt messages, resource contents)
};

// What the guard saw: which method, which server and item, which direction.
struct GuardContext {
  Direction direction = Direction::kRequest;
  std::string_view method;  // "tools/call", "prompts/get", "resources/read", ...
  std::string_view server;  // the upstream's configured name
  std::string_view item;    // the upstream's tool or prompt name, or the resource URI
};

enum class VerdictKind {
  kContinue,  // nothing to do: the next guard runs on the unchanged payload
  kModified,  // the guard rewrote the payload in place: the next guard sees the rewrite
  kReject,    // stop: the chain ends and the message is answered with an error
};

struct Verdict {
  VerdictKind kind = VerdictKind::kContinue;
  // Stable reason code ("secrets.github_pat", "policy.tool_denied", "guard.failed"), set for
  // kModified and kReject; it reaches the audit log and the client's error data.
  std::string reason;
  std::string message;  // human text for the client; never contains the matched secret

  static Verdict Continue() { return {}; }
  static Verdict Modified(std::string reason) {
    return {VerdictKind::kModified, std::move(reason), {}};
  }
  static Verdict Reject(std::string reason, std::string message) {
    return {VerdictKind::kReject, std::move(reason), std::move(message)};
  }
};

class Guard {
 public:
  virtual ~Guard() = default;
  // A short stable name ("basic", "pii", ...), used in logs and reason codes.
  virtual std::string_view name() const = 0;
  // Inspects (and may rewrite) `payload`: the request's params or the response's result.
  // May throw; the chain treats an exception as a rejection (fail-closed).
  virtual Verdict Inspect(const GuardContext& context, boost::json::value& payload) = 0;
};

}  // namespace mcpgw::guards
