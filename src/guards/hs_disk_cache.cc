#include "guards/hs_disk_cache.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <vector>

namespace mcpgw::guards {
namespace {

namespace fs = std::filesystem;

struct Settings {
  std::string dir;
  std::uint64_t max_bytes = kHsDiskCacheDefaultBytes;
};

Settings& Current() {
  static Settings settings;
  return settings;
}

std::mutex& EvictMutex() {
  static std::mutex mutex;
  return mutex;
}

fs::path PathOf(const HsKey& key) {
  return fs::path(Current().dir) / ("hsdb_" + HsKeyHex(key) + ".bin");
}

// Removes the least recently used cache files until the directory is within the bound.
void Evict() {
  std::lock_guard lock(EvictMutex());
  std::error_code ec;
  struct Entry {
    fs::path path;
    fs::file_time_type time;
    std::uintmax_t size;
  };
  std::vector<Entry> entries;
  std::uintmax_t total = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(Current().dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("hsdb_", 0) != 0 || e.path().extension() != ".bin") continue;
    std::error_code size_ec, time_ec;
    const std::uintmax_t size = e.file_size(size_ec);
    const fs::file_time_type time = e.last_write_time(time_ec);
    if (size_ec || time_ec) continue;
    entries.push_back({e.path(), time, size});
    total += size;
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.time < b.time; });
  for (const Entry& e : entries) {
    if (total <= Current().max_bytes) break;
    if (fs::remove(e.path, ec)) total -= e.size;
  }
}

}  // namespace

void EnableHsDiskCache(std::string dir, std::uint64_t max_bytes) {
  Current().dir = std::move(dir);
  Current().max_bytes = max_bytes;
}

bool HsDiskCacheEnabled() { return !Current().dir.empty(); }

std::string LoadHsDiskCache(const HsKey& key) {
  if (!HsDiskCacheEnabled()) return {};
  const fs::path path = PathOf(key);
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream content;
  content << in.rdbuf();
  std::error_code ec;
  fs::last_write_time(path, fs::file_time_type::clock::now(), ec);  // most recently used
  return content.str();
}

void StoreHsDiskCache(const HsKey& key, std::string_view blob) {
  if (!HsDiskCacheEnabled() || blob.empty()) return;
  static std::atomic<std::uint64_t> counter{0};
  std::error_code ec;
  const fs::path dir(Current().dir);
  if (!fs::exists(dir, ec)) {
    fs::create_directories(dir, ec);
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
  }
  const fs::path path = PathOf(key);
  const fs::path temp = path.string() + "." + std::to_string(::getpid()) + "." +
                        std::to_string(counter.fetch_add(1)) + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out.write(blob.data(), static_cast<std::streamsize>(blob.size())) || !out.flush()) {
      spdlog::debug("hsdb cache={} cannot write a database file", Current().dir);
      fs::remove(temp, ec);
      return;
    }
  }
  fs::rename(temp, path, ec);
  if (ec) {
    spdlog::debug("hsdb cache={} cannot store a database file: {}", Current().dir, ec.message());
    fs::remove(temp, ec);
    return;
  }
  Evict();
}

}  // namespace mcpgw::guards
