// The gateway application: turns parsed options into a running gateway (config, upstreams,
// router, stdio transport, signals) and runs it until the client leaves or a signal arrives.
//
// Shutdown (SIGINT, SIGTERM, stdin EOF): stop reading, cancel in-flight requests upstream,
// flush output, then stop every upstream (close its stdin, wait, SIGTERM, SIGKILL) and reap it.
//
// Threading: runs the io_context on the calling thread; returns when everything has stopped.
#pragma once

#include "cli/options.h"

namespace mcpgw::app {

// Runs the gateway. Returns the process exit code (cli::kExit*). Errors are printed to stderr.
int RunGateway(const cli::Options& options);

}  // namespace mcpgw::app
