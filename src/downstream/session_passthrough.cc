// Session: the input_required pass-through (docs/protocol.md "Modern to modern"). A 2026-07-28
// upstream's input_required answer to a 2026-07-28 client's call is not bridged: the client gets
// the upstream's own inputRequests (after the response-path guards, Router::GuardInputRequests)
// and a sealed requestState (modern/passed_state.h) that carries the upstream's own state. The
// retry, on any session of the same principal, is checked, its inputResponses pass the
// request-path guards (Router::GuardInputResponses), the upstream's state is put back, and it is
// forwarded like any call. It reaches the same upstream: the seal binds the name, and the name
// must still route to the sealed server (Router::RoutedServer, checked again in the io_context
// turn that forwards it). A call gets at most SessionOptions::max_input_rounds rounds.
#include <spdlog/spdlog.h>

#include "audit/record_notes.h"
#include "downstream/modern/era_encoding.h"
#include "downstream/modern/input_requests.h"
#include "downstream/modern/passed_state.h"
#include "downstream/session.h"

namespace mcpgw::downstream {

namespace {

// The client capability an input request needs ("" for a method that needs none known).
std::string_view CapabilityFor(std::string_view method) {
  if (method == "sampling/createMessage") return "sampling";
  if (method == "elicitation/create") return "elicitation";
  if (method == "roots/list") return "roots";
  return {};
}

json::object ErrorAnswer(const json::value& id, json::object error) {
  return json::object{{"jsonrpc", "2.0"}, {"id", id}, {"error", std::move(error)}};
}

// Why a retry may not go where its sealed state says ("" when it may): the name must route to
// the sealed server now (a reload, a restart, a list change or a gate may have moved or removed
// it since the state was issued).
std::string RouteRefusal(const router::Router& router, const core::WireMessage& request,
                         const modern::PassedState& state) {
  const json::value* params = request.Tree().if_contains("params");
  const auto routed = router.RoutedServer(
      request.method(), params && params->is_object() ? params->get_object() : json::object());
  if (routed && *routed == state.server) return {};
  const std::string what = state.name.empty() ? state.method : "'" + state.name + "'";
  return "Invalid requestState: " + what + " no longer routes to server '" + state.server +
         "', which issued it (" +
         (routed ? "it now routes to server '" + *routed + "'" : std::string("it routes nowhere")) +
         "); call again without requestState";
}

}  // namespace

bool Session::PassInputRequired(InFlight& entry, const std::string& key,
                                core::WireMessage& response) {
  if (response.kind() != core::MessageKind::kResult) return false;
  const auto type = response.GetValue({"result", "resultType"});
  if (!type || !type->is_string() || type->get_string() != "input_required") return false;
  const json::value id = response.id();
  if (entry.input_rounds >= options_.max_input_rounds) {
    // One round more than the bound: nothing is shown, no state is sealed, so the upstream is
    // not called again for this call.
    RefuseInputRound(std::move(entry), id);
    return true;
  }
  json::object tree = std::move(response).TakeTree();
  json::object& result = tree["result"].as_object();
  json::object inputs;
  if (json::value* requests = result.if_contains("inputRequests"); requests && requests->is_object())
    inputs = std::move(requests->get_object());
  modern::PassedState state;
  if (const json::value* upstream_state = result.if_contains("requestState");
      upstream_state && upstream_state->is_string())
    state.upstream_state = std::string(upstream_state->get_string());
  // A question the client cannot answer is never shown: the call ends -32021, as on the bridge.
  for (const auto& [key, input] : inputs) {
    const json::object* request = input.if_object();
    const json::value* method = request ? request->if_contains("method") : nullptr;
    if (!method || !method->is_string()) continue;  // refused by the router's check below
    const std::string_view capability = CapabilityFor(method->get_string());
    if (capability.empty()) continue;
    bool declared = client_capabilities_.contains(capability);
    if (declared && capability == "elicitation") {
      const json::value* params = request->if_contains("params");
      const json::value* mode = params && params->is_object()
                                    ? params->get_object().if_contains("mode")
                                    : nullptr;
      const json::value* elicitation = client_capabilities_.if_contains("elicitation");
      if (mode && mode->is_string() && mode->get_string() == "url")
        declared = elicitation->is_object() && elicitation->get_object().contains("url");
    }
    if (!declared) {
      Answer(std::move(entry.record), std::move(entry.sink),
             core::MakeErrorResponse(
                 id, modern::kMissingRequiredClientCapability,
                 "Missing required client capability: " + std::string(capability),
                 json::object{{"requiredCapabilities",
                               json::object{{capability, json::object()}}}}));
      return true;
    }
    state.methods[key] = method->get_string();
  }
  const router::ForwardedRequest& forwarded = entry.forwarded.Effective();
  state.server = forwarded.upstream ? forwarded.upstream->name() : std::string();
  state.method = entry.method;
  state.name = entry.name;
  state.expires_ms = modern::NowMs() + modern::kPassedStateTtl.count();
  state.round = entry.input_rounds + 1;
  std::weak_ptr<Session> weak = shared_from_this();
  // The call carried an answer to every question (inputResponses without requestState: keys the
  // client knew in advance): they pass the request-path guards under the methods asked, and the
  // call goes back to the upstream with them and its state; keys nobody asked are dropped.
  bool answered = entry.preset_request.has_value() && !inputs.empty();
  for (const auto& [input_key, input] : inputs)
    answered = answered && entry.presets.contains(input_key) && state.methods.contains(input_key);
  if (answered) {
    json::object answers;
    for (const auto& [input_key, input] : inputs) answers[input_key] = entry.presets.at(input_key);
    spdlog::debug("session input_required answered from the call: {} server={} questions={}",
                  entry.method, state.server, answers.size());
    auto held = std::make_shared<core::WireMessage>(std::move(*entry.preset_request));
    auto sealed = std::make_shared<modern::PassedState>(std::move(state));
    router_.GuardInputResponses(
        shared_from_this(), sealed->server, std::move(answers), sealed->methods,
        [weak, held, key, sealed, record = entry.record, sink = entry.sink](
            json::object guarded, json::object error) mutable {
          if (auto self = weak.lock())
            self->ForwardGuardedRetry(std::move(*held), key, *sealed, std::move(record),
                                      std::move(sink), std::move(guarded), std::move(error));
        });
    return true;
  }
  spdlog::debug("session input_required passed through: {} server={} questions={}", entry.method,
                state.server, inputs.size());
  auto rest = std::make_shared<json::object>(std::move(tree));
  auto sealed = std::make_shared<modern::PassedState>(std::move(state));
  router_.GuardInputRequests(
      shared_from_this(), sealed->server, std::move(inputs),
      [weak, id, rest, sealed, record = entry.record, sink = entry.sink](
          json::object guarded, json::object error) mutable {
        auto self = weak.lock();
        if (!self) return;
        if (!error.empty()) {
          self->Answer(std::move(record), std::move(sink), ErrorAnswer(id, std::move(error)));
          return;
        }
        json::object& result = (*rest)["result"].as_object();
        result["inputRequests"] = std::move(guarded);
        result["requestState"] = modern::SealPassedState(
            *sealed, modern::ParkedCallsOf(self->router_).signer(),
            self->guard_session()->principal);
        self->Answer(std::move(record), std::move(sink), std::move(*rest));
      });
  return true;
}

void Session::ResumePassed(core::WireMessage request, const std::string& key,
                           std::shared_ptr<audit::CallRecord> record, Sink sink,
                           modern::RetryFields fields) {
  const json::value id = request.id();
  const std::string method(request.method());
  auto state = modern::OpenPassedState(fields.request_state,
                                       modern::ParkedCallsOf(router_).signer(),
                                       guard_session()->principal, modern::NowMs());
  std::string refusal;
  if (!state) {
    refusal = state.error().message;
  } else if (state->method != method) {
    refusal = "Invalid requestState: it belongs to a " + state->method + " request, not " + method;
  } else if (const std::string_view member = modern::PassedNameMember(method); !member.empty()) {
    const auto name = request.GetValue({"params", member});
    if (!name || !name->is_string() || name->get_string() != state->name)
      refusal = "Invalid requestState: it belongs to a call of another " + std::string(member);
  }
  if (refusal.empty()) refusal = RouteRefusal(router_, request, *state);
  if (!refusal.empty()) {
    Answer(std::move(record), std::move(sink),
           core::MakeErrorResponse(id, core::kInvalidParams, refusal));
    return;
  }
  if (state->round > options_.max_input_rounds) {  // sealed under a larger bound: fail closed
    InFlight refused;
    refused.method = method;
    refused.name = state->name;
    refused.input_rounds = state->round - 1;  // the round refused is the sealed one
    if (record) record->input_round = state->round;
    refused.record = std::move(record);
    refused.sink = std::move(sink);
    if (refused.method == "resources/read") refused.resource_uri = state->name;
    RefuseInputRound(std::move(refused), id);
    return;
  }
  std::weak_ptr<Session> weak = shared_from_this();
  auto held = std::make_shared<core::WireMessage>(std::move(request));
  auto sealed = std::make_shared<modern::PassedState>(std::move(*state));
  router_.GuardInputResponses(
      shared_from_this(), sealed->server, std::move(fields.input_responses), sealed->methods,
      [weak, held, key, sealed, record = std::move(record),
       sink = std::move(sink)](json::object guarded, json::object error) mutable {
        if (auto self = weak.lock())
          self->ForwardGuardedRetry(std::move(*held), key, *sealed, std::move(record),
                                    std::move(sink), std::move(guarded), std::move(error));
      });
}

void Session::ForwardGuardedRetry(core::WireMessage request, const std::string& key,
                                  const modern::PassedState& sealed,
                                  std::shared_ptr<audit::CallRecord> record, Sink sink,
                                  json::object guarded, json::object error) {
  const json::value id = request.id();
  if (closed_) {
    EndRecord(std::move(record), audit::Status::kSessionEnded);
    return;
  }
  if (!error.empty()) {
    Answer(std::move(record), std::move(sink), ErrorAnswer(id, std::move(error)));
    return;
  }
  // Again: a waiting guard may have let the routing change meanwhile. From here to the router's
  // HandleRequest nothing yields, so the route checked is the route taken.
  if (std::string moved = RouteRefusal(router_, request, sealed); !moved.empty()) {
    Answer(std::move(record), std::move(sink),
           core::MakeErrorResponse(id, core::kInvalidParams, moved));
    return;
  }
  if (in_flight_.count(key)) {  // the id was reused while the answers were guarded
    Answer(std::move(record), std::move(sink),
           core::MakeErrorResponse(id, core::kInvalidRequest,
                                   "request id " + key + " is already in flight"));
    return;
  }
  json::value& params = request.MutableTree()["params"];
  if (!params.is_object()) params = json::object();
  params.get_object()["inputResponses"] = std::move(guarded);
  if (sealed.upstream_state) params.get_object()["requestState"] = *sealed.upstream_state;
  if (record) record->input_round = sealed.round;  // audit; server and tool come from routing
  ForwardRequest(std::move(request), key, std::move(record), std::move(sink), {});
  if (auto it = in_flight_.find(key); it != in_flight_.end()) it->second.input_rounds = sealed.round;
}

void Session::RefuseInputRound(InFlight entry, const json::value& id) {
  const int bound = options_.max_input_rounds;
  spdlog::info("session input_required refused: method={} round={} bound={} "
               "reason=gateway.input_rounds_exceeded",
               entry.method, entry.input_rounds + 1, bound);
  if (entry.record) audit::NoteRefused(*entry.record, kInputRoundsExceeded);
  json::object answer = router::Router::RefusedResponse(
      entry.method, id, kInputRoundsExceeded,
      "the upstream still asked for input after " + std::to_string(bound) +
          " input_required round(s), the gateway's bound for one call (--max-input-rounds); the "
          "call ends here and the upstream is not called again for it",
      json::object{{"maxInputRounds", bound}});
  if (answer.contains("result")) modern::EncodeResponse(entry.method, entry.resource_uri, answer);
  Answer(std::move(entry.record), std::move(entry.sink), std::move(answer));
}

}  // namespace mcpgw::downstream
