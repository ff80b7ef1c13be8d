// The wire side of the input_required bridge (2026-07-28, SEP-2322 "multi round-trip
// requests"): how an upstream's server-to-client request becomes an entry of an input_required
// result, and how a client's retry (params.inputResponses, params.requestState) is checked.
//
// Keys: a legacy upstream's request has no inputRequests key, so the gateway names it. A request
// whose params._meta carries "mcp-gateway/inputKey" (a string of 1 to 64 characters from
// [A-Za-z0-9_.-]) gets that key, so a server that knows the bridge can keep stable names;
// otherwise, and when the hint is taken or malformed, the key is "<kind>_<n>" (kind elicitation,
// sampling or roots; n counting from 1 within the call). The hint is removed from the params the
// client sees.
//
// Threading: pure functions.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/system/result.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "downstream/modern/era.h"
#include "downstream/modern/parked_calls.h"

namespace mcpgw::downstream::modern {

inline constexpr std::string_view kMetaInputKey = "mcp-gateway/inputKey";

// The key for an upstream's `method` request with `params` (see above); `taken` are the keys
// already used in this round. Removes the hint from `params`.
std::string TakeInputKey(std::string_view method, boost::json::value& params,
                         const std::vector<std::string>& taken);

// The input_required result listing `inputs` (key -> {method, params}) with `request_state`.
boost::json::object InputRequiredResult(const std::vector<InputRequest>& inputs,
                                        std::string_view request_state);

// What a modern request carries for the bridge, taken out of its params.
struct RetryFields {
  boost::json::object input_responses;  // empty when absent
  std::string request_state;            // empty when absent
  bool present = false;                 // either member was there
};
// Removes inputResponses and requestState from `params` and checks them: inputResponses must be
// an object whose members are objects (a result each), requestState a non-empty string; -32602
// otherwise, naming the member.
boost::system::result<RetryFields, EraError> TakeRetryFields(boost::json::object& params);

}  // namespace mcpgw::downstream::modern
