#include "downstream/version_translation.h"

#include "core/protocol_version.h"

#include <boost/json/serialize.hpp>

namespace mcpgw::downstream {

namespace json = boost::json;
using core::ProtocolAtLeast;

namespace {

constexpr std::string_view k2025_03 = "2025-03-26";
constexpr std::string_view k2025_06 = "2025-06-18";
constexpr std::string_view k2025_11 = "2025-11-25";

struct Era {
  bool annotations;  // >= 2025-03-26
  bool audio;        // >= 2025-03-26
  bool structured;   // >= 2025-06-18: outputSchema, structuredContent, title, resource_link
  bool newest;       // >= 2025-11-25: icons, tool execution (task support)
};

Era EraOf(std::string_view version) {
  return {ProtocolAtLeast(version, k2025_03), ProtocolAtLeast(version, k2025_03),
          ProtocolAtLeast(version, k2025_06), ProtocolAtLeast(version, k2025_11)};
}

void StripDescriptor(json::object& item, const Era& era) {
  if (!era.structured) {
    item.erase("title");
    item.erase("outputSchema");
  }
  if (!era.annotations) item.erase("annotations");
  if (!era.newest) {
    item.erase("icons");
    item.erase("execution");
  }
}

void StripList(json::object& result, std::string_view field, const Era& era) {
  json::value* list = result.if_contains(field);
  if (!list || !list->is_array()) return;
  for (json::value& item : list->get_array())
    if (json::object* object = item.if_object()) StripDescriptor(*object, era);
}

void TranslateContent(json::array& content, const Era& era) {
  for (json::value& block : content) {
    json::object* object = block.if_object();
    if (!object) continue;
    const json::value* type = object->if_contains("type");
    if (!type || !type->is_string()) continue;
    if (!era.structured && type->get_string() == "resource_link") {
      const json::value* uri = object->if_contains("uri");
      std::string text = "Resource: " + (uri && uri->is_string() ? std::string(uri->get_string())
                                                                  : std::string("(no uri)"));
      block = json::object{{"type", "text"}, {"text", text}};
    } else if (!era.audio && type->get_string() == "audio") {
      block = json::object{{"type", "text"}, {"text", "[audio content omitted]"}};
    }
  }
}

void TranslateToolResult(json::object& result, const Era& era) {
  if (json::value* content = result.if_contains("content"); content && content->is_array())
    TranslateContent(content->get_array(), era);
  if (era.structured) return;
  json::value* structured = result.if_contains("structuredContent");
  if (!structured) return;
  json::value* content = result.if_contains("content");
  bool has_text = false;
  if (content && content->is_array()) {
    for (const json::value& block : content->get_array()) {
      const json::object* object = block.if_object();
      const json::value* type = object ? object->if_contains("type") : nullptr;
      has_text = has_text || (type && type->is_string() && type->get_string() == "text");
    }
  }
  if (!has_text) {
    if (!content || !content->is_array()) content = &(result["content"] = json::array());
    content->get_array().push_back(
        json::object{{"type", "text"}, {"text", json::serialize(*structured)}});
  }
  result.erase("structuredContent");
}

}  // namespace

bool NeedsTranslation(std::string_view method, std::string_view client_version) {
  if (client_version.empty() || ProtocolAtLeast(client_version, k2025_11)) return false;
  // Content blocks (resource_link, audio) and structuredContent changed up to 2025-06-18;
  // list items also lose icons (2025-11-25).
  if (method == "tools/call" || method == "prompts/get")
    return !ProtocolAtLeast(client_version, k2025_06);
  return method == "tools/list" || method == "prompts/list" || method == "resources/list" ||
         method == "resources/templates/list";
}

void TranslateResult(std::string_view method, std::string_view client_version,
                     json::object& result) {
  if (client_version.empty() || ProtocolAtLeast(client_version, k2025_11)) return;
  const Era era = EraOf(client_version);
  if (method == "tools/list") {
    StripList(result, "tools", era);
  } else if (method == "tools/call") {
    TranslateToolResult(result, era);
  } else if (method == "prompts/list") {
    StripList(result, "prompts", era);
  } else if (method == "resources/list") {
    StripList(result, "resources", era);
  } else if (method == "resources/templates/list") {
    StripList(result, "resourceTemplates", era);
  } else if (method == "prompts/get") {
    if (json::value* messages = result.if_contains("messages"); messages && messages->is_array()) {
      for (json::value& message : messages->get_array()) {
        json::object* object = message.if_object();
        json::value* content = object ? object->if_contains("content") : nullptr;
        if (content && content->is_object()) {
          json::array single{*content};
          TranslateContent(single, era);
          *content = single[0];
        }
      }
    }
  }
}

void TranslateCapabilities(std::string_view client_version, json::object& capabilities) {
  if (client_version.empty() || ProtocolAtLeast(client_version, k2025_11)) return;
  capabilities.erase("tasks");
  if (!ProtocolAtLeast(client_version, k2025_03)) capabilities.erase("completions");
}

}  // namespace mcpgw::downstream
