// Router: turns client methods into actions across the upstreams.
//
// tools/list, prompts/list, resources/list and resources/templates/list merge the active
// upstreams' cached lists (tools and prompts under names from naming.h; resources keep their
// URIs) and paginate them with the gateway's own opaque cursors. tools/call and prompts/get find
// the owning upstream by exposed name; resources/read, resources/subscribe and
// completion/complete with a ref/resource find it by URI (exact match on a listed resource first,
// then the first upstream in config order whose resource template matches, then the only
// upstream offering resources). tasks/* follow the task id to the upstream that created it.
// A tool or prompt of an upstream that is restarting (or failed) is no longer listed, but a call
// to it is answered -32000 "server 'x' is restarting" rather than "Unknown tool".
// Meta tools (get_metadata, run_tool) are answered here. Every forwarded call passes the guard
// chain on the way up (params) and down (result).
//
// A client's initialize is answered once every upstream has finished its first start attempt,
// or after RouterOptions::initialize_wait, whichever comes first (WhenReadyForClient): a slow
// or broken server does not hold every client; servers that become active later are announced
// with notifications/*/list_changed. Wrap mode waits for its one server instead (bounded by the
// upstream's initialize timeout) and fails initialize with the reason when it could not start.
//
// Capabilities declared to upstreams (ClientCapabilitiesForUpstreams): the union of the
// sampling, elicitation and roots capabilities of the clients connected when an upstream run
// starts. Over stdio the upstreams start with the client's initialize
// (start_upstreams_with_first_client), so they see exactly that client's capabilities; over
// HTTP they start before any client connects and are then offered everything the gateway can
// route (a request is still refused for a client that lacks the capability).
//
// Server-to-client requests (sampling, elicitation, roots) go to the session with the most
// recent request in flight on the asking upstream; with none, to the only initialized session
// that declared the capability; otherwise the upstream gets an error at once. A session that did
// not declare the capability is never sent the request (the upstream gets an error).
//
// Isolation between clients (HTTP serves many at once; docs/protocol.md, "Logging"):
//  - notifications/message from an upstream goes to the session whose request caused it (the
//    same in-flight rule as sampling: the session with the most recent request in flight on that
//    upstream), filtered by that session's logging level when it set one; with no request in
//    flight, to every session that set a level (logging/setLevel) at or below the message's
//    level; otherwise it is dropped (logged at debug). It is never broadcast to all sessions.
//  - Progress reaches only the session whose request carried the progress token (the upstream
//    accepts progress only for tokens it was given; see upstream.h).
//  - A task belongs to the session whose tools/call created it: only that session gets its
//    notifications/tasks/status, finds it in tasks/list, and may tasks/get, tasks/result or
//    tasks/cancel it (others get "Unknown task").
//  - Each session's logging level is kept here; upstreams are sent the most verbose level any
//    session asked for, and messages are filtered per session.
//  - A server with "isolation": "session" runs once per session (upstream/session_instance.h):
//    the shared upstream only provides the lists; every forwarded call goes to the calling
//    session's own instance, made by the instance factory on first use and stopped when the
//    session is removed. At the server's max_instances a call is answered -32000. Whatever an
//    instance sends (log messages, resource updates, server-to-client requests) reaches only its
//    session.
//
// Threading: io_context thread only. Lifetime: outlives every upstream and session it knows.
#pragma once

#include <boost/asio/any_io_executor.hpp>
#include "core/json_rpc.h"
#include "core/mcp_param_headers.h"
#include "core/wire_message.h"
#include "guards/guard_chain.h"
#include "router/catalog_gate.h"
#include "router/client_session.h"
#include "router/naming.h"
#include "upstream/session_instance.h"
#include "upstream/upstream.h"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace mcpgw::audit {
class CallRecorder;
}

