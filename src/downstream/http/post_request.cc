#include "downstream/http/post_request.h"

#include <boost/json/serialize.hpp>

namespace mcpgw::downstream::http {

namespace bhttp = boost::beast::http;
namespace json = boost::json;

std::variant<Reply, PostPlan> ClassifyPost(const Request& request, std::size_t max_batch_size) {
  Request copy = request;
  return ClassifyPost(copy, max_batch_size);
}

std::variant<Reply, PostPlan> ClassifyPost(Request& request, std::size_t max_batch_size) {
  if (!HeaderHas(request[bhttp::field::content_type], "application/json")) {
    return ErrorReply(bhttp::status::unsupported_media_type, core::kInvalidRequest,
                      "Unsupported Media Type: Content-Type must be application/json");
  }
  const auto accept = request[bhttp::field::accept];
  if (!HeaderHas(accept, "application/json") || !HeaderHas(accept, "text/event-stream")) {
    return ErrorReply(bhttp::status::not_acceptable, core::kInvalidRequest,
                      "Not Acceptable: Client must accept both application/json and "
                      "text/event-stream");
  }
  const std::string_view text = request.body();
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  PostPlan plan;
  if (first != std::string_view::npos && text[first] == '[') {
    auto parsed = core::ParseJson(text);
    if (!parsed) {
      return ErrorReply(bhttp::status::bad_request, core::kParseError, parsed.error().message);
    }
    if (!parsed->is_array()) {  // '[' then not an array cannot parse; kept for clarity
      return ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                        "invalid JSON-RPC message");
    }
    plan.batch = true;
    plan.batch_body = std::move(parsed->get_array());
    if (plan.batch_body.empty())
      return ErrorReply(bhttp::status::bad_request, core::kInvalidRequest, "empty batch");
    if (plan.batch_body.size() > max_batch_size) {
      return ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                        "batch of " + std::to_string(plan.batch_body.size()) +
                            " messages exceeds the limit of " + std::to_string(max_batch_size));
    }
    for (const json::value& element : plan.batch_body) {
      const json::object* object = element.if_object();
      if (!object || !object->contains("method") || !object->contains("id")) continue;
      if (object->at("method") == "initialize") {
        return ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                          "Bad Request: initialize must not be part of a batch");
      }
      plan.keys.push_back(json::serialize(object->at("id")));
    }
    return plan;
  }
  // Validated without a tree: a forwarded request goes upstream as these bytes, moved, not
  // copied (a refused one is answered from the error alone).
  auto validated = core::WireMessage::Inspect(std::move(request.body()));
  if (!validated) {
    const core::MessageError& error = validated.error();
    if (error.code == core::kParseError)
      return ErrorReply(bhttp::status::bad_request, core::kParseError, error.message);
    return Reply{bhttp::status::bad_request,
                 core::Serialize(core::MakeErrorResponse(error.id, error.code, error.message))};
  }
  plan.initialize = validated->IsRequest() && validated->method() == "initialize";
  if (validated->IsRequest()) plan.keys.push_back(validated->id_text());
  plan.single = std::move(*validated);
  return plan;
}

}  // namespace mcpgw::downstream::http
