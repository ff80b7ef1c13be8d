// Router: the exposed catalog (catalog_gate.h): each upstream's catalog minus what the gates hid,
// and the answers to calls that name a withheld item.
#include "audit/record_notes.h"
#include "core/json_access.h"
#include "core/json_rpc.h"
#include "router/meta_tools.h"
#include "router/naming.h"
#include "router/router.h"
#include "router/withheld_text.h"

#include <spdlog/spdlog.h>

namespace mcpgw::router {

using core::StringMember;
using upstream::State;

namespace {

// Merges `next` into `into`: hidden items and a block keep the first reason; replacements apply
// in gate order.
// Every text a gate wrote passes SafeText here: it is quoted to clients in refusals and
// get_metadata, outside the response guard chain's view of the upstream's own answers.
void Merge(GateDecision& into, GateDecision next) {
  if (into.blocked_reason.empty() && !next.blocked_reason.empty()) {
    into.blocked_reason = SafeText(next.blocked_reason);
    into.blocked_code = std::move(next.blocked_code);
  }
  for (auto* map : {&next.hidden_tools, &next.hidden_prompts, &next.hidden_resources})
    for (auto& [name, text] : *map) text = SafeText(text);
  for (const auto& [name, text] : next.hidden_tools)
    if (!into.hidden_tools.contains(name)) into.tool_codes[name] = next.tool_codes[name];
  for (const auto& [name, text] : next.hidden_prompts)
    if (!into.hidden_prompts.contains(name)) into.prompt_codes[name] = next.prompt_codes[name];
  for (const auto& [uri, text] : next.hidden_resources)
    if (!into.hidden_resources.contains(uri))
      into.resource_codes[uri] = next.resource_codes[uri];
  into.hidden_tools.merge(next.hidden_tools);
  into.hidden_prompts.merge(next.hidden_prompts);
  into.hidden_resources.merge(next.hidden_resources);
  for (auto& [name, tool] : next.replaced_tools) into.replaced_tools[name] = std::move(tool);
  if (next.replaced_instructions) into.replaced_instructions = std::move(next.replaced_instructions);
  if (into.withheld_instructions.empty() && !next.withheld_instructions.empty())
    into.withheld_instructions = SafeText(next.withheld_instructions);
}

json::array Without(const json::array& items, const char* key,
                    const std::map<std::string, std::string>& hidden) {
  json::array kept;
  kept.reserve(items.size());
  for (const json::value& item : items) {
    if (!item.is_object() || !hidden.contains(std::string(StringMember(item.get_object(), key))))
      kept.push_back(item);
  }
  return kept;
}

}  // namespace

void Router::AddCatalogGate(std::shared_ptr<CatalogGate> gate) {
  if (!gate) return;
  gates_.push_back(std::move(gate));
  Rebuild();
}

const upstream::Catalog& Router::ExposedCatalog(std::size_t index) const {
  if (index < exposed_.size() && exposed_[index].filtered) return *exposed_[index].filtered;
  return upstreams_[index]->catalog();
}

const GateDecision* Router::ExposureDecision(std::size_t index) const {
  if (index < exposed_.size() && !exposed_[index].decision.empty())
    return &exposed_[index].decision;
  return nullptr;
}

void Router::ReviewCatalogs() {
  exposed_.resize(upstreams_.size());
  for (std::size_t i = 0; i < upstreams_.size(); ++i) {
    Exposure& exposure = exposed_[i];
    exposure.filtered.reset();
    exposure.decision = GateDecision();
    if (gates_.empty() || upstreams_[i]->state() != State::kActive) continue;
    for (const auto& gate : gates_) {
      GateDecision decision;
      try {
        decision = gate->Review(*upstreams_[i]);
      } catch (const std::exception& e) {
        // A gate that fails withholds the server (fail closed): exposing unreviewed tools is
        // what the gate exists to prevent.
        decision.blocked_reason =
            "server '" + upstreams_[i]->name() + "' could not be reviewed by " +
            std::string(gate->name()) + ": " + e.what();
        decision.blocked_code = std::string(gate->name()) + ".review_failed";
        spdlog::error("router catalog gate failed: gate={} server={} error={}", gate->name(),
                      upstreams_[i]->name(), e.what());
      }
      Merge(exposure.decision, std::move(decision));
    }
    const GateDecision& d = exposure.decision;
    if (d.empty()) continue;
    const upstream::Catalog& original = upstreams_[i]->catalog();
    upstream::Catalog filtered;
    filtered.protocol_version = original.protocol_version;
    filtered.server_info = original.server_info;
    filtered.capabilities = original.capabilities;
    filtered.instructions = d.withheld_instructions.empty()
                                ? d.replaced_instructions.value_or(original.instructions)
                                : std::string();
    if (d.blocked_reason.empty()) {
      filtered.tools = Without(original.tools, "name", d.hidden_tools);
      for (json::value& tool : filtered.tools) {
        const std::string name(StringMember(tool.get_object(), "name"));
        auto replaced = d.replaced_tools.find(name);
        if (replaced == d.replaced_tools.end()) continue;
        json::object copy = replaced->second;
        copy["name"] = name;
        tool = std::move(copy);
      }
      filtered.prompts = Without(original.prompts, "name", d.hidden_prompts);
      filtered.resources = Without(original.resources, "uri", d.hidden_resources);
      filtered.resource_templates = original.resource_templates;
    } else {
      filtered.instructions.clear();
    }
    if (!d.blocked_reason.empty() || !d.hidden_tools.empty() || !d.hidden_prompts.empty() ||
        !d.hidden_resources.empty() || !d.withheld_instructions.empty()) {
      spdlog::warn("router withheld from clients: server={} blocked={} tools={} prompts={} "
                   "resources={} instructions={}",
                   upstreams_[i]->name(), !d.blocked_reason.empty(), d.hidden_tools.size(),
                   d.hidden_prompts.size(), d.hidden_resources.size(),
                   !d.withheld_instructions.empty());
    }
    exposure.filtered = std::move(filtered);
  }
}

std::optional<Router::Withheld> Router::WithheldReason(std::size_t index, WithheldKind kind,
                                                      const std::string& original) const {
  const GateDecision* d = ExposureDecision(index);
  if (d == nullptr) return std::nullopt;
  if (!d->blocked_reason.empty()) return Withheld{index, d->blocked_reason, d->blocked_code};
  const std::map<std::string, std::string>& hidden = kind == WithheldKind::kTool ? d->hidden_tools
                                                     : kind == WithheldKind::kPrompt
                                                         ? d->hidden_prompts
                                                         : d->hidden_resources;
  const std::map<std::string, std::string>& codes = kind == WithheldKind::kTool ? d->tool_codes
                                                    : kind == WithheldKind::kPrompt
                                                        ? d->prompt_codes
                                                        : d->resource_codes;
  auto it = hidden.find(original);
  if (it == hidden.end()) return std::nullopt;
  auto code = codes.find(original);
  return Withheld{index, it->second, code == codes.end() ? std::string() : code->second};
}

std::optional<Router::Withheld> Router::WithheldByExposedName(WithheldKind kind,
                                                              const std::string& exposed) const {
  const auto items = kind == WithheldKind::kTool ? &upstream::Catalog::tools
                                                 : &upstream::Catalog::prompts;
  for (std::size_t i = 0; i < upstreams_.size() && i < exposed_.size(); ++i) {
    if (ExposureDecision(i) == nullptr) continue;
    for (const json::value& item : upstreams_[i]->catalog().*items) {
      if (!item.is_object()) continue;
      const std::string original(StringMember(item.get_object(), "name"));
      const std::string name = options_.naming.prefix
                                   ? SanitizeName(upstreams_[i]->name() +
                                                  options_.naming.separator + original)
                                   : SanitizeName(original);
      if (name != exposed) continue;
      if (auto withheld = WithheldReason(i, kind, original)) return withheld;
    }
  }
  return std::nullopt;
}

std::optional<Router::Withheld> Router::WithheldResource(const std::string& uri) const {
  for (std::size_t i = 0; i < upstreams_.size() && i < exposed_.size(); ++i) {
    const GateDecision* d = ExposureDecision(i);
    if (d == nullptr || !d->blocked_reason.empty()) continue;  // a blocked server owns nothing
    if (d->hidden_resources.contains(uri)) return WithheldReason(i, WithheldKind::kResource, uri);
  }
  return std::nullopt;
}

void Router::AnswerWithheld(const std::shared_ptr<ClientSession>& session,
                            std::string_view method, const json::value& id, WithheldKind kind,
                            std::string_view name, const Withheld& withheld,
                            Respond& respond) const {
  const std::string& server = upstreams_[withheld.upstream]->name();
  if (audit::CallRecord* record = session ? session->CallRecordOf(id) : nullptr) {
    audit::NoteRoute(*record, method, server, name);
    audit::NoteWithheld(*record, withheld.code);
  }
  json::object answer = WithheldResponse(method, id, kind, name, withheld.text);
  if (!session) {
    respond(std::move(answer));
    return;
  }
  GuardAnswer(session, server, std::string(method), std::string(name), std::move(answer),
              respond);
}

json::object Router::WithheldResponse(std::string_view method, const json::value& id,
                                      WithheldKind kind, std::string_view name,
                                      std::string_view reason) {
  const char* what = kind == WithheldKind::kTool     ? "tool"
                     : kind == WithheldKind::kPrompt ? "prompt"
                                                     : "resource";
  const std::string detail = SafeText(reason);
  const std::string text =
      std::string(what) + " '" + SafeName(name) + "' is withheld by the gateway: " + detail;
  if (method == "tools/call") {
    json::object result = ToolErrorResult(text);
    result["structuredContent"] = json::object{{"reason", "gateway.withheld"}, {"detail", detail}};
    return core::MakeResultResponse(id, std::move(result));
  }
  return core::MakeErrorResponse(id, core::kInvalidParams, text,
                                 json::object{{"reason", "gateway.withheld"}, {"detail", detail}});
}

}  // namespace mcpgw::router
