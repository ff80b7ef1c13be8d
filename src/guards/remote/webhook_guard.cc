#include "guards/remote/webhook_guard.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>

#include "guards/remote/remote_config.h"
#include "guards/remote/webhook_signature.h"
#include "guards/text_walker.h"

namespace mcpgw::guards::remote {

namespace json = boost::json;

namespace {

constexpr std::string_view kPrefix = "guards.webhook";
constexpr std::size_t kMaxReason = 300;

json::value Blanked(const GuardContext& context, json::value value) {
  auto blank = [](TextLeaf& leaf) { leaf.Replace(std::string()); };
  WalkText(context, value, blank);
  return value;
}

std::int64_t UnixNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

bool SameShape(const GuardContext& context, const json::value& original,
               const json::value& candidate) {
  return Blanked(context, original) == Blanked(context, candidate);
}

Result<WebhookOptions> ParseWebhookOptions(const GuardEntryConfig& entry) {
  const json::object& s = entry.settings;
  if (auto r = CheckKeys(s, kPrefix, {"url", "secret", "secret_env", "retries", "backoff_ms"}); !r)
    return r.error();
  WebhookOptions options;
  auto url = RequiredUrl(s, kPrefix, "url");
  if (!url) return url.error();
  options.url = std::move(*url);
  auto secret = Secret(s, kPrefix, "secret", "secret_env");
  if (!secret) return secret.error();
  options.secret = secret->value_or("");
  CallPolicy defaults;
  auto retries = Integer(s, kPrefix, "retries", 2, 0, 10);
  if (!retries) return retries.error();
  defaults.retries = static_cast<int>(*retries);
  auto backoff = Integer(s, kPrefix, "backoff_ms", 100, 0, 60'000);
  if (!backoff) return backoff.error();
  defaults.backoff = std::chrono::milliseconds(*backoff);
  auto policy = ReadPolicy(entry, kPrefix, defaults);
  if (!policy) return policy.error();
  options.policy = *policy;
  options.now = UnixNow;
  return options;
}

WebhookGuard::WebhookGuard(WebhookOptions options, boost::asio::io_context& io)
    : RemoteGuard("webhook", io, options.policy, /*cache_size=*/0), options_(std::move(options)) {
  if (!options_.now) options_.now = UnixNow;
}

Result<std::optional<RemoteGuard::Outgoing>> WebhookGuard::Prepare(const GuardContext& context,
                                                                   const json::value& payload) {
  json::array findings;
  if (context.prior_findings)
    for (const Finding& f : *context.prior_findings)
      findings.push_back(json::object{{"type", f.type}, {"location", f.location}});
  const SessionInfo* session = context.session.get();
  json::object body{
      {"server", context.server},
      {"tool", context.item},
      {"method", context.method},
      {"direction", context.direction == Direction::kRequest ? "request" : "response"},
      {"session", session ? session->session_id : std::string()},
      {"principal", session ? session->principal : std::string()},
      {"client", session ? session->client_name : std::string()},
      {"content", payload},
      {"findings", std::move(findings)}};
  Outgoing out;
  out.request.method = "POST";
  out.request.url = options_.url;
  out.request.headers["Content-Type"] = "application/json";
  out.request.body = json::serialize(body);
  if (!options_.secret.empty()) {
    const std::int64_t timestamp = options_.now();
    out.request.headers[std::string(kTimestampHeader)] = std::to_string(timestamp);
    out.request.headers[std::string(kSignatureHeader)] =
        WebhookSignature(options_.secret, timestamp, out.request.body);
  }
  return std::optional<Outgoing>(std::move(out));
}

Result<json::value> WebhookGuard::Interpret(const GuardContext&, const http::Response& response) {
  boost::system::error_code ec;
  json::value body = json::parse(response.body, ec);
  if (ec || !body.is_object()) return MakeError("the webhook's answer is not a JSON object");
  json::object& o = body.as_object();
  const json::value* decision = o.if_contains("decision");
  if (!decision || !decision->is_string() ||
      (decision->get_string() != "allow" && decision->get_string() != "block" &&
       decision->get_string() != "modify"))
    return MakeError("\"decision\" must be allow, block or modify");
  json::object out{{"decision", decision->get_string()}};
  if (const json::value* reason = o.if_contains("reason"); reason && reason->is_string()) {
    std::string text(reason->get_string());
    if (text.size() > kMaxReason) text.resize(kMaxReason);
    out["reason"] = text;
  }
  if (decision->get_string() == "modify") {
    json::value* content = o.if_contains("content");
    if (!content) return MakeError("a modify answer has no \"content\"");
    out["content"] = std::move(*content);
  }
  return json::value(std::move(out));
}

Result<Verdict> WebhookGuard::Decide(const GuardContext& context, const json::value& decision,
                                     json::value& payload) {
  const json::object& d = decision.as_object();
  const std::string_view kind = d.at("decision").as_string();
  const json::value* reason = d.if_contains("reason");
  const std::string why = reason ? std::string(reason->as_string()) : std::string();
  if (kind == "allow") return Verdict::Continue();
  Finding finding;
  finding.guard = "webhook";
  finding.applied = context.mode != Mode::kMonitor;
  if (kind == "block") {
    finding.type = "webhook.block";
    finding.action = Action::kBlock;
    Verdict verdict =
        Verdict::Reject("webhook.block", "webhook: blocked by the organization's service" +
                                             (why.empty() ? "" : ": " + why));
    verdict.findings.push_back(std::move(finding));
    return verdict;
  }
  const json::value& content = d.at("content");
  if (!SameShape(context, payload, content))
    return MakeError(
        "malformed answer: the modified content changes the message's shape (only "
        "text may change)");
  finding.type = "webhook.modify";
  finding.action = Action::kMask;
  if (context.mode == Mode::kMonitor) {
    Verdict verdict = Verdict::Continue();
    verdict.findings.push_back(std::move(finding));
    return verdict;
  }
  payload = content;
  Verdict verdict = Verdict::Modified("webhook.modify");
  verdict.findings.push_back(std::move(finding));
  return verdict;
}

}  // namespace mcpgw::guards::remote
