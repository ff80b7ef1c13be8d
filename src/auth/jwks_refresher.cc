#include "auth/jwks_refresher.h"

#include "http_client/http_fetch.h"

#include <boost/asio/io_context.hpp>
#include <spdlog/spdlog.h>

namespace mcpgw::auth {

namespace {

http::Request JwksRequest(const std::string& url) {
  http::Request request;
  request.url = url;
  request.headers = {{"Accept", "application/json"}};
  request.max_body = 1024 * 1024;
  return request;
}

Result<std::string> BodyOf(Result<http::Response> response, const std::string& url) {
  if (!response) return MakeError("cannot fetch JWKS from " + url + ": " + response.error().message);
  if (response->status != 200) {
    return MakeError("cannot fetch JWKS from " + url + ": HTTP status " +
                     std::to_string(response->status));
  }
  return std::move(response->body);
}

}  // namespace

Result<std::string> FetchJwksNow(const std::string& url) {
  boost::asio::io_context io;
  Result<std::string> result = MakeError("cannot fetch JWKS from " + url + ": no answer");
  http::Fetch(io, JwksRequest(url),
              [&](Result<http::Response> response) { result = BodyOf(std::move(response), url); });
  io.run();
  return result;
}

JwksRefresher::JwksRefresher(boost::asio::io_context& io, std::string url,
                             std::shared_ptr<const Authenticator> authenticator,
                             std::chrono::seconds interval, std::chrono::seconds min_interval)
    : io_(io),
      url_(std::move(url)),
      authenticator_(std::move(authenticator)),
      interval_(interval),
      min_interval_(min_interval),
      timer_(io),
      last_fetch_(std::chrono::steady_clock::now()) {}

void JwksRefresher::Start() { Schedule(); }

void JwksRefresher::Schedule() {
  timer_.expires_after(interval_);
  std::weak_ptr<JwksRefresher> weak = shared_from_this();
  timer_.async_wait([weak](boost::system::error_code ec) {
    if (auto self = weak.lock(); self && !ec) {
      self->Fetch();
      self->Schedule();
    }
  });
}

void JwksRefresher::RequestRefresh() {
  if (fetching_ || std::chrono::steady_clock::now() - last_fetch_ < min_interval_) return;
  Fetch();
}

void JwksRefresher::Fetch() {
  if (fetching_) return;
  fetching_ = true;
  last_fetch_ = std::chrono::steady_clock::now();
  std::weak_ptr<JwksRefresher> weak = shared_from_this();
  http::Fetch(io_, JwksRequest(url_), [weak](Result<http::Response> response) {
    auto self = weak.lock();
    if (!self) return;
    self->fetching_ = false;
    auto body = BodyOf(std::move(response), self->url_);
    if (!body) {
      spdlog::warn("auth JWKS refresh failed; keeping the current keys: {}", body.error().message);
      return;
    }
    auto updated = self->authenticator_->UpdateJwks(*body);
    if (!updated) {
      spdlog::warn("auth JWKS refresh refused; keeping the current keys: {}",
                   updated.error().message);
    } else if (*updated) {
      spdlog::info("auth JWKS keys updated from the issuer");
    }
  });
}

}  // namespace mcpgw::auth
