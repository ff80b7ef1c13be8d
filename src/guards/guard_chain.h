// GuardChain: the ordered list of guards every message toward a server or toward the client
// passes through.
//
// Rules (each pinned by a test in guard_chain_test.cc named after it):
//  - Order: on the request path (toward a server) guards run in configured order; on the
//    response path (toward the client) in reverse order (the guard closest to the upstream sees
//    the response first, as in Envoy). Late entries (ChainEntry::late) run after all others on
//    both paths, in configured order.
//  - Scope: a guard runs only where it Applies() and where its scope's mode for the message is
//    not kOff; the scope resolves the mode from the chain's global mode, the guard's own mode,
//    and per-server/per-tool overrides (every matching override applies, in order).
//  - First reject wins: the first kReject stops the chain; later guards do not run.
//  - Monitor: a guard in Mode::kMonitor is told so (context.mode) and must not change the
//    payload; a reject from it is recorded (finding action kBlock, applied = false) and the
//    chain goes on.
//  - Fail-closed: a guard that throws, or a waiting guard that exceeds its time budget, rejects
//    with reason "guard.failed" / "guard.timeout"; with fail_open set on its entry the chain
//    records the failure and goes on instead.
//  - Clean without a tree: RunClean answers only when the answer is the one Start would give on
//    the parsed payload (every applicable guard judges leaves and finds all of them clean).
//  - Inline first: when every applicable guard answers inline, Start() calls `done` before it
//    returns and never touches the io_context; a clean message through local guards allocates
//    nothing beyond the result's vectors (empty).
//  - Cancellation: ChainRun::Cancel() stops a suspended run; `done` is never called after it.
//
// Threading: io_context thread only. The chain is immutable after construction and shared by
// every session.
#pragma once

#include "guards/guard.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boost::asio {
class io_context;
}

namespace mcpgw::guards {

struct GuardTiming {
  std::string_view guard;  // points into the guard's name (lives as long as the chain)
  std::chrono::nanoseconds elapsed{0};
};

struct ChainResult {
  VerdictKind kind = VerdictKind::kContinue;  // kModified if any guard modified, kReject if any
                                              // rejected (then the chain stopped there)
  std::vector<std::string> reasons;           // every non-continue verdict's reason, in order
  std::string message;                        // the rejecting guard's message
  boost::json::object data;                   // the rejecting guard's Verdict::data
  std::vector<Finding> findings;              // every guard's findings, in run order
  std::vector<GuardTiming> timings;           // per guard that ran

  bool rejected() const { return kind == VerdictKind::kReject; }
  // The rejecting reason ("" unless rejected).
  std::string_view reject_reason() const {
    return rejected() && !reasons.empty() ? std::string_view(reasons.back()) : std::string_view();
  }
};

// Where and how one guard runs.
struct GuardScope {
  struct Override {
    std::string server = "*";  // fnmatch glob on the upstream's name
    std::string tool = "*";    // glob on the item (tool, prompt or URI)
    std::optional<Mode> mode;
    std::optional<bool> requests;   // run on messages toward servers
    std::optional<bool> responses;  // run on messages toward the client
  };
  std::optional<Mode> mode;  // the guard's own mode; unset: the chain's global mode
  bool requests = true;
  bool responses = true;
  std::vector<Override> overrides;

  // The mode this guard runs in for `context` (kOff: skipped).
  Mode Resolve(Mode global, const GuardContext& context) const;
};

struct ChainEntry {
  std::unique_ptr<Guard> guard;
  GuardScope scope;
  std::chrono::milliseconds budget{5000};  // for waiting guards; inline guards are not timed out
  bool fail_open = false;                  // on failure or timeout: record and go on
  // Runs after every other guard on both paths (not reversed on the response path): for guards
  // that must see the others' masking and findings (policy, the network guards, which never
  // receive unmasked data). Late entries keep their configured order among themselves.
  bool late = false;
};

class ChainRun;

class GuardChain {
 public:
  using Done = std::function<void(ChainResult result, boost::json::value payload)>;

