#include "config/config_loader.h"

#include <algorithm>
#include <boost/json/parse_options.hpp>
#include <boost/json/stream_parser.hpp>
#include <boost/json/value.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>

#include "config/duplicate_keys.h"
#include "config/endpoint_path.h"
#include "config/jsonc_parse.h"
#include "config/server_entry.h"

namespace mcpgw::config {
namespace json = boost::json;
namespace {

constexpr std::size_t kMaxConfigBytes = 16 * 1024 * 1024;
constexpr std::string_view kGatewayName = "mcp-gateway";
constexpr std::string_view kConfigPathFlag = "--mcp-json-path";

Error ErrorAt(std::string_view source, std::string_view text, std::size_t offset,
              std::string_view what) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const std::size_t line = 1 + std::count(before.begin(), before.end(), '\n');
  const std::size_t line_start = before.rfind('\n');
  const std::size_t column =
      line_start == std::string_view::npos ? offset + 1 : offset - line_start;
  return MakeError(std::string(source) + ":" + std::to_string(line) + ":" + std::to_string(column) +
                   ": " + std::string(what));
}

Error ErrorIn(std::string_view source, std::string_view what) {
  return MakeError(std::string(source) + ": " + std::string(what));
}

// Parses JSON with comments and trailing commas (JSONC). Errors name the position where the parser
// stopped.

Result<json::value> ParseJsonc(std::string_view text, std::string_view source) {
  const std::string blanked = JsoncParseText(text);
  text = blanked;
  json::stream_parser parser({}, JsoncParseOptions());
  boost::system::error_code ec;
  const std::size_t consumed = parser.write(text.data(), text.size(), ec);
  if (ec) return ErrorAt(source, text, consumed, "invalid JSON: " + ec.message());
  parser.finish(ec);
  if (ec) return ErrorAt(source, text, text.size(), "invalid JSON: " + ec.message());
  return parser.release();
}

std::string_view Basename(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// Whether an entry's command runs the gateway: its basename is "mcp-gateway" or it is the running
// binary.
bool RunsGateway(const json::object& entry, const LoadOptions& options) {
  const json::value* command = entry.if_contains("command");
  if (!command || !command->is_string()) return false;
  const std::string_view text = command->get_string();
  const std::string_view base = Basename(text);
  if (base == kGatewayName || base == "mcp-gateway.exe") return true;
  return !options.self_executable.empty() &&
         (text == options.self_executable || ExpandHome(text, options) == options.self_executable);
}

bool HasConfigPathFlag(const json::object& entry) {
  const json::value* args = entry.if_contains("args");
  if (!args || !args->is_array()) return false;
  return std::any_of(args->get_array().begin(), args->get_array().end(), [](const json::value& a) {
    if (!a.is_string()) return false;
    const std::string_view s = a.get_string();
    return s == kConfigPathFlag ||
           (s.starts_with(kConfigPathFlag) && s.size() > kConfigPathFlag.size() &&
            s[kConfigPathFlag.size()] == '=');
  });
}

// The gateway's own entry in a client's list of servers: starting it would recurse.
bool IsSelfEntry(std::string_view name, const json::object& entry, const LoadOptions& options) {
  return name == kGatewayName || (RunsGateway(entry, options) && HasConfigPathFlag(entry));
}

ServerConfig UnusableServer(std::string name, std::string error) {
  ServerConfig server;
  server.name = std::move(name);
  server.error = std::move(error);
  return server;
}

// Accumulates the servers of one file, checking that names are unique.
class ServerListBuilder {
 public:
  ServerListBuilder(std::string_view source, const LoadOptions& options)
      : source_(source), options_(options) {}

  // A {name: entry} map. `skip_self` drops the gateway's own entry.
  Result<void> AddMap(const json::object& map, bool skip_self) {
    for (const auto& item : map) {
      const std::string_view name = item.key();
      if (!item.value().is_object()) return NotAnObject("server \"" + std::string(name) + "\"");
      const json::object& entry = item.value().get_object();
      if (skip_self && IsSelfEntry(name, entry, options_)) continue;
      if (Result<void> r = Add(ParseServerEntry(std::string(name), entry, options_)); !r) return r;
    }
    return {};
  }

  // Continue's [{"name": ..., "command": ..., ...}] (where = "mcpServers") or
  // [{"name": ..., "transport": {...}}] (where = "experimental.modelContextProtocolServers").
  Result<void> AddArray(const json::array& array, std::string_view where, bool in_transport) {
    for (std::size_t i = 0; i < array.size(); ++i) {
      const std::string position = std::string(where) + "[" + std::to_string(i) + "]";
      if (!array[i].is_object()) return NotAnObject(position);
      const json::object& item = array[i].get_object();
      std::string name = "server-" + std::to_string(i);
      std::string name_error;
      if (const json::value* v = item.if_contains("name"); v && !v->is_null()) {
        if (v->is_string() && !v->get_string().empty()) {
          name = std::string(v->get_string());
        } else {
          name_error = "\"name\" must be a non-empty string";
        }
      }
      const json::object* entry = &item;
      if (in_transport) {
        const json::value* transport = item.if_contains("transport");
        entry = transport && transport->is_object() ? &transport->get_object() : nullptr;
        if (!entry && name_error.empty()) name_error = "\"transport\" must be an object";
      }
      if (entry && IsSelfEntry(name, *entry, options_)) continue;
      ServerConfig server =
          entry ? ParseServerEntry(name, *entry, options_) : UnusableServer(name, name_error);
      if (!name_error.empty()) server.error = name_error;
      if (Result<void> r = Add(std::move(server)); !r) return r;
    }
    return {};
  }

  // Zed's {name: {"command": "path" | {"path", "args", "env"}, "args", "env", "source"}}.
  Result<void> AddZedMap(const json::object& map) {
    for (const auto& item : map) {
      const std::string name(item.key());
      if (!item.value().is_object()) return NotAnObject("server \"" + name + "\"");
      json::object entry = item.value().get_object();
      const json::value* source = entry.if_contains("source");
      const json::value* command = entry.if_contains("command");
      if (!command && source && source->is_string() && source->get_string() == "extension") {
        continue;  // configured by a Zed extension: nothing for the gateway to run
      }
      if (command && command->is_object()) {
        json::object inner = command->get_object();
        const json::value* path = inner.if_contains("path");
        if (!path || !path->is_string()) {
          Result<void> r = Add(UnusableServer(name, "\"command.path\" must be a string"));
          if (!r) return r;
          continue;
        }
        entry["command"] = *path;
        if (const json::value* args = inner.if_contains("args")) entry["args"] = *args;
        if (const json::value* env = inner.if_contains("env")) entry["env"] = *env;
      }
      if (IsSelfEntry(name, entry, options_)) continue;
      if (Result<void> r = Add(ParseServerEntry(name, entry, options_)); !r) return r;
    }
    return {};
  }

  std::vector<ServerConfig> Release() { return std::move(servers_); }

 private:
  Result<void> Add(ServerConfig server) {
    if (server.name.empty()) return ErrorIn(source_, "a server name must not be empty");
    if (!names_.insert(server.name).second) {
      return ErrorIn(source_, "duplicate server name \"" + server.name + "\"");
    }
    servers_.push_back(std::move(server));
    return {};
  }

  Error NotAnObject(const std::string& what) const {
    return ErrorIn(source_, what + " must be an object");
  }

  std::string_view source_;
  const LoadOptions& options_;
  std::set<std::string> names_;
  std::vector<ServerConfig> servers_;
};

// In an mcpServers map, the entry whose "servers" lists the upstreams: the entry named
// "mcp-gateway", else one that runs the gateway, else the first with a "servers" object.
// Returns the entry's name, or nullopt when no entry has nested servers (flat layout).
Result<std::optional<std::string>> FindNestedGatewayEntry(const json::object& map,
                                                          std::string_view source,
                                                          const LoadOptions& options) {
  const json::key_value_pair* by_name = nullptr;
  const json::key_value_pair* by_command = nullptr;
  const json::key_value_pair* first = nullptr;
  for (const auto& item : map) {
    if (!item.value().is_object()) continue;
    const json::object& entry = item.value().get_object();
    const json::value* servers = entry.if_contains("servers");
    if (!servers) continue;
    const bool named = item.key() == kGatewayName;
    const bool runs = RunsGateway(entry, options);
    if (!servers->is_object()) {
      if (!named && !runs) continue;
      return ErrorIn(source,
                     "mcpServers." + std::string(item.key()) + ".servers must be an object");
    }
    if (named && !by_name) by_name = &item;
    if (runs && !by_command) by_command = &item;
    if (!first) first = &item;
  }
  const json::key_value_pair* chosen = by_name ? by_name : by_command ? by_command : first;
  if (!chosen) return std::optional<std::string>();
  return std::optional<std::string>(std::string(chosen->key()));
}

}  // namespace

LoadOptions DefaultLoadOptions() {
  LoadOptions options;
  options.getenv = [](std::string_view name) -> std::optional<std::string> {
    const char* value = std::getenv(std::string(name).c_str());
    if (!value) return std::nullopt;
    return std::string(value);
  };
  if (const char* home = std::getenv("HOME")) options.home = home;
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) options.self_executable = self.string();
  return options;
}

