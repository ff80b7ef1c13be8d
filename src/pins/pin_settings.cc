#include "pins/pin_settings.h"

#include <boost/json/parse.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "config/jsonc_parse.h"
#include "store/state_dir.h"

namespace mcpgw::pins {
namespace {

Error KeyError(std::string_view key, std::string_view what) {
  return MakeError("pinning." + std::string(key) + ": " + std::string(what));
}

}  // namespace

Result<PinSettings> ParsePinSettings(const boost::json::value* pinning, bool scan,
                                     std::string_view state_dir) {
  PinSettings settings;
  settings.enabled = scan;
  if (pinning != nullptr && !pinning->is_null()) {
    if (!pinning->is_object()) return MakeError("pinning: must be an object");
    for (const auto& member : pinning->get_object()) {
      const std::string_view key = member.key();
      const boost::json::value& value = member.value();
      if (key == "enabled") {
        if (!value.is_bool()) return KeyError(key, "must be true or false");
        settings.enabled = value.get_bool();
      } else if (key == "mode") {
        if (value == "block") {
          settings.policy.mode = PinMode::kBlock;
        } else if (value == "warn") {
          settings.policy.mode = PinMode::kWarn;
        } else {
          return KeyError(key, "must be \"block\" or \"warn\"");
        }
      } else if (key == "approval") {
        if (value == "first-use") {
          settings.policy.approval = PinApproval::kFirstUse;
        } else if (value == "explicit") {
          settings.policy.approval = PinApproval::kExplicit;
        } else {
          return KeyError(key, "must be \"first-use\" or \"explicit\"");
        }
      } else if (key == "store") {
        if (!value.is_string() || value.get_string().empty())
          return KeyError(key, "must be a non-empty path");
        settings.store_path = store::ExpandHome(std::string(value.get_string()));
      } else {
        return KeyError(key, "unknown key (known: enabled, mode, approval, store)");
      }
    }
  }
  if (settings.store_path.empty() && !state_dir.empty())
    settings.store_path = std::string(state_dir) + "/state.db";
  if (settings.enabled && settings.store_path.empty())
    return KeyError("store", "no path and no state directory (set MCP_GATEWAY_HOME or HOME)");
  return settings;
}

Result<PinSettings> LoadPinSettings(const std::string& path, bool scan) {
  const std::string state_dir = store::StateDir();
  if (path.empty()) return ParsePinSettings(nullptr, scan, state_dir);
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError("cannot read " + path + ": " + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  boost::system::error_code ec;
  const boost::json::value root = config::ParseJsoncValue(text.str(), ec);
  if (ec) return MakeError(path + ": not valid JSON: " + ec.message());
  const boost::json::value* pinning =
      root.is_object() ? root.get_object().if_contains("pinning") : nullptr;
  auto settings = ParsePinSettings(pinning, scan, state_dir);
  if (!settings) return MakeError(path + ": " + settings.error().message);
  return settings;
}

}  // namespace mcpgw::pins
