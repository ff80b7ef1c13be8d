#include "testing/fake_http_mcp_server.h"

#include "testing/loopback_listener.h"

#include <algorithm>
#include <array>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <deque>
#include <list>
#include <set>

namespace mcpgw::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace json = boost::json;
using asio::ip::tcp;
using boost::system::error_code;

namespace {

constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);
constexpr const char* kLegacyEndpoint = "/messages?sessionId=legacy-1";  // where it answers

std::string Chunk(std::string_view data) {
  char size[32];
  std::snprintf(size, sizeof size, "%zx\r\n", data.size());
  return std::string(size) + std::string(data) + "\r\n";
}

std::string Event(std::string_view data, std::string_view type = "message",
                  std::string_view id = "") {
  std::string text;
  if (!id.empty()) text += "id: " + std::string(id) + "\n";
  text += "event: " + std::string(type) + "\ndata: " + std::string(data) + "\n\n";
  return text;
}

json::object Response(const json::value& id, json::value result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

// The MCP side: the answer to one request.
json::object Answer(const json::object& request) {
  const json::value& id = request.at("id");
  const std::string_view method = request.at("method").as_string();
  const json::value* params = request.if_contains("params");
  if (method == "initialize") {
    json::value version = "2025-06-18";
    if (params && params->is_object() && params->as_object().contains("protocolVersion"))
      version = params->as_object().at("protocolVersion");
    return Response(id, json::object{{"protocolVersion", version},
                                     {"capabilities", {{"tools", {{"listChanged", true}}}}},
                                     {"serverInfo", {{"name", "fake-http"}, {"version", "1.0"}}}});
  }
  if (method == "tools/list") {
    json::object tool{
        {"name", "echo"},
        {"description", "Echoes a message"},
        {"inputSchema", {{"type", "object"}, {"properties", {{"message", {{"type", "string"}}}}}}}};
    return Response(id, json::object{{"tools", json::array{tool}}});
  }
  if (method == "tools/call") {
    std::string message;
    if (params && params->is_object()) {
      const json::value* args = params->as_object().if_contains("arguments");
      if (args && args->is_object()) {
        const json::value* m = args->as_object().if_contains("message");
        if (m && m->is_string()) message = m->as_string();
      }
    }
    return Response(
        id, json::object{{"content", json::array{json::object{{"type", "text"},
                                                              {"text", "Echo: " + message}}}}});
  }
  if (method == "ping") return Response(id, json::object());
  return {{"jsonrpc", "2.0"},
          {"id", id},
          {"error", {{"code", -32601}, {"message", "method not found"}}}};
}

}  // namespace

// An open event stream that pushes are written to.
struct Stream {
  explicit Stream(asio::any_io_executor executor) : wake(executor) {}
  std::deque<std::string> pending;  // raw bytes (already chunked when `chunked`)
  asio::steady_timer wake;
  bool chunked = true;
  bool legacy = false;
  bool closed = false;
};

struct FakeHttpMcpServer::Impl : std::enable_shared_from_this<Impl> {
  Impl(asio::io_context& io, Options options) : io(io), options(options), acceptor(io) {}

  asio::io_context& io;
  Options options;
  tcp::acceptor acceptor;
  std::set<std::shared_ptr<tcp::socket>> sockets;
  std::list<std::shared_ptr<Stream>> streams;
  std::vector<Received> received;
  std::string session;  // the live session id ("" before initialize)
  int sessions_issued = 0;
  int deletes = 0;
  int hanging = 0;  // tools/call exchanges held open (hang_tools_call)
  int event_counter = 0;
  unsigned short port = 0;
  bool stopped = false;

  void Listen() {
    port = ListenOnLoopback(acceptor, [self = shared_from_this()](AcceptedSocket socket) {
      if (self->stopped) return;
      self->sockets.insert(socket);
      asio::co_spawn(self->io, Serve(self, socket), asio::detached);
    });
  }

  void Push(const std::string& data, bool legacy_only) {
    const std::string event = Event(data, "message", std::to_string(++event_counter));
    for (auto& stream : streams) {
      if (stream->closed || (legacy_only && !stream->legacy)) continue;
      stream->pending.push_back(stream->chunked ? Chunk(event) : event);
      stream->wake.cancel();
    }
  }

  // Writes queued bytes to `socket` until the stream is closed.
  static asio::awaitable<void> RunStream(std::shared_ptr<Impl> self,
                                         std::shared_ptr<tcp::socket> socket,
                                         std::shared_ptr<Stream> stream) {
    self->streams.push_back(stream);
    while (!stream->closed && !self->stopped) {
      while (!stream->pending.empty()) {
        std::string bytes = std::move(stream->pending.front());
        stream->pending.pop_front();
        auto [ec, n] = co_await asio::async_write(*socket, asio::buffer(bytes), kUseTuple);
        if (ec) stream->closed = true;
      }
      if (stream->closed) break;
      stream->wake.expires_after(std::chrono::hours(1));
      co_await stream->wake.async_wait(kUseTuple);
    }
    self->streams.remove(stream);
    error_code ec;
    socket->shutdown(tcp::socket::shutdown_both, ec);
    socket->close(ec);
  }

