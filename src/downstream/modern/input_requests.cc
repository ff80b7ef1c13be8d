#include "downstream/modern/input_requests.h"

#include <algorithm>

#include "core/json_rpc.h"

namespace mcpgw::downstream::modern {

namespace json = boost::json;

namespace {

bool IsUsableKey(std::string_view key) {
  if (key.empty() || key.size() > 64) return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '.' || c == '-';
  });
}

std::string_view Kind(std::string_view method) {
  if (method == "elicitation/create") return "elicitation";
  if (method == "sampling/createMessage") return "sampling";
  if (method == "roots/list") return "roots";
  return "input";
}

bool Taken(const std::vector<std::string>& taken, std::string_view key) {
  return std::find(taken.begin(), taken.end(), key) != taken.end();
}

}  // namespace

std::string TakeInputKey(std::string_view method, json::value& params,
                         const std::vector<std::string>& taken) {
  std::string hint;
  if (json::object* object = params.if_object()) {
    if (json::value* meta = object->if_contains("_meta"); meta && meta->is_object()) {
      json::object& members = meta->get_object();
      if (const json::value* value = members.if_contains(kMetaInputKey); value && value->is_string())
        hint = std::string(value->get_string());
      members.erase(kMetaInputKey);
      if (members.empty()) object->erase("_meta");
    }
  }
  if (IsUsableKey(hint) && !Taken(taken, hint)) return hint;
  for (std::size_t n = 1;; ++n) {
    std::string key = std::string(Kind(method)) + "_" + std::to_string(n);
    if (!Taken(taken, key)) return key;
  }
}

json::object InputRequiredResult(const std::vector<InputRequest>& inputs,
                                 std::string_view request_state) {
  json::object requests;
  for (const InputRequest& input : inputs)
    requests[input.key] = json::object{{"method", input.method}, {"params", input.params}};
  return json::object{{"resultType", "input_required"},
                      {"inputRequests", std::move(requests)},
                      {"requestState", request_state}};
}

boost::system::result<RetryFields, EraError> TakeRetryFields(json::object& params) {
  RetryFields fields;
  if (auto it = params.find("inputResponses"); it != params.end()) {
    fields.present = true;
    if (!it->value().is_object())
      return EraError{core::kInvalidParams, "Invalid params: inputResponses must be an object",
                      nullptr};
    for (const auto& member : it->value().get_object()) {
      if (!member.value().is_object()) {
        return EraError{core::kInvalidParams,
                        "Invalid params: inputResponses." + std::string(member.key()) +
                            " must be an object (the result of the input request)",
                        nullptr};
      }
    }
    fields.input_responses = std::move(it->value().get_object());
    params.erase(it);
  }
  if (auto it = params.find("requestState"); it != params.end()) {
    fields.present = true;
    if (!it->value().is_string() || it->value().get_string().empty())
      return EraError{core::kInvalidParams, "Invalid params: requestState must be a non-empty string",
                      nullptr};
    fields.request_state = std::string(it->value().get_string());
    params.erase(it);
  }
  return fields;
}

}  // namespace mcpgw::downstream::modern
