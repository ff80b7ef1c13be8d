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
    // The newline is a buffer of its own in the gathered write: appending it could reallocate
    // (and copy) a message whose capacity is exactly its size.
    queued_bytes_ += message.size() + 1;
    queue_.push_back(std::move(message));
    if (!writing_) StartWrite();
    return true;
  }

  void set_owner(std::weak_ptr<void> owner) { owner_ = std::move(owner); }

  // Bytes accepted but not yet written.
  std::size_t queued_bytes() const { return queued_bytes_; }
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
    // Two buffers per message (its text, then the newline): 32 messages fill the 64 buffers
    // one writev takes.
    while (!queue_.empty() && in_flight_.size() < 32) {
      in_flight_.push_back(std::move(queue_.front()));
      queue_.pop_front();
    }
    static constexpr char kNewline = '\n';
    for (const std::string& s : in_flight_) {
      buffers_.push_back(boost::asio::buffer(s));
      buffers_.push_back(boost::asio::buffer(&kNewline, 1));
    }
    boost::asio::async_write(stream_, buffers_,
                             [this, keep = owner_.lock()](boost::system::error_code ec,
                                                          std::size_t written) {
                               writing_ = false;
                               queued_bytes_ -= std::min(queued_bytes_, written);
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
  std::deque<std::string> queue_;
  std::vector<std::string> in_flight_;
  std::vector<boost::asio::const_buffer> buffers_;
  std::vector<std::function<void()>> drained_;
  std::size_t queued_bytes_ = 0;
  bool writing_ = false;
  bool failed_ = false;
};

}  // namespace mcpgw::core
