#include "config/server_entry.h"

#include <boost/json/value.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace mcpgw::config {
namespace json = boost::json;
namespace {

constexpr double kMaxTimeoutMs = 24.0 * 60 * 60 * 1000;  // one day

// Shortest decimal text that reads back as `d` ("1.5", not "1.5E0").
std::string FormatDouble(double d) {
  char buf[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  return buf;
}

// A scalar as environment/header text: strings as is, numbers and booleans printed.
std::optional<std::string> ScalarText(const json::value& v) {
  switch (v.kind()) {
    case json::kind::string:
      return std::string(v.get_string());
    case json::kind::int64:
      return std::to_string(v.get_int64());
    case json::kind::uint64:
      return std::to_string(v.get_uint64());
    case json::kind::double_:
      return FormatDouble(v.get_double());
    case json::kind::bool_:
      return v.get_bool() ? "true" : "false";
    default:
      return std::nullopt;
  }
}

bool IsHeaderNameChar(char c) {
  if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// Reads the fields of one entry into `server`, stopping at the first problem, which it records in
// server.error. Each Read* method returns false once an error is recorded.
class EntryReader {
 public:
  EntryReader(const json::object& entry, const LoadOptions& options, ServerConfig& server)
      : entry_(entry), options_(options), server_(server) {}

  bool ReadStatus() {
    if (const json::value* v = entry_.if_contains("disabled"); v && !v->is_null()) {
      if (!v->is_bool()) return Fail("\"disabled\" must be true or false");
      server_.disabled = v->get_bool();
    }
    if (const json::value* v = entry_.if_contains("blocked"); v && !v->is_null()) {
      if (!v->is_string()) return Fail("\"blocked\" must be a string");
      server_.scan_status = std::string(v->get_string());
      server_.blocked = server_.scan_status == "blocked";
    }
    return true;
  }

  bool ReadProcess() {
    if (const json::value* v = entry_.if_contains("command")) {
      if (!v->is_string()) return Fail("\"command\" must be a string");
      if (!ExpandProcessText(v->get_string(), "command", server_.command)) return false;
      server_.command = ExpandHome(server_.command, options_);
    }
    if (const json::value* v = entry_.if_contains("args"); v && !v->is_null()) {
      if (!v->is_array()) return Fail("\"args\" must be an array of strings");
      const json::array& args = v->get_array();
      for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string field = "args[" + std::to_string(i) + "]";
        if (!args[i].is_string()) return Fail(field + " must be a string");
        std::string arg;
        if (!ExpandProcessText(args[i].get_string(), field, arg)) return false;
        if (arg.starts_with("~/")) arg = ExpandHome(arg, options_);
        server_.args.push_back(std::move(arg));
      }
    }
    if (const json::value* v = entry_.if_contains("env"); v && !v->is_null()) {
      if (!v->is_object()) return Fail("\"env\" must be an object");
      for (const auto& item : v->get_object()) {
        const std::string key(item.key());
        if (key.empty() || key.find('=') != std::string::npos ||
            key.find('\0') != std::string::npos) {
          return Fail("invalid environment variable name \"" + key.substr(0, 64) + "\"");
        }
        const std::string field = "env." + key;
        std::optional<std::string> raw = ScalarText(item.value());
        if (!raw) return Fail(field + " must be a string");
        std::string value;
        if (!ExpandProcessText(*raw, field, value)) return false;
        server_.env[key] = std::move(value);
      }
    }
    if (const json::value* v = entry_.if_contains("cwd"); v && !v->is_null()) {
      if (!v->is_string()) return Fail("\"cwd\" must be a string");
      if (!ExpandProcessText(v->get_string(), "cwd", server_.cwd)) return false;
      server_.cwd = ExpandHome(server_.cwd, options_);
    }
    return true;
  }

  bool ReadRemote() {
    if (const json::value* v = entry_.if_contains("url"); v && !v->is_null()) {
      if (!v->is_string()) return Fail("\"url\" must be a string");
      if (!Expand(v->get_string(), "url", server_.url)) return false;
      const bool http = StartsWithNoCase(server_.url, "http://") && server_.url.size() > 7;
      const bool https = StartsWithNoCase(server_.url, "https://") && server_.url.size() > 8;
      if (!http && !https) return Fail("\"url\" must start with http:// or https://");
      if (server_.url.find_first_of(std::string_view("\r\n\0 ", 4)) != std::string::npos) {
        return Fail("\"url\" contains a space or control character");
      }
    }
    if (const json::value* v = entry_.if_contains("headers"); v && !v->is_null()) {
      if (!v->is_object()) return Fail("\"headers\" must be an object");
      for (const auto& item : v->get_object()) {
        const std::string name(item.key());
        bool valid_name = !name.empty();
        for (char c : name) valid_name = valid_name && IsHeaderNameChar(c);
        if (!valid_name) return Fail("invalid header name \"" + name.substr(0, 64) + "\"");
        const std::string field = "headers." + name;
        std::optional<std::string> raw = ScalarText(item.value());
        if (!raw) return Fail(field + " must be a string");
        std::string value;
        if (!Expand(*raw, field, value)) return false;
        if (value.find_first_of(std::string_view("\r\n\0", 3)) != std::string::npos) {
          return Fail(field + " contains a line break or NUL character");
        }
        server_.headers[name] = std::move(value);
      }
    }
    return true;
  }

  bool ReadTimeout() {
    std::optional<double> ms;
    if (const json::value* v = entry_.if_contains("timeout"); v && !v->is_null()) {
      if (!v->is_number()) return Fail("\"timeout\" must be a number of seconds");
      ms = v->to_number<double>() * 1000;
    }
    if (const json::value* v = entry_.if_contains("timeoutMs"); v && !v->is_null()) {
      if (!v->is_number()) return Fail("\"timeoutMs\" must be a number of milliseconds");
      ms = v->to_number<double>();  // the more precise field wins when both are given
    }
    if (!ms) return true;
    // Written so that NaN fails too.
    if (!(*ms >= 1 && *ms <= kMaxTimeoutMs)) {
      return Fail("timeout must be between 1 ms and 24 hours");
    }
    server_.request_timeout = std::chrono::milliseconds(static_cast<long long>(std::ceil(*ms)));
    return true;
  }

  bool ReadShutdownGrace() {
    const json::value* v = entry_.if_contains("shutdownGraceMs");
    if (!v || v->is_null()) return true;
    if (!v->is_number()) return Fail("\"shutdownGraceMs\" must be a number of milliseconds");
    const double ms = v->to_number<double>();
    if (!(ms >= 0 && ms <= 60'000)) return Fail("\"shutdownGraceMs\" must be between 0 and 60000");
    server_.stop_grace = std::chrono::milliseconds(static_cast<long long>(std::ceil(ms)));
    return true;
  }

  bool ReadProtocolEra() {
    const json::value* v = entry_.if_contains("protocolEra");
    if (!v || v->is_null()) return true;
    auto era = v->is_string() ? ParseProtocolEra(v->get_string()) : std::nullopt;
    if (!era) return Fail("\"protocolEra\" must be \"auto\", \"legacy\" or \"modern\"");
    server_.protocol_era = *era;
    return true;
  }

  bool ReadIsolation() {
    if (const json::value* v = entry_.if_contains("isolation"); v && !v->is_null()) {
      if (!v->is_string()) return Fail("\"isolation\" must be \"shared\" or \"session\"");
      if (v->get_string() == "shared") {
        server_.isolation = ServerConfig::Isolation::kShared;
      } else if (v->get_string() == "session") {
        server_.isolation = ServerConfig::Isolation::kSession;
      } else {
        return Fail("\"isolation\" must be \"shared\" or \"session\"");
      }
    }
    if (const json::value* v = entry_.if_contains("maxInstances"); v && !v->is_null()) {
      if (!v->is_int64() || v->get_int64() < 1 || v->get_int64() > 10'000)
        return Fail("\"maxInstances\" must be an integer from 1 to 10000");
      server_.max_instances = static_cast<std::size_t>(v->get_int64());
    }
    return true;
  }

  // Decides the transport from "type" (or Cline's "transportType") and which of command/url is
  // present.
  bool ReadTransport() {
    const json::value* type = entry_.if_contains("type");
    if (!type || type->is_null()) type = entry_.if_contains("transportType");
    const bool has_command = !server_.command.empty();
    const bool has_url = !server_.url.empty();
    if (!type || type->is_null()) {
      if (has_command && has_url) {
        return Fail("has both \"command\" and \"url\"; set \"type\" to choose");
      }
      if (has_command) return SetTransport(Transport::kStdio);
      if (has_url) return SetTransport(Transport::kHttpAuto);
      return Fail("has neither \"command\" nor \"url\"");
    }
    if (!type->is_string()) return Fail("\"type\" must be a string");
    const std::string_view name = type->get_string();
    if (name == "stdio") {
      if (!has_command) return Fail("\"type\": \"stdio\" needs a \"command\"");
      return SetTransport(Transport::kStdio);
    }
    Transport remote;
    if (name == "http" || name == "streamable-http" || name == "streamableHttp") {
      remote = Transport::kStreamableHttp;
    } else if (name == "sse") {
      remote = Transport::kSse;
    } else {
      return Fail("unsupported \"type\" \"" + std::string(name.substr(0, 64)) + "\"");
    }
    if (!has_url) return Fail("\"type\": \"" + std::string(name) + "\" needs a \"url\"");
    return SetTransport(remote);
  }

 private:
  bool SetTransport(Transport t) {
    server_.transport = t;
    return true;
  }

  bool Fail(std::string message) {
    server_.error = std::move(message);
    return false;
  }

  bool Expand(std::string_view text, const std::string& field, std::string& out) {
    Result<std::string> expanded = ExpandVariables(text, options_);
    if (!expanded) return Fail(expanded.error().message + " in " + field);
    out = std::move(*expanded);
    return true;
  }

  // As Expand, for text that becomes a C string of the child process (argv, envp, cwd).
  bool ExpandProcessText(std::string_view text, const std::string& field, std::string& out) {
    if (!Expand(text, field, out)) return false;
    if (out.find('\0') != std::string::npos) return Fail(field + " contains a NUL character");
    return true;
  }

  const json::object& entry_;
  const LoadOptions& options_;
  ServerConfig& server_;
};

}  // namespace

ServerConfig ParseServerEntry(std::string name, const json::object& entry,
                              const LoadOptions& options) {
  ServerConfig server;
  server.name = std::move(name);
  EntryReader reader(entry, options, server);
  (void)(reader.ReadStatus() && reader.ReadProcess() && reader.ReadRemote() &&
         reader.ReadTimeout() && reader.ReadShutdownGrace() && reader.ReadProtocolEra() &&
         reader.ReadIsolation() &&
         reader.ReadTransport());
  return server;
}

}  // namespace mcpgw::config
