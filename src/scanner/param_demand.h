// ParamDemand: whether a parameter's own description asks the model to fill it with data the
// tool has no need for: the conversation or its history, earlier tools' outputs, the user's
// profile, files the model has read (kContext), or secrets (kSecret). Written per intent, in
// English and sixteen other languages; a description that says "no secrets" or "never include
// ..." demands nothing.
//
// Side-channel names (`note`, `context`, `notas`, `catatan`, ...) are the parameters poisoned
// tools use for stolen data; IsSideChannelName tells them.
//
// Threading: immutable after Create(); Check() is safe from any thread.
// Lifetime: owned by the ToolAnalyzer.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace re2 {
class RE2;
}

namespace mcpgw::scanner {

class ParamDemand {
 public:
  enum class Kind { kNone, kContext, kSecret };
  struct Match {
    Kind kind = Kind::kNone;
    std::string evidence;  // the words that name the data, as found
  };

  // Compiles the patterns; fails only if one does not compile (a unit test pins that it never
  // does).
  static Result<std::unique_ptr<const ParamDemand>> Create();
  ~ParamDemand();

  // The demand in a parameter description (normalized text). kContext wins over kSecret when
  // both are present. Any bytes; never throws.
  Match Check(std::string_view description) const;
  // Whether `text` (e.g. the tool's own description) speaks of conversations, chats, messages
  // or their history at all: then a parameter asking for them is the tool's purpose.
  bool MentionsContext(std::string_view text) const;

  // `lower_name` is a lower-case parameter name.
  static bool IsSideChannelName(std::string_view lower_name);

 private:
  ParamDemand() = default;
  std::unique_ptr<re2::RE2> context_;
  std::unique_ptr<re2::RE2> topic_;
  std::unique_ptr<re2::RE2> secret_;
  std::unique_ptr<re2::RE2> strength_;
  std::unique_ptr<re2::RE2> negated_;
};

}  // namespace mcpgw::scanner
