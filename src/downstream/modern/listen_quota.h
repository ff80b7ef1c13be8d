// ListenQuota: how many subscriptions/listen streams each principal holds open across every
// session of the gateway (stateless HTTP opens a session per listen, so a per-session bound
// alone would not hold a client back). One per router (ListenQuotaOf).
//
// Threading: io_context thread only. Lifetime: shared by the router's listen slot and every
// Ticket (a session may outlive the router); a Ticket gives its place back when destroyed.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>

namespace mcpgw::router {
class Router;
}

namespace mcpgw::downstream::modern {

// Open listens per principal ("" without authentication: every unauthenticated client shares
// it) and per session.
inline constexpr std::size_t kMaxListensPerPrincipal = 32;
inline constexpr std::size_t kMaxListensPerSession = 8;

class ListenQuota : public std::enable_shared_from_this<ListenQuota> {
 public:
  explicit ListenQuota(std::size_t per_principal = kMaxListensPerPrincipal)
      : per_principal_(per_principal) {}

  // One open listen's place; gives it back when destroyed.
  class Ticket {
   public:
    Ticket(std::shared_ptr<ListenQuota> quota, std::string principal)
        : quota_(std::move(quota)), principal_(std::move(principal)) {}
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;
    ~Ticket() { quota_->Release(principal_); }

   private:
    std::shared_ptr<ListenQuota> quota_;
    std::string principal_;
  };

  // A place for one more listen of `principal`, or null when it holds per_principal already.
  // The quota must be owned by a shared_ptr.
  std::unique_ptr<Ticket> TryAcquire(const std::string& principal);
  std::size_t open(const std::string& principal) const;
  std::size_t per_principal() const { return per_principal_; }

 private:
  void Release(const std::string& principal);

  std::size_t per_principal_;
  std::unordered_map<std::string, std::size_t> open_;
};

// The router's quota, created on first use.
std::shared_ptr<ListenQuota> ListenQuotaOf(router::Router& router);

}  // namespace mcpgw::downstream::modern
