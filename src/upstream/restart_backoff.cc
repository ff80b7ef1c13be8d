#include "upstream/restart_backoff.h"

#include <algorithm>

namespace mcpgw::upstream {

std::chrono::milliseconds RestartBackoff::Next() {
  const int shift = std::min(attempts_, 20);  // 2^20 times any sane initial delay is past max
  ++attempts_;
  return std::min<std::chrono::milliseconds>(initial_ * (1LL << shift), max_);
}

void RestartBackoff::OnActiveRunEnded(std::chrono::milliseconds active_for) {
  if (active_for >= stable_after_) attempts_ = 0;
}

}  // namespace mcpgw::upstream
