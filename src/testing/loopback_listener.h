// Test servers' listening socket: binds an acceptor to 127.0.0.1 on an ephemeral port (port 0,
// so parallel tests never collide) and accepts until the acceptor is closed, handing each
// accepted socket to a callback (the server's own per-connection coroutine).
//
// Threading: the accept loop runs on `io`; the callback is called there. Lifetime: the caller
// keeps `acceptor` alive until the loop has ended (close it, then let `io` run or stop).
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <functional>
#include <memory>

namespace mcpgw::testing {

using AcceptedSocket = std::shared_ptr<boost::asio::ip::tcp::socket>;

// Opens, binds and listens; starts the accept loop on the acceptor's executor. Returns the port.
// Throws boost::system::system_error when the socket cannot be bound (a test setup failure).
unsigned short ListenOnLoopback(boost::asio::ip::tcp::acceptor& acceptor,
                                std::function<void(AcceptedSocket)> on_accept);

}  // namespace mcpgw::testing
