#include "downstream/http/http_session.h"

#include <openssl/rand.h>
#include <algorithm>
#include <spdlog/spdlog.h>

#include <stdexcept>

namespace mcpgw::downstream::http {
namespace {
constexpr std::size_t kKeptCompletedStreams = 32;

// Orders session uses across the table (io_context thread only).
std::uint64_t NextUse() {
  static std::uint64_t counter = 0;
  return ++counter;
}
}  // namespace

std::string NewSessionId() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof(bytes)) != 1)
    throw std::runtime_error("RAND_bytes failed: no session id can be made");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  id.reserve(64);
  for (unsigned char b : bytes) {
    id.push_back(kHex[b >> 4]);
    id.push_back(kHex[b & 15]);
  }
  return id;
}

HttpSession::HttpSession(std::string id, router::Router& router, const HttpServerOptions& options,
                         SessionOwner owner)
    : id_(std::move(id)),
      owner_(std::move(owner)),
      router_(router),
      options_(options),
      last_active_(Clock::now()),
      last_use_(NextUse()) {}

void HttpSession::Touch() {
  last_active_ = Clock::now();
  last_use_ = NextUse();
}

void HttpSession::Open() {
  std::weak_ptr<HttpSession> weak = shared_from_this();
  session_ = std::make_shared<Session>(
      router_,
      [weak](std::string text, std::string_view related, bool final) {
        if (auto self = weak.lock()) self->Route(std::move(text), related, final);
      },
      SessionOptions{options_.max_body_size, options_.max_requests_per_session,
                     options_.max_batch_size, options_.max_input_rounds});
  session_->SetIdentity(id_, owner_.principal);
  session_->Open();
}

std::shared_ptr<EventStream> HttpSession::OpenRequestStream(
    const std::vector<std::string>& keys, const std::vector<std::string>& completion_keys) {
  auto stream = std::make_shared<EventStream>("s" + std::to_string(++next_stream_),
                                              options_.replay_events, completion_keys.size(),
                                              options_.replay_bytes);
  streams_[stream->id()] = stream;
  for (const std::string& key : keys) {
    const bool completes =
        std::find(completion_keys.begin(), completion_keys.end(), key) != completion_keys.end();
    by_request_[key] = RequestRoute{stream, completes};
  }
  stream_keys_[stream->id()] = keys;
  return stream;
}

std::shared_ptr<EventStream> HttpSession::Standalone() {
  if (!standalone_) {
    standalone_ = std::make_shared<EventStream>("g", options_.replay_events, 0,
                                                options_.replay_bytes);
    standalone_->set_request_stream(false);
    streams_[standalone_->id()] = standalone_;
  }
  return standalone_;
}

std::shared_ptr<EventStream> HttpSession::FindStream(const std::string& stream_id) const {
  auto it = streams_.find(stream_id);
  return it == streams_.end() ? nullptr : it->second;
}

bool HttpSession::HasAttachedStream() const {
  for (const auto& [id, stream] : streams_)
    if (stream->attached()) return true;
  return false;
}

void HttpSession::Route(std::string text, std::string_view related, bool final) {
  std::shared_ptr<EventStream> stream;
  bool completes = false;
  if (!related.empty()) {
    if (auto it = by_request_.find(std::string(related)); it != by_request_.end()) {
      stream = it->second.stream;
      completes = final && it->second.completes;
      if (final) by_request_.erase(it);
    }
  }
  if (!stream) {
    if (text.empty()) return;
    stream = Standalone();  // unrelated, or its request's stream is gone
  }
  if (!text.empty()) stream->Push(std::move(text));
  if (completes) {
    stream->RequestFinished();
    if (stream->complete()) Retire(stream);
  }
}

void HttpSession::Retire(const std::shared_ptr<EventStream>& stream) {
  // Keys of a batch that never get their own final answer would otherwise linger.
  if (auto it = stream_keys_.find(stream->id()); it != stream_keys_.end()) {
    for (const std::string& key : it->second) {
      auto route = by_request_.find(key);
      if (route != by_request_.end() && route->second.stream == stream) by_request_.erase(route);
    }
    stream_keys_.erase(it);
  }
  completed_.push_back(stream->id());
  // Forget the oldest completed streams. One still being written keeps living through its
  // connection's reference; only resumption by id ends for it.
  while (completed_.size() > kKeptCompletedStreams) {
    streams_.erase(completed_.front());
    completed_.pop_front();
  }
}

void HttpSession::Close() {
  if (closed_) return;
  closed_ = true;
  if (session_) session_->Close();
  for (auto& [id, stream] : streams_) stream->RequestFinished();  // wakes attached connections
}

HttpSessionTable::Created HttpSessionTable::Create(const SessionOwner& owner) {
  const std::string client = owner.client_key();
  if (CountFor(client) >= options_.max_sessions_per_client &&
      !EvictLeastRecentlyUsedIdle(client)) {
    return {nullptr, Refusal::kClientLimit};
  }
  if (sessions_.size() >= options_.max_sessions && !EvictLeastRecentlyUsedIdle({}))
    return {nullptr, Refusal::kServerLimit};
  auto session = std::make_shared<HttpSession>(NewSessionId(), router_, options_, owner);
  session->Open();
  sessions_[session->id()] = session;
  ++per_client_[client];
  return {session, Refusal::kNone};
}

std::shared_ptr<HttpSession> HttpSessionTable::Find(const std::string& id,
                                                    const std::string& principal) const {
  auto it = sessions_.find(id);
  if (it == sessions_.end() || it->second->owner().principal != principal) return nullptr;
  return it->second;
}

std::size_t HttpSessionTable::CountFor(const std::string& client_key) const {
  auto it = per_client_.find(client_key);
  return it == per_client_.end() ? 0 : it->second;
}

void HttpSessionTable::Remove(const std::string& id) {
  auto it = sessions_.find(id);
  if (it == sessions_.end()) return;
  auto session = it->second;
  sessions_.erase(it);
  auto count = per_client_.find(session->owner().client_key());
  if (count != per_client_.end() && --count->second == 0) per_client_.erase(count);
  session->Close();
}

bool HttpSessionTable::EvictLeastRecentlyUsedIdle(const std::string& client_key) {
  std::shared_ptr<HttpSession> oldest;
  for (const auto& [id, session] : sessions_) {
    if (!session->idle()) continue;
    if (!client_key.empty() && session->owner().client_key() != client_key) continue;
    if (!oldest || session->last_use() < oldest->last_use()) oldest = session;
  }
  if (!oldest) return false;
  spdlog::info("http session evicted: least recently used idle session, {} limit reached",
               client_key.empty() ? "server" : "per-client");
  Remove(oldest->id());
  return true;
}

std::size_t HttpSessionTable::ExpireIdle() {
  const auto now = HttpSession::Clock::now();
  std::vector<std::string> expired;
  for (const auto& [id, session] : sessions_) {
    if (session->idle() && now - session->last_active() > options_.session_idle_timeout)
      expired.push_back(id);
  }
  for (const std::string& id : expired) {
    spdlog::info("http session expired after {} s idle", options_.session_idle_timeout.count());
    Remove(id);
  }
  return expired.size();
}

void HttpSessionTable::CloseAll() {
  auto sessions = std::move(sessions_);
  sessions_.clear();
  per_client_.clear();
  for (auto& [id, session] : sessions) session->Close();
}

}  // namespace mcpgw::downstream::http
