// ChildProcess: an upstream server's process, with pipes to its stdin, stdout and stderr, in its
// own process group, tied to the gateway's lifetime (platform/process_lifetime.h).
//
// Threading: used only on the io_context thread that owns its executor.
// Lifetime: the owner must reap the child (AsyncWait) before destroying it; the destructor
// SIGKILLs a still-running child's group as a last resort so no process is ever left behind.
#pragma once

#include "core/status.h"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/readable_pipe.hpp>
#include <boost/asio/writable_pipe.hpp>

#include <functional>
#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

namespace mcpgw::upstream {

class ChildProcess {
 public:
  struct Spec {
    std::string command;            // a path, or a name looked up in the child's PATH
    std::vector<std::string> args;  // not including argv[0]
    std::vector<std::string> env;   // "KEY=VALUE"; the child's whole environment
    std::string cwd;                // empty: the gateway's working directory
  };

  // Starts the process. Errors: "command not found: NAME" (the search path is logged at debug
  // level only), "not an executable file: PATH", "cannot start NAME:
  // <reason>" (exec failure, bad cwd, ...).
  static Result<std::unique_ptr<ChildProcess>> Spawn(const boost::asio::any_io_executor& executor,
                                                     const Spec& spec);

  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  boost::asio::writable_pipe& stdin_pipe() { return stdin_; }
  boost::asio::readable_pipe& stdout_pipe() { return stdout_; }
  boost::asio::readable_pipe& stderr_pipe() { return stderr_; }

  // Calls `done(exit_status)` once the process has exited and been reaped: its exit code, or
  // 128 + signal number when killed by a signal. Between the exit and the reap, what remains of
  // the child's process group (grandchildren) is SIGKILLed: the group id is still reserved by the
  // unreaped child then, so a recycled id is never signalled (Linux pidfd; on kernels without
  // it the group is left alone). Call at most once.
  // `watch`: kAuto uses a pidfd when the kernel gives one (Linux 5.3+, not refused by seccomp)
  // and falls back to kPortable otherwise; kPortable (SIGCHLD and waitpid) is that fallback,
  // chosen explicitly by tests.
  enum class ExitWatch { kAuto, kPortable };
  void AsyncWait(std::function<void(int exit_status)> done, ExitWatch watch = ExitWatch::kAuto);

  // Sends `signal` to the child's whole process group. No-op once reaped.
  void SignalGroup(int signal);

  // Closes the write end of the child's stdin (MCP stdio servers exit on EOF).
  void CloseStdin();

  bool reaped() const { return reaped_; }

 private:
  struct Impl;
  ChildProcess(const boost::asio::any_io_executor& executor);

  boost::asio::writable_pipe stdin_;
  boost::asio::readable_pipe stdout_;
  boost::asio::readable_pipe stderr_;
  std::unique_ptr<Impl> impl_;
  std::unique_ptr<boost::asio::posix::stream_descriptor> exit_watch_;  // the child's pidfd
  pid_t pid_ = -1;
  bool reaped_ = false;
};

// Resolves `command` against the colon-separated `path_variable` the way execvp would (a name
// containing '/' is used as is). Returns the executable's path, or an empty string.
std::string ResolveCommand(const std::string& command, const std::string& path_variable);

}  // namespace mcpgw::upstream
