// `mcp-gateway pins list|diff|approve|reset [SERVER [TOOL]]`: shows and manages the tool pins the
// gateway keeps in its state store (src/pins/, docs/pinning.md).
//
//   list     every pinned, changed, new or removed definition, with its status
//   diff     what changed since approval, field by field (description as a text diff, schema
//            properties added/removed/changed); new definitions are shown whole
//   approve  makes the definitions the server listed last the approved ones (a removed tool's
//            pin is dropped); SERVER and TOOL narrow it, --instructions picks the instructions
//   reset    forgets the pins of SERVER (or of every server): the next start is a first use
// Options: --json (machine-readable output), --store PATH (default StateDir()/state.db).
//
// A running gateway re-reads the store on every review of a tool list; an approval takes effect
// there at the next review (the next list_changed of that server, or a restart). See
// docs/pinning.md.
//
// Threading: runs on the calling thread. Output goes to `out`, errors to `err`.
#pragma once

#include <iosfwd>

namespace mcpgw::app {

// `argv[0]` is "pins". Returns 0 on success, 1 on a store failure or when nothing matched
// SERVER/TOOL, 2 on a usage error.
int RunPinsCommand(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace mcpgw::app