  GuardChain() = default;
  // Every guard enforcing everywhere, fail-closed (tests and simple setups).
  explicit GuardChain(std::vector<std::unique_ptr<Guard>> guards);
  // `io` runs the time budgets of waiting guards; it may be null when no guard waits.
  GuardChain(std::vector<ChainEntry> entries, Mode global_mode, boost::asio::io_context* io);
  ~GuardChain();

  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }
  const Guard& guard(std::size_t i) const { return *entries_[i].guard; }

  // True when at least one guard would run on a message with this context: callers skip
  // building or parsing a payload when false.
  bool AnyApplies(const GuardContext& context) const;

  // Runs the chain over `payload` (moved in, handed back to `done`, rewritten or not). `done` is
  // called exactly once, before Start returns when no applicable guard waits, unless the returned
  // run is cancelled first. The returned run is null when the chain finished inline.
  std::shared_ptr<ChainRun> Start(GuardContext context, boost::json::value payload,
                                  Done done) const;

  // Asks every guard to reload its configuration (Guard::Reload). Returns one line per guard
  // that refused ("<guard>: <reason>"); those guards keep their old configuration.
  std::vector<std::string> Reload() const;

  // The chain over a payload given as JSON text, without building its tree, for the common
  // outcome: when every guard that would run on a message with `context` judges leaves
  // (Guard::judges_leaves) and finds every leaf the text walker visits in `payload` clean,
  // returns the result Start() would give (kContinue, no finding, a timing per guard that ran)
  // and the message goes on unchanged. Returns nullopt when it cannot tell (a guard needs the
  // tree, a leaf is not clean, the text cannot be walked without a tree: see WalkTextJson);
  // then the caller parses the payload and calls Start(), which decides as always.
  // REQUIRES: `payload` is one JSON value a parser has accepted (a member of a validated
  // message: core::WireMessage::MemberText). `context.mode` is set for each guard's Applies, as
  // Start does, and restored.
  std::optional<ChainResult> RunClean(GuardContext& context, std::string_view payload) const;

  // Inline-only convenience: runs the chain and returns its result. A waiting guard in the way is
  // a failure of that guard (fail-closed unless fail_open).
  ChainResult Run(const GuardContext& context, boost::json::value& payload) const;

 private:
  friend class ChainRun;
  std::vector<ChainEntry> entries_;  // non-late entries first, then the late ones
  std::size_t first_late_ = 0;       // index of the first late entry (size() when none)
  Mode global_mode_ = Mode::kEnforce;
  boost::asio::io_context* io_ = nullptr;
};

// A suspended run of the chain (a waiting guard is working). Cancel() ends it without calling
// `done`. Threading: io_context thread only.
class ChainRun : public std::enable_shared_from_this<ChainRun> {
 public:
  void Cancel();
  bool cancelled() const { return *cancelled_; }

 private:
  friend class GuardChain;
  struct Private {};

 public:
  ChainRun(Private, const GuardChain& chain, GuardContext context, boost::json::value payload,
           GuardChain::Done done);

 private:
  // Runs guards from position step_ on; returns true when the run suspended.
  bool Continue();
  void Finish();
  // Applies a verdict of entry `index`; returns true when the chain must stop.
  bool Apply(std::size_t index, Verdict verdict, std::chrono::nanoseconds elapsed);

  const GuardChain& chain_;
  std::shared_ptr<GuardContext> context_;
  boost::json::value payload_;
  GuardChain::Done done_;
  ChainResult result_;
  std::size_t step_ = 0;
  std::shared_ptr<bool> cancelled_ = std::make_shared<bool>(false);
  std::shared_ptr<void> timer_;  // the budget timer of the waiting guard, while it waits
};

}  // namespace mcpgw::guards
