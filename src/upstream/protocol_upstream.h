// ProtocolUpstream: the MCP client side of one upstream server, over any UpstreamTransport (a
// child process, Streamable HTTP or legacy SSE). Owns the JSON-RPC id space, the initialize
// handshake, the cached lists, deadlines, progress-token remapping, cancellation, pings and
// restarts.
//
// Life: Start() opens a run through `make_transport`. Unless the server's protocolEra is
// "legacy" (or its transport is legacy SSE), the run is first probed with server/discover
// (modern_wire.h; bounded by kDiscoverTimeout): a server offering 2026-07-28 is spoken to in
// that era for the whole run (every request carries the _meta envelope, HTTP POSTs the
// era's headers, no initialize, no ping: server/discover checks liveness, logging/setLevel is
// answered here and sent as each request's logLevel), anything else gets initialize (bounded
// by initialize_timeout) as before; with protocolEra "modern" that is a failed start instead.
// A stdio server that exits on the probe is started again at once with initialize. The era is
// decided again for every run (a restart probes again). Then it lists tools, resources, resource templates and prompts, following
// nextCursor through every page. An active upstream silent for ping_interval is pinged. When the
// run fails (the child dies, the connection breaks, a handshake or ping fails), in-flight
// requests get an error at once and a restart is scheduled with exponential backoff
// (RestartBackoff: restart_initial_delay doubling up to restart_max_delay; the delay resets once
// a run has stayed active for restart_reset_after). A run that cannot even start (the
// transport's Start() fails: command not found) counts towards max_start_attempts; after that
// many in a row the upstream stays in State::kFailed with the reason in last_error() and is not
// retried.
//
// input_required (2026-07-28 runs): a request answered with `resultType: "input_required"` is
// not completed; its inputRequests are asked of the client through the observer's
// OnUpstreamRequest (the path a legacy server's sampling/elicitation/roots request takes:
// InputRound), and the request is sent again, with the same id, with `inputResponses` and the
// server's `requestState` unchanged — round after round, at most kMaxInputRounds. Each round
// and each retry gets the request's timeout again (never past its max_timeout). A refused
// question fails the call with the refusal's error; Cancel(), a timeout or the run's end abort
// the round and cancel the client's outstanding questions (notifications/cancelled through
// OnUpstreamNotification, which the router forwards to the client).
//
// subscriptions/listen (2026-07-28 runs; modern_listen.h, protocol_upstream_listen.cc): once a
// modern run is active the upstream keeps one listen open asking for the list_changed kinds the
// server advertises and the resource URIs subscribed on it. Its list_changed notifications take
// the legacy path (the list is fetched again, the observer told); resources/updated goes to the
// observer as a legacy server's. resources/subscribe and resources/unsubscribe (removed in
// 2026-07-28) are answered here and change the listen's URIs (at most kMaxListenUris): a new
// listen is opened with the new set and the old one cancelled once the new one is acknowledged.
// A listen that ends is opened again after the restart backoff (restart_initial_delay ...
// restart_max_delay); after kMaxListenFailures ends in a row without an acknowledgement, or a
// -32601 answer (the server has no listen: logged once at info), not again on this run. A listen
// has no deadline (it is meant to stay open); it ends with its run, and Stop() ends it.
//
// Threading and lifetime: as Upstream (upstream.h). Construct with std::make_shared.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>
#include <unordered_map>

#include "upstream/input_round.h"
#include "upstream/modern_listen.h"
#include "upstream/modern_wire.h"
#include "upstream/restart_backoff.h"
#include "upstream/upstream.h"
#include "upstream/upstream_factory.h"
#include "upstream/upstream_transport.h"

