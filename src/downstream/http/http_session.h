// HttpSession: one Streamable HTTP client session (one Mcp-Session-Id): the transport-agnostic
// downstream::Session plus the SSE streams its messages travel on. Each outgoing message goes to
// the stream of the client request it belongs to (the POST that carried the request), otherwise
// to the session's standalone stream (opened by GET); see Session::Output.
//
// Threading: io_context thread only. Lifetime: owned by HttpSessionTable; connections hold
// shared_ptrs while they serve it.
#pragma once

#include "downstream/http/event_stream.h"
#include "downstream/http/http_options.h"
#include "downstream/session.h"

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace mcpgw::downstream::http {

// Who created a session: it is bound to the principal, and per-client limits count under
// client_key().
struct SessionOwner {
  std::string principal;  // token subject or API-key identity; empty without authentication
  std::string address;    // the client's source address
  std::string client_key() const {
    return principal.empty() ? "address:" + address : "principal:" + principal;
  }
};

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  using Clock = std::chrono::steady_clock;

  HttpSession(std::string id, router::Router& router, const HttpServerOptions& options,
              SessionOwner owner = {});

  // Creates the downstream session. Call once, right after construction.
  void Open();
  const std::string& id() const { return id_; }
  const SessionOwner& owner() const { return owner_; }
  Session& session() { return *session_; }
  bool closed() const { return closed_; }

  // Opens the answer stream of a POST carrying requests with serialized ids `keys`; the stream
  // completes once the final answer for every key in `completion_keys` has been pushed (a batch
  // gets one answer, under its first request's id).
  std::shared_ptr<EventStream> OpenRequestStream(const std::vector<std::string>& keys,
                                                 const std::vector<std::string>& completion_keys);
  // The standalone stream (created on first use); messages unrelated to a request go there.
  std::shared_ptr<EventStream> Standalone();
  // A stream by id (request streams are kept for resumption until 32 newer ones completed).
  std::shared_ptr<EventStream> FindStream(const std::string& stream_id) const;

  // Requests in flight (for the per-session limit).
  std::size_t open_requests() const { return by_request_.size(); }
  // The client used the session now (for idle expiry and least-recently-used eviction).
  void Touch();
  Clock::time_point last_active() const { return last_active_; }
  // Grows with every Touch() of any session: orders sessions by last use without ties.
  std::uint64_t last_use() const { return last_use_; }
  // True while a connection serves one of the session's streams (an idle session has none).
  bool HasAttachedStream() const;
  // No request in flight and no stream attached: the session may be expired or evicted.
  bool idle() const { return open_requests() == 0 && !HasAttachedStream(); }

  // Ends the session: the downstream session closes (in-flight requests are cancelled upstream)
  // and every stream is woken so its connection ends.
  void Close();

 private:
  void Route(std::string text, std::string_view related, bool final);
  void Retire(const std::shared_ptr<EventStream>& stream);

  std::string id_;
  SessionOwner owner_;
  router::Router& router_;
  HttpServerOptions options_;
  std::shared_ptr<Session> session_;
  bool closed_ = false;
  Clock::time_point last_active_;
  std::uint64_t last_use_ = 0;
  std::uint64_t next_stream_ = 0;
  std::map<std::string, std::shared_ptr<EventStream>> streams_;
  std::deque<std::string> completed_;  // completed request streams, oldest first
  struct RequestRoute {
    std::shared_ptr<EventStream> stream;
    bool completes;
  };
  std::unordered_map<std::string, RequestRoute> by_request_;
  std::unordered_map<std::string, std::vector<std::string>> stream_keys_;
  std::shared_ptr<EventStream> standalone_;
};

// The sessions of one server, by id, with their bounds: max_sessions in all and
// max_sessions_per_client per SessionOwner::client_key(). At either bound the least recently
// used idle session (of the same client, for the per-client bound) is evicted to make room.
class HttpSessionTable {
 public:
  HttpSessionTable(router::Router& router, const HttpServerOptions& options)
      : router_(router), options_(options) {}

  enum class Refusal {
    kNone,
    kClientLimit,  // the client has max_sessions_per_client sessions, none idle (HTTP 429)
    kServerLimit,  // max_sessions sessions, none idle (HTTP 503)
  };
  struct Created {
    std::shared_ptr<HttpSession> session;  // null when refused
    Refusal refusal = Refusal::kNone;
  };
  // A new session with a cryptographically random id, owned by `owner`, evicting as above.
  Created Create(const SessionOwner& owner);
  // The session `id` when `principal` created it; null otherwise (a session of another
  // principal is indistinguishable from one that does not exist).
  std::shared_ptr<HttpSession> Find(const std::string& id, const std::string& principal) const;
  void Remove(const std::string& id);
  // Closes sessions idle (no request, no attached stream) for longer than the idle timeout.
  std::size_t ExpireIdle();
  void CloseAll();
  std::size_t size() const { return sessions_.size(); }
  // Sessions counted under `client_key`.
  std::size_t CountFor(const std::string& client_key) const;

 private:
  // Evicts the least recently used idle session (only among `client_key`'s when non-empty).
  // Returns false when there is none.
  bool EvictLeastRecentlyUsedIdle(const std::string& client_key);

  router::Router& router_;
  HttpServerOptions options_;
  std::unordered_map<std::string, std::shared_ptr<HttpSession>> sessions_;
  std::unordered_map<std::string, std::size_t> per_client_;  // by client key
};

// 32 bytes from the OS CSPRNG (OpenSSL RAND_bytes), hex encoded.
std::string NewSessionId();

}  // namespace mcpgw::downstream::http
