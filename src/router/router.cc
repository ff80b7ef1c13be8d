#include "router/router.h"

#include "router/meta_tools.h"
#include "router/uri_template.h"

#include <spdlog/spdlog.h>

namespace mcpgw::router {

using upstream::State;

namespace {

const json::object* ObjectMember(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value ? value->if_object() : nullptr;
}

std::string_view StringMember(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value && value->is_string() ? std::string_view(value->get_string()) : std::string_view();
}

json::object ListResult(std::string_view field, const json::array& items) {
  json::object result;
  result[field] = items;
  return result;
}

}  // namespace

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
  std::erase_if(sessions_, [session](const std::weak_ptr<ClientSession>& weak) {
    auto locked = weak.lock();
    return !locked || locked.get() == session;
  });
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
  const json::object list_changed{{"listChanged", true}};
  if (options_.wrap_mode && upstreams_.size() == 1 &&
      upstreams_[0]->state() == State::kActive) {
    // Mirror the wrapped server, but always announce list changes: restarts change lists.
    json::object capabilities;
    const json::object& upstream = upstreams_[0]->catalog().capabilities;
    for (const char* key : {"tools", "prompts", "resources"}) {
      if (const json::object* declared = ObjectMember(upstream, key)) {
        json::object copy = *declared;
        copy["listChanged"] = true;
        copy.erase("subscribe");  // subscriptions are routed from the protocol issue on
        capabilities[key] = std::move(copy);
      }
    }
    if (upstream.contains("logging")) capabilities["logging"] = json::object();
    if (!capabilities.contains("tools")) capabilities["tools"] = list_changed;
    return capabilities;
  }
  return json::object{{"tools", list_changed},
                      {"prompts", list_changed},
                      {"resources", list_changed},
                      {"logging", json::object()}};
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
  Rebuild();
  if (!settled_callbacks_.empty() && AllSettled()) {
    auto callbacks = std::move(settled_callbacks_);
    settled_callbacks_.clear();
    for (auto& callback : callbacks) callback();
  }
}

void Router::OnUpstreamNotification(const upstream::Upstream& upstream,
                                    json::object notification) {
  const std::string_view method = notification["method"].get_string();
  if (method == "notifications/message") {
    if (json::object* params = notification["params"].if_object()) {
      const std::string_view logger = StringMember(*params, "logger");
      (*params)["logger"] =
          logger.empty() ? upstream.name() : upstream.name() + "/" + std::string(logger);
    }
    Broadcast(notification);
    return;
  }
  if (method == "notifications/resources/updated") {
    Broadcast(notification);
    return;
  }
  spdlog::debug("router upstream={} notification {} not forwarded", upstream.name(), method);
}

void Router::OnUpstreamRequest(const upstream::Upstream& upstream, json::object request,
                               std::function<void(json::object response)> reply) {
  const std::string method(request["method"].get_string());
  spdlog::info("router upstream={} request {} refused: no route to a client for it", upstream.name(),
               method);
  reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound,
                                "mcp-gateway does not route " + method + " to clients"));
}

ForwardedRequest Router::HandleRequest(const std::shared_ptr<ClientSession>& session,
                                       core::Message request, Respond respond) {
  const json::value id = request.Id();
  const std::string method(request.Method());
  json::object params;
  if (json::value* p = request.body.if_contains("params")) {
    if (p->is_object()) {
      params = std::move(p->get_object());
    } else {
      respond(core::MakeErrorResponse(id, core::kInvalidParams, method + ": params must be an object"));
      return {};
    }
  }

  if (method == "tools/call") return CallTool(session, id, std::move(params), respond);
  if (method == "tools/list") {
    respond(core::MakeResultResponse(id, ListResult("tools", tools_list_)));
  } else if (method == "prompts/list") {
    respond(core::MakeResultResponse(id, ListResult("prompts", prompts_list_)));
  } else if (method == "prompts/get") {
    return GetPrompt(session, id, std::move(params), respond);
  } else if (method == "resources/list") {
    respond(core::MakeResultResponse(id, ListResult("resources", resources_list_)));
  } else if (method == "resources/templates/list") {
    respond(core::MakeResultResponse(id, ListResult("resourceTemplates", templates_list_)));
  } else if (method == "resources/read") {
    return ReadResource(session, id, std::move(params), respond);
  } else if (method == "logging/setLevel") {
    SetLoggingLevel(id, params, respond);
  } else {
    respond(core::MakeErrorResponse(id, core::kMethodNotFound, "Method not found: " + method));
  }
  return {};
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

ForwardedRequest Router::ReadResource(const std::shared_ptr<ClientSession>& session,
                                      const json::value& id, json::object params,
                                      Respond& respond) {
  const std::string uri(StringMember(params, "uri"));
  if (uri.empty()) {
    respond(core::MakeErrorResponse(id, core::kInvalidParams,
                                    "resources/read requires a string \"uri\""));
    return {};
  }
  std::size_t owner = upstreams_.size();
  if (auto it = resource_owners_.find(uri); it != resource_owners_.end()) {
    owner = it->second;
  } else {
    for (const auto& [tmpl, index] : resource_templates_) {
      if (MatchesUriTemplate(tmpl, uri)) {
        owner = index;
        break;
      }
    }
  }
  if (owner == upstreams_.size()) {
    // Resources may be readable without being listed: the only resource server gets them.
    std::size_t candidates = 0;
    for (std::size_t i = 0; i < upstreams_.size(); ++i) {
      if (upstreams_[i]->state() == State::kActive &&
          upstreams_[i]->catalog().capabilities.contains("resources")) {
        owner = i;
        ++candidates;
      }
    }
    if (candidates != 1) owner = upstreams_.size();
  }
  if (owner == upstreams_.size()) {
    respond(core::MakeErrorResponse(id, core::kResourceNotFound, "Resource not found",
                                    json::object{{"uri", uri}}));
    return {};
  }
  return Forward(session, owner, "resources/read", uri, id, std::move(params), respond);
}

ForwardedRequest Router::Forward(const std::shared_ptr<ClientSession>& session, std::size_t index,
                                 std::string_view method, std::string item, const json::value& id,
                                 json::object params, Respond& respond) {
  const auto& upstream = upstreams_[index];
  if (!guards_->empty()) {
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

  upstream::RequestCallbacks callbacks;
  callbacks.on_response = [this, id, respond = std::move(respond), index,
                           method = std::string(method),
                           item = std::move(item)](json::object response) {
    response["id"] = id;
    json::value* result = response.if_contains("result");
    if (result && !guards_->empty()) {
      guards::GuardContext context{guards::Direction::kResponse, method,
                                   upstreams_[index]->name(), item};
      guards::ChainResult verdict = guards_->Run(context, *result);
      if (verdict.kind == guards::VerdictKind::kReject) {
        respond(core::MakeErrorResponse(id, core::kPolicyRejected, verdict.message,
                                        json::object{{"reason", verdict.reasons.back()}}));
        return;
      }
    }
    respond(std::move(response));
  };
  std::weak_ptr<ClientSession> weak = session;
  callbacks.on_progress = [weak](json::object params) {
    if (auto s = weak.lock())
      s->SendToClient(core::MakeNotification("notifications/progress", std::move(params)));
  };
  const upstream::RequestId upstream_id =
      upstream->Send(method, std::move(params), std::move(callbacks), options_.request_timeout,
                     options_.max_request_timeout);
  return {upstream, upstream_id};
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
