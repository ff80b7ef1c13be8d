// PassedState: what the gateway needs to resume a call whose input_required answer it passed
// through from a 2026-07-28 upstream to a 2026-07-28 client (docs/protocol.md "Modern to
// modern"). Nothing is kept in the gateway: the client carries it as the requestState of the
// answer, sealed (RequestStateSigner::Seal: "p2." tokens, AES-256-GCM under the process's key,
// bound to the principal), so a retry on any session of the same principal (stateless HTTP: a
// new session per POST) can be checked and resumed, and a tampered, truncated or another
// principal's state is refused.
//
// Payload (JSON, encrypted inside the seal): {"m": method, "n": name, "s": server,
// "k": {key: method}, "u": the upstream's own requestState (absent when it gave none),
// "e": expiry (ms since the Unix epoch), "r": round}. The client can neither read nor change any
// of it, the upstream's state included.
//
// What the seal does not decide (the session does, session_passthrough.cc): whether the round is
// within the gateway's bound (SessionOptions::max_input_rounds) and whether the retry's name
// still routes to the sealed server.
//
// Threading: pure functions (the signer is const and thread-safe). Lifetime: values only; a
// PassedState refers to nothing.
#pragma once

#include <boost/json/object.hpp>
#include <boost/system/result.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "downstream/modern/era.h"
#include "downstream/modern/request_state.h"

namespace mcpgw::downstream::modern {

// How long a sealed state may be presented (as long as a parked call lives).
inline constexpr std::chrono::milliseconds kPassedStateTtl{std::chrono::minutes(5)};

struct PassedState {
  std::string method;  // the client's method; the retry must name the same
  // params.name (tools/call, prompts/get) or params.uri (resources/read): the retry must name the
  // same, so that it is routed to the same upstream.
  std::string name;
  std::string server;  // the upstream's configured name (guard context of the answers)
  std::optional<std::string> upstream_state;
  boost::json::object methods;  // inputRequests key -> the method asked (how answers are guarded)
  std::int64_t expires_ms = 0;
  // The input_required round this state was issued for: the retry answers round `round` (its
  // audit row's input_round) and the round bound counts from it.
  int round = 1;
};

// The sealed token for `state` and `principal`. Throws only as RequestStateSigner::Seal does.
std::string SealPassedState(const PassedState& state, const RequestStateSigner& signer,
                            std::string_view principal);

// The state `token` carries, for `principal` at `now_ms` (ms since the epoch). Failures, all
// -32602 "Invalid requestState: ...": a seal that does not open (tampered, truncated, another
// principal's, another process's, not a p2. token), a payload that is not the shape above, or an
// expired state.
boost::system::result<PassedState, EraError> OpenPassedState(std::string_view token,
                                                             const RequestStateSigner& signer,
                                                             std::string_view principal,
                                                             std::int64_t now_ms);

// The params member a retry must repeat for `method` ("name", "uri"; "" for others).
std::string_view PassedNameMember(std::string_view method);

// Milliseconds since the Unix epoch, now.
std::int64_t NowMs();

}  // namespace mcpgw::downstream::modern
