// Router: resources/read, resources/(un)subscribe and completion/complete — everything routed by
// URI or by a prompt's exposed name (see router.h for the precedence rules).
#include "core/json_access.h"
#include "router/router.h"
#include "router/uri_template.h"

#include <spdlog/spdlog.h>

namespace mcpgw::router {

using core::ObjectMember;
using core::StringMember;
using upstream::State;

std::size_t Router::ResolveResourceOwner(const std::string& uri) const {
  if (auto it = resource_owners_.find(uri); it != resource_owners_.end()) return it->second;
  for (const auto& [tmpl, index] : resource_templates_)
    if (tmpl == uri || MatchesUriTemplate(tmpl, uri)) return index;
  // Resources may be readable without being listed: the only resource server gets them.
  std::size_t owner = upstreams_.size();
  std::size_t candidates = 0;
  for (std::size_t i = 0; i < upstreams_.size(); ++i) {
    const GateDecision* d = ExposureDecision(i);
    if (upstreams_[i]->state() == State::kActive && (!d || d->blocked_reason.empty()) &&
        upstreams_[i]->catalog().capabilities.contains("resources")) {
      owner = i;
      ++candidates;
    }
  }
  return candidates == 1 ? owner : upstreams_.size();
}

ForwardedRequest Router::ReadResource(const std::shared_ptr<ClientSession>& session,
                                      const json::value& id, json::object params,
                                      Respond& respond) {
  const std::string uri(StringMember(params, "uri"));
  if (uri.empty()) {
    respond(core::MakeErrorResponse(id, core::kInvalidParams,
                                    "resources/read requires a string \"uri\""));
    return {};
  }
  if (auto withheld = WithheldResource(uri)) {
    AnswerWithheld(session, "resources/read", id, WithheldKind::kResource, uri, *withheld,
                   respond);
    return {};
  }
  const std::size_t owner = ResolveResourceOwner(uri);
  if (owner == upstreams_.size()) {
    respond(core::MakeErrorResponse(id, core::kResourceNotFound, "Resource not found",
                                    json::object{{"uri", uri}}));
    return {};
  }
  return Forward(session, owner, "resources/read", uri, id, std::move(params), respond);
}

ForwardedRequest Router::Subscribe(const std::shared_ptr<ClientSession>& session,
                                   const json::value& id, json::object params, bool subscribe,
                                   Respond& respond) {
  const std::string uri(StringMember(params, "uri"));
  const char* method = subscribe ? "resources/subscribe" : "resources/unsubscribe";
  if (uri.empty()) {
    respond(core::MakeErrorResponse(id, core::kInvalidParams,
                                    std::string(method) + " requires a string \"uri\""));
    return {};
  }
  if (auto withheld = subscribe ? WithheldResource(uri) : std::nullopt) {
    AnswerWithheld(session, method, id, WithheldKind::kResource, uri, *withheld, respond);
    return {};
  }
  auto existing = subscriptions_.find(uri);
  const std::size_t owner =
      existing != subscriptions_.end() ? existing->second.upstream : ResolveResourceOwner(uri);
  if (owner == upstreams_.size()) {
    respond(core::MakeErrorResponse(id, core::kResourceNotFound, "Resource not found",
                                    json::object{{"uri", uri}}));
    return {};
  }
  const json::object* resources =
      ObjectMember(upstreams_[owner]->catalog().capabilities, "resources");
  const json::value* flag = resources ? resources->if_contains("subscribe") : nullptr;
  if (!flag || !flag->is_bool() || !flag->get_bool()) {
    respond(core::MakeErrorResponse(id, core::kMethodNotFound,
                                    "server '" + upstreams_[owner]->name() +
                                        "' does not support resource subscriptions"));
    return {};
  }
  auto same = [&session](const std::weak_ptr<ClientSession>& weak) {
    return weak.lock() == session;
  };
  if (subscribe) {
    Subscription& entry = subscriptions_[uri];
    entry.upstream = owner;
    const bool first = entry.sessions.empty();
    if (std::none_of(entry.sessions.begin(), entry.sessions.end(), same))
      entry.sessions.push_back(session);
    if (!first) {
      respond(core::MakeResultResponse(id, json::object()));
      return {};
    }
    // Refused upstream (a modern upstream's listen is full, a server without subscriptions):
    // the URI is not subscribed, so the next subscriber is forwarded again.
    std::weak_ptr<ClientSession> weak = session;
    respond = [this, uri, weak, respond = std::move(respond)](core::WireMessage response) {
      if (response.kind() == core::MessageKind::kError) ForgetSubscription(uri, weak.lock());
      respond(std::move(response));
    };
  } else {
    if (existing == subscriptions_.end()) {
      respond(core::MakeResultResponse(id, json::object()));
      return {};
    }
    std::erase_if(existing->second.sessions, same);
    if (!existing->second.sessions.empty()) {
      respond(core::MakeResultResponse(id, json::object()));
      return {};
    }
    subscriptions_.erase(existing);
  }
  return Forward(session, owner, method, uri, id, std::move(params), respond);
}

void Router::ForgetSubscription(const std::string& uri,
                                const std::shared_ptr<ClientSession>& session) {
  auto it = subscriptions_.find(uri);
  if (it == subscriptions_.end()) return;
  std::erase_if(it->second.sessions, [&session](const std::weak_ptr<ClientSession>& weak) {
    auto locked = weak.lock();
    return !locked || locked == session;
  });
  if (it->second.sessions.empty()) subscriptions_.erase(it);
}

void Router::ResubscribeAfterRestart(std::size_t index) {
  for (const auto& [uri, subscription] : subscriptions_) {
    if (subscription.upstream != index) continue;
    upstream::RequestCallbacks callbacks;
    std::string name = upstreams_[index]->name();
    callbacks.on_response = [name](json::object response) {
      if (response.contains("error"))
        spdlog::warn("router upstream={} refused a renewed resource subscription", name);
    };
    upstreams_[index]->Send("resources/subscribe", json::object{{"uri", uri}},
                            std::move(callbacks), options_.request_timeout,
                            options_.request_timeout);
  }
}

ForwardedRequest Router::Complete(const std::shared_ptr<ClientSession>& session,
                                  const json::value& id, json::object params, Respond& respond) {
  json::value* ref_value = params.if_contains("ref");
  json::object* ref = ref_value ? ref_value->if_object() : nullptr;
  const std::string_view type = ref ? StringMember(*ref, "type") : std::string_view();
  std::size_t owner = upstreams_.size();
  std::string item;
  if (type == "ref/prompt") {
    auto it = prompts_.find(std::string(StringMember(*ref, "name")));
    if (it == prompts_.end()) {
      respond(core::MakeErrorResponse(id, core::kInvalidParams,
                                      "Unknown prompt: " + std::string(StringMember(*ref, "name"))));
      return {};
    }
    owner = it->second.upstream;
    item = it->second.original;
    (*ref)["name"] = item;
  } else if (type == "ref/resource") {
    item = std::string(StringMember(*ref, "uri"));
    owner = item.empty() ? upstreams_.size() : ResolveResourceOwner(item);
    if (owner == upstreams_.size()) {
      respond(core::MakeErrorResponse(id, core::kResourceNotFound, "Resource not found",
                                      json::object{{"uri", item}}));
      return {};
    }
  } else {
    respond(core::MakeErrorResponse(
        id, core::kInvalidParams,
        "completion/complete requires ref.type \"ref/prompt\" or \"ref/resource\""));
    return {};
  }
  if (!upstreams_[owner]->catalog().capabilities.contains("completions")) {
    // The server offers no completions: an empty completion, as the spec allows.
    respond(core::MakeResultResponse(
        id, json::object{{"completion", json::object{{"values", json::array()},
                                                     {"hasMore", false}}}}));
    return {};
  }
  return Forward(session, owner, "completion/complete", item, id, std::move(params), respond);
}

}  // namespace mcpgw::router
