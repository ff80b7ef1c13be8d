// ChildTransport bounds: a child that stops reading its stdin gets its messages refused once
// max_queued_input bytes wait for it, instead of an ever-growing queue.
#include "upstream/child_transport.h"

#include "testing/run_until.h"

#include <boost/asio/io_context.hpp>
#include <gtest/gtest.h>

#include <csignal>

namespace mcpgw::upstream {
namespace {

using mcpgw::testing::RunUntil;
using std::chrono::milliseconds;

TEST(ChildTransportBounds, MessagesAreRefusedOnceTheChildsStdinQueueIsFull) {
  ::signal(SIGPIPE, SIG_IGN);
  boost::asio::io_context io;
  // A child that never reads stdin: its pipe (64 KiB) fills, then the gateway's queue.
  ChildProcess::Spec spec{"sh", {"-c", "sleep 30"}, {"PATH=/usr/bin:/bin"}, ""};
  auto transport = MakeChildTransport(io, "stuck", spec, 1024 * 1024,
                                      /*max_queued_input=*/256 * 1024, milliseconds(100));
  bool closed = false;
  UpstreamTransport::Events events;
  events.on_message = [](std::string_view) {};
  events.on_failed = [](std::string) {};
  events.on_closed = [&](std::string) { closed = true; };
  ASSERT_TRUE(transport->Start(std::move(events)));
  const std::string message(100 * 1024, 'x');
  int accepted = 0;
  for (int i = 0; i < 100 && transport->Send(message, OutgoingInfo{}); ++i) {
    ++accepted;
    io.poll();  // let the writer push what the pipe takes
  }
  EXPECT_LT(accepted, 100) << "the queue grew without bound";
  // At most the pipe's capacity plus the bound (plus one message) was accepted.
  EXPECT_LE(accepted * message.size(), 64 * 1024 + 256 * 1024 + message.size() + 64 * 1024);
  transport->Shutdown(milliseconds(100));
  EXPECT_TRUE(RunUntil(io, [&] { return closed; }));
}

}  // namespace
}  // namespace mcpgw::upstream