  static asio::awaitable<bool> Write(std::shared_ptr<tcp::socket> socket,
                                     bhttp::response<bhttp::string_body> response) {
    response.prepare_payload();
    auto [ec, n] = co_await bhttp::async_write(*socket, response, kUseTuple);
    co_return !ec;
  }

  static bhttp::response<bhttp::string_body> Status(const bhttp::request<bhttp::string_body>& req,
                                                    bhttp::status status) {
    bhttp::response<bhttp::string_body> response{status, 11};
    response.keep_alive(req.keep_alive());
    return response;
  }

  static asio::awaitable<void> Serve(std::shared_ptr<Impl> self,
                                     std::shared_ptr<tcp::socket> socket) {
    beast::flat_buffer buffer;
    while (!self->stopped) {
      bhttp::request<bhttp::string_body> req;
      auto [ec, n] = co_await bhttp::async_read(*socket, buffer, req, kUseTuple);
      if (ec) break;
      const bool keep_going = co_await self->Handle(self, socket, std::move(req));
      if (!keep_going) co_return;  // the socket became a stream, or the response closed it
    }
    self->sockets.erase(socket);
    error_code ec;
    socket->close(ec);
  }

  // Returns whether the connection may read another request.
  asio::awaitable<bool> Handle(std::shared_ptr<Impl> self, std::shared_ptr<tcp::socket> socket,
                               bhttp::request<bhttp::string_body> req) {
    Received record;
    record.method = std::string(req.method_string());
    record.target = std::string(req.target());
    for (const auto& field : req) {
      std::string name(field.name_string());
      std::transform(name.begin(), name.end(), name.begin(), ::tolower);
      record.headers[name] = std::string(field.value());
    }
    json::object message;
    if (req.method() == bhttp::verb::post) {
      error_code ec;
      json::value parsed = json::parse(req.body(), ec);
      if (!ec && parsed.is_object()) message = parsed.as_object();
      if (auto* m = message.if_contains("method"); m && m->is_string())
        record.rpc_method = m->as_string();
    }
    const std::string session_header = record.headers["mcp-session-id"];
    received.push_back(std::move(record));
    const std::string target(req.target());
    const bool is_request = message.contains("method") && message.contains("id");
    const bool keep_alive = req.keep_alive();

    if ((target == "/sse" || (options.legacy_only && target == "/mcp")) &&
        req.method() == bhttp::verb::get) {
      co_return co_await OpenStream(self, socket, /*legacy=*/true,
                                    Event(options.legacy_endpoint, "endpoint"));
    }
    if (target.rfind("/messages", 0) == 0 && req.method() == bhttp::verb::post) {
      if (target != kLegacyEndpoint) {
        co_return co_await Write(socket, Status(req, bhttp::status::not_found)) && keep_alive;
      }
      const bool ok = co_await Write(socket, Status(req, bhttp::status::accepted));
      if (is_request) Push(json::serialize(Answer(message)), /*legacy_only=*/true);
      co_return ok&& keep_alive;
    }
    if (target != "/mcp")
      co_return co_await Write(socket, Status(req, bhttp::status::not_found)) && keep_alive;
    if (options.legacy_only) {
      co_return co_await Write(socket, Status(req, bhttp::status::method_not_allowed)) &&
          keep_alive;
    }
    const bool initialize = is_request && message["method"] == "initialize";
    if (options.sessions && !initialize) {
      if (session_header.empty())
        co_return co_await Write(socket, Status(req, bhttp::status::bad_request)) && keep_alive;
      if (session_header != session)
        co_return co_await Write(socket, Status(req, bhttp::status::not_found)) && keep_alive;
    }
    if (options.hang_tools_call && is_request && message["method"] == "tools/call") {
      // Never answer: hold the connection until the client closes it.
      ++hanging;
      std::array<char, 256> sink;
      while (true) {
        auto [ec, n] = co_await socket->async_read_some(asio::buffer(sink), kUseTuple);
        if (ec) break;
      }
      --hanging;
      sockets.erase(socket);
      error_code ignored;
      socket->close(ignored);
      co_return false;
    }
    if (req.method() == bhttp::verb::delete_) {
      ++deletes;
      session.clear();
      co_return co_await Write(socket, Status(req, bhttp::status::ok)) && keep_alive;
    }
    if (req.method() == bhttp::verb::get) {
      if (!options.get_stream) {
        co_return co_await Write(socket, Status(req, bhttp::status::method_not_allowed)) &&
            keep_alive;
      }
      const std::string hello = json::serialize(
          json::object{{"jsonrpc", "2.0"},
                       {"method", "notifications/message"},
                       {"params", {{"level", "info"}, {"data", "hello from the GET stream"}}}});
      co_return co_await OpenStream(self, socket, /*legacy=*/false,
                                    Event(hello, "message", std::to_string(++event_counter)));
    }
    if (req.method() != bhttp::verb::post)
      co_return co_await Write(socket, Status(req, bhttp::status::method_not_allowed)) &&
          keep_alive;
    if (!is_request) {
      co_return co_await Write(socket, Status(req, bhttp::status::accepted)) && keep_alive;
    }
    if (message["method"] == "tools/call" && options.tools_call_status != 200) {
      co_return co_await Write(
          socket, Status(req, static_cast<bhttp::status>(options.tools_call_status))) &&
          keep_alive;
    }
    std::string answer = json::serialize(Answer(message));
    std::string session_to_send;
    if (initialize && options.sessions) {
      session = "session-" + std::to_string(++sessions_issued);
      session_to_send = session;
    }
    if (!options.sse_responses) {
      auto response = Status(req, bhttp::status::ok);
      response.set(bhttp::field::content_type, "application/json");
      if (!session_to_send.empty()) response.set("Mcp-Session-Id", session_to_send);
      response.body() = options.json_batch_answers ? "[" + answer + "]" : answer;
      co_return co_await Write(socket, std::move(response)) && keep_alive;
    }
    // An event stream: a notification, then the response, then the end (chunked).
    std::string head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
        "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n";
    if (!session_to_send.empty()) head += "Mcp-Session-Id: " + session_to_send + "\r\n";
    head += "\r\n";
    const std::string note =
        json::serialize(json::object{{"jsonrpc", "2.0"},
                                     {"method", "notifications/message"},
                                     {"params", {{"level", "info"}, {"data", "working on it"}}}});
    // Split the response event across two chunks to exercise the parser.
    const std::string last = Event(answer);
    const std::string bytes = head + Chunk(": priming\n\n") + Chunk(Event(note)) +
                              Chunk(last.substr(0, last.size() / 2)) +
                              Chunk(last.substr(last.size() / 2)) + "0\r\n\r\n";
    auto [ec, n] = co_await asio::async_write(*socket, asio::buffer(bytes), kUseTuple);
    co_return !ec && keep_alive;
  }

