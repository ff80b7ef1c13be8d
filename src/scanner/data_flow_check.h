// DataFlowCheck: finds text that moves the user's private data somewhere the tool has no reason
// to send it, by the evidence a reviewer uses rather than by phrases. Added after blind round 9
// (whose misses were read: most poisoned texts there name no secret file, use no concealment
// word and no known phrase, but all of them move *what* (a password, a card number, a phone
// number, the contact list, the conversation) to *where* (an outside address, another tool, an
// unrelated parameter of this tool, the reply)). Three pieces of evidence, each written as word
// families in English and the rules' other languages (es, pt, fr, de, it, ru/uk, zh, ja, ko, vi,
// id, nl, pl, sv, cs, tr):
//   - private data: credentials (passwords, one-time and SMS codes, recovery phrases, API keys,
//     tokens, `*_TOKEN` variables), payment data (card numbers, security codes, bank accounts),
//     identity data (national ids, birth dates, phone numbers, home addresses, salaries,
//     diagnoses), the contact list, the conversation, and files that hold secrets;
//   - a verb that moves it (send, post, upload, forward, copy, put, fill, append, include ...);
//   - a sink: a fixed address (URL, e-mail, IP) or another tool, when the sentence adds the act
//     to the tool's job (also, every, each, after, a copy, complete, all ...) or hides it; a
//     parameter of this tool whose name does not denote that data (a card number into `memo`,
//     a token into `cursor`); the reply, for secrets.
// Look-alikes it leaves alone: a negated move ("tokens are never sent"), a destination the user
// chooses ("the webhook you configure"), an opt-in ("if the user opts in"), a sentence that
// cites wording in quotes ("flags phrases such as ..."), a parameter named for the data
// (`api_key` for an API key), a key sent to its own service with no added step.
//
// Threading: immutable after Create(); every method is const and safe from any thread.
// Lifetime: owned by the ToolAnalyzer.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace mcpgw::scanner {

class DataFlowCheck {
 public:
  struct Hit {
    std::string_view rule_id;  // "exfiltration.private_data_flow", ...
    std::string_view message;
    std::string evidence;  // the sentence (raw, not yet made visible)
  };

  // Compiles the families. Fails only if one does not compile (never for the built-in set: a
  // unit test pins it).
  static Result<std::unique_ptr<const DataFlowCheck>> Create();
  ~DataFlowCheck();

  // The first sentence of `text` (normalized) that moves private data to a sink:
  // "exfiltration.private_data_flow". `params` are the tool's parameter names, lower-case
  // (empty for texts outside a tool's description: then only addresses, other tools and the
  // reply are sinks).
  std::optional<Hit> FindFlow(std::string_view text, const std::vector<std::string>& params) const;

  // The first sentence that asks the user for a credential no tool should collect through the
  // model (a one-time or SMS code, a recovery phrase, backup codes, a bank or e-mail password, a
  // card number or its security code): "credential.solicitation".
  std::optional<Hit> FindSolicitation(std::string_view text) const;

  // A parameter's own description asking for private data (or the contents of a secret file)
  // that its name does not denote: "param_fill.unrelated_private". `lower_name` is the
  // parameter's name, lower-case. Returns the words that name the data.
  std::optional<std::string> ParameterAsks(std::string_view lower_name,
                                           std::string_view description) const;

 private:
  DataFlowCheck() = default;
  bool NameDenotesData(std::string_view lower_name) const;
  struct Patterns;
  std::unique_ptr<Patterns> p_;
};

}  // namespace mcpgw::scanner
