// Fuzzes tool pinning (src/pins/): what an upstream lists and what the pin store file holds.
// Input byte 0 picks the mode:
//   even  the rest is a tools/list result ({"tools": [...], "instructions": "..."}) or a bare
//         array of tools: PinItemsOf and ReviewPins against a fresh store (trust on first use),
//         twice;
//   odd   the rest is the store file itself (state.db, possibly damaged or foreign): PinStore::
//         Open, every read the `pins` command makes, and a review of a fixed list against it.
// Files live in a private directory under /dev/shm (or TMPDIR) and are removed after each input.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - a pin's definition is JSON meaning what was pinned (the tool without `_meta`, or the
//    instructions; see Equivalent for numbers) and its hash is the lower-case hex SHA-256 of the
//    definition; one item per tool object, then one for instructions;
//  - a pin does not depend on member order (each tool with its members reversed, at every
//    level, pins the same) nor on `_meta`;
//  - on first use every item is approved: a second review of the same list finds nothing,
//    hides nothing and withholds nothing;
//  - a damaged store gives errors, never a crash; pins read back from any store compare without
//    a crash and each comparison names an item.
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pins/canonical_json.h"
#include "pins/pin_item.h"
#include "pins/pin_review.h"
#include "pins/pin_store.h"

#include "json_equivalent.h"

namespace {

namespace json = boost::json;
namespace pins = mcpgw::pins;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

std::string directory;

std::string StorePath() { return directory + "/state.db"; }

void RemoveStore() {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::remove((StorePath() + suffix).c_str());
}

// `value` with every object's members in reverse order.
json::value Reversed(const json::value& value) {
  if (const json::array* a = value.if_array()) {
    json::array out;
    for (const json::value& v : *a) out.push_back(Reversed(v));
    return out;
  }
  if (const json::object* o = value.if_object()) {
    json::object out;
    for (auto it = o->end(); it != o->begin();) {
      --it;
      out[it->key()] = Reversed(it->value());
    }
    return out;
  }
  return value;
}

// Structural equality; numbers compare as doubles within a relative 1e-14 (canonical JSON writes
// 1.0 as 1, and Boost.JSON 1.81 reads some 17-digit doubles back one unit off, so the canonical
// text of a re-parsed definition may differ in a last digit: nothing in the gateway re-parses a
// stored definition, hashes always come from the upstream's own bytes).
bool Equivalent(const json::value& a, const json::value& b) {
  return mcpgw::fuzzing::Equivalent(a, b, mcpgw::fuzzing::NumberKinds::kMayDiffer);
}

// `pinned` is what the item pins: the tool without its top-level `_meta`, or the instructions.
void CheckItem(const pins::PinItem& item, const json::value& pinned) {
  Check(item.hash == pins::Sha256Hex(item.definition));
  Check(item.hash.size() == 64);
  for (char c : item.hash) Check((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  boost::system::error_code ec;
  const json::value again = json::parse(item.definition, ec);
  Check(!ec);
  Check(Equivalent(again, pinned));
  const json::value twice = json::parse(pins::CanonicalJson(again), ec);
  Check(!ec && Equivalent(twice, pinned));
}

// Boost.JSON 1.81 reads 1e400 as infinity and 0e400 as NaN; the message layer refuses both
// (core/json_rpc.cc), so no upstream list holding one reaches the pins.
bool HasNonFinite(const json::value& value) {
  if (value.is_double()) return !std::isfinite(value.get_double());
  if (const json::array* a = value.if_array())
    return std::any_of(a->begin(), a->end(), HasNonFinite);
  if (const json::object* o = value.if_object())
    return std::any_of(o->begin(), o->end(), [](const auto& m) { return HasNonFinite(m.value()); });
  return false;
}

void Tools(std::string_view text) {
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 128;
  const json::value value = json::parse(text, ec, {}, options);
  if (ec || HasNonFinite(value)) return;
  json::array tools;
  std::optional<std::string> instructions;
  if (value.is_array()) {
    tools = value.get_array();
  } else if (const json::object* o = value.if_object()) {
    if (const json::value* t = o->if_contains("tools"); t && t->is_array()) tools = t->get_array();
    if (const json::value* i = o->if_contains("instructions"); i && i->is_string())
      instructions = std::string(i->get_string());
  }
  const std::vector<pins::PinItem> items = pins::PinItemsOf(tools, instructions);
  std::size_t i = 0;
  for (const json::value& tool : tools) {
    if (!tool.is_object()) continue;
    Check(i < items.size());
    json::object pinned = tool.get_object();
    pinned.erase("_meta");
    CheckItem(items[i], pinned);
    json::object reordered = Reversed(tool).get_object();
    reordered["_meta"] = json::object{{"fuzz", true}};
    Check(pins::ToolPin(reordered).hash == items[i].hash);
    ++i;
  }
  Check(items.size() == i + (instructions ? 1 : 0));
  if (instructions) CheckItem(items.back(), json::string(*instructions));

  auto store = pins::PinStore::Open(StorePath());
  if (!store) return;
  const pins::PinPolicy policy;  // block, first use
  const pins::PinReviewResult first =
      pins::ReviewPins(&*store, "fuzz", tools, instructions, policy, 1000);
  if (first.store_error.empty()) {
    Check(first.first_use);
    const pins::PinReviewResult second =
        pins::ReviewPins(&*store, "fuzz", tools, instructions, policy, 2000);
    Check(second.store_error.empty());
    Check(!second.first_use && second.findings.empty() && second.hidden.empty() &&
          second.instructions_withheld.empty());
  }
}

void StoreFile(std::string_view bytes) {
  {
    std::ofstream out(StorePath(), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  auto store = pins::PinStore::Open(StorePath());
  if (!store) return;
  (void)store->SchemaVersion();
  (void)store->Known("fuzz");
  auto servers = store->Servers();
  auto approved = store->Approved("");
  auto observed = store->Observed("");
  if (approved && observed) {
    std::vector<pins::PinItem> items;
    for (const pins::StoredPin& pin : *observed) items.push_back(pin.item);
    for (const pins::PinComparison& c : pins::ComparePins(*approved, items)) {
      Check(c.approved.has_value() || c.observed.has_value());
      if (c.status != pins::PinStatus::kPinned) {
        Check(!pins::ReasonCode(c).empty());
        (void)pins::ReasonText("fuzz", c);
      }
    }
  }
  if (servers && !servers->empty()) (void)store->Approved(servers->front());
  const json::array tools = {json::object{{"name", "read"}, {"description", "Reads"}}};
  (void)pins::ReviewPins(&*store, servers && !servers->empty() ? servers->front() : "fuzz", tools,
                         std::string("Be nice"), pins::PinPolicy{}, 3000);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  if (const char* tmp = getenv("TMPDIR"); tmp && *tmp) base = tmp;
  std::string pattern = base + "/mcpgw-fuzz-pins.XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) __builtin_trap();
  directory = pattern;
  std::atexit([] {
    std::error_code ec;
    std::filesystem::remove_all(directory, ec);
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  RemoveStore();
  if (data[0] % 2 == 0)
    Tools(rest);
  else
    StoreFile(rest);
  RemoveStore();
  return 0;
}
