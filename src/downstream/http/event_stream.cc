#include "downstream/http/event_stream.h"

#include <charconv>

namespace mcpgw::downstream::http {

void EventStream::Push(std::string data) {
  kept_bytes_ += data.size();
  events_.push_back(
      Event{next_number_++, std::make_shared<const std::string>(std::move(data))});
  while ((events_.size() > replay_limit_ || kept_bytes_ > replay_bytes_) && events_.size() > 1) {
    kept_bytes_ -= events_.front().data().size();
    events_.pop_front();
  }
  Wake();
}

void EventStream::RequestFinished() {
  if (open_requests_ > 0) --open_requests_;
  Wake();
}

bool EventStream::EventsAfter(std::uint64_t after, std::vector<const Event*>& out) const {
  out.clear();
  if (!events_.empty() && events_.front().number > after + 1) return false;
  for (const Event& event : events_)
    if (event.number > after) out.push_back(&event);
  return true;
}

bool ParseEventId(std::string_view event_id, std::string& stream_id, std::uint64_t& number) {
  const std::size_t underscore = event_id.rfind('_');
  if (underscore == std::string_view::npos || underscore == 0) return false;
  const std::string_view digits = event_id.substr(underscore + 1);
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty()) return false;
  stream_id.assign(event_id.substr(0, underscore));
  return true;
}

std::string FormatSseEvent(std::string_view id, std::string_view event, std::string_view data) {
  std::string out;
  out.reserve(data.size() + id.size() + event.size() + 32);
  if (!id.empty()) out.append("id: ").append(id).append("\n");
  if (!event.empty()) out.append("event: ").append(event).append("\n");
  std::size_t start = 0;
  while (true) {
    const std::size_t newline = data.find('\n', start);
    out.append("data: ").append(data.substr(start, newline - start)).append("\n");
    if (newline == std::string_view::npos) break;
    start = newline + 1;
  }
  out.append("\n");
  return out;
}

}  // namespace mcpgw::downstream::http
