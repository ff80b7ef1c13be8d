#include "upstream/child_transport.h"

#include "core/line_framer.h"
#include "core/line_writer.h"

#include <boost/asio/steady_timer.hpp>
#include <spdlog/spdlog.h>

#include <array>
#include <csignal>

namespace mcpgw::upstream {

namespace asio = boost::asio;

namespace {

constexpr std::size_t kReadChunk = 64 * 1024;
constexpr std::size_t kMaxStderrLine = 4096;

class ChildTransport final : public UpstreamTransport,
                             public std::enable_shared_from_this<ChildTransport> {
 public:
  ChildTransport(asio::io_context& io, std::string name, ChildProcess::Spec spec,
                 std::size_t max_message, std::size_t max_queued_input,
                 std::chrono::milliseconds grace)
      : io_(io),
        name_(std::move(name)),
        spec_(std::move(spec)),
        max_queued_input_(max_queued_input),
        grace_(grace),
        stdout_framer_(max_message),
        stderr_framer_(kMaxStderrLine),
        kill_timer_(io) {}

  Result<bool> Start(Events events) override {
    auto spawned = ChildProcess::Spawn(io_.get_executor(), spec_);
    if (!spawned) return spawned.error();
    child_ = std::move(*spawned);
    events_ = std::move(events);
    writer_ = std::make_unique<core::LineWriter<asio::writable_pipe>>(
        child_->stdin_pipe(), [](boost::system::error_code) {});
    writer_->set_owner(weak_from_this());
    auto self = shared_from_this();
    child_->AsyncWait([self](int status) { self->OnExit(status); });
    ReadStdout();
    ReadStderr();
    return true;
  }

  bool Send(std::string text, OutgoingInfo) override {
    if (failed_ || !writer_) return false;
    // One message always fits an empty queue; beyond that the queue is bounded.
    if (writer_->queued_bytes() > 0 &&
        writer_->queued_bytes() + text.size() > max_queued_input_) {
      spdlog::warn("upstream name={} is not reading its stdin: {} bytes queued; message refused",
                   name_, writer_->queued_bytes());
      return false;
    }
    return writer_->Write(std::move(text));
  }

  void Shutdown(std::chrono::milliseconds grace) override {
    if (terminating_ || !child_ || child_->reaped()) return;
    terminating_ = true;
    // EOF first, once what is queued (e.g. the notifications/cancelled of the requests a leaving
    // client had in flight) is written, so the server stops that work and can exit at once;
    // then SIGTERM to the group after a grace period; then SIGKILL. The grace counts from the
    // EOF: while the queue drains, the child is signalled only when a whole grace period passes
    // without it reading anything (a child that stopped reading never gets its EOF).
    auto self = shared_from_this();
    writer_->OnDrained([self, grace] {
      self->writer_->Close();
      self->child_->CloseStdin();
      if (!self->child_->reaped()) self->ArmTerm(grace);
    });
    if (!writer_->failed()) WatchDrain(grace, writer_->written_bytes());
  }

  std::string Describe() const override {
    return "pid=" + std::to_string(child_ ? child_->pid() : -1);
  }

 private:
  // While the queue drains: re-arms as long as the child reads, SIGTERMs it once it stalls.
  void WatchDrain(std::chrono::milliseconds grace, std::size_t written_before) {
    auto self = shared_from_this();
    kill_timer_.expires_after(grace);
    kill_timer_.async_wait([self, grace, written_before](boost::system::error_code ec) {
      if (ec || self->child_->reaped() || self->writer_->failed()) return;
      const std::size_t written = self->writer_->written_bytes();
      if (written != written_before) return self->WatchDrain(grace, written);
      self->Signal(grace);
    });
  }

  // After the EOF: SIGTERM after `grace`, then SIGKILL after another.
  void ArmTerm(std::chrono::milliseconds grace) {
    auto self = shared_from_this();
    kill_timer_.expires_after(grace);  // cancels a drain watch still pending
    kill_timer_.async_wait([self, grace](boost::system::error_code ec) {
      if (ec || self->child_->reaped()) return;
      self->Signal(grace);
    });
  }

  void Signal(std::chrono::milliseconds grace) {
    child_->SignalGroup(SIGTERM);
    auto self = shared_from_this();
    kill_timer_.expires_after(grace);
    kill_timer_.async_wait([self](boost::system::error_code ec) {
      if (!ec && !self->child_->reaped()) self->child_->SignalGroup(SIGKILL);
    });
  }

  void Failed(std::string reason) {
    if (failed_) return;
    failed_ = true;
    if (events_.on_failed) events_.on_failed(std::move(reason));
  }

  void OnExit(int status) {
    kill_timer_.cancel();
    // Nothing more can reach the child: drop what is queued and run the writer's drained
    // callbacks now (Shutdown's holds this transport; left pending it would be a cycle).
    if (writer_) writer_->Close();
    // Grandchildren (e.g. npx -> node) were killed with the group before the reap (AsyncWait);
    // the reaped group is never signalled again.
    const std::string how = DescribeExit(status);
    Failed(how);
    Events events = std::move(events_);
    events_ = {};
    if (events.on_closed) events.on_closed(how);
  }

  void ReadStdout() {
    auto self = shared_from_this();
    child_->stdout_pipe().async_read_some(
        asio::buffer(stdout_buffer_), [self](boost::system::error_code ec, std::size_t n) {
          if (ec) {
            self->Failed(ec == asio::error::eof ? "closed its stdout"
                                                : "stdout read failed: " + ec.message());
            self->Shutdown(self->grace_);
            return;
          }
          self->stdout_framer_.Feed(
              std::string_view(self->stdout_buffer_.data(), n),
              [&](std::string_view line) {
                if (!self->failed_ && self->events_.on_message) self->events_.on_message(line);
              },
              [&](std::size_t dropped) {
                if (!self->failed_ && self->events_.on_oversize) {
                  self->events_.on_oversize(dropped, self->stdout_framer_.dropped_head(),
                                            self->stdout_framer_.dropped_tail());
                }
              });
          if (!self->failed_) self->ReadStdout();
        });
  }

  void ReadStderr() {
    auto self = shared_from_this();
    child_->stderr_pipe().async_read_some(
        asio::buffer(stderr_buffer_), [self](boost::system::error_code ec, std::size_t n) {
          if (ec) return;  // EOF or closed: the child is going away
          self->stderr_framer_.Feed(
              std::string_view(self->stderr_buffer_.data(), n),
              [&](std::string_view line) {
                spdlog::debug("upstream name={} stderr: {}", self->name_, line);
              },
              [&](std::size_t dropped) {
                spdlog::debug("upstream name={} stderr: ({} bytes without newline dropped)",
                              self->name_, dropped);
              });
          self->ReadStderr();
        });
  }

  asio::io_context& io_;
  std::string name_;
  ChildProcess::Spec spec_;
  std::size_t max_queued_input_;
  std::chrono::milliseconds grace_;
  std::unique_ptr<ChildProcess> child_;
  std::unique_ptr<core::LineWriter<asio::writable_pipe>> writer_;
  core::LineFramer stdout_framer_;
  core::LineFramer stderr_framer_;
  std::array<char, kReadChunk> stdout_buffer_;
  std::array<char, 4096> stderr_buffer_;
  asio::steady_timer kill_timer_;
  Events events_;
  bool failed_ = false;
  bool terminating_ = false;
};

}  // namespace

std::string DescribeExit(int status) {
  if (status < 0) return "exited (status unknown)";
  if (status > 128 && status < 128 + 65)
    return "was killed by signal " + std::to_string(status - 128);
  return "exited with status " + std::to_string(status);
}

std::shared_ptr<UpstreamTransport> MakeChildTransport(asio::io_context& io,
                                                      std::string server_name,
                                                      ChildProcess::Spec spec,
                                                      std::size_t max_message_size,
                                                      std::size_t max_queued_input,
                                                      std::chrono::milliseconds grace) {
  return std::make_shared<ChildTransport>(io, std::move(server_name), std::move(spec),
                                          max_message_size, max_queued_input, grace);
}

}  // namespace mcpgw::upstream
