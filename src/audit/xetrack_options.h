// XetrackOptions: the settings of the xetrack trace sink (`-p xetrack`), read from the same
// environment variables as the reference gateway's xetrack plugin so its users change nothing.
//
//   XETRACK_DB_PATH     SQLite file (table `events`); unset or "SKIP_INSERT": no database
//   XETRACK_LOGS_PATH   directory of daily log files `<YYYY-MM-DD>.log`; unset: no files
//   XETRACK_LOGS_STDOUT "true": also print each log line on the console stream (stderr: in
//                       stdio mode stdout is the protocol)
//   XETRACK_FLATTEN_ARGUMENTS, FLATTEN_ARGUMENTS   default true (the XETRACK_ name wins)
//   XETRACK_FLATTEN_RESPONSE,  FLATTEN_RESPONSE    default true (the XETRACK_ name wins)
//   LOGS_DELIMITER      the separator between a log line's prefix and its JSON (xetrack's
//                       default "!📁!", which its readers split on)
//
// Threading: plain values; the parser is a pure function of the lookup it is given.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "core/status.h"

namespace mcpgw::audit {

struct XetrackOptions {
  std::string db_path;    // empty: no database
  std::string logs_path;  // empty: no log files
  bool logs_console = false;
  bool flatten_arguments = true;
  bool flatten_response = true;
  std::string log_delimiter = "!\xF0\x9F\x93\x81!";  // "!📁!"
  // Identifies this gateway run in every row (xetrack's per-Tracker run id), e.g.
  // "amber-falcon-0412". Empty: MakeXetrackSink generates one.
  std::string track_id;
  // Timestamps in UTC instead of local time (xetrack writes local time; tests pin UTC).
  bool utc = false;
  // Records waiting for the writer thread; beyond this a record is counted as dropped and a
  // warning is logged (the io thread never waits on tracing).
  std::size_t queue_capacity = 10000;
  // Flattened columns the table may grow to (SQLite allows 2000); arguments beyond it, and
  // names SQLite cannot hold, go to the `overflow` JSON column.
  std::size_t max_columns = 1000;
};

// Looks up an environment variable: nullptr when unset.
using EnvLookup = std::function<const char*(const char*)>;

// Reads the options from the environment. Booleans accept true/false, 1/0, yes/no, on/off (any
// case). Errors name the variable: "XETRACK_FLATTEN_ARGUMENTS: expected true or false, got 'x'".
// Paths keep the reference's meaning: relative to the working directory, "~/" expanded.
Result<XetrackOptions> XetrackOptionsFromEnvironment(const EnvLookup& getenv);

// A fresh run id: "<adjective>-<animal>-<4 digits>", random.
std::string NewTrackId();

}  // namespace mcpgw::audit
