// Fuzzes the config loader: ParseConfig on arbitrary text with fixed LoadOptions (only "HOME" and
// "X" are set), then BuildChildEnvironment on every server; ExpandVariables on the raw text.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - errors name the source; a successful result has a layout and unique, non-empty names;
//  - a server without an error has what its transport needs (a command, or an http(s) url);
//  - the child environment is sorted by key with unique keys.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "config/child_environment.h"
#include "config/config_loader.h"

namespace {

using mcpgw::config::Transport;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

std::optional<std::string> FakeGetenv(std::string_view name) {
  if (name == "HOME") return std::string("/home/fuzz");
  if (name == "X") return std::string("x-value");
  return std::nullopt;
}

const mcpgw::config::LoadOptions& Options() {
  static const mcpgw::config::LoadOptions options = [] {
    mcpgw::config::LoadOptions o;
    o.getenv = FakeGetenv;
    o.home = "/home/fuzz";
    o.self_executable = "/usr/local/bin/mcp-gateway";
    return o;
  }();
  return options;
}

void CheckServer(const mcpgw::config::ServerConfig& server) {
  const std::vector<std::string> env = mcpgw::config::BuildChildEnvironment(server, FakeGetenv);
  std::string previous_key;
  for (std::size_t i = 0; i < env.size(); ++i) {
    const std::size_t eq = env[i].find('=');
    Check(eq != std::string::npos && eq > 0);
    const std::string key = env[i].substr(0, eq);
    Check(i == 0 || previous_key < key);
    previous_key = key;
  }
  if (!server.error.empty()) return;
  if (server.transport == Transport::kStdio) {
    Check(!server.command.empty());
    Check(server.command.find('\0') == std::string::npos);
  } else {
    std::string scheme = server.url.substr(0, 8);
    for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    Check(scheme.starts_with("http://") || scheme == "https://");
  }
  if (server.request_timeout) Check(server.request_timeout->count() > 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto config = mcpgw::config::ParseConfig(text, "fuzz.json", Options());
  if (!config) {
    Check(config.error().message.starts_with("fuzz.json:"));
  } else {
    Check(!config->layout.empty());
    std::set<std::string> names;
    for (const auto& server : config->servers) {
      Check(!server.name.empty());
      Check(names.insert(server.name).second);
      CheckServer(server);
    }
  }
  if (size <= 4096) {
    auto expanded = mcpgw::config::ExpandVariables(text, Options());
    if (expanded && text.find('$') == std::string_view::npos) Check(*expanded == text);
    (void)mcpgw::config::ExpandHome(text, Options());
  }
  return 0;
}
