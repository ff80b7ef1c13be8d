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

TEST(LineFramer, DroppedHeadAndTailAreAvailableDuringOnOversize) {
  constexpr std::size_t kSniff = LineFramer::kSniffBytes;
  LineFramer framer(1000);
  const std::string line = "H" + std::string(kSniff - 1, 'h') + std::string(3000, 'm') +
                           std::string(kSniff - 1, 't') + "T";
  std::string head, tail;
  std::size_t dropped = 0;
  auto on_line = [](std::string_view) { ADD_FAILURE() << "an oversize line was delivered"; };
  auto on_oversize = [&](std::size_t bytes) {
    dropped = bytes;
    head = framer.dropped_head();
    tail = framer.dropped_tail();
  };
  // Fed in uneven pieces, so the line spans the buffer, the switch to discarding and many feeds.
  std::size_t at = 0;
  for (std::size_t piece : {100, 600, 301, 7, 2000, 1}) {
    framer.Feed(std::string_view(line).substr(at, piece), on_line, on_oversize);
    at += piece;
  }
  framer.Feed(std::string_view(line).substr(at), on_line, on_oversize);
  framer.Feed("\n", on_line, on_oversize);
  EXPECT_EQ(dropped, line.size());
  EXPECT_EQ(head, line.substr(0, kSniff));
  EXPECT_EQ(tail, line.substr(line.size() - kSniff));
}

TEST(LineFramer, DroppedTailOfShortOverflowIsWholeLine) {
  LineFramer framer(4);
  std::string head, tail;
  framer.Feed(
      "abcdefgh\n", [](std::string_view) {},
      [&](std::size_t) {
        head = framer.dropped_head();
        tail = framer.dropped_tail();
      });
  EXPECT_EQ(head, "abcdefgh");
  EXPECT_EQ(tail, "abcdefgh");
}

}  // namespace
}  // namespace mcpgw::core
