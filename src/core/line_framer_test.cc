#include "core/line_framer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mcpgw::core {
namespace {

// Collects what a framer delivers.
struct Sink {
  std::vector<std::string> lines;
  std::vector<std::size_t> oversize;

  void Feed(LineFramer& framer, std::string_view data) {
    framer.Feed(
        data, [this](std::string_view line) { lines.emplace_back(line); },
        [this](std::size_t dropped) { oversize.push_back(dropped); });
  }
};

TEST(LineFramer, LineSplitAcrossFeeds) {
  LineFramer framer(100);
  Sink sink;
  sink.Feed(framer, "{\"a\":");
  EXPECT_TRUE(sink.lines.empty());
  EXPECT_EQ(framer.Pending(), 5u);
  sink.Feed(framer, "1");
  sink.Feed(framer, "}\n");
  EXPECT_EQ(sink.lines, std::vector<std::string>{"{\"a\":1}"});
  EXPECT_EQ(framer.Pending(), 0u);
}

TEST(LineFramer, ManyLinesInOneFeed) {
  LineFramer framer(100);
  Sink sink;
  sink.Feed(framer, "one\ntwo\nthree\nfour");
  EXPECT_EQ(sink.lines, (std::vector<std::string>{"one", "two", "three"}));
  EXPECT_EQ(framer.Pending(), 4u);
  sink.Feed(framer, "\n");
  EXPECT_EQ(sink.lines.back(), "four");
}

TEST(LineFramer, CrLfIsStripped) {
  LineFramer framer(100);
  Sink sink;
  sink.Feed(framer, "a\r\nb\r");
  sink.Feed(framer, "\n");
  EXPECT_EQ(sink.lines, (std::vector<std::string>{"a", "b"}));
}

TEST(LineFramer, EmptyLinesAreSkipped) {
  LineFramer framer(100);
  Sink sink;
  sink.Feed(framer, "\n\r\n\nx\n\n");
  EXPECT_EQ(sink.lines, std::vector<std::string>{"x"});
  EXPECT_TRUE(sink.oversize.empty());
}

TEST(LineFramer, ExactlyMaxSizeLineIsAccepted) {
  LineFramer framer(5);
  Sink sink;
  sink.Feed(framer, "12345\n");
  sink.Feed(framer, "123");
  sink.Feed(framer, "45\n");
  EXPECT_EQ(sink.lines, (std::vector<std::string>{"12345", "12345"}));
  EXPECT_TRUE(sink.oversize.empty());
}

TEST(LineFramer, MaxPlusOneIsDroppedAndNextLineStillDelivered) {
  LineFramer framer(5);
  Sink sink;
  sink.Feed(framer, "123456\nok\n");
  EXPECT_EQ(sink.oversize, std::vector<std::size_t>{6});
  EXPECT_EQ(sink.lines, std::vector<std::string>{"ok"});
}

TEST(LineFramer, OversizeLineSpanningManyFeedsIsReportedOnceAtItsEnd) {
  LineFramer framer(5);
  Sink sink;
  sink.Feed(framer, "aaa");
  EXPECT_EQ(framer.Pending(), 3u);
  sink.Feed(framer, "aaa");  // 6 > 5: now discarding
  EXPECT_EQ(framer.Pending(), 0u) << "a discarded line is not pending";
  sink.Feed(framer, "aaaa");
  sink.Feed(framer, "aaaa");
  EXPECT_TRUE(sink.oversize.empty()) << "reported only when its end is seen";
  sink.Feed(framer, "bb\nnext\n");
  EXPECT_EQ(sink.oversize, std::vector<std::size_t>{16});
  EXPECT_EQ(sink.lines, std::vector<std::string>{"next"});
}

TEST(LineFramer, OversizeBetweenGoodLinesKeepsOrder) {
  LineFramer framer(4);
  Sink sink;
  sink.Feed(framer, "ab\n0123456789\ncd\n");
  EXPECT_EQ(sink.lines, (std::vector<std::string>{"ab", "cd"}));
  EXPECT_EQ(sink.oversize, std::vector<std::size_t>{10});
}

TEST(LineFramer, PendingCountsBufferedBytes) {
  LineFramer framer(100);
  Sink sink;
  EXPECT_EQ(framer.Pending(), 0u);
  sink.Feed(framer, "abc");
  EXPECT_EQ(framer.Pending(), 3u);
  sink.Feed(framer, "de");
  EXPECT_EQ(framer.Pending(), 5u);
  sink.Feed(framer, "\nxy");
  EXPECT_EQ(framer.Pending(), 2u);
}

}  // namespace
}  // namespace mcpgw::core
