// HttpTransport: Streamable HTTP POSTs, the session, the resumable GET stream (see
// http_transport_impl.h).
#include <spdlog/spdlog.h>

#include <algorithm>

#include "upstream/http_transport_impl.h"

namespace mcpgw::upstream::internal {

asio::awaitable<void> HttpTransport::StreamablePost(Outgoing message, bool probe) {
  ExchangeScope scope{*this, ExchangeKey(message)};
  WireRequest request = MakeRequest(bhttp::verb::post, endpoint_);
  request.set(bhttp::field::content_type, "application/json");
  request.set(bhttp::field::accept, "application/json, text/event-stream");
  for (const auto& [name, value] : message.headers) request.set(name, value);
  request.body() = message.text;
  request.prepare_payload();
  std::optional<Reply> reply = co_await PostExchange(endpoint_, request, message);
  if (!reply) co_return;
  const ResponseParser& parser = *reply->parser;
  const int status = static_cast<int>(parser.get().result_int());
  if (probe && message.is_discover) {
    // The era probe: a 4xx means a legacy server, not a legacy transport; the initialize that
    // follows probes the transport.
    probing_ = false;
    if (status >= 200 && status < 300) {
      mode_ = Mode::kStreamable;
      FlushQueue();
    }
  } else if (probe) {
    if (status == 400 || status == 404 || status == 405) {
      Drop(reply->conn);
      SwitchToLegacy(std::move(message), DescribeStatus(parser));
      co_return;
    }
    mode_ = Mode::kStreamable;
    FlushQueue();
  }
  if (status == 404 && !session_id_.empty() && !message.is_initialize) {
    Drop(reply->conn);
    session_id_.clear();  // gone on the server: nothing to DELETE
    Failed("session expired (HTTP 404)");
    co_return;
  }
  if (status < 200 || status >= 300) {
    const std::string what = "upstream answered " + DescribeStatus(parser);
    if (message.long_lived && StartsWith(ContentType(parser), "application/json")) {
      // A listen's refusal: the server's own error (-32601 for "no listen") decides what the
      // protocol layer does next, not the status.
      const json::value id = message.id;
      co_await ReadJsonBody(std::move(*reply), std::move(message));
      if (!closing_) DeliverError(id, what);  // ignored when the body answered it
      co_return;
    }
    Drop(reply->conn);
    if (message.is_request) {
      DeliverError(message.id, what);
    } else {
      spdlog::warn("upstream name={} url={} {} to a notification or response", name_, display_url_,
                   what);
    }
    co_return;
  }
  if (message.is_initialize) {
    const std::string_view session = parser.get()["Mcp-Session-Id"];
    if (!session.empty()) session_id_ = session;
  }
  const std::string type = ContentType(parser);
  if (status == 202 || status == 204 ||
      (!StartsWith(type, "text/event-stream") && !StartsWith(type, "application/json"))) {
    co_await DrainAndRelease(*reply);
    if (message.is_request && (message.long_lived || (status != 202 && status != 204)))
      DeliverError(message.id, "upstream answered with an unexpected content type");
    co_return;
  }
  if (StartsWith(type, "application/json")) {
    const json::value id = message.id;
    const bool long_lived = message.long_lived;
    co_await ReadJsonBody(std::move(*reply), std::move(message));
    if (long_lived && !closing_) DeliverError(id, "the listen was answered at once");
    co_return;
  }
  core::SseParser sse(options_.max_message_size);
  bool answered = false;
  // A silent answer stream is given up after request_timeout (the protocol layer's deadline
  // usually abandons it first); a listen's stream is meant to stay open and has no idle bound.
  const error_code ec = co_await ReadEvents(
      *reply->conn, *reply->parser, sse,
      [&](const core::SseEvent& event) {
        if (event.type != "message" || event.data.empty()) return;
        answered = true;
        Deliver(event.data);
      },
      message.long_lived ? std::nullopt : std::optional<milliseconds>(options_.request_timeout));
  if (closing_ || Abandoned(message)) {
    Drop(reply->conn);
    co_return;
  }
  if (ec) {
    Drop(reply->conn);
    // Answered already? Then the protocol layer ignores this error for a finished id.
    if (message.is_request)
      DeliverError(message.id, "the response stream broke: " + DescribeError(ec));
    co_return;
  }
  Release(reply->conn, *reply->parser);
  // A listen's stream carries notifications before its answer: its end is always reported
  // (ignored by the protocol layer when the answer came).
  if (message.is_request && (!answered || message.long_lived))
    DeliverError(message.id, "the response stream ended without a response");
}

asio::awaitable<void> HttpTransport::GetStream() {
  milliseconds backoff = kStreamInitialBackoff;
  while (!closing_ && !failed_) {
    bool heard = false;
    auto opened = co_await Connection::Open(endpoint_, tls_, options_.connect_timeout);
    if (closing_) {
      if (opened) (*opened)->Close();
      co_return;
    }
    if (opened) {
      std::shared_ptr<Connection> conn = *opened;
      live_.insert(conn);
      WireRequest request = MakeRequest(bhttp::verb::get, endpoint_);
      request.set(bhttp::field::accept, "text/event-stream");
      if (!last_event_id_.empty()) request.set("Last-Event-ID", last_event_id_);
      ResponseParser parser;
      parser.body_limit(boost::none);
      error_code ec = co_await conn->Write(request, options_.request_timeout);
      if (!ec) ec = co_await conn->ReadHeader(parser, options_.request_timeout);
      if (closing_) {
        Drop(conn);
        co_return;
      }
      const int status = ec ? 0 : static_cast<int>(parser.get().result_int());
      if (status == 405) {
        Drop(conn);
        spdlog::debug("upstream name={} offers no GET stream (HTTP 405)", name_);
        co_return;
      }
      if (status == 404 && !session_id_.empty()) {
        Drop(conn);
        session_id_.clear();
        Failed("session expired (HTTP 404 on the GET stream)");
        co_return;
      }
      if (status == 200 && StartsWith(ContentType(parser), "text/event-stream")) {
        core::SseParser sse(options_.max_message_size);
        ec = co_await ReadEvents(*conn, parser, sse, [&](const core::SseEvent& event) {
          heard = true;
          last_event_id_ = sse.last_event_id();
          if (event.type == "message" && !event.data.empty()) Deliver(event.data);
        });
        if (sse.retry_ms())
          retry_hint_ = milliseconds(std::min<std::uint64_t>(*sse.retry_ms(), 600'000));
      } else if (status >= 400 && status < 500) {
        Drop(conn);
        spdlog::warn(
            "upstream name={} refused the GET stream ({}); no server-initiated "
            "messages",
            name_, DescribeStatus(parser));
        co_return;
      }
      Drop(conn);
    }
    if (closing_ || failed_) co_return;
    if (heard) backoff = kStreamInitialBackoff;
    const milliseconds wait = retry_hint_.count() > 0 ? std::max(retry_hint_, backoff) : backoff;
    spdlog::debug("upstream name={} GET stream reconnects in {} ms", name_, wait.count());
    retry_timer_.expires_after(wait);
    co_await retry_timer_.async_wait(kUseTuple);
    backoff = std::min(backoff * 2, kStreamMaxBackoff);
  }
}

}  // namespace mcpgw::upstream::internal
