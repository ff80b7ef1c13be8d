// ServedHttp: runs a downstream::http::HttpServer on a thread of its own, for tests that talk to
// it over real sockets (127.0.0.1, port 0). Start() starts the server and runs its io_context on
// the new thread; Stop() (also the destructor) shuts the server down on that thread, stops the
// io_context, joins the thread, runs what the stop left ready on the caller's thread, and
// destroys the server.
//
// Threading: Start/Stop from the test's thread; everything the server does runs on the io
// thread, so a test reads server state by posting to the io_context. Lifetime: the io_context
// and whatever the server refers to (router, authenticator) must outlive Stop().
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include <cstdint>
#include <future>
#include <memory>
#include <string>
#include <thread>

#include "downstream/http/http_server.h"

namespace mcpgw::testing {

class ServedHttp {
 public:
  ServedHttp() = default;
  ServedHttp(const ServedHttp&) = delete;
  ServedHttp& operator=(const ServedHttp&) = delete;
  ~ServedHttp() { Stop(); }

  // Starts `server` (built on `io`) and runs `io` on a new thread. Returns "" on success, else
  // the start error (then nothing runs).
  std::string Start(boost::asio::io_context& io,
                    std::unique_ptr<downstream::http::HttpServer> server) {
    auto started = server->Start();
    if (!started) return started.error().message;
    io_ = &io;
    server_ = std::move(server);
    thread_ = std::thread([&io] { io.run(); });
    return {};
  }

  void Stop() {
    if (thread_.joinable()) {
      std::promise<void> done;
      boost::asio::post(*io_, [&] {
        server_->Shutdown();
        done.set_value();
      });
      done.get_future().wait();
      io_->stop();
      thread_.join();
      // Handlers the stop left queued (a connection's coroutine finishing after its last write,
      // one woken by Shutdown's cancellations) run here, while the server and the router they
      // refer to are alive; otherwise their frames would be destroyed with the io_context, after
      // both (a stateless request's session would close into a destroyed router).
      io_->restart();
      while (io_->poll() > 0) {
      }
    }
    server_.reset();
  }

  std::uint16_t port() const { return server_->port(); }
  downstream::http::HttpServer& server() { return *server_; }

 private:
  boost::asio::io_context* io_ = nullptr;
  std::unique_ptr<downstream::http::HttpServer> server_;
  std::thread thread_;
};

}  // namespace mcpgw::testing
