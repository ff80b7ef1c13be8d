// RemoteCaller: how the network guards (llm_judge, lasso, webhook) talk to their service, in one
// place: a strict timeout per attempt, an overall deadline, retries with jittered exponential
// backoff (network errors and 5xx only, where the guard allows), Retry-After on 429 when it fits
// in the deadline, a concurrency limit with a bounded wait queue, and cancellation.
//
// Outcomes (CallResult): ok() when the service answered 2xx; otherwise `error` says why
// ("timed out", "HTTP 503", "HTTP 429 (retry after 2000 ms)", "too many requests waiting (queue
// of 64 full)") and never contains a header value (API keys and signatures stay out of it).
//
// Threading: io_context thread only. Lifetime: shared; each call keeps the caller alive until
// it ends. Cancellation: when `*cancelled` becomes true the call stops at its next step (queued:
// dropped; backing off: no further attempt) and `done` is NOT called; `done` is otherwise called
// exactly once, never from inside Call.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>

#include "http_client/http_fetch.h"

namespace boost::asio {
class io_context;
}

namespace mcpgw::guards::remote {

struct CallPolicy {
  std::chrono::milliseconds timeout{3000};   // one attempt, connect to last byte
  std::chrono::milliseconds deadline{5000};  // the whole call: queueing, attempts and waits
  int retries = 0;                           // extra attempts on network errors and 5xx
  std::chrono::milliseconds backoff{100};    // attempt n waits backoff * 2^(n-1) * [0.5, 1.5)
  bool honour_retry_after = false;           // 429 with Retry-After within the deadline: retry
  std::size_t max_concurrency = 4;           // requests in flight at once
  std::size_t max_queue = 64;                // requests waiting for a slot; past it: an error
};

struct CallResult {
  std::optional<http::Response> response;    // set when the service answered 2xx
  std::string error;                         // why not, otherwise
  int status = 0;                            // the last HTTP status seen (0: none)
  std::chrono::milliseconds retry_after{0};  // from a 429's Retry-After, when given
  int attempts = 0;

  bool ok() const { return response.has_value(); }
};

class RemoteCaller : public std::enable_shared_from_this<RemoteCaller> {
 public:
  using Done = std::function<void(CallResult)>;

  RemoteCaller(boost::asio::io_context& io, CallPolicy policy);

  // Sends `request` (its timeout is replaced by the policy's) under the policy. See the file
  // comment for outcomes and cancellation.
  void Call(http::Request request, std::shared_ptr<const bool> cancelled, Done done);

  std::size_t in_flight() const { return in_flight_; }
  std::size_t queued() const { return queue_.size(); }
  const CallPolicy& policy() const { return policy_; }

 private:
  struct Op;
  void Start(std::shared_ptr<Op> op);
  void Attempt(std::shared_ptr<Op> op);
  void Retry(std::shared_ptr<Op> op, std::chrono::milliseconds wait);
  void Finish(std::shared_ptr<Op> op, CallResult result);
  void Release();
  std::chrono::milliseconds Backoff(int attempt);

  boost::asio::io_context& io_;
  CallPolicy policy_;
  std::size_t in_flight_ = 0;
  std::deque<std::shared_ptr<Op>> queue_;
  std::minstd_rand random_;
};

// Parses a Retry-After header value (delay-seconds only; HTTP dates are not honoured) into
// milliseconds; nullopt when absent or not a number.
std::optional<std::chrono::milliseconds> ParseRetryAfter(std::string_view value);

}  // namespace mcpgw::guards::remote
