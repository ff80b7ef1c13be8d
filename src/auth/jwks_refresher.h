// JwksRefresher: keeps an Authenticator's keys in step with the issuer's JWKS URL: a fetch
// every `interval`, and an earlier one on demand (a token named an unknown key: the issuer may
// have rotated) at most once per `min_interval`. A failed fetch keeps the current keys and is
// logged.
//
// Threading: io_context thread only. Lifetime: create with std::make_shared; timers hold weak
// references, so destroying it stops the refreshing.
#pragma once

#include "auth/authenticator.h"

#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <memory>
#include <string>

namespace boost::asio {
class io_context;
}

namespace mcpgw::auth {

class JwksRefresher : public std::enable_shared_from_this<JwksRefresher> {
 public:
  JwksRefresher(boost::asio::io_context& io, std::string url,
                std::shared_ptr<const Authenticator> authenticator,
                std::chrono::seconds interval = std::chrono::minutes(10),
                std::chrono::seconds min_interval = std::chrono::minutes(1));

  // Schedules the periodic refresh.
  void Start();
  // Refetches now unless a fetch ran within min_interval.
  void RequestRefresh();

 private:
  void Fetch();
  void Schedule();

  boost::asio::io_context& io_;
  std::string url_;
  std::shared_ptr<const Authenticator> authenticator_;
  std::chrono::seconds interval_;
  std::chrono::seconds min_interval_;
  boost::asio::steady_timer timer_;
  std::chrono::steady_clock::time_point last_fetch_{};
  bool fetching_ = false;
};

// Fetches a JWKS document synchronously (its own short-lived io_context): for start-up, before
// the gateway serves anything. Errors: network/TLS failures, a non-200 status.
Result<std::string> FetchJwksNow(const std::string& url);

}  // namespace mcpgw::auth
