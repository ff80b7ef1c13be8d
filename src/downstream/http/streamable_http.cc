// HttpServer: the Streamable HTTP endpoint (protocol revisions 2025-03-26 to 2025-11-25) —
// POST carrying messages, GET for the standalone stream or a resumption, DELETE ending a
// session — and the streams that carry answers back. See docs/http.md.
#include "core/json_rpc.h"
#include "core/protocol_version.h"
#include "downstream/http/http_server_impl.h"

#include <spdlog/spdlog.h>

namespace mcpgw::downstream::http {

std::shared_ptr<HttpSession> HttpServer::Impl::SessionFor(const Request& request,
                                                          const SessionOwner& caller,
                                                          Reply& reply) {
  const auto id = request[kSessionHeader];
  if (id.empty()) {
    reply = ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                       "Bad Request: Mcp-Session-Id header is required");
    return nullptr;
  }
  // Another principal's session is answered exactly like an unknown one.
  auto session = sessions.Find(std::string(id), caller.principal);
  if (!session) {
    reply = ErrorReply(bhttp::status::not_found, core::kRequestTimeout, "Session not found");
    return nullptr;
  }
  const auto version = request[kVersionHeader];
  if (!version.empty() && !core::IsSupportedProtocolVersion(version)) {
    reply = ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                       "Bad Request: Unsupported protocol version " + std::string(version));
    return nullptr;
  }
  session->Touch();
  return session;
}

std::shared_ptr<HttpSession> HttpServer::Impl::CreateSession(const SessionOwner& caller,
                                                             Reply& reply) {
  auto created = sessions.Create(caller);
  switch (created.refusal) {
    case HttpSessionTable::Refusal::kNone:
      spdlog::info("http session created sessions={}", sessions.size());
      break;
    case HttpSessionTable::Refusal::kClientLimit:
      spdlog::warn("http session refused: this client has {} sessions, none idle",
                   options.max_sessions_per_client);
      reply = ErrorReply(bhttp::status::too_many_requests, core::kInvalidRequest,
                         "Too Many Requests: at most " +
                             std::to_string(options.max_sessions_per_client) +
                             " sessions per client, all busy");
      break;
    case HttpSessionTable::Refusal::kServerLimit:
      spdlog::warn("http session refused: {} sessions, none idle", options.max_sessions);
      reply = ErrorReply(bhttp::status::service_unavailable, core::kUpstreamUnavailable,
                         "Service Unavailable: too many sessions");
      break;
  }
  return created.session;
}

namespace {

// Hands what a POST carries to its session.
void Deliver(HttpSession& session, PostPlan& plan) {
  if (plan.batch) {
    session.session().OnBatch(std::move(plan.batch_body));
  } else {
    session.session().OnMessage(std::move(*plan.single));
  }
}

}  // namespace

template <typename Stream>
asio::awaitable<bool> HttpServer::Impl::Post(Stream& stream, Request& request,
                                             const SessionOwner& caller) {
  auto classified = ClassifyPost(request, options.max_batch_size);
  if (const Reply* refusal = std::get_if<Reply>(&classified))
    co_return co_await WriteReply(stream, request, *refusal);
  PostPlan& plan = std::get<PostPlan>(classified);
  if (IsStatelessPost(request, plan))
    co_return co_await PostStateless(stream, request, plan, caller);

  Reply failure;
  std::shared_ptr<HttpSession> session =
      plan.initialize ? CreateSession(caller, failure) : SessionFor(request, caller, failure);
  if (!session) co_return co_await WriteReply(stream, request, failure);

  if (plan.keys.empty()) {  // notifications and responses only need 202
    Deliver(*session, plan);
    Reply accepted{bhttp::status::accepted, ""};
    co_return co_await WriteReply(stream, request, accepted);
  }
  if (session->open_requests() + plan.keys.size() > options.max_requests_per_session) {
    // A single request's id is known: the client can match the refusal to its call.
    Reply refusal{bhttp::status::too_many_requests,
                  core::Serialize(core::MakeErrorResponse(
                      plan.single ? plan.single->id() : boost::json::value(),
                      core::kInvalidRequest,
                      "Too Many Requests: at most " +
                          std::to_string(options.max_requests_per_session) +
                          " requests may be in flight per session"))};
    co_return co_await WriteReply(stream, request, refusal);
  }
  auto events = session->OpenRequestStream(
      plan.keys, plan.batch ? std::vector<std::string>{plan.keys.front()} : plan.keys);
  Deliver(*session, plan);
  Headers headers;
  if (plan.initialize) headers.emplace_back(std::string(kSessionHeader), session->id());
  co_return co_await Answer(stream, request, session, events, std::move(headers),
                            /*json_allowed=*/true, /*after=*/0);
}

