// CatalogGate: decides which of an upstream's tools, prompts and resources the gateway exposes
// (the "exposed catalog" of docs/architecture.md). The scanner (tool poisoning), tool pinning
// (rug pulls) and policies are gates. The router asks every gate each time it rebuilds its lists
// (an upstream became active, restarted, or sent list_changed) and exposes each upstream's
// catalog minus what any gate hid; tools/list, prompts/list, resources/list, tools/call,
// prompts/get, resources/read, run_tool, get_metadata and wrap mode all read that one exposed
// catalog, so a hidden item is hidden everywhere.
//
// Decisions from several gates combine: an item hidden by any gate is hidden (the first gate's
// reason is kept); a blocked server is blocked; replacements apply in gate order to items no
// gate hid.
//
// Threading: Review is called on the io_context thread and must not block (it runs on every
// rebuild: keep it fast, cache by content when the work is heavy). Lifetime: the router holds
// gates by shared_ptr for its own life.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "upstream/upstream.h"

namespace mcpgw::router {

struct GateDecision {
  // Non-empty: the whole server is withheld (nothing listed; calls and reads are refused with
  // this text, e.g. "blocked by the scanner: tool 'add' hides instructions (scan.hidden_tag)").
  std::string blocked_reason;
  // Upstream (original) names / URIs of withheld items, each with the text a call is refused
  // with.
  std::map<std::string, std::string> hidden_tools;
  std::map<std::string, std::string> hidden_prompts;
  std::map<std::string, std::string> hidden_resources;  // by URI
  // Tool definitions the client sees instead of the upstream's (e.g. with invisible characters
  // stripped), by upstream name. The name member is ignored (the original name is kept).
  std::map<std::string, boost::json::object> replaced_tools;
  // Instructions the client sees instead of the upstream's (wrap mode and get_metadata); unset
  // keeps them.
  std::optional<std::string> replaced_instructions;
  // Non-empty: the server's instructions are withheld (clients see none), for this reason; it
  // wins over any replacement (e.g. tool pinning: changed instructions not yet approved).
  std::string withheld_instructions;
  // Stable reason codes for audit records ("scanner.<rule>", "pins.tool_changed", ...): of the
  // block, and of each withheld item, keyed like hidden_tools / hidden_prompts /
  // hidden_resources. A call refused without one is recorded with "gateway.withheld" only.
  // Texts above are quoted to clients: gates quote upstream names with SafeName
  // (withheld_text.h); the router passes every text through SafeText.
  std::string blocked_code;
  std::map<std::string, std::string> tool_codes;
  std::map<std::string, std::string> prompt_codes;
  std::map<std::string, std::string> resource_codes;

  bool empty() const {
    return blocked_reason.empty() && hidden_tools.empty() && hidden_prompts.empty() &&
           hidden_resources.empty() && replaced_tools.empty() && !replaced_instructions &&
           withheld_instructions.empty();
  }
};

class CatalogGate {
 public:
  virtual ~CatalogGate() = default;
  // For logs: "scanner", "pins", ...
  virtual std::string_view name() const = 0;
  // Reviews `upstream`'s current catalog (upstream.catalog(); upstream.state() is kActive).
  virtual GateDecision Review(const upstream::Upstream& upstream) = 0;
};

}  // namespace mcpgw::router
