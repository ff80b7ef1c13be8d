#include "guards/remote/remote_caller.h"

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <charconv>

namespace mcpgw::guards::remote {

namespace asio = boost::asio;
using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

struct RemoteCaller::Op {
  http::Request request;
  std::shared_ptr<const bool> cancelled;
  Done done;
  Clock::time_point deadline;
  int attempts = 0;
  bool holds_slot = false;
  bool finished = false;
  std::shared_ptr<asio::steady_timer> timer;

  bool Cancelled() const { return cancelled && *cancelled; }
  milliseconds Remaining() const {
    return std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
  }
};

std::optional<milliseconds> ParseRetryAfter(std::string_view value) {
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  if (value.empty()) return std::nullopt;
  double seconds = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec != std::errc() || end != value.data() + value.size() || seconds < 0 || seconds > 86400)
    return std::nullopt;
  return milliseconds(static_cast<long long>(seconds * 1000));
}

RemoteCaller::RemoteCaller(asio::io_context& io, CallPolicy policy)
    : io_(io), policy_(policy), random_(std::random_device{}()) {}

void RemoteCaller::Call(http::Request request, std::shared_ptr<const bool> cancelled, Done done) {
  auto op = std::make_shared<Op>();
  op->request = std::move(request);
  op->cancelled = std::move(cancelled);
  op->done = std::move(done);
  op->deadline = Clock::now() + policy_.deadline;
  if (in_flight_ < policy_.max_concurrency) {
    op->holds_slot = true;
    ++in_flight_;
    asio::post(io_, [self = shared_from_this(), op] { self->Attempt(op); });
    return;
  }
  if (queue_.size() >= policy_.max_queue) {
    CallResult result;
    result.error = "too many requests waiting (" + std::to_string(policy_.max_concurrency) +
                   " in flight, queue of " + std::to_string(policy_.max_queue) + " full)";
    asio::post(io_, [self = shared_from_this(), op, result = std::move(result)]() mutable {
      self->Finish(op, std::move(result));
    });
    return;
  }
  queue_.push_back(std::move(op));
}

// `op` already holds the slot Release reserved for it.
void RemoteCaller::Start(std::shared_ptr<Op> op) {
  if (op->Remaining() <= milliseconds(0)) {
    CallResult result;
    result.error = "timed out waiting for a free slot";
    Finish(op, std::move(result));
    return;
  }
  Attempt(op);
}

void RemoteCaller::Attempt(std::shared_ptr<Op> op) {
  if (op->Cancelled()) return Finish(op, {});
  ++op->attempts;
  http::Request request = op->request;
  request.timeout = std::max(milliseconds(1), std::min(policy_.timeout, op->Remaining()));
  http::Fetch(io_, std::move(request), [self = shared_from_this(), op](Result<http::Response> r) {
    if (op->Cancelled()) return self->Finish(op, {});
    CallResult result;
    result.attempts = op->attempts;
    bool retryable = false;
    milliseconds wait{0};
    if (!r) {
      result.error = r.error().message;
      retryable = op->attempts <= self->policy_.retries;
      wait = self->Backoff(op->attempts);
    } else if (r->status >= 200 && r->status < 300) {
      result.status = r->status;
      result.response = std::move(*r);
      return self->Finish(op, std::move(result));
    } else {
      result.status = r->status;
      result.error = "HTTP " + std::to_string(r->status);
      if (r->status == 429) {
        if (auto after = ParseRetryAfter(r->Header("retry-after"))) {
          result.retry_after = *after;
          result.error += " (retry after " + std::to_string(after->count()) + " ms)";
          retryable = self->policy_.honour_retry_after && op->attempts == 1;
          wait = *after;
        }
      } else if (r->status >= 500) {
        retryable = op->attempts <= self->policy_.retries;
        wait = self->Backoff(op->attempts);
      }
    }
    // A retry must fit in what is left of the deadline, with time for the attempt itself.
    if (retryable && wait < op->Remaining()) return self->Retry(op, wait);
    self->Finish(op, std::move(result));
  });
}

void RemoteCaller::Retry(std::shared_ptr<Op> op, milliseconds wait) {
  op->timer = std::make_shared<asio::steady_timer>(io_, wait);
  op->timer->async_wait(
      [self = shared_from_this(), op](boost::system::error_code) { self->Attempt(op); });
}

void RemoteCaller::Finish(std::shared_ptr<Op> op, CallResult result) {
  if (op->finished) return;
  op->finished = true;
  if (op->holds_slot) {
    op->holds_slot = false;
    Release();
  }
  Done done = std::move(op->done);
  if (!op->Cancelled() && done) done(std::move(result));
}

void RemoteCaller::Release() {
  --in_flight_;
  while (!queue_.empty()) {
    std::shared_ptr<Op> next = std::move(queue_.front());
    queue_.pop_front();
    if (next->Cancelled()) {
      next->finished = true;  // dropped: its `done` is never called
      continue;
    }
    asio::post(io_, [self = shared_from_this(), next] { self->Start(next); });
    ++in_flight_;  // reserved now so that a later Call does not overtake the queue
    next->holds_slot = true;
    break;
  }
}

milliseconds RemoteCaller::Backoff(int attempt) {
  const long long base = policy_.backoff.count() << std::min(attempt - 1, 10);
  std::uniform_real_distribution<double> jitter(0.5, 1.5);
  return milliseconds(static_cast<long long>(static_cast<double>(base) * jitter(random_)));
}

}  // namespace mcpgw::guards::remote
