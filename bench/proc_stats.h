// Linux /proc readings of another process: CPU time and resident memory. Used by the latency
// bench to charge CPU and memory to the process under test (the gateway, a proxy or a server).
//
// Threading: free functions, safe from any thread. Linux only (reads /proc).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>

namespace mcpgw::bench {

// CPU time consumed so far by every thread of a process.
struct CpuTimes {
  // utime + stime from /proc/<pid>/stat, converted from clock ticks (10 ms granularity at the
  // usual 100 Hz) to microseconds.
  std::int64_t stat_us = 0;
  // Sum over /proc/<pid>/task/*/schedstat of the on-CPU time, in nanoseconds; precise, but threads
  // that exited are no longer counted. -1 when schedstat is not available.
  std::int64_t sched_ns = -1;
};

// Memory of a process from /proc/<pid>/status, in KiB.
struct MemoryUsage {
  std::int64_t rss_kb = 0;  // VmRSS: resident now
  std::int64_t hwm_kb = 0;  // VmHWM: peak resident
};

// Returns the process's CPU times, or nullopt when /proc/<pid>/stat cannot be read (the process
// is gone or this is not Linux).
std::optional<CpuTimes> ReadCpuTimes(pid_t pid);

// Returns the process's memory usage, or nullopt when /proc/<pid>/status cannot be read.
std::optional<MemoryUsage> ReadMemoryUsage(pid_t pid);

}  // namespace mcpgw::bench
