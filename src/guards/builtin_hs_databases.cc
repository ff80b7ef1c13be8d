#include "guards/builtin_hs_databases.h"

#include "guards/harmful/harmful_detector.h"
#include "guards/injection/injection_detector.h"
#include "guards/injection/pattern_set.h"
#include "guards/secrets/builtin_rules.h"
#include "guards/secrets/secret_engine.h"
#include "scanner/text_scanner.h"

namespace mcpgw::guards {

std::vector<HsDatabaseSpec> BuiltinHsDatabaseSpecs() {
  std::vector<HsDatabaseSpec> out;
  auto add = [&out](HsDatabaseSpec spec, const char* name) {
    spec.name = name;
    out.push_back(std::move(spec));
  };
  const injection::InjectionPatternSpecs cues = injection::BuiltinInjectionPatternSpecs();
  add(injection::PatternSet::DatabaseSpec(cues.primary), "injection.primary");
  add(injection::PatternSet::DatabaseSpec(cues.context), "injection.context");
  const harmful::HarmPatternSpecs harm = harmful::BuiltinHarmPatternSpecs();
  add(injection::PatternSet::DatabaseSpec(harm.harm), "harmful.harm");
  add(injection::PatternSet::DatabaseSpec(harm.context), "harmful.context");
  // The `basic` plugin's default: the built-in catalogue alone (secret_detector.cc).
  add(secrets::SecretEngine::DatabaseSpec(secrets::BuiltinRules()), "secrets.builtin");
  // The tool scanner's keyword prefilter (scanner/text_scanner.h).
  add(scanner::TextScanner::AtomDatabaseSpec(), "scanner.atoms");
  return out;
}

}  // namespace mcpgw::guards
