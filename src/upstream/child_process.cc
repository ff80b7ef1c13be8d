// Process v2 is compiled here, once (src.hpp below), rather than header-only everywhere.
#define BOOST_PROCESS_V2_SEPARATE_COMPILATION 1
// Process v2's Linux handle opens a pidfd in its constructor and throws when that fails
// (kernels before 5.3, seccomp profiles that refuse pidfd_open, gVisor, valgrind): the child
// would already be running, unowned, and the exception would end the gateway. Its
// signal-based handle works everywhere; AsyncWait below opens a pidfd itself and falls back to
// that handle's wait when it cannot.
#define BOOST_PROCESS_V2_DISABLE_PIDFD_OPEN 1

#include "upstream/child_process.h"

#include "platform/process_lifetime.h"

// Boost 1.81 Process v2 with BOOST_PROCESS_USE_STD_FS forgets these includes.
#include <boost/optional.hpp>
#include <boost/type_traits/remove_pointer.hpp>
#include <type_traits>

#include <boost/process/v2/process.hpp>
#include <boost/process/v2/start_dir.hpp>
#include <boost/process/v2/stdio.hpp>
#include <boost/process/v2/environment.hpp>
// The implementation files (this is the only translation unit that uses Process v2).
#include <spdlog/spdlog.h>
#include <boost/process/v2/src.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace mcpgw::upstream {

namespace bp = boost::process::v2;
namespace asio = boost::asio;

namespace {

// Process v2 initializer run in the forked child: own process group, death with the gateway.
struct ChildSetup {
  pid_t gateway_pid;
  boost::system::error_code on_exec_setup(bp::posix::default_launcher&,
                                          const std::filesystem::path&, const char* const*) {
    if (::setpgid(0, 0) != 0) return {errno, boost::system::system_category()};
    if (int err = platform::TieChildToParent(gateway_pid); err != 0)
      return {err, boost::system::system_category()};
    return {};
  }
};

bool IsExecutableFile(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

}  // namespace

std::string ResolveCommand(const std::string& command, const std::string& path_variable) {
  if (command.empty()) return {};
  if (command.find('/') != std::string::npos) return IsExecutableFile(command) ? command : "";
  std::string_view rest = path_variable;
  while (true) {
    const std::size_t colon = rest.find(':');
    std::string dir(rest.substr(0, colon));
    if (dir.empty()) dir = ".";
    std::string candidate = dir + "/" + command;
    if (IsExecutableFile(candidate)) return candidate;
    if (colon == std::string_view::npos) return {};
    rest.remove_prefix(colon + 1);
  }
}

struct ChildProcess::Impl {
  explicit Impl(bp::process p) : process(std::move(p)) {}
  bp::process process;
};

ChildProcess::ChildProcess(const asio::any_io_executor& executor)
    : stdin_(executor), stdout_(executor), stderr_(executor) {}

ChildProcess::~ChildProcess() {
  if (impl_ && !reaped_) {
    // Last resort; the owner normally stops and reaps the child first. Process v2's destructor
    // then reaps the direct child.
    SignalGroup(SIGKILL);
  }
}

Result<std::unique_ptr<ChildProcess>> ChildProcess::Spawn(const asio::any_io_executor& executor,
                                                          const Spec& spec) {
  std::string path_variable;
  for (const std::string& kv : spec.env)
    if (kv.rfind("PATH=", 0) == 0) path_variable = kv.substr(5);
  const std::string executable = ResolveCommand(spec.command, path_variable);
  if (executable.empty()) {
    if (spec.command.find('/') != std::string::npos)
      return MakeError("not an executable file: " + spec.command);
    // The error reaches retry lines and get_metadata (which a model reads): the command only.
    // The search path is for whoever debugs the setup.
    spdlog::debug("upstream command {} not found in the child's PATH={}", spec.command,
                  path_variable);
    return MakeError("command not found: " + spec.command);
  }

  std::unique_ptr<ChildProcess> child(new ChildProcess(executor));
  boost::system::error_code ec;
  bp::process_stdio stdio{child->stdin_, child->stdout_, child->stderr_};
  ChildSetup setup{::getpid()};
  bp::process process = [&] {
    if (spec.cwd.empty()) {
      return bp::default_process_launcher()(executor, ec, executable, spec.args, stdio,
                                            bp::process_environment(spec.env), setup);
    }
    return bp::default_process_launcher()(executor, ec, executable, spec.args, stdio,
                                          bp::process_environment(spec.env),
                                          bp::process_start_dir(spec.cwd), setup);
  }();
  if (ec) {
    return MakeError("cannot start " + spec.command + ": " + ec.message() +
                     (spec.cwd.empty() ? "" : " (cwd " + spec.cwd + ")"));
  }
  child->pid_ = process.id();
  child->impl_ = std::make_unique<Impl>(std::move(process));
  return child;
}

namespace {
// The exit code, or 128 + signal number (Process v2 folds signals into small numbers; the
// native wait status is decoded instead).
int DecodeWaitStatus(int status) {
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
}  // namespace

void ChildProcess::AsyncWait(std::function<void(int)> done, ExitWatch watch) {
#ifdef SYS_pidfd_open
  const int pidfd =
      watch == ExitWatch::kAuto ? static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0)) : -1;
  if (pidfd >= 0) {
    exit_watch_ = std::make_unique<asio::posix::stream_descriptor>(stdin_.get_executor(), pidfd);
    exit_watch_->async_wait(
        asio::posix::stream_descriptor::wait_read,
        [this, done = std::move(done)](boost::system::error_code ec) {
          if (ec == asio::error::operation_aborted) return;  // the ChildProcess is gone
          // The child has exited but is not reaped: its pid, and so its process group id,
          // cannot have been reused. What is left of the group (grandchildren) is killed now;
          // after the reap below the group is never signalled again.
          ::kill(-pid_, SIGKILL);
          int status = 0;
          pid_t reaped = -1;
          do {
            reaped = ::waitpid(pid_, &status, 0);
          } while (reaped < 0 && errno == EINTR);
          reaped_ = true;
          impl_->process.detach();  // reaped here: its destructor must not wait or kill
          done(reaped < 0 ? -1 : DecodeWaitStatus(status));
        });
    return;
  }
#endif
  // Without pidfd (old kernels, seccomp, gVisor): Process v2 waits (SIGCHLD) and reaps; the
  // group is not cleared.
  impl_->process.async_wait(
      [this, done = std::move(done)](boost::system::error_code ec, int) {
        reaped_ = true;
        done(ec ? -1 : DecodeWaitStatus(impl_->process.native_exit_code()));
      });
}

void ChildProcess::SignalGroup(int signal) {
  if (pid_ > 0 && !reaped_) ::kill(-pid_, signal);
}

void ChildProcess::CloseStdin() {
  boost::system::error_code ignored;
  stdin_.close(ignored);
}

}  // namespace mcpgw::upstream
