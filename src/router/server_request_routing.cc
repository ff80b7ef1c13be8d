// Router: what upstreams send towards clients — server-to-client requests (sampling,
// elicitation, roots), their cancellation, and notifications (log messages, resource updates,
// task status) — plus task routing (tasks/*), which follows task ids back to their upstream.
#include "core/json_access.h"
#include "core/protocol_version.h"
#include "router/router.h"

#include <boost/json/serialize.hpp>
#include <cstdint>
#include <spdlog/spdlog.h>

namespace mcpgw::router {

using core::ObjectMember;
using core::StringMember;
using upstream::State;

namespace {

constexpr std::size_t kMaxRememberedTasks = 10'000;
constexpr std::string_view kTasksVersion = "2025-11-25";

// Per upstream object: session instances of one server share its name, not its id space.
std::string RouteKey(const upstream::Upstream& upstream, const json::value& id) {
  return std::to_string(reinterpret_cast<std::uintptr_t>(&upstream)) + '\n' + upstream.name() +
         '\n' + json::serialize(id);
}

// The client capability a server-to-client request needs, or "" when it is not routable.
std::string_view RequiredCapability(std::string_view method) {
  if (method == "sampling/createMessage") return "sampling";
  if (method == "elicitation/create") return "elicitation";
  if (method == "roots/list") return "roots";
  return {};
}

}  // namespace

void Router::BroadcastIf(std::string_view server, const json::object& notification,
                         const std::function<bool(const ClientSession&)>& wanted) {
  for (const auto& weak : sessions_) {
    if (auto session = weak.lock(); session && session->initialized() && wanted(*session))
      SendGuarded(session, server, notification);
  }
}

void Router::OnUpstreamNotification(const upstream::Upstream& upstream,
                                    json::object notification) {
  const std::string method(notification["method"].get_string());
  json::object* params = notification["params"].if_object();
  if (method == "notifications/message") {
    if (params && !options_.wrap_mode) {  // wrap mode keeps the server's own names
      const std::string_view logger = StringMember(*params, "logger");
      (*params)["logger"] =
          logger.empty() ? upstream.name() : upstream.name() + "/" + std::string(logger);
    }
    RouteLogMessage(upstream, notification);
  } else if (method == "notifications/resources/updated") {
    const std::string uri(params ? StringMember(*params, "uri") : std::string_view());
    auto it = subscriptions_.find(uri);
    if (it == subscriptions_.end()) return;
    bool is_instance = false;
    auto owner = InstanceOwner(upstream, is_instance);
    for (const auto& weak : it->second.sessions) {
      auto session = weak.lock();
      if (session && (!is_instance || session == owner)) session->SendToClient(notification);
    }
  } else if (method == "notifications/cancelled") {
    const json::value* request_id = params ? params->if_contains("requestId") : nullptr;
    if (!request_id) return;
    auto it = client_routes_.find(RouteKey(upstream, *request_id));
    if (it == client_routes_.end()) return;
    ClientRoute route = std::move(it->second);
    client_routes_.erase(it);
    if (auto session = route.session.lock()) {
      const std::string_view reason = StringMember(*params, "reason");
      session->CancelRequestToClient(route.client_id,
                                     reason.empty() ? "cancelled by the server" : reason);
    }
  } else if (method == "notifications/tasks/status") {
    // Only the session that created the task hears about it.
    const std::string task_id(params ? StringMember(*params, "taskId") : std::string_view());
    auto owner = TaskOwner(task_id, upstream);
    if (owner && owner->initialized() &&
        core::ProtocolAtLeast(owner->protocol_version(), kTasksVersion)) {
      SendGuarded(owner, upstream.name(), notification);
    } else {
      spdlog::debug("router upstream={} task status for a task of no live session dropped",
                    upstream.name());
    }
  } else if (method == "notifications/elicitation/complete") {
    BroadcastIf(upstream.name(), notification, [](const ClientSession& s) {
      return core::ProtocolAtLeast(s.protocol_version(), kTasksVersion) &&
             s.client_capabilities().contains("elicitation");
    });
  } else {
    spdlog::debug("router upstream={} notification {} not forwarded", upstream.name(), method);
  }
}

void Router::OnUpstreamRequest(const upstream::Upstream& upstream, json::object request,
                               std::function<void(json::object response)> reply) {
  const std::string method(request["method"].get_string());
  const std::string_view capability = RequiredCapability(method);
  if (capability.empty()) {
    reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound,
                                  "Method not found: " + method));
    return;
  }
  // The session with the most recent request in flight on this upstream caused the request.
  ClientSession::InFlightRef latest;
  std::shared_ptr<ClientSession> target = CausingSession(upstream, latest);
  bool is_instance = false;
  if (auto owner = InstanceOwner(upstream, is_instance); is_instance) {
    // A session's own instance asks its session and nobody else.
    target = owner && owner->initialized() ? owner : nullptr;
    if (target) latest = target->LatestInFlightOn(&upstream);
  } else if (!target) {
    std::size_t candidates = 0;
    for (const auto& weak : sessions_) {
      auto session = weak.lock();
      if (session && session->initialized() &&
          session->client_capabilities().contains(capability)) {
        target = session;
        ++candidates;
      }
    }
    if (candidates != 1) target.reset();
  }
  if (!target) {
    // Servers commonly ask for roots as soon as they start, before any client is there.
    spdlog::log(method == "roots/list" ? spdlog::level::debug : spdlog::level::info,
                "router upstream={} {} refused: no client session to route it to", upstream.name(),
                method);
    reply(core::MakeErrorResponse(nullptr, core::kInvalidRequest,
                                  "mcp-gateway: no client session can answer " + method +
                                      " for server '" + upstream.name() + "' now"));
    return;
  }
  const json::object& capabilities = target->client_capabilities();
  const json::object* declared = ObjectMember(capabilities, capability);
  json::value params = request.contains("params") ? request["params"] : json::value(json::object());
  bool allowed = declared != nullptr;
  if (allowed && method == "elicitation/create" && params.is_object() &&
      StringMember(params.get_object(), "mode") == "url")
    allowed = declared->contains("url");
  if (!allowed) {
    if (!latest.key.empty()) target->OnUndeclaredCapability(capability, latest.key);
    reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound,
                                  "the client did not declare the " + std::string(capability) +
                                      " capability"));
    return;
  }
  const std::string key = RouteKey(upstream, request["id"]);
  const std::string server = upstream.name();
  // What the server asks reaches the model or the user: the response-path chain runs on it; the
  // client's answer goes to the server: the request-path chain runs on it.
  auto deliver = [this, key, reply, method, server, weak = std::weak_ptr<ClientSession>(target),
                  related = latest.key](json::value params) {
    auto target = weak.lock();
    if (!target) {
      reply(core::MakeErrorResponse(nullptr, core::kInvalidRequest,
                                    "the client session closed"));
      return;
    }
    json::value client_id = target->SendRequestToClient(
        method, std::move(params),
        [this, key, reply, method, server, weak](json::object response) {
          client_routes_.erase(key);
          GuardClientAnswer(weak.lock(), server, method, std::move(response), reply);
        },
        related);
    if (client_id.is_null()) {
      reply(core::MakeErrorResponse(nullptr, core::kInvalidRequest,
                                    "the client session cannot take more requests"));
      return;
    }
    client_routes_[key] = ClientRoute{target, std::move(client_id)};
  };
  guards::GuardContext context =
      MakeGuardContext(target.get(), guards::Direction::kResponse, method, server, {});
  if (!guards_->AnyApplies(context)) {
    deliver(std::move(params));
    return;
  }
  guards_->Start(context, std::move(params),
                 [context, deliver = std::move(deliver), reply](guards::ChainResult result,
                                                                json::value payload) {
                   RecordFindings(context, result);
                   if (result.rejected()) {
                     reply(BlockedResponse(context.method, nullptr, result));
                     return;
                   }
                   deliver(std::move(payload));
                 });
}

