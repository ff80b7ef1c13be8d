// PinSettings: whether and how the gateway pins tool definitions, from the "pinning" section of
// the gateway's own config file (--config, ~/.mcp-gateway/config.json):
//
//   "pinning": {
//     "enabled": true,            // default: on with --scan, else off
//     "mode": "block",            // "block" (hide changed/new tools until approved) | "warn"
//     "approval": "first-use",    // "first-use" (trust on first use) | "explicit"
//     "store": "~/.mcp-gateway/state.db"   // default: StateDir()/state.db
//   }
//
// Threading: pure functions (LoadPinSettings reads one file).
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "core/status.h"
#include "pins/pin_review.h"

namespace mcpgw::pins {

struct PinSettings {
  bool enabled = false;
  PinPolicy policy;
  std::string store_path;  // absolute or as configured after ~ expansion; never empty when enabled
};

// Parses the "pinning" value (`pinning` may be null: the section is absent). `scan` is whether
// --scan was given (the default of "enabled"); `state_dir` the default store's directory.
// Errors name the key: "pinning.mode: must be \"block\" or \"warn\"", an unknown key, a wrong
// type, or no store path when enabled without a state directory.
Result<PinSettings> ParsePinSettings(const boost::json::value* pinning, bool scan,
                                     std::string_view state_dir);

// Reads the "pinning" section of the config file at `path` (JSON with comments; empty path: no
// file) and parses it with the state directory store::StateDir(). Errors: "cannot read PATH",
// "PATH: not valid JSON", and those of ParsePinSettings prefixed with "PATH: ".
Result<PinSettings> LoadPinSettings(const std::string& path, bool scan);

}  // namespace mcpgw::pins
