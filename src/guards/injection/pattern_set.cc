#include "guards/injection/pattern_set.h"

#include <hs/hs.h>
#include <re2/re2.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <unordered_map>

namespace mcpgw::guards::injection {
namespace {

std::atomic<std::uint64_t> next_serial{1};

// One scratch per PatternSet this thread scanned with (keyed by serial, never reused).
struct ThreadScratch {
  std::unordered_map<std::uint64_t, hs_scratch_t*> by_serial;
  ~ThreadScratch() {
    for (auto& [serial, scratch] : by_serial) hs_free_scratch(scratch);
  }
};

struct EndHit {
  std::uint32_t pattern;
  std::size_t end;
};

// A range of the text known to hold no match of a pattern, and the last end of the run of
// close ends searched as one (PatternSet::Scan).
struct Clear {
  std::size_t from = 1, to = 0;  // empty
  std::size_t run_end = 0;
};

// Ends of one pattern this close are searched together first.
constexpr std::size_t kCloseEnds = 64;

struct Sink {
  std::vector<EndHit>* ends;
  std::size_t max_hits;
  bool overflow = false;
};

int OnMatch(unsigned id, unsigned long long /*from*/, unsigned long long to, unsigned /*flags*/,
            void* context) {
  auto* sink = static_cast<Sink*>(context);
  if (sink->ends->size() >= sink->max_hits * 8) {
    sink->overflow = true;
    return 1;
  }
  sink->ends->push_back({id, static_cast<std::size_t>(to)});
  return 0;
}

// The expression Vectorscan compiles: the regex with every bounded repeat whose upper bound is
// over 8 made unbounded ("{0,80}" -> "{0,}"). Large bounded repeats make Vectorscan's compile
// slow (seconds each) and its automata large; the unbounded form matches a superset, and RE2
// confirms every hit with the exact regex within the pattern's max_length.
std::string Loosen(const std::string& regex) {
  std::string out;
  out.reserve(regex.size());
  int cls = 0;
  for (std::size_t i = 0; i < regex.size(); ++i) {
    const char c = regex[i];
    if (c == '\\' && i + 1 < regex.size()) {
      out += c;
      out += regex[++i];
      continue;
    }
    if (c == '[') cls = 1;
    else if (c == ']') cls = 0;
    if (c == '{' && cls == 0) {
      const std::size_t close = regex.find('}', i);
      const std::size_t comma = regex.find(',', i);
      if (close != std::string::npos && comma != std::string::npos && comma < close) {
        const std::string lo = regex.substr(i + 1, comma - i - 1);
        const std::string hi = regex.substr(comma + 1, close - comma - 1);
        const bool digits = !lo.empty() && !hi.empty() &&
                            lo.find_first_not_of("0123456789") == std::string::npos &&
                            hi.find_first_not_of("0123456789") == std::string::npos;
        if (digits && std::stoul(hi) > 8) {
          out += "{" + lo + ",}";
          i = close;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

}  // namespace

Result<std::shared_ptr<const PatternSet>> PatternSet::Compile(
    const std::vector<PatternSpec>& specs) {
  if (specs.empty()) return MakeError("no patterns");
  std::shared_ptr<PatternSet> set(new PatternSet());
  re2::RE2::Options re2_options;
  re2_options.set_log_errors(false);
  re2_options.set_max_mem(64 << 20);
  for (std::size_t i = 0; i < specs.size(); ++i) {
    re2_options.set_case_sensitive(!specs[i].caseless);
    auto re = std::make_unique<re2::RE2>(specs[i].regex, re2_options);
    if (!re->ok())
      return MakeError("pattern " + std::to_string(i) + " (" + specs[i].regex + "): " + re->error());
    set->confirm_.push_back(std::move(re));
    set->window_.push_back({specs[i].before, specs[i].after});
    set->end_only_.push_back(specs[i].end_only && specs[i].trigger.empty() &&
                             Loosen(specs[i].regex) == specs[i].regex);
  }
  // A pattern Vectorscan cannot compile exactly ("Pattern is too large") is compiled as a
  // prefilter (a superset it can match); RE2 confirms every hit anyway. The database is embedded
  // at build time when these are built-in rules (guards/hs_database.h).
  guards::HsBuild database = guards::BuildHsDatabase(DatabaseSpec(specs));
  if (!database) {
    const int at = database.error().expression;
    if (at >= 0 && static_cast<std::size_t>(at) < specs.size())
      return MakeError("pattern " + std::to_string(at) + " (" + specs[at].regex + "): " +
                       database.error().message);
    return MakeError("pattern set: " + database.error().message);
  }
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if ((*database)->outcomes()[i].flags & HS_FLAG_PREFILTER) set->end_only_[i] = false;
  }
  set->database_ = std::move(*database);
  set->size_ = specs.size();
  set->serial_ = next_serial.fetch_add(1);
  // Fail at start, not per scan, if no scratch can be made.
  hs_scratch_t* probe = nullptr;
  if (hs_alloc_scratch(set->database_->get(), &probe) != HS_SUCCESS) return MakeError("pattern set: no scratch");
  hs_free_scratch(probe);
  return std::shared_ptr<const PatternSet>(std::move(set));
}

PatternSet::~PatternSet() = default;

guards::HsDatabaseSpec PatternSet::DatabaseSpec(const std::vector<PatternSpec>& specs) {
  guards::HsDatabaseSpec out;
  out.name = "pattern_set";
  out.mode = HS_MODE_BLOCK;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    unsigned flags = HS_FLAG_UTF8;
    if (specs[i].caseless) flags |= HS_FLAG_CASELESS;
    out.expressions.push_back({Loosen(specs[i].trigger.empty() ? specs[i].regex : specs[i].trigger),
                               flags, static_cast<unsigned>(i), guards::HsOnReject::kPrefilter});
  }
  return out;
}

bool PatternSet::Scan(std::string_view text, std::vector<PatternHit>& out,
                      std::size_t max_hits) const {
  thread_local ThreadScratch scratches;
  thread_local std::vector<EndHit> ends_tls;
  thread_local std::vector<std::size_t> confirmed_end;  // by pattern: end of its last hit + 1
  thread_local std::vector<Clear> clear_tls;
  hs_scratch_t*& scratch = scratches.by_serial[serial_];
  if (scratch == nullptr && hs_alloc_scratch(database_->get(), &scratch) != HS_SUCCESS) return false;
  // Scan may be re-entered (a detector rescans decoded text between its own hits): work on a
  // local copy of the end list when the thread's one is busy.
  thread_local int depth = 0;
  std::vector<EndHit> ends_local;
  std::vector<EndHit>& ends = depth == 0 ? ends_tls : ends_local;
  ++depth;
  struct Leave {
    int& d;
    ~Leave() { --d; }
  } leave{depth};
  ends.clear();
  Sink sink{&ends, max_hits};
  const std::size_t limit = std::numeric_limits<unsigned>::max();
  const unsigned length = static_cast<unsigned>(std::min(text.size(), limit));
  const char* data = text.empty() ? "" : text.data();
  const int rc = guards::HsScan(database_->get(), data, length, scratch, OnMatch, &sink);
  if (ends.empty()) return rc == HS_SUCCESS && length == text.size();

  std::vector<std::size_t> confirmed_local;
  std::vector<std::size_t>& confirmed = depth == 1 ? confirmed_end : confirmed_local;
  confirmed.assign(size_, 0);
  // By pattern: a range known to hold no match of it (a window inside it needs no search), and
  // the last end of the run of close ends already searched as one.
  std::vector<Clear> clear_local;
  std::vector<Clear>& clear = depth == 1 ? clear_tls : clear_local;
  clear.assign(size_, Clear{});
  const std::size_t first = out.size();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  for (std::size_t index = 0; index < ends.size(); ++index) {
    const EndHit& hit = ends[index];
    if (end_only_[hit.pattern]) {
      if (out.size() - first >= max_hits) return false;
      out.push_back({hit.pattern, hit.end, hit.end});
      continue;
    }
    const std::size_t done = confirmed[hit.pattern];
    if (done > 0 && hit.end + window_[hit.pattern].second < done) continue;  // already confirmed
    const auto [before, after] = window_[hit.pattern];
    std::size_t from = hit.end > before ? hit.end - before : 0;
    if (done > 0) from = std::max(from, done - 1);
    const std::size_t to = std::min(text.size(), hit.end + after);
    if (from >= to) continue;
    // A trigger ending in a repeat reports every byte of a long word (a base64 blob): when the
    // pattern's next ends follow within kCloseEnds bytes of one another, one search over the
    // union of their windows that finds nothing answers them all (each window lies inside it,
    // and each later window starts no earlier). When it finds something, each is searched alone.
    Clear& known = clear[hit.pattern];
    if (from >= known.from && to <= known.to) continue;  // no match in there
    if (hit.end > known.run_end) {
      std::size_t last = hit.end;
      for (std::size_t k = index + 1; k < ends.size() && ends[k].end <= last + kCloseEnds; ++k)
        if (ends[k].pattern == hit.pattern) last = ends[k].end;
      known.run_end = last;
      if (last > hit.end) {
        const std::size_t run_to = std::min(text.size(), last + after);
        if (!confirm_[hit.pattern]->Match(input, from, run_to, re2::RE2::UNANCHORED, nullptr, 0)) {
          known.from = from;
          known.to = run_to;
          continue;
        }
      }
    }
    if (!confirm_[hit.pattern]->Match(input, from, to, re2::RE2::UNANCHORED, &match, 1)) continue;
    const std::size_t b = static_cast<std::size_t>(match.data() - text.data());
    const std::size_t e = b + match.size();
    if (e <= b) continue;
    // Merge with the pattern's previous hit when they touch.
    bool merged = false;
    for (std::size_t i = out.size(); i > first; --i) {
      PatternHit& prior = out[i - 1];
      if (prior.pattern != hit.pattern) continue;
      if (b <= prior.end) {
        prior.begin = std::min(prior.begin, b);
        prior.end = std::max(prior.end, e);
        merged = true;
      }
      break;
    }
    if (!merged) {
      if (out.size() - first >= max_hits) return false;
      out.push_back({hit.pattern, b, e});
    }
    confirmed[hit.pattern] = std::max(confirmed[hit.pattern], e + 1);
  }
  return rc == HS_SUCCESS && !sink.overflow && length == text.size();
}

}  // namespace mcpgw::guards::injection
