#include "downstream/http/event_stream.h"

#include <gtest/gtest.h>

namespace mcpgw::downstream::http {
namespace {

TEST(EventStream, CompletesWhenEveryRequestIsAnswered) {
  EventStream stream("s1", 16, 2);
  int wakes = 0;
  stream.Attach([&] { ++wakes; });
  stream.Push("a");
  EXPECT_FALSE(stream.complete());
  stream.RequestFinished();
  EXPECT_FALSE(stream.complete());
  stream.RequestFinished();
  EXPECT_TRUE(stream.complete());
  EXPECT_EQ(wakes, 3);
}

TEST(EventStream, LaterAttachTakesOverAndWakesThePreviousHolder) {
  EventStream stream("s9", 16, 1);
  int first_wakes = 0;
  const auto first = stream.Attach([&] { ++first_wakes; });
  const auto second = stream.Attach([] {});
  EXPECT_EQ(first_wakes, 1);
  EXPECT_FALSE(stream.current(first));
  EXPECT_TRUE(stream.current(second));
  stream.Detach(first);  // the stale holder's detach must not detach the new one
  EXPECT_TRUE(stream.attached());
  stream.Detach(second);
  EXPECT_FALSE(stream.attached());
}

TEST(EventStream, ReplayIsBoundedInBytesKeepingTheNewestEvent) {
  EventStream stream("s1", 100, 1, /*replay_bytes=*/10);
  stream.Push("aaaa");
  stream.Push("bbbb");
  EXPECT_EQ(stream.kept_bytes(), 8u);
  stream.Push("cccc");  // 12 bytes > 10: the oldest goes
  EXPECT_EQ(stream.kept_bytes(), 8u);
  std::vector<const EventStream::Event*> events;
  EXPECT_FALSE(stream.EventsAfter(0, events)) << "event 1 was forgotten";
  ASSERT_TRUE(stream.EventsAfter(1, events));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0]->data(), "bbbb");
  stream.Push(std::string(50, 'x'));  // alone over the limit: kept, everything older dropped
  ASSERT_TRUE(stream.EventsAfter(3, events));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(stream.kept_bytes(), 50u);
}

TEST(EventStream, AnEventsTextHeldByAWriterOutlivesItsEviction) {
  // A connection writes an event's text in place (no copy) while holding its own reference: an
  // eviction meanwhile must not free what it is writing.
  EventStream stream("s1", /*replay_limit=*/1, 1);
  stream.Push("first");
  std::vector<const EventStream::Event*> events;
  ASSERT_TRUE(stream.EventsAfter(0, events));
  ASSERT_EQ(events.size(), 1u);
  std::shared_ptr<const std::string> held = events[0]->text;
  stream.Push("second");  // the limit of one event forgets "first"
  EXPECT_FALSE(stream.EventsAfter(0, events));
  EXPECT_EQ(*held, "first");
}

TEST(EventStream, StandaloneStreamNeverCompletes) {
  EventStream stream("g", 16, 0);
  stream.set_request_stream(false);
  EXPECT_FALSE(stream.complete());
}

TEST(EventStream, ReplaysEventsAfterAnId) {
  EventStream stream("s2", 16, 1);
  for (const char* data : {"a", "b", "c"}) stream.Push(data);
  std::vector<const EventStream::Event*> out;
  ASSERT_TRUE(stream.EventsAfter(1, out));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0]->data(), "b");
  EXPECT_EQ(stream.EventId(out[1]->number), "s2_3");
  ASSERT_TRUE(stream.EventsAfter(0, out));
  EXPECT_EQ(out.size(), 3u);
}

TEST(EventStream, ForgottenEventsMakeResumptionFail) {
  EventStream stream("s3", 2, 1);
  for (const char* data : {"a", "b", "c", "d"}) stream.Push(data);
  std::vector<const EventStream::Event*> out;
  EXPECT_FALSE(stream.EventsAfter(0, out));
  EXPECT_TRUE(stream.EventsAfter(2, out));
  EXPECT_EQ(out.size(), 2u);
}

TEST(ParseEventId, Table) {
  std::string id;
  std::uint64_t n = 0;
  EXPECT_TRUE(ParseEventId("s12_7", id, n));
  EXPECT_EQ(id, "s12");
  EXPECT_EQ(n, 7u);
  EXPECT_FALSE(ParseEventId("s12", id, n));
  EXPECT_FALSE(ParseEventId("_7", id, n));
  EXPECT_FALSE(ParseEventId("s1_x", id, n));
  EXPECT_FALSE(ParseEventId("s1_", id, n));
}

TEST(FormatSseEvent, SplitsDataLines) {
  EXPECT_EQ(FormatSseEvent("s1_1", "", "{\"a\":1}"), "id: s1_1\ndata: {\"a\":1}\n\n");
  EXPECT_EQ(FormatSseEvent("", "message", "x\ny"), "event: message\ndata: x\ndata: y\n\n");
  EXPECT_EQ(FormatSseEvent("s1_0", "", ""), "id: s1_0\ndata: \n\n");
}

}  // namespace
}  // namespace mcpgw::downstream::http
