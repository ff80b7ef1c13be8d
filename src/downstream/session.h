// Session: one connected MCP client. Holds what was negotiated (protocol version, client
// capabilities) and the client's in-flight requests (client id -> upstream request) so that
// notifications/cancelled and disconnects reach the right upstream. Transport-agnostic: the
// transport hands it validated messages and gives it a function to send bytes back.
//
// The client's initialize is answered once every upstream has finished its first start attempt,
// so the first tools/list is complete.
//
// Threading: io_context thread only. Lifetime: shared_ptr owned by its transport; Close() must
// be called when the client goes away.
#pragma once

#include "core/json_rpc.h"
#include "router/client_session.h"
#include "router/router.h"

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace mcpgw::downstream {

namespace json = boost::json;

struct SessionOptions {
  std::size_t max_message_size = 16 * 1024 * 1024;
};

class Session : public router::ClientSession, public std::enable_shared_from_this<Session> {
 public:
  // `send` writes one serialized message to the client (the transport adds framing).
  Session(router::Router& router, std::function<void(std::string)> send, SessionOptions options);

  // Registers with the router. Call once after construction.
  void Open();
  // Handles one validated message from the client.
  void OnMessage(core::Message message);
  // Answers a message that could not be parsed or validated.
  void OnInvalidMessage(const core::MessageError& error);
  // The client went away: in-flight upstream requests are cancelled (stdio EOF is a
  // cancellation), and nothing more is sent.
  void Close();

  // router::ClientSession
  void SendToClient(json::object message) override;
  std::string_view protocol_version() const override { return protocol_version_; }
  bool initialized() const override { return initialized_; }

  std::size_t in_flight() const { return in_flight_.size(); }

 private:
  void HandleRequest(core::Message request);
  void HandleNotification(const core::Message& notification);
  void Initialize(const json::value& id, const json::object& params);
  void Respond(const std::string& key, json::object response);

  router::Router& router_;
  std::function<void(std::string)> send_;
  SessionOptions options_;
  bool initialize_started_ = false;
  bool initialized_ = false;
  bool closed_ = false;
  std::string protocol_version_;
  json::object client_capabilities_;
  json::object client_info_;
  std::unordered_map<std::string, router::ForwardedRequest> in_flight_;  // by serialized id
  // Messages that arrived after initialize but before its answer (upstreams still starting);
  // replayed in order once initialized. Bounded by kMaxQueuedBeforeInit.
  std::vector<core::Message> queued_;
};

inline constexpr std::size_t kMaxQueuedBeforeInit = 1024;

}  // namespace mcpgw::downstream
