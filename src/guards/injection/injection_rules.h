// The built-in cue rules of the injection detector: the phrases, tokens and shapes it looks for,
// each with the technique it evidences, its kind (how it counts) and its weight. See
// docs/guards-injection.md for the scoring model these weights feed.
//
// Threading: immutable static tables.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::guards::injection {

// What a finding reports: one technique per detection (finding type "injection.<name>").
enum class Technique : std::uint8_t {
  kInstructionOverride,  // "ignore previous instructions", "your new task is", prompt leaking
  kRoleToken,            // <|im_start|>system, [INST], "### System:", fake tool-call JSON
  kHiddenText,           // instructions in invisible text: tag characters, zero-width, hidden
                         // HTML/CSS, HTML comments, markdown alt text
  kExfiltration,         // "send the contents of ... to URL", markdown images carrying data
  kToolCoaxing,          // "call the tool X with ...", usually with secrecy or urgency
  kEncodedPayload,       // base64 / hex / rot13 / URL-encoded instructions
  kJailbreak,            // DAN, developer mode, "no ethical guidelines"
  kSplitPayload,         // an instruction assembled across fields of one message
};
inline constexpr int kTechniqueCount = 8;
// "injection.instruction_override", "injection.role_token", ...
std::string_view TechniqueType(Technique technique);
// "instruction_override", ...: the name without the prefix.
std::string_view TechniqueName(Technique technique);
// Parses TechniqueName's output; false when unknown.
bool ParseTechnique(std::string_view name, Technique& out);

enum class CueKind : std::uint8_t {
  kPrimary,   // evidence of an attack on its own (a cluster needs at least one)
  kSupport,   // adds to a cluster's score (addressing the AI, secrecy, urgency, second person)
  kRoleLine,  // a "User:" / "Assistant:" line header: support, and counted to spot transcripts
  kMeta,      // words of a text ABOUT attacks (prompt injection, attacker, payload): counted
  kReported,  // quoting or reported speech just before a cue ("wrote:", "such as", "e.g.")
  kRot13,     // a rot13-encoded keyword: the window around it is decoded and rescanned
  kDisguise,  // a sign of text in escapes, character codes, backwards or in disguised letters:
              // its line is decoded (FindEscapedRuns) and rescanned
};

struct CueRule {
  Technique technique;
  CueKind kind;
  float weight;       // contribution in [0, 1] before context factors
  std::string regex;  // Vectorscan syntax; a plain space in the source means "1-4 spaces"
  bool caseless = true;
  // A cheaper part of the regex for the Vectorscan pass (same notation), and RE2's window
  // around its hits (pattern_set.h); empty trigger: the regex itself, window 400 bytes back.
  std::string trigger;
  std::size_t before = 400;
  std::size_t after = 0;
  // A primary cue that says "this is aimed at the model" without saying how (secrecy toward
  // the user, direct address): it scores, but names the finding only when nothing else does.
  bool generic = false;
  // The regex opens with a context anchor (a line start, a sentence end, an opening quote or
  // comment mark) that is not part of the cue: the cue begins after it, so quoting is judged on
  // the words themselves.
  bool anchored = false;
  // The cue can be a transcript's speaker label ("Bot: ...", "アシスタント：..."): when it names
  // its addressee before a colon and the text holds another speaker line or the same label
  // again, it counts x0.3.
  bool speaker_prone = false;
};

// The rules, in a stable order (a rule's index is its Vectorscan id).
const std::vector<CueRule>& BuiltinCueRules();

}  // namespace mcpgw::guards::injection
