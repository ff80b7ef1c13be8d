// Fetch: one HTTP(S) request, one complete response — for small documents such as a JWKS. Peer
// verification is on for https (see http_connection.h); the body is bounded.
//
// Threading: call on the io_context's thread; `done` is invoked there, exactly once, never from
// inside Fetch. Lifetime: the request is copied; the operation keeps itself alive until `done`.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace boost::asio {
class io_context;
}

namespace mcpgw::http {

struct Request {
  std::string method = "GET";
  std::string url;                             // http:// or https://
  std::map<std::string, std::string> headers;  // added as given (values may hold tokens)
  std::string body;                            // sent with Content-Length when not empty
  std::chrono::milliseconds timeout{10'000};   // the whole exchange: connect to last body byte
  std::size_t max_body = 1024 * 1024;          // a longer body fails the fetch
  std::string ca_file;                         // extra trusted CA (PEM) for https; "" = none
};

struct Response {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased, in order
  std::string body;

  // The first header named `name` (case-insensitive), or "" when absent.
  std::string_view Header(std::string_view name) const;
};

// Performs the request. Any HTTP status is a response; failures are the URL ("invalid URL:
// ..."), the network ("connect to host:port failed: ..."), TLS ("TLS handshake with ... failed:
// certificate verify failed ..."), the time limit ("timed out") and the body bound ("response
// body over N bytes").
void Fetch(boost::asio::io_context& io, Request request,
           std::function<void(Result<Response>)> done);

}  // namespace mcpgw::http
