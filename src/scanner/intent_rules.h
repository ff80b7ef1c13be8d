// Intent rules: text rules written per attack INTENT rather than per known sentence, each in
// English and sixteen other languages (es, pt, fr, de, it, ru, zh, ja, ko, hi, tr, nl, pl, vi,
// id, and ar where noted). An intent is what the text asks the model to do:
//   - consent bypass: claim the user already approved, or tell the model not to ask;
//   - tool preference: make the model use this tool instead of, or before, any other;
//   - credential phishing: make the model ask the user for a password, code or key;
//   - concealment: keep what the model does from the user;
//   - cross-tool shadowing: change where another action's payment, message, push or record goes
//     (a condition about some action plus a fixed destination literal);
//   - exfiltration to a URL: an order to send conversation, files or secrets to an address;
//   - command hints: PowerShell/Python one-liners and installs from arbitrary URLs.
// They join the built-in table (scan_rules.h, BuiltinTextRules) and are compiled into the same
// RE2 set. Rules marked `guarded` are cancelled when a negation or a condition directly precedes
// the match ("never skip the confirmation", "only after the user has already approved").
//
// Threading: the table is immutable static data.
#pragma once

#include <span>

#include "scanner/scan_rules.h"

namespace mcpgw::scanner {

// The intent rules, in a stable order (ids unique, and distinct from the other built-in ids).
std::span<const TextRule> IntentTextRules();

}  // namespace mcpgw::scanner
