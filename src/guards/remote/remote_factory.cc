#include "guards/remote/remote_factory.h"

#include "guards/remote/lasso_guard.h"
#include "guards/remote/llm_judge_guard.h"
#include "guards/remote/webhook_guard.h"

namespace mcpgw::guards::remote {

bool IsRemoteGuard(std::string_view name) {
  return name == "llm_judge" || name == "lasso" || name == "webhook";
}

Result<void> BuildRemoteGuard(std::string_view name, const GuardEntryConfig& entry,
                              boost::asio::io_context* io, ChainEntry& chain_entry) {
  if (io == nullptr)
    return MakeError("guards." + std::string(name) + ": needs the gateway's event loop");
  chain_entry.late = true;
  if (name == "llm_judge") {
    auto options = ParseLlmJudgeOptions(entry, chain_entry.scope);
    if (!options) return options.error();
    chain_entry.guard = std::make_unique<LlmJudgeGuard>(std::move(*options), *io);
  } else if (name == "lasso") {
    auto options = ParseLassoOptions(entry);
    if (!options) return options.error();
    chain_entry.guard = std::make_unique<LassoGuard>(std::move(*options), *io);
  } else if (name == "webhook") {
    auto options = ParseWebhookOptions(entry);
    if (!options) return options.error();
    chain_entry.guard = std::make_unique<WebhookGuard>(std::move(*options), *io);
  } else {
    return MakeError("guards." + std::string(name) + ": not a network guard");
  }
  return {};
}

}  // namespace mcpgw::guards::remote
