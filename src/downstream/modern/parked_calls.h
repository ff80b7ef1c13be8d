// The input_required bridge's gateway-wide table (docs/protocol.md "The input_required bridge").
// When a legacy upstream sends sampling/createMessage, elicitation/create or roots/list during a
// 2026-07-28 client's call, the session answers the client with an input_required result and
// parks the call here: the upstream request stays in flight, and the upstream's pending
// server-to-client requests wait for the client's retry. The retry (any session: stateless HTTP
// serves each POST with a session of its own) presents the `requestState` token, takes the call
// back out, answers the pending requests from its `inputResponses`, and carries on.
//
// Bounds (documented defaults): at most Limits::max_calls parked calls (1,024; the oldest is
// abandoned to make room) and each for at most Limits::ttl (5 minutes). An abandoned call is
// cancelled upstream and its pending requests are refused, so the upstream does not wait forever.
// A token is bound to the principal it was issued to (request_state.h) and can be used once.
//
// Threading: io_context thread only. Lifetime: owned by the router (ParkedCallsOf), shared with
// its expiry timer's handler by weak_ptr.
#pragma once

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/system/result.hpp>
#include <chrono>
#include <functional>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/wire_message.h"
#include "downstream/modern/era.h"
#include "downstream/modern/request_state.h"
#include "router/router.h"

namespace mcpgw::downstream::modern {

// One server-to-client request an upstream sent during a modern client's call: one entry of an
// input_required result's inputRequests, until the client answers it.
struct InputRequest {
  std::string key;     // its inputRequests key
  std::string method;  // sampling/createMessage, elicitation/create or roots/list
  boost::json::value params;  // as the response-path guards let it through
  boost::json::value id;      // the id the session gave it (the answer carries it)
  // The router's continuation: takes a JSON-RPC response (`id` above) and runs the request-path
  // guards on it before it reaches the upstream. Called at most once.
  std::function<void(boost::json::object response)> answer;
};

// Where the upstream's answer to one modern client's call goes. While the call is parked, an
// answer that arrives is held and delivered when the call is resumed.
class CallRoute {
 public:
  using Target = std::function<void(core::WireMessage response)>;
  void Deliver(core::WireMessage response);
  // Parked: answers are held from now on.
  void Detach() { target_ = nullptr; }
  // Resumed: answers go to `target`; one held meanwhile is delivered at once.
  void Attach(Target target);

 private:
  Target target_;
  std::optional<core::WireMessage> held_;
};

struct ParkedCall {
  std::string principal;
  std::string method;  // the client's method; a retry must name the same
  router::ForwardedRequest forwarded;
  std::shared_ptr<CallRoute> route;
  // The session that started the call: kept alive so that the client's answers are guarded with
  // its identity (and its guard store, e.g. pseudonyms it was shown).
  std::shared_ptr<router::ClientSession> origin;
  std::vector<InputRequest> pending;
  // For the retry's audit record: where the call went (CallRecord server, capability type and
  // name) and how many input_required rounds it has had so far.
  std::string server;
  std::string capability_type;
  std::string capability_name;
  int rounds = 0;

  // Ends the call: cancels it upstream and refuses every pending request with `reason`.
  void Abandon(std::string_view reason);
};

class ParkedCalls : public std::enable_shared_from_this<ParkedCalls> {
 public:
  struct Limits {
    std::size_t max_calls = 1024;
    std::chrono::milliseconds ttl{std::chrono::minutes(5)};
  };
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  // Without an executor expired calls are swept only on Park and Take.
  ParkedCalls(boost::asio::any_io_executor executor, Limits limits);

  // Parks `call`; returns the requestState token for the client.
  std::string Park(ParkedCall call);
  // Takes out the call `token` names for `principal`. Failures are the JSON-RPC errors to answer
  // with (-32602): a token that fails its integrity check (tampered, another principal's,
  // another process's), or one that names no parked call (expired, abandoned or already used).
  boost::system::result<ParkedCall, EraError> Take(std::string_view token,
                                                   std::string_view principal);
  // Abandons every call parked longer than the TTL.
  void Sweep();

  std::size_t size() const { return calls_.size(); }
  // The process's requestState key (also seals pass-through states, passed_state.h).
  const RequestStateSigner& signer() const { return signer_; }
  const Limits& limits() const { return limits_; }
  void SetClockForTesting(Clock clock) { clock_ = std::move(clock); }

 private:
  struct Entry {
    ParkedCall call;
    std::chrono::steady_clock::time_point expires;
    std::list<std::string>::iterator order;
  };
  void Arm();

  boost::asio::any_io_executor executor_;
  Limits limits_;
  RequestStateSigner signer_;
  Clock clock_;
  std::unordered_map<std::string, Entry> calls_;  // by token id
  std::list<std::string> order_;                  // oldest first
  std::shared_ptr<boost::asio::steady_timer> timer_;
  bool armed_ = false;
};

// The router's table, made on first use with the router's executor and default limits.
ParkedCalls& ParkedCallsOf(router::Router& router);

}  // namespace mcpgw::downstream::modern
