#include "guards/policy/label_history.h"

#include <fnmatch.h>

#include <cstring>

namespace mcpgw::guards::policy {

bool GlobMatch(const std::string& pattern, std::string_view subject) {
  bool literal = true;
  for (const char c : pattern) {
    if (c == '*' || c == '?' || c == '[' || c == '\\') {
      literal = false;
      break;
    }
  }
  if (literal) return std::string_view(pattern) == subject;
  if (pattern.size() == 1 && pattern[0] == '*') return true;
  for (const char c : subject)
    if (c == '\0') return false;  // fnmatch would stop there
  char buffer[256];
  if (subject.size() < sizeof buffer) {
    if (!subject.empty()) std::memcpy(buffer, subject.data(), subject.size());
    buffer[subject.size()] = '\0';
    return ::fnmatch(pattern.c_str(), buffer, 0) == 0;
  }
  const std::string copy(subject);
  return ::fnmatch(pattern.c_str(), copy.c_str(), 0) == 0;
}

void LabelHistory::Record(std::string label, std::size_t bound) {
  events_.push_back(std::move(label));
  if (bound == 0) bound = 1;
  while (events_.size() > bound) events_.pop_front();
}

bool LabelHistory::Contains(const std::string& glob) const {
  for (const std::string& event : events_)
    if (GlobMatch(glob, event)) return true;
  return false;
}

void ApprovalMemory::Remember(const std::string& digest) {
  if (!digests_.insert(digest).second) return;
  order_.push_back(digest);
  while (order_.size() > kMaxApprovals) {
    digests_.erase(order_.front());
    order_.pop_front();
  }
}

}  // namespace mcpgw::guards::policy
