// Fuzzes SseParser (core/sse_parser.h): the input is fed in chunks whose sizes come from a hash of
// the input (seeds stay plain text and a crash reproduces), with a small event bound.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - parsing does not depend on chunking: events (type, data, id) and oversize reports equal
//    those of the same input fed in one piece;
//  - no dispatched event's data exceeds the bound; dropped heads and tails are at most kSniffBytes;
//  - an event's type is never empty; the last event id never holds a NUL.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/sse_parser.h"

namespace {

using mcpgw::core::SseEvent;
using mcpgw::core::SseParser;

constexpr std::size_t kMaxEvent = 512;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

std::vector<std::string> Parse(std::string_view input, std::uint64_t seed) {
  SseParser parser(kMaxEvent);
  std::vector<std::string> out;
  auto on_event = [&](const SseEvent& e) {
    Check(!e.type.empty());
    Check(e.data.size() <= kMaxEvent);
    Check(e.id.find('\0') == std::string_view::npos);
    out.push_back("E" + std::string(e.type) + '\x01' + std::string(e.data) + '\x01' +
                  std::string(e.id));
  };
  auto on_oversize = [&](std::size_t n) {
    Check(n > 0);
    Check(parser.dropped_head().size() <= SseParser::kSniffBytes);
    Check(parser.dropped_tail().size() <= SseParser::kSniffBytes);
    out.push_back("O" + std::to_string(n));
  };
  if (seed == 0) {
    parser.Feed(input, on_event, on_oversize);
  } else {
    std::uint64_t state = seed;
    while (!input.empty()) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      const std::size_t size = std::min<std::size_t>(input.size(), 1 + (state >> 33) % 97);
      parser.Feed(input.substr(0, size), on_event, on_oversize);
      input.remove_prefix(size);
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : input) hash = (hash ^ c) * 1099511628211ULL;
  const std::vector<std::string> whole = Parse(input, 0);
  const std::vector<std::string> chunked = Parse(input, hash | 1);
  Check(whole == chunked);
  return 0;
}
