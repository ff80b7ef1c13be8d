#include "guards/injection/injection_config.h"

#include "guards/injection/injection_guard.h"

namespace mcpgw::guards::injection {
namespace {

Error KeyError(std::string_view key, std::string_view what) {
  return MakeError("guards.injection." + std::string(key) + ": " + std::string(what));
}

std::string KnownTechniques() {
  std::string known;
  for (int i = 0; i < kTechniqueCount; ++i)
    known += (known.empty() ? "" : ", ") + std::string(TechniqueName(static_cast<Technique>(i)));
  return known;
}

}  // namespace

Result<std::unique_ptr<Guard>> CreateInjectionGuard(const GuardEntryConfig& entry) {
  InjectionOptions detector_options;
  InjectionGuardOptions guard_options;
  for (const auto& m : entry.settings) {
    const std::string_view key = m.key();
    if (key == "threshold") {
      const double v = m.value().is_number() ? m.value().to_number<double>() : -1.0;
      if (!(v > 0.0 && v <= 1.0)) return KeyError(key, "must be a number in (0, 1]");
      detector_options.threshold = static_cast<float>(v);
    } else if (key == "scan_requests") {
      if (!m.value().is_bool()) return KeyError(key, "must be true or false");
      guard_options.scan_requests = m.value().get_bool();
    } else if (key == "model") {
      if (!m.value().is_bool()) return KeyError(key, "must be true or false");
      detector_options.model = m.value().get_bool();
    } else if (key == "disable") {
      if (!m.value().is_array()) return KeyError(key, "must be an array of technique names");
      for (const auto& item : m.value().get_array()) {
        Technique technique;
        if (!item.is_string() || !ParseTechnique(item.get_string(), technique))
          return KeyError(key, "unknown technique " +
                                   (item.is_string() ? "'" + std::string(item.get_string()) + "'"
                                                     : std::string("(not a string)")) +
                                   " (known: " + KnownTechniques() + ")");
        detector_options.disabled.push_back(technique);
      }
    } else {
      return KeyError(key, "unknown key (known: threshold, scan_requests, disable, model, enabled, mode, "
                           "direction, requests, responses, overrides, action, actions, "
                           "budget_ms, fail_open)");
    }
  }
  if (entry.has_action) {
    guard_options.response_action = entry.action;
    guard_options.request_action = entry.action;
  }
  for (const auto& [key, action] : entry.actions) {
    Technique technique;
    if (ParseTechnique(key, technique)) {
      guard_options.actions[std::string(TechniqueType(technique))] = action;
    } else if (key.starts_with("injection.") &&
               ParseTechnique(std::string_view(key).substr(10), technique)) {
      guard_options.actions[key] = action;
    } else {
      return KeyError("actions." + key, "unknown technique (known: " + KnownTechniques() + ")");
    }
  }
  auto detector = InjectionDetector::Create(detector_options);
  if (!detector) return MakeError("guards.injection: " + detector.error().message);
  return std::unique_ptr<Guard>(
      std::make_unique<InjectionGuard>("injection", *detector, std::move(guard_options)));
}

}  // namespace mcpgw::guards::injection
