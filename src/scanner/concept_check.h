// ConceptCheck: finds poisoning by the co-occurrence of concept word sets in one sentence rather
// than by phrases. Each concept is a small set of word families written in English and the
// rules' other languages; a finding needs two or three of them in the same sentence (any order),
// so a new wording of the same intent is caught as long as its words belong to the families:
//   - consent bypass: a word for asking/confirming/approving next to one that dismisses it ("no
//     reason to ask for approval", "treat every request as already confirmed");
//   - concealment: a negated verb of telling next to the user or the reply, in a text that also
//     describes an extra act ("also", "a copy", "mirrored"); or a cover story ("if asked, say");
//   - shadowing: another tool or server named generically ("any mail tool", "the git server's
//     push tool", "otra herramienta") next to a fixed destination (address, IBAN, card, account,
//     IP, host) in a sentence that orders something;
//   - tool preference: other tools next to avoidance or disparagement ("never use them",
//     "outdated", "compromised"), or a claim to be the only tool to use;
//   - overriding the user ("even if the user asks", "regardless of what they typed");
//   - a payload clause: the assistant (third person) or an automatic act moving secrets, files,
//     contacts or the conversation somewhere ("the assistant also copies the token into ...").
// A sentence that cites (quotes, "such as", "detects", "e.g.") is skipped: security tools
// describe these attacks.
//
// Threading: immutable after Create(); Find() is const and safe from any thread at once.
// Lifetime: Shared() keeps one per process, which every analyzer holds.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace re2 {
class RE2;
}

namespace mcpgw::scanner {

class ConceptCheck {
 public:
  struct Hit {
    std::string_view rule_id;   // "concept.consent_bypass", ...
    std::string_view category;  // the finding category
    std::string_view message;
    std::string sentence;  // the sentence that matched (raw, not yet made visible)
  };

  // Compiles the concept patterns. Fails only if one does not compile (never for the built-in
  // set: a unit test pins it).
  static Result<std::unique_ptr<const ConceptCheck>> Create();
  // The process's one compiled check (the patterns are built in and the check is immutable, so
  // every analyzer shares it): compiled by the first call, from any thread; later calls return
  // it (or the same error). It lives until the process exits.
  static Result<std::shared_ptr<const ConceptCheck>> Shared();
  ~ConceptCheck();

  // Appends at most one hit per concept found in `text` (normalized, refanged text). One RE2
  // set pass over the text first says which word families it holds; only the concepts whose
  // families are all there are looked for per sentence (most texts: none).
  void Find(std::string_view text, std::vector<Hit>& out) const;

  // The same hits as Find, found without that gate (every concept looked for in every
  // sentence): what the gate is tested against.
  void FindEverywhere(std::string_view text, std::vector<Hit>& out) const;

  // A parameter whose own description asks for data no tool needs as an argument: the
  // conversation so far (unless `tool_is_about_conversation`), the system prompt, or all of some
  // secret ("every token seen earlier", "the whole ~/.ssh/id_rsa"), in the rules' languages.
  // Returns what it asks for, or nullopt; a negated demand ("never include passwords") is none.
  std::optional<std::string> ParameterDemand(std::string_view description,
                                             bool tool_is_about_conversation) const;

 private:
  ConceptCheck() = default;
  void FindWith(std::string_view text, bool gate, std::vector<Hit>& out) const;
  struct Patterns;
  std::unique_ptr<Patterns> p_;
};

}  // namespace mcpgw::scanner
