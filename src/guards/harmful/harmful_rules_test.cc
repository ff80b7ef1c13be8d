#include "guards/harmful/harmful_rules.h"

#include <gtest/gtest.h>
#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <cctype>
#include <string>
#include <vector>

namespace mcpgw::guards::harmful {
namespace {

// The literals of a gate trigger, lowercased, with \xHH escapes decoded.
std::vector<std::string> GateLiterals(const std::string& trigger) {
  std::vector<std::string> out(1);
  for (std::size_t i = 0; i < trigger.size(); ++i) {
    if (trigger[i] == '|') {
      out.emplace_back();
    } else if (trigger[i] == '\\' && i + 3 < trigger.size() && trigger[i + 1] == 'x') {
      out.back() += static_cast<char>(std::stoi(trigger.substr(i + 2, 2), nullptr, 16));
      i += 3;
    } else {
      out.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(trigger[i])));
    }
  }
  return out;
}

// A gate trigger replaces the rule's regex in the Vectorscan pass, so a text without any of its
// literals never reaches RE2: sound only if every match of the regex contains one. RE2's prefilter
// (FilteredRE2) gives, per regex, the atoms a matching text must hold in some combination; with
// every atom present EXCEPT those that contain a gate literal, the regex must be impossible.
TEST(HarmRules, EveryGateTriggerIsContainedInEveryMatchOfItsRule) {
  re2::RE2::Options options;
  options.set_case_sensitive(false);
  options.set_max_mem(64 << 20);
  options.set_log_errors(false);
  int gates = 0;
  for (const HarmRule& rule : BuiltinHarmRules()) {
    if (!rule.gate) continue;
    ++gates;
    re2::FilteredRE2 filter(1);
    int id = 0;
    ASSERT_EQ(filter.Add(rule.regex, options, &id), re2::RE2::NoError) << rule.regex;
    std::vector<std::string> atoms;
    filter.Compile(&atoms);
    const std::vector<std::string> literals = GateLiterals(rule.trigger);
    std::vector<int> without_gate;
    for (int a = 0; a < static_cast<int>(atoms.size()); ++a) {
      bool holds_gate = false;
      for (const std::string& literal : literals)
        holds_gate = holds_gate || atoms[a].find(literal) != std::string::npos;
      if (!holds_gate) without_gate.push_back(a);
    }
    std::vector<int> potential;
    filter.AllPotentials(without_gate, &potential);
    EXPECT_TRUE(potential.empty()) << "gate " << rule.trigger << " misses matches of "
                                   << rule.regex;
  }
  EXPECT_GT(gates, 0);
}

}  // namespace
}  // namespace mcpgw::guards::harmful
