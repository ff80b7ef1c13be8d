// HsDatabase: one compiled Vectorscan database, built from an HsDatabaseSpec either by
// deserializing a copy compiled at build time and embedded in the binary (hs_embedded.h), or by
// compiling it at run time. Both give the same database: the key of an embedded copy is the
// SHA-256 of everything the compile depends on (every expression, its flags, id and reject
// policy, the mode, the compile procedure's version and Vectorscan's version string), so any
// change to the inputs misses and compiles. Detectors (PatternSet, SecretEngine) call
// BuildHsDatabase instead of hs_compile_multi.
//
// Threading: BuildHsDatabase may be called from any thread; an HsDatabase is immutable and its
// hs_database_t may be scanned from any number of threads (each with its own scratch).
// Lifetime: the HsDatabase owns its hs_database_t (freed with it); share it by shared_ptr.
#pragma once

#include <array>
#include <boost/assert/source_location.hpp>
#include <boost/system/result.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct hs_database;
struct hs_scratch;

namespace mcpgw::guards {

// What the compile does when Vectorscan refuses an expression.
enum class HsOnReject : std::uint8_t {
  kFail,       // the build fails naming the expression
  kPrefilter,  // recompiled with HS_FLAG_PREFILTER added (a superset; the caller confirms hits)
  kDrop,       // probed alone first: when refused, left out of the database (outcome says why)
};

struct HsExpression {
  std::string expression;
  unsigned flags = 0;  // HS_FLAG_*
  unsigned id = 0;     // reported to the match callback
  HsOnReject on_reject = HsOnReject::kFail;
};

struct HsDatabaseSpec {
  std::string name;   // for logs and the generator's listing only; not part of the key
  unsigned mode = 0;  // HS_MODE_*; 0 means HS_MODE_BLOCK
  std::vector<HsExpression> expressions;
};

// What became of one expression of the spec, in the spec's order.
struct HsExpressionOutcome {
  unsigned flags = 0;  // as compiled (HS_FLAG_PREFILTER added under kPrefilter)
  bool kept = true;    // false: dropped under kDrop
  std::string reason;  // Vectorscan's message when dropped, else empty
  bool operator==(const HsExpressionOutcome&) const = default;
};

// Why a build failed: the expression (index in the spec, -1 when none is named) and
// Vectorscan's message.
struct HsCompileFailure {
  int expression = -1;
  std::string message;
};
[[noreturn]] void throw_exception_from_error(const HsCompileFailure& e,
                                             const boost::source_location&);

using HsKey = std::array<std::uint8_t, 32>;

class HsDatabase {
 public:
  // Where the database came from: compiled now, embedded in the binary, or the disk cache.
  enum class Source : std::uint8_t { kCompiled, kEmbedded, kCached };

  ~HsDatabase();
  HsDatabase(const HsDatabase&) = delete;
  HsDatabase& operator=(const HsDatabase&) = delete;

  const hs_database* get() const { return database_; }
  const std::vector<HsExpressionOutcome>& outcomes() const { return outcomes_; }
  Source source() const { return source_; }

  // The database and its outcomes as one blob (what the generator embeds). Empty on failure.
  std::string Serialize() const;

 private:
  friend class HsDatabaseBuilder;
  HsDatabase() = default;
  hs_database* database_ = nullptr;
  std::vector<HsExpressionOutcome> outcomes_;
  Source source_ = Source::kCompiled;
};

using HsBuild = boost::system::result<std::shared_ptr<const HsDatabase>, HsCompileFailure>;

// The key of a spec: SHA-256 over a canonical encoding of its mode and expressions (text, flags,
// id, reject policy), the compile procedure's version and hs_version(). `name` is not in it.
HsKey HsDatabaseKey(const HsDatabaseSpec& spec);
std::string HsKeyHex(const HsKey& key);

// Looks the spec's key up among the embedded databases, then in the disk cache when enabled
// (hs_disk_cache.h); the first blob that deserializes is returned (source kEmbedded, kCached).
// Otherwise (no entry, or a blob Vectorscan or the parser refuses: logged once per process at
// debug) compiles the spec (source kCompiled) and stores it in the disk cache when enabled.
// Failures: the first expression Vectorscan refuses under kFail (or refuses again after
// kPrefilter), an empty spec.
HsBuild BuildHsDatabase(const HsDatabaseSpec& spec);

// hs_scan (block mode) for every detector. Vectorscan 5.4.9's AVX-512 scan implementation, the
// one its dispatch picks on a host with AVX-512, lost matches of some expressions of a
// multi-pattern database after some texts (found with the injection rules: an agent-call rule
// missed depending on the text and on the process's earlier scans; test
// InjectionDetector.AMatchIsFoundWhateverWasScannedBefore). On such a host this calls the AVX2
// implementation the library also exports (avx2_hs_scan), which found them every time; every
// database is compiled for this host without its AVX-512 features so that implementation accepts
// it. Elsewhere, or when the library exports no such symbol, it is hs_scan itself. Threading and
// failures as hs_scan's: any thread, one scratch per thread; returns hs_scan's error codes.
using HsMatchHandler = int (*)(unsigned id, unsigned long long from, unsigned long long to,
                               unsigned flags, void* context);
int HsScan(const hs_database* database, const char* data, unsigned length, hs_scratch* scratch,
           HsMatchHandler on_match, void* context);

// The run-time compile alone (what BuildHsDatabase does on a miss; the generator uses it).
HsBuild CompileHsDatabase(const HsDatabaseSpec& spec);

// Rebuilds a database from a blob made by Serialize(); std::nullopt when the blob is truncated
// or malformed, its outcomes do not match `expression_count`, or Vectorscan refuses it (another
// version or platform). Never throws.
std::optional<std::shared_ptr<const HsDatabase>> DeserializeHsDatabase(
    std::string_view blob, std::size_t expression_count);

}  // namespace mcpgw::guards