template <typename Stream>
asio::awaitable<bool> HttpServer::Impl::Get(Stream& stream, Request& request,
                                            const SessionOwner& caller) {
  Reply refusal;
  std::shared_ptr<HttpSession> session;
  std::shared_ptr<EventStream> events;
  std::uint64_t after = 0;
  const auto last_event_id = request["Last-Event-ID"];
  if (!HeaderHas(request[bhttp::field::accept], "text/event-stream")) {
    refusal = ErrorReply(bhttp::status::not_acceptable, core::kInvalidRequest,
                         "Not Acceptable: Client must accept text/event-stream");
  } else if (!(session = SessionFor(request, caller, refusal))) {
    // refusal filled by SessionFor
  } else if (!last_event_id.empty()) {
    std::string stream_id;
    if (!ParseEventId(last_event_id, stream_id, after) ||
        !(events = session->FindStream(stream_id))) {
      refusal = ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                           "Bad Request: unknown Last-Event-ID; the stream cannot be resumed");
    }
  } else {
    events = session->Standalone();
    after = events->delivered();
    if (events->attached()) {
      refusal = ErrorReply(bhttp::status::conflict, core::kInvalidRequest,
                           "Conflict: only one connection may read this stream at a time");
      events.reset();
    }
  }
  if (!events) co_return co_await WriteReply(stream, request, refusal);
  co_return co_await Answer(stream, request, session, events, Headers{}, /*json_allowed=*/false,
                            after);
}

Reply HttpServer::Impl::Delete(const Request& request, const SessionOwner& caller) {
  Reply failure;
  auto session = SessionFor(request, caller, failure);
  if (!session) return failure;
  sessions.Remove(session->id());
  spdlog::info("http session deleted by the client sessions={}", sessions.size());
  return {bhttp::status::ok, ""};
}

