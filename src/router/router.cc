#include "router/router.h"

#include <spdlog/spdlog.h>

#include <boost/asio/steady_timer.hpp>
#include <boost/json/serialize.hpp>
#include <utility>

#include "audit/record_notes.h"
#include "core/json_access.h"
#include "router/bridged_capabilities.h"
#include "router/log_level.h"
#include "router/meta_tools.h"
#include "router/uri_template.h"

#include <boost/json/serialize.hpp>
#include <algorithm>
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
  log_levels_.erase(session);
  // The session's own instances end with it.
  for (auto it = instances_.lower_bound({session, 0});
       it != instances_.end() && it->first.first == session;) {
    spdlog::info("router upstream={} session instance stopped: its session ended",
                 it->second.upstream->name());
    it->second.upstream->Stop(nullptr);
    it = instances_.erase(it);
  }
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

void Router::WhenReadyForClient(std::function<void()> callback) {
  if (options_.start_upstreams_with_first_client && !upstreams_started_) {
    upstreams_started_ = true;
    for (const auto& upstream : upstreams_) upstream->Start();
  }
  if (AllSettled()) {
    callback();
    return;
  }
  auto once = std::make_shared<std::function<void()>>(std::move(callback));
  auto fire = [once] {
    if (*once) std::exchange(*once, nullptr)();
  };
  settled_callbacks_.push_back(fire);
  // Wrap mode mirrors its one server, so it waits for it (bounded by its initialize timeout).
  if (options_.wrap_mode || !options_.executor) return;
  auto timer =
      std::make_shared<boost::asio::steady_timer>(options_.executor, options_.initialize_wait);
  timer->async_wait([timer, fire](boost::system::error_code) { fire(); });
}

std::string Router::WrappedServerError() const {
  if (!options_.wrap_mode || upstreams_.size() != 1) return {};
  const upstream::Upstream& wrapped = *upstreams_[0];
  if (wrapped.state() == State::kActive) return {};
  return "mcp-gateway: server '" + wrapped.name() + "' could not be started: " +
         (wrapped.last_error().empty() ? std::string(upstream::StateName(wrapped.state()))
                                       : wrapped.last_error());
}

json::object Router::ClientCapabilitiesForUpstreams() const {
  json::object merged;
  bool any_client = false;
  for (const auto& weak : sessions_) {
    auto session = weak.lock();
    if (!session || session->protocol_version().empty()) continue;  // initialize not yet seen
    any_client = true;
    for (const auto& [name, declared] : BridgedCapabilities(session->client_capabilities())) {
      json::value& slot = merged[name];
      if (!slot.is_object()) slot = json::object();
      json::object& into = slot.get_object();
      for (const auto& member : declared.get_object()) into[member.key()] = member.value();
    }
  }
  if (any_client) return merged;
  // No client yet (HTTP starts upstreams before anyone connects): everything the gateway can
  // route, refused per request for a client that lacks it.
  return json::object{
      {"sampling", json::object()},
      {"elicitation", json::object{{"form", json::object()}, {"url", json::object()}}},
      {"roots", json::object{{"listChanged", true}}}};
}

json::object Router::ServerInfo() const {
  if (options_.wrap_mode && upstreams_.size() == 1 &&
      !upstreams_[0]->catalog().server_info.empty())
    return upstreams_[0]->catalog().server_info;
  return json::object{{"name", options_.server_name}, {"version", options_.server_version}};
}

std::string Router::Instructions() const {
  if (options_.wrap_mode && upstreams_.size() == 1) return ExposedCatalog(0).instructions;
  return {};
}

