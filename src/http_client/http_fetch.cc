#include "http_client/http_fetch.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/http/field.hpp>
#include <cctype>

#include "core/ascii_lower.h"
#include "http_client/http_connection.h"

namespace mcpgw::http {

namespace asio = boost::asio;
using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

namespace {

milliseconds Remaining(Clock::time_point deadline) {
  return std::max(milliseconds(1),
                  std::chrono::duration_cast<milliseconds>(deadline - Clock::now()));
}

std::string Describe(const boost::system::error_code& ec) {
  return ec == beast::error::timeout ? std::string("timed out") : ec.message();
}

asio::awaitable<Result<Response>> Exchange(Request request) {
  auto endpoint = ParseEndpoint(request.url);
  if (!endpoint) co_return endpoint.error();
  std::shared_ptr<asio::ssl::context> tls;
  if (endpoint->tls) {
    auto context = MakeClientTlsContext(request.ca_file);
    if (!context) co_return context.error();
    tls = *context;
  }
  const auto deadline = Clock::now() + request.timeout;
  auto opened = co_await Connection::Open(*endpoint, tls, request.timeout);
  if (!opened) co_return opened.error();
  std::shared_ptr<Connection> conn = *opened;

  WireRequest wire;
  wire.method_string(request.method);
  wire.target(endpoint->target);
  wire.version(11);
  wire.set(bhttp::field::host, endpoint->HostHeader());
  wire.set(bhttp::field::user_agent, "mcp-gateway");
  for (const auto& [name, value] : request.headers) wire.set(name, value);
  wire.set(bhttp::field::connection, "close");
  if (!request.body.empty() || request.method == "POST" || request.method == "PUT") {
    wire.body() = std::move(request.body);
    wire.prepare_payload();
  }
  if (auto ec = co_await conn->Write(wire, Remaining(deadline)))
    co_return MakeError("sending the request failed: " + Describe(ec));

  ResponseParser parser;
  parser.body_limit(boost::none);
  if (request.method == "HEAD") parser.skip(true);
  if (auto ec = co_await conn->ReadHeader(parser, Remaining(deadline)))
    co_return MakeError("reading the response failed: " + Describe(ec));

  Response response;
  response.status = static_cast<int>(parser.get().result_int());
  for (const auto& field : parser.get())
    response.headers.emplace_back(core::AsciiLower(field.name_string()),
                                  std::string(field.value()));
  std::array<char, 16 * 1024> buffer;
  while (!parser.is_done()) {
    auto [ec, n] =
        co_await conn->ReadBody(parser, buffer.data(), buffer.size(), Remaining(deadline));
    if (response.body.size() + n > request.max_body) {
      conn->Close();
      co_return MakeError("response body over " + std::to_string(request.max_body) + " bytes");
    }
    response.body.append(buffer.data(), n);
    if (ec == bhttp::error::end_of_stream || ec == asio::error::eof) break;
    if (ec) co_return MakeError("reading the response body failed: " + Describe(ec));
  }
  conn->Close();
  co_return response;
}

}  // namespace

std::string_view Response::Header(std::string_view name) const {
  const std::string wanted = core::AsciiLower(name);
  for (const auto& [key, value] : headers)
    if (key == wanted) return value;
  return {};
}

void Fetch(asio::io_context& io, Request request, std::function<void(Result<Response>)> done) {
  // Posted, so that `done` is never invoked from inside Fetch.
  asio::post(io, [&io, request = std::move(request), done = std::move(done)]() mutable {
    asio::co_spawn(io, Exchange(std::move(request)),
                   [done = std::move(done)](std::exception_ptr error, Result<Response> result) {
                     if (error) {
                       try {
                         std::rethrow_exception(error);
                       } catch (const std::exception& e) {
                         spdlog::error("http fetch failed unexpectedly: {}", e.what());
                         done(MakeError(std::string("internal error: ") + e.what()));
                       } catch (...) {
                         done(MakeError("internal error"));
                       }
                       return;
                     }
                     done(std::move(result));
                   });
  });
}

}  // namespace mcpgw::http
