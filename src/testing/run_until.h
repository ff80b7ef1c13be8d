// RunUntil: drives an io_context until a condition holds or a deadline passes, so that tests
// wait for asynchronous work without sleeping for a fixed time.
//
// Threading: call on the thread that runs `io` (the test's thread).
#pragma once

#include <boost/asio/io_context.hpp>

#include <chrono>
#include <functional>
#include <thread>

namespace mcpgw::testing {

// Runs handlers of `io` one at a time until `done()` is true or `timeout` has passed.
// Returns done() (false on timeout). Restarts `io` when it runs out of work, so the condition
// can be polled while the io_context is idle (e.g. waiting for a timer that is not armed yet).
inline bool RunUntil(boost::asio::io_context& io, const std::function<bool()>& done,
                     std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!done()) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    if (io.stopped()) io.restart();
    // Out of work: yield briefly rather than spin (this is a poll, never an ordering device).
    if (io.run_one_for(std::chrono::milliseconds(5)) == 0 && io.stopped())
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

// Runs every handler that is ready now (and those they post), without blocking.
inline void Drain(boost::asio::io_context& io) {
  if (io.stopped()) io.restart();
  io.poll();
}

}  // namespace mcpgw::testing
