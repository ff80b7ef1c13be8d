// StdioTransport bounds and exception boundary with real descriptors: stdin from a regular file
// (read by the helper thread) and stdout into a pipe the test reads or leaves full.
#include "downstream/stdio_transport.h"

#include "testing/run_until.h"
#include "testing/temp_dir.h"

#include <boost/asio/io_context.hpp>
#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace mcpgw::downstream {
namespace {

using mcpgw::testing::RunUntil;
using mcpgw::testing::TempDir;
using std::chrono::milliseconds;

TEST(StdioTransportBounds, FileStdinIsReadOnlyAsFastAsStdoutDrains) {
  ::signal(SIGPIPE, SIG_IGN);
  TempDir dir;
  const auto input_path = dir.path() / "input.jsonl";
  std::size_t input_size = 0;
  {
    std::ofstream out(input_path);
    for (int i = 0; i < 100'000; ++i) {
      const std::string line =
          R"({"jsonrpc":"2.0","id":)" + std::to_string(i) + R"(,"method":"ping"})" + "\n";
      out << line;
      input_size += line.size();
    }
  }
  const int input = ::open(input_path.c_str(), O_RDONLY);
  ASSERT_GE(input, 0);
  int output[2];
  ASSERT_EQ(::pipe(output), 0);
  ::fcntl(output[0], F_SETFL, O_NONBLOCK);

  boost::asio::io_context io;
  router::Router router(router::RouterOptions{}, nullptr);
  router.SetUpstreams({});
  StdioTransportOptions options;
  options.input_fd = input;  // the helper thread's dup shares this file offset
  options.output_fd = output[1];
  options.max_queued_output = 64 * 1024;
  options.max_reader_backlog = 64 * 1024;
  bool closed = false;
  StdioTransport transport(io, router, options, [&] { closed = true; });
  transport.Start();

  // Nobody reads stdout: reading stops once the pipe, the output queue and the reader's backlog
  // are full, far before the end of the file.
  io.run_for(milliseconds(500));
  const off_t stalled = ::lseek(input, 0, SEEK_CUR);
  io.run_for(milliseconds(200));
  EXPECT_EQ(::lseek(input, 0, SEEK_CUR), stalled) << "the reader went on while stdout was full";
  EXPECT_LT(static_cast<std::size_t>(stalled), input_size / 4);

  // Draining stdout lets everything through: every ping is answered.
  std::size_t answers = 0;
  char buffer[65536];
  const bool done = RunUntil(
      io,
      [&] {
        ssize_t n;
        while ((n = ::read(output[0], buffer, sizeof buffer)) > 0)
          for (ssize_t i = 0; i < n; ++i) answers += buffer[i] == '\n';
        return answers == 100'000;
      },
      std::chrono::seconds(30));
  EXPECT_TRUE(done) << answers << " answers";
  EXPECT_EQ(static_cast<std::size_t>(::lseek(input, 0, SEEK_CUR)), input_size);
  EXPECT_TRUE(RunUntil(io, [&] { return closed; }));
  bool shut = false;
  transport.Shutdown([&] { shut = true; });
  RunUntil(io, [&] { return shut; });
  ::close(input);
  ::close(output[0]);
  ::close(output[1]);
}

}  // namespace
}  // namespace mcpgw::downstream
