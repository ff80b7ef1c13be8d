// RemoteCaller against the recorded HTTP server (127.0.0.1, port 0): retries on 5xx and network
// errors only, Retry-After on 429, the concurrency limit and its queue, timeouts, cancellation.

#include "guards/remote/remote_caller.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>

#include "testing/recorded_http_server.h"
#include "testing/run_until.h"

namespace mcpgw::guards::remote {
namespace {

using mcpgw::testing::RecordedHttpServer;
using mcpgw::testing::RunUntil;
using std::chrono::milliseconds;

http::Request Post(const RecordedHttpServer& server, std::string path = "/check") {
  http::Request request;
  request.method = "POST";
  request.url = server.BaseUrl() + path;
  request.body = R"({"x":1})";
  return request;
}

CallPolicy FastPolicy() {
  CallPolicy policy;
  policy.timeout = milliseconds(2000);
  policy.deadline = milliseconds(4000);
  policy.backoff = milliseconds(1);
  return policy;
}

struct Outcome {
  std::optional<CallResult> result;
  int calls = 0;
};

RemoteCaller::Done Record(Outcome& outcome) {
  return [&outcome](CallResult r) {
    ++outcome.calls;
    outcome.result = std::move(r);
  };
}

TEST(RemoteCallerTest, AnswersTheServiceResponseOn2xx) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/check", {200, R"({"ok":true})", {}, false});
  auto caller = std::make_shared<RemoteCaller>(io, FastPolicy());
  Outcome outcome;
  caller->Call(Post(server), nullptr, Record(outcome));
  ASSERT_TRUE(RunUntil(io, [&] { return outcome.result.has_value(); }));
  ASSERT_TRUE(outcome.result->ok()) << outcome.result->error;
  EXPECT_EQ(outcome.result->response->body, R"({"ok":true})");
  ASSERT_EQ(server.received().size(), 1u);
  EXPECT_EQ(server.received()[0].method, "POST");
  EXPECT_EQ(server.received()[0].body, R"({"x":1})");
}

TEST(RemoteCallerTest, Retries5xxThenSucceeds) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Push("/check", {503, "busy", {}, false});
  server.Push("/check", {502, "bad gateway", {}, false});
  server.Set("/check", {200, "{}", {}, false});
  CallPolicy policy = FastPolicy();
  policy.retries = 2;
  auto caller = std::make_shared<RemoteCaller>(io, policy);
  Outcome outcome;
  caller->Call(Post(server), nullptr, Record(outcome));
  ASSERT_TRUE(RunUntil(io, [&] { return outcome.result.has_value(); }));
  EXPECT_TRUE(outcome.result->ok()) << outcome.result->error;
  EXPECT_EQ(outcome.result->attempts, 3);
  EXPECT_EQ(server.received().size(), 3u);
}

TEST(RemoteCallerTest, WithoutRetriesA5xxIsAnErrorNamingTheStatus) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Push("/check", {503, "busy", {}, false});
  server.Set("/check", {200, "{}", {}, false});
  auto caller = std::make_shared<RemoteCaller>(io, FastPolicy());
  Outcome outcome;
  caller->Call(Post(server), nullptr, Record(outcome));
  ASSERT_TRUE(RunUntil(io, [&] { return outcome.result.has_value(); }));
  EXPECT_FALSE(outcome.result->ok());
  EXPECT_EQ(outcome.result->error, "HTTP 503");
  EXPECT_EQ(server.received().size(), 1u);
}

TEST(RemoteCallerTest, A4xxOtherThan429IsNeverRetried) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/check", {401, "no", {}, false});
  CallPolicy policy = FastPolicy();
  policy.retries = 3;
  auto caller = std::make_shared<RemoteCaller>(io, policy);
  Outcome outcome;
  caller->Call(Post(server), nullptr, Record(outcome));
  ASSERT_TRUE(RunUntil(io, [&] { return outcome.result.has_value(); }));
  EXPECT_EQ(outcome.result->error, "HTTP 401");
  EXPECT_EQ(server.received().size(), 1u);
}

TEST(RemoteCallerTest, NetworkErrorsAreRetriedThenReported) {
  boost::asio::io_context io;
  std::string url;
  {
    RecordedHttpServer gone(io);
    url = gone.BaseUrl() + "/check";
  }  // closed: connections are refused
  CallPolicy policy = FastPolicy();
  policy.retries = 1;
  auto caller = std::make_shared<RemoteCaller>(io, policy);
  Outcome outcome;
  http::Request request;
  request.method = "POST";
  request.url = url;
  caller->Call(request, nullptr, Record(outcome));
  ASSERT_TRUE(RunUntil(io, [&] { return outcome.result.has_value(); }));
  EXPECT_FALSE(outcome.result->ok());
  EXPECT_EQ(outcome.result->attempts, 2);
  EXPECT_NE(outcome.result->error.find("connect"), std::string::npos) << outcome.result->error;
}

TEST(RemoteCallerTest, AHangingServiceTimesOutWithinTheAttemptTimeout) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/check", {200, "", {}, true});
  CallPolicy policy = FastPolicy();
  policy.timeout = milliseconds(150);
  auto caller = std::make_shared<RemoteCaller>(io, policy);
  Outcome outcome;
  const auto start = std::chrono::steady_clock::now();
  caller->Call(Post(server), nullptr, Record(outcome));
  ASSERT_TRUE(RunUntil(io, [&] { return outcome.result.has_value(); }));
  EXPECT_FALSE(outcome.result->ok());
  EXPECT_NE(outcome.result->error.find("timed out"), std::string::npos) << outcome.result->error;
  EXPECT_LT(std::chrono::steady_clock::now() - start, milliseconds(2000));
}

