#include "audit/call_record.h"

namespace mcpgw::audit {

std::string_view DecisionName(Decision d) {
  switch (d) {
    case Decision::kAllowed: return "allowed";
    case Decision::kMasked: return "masked";
    case Decision::kBlocked: return "blocked";
  }
  return "allowed";
}

std::string_view StatusName(Status s) {
  switch (s) {
    case Status::kOk: return "ok";
    case Status::kToolError: return "tool_error";
    case Status::kError: return "error";
    case Status::kCancelled: return "cancelled";
    case Status::kTimedOut: return "timed_out";
    case Status::kSessionEnded: return "session_ended";
  }
  return "ok";
}

}  // namespace mcpgw::audit
