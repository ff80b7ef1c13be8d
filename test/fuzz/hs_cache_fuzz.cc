// Fuzzes the loading of compiled Vectorscan databases from the on-disk cache
// (src/guards/hs_disk_cache.h, DeserializeHsDatabase in hs_database.h): the files live in the
// gateway's state directory and may be damaged (disk errors, a crash, another build).
// Input byte 0 picks the mode:
//   0  the rest is a cache file: stored under a spec's key, loaded back, deserialized;
//   1  a real blob of a small spec, damaged: the rest is (position, xor) byte pairs;
//   2  a real blob of that spec cut short at a length taken from the rest.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - the cache gives back exactly the (non-empty) bytes stored;
//  - a damaged or truncated blob is refused, or gives the very database it was made from: the
//    same outcomes (flags, kept, reasons) and the same matches on a fixed text;
//  - a blob accepted in mode 0 gives a database Vectorscan can scan.
#include <hs/hs.h>
#include <spdlog/spdlog.h>
#include <stdlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "guards/hs_database.h"
#include "guards/hs_disk_cache.h"

namespace {

namespace g = mcpgw::guards;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

g::HsDatabaseSpec spec;
g::HsKey key;
std::string reference;  // Serialize() of the compiled spec
std::vector<g::HsExpressionOutcome> reference_outcomes;
std::vector<unsigned> reference_matches;

constexpr std::string_view kText = "foo123 BARBAZ bar foo7 abab";

std::vector<unsigned> Matches(const g::HsDatabase& db) {
  std::vector<unsigned> ids;
  if (db.get() == nullptr) return ids;
  hs_scratch_t* scratch = nullptr;
  Check(hs_alloc_scratch(db.get(), &scratch) == HS_SUCCESS);
  auto on_match = [](unsigned id, unsigned long long, unsigned long long, unsigned,
                     void* context) -> int {
    static_cast<std::vector<unsigned>*>(context)->push_back(id);
    return 0;
  };
  Check(hs_scan(db.get(), kText.data(), static_cast<unsigned>(kText.size()), 0, scratch, on_match,
                &ids) == HS_SUCCESS);
  hs_free_scratch(scratch);
  return ids;
}

// A blob made from `reference` must be refused or give the reference database back.
void CheckSameOrRefused(std::string_view blob) {
  auto db = g::DeserializeHsDatabase(blob, spec.expressions.size());
  if (!db) return;
  Check((*db)->outcomes() == reference_outcomes);
  Check(Matches(**db) == reference_matches);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spdlog::set_level(spdlog::level::off);
  spec.name = "fuzz";
  spec.expressions = {
      {"foo[0-9]+", HS_FLAG_SOM_LEFTMOST, 1, g::HsOnReject::kFail},
      {"bar(baz)?", HS_FLAG_CASELESS, 2, g::HsOnReject::kFail},
      {"(a|b)\\1", 0, 3, g::HsOnReject::kDrop},  // a backreference: dropped, with a reason
      {"ab(?=ab)", 0, 4, g::HsOnReject::kPrefilter},
  };
  key = g::HsDatabaseKey(spec);
  auto built = g::CompileHsDatabase(spec);
  if (!built) __builtin_trap();
  reference = (*built)->Serialize();
  reference_outcomes = (*built)->outcomes();
  reference_matches = Matches(**built);
  static char dir[] = "/tmp/mcpgw-fuzz-hs.XXXXXX";
  if (mkdtemp(dir) == nullptr) __builtin_trap();
  std::atexit([] {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  });
  g::EnableHsDiskCache(dir, 1 << 20);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3) {
    case 0: {
      if (rest.empty()) break;  // storing nothing is a no-op by design
      g::StoreHsDiskCache(key, rest);
      const std::string loaded = g::LoadHsDiskCache(key);
      Check(loaded == rest);
      auto db = g::DeserializeHsDatabase(loaded, spec.expressions.size());
      if (db) {
        Check((*db)->outcomes().size() == spec.expressions.size());
        (void)Matches(**db);
      }
      break;
    }
    case 1: {
      std::string blob = reference;
      for (std::size_t i = 0; i + 2 < rest.size() && i < 48; i += 3) {
        const std::size_t at =
            (static_cast<unsigned char>(rest[i]) << 8 | static_cast<unsigned char>(rest[i + 1])) %
            blob.size();
        blob[at] = static_cast<char>(blob[at] ^ rest[i + 2]);
      }
      CheckSameOrRefused(blob);
      break;
    }
    case 2: {
      std::size_t length = 0;
      for (unsigned char c : rest.substr(0, 4)) length = length << 8 | c;
      CheckSameOrRefused(std::string_view(reference).substr(0, length % (reference.size() + 1)));
      break;
    }
  }
  return 0;
}
