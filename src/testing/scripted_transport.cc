#include "testing/scripted_transport.h"

#include <utility>

#include "core/json_rpc.h"

#include <boost/asio/post.hpp>
#include <boost/json/parse.hpp>

namespace mcpgw::testing {

namespace json = boost::json;

Result<bool> ScriptedTransport::Start(Events events) {
  events_ = std::move(events);
  started_ = true;
  return true;
}

void ScriptedTransport::Deliver(std::string text) {
  boost::asio::post(io_, [self = shared_from_this(), text = std::move(text)] {
    if (!self->shut_down_ && self->events_.on_message) self->events_.on_message(text);
  });
}

void ScriptedTransport::Exit(std::string detail) {
  boost::asio::post(io_, [self = shared_from_this(), detail = std::move(detail)] {
    if (self->shut_down_) return;
    self->shut_down_ = true;
    // Like the real transports, a closed transport lets go of its callbacks (they hold the
    // upstream's connection, which holds this transport).
    auto events = std::exchange(self->events_, {});
    if (events.on_failed) events.on_failed(detail);
    if (events.on_closed) events.on_closed(detail);
  });
}

bool ScriptedTransport::Send(std::string text, upstream::OutgoingInfo info) {
  if (shut_down_) return false;
  infos_.push_back(std::move(info));
  boost::system::error_code ec;
  json::value value = json::parse(text, ec);
  if (ec || !value.is_object()) return true;
  json::object& message = value.get_object();
  sent_.push_back(message);
  const json::value* method = message.if_contains("method");
  const json::value* id = message.if_contains("id");
  if (method && id && method->is_string() && method->get_string() == "server/discover") {
    if (ignore_discover_) return true;
    if (!modern_) {
      Deliver(core::Serialize(
          core::MakeErrorResponse(*id, core::kMethodNotFound, "Method not found")));
      return true;
    }
    Deliver(core::Serialize(core::MakeResultResponse(
        *id, json::object{
                 {"resultType", "complete"},
                 {"ttlMs", 0},
                 {"cacheScope", "private"},
                 {"supportedVersions", json::array{"2026-07-28"}},
                 {"capabilities", modern_capabilities_},
                 {"instructions", "modern script"},
                 {"_meta", json::object{{"io.modelcontextprotocol/serverInfo",
                                         json::object{{"name", "scripted-modern"},
                                                      {"version", "2"}}}}}})));
    return true;
  }
  if (method && id && method->is_string()) {
    if (method->get_string() == "initialize") {
      Deliver(core::Serialize(core::MakeResultResponse(
          *id, json::object{{"protocolVersion", "2025-06-18"},
                            {"capabilities", json::object{{"tools", json::object()}}},
                            {"serverInfo", json::object{{"name", "scripted"}, {"version", "1"}}}})));
      return true;
    }
    if (method->get_string() == "tools/list") {
      json::object result{{"tools", json::array{json::object{
                                        {"name", "echo"},
                                        {"inputSchema", json::object{{"type", "object"}}}}}}};
      if (modern_) {
        result["resultType"] = "complete";
        result["ttlMs"] = 60000;
        result["cacheScope"] = "public";
      }
      Deliver(core::Serialize(core::MakeResultResponse(*id, std::move(result))));
      return true;
    }
    // The other lists (asked only of a server whose capabilities announce them): empty.
    for (const auto& [list, field] : {std::pair{"resources/list", "resources"},
                                      std::pair{"resources/templates/list", "resourceTemplates"},
                                      std::pair{"prompts/list", "prompts"}}) {
      if (method->get_string() != list) continue;
      Deliver(core::Serialize(core::MakeResultResponse(*id, json::object{{field, json::array()}})));
      return true;
    }
    if (method->get_string() == "ping") {
      Deliver(core::Serialize(core::MakeResultResponse(*id, json::object())));
      return true;
    }
  }
  received_.push_back(std::move(message));
  return true;
}

std::vector<json::object> ScriptedTransport::Requests(std::string_view method) const {
  std::vector<json::object> found;
  for (const json::object& message : received_) {
    const json::value* m = message.if_contains("method");
    if (m && m->is_string() && m->get_string() == method && message.contains("id"))
      found.push_back(message);
  }
  return found;
}

void ScriptedTransport::Shutdown(std::chrono::milliseconds) {
  if (shut_down_) return;
  shut_down_ = true;
  boost::asio::post(io_, [self = shared_from_this()] {
    auto events = std::exchange(self->events_, {});
    if (events.on_closed) events.on_closed("shut down");
  });
}

}  // namespace mcpgw::testing