void Router::GuardClientAnswer(const std::shared_ptr<ClientSession>& session,
                               const std::string& server, const std::string& method,
                               json::object response,
                               const std::function<void(json::object)>& reply) {
  guards::GuardContext context =
      MakeGuardContext(session.get(), guards::Direction::kRequest, method, server, {});
  json::value* result = response.if_contains("result");
  if (!result || !guards_->AnyApplies(context)) {
    reply(std::move(response));
    return;
  }
  json::value payload = std::move(*result);
  guards_->Start(context, std::move(payload),
                 [context, response = std::move(response), reply](guards::ChainResult verdict,
                                                                  json::value payload) mutable {
                   RecordFindings(context, verdict);
                   if (verdict.rejected()) {
                     reply(BlockedResponse(context.method, response["id"], verdict));
                     return;
                   }
                   response["result"] = std::move(payload);
                   reply(std::move(response));
                 });
}

void Router::RememberTask(const json::object& result, std::size_t upstream,
                          const std::weak_ptr<ClientSession>& session) {
  const json::object* task = ObjectMember(result, "task");
  const std::string task_id(task ? StringMember(*task, "taskId") : std::string_view());
  if (task_id.empty()) return;
  if (task_owners_.emplace(task_id, TaskOwnerEntry{upstream, session}).second)
    task_order_.push_back(task_id);
  if (task_order_.size() > kMaxRememberedTasks) {
    task_owners_.erase(task_order_.front());
    task_order_.erase(task_order_.begin());
  }
}

