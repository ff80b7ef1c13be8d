// ClassifyPost: the checks of a Streamable HTTP POST that need no session (Content-Type, Accept,
// JSON, batch shape, message validity), and what the POST carries. Pure function, so every
// refusal is unit-tested without a socket.
//
// Refusals, in order: Content-Type not application/json (415); Accept lacking application/json
// or text/event-stream (406); body not JSON (400, -32700); empty batch (400); batch larger than
// `max_batch_size` (400); initialize inside a batch (400); a single message that is not valid
// JSON-RPC (400, with its error and, when readable, its id).
#pragma once

#include "core/json_rpc.h"
#include "core/wire_message.h"
#include "downstream/http/http_reply.h"

#include <boost/beast/core/buffers_range.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/optional/optional.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace mcpgw::downstream::http {

// A request body read into a std::string by appending: Beast's string_body grows the string
// (zero-filling the new room) before copying each chunk into it, one more pass over every body.
struct RequestBody {
  using value_type = std::string;
  static std::uint64_t size(const value_type& body) { return body.size(); }

  class reader {
   public:
    template <bool isRequest, class Fields>
    reader(boost::beast::http::header<isRequest, Fields>&, value_type& body) : body_(body) {}
    void init(const boost::optional<std::uint64_t>& length, boost::system::error_code& ec) {
      ec = {};
      if (!length) return;
      if (*length > body_.max_size()) {
        ec = boost::beast::http::error::buffer_overflow;
        return;
      }
      body_.reserve(static_cast<std::size_t>(*length));
    }
    template <class ConstBufferSequence>
    std::size_t put(const ConstBufferSequence& buffers, boost::system::error_code& ec) {
      ec = {};
      std::size_t n = 0;
      for (const auto buffer : boost::beast::buffers_range_ref(buffers)) {
        body_.append(static_cast<const char*>(buffer.data()), buffer.size());
        n += buffer.size();
      }
      return n;
    }
    void finish(boost::system::error_code& ec) { ec = {}; }

   private:
    value_type& body_;
  };
  using writer = boost::beast::http::string_body::writer;
};

using Request = boost::beast::http::request<RequestBody>;

// What an acceptable POST carries.
struct PostPlan {
  bool batch = false;
  boost::json::array batch_body;       // when batch
  std::optional<core::WireMessage> single;  // when !batch: validated, not parsed
  bool initialize = false;              // a single initialize request
  std::vector<std::string> keys;        // serialized ids of the requests (answers awaited)
};

// A body holding one message (not a batch) that passed the header checks is moved out of
// `request.body()` into the plan's message, accepted or refused (no copy: the text forwarded
// upstream is the one received); `request.body()` is then empty. A batch or a header refusal
// leaves the body as it was. Headers are never touched.
std::variant<Reply, PostPlan> ClassifyPost(Request& request, std::size_t max_batch_size);
// As above for a caller that keeps the request whole: the body is copied.
std::variant<Reply, PostPlan> ClassifyPost(const Request& request, std::size_t max_batch_size);

}  // namespace mcpgw::downstream::http
