#include "upstream/upstream.h"

namespace mcpgw::upstream {

const char* StateName(State state) {
  switch (state) {
    case State::kDisabled: return "disabled";
    case State::kBlocked: return "blocked";
    case State::kFailed:
      return "failed";
    case State::kInvalid: return "invalid";
    case State::kStarting: return "starting";
    case State::kActive: return "active";
    case State::kRestarting: return "restarting";
    case State::kStopped: return "stopped";
  }
  return "unknown";
}

const char* MetadataStatus(State state) {
  switch (state) {
    case State::kActive: return "active";
    case State::kBlocked: return "blocked";
    case State::kFailed:
    case State::kInvalid:
    case State::kRestarting: return "error";
    case State::kDisabled:
    case State::kStarting:
    case State::kStopped: return "inactive";
  }
  return "error";
}

void Complete(RequestCallbacks& callbacks, core::WireMessage response) {
  if (callbacks.on_wire_response) {
    callbacks.on_wire_response(std::move(response));
  } else if (callbacks.on_response) {
    callbacks.on_response(std::move(response).TakeTree());
  }
}

RequestId Upstream::Forward(core::WireMessage request, RequestCallbacks callbacks,
                            std::chrono::milliseconds timeout,
                            std::chrono::milliseconds max_timeout) {
  const std::string method(request.method());
  json::object body = std::move(request).TakeTree();
  json::value params = nullptr;
  if (json::value* p = body.if_contains("params")) params = std::move(*p);
  return Send(method, std::move(params), std::move(callbacks), timeout, max_timeout);
}

}  // namespace mcpgw::upstream
