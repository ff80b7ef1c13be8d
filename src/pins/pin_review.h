// PinReview: compares a server's current tool list (and instructions) with its approved pins, and
// decides which tools stay hidden until the user approves them (the rug-pull defence).
//
// Rules, each pinned by a test in pin_review_test.cc:
//  - First use: a server the store has never reviewed (or that was reset) has every current
//    definition approved as "first-use" when approval is kFirstUse; with kExplicit nothing is
//    approved and every tool is new.
//  - A tool whose definition hash differs from its approved one is "changed"; a tool without an
//    approved pin is "new"; an approved tool the server no longer lists is "removed"; changed
//    instructions are "changed" with kind kInstructions.
//  - Mode kBlock hides changed and new tools (calls to them are refused with the reason) and
//    withholds changed or new instructions (clients see none until they are approved); mode
//    kWarn hides nothing. Both report every finding. Removed tools are reported, never hidden
//    (there is nothing to hide).
//  - A store failure hides every tool and withholds the instructions of the server in kBlock
//    mode (fail closed) with reason code kReasonStoreUnavailable, and nothing in kWarn mode.
//  - Every review records the list as observed, so `pins diff` / `pins approve` see what the
//    gateway saw.
//
// Threading: pure function of its arguments plus the store it is given.
#pragma once

#include <boost/json/array.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pins/pin_item.h"
#include "pins/pin_store.h"

namespace mcpgw::pins {

// Stable reason codes (logs, audit, the error a blocked call gets).
inline constexpr std::string_view kReasonToolChanged = "pins.tool_changed";
inline constexpr std::string_view kReasonToolNew = "pins.tool_new";
inline constexpr std::string_view kReasonToolRemoved = "pins.tool_removed";
inline constexpr std::string_view kReasonInstructionsChanged = "pins.instructions_changed";
inline constexpr std::string_view kReasonStoreUnavailable = "pins.store_unavailable";

enum class PinMode {
  kBlock,  // hide changed and new tools until approved (default)
  kWarn,   // only report them
};
enum class PinApproval {
  kFirstUse,  // trust on first use (default)
  kExplicit,  // nothing is trusted until `mcp-gateway pins approve`
};

struct PinPolicy {
  PinMode mode = PinMode::kBlock;
  PinApproval approval = PinApproval::kFirstUse;
};

enum class PinStatus { kPinned, kChanged, kNew, kRemoved };
const char* PinStatusName(PinStatus status);  // "pinned", "changed", "new", "removed"

// One definition's standing against its pin.
struct PinComparison {
  PinKind kind = PinKind::kTool;
  std::string name;
  PinStatus status = PinStatus::kPinned;
  std::optional<StoredPin> approved;  // absent for kNew
  std::optional<PinItem> observed;    // absent for kRemoved
};

// Compares approved pins with observed items of one server: one entry per (kind, name) in
// either, sorted by kind then name.
std::vector<PinComparison> ComparePins(const std::vector<StoredPin>& approved,
                                       const std::vector<PinItem>& observed);

// The reason code of a comparison that is not kPinned.
std::string_view ReasonCode(const PinComparison& comparison);
// A sentence for the user: what happened and the commands that show and approve it.
std::string ReasonText(std::string_view server, const PinComparison& comparison);

struct PinReviewResult {
  std::vector<PinComparison> findings;        // every comparison that is not kPinned
  std::map<std::string, std::string> hidden;  // tool name -> reason text (kBlock only)
  // Non-empty (kBlock only): the server's instructions are withheld, for this reason text.
  std::string instructions_withheld;
  bool first_use = false;                     // this review approved the list on first use
  std::string store_error;                    // non-empty when the store failed
};

// Reviews `tools` (a tools/list "tools" array, as the server sent it) and `instructions` of
// `server` against `store`. `now` is unix seconds.
PinReviewResult ReviewPins(PinStore* store, std::string_view server,
                           const boost::json::array& tools,
                           const std::optional<std::string>& instructions, const PinPolicy& policy,
                           int64_t now);

// The items ReviewPins pins for a list: one per tool object, then the instructions when present.
std::vector<PinItem> PinItemsOf(const boost::json::array& tools,
                                const std::optional<std::string>& instructions);

}  // namespace mcpgw::pins
