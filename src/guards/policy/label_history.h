// PolicySessionState: what the `policy` guard remembers about one session, kept in the
// session's SessionStore (so it dies with the session and survives policy reloads):
//  - the label history: the labels of the tool results that passed to the client, oldest
//    first, bounded (the oldest events are dropped past the bound);
//  - remembered approvals: digests of calls the user approved with `remember: "session"`,
//    bounded the same way.
//
// Threading: io_context thread only (like the SessionStore that holds it).
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>

namespace mcpgw::guards::policy {

class LabelHistory {
 public:
  // Appends one event; drops the oldest while more than `bound` are kept (bound >= 1).
  void Record(std::string label, std::size_t bound);
  // True when a recorded label matches the glob (fnmatch).
  bool Contains(const std::string& glob) const;
  const std::deque<std::string>& events() const { return events_; }
  std::size_t size() const { return events_.size(); }

 private:
  std::deque<std::string> events_;
};

class ApprovalMemory {
 public:
  static constexpr std::size_t kMaxApprovals = 1024;
  void Remember(const std::string& digest);
  bool Has(const std::string& digest) const { return digests_.count(digest) != 0; }
  std::size_t size() const { return digests_.size(); }

 private:
  std::unordered_set<std::string> digests_;
  std::deque<std::string> order_;
};

struct PolicySessionState {
  LabelHistory history;
  ApprovalMemory approvals;
};

// fnmatch(pattern, subject) without allocating for subjects under 256 bytes; "*" matches all.
bool GlobMatch(const std::string& pattern, std::string_view subject);

}  // namespace mcpgw::guards::policy
