// SessionInstance: one client session's own instance of a server configured with
// "isolation": "session" (config/server_config.h). It wraps the Upstream that runs the instance
// (made by a factory, started on construction's first Start()) and adds what a lazily started
// instance needs: requests sent while it is still starting wait in a bounded queue and are sent
// once it is active, or answered with its error when its first start fails. Everything the
// instance reports (notifications, server-to-client requests) is passed to `observer` with this
// object as the upstream, so the router can tell the instance from the shared server.
//
// Threading: io_context thread only, as Upstream. Lifetime: shared_ptr owned by the router's
// per-session table; Stop() keeps it alive until the instance is stopped.
#pragma once

#include "upstream/upstream.h"

#include <deque>
#include <memory>
#include <unordered_map>

namespace mcpgw::upstream {

class SessionInstance final : public Upstream,
                              public UpstreamObserver,
                              public std::enable_shared_from_this<SessionInstance> {
 public:
  // Makes the Upstream that runs the instance, reporting to the given observer.
  using Factory = std::function<std::shared_ptr<Upstream>(UpstreamObserver* observer)>;
  // Requests waiting for the instance to become active; one more is answered at once.
  static constexpr std::size_t kMaxWaiting = 256;

  // REQUIRES: `observer` outlives the instance. Call Start() once after construction.
  SessionInstance(Factory make, UpstreamObserver* observer);

  const config::ServerConfig& config() const override { return inner_->config(); }
  State state() const override { return inner_->state(); }
  const std::string& last_error() const override { return inner_->last_error(); }
  std::uint64_t restarts() const override { return inner_->restarts(); }
  const Catalog& catalog() const override { return inner_->catalog(); }
  bool settled() const override { return inner_->settled(); }
  void Start() override { inner_->Start(); }
  // Fails waiting requests, then stops the instance; `done` once it is stopped.
  void Stop(std::function<void()> done) override;
  // While the instance starts the request waits (its id is this object's own); once active it
  // goes straight to the instance. A request that cannot wait (queue full, first start failed,
  // stopped) is answered with kUpstreamUnavailable (posted by the instance, or at once here).
  RequestId Send(std::string_view method, json::value params, RequestCallbacks callbacks,
                 std::chrono::milliseconds timeout, std::chrono::milliseconds max_timeout) override;
  void Cancel(RequestId id, std::string_view reason) override;
  void Notify(std::string_view method, json::value params) override;

  // UpstreamObserver (the instance reports here)
  void OnUpstreamChanged(const Upstream& upstream) override;
  void OnUpstreamNotification(const Upstream& upstream, json::object notification) override;
  void OnUpstreamRequest(const Upstream& upstream, json::object request,
                         std::function<void(json::object response)> reply) override;

 private:
  struct Waiting {
    RequestId local_id;
    std::string method;
    json::value params;
    RequestCallbacks callbacks;
    std::chrono::milliseconds timeout;
    std::chrono::milliseconds max_timeout;
  };
  // Sends or fails the waiting requests once the instance is active or has failed to start.
  void Release();
  void FailWaiting(const std::string& message);

  UpstreamObserver* observer_;
  std::shared_ptr<Upstream> inner_;
  std::deque<Waiting> waiting_;
  // Waiting requests that were sent: our id -> the instance's (for Cancel), until answered.
  std::unordered_map<RequestId, RequestId> sent_;
  RequestId next_local_ = RequestId{1} << 62;  // never collides with the instance's own ids
  bool stopped_ = false;
};

}  // namespace mcpgw::upstream
