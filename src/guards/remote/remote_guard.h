// RemoteGuard: the shape shared by the guards that ask a network service about a message
// (llm_judge, lasso, webhook). A subclass says what to send (Prepare), how to read the answer
// (Interpret) and what the answer does to the message (Decide); this class runs the rest the same
// way for all three: the RemoteCaller (timeout, retries, concurrency limit, queue), the answer
// cache keyed by the SHA-256 of the body sent, cancellation, and failures.
//
// Failures (the service unreachable, timed out, over its queue, non-2xx, a malformed answer)
// reject with reason "guard.failed" and a message naming the guard and the cause, so the chain's
// fail mode applies: closed by default (the client reads the message), open when the entry has
// fail_open (recorded, the message goes on). A 429's Retry-After reaches the client as
// data.retryAfterMs. Logs carry the guard's name and the cause only: never a header (API keys,
// signatures), a URL or the content.
//
// These guards always wait (waits() true) and are registered as late chain entries, so they see
// the payload after every local guard has masked it, and the local guards' findings.
//
// Threading: io_context thread only (see guard.h). Lifetime: owned by the chain; a call still in
// flight when the guard is destroyed ends without touching it.
#pragma once

#include <boost/json/value.hpp>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "guards/guard.h"
#include "guards/remote/remote_caller.h"
#include "guards/remote/result_cache.h"

namespace mcpgw::guards::remote {

// A text leaf of a payload as the walker (text_walker.h) sees it.
struct LeafText {
  std::string pointer;  // JSON pointer into the payload
  std::string text;
};

// Every text leaf of `payload` for a message with `context`, in walk order.
std::vector<LeafText> CollectLeaves(const GuardContext& context, const boost::json::value& payload);

// Replaces the text of the leaves whose pointer is in `replacements` (pointer -> new text);
// returns how many were replaced.
std::size_t ReplaceLeaves(const GuardContext& context, boost::json::value& payload,
                          const std::vector<LeafText>& replacements);

class RemoteGuard : public Guard {
 public:
  // `cache_size` 0: no cache.
  RemoteGuard(std::string name, boost::asio::io_context& io, CallPolicy policy,
              std::size_t cache_size);
  ~RemoteGuard() override;

  std::string_view name() const override { return name_; }
  bool waits() const override { return true; }
  // Only reached through GuardChain::Run (inline only): a waiting guard cannot answer inline, so
  // it fails (fail mode applies).
  Verdict Inspect(const GuardContext& context, boost::json::value& payload) override;
  void InspectLater(std::shared_ptr<const GuardContext> context, boost::json::value& payload,
                    std::shared_ptr<const bool> cancelled,
                    std::function<void(Verdict)> done) override;

  const RemoteCaller& caller() const { return *caller_; }
  const ResultCache& cache() const { return *cache_; }

 protected:
  struct Outgoing {
    http::Request request;   // url, method, headers, body (the timeout is the policy's)
    bool cacheable = false;  // the answer is cached under ContentKey(request.body)
  };
  // What to send for this message; nullopt: nothing to ask (the guard continues). An error is a
  // failure of the guard.
  virtual Result<std::optional<Outgoing>> Prepare(const GuardContext& context,
                                                  const boost::json::value& payload) = 0;
  // Reads the service's 2xx answer into a decision (what the cache stores); an error means the
  // answer was malformed.
  virtual Result<boost::json::value> Interpret(const GuardContext& context,
                                               const http::Response& response) = 0;
  // Applies a decision to the payload (not changed in Mode::kMonitor). An error is a failure.
  virtual Result<Verdict> Decide(const GuardContext& context, const boost::json::value& decision,
                                 boost::json::value& payload) = 0;

  // The failure verdict: reject "guard.failed" with "<name>: <why> (fail-closed)".
  Verdict Failure(std::string_view why) const;

 private:
  std::string name_;
  std::shared_ptr<RemoteCaller> caller_;
  std::unique_ptr<ResultCache> cache_;
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace mcpgw::guards::remote
