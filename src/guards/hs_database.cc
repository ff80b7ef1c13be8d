#include "guards/hs_database.h"

#include <hs/hs.h>
#include <openssl/evp.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "guards/hs_disk_cache.h"
#include "guards/hs_embedded.h"

namespace mcpgw::guards {

// Builds HsDatabase objects (the class's only way in).
class HsDatabaseBuilder {
 public:
  static std::shared_ptr<HsDatabase> Make(hs_database_t* database,
                                          std::vector<HsExpressionOutcome> outcomes,
                                          HsDatabase::Source source) {
    std::shared_ptr<HsDatabase> out(new HsDatabase());
    out->database_ = database;
    out->outcomes_ = std::move(outcomes);
    out->source_ = source;
    return out;
  }
  static void SetSource(const HsDatabase& database, HsDatabase::Source source) {
    const_cast<HsDatabase&>(database).source_ = source;  // before it is shared
  }
};

namespace {

// Bump when CompileHsDatabase's procedure changes in a way that changes its result for the same
// spec: every embedded database then misses until the generator has run again.
constexpr std::uint32_t kProcedureVersion = 2;

// Blob layout (little-endian host order; the blob never leaves the machine that built it):
//   "MGHSDB03" | u64 database offset | u64 database size | SHA-256 digest |
//   u32 outcome count |
//   per outcome: u32 flags, u8 kept, u32 reason length, reason bytes |
//   zero padding | database (hs_serialize_database) at its offset, a multiple of kAlign.
// The digest covers everything after itself up to the database's end (count, outcomes, padding,
// database): it catches a damaged blob, which Vectorscan's own checks (magic, version, platform,
// length) let through, and damaged outcomes (format 02 covered the database only, so a damaged
// flag or kept byte loaded; found by fuzz_hs_cache).
constexpr char kMagic[8] = {'M', 'G', 'H', 'S', 'D', 'B', '0', '3'};
constexpr std::size_t kAlign = 64;
constexpr std::size_t kDigestAt = sizeof kMagic + 2 * sizeof(std::uint64_t);
constexpr std::size_t kDigestEnd = kDigestAt + 32;

using Digest = std::array<std::uint8_t, 32>;

Digest Sha256(const void* data, std::size_t size) {
  Digest out{};
  unsigned int length = 0;
  if (EVP_Digest(data, size, out.data(), &length, EVP_sha256(), nullptr) != 1 ||
      length != out.size()) {
    throw std::runtime_error("hsdb: SHA-256 unavailable");  // OpenSSL misconfigured: unexpected
  }
  return out;
}

template <typename T>
void Put(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
bool Get(std::string_view& in, T& value) {
  if (in.size() < sizeof value) return false;
  std::memcpy(&value, in.data(), sizeof value);
  in.remove_prefix(sizeof value);
  return true;
}

void LogFallbackOnce(const HsDatabaseSpec& spec, const char* why) {
  static std::atomic<bool> logged{false};
  if (logged.exchange(true)) return;
  spdlog::debug("hsdb name={} embedded database not used ({}); compiling at run time", spec.name,
                why);
}

}  // namespace

void throw_exception_from_error(const HsCompileFailure& e, const boost::source_location&) {
  throw std::runtime_error(e.message);
}

HsDatabase::~HsDatabase() {
  if (database_ != nullptr) hs_free_database(database_);
}

std::string HsDatabase::Serialize() const {
  std::string out(kMagic, sizeof kMagic);
  char* bytes = nullptr;
  std::size_t length = 0;
  if (database_ != nullptr && hs_serialize_database(database_, &bytes, &length) != HS_SUCCESS)
    return {};
  const std::size_t offsets_at = out.size();
  Put<std::uint64_t>(out, 0);
  Put<std::uint64_t>(out, length);
  Put(out, Digest{});  // written last, over what follows
  Put<std::uint32_t>(out, static_cast<std::uint32_t>(outcomes_.size()));
  for (const HsExpressionOutcome& o : outcomes_) {
    Put<std::uint32_t>(out, o.flags);
    Put<std::uint8_t>(out, o.kept ? 1 : 0);
    Put<std::uint32_t>(out, static_cast<std::uint32_t>(o.reason.size()));
    out += o.reason;
  }
  out.resize((out.size() + kAlign - 1) / kAlign * kAlign, '\0');
  const std::uint64_t offset = out.size();
  std::memcpy(out.data() + offsets_at, &offset, sizeof offset);
  if (bytes != nullptr) {
    out.append(bytes, length);
    std::free(bytes);  // hs_serialize_database allocates with the default (malloc) allocator
  }
  const Digest digest = Sha256(out.data() + kDigestEnd, out.size() - kDigestEnd);
  std::memcpy(out.data() + kDigestAt, digest.data(), digest.size());
  return out;
}

HsKey HsDatabaseKey(const HsDatabaseSpec& spec) {
  std::string canonical = "mcpgw-hsdb";
  canonical += '\0';
  Put<std::uint32_t>(canonical, kProcedureVersion);
  const std::string version = hs_version();
  Put<std::uint64_t>(canonical, version.size());
  canonical += version;
  Put<std::uint32_t>(canonical, spec.mode == 0 ? HS_MODE_BLOCK : spec.mode);
  Put<std::uint64_t>(canonical, spec.expressions.size());
  for (const HsExpression& e : spec.expressions) {
    Put<std::uint32_t>(canonical, e.flags);
    Put<std::uint32_t>(canonical, e.id);
    Put<std::uint8_t>(canonical, static_cast<std::uint8_t>(e.on_reject));
    Put<std::uint64_t>(canonical, e.expression.size());
    canonical += e.expression;
  }
  HsKey key{};
  unsigned int length = 0;
  if (EVP_Digest(canonical.data(), canonical.size(), key.data(), &length, EVP_sha256(), nullptr) !=
          1 ||
      length != key.size()) {
    throw std::runtime_error("hsdb: SHA-256 unavailable");  // OpenSSL misconfigured: unexpected
  }
  return key;
}

std::string HsKeyHex(const HsKey& key) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::uint8_t b : key) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

}  // namespace mcpgw::guards

