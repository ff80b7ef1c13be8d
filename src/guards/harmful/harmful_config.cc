#include "guards/harmful/harmful_config.h"

#include "guards/detector_guard.h"
#include "guards/harmful/harmful_detector.h"

namespace mcpgw::guards::harmful {
namespace {

Error KeyError(std::string_view key, std::string_view what) {
  return MakeError("guards.harmful." + std::string(key) + ": " + std::string(what));
}

std::string KnownCategories() {
  std::string known;
  for (int i = 0; i < kCategoryCount; ++i)
    known += (known.empty() ? "" : ", ") + std::string(CategoryName(static_cast<Category>(i)));
  return known;
}

}  // namespace

Result<std::unique_ptr<Guard>> CreateHarmfulGuard(const GuardEntryConfig& entry) {
  HarmfulOptions options;
  for (const auto& m : entry.settings) {
    const std::string_view key = m.key();
    if (key == "threshold") {
      const double v = m.value().is_number() ? m.value().to_number<double>() : -1.0;
      if (!(v > 0.0 && v <= 1.0)) return KeyError(key, "must be a number in (0, 1]");
      options.threshold = static_cast<float>(v);
    } else if (key == "categories") {
      if (!m.value().is_array()) return KeyError(key, "must be an array of category names");
      for (const auto& item : m.value().get_array()) {
        Category category;
        if (!item.is_string() || !ParseCategory(item.get_string(), category))
          return KeyError(key, "unknown category " +
                                   (item.is_string() ? "'" + std::string(item.get_string()) + "'"
                                                     : std::string("(not a string)")) +
                                   " (known: " + KnownCategories() + ")");
        options.categories.push_back(category);
      }
    } else if (key == "model") {
      if (!m.value().is_bool()) return KeyError(key, "must be true or false");
      options.model = m.value().get_bool();
    } else {
      return KeyError(key, "unknown key (known: threshold, categories, model, enabled, mode, direction, "
                           "requests, responses, overrides, action, actions, budget_ms, "
                           "fail_open)");
    }
  }
  DetectorGuardOptions guard_options;
  guard_options.default_action = entry.has_action ? entry.action : Action::kBlock;
  for (const auto& [key, action] : entry.actions) {
    Category category;
    if (ParseCategory(key, category)) {
      guard_options.actions[std::string(CategoryType(category))] = action;
    } else if (key.starts_with("harmful.") &&
               ParseCategory(std::string_view(key).substr(8), category)) {
      guard_options.actions[key] = action;
    } else {
      return KeyError("actions." + key, "unknown category (known: " + KnownCategories() + ")");
    }
  }
  auto detector = HarmfulDetector::Create(options);
  if (!detector) return MakeError("guards.harmful: " + detector.error().message);
  return std::unique_ptr<Guard>(
      std::make_unique<DetectorGuard>("harmful", *detector, std::move(guard_options)));
}

}  // namespace mcpgw::guards::harmful
