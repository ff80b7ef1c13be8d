#include "child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>
#include <utility>

extern char** environ;

namespace mcpgw::bench {
namespace {

constexpr std::size_t kReadChunk = 64 * 1024;

}  // namespace

std::optional<ChildProcess> ChildProcess::Spawn(const std::vector<std::string>& argv,
                                                bool inherit_stderr) {
  int in_pipe[2];
  int out_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) != 0 || pipe2(out_pipe, O_CLOEXEC) != 0) {
    std::fprintf(stderr, "pipe: %s\n", std::strerror(errno));
    return std::nullopt;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_pipe[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  if (!inherit_stderr) {
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  }
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(in_pipe[0]);
  close(out_pipe[1]);
  if (rc != 0) {
    std::fprintf(stderr, "spawn %s: %s\n", args[0], std::strerror(rc));
    close(in_pipe[1]);
    close(out_pipe[0]);
    return std::nullopt;
  }
  fcntl(in_pipe[1], F_SETFL, fcntl(in_pipe[1], F_GETFL) | O_NONBLOCK);
  return ChildProcess(pid, in_pipe[1], out_pipe[0]);
}

ChildProcess::ChildProcess(pid_t pid, int to_child, int from_child)
    : pid_(pid), to_child_(to_child), from_child_(from_child) {}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : pid_(std::exchange(other.pid_, -1)),
      to_child_(std::exchange(other.to_child_, -1)),
      from_child_(std::exchange(other.from_child_, -1)),
      out_(std::move(other.out_)),
      out_offset_(other.out_offset_),
      in_(std::move(other.in_)),
      in_scanned_(other.in_scanned_) {}

ChildProcess::~ChildProcess() { Stop(std::chrono::milliseconds(2000)); }

void ChildProcess::Queue(std::string_view message) {
  if (out_offset_ == out_.size()) {
    out_.clear();
    out_offset_ = 0;
  }
  out_.append(message);
  out_.push_back('\n');
}

bool ChildProcess::Flush() {
  while (HasPendingOutput()) {
    const ssize_t n = write(to_child_, out_.data() + out_offset_, out_.size() - out_offset_);
    if (n > 0) {
      out_offset_ += static_cast<std::size_t>(n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && errno == EAGAIN) {
      return true;
    } else {
      std::fprintf(stderr, "write to child: %s\n", std::strerror(errno));
      return false;
    }
  }
  return true;
}

std::size_t ChildProcess::TakeLines(std::vector<std::string>& lines) {
  std::size_t taken = 0;
  std::size_t start = 0;
  for (;;) {
    const std::size_t newline = in_.find('\n', std::max(start, in_scanned_));
    if (newline == std::string::npos) break;
    if (newline > start) {
      lines.emplace_back(in_, start, newline - start);
      ++taken;
    }
    start = newline + 1;
  }
  in_.erase(0, start);
  in_scanned_ = in_.size();
  return taken;
}

bool ChildProcess::ReadLines(std::vector<std::string>& lines,
                             std::chrono::steady_clock::time_point& arrival,
                             std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  char buffer[kReadChunk];
  for (;;) {
    if (!Flush()) return false;
    if (HasPendingOutput() || timeout.count() >= 0) {
      // Something to write, or a bounded wait: poll both directions.
      pollfd fds[2] = {{from_child_, POLLIN, 0}, {to_child_, POLLOUT, 0}};
      int wait_ms = -1;
      if (timeout.count() >= 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() < 0) return true;
        wait_ms = static_cast<int>(left.count());
      }
      const int ready = poll(fds, HasPendingOutput() ? 2 : 1, wait_ms);
      if (ready < 0 && errno != EINTR) {
        std::fprintf(stderr, "poll: %s\n", std::strerror(errno));
        return false;
      }
      if (ready <= 0 || fds[0].revents == 0) continue;
    }
    // Readable (or nothing to write and no timeout: a plain blocking read).
    const ssize_t n = read(from_child_, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n < 0) std::fprintf(stderr, "read from child: %s\n", std::strerror(errno));
      return false;
    }
    const auto now = std::chrono::steady_clock::now();
    in_.append(buffer, static_cast<std::size_t>(n));
    if (TakeLines(lines) > 0) {
      arrival = now;
      return true;
    }
  }
}

void ChildProcess::Stop(std::chrono::milliseconds grace) {
  if (to_child_ >= 0) close(std::exchange(to_child_, -1));
  if (from_child_ >= 0) close(std::exchange(from_child_, -1));
  if (pid_ <= 0) return;
  const auto deadline = std::chrono::steady_clock::now() + grace;
  int signal_to_send = SIGTERM;
  for (;;) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) != 0) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid_, signal_to_send);
      if (signal_to_send == SIGKILL) {
        waitpid(pid_, &status, 0);
        break;
      }
      signal_to_send = SIGKILL;
      const auto next = std::chrono::steady_clock::now() + grace;
      while (waitpid(pid_, &status, WNOHANG) == 0 && std::chrono::steady_clock::now() < next) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      continue;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  pid_ = -1;
}

}  // namespace mcpgw::bench