// The top-level "mcpGateway" object: {"transport": "stdio"|"http", "host", "port", "path"}.
Result<ListenSettings> ParseListenSettings(const json::value& value, std::string_view source) {
  if (!value.is_object()) return ErrorIn(source, "mcpGateway must be an object");
  ListenSettings listen;
  for (const auto& member : value.get_object()) {
    const std::string key(member.key());
    const json::value& v = member.value();
    if (key == "transport" || key == "host" || key == "path") {
      if (!v.is_string()) return ErrorIn(source, "mcpGateway." + key + " must be a string");
      std::string text(v.get_string());
      if (key == "transport") {
        if (text != "stdio" && text != "http")
          return ErrorIn(source, "mcpGateway.transport must be \"stdio\" or \"http\"");
        listen.transport = std::move(text);
      } else if (key == "host") {
        listen.host = std::move(text);
      } else {
        listen.path = NormalizeEndpointPath(text);  // "mcp" means "/mcp", as on the command line
      }
    } else if (key == "port") {
      const std::int64_t* port = v.if_int64();
      if (!port || *port < 0 || *port > 65535)
        return ErrorIn(source, "mcpGateway.port must be an integer from 0 to 65535");
      listen.port = static_cast<std::uint16_t>(*port);
    }
  }
  return listen;
}

