#include "audit/xetrack_options.h"

#include <array>
#include <cstdio>
#include <random>
#include <string_view>

#include "core/ascii_lower.h"
#include "store/state_dir.h"

namespace mcpgw::audit {
namespace {

Result<bool> ParseBool(const char* name, const char* value, bool fallback) {
  if (value == nullptr) return fallback;
  const std::string v = core::AsciiLower(value);
  if (v == "true" || v == "1" || v == "yes" || v == "on") return true;
  if (v == "false" || v == "0" || v == "no" || v == "off") return false;
  return MakeError(std::string(name) + ": expected true or false, got '" + value + "'");
}

// The XETRACK_-prefixed name wins over the README's short name.
Result<bool> PrefixedBool(const EnvLookup& getenv, const char* prefixed, const char* plain) {
  if (const char* v = getenv(prefixed)) return ParseBool(prefixed, v, true);
  return ParseBool(plain, getenv(plain), true);
}

}  // namespace

Result<XetrackOptions> XetrackOptionsFromEnvironment(const EnvLookup& getenv) {
  XetrackOptions o;
  if (const char* db = getenv("XETRACK_DB_PATH"); db && *db && std::string_view(db) != "SKIP_INSERT")
    o.db_path = store::ExpandHome(db);
  if (const char* logs = getenv("XETRACK_LOGS_PATH"); logs && *logs)
    o.logs_path = store::ExpandHome(logs);
  auto console = ParseBool("XETRACK_LOGS_STDOUT", getenv("XETRACK_LOGS_STDOUT"), false);
  if (!console) return console.error();
  o.logs_console = *console;
  auto args = PrefixedBool(getenv, "XETRACK_FLATTEN_ARGUMENTS", "FLATTEN_ARGUMENTS");
  if (!args) return args.error();
  o.flatten_arguments = *args;
  auto response = PrefixedBool(getenv, "XETRACK_FLATTEN_RESPONSE", "FLATTEN_RESPONSE");
  if (!response) return response.error();
  o.flatten_response = *response;
  if (const char* delimiter = getenv("LOGS_DELIMITER"); delimiter && *delimiter)
    o.log_delimiter = delimiter;
  return o;
}

std::string NewTrackId() {
  static constexpr std::array<std::string_view, 16> kAdjectives = {
      "amber", "brisk", "calm",  "dapper", "eager", "fuzzy", "gentle", "hazel",
      "ivory", "jolly", "keen",  "lucid",  "mellow", "nimble", "olive", "plucky"};
  static constexpr std::array<std::string_view, 16> kAnimals = {
      "falcon", "otter", "lynx",  "heron", "badger", "marten", "ibis",  "wombat",
      "gecko",  "tapir", "koala", "puffin", "stingray", "bison", "crane", "newt"};
  std::random_device device;
  std::mt19937 gen(device());
  std::uniform_int_distribution<int> word(0, 15);
  std::uniform_int_distribution<int> number(0, 9999);
  char digits[8];
  std::snprintf(digits, sizeof digits, "%04d", number(gen));
  return std::string(kAdjectives[word(gen)]) + "-" + std::string(kAnimals[word(gen)]) + "-" +
         digits;
}

}  // namespace mcpgw::audit
