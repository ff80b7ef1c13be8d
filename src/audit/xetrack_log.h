// XetrackLog: xetrack's daily log files, `<dir>/<YYYY-MM-DD>.log`, one line per row, in the
// loguru format xetrack's readers parse (Reader / `xt` split a line on the delimiter and read the
// JSON after it):
//   2026-12-03 17:12:48.233 | MONITOR  | mcp_gateway.xetrack:log:0!📁!{"timestamp": ...}
// A new file starts when the row's date changes (local time, or UTC with `utc`). Optionally each
// line is also written to a console stream (stderr: stdout is the protocol in stdio mode).
//
// Threading: one thread at a time (the xetrack writer thread). Lifetime: owns its open file.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>

#include "core/status.h"

namespace mcpgw::audit {

class XetrackLog {
 public:
  // `dir` empty: no files. `console` null: no console lines. The directory is created when
  // missing; errors name it: "cannot create xetrack logs directory DIR: reason".
  static Result<XetrackLog> Open(const std::string& dir, std::FILE* console,
                                 std::string delimiter, bool utc);

  XetrackLog(XetrackLog&& other) noexcept;
  XetrackLog& operator=(XetrackLog&& other) noexcept;
  XetrackLog(const XetrackLog&) = delete;
  XetrackLog& operator=(const XetrackLog&) = delete;
  ~XetrackLog();

  // Appends one line for the row whose JSON is `row_json`, stamped `when`. Errors name the file.
  Result<void> Write(std::chrono::system_clock::time_point when, const std::string& row_json);
  // Flushes the file and the console stream.
  void Flush();

  // The file a line stamped `when` goes to.
  std::string FileFor(std::chrono::system_clock::time_point when) const;

 private:
  XetrackLog() = default;
  std::string dir_;
  std::FILE* console_ = nullptr;
  std::string delimiter_;
  bool utc_ = false;
  std::string current_path_;
  std::FILE* file_ = nullptr;
};

}  // namespace mcpgw::audit
