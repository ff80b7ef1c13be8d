// Fuzzes the injection and harmful detectors (guards/injection, guards/harmful): arbitrary bytes,
// split into fields at bytes 0x1E (record separator), as one message.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - every detection lies inside the text, begin < end, detections sorted and not overlapping;
//  - the message score is in [0, 1] and at least the threshold when something was detected;
//  - a detection's type is one of the documented finding types.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "guards/harmful/harmful_detector.h"
#include "guards/injection/injection_detector.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

void CheckDetections(std::string_view text, const std::vector<mcpgw::guards::Detection>& found,
                     std::string_view prefix) {
  std::size_t last_end = 0;
  for (const auto& d : found) {
    Check(d.begin < d.end && d.end <= text.size());
    Check(d.begin >= last_end);
    Check(d.type.substr(0, prefix.size()) == prefix);
    last_end = d.end;
  }
}

// Built once before any input runs: compiling the pattern databases takes seconds under the
// sanitizers, which must not count against the first input's -timeout.
std::shared_ptr<const mcpgw::guards::injection::InjectionDetector> injection;
std::shared_ptr<const mcpgw::guards::harmful::HarmfulDetector> harmful;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  injection = *mcpgw::guards::injection::InjectionDetector::Create();
  harmful = *mcpgw::guards::harmful::HarmfulDetector::Create();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text;
  std::vector<std::size_t> boundaries;
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == 0x1E) {
      text += '\n';
      boundaries.push_back(text.size());
    } else {
      text += static_cast<char>(data[i]);
    }
  }
  std::vector<mcpgw::guards::Detection> found;
  const float score = injection->Analyze(text, boundaries, found);
  Check(score >= 0.0f && score <= 1.0f);
  Check(found.empty() || score >= injection->threshold());
  CheckDetections(text, found, "injection.");
  found.clear();
  harmful->Scan(text, found);
  CheckDetections(text, found, "harmful.");
  return 0;
}
