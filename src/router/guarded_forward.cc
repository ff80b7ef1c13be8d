// Router: guarded calls that keep their bytes. A tools/call or prompts/get whose request a guard
// inspects runs the chain over a tree of its params; when no guard changed it (and none
// rejected), the client's bytes go upstream exactly as on the unguarded path. An answer a guard
// inspects goes back as the upstream's bytes (id replaced) unless a guard changed it. Only a
// modified message is serialized again from its tree. No tree is built at all when every guard
// finds the text leaves clean (GuardChain::RunClean over the message's own text).
#include <boost/json/serialize.hpp>

#include "audit/record_notes.h"
#include "router/router.h"

namespace mcpgw::router {

ForwardedRequest Router::SendWire(const std::shared_ptr<ClientSession>& session,
                                  std::size_t index, std::string method, std::string item,
                                  core::WireMessage request, Respond respond) {
  const json::value id = request.id();
  // The shared upstream, or the session's own instance of an isolated server.
  const std::shared_ptr<upstream::Upstream> upstream = UpstreamFor(session, index, id, respond);
  if (!upstream) return {};  // answered (-32000) by UpstreamFor
  if (audit::CallRecord* record = session->CallRecordOf(id))  // audit: arguments as sent
    audit::NoteArgumentsFromWire(*record, request);
  std::string id_text = request.id_text();
  upstream::RequestCallbacks callbacks = ForwardCallbacks(
      session, index, method, std::move(item), id, std::move(id_text), std::move(respond));
  const upstream::RequestId upstream_id =
      upstream->Forward(std::move(request), std::move(callbacks), options_.request_timeout,
                        options_.max_request_timeout);
  return {upstream, upstream_id, nullptr, nullptr};
}

ForwardedRequest Router::ForwardGuardedBytes(const std::shared_ptr<ClientSession>& session,
                                             std::size_t index, guards::GuardContext context,
                                             core::WireMessage request, Respond respond) {
  // The common outcome without a tree: every guard finds the params' text leaves clean. What
  // follows is the chain's kContinue outcome below.
  if (const std::optional<std::string_view> text = request.MemberText("params")) {
    if (std::optional<guards::ChainResult> clean = guards_->RunClean(context, *text)) {
      RecordFindings(context, *clean);
      if (audit::CallRecord* record = session->CallRecordOf(request.id()))
        audit::NoteVerdict(*record, *clean);  // audit: the request's verdict
      std::string method = context.method;
      std::string item = context.item;
      return SendWire(session, index, std::move(method), std::move(item), std::move(request),
                      std::move(respond));
    }
  }
  json::object tree = request.TakeTreeKeepingText();
  json::value payload = json::object();
  if (json::value* params = tree.if_contains("params")) payload = std::move(*params);
  // Kept for the "nothing changed" outcome; the chain's callback must be copyable.
  auto wire = std::make_shared<core::WireMessage>(std::move(request));
  const json::value id = wire->id();
  // The chain may finish inline (then `sent` is filled before Start returns) or later.
  auto sent = std::make_shared<ForwardedRequest>();
  std::weak_ptr<ClientSession> weak = session;
  guards::GuardContext run_context = context;
  auto run = guards_->Start(
      std::move(run_context), std::move(payload),
      [this, weak, sent, index, context = std::move(context), wire, id,
       respond = std::move(respond)](guards::ChainResult result, json::value payload) mutable {
        RecordFindings(context, result);
        auto owner = weak.lock();
        if (audit::CallRecord* record = owner ? owner->CallRecordOf(id) : nullptr)
          audit::NoteVerdict(*record, result);  // audit: the request's verdict
        if (result.rejected()) {
          respond(BlockedResponse(context.method, id, result));
          return;
        }
        if (!owner) return;  // the client left meanwhile
        if (result.kind == guards::VerdictKind::kModified) {
          if (!payload.is_object()) return;
          *sent = SendUpstream(owner, index, context.method, context.item, id,
                               std::move(payload.get_object()), std::move(respond));
          return;
        }
        *sent = SendWire(owner, index, context.method, context.item, std::move(*wire),
                         std::move(respond));
      });
  ForwardedRequest forwarded = *sent;
  if (run) forwarded.sent_later = sent;  // the chain suspended: the request goes upstream later
  forwarded.guard_run = std::move(run);
  return forwarded;
}

void Router::GuardWireAnswer(const std::shared_ptr<ClientSession>& session,
                             std::string_view server, std::string method, std::string item,
                             core::WireMessage response, Respond respond) const {
  const bool is_result = response.kind() == core::MessageKind::kResult;
  guards::GuardContext context = MakeGuardContext(
      session.get(), guards::Direction::kResponse, method, server, item, response.id_text());
  context.is_error = !is_result;
  const char* member = is_result ? "result" : "error";
  // The common outcome without a tree: every guard finds the answer's text leaves clean. What
  // follows is the chain's kContinue outcome below.
  if (const std::optional<std::string_view> text = response.MemberText(member)) {
    if (std::optional<guards::ChainResult> clean = guards_->RunClean(context, *text)) {
      RecordFindings(context, *clean);
      if (session)  // audit: the answer's verdict
        if (audit::CallRecord* record = session->CallRecordOf(response.id()))
          audit::NoteVerdict(*record, *clean);
      respond(std::move(response));
      return;
    }
  }
  json::object tree = response.TakeTreeKeepingText();
  json::value* guarded = tree.if_contains(member);
  if (!guarded) {
    respond(std::move(response));
    return;
  }
  json::value payload = std::move(*guarded);
  // Both outcomes stay available until the chain has spoken: the bytes, and the rest of the tree.
  auto wire = std::make_shared<core::WireMessage>(std::move(response));
  auto rest = std::make_shared<json::object>(std::move(tree));
  std::weak_ptr<ClientSession> weak = session;
  guards::GuardContext run_context = context;
  guards_->Start(std::move(run_context), std::move(payload),
                 [context = std::move(context), member, weak, wire, rest,
                  respond = std::move(respond)](guards::ChainResult result,
                                                json::value payload) mutable {
                   RecordFindings(context, result);
                   if (auto owner = weak.lock())  // audit: the answer's verdict
                     if (audit::CallRecord* record = owner->CallRecordOf(wire->id()))
                       audit::NoteVerdict(*record, result);
                   if (result.rejected()) {
                     respond(BlockedResponse(context.method, wire->id(), result));
                     return;
                   }
                   if (result.kind == guards::VerdictKind::kModified) {
                     (*rest)[member] = std::move(payload);
                     respond(std::move(*rest));
                     return;
                   }
                   respond(std::move(*wire));
                 });
}

}  // namespace mcpgw::router
