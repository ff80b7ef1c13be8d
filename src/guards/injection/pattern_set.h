// PatternSet: a list of regexes matched together. Vectorscan (one block-mode database, compiled
// once) finds where each pattern's matches (or its trigger's) END in one pass over the text;
// RE2 (the full regex, compiled once) then confirms each and finds its exact span in a window
// around that end. The injection and harmful detectors use it as their multi-pattern
// engine: each hit names the pattern (its index in the list) and the span it matched.
//
// Threading: immutable after Compile; Scan() is safe from any number of threads at once. Each
// thread keeps one Vectorscan scratch per PatternSet it has scanned with (allocated on first
// use, then reused), so a scan allocates nothing once warmed up.
// Lifetime: built at start and shared as shared_ptr<const PatternSet>.
#pragma once

#include "core/status.h"
#include "guards/hs_database.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace mcpgw::guards::injection {

struct PatternSpec {
  std::string regex;      // Vectorscan (PCRE subset) syntax
  bool caseless = true;   // case folding
  // What Vectorscan looks for; empty: the regex itself. A trigger is a cheaper part of the regex
  // (its rarest words) for regexes Vectorscan compiles slowly.
  std::string trigger;
  // RE2's window around the end of each Vectorscan hit: [end - before, end + after].
  std::size_t before = 400;
  std::size_t after = 0;
  // Report where the match ends only (begin = end), without RE2: for plain word lists whose
  // position is all that matters. Requires that Vectorscan compiled the regex exactly.
  bool end_only = false;
};

struct PatternHit {
  std::uint32_t pattern = 0;  // index into the specs given to Compile
  std::size_t begin = 0;      // byte offsets into the scanned text, begin < end
  std::size_t end = 0;
};

class PatternSet {
 public:
  // Compiles every spec (UTF-8 mode) with Vectorscan and RE2. Errors: "pattern N (regex):
  // reason" for the first spec either rejects; an empty list.
  static Result<std::shared_ptr<const PatternSet>> Compile(const std::vector<PatternSpec>& specs);
  // What Compile gives Vectorscan for `specs` (the embedded-database key is computed from it;
  // the build-time generator embeds the built-in sets' databases through it).
  static guards::HsDatabaseSpec DatabaseSpec(const std::vector<PatternSpec>& specs);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  // Appends the hits in `text` to `out`, ordered by end offset (end-only patterns: one hit per
  // end Vectorscan reports, begin = end). Of matches of one pattern that
  // overlap, one hit spanning them all is kept. At most
  // `max_hits` are appended (the rest dropped; returns false then). Never throws; text may be
  // any bytes (invalid UTF-8 simply does not match multi-byte patterns).
  bool Scan(std::string_view text, std::vector<PatternHit>& out,
            std::size_t max_hits = 4096) const;

  std::size_t size() const { return size_; }

 private:
  PatternSet() = default;
  std::shared_ptr<const guards::HsDatabase> database_;
  std::vector<std::unique_ptr<re2::RE2>> confirm_;
  std::vector<std::pair<std::size_t, std::size_t>> window_;  // (before, after) by pattern
  std::vector<bool> end_only_;
  std::size_t size_ = 0;
  std::uint64_t serial_ = 0;
};

}  // namespace mcpgw::guards::injection
