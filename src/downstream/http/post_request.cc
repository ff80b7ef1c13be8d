#include "downstream/http/post_request.h"

#include <boost/json/serialize.hpp>

namespace mcpgw::downstream::http {

namespace bhttp = boost::beast::http;
namespace json = boost::json;

std::variant<Reply, PostPlan> ClassifyPost(const Request& request, std::size_t max_batch_size) {
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
  auto parsed = core::ParseJson(request.body());
  if (!parsed) {
    return ErrorReply(bhttp::status::bad_request, core::kParseError, parsed.error().message);
  }
  PostPlan plan;
  if (parsed->is_array()) {
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
  auto validated = core::ValidateMessage(std::move(*parsed));
  if (!validated) {
    return Reply{bhttp::status::bad_request,
                 core::Serialize(core::MakeErrorResponse(
                     validated.error().id, validated.error().code, validated.error().message))};
  }
  plan.initialize = validated->IsRequest() && validated->Method() == "initialize";
  if (validated->IsRequest()) plan.keys.push_back(json::serialize(validated->Id()));
  plan.single = std::move(*validated);
  return plan;
}

}  // namespace mcpgw::downstream::http
