// Reply: a complete, non-streaming HTTP response decided by a handler (status, body, extra
// headers), and the one builder of JSON-RPC error bodies the HTTP server sends. Pure values.
#pragma once

#include <boost/beast/http/status.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mcpgw::downstream::http {

struct Reply {
  Reply() = default;
  Reply(boost::beast::http::status status, std::string body,
        std::string content_type = "application/json")
      : status(status), body(std::move(body)), content_type(std::move(content_type)) {}

  boost::beast::http::status status = boost::beast::http::status::ok;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
};

// A reply whose body is a JSON-RPC error response with id null.
Reply ErrorReply(boost::beast::http::status status, int code, std::string_view message);

// True when the header `value` contains `needle` (e.g. an Accept list naming a media type).
inline bool HeaderHas(std::string_view value, std::string_view needle) {
  return value.find(needle) != std::string_view::npos;
}

}  // namespace mcpgw::downstream::http
