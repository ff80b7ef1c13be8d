#include "downstream/modern/listen_quota.h"

#include "router/router.h"

namespace mcpgw::downstream::modern {

std::unique_ptr<ListenQuota::Ticket> ListenQuota::TryAcquire(const std::string& principal) {
  std::size_t& count = open_[principal];
  if (count >= per_principal_) {
    if (count == 0) open_.erase(principal);
    return nullptr;
  }
  ++count;
  return std::make_unique<Ticket>(shared_from_this(), principal);
}

std::size_t ListenQuota::open(const std::string& principal) const {
  auto it = open_.find(principal);
  return it == open_.end() ? 0 : it->second;
}

void ListenQuota::Release(const std::string& principal) {
  auto it = open_.find(principal);
  if (it == open_.end()) return;
  if (--it->second == 0) open_.erase(it);
}

std::shared_ptr<ListenQuota> ListenQuotaOf(router::Router& router) {
  std::shared_ptr<void>& slot = router.listen_state();
  if (!slot) slot = std::make_shared<ListenQuota>();
  return std::static_pointer_cast<ListenQuota>(slot);
}

}  // namespace mcpgw::downstream::modern
