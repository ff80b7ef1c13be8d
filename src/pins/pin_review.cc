#include "pins/pin_review.h"
#include "router/withheld_text.h"

#include <algorithm>
#include <tuple>

namespace mcpgw::pins {
namespace {

std::string Short(std::string_view hash) { return std::string(hash.substr(0, 12)); }

}  // namespace

const char* PinStatusName(PinStatus status) {
  switch (status) {
    case PinStatus::kPinned:
      return "pinned";
    case PinStatus::kChanged:
      return "changed";
    case PinStatus::kNew:
      return "new";
    case PinStatus::kRemoved:
      return "removed";
  }
  return "pinned";
}

std::vector<PinItem> PinItemsOf(const boost::json::array& tools,
                                const std::optional<std::string>& instructions) {
  std::vector<PinItem> items;
  items.reserve(tools.size() + 1);
  for (const boost::json::value& tool : tools) {
    if (tool.is_object()) items.push_back(ToolPin(tool.get_object()));
  }
  if (instructions) items.push_back(InstructionsPin(*instructions));
  return items;
}

std::vector<PinComparison> ComparePins(const std::vector<StoredPin>& approved,
                                       const std::vector<PinItem>& observed) {
  using Key = std::tuple<int, std::string>;
  std::map<Key, PinComparison> by_key;
  for (const StoredPin& pin : approved) {
    PinComparison& c = by_key[{static_cast<int>(pin.item.kind), pin.item.name}];
    c.kind = pin.item.kind;
    c.name = pin.item.name;
    c.approved = pin;
    c.status = PinStatus::kRemoved;
  }
  for (const PinItem& item : observed) {
    PinComparison& c = by_key[{static_cast<int>(item.kind), item.name}];
    c.kind = item.kind;
    c.name = item.name;
    c.observed = item;
    if (!c.approved) {
      c.status = PinStatus::kNew;
    } else {
      c.status = c.approved->item.hash == item.hash ? PinStatus::kPinned : PinStatus::kChanged;
    }
  }
  std::vector<PinComparison> out;
  out.reserve(by_key.size());
  for (auto& [key, comparison] : by_key) out.push_back(std::move(comparison));
  return out;
}

std::string_view ReasonCode(const PinComparison& c) {
  if (c.kind == PinKind::kInstructions) return kReasonInstructionsChanged;
  switch (c.status) {
    case PinStatus::kChanged:
      return kReasonToolChanged;
    case PinStatus::kNew:
      return kReasonToolNew;
    case PinStatus::kRemoved:
      return kReasonToolRemoved;
    case PinStatus::kPinned:
      break;
  }
  return {};
}

std::string ReasonText(std::string_view server, const PinComparison& c) {
  const std::string s(server);
  const std::string what = c.kind == PinKind::kInstructions
                               ? "the instructions of server '" + s + "'"
                               : "tool '" + router::SafeName(c.name) + "' of server '" + s + "'";
  const std::string target =
      c.kind == PinKind::kInstructions ? s : s + " " + router::SafeName(c.name);
  std::string text;
  switch (c.status) {
    case PinStatus::kChanged:
      text = what + " changed since it was approved (sha256 " + Short(c.approved->item.hash) +
             " -> " + Short(c.observed->hash) + ")";
      break;
    case PinStatus::kNew:
      text = what + " is new and not yet approved";
      break;
    case PinStatus::kRemoved:
      text = what + " was removed by the server";
      break;
    case PinStatus::kPinned:
      return what + " matches its pin";
  }
  return text + "; review with `mcp-gateway pins diff " + target +
         "` and approve with `mcp-gateway pins approve " + target + "`";
}

PinReviewResult ReviewPins(PinStore* store, std::string_view server,
                           const boost::json::array& tools,
                           const std::optional<std::string>& instructions, const PinPolicy& policy,
                           int64_t now) {
  PinReviewResult result;
  const std::vector<PinItem> items = PinItemsOf(tools, instructions);
  auto fail = [&](const Error& error) {
    result.store_error = error.message;
    if (policy.mode == PinMode::kBlock) {
      for (const PinItem& item : items) {
        if (item.kind == PinKind::kTool)
          result.hidden[item.name] = "tool pins cannot be checked (" + error.message +
                                     "); the tool stays hidden until the pin store works";
        if (item.kind == PinKind::kInstructions)
          result.instructions_withheld = "instruction pins cannot be checked (" + error.message +
                                         "); they stay withheld until the pin store works";
      }
    }
    return result;
  };
  if (store == nullptr) return fail(MakeError("no pin store"));
  auto known = store->Known(server);
  if (!known) return fail(known.error());
  if (!*known && policy.approval == PinApproval::kFirstUse) {
    if (auto r = store->ApproveAll(server, items, now, kApprovedFirstUse); !r)
      return fail(r.error());
    result.first_use = true;
  }
  if (auto r = store->RecordObserved(server, items, now); !r) return fail(r.error());
  auto approved = store->Approved(server);
  if (!approved) return fail(approved.error());
  for (PinComparison& c : ComparePins(*approved, items)) {
    if (c.status == PinStatus::kPinned) continue;
    if (policy.mode == PinMode::kBlock && c.kind == PinKind::kTool &&
        (c.status == PinStatus::kChanged || c.status == PinStatus::kNew)) {
      result.hidden[c.name] = ReasonText(server, c);
    }
    if (policy.mode == PinMode::kBlock && c.kind == PinKind::kInstructions &&
        (c.status == PinStatus::kChanged || c.status == PinStatus::kNew)) {
      result.instructions_withheld = ReasonText(server, c);
    }
    result.findings.push_back(std::move(c));
  }
  return result;
}

}  // namespace mcpgw::pins
