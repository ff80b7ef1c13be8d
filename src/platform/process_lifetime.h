// Platform hooks that tie process lifetimes together: children die with the gateway, and the
// gateway notices when its own parent (the MCP client) dies.
//
// Linux uses prctl(PR_SET_PDEATHSIG); macOS has no equivalent for children, so there a child
// relies on its stdin reaching EOF when the gateway dies (MCP stdio servers exit on EOF) and on
// the gateway's shutdown path killing its process group; the gateway watches its own parent with
// kqueue (EVFILT_PROC/NOTE_EXIT).
#pragma once

#include <sys/types.h>

namespace mcpgw::platform {

// Runs in a forked child before exec (async-signal-safe): makes the child receive SIGKILL when
// the gateway (`gateway_pid`) dies, and exits at once if the gateway already died.
// Returns 0, or an errno value.
int TieChildToParent(pid_t gateway_pid);

// Arranges for the gateway to receive SIGTERM when its own parent process dies, so that the
// normal shutdown path runs. Best effort; returns 0 or an errno value.
int WatchOwnParent();

}  // namespace mcpgw::platform
