// HttpTransport: connections and one request/response exchange (see http_transport_impl.h).
#include <spdlog/spdlog.h>

#include <algorithm>
#include <iterator>

#include "upstream/http_transport_impl.h"

namespace mcpgw::upstream::internal {

WireRequest HttpTransport::MakeRequest(bhttp::verb verb, const http::Endpoint& endpoint) const {
  WireRequest request{verb, endpoint.target, 11};
  request.set(bhttp::field::host, endpoint.HostHeader());
  request.set(bhttp::field::user_agent, "mcp-gateway/" MCPGW_VERSION);
  for (const auto& [name, value] : options_.headers) {
    // Config is trusted, but a CR or LF would split the header block: never send one.
    if (name.find_first_of("\r\n:") != std::string::npos ||
        value.find_first_of("\r\n") != std::string::npos)
      continue;
    request.set(name, value);
  }
  if (mode_ != Mode::kLegacy) {
    if (!session_id_.empty()) request.set("Mcp-Session-Id", session_id_);
    if (!protocol_version_.empty()) request.set("MCP-Protocol-Version", protocol_version_);
  }
  return request;
}

std::shared_ptr<Connection> HttpTransport::TakeIdle(const http::Endpoint& endpoint) {
  const std::string origin = endpoint.Origin();
  for (auto it = idle_.rbegin(); it != idle_.rend(); ++it) {
    if ((*it)->endpoint().Origin() != origin) continue;
    auto conn = *it;
    idle_.erase(std::next(it).base());
    return conn;
  }
  return nullptr;
}

void HttpTransport::Drop(const std::shared_ptr<Connection>& conn) {
  live_.erase(conn);
  conn->Close();
  WakeSlotWaiter();
}

asio::awaitable<bool> HttpTransport::WaitForSlot() {
  const auto deadline = std::chrono::steady_clock::now() + options_.request_timeout;
  while (live_.size() >= options_.max_connections && !closing_) {
    asio::steady_timer wait(io_);
    wait.expires_at(deadline);
    slot_waiters_.push_back(&wait);
    auto [ec] = co_await wait.async_wait(kUseTuple);
    std::erase(slot_waiters_, &wait);
    if (!ec) co_return false;  // the deadline passed
  }
  co_return !closing_;
}

void HttpTransport::WakeSlotWaiter() {
  if (slot_waiters_.empty()) return;
  slot_waiters_.front()->cancel();
  slot_waiters_.pop_front();
}

bool HttpTransport::Abandoned(const Outgoing& message) const {
  return message.is_request && message.id.is_int64() &&
         abandoned_.count(message.id.get_int64()) > 0;
}

std::optional<std::int64_t> HttpTransport::ExchangeKey(const Outgoing& message) const {
  if (!message.is_request || !message.id.is_int64()) return std::nullopt;
  return message.id.get_int64();
}

void HttpTransport::Release(const std::shared_ptr<Connection>& conn, const ResponseParser& parser) {
  live_.erase(conn);
  WakeSlotWaiter();
  if (!closing_ && parser.is_done() && parser.get().keep_alive() && !conn->closed() &&
      idle_.size() < kMaxIdleConnections) {
    idle_.push_back(conn);
  } else {
    conn->Close();
  }
}

asio::awaitable<Result<HttpTransport::Reply>> HttpTransport::Exchange(
    const http::Endpoint& endpoint, WireRequest& request, const Outgoing* message) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::shared_ptr<Connection> conn = attempt == 0 ? TakeIdle(endpoint) : nullptr;
    const bool reused = conn != nullptr;
    if (!conn && live_.size() >= options_.max_connections) {
      // Backpressure: wait for a connection to be released, at most request_timeout.
      if (!co_await WaitForSlot()) {
        co_return MakeError("more than " + std::to_string(options_.max_connections) +
                            " concurrent exchanges with " + endpoint.Origin());
      }
      conn = TakeIdle(endpoint);
    }
    if (message && Abandoned(*message)) co_return MakeError("abandoned");
    if (!conn) {
      auto opened = co_await Connection::Open(endpoint, tls_, options_.connect_timeout);
      if (!opened) co_return opened.error();
      conn = *opened;
    }
    if (closing_) {
      conn->Close();
      co_return MakeError("shutting down");
    }
    live_.insert(conn);
    if (message && message->is_request && message->id.is_int64())
      exchanges_[message->id.get_int64()] = conn;
    auto parser = std::make_unique<ResponseParser>();
    parser->body_limit(boost::none);  // bounded by our own reading loops
    parser->header_limit(64 * 1024);
    error_code ec = co_await conn->Write(request, options_.request_timeout);
    if (!ec) ec = co_await conn->ReadHeader(*parser, options_.request_timeout);
    if (!ec) co_return Reply{conn, std::move(parser)};
    Drop(conn);
    if (message && Abandoned(*message)) co_return MakeError("abandoned");
    if (reused && !closing_ && ec != beast::error::timeout) continue;  // a stale idle connection
    co_return MakeError(
        (ec == beast::error::timeout ? "no response in time from " : "exchange with ") +
        endpoint.Origin() + " failed: " + DescribeError(ec));
  }
  co_return MakeError("unreachable");
}

asio::awaitable<void> HttpTransport::DrainAndRelease(Reply& reply) {
  std::unique_ptr<char[]> buffer(new char[kReadChunk]);
  std::size_t total = 0;
  while (!reply.parser->is_done() && total <= kMaxDrainedBody) {
    auto [ec, n] = co_await reply.conn->ReadBody(*reply.parser, buffer.get(), kReadChunk,
                                                 options_.request_timeout);
    total += n;
    if (ec) break;
  }
  Release(reply.conn, *reply.parser);
}

asio::awaitable<std::optional<HttpTransport::Reply>> HttpTransport::PostExchange(
    const http::Endpoint& endpoint, WireRequest& request, const Outgoing& message) {
  auto reply = co_await Exchange(endpoint, request, &message);
  if (closing_ || Abandoned(message)) {
    if (reply) Drop(reply->conn);
    co_return std::nullopt;
  }
  if (!reply) {
    OnPostFailure(message, reply.error().message);
    co_return std::nullopt;
  }
  consecutive_failures_ = 0;
  co_return std::move(*reply);
}

}  // namespace mcpgw::upstream::internal