  static asio::awaitable<bool> OpenStream(std::shared_ptr<Impl> self,
                                          std::shared_ptr<tcp::socket> socket, bool legacy,
                                          std::string first_event) {
    const std::string head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
        "Transfer-Encoding: chunked\r\n\r\n";
    auto stream = std::make_shared<Stream>(self->io.get_executor());
    stream->legacy = legacy;
    stream->pending.push_back(head + Chunk(first_event));
    self->sockets.erase(socket);
    self->stream_sockets.insert(socket);
    asio::co_spawn(self->io, RunStream(self, socket, stream), asio::detached);
    co_return false;
  }

  std::set<std::shared_ptr<tcp::socket>> stream_sockets;

  void CloseStreams(bool get_only) {
    for (auto& stream : streams) {
      if (get_only && stream->legacy) continue;
      stream->closed = true;
      stream->wake.cancel();
    }
  }

  void Stop() {
    if (stopped) return;
    stopped = true;
    error_code ec;
    acceptor.close(ec);
    CloseStreams(false);
    for (auto& socket : sockets) socket->close(ec);
    for (auto& socket : stream_sockets) socket->close(ec);
    sockets.clear();
    stream_sockets.clear();
  }
};

FakeHttpMcpServer::FakeHttpMcpServer(asio::io_context& io, Options options)
    : impl_(std::make_shared<Impl>(io, options)) {
  impl_->Listen();
}

FakeHttpMcpServer::~FakeHttpMcpServer() { Stop(); }

unsigned short FakeHttpMcpServer::port() const { return impl_->port; }

std::string FakeHttpMcpServer::Url(std::string_view path) const {
  return "http://127.0.0.1:" + std::to_string(port()) + std::string(path);
}

void FakeHttpMcpServer::ExpireSession() { impl_->session = "expired-" + impl_->session; }

void FakeHttpMcpServer::Push(const json::object& notification) {
  impl_->Push(json::serialize(notification), /*legacy_only=*/false);
}

void FakeHttpMcpServer::DropGetStreams() { impl_->CloseStreams(/*get_only=*/true); }

void FakeHttpMcpServer::Stop() { impl_->Stop(); }

const std::vector<FakeHttpMcpServer::Received>& FakeHttpMcpServer::received() const {
  return impl_->received;
}

int FakeHttpMcpServer::sessions_issued() const { return impl_->sessions_issued; }
int FakeHttpMcpServer::deletes() const { return impl_->deletes; }
int FakeHttpMcpServer::open_streams() const { return static_cast<int>(impl_->streams.size()); }

int FakeHttpMcpServer::hanging_calls() const { return impl_->hanging; }

}  // namespace mcpgw::testing
