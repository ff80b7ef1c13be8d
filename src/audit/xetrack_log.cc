#include "audit/xetrack_log.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include "audit/xetrack_rows.h"
#include "store/state_dir.h"

namespace mcpgw::audit {

Result<XetrackLog> XetrackLog::Open(const std::string& dir, std::FILE* console,
                                    std::string delimiter, bool utc) {
  if (!dir.empty())
    if (auto r = store::EnsureDir(dir); !r)
      return MakeError("cannot create xetrack logs directory " + dir + ": " + r.error().message);
  XetrackLog log;
  log.dir_ = dir;
  log.console_ = console;
  log.delimiter_ = std::move(delimiter);
  log.utc_ = utc;
  return log;
}

XetrackLog::XetrackLog(XetrackLog&& other) noexcept
    : dir_(std::move(other.dir_)),
      console_(other.console_),
      delimiter_(std::move(other.delimiter_)),
      utc_(other.utc_),
      current_path_(std::move(other.current_path_)),
      file_(std::exchange(other.file_, nullptr)) {}

XetrackLog& XetrackLog::operator=(XetrackLog&& other) noexcept {
  if (this != &other) {
    if (file_) std::fclose(file_);
    dir_ = std::move(other.dir_);
    console_ = other.console_;
    delimiter_ = std::move(other.delimiter_);
    utc_ = other.utc_;
    current_path_ = std::move(other.current_path_);
    file_ = std::exchange(other.file_, nullptr);
  }
  return *this;
}

XetrackLog::~XetrackLog() {
  if (file_) std::fclose(file_);
}

std::string XetrackLog::FileFor(std::chrono::system_clock::time_point when) const {
  return dir_ + "/" + XetrackTimestamp(when, utc_).substr(0, 10) + ".log";
}

Result<void> XetrackLog::Write(std::chrono::system_clock::time_point when,
                               const std::string& row_json) {
  // loguru's "{time:YYYY-MM-DD HH:mm:ss.SSS} | {level: <8} | {name}:{function}:{line}".
  const std::string line = XetrackTimestamp(when, utc_).substr(0, 23) +
                           " | MONITOR  | mcp_gateway.xetrack:log:0" + delimiter_ + row_json +
                           "\n";
  if (console_) std::fwrite(line.data(), 1, line.size(), console_);
  if (dir_.empty()) return {};
  const std::string path = FileFor(when);
  if (path != current_path_ || !file_) {
    if (file_) std::fclose(file_);
    file_ = std::fopen(path.c_str(), "a");
    if (!file_) {
      current_path_.clear();
      return MakeError("cannot open xetrack log file " + path + ": " + std::strerror(errno));
    }
    current_path_ = path;
  }
  if (std::fwrite(line.data(), 1, line.size(), file_) != line.size())
    return MakeError("cannot write xetrack log file " + path + ": " + std::strerror(errno));
  return {};
}

void XetrackLog::Flush() {
  if (file_) std::fflush(file_);
  if (console_) std::fflush(console_);
}

}  // namespace mcpgw::audit
