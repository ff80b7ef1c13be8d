// ChildTransport: an UpstreamTransport over a child process's stdin/stdout (newline-delimited
// JSON-RPC, the MCP stdio transport). The child runs in its own process group and dies with the
// gateway; its stderr is drained into the gateway's log at debug level, prefixed with the server
// name. The run fails when stdout reaches EOF or the child exits; it closes once the child is
// reaped; the rest of its process group (grandchildren such as npx's node) is killed just before
// the reap (ChildProcess::AsyncWait). Send() refuses a message while more than
// `max_queued_input` bytes already wait for the child to read them (a child that stops reading
// gets errors, not an ever-growing queue). Shutdown closes stdin once the queue is written, then
// SIGTERMs the group `grace` after that EOF and SIGKILLs it `grace` later; a child that stops
// reading before its queue is written (a whole `grace` passes with no gathered write done) goes
// straight to SIGTERM.
//
// Threading and lifetime: as UpstreamTransport. Create with MakeChildTransport.
#pragma once

#include "upstream/child_process.h"
#include "upstream/upstream_transport.h"

#include <boost/asio/io_context.hpp>

#include <chrono>
#include <memory>

namespace mcpgw::upstream {

std::shared_ptr<UpstreamTransport> MakeChildTransport(boost::asio::io_context& io,
                                                      std::string server_name,
                                                      ChildProcess::Spec spec,
                                                      std::size_t max_message_size,
                                                      std::size_t max_queued_input,
                                                      std::chrono::milliseconds grace);

// "exited with status N", "was killed by signal N" or "exited (status unknown)".
std::string DescribeExit(int status);

}  // namespace mcpgw::upstream
