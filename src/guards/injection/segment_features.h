// Segment features of the injection model (injection_model.h): how one segment of text (a line,
// or a sentence-bounded piece of a long line) becomes a set of hashed feature indices, and how a
// text is cut into those segments. The trainer (test/eval/injection/model/train_model.cc) and the
// runtime read text through these same two functions, so a model's weights mean the same thing
// in both.
//
// Features (after Unicode-aware normalization: lowercase for Latin, Greek and Cyrillic, accents
// folded for Latin-1 and Latin Extended-A, fullwidth ASCII folded, digits mapped to '0',
// zero-width characters and combining marks dropped):
//  - for words of spaced scripts (Latin, Cyrillic, Greek, Hangul, Arabic, Devanagari, ...): the
//    word, its first 4 and first 6 code points (cheap stems that carry across inflections and
//    related languages: "ignor" covers ignore / ignora / ignorez / ignoriere), and the pair of
//    consecutive words;
//  - for runs of Han, kana and Hangul syllables: code-point unigrams, bigrams and trigrams (a
//    Korean stem keeps its bigram across particles);
//  - structure marks (quotation marks of any script, and : < > | [ ] # { } `) as tokens of their
//    own, with their pair to the word before: a quoted attack, a chat-template token and plain
//    prose differ by them.
// Each feature is a 32-bit hash; its low kModelBits bits pick a weight and its top bit a sign.
//
// Threading: pure functions, safe from any thread. No allocation beyond `out`'s growth.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace mcpgw::guards::injection {

inline constexpr int kModelBits = 18;
inline constexpr std::uint32_t kModelBuckets = 1u << kModelBits;
inline constexpr std::size_t kMaxSegmentBytes = 360;  // a longer line is cut at sentence ends

// Clears `out` and appends the hashed features of `segment` (at most one per code point times
// four). Invalid UTF-8 bytes act as separators. Returns the number of word/char tokens seen.
std::size_t ExtractFeatures(std::string_view segment, std::vector<std::uint32_t>& out);

// The same features' weights summed as they are found, without storing them: sum of
// sign(f) * weights[FeatureBucket(f)] (weights: kModelBuckets entries) into `sum`, their number
// into `count`. Returns the number of word/char tokens, as ExtractFeatures does.
std::size_t SumFeatureWeights(std::string_view segment, const std::int16_t* weights,
                              std::int32_t& sum, std::size_t& count);

// The bucket and the sign (+1 / -1) of a feature hash.
inline std::uint32_t FeatureBucket(std::uint32_t h) { return h & (kModelBuckets - 1); }
inline float FeatureSign(std::uint32_t h) { return (h >> 31) != 0 ? -1.0f : 1.0f; }

// Cuts `text` into segments: at line breaks (also the two-character "\n" of JSON-escaped text),
// into the string values of a JSON record (a tool's result, a JSONL line: its keys are not
// prose, and each value is read apart, a JSON text inside a value one level down), around HTML
// tags (a tag `<x ...>`, `</x>` or `<!...>` is not prose: the text on each side of it
// is a segment of its own, so the model reads a cookie banner's button apart from its paragraph;
// an attribute value in double quotes, e.g. alt or title text, is a segment too, and so is the
// content of an HTML comment), and, for pieces longer than kMaxSegmentBytes, at the last
// sentence end (". ", "! ", "? ", "。", "！", "？", "।") or else space before the limit. Calls
// fn(begin, end) for every non-empty segment, in order; begin/end are byte offsets in `text`.
template <typename Fn>
void ForEachSegment(std::string_view text, Fn&& fn);

// True when a segment is worth scoring: enough letters and word-like tokens (not a base64 run,
// a hash, a number table or a line of punctuation). Cheap: one pass over the bytes.
bool WorthScoring(std::string_view segment);

