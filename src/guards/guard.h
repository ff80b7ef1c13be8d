// Guard: one inspection step over a message travelling through the gateway (an Envoy-style
// filter). Guards are logic over JSON values so they can be unit-tested without sockets; the
// detectors they use are pure functions over text (detector.h).
//
// A guard either answers inline (Inspect: local detectors, the common case; on a clean message it
// allocates nothing and copies nothing) or later (waits() == true, InspectLater: network guards
// such as an LLM judge or a webhook). The chain (guard_chain.h) decides which guards apply to a
// message, in which order, in which mode, and with which time budget.
//
// Threading: Inspect/InspectLater are called on the io_context thread. A guard instance is shared
// by every session: per-session state lives in the context's SessionStore.
#pragma once

#include <boost/json/value.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace mcpgw::guards {

enum class Direction {
  kRequest,   // toward a server: tools/call arguments, prompts/get arguments, the client's answers
              // to sampling/elicitation requests
  kResponse,  // toward the client (and so the model or the user): results, server-to-client
              // requests (sampling, elicitation), notifications, upstream errors
};

// What a guard does with one finding. The guard's configuration picks the action per finding
// type; the chain's mode can turn every action into a record only (Mode::kMonitor).
enum class Action {
  kMask,    // replace the value (operator: <ENTITY>, pseudonym, hash, ...); the message goes on
  kRedact,  // remove the value; the message goes on
  kBlock,   // reject the whole message (first reject stops the chain)
  kAlert,   // pass unchanged; record the finding and log it at warning
  kLog,     // pass unchanged; record the finding and log it at debug
  kAnnotate,  // keep the value but wrap it in a marker saying it is untrusted data flagged by
              // the gateway (AnnotationOpen/AnnotationClose); the message goes on
};
std::string_view ActionName(Action action);
// Parses "mask"|"redact"|"block"|"alert"|"log"|"annotate" (and the reference's "replace" = mask,
// "warn" = alert); false when unknown.
bool ParseAction(std::string_view text, Action& out);

// The markers kAnnotate wraps a flagged span in. The opening one names the finding type and tells
// the model the text is data from a tool, not an instruction; both are plain text a model and a
// person can read.
std::string AnnotationOpen(std::string_view finding_type);
std::string_view AnnotationClose();

enum class Mode {
  kEnforce,  // actions apply
  kMonitor,  // nothing is changed or blocked; every finding is recorded as if it had applied
  kOff,      // the guard does not run
};
std::string_view ModeName(Mode mode);
bool ParseMode(std::string_view text, Mode& out);

// One thing a guard found. Never holds the value itself: a salted hash stands for it.
struct Finding {
  std::string type;      // "secrets.github_pat", "pii.EMAIL_ADDRESS", "policy.tool_denied"
  std::string location;  // JSON pointer into the guarded payload ("/content/0/text"), "" = whole
  Action action = Action::kLog;
  std::string guard;       // the guard that found it
  std::string value_hash;  // hex SHA-256 of salt + value (first 16 hex digits), "" when no value
  bool applied = false;    // false in monitor mode: what would have happened did not
};

// Per-session state guards may keep (the vault, pseudonym tables): one typed slot per type.
// Memory-only; the session drops it when it ends. Threading: io_context thread only.
class SessionStore {
 public:
  // The slot of type T, created empty on first use.
  template <typename T>
  T& Get() {
    auto& slot = slots_[std::type_index(typeid(T))];
    if (!slot) slot = std::make_shared<T>();
    return *static_cast<T*>(slot.get());
  }

 private:
  std::unordered_map<std::type_index, std::shared_ptr<void>> slots_;
};

// Lets a guard ask the client's user something (human approval through `elicitation/create`).
// Implemented by the downstream session; guards reach it through SessionInfo::asker.
// Threading: io_context thread only.
class ClientAsker {
 public:
  virtual ~ClientAsker() = default;
  // True when the client declared the `elicitation` capability (form mode) in initialize.
  virtual bool CanElicit() const = 0;
  // Sends `elicitation/create` with `params` to the client. `done` is called exactly once on the
  // io_context thread with the client's response object (it holds "result" or "error"; an error
  // response also when the session closes first), unless CancelElicit is called first. `related`
  // is the serialized id of the client request the question belongs to (GuardContext::
  // request_key), so a transport with per-request streams sends it on that request's stream.
  // Returns the id of the request sent, or null (and never calls `done`) when it cannot be sent.
  virtual boost::json::value Elicit(boost::json::value params, std::string_view related,
                                    std::function<void(boost::json::object response)> done) = 0;
  // Withdraws a question sent with Elicit (notifications/cancelled to the client); its `done` is
  // never called.
  virtual void CancelElicit(const boost::json::value& id) = 0;
};

// Who is talking: fixed for a session's life, built once per session and shared by every
// message's context.
struct SessionInfo {
  std::string session_id;
  std::string principal;  // authenticated subject or API-key identity; "" without auth
  std::string client_name;
  std::string client_version;
  std::string protocol_version;
  std::shared_ptr<SessionStore> store = std::make_shared<SessionStore>();
  // The client, for guards that ask its user (policy `ask`); expired when the session is gone,
  // empty for sessions that cannot ask (tests, gateway-local messages).
  std::weak_ptr<ClientAsker> asker;
};

