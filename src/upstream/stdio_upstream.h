// StdioUpstream: supervises one MCP server run as a child process speaking newline-delimited
// JSON-RPC on its stdin/stdout.
//
// Life: Start() spawns the child (own process group, dies with the gateway), drains its stderr
// into the log at debug level, sends initialize (bounded by initialize_timeout), then lists
// tools, resources, resource templates and prompts, following nextCursor through every page.
// When the child dies or misbehaves, in-flight requests get an error at once and a restart is
// scheduled with exponential backoff (restart_initial_delay doubling up to restart_max_delay; the
// delay resets once a run has stayed active for a minute).
//
// Threading and lifetime: as Upstream (upstream.h). Construct with std::make_shared.
#pragma once

#include "upstream/upstream.h"
#include "upstream/upstream_factory.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <memory>
#include <unordered_map>

namespace mcpgw::core {
class LineFramer;
}

namespace mcpgw::upstream {

class StdioUpstream final : public Upstream, public std::enable_shared_from_this<StdioUpstream> {
 public:
  StdioUpstream(boost::asio::io_context& io, std::shared_ptr<const config::ServerConfig> config,
                UpstreamOptions options, UpstreamObserver* observer);
  ~StdioUpstream() override;

  const config::ServerConfig& config() const override { return *config_; }
  State state() const override { return state_; }
  const std::string& last_error() const override { return last_error_; }
  const Catalog& catalog() const override { return catalog_; }
  bool settled() const override { return settled_; }
  void Start() override;
  void Stop(std::function<void()> done) override;
  RequestId Send(std::string_view method, json::value params, RequestCallbacks callbacks,
                 std::chrono::milliseconds timeout,
                 std::chrono::milliseconds max_timeout) override;
  void Cancel(RequestId id, std::string_view reason) override;
  void Notify(std::string_view method, json::value params) override;

 private:
  struct Connection;
  using Clock = std::chrono::steady_clock;
  struct Pending {
    RequestCallbacks callbacks;
    Clock::time_point deadline;
    Clock::time_point hard_deadline;
    std::chrono::milliseconds timeout;
    json::value progress_token;  // the caller's token; null when none
    bool internal = false;       // sent by the upstream itself (initialize, lists)
  };

  void Launch();
  void Initialize(const std::shared_ptr<Connection>& conn);
  void FetchAllLists(const std::shared_ptr<Connection>& conn, std::function<void()> done);
  void FetchList(ListKind kind, std::function<void()> done);
  void FetchListPage(const std::shared_ptr<Connection>& conn, std::string method,
                     std::string field, json::value cursor, std::shared_ptr<json::array> items,
                     int page, std::function<void(json::array)> done);
  void OnListChanged(ListKind kind);
  void BecomeActive();

  void ReadStdout(std::shared_ptr<Connection> conn);
  void ReadStderr(std::shared_ptr<Connection> conn);
  void HandleLine(const std::shared_ptr<Connection>& conn, std::string_view line);
  void HandleResponse(json::object response);
  void HandleNotification(json::object notification);
  void HandleServerRequest(const std::shared_ptr<Connection>& conn, json::object request);
  void HandleProgress(json::object params);
  void FailOversized(const core::LineFramer& framer, std::size_t size);

  RequestId SendOn(const std::shared_ptr<Connection>& conn, std::string_view method,
                   json::value params, RequestCallbacks callbacks,
                   std::chrono::milliseconds timeout, std::chrono::milliseconds max_timeout,
                   bool internal);
  bool WriteMessage(const std::shared_ptr<Connection>& conn, const json::object& message);

  // The connection failed (exit, EOF, protocol error, handshake failure): fails every pending
  // request at once and terminates the child; OnExited finishes the job.
  void Fail(const std::shared_ptr<Connection>& conn, std::string reason);
  void Terminate(const std::shared_ptr<Connection>& conn);
  void OnExited(const std::shared_ptr<Connection>& conn, int status);
  void FailAllPending(const std::string& message);
  void ScheduleRestart();
  void SetState(State state);

  void SchedulePing(const std::shared_ptr<Connection>& conn);

  void ArmSweep(Clock::time_point deadline);
  void Sweep();

  boost::asio::io_context& io_;
  std::shared_ptr<const config::ServerConfig> config_;
  UpstreamOptions options_;
  UpstreamObserver* observer_;

  State state_ = State::kStarting;
  std::string last_error_;
  Catalog catalog_;
  bool settled_ = false;
  bool stopping_ = false;
  std::function<void()> stop_done_;

  std::shared_ptr<Connection> conn_;  // the live connection; null between runs
  std::unordered_map<RequestId, Pending> pending_;
  RequestId next_id_ = 0;

  boost::asio::steady_timer sweep_timer_;
  bool sweep_armed_ = false;
  Clock::time_point sweep_deadline_;
  std::uint64_t sweep_generation_ = 0;

  boost::asio::steady_timer ping_timer_;
  Clock::time_point last_heard_;  // when the live connection last sent anything

  boost::asio::steady_timer restart_timer_;
  int restart_attempt_ = 0;
  Clock::time_point active_since_;

  // list_changed coalescing: a refetch in progress, and whether another is needed after it.
  bool fetching_[3] = {false, false, false};
  bool refetch_[3] = {false, false, false};
};

}  // namespace mcpgw::upstream
