// Router: the guard half of the input_required pass-through (a 2026-07-28 upstream's
// input_required answer passed on to a 2026-07-28 client; the session seals the state,
// downstream/session_passthrough.cc). The questions inside inputRequests reach the user or the
// model exactly as a 2025 server's sampling/elicitation/roots request would, so they pass the
// response-path chain under that request's method; the client's answers in a retry's
// inputResponses reach the server, so they pass the request-path chain, as GuardClientAnswer does
// for a 2025 client's answer. RoutedServer tells the session where a retry would go now, so a
// state sealed for one server never reaches another after the routing changed.
#include "core/json_access.h"
#include "router/meta_tools.h"
#include "router/router.h"

namespace mcpgw::router {

namespace {

bool IsInputMethod(std::string_view method) {
  return method == "sampling/createMessage" || method == "elicitation/create" ||
         method == "roots/list";
}

// Collects the guarded members; the first error wins and the rest is ignored.
struct Gather {
  json::object guarded;
  std::size_t remaining = 0;
  bool finished = false;
  Router::InputsDone done;

  void Put(const std::string& key, json::value value) {
    if (finished) return;
    guarded[key] = std::move(value);
    if (--remaining == 0) Finish({});
  }
  // The caller's own count, taken so that an inline answer cannot finish early.
  void Release() {
    if (!finished && --remaining == 0) Finish({});
  }
  void Fail(json::object error) {
    if (finished) return;
    Finish(std::move(error));
  }
  void Finish(json::object error) {
    finished = true;
    auto done_now = std::move(done);
    if (error.empty()) {
      done_now(std::move(guarded), {});
    } else {
      done_now({}, std::move(error));
    }
  }
};

json::object ErrorOf(json::object response) {
  json::value* error = response.if_contains("error");
  if (error && error->is_object()) return std::move(error->get_object());
  return json::object{{"code", core::kInternalError}, {"message", "mcp-gateway: guard failed"}};
}

}  // namespace

void Router::GuardInputRequests(const std::shared_ptr<ClientSession>& session,
                                const std::string& server, json::object input_requests,
                                InputsDone done) {
  // Checked first, so nothing is guarded (or logged as found) for an answer that fails anyway.
  for (const auto& [key, entry] : input_requests) {
    const json::object* request = entry.if_object();
    const json::value* method = request ? request->if_contains("method") : nullptr;
    if (!method || !method->is_string() || !IsInputMethod(method->get_string())) {
      done({}, json::object{{"code", core::kInternalError},
                            {"message", "upstream '" + server + "': input request '" +
                                            std::string(key) +
                                            "' is not sampling/createMessage, "
                                            "elicitation/create or roots/list"}});
      return;
    }
  }
  auto gather = std::make_shared<Gather>();
  gather->done = std::move(done);
  gather->remaining = input_requests.size() + 1;  // +1: Release() after the loop
  for (auto& [key, entry] : input_requests) {
    json::object& request = entry.get_object();
    const std::string method(request.at("method").get_string());
    guards::GuardContext context =
        MakeGuardContext(session.get(), guards::Direction::kResponse, method, server, {});
    json::value* params = request.if_contains("params");
    if (!params || !guards_->AnyApplies(context)) {
      gather->Put(std::string(key), std::move(entry));
      continue;
    }
    json::value payload = std::move(*params);
    guards_->Start(context, std::move(payload),
                   [context, gather, key = std::string(key), method,
                    rest = std::move(request)](guards::ChainResult result,
                                               json::value payload) mutable {
                     RecordFindings(context, result);
                     if (result.rejected()) {
                       gather->Fail(ErrorOf(BlockedResponse(method, nullptr, result)));
                       return;
                     }
                     rest["params"] = std::move(payload);
                     gather->Put(key, std::move(rest));
                   });
  }
  gather->Release();
}

void Router::GuardInputResponses(const std::shared_ptr<ClientSession>& session,
                                 const std::string& server, json::object responses,
                                 const json::object& methods, InputsDone done) {
  auto gather = std::make_shared<Gather>();
  gather->done = std::move(done);
  gather->remaining = 1;
  for (auto& [key, result] : responses) {
    const json::value* method = methods.if_contains(key);
    if (!method || !method->is_string()) continue;  // not asked: dropped (extra keys are ignored)
    ++gather->remaining;
    json::object response{{"jsonrpc", "2.0"}, {"id", nullptr}, {"result", std::move(result)}};
    GuardClientAnswer(session, server, std::string(method->get_string()), std::move(response),
                      [gather, key = std::string(key)](json::object answer) {
                        if (json::value* guarded = answer.if_contains("result")) {
                          gather->Put(key, std::move(*guarded));
                        } else {
                          gather->Fail(ErrorOf(std::move(answer)));
                        }
                      });
  }
  gather->Release();
}

std::optional<std::string> Router::RoutedServer(std::string_view method,
                                                const json::object& params) const {
  const bool tool = method == "tools/call";
  if (tool || method == "prompts/get") {
    const std::string name(core::StringMember(params, "name"));
    if (tool && options_.meta_tools && name == kRunToolTool) {
      const json::object* arguments = core::ObjectMember(params, "arguments");
      const std::string_view server =
          arguments ? core::StringMember(*arguments, "server_name") : std::string_view();
      for (const auto& upstream : upstreams_)
        if (upstream->name() == server && upstream->state() == upstream::State::kActive)
          return upstream->name();
      return std::nullopt;
    }
    if (tool && options_.meta_tools && name == kGetMetadataTool) return std::nullopt;
    const auto& routes = tool ? tools_ : prompts_;
    auto it = routes.find(name);
    if (it == routes.end()) return std::nullopt;  // unknown, withheld or offline
    return upstreams_[it->second.upstream]->name();
  }
  if (method == "resources/read") {
    const std::string uri(core::StringMember(params, "uri"));
    if (uri.empty() || WithheldResource(uri)) return std::nullopt;
    const std::size_t owner = ResolveResourceOwner(uri);
    if (owner == upstreams_.size()) return std::nullopt;
    return upstreams_[owner]->name();
  }
  return std::nullopt;
}

}  // namespace mcpgw::router
