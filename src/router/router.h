// Router: turns client methods into actions across the upstreams.
//
// tools/list, prompts/list, resources/list and resources/templates/list merge the active
// upstreams' cached lists (tools and prompts under names from naming.h; resources keep their
// URIs) and paginate them with the gateway's own opaque cursors. tools/call and prompts/get find
// the owning upstream by exposed name; resources/read, resources/subscribe and
// completion/complete with a ref/resource find it by URI (exact match on a listed resource first,
// then the first upstream in config order whose resource template matches, then the only
// upstream offering resources). tasks/* follow the task id to the upstream that created it.
// Meta tools (get_metadata, run_tool) are answered here. Every forwarded call passes the guard
// chain on the way up (params) and down (result).
//
// Server-to-client requests (sampling, elicitation, roots) go to the session with the most
// recent request in flight on the asking upstream; with none, to the only initialized session
// that declared the capability; otherwise the upstream gets an error at once. A session that did
// not declare the capability is never sent the request (the upstream gets an error).
//
// Threading: io_context thread only. Lifetime: outlives every upstream and session it knows.
#pragma once

#include "core/json_rpc.h"
#include "guards/guard_chain.h"
#include "router/client_session.h"
#include "router/naming.h"
#include "upstream/upstream.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

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
};

// A request forwarded upstream, so that the session can cancel it.
struct ForwardedRequest {
  std::shared_ptr<upstream::Upstream> upstream;  // null when answered locally
  upstream::RequestId id = 0;
};

class Router : public upstream::UpstreamObserver {
 public:
  // Receives the full response for one client request (its "id" already the client's). A
  // response forwarded from an upstream arrives as its bytes (see core::WireMessage).
  using Respond = std::function<void(core::WireMessage response)>;

  Router(RouterOptions options, std::shared_ptr<const guards::GuardChain> guards);

  // Sets the upstreams, in config order. REQUIRES: called once, before any request.
  void SetUpstreams(std::vector<std::shared_ptr<upstream::Upstream>> upstreams);
  const std::vector<std::shared_ptr<upstream::Upstream>>& upstreams() const { return upstreams_; }

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
  // A tools/call or prompts/get that no guard needs to see as a tree goes upstream as the
  // client's bytes, with only the id and the item's name (and a progress token) replaced.
  ForwardedRequest HandleRequest(const std::shared_ptr<ClientSession>& session,
                                 core::WireMessage request, Respond respond);

  // Whether the guard chain must see `method`'s messages in `direction` as a tree (and may
  // modify them, so they are serialized again). When false, messages are forwarded as bytes.
  // Today: whenever the chain is not empty.
  bool NeedsGuardTree(std::string_view method, guards::Direction direction) const;

  // The capabilities, serverInfo and instructions to answer a client's initialize with.
  json::object ServerCapabilities() const;
  json::object ServerInfo() const;
  std::string Instructions() const;

  // True once every upstream has finished its first start attempt.
  bool AllSettled() const;
  // Calls `callback` once AllSettled() (at once if already).
  void WhenSettled(std::function<void()> callback);

  // Tool-name collisions found by the last rebuild (in no-prefix mode these refuse startup).
  const std::vector<NameCollision>& tool_collisions() const { return tool_collisions_; }

  // UpstreamObserver
  void OnUpstreamChanged(const upstream::Upstream& upstream) override;
  void OnUpstreamNotification(const upstream::Upstream& upstream,
                              json::object notification) override;
  void OnUpstreamRequest(const upstream::Upstream& upstream, json::object request,
                         std::function<void(json::object response)> reply) override;

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

