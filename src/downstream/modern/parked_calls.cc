#include "downstream/modern/parked_calls.h"

#include <spdlog/spdlog.h>

#include "core/json_rpc.h"

namespace mcpgw::downstream::modern {

void CallRoute::Deliver(core::WireMessage response) {
  if (target_) {
    target_(std::move(response));
  } else {
    held_ = std::move(response);
  }
}

void CallRoute::Attach(Target target) {
  target_ = std::move(target);
  if (held_) {
    core::WireMessage response = std::move(*held_);
    held_.reset();
    target_(std::move(response));
  }
}

void ParkedCall::Abandon(std::string_view reason) {
  if (const router::ForwardedRequest& sent = forwarded.Effective(); sent.upstream)
    sent.upstream->Cancel(sent.id, reason);
  if (forwarded.guard_run) forwarded.guard_run->Cancel();
  for (InputRequest& input : pending) {
    if (input.answer)
      input.answer(core::MakeErrorResponse(input.id, core::kInvalidRequest,
                                           "mcp-gateway: " + std::string(reason)));
  }
  pending.clear();
}

ParkedCalls::ParkedCalls(boost::asio::any_io_executor executor, Limits limits)
    : executor_(std::move(executor)),
      limits_(limits),
      clock_([] { return std::chrono::steady_clock::now(); }) {
  if (executor_) timer_ = std::make_shared<boost::asio::steady_timer>(executor_);
}

std::string ParkedCalls::Park(ParkedCall call) {
  Sweep();
  while (!calls_.empty() && calls_.size() >= limits_.max_calls) {
    auto it = calls_.find(order_.front());
    ParkedCall oldest = std::move(it->second.call);
    order_.pop_front();
    calls_.erase(it);
    spdlog::warn("input_required bridge: {} calls parked; the oldest is abandoned",
                 limits_.max_calls);
    oldest.Abandon("too many calls waiting for input; this one was abandoned");
  }
  RequestStateSigner::Issued issued = signer_.Issue(call.principal);
  order_.push_back(issued.id);
  calls_.emplace(issued.id,
                 Entry{std::move(call), clock_() + limits_.ttl, std::prev(order_.end())});
  Arm();
  return std::move(issued.token);
}

boost::system::result<ParkedCall, EraError> ParkedCalls::Take(std::string_view token,
                                                              std::string_view principal) {
  Sweep();
  std::optional<std::string> id = signer_.Verify(token, principal);
  if (!id) {
    return EraError{core::kInvalidParams,
                    "Invalid requestState: it fails its integrity check", nullptr};
  }
  auto it = calls_.find(*id);
  if (it == calls_.end()) {
    return EraError{core::kInvalidParams,
                    "Unknown requestState: the call expired, was abandoned or was already resumed",
                    nullptr};
  }
  ParkedCall call = std::move(it->second.call);
  order_.erase(it->second.order);
  calls_.erase(it);
  return call;
}

void ParkedCalls::Sweep() {
  const auto now = clock_();
  while (!order_.empty()) {
    auto it = calls_.find(order_.front());
    if (it->second.expires > now) break;  // insertion order is expiry order (one TTL)
    ParkedCall expired = std::move(it->second.call);
    order_.pop_front();
    calls_.erase(it);
    spdlog::info("input_required bridge: a parked {} expired; cancelled upstream",
                 expired.method);
    expired.Abandon("the client did not retry within the input_required TTL");
  }
}

void ParkedCalls::Arm() {
  if (!timer_ || armed_ || order_.empty()) return;
  armed_ = true;
  timer_->expires_at(calls_.at(order_.front()).expires);
  std::weak_ptr<ParkedCalls> weak = weak_from_this();
  timer_->async_wait([weak](boost::system::error_code error) {
    auto self = weak.lock();
    if (!self) return;
    self->armed_ = false;
    if (error) return;
    self->Sweep();
    self->Arm();
  });
}

ParkedCalls& ParkedCallsOf(router::Router& router) {
  std::shared_ptr<void>& slot = router.downstream_state();
  if (!slot) slot = std::make_shared<ParkedCalls>(router.executor(), ParkedCalls::Limits{});
  return *static_cast<ParkedCalls*>(slot.get());
}

}  // namespace mcpgw::downstream::modern
