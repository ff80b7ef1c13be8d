#include "downstream/modern/passed_state.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/json_rpc.h"

namespace mcpgw::downstream::modern {

namespace json = boost::json;

namespace {

EraError Invalid(std::string why) {
  return EraError{core::kInvalidParams, "Invalid requestState: " + std::move(why), nullptr};
}

}  // namespace

std::string_view PassedNameMember(std::string_view method) {
  if (method == "tools/call" || method == "prompts/get") return "name";
  if (method == "resources/read") return "uri";
  return {};
}

std::int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string SealPassedState(const PassedState& state, const RequestStateSigner& signer,
                            std::string_view principal) {
  json::object payload{{"m", state.method},
                       {"n", state.name},
                       {"s", state.server},
                       {"k", state.methods},
                       {"e", state.expires_ms},
                       {"r", state.round}};
  if (state.upstream_state) payload["u"] = *state.upstream_state;
  return signer.Seal(json::serialize(payload), principal);
}

boost::system::result<PassedState, EraError> OpenPassedState(std::string_view token,
                                                             const RequestStateSigner& signer,
                                                             std::string_view principal,
                                                             std::int64_t now_ms) {
  auto payload = signer.Unseal(token, principal);
  if (!payload) return Invalid("it fails its integrity check");
  boost::system::error_code error;
  json::value parsed = json::parse(*payload, error);
  if (error || !parsed.is_object()) return Invalid("malformed");
  const json::object& object = parsed.get_object();
  const json::value* method = object.if_contains("m");
  const json::value* name = object.if_contains("n");
  const json::value* server = object.if_contains("s");
  const json::value* methods = object.if_contains("k");
  const json::value* expires = object.if_contains("e");
  const json::value* upstream = object.if_contains("u");
  if (!method || !method->is_string() || !name || !name->is_string() || !server ||
      !server->is_string() || !methods || !methods->is_object() || !expires ||
      !expires->is_int64() || (upstream && !upstream->is_string()))
    return Invalid("malformed");
  for (const auto& member : methods->get_object())
    if (!member.value().is_string()) return Invalid("malformed");
  if (expires->get_int64() < now_ms) return Invalid("it has expired");
  PassedState state;
  state.method = method->get_string();
  state.name = name->get_string();
  state.server = server->get_string();
  state.methods = methods->get_object();
  state.expires_ms = expires->get_int64();
  if (const json::value* round = object.if_contains("r"); round && round->is_int64())
    state.round = static_cast<int>(round->get_int64());
  if (upstream) state.upstream_state = std::string(upstream->get_string());
  return state;
}

}  // namespace mcpgw::downstream::modern
