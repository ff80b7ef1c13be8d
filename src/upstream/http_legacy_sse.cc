// HttpTransport: legacy HTTP+SSE, the GET stream, its endpoint event, POSTs to it (see
// http_transport_impl.h).
#include <spdlog/spdlog.h>

#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>

#include "upstream/http_transport_impl.h"

namespace mcpgw::upstream::internal {

void HttpTransport::SwitchToLegacy(Outgoing initialize, const std::string& why) {
  spdlog::info(
      "upstream name={} url={} answered {} to a Streamable HTTP initialize; trying the "
      "legacy HTTP+SSE transport",
      name_, display_url_, why);
  mode_ = Mode::kLegacy;
  queued_.push_front(std::move(initialize));
  Spawn(LegacyStream());
}

void HttpTransport::FlushQueue() {
  auto queued = std::move(queued_);
  queued_.clear();
  for (Outgoing& message : queued) {
    if (mode_ == Mode::kLegacy)
      Spawn(LegacyPost(std::move(message)));
    else
      Spawn(StreamablePost(std::move(message), /*probe=*/false));
  }
}

void HttpTransport::OnEndpoint(std::string_view data) {
  if (legacy_post_) return;  // only the first endpoint event counts
  auto base = boost::urls::parse_uri(options_.url);
  auto ref = boost::urls::parse_uri_reference(data);
  boost::urls::url resolved;
  if (!base || !ref || !boost::urls::resolve(*base, *ref, resolved)) {
    Failed("the SSE endpoint event holds an invalid URL");
    return;
  }
  auto endpoint = http::ParseEndpoint(resolved.buffer());
  if (!endpoint || endpoint->Origin() != endpoint_.Origin()) {
    Failed("the SSE endpoint event names another origin; refused");
    return;
  }
  legacy_post_ = *endpoint;
  FlushQueue();
}

asio::awaitable<void> HttpTransport::LegacyStream() {
  auto opened = co_await Connection::Open(endpoint_, tls_, options_.connect_timeout);
  if (closing_) {
    if (opened) (*opened)->Close();
    co_return;
  }
  if (!opened) {
    Failed(opened.error().message);
    co_return;
  }
  std::shared_ptr<Connection> conn = *opened;
  live_.insert(conn);
  WireRequest request = MakeRequest(bhttp::verb::get, endpoint_);
  request.set(bhttp::field::accept, "text/event-stream");
  request.set(bhttp::field::cache_control, "no-cache");
  ResponseParser parser;
  parser.body_limit(boost::none);
  error_code ec = co_await conn->Write(request, options_.request_timeout);
  if (!ec) ec = co_await conn->ReadHeader(parser, options_.request_timeout);
  if (closing_) {
    Drop(conn);
    co_return;
  }
  if (ec) {
    Drop(conn);
    Failed("SSE stream failed: " + DescribeError(ec));
    co_return;
  }
  if (parser.get().result_int() != 200 || !StartsWith(ContentType(parser), "text/event-stream")) {
    Drop(conn);
    Failed("SSE stream refused: " + DescribeStatus(parser) +
           (parser.get().result_int() == 200 ? " with content type " + ContentType(parser)
                                             : std::string()));
    co_return;
  }
  core::SseParser sse(options_.max_message_size);
  ec = co_await ReadEvents(*conn, parser, sse, [&](const core::SseEvent& event) {
    if (event.type == "endpoint") {
      OnEndpoint(event.data);
    } else if (event.type == "message" && !event.data.empty()) {
      Deliver(event.data);
    }
  });
  Drop(conn);
  if (!closing_) Failed(ec ? "SSE stream failed: " + DescribeError(ec) : "SSE stream ended");
}

asio::awaitable<void> HttpTransport::LegacyPost(Outgoing message) {
  ExchangeScope scope{*this, ExchangeKey(message)};
  WireRequest request = MakeRequest(bhttp::verb::post, *legacy_post_);
  request.set(bhttp::field::content_type, "application/json");
  request.body() = message.text;
  request.prepare_payload();
  std::optional<Reply> reply = co_await PostExchange(*legacy_post_, request, message);
  if (!reply) co_return;
  const int status = static_cast<int>(reply->parser->get().result_int());
  if (status >= 200 && status < 300) {
    co_await DrainAndRelease(*reply);  // the answer comes on the stream
    co_return;
  }
  const std::string what = "upstream answered " + DescribeStatus(*reply->parser);
  Drop(reply->conn);
  if (message.is_request) DeliverError(message.id, what);
}

}  // namespace mcpgw::upstream::internal
