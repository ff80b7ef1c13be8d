// Splits a byte stream into newline-delimited messages (the MCP stdio framing), with a bound on
// the size of one message.
//
// Threading: not thread-safe; one framer per stream, used by the task that reads the stream.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mcpgw::core {

class LineFramer {
 public:
  // `max_line` bounds one message in bytes, excluding the newline. REQUIRES: max_line > 0.
  explicit LineFramer(std::size_t max_line) : max_line_(max_line) {}

  // Feeds bytes. For each complete line calls `on_line(std::string_view)` (without the newline
  // and any trailing '\r'; empty lines are skipped). For each line longer than `max_line`, the
  // line is discarded and `on_oversize(std::size_t bytes_dropped)` is called once, when its end
  // is seen. The views passed to `on_line` are valid only during the call.
  template <typename OnLine, typename OnOversize>
  void Feed(std::string_view data, OnLine&& on_line, OnOversize&& on_oversize);

  // Bytes of an incomplete line buffered so far.
  std::size_t Pending() const { return discarding_ ? 0 : buffer_.size(); }

  // During an `on_oversize` call: the first and the last kSniffBytes bytes of the dropped line,
  // so the caller can try to recover the message's id (see core::SniffId).
  static constexpr std::size_t kSniffBytes = 256;
  std::string_view dropped_head() const { return head_; }
  std::string_view dropped_tail() const { return tail_; }

 private:
  template <typename OnLine>
  void Emit(std::string_view line, OnLine& on_line);

  void KeepTail(std::string_view chunk) {
    if (chunk.size() >= kSniffBytes) {
      tail_.assign(chunk.substr(chunk.size() - kSniffBytes));
    } else {
      tail_.append(chunk);
      if (tail_.size() > kSniffBytes) tail_.erase(0, tail_.size() - kSniffBytes);
    }
  }

  std::size_t max_line_;
  std::string buffer_;
  std::string head_;
  std::string tail_;
  bool discarding_ = false;
  std::size_t dropped_ = 0;
};

template <typename OnLine>
void LineFramer::Emit(std::string_view line, OnLine& on_line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (!line.empty()) on_line(line);
}

template <typename OnLine, typename OnOversize>
void LineFramer::Feed(std::string_view data, OnLine&& on_line, OnOversize&& on_oversize) {
  while (!data.empty()) {
    const std::size_t newline = data.find('\n');
    const std::size_t chunk = newline == std::string_view::npos ? data.size() : newline;
    if (discarding_) {
      dropped_ += chunk;
      KeepTail(data.substr(0, chunk));
    } else if (buffer_.size() + chunk > max_line_) {
      discarding_ = true;
      dropped_ = buffer_.size() + chunk;
      const std::string_view piece = data.substr(0, chunk);
      head_.assign(buffer_, 0, std::min(buffer_.size(), kSniffBytes));
      if (head_.size() < kSniffBytes) head_.append(piece.substr(0, kSniffBytes - head_.size()));
      tail_.clear();
      KeepTail(buffer_);
      KeepTail(piece);
      buffer_.clear();
      buffer_.shrink_to_fit();
    } else if (newline != std::string_view::npos && buffer_.empty()) {
      Emit(data.substr(0, chunk), on_line);  // fast path: no copy
    } else {
      buffer_.append(data.data(), chunk);
      if (newline != std::string_view::npos) {
        Emit(buffer_, on_line);
        buffer_.clear();
      }
    }
    if (newline == std::string_view::npos) return;
    if (discarding_) {
      discarding_ = false;
      on_oversize(dropped_);
      dropped_ = 0;
    }
    data.remove_prefix(newline + 1);
  }
}

}  // namespace mcpgw::core
