#include "upstream/session_instance.h"

#include "core/json_rpc.h"

#include <spdlog/spdlog.h>

namespace mcpgw::upstream {

SessionInstance::SessionInstance(Factory make, UpstreamObserver* observer)
    : observer_(observer), inner_(make(this)) {}

RequestId SessionInstance::Send(std::string_view method, json::value params,
                                RequestCallbacks callbacks, std::chrono::milliseconds timeout,
                                std::chrono::milliseconds max_timeout) {
  const State now = inner_->state();
  const bool starting = !inner_->settled() && (now == State::kStarting || now == State::kRestarting);
  if (now == State::kActive || !starting || stopped_)
    return inner_->Send(method, std::move(params), std::move(callbacks), timeout, max_timeout);
  if (waiting_.size() >= kMaxWaiting) {
    Complete(callbacks, core::MakeErrorResponse(
        nullptr, core::kUpstreamUnavailable,
        "upstream '" + name() + "': too many requests waiting for this session's instance"));
    return 0;
  }
  const RequestId id = next_local_++;
  waiting_.push_back(Waiting{id, std::string(method), std::move(params), std::move(callbacks),
                             timeout, max_timeout});
  return id;
}

void SessionInstance::Cancel(RequestId id, std::string_view reason) {
  for (auto it = waiting_.begin(); it != waiting_.end(); ++it) {
    if (it->local_id == id) {
      waiting_.erase(it);
      return;
    }
  }
  if (auto it = sent_.find(id); it != sent_.end()) {
    const RequestId inner_id = it->second;
    sent_.erase(it);
    inner_->Cancel(inner_id, reason);
    return;
  }
  inner_->Cancel(id, reason);
}

void SessionInstance::Notify(std::string_view method, json::value params) {
  inner_->Notify(method, std::move(params));
}

void SessionInstance::Stop(std::function<void()> done) {
  stopped_ = true;
  FailWaiting("upstream '" + name() + "': the session's instance is stopping");
  auto self = shared_from_this();
  inner_->Stop([self, done = std::move(done)] {
    if (done) done();
  });
}

void SessionInstance::FailWaiting(const std::string& message) {
  auto waiting = std::move(waiting_);
  waiting_.clear();
  for (Waiting& request : waiting)
    Complete(request.callbacks,
             core::MakeErrorResponse(nullptr, core::kUpstreamUnavailable, message));
}

void SessionInstance::Release() {
  if (waiting_.empty()) return;
  if (inner_->state() == State::kActive) {
    auto waiting = std::move(waiting_);
    waiting_.clear();
    for (Waiting& request : waiting) {
      // Forget the mapping once answered, so sent_ stays bounded by what is in flight. The
      // callbacks live in inner_, which this instance owns: a weak reference, not a cycle.
      std::weak_ptr<SessionInstance> weak = weak_from_this();
      const RequestId local = request.local_id;
      RequestCallbacks callbacks;
      callbacks.on_progress = std::move(request.callbacks.on_progress);
      callbacks.pass_input_required = request.callbacks.pass_input_required;
      callbacks.client_capabilities = std::move(request.callbacks.client_capabilities);
      if (request.callbacks.on_wire_response) {
        callbacks.on_wire_response = [weak, local,
                                      respond = std::move(request.callbacks.on_wire_response)](
                                         core::WireMessage response) {
          if (auto self = weak.lock()) self->sent_.erase(local);
          respond(std::move(response));
        };
      } else {
        callbacks.on_response = [weak, local,
                                 respond = std::move(request.callbacks.on_response)](
                                    json::object response) {
          if (auto self = weak.lock()) self->sent_.erase(local);
          respond(std::move(response));
        };
      }
      sent_[local] = inner_->Send(request.method, std::move(request.params), std::move(callbacks),
                                  request.timeout, request.max_timeout);
    }
    return;
  }
  if (inner_->settled()) {  // the first start failed: nobody should wait for the backoff
    FailWaiting("upstream '" + name() + "': this session's instance could not start (" +
                inner_->last_error() + ")");
  }
}

void SessionInstance::OnUpstreamChanged(const Upstream&) { Release(); }

void SessionInstance::OnUpstreamNotification(const Upstream&, json::object notification) {
  observer_->OnUpstreamNotification(*this, std::move(notification));
}

void SessionInstance::OnUpstreamRequest(const Upstream&, json::object request,
                                        std::function<void(json::object response)> reply) {
  observer_->OnUpstreamRequest(*this, std::move(request), std::move(reply));
}

}  // namespace mcpgw::upstream