Result<GatewayConfig> ParseConfig(std::string_view text, std::string_view source,
                                  const LoadOptions& options) {
  Result<json::value> parsed = ParseJsonc(text, source);
  if (!parsed) return parsed.error();
  if (!parsed->is_object()) return ErrorIn(source, "the top level must be a JSON object");
  const json::object& root = parsed->get_object();

  GatewayConfig config;
  config.source = std::string(source);
  for (const std::string& key : FindDuplicateKeys(text, JsoncParseOptions()))
    config.warnings.push_back("duplicate key \"" + key + "\": only its last value is used");
  ServerListBuilder builder(source, options);
  Result<void> added;

  const json::value* experimental_servers = nullptr;
  if (const json::value* e = root.if_contains("experimental"); e && e->is_object()) {
    experimental_servers = e->get_object().if_contains("modelContextProtocolServers");
    if (experimental_servers && !experimental_servers->is_array()) {
      return ErrorIn(source, "experimental.modelContextProtocolServers must be an array");
    }
  }

  if (const json::value* mcp_servers = root.if_contains("mcpServers")) {
    if (mcp_servers->is_array()) {
      config.layout = "continue";
      added = builder.AddArray(mcp_servers->get_array(), "mcpServers", false);
      if (added && experimental_servers) {
        added = builder.AddArray(experimental_servers->get_array(),
                                 "experimental.modelContextProtocolServers", true);
      }
    } else if (mcp_servers->is_object()) {
      const json::object& map = mcp_servers->get_object();
      Result<std::optional<std::string>> nested = FindNestedGatewayEntry(map, source, options);
      if (!nested) return nested.error();
      if (*nested) {
        config.layout = "mcpServers." + **nested + ".servers";
        added = builder.AddMap(map.at(**nested).get_object().at("servers").get_object(), false);
      } else {
        config.layout = "mcpServers";
        added = builder.AddMap(map, true);
      }
    } else {
      return ErrorIn(source, "mcpServers must be an object or an array");
    }
  } else if (const json::value* servers = root.if_contains("servers")) {
    if (!servers->is_object()) return ErrorIn(source, "servers must be an object");
    config.layout = "servers";
    added = builder.AddMap(servers->get_object(), true);
  } else if (const json::value* zed = root.if_contains("context_servers")) {
    if (!zed->is_object()) return ErrorIn(source, "context_servers must be an object");
    config.layout = "context_servers";
    added = builder.AddZedMap(zed->get_object());
  } else if (experimental_servers) {
    config.layout = "continue";
    added = builder.AddArray(experimental_servers->get_array(),
                             "experimental.modelContextProtocolServers", true);
  } else {
    return ErrorIn(source,
                   "no server list found (expected \"mcpServers\", \"servers\", "
                   "\"context_servers\" or \"experimental.modelContextProtocolServers\")");
  }
  if (!added) return added.error();
  config.servers = builder.Release();
  if (const json::value* settings = root.if_contains("mcpGateway")) {
    auto listen = ParseListenSettings(*settings, source);
    if (!listen) return listen.error();
    config.listen = std::move(*listen);
  }
  return config;
}

Result<GatewayConfig> LoadConfigFile(const std::string& path, const LoadOptions& options) {
  const std::string expanded = ExpandHome(path, options);
  auto cannot_read = [&](std::string_view reason) {
    return MakeError("cannot read " + expanded + ": " + std::string(reason));
  };
  std::FILE* file = std::fopen(expanded.c_str(), "rb");
  if (!file) return cannot_read(std::strerror(errno));
  std::string text;
  char buffer[65536];
  bool too_large = false;
  while (true) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, file);
    text.append(buffer, n);
    if (text.size() > kMaxConfigBytes) {
      too_large = true;
      break;
    }
    if (n < sizeof buffer) break;
  }
  const bool failed = std::ferror(file) != 0;
  const int error = errno;
  std::fclose(file);
  if (too_large) return cannot_read("larger than 16 MiB");
  if (failed) return cannot_read(std::strerror(error));
  return ParseConfig(text, expanded, options);
}

}  // namespace mcpgw::config
