// Upstream: the gateway's connection to one configured MCP server (the gateway acts as an MCP
// client here). Every transport (stdio child process, Streamable HTTP, legacy SSE) sits behind
// this interface, so the router never knows which.
//
// An Upstream owns its connection, its own JSON-RPC id space, the initialize handshake, the cached
// tool/resource/prompt lists (re-fetched on list_changed), per-request timeouts, progress-token
// remapping, cancellation, and restart with backoff.
//
// Threading: every method is called on the gateway's io_context thread, and every callback and
// observer method is invoked there too. Callbacks are never invoked from inside the call that
// registered them (they are posted), so callers may hold state across Send().
// Lifetime: created by a factory as shared_ptr; it keeps itself alive while it has work in
// flight. Stop() must be called before the io_context is destroyed.
#pragma once

#include "config/server_config.h"
#include "core/wire_message.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::upstream {

namespace json = boost::json;

// Where an upstream is in its life. get_metadata maps these with MetadataStatus().
enum class State {
  kDisabled,    // "disabled": true in config; never started
  kBlocked,     // the scanner's verdict "blocked"; never started
  kInvalid,     // the config entry is unusable (ServerConfig::error); never started
  kFailed,      // could not be started (command not found, ...) after the allowed attempts;
                // last_error() says why; not retried again
  kStarting,    // spawning, handshaking or fetching lists
  kActive,      // initialized; lists cached; serving requests
  kRestarting,  // failed or died; a restart is scheduled after a backoff
  kStopped,     // Stop() was called
};

const char* StateName(State state);
// "active", "inactive", "error" or "blocked", as get_metadata reports.
const char* MetadataStatus(State state);

// What the upstream said about itself and offers, as of its last successful listing.
struct Catalog {
  std::string protocol_version;
  json::object server_info;
  json::object capabilities;
  std::string instructions;
  json::array tools;  // each a tool object exactly as the upstream sent it
  json::array resources;
  json::array resource_templates;
  json::array prompts;
};

// Which cached list changed.
enum class ListKind { kTools, kResources, kPrompts };

// Receives what an upstream reports. Implemented by the router.
class UpstreamObserver {
 public:
  virtual ~UpstreamObserver() = default;
  // The upstream's state or any of its cached lists changed.
  virtual void OnUpstreamChanged(const class Upstream& upstream) = 0;
  // A notification the upstream does not handle itself (notifications/message,
  // notifications/resources/updated, ...). Progress and list_changed are handled internally.
  virtual void OnUpstreamNotification(const class Upstream& upstream,
                                      json::object notification) = 0;
  // A request from the server to the client (sampling, elicitation, roots, ping). `reply` must
  // be called exactly once with the response's "result" or an error object built by
  // core::MakeErrorResponse (its id is replaced by the upstream).
  virtual void OnUpstreamRequest(const class Upstream& upstream, json::object request,
                                 std::function<void(json::object response)> reply) = 0;
};

// Callbacks for one request sent upstream.
struct RequestCallbacks {
  // Called exactly once, unless the request is cancelled with Cancel(), with the full response
  // object ("result" or "error"; its "id" is the upstream's and must be replaced by the caller).
  // Timeouts and a dying upstream produce error responses here (kRequestTimeout,
  // kUpstreamUnavailable).
  std::function<void(json::object response)> on_response;
  // When set, called instead of on_response with the response as received (validated, not
  // parsed into a tree): the forwarding path, which sends the upstream's bytes on unchanged.
  std::function<void(core::WireMessage response)> on_wire_response;
  // Called for each notifications/progress the upstream sends for this request, with params
  // whose progressToken is already the caller's original token. May be empty.
  std::function<void(json::object params)> on_progress;
  // The caller is a 2026-07-28 client: a 2026-07-28 upstream's input_required answer completes
  // the request as it is (passed through to that client) instead of becoming a round of
  // server-to-client requests (ProtocolUpstream, "input_required").
  bool pass_input_required = false;
  // The capabilities of the client whose request this is, as the gateway can bridge them
  // (router/bridged_capabilities.h): a 2026-07-28 upstream gets them as the request's _meta
  // clientCapabilities, so it asks that client only for what it can give. Unset for a request
  // no client caused (list fetches, probes, refetches): those carry the gateway's offer
  // (UpstreamOptions::client_capabilities, the capabilities of initialize). Legacy runs ignore it.
  // Shared and immutable: the session computes it when the client declares its capabilities,
  // so forwarding a call copies a pointer, not the object.
  std::shared_ptr<const json::object> client_capabilities;
};

using RequestId = std::uint64_t;

// Completes a request: on_wire_response when set, else on_response with the tree.
void Complete(RequestCallbacks& callbacks, core::WireMessage response);

class Upstream {
 public:
  virtual ~Upstream() = default;

  virtual const config::ServerConfig& config() const = 0;
  const std::string& name() const { return config().name; }
  virtual State state() const = 0;
  // The last error ("command not found: foo", "exited with status 1", ...); empty when none.
  virtual const std::string& last_error() const = 0;
  // How many restarts were scheduled since Start() (a failed start or a death of a running
  // server); for metrics. Upstreams that never restart report 0.
  virtual std::uint64_t restarts() const { return 0; }
  // The cached catalog; meaningful when state() == kActive (kept from the last success otherwise).
  virtual const Catalog& catalog() const = 0;
  // True once the first start attempt has finished (active, or failed/invalid/disabled).
  virtual bool settled() const = 0;

  // Starts the upstream (spawn, initialize, list). Failures are reported through state() and
  // last_error() and retried with backoff; never thrown. A server that cannot even be started
  // (its command is missing) is given up after a few attempts (State::kFailed).
  virtual void Start() = 0;

  // Stops gracefully: fails in-flight requests, closes the child's stdin, waits, then SIGTERM
  // and SIGKILL to its process group. `done` is called once the child is reaped.
  virtual void Stop(std::function<void()> done) = 0;

  // Sends a request. `params` may be null. When params._meta.progressToken is present it is
  // replaced by a gateway-unique token and mapped back for on_progress. `timeout` bounds the wait
  // (progress extends it up to `max_timeout`). Progress is accepted only for a token the
  // upstream was given on a request still pending; any other progress is dropped (debug log)
  // and extends no deadline. Returns an id usable with Cancel(). When the
  // upstream is not active the error response is posted at once.
  virtual RequestId Send(std::string_view method, json::value params, RequestCallbacks callbacks,
                         std::chrono::milliseconds timeout,
                         std::chrono::milliseconds max_timeout) = 0;

  // Forwards a client's request (a kRequest message): as Send() with its method and params, but
  // the message's own bytes go upstream with only the id (and a progress token) replaced. The
  // default builds the request again from the tree; ProtocolUpstream forwards the bytes.
  virtual RequestId Forward(core::WireMessage request, RequestCallbacks callbacks,
                            std::chrono::milliseconds timeout,
                            std::chrono::milliseconds max_timeout);

  // Cancels a request sent with Send(): sends notifications/cancelled upstream and drops the
  // request; its on_response is never called. Unknown or finished ids are ignored.
  virtual void Cancel(RequestId id, std::string_view reason) = 0;

  // Sends a notification. Dropped (with a debug log) when the upstream is not active.
  virtual void Notify(std::string_view method, json::value params) = 0;
};

}  // namespace mcpgw::upstream
