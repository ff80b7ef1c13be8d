// libFuzzer target: the gateway config file's guards section (ParseGuardsConfig, custom rule
// compilation) and the text walker over arbitrary MCP payloads. Any input must give a value or
// an error, never a crash, a leak or undefined behaviour; a walk that replaces every leaf must
// leave a payload that still serializes.
#include "guards/guards_config.h"
#include "guards/rules/rule_detector.h"
#include "guards/text_walker.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto config = mcpgw::guards::ParseGuardsConfig(text, "fuzz.json");
  if (config && !config->rules.empty() && config->rules.size() < 8) {
    auto detector = mcpgw::guards::RuleDetector::Create(config->rules);
    if (detector) {
      std::vector<mcpgw::guards::Detection> out;
      (*detector)->Scan(text, out);
      for (const auto& d : out)
        if (d.begin >= d.end || d.end > text.size()) __builtin_trap();
    }
  }
  boost::system::error_code ec;
  boost::json::value payload = boost::json::parse(text, ec);
  if (ec) return 0;
  static const char* kMethods[] = {"tools/call", "resources/read", "prompts/get",
                                   "completion/complete", "sampling/createMessage",
                                   "elicitation/create", "notifications/message",
                                   "notifications/progress", "tasks/get"};
  for (const char* method : kMethods) {
    for (int direction = 0; direction < 2; ++direction) {
      for (int is_error = 0; is_error < 2; ++is_error) {
        mcpgw::guards::GuardContext context;
        context.method = method;
        context.direction = direction ? mcpgw::guards::Direction::kResponse
                                      : mcpgw::guards::Direction::kRequest;
        context.is_error = is_error != 0;
        boost::json::value copy = payload;
        auto visit = [](mcpgw::guards::TextLeaf& leaf) {
          (void)leaf.Pointer();
          leaf.Replace("<X>" + std::string(leaf.text().substr(0, 3)));
        };
        mcpgw::guards::WalkText(context, copy, visit);
        (void)boost::json::serialize(copy);
      }
    }
  }
  return 0;
}
