// The `webhook` guard: the extension point for an organization's own classifiers. Each message is
// POSTed to the user's HTTP service, which answers allow, block (with a reason) or modify (with
// new content). It runs late (after the masking guards), so the service only receives masked
// payloads, and the findings of the guards before it.
//
// Request: POST <url>, Content-Type application/json, body {"server", "tool", "method",
// "direction": "request"|"response", "session", "principal", "client", "content": the masked
// payload, "findings": [{"type", "location"}] (never values nor their hashes)}; with a secret
// configured, the X-MCP-Gateway-Timestamp and X-MCP-Gateway-Signature headers
// (webhook_signature.h).
// Answer: {"decision": "allow" | "block" | "modify", "reason": string, "content": the new
// payload (modify only)}. block -> reject "webhook.block" with the reason in the message;
// modify -> the payload is replaced, but only when the new content keeps the message's shape
// (the same JSON with only text leaves changed: SameShape); otherwise, or for any other
// answer, a malformed answer (failure). Network errors and 5xx are retried with jittered
// backoff within the budget; then the fail mode applies (closed by default).
//
// Config (guards.webhook): url (required), secret or secret_env, retries (default 2),
// backoff_ms (default 100), plus timeout_ms, max_concurrency, max_queue and the common keys.
//
// Threading and lifetime: as RemoteGuard.
#pragma once

#include <functional>
#include <string>

#include "core/status.h"
#include "guards/guards_config.h"
#include "guards/remote/remote_guard.h"

namespace mcpgw::guards::remote {

struct WebhookOptions {
  std::string url;
  std::string secret;  // "" = unsigned
  CallPolicy policy;
  // The clock for the timestamp header (unix seconds); tests pin it.
  std::function<std::int64_t()> now;
};

// Reads guards.webhook; errors name the key.
Result<WebhookOptions> ParseWebhookOptions(const GuardEntryConfig& entry);

// True when `candidate` is `original` with at most its text leaves (for `context`) changed.
bool SameShape(const GuardContext& context, const boost::json::value& original,
               const boost::json::value& candidate);

class WebhookGuard : public RemoteGuard {
 public:
  WebhookGuard(WebhookOptions options, boost::asio::io_context& io);

 protected:
  Result<std::optional<Outgoing>> Prepare(const GuardContext& context,
                                          const boost::json::value& payload) override;
  Result<boost::json::value> Interpret(const GuardContext& context,
                                       const http::Response& response) override;
  Result<Verdict> Decide(const GuardContext& context, const boost::json::value& decision,
                         boost::json::value& payload) override;

 private:
  WebhookOptions options_;
};

}  // namespace mcpgw::guards::remote
