#include "core/sse_parser.h"

#include <algorithm>
#include <limits>

namespace mcpgw::core {

namespace {

// Splits "field: value" (one optional space after the colon); a line without ':' is all field.
void SplitField(std::string_view line, std::string_view& field, std::string_view& value) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) {
    field = line;
    value = {};
    return;
  }
  field = line.substr(0, colon);
  value = line.substr(colon + 1);
  if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
}

// For a line cut off by the bound: its value part when it is a data line (for id recovery).
std::string_view DataPart(std::string_view line) {
  if (line.substr(0, 5) != "data:") return line;
  line.remove_prefix(5);
  if (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  return line;
}

}  // namespace

std::string_view SseParser::SkipBom(std::string_view bytes) {
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  while (!bytes.empty() && bom_prefix_.size() < kBom.size() &&
         bytes.front() == kBom[bom_prefix_.size()]) {
    bom_prefix_.push_back(bytes.front());
    bytes.remove_prefix(1);
  }
  if (bom_prefix_.size() == kBom.size()) {
    bom_prefix_.clear();
    bom_checked_ = true;
  } else if (!bytes.empty()) {
    bom_checked_ = true;  // a mismatch: bom_prefix_ (if any) is ordinary data
  }
  return bytes;
}

void SseParser::KeepTail(std::string_view bytes) {
  if (bytes.size() >= kSniffBytes) {
    tail_.assign(bytes.substr(bytes.size() - kSniffBytes));
  } else {
    tail_.append(bytes);
    if (tail_.size() > kSniffBytes) tail_.erase(0, tail_.size() - kSniffBytes);
  }
}

void SseParser::Discard(std::string_view bytes) {
  if (!discarding_) {
    discarding_ = true;
    head_.assign(data_, 0, std::min(data_.size(), kSniffBytes));
    tail_.clear();
    KeepTail(data_);
    dropped_ = data_.size();
    data_.clear();
    data_.shrink_to_fit();
  }
  dropped_ += bytes.size();
  if (head_.size() < kSniffBytes) head_.append(bytes.substr(0, kSniffBytes - head_.size()));
  KeepTail(bytes);
}

void SseParser::DiscardLine(std::string_view line) { Discard(DataPart(line)); }

void SseParser::AppendPartial(std::string_view piece) {
  if (line_discarding_) {
    Discard(piece);
    return;
  }
  // The bound applies to the value; allow room for the field name ("data: ").
  if (line_.size() + piece.size() <= max_event_ + kFieldSlack) {
    line_.append(piece);
    return;
  }
  // One line over the bound: the event it belongs to is dropped.
  line_discarding_ = true;
  line_.append(piece);
  DiscardLine(line_);
  line_.clear();
  line_.shrink_to_fit();
}

void SseParser::ResetEvent() {
  data_.clear();
  type_.clear();
  discarding_ = false;
  dropped_ = 0;
  head_.clear();
  tail_.clear();
}

SseParser::LineResult SseParser::ProcessLine(std::string_view line) {
  if (line.empty()) {
    if (discarding_) return LineResult::kOversize;
    if (data_.empty()) {
      ResetEvent();  // no data: nothing is dispatched, the event type is reset
      return LineResult::kNone;
    }
    return LineResult::kDispatch;
  }
  if (line.front() == ':') return LineResult::kNone;  // a comment (often a keep-alive)
  std::string_view field;
  std::string_view value;
  SplitField(line, field, value);
  if (field == "data") {
    if (discarding_ || data_.size() + type_.size() + value.size() + 1 > max_event_) {
      Discard(value);
      ++dropped_;  // the '\n' joining it to the next line
    } else {
      data_.append(value);
      data_.push_back('\n');
    }
  } else if (field == "event") {
    if (!discarding_) {
      if (data_.size() + value.size() > max_event_)
        Discard(value);  // non-empty: data_ alone never exceeds the bound
      else
        type_.assign(value);
    }
  } else if (field == "id") {
    if (value.find('\0') == std::string_view::npos && value.size() <= max_event_)
      last_id_.assign(value);
  } else if (field == "retry") {
    if (!value.empty() &&
        std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      std::uint64_t ms = 0;
      bool overflow = false;
      for (char c : value) {
        if (ms > (std::numeric_limits<std::uint64_t>::max() - 9) / 10) {
          overflow = true;
          break;
        }
        ms = ms * 10 + static_cast<std::uint64_t>(c - '0');
      }
      if (!overflow) retry_ = ms;
    }
  }
  return LineResult::kNone;
}

}  // namespace mcpgw::core
