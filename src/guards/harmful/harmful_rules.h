// The built-in rules of the harmful-content detector: lexicon phrases and patterns per category,
// the "how-to" signals that make content instructional, and the context words of news
// reporting, medical/prevention text, fiction discussion and defensive security writing that
// make it ABOUT harm rather than harmful. docs/guards-injection.md ("harmful") has the model.
//
// Threading: immutable static tables.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::guards::harmful {

enum class Category : std::uint8_t {
  kViolence,       // threats, incitement, instructions to hurt people
  kSelfHarm,       // encouragement of or instructions for suicide and self-injury
  kHate,           // dehumanisation of and calls for violence against protected groups
  kSexualMinors,   // sexual content involving minors
  kWeapons,        // instructions for explosives, chemical/biological agents, illegal firearms
  kMalware,        // instructions or code for ransomware, stealers, keyloggers, evasion
};
inline constexpr int kCategoryCount = 6;
// "harmful.violence", "harmful.self_harm", "harmful.hate", "harmful.sexual_minors",
// "harmful.weapons", "harmful.malware".
std::string_view CategoryType(Category category);
std::string_view CategoryName(Category category);  // without the prefix
bool ParseCategory(std::string_view name, Category& out);

enum class RuleKind : std::uint8_t {
  kHarm,         // evidence for its category (weight)
  kHowTo,        // instructional shape: "step 1", "you will need", "here's how" (support)
  kNews,         // reporting: "police said", "was arrested", "according to"
  kCare,         // medical, prevention, help: "hotline", "if you are struggling", "treatment"
  kFiction,      // discussing fiction: "the novel", "the character", "in the film"
  kDefensive,    // defensive security: "detect", "YARA", "indicators of compromise"
};

struct HarmRule {
  Category category;  // for kHarm; ignored otherwise
  RuleKind kind;
  float weight;
  std::string regex;  // Vectorscan/RE2; a plain space means 1-4 blanks
  std::string trigger;  // optional cheaper Vectorscan expression (see pattern_set.h)
  std::size_t before = 400;
  std::size_t after = 0;
  // The trigger is a '|' list of literals (\xHH escapes for non-alphanumeric ASCII) at least one
  // of which every match of `regex` contains, case-insensitively (harmful_rules_test.cc checks).
  bool gate = false;
};

const std::vector<HarmRule>& BuiltinHarmRules();

}  // namespace mcpgw::guards::harmful
