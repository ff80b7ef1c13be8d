// Turns one server entry of a configuration file, already normalised by the layout code to the
// common shape ({"command", "args", "env", "cwd", "type", "url", "headers", "disabled", "blocked",
// "timeout", "timeoutMs"}), into a ServerConfig. Internal to the config loader.
//
// Threading: pure function; the environment is read only through LoadOptions::getenv.
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "config/config_loader.h"
#include "config/server_config.h"

namespace mcpgw::config {

// Builds the ServerConfig named `name` (REQUIRES: non-empty) from `entry`. Never fails as a whole:
// a problem with the entry (a field of the wrong type, an undefined ${VAR}, neither "command" nor
// "url", an unsupported "type", a non-http(s) url, a bad timeout, a NUL byte in a process argument,
// a CR/LF in a header) is reported in ServerConfig::error, and the fields read before it are kept.
// Unknown fields are ignored. Expansions (${VAR}, ~) are applied to the returned fields.
ServerConfig ParseServerEntry(std::string name, const boost::json::object& entry,
                              const LoadOptions& options);

}  // namespace mcpgw::config
