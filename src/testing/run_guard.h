// Test helpers for waiting guards: run one InspectLater to its verdict on a test's io_context, and
// capture what spdlog writes (to assert that secrets never reach the log).
//
// Threading: call on the thread that runs `io` (the test's thread).
#pragma once

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "guards/guard.h"
#include "testing/run_until.h"

namespace mcpgw::testing {

// Runs `guard.InspectLater` over `payload` and drives `io` until `done` is called (or 10 s);
// nullopt when it never was.
inline std::optional<guards::Verdict> RunGuard(boost::asio::io_context& io, guards::Guard& guard,
                                               guards::GuardContext context,
                                               boost::json::value& payload,
                                               std::shared_ptr<bool> cancelled = nullptr) {
  if (!cancelled) cancelled = std::make_shared<bool>(false);
  std::optional<guards::Verdict> verdict;
  guard.InspectLater(std::make_shared<const guards::GuardContext>(std::move(context)), payload,
                     cancelled, [&](guards::Verdict v) { verdict = std::move(v); });
  RunUntil(io, [&] { return verdict.has_value(); });
  return verdict;
}

// While alive, every spdlog line (all levels) also goes to text().
class LogCapture {
 public:
  LogCapture() : previous_(spdlog::default_logger()) {
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(stream_);
    auto logger = std::make_shared<spdlog::logger>("capture", sink);
    logger->set_level(spdlog::level::trace);
    spdlog::set_default_logger(logger);
  }
  ~LogCapture() { spdlog::set_default_logger(previous_); }
  LogCapture(const LogCapture&) = delete;
  LogCapture& operator=(const LogCapture&) = delete;
  std::string text() const { return stream_.str(); }

 private:
  std::shared_ptr<spdlog::logger> previous_;
  std::ostringstream stream_;
};

}  // namespace mcpgw::testing
