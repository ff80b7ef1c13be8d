// Tests of ChildTransport's shutdown escalation (stdin EOF, then SIGTERM to the process group,
// then SIGKILL, each after the grace period) with small shell children that each stop at a
// different step.

#include "upstream/child_transport.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "testing/run_until.h"

namespace mcpgw::upstream {
namespace {

namespace fs = std::filesystem;
using mcpgw::testing::RunUntil;
using std::chrono::milliseconds;

constexpr milliseconds kGrace(150);

class ChildTransportShutdownTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::signal(SIGPIPE, SIG_IGN);
    marker_ = fs::temp_directory_path() /
              ("mcpgw-child-transport-" + std::to_string(::getpid()) + ".log");
    fs::remove(marker_);
  }
  void TearDown() override { fs::remove(marker_); }

  // Starts `/bin/sh -c script marker`, sends `messages`, shuts it down at once, and runs until it
  // is closed. Returns the on_closed detail; `elapsed_` is the time from Shutdown to on_closed.
  std::string StartAndShutDown(const std::string& script,
                               const std::vector<std::string>& messages = {},
                               milliseconds grace = kGrace) {
    std::vector<std::string> env;
    if (const char* path = std::getenv("PATH")) env.push_back(std::string("PATH=") + path);
    auto transport = MakeChildTransport(
        io_, "test", {"/bin/sh", {"-c", script, marker_.string()}, env, ""}, 1 << 20, 32 << 20,
        grace);
    std::optional<std::string> closed;
    UpstreamTransport::Events events;
    events.on_closed = [&](std::string detail) { closed = std::move(detail); };
    auto started = transport->Start(std::move(events));
    EXPECT_TRUE(started) << started.error().message;
    // The child is running its loop once it has written its marker line.
    EXPECT_TRUE(RunUntil(io_, [&] { return Marker().find("ready") != std::string::npos; }));
    for (const std::string& message : messages)
      EXPECT_TRUE(transport->Send(message, OutgoingInfo{}));
    const auto shutdown_at = std::chrono::steady_clock::now();
    transport->Shutdown(grace);
    EXPECT_TRUE(RunUntil(
        io_, [&] { return closed.has_value(); }, milliseconds(10000)));
    elapsed_ = std::chrono::steady_clock::now() - shutdown_at;
    return closed.value_or("<not closed>");
  }

  // `count` JSON lines of about 1 KB ({"n":i,"pad":"xxx..."}), each also appended to `expected`
  // with its newline (what the child must receive, in order).
  static std::vector<std::string> NumberedMessages(int count, std::string& expected) {
    std::vector<std::string> messages;
    for (int i = 0; i < count; ++i) {
      messages.push_back("{\"n\":" + std::to_string(i) + ",\"pad\":\"" + std::string(1000, 'x') +
                         "\"}");
      expected += messages.back() + "\n";
    }
    return messages;
  }

  std::string Marker() const {
    std::ifstream in(marker_);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  boost::asio::io_context io_;
  fs::path marker_;
  std::chrono::steady_clock::duration elapsed_{};
};

TEST_F(ChildTransportShutdownTest, ChildThatExitsOnStdinEofIsNeverSignalled) {
  const std::string detail = StartAndShutDown(
      "trap 'echo TERM >> \"$0\"' TERM; echo ready >> \"$0\"; cat > /dev/null; exit 3");
  EXPECT_EQ(detail, "exited with status 3");
  EXPECT_EQ(Marker().find("TERM"), std::string::npos) << "EOF was enough: no SIGTERM";
  EXPECT_LT(elapsed_, kGrace) << "closing stdin reached the child at once";
}

TEST_F(ChildTransportShutdownTest, QueuedMessagesAreWrittenBeforeStdinIsClosed) {
  // E.g. the notifications/cancelled of a leaving client's requests: the server must get them.
  std::string expected = "ready\n";
  const std::vector<std::string> messages = NumberedMessages(200, expected);
  const std::string detail =
      StartAndShutDown("echo ready >> \"$0\"; cat >> \"$0\"; exit 0", messages);
  EXPECT_EQ(detail, "exited with status 0");
  const std::string received = Marker();
  EXPECT_EQ(received.size(), expected.size()) << "bytes the child received before EOF";
  EXPECT_TRUE(received == expected);
}

TEST_F(ChildTransportShutdownTest, ChildStillReadingItsQueueIsNotSignalledWhileItDrains) {
  // 400 KB read 4 KiB at a time with a pause after each read: the drain takes far longer than
  // the grace period (>= 1 s against 500 ms), yet the child keeps reading, so it gets every byte
  // and its EOF, and is never signalled.
  std::string expected = "ready\n";
  const std::vector<std::string> messages = NumberedMessages(400, expected);
  const milliseconds grace(500);
  const std::string detail = StartAndShutDown(
      "trap 'echo TERM >> \"$0\"' TERM; echo ready >> \"$0\"; "
      "perl -e 'open(my $o, \">>\", $ARGV[0]) or die; binmode $o; "
      "while (sysread(STDIN, my $b, 4096)) { syswrite($o, $b); select(undef, undef, undef, 0.01) }' "
      "\"$0\"; exit 0",
      messages, grace);
  EXPECT_EQ(detail, "exited with status 0");
  EXPECT_GT(elapsed_, grace) << "the drain outlasted one grace period";
  const std::string received = Marker();
  EXPECT_EQ(received.find("TERM"), std::string::npos) << "a reading child is not signalled";
  EXPECT_EQ(received.size(), expected.size()) << "bytes the child received before EOF";
  EXPECT_TRUE(received == expected);
}

TEST_F(ChildTransportShutdownTest, ChildThatStopsReadingItsQueueGetsSigtermAfterTheGrace) {
  // The pipe (64 KiB) fills and the child never reads again: it never gets its EOF, and is
  // signalled once a whole grace period passes without progress.
  std::vector<std::string> messages(200, std::string(1000, 'z'));
  const std::string detail = StartAndShutDown(
      "trap 'echo TERM >> \"$0\"; exit 7' TERM; echo ready >> \"$0\"; "
      "while :; do sleep 0.02; done",
      messages);
  EXPECT_EQ(detail, "exited with status 7");
  EXPECT_NE(Marker().find("TERM"), std::string::npos);
  EXPECT_GE(elapsed_, kGrace);
}

TEST_F(ChildTransportShutdownTest, ChildThatIgnoresEofGetsSigtermAfterTheGrace) {
  const std::string detail = StartAndShutDown(
      "trap 'echo TERM >> \"$0\"; exit 7' TERM; echo ready >> \"$0\"; "
      "while :; do sleep 0.02; done");
  EXPECT_EQ(detail, "exited with status 7");
  EXPECT_NE(Marker().find("TERM"), std::string::npos);
  EXPECT_GE(elapsed_, kGrace);
}

TEST_F(ChildTransportShutdownTest, ChildThatIgnoresSigtermIsKilled) {
  const std::string detail = StartAndShutDown(
      "trap 'echo TERM >> \"$0\"' TERM; echo ready >> \"$0\"; while :; do sleep 0.02; done");
  EXPECT_EQ(detail, "was killed by signal 9");
  EXPECT_NE(Marker().find("TERM"), std::string::npos) << "SIGTERM came first";
  EXPECT_GE(elapsed_, 2 * kGrace) << "SIGKILL only after a second grace period";
}

}  // namespace
}  // namespace mcpgw::upstream
