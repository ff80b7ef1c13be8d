// A child process spoken to over its stdin/stdout with newline-delimited messages (the MCP stdio
// transport), for the latency bench. The child's stderr goes to /dev/null unless asked otherwise.
//
// Threading: not thread-safe; owned and used by one thread. Linux/POSIX only.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::bench {

class ChildProcess {
 public:
  // Spawns argv[0] (looked up in PATH) with pipes on stdin and stdout. Returns nullopt and prints
  // the reason to stderr when the spawn fails. REQUIRES: !argv.empty().
  static std::optional<ChildProcess> Spawn(const std::vector<std::string>& argv,
                                           bool inherit_stderr);

  ChildProcess(ChildProcess&& other) noexcept;
  ChildProcess& operator=(ChildProcess&&) = delete;
  ChildProcess(const ChildProcess&) = delete;
  // Closes the pipes and reaps the child (see Stop).
  ~ChildProcess();

  pid_t pid() const { return pid_; }

  // Appends `message` and a newline to the outgoing buffer; nothing is written yet.
  void Queue(std::string_view message);
  bool HasPendingOutput() const { return out_offset_ < out_.size(); }

  // Writes as much queued output as the pipe takes without blocking. Returns false when the
  // child closed its stdin.
  bool Flush();

  // Waits until at least one complete line has arrived or `timeout` passes (a negative timeout
  // waits for ever), writing queued output meanwhile (so a child blocked on a full pipe cannot
  // deadlock us). Complete lines are appended
  // to `lines` and `arrival` is set to the time the bytes holding the first of them were read.
  // Returns false on end of file or an I/O error (reason on stderr), true otherwise (`lines` may
  // be unchanged after a timeout).
  bool ReadLines(std::vector<std::string>& lines, std::chrono::steady_clock::time_point& arrival,
                 std::chrono::milliseconds timeout);

  // Closes the child's stdin, waits up to `grace` for it to exit, then sends SIGTERM and, if
  // needed, SIGKILL. Idempotent.
  void Stop(std::chrono::milliseconds grace);

 private:
  ChildProcess(pid_t pid, int to_child, int from_child);
  // Moves complete lines out of in_ into `lines`; returns how many.
  std::size_t TakeLines(std::vector<std::string>& lines);

  pid_t pid_ = -1;
  int to_child_ = -1;    // child's stdin, non-blocking
  int from_child_ = -1;  // child's stdout, blocking
  std::string out_;
  std::size_t out_offset_ = 0;
  std::string in_;
  std::size_t in_scanned_ = 0;  // bytes of in_ known to hold no newline
};

}  // namespace mcpgw::bench
