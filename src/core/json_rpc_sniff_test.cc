#include "core/json_rpc.h"
#include "core/line_framer.h"

#include <gtest/gtest.h>

namespace mcpgw::core {
namespace {

TEST(SniffId, FindsIdInHeadOrTail) {
  EXPECT_EQ(SniffId(R"({"jsonrpc":"2.0","id":42,"result":{"x":")", ""), json::value(42));
  // TypeScript SDK order: result first, id last.
  EXPECT_EQ(SniffId(R"({"result":{"content":[)", R"(xx"}]},"jsonrpc":"2.0","id":7})"),
            json::value(7));
  EXPECT_EQ(SniffId(R"({"id": "abc", "jsonrpc": "2.0", "method":"tools/call")", ""),
            json::value("abc"));
  // The first member of the message is top-level; an "id" inside params is not.
  EXPECT_EQ(SniffId(R"({"id": "abc", "method":"tools/call")", ""), json::value("abc"));
  EXPECT_TRUE(SniffId(R"({"method":"tools/call","params":{"id":"abc","a":")", "").is_null());
  EXPECT_TRUE(SniffId(R"({"method":"x","params":{"a":")", R"(zzz"}})").is_null());
  EXPECT_TRUE(SniffId(R"({"ids":5})", "").is_null());
}

TEST(LineFramer, OversizedLineKeepsHeadAndTailForIdRecovery) {
  LineFramer framer(64);
  std::string head = R"({"jsonrpc":"2.0","id":99,"result":")";
  std::string line = head + std::string(1000, 'x') + R"("})" + "\n";
  std::string sniffed_head;
  std::string sniffed_tail;
  std::size_t dropped = 0;
  // Feed in small pieces so the line spans many Feed calls.
  for (std::size_t i = 0; i < line.size(); i += 7) {
    framer.Feed(
        std::string_view(line).substr(i, 7), [](std::string_view) { FAIL(); },
        [&](std::size_t n) {
          dropped = n;
          sniffed_head = framer.dropped_head();
          sniffed_tail = framer.dropped_tail();
        });
  }
  EXPECT_EQ(dropped, line.size() - 1);
  EXPECT_EQ(sniffed_head.substr(0, head.size()), head);
  EXPECT_EQ(sniffed_tail.back(), '}');
  EXPECT_LE(sniffed_tail.size(), LineFramer::kSniffBytes);
  EXPECT_EQ(SniffId(sniffed_head, sniffed_tail), json::value(99));
}

}  // namespace
}  // namespace mcpgw::core
