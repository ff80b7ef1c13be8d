// ResultCache: a bounded LRU of remote guards' answers, keyed by the SHA-256 of the exact content
// sent (ContentKey), so the same masked text is not sent twice to an LLM judge or a classifier.
// Only answers (never failures) are stored; the key is a hash, so no content is kept besides the
// answer itself (which never holds the matched values: see each guard).
//
// Threading: io_context thread only (no locking). Lifetime: owned by one guard.
#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace mcpgw::guards::remote {

// Lower-case hex SHA-256 of `content` (64 digits).
std::string ContentKey(std::string_view content);

class ResultCache {
 public:
  // capacity 0 disables the cache (Find never hits, Put stores nothing).
  explicit ResultCache(std::size_t capacity) : capacity_(capacity) {}

  // The answer stored under `key`, made the most recently used; nullopt when absent.
  std::optional<boost::json::value> Find(const std::string& key);
  // Stores `answer` under `key` (replacing an older one), evicting the least recently used entry
  // when full.
  void Put(const std::string& key, boost::json::value answer);

  std::size_t size() const { return index_.size(); }
  std::size_t capacity() const { return capacity_; }

 private:
  using Entry = std::pair<std::string, boost::json::value>;
  std::size_t capacity_;
  std::list<Entry> order_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace mcpgw::guards::remote
