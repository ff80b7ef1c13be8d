#include "guards/secrets/secret_detector.h"

#include <cctype>
#include <set>

#include "guards/secrets/builtin_rules.h"
#include "guards/secrets/gitleaks_loader.h"
#include "guards/secrets/secret_engine.h"

namespace mcpgw::guards::secrets {

Result<std::shared_ptr<const Detector>> CreateSecretDetector(const SecretOptions& options,
                                                              std::vector<std::string>* warnings) {
  EngineConfig config;
  if (options.builtin) config.rules = BuiltinRules();
  for (const std::string& file : options.gitleaks_files) {
    auto loaded = LoadGitleaksFile(file);
    if (!loaded) return loaded.error();
    if (warnings != nullptr) {
      warnings->insert(warnings->end(), loaded->skipped.begin(), loaded->skipped.end());
    }
    for (RuleSpec& rule : loaded->rules) config.rules.push_back(std::move(rule));
  }
  std::set<std::string> custom_ids;
  for (std::size_t i = 0; i < options.custom_rules.size(); ++i) {
    const CustomRule& custom = options.custom_rules[i];
    const std::string where = "custom_rules[" + std::to_string(i) + "]";
    if (custom.id.empty()) return MakeError(where + ": rule without an id");
    for (char c : custom.id) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.') {
        return MakeError(where + ": rule id \"" + custom.id +
                         "\" may only hold letters, digits, '_', '-' and '.'");
      }
    }
    if (!custom_ids.insert(custom.id).second) {
      return MakeError(where + ": duplicate rule id \"" + custom.id + "\"");
    }
    if (custom.regex.empty()) return MakeError(where + ": rule \"" + custom.id + "\" has no regex");
    if (custom.entropy < 0) {
      return MakeError(where + ": rule \"" + custom.id + "\": entropy must not be negative");
    }
    RuleSpec rule;
    rule.id = custom.id;
    rule.entity = custom.entity;
    if (rule.entity.empty()) {
      for (char c : custom.id) {
        rule.entity += std::isalnum(static_cast<unsigned char>(c))
                           ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                           : '_';
      }
    }
    rule.regex = custom.regex;
    rule.keywords = custom.keywords;
    rule.secret_group = custom.secret_group;
    rule.entropy = custom.entropy;
    rule.origin = where;
    config.rules.push_back(std::move(rule));
  }
  config.allow_values = options.allow_values;
  config.allow_regexes = options.allow_regexes;
  config.require_valid_checksums = options.require_valid_checksums;
  auto engine = SecretEngine::Compile(std::move(config), warnings);
  if (!engine) return engine.error();
  return std::shared_ptr<const Detector>(*engine);
}

}  // namespace mcpgw::guards::secrets