  void Rebuild();
  void Broadcast(const json::object& notification);
  void BroadcastIf(const json::object& notification,
                   const std::function<bool(const ClientSession&)>& wanted);
  void ResubscribeAfterRestart(std::size_t index);
  // Answers a list method with one page of `list`; `params.cursor` selects the page.
  // Pages are serialized once and cached until the next Rebuild().
  void RespondPage(std::string_view field, const json::array& list, const json::value& id,
                   const json::object& params, Respond& respond);
  // Forwards a tools/call or prompts/get as bytes; false (request untouched) when it needs the
  // tree path (a guard, a meta tool, an unknown name, malformed params).
  bool TryForwardBytes(const std::shared_ptr<ClientSession>& session, core::WireMessage& request,
                       Respond& respond, ForwardedRequest& forwarded);
  // The callbacks of a forwarded request: the response gets the client's id back, is
  // guarded (as a tree) when NeedsGuardTree, else passed on as bytes.
  upstream::RequestCallbacks ForwardCallbacks(const std::shared_ptr<ClientSession>& session,
                                              std::size_t index, std::string_view method,
                                              std::string item, const json::value& id,
                                              std::string id_text, Respond& respond);
  // The upstream owning `uri` (see the file comment), or upstreams_.size() when none.
  std::size_t ResolveResourceOwner(const std::string& uri) const;
  ForwardedRequest Subscribe(const std::shared_ptr<ClientSession>& session, const json::value& id,
                             json::object params, bool subscribe, Respond& respond);
  ForwardedRequest Complete(const std::shared_ptr<ClientSession>& session, const json::value& id,
                            json::object params, Respond& respond);
  ForwardedRequest RouteTask(const std::shared_ptr<ClientSession>& session,
                             std::string_view method, const json::value& id, json::object params,
                             Respond& respond);
  void ListTasks(const json::value& id, const json::object& params, Respond& respond);
  void RememberTask(const json::object& result, std::size_t upstream);

  ForwardedRequest CallTool(const std::shared_ptr<ClientSession>& session, const json::value& id,
                            json::object params, Respond& respond);
  ForwardedRequest RunTool(const std::shared_ptr<ClientSession>& session, const json::value& id,
                           json::object params, Respond& respond);
  ForwardedRequest GetPrompt(const std::shared_ptr<ClientSession>& session, const json::value& id,
                             json::object params, Respond& respond);
  ForwardedRequest ReadResource(const std::shared_ptr<ClientSession>& session,
                                const json::value& id, json::object params, Respond& respond);
  // Sends `method` with `params` to upstream `index`, running the guard chain on `guarded`
  // (the member of params/result that carries user data) in both directions.
  ForwardedRequest Forward(const std::shared_ptr<ClientSession>& session, std::size_t index,
                           std::string_view method, std::string item, const json::value& id,
                           json::object params, Respond& respond);
  void SetLoggingLevel(const json::value& id, const json::object& params, Respond& respond);

  RouterOptions options_;
  std::shared_ptr<const guards::GuardChain> guards_;
  std::vector<std::shared_ptr<upstream::Upstream>> upstreams_;
  std::vector<std::weak_ptr<ClientSession>> sessions_;
  std::vector<std::function<void()>> settled_callbacks_;

  std::unordered_map<std::string, Route> tools_;
  std::unordered_map<std::string, Route> prompts_;
  std::unordered_map<std::string, std::size_t> resource_owners_;
  std::vector<std::pair<std::string, std::size_t>> resource_templates_;  // template, upstream
  json::array tools_list_;
  json::array prompts_list_;
  json::array resources_list_;
  json::array templates_list_;
  std::vector<NameCollision> tool_collisions_;
  std::vector<upstream::State> last_states_;
  std::unordered_map<std::string, Subscription> subscriptions_;  // by URI
  std::unordered_map<std::string, ClientRoute> client_routes_;   // by upstream + its request id
  std::unordered_map<std::string, std::size_t> task_owners_;     // task id -> upstream
  std::vector<std::string> task_order_;                           // for bounded eviction
  std::unordered_map<std::string, std::string> page_cache_;  // "field:offset" -> result JSON
  std::string handling_id_text_;  // the serialized id of the request HandleRequest is handling
};

}  // namespace mcpgw::router
