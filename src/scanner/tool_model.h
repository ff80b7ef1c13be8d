// ToolModel: the scanner's learned check. A logistic regression over the hashed features of an
// item's prose (the injection model's features, guards/injection/segment_features.h, read over
// the whole item instead of one segment) answers "does this definition read like the poisoned
// ones?" with a probability. It was trained on every labelled scanner corpus round but the
// newest held-out one, plus the official servers' real tools as negatives
// (test/scan-eval/model/train_tool_model.cc; weights committed as tool_model_weights.cc, ctest
// `scan_model_reproducible` re-trains and compares byte for byte). The threshold is chosen by
// the trainer from out-of-fold scores (each corpus round and each official server left out in
// turn) so that at most 2% of the held-out legitimate definitions score above it.
//
// What it is for: the rules (tool_analyzer.h) miss attacks written in words they do not know;
// the model generalizes across the ten authors of the corpus (docs/scanner.md, "The learned
// check", for its measured effect on a round none of it saw).
//
// Threading: pure functions over immutable static weights.
#pragma once

#include <string>
#include <string_view>

#include <boost/json/fwd.hpp>

#include "guards/injection/injection_model.h"

namespace mcpgw::scanner {

// The committed model and its threshold (tool_model_weights.cc, generated).
extern const guards::injection::ModelWeights kBuiltinToolModel;
extern const float kToolModelThreshold;

// The prose of a tool, prompt or resource as the model reads it: every string value (the name
// included) except members that hold schema vocabulary or addresses (type, format, pattern,
// uri, uriTemplate, mimeType, $ref, $schema, $id, required), and every object key longer than
// 15 bytes (a sentence used as a property name), joined by newlines in document order.
// Nesting beyond 64 levels is not read.
std::string ItemProse(const boost::json::object& item);

// The minimum word tokens of a sentence the model also reads on its own (ScoreProse).
inline constexpr std::size_t kToolModelSentenceTokens = 18;

// The probability that `prose` (ItemProse, or server instructions) is a poisoned definition by
// `model`: the higher of the whole prose's score and that of each of its sentences of at least
// kToolModelSentenceTokens tokens (scanner/sentences.h). Read whole, one poisoned sentence in a
// long honest text is diluted by it; read alone, it is not. (Shorter sentences alone score
// worse: short honest sentences with strong words score high.) The trainer chooses the
// threshold on these same scores.
float ScoreProse(const guards::injection::InjectionModel& model, std::string_view prose);

// ScoreProse by the committed model.
float ToolModelScore(std::string_view prose);

}  // namespace mcpgw::scanner
