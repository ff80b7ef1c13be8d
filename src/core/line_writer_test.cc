#include "core/line_writer.h"

#include "testing/run_until.h"

#include <boost/asio/connect_pipe.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/readable_pipe.hpp>
#include <boost/asio/writable_pipe.hpp>
#include <gtest/gtest.h>

#include <array>
#include <csignal>
#include <string>
#include <vector>

namespace mcpgw::core {
namespace {

namespace asio = boost::asio;
using mcpgw::testing::RunUntil;

// Forwards to a writable_pipe and counts async_write_some calls (one per gathered write, unless
// the pipe accepts only part of it).
struct CountingPipe {
  using executor_type = asio::writable_pipe::executor_type;
  asio::writable_pipe& pipe;
  int write_calls = 0;

  executor_type get_executor() { return pipe.get_executor(); }
  template <typename Buffers, typename Token>
  auto async_write_some(const Buffers& buffers, Token&& token) {
    ++write_calls;
    return pipe.async_write_some(buffers, std::forward<Token>(token));
  }
};

class LineWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::signal(SIGPIPE, SIG_IGN);  // a closed reader must surface as EPIPE, not kill the test
    asio::connect_pipe(reader_, writer_);
  }

  // Reads from the pipe until `bytes` bytes have arrived (or the deadline passes).
  std::string ReadExactly(std::size_t bytes) {
    std::string received;
    bool reading = false;
    std::array<char, 4096> buffer;
    auto ok = RunUntil(io_, [&] {
      if (received.size() >= bytes) return true;
      if (!reading) {
        reading = true;
        reader_.async_read_some(asio::buffer(buffer),
                                [&](boost::system::error_code ec, std::size_t n) {
                                  reading = false;
                                  if (!ec) received.append(buffer.data(), n);
                                });
      }
      return false;
    });
    EXPECT_TRUE(ok) << "received " << received.size() << " of " << bytes << " bytes";
    // Let a read still in flight finish before `buffer` goes out of scope.
    if (reading) {
      reader_.cancel();
      RunUntil(io_, [&] { return !reading; });
    }
    return received;
  }

  asio::io_context io_;
  asio::readable_pipe reader_{io_};
  asio::writable_pipe writer_{io_};
};

TEST_F(LineWriterTest, PreservesOrderAndAppendsNewline) {
  int errors = 0;
  LineWriter<asio::writable_pipe> writer(writer_, [&](boost::system::error_code) { ++errors; });
  EXPECT_TRUE(writer.Write("first"));
  EXPECT_TRUE(writer.Write("second"));
  EXPECT_TRUE(writer.Write("{\"third\":3}"));
  EXPECT_EQ(ReadExactly(25), "first\nsecond\n{\"third\":3}\n");
  EXPECT_EQ(errors, 0);
  EXPECT_EQ(writer.queued_bytes(), 0u);
}

TEST_F(LineWriterTest, CoalescesManyQueuedWrites) {
  CountingPipe counting{writer_};
  LineWriter<CountingPipe> writer(counting, [](boost::system::error_code) {});
  std::string expected;
  constexpr int kMessages = 200;
  for (int i = 0; i < kMessages; ++i) {
    std::string message = "message-" + std::to_string(i);
    expected += message + "\n";
    ASSERT_TRUE(writer.Write(message));
  }
  EXPECT_EQ(writer.queued_bytes(), expected.size());
  EXPECT_EQ(ReadExactly(expected.size()), expected);
  // The first write goes out alone; the rest are gathered 64 messages per async_write, which
  // Asio 1.26 issues as writev calls of at most 16 buffers each (consuming_buffers' limit).
  EXPECT_LE(counting.write_calls, 1 + (kMessages - 1 + 15) / 16 + 2);
  EXPECT_LT(counting.write_calls, kMessages / 10);
}

TEST_F(LineWriterTest, LargeMessagesAtFullCapacityKeepTheirNewlineAndOrder) {
  LineWriter<asio::writable_pipe> writer(writer_, [](boost::system::error_code) {});
  std::string big(10000, 'b');
  big.shrink_to_fit();  // the newline then goes out as a buffer of its own
  std::string small = "s";
  EXPECT_TRUE(writer.Write(big));
  EXPECT_TRUE(writer.Write(small));
  EXPECT_TRUE(writer.Write(big));
  EXPECT_EQ(ReadExactly(2 * 10001 + 2), big + "\n" + small + "\n" + big + "\n");
  EXPECT_EQ(writer.queued_bytes(), 0u);
}

TEST_F(LineWriterTest, OnDrainedFiresOnceEverythingIsWritten) {
  LineWriter<asio::writable_pipe> writer(writer_, [](boost::system::error_code) {});
  int immediate = 0;
  writer.OnDrained([&] { ++immediate; });
  EXPECT_EQ(immediate, 1) << "nothing queued: called at once";

  writer.Write("a");
  writer.Write("b");
  int drained = 0;
  writer.OnDrained([&] { ++drained; });
  EXPECT_EQ(drained, 0) << "not before the data is written";
  ASSERT_TRUE(RunUntil(io_, [&] { return drained > 0; }));
  EXPECT_EQ(drained, 1);
  EXPECT_EQ(ReadExactly(4), "a\nb\n");
}

TEST_F(LineWriterTest, ClosedReaderCallsOnErrorOnceThenWriteFails) {
  std::vector<boost::system::error_code> errors;
  LineWriter<asio::writable_pipe> writer(writer_,
                                         [&](boost::system::error_code ec) { errors.push_back(ec); });
  reader_.close();
  EXPECT_TRUE(writer.Write("lost-1"));
  writer.Write("lost-2");
  int drained = 0;
  writer.OnDrained([&] { ++drained; });
  ASSERT_TRUE(RunUntil(io_, [&] { return !errors.empty() && drained > 0; }));
  mcpgw::testing::Drain(io_);
  EXPECT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], asio::error::broken_pipe);
  EXPECT_TRUE(writer.failed());
  EXPECT_FALSE(writer.Write("after"));
  EXPECT_EQ(writer.queued_bytes(), 0u);
  mcpgw::testing::Drain(io_);
  EXPECT_EQ(errors.size(), 1u) << "on_error is called once";
}

TEST_F(LineWriterTest, CloseDropsQueuedMessagesAndRunsDrained) {
  LineWriter<asio::writable_pipe> writer(writer_, [](boost::system::error_code) {});
  writer.Write("a");
  writer.Write("b");
  int drained = 0;
  writer.OnDrained([&] { ++drained; });
  writer.Close();
  EXPECT_EQ(drained, 1);
  EXPECT_FALSE(writer.Write("c"));
  EXPECT_EQ(writer.queued_bytes(), 0u);
  RunUntil(io_, [] { return false; }, std::chrono::milliseconds(20));  // let the write finish
}

TEST_F(LineWriterTest, OwnerIsKeptAliveWhileWriting) {
  auto owner = std::make_shared<int>(0);
  std::weak_ptr<int> weak = owner;
  LineWriter<asio::writable_pipe> writer(writer_, [](boost::system::error_code) {});
  writer.set_owner(owner);
  writer.Write("x");
  owner.reset();
  EXPECT_FALSE(weak.expired()) << "the pending write holds the owner";
  EXPECT_EQ(ReadExactly(2), "x\n");
  mcpgw::testing::Drain(io_);
  EXPECT_TRUE(weak.expired());
}

}  // namespace
}  // namespace mcpgw::core
