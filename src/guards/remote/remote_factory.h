// Builds the network guards (llm_judge, lasso, webhook) for the plugin catalog: each one a
// waiting guard in a late chain entry, configured from the config file's `guards.<name>` section.
//
// Threading: pure function (at start).
#pragma once

#include <string_view>

#include "core/status.h"
#include "guards/guard_chain.h"
#include "guards/guards_config.h"

namespace boost::asio {
class io_context;
}

namespace mcpgw::guards::remote {

// True for "llm_judge", "lasso" and "webhook".
bool IsRemoteGuard(std::string_view name);

// Sets `chain_entry.guard` (and `late`; llm_judge's "directions" narrows its scope). The entry's
// common keys (scope, budget, fail_open) are applied by the caller before. Errors name the key;
// `io` null is an error (the guards wait on the network).
Result<void> BuildRemoteGuard(std::string_view name, const GuardEntryConfig& entry,
                              boost::asio::io_context* io, ChainEntry& chain_entry);

}  // namespace mcpgw::guards::remote
