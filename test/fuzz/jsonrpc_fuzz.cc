// Fuzzes the stdio message path: LineFramer splits the input, fed in chunks whose sizes are derived
// from a hash of the input (so seeds stay plain text and a crash reproduces), and ParseMessage
// reads every line.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - framing does not depend on chunking: lines and oversize reports equal those of a one-shot
//    reference split (one trailing '\r' removed, as for CRLF); no line is empty, longer than the
//    limit, or holds a '\n';
//  - a message that parses survives Serialize -> ParseMessage with the same kind and an equivalent
//    body (equal, except that doubles may move in the last bits: Boost.JSON 1.81 parses numbers
//    with more than 17 significant digits imprecisely, so "-922337203685854775809" reads back as a
//    neighbouring double);
//  - a failure is kParseError or kInvalidRequest, and the error response built for it is itself a
//    valid JSON-RPC error message.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_rpc.h"
#include "core/line_framer.h"

namespace {

using mcpgw::core::LineFramer;
using mcpgw::core::MessageKind;

constexpr std::size_t kMaxLine = 4096;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

// What the framer must produce: a line, or the size of a dropped oversize line.
struct Frame {
  std::string line;
  std::size_t dropped = 0;
  bool operator==(const Frame&) const = default;
};

std::vector<Frame> ReferenceFrames(std::string_view data) {
  std::vector<Frame> frames;
  while (true) {
    const std::size_t newline = data.find('\n');
    if (newline == std::string_view::npos) break;
    std::string_view line = data.substr(0, newline);
    data.remove_prefix(newline + 1);
    if (line.size() > kMaxLine) {  // the limit counts a trailing '\r'
      frames.push_back({"", line.size()});
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) frames.push_back({std::string(line), 0});
  }
  return frames;
}

// Structural equality, doubles within a relative 1e-14.
bool Equivalent(const boost::json::value& a, const boost::json::value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case boost::json::kind::double_: {
      const double x = a.get_double();
      const double y = b.get_double();
      return x == y || std::fabs(x - y) <= 1e-14 * std::max(std::fabs(x), std::fabs(y));
    }
    case boost::json::kind::array: {
      const boost::json::array& x = a.get_array();
      const boost::json::array& y = b.get_array();
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i) {
        if (!Equivalent(x[i], y[i])) return false;
      }
      return true;
    }
    case boost::json::kind::object: {
      const boost::json::object& x = a.get_object();
      const boost::json::object& y = b.get_object();
      if (x.size() != y.size()) return false;
      for (const auto& item : x) {
        const boost::json::value* other = y.if_contains(item.key());
        if (!other || !Equivalent(item.value(), *other)) return false;
      }
      return true;
    }
    default:
      return a == b;
  }
}

void CheckMessage(std::string_view line) {
  auto parsed = mcpgw::core::ParseMessage(line);
  if (!parsed) {
    const mcpgw::core::MessageError& error = parsed.error();
    Check(error.code == mcpgw::core::kParseError || error.code == mcpgw::core::kInvalidRequest);
    Check(mcpgw::core::DescribeId(error.id).size() <= 64);
    const std::string response =
        mcpgw::core::Serialize(mcpgw::core::MakeErrorResponse(error.id, error.code, error.message));
    auto reparsed = mcpgw::core::ParseMessage(response);
    Check(reparsed && reparsed->kind == MessageKind::kError);
    return;
  }
  const std::string text = mcpgw::core::Serialize(parsed->body);
  auto again = mcpgw::core::ParseMessage(text);
  Check(again.has_value());
  Check(again->kind == parsed->kind);
  Check(Equivalent(again->body, parsed->body));
  Check(again->Method() == parsed->Method());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view stream(reinterpret_cast<const char*>(data), size);
  std::uint32_t state = 2166136261u;  // FNV-1a
  for (std::size_t i = 0; i < size; ++i) state = (state ^ data[i]) * 16777619u;
  const std::size_t max_chunk = std::size_t{1} << (state % 14);  // 1 .. 8192 bytes

  std::vector<Frame> frames;
  LineFramer framer(kMaxLine);
  std::string_view rest = stream;
  while (!rest.empty()) {
    state = state * 1103515245u + 12345u;
    const std::size_t chunk = std::min(rest.size(), 1 + (state >> 8) % max_chunk);
    framer.Feed(
        rest.substr(0, chunk),
        [&](std::string_view line) {
          Check(!line.empty() && line.size() <= kMaxLine);
          Check(line.find('\n') == std::string_view::npos);
          frames.push_back({std::string(line), 0});
          CheckMessage(line);
        },
        [&](std::size_t dropped) {
          Check(dropped > kMaxLine);
          frames.push_back({"", dropped});
        });
    rest.remove_prefix(chunk);
  }
  Check(frames == ReferenceFrames(stream));

  // What is left after the last newline is pending, unless it is already over the limit.
  const std::size_t last_newline = stream.rfind('\n');
  const std::size_t tail =
      last_newline == std::string_view::npos ? stream.size() : stream.size() - last_newline - 1;
  Check(framer.Pending() == (tail > kMaxLine ? 0 : tail));
  return 0;
}