std::shared_ptr<ClientSession> Router::TaskOwner(const std::string& task_id,
                                                 const upstream::Upstream& upstream) const {
  auto it = task_owners_.find(task_id);
  if (it == task_owners_.end() || IndexOf(upstream) != it->second.upstream) return nullptr;
  return it->second.session.lock();
}

ForwardedRequest Router::RouteTask(const std::shared_ptr<ClientSession>& session,
                                   std::string_view method, const json::value& id,
                                   json::object params, Respond& respond) {
  const std::string task_id(StringMember(params, "taskId"));
  auto it = task_owners_.find(task_id);
  // Another session's task is answered exactly like one that does not exist.
  if (it == task_owners_.end() || it->second.session.lock() != session) {
    respond(core::MakeErrorResponse(id, core::kInvalidParams, "Unknown task: " + task_id));
    return {};
  }
  return Forward(session, it->second.upstream, method, task_id, id, std::move(params), respond);
}

void Router::ListTasks(const std::shared_ptr<ClientSession>& session, const json::value& id,
                       const json::object& params, Respond& respond) {
  if (params.contains("cursor")) {
    respond(core::MakeErrorResponse(id, core::kInvalidParams, "Invalid cursor"));
    return;
  }
  struct Collector {
    json::array tasks;
    std::size_t remaining = 1;
    Respond respond;
  };
  auto collector = std::make_shared<Collector>();
  collector->respond = std::move(respond);
  auto finish_one = [collector, id] {
    if (--collector->remaining == 0)
      collector->respond(core::MakeResultResponse(id, json::object{{"tasks", collector->tasks}}));
  };
  for (std::size_t i = 0; i < upstreams_.size(); ++i) {
    std::shared_ptr<upstream::Upstream> upstream = upstreams_[i];
    if (upstream->config().isolation == config::ServerConfig::Isolation::kSession &&
        make_instance_) {
      // The session's tasks live on its own instance (none started: no tasks to list).
      auto it = instances_.find({session.get(), i});
      if (it == instances_.end()) continue;
      upstream = it->second.upstream;
    }
    const json::object* tasks = ObjectMember(upstream->catalog().capabilities, "tasks");
    if (upstream->state() != State::kActive || !tasks || !tasks->contains("list")) continue;
    ++collector->remaining;
    upstream::RequestCallbacks callbacks;
    std::weak_ptr<ClientSession> weak = session;
    callbacks.on_response = [this, collector, finish_one, i, weak](json::object response) {
      const json::object* result = ObjectMember(response, "result");
      const json::value* list = result ? result->if_contains("tasks") : nullptr;
      auto owner = weak.lock();
      if (owner && list && list->is_array()) {
        // An upstream lists every client's tasks: keep only those this session created.
        for (const json::value& task : list->get_array()) {
          const json::object* object = task.if_object();
          if (!object) continue;
          if (TaskOwner(std::string(StringMember(*object, "taskId")), *upstreams_[i]) == owner)
            collector->tasks.push_back(task);
        }
      }
      finish_one();
    };
    upstream->Send("tasks/list", json::object(), std::move(callbacks), options_.request_timeout,
                   options_.request_timeout);
  }
  finish_one();
}

}  // namespace mcpgw::router
