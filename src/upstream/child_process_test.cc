#include "upstream/child_process.h"

#include "testing/run_until.h"
#include "testing/temp_dir.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/write.hpp>
#include <gtest/gtest.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <filesystem>
#include <optional>
#include <string>

namespace mcpgw::upstream {
namespace {

namespace asio = boost::asio;
namespace fs = std::filesystem;
using mcpgw::testing::RunUntil;
using mcpgw::testing::TempDir;

constexpr auto kExecutable = fs::perms::owner_all;
constexpr auto kNotExecutable = fs::perms::owner_read | fs::perms::owner_write;

// ---- ResolveCommand ----

TEST(ResolveCommand, FindsNameInPathInOrder) {
  TempDir first, second;
  second.WriteFile("tool", "#!/bin/sh\n", kExecutable);
  const std::string path = first.path().string() + ":" + second.path().string();
  EXPECT_EQ(ResolveCommand("tool", path), (second.path() / "tool").string());
  // The first directory in PATH wins once it has the command too.
  first.WriteFile("tool", "#!/bin/sh\n", kExecutable);
  EXPECT_EQ(ResolveCommand("tool", path), (first.path() / "tool").string());
}

TEST(ResolveCommand, SkipsNonExecutableFilesAndDirectories) {
  TempDir first, second;
  first.WriteFile("tool", "data", kNotExecutable);
  fs::create_directory(second.path() / "tool");
  const std::string path = first.path().string() + ":" + second.path().string();
  EXPECT_EQ(ResolveCommand("tool", path), "");
}

TEST(ResolveCommand, NameWithSlashIsUsedAsIs) {
  TempDir dir;
  const std::string script = dir.WriteFile("run.sh", "#!/bin/sh\n", kExecutable);
  EXPECT_EQ(ResolveCommand(script, "/nonexistent"), script);
  EXPECT_EQ(ResolveCommand("/bin/sh", ""), "/bin/sh");
  // Not looked up in PATH even when PATH would have it.
  EXPECT_EQ(ResolveCommand("sub/run.sh", dir.path().string()), "");
}

TEST(ResolveCommand, NonExecutableFileWithSlashIsRejected) {
  TempDir dir;
  const std::string data = dir.WriteFile("data.txt", "x", kNotExecutable);
  EXPECT_EQ(ResolveCommand(data, ""), "");
  EXPECT_EQ(ResolveCommand((dir.path() / "missing").string(), ""), "");
}

TEST(ResolveCommand, EmptyCommandOrNotFound) {
  EXPECT_EQ(ResolveCommand("", "/bin:/usr/bin"), "");
  EXPECT_EQ(ResolveCommand("surely-no-such-command-mcpgw", "/bin:/usr/bin"), "");
}

// ---- Spawn, AsyncWait, SignalGroup ----

class ChildProcessTest : public ::testing::Test {
 protected:
  void SetUp() override { ::signal(SIGPIPE, SIG_IGN); }

  static ChildProcess::Spec Shell(std::string script, std::vector<std::string> env = {}) {
    env.push_back("PATH=/usr/local/bin:/usr/bin:/bin");
    return ChildProcess::Spec{"sh", {"-c", std::move(script)}, std::move(env), ""};
  }

  // Reads the child's stdout until EOF.
  std::string ReadAll(ChildProcess& child) {
    std::string out;
    bool eof = false;
    std::array<char, 1024> buffer;
    std::function<void()> read = [&] {
      child.stdout_pipe().async_read_some(
          asio::buffer(buffer), [&](boost::system::error_code ec, std::size_t n) {
            if (ec) {
              eof = true;
              return;
            }
            out.append(buffer.data(), n);
            read();
          });
    };
    read();
    EXPECT_TRUE(RunUntil(io_, [&] { return eof; }));
    return out;
  }

  // Waits for the child to be reaped and returns its status.
  std::optional<int> Wait(ChildProcess& child,
                          ChildProcess::ExitWatch watch = ChildProcess::ExitWatch::kAuto) {
    std::optional<int> status;
    child.AsyncWait([&](int s) { status = s; }, watch);
    RunUntil(io_, [&] { return status.has_value(); });
    return status;
  }

