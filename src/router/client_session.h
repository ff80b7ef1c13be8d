// ClientSession: what the router needs from a connected client (implemented by
// downstream::Session). Lets the router push notifications and server-to-client requests, and
// check what the client negotiated.
//
// Threading: io_context thread only. Lifetime: owned by the transport as shared_ptr; the router
// holds only weak references (a session may close while its requests are in flight).
#pragma once

#include "guards/guard.h"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <memory>
#include <functional>
#include <string>
#include <string_view>

namespace mcpgw::upstream {
class Upstream;
}
namespace mcpgw::audit {
struct CallRecord;
}

namespace mcpgw::router {

class ClientSession {
 public:
  virtual ~ClientSession() = default;
  // Queues a notification to the client. Dropped when the session is closed. `related` is the
  // serialized id of the client request the message belongs to (e.g. its progress), empty for
  // session-wide messages; transports with per-request streams (HTTP) use it to pick the stream.
  virtual void SendToClient(boost::json::object message, std::string_view related = {}) = 0;
  // Sends a request to the client under a session-unique id. `on_response` is called exactly
  // once: with the client's response (its "id" is the session's), or with an error response
  // when the session closes first. Returns the id used, or null (and never calls on_response)
  // when the session cannot take the request (closed, or too many pending).
  virtual boost::json::value SendRequestToClient(
      std::string_view method, boost::json::value params,
      std::function<void(boost::json::object response)> on_response,
      std::string_view related = {}) = 0;
  // Tells the client a request sent with SendRequestToClient is cancelled; its on_response is
  // never called.
  virtual void CancelRequestToClient(const boost::json::value& id, std::string_view reason) = 0;
  // The protocol revision negotiated with this client ("" before initialize).
  virtual std::string_view protocol_version() const = 0;
  // The capabilities the client declared in initialize.
  virtual const boost::json::object& client_capabilities() const = 0;
  // BridgedCapabilities (router/bridged_capabilities.h) of client_capabilities(), computed when
  // they are declared (never null); what each call this client causes carries upstream.
  virtual std::shared_ptr<const boost::json::object> bridged_capabilities() const = 0;
  // False until the client has completed initialize.
  virtual bool initialized() const = 0;
  // The session's latest request still in flight on `upstream`: a number that grows with each
  // request the session forwards (0 when it has none there) and that request's serialized id.
  struct InFlightRef {
    std::uint64_t sequence = 0;
    std::string key;
  };
  virtual InFlightRef LatestInFlightOn(const upstream::Upstream* upstream) const = 0;
  // The open audit record of the in-flight request with client id `id`, for the router to
  // annotate (audit/record_notes.h); null when auditing is off or the request is not in flight.
  virtual audit::CallRecord* CallRecordOf(const boost::json::value& id) { return nullptr; }
  // An upstream asked, on behalf of the session's in-flight request `related`, for `capability`
  // (sampling, elicitation, roots) that the client did not declare. Returns true when the
  // session answered that request itself (2026-07-28: MissingRequiredClientCapability, -32021);
  // the upstream is refused either way.
  virtual bool OnUndeclaredCapability(std::string_view capability, std::string_view related) {
    return false;
  }

  // Who the session is, for the guards (id, principal, client, protocol version) and its
  // per-session guard store (the vault, pseudonyms), which lives exactly as long as the session.
  // Never null. The session fills the fields as it learns them (initialize, authentication).
  std::shared_ptr<const guards::SessionInfo> guard_session() const { return MutableGuardSession(); }

 protected:
  const std::shared_ptr<guards::SessionInfo>& MutableGuardSession() const {
    if (!guard_session_) guard_session_ = std::make_shared<guards::SessionInfo>();
    return guard_session_;
  }

 private:
  mutable std::shared_ptr<guards::SessionInfo> guard_session_;
};

}  // namespace mcpgw::router
