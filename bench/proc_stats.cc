#include "proc_stats.h"

#include <dirent.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

namespace mcpgw::bench {
namespace {

std::int64_t SumThreadSchedNs(pid_t pid) {
  const std::string task_dir = "/proc/" + std::to_string(pid) + "/task";
  DIR* dir = opendir(task_dir.c_str());
  if (dir == nullptr) return -1;
  std::int64_t total = 0;
  bool any = false;
  while (dirent* entry = readdir(dir)) {
    if (entry->d_name[0] == '.') continue;
    std::ifstream in(task_dir + "/" + entry->d_name + "/schedstat");
    std::int64_t on_cpu_ns = 0;
    if (in >> on_cpu_ns) {
      total += on_cpu_ns;
      any = true;
    }
  }
  closedir(dir);
  return any ? total : -1;
}

}  // namespace

std::optional<CpuTimes> ReadCpuTimes(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(in, line)) return std::nullopt;
  // Field 2 (comm) may contain spaces and parentheses: fields after it start past the last ')'.
  const std::size_t close = line.rfind(')');
  if (close == std::string::npos) return std::nullopt;
  std::istringstream fields(line.substr(close + 2));
  // Fields 3..13 precede utime (14) and stime (15).
  std::string skip;
  for (int field = 3; field <= 13; ++field) fields >> skip;
  std::int64_t utime = 0;
  std::int64_t stime = 0;
  if (!(fields >> utime >> stime)) return std::nullopt;
  const long ticks_per_second = sysconf(_SC_CLK_TCK);
  CpuTimes times;
  times.stat_us = (utime + stime) * 1'000'000 / (ticks_per_second > 0 ? ticks_per_second : 100);
  times.sched_ns = SumThreadSchedNs(pid);
  return times;
}

std::optional<MemoryUsage> ReadMemoryUsage(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  if (!in) return std::nullopt;
  MemoryUsage usage;
  bool found = false;
  std::string line;
  while (std::getline(in, line)) {
    std::int64_t* target = nullptr;
    if (line.rfind("VmRSS:", 0) == 0) target = &usage.rss_kb;
    if (line.rfind("VmHWM:", 0) == 0) target = &usage.hwm_kb;
    if (target == nullptr) continue;
    std::istringstream value(line.substr(6));
    value >> *target;
    found = true;
  }
  if (!found) return std::nullopt;
  return usage;
}

}  // namespace mcpgw::bench