const std::vector<core::ParamHeaderDeclaration>* Router::ParamHeaderDeclarations(
    std::string_view name) const {
  auto it = param_headers_.find(std::string(name));
  return it == param_headers_.end() ? nullptr : &it->second;
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

Router::NamedList Router::NameItems(const json::array upstream::Catalog::*items, json::array list,
                                    const std::vector<std::string>& reserved) const {
  std::vector<ServerItems> servers;
  for (std::size_t i = 0; i < upstreams_.size(); ++i) {
    ServerItems server{upstreams_[i]->name(), {}};
    if (upstreams_[i]->state() == State::kActive) {
      for (const json::value& item : ExposedCatalog(i).*items)
        server.names.emplace_back(StringMember(item.get_object(), "name"));
    }
    servers.push_back(std::move(server));
  }
  NamingResult names = AssignNames(servers, options_.naming, reserved);
  NamedList named;
  named.list = std::move(list);
  std::vector<std::size_t> next(upstreams_.size(), 0);
  for (NamedItem& item : names.items) {
    const std::size_t index = item.server_index;
    json::object renamed = (ExposedCatalog(index).*items)[next[index]++].get_object();
    renamed["name"] = item.exposed;
    named.list.push_back(std::move(renamed));
    named.routes.emplace(std::move(item.exposed), Route{index, std::move(item.original)});
  }
  named.collisions = std::move(names.collisions);
  return named;
}

std::unordered_map<std::string, std::size_t> Router::OfflineNames(
    const std::unordered_map<std::string, Route>& previous,
    const std::unordered_map<std::string, std::size_t>& previous_offline,
    const std::unordered_map<std::string, Route>& current) const {
  std::unordered_map<std::string, std::size_t> offline;
  auto keep = [&](const std::string& name, std::size_t index) {
    if (upstreams_[index]->state() != State::kActive && !current.contains(name))
      offline.emplace(name, index);
  };
  for (const auto& [name, route] : previous) keep(name, route.upstream);
  for (const auto& [name, index] : previous_offline) keep(name, index);
  return offline;
}

void Router::Rebuild() {
  ReviewCatalogs();
  std::vector<std::string> reserved;
  if (options_.meta_tools) reserved = {kGetMetadataTool, kRunToolTool};
  NamedList tools =
      NameItems(&upstream::Catalog::tools,
                options_.meta_tools ? MetaToolDefinitions() : json::array(), reserved);
  for (const NameCollision& c : tools.collisions) {
    // In no-prefix mode a collision refuses startup with one clear error (gateway_app.cc).
    spdlog::log(options_.naming.prefix ? spdlog::level::warn : spdlog::level::debug,
                "router tool name collision: server={} tool={} wanted={} assigned={}", c.server,
                c.original, c.wanted, c.assigned);
  }
  NamedList prompts = NameItems(&upstream::Catalog::prompts, json::array(), {});
  tool_annotations_.clear();
  if (!guards_->empty()) {
    for (std::size_t i = 0; i < upstreams_.size(); ++i) {
      if (upstreams_[i]->state() != State::kActive) continue;
      for (const json::value& tool : ExposedCatalog(i).tools) {
        const json::value* annotations = tool.get_object().if_contains("annotations");
        if (!annotations || !annotations->is_object()) continue;
        tool_annotations_[upstreams_[i]->name()].insert_or_assign(
            std::string(StringMember(tool.get_object(), "name")),
            std::make_shared<const json::object>(annotations->get_object()));
      }
    }
  }

  std::unordered_map<std::string, std::size_t> owners;
  json::array resources_list;
  std::vector<std::pair<std::string, std::size_t>> templates;
  json::array templates_list;
  for (std::size_t i = 0; i < upstreams_.size(); ++i) {
    if (upstreams_[i]->state() != State::kActive) continue;
    for (const json::value& resource : ExposedCatalog(i).resources) {
      std::string uri(StringMember(resource.get_object(), "uri"));
      if (uri.empty()) continue;
      if (!owners.emplace(uri, i).second) {
        spdlog::warn("router resource uri listed by two servers; keeping the first: server={}",
                     upstreams_[i]->name());
        continue;
      }
      resources_list.push_back(resource);
    }
    for (const json::value& tmpl : ExposedCatalog(i).resource_templates) {
      std::string uri_template(StringMember(tmpl.get_object(), "uriTemplate"));
      if (uri_template.empty()) continue;
      templates.emplace_back(std::move(uri_template), i);
      templates_list.push_back(tmpl);
    }
  }

  const bool tools_changed = tools.list != tools_list_;
  const bool prompts_changed = prompts.list != prompts_list_;
  const bool resources_changed =
      resources_list != resources_list_ || templates_list != templates_list_;
  offline_tools_ = OfflineNames(tools_, offline_tools_, tools.routes);
  offline_prompts_ = OfflineNames(prompts_, offline_prompts_, prompts.routes);
  tools_ = std::move(tools.routes);
  prompts_ = std::move(prompts.routes);
  resource_owners_ = std::move(owners);
  resource_templates_ = std::move(templates);
  tools_list_ = std::move(tools.list);
  if (tools_changed) {
    param_headers_.clear();
    for (const json::value& tool : tools_list_) {
      const json::object* object = tool.if_object();
      const json::value* name = object ? object->if_contains("name") : nullptr;
      const json::value* schema = object ? object->if_contains("inputSchema") : nullptr;
      if (!name || !name->is_string() || !schema) continue;
      auto declarations = core::ScanParamHeaders(*schema);
      if (declarations && !declarations->empty())
        param_headers_.emplace(std::string(name->get_string()), std::move(*declarations));
    }
  }
  prompts_list_ = std::move(prompts.list);
  resources_list_ = std::move(resources_list);
  templates_list_ = std::move(templates_list);
  tool_collisions_ = std::move(tools.collisions);
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
    SetLoggingLevel(session, id, params, respond);
  } else if (method == "tasks/list") {
    ListTasks(session, id, params, respond);
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
  if ((!tool && method != "prompts/get") || !request.params_is_object_or_absent()) return false;
  const std::optional<json::value> name = request.GetValue({"params", "name"});
  if (!name || !name->is_string()) return false;
  const std::string exposed(name->get_string());
  if (tool && options_.meta_tools && (exposed == kGetMetadataTool || exposed == kRunToolTool))
    return false;
  const auto& routes = tool ? tools_ : prompts_;
  auto it = routes.find(exposed);
  if (it == routes.end()) return false;
  const std::size_t index = it->second.upstream;
  const std::string original = it->second.original;
  if (original != exposed && !request.SetValue({"params", "name"}, json::value(original)))
    return false;
  const std::string method_name(method);
  const std::string& server = upstreams_[index]->name();
  if (audit::CallRecord* record = session->CallRecordOf(request.id()))  // audit: the route
    audit::NoteRoute(*record, method_name, server, original);
  guards::GuardContext context = MakeGuardContext(
      session.get(), guards::Direction::kRequest, method_name, server, original, handling_id_text_);
  if (!guards_->empty() && guards_->AnyApplies(context)) {
    forwarded = ForwardGuardedBytes(session, index, std::move(context), std::move(request),
                                    std::move(respond));
  } else {
    forwarded = SendWire(session, index, method_name, original, std::move(request),
                         std::move(respond));
  }
  return true;
}

json::object Router::UnavailableError(const json::value& id, const upstream::Upstream& upstream) {
  const State state = upstream.state();
  std::string message = "server '" + upstream.name() + "' is ";
  if (state == State::kRestarting || state == State::kStarting) {
    message += "restarting; try again shortly";
  } else {
    message += std::string("not available (") + upstream::StateName(state) +
               (upstream.last_error().empty() ? "" : ": " + upstream.last_error()) + ")";
  }
  return core::MakeErrorResponse(id, core::kUpstreamUnavailable, message);
}

ForwardedRequest Router::CallTool(const std::shared_ptr<ClientSession>& session,
                                  const json::value& id, json::object params, Respond& respond) {
  const std::string name(StringMember(params, "name"));
  if (name.empty()) {
    respond(core::MakeErrorResponse(id, core::kInvalidParams,
                                    "tools/call requires a string \"name\""));
    return {};
  }
  if (options_.meta_tools && (name == kGetMetadataTool || name == kRunToolTool)) {
    if (audit::CallRecord* record = session->CallRecordOf(id)) {  // audit: answered here
      audit::NoteRoute(*record, "tools/call", "", name);
      audit::NoteArguments(*record, params);
    }
  }
  if (options_.meta_tools) {
    if (name == kGetMetadataTool) {
      std::vector<MetadataView> views;
      for (std::size_t i = 0; i < upstreams_.size(); ++i) {
        const GateDecision* d = ExposureDecision(i);
        views.push_back({upstreams_[i].get(), &ExposedCatalog(i),
                         d ? d->blocked_reason : std::string()});
      }
      respond(core::MakeResultResponse(id, StructuredToolResult(BuildMetadata(views))));
      return {};
    }
    if (name == kRunToolTool) return RunTool(session, id, std::move(params), respond);
  }
  auto it = tools_.find(name);
  if (it == tools_.end()) {
    if (auto withheld = WithheldByExposedName(WithheldKind::kTool, name)) {
      AnswerWithheld(session, "tools/call", id, WithheldKind::kTool, name, *withheld, respond);
      return {};
    }
    auto offline = offline_tools_.find(name);
    respond(offline != offline_tools_.end()
                ? UnavailableError(id, *upstreams_[offline->second])
                : core::MakeErrorResponse(id, core::kInvalidParams, "Unknown tool: " + name));
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
  if (upstream.state() == State::kActive) {
    if (auto withheld = WithheldReason(index, WithheldKind::kTool, tool)) {
      AnswerWithheld(session, "tools/call", id, WithheldKind::kTool, tool, *withheld, respond);
      return {};
    }
  }
  bool found = false;
  for (const json::value& t : ExposedCatalog(index).tools)
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
    if (auto withheld = WithheldByExposedName(WithheldKind::kPrompt, name)) {
      AnswerWithheld(session, "prompts/get", id, WithheldKind::kPrompt, name, *withheld, respond);
      return {};
    }
    auto offline = offline_prompts_.find(name);
    respond(offline != offline_prompts_.end()
                ? UnavailableError(id, *upstreams_[offline->second])
                : core::MakeErrorResponse(id, core::kInvalidParams, "Unknown prompt: " + name));
    return {};
  }
  params["name"] = it->second.original;
  return Forward(session, it->second.upstream, "prompts/get", it->second.original, id,
                 std::move(params), respond);
}

ForwardedRequest Router::Forward(const std::shared_ptr<ClientSession>& session, std::size_t index,
                                 std::string_view method, std::string item, const json::value& id,
                                 json::object params, Respond& respond) {
  guards::GuardContext context =
      MakeGuardContext(session.get(), guards::Direction::kRequest, method,
                       upstreams_[index]->name(), item, handling_id_text_);
  if (audit::CallRecord* record = session->CallRecordOf(id))  // audit: route
    audit::NoteRoute(*record, method, upstreams_[index]->name(), item);
  if (!guards_->AnyApplies(context))
    return SendUpstream(session, index, std::string(method), std::move(item), id,
                        std::move(params), std::move(respond));
  // The chain may finish inline (then `sent` is filled before Start returns) or later.
  auto sent = std::make_shared<ForwardedRequest>();
  std::weak_ptr<ClientSession> weak = session;
  auto run = guards_->Start(
      context, json::value(std::move(params)),
      [this, weak, sent, index, context, item = std::move(item), id,
       respond = std::move(respond)](guards::ChainResult result, json::value payload) mutable {
        RecordFindings(context, result);
        if (auto owner = weak.lock())  // audit: the request's verdict
          if (audit::CallRecord* record = owner->CallRecordOf(id)) audit::NoteVerdict(*record, result);
        if (result.rejected()) {
          respond(BlockedResponse(context.method, id, result));
          return;
        }
        auto session = weak.lock();
        if (!session || !payload.is_object()) return;  // the client left meanwhile
        *sent = SendUpstream(session, index, context.method, std::move(item), id,
                             std::move(payload.get_object()), std::move(respond));
      });
  ForwardedRequest forwarded = *sent;
  if (run) forwarded.sent_later = sent;  // the chain suspended: the request goes upstream later
  forwarded.guard_run = std::move(run);
  return forwarded;
}

ForwardedRequest Router::SendUpstream(const std::shared_ptr<ClientSession>& session,
                                      std::size_t index, std::string method, std::string item,
                                      const json::value& id, json::object params,
                                      Respond respond) {
  // The shared upstream, or the session's own instance of an isolated server.
  const std::shared_ptr<upstream::Upstream> upstream = UpstreamFor(session, index, id, respond);
  if (!upstream) return {};
  if (audit::CallRecord* record = session->CallRecordOf(id))  // audit: arguments as sent
    audit::NoteArguments(*record, params);
  // Not handling_id_text_: a waiting request guard may send this long after HandleRequest.
  upstream::RequestCallbacks callbacks =
      ForwardCallbacks(session, index, method, std::move(item), id, json::serialize(id),
                       std::move(respond));
  const upstream::RequestId upstream_id =
      upstream->Send(method, std::move(params), std::move(callbacks), options_.request_timeout,
                     options_.max_request_timeout);
  return {upstream, upstream_id, nullptr, nullptr};
}

upstream::RequestCallbacks Router::ForwardCallbacks(const std::shared_ptr<ClientSession>& session,
                                                    std::size_t index, std::string_view method,
                                                    std::string item, const json::value& id,
                                                    std::string id_text, Respond respond) {
  upstream::RequestCallbacks callbacks;
  callbacks.pass_input_required = session->protocol_version() == "2026-07-28";  // the client's era
  // A 2026-07-28 upstream asks this client only for what it declared (a modern client: this
  // request's _meta; over stdio the latest request's) and the gateway can bridge.
  callbacks.client_capabilities = session->bridged_capabilities();
  std::weak_ptr<ClientSession> weak = session;
  if (audit::CallRecord* record = session->CallRecordOf(id)) audit::NoteUpstreamSent(*record);
  // The answer (result or error) passes the response-path chain whenever a guard applies to it
  // (GuardWireAnswer); otherwise it goes on as the upstream's bytes, id replaced.
  callbacks.on_wire_response = [this, weak, id, id_text, respond = std::move(respond), index,
                                method = std::string(method),
                                item = std::move(item)](core::WireMessage response) mutable {
    response.SetId(id, id_text);
    const bool result = response.kind() == core::MessageKind::kResult;
    if (result && method == "tools/call" && response.HasValue({"result", "task"})) {
      if (const json::value* r = response.Tree().if_contains("result"); r && r->is_object())
        RememberTask(r->get_object(), index, weak);
    }
    const std::string& server = upstreams_[index]->name();
    auto owner = weak.lock();
    if (audit::CallRecord* record = owner ? owner->CallRecordOf(id) : nullptr)
      audit::NoteUpstreamAnswered(*record);
    guards::GuardContext context = MakeGuardContext(
        owner.get(), guards::Direction::kResponse, method, server, item, id_text);
    context.is_error = !result;
    if (guards_->AnyApplies(context)) {
      GuardWireAnswer(owner, server, method, item, std::move(response), std::move(respond));
      return;
    }
    respond(std::move(response));
  };
  callbacks.on_progress = [this, weak, server = upstreams_[index]->name(),
                           related = std::move(id_text)](json::object params) {
    if (auto s = weak.lock())
      SendGuarded(s, server, core::MakeNotification("notifications/progress", std::move(params)),
                  related);
  };
  return callbacks;
}

void Router::SetLoggingLevel(const std::shared_ptr<ClientSession>& session,
                             const json::value& id, const json::object& params,
                             Respond& respond) {
  const std::optional<int> severity = LogSeverity(StringMember(params, "level"));
  if (!severity) {
    respond(core::MakeErrorResponse(
        id, core::kInvalidParams,
        "logging/setLevel requires \"level\": one of debug, info, notice, warning, error, "
        "critical, alert, emergency"));
    return;
  }
  log_levels_[session.get()] = *severity;
  // Upstreams log at the most verbose level any session wants; each session is filtered.
  int most_verbose = *severity;
  for (const auto& [who, level] : log_levels_) most_verbose = std::min(most_verbose, level);
  const json::object upstream_params{{"level", LogLevelName(most_verbose)}};
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
    upstream->Send("logging/setLevel", upstream_params, std::move(callbacks),
                   options_.request_timeout, options_.request_timeout);
  }
  respond(core::MakeResultResponse(id, json::object()));
}

}  // namespace mcpgw::router
