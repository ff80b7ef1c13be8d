// RestartBackoff: how long an upstream waits before its next restart. The delay starts at
// `initial`, doubles with every consecutive failure up to `max`, and starts over once a run has
// stayed active for `stable_after` (a server that crashes once a day restarts at once; one that
// crashes at every start is not restarted in a tight loop).
//
// Threading: none (a value owned by one upstream). Pure arithmetic: no clock is read.
#pragma once

#include <chrono>

namespace mcpgw::upstream {

class RestartBackoff {
 public:
  RestartBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max,
                 std::chrono::milliseconds stable_after)
      : initial_(initial), max_(max), stable_after_(stable_after) {}

  // The delay before the next restart; each call counts one more consecutive failure.
  std::chrono::milliseconds Next();

  // A run that had become active ended after `active_for`: a run at least `stable_after` long
  // resets the delay to `initial`.
  void OnActiveRunEnded(std::chrono::milliseconds active_for);

  // Consecutive failures counted since the last reset.
  int attempts() const { return attempts_; }

 private:
  std::chrono::milliseconds initial_;
  std::chrono::milliseconds max_;
  std::chrono::milliseconds stable_after_;
  int attempts_ = 0;
};

}  // namespace mcpgw::upstream
