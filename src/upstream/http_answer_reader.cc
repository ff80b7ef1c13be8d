// HttpTransport: reading an answer, an event stream or a JSON body (see http_transport_impl.h).
#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json/serialize.hpp>

#include "core/json_rpc.h"
#include "upstream/http_transport_impl.h"

namespace mcpgw::upstream::internal {

asio::awaitable<error_code> HttpTransport::ReadEvents(
    Connection& conn, ResponseParser& parser, core::SseParser& sse,
    const std::function<void(const core::SseEvent&)>& on_event,
    std::optional<milliseconds> idle_timeout) {
  std::unique_ptr<char[]> buffer(new char[kReadChunk]);
  auto on_oversize = [&](std::size_t dropped) {
    spdlog::warn("upstream name={} sent an event of {} bytes, over the limit of {}", name_, dropped,
                 options_.max_message_size);
    Oversize(dropped, sse.dropped_head(), sse.dropped_tail());
  };
  while (!parser.is_done()) {
    auto [ec, n] = co_await conn.ReadBody(parser, buffer.get(), kReadChunk, idle_timeout);
    if (closing_) co_return asio::error::operation_aborted;
    if (n > 0) sse.Feed(std::string_view(buffer.get(), n), on_event, on_oversize);
    if (closing_) co_return asio::error::operation_aborted;
    if (ec) co_return IsCleanEnd(ec) ? error_code() : ec;
  }
  co_return error_code();
}

asio::awaitable<void> HttpTransport::ReadJsonBody(Reply reply, Outgoing message) {
  std::unique_ptr<char[]> buffer(new char[kReadChunk]);
  std::string body;
  std::string head;
  std::string tail;
  std::size_t total = 0;
  bool over = false;
  constexpr std::size_t kSniff = core::SseParser::kSniffBytes;
  while (!reply.parser->is_done()) {
    auto [ec, n] = co_await reply.conn->ReadBody(*reply.parser, buffer.get(), kReadChunk,
                                                 options_.request_timeout);
    const std::string_view piece(buffer.get(), n);
    total += n;
    if (!over) {
      body.append(piece);
      if (total > options_.max_message_size) {  // keep only head and tail from now on
        over = true;
        head = body.substr(0, kSniff);
        tail = body.substr(body.size() - std::min(kSniff, body.size()));
        body.clear();
        body.shrink_to_fit();
      }
    } else {
      tail.append(piece);
      if (tail.size() > kSniff) tail.erase(0, tail.size() - kSniff);
    }
    if (closing_) co_return;
    if (ec && IsCleanEnd(ec)) break;
    if (ec) {
      Drop(reply.conn);
      if (message.is_request)
        DeliverError(message.id, "reading the response failed: " + DescribeError(ec));
      co_return;
    }
  }
  Release(reply.conn, *reply.parser);
  if (over) {
    spdlog::warn("upstream name={} answered with {} bytes, over the limit of {}", name_, total,
                 options_.max_message_size);
    Oversize(total, head, tail);
    co_return;
  }
  DeliverBody(body, message);
}

void HttpTransport::DeliverBody(std::string_view body, const Outgoing& message) {
  const std::size_t start = body.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) {
    if (message.is_request) DeliverError(message.id, "empty response body");
    return;
  }
  if (body[start] != '[') {
    Deliver(body);
    return;
  }
  auto parsed = core::ParseJson(body);  // a batch: deliver each message
  if (!parsed || !parsed->is_array()) {
    Deliver(body);  // let the protocol layer report it
    return;
  }
  for (const json::value& item : parsed->get_array()) Deliver(json::serialize(item));
}

}  // namespace mcpgw::upstream::internal
