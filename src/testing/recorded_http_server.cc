#include "testing/recorded_http_server.h"

#include "testing/loopback_listener.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <deque>
#include <set>

namespace mcpgw::testing {

namespace asio = boost::asio;
namespace bhttp = boost::beast::http;
using asio::ip::tcp;
constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);

struct RecordedHttpServer::Impl : std::enable_shared_from_this<Impl> {
  explicit Impl(asio::io_context& io) : io(io), acceptor(io) {}
  asio::io_context& io;
  tcp::acceptor acceptor;
  std::map<std::string, Reply> replies;
  std::map<std::string, std::deque<Reply>> queued;
  std::vector<Received> received;
  std::set<std::shared_ptr<tcp::socket>> sockets;
  unsigned short port = 0;
  bool stopped = false;

  void Listen() {
    port = ListenOnLoopback(acceptor, [self = shared_from_this()](AcceptedSocket socket) {
      if (self->stopped) return;
      self->sockets.insert(socket);
      asio::co_spawn(self->io, Serve(self, socket), asio::detached);
    });
  }

  static asio::awaitable<void> Serve(std::shared_ptr<Impl> self,
                                     std::shared_ptr<tcp::socket> socket) {
    boost::beast::flat_buffer buffer;
    while (!self->stopped) {
      bhttp::request<bhttp::string_body> req;
      auto [ec, n] = co_await bhttp::async_read(*socket, buffer, req, kUseTuple);
      if (ec) break;
      Received r;
      r.method = std::string(req.method_string());
      r.target = std::string(req.target());
      r.body = req.body();
      for (const auto& field : req) {
        std::string name(field.name_string());
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        r.headers[name] = std::string(field.value());
      }
      self->received.push_back(r);
      Reply reply{404, R"({"error":"Not found"})", {}, false};
      if (auto q = self->queued.find(r.target); q != self->queued.end() && !q->second.empty()) {
        reply = std::move(q->second.front());
        q->second.pop_front();
      } else if (auto it = self->replies.find(r.target); it != self->replies.end()) {
        reply = it->second;
      }
      if (reply.hang) co_return;  // the socket stays open in `sockets` until Stop
      bhttp::response<bhttp::string_body> response{static_cast<bhttp::status>(reply.status), 11};
      response.set(bhttp::field::content_type, "application/json");
      for (const auto& [name, value] : reply.headers) response.set(name, value);
      response.body() = reply.body;
      response.keep_alive(req.keep_alive());
      response.prepare_payload();
      auto [wec, wn] = co_await bhttp::async_write(*socket, response, kUseTuple);
      if (wec || !req.keep_alive()) break;
    }
    self->sockets.erase(socket);
    boost::system::error_code ignored;
    socket->close(ignored);
  }
};

RecordedHttpServer::RecordedHttpServer(asio::io_context& io) : impl_(std::make_shared<Impl>(io)) {
  impl_->Listen();
}

RecordedHttpServer::~RecordedHttpServer() { Stop(); }

void RecordedHttpServer::Set(std::string target, Reply reply) {
  impl_->replies[std::move(target)] = std::move(reply);
}

void RecordedHttpServer::Push(std::string target, Reply reply) {
  impl_->queued[std::move(target)].push_back(std::move(reply));
}

std::string RecordedHttpServer::BaseUrl() const {
  return "http://127.0.0.1:" + std::to_string(impl_->port);
}

const std::vector<RecordedHttpServer::Received>& RecordedHttpServer::received() const {
  return impl_->received;
}

void RecordedHttpServer::Stop() {
  if (impl_->stopped) return;
  impl_->stopped = true;
  boost::system::error_code ignored;
  impl_->acceptor.close(ignored);
  for (const auto& socket : impl_->sockets) socket->close(ignored);
  impl_->sockets.clear();
}

}  // namespace mcpgw::testing
