// Scan-status write-back: records a server's scanner verdict ("blocked": "passed" | "blocked" |
// "skipped", the reference gateway's member) in the user's MCP config file, the way a careful
// person would edit it by hand: one member inserted or replaced inside the server's entry, every
// other byte (other keys, key order, comments, trailing commas, indentation, line endings) left
// as it was. The file is replaced atomically (a temporary file in the same directory, fsync,
// rename), keeps its permissions, and a symbolic link keeps pointing at the edited file.
//
// Which entry: the layout the loader reported (GatewayConfig::layout): "mcpServers",
// "mcpServers.<entry>.servers", "servers", "context_servers", or "continue" (array entries whose
// "name" matches, or "server-<index>" for an entry without one, as the loader names them, in
// "mcpServers" then "experimental.modelContextProtocolServers", where the member goes into the
// element's "transport" object, which is where the loader reads it).
//
// Threading: pure functions, plus file I/O in WriteScanStatus.
// Failures are values: the caller logs them; nothing here crashes or leaves a truncated file.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace mcpgw::config {

// The status values the reference gateway writes.
inline constexpr std::string_view kScanPassed = "passed";
inline constexpr std::string_view kScanBlocked = "blocked";
inline constexpr std::string_view kScanSkipped = "skipped";

// `text` with `server`'s "blocked" member set to `status` (inserted after the entry's last member,
// on its own line with the same indentation when members are one per line, else inline).
// Errors: the text does not parse (comments and trailing commas allowed), the layout is unknown,
// or the entry is not found ("server NAME not found under LAYOUT").
Result<std::string> SetScanStatusText(std::string_view text, std::string_view layout,
                                      std::string_view server, std::string_view status);

// Reads `path`, sets the status, and replaces the file atomically. Returns false when the file
// already held that status (nothing is written). Errors name the path: unreadable, read-only
// (no write permission, or no write bit at all even for root: "PATH is read-only; scan status
// not written"), the entry not found, or a failed write (the
// original file is then untouched).
Result<bool> WriteScanStatus(const std::string& path, std::string_view layout,
                             std::string_view server, std::string_view status);

}  // namespace mcpgw::config