TEST(RemoteCallerTest, A429RetryAfterWithinTheDeadlineIsWaitedForOnce) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Push("/check", {429, "slow down", {{"Retry-After", "0.05"}}, false});
  server.Set("/check", {200, "{}", {}, false});
  CallPolicy policy = FastPolicy();
  policy.honour_retry_after = true;
  auto caller = std::make_shared<RemoteCaller>(io, policy);
  Outcome outcome;
  caller->Call(Post(server), nullptr, Record(outcome));
  ASSERT_TRUE(RunUntil(io, [&] { return outcome.result.has_value(); }));
  EXPECT_TRUE(outcome.result->ok()) << outcome.result->error;
  EXPECT_EQ(server.received().size(), 2u);
}

TEST(RemoteCallerTest, A429RetryAfterBeyondTheDeadlineFailsWithTheDelay) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/check", {429, "slow down", {{"Retry-After", "30"}}, false});
  CallPolicy policy = FastPolicy();
  policy.honour_retry_after = true;
  auto caller = std::make_shared<RemoteCaller>(io, policy);
  Outcome outcome;
  caller->Call(Post(server), nullptr, Record(outcome));
  ASSERT_TRUE(RunUntil(io, [&] { return outcome.result.has_value(); }));
  EXPECT_FALSE(outcome.result->ok());
  EXPECT_EQ(outcome.result->status, 429);
  EXPECT_EQ(outcome.result->retry_after, milliseconds(30'000));
  EXPECT_EQ(server.received().size(), 1u);
}

TEST(RemoteCallerTest, ConcurrencyLimitQueuesThenRefusesPastTheQueue) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/slow", {200, "", {}, true});  // holds the only slot
  server.Set("/check", {200, "{}", {}, false});
  CallPolicy policy = FastPolicy();
  policy.timeout = milliseconds(300);
  policy.max_concurrency = 1;
  policy.max_queue = 1;
  auto caller = std::make_shared<RemoteCaller>(io, policy);
  Outcome first, second, third;
  caller->Call(Post(server, "/slow"), nullptr, Record(first));
  caller->Call(Post(server), nullptr, Record(second));
  caller->Call(Post(server), nullptr, Record(third));
  EXPECT_EQ(caller->in_flight(), 1u);
  EXPECT_EQ(caller->queued(), 1u);
  ASSERT_TRUE(RunUntil(io, [&] { return third.result.has_value(); }));
  EXPECT_FALSE(third.result->ok());
  EXPECT_NE(third.result->error.find("queue"), std::string::npos) << third.result->error;
  EXPECT_FALSE(second.result.has_value()) << "waits for the slot";
  ASSERT_TRUE(RunUntil(io, [&] { return second.result.has_value(); }));
  EXPECT_FALSE(first.result->ok()) << "the slow one timed out first";
  EXPECT_TRUE(second.result->ok()) << second.result->error;
  EXPECT_EQ(caller->in_flight(), 0u);
  EXPECT_EQ(first.calls + second.calls + third.calls, 3);
}

TEST(RemoteCallerTest, CancelledCallsNeverCallDone) {
  boost::asio::io_context io;
  RecordedHttpServer server(io);
  server.Set("/slow", {200, "", {}, true});
  server.Set("/check", {200, "{}", {}, false});
  CallPolicy policy = FastPolicy();
  policy.timeout = milliseconds(100);
  policy.max_concurrency = 1;
  auto caller = std::make_shared<RemoteCaller>(io, policy);
  auto in_flight_cancel = std::make_shared<bool>(false);
  auto queued_cancel = std::make_shared<bool>(false);
  Outcome in_flight, queued, after;
  caller->Call(Post(server, "/slow"), in_flight_cancel, Record(in_flight));
  caller->Call(Post(server), queued_cancel, Record(queued));
  *in_flight_cancel = true;
  *queued_cancel = true;
  // A later call runs once the cancelled ones released their slot; by then both have ended.
  caller->Call(Post(server), nullptr, Record(after));
  ASSERT_TRUE(RunUntil(io, [&] { return after.result.has_value(); }));
  EXPECT_TRUE(after.result->ok()) << after.result->error;
  EXPECT_EQ(in_flight.calls, 0);
  EXPECT_EQ(queued.calls, 0);
  EXPECT_EQ(caller->in_flight(), 0u);
  EXPECT_EQ(caller->queued(), 0u);
}

TEST(ParseRetryAfterTest, DelaySecondsOnly) {
  struct Case {
    std::string_view text;
    std::optional<milliseconds> expected;
  };
  const Case cases[] = {
      {"2", milliseconds(2000)},
      {" 1.5 ", milliseconds(1500)},
      {"0", milliseconds(0)},
      {"", std::nullopt},
      {"soon", std::nullopt},
      {"-1", std::nullopt},
      {"Wed, 21 Oct 2026 07:28:00 GMT", std::nullopt},
  };
  for (const Case& c : cases) EXPECT_EQ(ParseRetryAfter(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace mcpgw::guards::remote
