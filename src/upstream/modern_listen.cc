#include "upstream/modern_listen.h"

#include "downstream/modern/era.h"
#include "downstream/modern/listen.h"

namespace mcpgw::upstream::modern {

namespace era = downstream::modern;

std::optional<json::object> ListenParams(const json::object& capabilities,
                                         const std::set<std::string>& uris) {
  era::ListenFilter wanted;
  wanted.tools_list_changed = true;
  wanted.prompts_list_changed = true;
  wanted.resources_list_changed = true;
  wanted.resource_uris.assign(uris.begin(), uris.end());
  const era::ListenFilter honored = era::Honored(wanted, capabilities);
  if (honored.empty()) return std::nullopt;
  return json::object{{"notifications", era::FilterToJson(honored)}};
}

std::optional<json::value> SubscriptionIdOf(const json::object& notification) {
  const json::value* params = notification.if_contains("params");
  const json::value* meta =
      params && params->is_object() ? params->get_object().if_contains("_meta") : nullptr;
  const json::value* id = meta && meta->is_object()
                              ? meta->get_object().if_contains(era::kMetaSubscriptionId)
                              : nullptr;
  if (!id) return std::nullopt;
  return *id;
}

void Untag(json::object& notification) {
  json::value* params = notification.if_contains("params");
  if (!params || !params->is_object()) return;
  json::value* meta = params->get_object().if_contains("_meta");
  if (!meta || !meta->is_object()) return;
  meta->get_object().erase(era::kMetaSubscriptionId);
  if (!meta->get_object().empty()) return;
  params->get_object().erase("_meta");
  if (params->get_object().empty()) notification.erase("params");
}

}  // namespace mcpgw::upstream::modern
