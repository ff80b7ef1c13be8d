#include "router/router.h"

#include "core/json_access.h"
#include "router/meta_tools.h"
#include "router/uri_template.h"

#include <boost/json/serialize.hpp>
#include <spdlog/spdlog.h>

namespace mcpgw::router {

using upstream::State;

using core::ObjectMember;
using core::StringMember;

Router::Router(RouterOptions options, std::shared_ptr<const guards::GuardChain> guards)
    : options_(std::move(options)), guards_(std::move(guards)) {
  if (!guards_) guards_ = std::make_shared<guards::GuardChain>();
  Rebuild();
}

void Router::SetUpstreams(std::vector<std::shared_ptr<upstream::Upstream>> upstreams) {
  upstreams_ = std::move(upstreams);
  Rebuild();
}

void Router::AddSession(const std::shared_ptr<ClientSession>& session) {
  sessions_.push_back(session);
}

void Router::RemoveSession(const ClientSession* session) {
  auto same_or_gone = [session](const std::weak_ptr<ClientSession>& weak) {
    auto locked = weak.lock();
    return !locked || locked.get() == session;
  };
  std::erase_if(sessions_, same_or_gone);
  for (auto it = subscriptions_.begin(); it != subscriptions_.end();) {
    std::erase_if(it->second.sessions, same_or_gone);
    if (!it->second.sessions.empty()) {
      ++it;
      continue;
    }
    const auto& upstream = upstreams_[it->second.upstream];
    if (upstream->state() == State::kActive) {
      upstream::RequestCallbacks callbacks;
      callbacks.on_response = [](json::object) {};
      upstream->Send("resources/unsubscribe", json::object{{"uri", it->first}},
                     std::move(callbacks), options_.request_timeout, options_.request_timeout);
    }
    it = subscriptions_.erase(it);
  }
}

void Router::OnSessionInitialized(const std::shared_ptr<ClientSession>& session) {
  if (session->client_capabilities().contains("roots")) OnClientRootsChanged();
}

void Router::OnClientRootsChanged() {
  for (const auto& upstream : upstreams_)
    if (upstream->state() == State::kActive)
      upstream->Notify("notifications/roots/list_changed", nullptr);
}

bool Router::AllSettled() const {
  for (const auto& upstream : upstreams_)
    if (!upstream->settled()) return false;
  return true;
}

void Router::WhenSettled(std::function<void()> callback) {
  if (AllSettled()) {
    callback();
    return;
  }
  settled_callbacks_.push_back(std::move(callback));
}

json::object Router::ServerInfo() const {
  if (options_.wrap_mode && upstreams_.size() == 1 &&
      !upstreams_[0]->catalog().server_info.empty())
    return upstreams_[0]->catalog().server_info;
  return json::object{{"name", options_.server_name}, {"version", options_.server_version}};
}

std::string Router::Instructions() const {
  if (options_.wrap_mode && upstreams_.size() == 1) return upstreams_[0]->catalog().instructions;
  return {};
}

json::object Router::ServerCapabilities() const {
  json::object list_changed{{"listChanged", true}};
  if (options_.wrap_mode && upstreams_.size() == 1 &&
      upstreams_[0]->state() == State::kActive) {
    // Mirror the wrapped server, but always announce list changes: restarts change lists.
    json::object capabilities = upstreams_[0]->catalog().capabilities;
    for (const char* key : {"tools", "prompts", "resources"})
      if (json::value* declared = capabilities.if_contains(key); declared && declared->is_object())
        declared->get_object()["listChanged"] = true;
    capabilities.erase("experimental");
    if (!capabilities.contains("tools")) capabilities["tools"] = list_changed;
    return capabilities;
  }
  // The union of what the active upstreams offer (tools always: the meta tools).
  bool subscribe = false;
  bool completions = false;
  json::object tasks;
  for (const auto& upstream : upstreams_) {
    if (upstream->state() != State::kActive) continue;
    const json::object& caps = upstream->catalog().capabilities;
    if (const json::object* resources = ObjectMember(caps, "resources")) {
      const json::value* flag = resources->if_contains("subscribe");
      subscribe = subscribe || (flag && flag->is_bool() && flag->get_bool());
    }
    completions = completions || caps.contains("completions");
    if (const json::object* upstream_tasks = ObjectMember(caps, "tasks"))
      for (const auto& member : *upstream_tasks) tasks[member.key()] = member.value();
  }
  json::object resources = list_changed;
  if (subscribe) resources["subscribe"] = true;
  json::object capabilities{{"tools", list_changed},
                            {"prompts", list_changed},
                            {"resources", std::move(resources)},
                            {"logging", json::object()}};
  if (completions) capabilities["completions"] = json::object();
  if (!tasks.empty()) capabilities["tasks"] = std::move(tasks);
  return capabilities;
}

void Router::Rebuild() {
  std::vector<ServerItems> tool_items;
  std::vector<ServerItems> prompt_items;
  for (const auto& upstream : upstreams_) {
    ServerItems tools{upstream->name(), {}};
    ServerItems prompts{upstream->name(), {}};
    if (upstream->state() == State::kActive) {
      for (const json::value& tool : upstream->catalog().tools)
        tools.names.emplace_back(StringMember(tool.get_object(), "name"));
      for (const json::value& prompt : upstream->catalog().prompts)
        prompts.names.emplace_back(StringMember(prompt.get_object(), "name"));
    }
    tool_items.push_back(std::move(tools));
    prompt_items.push_back(std::move(prompts));
  }
  std::vector<std::string> reserved;
  if (options_.meta_tools) reserved = {kGetMetadataTool, kRunToolTool};

  NamingResult tool_names = AssignNames(tool_items, options_.naming, reserved);
  std::unordered_map<std::string, Route> tools;
  json::array tools_list = options_.meta_tools ? MetaToolDefinitions() : json::array();
  {
    std::vector<std::size_t> next(upstreams_.size(), 0);
    for (NamedItem& item : tool_names.items) {
      json::object tool =
          upstreams_[item.server_index]->catalog().tools[next[item.server_index]++].get_object();
      tool["name"] = item.exposed;
      tools_list.push_back(std::move(tool));
      tools.emplace(std::move(item.exposed), Route{item.server_index, std::move(item.original)});
    }
  }
  for (const NameCollision& c : tool_names.collisions) {
    spdlog::warn("router tool name collision: server={} tool={} wanted={} assigned={}", c.server,
                 c.original, c.wanted, c.assigned);
  }

  NamingResult prompt_names = AssignNames(prompt_items, options_.naming, {});
  std::unordered_map<std::string, Route> prompts;
  json::array prompts_list;
  {
    std::vector<std::size_t> next(upstreams_.size(), 0);
    for (NamedItem& item : prompt_names.items) {
      json::object prompt = upstreams_[item.server_index]
                                ->catalog()
                                .prompts[next[item.server_index]++]
                                .get_object();
      prompt["name"] = item.exposed;
      prompts_list.push_back(std::move(prompt));
      prompts.emplace(std::move(item.exposed), Route{item.server_index, std::move(item.original)});
    }
  }

  std::unordered_map<std::string, std::size_t> owners;
  json::array resources_list;
  std::vector<std::pair<std::string, std::size_t>> templates;
  json::array templates_list;
  for (std::size_t i = 0; i < upstreams_.size(); ++i) {
    if (upstreams_[i]->state() != State::kActive) continue;
    for (const json::value& resource : upstreams_[i]->catalog().resources) {
      std::string uri(StringMember(resource.get_object(), "uri"));
      if (uri.empty()) continue;
      if (!owners.emplace(uri, i).second) {
        spdlog::warn("router resource uri listed by two servers; keeping the first: server={}",
                     upstreams_[i]->name());
        continue;
      }
      resources_list.push_back(resource);
    }
    for (const json::value& tmpl : upstreams_[i]->catalog().resource_templates) {
      std::string uri_template(StringMember(tmpl.get_object(), "uriTemplate"));
      if (uri_template.empty()) continue;
      templates.emplace_back(std::move(uri_template), i);
      templates_list.push_back(tmpl);
    }
  }

  const bool tools_changed = tools_list != tools_list_;
  const bool prompts_changed = prompts_list != prompts_list_;
  const bool resources_changed =
      resources_list != resources_list_ || templates_list != templates_list_;
  tools_ = std::move(tools);
  prompts_ = std::move(prompts);
  resource_owners_ = std::move(owners);
  resource_templates_ = std::move(templates);
  tools_list_ = std::move(tools_list);
  prompts_list_ = std::move(prompts_list);
  resources_list_ = std::move(resources_list);
  templates_list_ = std::move(templates_list);
  tool_collisions_ = std::move(tool_names.collisions);
  page_cache_.clear();  // the lists may have changed: pages are serialized again on demand

  if (tools_changed) Broadcast(core::MakeNotification("notifications/tools/list_changed", nullptr));
  if (prompts_changed)
    Broadcast(core::MakeNotification("notifications/prompts/list_changed", nullptr));
  if (resources_changed)
    Broadcast(core::MakeNotification("notifications/resources/list_changed", nullptr));
}

void Router::Broadcast(const json::object& notification) {
  for (const auto& weak : sessions_) {
    if (auto session = weak.lock(); session && session->initialized())
      session->SendToClient(notification);
  }
}

void Router::OnUpstreamChanged(const upstream::Upstream&) {
  last_states_.resize(upstreams_.size(), State::kStarting);
  for (std::size_t i = 0; i < upstreams_.size(); ++i) {
    const State now = upstreams_[i]->state();
    if (now == State::kActive && last_states_[i] != State::kActive) ResubscribeAfterRestart(i);
    last_states_[i] = now;
  }
  Rebuild();
  if (!settled_callbacks_.empty() && AllSettled()) {
    auto callbacks = std::move(settled_callbacks_);
    settled_callbacks_.clear();
    for (auto& callback : callbacks) callback();
  }
}

bool Router::NeedsGuardTree(std::string_view, guards::Direction) const {
  return !guards_->empty();
}

ForwardedRequest Router::HandleRequest(const std::shared_ptr<ClientSession>& session,
                                       core::WireMessage wire, Respond respond) {
  handling_id_text_ = wire.id_text();
  ForwardedRequest forwarded;
  if (TryForwardBytes(session, wire, respond, forwarded)) return forwarded;
  core::Message request = std::move(wire).ToMessage();
  const json::value id = request.Id();
  const std::string method(request.Method());
  json::object params;
  if (json::value* p = request.body.if_contains("params")) {
    if (p->is_object()) {
      params = std::move(p->get_object());
    } else {
      respond(core::MakeErrorResponse(id, core::kInvalidParams,
                                      method + ": params must be an object"));
      return {};
    }
  }

  if (method == "tools/call") return CallTool(session, id, std::move(params), respond);
  if (method == "tools/list") {
    RespondPage("tools", tools_list_, id, params, respond);
  } else if (method == "prompts/list") {
    RespondPage("prompts", prompts_list_, id, params, respond);
  } else if (method == "prompts/get") {
    return GetPrompt(session, id, std::move(params), respond);
  } else if (method == "resources/list") {
    RespondPage("resources", resources_list_, id, params, respond);
  } else if (method == "resources/templates/list") {
    RespondPage("resourceTemplates", templates_list_, id, params, respond);
  } else if (method == "resources/read") {
    return ReadResource(session, id, std::move(params), respond);
  } else if (method == "resources/subscribe" || method == "resources/unsubscribe") {
    return Subscribe(session, id, std::move(params), method == "resources/subscribe", respond);
  } else if (method == "completion/complete") {
    return Complete(session, id, std::move(params), respond);
  } else if (method == "logging/setLevel") {
    SetLoggingLevel(id, params, respond);
  } else if (method == "tasks/list") {
    ListTasks(id, params, respond);
  } else if (method == "tasks/get" || method == "tasks/result" || method == "tasks/cancel") {
    return RouteTask(session, method, id, std::move(params), respond);
  } else {
    respond(core::MakeErrorResponse(id, core::kMethodNotFound, "Method not found: " + method));
  }
  return {};
}

void Router::RespondPage(std::string_view field, const json::array& list, const json::value& id,
                         const json::object& params, Respond& respond) {
  // Cursors are "gw1:<field>:<offset>": opaque to clients, validated here.
  const std::string prefix = "gw1:" + std::string(field) + ":";
  std::size_t offset = 0;
  if (const json::value* cursor = params.if_contains("cursor"); cursor && !cursor->is_null()) {
    const std::string_view text = cursor->is_string() ? std::string_view(cursor->get_string())
                                                      : std::string_view();
    bool valid = text.substr(0, prefix.size()) == prefix && text.size() > prefix.size() &&
                 text.size() - prefix.size() <= 9;
    for (char c : text.substr(std::min(prefix.size(), text.size())))
      valid = valid && c >= '0' && c <= '9';
    if (valid) offset = std::stoul(std::string(text.substr(prefix.size())));
    if (!valid || offset > list.size()) {
      respond(core::MakeErrorResponse(id, core::kInvalidParams, "Invalid cursor"));
      return;
    }
  }
  const std::string key = prefix + std::to_string(offset);
  auto cached = page_cache_.find(key);
  if (cached == page_cache_.end()) {
    const std::size_t size = options_.page_size == 0 ? list.size() : options_.page_size;
    const std::size_t end = std::min(list.size(), offset + size);
    // Serialized straight from the list: no copy of the items.
    std::string text = "{" + json::serialize(json::string_view(field)) + ":[";
    for (std::size_t i = offset; i < end; ++i) {
      if (i > offset) text += ',';
      text += json::serialize(list[i]);
    }
    text += ']';
    if (end < list.size())
      text += ",\"nextCursor\":" + json::serialize(json::value(prefix + std::to_string(end)));
    text += '}';
    cached = page_cache_.emplace(key, std::move(text)).first;
  }
  respond(core::WireMessage::ResultFromText(id, handling_id_text_, cached->second));
}

bool Router::TryForwardBytes(const std::shared_ptr<ClientSession>& session,
                             core::WireMessage& request, Respond& respond,
                             ForwardedRequest& forwarded) {
  const std::string_view method = request.method();
  const bool tool = method == "tools/call";
  if ((!tool && method != "prompts/get") || NeedsGuardTree(method, guards::Direction::kRequest) ||
      !request.params_is_object_or_absent())
    return false;
  const std::optional<json::value> name = request.GetValue({"params", "name"});
  if (!name || !name->is_string()) return false;
  const std::string exposed(name->get_string());
  if (tool && options_.meta_tools && (exposed == kGetMetadataTool || exposed == kRunToolTool))
    return false;
  const auto& routes = tool ? tools_ : prompts_;
  auto it = routes.find(exposed);
  if (it == routes.end()) return false;
  if (it->second.original != exposed &&
      !request.SetValue({"params", "name"}, json::value(it->second.original)))
    return false;
  const std::string method_name(method);
  const auto& upstream = upstreams_[it->second.upstream];
  upstream::RequestCallbacks callbacks =
      ForwardCallbacks(session, it->second.upstream, method_name, it->second.original,
                       request.id(), handling_id_text_, respond);
  const upstream::RequestId upstream_id =
      upstream->Forward(std::move(request), std::move(callbacks), options_.request_timeout,
                        options_.max_request_timeout);
  forwarded = {upstream, upstream_id};
  return true;
}

ForwardedRequest Router::CallTool(const std::shared_ptr<ClientSession>& session,
                                  const json::value& id, json::object params, Respond& respond) {
  const std::string name(StringMember(params, "name"));
  if (name.empty()) {
    respond(core::MakeErrorResponse(id, core::kInvalidParams,
                                    "tools/call requires a string \"name\""));
    return {};
  }
  if (options_.meta_tools) {
    if (name == kGetMetadataTool) {
      respond(core::MakeResultResponse(id, StructuredToolResult(BuildMetadata(upstreams_))));
      return {};
    }
    if (name == kRunToolTool) return RunTool(session, id, std::move(params), respond);
  }
  auto it = tools_.find(name);
  if (it == tools_.end()) {
    respond(core::MakeErrorResponse(id, core::kInvalidParams, "Unknown tool: " + name));
    return {};
  }
  params["name"] = it->second.original;
  return Forward(session, it->second.upstream, "tools/call", it->second.original, id,
                 std::move(params), respond);
}

ForwardedRequest Router::RunTool(const std::shared_ptr<ClientSession>& session,
                                 const json::value& id, json::object params, Respond& respond) {
  json::object arguments;
  if (const json::object* args = ObjectMember(params, "arguments")) arguments = *args;
  const std::string server(StringMember(arguments, "server_name"));
  const std::string tool(StringMember(arguments, "tool_name"));
  if (server.empty() || tool.empty()) {
    respond(core::MakeResultResponse(
        id, ToolErrorResult("run_tool requires string arguments server_name and tool_name")));
    return {};
  }
  std::size_t index = upstreams_.size();
  for (std::size_t i = 0; i < upstreams_.size(); ++i)
    if (upstreams_[i]->name() == server) index = i;
  if (index == upstreams_.size()) {
    std::string known;
    for (const auto& upstream : upstreams_) known += (known.empty() ? "" : ", ") + upstream->name();
    respond(core::MakeResultResponse(
        id, ToolErrorResult("run_tool: no server named '" + server + "' (servers: " + known + ")")));
    return {};
  }
  const upstream::Upstream& upstream = *upstreams_[index];
  bool found = false;
  for (const json::value& t : upstream.catalog().tools)
    found = found || StringMember(t.get_object(), "name") == tool;
  if (upstream.state() != State::kActive || !found) {
    respond(core::MakeResultResponse(
        id, ToolErrorResult(upstream.state() != State::kActive
                                ? "run_tool: server '" + server + "' is not active (" +
                                      upstream::StateName(upstream.state()) + ")"
                                : "run_tool: server '" + server + "' has no tool '" + tool +
                                      "'")));
    return {};
  }
  json::object forwarded;
  forwarded["name"] = tool;
  forwarded["arguments"] = ObjectMember(arguments, "arguments")
                               ? json::value(*ObjectMember(arguments, "arguments"))
                               : json::value(json::object());
  if (json::value* meta = params.if_contains("_meta")) forwarded["_meta"] = std::move(*meta);
  return Forward(session, index, "tools/call", tool, id, std::move(forwarded), respond);
}

ForwardedRequest Router::GetPrompt(const std::shared_ptr<ClientSession>& session,
                                   const json::value& id, json::object params, Respond& respond) {
  const std::string name(StringMember(params, "name"));
  auto it = prompts_.find(name);
  if (it == prompts_.end()) {
    respond(core::MakeErrorResponse(id, core::kInvalidParams, "Unknown prompt: " + name));
    return {};
  }
  params["name"] = it->second.original;
  return Forward(session, it->second.upstream, "prompts/get", it->second.original, id,
                 std::move(params), respond);
}

ForwardedRequest Router::Forward(const std::shared_ptr<ClientSession>& session, std::size_t index,
                                 std::string_view method, std::string item, const json::value& id,
                                 json::object params, Respond& respond) {
  const auto& upstream = upstreams_[index];
  if (NeedsGuardTree(method, guards::Direction::kRequest)) {
    json::value payload = std::move(params);
    guards::GuardContext context{guards::Direction::kRequest, method, upstream->name(), item};
    guards::ChainResult verdict = guards_->Run(context, payload);
    if (verdict.kind == guards::VerdictKind::kReject) {
      respond(core::MakeErrorResponse(id, core::kPolicyRejected, verdict.message,
                                      json::object{{"reason", verdict.reasons.back()}}));
      return {};
    }
    params = std::move(payload.get_object());
  }

  upstream::RequestCallbacks callbacks =
      ForwardCallbacks(session, index, method, std::move(item), id, handling_id_text_, respond);
  const upstream::RequestId upstream_id =
      upstream->Send(method, std::move(params), std::move(callbacks), options_.request_timeout,
                     options_.max_request_timeout);
  return {upstream, upstream_id};
}

upstream::RequestCallbacks Router::ForwardCallbacks(const std::shared_ptr<ClientSession>& session,
                                                    std::size_t index, std::string_view method,
                                                    std::string item, const json::value& id,
                                                    std::string id_text, Respond& respond) {
  upstream::RequestCallbacks callbacks;
  callbacks.on_wire_response = [this, id, id_text, respond = std::move(respond), index,
                                method = std::string(method),
                                item = std::move(item)](core::WireMessage response) {
    response.SetId(id, id_text);
    const bool result = response.kind() == core::MessageKind::kResult;
    if (result && method == "tools/call" && response.HasValue({"result", "task"})) {
      if (const json::value* r = response.Tree().if_contains("result"); r && r->is_object())
        RememberTask(r->get_object(), index);
    }
    if (result && NeedsGuardTree(method, guards::Direction::kResponse)) {
      json::value& payload = response.MutableTree()["result"];
      guards::GuardContext context{guards::Direction::kResponse, method,
                                   upstreams_[index]->name(), item};
      guards::ChainResult verdict = guards_->Run(context, payload);
      if (verdict.kind == guards::VerdictKind::kReject) {
        respond(core::MakeErrorResponse(id, core::kPolicyRejected, verdict.message,
                                        json::object{{"reason", verdict.reasons.back()}}));
        return;
      }
    }
    respond(std::move(response));
  };
  std::weak_ptr<ClientSession> weak = session;
  callbacks.on_progress = [weak, related = std::move(id_text)](json::object params) {
    if (auto s = weak.lock()) {
      s->SendToClient(core::MakeNotification("notifications/progress", std::move(params)),
                      related);
    }
  };
  return callbacks;
}

void Router::SetLoggingLevel(const json::value& id, const json::object& params,
                             Respond& respond) {
  if (StringMember(params, "level").empty()) {
    respond(core::MakeErrorResponse(id, core::kInvalidParams,
                                    "logging/setLevel requires a string \"level\""));
    return;
  }
  for (const auto& upstream : upstreams_) {
    if (upstream->state() != State::kActive ||
        !upstream->catalog().capabilities.contains("logging"))
      continue;
    upstream::RequestCallbacks callbacks;
    std::string name = upstream->name();
    callbacks.on_response = [name](json::object response) {
      if (response.contains("error"))
        spdlog::warn("router upstream={} rejected logging/setLevel", name);
    };
    upstream->Send("logging/setLevel", params, std::move(callbacks), options_.request_timeout,
                   options_.request_timeout);
  }
  respond(core::MakeResultResponse(id, json::object()));
}

}  // namespace mcpgw::router