extern "C" hs_error_t avx2_hs_scan(const hs_database_t* db, const char* data, unsigned length,
                                   unsigned flags, hs_scratch_t* scratch,
                                   match_event_handler on_event, void* context)
    __attribute__((weak));

namespace mcpgw::guards {
namespace {

bool UseAvx2Scan() {
  static const bool use = avx2_hs_scan != nullptr && __builtin_cpu_supports("avx2") &&
                          __builtin_cpu_supports("avx512f");
  return use;
}

// The platform every database is compiled for: this host's without the AVX-512 features, so that
// the AVX2 scan implementation HsScan runs on an AVX-512 host accepts it (hs_database.h).
const hs_platform_info_t* CompilePlatform() {
  static const hs_platform_info_t platform = [] {
    hs_platform_info_t p{};
    if (hs_populate_platform(&p) != HS_SUCCESS) p = hs_platform_info_t{};
    p.cpu_features &= ~static_cast<unsigned long long>(HS_CPU_FEATURES_AVX512 |
                                                       HS_CPU_FEATURES_AVX512VBMI);
    return p;
  }();
  return &platform;
}

}  // namespace

int HsScan(const hs_database* database, const char* data, unsigned length, hs_scratch* scratch,
           HsMatchHandler on_match, void* context) {
  if (UseAvx2Scan()) return avx2_hs_scan(database, data, length, 0, scratch, on_match, context);
  return hs_scan(database, data, length, 0, scratch, on_match, context);
}

HsBuild CompileHsDatabase(const HsDatabaseSpec& spec) {
  if (spec.expressions.empty()) return HsCompileFailure{-1, "no expressions"};
  const unsigned mode = spec.mode == 0 ? HS_MODE_BLOCK : spec.mode;
  std::vector<HsExpressionOutcome> outcomes(spec.expressions.size());
  for (std::size_t i = 0; i < spec.expressions.size(); ++i) {
    const HsExpression& e = spec.expressions[i];
    outcomes[i].flags = e.flags;
    if (e.on_reject != HsOnReject::kDrop) continue;
    hs_database_t* probe = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile(e.expression.c_str(), e.flags, mode, CompilePlatform(), &probe, &error) ==
        HS_SUCCESS) {
      hs_free_database(probe);
    } else {
      outcomes[i].kept = false;
      outcomes[i].reason = error != nullptr && error->message ? error->message : "unknown error";
      hs_free_compile_error(error);
    }
  }
  std::vector<std::size_t> index;  // position in the compile -> position in the spec
  std::vector<const char*> expressions;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < spec.expressions.size(); ++i) {
    if (!outcomes[i].kept) continue;
    index.push_back(i);
    expressions.push_back(spec.expressions[i].expression.c_str());
    ids.push_back(spec.expressions[i].id);
  }
  if (index.empty())
    return HsDatabaseBuilder::Make(nullptr, std::move(outcomes), HsDatabase::Source::kCompiled);
  std::vector<unsigned> flags(index.size());
  hs_database_t* database = nullptr;
  for (;;) {
    for (std::size_t k = 0; k < index.size(); ++k) flags[k] = outcomes[index[k]].flags;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                         static_cast<unsigned>(index.size()), mode, CompilePlatform(), &database,
                         &error) == HS_SUCCESS)
      break;
    std::string message = error != nullptr && error->message ? error->message : "unknown error";
    const int at = error != nullptr ? error->expression : -1;
    hs_free_compile_error(error);
    if (at < 0 || static_cast<std::size_t>(at) >= index.size())
      return HsCompileFailure{-1, message};
    const std::size_t i = index[static_cast<std::size_t>(at)];
    if (spec.expressions[i].on_reject == HsOnReject::kPrefilter &&
        (outcomes[i].flags & HS_FLAG_PREFILTER) == 0) {
      outcomes[i].flags |= HS_FLAG_PREFILTER;
      continue;
    }
    return HsCompileFailure{static_cast<int>(i), message};
  }
  return HsDatabaseBuilder::Make(database, std::move(outcomes), HsDatabase::Source::kCompiled);
}

