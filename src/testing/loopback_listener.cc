#include "testing/loopback_listener.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace mcpgw::testing {
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

asio::awaitable<void> AcceptLoop(tcp::acceptor& acceptor,
                                 std::function<void(AcceptedSocket)> on_accept) {
  for (;;) {
    auto socket = std::make_shared<tcp::socket>(acceptor.get_executor());
    auto [ec] = co_await acceptor.async_accept(*socket, asio::as_tuple(asio::use_awaitable));
    if (ec) co_return;  // closed (the server stopped) or failing: stop accepting
    on_accept(std::move(socket));
  }
}

}  // namespace

unsigned short ListenOnLoopback(tcp::acceptor& acceptor,
                                std::function<void(AcceptedSocket)> on_accept) {
  acceptor.open(tcp::v4());
  acceptor.set_option(tcp::acceptor::reuse_address(true));
  acceptor.bind(tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  acceptor.listen();
  asio::co_spawn(acceptor.get_executor(), AcceptLoop(acceptor, std::move(on_accept)),
                 asio::detached);
  return acceptor.local_endpoint().port();
}

}  // namespace mcpgw::testing
