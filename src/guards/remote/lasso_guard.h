// The `lasso` guard (-p lasso): the reference gateway's cloud guardrail, through Lasso's
// classification API v3. It runs late (after the masking guards), so Lasso only receives masked
// text.
//
// Request: POST <base>/gateway/v3/classify, headers lasso-api-key (LASSO_API_KEY) and, when set,
// lasso-user-id (LASSO_USER_ID) and lasso-conversation-id (LASSO_CONVERSATION_ID); body
// {"messages": [{"role", "content"}, ...], "messageType": "PROMPT" | "COMPLETION"}: one message
// per text leaf of the payload, role "user" and PROMPT toward a server, role "assistant" and
// COMPLETION toward the client.
// Answer (assumed from public integrations; Lasso publishes no schema we could read, see
// docs/guards.md): {"violations_detected": bool, "deputies": {...}, "findings": {"<deputy>":
// [finding, ...]} or [finding, ...]}, each finding {"name"|"category", "action": "BLOCK" |
// "WARN" | "AUTO_MASKING" (also "ALERT", "MASK"), "severity", and for masking "start", "end"
// (Unicode code-point offsets into the message's content), "messageIndex" (default 0) and
// optionally "mask" (the replacement; default "<NAME>")}.
// Verdict, per finding action: BLOCK -> reject "lasso.<name>"; WARN/ALERT -> pass and record
// (alert); AUTO_MASKING/MASK with spans -> those spans replaced in the text leaves (modified
// "lasso.mask"). A span out of range, or an unknown action, is a malformed answer (failure).
// Errors and 429 -> failure (fail-closed by default); a 429's Retry-After is waited for once
// when it fits in the budget, else passed to the client as retryAfterMs.
//
// Config (guards.lasso): base_url (default: env LASSO_BASE_URL, else
// https://server.lasso.security), cache_size (default 1024), plus timeout_ms, max_concurrency,
// max_queue and the common keys. The API key comes only from the environment.
//
// Threading and lifetime: as RemoteGuard.
#pragma once

#include <string>

#include "core/status.h"
#include "guards/guards_config.h"
#include "guards/remote/remote_guard.h"

namespace mcpgw::guards::remote {

inline constexpr std::string_view kLassoDefaultBaseUrl = "https://server.lasso.security";

struct LassoOptions {
  std::string base_url;  // without a trailing slash
  std::string api_key;
  std::string user_id;          // "" = no header
  std::string conversation_id;  // "" = no header
  std::size_t cache_size = 1024;
  CallPolicy policy;
};

// Reads guards.lasso and the LASSO_* environment; errors name the key or the variable.
Result<LassoOptions> ParseLassoOptions(const GuardEntryConfig& entry);

class LassoGuard : public RemoteGuard {
 public:
  LassoGuard(LassoOptions options, boost::asio::io_context& io);

 protected:
  Result<std::optional<Outgoing>> Prepare(const GuardContext& context,
                                          const boost::json::value& payload) override;
  Result<boost::json::value> Interpret(const GuardContext& context,
                                       const http::Response& response) override;
  Result<Verdict> Decide(const GuardContext& context, const boost::json::value& decision,
                         boost::json::value& payload) override;

 private:
  LassoOptions options_;
};

// Replaces code-point spans [start, end) of UTF-8 `text` (non-overlapping after sorting; an
// overlapping or out-of-range span is an error) with their replacement.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string replacement;
};
Result<std::string> ReplaceSpans(std::string_view text, std::vector<Span> spans);

}  // namespace mcpgw::guards::remote