std::optional<std::shared_ptr<const HsDatabase>> DeserializeHsDatabase(
    std::string_view blob, std::size_t expression_count) {
  std::string_view in = blob;
  if (in.size() < sizeof kMagic || std::memcmp(in.data(), kMagic, sizeof kMagic) != 0)
    return std::nullopt;
  in.remove_prefix(sizeof kMagic);
  std::uint64_t offset = 0, size = 0;
  std::uint32_t count = 0;
  Digest digest{};
  if (!Get(in, offset) || !Get(in, size) || !Get(in, digest) || !Get(in, count))
    return std::nullopt;
  if (count != expression_count || offset < kDigestEnd || offset > blob.size() ||
      size > blob.size() - offset)
    return std::nullopt;
  if (Sha256(blob.data() + kDigestEnd, offset + size - kDigestEnd) != digest) return std::nullopt;
  std::vector<HsExpressionOutcome> outcomes(count);
  bool any_kept = false;
  for (HsExpressionOutcome& o : outcomes) {
    std::uint8_t kept = 0;
    std::uint32_t length = 0;
    if (!Get(in, o.flags) || !Get(in, kept) || !Get(in, length) || kept > 1 || length > in.size())
      return std::nullopt;
    o.kept = kept == 1;
    o.reason.assign(in.data(), length);
    in.remove_prefix(length);
    any_kept = any_kept || o.kept;
  }
  if (blob.size() - in.size() > offset) return std::nullopt;  // outcomes overlap the database
  if (!any_kept) {
    if (size != 0) return std::nullopt;
    return HsDatabaseBuilder::Make(nullptr, std::move(outcomes), HsDatabase::Source::kEmbedded);
  }
  if (size == 0) return std::nullopt;
  // Vectorscan reads the serialized header in place: hand it 8-byte aligned bytes.
  const char* bytes = blob.data() + offset;
  std::string aligned;
  if (reinterpret_cast<std::uintptr_t>(bytes) % 8 != 0) {
    aligned.assign(bytes, size);
    bytes = aligned.data();
  }
  hs_database_t* database = nullptr;
  if (hs_deserialize_database(bytes, size, &database) != HS_SUCCESS) return std::nullopt;
  // The database must be usable here (a scratch for it), or the compile path is taken.
  hs_scratch_t* scratch = nullptr;
  if (hs_alloc_scratch(database, &scratch) != HS_SUCCESS) {
    hs_free_database(database);
    return std::nullopt;
  }
  hs_free_scratch(scratch);
  return HsDatabaseBuilder::Make(database, std::move(outcomes), HsDatabase::Source::kEmbedded);
}

HsBuild BuildHsDatabase(const HsDatabaseSpec& spec) {
  const HsKey key = HsDatabaseKey(spec);
  if (const std::string_view blob = FindEmbeddedHsDatabase(key); !blob.empty()) {
    if (auto embedded = DeserializeHsDatabase(blob, spec.expressions.size())) return *embedded;
    LogFallbackOnce(spec, "blob refused: another Vectorscan build or platform, or corrupt");
  }
  if (const std::string cached = LoadHsDiskCache(key); !cached.empty()) {
    if (auto loaded = DeserializeHsDatabase(cached, spec.expressions.size())) {
      HsDatabaseBuilder::SetSource(**loaded, HsDatabase::Source::kCached);
      return *loaded;
    }
    LogFallbackOnce(spec, "cached file refused: another Vectorscan build or platform, or damaged");
  }
  HsBuild built = CompileHsDatabase(spec);
  if (built && HsDiskCacheEnabled()) StoreHsDiskCache(key, (*built)->Serialize());
  return built;
}

}  // namespace mcpgw::guards