// What the guard sees besides the payload. Owned (safe to keep across suspension).
struct GuardContext {
  Direction direction = Direction::kRequest;
  std::string method;  // "tools/call", "sampling/createMessage", "notifications/message", ...
  std::string server;  // the upstream's configured name ("" for gateway-local messages)
  std::string item;    // the upstream's tool or prompt name, or the resource URI
  bool is_error = false;  // the payload is a JSON-RPC error object (message/data are text)
  std::shared_ptr<const SessionInfo> session;  // null when no session owns the message
  Mode mode = Mode::kEnforce;  // set by the chain for the guard it is calling
  // The serialized JSON-RPC id of the client request this message belongs to (the request
  // itself, or the request whose answer/progress it is); "" for session-wide messages.
  std::string request_key;
  // The tool's `annotations` object as the upstream listed it (readOnlyHint, destructiveHint,
  // idempotentHint, openWorldHint, title); null when the item is not a tool or has none.
  std::shared_ptr<const boost::json::object> annotations;
  // Set by the chain while it calls a guard: the findings of the guards that ran before it in
  // this run (request path: earlier guards; response path: the guards closer to the upstream).
  // Null outside a chain run; valid only during Inspect or until InspectLater's `done`.
  const std::vector<Finding>* prior_findings = nullptr;
};

enum class VerdictKind {
  kContinue,  // nothing to do: the next guard runs on the unchanged payload
  kModified,  // the guard rewrote the payload in place: the next guard sees the rewrite
  kReject,    // stop: the chain ends and the message is answered with an error (a blocked
              // tools/call gets a result with isError and the reason in its text)
};

struct Verdict {
  VerdictKind kind = VerdictKind::kContinue;
  // Stable reason code ("secrets.github_pat", "policy.tool_denied", "guard.failed"), set for
  // kModified and kReject; it reaches the audit log and the client's error data.
  std::string reason;
  std::string message;  // human text for the client; never contains a matched value
  std::vector<Finding> findings;  // also for kContinue (alert/log/monitor findings)
  // For kReject: extra members for the client (added to the error's `data`, or to a blocked
  // tools/call result's `structuredContent`), e.g. {"retryAfterMs": 1200}. Never values.
  boost::json::object data;

  static Verdict Continue() { return {}; }
  static Verdict Modified(std::string reason) {
    return {VerdictKind::kModified, std::move(reason), {}, {}, {}};
  }
  static Verdict Reject(std::string reason, std::string message) {
    return {VerdictKind::kReject, std::move(reason), std::move(message), {}, {}};
  }
};

class Guard {
 public:
  virtual ~Guard() = default;
  // A short stable name ("basic", "presidio", "tool_deny"), used in logs, findings and config.
  virtual std::string_view name() const = 0;
  // Whether the guard looks at this message at all (direction, method); the chain skips it when
  // false, so a guard never tests this itself.
  virtual bool Applies(const GuardContext& context) const { return true; }
  // Inline inspection: may rewrite `payload` (the request's params, the result, the
  // notification's params or the error object). In Mode::kMonitor (context.mode) it must not
  // change the payload; it reports what it would have done. May throw; the chain treats an
  // exception as a failure of the guard (fail-closed by default).
  virtual Verdict Inspect(const GuardContext& context, boost::json::value& payload) = 0;

  // Whether the chain may decide this guard's verdict from the text leaves alone, without a tree
  // (GuardChain::RunClean): true for a guard whose Inspect, on a payload where LeafIsClean holds
  // for every leaf the text walker (text_walker.h) visits, returns Continue with no finding and
  // changes nothing. False (the default): the chain builds the tree and calls Inspect.
  virtual bool judges_leaves() const { return false; }
  // REQUIRES: judges_leaves(). True when Inspect would find nothing in a leaf with this text.
  // Changes nothing; may throw (the chain then runs Inspect, which decides).
  virtual bool LeafIsClean(std::string_view text) const { return false; }

  // Guards that must wait (network) return true and implement InspectLater instead of Inspect.
  virtual bool waits() const { return false; }
  // Starts an inspection that finishes later: calls `done` exactly once on the io_context thread,
  // unless `cancelled` becomes true first (then it may call it or not; the result is ignored).
  // `payload` stays valid until `done` is called or the run is cancelled.
  // Re-reads the guard's configuration from its source (SIGHUP). Returns "" when the new
  // configuration is in force, else the reason it was refused (the old one stays in force).
  // Called on the io_context thread between messages; guards without a reloadable source
  // return "".
  virtual std::string Reload() { return {}; }

  virtual void InspectLater(std::shared_ptr<const GuardContext> context,
                            boost::json::value& payload, std::shared_ptr<const bool> cancelled,
                            std::function<void(Verdict)> done) {
    done(Inspect(*context, payload));
  }
};

}  // namespace mcpgw::guards
