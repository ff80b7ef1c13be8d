// SseParser: an incremental parser for a Server-Sent Events stream (text/event-stream), following
// the WHATWG HTML "event stream interpretation" rules: fields `event`, `data`, `id`, `retry`;
// lines starting with ':' are comments; lines end with LF, CR or CRLF (also split across feeds);
// several `data` lines are joined with '\n'; an event is dispatched at a blank line, and only when
// it has data; a UTF-8 BOM at the very start is skipped; an `id` containing NUL is ignored; the
// last event id persists across events, as the spec requires for reconnection (Last-Event-ID).
//
// Neither Boost nor our other libraries ship an SSE parser, so this small one is ours. It works
// on bytes and does not validate UTF-8 (the payloads are JSON, validated by their own parser).
//
// Bound: one event (its data, event type and any single line) may hold at most `max_event_size`
// bytes. A larger event is discarded as it streams in (memory stays bounded) and reported once,
// when its blank line is seen, through `on_oversize(bytes_dropped)`; `dropped_head()` and
// `dropped_tail()` then hold the first and last kSniffBytes of its data for id recovery.
//
// Threading: not thread-safe; one parser per stream, used by the task that reads the stream.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mcpgw::core {

// One dispatched event. The views are valid only during the on_event call.
struct SseEvent {
  std::string_view type;  // "message" when the event named none
  std::string_view data;  // the data lines joined with '\n'
  std::string_view id;    // the last event id seen on the stream so far (may be empty)
};

class SseParser {
 public:
  // REQUIRES: max_event_size > 0.
  explicit SseParser(std::size_t max_event_size) : max_event_(max_event_size) {}

  // Feeds bytes. Calls `on_event(const SseEvent&)` for each event dispatched and
  // `on_oversize(std::size_t bytes_dropped)` for each event that exceeded the bound.
  template <typename OnEvent, typename OnOversize>
  void Feed(std::string_view bytes, OnEvent&& on_event, OnOversize&& on_oversize);

  // The id of the last event that carried one ("" when none): send it as Last-Event-ID.
  const std::string& last_event_id() const { return last_id_; }
  // The last valid `retry` field (the server's reconnection delay in ms), if any.
  std::optional<std::uint64_t> retry_ms() const { return retry_; }

  static constexpr std::size_t kSniffBytes = 256;
  // During an on_oversize call: the first and last bytes of the dropped event's data.
  std::string_view dropped_head() const { return head_; }
  std::string_view dropped_tail() const { return tail_; }

 private:
  enum class LineResult { kNone, kDispatch, kOversize };

  // Handles one complete line (without its end). kDispatch: data_ and type_ hold the event.
  LineResult ProcessLine(std::string_view line);
  // Appends a piece of an unfinished line, entering discard mode beyond the bound.
  void AppendPartial(std::string_view piece);
  // Drops `bytes` of the current event (entering discard mode), keeping head and tail.
  void Discard(std::string_view bytes);
  // Drops a line over the bound (its value part when it is a data line).
  void DiscardLine(std::string_view line);

  // A line may exceed the bound on one event by this much (its field name, "data: ").
  static constexpr std::size_t kFieldSlack = 64;
  void KeepTail(std::string_view bytes);
  void ResetEvent();
  // Strips a BOM at the start of the stream; returns the bytes left to parse.
  std::string_view SkipBom(std::string_view bytes);

  std::size_t max_event_;
  std::string line_;  // an unfinished line
  std::string data_;
  std::string type_;
  std::string last_id_;
  std::optional<std::uint64_t> retry_;
  bool skip_lf_ = false;  // the previous chunk ended with CR: an LF next is part of it
  bool bom_checked_ = false;
  std::string bom_prefix_;        // the first bytes, until we know whether they are a BOM
  bool discarding_ = false;       // the current event is over the bound
  bool line_discarding_ = false;  // the current line is over the bound
  std::size_t dropped_ = 0;
  std::string head_;
  std::string tail_;
};

template <typename OnEvent, typename OnOversize>
void SseParser::Feed(std::string_view bytes, OnEvent&& on_event, OnOversize&& on_oversize) {
  if (!bom_checked_) {
    bytes = SkipBom(bytes);
    if (!bom_checked_) return;   // still undecided: too few bytes so far
    if (!bom_prefix_.empty()) {  // they were not a BOM after all: parse them first
      const std::string prefix = std::move(bom_prefix_);
      bom_prefix_.clear();
      Feed(prefix, on_event, on_oversize);
    }
  }
  while (!bytes.empty()) {
    if (skip_lf_) {
      skip_lf_ = false;
      if (bytes.front() == '\n') {
        bytes.remove_prefix(1);
        continue;
      }
    }
    const std::size_t end = bytes.find_first_of("\r\n");
    if (end == std::string_view::npos) {
      AppendPartial(bytes);
      return;
    }
    LineResult result = LineResult::kNone;
    if (line_.empty() && !line_discarding_) {  // fast path: no copy
      const std::string_view line = bytes.substr(0, end);
      if (line.size() > max_event_ + kFieldSlack)
        DiscardLine(line);
      else
        result = ProcessLine(line);
    } else {
      AppendPartial(bytes.substr(0, end));
      std::string line = std::move(line_);
      line_.clear();
      const bool was_discarding = line_discarding_;
      line_discarding_ = false;
      result = was_discarding ? LineResult::kNone : ProcessLine(line);
    }
    if (bytes[end] == '\r') skip_lf_ = true;
    bytes.remove_prefix(end + 1);
    if (result == LineResult::kDispatch) {
      std::string_view data(data_);
      if (!data.empty() && data.back() == '\n') data.remove_suffix(1);
      on_event(SseEvent{type_.empty() ? std::string_view("message") : std::string_view(type_), data,
                        last_id_});
      ResetEvent();
    } else if (result == LineResult::kOversize) {
      on_oversize(dropped_);
      ResetEvent();
    }
  }
}

}  // namespace mcpgw::core
