// HttpTransport: lifecycle, mode, events and shutdown (see http_transport_impl.h).
#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>

#include "core/ascii_lower.h"
#include "core/json_rpc.h"
#include "upstream/http_transport_impl.h"

namespace mcpgw::upstream::internal {

std::string ContentType(const ResponseParser& parser) {
  return core::AsciiLower(parser.get()[bhttp::field::content_type]);
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::string DescribeError(const error_code& ec) {
  return ec == beast::error::timeout ? std::string("timed out") : ec.message();
}

std::string DescribeStatus(const ResponseParser& parser) {
  std::string text = "HTTP " + std::to_string(parser.get().result_int());
  const std::string_view reason = parser.get().reason();
  if (!reason.empty()) text += " " + std::string(reason);
  return text;
}

bool IsCleanEnd(const error_code& ec) {
  return ec == asio::error::eof || ec == bhttp::error::end_of_stream;
}

Result<bool> HttpTransport::Start(Events events) {
  auto endpoint = http::ParseEndpoint(options_.url);
  if (!endpoint) return endpoint.error();
  endpoint_ = *endpoint;
  if (endpoint_.tls) {
    auto context = http::MakeClientTlsContext(options_.ca_file);
    if (!context) return context.error();
    tls_ = *context;
  }
  events_ = std::move(events);
  started_ = true;
  switch (options_.transport) {
    case config::Transport::kSse:
      mode_ = Mode::kLegacy;
      Spawn(LegacyStream());
      break;
    case config::Transport::kHttpAuto:
      mode_ = Mode::kProbing;
      break;
    default:
      mode_ = Mode::kStreamable;
      break;
  }
  return true;
}

bool HttpTransport::Send(std::string text, OutgoingInfo info) {
  if (!started_ || failed_ || closing_) return false;
  Outgoing message{std::move(text),    std::move(info.id), info.is_request,
                   info.is_initialize, info.is_discover,   info.long_lived,
                   std::move(info.headers)};
  if (mode_ == Mode::kStreamable) {
    Spawn(StreamablePost(std::move(message), /*probe=*/false));
    return true;
  }
  if (mode_ == Mode::kProbing && !probing_) {
    probing_ = true;
    Spawn(StreamablePost(std::move(message), /*probe=*/true));
    return true;
  }
  if (mode_ == Mode::kLegacy && legacy_post_) {
    Spawn(LegacyPost(std::move(message)));
    return true;
  }
  if (queued_.size() >= kMaxQueued) return false;
  queued_.push_back(std::move(message));  // until the mode or the endpoint is known
  return true;
}

void HttpTransport::OnInitialized(std::string_view protocol_version) {
  protocol_version_ = protocol_version;
  initialized_ = true;
  if (mode_ == Mode::kStreamable && !get_stream_started_ && !closing_) {
    get_stream_started_ = true;
    Spawn(GetStream());
  }
}

void HttpTransport::Abandon(std::int64_t request_id) {
  auto it = exchanges_.find(request_id);
  if (it == exchanges_.end()) return;
  auto conn = it->second.lock();
  exchanges_.erase(it);
  abandoned_.insert(request_id);
  if (conn) {
    spdlog::debug("upstream name={} request id={} abandoned: its exchange is closed", name_,
                  request_id);
    conn->Close();  // the exchange's coroutine wakes with an error and ends quietly
  }
}

void HttpTransport::Shutdown(milliseconds grace) {
  if (!started_ || closing_) return;
  closing_ = true;
  Spawn(Close(grace));
}

void HttpTransport::Spawn(asio::awaitable<void> task) {
  auto self = shared_from_this();
  asio::post(io_, [self, task = std::move(task)]() mutable {
    asio::co_spawn(self->io_, std::move(task), [self](std::exception_ptr error) {
      if (!error) return;
      try {
        std::rethrow_exception(error);
      } catch (const std::exception& e) {
        spdlog::error("upstream name={} http transport: unexpected error: {}", self->name_,
                      e.what());
      } catch (...) {
        spdlog::error("upstream name={} http transport: unexpected error", self->name_);
      }
      self->Failed("internal error in the HTTP transport");
    });
  });
}

void HttpTransport::Deliver(std::string_view text) {
  if (Live() && events_.on_message) events_.on_message(text);
}

void HttpTransport::DeliverError(const json::value& id, const std::string& what) {
  Deliver(core::Serialize(core::MakeErrorResponse(id, core::kUpstreamUnavailable,
                                                  "upstream '" + name_ + "': " + what)));
}

void HttpTransport::Oversize(std::size_t size, std::string_view head, std::string_view tail) {
  if (Live() && events_.on_oversize) events_.on_oversize(size, head, tail);
}

void HttpTransport::Failed(std::string reason) {
  if (failed_ || closing_) return;
  failed_ = true;
  if (events_.on_failed) events_.on_failed(std::move(reason));
}

void HttpTransport::OnPostFailure(const Outgoing& message, const std::string& reason) {
  if (closing_ || failed_) return;
  ++consecutive_failures_;
  spdlog::warn("upstream name={} url={} POST failed: {}", name_, display_url_, reason);
  if (!initialized_ || consecutive_failures_ >= kMaxConsecutiveFailures) {
    Failed(reason);
    return;
  }
  if (message.is_request) DeliverError(message.id, reason);
}

asio::awaitable<void> HttpTransport::Close(milliseconds grace) {
  retry_timer_.cancel();
  while (!slot_waiters_.empty()) WakeSlotWaiter();
  for (const auto& conn : live_) conn->Close();
  live_.clear();
  for (const auto& conn : idle_) conn->Close();
  idle_.clear();
  queued_.clear();
  if (mode_ == Mode::kStreamable && !session_id_.empty()) {
    // End the session on the server; 405 (not allowed) and any failure are fine.
    WireRequest request = MakeRequest(bhttp::verb::delete_, endpoint_);
    auto opened = co_await Connection::Open(endpoint_, tls_, grace);
    if (opened) {
      std::shared_ptr<Connection> conn = *opened;
      ResponseParser parser;
      error_code ec = co_await conn->Write(request, grace);
      if (!ec) ec = co_await conn->ReadHeader(parser, grace);
      spdlog::debug("upstream name={} session DELETE: {}", name_,
                    ec ? DescribeError(ec) : DescribeStatus(parser));
      conn->Close();
    }
  }
  closed_ = true;
  Events events = std::move(events_);
  events_ = {};
  if (events.on_closed) events.on_closed("session closed");
}

}  // namespace mcpgw::upstream::internal

namespace mcpgw::upstream {

std::shared_ptr<UpstreamTransport> MakeHttpTransport(boost::asio::io_context& io,
                                                     std::string server_name,
                                                     HttpTransportOptions options) {
  return std::make_shared<internal::HttpTransport>(io, std::move(server_name), std::move(options));
}

}  // namespace mcpgw::upstream
