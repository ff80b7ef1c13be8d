// Tests of SseParser: the WHATWG event-stream rules, table-driven, each case also fed one byte at a
// time (so every split point between feeds is covered), plus the bound on one event's size.

#include "core/sse_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mcpgw::core {
namespace {

// Renders the parse of a stream as "type|data|id" per event and "oversize:N" per dropped event.
std::vector<std::string> Parse(std::string_view stream, std::size_t max, bool bytewise) {
  SseParser parser(max);
  std::vector<std::string> out;
  auto on_event = [&](const SseEvent& e) {
    out.push_back(std::string(e.type) + "|" + std::string(e.data) + "|" + std::string(e.id));
  };
  auto on_oversize = [&](std::size_t n) { out.push_back("oversize:" + std::to_string(n)); };
  if (bytewise) {
    for (char c : stream) parser.Feed(std::string_view(&c, 1), on_event, on_oversize);
  } else {
    parser.Feed(stream, on_event, on_oversize);
  }
  return out;
}

struct Case {
  const char* name;
  std::string stream;
  std::vector<std::string> events;
};

TEST(SseParser, EventStreamRules) {
  const std::vector<Case> cases = {
      {"single data line", "data: hello\n\n", {"message|hello|"}},
      {"no space after colon", "data:hello\n\n", {"message|hello|"}},
      {"only one leading space removed", "data:  two\n\n", {"message| two|"}},
      {"multi-line data joined with LF", "data: a\ndata: b\ndata\n\n", {"message|a\nb\n|"}},
      {"event type", "event: endpoint\ndata: /messages\n\n", {"endpoint|/messages|"}},
      {"event type resets after dispatch",
       "event: x\ndata: 1\n\ndata: 2\n\n",
       {"x|1|", "message|2|"}},
      {"comments ignored", ": keep-alive\ndata: x\n: more\n\n", {"message|x|"}},
      {"CRLF line ends", "data: a\r\ndata: b\r\n\r\n", {"message|a\nb|"}},
      {"CR line ends", "data: a\rdata: b\r\r", {"message|a\nb|"}},
      {"mixed line ends", "data: a\r\ndata: b\rdata: c\n\r\n", {"message|a\nb\nc|"}},
      {"no dispatch without blank line", "data: pending\n", {}},
      {"blank line without data dispatches nothing", "event: x\n\n\ndata: y\n\n", {"message|y|"}},
      {"empty data dispatches an empty event", "data\n\n", {"message||"}},
      {"id persists across events",
       "id: 7\ndata: a\n\ndata: b\n\n",
       {"message|a|7", "message|b|7"}},
      {"empty id resets", "id: 7\ndata: a\n\nid\ndata: b\n\n", {"message|a|7", "message|b|"}},
      {"id with NUL ignored",
       std::string("id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n", 33),
       {"message|a|1", "message|b|1"}},
      {"id without data sets it for later", "id: 9\n\ndata: a\n\n", {"message|a|9"}},
      {"unknown fields ignored", "foo: bar\ndata: a\nbaz\n\n", {"message|a|"}},
      {"BOM at start skipped",
       "\xEF\xBB\xBF"
       "data: a\n\n",
       {"message|a|"}},
      {"BOM only at start",
       "data: a\n\n\xEF\xBB\xBF"
       "data: b\n\n",
       {"message|a|"}},
      {"partial BOM is data",
       "\xEF\xBB"
       "data: a\n\n",
       {}},
      {"field name is case-sensitive", "Data: a\n\n", {}},
      {"JSON payload intact",
       "event: message\ndata: {\"a\":\"b: c\"}\n\n",
       {"message|{\"a\":\"b: c\"}|"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Parse(c.stream, 1024, false), c.events) << c.name;
    EXPECT_EQ(Parse(c.stream, 1024, true), c.events) << c.name << " (byte by byte)";
  }
}

TEST(SseParser, RetryField) {
  SseParser parser(1024);
  auto ignore = [](auto&&...) {};
  parser.Feed("retry: 1500\n\n", ignore, ignore);
  EXPECT_EQ(parser.retry_ms(), 1500u);
  parser.Feed("retry: 15x\nretry:\nretry: 99999999999999999999999\n\n", ignore, ignore);
  EXPECT_EQ(parser.retry_ms(), 1500u);  // invalid values are ignored
}

TEST(SseParser, LastEventIdPersists) {
  SseParser parser(1024);
  auto ignore = [](auto&&...) {};
  parser.Feed("id: abc\ndata: 1\n\ndata: 2\n\n", ignore, ignore);
  EXPECT_EQ(parser.last_event_id(), "abc");
}

TEST(SseParser, OversizeEventDroppedAndReported) {
  const std::string big(100, 'x');
  const std::string stream = "data: {\"id\":5," + big + "\ndata: end}\n\ndata: small\n\n";
  for (bool bytewise : {false, true}) {
    SseParser parser(64);
    std::vector<std::string> events;
    std::string head;
    std::string tail;
    std::size_t dropped = 0;
    auto on_event = [&](const SseEvent& e) { events.emplace_back(e.data); };
    auto on_oversize = [&](std::size_t n) {
      dropped = n;
      head = parser.dropped_head();
      tail = parser.dropped_tail();
    };
    if (bytewise) {
      for (char c : stream) parser.Feed(std::string_view(&c, 1), on_event, on_oversize);
    } else {
      parser.Feed(stream, on_event, on_oversize);
    }
    EXPECT_EQ(events, std::vector<std::string>{"small"}) << bytewise;
    EXPECT_GE(dropped, big.size()) << bytewise;
    EXPECT_EQ(head.substr(0, 9), "{\"id\":5,x") << bytewise;
    EXPECT_EQ(tail.substr(tail.size() - 4), "end}") << bytewise;
  }
}

TEST(SseParser, OversizeLineWithoutEndKeepsMemoryBounded) {
  SseParser parser(16);
  int oversize = 0;
  std::vector<std::string> events;
  auto on_event = [&](const SseEvent& e) { events.emplace_back(e.data); };
  auto on_oversize = [&](std::size_t) { ++oversize; };
  for (int i = 0; i < 1000; ++i)
    parser.Feed("data: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", on_event, on_oversize);
  parser.Feed("\n\ndata: ok\n\n", on_event, on_oversize);
  EXPECT_EQ(oversize, 1);
  EXPECT_EQ(events, std::vector<std::string>{"ok"});
}

// Found by fuzz_sse: an over-long event type with no data was reported as 0 bytes dropped.
TEST(SseParser, OversizeEventTypeReportsItsBytes) {
  const std::string type(40, 't');
  EXPECT_EQ(Parse("event: " + type + "\n\n", 16, false), std::vector<std::string>{"oversize:40"});
  EXPECT_EQ(Parse("event: " + type + "\n\n", 16, true), std::vector<std::string>{"oversize:40"});
}

TEST(SseParser, ExactLimitFits) {
  // data (3 bytes) + its joining '\n' = 4 = the bound.
  EXPECT_EQ(Parse("data: abc\n\n", 4, false), std::vector<std::string>{"message|abc|"});
  EXPECT_EQ(Parse("data: abcd\n\n", 4, false), std::vector<std::string>{"oversize:5"});
}

}  // namespace
}  // namespace mcpgw::core
