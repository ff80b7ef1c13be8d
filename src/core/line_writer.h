// LineWriter: queues newline-delimited messages for one async write stream and writes them in
// order, coalescing everything queued into one gathered write.
//
// Threading: used only on the io_context thread of its stream.
// Lifetime: while a write is in progress the writer keeps `owner` (set with set_owner(), normally
// the object holding both the writer and the stream) alive; without an owner the caller must keep
// the writer and the stream alive until the write completes. Close() abandons queued messages.
#pragma once

#include <boost/asio/buffer.hpp>
#include <boost/asio/write.hpp>

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mcpgw::core {

template <typename Stream>
class LineWriter {
 public:
  // `on_error` is called once when a write fails (e.g. the peer closed the pipe).
  LineWriter(Stream& stream, std::function<void(boost::system::error_code)> on_error)
      : stream_(stream), on_error_(std::move(on_error)) {}

  // Queues `message` plus a newline. Returns false (and queues nothing) when the writer has
  // failed or been closed.
  bool Write(std::string message) {
    if (failed_) return false;
    // The newline is appended in place when that cannot reallocate a large message (spare
    // capacity, or a message small enough that a copy costs less than a buffer of its own);
    // otherwise it is a buffer of its own in the gathered write.
    queued_bytes_ += message.size() + 1;
    const bool append = message.capacity() > message.size() || message.size() < kInlineNewline;
    if (append) message.push_back('\n');
    queue_.push_back(Line{std::move(message), !append});
    if (!writing_) StartWrite();
    return true;
  }

  void set_owner(std::weak_ptr<void> owner) { owner_ = std::move(owner); }

  // Bytes accepted but not yet written.
  std::size_t queued_bytes() const { return queued_bytes_; }
  // Bytes written since construction (grows as each gathered write completes): a reader that
  // is consuming the stream makes it grow.
  std::size_t written_bytes() const { return written_bytes_; }
  bool failed() const { return failed_; }

  // Calls `callback` once everything queued so far has been written (or the writer failed).
  void OnDrained(std::function<void()> callback) {
    if (queue_.empty() && !writing_) {
      callback();
      return;
    }
    drained_.push_back(std::move(callback));
  }

  // Stops writing; queued messages are dropped.
  void Close() {
    failed_ = true;
    queue_.clear();
    queued_bytes_ = 0;
    RunDrained();
  }

 private:
  void StartWrite() {
    writing_ = true;
    in_flight_.clear();
    buffers_.clear();
    // One buffer per message, two when its newline is separate: at most 64 buffers per
    // gathered write.
    std::size_t buffers = 0;
    while (!queue_.empty() && buffers + 2 <= 64) {
      buffers += queue_.front().separate_newline ? 2 : 1;
      in_flight_.push_back(std::move(queue_.front()));
      queue_.pop_front();
    }
    static constexpr char kNewline = '\n';
    for (const Line& line : in_flight_) {
      buffers_.push_back(boost::asio::buffer(line.text));
      if (line.separate_newline) buffers_.push_back(boost::asio::buffer(&kNewline, 1));
    }
    boost::asio::async_write(stream_, buffers_,
                             [this, keep = owner_.lock()](boost::system::error_code ec,
                                                          std::size_t written) {
                               writing_ = false;
                               queued_bytes_ -= std::min(queued_bytes_, written);
                               written_bytes_ += written;
                               if (ec) {
                                 if (!failed_) {
                                   failed_ = true;
                                   queue_.clear();
                                   queued_bytes_ = 0;
                                   on_error_(ec);
                                 }
                                 RunDrained();
                                 return;
                               }
                               if (!queue_.empty() && !failed_) {
                                 StartWrite();
                               } else {
                                 RunDrained();
                               }
                             });
  }

  void RunDrained() {
    auto callbacks = std::move(drained_);
    drained_.clear();
    for (auto& callback : callbacks) callback();
  }

  Stream& stream_;
  std::function<void(boost::system::error_code)> on_error_;
  std::weak_ptr<void> owner_;
  struct Line {
    std::string text;
    bool separate_newline;  // the text lacks its newline: a buffer of its own follows it
  };
  // Below this size a message takes its newline in place even at full capacity (the copy of a
  // reallocation is cheaper than one more buffer, i.e. one more writev at Asio's 16 per call).
  static constexpr std::size_t kInlineNewline = 4096;

  std::deque<Line> queue_;
  std::vector<Line> in_flight_;
  std::vector<boost::asio::const_buffer> buffers_;
  std::vector<std::function<void()>> drained_;
  std::size_t queued_bytes_ = 0;
  std::size_t written_bytes_ = 0;
  bool writing_ = false;
  bool failed_ = false;
};

}  // namespace mcpgw::core
