// Tests of StdioTransport over pipes standing in for the process's stdin and stdout.

#include "downstream/stdio_transport.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/json/parse.hpp>
#include <cerrno>
#include <csignal>
#include <string>

#include "router/router.h"

namespace mcpgw::downstream {
namespace {

class StdioTransportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::signal(SIGPIPE, SIG_IGN);
    ASSERT_EQ(::pipe(in_), 0);
    ASSERT_EQ(::pipe(out_), 0);
    ::fcntl(in_[1], F_SETFL, ::fcntl(in_[1], F_GETFL) | O_NONBLOCK);
    ::fcntl(out_[0], F_SETFL, ::fcntl(out_[0], F_GETFL) | O_NONBLOCK);
    router_.SetUpstreams({});
  }
  void TearDown() override {
    transport_.reset();
    for (int fd : {in_[0], in_[1], out_[0], out_[1]}) ::close(fd);
  }

  // Writes one whole line to the transport's stdin; false when the pipe is full. Lines are
  // shorter than PIPE_BUF, so a write is all or nothing.
  bool WriteLine(const std::string& line) {
    const std::string text = line + "\n";
    const ssize_t n = ::write(in_[1], text.data(), text.size());
    if (n < 0 && errno == EAGAIN) return false;
    EXPECT_EQ(n, static_cast<ssize_t>(text.size()));
    return true;
  }

  // Reads what the transport wrote so far (without blocking); returns the number of lines.
  std::size_t ReadAvailable() {
    char buffer[65536];
    ssize_t n;
    while ((n = ::read(out_[0], buffer, sizeof buffer)) > 0) output_.append(buffer, n);
    std::size_t lines = 0;
    for (char c : output_) lines += c == '\n';
    return lines;
  }

  boost::asio::io_context io_;
  router::Router router_{router::RouterOptions{}, nullptr};
  std::unique_ptr<StdioTransport> transport_;
  int in_[2] = {-1, -1};
  int out_[2] = {-1, -1};
  std::string output_;
};

TEST_F(StdioTransportTest, SlowClientStopsTheReadingInsteadOfGrowingMemory) {
  StdioTransportOptions options;
  options.max_queued_output = 4096;
  options.input_fd = in_[0];
  options.output_fd = out_[1];
  transport_ = std::make_unique<StdioTransport>(io_, router_, options, [] {});
  transport_->Start();
  ASSERT_TRUE(WriteLine(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":)"
                        R"({"protocolVersion":"2025-06-18","capabilities":{}}})"));

  // The client sends pings and never reads. Each round fills stdin, then lets the gateway run
  // until it has nothing left to do. Once stdout's pipe and the 4 KiB queue are full the gateway
  // stops reading stdin, and stdin stays full.
  constexpr std::size_t kGiveUpAfterBytes = 64 << 20;
  std::size_t sent = 0, bytes = 0;
  bool stalled = false;
  while (bytes < kGiveUpAfterBytes) {
    std::size_t written_this_round = 0;
    for (;;) {
      const std::string line =
          R"({"jsonrpc":"2.0","id":)" + std::to_string(sent + 1) + R"(,"method":"ping"})";
      if (!WriteLine(line)) break;
      ++sent;
      bytes += line.size() + 1;
      ++written_this_round;
    }
    while (io_.poll() > 0) {
    }
    io_.restart();
    if (written_this_round == 0) {
      stalled = true;  // the gateway read nothing since the last round
      break;
    }
  }
  ASSERT_TRUE(stalled) << "the gateway kept reading " << bytes << " bytes with nobody reading "
                       << "its output";
  EXPECT_LT(bytes, std::size_t{4} << 20) << "bounded by the pipes and the queue, not by memory";

  // The client reads again: every request is answered, in order, and reading resumes.
  const std::size_t expected = sent + 1;  // the pings and initialize
  for (int idle = 0; idle < 2000 && ReadAvailable() < expected; ++idle) {
    io_.run_for(std::chrono::milliseconds(5));
    io_.restart();
  }
  ASSERT_EQ(ReadAvailable(), expected);
  std::size_t position = 0;
  for (std::size_t i = 0; i < expected; ++i) {
    const std::size_t end = output_.find('\n', position);
    const auto message = boost::json::parse(output_.substr(position, end - position)).as_object();
    EXPECT_EQ(message.at("id").as_int64(), static_cast<std::int64_t>(i));
    position = end + 1;
  }
}

}  // namespace
}  // namespace mcpgw::downstream
