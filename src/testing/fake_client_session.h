// FakeClientSession: a router::ClientSession for router tests. Records every message the router
// pushes to the client and every server-to-client request; the test sets what was negotiated.
//
// Threading: single-threaded test code. Lifetime: std::make_shared (the router holds it weakly).
#pragma once

#include "router/bridged_capabilities.h"
#include "router/client_session.h"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace mcpgw::testing {

class FakeClientSession : public router::ClientSession {
 public:
  struct ClientRequest {
    boost::json::value id;
    std::string method;
    boost::json::value params;
    std::function<void(boost::json::object)> on_response;
  };

  // ---- Set by the test ----
  bool initialized_flag = true;
  std::string version = "2025-11-25";
  boost::json::object capabilities;
  std::map<const upstream::Upstream*, std::uint64_t> latest_in_flight;

  // ---- Recorded ----
  std::vector<boost::json::object> sent;  // SendToClient messages, in order
  std::vector<ClientRequest> requests;    // SendRequestToClient calls
  std::vector<boost::json::value> cancelled_requests;

  // Messages sent whose "method" is `method`.
  std::size_t CountSent(std::string_view method) const {
    std::size_t count = 0;
    for (const auto& message : sent) {
      const boost::json::value* m = message.if_contains("method");
      if (m && m->is_string() && m->get_string() == method) ++count;
    }
    return count;
  }

  // ---- router::ClientSession ----
  void SendToClient(boost::json::object message, std::string_view = {}) override {
    sent.push_back(std::move(message));
  }
  boost::json::value SendRequestToClient(std::string_view method, boost::json::value params,
                                         std::function<void(boost::json::object)> on_response,
                                         std::string_view = {}) override {
    boost::json::value id = static_cast<std::int64_t>(requests.size() + 1);
    requests.push_back(ClientRequest{id, std::string(method), std::move(params),
                                     std::move(on_response)});
    return id;
  }
  void CancelRequestToClient(const boost::json::value& id, std::string_view) override {
    cancelled_requests.push_back(id);
  }
  std::string_view protocol_version() const override { return version; }
  const boost::json::object& client_capabilities() const override { return capabilities; }
  std::shared_ptr<const boost::json::object> bridged_capabilities() const override {
    return std::make_shared<const boost::json::object>(router::BridgedCapabilities(capabilities));
  }
  bool initialized() const override { return initialized_flag; }
  InFlightRef LatestInFlightOn(const upstream::Upstream* upstream) const override {
    auto it = latest_in_flight.find(upstream);
    return {it == latest_in_flight.end() ? 0 : it->second, {}};
  }
};

}  // namespace mcpgw::testing
