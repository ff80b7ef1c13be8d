// UpstreamTransport: carries JSON-RPC messages between the gateway and one upstream server for
// one run (a child process's life, an HTTP session). ProtocolUpstream (protocol_upstream.h) owns
// everything above the bytes — ids, handshake, lists, deadlines, restarts — and drives one
// transport per run; a transport knows nothing of MCP beyond framing.
//
// Threading: io_context thread only; events are invoked there, never from inside Start/Send/
// Shutdown. Lifetime: owned through shared_ptr by its upstream; it keeps itself alive while
// asynchronous work is pending and stops invoking events once on_closed has been called.
#pragma once

#include "core/status.h"

#include <boost/json/value.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mcpgw::upstream {

// What the protocol layer already knows of an outgoing message, so that a transport never parses
// the text again (HTTP answers a failed exchange with an error for the request's id).
struct OutgoingInfo {
  bool is_request = false;     // has a method and an id: an answer is expected
  bool is_initialize = false;  // the initialize request
  boost::json::value id;       // the request's id; null for notifications and responses
  // The server/discover era probe (modern_wire.h): its answer says nothing about the HTTP
  // transport (an auto HTTP transport does not switch to legacy SSE on its 4xx).
  bool is_discover = false;
  // Headers HTTP sends with this message's POST (a 2026-07-28 upstream's MCP-Protocol-Version,
  // Mcp-Method, Mcp-Name); other transports ignore them.
  std::vector<std::pair<std::string, std::string>> headers;
  // subscriptions/listen (modern_listen.h): the answer stays open while notifications flow. HTTP
  // reads its event stream without an idle timeout and, whenever the exchange ends without the
  // request's answer, answers it with an error so the protocol layer can open it again.
  bool long_lived = false;
};

class UpstreamTransport {
 public:
  struct Events {
    // One complete message from the server (JSON text, not yet parsed).
    std::function<void(std::string_view text)> on_message;
    // A message over the size limit was dropped; its first and last bytes allow id recovery.
    std::function<void(std::size_t size, std::string_view head, std::string_view tail)>
        on_oversize;
    // The run broke (EOF, exit, network or HTTP error). At most once; on_closed follows.
    std::function<void(std::string reason)> on_failed;
    // Everything is released (the child reaped, sockets closed). Exactly once, last.
    // `detail` describes the end ("exited with status 0", "session closed").
    std::function<void(std::string detail)> on_closed;
  };

  virtual ~UpstreamTransport() = default;

  // Starts the run. Failures that are known at once ("command not found: x") are returned, and
  // then no event is ever invoked; later failures arrive through on_failed.
  virtual Result<bool> Start(Events events) = 0;

  // Queues one message (JSON text) described by `info`. Returns false when the run has failed or
  // is shutting down.
  virtual bool Send(std::string text, OutgoingInfo info) = 0;

  // The initialize handshake finished with `protocol_version` (HTTP sends it as a header on
  // every later request).
  virtual void OnInitialized(std::string_view protocol_version) {}

  // The protocol layer no longer waits for request `request_id` (it timed out or was
  // cancelled; notifications/cancelled has been sent separately). A transport that carries each
  // request on its own exchange (HTTP) ends that exchange now; others ignore it.
  virtual void Abandon(std::int64_t request_id) {}

  // Ends the run gracefully, escalating after `grace` per step (stdio: close stdin, SIGTERM,
  // SIGKILL to the process group; HTTP: DELETE the session, close). on_closed follows.
  virtual void Shutdown(std::chrono::milliseconds grace) = 0;

  // A short description for logs ("pid=1234", "https://host/mcp").
  virtual std::string Describe() const = 0;
};

}  // namespace mcpgw::upstream
