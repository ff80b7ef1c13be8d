// Router: the guard chain on every path that carries text to a client or to a server (see
// docs/guards.md, "Paths"): forwarded requests and their answers (Forward, in router.cc, calls
// these), notifications from upstreams (log messages, progress, task status), and server-to-client
// requests with the client's answers (server_request_routing.cc).
#include "audit/record_notes.h"
#include "core/json_rpc.h"
#include "router/router.h"

#include <boost/json/serialize.hpp>
#include <spdlog/spdlog.h>

namespace mcpgw::router {

guards::GuardContext Router::MakeGuardContext(const ClientSession* session,
                                              guards::Direction direction,
                                              std::string_view method, std::string_view server,
                                              std::string_view item,
                                              std::string_view request_key) const {
  guards::GuardContext context;
  context.direction = direction;
  context.method = std::string(method);
  context.server = std::string(server);
  context.item = std::string(item);
  context.request_key = std::string(request_key);
  if (session) context.session = session->guard_session();
  if (method == "tools/call" && !tool_annotations_.empty()) {
    if (auto by_server = tool_annotations_.find(context.server);
        by_server != tool_annotations_.end()) {
      if (auto tool = by_server->second.find(context.item); tool != by_server->second.end())
        context.annotations = tool->second;
    }
  }
  return context;
}

void Router::RecordFindings(const guards::GuardContext& context,
                            const guards::ChainResult& result) {
  if (result.findings.empty()) return;
  std::string summary;
  for (const guards::Finding& f : result.findings) {
    if (!summary.empty()) summary += ',';
    summary += f.type;
    summary += ':';
    summary += guards::ActionName(f.action);
    if (!f.applied) summary += "(not applied)";
    summary += '@';
    summary += f.location.empty() ? "/" : f.location;
    summary += '#';
    summary += f.value_hash;
  }
  spdlog::info("guards direction={} method={} server={} item_len={} verdict={} findings={}",
               context.direction == guards::Direction::kRequest ? "request" : "response",
               context.method, context.server, context.item.size(),
               result.rejected() ? "reject" : result.kind == guards::VerdictKind::kModified
                                                  ? "modified"
                                                  : "continue",
               summary);
}

json::object Router::BlockedResponse(std::string_view method, const json::value& id,
                                     const guards::ChainResult& result) {
  const std::string_view reason =
      result.reject_reason().empty() ? std::string_view("guard.rejected") : result.reject_reason();
  const std::string_view message = result.message.empty()
                                       ? std::string_view("blocked by the gateway's policy")
                                       : std::string_view(result.message);
  return RefusedResponse(method, id, reason, message, result.data);
}

json::object Router::RefusedResponse(std::string_view method, const json::value& id,
                                     std::string_view reason, std::string_view message,
                                     json::object data) {
  if (method == "tools/call" || method == "tasks/result") {
    json::object text{{"type", "text"},
                      {"text", "mcp-gateway blocked this call (reason: " + std::string(reason) +
                                   "): " + std::string(message)}};
    data["blocked"] = true;
    data["reason"] = reason;
    json::object blocked{{"content", json::array{std::move(text)}},
                         {"isError", true},
                         {"structuredContent", std::move(data)}};
    return core::MakeResultResponse(id, std::move(blocked));
  }
  data["reason"] = reason;
  return core::MakeErrorResponse(id, core::kPolicyRejected, std::string(message), std::move(data));
}

void Router::GuardAnswer(const std::shared_ptr<ClientSession>& session, std::string_view server,
                         std::string method, std::string item, json::object response,
                         Respond respond) const {
  const json::value* answer_id = response.if_contains("id");
  guards::GuardContext context =
      MakeGuardContext(session.get(), guards::Direction::kResponse, method, server, item,
                       answer_id ? json::serialize(*answer_id) : std::string());
  const char* member = "result";
  if (!response.contains("result")) {
    member = "error";
    context.is_error = true;
  }
  json::value* guarded = response.if_contains(member);
  if (!guarded || !guards_->AnyApplies(context)) {
    respond(std::move(response));
    return;
  }
  json::value payload = std::move(*guarded);
  std::weak_ptr<ClientSession> weak = session;
  guards_->Start(context, std::move(payload),
                 [context, member, weak, response = std::move(response),
                  respond = std::move(respond)](guards::ChainResult result,
                                                json::value payload) mutable {
                   RecordFindings(context, result);
                   if (auto owner = weak.lock())  // audit: the answer's verdict
                     if (audit::CallRecord* record = owner->CallRecordOf(response["id"]))
                       audit::NoteVerdict(*record, result);
                   if (result.rejected()) {
                     respond(BlockedResponse(context.method, response["id"], result));
                     return;
                   }
                   response[member] = std::move(payload);
                   respond(std::move(response));
                 });
}

void Router::SendGuarded(const std::shared_ptr<ClientSession>& session, std::string_view server,
                         json::object notification, std::string_view related) {
  if (!session) return;
  const json::value* method = notification.if_contains("method");
  json::value* params = notification.if_contains("params");
  guards::GuardContext context = MakeGuardContext(
      session.get(), guards::Direction::kResponse,
      method && method->is_string() ? std::string_view(method->get_string()) : std::string_view(),
      server, {}, related);
  if (!params || !guards_->AnyApplies(context)) {
    session->SendToClient(std::move(notification), related);
    return;
  }
  json::value payload = std::move(*params);
  std::weak_ptr<ClientSession> weak = session;
  guards_->Start(context, std::move(payload),
                 [context, weak, notification = std::move(notification),
                  related = std::string(related)](guards::ChainResult result,
                                                  json::value payload) mutable {
                   RecordFindings(context, result);
                   if (result.rejected()) {
                     spdlog::info("guards dropped notification method={} server={} reason={}",
                                  context.method, context.server, result.reject_reason());
                     return;
                   }
                   notification["params"] = std::move(payload);
                   if (auto s = weak.lock()) s->SendToClient(std::move(notification), related);
                 });
}

}  // namespace mcpgw::router
