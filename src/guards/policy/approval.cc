#include "guards/policy/approval.h"

#include "pins/canonical_json.h"
#include "pins/pin_item.h"

namespace mcpgw::guards::policy {

namespace json = boost::json;

std::string ApprovalDigest(std::string_view server, std::string_view tool,
                           const json::value* arguments) {
  json::object call;
  call["arguments"] = arguments ? *arguments : json::value(json::object());
  call["server"] = server;
  call["tool"] = tool;
  return pins::Sha256Hex(pins::CanonicalJson(call));
}

json::object ApprovalQuestion(std::string_view server, std::string_view tool,
                              const json::value* arguments, std::string_view why,
                              std::size_t max_argument_chars) {
  std::string args = pins::CanonicalJson(arguments ? *arguments : json::value(json::object()));
  if (args.size() > max_argument_chars) {
    std::size_t cut = max_argument_chars;
    while (cut > 0 && (static_cast<unsigned char>(args[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
    args = args.substr(0, cut) + "... (" + std::to_string(args.size() - cut) + " more bytes)";
  }
  std::string message = "mcp-gateway asks for your approval.\nServer: " + std::string(server) +
                        "\nTool: " + std::string(tool) + "\nArguments: " + args;
  if (!why.empty()) message += "\nWhy: " + std::string(why);
  message += "\nApprove this exact call?";
  json::object approve{{"type", "boolean"},
                       {"title", "Approve this call"},
                       {"description", "true runs the call; false or declining blocks it"}};
  json::object schema{{"type", "object"},
                      {"properties", json::object{{"approve", std::move(approve)}}},
                      {"required", json::array{"approve"}}};
  return json::object{{"message", std::move(message)}, {"requestedSchema", std::move(schema)}};
}

ApprovalAnswer ReadApproval(const json::object& response) {
  const json::value* result = response.if_contains("result");
  if (!result || !result->is_object()) return ApprovalAnswer::kFailed;
  const json::value* action = result->get_object().if_contains("action");
  if (!action || !action->is_string()) return ApprovalAnswer::kFailed;
  if (action->get_string() == "decline" || action->get_string() == "cancel")
    return ApprovalAnswer::kDeclined;
  if (action->get_string() != "accept") return ApprovalAnswer::kFailed;
  const json::value* content = result->get_object().if_contains("content");
  if (!content || !content->is_object()) return ApprovalAnswer::kDeclined;
  const json::value* approve = content->get_object().if_contains("approve");
  return approve && approve->is_bool() && approve->get_bool() ? ApprovalAnswer::kApproved
                                                              : ApprovalAnswer::kDeclined;
}

}  // namespace mcpgw::guards::policy
