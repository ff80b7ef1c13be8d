// Every Vectorscan database the built-in detectors build, described exactly as they build it
// (each detector exposes its built-in compile inputs; nothing here lists a rule). The build-time
// generator (tools/hsdb/) embeds one database per entry; a test checks each entry is found
// embedded in the test binary, so a detector whose inputs drift from what was embedded fails it.
//
// Threading: pure function; rebuilds the specs on each call (tens of milliseconds).
#pragma once

#include <vector>

#include "guards/hs_database.h"

namespace mcpgw::guards {

// Named "injection.primary", "injection.context", "harmful.harm",
// "harmful.context", "secrets.builtin", "scanner.atoms".
std::vector<HsDatabaseSpec> BuiltinHsDatabaseSpecs();

}  // namespace mcpgw::guards