  asio::io_context io_;
};

TEST_F(ChildProcessTest, SpawnRunsWithGivenEnvironmentAndReportsExitStatus) {
  auto child = ChildProcess::Spawn(io_.get_executor(), Shell("echo $FOO; exit 3", {"FOO=bar"}));
  ASSERT_TRUE(child) << child.error().message;
  EXPECT_GT((*child)->pid(), 0);
  EXPECT_EQ(ReadAll(**child), "bar\n");
  EXPECT_EQ(Wait(**child), 3);
  EXPECT_TRUE((*child)->reaped());
}

TEST_F(ChildProcessTest, WithoutAPidfdTheExitIsStillReportedAndReaped) {
  // The path of kernels without pidfd_open (or seccomp refusing it): SIGCHLD and waitpid.
  auto exited = ChildProcess::Spawn(io_.get_executor(), Shell("exit 5"));
  ASSERT_TRUE(exited) << exited.error().message;
  EXPECT_EQ(Wait(**exited, ChildProcess::ExitWatch::kPortable), 5);
  EXPECT_TRUE((*exited)->reaped());
  auto killed = ChildProcess::Spawn(io_.get_executor(), Shell("kill -TERM $$; sleep 5"));
  ASSERT_TRUE(killed) << killed.error().message;
  EXPECT_EQ(Wait(**killed, ChildProcess::ExitWatch::kPortable), 128 + SIGTERM);
  EXPECT_TRUE((*killed)->reaped());
}

TEST_F(ChildProcessTest, EnvironmentIsExactlyTheSpec) {
  // A variable of the test's own environment that is not in the spec must not reach the child.
  ::setenv("MCPGW_TEST_LEAK", "leaked", 1);
  auto child = ChildProcess::Spawn(io_.get_executor(),
                                   Shell("echo \"[$MCPGW_TEST_LEAK][$ONLY]\"", {"ONLY=1"}));
  ::unsetenv("MCPGW_TEST_LEAK");
  ASSERT_TRUE(child) << child.error().message;
  EXPECT_EQ(ReadAll(**child), "[][1]\n");
  EXPECT_EQ(Wait(**child), 0);
}

TEST_F(ChildProcessTest, ChildReadsStdinUntilCloseStdin) {
  auto child = ChildProcess::Spawn(io_.get_executor(), Shell("cat"));
  ASSERT_TRUE(child) << child.error().message;
  asio::write((*child)->stdin_pipe(), asio::buffer(std::string("ping\n")));
  (*child)->CloseStdin();
  EXPECT_EQ(ReadAll(**child), "ping\n");
  EXPECT_EQ(Wait(**child), 0);
}

TEST_F(ChildProcessTest, RunsInGivenWorkingDirectory) {
  TempDir dir;
  auto spec = Shell("pwd -P");
  spec.cwd = dir.path().string();
  auto child = ChildProcess::Spawn(io_.get_executor(), spec);
  ASSERT_TRUE(child) << child.error().message;
  EXPECT_EQ(ReadAll(**child), fs::canonical(dir.path()).string() + "\n");
  EXPECT_EQ(Wait(**child), 0);
}

TEST_F(ChildProcessTest, CommandNotFoundErrorNamesTheCommand) {
  ChildProcess::Spec spec{"mcpgw-no-such-server", {}, {"PATH=/nonexistent-dir"}, ""};
  auto child = ChildProcess::Spawn(io_.get_executor(), spec);
  ASSERT_FALSE(child);
  EXPECT_NE(child.error().message.find("command not found: mcpgw-no-such-server"),
            std::string::npos)
      << child.error().message;
  // The message reaches get_metadata and every retry line: never the whole search path.
  EXPECT_EQ(child.error().message.find("nonexistent-dir"), std::string::npos)
      << child.error().message;
}

TEST_F(ChildProcessTest, PathToNonExecutableIsRejected) {
  TempDir dir;
  const std::string data = dir.WriteFile("server.js", "x", kNotExecutable);
  auto child = ChildProcess::Spawn(io_.get_executor(), {data, {}, {"PATH=/bin"}, ""});
  ASSERT_FALSE(child);
  EXPECT_NE(child.error().message.find(data), std::string::npos) << child.error().message;
}

TEST_F(ChildProcessTest, BadWorkingDirectoryIsAStartError) {
  auto spec = Shell("exit 0");
  spec.cwd = "/nonexistent/mcpgw-cwd";
  auto child = ChildProcess::Spawn(io_.get_executor(), spec);
  ASSERT_FALSE(child);
  EXPECT_NE(child.error().message.find("cannot start sh"), std::string::npos)
      << child.error().message;
  EXPECT_NE(child.error().message.find("/nonexistent/mcpgw-cwd"), std::string::npos);
}

// True once no process is left in `pgid`'s group.
bool GroupGone(pid_t pgid) { return ::kill(-pgid, 0) != 0 && errno == ESRCH; }

TEST_F(ChildProcessTest, ChildRunsInItsOwnProcessGroup) {
  auto child = ChildProcess::Spawn(io_.get_executor(), Shell("sleep 30"));
  ASSERT_TRUE(child) << child.error().message;
  const pid_t pid = (*child)->pid();
  EXPECT_EQ(::getpgid(pid), pid);
  EXPECT_NE(::getpgid(pid), ::getpgrp());
  (*child)->SignalGroup(SIGKILL);
  EXPECT_EQ(Wait(**child), 128 + SIGKILL);
}

// Regression: AsyncWait once passed on the bare signal number (9 for SIGKILL), indistinguishable
// from `exit 9` (fixed in 576b104 by decoding the native wait status).
TEST_F(ChildProcessTest, ExitStatusOfSignalledChildIs128PlusSignal) {
  auto child = ChildProcess::Spawn(io_.get_executor(), Shell("exec sleep 30"));
  ASSERT_TRUE(child) << child.error().message;
  (*child)->SignalGroup(SIGKILL);
  EXPECT_EQ(Wait(**child), 128 + SIGKILL);
}

TEST_F(ChildProcessTest, ExitStatusNineIsNotASignal) {
  auto child = ChildProcess::Spawn(io_.get_executor(), Shell("exit 9"));
  ASSERT_TRUE(child) << child.error().message;
  EXPECT_EQ(Wait(**child), 9);
}

TEST_F(ChildProcessTest, SignalGroupTerminatesTheChild) {
  auto child = ChildProcess::Spawn(io_.get_executor(), Shell("exec sleep 30"));
  ASSERT_TRUE(child) << child.error().message;
  const pid_t pid = (*child)->pid();
  (*child)->SignalGroup(SIGTERM);
  EXPECT_EQ(Wait(**child), 128 + SIGTERM);
  EXPECT_TRUE(RunUntil(io_, [&] { return GroupGone(pid); }, std::chrono::seconds(5)));
}

TEST_F(ChildProcessTest, SignalGroupTerminatesGrandchildrenToo) {
  // The shell waits for a background sleep: SIGTERM to the group must reach both.
  auto child = ChildProcess::Spawn(io_.get_executor(), Shell("sleep 30 & echo started; wait"));
  ASSERT_TRUE(child) << child.error().message;
  const pid_t pid = (*child)->pid();
  // Wait until the grandchild exists (the shell prints after forking it).
  std::array<char, 64> buffer;
  std::size_t n = (*child)->stdout_pipe().read_some(asio::buffer(buffer));
  EXPECT_EQ(std::string(buffer.data(), n), "started\n");
  (*child)->SignalGroup(SIGTERM);
  EXPECT_EQ(Wait(**child), 128 + SIGTERM);
  EXPECT_TRUE(RunUntil(io_, [&] { return GroupGone(pid); }, std::chrono::seconds(5)))
      << "a process of group " << pid << " survived SIGTERM to the group";
}

TEST_F(ChildProcessTest, SignalGroupAfterReapIsANoOp) {
  auto child = ChildProcess::Spawn(io_.get_executor(), Shell("exit 0"));
  ASSERT_TRUE(child) << child.error().message;
  EXPECT_EQ(Wait(**child), 0);
  (*child)->SignalGroup(SIGKILL);  // must not signal a recycled group; nothing to observe but
  EXPECT_TRUE((*child)->reaped());  // that it neither crashes nor changes state
}

TEST_F(ChildProcessTest, GrandchildrenAreKilledWhenTheChildExitsBeforeItIsReaped) {
  // The shell exits at once, leaving a background sleep holding its stdout open: the stdout
  // EOF arrives only once the sleep is dead.
  auto child = ChildProcess::Spawn(io_.get_executor(), Shell("sleep 30 & echo started"));
  ASSERT_TRUE(child) << child.error().message;
  const pid_t pid = (*child)->pid();
  EXPECT_EQ(Wait(**child), 0);
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(ReadAll(**child), "started\n");
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  EXPECT_TRUE(RunUntil(io_, [&] { return GroupGone(pid); }, std::chrono::seconds(5)));
}

TEST_F(ChildProcessTest, DestructorKillsARunningChildsGroup) {
  pid_t pid = -1;
  {
    auto child = ChildProcess::Spawn(io_.get_executor(), Shell("sleep 30 & wait"));
    ASSERT_TRUE(child) << child.error().message;
    pid = (*child)->pid();
  }
  EXPECT_TRUE(RunUntil(io_, [&] { return GroupGone(pid); }, std::chrono::seconds(5)));
}

}  // namespace
}  // namespace mcpgw::upstream