template <typename Stream>
asio::awaitable<bool> HttpServer::Impl::Answer(Stream& stream, const Request& request,
                                               std::shared_ptr<HttpSession> session,
                                               std::shared_ptr<EventStream> events,
                                               Headers headers, bool json_allowed,
                                               std::uint64_t after) {
  asio::steady_timer wake(io);
  // A wake while the loop is writing (no wait pending, so cancel() does nothing) must not be
  // lost: `woken` makes the loop look again instead of sleeping.
  bool woken = false;
  const std::uint64_t ticket = events->Attach([&wake, &woken] {
    woken = true;
    wake.cancel();
  });
  struct Detacher {
    EventStream& events;
    std::uint64_t ticket;
    ~Detacher() { events.Detach(ticket); }
  } detacher{*events, ticket};
  const bool resuming = after > 0;

  bool streaming = false;
  std::optional<bhttp::response<bhttp::empty_body>> header;
  std::optional<bhttp::response_serializer<bhttp::empty_body>> serializer;
  std::vector<const EventStream::Event*> pending;

  auto start_stream = [&]() -> asio::awaitable<bool> {
    header.emplace(bhttp::status::ok, request.version());
    header->set(bhttp::field::server, "mcp-gateway");
    header->set(bhttp::field::content_type, "text/event-stream");
    header->set(bhttp::field::cache_control, "no-cache");
    for (const auto& [name, value] : headers) header->set(name, value);
    AddCors(request, *header);
    header->chunked(true);
    header->keep_alive(request.keep_alive());
    serializer.emplace(*header);
    beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
    auto [ec, n] = co_await bhttp::async_write_header(stream, *serializer, kNoThrow);
    if (ec) co_return false;
    streaming = true;
    if (events->id() != "g" && !resuming && !session->session().modern() &&
        core::ProtocolAtLeast(session->session().protocol_version(), "2025-11-25")) {
      // Priming event: gives the client an event id to resume from before any data.
      std::string priming = FormatSseEvent(events->EventId(0), "", "");
      co_return co_await WriteChunk(stream, std::move(priming));
    }
    co_return true;
  };

  while (true) {
    woken = false;
    if (!events->current(ticket)) co_return false;  // a resuming connection took over
    if (!events->EventsAfter(after, pending)) pending.clear();  // forgotten: nothing to replay
    const bool complete = events->complete() || session->closed();
    if (!streaming && json_allowed && complete && pending.size() == 1) {
      // The event's text is written as it is kept (shared, not copied into the reply).
      std::shared_ptr<const std::string> text = pending.front()->text;
      const bhttp::status status =
          session->session().modern() ? StatelessAnswerStatus(*text) : bhttp::status::ok;
      events->set_delivered(pending.front()->number);
      co_return co_await WriteJsonReply(stream, request, status, headers, *text);
    }
    if (!streaming && complete && pending.empty()) {
      // The request ended without an answer (cancelled) or the session closed.
      Reply reply{session->closed() ? bhttp::status::not_found : bhttp::status::accepted, ""};
      reply.headers = std::move(headers);
      co_return co_await WriteReply(stream, request, reply);
    }
    if (!streaming && (!pending.empty() || !json_allowed)) {
      if (!co_await start_stream()) co_return false;
    }
    for (const EventStream::Event* event : pending) {
      std::string chunk = FormatSseEvent(events->EventId(event->number), "", event->data());
      if (!co_await WriteChunk(stream, std::move(chunk)))
        co_return false;  // client gone; the events stay for resumption
      after = event->number;
      events->set_delivered(after);
    }
    // `complete` as seen when `pending` was taken: an answer that arrived while the events above
    // were being written is not in `pending`, so the stream must not end before the next turn
    // writes it.
    if (streaming && complete) {
      beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
      auto last_chunk = bhttp::make_chunk_last();
      auto [ec, n] = co_await asio::async_write(stream, last_chunk, kNoThrow);
      beast::get_lowest_layer(stream).expires_never();
      co_return !ec && request.keep_alive();
    }
    if (stopping) co_return false;
    if (woken) continue;  // something happened while writing
    wake.expires_after(options.keep_alive_interval);
    auto [ec] = co_await wake.async_wait(kNoThrow);
    if (!ec) {  // silent for a whole interval
      if (!streaming && !co_await start_stream()) co_return false;
      std::string comment = ": keep-alive\n\n";
      if (!co_await WriteChunk(stream, std::move(comment))) co_return false;
    }
  }
}


template asio::awaitable<bool> HttpServer::Impl::Answer(PlainStream&, const Request&,
                                                        std::shared_ptr<HttpSession>,
                                                        std::shared_ptr<EventStream>, Headers,
                                                        bool, std::uint64_t);
template asio::awaitable<bool> HttpServer::Impl::Answer(TlsStream&, const Request&,
                                                        std::shared_ptr<HttpSession>,
                                                        std::shared_ptr<EventStream>, Headers,
                                                        bool, std::uint64_t);
template asio::awaitable<bool> HttpServer::Impl::Post(PlainStream&, Request&,
                                                      const SessionOwner&);
template asio::awaitable<bool> HttpServer::Impl::Post(TlsStream&, Request&, const SessionOwner&);
template asio::awaitable<bool> HttpServer::Impl::Get(PlainStream&, Request&, const SessionOwner&);
template asio::awaitable<bool> HttpServer::Impl::Get(TlsStream&, Request&, const SessionOwner&);

}  // namespace mcpgw::downstream::http