// ---- implementation of the template ----
namespace segment_internal {
// The end of the line starting at `begin` (a line break, a JSON-escaped "\n", or the text's end)
// and the length of its break (0, 1 or 2).
std::size_t LineEnd(std::string_view text, std::size_t begin, std::size_t& break_length);
// Where to cut the piece [begin, line_end) that is longer than kMaxSegmentBytes.
std::size_t Cut(std::string_view text, std::size_t begin);
// The first HTML tag in [from, end): returns its '<' (or `end` when there is none) and sets
// tag_end just past its '>'. A comment opener "<!--" is a tag of its own four bytes, so the
// comment's text stays prose.
std::size_t NextTag(std::string_view text, std::size_t from, std::size_t end, std::size_t& tag_end);

// Calls fn on [begin, end), cut at sentence ends when longer than kMaxSegmentBytes.
template <typename Fn>
void EmitPiece(std::string_view text, std::size_t begin, std::size_t end, Fn& fn) {
  while (end - begin > kMaxSegmentBytes) {
    const std::size_t cut = Cut(text, begin);
    fn(begin, cut);
    begin = cut;
  }
  if (end > begin) fn(begin, end);
}

// Whether [begin, end) is a JSON record: it opens with '{' or '[', or holds two or more
// `":` (`\":` when `escaped`: a JSON text inside a JSON string).
bool JsonPiece(std::string_view text, std::size_t begin, std::size_t end, bool escaped);

// Calls fn on each string value of the JSON record [begin, end) (keys and the punctuation
// between are no prose), a value that is itself a JSON text read the same way one level down
// (its quotes escaped: a tool's result inside a JSON-RPC message).
template <typename Fn>
void EmitJsonValues(std::string_view text, std::size_t begin, std::size_t end, bool escaped,
                    Fn& fn) {
  const std::size_t q = escaped ? 2 : 1;  // the length of a quote: `"` or `\"`
  auto quote_at = [&](std::size_t i) {
    if (escaped) return i + 1 < end && text[i] == '\\' && text[i + 1] == '"';
    return text[i] == '"' && (i == begin || text[i - 1] != '\\');
  };
  std::size_t i = begin;
  while (i < end) {
    if (!quote_at(i)) {
      ++i;
      continue;
    }
    const std::size_t start = i + q;
    std::size_t j = start;
    while (j < end && !quote_at(j)) ++j;
    if (j >= end) {  // an unclosed string: the rest as it is
      EmitPiece(text, start, end, fn);
      return;
    }
    std::size_t k = j + q;
    while (k < end && (text[k] == ' ' || text[k] == '\t')) ++k;
    const bool key = k < end && text[k] == ':';
    if (!key && j > start) {
      if (!escaped && JsonPiece(text, start, j, true)) {
        EmitJsonValues(text, start, j, true, fn);
      } else {
        EmitPiece(text, start, j, fn);
      }
    }
    i = j + q;
  }
}
}  // namespace segment_internal

template <typename Fn>
void ForEachSegment(std::string_view text, Fn&& fn) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t break_length = 0;
    const std::size_t line_end = segment_internal::LineEnd(text, pos, break_length);
    while (pos < line_end) {  // the pieces between tags, and the quoted values inside them
      std::size_t tag_end = line_end;
      const std::size_t tag = segment_internal::NextTag(text, pos, line_end, tag_end);
      if (segment_internal::JsonPiece(text, pos, tag, false)) {
        segment_internal::EmitJsonValues(text, pos, tag, false, fn);
      } else {
        segment_internal::EmitPiece(text, pos, tag, fn);
      }
      for (std::size_t q = tag; q < tag_end;) {  // attribute values: alt="...", title="..."
        const std::size_t open = text.find('"', q);
        if (open == std::string_view::npos || open >= tag_end) break;
        const std::size_t close = text.find('"', open + 1);
        if (close == std::string_view::npos || close >= tag_end) break;
        segment_internal::EmitPiece(text, open + 1, close, fn);
        q = close + 1;
      }
      pos = tag_end;
    }
    pos = line_end + break_length;
    if (break_length == 0 && pos < text.size()) ++pos;  // not reached: LineEnd stops at a break
  }
}

}  // namespace mcpgw::guards::injection
