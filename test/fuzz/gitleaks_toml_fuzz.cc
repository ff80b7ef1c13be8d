// Fuzzes the gitleaks TOML loader and the secrets detector: ParseGitleaksToml on arbitrary text;
// when it succeeds, the rules are compiled into a detector that scans the same bytes; the
// built-in detector scans them too.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - errors name the source ("fuzz.toml:");
//  - a parsed rule has a non-empty id and regex;
//  - detections are sorted, non-overlapping, non-empty and inside the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "guards/secrets/gitleaks_loader.h"
#include "guards/secrets/secret_detector.h"
#include "guards/secrets/secret_engine.h"

namespace {

using mcpgw::guards::Detection;
using mcpgw::guards::Detector;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

void CheckScan(const Detector& detector, std::string_view text) {
  std::vector<Detection> out;
  detector.Scan(text, out);
  for (std::size_t i = 0; i < out.size(); ++i) {
    Check(out[i].begin < out[i].end && out[i].end <= text.size());
    Check(!out[i].type.empty() && !out[i].entity.empty());
    if (i > 0) Check(out[i - 1].end <= out[i].begin);
  }
}

const Detector& Builtin() {
  static const std::shared_ptr<const Detector> detector = [] {
    auto d = mcpgw::guards::secrets::CreateSecretDetector({});
    if (!d) __builtin_trap();
    return *d;
  }();
  return *detector;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = mcpgw::guards::secrets::ParseGitleaksToml(text, "fuzz.toml");
  if (!parsed) {
    Check(parsed.error().message.starts_with("fuzz.toml:"));
  } else {
    for (const auto& rule : parsed->rules) Check(!rule.id.empty() && !rule.regex.empty());
    if (parsed->rules.size() <= 16) {
      mcpgw::guards::secrets::EngineConfig config;
      config.rules = std::move(parsed->rules);
      auto engine = mcpgw::guards::secrets::SecretEngine::Compile(std::move(config), nullptr);
      if (engine) CheckScan(**engine, text);
    }
  }
  CheckScan(Builtin(), text);
  return 0;
}
