// The `llm_judge` guard: asks an OpenAI-compatible chat-completions endpoint (llama.cpp, Ollama,
// vLLM, or a cloud one) whether a message's text leaves violate policies written in plain
// language. It runs late (after the masking guards), so the judge only ever sees masked text.
//
// Request: POST <url> with {"model", "temperature": 0, "messages": [system: the policies and the
// answer format; user: where the message goes and its text leaves], "response_format":
// {"type": "json_schema", "json_schema": {"name": "policy_verdict", "strict": true, "schema":
// {violation: boolean, policy: string, reason: string}}}}, header Authorization: Bearer <key>
// when a key is configured.
// Answer: choices[0].message.content holding that JSON object, possibly inside a ``` code fence
// or surrounded by prose (the first {...} is read). Anything else is a malformed answer (a
// failure: fail mode applies).
// Verdict: violation -> `action` (block by default: reject "llm_judge.violation" with the policy
// and the judge's short reason in the message; alert or log: pass and record the finding).
//
// Config (guards.llm_judge): url (required), model (required), api_key or api_key_env,
// policies (non-empty list of strings), cache_size (default 1024), directions ("request" |
// "response" | "both"), plus timeout_ms, max_concurrency, max_queue and the common keys.
//
// Threading and lifetime: as RemoteGuard.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "guards/guard_chain.h"
#include "guards/guards_config.h"
#include "guards/remote/remote_guard.h"

namespace mcpgw::guards::remote {

struct LlmJudgeOptions {
  std::string url;
  std::string model;
  std::string api_key;  // "" = no Authorization header
  std::vector<std::string> policies;
  Action action = Action::kBlock;
  std::size_t cache_size = 1024;
  CallPolicy policy;
};

// Reads guards.llm_judge; errors name the key. `scope` receives "directions".
Result<LlmJudgeOptions> ParseLlmJudgeOptions(const GuardEntryConfig& entry, GuardScope& scope);

class LlmJudgeGuard : public RemoteGuard {
 public:
  LlmJudgeGuard(LlmJudgeOptions options, boost::asio::io_context& io);

 protected:
  Result<std::optional<Outgoing>> Prepare(const GuardContext& context,
                                          const boost::json::value& payload) override;
  Result<boost::json::value> Interpret(const GuardContext& context,
                                       const http::Response& response) override;
  Result<Verdict> Decide(const GuardContext& context, const boost::json::value& decision,
                         boost::json::value& payload) override;

 private:
  LlmJudgeOptions options_;
  std::string system_prompt_;
};

// Finds the verdict object in a model's answer text: the JSON itself, or inside a code fence, or
// the first balanced {...} in prose. Errors say what was wrong.
Result<boost::json::object> ExtractJsonObject(std::string_view text);

}  // namespace mcpgw::guards::remote
