// libFuzzer target: the policy guard's rule language (ParsePolicyText: every key, RE2 patterns,
// pointers) and the evaluator over arbitrary payloads. Any input must give a policy or an error
// naming a key, never a crash, a leak or undefined behaviour; a parsed policy must evaluate any
// JSON as arguments and as a result, with any labels in the history and any finding types.
#include <boost/json/parse.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "guards/policy/label_history.h"
#include "guards/policy/policy_eval.h"
#include "guards/policy/policy_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace policy = mcpgw::guards::policy;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto set = policy::ParsePolicyText(text, "fuzz.json");
  if (!set) {
    if (set.error().message.rfind("fuzz.json: ", 0) != 0) __builtin_trap();  // names the file
    return 0;
  }
  boost::system::error_code ec;
  boost::json::value payload = boost::json::parse(text, ec);
  if (ec) payload = boost::json::object();
  policy::LabelHistory history;
  for (const auto& label : (*set)->labels) history.Record(label.label, (*set)->history_size);
  std::vector<mcpgw::guards::Finding> findings(1);
  findings[0].type = "secrets.github_pat";
  const std::string_view names[] = {"", "a", "delete_x", std::string_view(text).substr(0, 40)};
  for (std::string_view name : names) {
    for (int direction = 0; direction < 2; ++direction) {
      policy::CallFacts facts;
      facts.direction =
          direction ? mcpgw::guards::Direction::kResponse : mcpgw::guards::Direction::kRequest;
      facts.server = name;
      facts.tool = name;
      facts.principal = name;
      facts.arguments = direction ? nullptr : &payload;
      facts.result = direction ? &payload : nullptr;
      facts.annotations = payload.is_object() ? &payload.get_object() : nullptr;
      facts.findings = &findings;
      facts.history = &history;
      const policy::Decision d = policy::EvaluatePolicy(**set, facts);
      (void)policy::ExplainDecision(d, facts);
      (void)policy::RejectMessage(d, facts);
      (void)policy::LabelsOf(**set, facts);
    }
  }
  return 0;
}
