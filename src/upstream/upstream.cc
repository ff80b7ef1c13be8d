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

}  // namespace mcpgw::upstream
