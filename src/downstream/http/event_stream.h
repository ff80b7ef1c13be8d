// EventStream: one SSE stream of an HTTP session — the answer stream of a POST that carried
// requests, or the standalone stream a GET opens. Events are numbered and the last
// `replay_limit` are kept, so a client that lost its connection resumes with Last-Event-ID
// ("<stream id>_<number>"). A connection "attaches" to write events as they arrive; while none is
// attached events accumulate (bounded) for a later resumption.
//
// Threading: io_context thread only. Lifetime: shared by its HttpSession and an attached
// connection.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::downstream::http {

class EventStream {
 public:
  struct Event {
    std::uint64_t number;
    // One JSON-RPC message (or batch), shared: a connection writing it holds its own reference,
    // so the text is written without a copy even if the event is forgotten meanwhile.
    std::shared_ptr<const std::string> text;
    const std::string& data() const { return *text; }
  };

  // Keeps at most `replay_limit` events and `replay_bytes` bytes of event data (the newest
  // event is always kept, whatever its size).
  EventStream(std::string id, std::size_t replay_limit, std::size_t open_requests,
              std::size_t replay_bytes = static_cast<std::size_t>(-1))
      : id_(std::move(id)),
        replay_limit_(replay_limit),
        replay_bytes_(replay_bytes),
        open_requests_(open_requests) {}

  const std::string& id() const { return id_; }
  // "<id>_<number>": the SSE event id of event `number`.
  std::string EventId(std::uint64_t number) const { return id_ + "_" + std::to_string(number); }

  // Appends an event and wakes the attached connection. Oldest events beyond the replay limits
  // (count or bytes) are forgotten.
  void Push(std::string data);
  // One of the stream's requests got its final answer (after its event, if any, was pushed).
  // The stream is complete when none is left open. Wakes the attached connection.
  void RequestFinished();
  bool complete() const { return open_requests_ == 0 && is_request_stream_; }
  void set_request_stream(bool value) { is_request_stream_ = value; }

  // Events numbered above `after`, oldest first. Returns false when some of them were already
  // forgotten (resumption impossible).
  bool EventsAfter(std::uint64_t after, std::vector<const Event*>& out) const;
  std::uint64_t last_number() const { return next_number_ - 1; }
  std::size_t kept_bytes() const { return kept_bytes_; }

  // The highest event number written to some connection so far; a new GET on the standalone
  // stream starts after it.
  std::uint64_t delivered() const { return delivered_; }
  void set_delivered(std::uint64_t number) { delivered_ = std::max(delivered_, number); }

  // Attach/detach the connection writing this stream; `wake` is called on every change.
  // Attach returns a ticket; a later Attach (a resuming client taking the stream over from a
  // connection that has not noticed it is dead) wakes the previous holder, whose ticket is then
  // no longer current() and which must stop writing. Detach only detaches the current holder.
  bool attached() const { return static_cast<bool>(wake_); }
  std::uint64_t Attach(std::function<void()> wake) {
    auto previous = std::move(wake_);
    wake_ = std::move(wake);
    if (previous) previous();
    return ++ticket_;
  }
  bool current(std::uint64_t ticket) const { return ticket == ticket_; }
  void Detach(std::uint64_t ticket) {
    if (ticket == ticket_) wake_ = nullptr;
  }

 private:
  void Wake() {
    if (wake_) wake_();
  }

  std::string id_;
  std::size_t replay_limit_;
  std::size_t replay_bytes_;
  std::size_t kept_bytes_ = 0;  // data bytes of events_
  std::size_t open_requests_;
  bool is_request_stream_ = true;
  std::deque<Event> events_;
  std::uint64_t next_number_ = 1;
  std::uint64_t delivered_ = 0;
  std::uint64_t ticket_ = 0;
  std::function<void()> wake_;
};

// Parses an SSE event id "<stream id>_<number>". Returns false when it is not one of ours.
bool ParseEventId(std::string_view event_id, std::string& stream_id, std::uint64_t& number);

// Formats one SSE event: "id: ...\n" (when non-empty), "event: ...\n" (when non-empty), one
// "data: " line per line of `data`, then a blank line.
std::string FormatSseEvent(std::string_view id, std::string_view event, std::string_view data);

}  // namespace mcpgw::downstream::http
