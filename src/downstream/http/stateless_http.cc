// HttpServer: the 2026-07-28 (stateless) side of the Streamable HTTP endpoint. A POST without
// Mcp-Session-Id that is not a legacy initialize, and that names a stateless revision (in the
// MCP-Protocol-Version header or in the body's _meta), is one self-contained request: its
// headers and _meta are checked (downstream/modern/http_headers.h; 400 or 404 with the JSON-RPC
// error otherwise), then it is served by a session that lives only as long as the request
// (the same downstream::Session path as every other request: guards, audit, routing), and its
// answer is written as JSON or, when progress precedes it, as an SSE stream. See docs/http.md.
#include <spdlog/spdlog.h>

#include "core/json_rpc.h"
#include "core/mcp_param_headers.h"
#include "core/member_scan.h"
#include "downstream/http/http_server_impl.h"
#include "downstream/modern/era.h"
#include "downstream/modern/era_encoding.h"
#include "downstream/modern/http_headers.h"

namespace mcpgw::downstream::http {

namespace {

std::optional<std::string_view> HeaderValue(const Request& request, std::string_view name) {
  auto it = request.find(name);
  if (it == request.end()) return std::nullopt;
  return std::string_view(it->value().data(), it->value().size());
}

Reply EraErrorReply(const boost::json::value& id, int code, const std::string& message,
                    const boost::json::value& data) {
  return Reply{static_cast<bhttp::status>(modern::HttpStatusFor(code)),
               core::Serialize(core::MakeErrorResponse(id, code, message, data))};
}

// -32020 HeaderMismatch (HTTP 400) for an Mcp-Param-* header that disagrees with the body.
Reply ParamHeaderReply(const boost::json::value& id, const core::ParamHeaderMismatch& mismatch) {
  return EraErrorReply(
      id, modern::kHeaderMismatch,
      "Bad Request: the request headers and body disagree: " + mismatch.reason,
      boost::json::object{{"mismatch", boost::json::object{{"header", mismatch.header},
                                                            {"body", mismatch.reason}}}});
}

}  // namespace

std::optional<core::ParamHeaderMismatch> HttpServer::Impl::CheckParamHeaders(
    const Request& request, const boost::json::object& body) const {
  const boost::json::value* method = body.if_contains("method");
  if (!method || !method->is_string() || method->get_string() != "tools/call") return std::nullopt;
  const boost::json::value* params = body.if_contains("params");
  const boost::json::value* name =
      params && params->is_object() ? params->get_object().if_contains("name") : nullptr;
  if (!name || !name->is_string()) return std::nullopt;
  const auto* declarations = router.ParamHeaderDeclarations(name->get_string());
  if (!declarations) return std::nullopt;  // nothing to check
  const boost::json::value* arguments = params->get_object().if_contains("arguments");
  static const boost::json::value kNoArguments = boost::json::object();
  return core::CheckParamHeaders(
      *declarations, arguments ? *arguments : kNoArguments,
      [&request](std::string_view header) -> std::optional<std::string_view> {
        auto value = HeaderValue(request, header);
        if (!value) return std::nullopt;
        return modern::TrimOws(*value);
      });
}

bool IsStatelessPost(const Request& request, const PostPlan& plan) {
  if (plan.initialize && plan.single && plan.single->IsRequest()) {
    // A legacy initialize carries params.protocolVersion; one without it but with the era's
    // _meta is a modern client calling a removed method.
    if (!modern::IsModernRequest(plan.single->Tree())) return false;
  }
  if (!request[kSessionHeader].empty()) return false;
  if (modern::IsStatelessVersion(modern::TrimOws(request[kVersionHeader]))) return true;
  return plan.single && plan.single->IsRequest() && modern::IsModernRequest(plan.single->Tree());
}

bhttp::status StatelessAnswerStatus(std::string_view data) {
  // `data` is an answer the session serialized (valid JSON): a result is told from its top-level
  // keys, and only an error member is parsed (an escaped or repeated key: the whole answer).
  core::Span member;
  const core::MemberLookup found =
      core::LookupMember(data, core::Span{0, data.size()}, "error", member);
  if (found == core::MemberLookup::kAbsent) return bhttp::status::ok;
  auto parsed = core::ParseJson(found == core::MemberLookup::kFound
                                    ? data.substr(member.offset, member.size)
                                    : data);
  if (!parsed) return bhttp::status::ok;
  const boost::json::value* error =
      found == core::MemberLookup::kFound
          ? &*parsed
          : parsed->is_object() ? parsed->get_object().if_contains("error") : nullptr;
  const boost::json::value* code =
      error && error->is_object() ? error->get_object().if_contains("code") : nullptr;
  if (!code || !code->is_int64()) return bhttp::status::ok;
  if (code->get_int64() == modern::kMissingRequiredClientCapability)
    return bhttp::status::bad_request;
  if (code->get_int64() == core::kMethodNotFound) return bhttp::status::not_found;
  return bhttp::status::ok;
}

template <typename Stream>
asio::awaitable<bool> HttpServer::Impl::PostStateless(Stream& stream, Request& request,
                                                      PostPlan& plan, const SessionOwner& caller) {
  if (plan.batch) {
    co_return co_await WriteReply(
        stream, request,
        ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                   "Bad Request: JSON-RPC batches are not part of protocol revision " +
                       std::string(modern::kModernVersion)));
  }
  if (!plan.single->IsRequest()) {
    // Notifications and responses: the era has no session for them to act on.
    co_return co_await WriteReply(stream, request, Reply{bhttp::status::accepted, ""});
  }
  const boost::json::value id = plan.single->id();
  const std::string method(plan.single->method());
  auto checked = modern::CheckHttpRequest(
      modern::EraHeaders{HeaderValue(request, kVersionHeader), HeaderValue(request, "Mcp-Method"),
                         HeaderValue(request, "Mcp-Name")},
      plan.single->Tree());
  if (!checked) {
    co_return co_await WriteReply(
        stream, request,
        EraErrorReply(id, checked.error().code, checked.error().message, checked.error().data));
  }
  if (auto mismatch = CheckParamHeaders(request, plan.single->Tree())) {
    Reply reply = ParamHeaderReply(id, *mismatch);
    co_return co_await WriteReply(stream, request, reply);
  }
  if (!modern::IsServedMethod(method)) {
    co_return co_await WriteReply(
        stream, request,
        EraErrorReply(id, core::kMethodNotFound, "Method not found: " + method, nullptr));
  }
  // Bounds: each request is a session while it runs (at most max_sessions in all, 503), and a
  // client's stateless requests count like one session's (max_requests_per_session, 429).
  const std::string client = caller.client_key();
  if (stateless_open >= options.max_sessions) {
    spdlog::warn("http stateless request refused: {} in flight", stateless_open);
    co_return co_await WriteReply(
        stream, request,
        Reply{bhttp::status::service_unavailable,
              core::Serialize(core::MakeErrorResponse(id, core::kUpstreamUnavailable,
                                                      "Service Unavailable: too many requests"))});
  }
  if (stateless_per_client[client] >= options.max_requests_per_session) {
    co_return co_await WriteReply(
        stream, request,
        Reply{bhttp::status::too_many_requests,
              core::Serialize(core::MakeErrorResponse(
                  id, core::kInvalidRequest,
                  "Too Many Requests: at most " + std::to_string(options.max_requests_per_session) +
                      " requests may be in flight per client"))});
  }
  auto session = std::make_shared<HttpSession>(NewSessionId(), router, options, caller);
  session->Open();
  ++stateless_open;
  ++stateless_per_client[client];
  stateless_sessions[session.get()] = session;
  struct Closer {
    Impl& impl;
    std::string client;
    std::shared_ptr<HttpSession> session;
    ~Closer() {
      impl.stateless_sessions.erase(session.get());
      session->Close();
      --impl.stateless_open;
      if (--impl.stateless_per_client[client] == 0) impl.stateless_per_client.erase(client);
    }
  } closer{*this, client, session};
  auto events = session->OpenRequestStream(plan.keys, plan.keys);
  session->session().OnMessage(std::move(*plan.single));
  co_return co_await Answer(stream, request, session, events, Headers{}, /*json_allowed=*/true,
                            /*after=*/0);
}

template asio::awaitable<bool> HttpServer::Impl::PostStateless(PlainStream&, Request&, PostPlan&,
                                                               const SessionOwner&);
template asio::awaitable<bool> HttpServer::Impl::PostStateless(TlsStream&, Request&, PostPlan&,
                                                               const SessionOwner&);

}  // namespace mcpgw::downstream::http