namespace mcpgw::router {

namespace json = boost::json;

struct RouterOptions {
  NamingOptions naming;
  bool meta_tools = true;  // expose get_metadata and run_tool
  bool wrap_mode = false;  // single upstream, names and capabilities mirrored
  std::chrono::milliseconds request_timeout{60'000};
  std::chrono::milliseconds max_request_timeout{600'000};
  std::size_t page_size = 1000;  // items per list page; 0: no pagination
  std::string server_name = "mcp-gateway";
  std::string server_version;
  // How long a client's initialize waits for upstreams still starting (aggregate mode). Needs
  // `executor`; without one, initialize waits until every upstream has settled.
  std::chrono::milliseconds initialize_wait{2'000};
  boost::asio::any_io_executor executor;
  // Start the upstreams when the first client sends initialize (stdio), instead of leaving it to
  // the caller (HTTP starts them once the port is bound).
  bool start_upstreams_with_first_client = false;
};

// A request forwarded upstream, so that the session can cancel it.
struct ForwardedRequest {
  std::shared_ptr<upstream::Upstream> upstream;  // null when answered locally
  upstream::RequestId id = 0;
  // Set while a guard on the request path is still working (a waiting guard): cancelling it
  // stops the call before it reaches the upstream.
  std::shared_ptr<guards::ChainRun> guard_run;
  // With guard_run: the router fills this once the guards let the request through and it is
  // sent upstream (the session keeps the copy made before), so the call can still be cancelled
  // and routed by its upstream.
  std::shared_ptr<const ForwardedRequest> sent_later;

  // Where the request went: directly, or once its guards finished (empty until then).
  const ForwardedRequest& Effective() const {
    return !upstream && sent_later ? *sent_later : *this;
  }
};

class Router : public upstream::UpstreamObserver {
 public:
  // Receives the full response for one client request (its "id" already the client's). A
  // response forwarded from an upstream arrives as its bytes (see core::WireMessage).
  using Respond = std::function<void(core::WireMessage response)>;

  Router(RouterOptions options, std::shared_ptr<const guards::GuardChain> guards);

  // Sets the upstreams, in config order. REQUIRES: called once, before any request.
  void SetUpstreams(std::vector<std::shared_ptr<upstream::Upstream>> upstreams);
  // Makes the instance of upstream `index` (a server with "isolation": "session") that one
  // session will use, reporting to `observer`. Without a factory such servers are shared.
  using InstanceFactory = std::function<std::shared_ptr<upstream::Upstream>(
      std::size_t index, upstream::UpstreamObserver* observer)>;
  void SetInstanceFactory(InstanceFactory make) { make_instance_ = std::move(make); }
  // Adds a gate reviewing every upstream's catalog (catalog_gate.h) and rebuilds the lists.
  void AddCatalogGate(std::shared_ptr<CatalogGate> gate);
  // Upstream `index`'s catalog as clients see it: the upstream's own minus what the gates
  // withheld (the upstream's own when no gate changed anything).
  const upstream::Catalog& ExposedCatalog(std::size_t index) const;
  // The gates' combined decision for upstream `index`; null when they changed nothing.
  const GateDecision* ExposureDecision(std::size_t index) const;
  // Session instances running now (all servers).
  std::size_t instance_count() const { return instances_.size(); }
  const std::vector<std::shared_ptr<upstream::Upstream>>& upstreams() const { return upstreams_; }
  // The call recorder sessions open audit records with (null: auditing off). The router
  // annotates open records through ClientSession::CallRecordOf. Set before serving.
  void SetRecorder(audit::CallRecorder* recorder) { recorder_ = recorder; }
  audit::CallRecorder* recorder() const { return recorder_; }
  // The executor timers of the downstream side use (null in tests that set none).
  const boost::asio::any_io_executor& executor() const { return options_.executor; }
  // State of the downstream side shared by every session and living as long as the router (the
  // 2026-07-28 input_required bridge's parked calls, downstream/modern/parked_calls.h); opaque.
  std::shared_ptr<void>& downstream_state() { return downstream_state_; }
  // The same for the open subscriptions/listen streams (downstream/modern/listen_quota.h).
  std::shared_ptr<void>& listen_state() { return listen_state_; }

  void AddSession(const std::shared_ptr<ClientSession>& session);
  // Forgets a closing session: drops its subscriptions (unsubscribing upstream when it was the
  // last subscriber).
  void RemoveSession(const ClientSession* session);
  // A session finished initialize: upstreams asked for roots before any client was there, so
  // they are told the roots changed when the client declares roots.
  void OnSessionInitialized(const std::shared_ptr<ClientSession>& session);
  // The client sent notifications/roots/list_changed: forwarded to every active upstream.
  void OnClientRootsChanged();

  // Handles a client request other than initialize and ping. Calls `respond` exactly once —
  // possibly before returning — unless the returned request is cancelled upstream.
  // A tools/call or prompts/get goes upstream as the client's bytes, with only the id and the
  // item's name (and a progress token) replaced, unless a request guard changed it; its answer
  // comes back as the upstream's bytes unless a response guard changed it (guarded_forward.cc).
  ForwardedRequest HandleRequest(const std::shared_ptr<ClientSession>& session,
                                 core::WireMessage request, Respond respond);

  // The 2026-07-28 Mcp-Param headers (SEP-2243) that the listed tool `name` declares in its
  // inputSchema, or null when the tool is not listed or declares none (or declares them
  // invalidly). Read from a table built when the tool list changes: one hash lookup per call.
  // The pointer is valid until the next catalog rebuild (io thread).
  const std::vector<core::ParamHeaderDeclaration>* ParamHeaderDeclarations(
      std::string_view name) const;

  // The capabilities, serverInfo and instructions to answer a client's initialize with.
  json::object ServerCapabilities() const;
  json::object ServerInfo() const;
  std::string Instructions() const;

  // True once every upstream has finished its first start attempt.
  bool AllSettled() const;
  // Calls `callback` once AllSettled() (at once if already).
  void WhenSettled(std::function<void()> callback);
  // Calls `callback` (once) when a client's initialize may be answered: AllSettled(), or
  // initialize_wait later in aggregate mode (see the file comment). Starts the upstreams first
  // when start_upstreams_with_first_client is set and they have not been started.
  void WhenReadyForClient(std::function<void()> callback);
  // Wrap mode: why the wrapped server is not serving ("mcp-gateway: server 'x' could not be
  // started: command not found: x"), for initialize to fail with; empty when it is active and in
  // aggregate mode.
  std::string WrappedServerError() const;
  // The client capabilities to declare in an upstream's initialize (see the file comment).
  json::object ClientCapabilitiesForUpstreams() const;

  // Tool-name collisions found by the last rebuild (in no-prefix mode these refuse startup).
  const std::vector<NameCollision>& tool_collisions() const { return tool_collisions_; }

  // UpstreamObserver
  void OnUpstreamChanged(const upstream::Upstream& upstream) override;
  void OnUpstreamNotification(const upstream::Upstream& upstream,
                              json::object notification) override;
  void OnUpstreamRequest(const upstream::Upstream& upstream, json::object request,
                         std::function<void(json::object response)> reply) override;

  // The input_required pass-through (router/input_passthrough.cc; a 2026-07-28 client calling a
  // 2026-07-28 upstream; the session half is downstream/session_passthrough.cc). Like the rest of
  // the router: io_context thread only; the session must be alive when a call starts, and the
  // router must outlive any guard run still waiting (its chain is the router's). `done` gets the
  // guarded members and an empty error, or an error object ({code, message[, data]}) and nothing
  // else; it is called exactly once, inline or later (a waiting guard), on the io_context
  // thread. A waiting run keeps the session's guard info (SessionInfo) alive, not the session:
  // `done` must itself check that its session is still there (the session holds a weak_ptr).
  using InputsDone = std::function<void(json::object guarded, json::object error)>;
  // The response-path chain over each entry of an upstream's inputRequests (key -> {method,
  // params}), as if `server` had sent that request to `session` (guard context method = the
  // entry's method). An entry that is no object or names a method other than
  // sampling/createMessage, elicitation/create or roots/list is -32603 (nothing is guarded then);
  // a rejecting guard's blocked error is the error (the first one wins).
  void GuardInputRequests(const std::shared_ptr<ClientSession>& session, const std::string& server,
                          json::object input_requests, InputsDone done);
  // The request-path chain over a retry's inputResponses (key -> the bare result), each as the
  // client's answer to the request `methods[key]` (a string) the gateway passed on; keys absent
  // from `methods` are dropped; a rejecting guard's blocked error is the error. `methods` is read
  // before this returns (it need not outlive the call).
  void GuardInputResponses(const std::shared_ptr<ClientSession>& session,
                           const std::string& server, json::object responses,
                           const json::object& methods, InputsDone done);
  // The configured name of the server a `method` request with `params` would be sent to now:
  // tools/call and prompts/get by exposed name (run_tool by its server_name argument, when that
  // server is active), resources/read by URI (router.h's precedence). nullopt when it would go to
  // none: an unknown, withheld or offline name or URI, get_metadata, another method. Read from the
  // current routing tables, so a check made in the same io_context turn as HandleRequest sees
  // exactly the route HandleRequest takes (a pass-through retry's reload rule).
  std::optional<std::string> RoutedServer(std::string_view method,
                                          const json::object& params) const;

  // The answer to a request the gateway refuses on one of its own rules (not a guard's verdict),
  // in the shape of a guard's block: a tools/call (or tasks/result) gets a result with isError,
  // a text naming `reason` and structuredContent {blocked: true, reason, ...data}; other methods
  // a -32004 JSON-RPC error with `message` and data {reason, ...data}. The one place either shape
  // is built (BlockedResponse uses it).
  static json::object RefusedResponse(std::string_view method, const json::value& id,
                                      std::string_view reason, std::string_view message,
                                      json::object data = {});

 private:
  struct Route {
    std::size_t upstream;
    std::string original;
  };

  struct Subscription {
    std::size_t upstream;
    std::vector<std::weak_ptr<ClientSession>> sessions;
  };
  // A request from an upstream to a client, for cancellation from the upstream side.
  struct ClientRoute {
    std::weak_ptr<ClientSession> session;
    json::value client_id;
  };

  // Exposed names and the merged list for one kind of named item (tools or prompts) of the
  // active upstreams; `list` starts the merged list (the meta tools).
  struct NamedList {
    std::unordered_map<std::string, Route> routes;
    json::array list;
    std::vector<NameCollision> collisions;
  };
  NamedList NameItems(const json::array upstream::Catalog::*items, json::array list,
                      const std::vector<std::string>& reserved) const;
  // Names that led to an upstream that is no longer active (and are not taken by another): a
  // call to one gets "server 'x' is restarting" rather than "Unknown tool".
  std::unordered_map<std::string, std::size_t> OfflineNames(
      const std::unordered_map<std::string, Route>& previous,
      const std::unordered_map<std::string, std::size_t>& previous_offline,
      const std::unordered_map<std::string, Route>& current) const;
  // The -32000 answer for a call to an upstream that is not active.
  static json::object UnavailableError(const json::value& id, const upstream::Upstream& upstream);
  // Asks every gate about every active upstream and computes exposed_ (exposed_catalog.cc).
  void ReviewCatalogs();
  enum class WithheldKind { kTool, kPrompt, kResource };
  // A withheld item: which upstream, the gate's text (already SafeText) and reason code.
  struct Withheld {
    std::size_t upstream = 0;
    std::string text;
    std::string code;  // "scanner.<rule>", "pins.tool_changed", ...; "" when the gate gave none
  };
  // Why upstream `index`'s item `original` (name or URI) is withheld; nullopt when it is not.
  std::optional<Withheld> WithheldReason(std::size_t index, WithheldKind kind,
                                         const std::string& original) const;
  // The same for an exposed tool or prompt name that no longer routes (it was withheld).
  std::optional<Withheld> WithheldByExposedName(WithheldKind kind,
                                                const std::string& exposed) const;
  // The same for a resource URI (a blocked server owns no URI).
  std::optional<Withheld> WithheldResource(const std::string& uri) const;
  // Answers a call to a withheld item: notes it in the call's audit record (blocked, reason
  // "gateway.withheld" and a finding of the gate's code) and sends WithheldResponse through
  // the response guard chain (GuardAnswer), so even the sanitized name is guarded.
  void AnswerWithheld(const std::shared_ptr<ClientSession>& session, std::string_view method,
                      const json::value& id, WithheldKind kind, std::string_view name,
                      const Withheld& withheld, Respond& respond) const;
  // The answer to a call naming a withheld item: tools/call gets an isError result, other
  // methods -32602; both carry reason "gateway.withheld" and the gate's text. `name` (as the
  // client or the upstream spelled it) is quoted through SafeName, `reason` through SafeText.
  static json::object WithheldResponse(std::string_view method, const json::value& id,
                                       WithheldKind kind, std::string_view name,
                                       std::string_view reason);
  void Rebuild();
  void Broadcast(const json::object& notification);
  // Sends a notification from upstream `server` to every initialized session `wanted` accepts,
  // each through the response-path guard chain.
  void BroadcastIf(std::string_view server, const json::object& notification,
                   const std::function<bool(const ClientSession&)>& wanted);
  // Runs the request-path chain over a client's answer to a server-to-client request before it
  // is handed to `reply` (toward the upstream `server`).
  void GuardClientAnswer(const std::shared_ptr<ClientSession>& session, const std::string& server,
                         const std::string& method, json::object response,
                         const std::function<void(json::object)>& reply);
  void ResubscribeAfterRestart(std::size_t index);
  // A subscription the owning upstream refused: `session` (and sessions that are gone) no
  // longer count as subscribed to `uri`; the entry goes when nobody is left.
  void ForgetSubscription(const std::string& uri, const std::shared_ptr<ClientSession>& session);
  // Answers a list method with one page of `list`; `params.cursor` selects the page.
  // Pages are serialized once and cached until the next Rebuild().
  void RespondPage(std::string_view field, const json::array& list, const json::value& id,
                   const json::object& params, Respond& respond);
  // Forwards a tools/call or prompts/get as bytes (to UpstreamFor's upstream), through the
  // request chain first when a guard applies to it (ForwardGuardedBytes); false (request
  // untouched) when it needs the tree path (a meta tool, an unknown name, malformed params).
  bool TryForwardBytes(const std::shared_ptr<ClientSession>& session, core::WireMessage& request,
                       Respond& respond, ForwardedRequest& forwarded);
  // guarded_forward.cc. Runs the request chain (`context`) over a tree of `request`'s params;
  // then: rejected, `respond` gets the blocked answer; modified, the rewritten params go upstream
  // as a tree (SendUpstream); otherwise the request's own bytes go (SendWire). As Forward for
  // waiting guards (guard_run, sent_later).
  ForwardedRequest ForwardGuardedBytes(const std::shared_ptr<ClientSession>& session,
                                       std::size_t index, guards::GuardContext context,
                                       core::WireMessage request, Respond respond);
  // Sends `request` as bytes to the upstream of `index` for `session` (audit: its arguments).
  ForwardedRequest SendWire(const std::shared_ptr<ClientSession>& session, std::size_t index,
                            std::string method, std::string item, core::WireMessage request,
                            Respond respond);
  // The response chain over an upstream's answer (id already the client's): the answer goes on
  // as its bytes unless a guard changed it (then serialized from the tree) or rejected it.
  void GuardWireAnswer(const std::shared_ptr<ClientSession>& session, std::string_view server,
                       std::string method, std::string item, core::WireMessage response,
                       Respond respond) const;
  // The callbacks of a forwarded request (both paths): the response gets the client's id
  // (`id_text` serialized) back; when any guard applies to it, it passes GuardWireAnswer (bytes
  // kept unless a guard changes it), else it goes on as the upstream's bytes. Progress passes
  // SendGuarded.
  upstream::RequestCallbacks ForwardCallbacks(const std::shared_ptr<ClientSession>& session,
                                              std::size_t index, std::string_view method,
                                              std::string item, const json::value& id,
                                              std::string id_text, Respond respond);
  // The upstream owning `uri` (see the file comment), or upstreams_.size() when none.
  std::size_t ResolveResourceOwner(const std::string& uri) const;
  ForwardedRequest Subscribe(const std::shared_ptr<ClientSession>& session, const json::value& id,
                             json::object params, bool subscribe, Respond& respond);
  ForwardedRequest Complete(const std::shared_ptr<ClientSession>& session, const json::value& id,
                            json::object params, Respond& respond);
  ForwardedRequest RouteTask(const std::shared_ptr<ClientSession>& session,
                             std::string_view method, const json::value& id, json::object params,
                             Respond& respond);
  void ListTasks(const std::shared_ptr<ClientSession>& session, const json::value& id,
                 const json::object& params, Respond& respond);
  // Records the task in `result.task` as created on `upstream` by `session`. A task already
  // known keeps its first owner.
  void RememberTask(const json::object& result, std::size_t upstream,
                    const std::weak_ptr<ClientSession>& session);
  // The session owning `task_id` when it is alive and `upstream` created the task; else null.
  std::shared_ptr<ClientSession> TaskOwner(const std::string& task_id,
                                           const upstream::Upstream& upstream) const;

  ForwardedRequest CallTool(const std::shared_ptr<ClientSession>& session, const json::value& id,
                            json::object params, Respond& respond);
  ForwardedRequest RunTool(const std::shared_ptr<ClientSession>& session, const json::value& id,
                           json::object params, Respond& respond);
  ForwardedRequest GetPrompt(const std::shared_ptr<ClientSession>& session, const json::value& id,
                             json::object params, Respond& respond);
  ForwardedRequest ReadResource(const std::shared_ptr<ClientSession>& session,
                                const json::value& id, json::object params, Respond& respond);
  // Sends `method` with `params` to upstream `index` after the request-path guard chain; the
  // answer (result or error) passes the response-path chain before `respond`.
  ForwardedRequest Forward(const std::shared_ptr<ClientSession>& session, std::size_t index,
                           std::string_view method, std::string item, const json::value& id,
                           json::object params, Respond& respond);
  // Forward's second half: the request already passed the chain.
  ForwardedRequest SendUpstream(const std::shared_ptr<ClientSession>& session, std::size_t index,
                                std::string method, std::string item, const json::value& id,
                                json::object params, Respond respond);

  // ---- Guard plumbing (guard_hooks.cc): every path to a client or a server ----
  // The context guards see: who (the session's guard info), which way, what; `request_key` is
  // the serialized id of the client request the message belongs to ("" for session-wide ones).
  // For tools/call the tool's annotations come from the exposed catalog (tool_annotations_).
  guards::GuardContext MakeGuardContext(const ClientSession* session, guards::Direction direction,
                                        std::string_view method, std::string_view server,
                                        std::string_view item,
                                        std::string_view request_key = {}) const;
  // Sends a notification from upstream `server` to `session` after the response-path chain;
  // dropped (and logged) when a guard rejects it.
  void SendGuarded(const std::shared_ptr<ClientSession>& session, std::string_view server,
                   json::object notification, std::string_view related = {});
  // Runs the response-path chain over an upstream's answer (its result, or its error object)
  // and hands the answer, rewritten or replaced by a blocked answer, to `respond`.
  void GuardAnswer(const std::shared_ptr<ClientSession>& session, std::string_view server,
                   std::string method, std::string item, json::object response,
                   Respond respond) const;
  // The answer to a request the chain rejected: a tools/call (or tasks/result) gets a result
  // with isError and a text naming the reason; other methods a JSON-RPC error with data.reason.
  static json::object BlockedResponse(std::string_view method, const json::value& id,
                                      const guards::ChainResult& result);
  // Logs what the chain found (types, locations and hashes; never values).
  static void RecordFindings(const guards::GuardContext& context,
                             const guards::ChainResult& result);
  void SetLoggingLevel(const std::shared_ptr<ClientSession>& session, const json::value& id,
                       const json::object& params, Respond& respond);
  // The upstream serving `session` for server `index`: the shared one, or the session's own
  // instance (started on first use). Null, after answering `respond` with -32000, when the
  // server's instances are all in use.
  std::shared_ptr<upstream::Upstream> UpstreamFor(const std::shared_ptr<ClientSession>& session,
                                                  std::size_t index, const json::value& id,
                                                  Respond& respond);
  // The session owning `upstream` when it is a session instance (null for a shared upstream or
  // an instance whose session is gone); `is_instance` tells which.
  std::shared_ptr<ClientSession> InstanceOwner(const upstream::Upstream& upstream,
                                               bool& is_instance) const;
  // The config index of `upstream` (shared or instance); upstreams_.size() when unknown.
  std::size_t IndexOf(const upstream::Upstream& upstream) const;
  // Routes an upstream's notifications/message (see the file comment).
  void RouteLogMessage(const upstream::Upstream& upstream, const json::object& notification);
  // The session with the most recent request in flight on `upstream` (null when none), and
  // that request's reference.
  std::shared_ptr<ClientSession> CausingSession(const upstream::Upstream& upstream,
                                                ClientSession::InFlightRef& latest) const;

  RouterOptions options_;
  std::shared_ptr<const guards::GuardChain> guards_;
  std::vector<std::shared_ptr<upstream::Upstream>> upstreams_;
  std::vector<std::weak_ptr<ClientSession>> sessions_;
  std::vector<std::function<void()>> settled_callbacks_;
  bool upstreams_started_ = false;

  std::vector<std::shared_ptr<CatalogGate>> gates_;
  struct Exposure {
    std::optional<upstream::Catalog> filtered;  // set when the gates changed anything
    GateDecision decision;
  };
  std::vector<Exposure> exposed_;  // by upstream index, recomputed by every Rebuild()
  std::unordered_map<std::string, Route> tools_;
  std::unordered_map<std::string, Route> prompts_;
  // Tool annotations by server name, then the upstream's tool name, for the guards (policy
  // rules on destructiveHint etc.); rebuilt by Rebuild() only when a guard chain is configured.
  std::unordered_map<std::string,
                     std::unordered_map<std::string, std::shared_ptr<const json::object>>>
      tool_annotations_;
  std::unordered_map<std::string, std::size_t> offline_tools_;    // exposed name -> upstream
  std::unordered_map<std::string, std::size_t> offline_prompts_;  // exposed name -> upstream
  std::unordered_map<std::string, std::size_t> resource_owners_;
  std::vector<std::pair<std::string, std::size_t>> resource_templates_;  // template, upstream
  json::array tools_list_;
  // Exposed tool name -> its valid, non-empty Mcp-Param declarations (rebuilt with tools_list_).
  std::unordered_map<std::string, std::vector<core::ParamHeaderDeclaration>> param_headers_;
  json::array prompts_list_;
  json::array resources_list_;
  json::array templates_list_;
  std::vector<NameCollision> tool_collisions_;
  std::vector<upstream::State> last_states_;
  std::unordered_map<std::string, Subscription> subscriptions_;  // by URI
  std::unordered_map<std::string, ClientRoute> client_routes_;   // by upstream + its request id
  struct TaskOwnerEntry {
    std::size_t upstream;
    std::weak_ptr<ClientSession> session;
  };
  std::unordered_map<std::string, TaskOwnerEntry> task_owners_;  // by task id
  // The logging level (LogSeverity) each session set with logging/setLevel.
  std::unordered_map<const ClientSession*, int> log_levels_;
  // Session instances of "isolation": "session" servers, by (session, server index).
  struct Instance {
    std::shared_ptr<upstream::SessionInstance> upstream;
    std::weak_ptr<ClientSession> session;
    std::size_t index;
  };
  InstanceFactory make_instance_;
  std::map<std::pair<const ClientSession*, std::size_t>, Instance> instances_;
  std::vector<std::string> task_order_;                           // for bounded eviction
  std::unordered_map<std::string, std::string> page_cache_;  // "field:offset" -> result JSON
  std::string handling_id_text_;  // the serialized id of the request HandleRequest is handling
  audit::CallRecorder* recorder_ = nullptr;
  std::shared_ptr<void> listen_state_;
  std::shared_ptr<void> downstream_state_;  // last: destroyed first
};

}  // namespace mcpgw::router
