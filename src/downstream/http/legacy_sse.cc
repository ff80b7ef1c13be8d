// HttpServer: the legacy HTTP+SSE transport (protocol revision 2024-11-05): GET /sse opens a
// session and its event stream (the session ends with the stream), POST /messages?sessionId=
// delivers messages to it. See docs/http.md.
#include "core/json_rpc.h"
#include "downstream/http/http_server_impl.h"

#include <spdlog/spdlog.h>

namespace mcpgw::downstream::http {

template <typename Stream>
asio::awaitable<bool> HttpServer::Impl::LegacyStream(Stream& stream, Request& request,
                                                     const SessionOwner& caller) {
  Reply refusal;
  auto session = CreateSession(caller, refusal);
  if (!session) co_return co_await WriteReply(stream, request, refusal);
  bhttp::response<bhttp::empty_body> header{bhttp::status::ok, request.version()};
  header.set(bhttp::field::content_type, "text/event-stream");
  header.set(bhttp::field::cache_control, "no-cache");
  AddCors(request, header);
  header.chunked(true);
  bhttp::response_serializer<bhttp::empty_body> serializer(header);
  auto [ec, n] = co_await bhttp::async_write_header(stream, serializer, kNoThrow);
  std::string endpoint = FormatSseEvent("", "endpoint", "/messages?sessionId=" + session->id());
  bool ok = !ec && co_await WriteChunk(stream, std::move(endpoint));
  auto events = session->Standalone();
  asio::steady_timer wake(io);
  // A wake that arrives while the loop is writing (no wait pending, so cancel() does nothing)
  // must not be lost: `woken` makes the loop look again instead of sleeping until the next event
  // or keep-alive (the cause of the legacy SSE stalls with calls in flight).
  bool woken = false;
  const std::uint64_t ticket = events->Attach([&wake, &woken] {
    woken = true;
    wake.cancel();
  });
  std::uint64_t after = 0;
  std::vector<const EventStream::Event*> pending;
  while (ok && !session->closed() && !stopping) {
    woken = false;
    events->EventsAfter(after, pending);
    for (const EventStream::Event* event : pending) {
      std::string chunk = FormatSseEvent("", "message", event->data());
      ok = ok && co_await WriteChunk(stream, std::move(chunk));
      after = event->number;
    }
    if (!ok) break;
    if (woken) continue;  // events arrived while writing
    wake.expires_after(options.keep_alive_interval);
    auto [wait_ec] = co_await wake.async_wait(kNoThrow);
    if (!wait_ec) {
      std::string comment = ": keep-alive\n\n";
      ok = co_await WriteChunk(stream, std::move(comment));
    }
  }
  events->Detach(ticket);
  sessions.Remove(session->id());  // the legacy transport's session ends with its stream
  co_return false;
}

Reply HttpServer::Impl::LegacyPost(const Request& request, const boost::urls::params_view& params,
                                   const SessionOwner& caller) {
  auto it = params.find("sessionId");
  // Another principal's session is answered exactly like an unknown one.
  auto session = it == params.end() ? nullptr : sessions.Find((*it).value, caller.principal);
  if (!session)
    return ErrorReply(bhttp::status::not_found, core::kInvalidRequest, "Session not found");
  const std::string_view text = request.body();
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '[') {
    auto parsed = core::ParseJson(text);
    if (!parsed)
      return ErrorReply(bhttp::status::bad_request, core::kParseError, parsed.error().message);
    session->Touch();
    session->session().OnBatch(std::move(parsed->get_array()));
  } else if (auto message = core::WireMessage::Inspect(std::string(text))) {
    // Validated without a tree: a forwarded request goes upstream as these bytes.
    session->Touch();
    session->session().OnMessage(std::move(*message));
  } else if (message.error().code == core::kParseError) {
    return ErrorReply(bhttp::status::bad_request, core::kParseError, message.error().message);
  } else {
    session->Touch();
    session->session().OnInvalidMessage(message.error());
  }
  return {bhttp::status::accepted, "Accepted", "text/plain"};
}

template asio::awaitable<bool> HttpServer::Impl::LegacyStream(PlainStream&, Request&,
                                                              const SessionOwner&);
template asio::awaitable<bool> HttpServer::Impl::LegacyStream(TlsStream&, Request&,
                                                              const SessionOwner&);

}  // namespace mcpgw::downstream::http
