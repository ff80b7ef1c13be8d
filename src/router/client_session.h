// ClientSession: what the router needs from a connected client (implemented by
// downstream::Session). Lets the router push notifications and check what the client negotiated.
//
// Threading: io_context thread only. Lifetime: owned by the transport as shared_ptr; the router
// holds only weak references (a session may close while its requests are in flight).
#pragma once

#include <boost/json/object.hpp>

#include <string_view>

namespace mcpgw::router {

class ClientSession {
 public:
  virtual ~ClientSession() = default;
  // Queues a message (notification or server->client request) to the client.
  virtual void SendToClient(boost::json::object message) = 0;
  // The protocol revision negotiated with this client ("" before initialize).
  virtual std::string_view protocol_version() const = 0;
  // False until the client has completed initialize.
  virtual bool initialized() const = 0;
};

}  // namespace mcpgw::router
