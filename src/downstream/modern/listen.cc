#include "downstream/modern/listen.h"

#include "core/json_rpc.h"

#include <algorithm>

namespace mcpgw::downstream::modern {

namespace json = boost::json;

namespace {

EraError Invalid(std::string reason) {
  return EraError{core::kInvalidParams, "Invalid params: subscriptions/listen " + reason, nullptr};
}

bool Flag(const json::object& capabilities, std::string_view family, std::string_view flag) {
  const json::value* cap = capabilities.if_contains(family);
  const json::value* value =
      cap && cap->is_object() ? cap->get_object().if_contains(flag) : nullptr;
  return value && value->is_bool() && value->get_bool();
}

}  // namespace

boost::system::result<ListenFilter, EraError> ParseListenFilter(const json::value* params) {
  const json::value* notifications =
      params && params->is_object() ? params->get_object().if_contains("notifications") : nullptr;
  if (!notifications || !notifications->is_object())
    return Invalid("requires an object \"notifications\"");
  ListenFilter filter;
  for (const auto& member : notifications->get_object()) {
    const std::string_view key = member.key();
    bool* flag = key == "toolsListChanged"       ? &filter.tools_list_changed
                 : key == "promptsListChanged"   ? &filter.prompts_list_changed
                 : key == "resourcesListChanged" ? &filter.resources_list_changed
                                                 : nullptr;
    if (flag) {
      if (!member.value().is_bool())
        return Invalid("notifications." + std::string(key) + " must be a boolean");
      *flag = member.value().get_bool();
      continue;
    }
    if (key != "resourceSubscriptions") continue;  // unknown members: ignored, never honored
    if (!member.value().is_array())
      return Invalid("notifications.resourceSubscriptions must be an array of strings");
    for (const json::value& uri : member.value().get_array()) {
      if (!uri.is_string() || uri.get_string().empty())
        return Invalid("notifications.resourceSubscriptions must hold non-empty strings");
      std::string text(uri.get_string());
      if (std::find(filter.resource_uris.begin(), filter.resource_uris.end(), text) !=
          filter.resource_uris.end())
        continue;
      if (filter.resource_uris.size() >= kMaxListenUris)
        return Invalid("names more than " + std::to_string(kMaxListenUris) + " resources");
      filter.resource_uris.push_back(std::move(text));
    }
  }
  return filter;
}

ListenFilter Honored(const ListenFilter& requested, const json::object& capabilities) {
  ListenFilter honored;
  honored.tools_list_changed =
      requested.tools_list_changed && Flag(capabilities, "tools", "listChanged");
  honored.prompts_list_changed =
      requested.prompts_list_changed && Flag(capabilities, "prompts", "listChanged");
  honored.resources_list_changed =
      requested.resources_list_changed && Flag(capabilities, "resources", "listChanged");
  if (Flag(capabilities, "resources", "subscribe")) honored.resource_uris = requested.resource_uris;
  return honored;
}

json::object FilterToJson(const ListenFilter& filter) {
  json::object out;
  if (filter.tools_list_changed) out["toolsListChanged"] = true;
  if (filter.prompts_list_changed) out["promptsListChanged"] = true;
  if (filter.resources_list_changed) out["resourcesListChanged"] = true;
  if (!filter.resource_uris.empty()) {
    json::array uris;
    for (const std::string& uri : filter.resource_uris) uris.emplace_back(uri);
    out["resourceSubscriptions"] = std::move(uris);
  }
  return out;
}

bool FilterAccepts(const ListenFilter& filter, std::string_view method, std::string_view uri) {
  if (method == "notifications/tools/list_changed") return filter.tools_list_changed;
  if (method == "notifications/prompts/list_changed") return filter.prompts_list_changed;
  if (method == "notifications/resources/list_changed") return filter.resources_list_changed;
  if (method == "notifications/resources/updated") {
    return !uri.empty() && std::find(filter.resource_uris.begin(), filter.resource_uris.end(),
                                     uri) != filter.resource_uris.end();
  }
  return false;
}

json::object TagSubscription(json::object notification, const json::value& subscription_id) {
  json::value& params = notification["params"];
  if (!params.is_object()) params = json::object();
  json::value& meta = params.get_object()["_meta"];
  if (!meta.is_object()) meta = json::object();
  meta.get_object()[kMetaSubscriptionId] = subscription_id;
  return notification;
}

json::object Acknowledgement(const ListenFilter& honored, const json::value& subscription_id) {
  return TagSubscription(
      core::MakeNotification(kAcknowledgedMethod,
                             json::object{{"notifications", FilterToJson(honored)}}),
      subscription_id);
}

}  // namespace mcpgw::downstream::modern