namespace mcpgw::upstream {

class ProtocolUpstream final : public Upstream,
                               public std::enable_shared_from_this<ProtocolUpstream> {
 public:
  // The longest wait for the server/discover probe before initialize is tried instead.
  static constexpr std::chrono::milliseconds kDiscoverTimeout{5'000};
  // input_required rounds one request may take before it fails (the SDKs' default, too).
  static constexpr int kMaxInputRounds = 10;
  // Listens that may end in a row before being acknowledged before the run stops opening them.
  static constexpr int kMaxListenFailures = 8;

  // Creates the transport of one run; called at each (re)start.
  using TransportFactory = std::function<std::shared_ptr<UpstreamTransport>()>;

  ProtocolUpstream(boost::asio::io_context& io, std::shared_ptr<const config::ServerConfig> config,
                   UpstreamOptions options, UpstreamObserver* observer,
                   TransportFactory make_transport);
  ~ProtocolUpstream() override;

  const config::ServerConfig& config() const override { return *config_; }
  State state() const override { return state_; }
  const std::string& last_error() const override { return last_error_; }
  std::uint64_t restarts() const override { return restarts_; }
  const Catalog& catalog() const override { return catalog_; }
  bool settled() const override { return settled_; }
  void Start() override;
  void Stop(std::function<void()> done) override;
  RequestId Send(std::string_view method, json::value params, RequestCallbacks callbacks,
                 std::chrono::milliseconds timeout,
                 std::chrono::milliseconds max_timeout) override;
  // Forwards the client's bytes with only the id and a progress token replaced.
  RequestId Forward(core::WireMessage request, RequestCallbacks callbacks,
                    std::chrono::milliseconds timeout,
                    std::chrono::milliseconds max_timeout) override;
  void Cancel(RequestId id, std::string_view reason) override;
  void Notify(std::string_view method, json::value params) override;

  // Whether the live run speaks 2026-07-28 (decided by its server/discover probe).
  bool modern() const { return era_ == Era::kModern; }
  // The id of the run's acknowledged subscriptions/listen; 0 when none is open.
  RequestId listen_id() const { return listen_.active; }

 private:
  enum class Era { kUnknown, kLegacy, kModern };
  // One run: its transport, and the first failure seen on it.
  struct Run {
    std::shared_ptr<UpstreamTransport> transport;
    std::string failure;  // first failure reason; empty while healthy
    bool shutting_down = false;
    bool probing = false;  // server/discover is in flight
  };
  using Clock = std::chrono::steady_clock;
  struct Pending {
    RequestCallbacks callbacks;
    Clock::time_point deadline;
    Clock::time_point hard_deadline;
    std::chrono::milliseconds timeout;
    json::value progress_token;  // the caller's token; null when none
    bool internal = false;       // sent by the upstream itself (initialize, lists)
    // 2026-07-28 runs only:
    bool modern = false;         // the answer is decoded (modern_wire.h DecodeResponse)
    std::string method;
    std::string retry_text;      // the request as first sent (input_required retries)
    std::vector<std::pair<std::string, std::string>> headers;  // its HTTP headers
    bool long_lived = false;     // subscriptions/listen: no deadline, OutgoingInfo::long_lived
    int rounds = 0;              // input_required rounds so far
    std::optional<std::string> request_state;  // of the current round
    std::shared_ptr<InputRound> round;         // while the client is being asked
  };

  void Launch();
  void Initialize(const std::shared_ptr<Run>& conn);
  // Probes the run's era with server/discover; initialize follows unless it is modern.
  void Discover(const std::shared_ptr<Run>& conn);
  bool ShouldProbe() const;
  // The envelope of this gateway's modern requests: `client_capabilities` are the calling
  // client's (RequestCallbacks::client_capabilities); null (no client caused the request) means
  // the gateway's offer, as in initialize.
  modern::Envelope MakeEnvelope(const json::object* client_capabilities) const;
  // Fetches every list the server's capabilities announce (after initialize).
  void FetchAllLists(const std::shared_ptr<Run>& conn, std::function<void()> done);
  // Fetches the lists of one kind again (list_changed) on the live run.
  void FetchList(ListKind kind, std::function<void()> done);
  // Fetches the lists numbered `lists` (0 tools, 1 resources, 2 resource templates, 3 prompts;
  // all pages each) on `conn` and stores them in the catalog while `conn` is still the live
  // run; `done` once all have finished.
  void FetchLists(const std::shared_ptr<Run>& conn, std::vector<std::size_t> lists,
                  std::function<void()> done);
  void FetchListPage(const std::shared_ptr<Run>& conn, std::string method,
                     std::string field, json::value cursor, std::shared_ptr<json::array> items,
                     int page, std::function<void(json::array)> done);
  void OnListChanged(ListKind kind);
  void BecomeActive();

  void HandleLine(const std::shared_ptr<Run>& conn, std::string_view line);
  void HandleResponse(core::WireMessage response);
  // A 2026-07-28 run's answer to pending request `id`: decoded, or an input_required round.
  void HandleModernResponse(RequestId id, core::WireMessage response);
  void OnInputRoundDone(RequestId id, int round, InputRound::Result result);
  // 2026-07-28 has no logging/setLevel: the level is remembered for every later request's
  // _meta logLevel and the request (sent as `id`) is answered here with {}.
  RequestId SetLogLevel(RequestId id, const core::WireMessage& request, Pending pending);
  // Completes and forgets pending request `id`.
  void CompletePending(RequestId id, core::WireMessage response);
  void HandleNotification(json::object notification);
  void HandleServerRequest(const std::shared_ptr<Run>& conn, json::object request);
  void HandleProgress(json::object params);
  void FailOversized(std::size_t size, std::string_view head, std::string_view tail);

  RequestId SendOn(const std::shared_ptr<Run>& conn, std::string_view method,
                   json::value params, RequestCallbacks callbacks,
                   std::chrono::milliseconds timeout, std::chrono::milliseconds max_timeout,
                   bool internal);
  // Registers `pending` under `id` and writes `text` (the request with that id); on a failed
  // write the error response is posted instead.
  RequestId Dispatch(const std::shared_ptr<Run>& conn, RequestId id, std::string text,
                     bool initialize, Pending pending);
  // Answers a request the upstream cannot send (not active) with a posted error.
  RequestId Unavailable(RequestCallbacks callbacks);
  Pending NewPending(std::chrono::milliseconds timeout, std::chrono::milliseconds max_timeout,
                     bool internal) const;
  // Writes a notification or a response.
  bool WriteMessage(const std::shared_ptr<Run>& conn, const json::object& message);
  bool WriteText(const std::shared_ptr<Run>& conn, std::string text, OutgoingInfo info);

  // The run failed (exit, EOF, protocol error, handshake or ping failure): fails every pending
  // request at once and shuts the transport down; OnClosed finishes the job.
  void Fail(const std::shared_ptr<Run>& conn, std::string reason);
  void OnClosed(const std::shared_ptr<Run>& conn, const std::string& detail);
  void FailAllPending(const std::string& message);
  void ScheduleRestart();
  void SetState(State state);

  void SchedulePing(const std::shared_ptr<Run>& conn);

  // ---- subscriptions/listen (protocol_upstream_listen.cc) -------------------------------
  // Opens, replaces or ends the run's listen after the current handler (changes in one turn,
  // e.g. the router renewing every subscription after a restart, make one listen).
  void ScheduleListenUpdate();
  // Brings the listen in line with the catalog's capabilities and listen_.uris.
  void UpdateListen();
  void OpenListen(json::object params);
  void CancelListen(RequestId id);
  void OnListenEnded(const std::shared_ptr<Run>& conn, RequestId id,
                     const json::object& response);
  // A notification of a modern run: false when it is consumed here (the acknowledgement, or one
  // of a listen that is no longer the current one); otherwise its tag is removed.
  bool AcceptListenNotification(json::object& notification);
  // resources/subscribe or resources/unsubscribe (sent as `id`) on a modern run: answered here.
  RequestId AnswerSubscription(RequestId id, std::string_view method, const json::value* uri,
                               Pending pending);
  // Forgets the run's listen (a new run starts without one).
  void ResetListen();

  void ArmSweep(Clock::time_point deadline);
  void Sweep();

  boost::asio::io_context& io_;
  std::shared_ptr<const config::ServerConfig> config_;
  UpstreamOptions options_;
  UpstreamObserver* observer_;
  TransportFactory make_transport_;

  State state_ = State::kStarting;
  std::string last_error_;
  std::uint64_t restarts_ = 0;  // restarts scheduled (ScheduleRestart)
  Catalog catalog_;
  bool settled_ = false;
  bool stopping_ = false;
  std::function<void()> stop_done_;

  std::shared_ptr<Run> conn_;  // the live run; null between runs
  std::unordered_map<RequestId, Pending> pending_;
  RequestId next_id_ = 0;

  Era era_ = Era::kUnknown;     // of the live run
  bool skip_probe_once_ = false;  // a stdio server exited on the probe: initialize next run
  std::string log_level_;       // modern: the level logging/setLevel asked for

  boost::asio::steady_timer sweep_timer_;
  bool sweep_armed_ = false;
  Clock::time_point sweep_deadline_;
  std::uint64_t sweep_generation_ = 0;

  boost::asio::steady_timer ping_timer_;
  Clock::time_point last_heard_;  // when the live connection last sent anything

  boost::asio::steady_timer restart_timer_;
  RestartBackoff backoff_;
  int start_failures_ = 0;  // consecutive runs whose transport could not start
  Clock::time_point active_since_;

  // The run's subscriptions/listen (modern runs only).
  struct Listen {
    std::set<std::string> uris;  // resources subscribed on this run (answered by this upstream)
    RequestId active = 0;        // the acknowledged listen; 0 when none
    RequestId opening = 0;       // sent, not yet acknowledged; 0 when none
    json::object active_params;  // what each asked for
    json::object opening_params;
    bool update_posted = false;
    bool refused = false;        // answered -32601: this run has no listen
    int failures = 0;            // listens ended in a row before being acknowledged
    Clock::time_point acknowledged_at;
  };
  Listen listen_;
  RestartBackoff listen_backoff_;
  boost::asio::steady_timer listen_timer_;

  // list_changed coalescing: a refetch in progress, and whether another is needed after it.
  bool fetching_[3] = {false, false, false};
  bool refetch_[3] = {false, false, false};
};

}  // namespace mcpgw::upstream
