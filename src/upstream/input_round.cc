#include "upstream/input_round.h"

#include <algorithm>
#include <utility>

#include "core/json_rpc.h"

namespace mcpgw::upstream {

bool IsInputRequestMethod(std::string_view method) {
  return method == "sampling/createMessage" || method == "elicitation/create" ||
         method == "roots/list";
}

InputRound::InputRound(std::string id_prefix, Cancel cancel, Done done)
    : id_prefix_(std::move(id_prefix)), cancel_(std::move(cancel)), done_(std::move(done)) {}

std::shared_ptr<InputRound> InputRound::Start(const json::object& input_requests,
                                              std::string id_prefix, Ask ask, Cancel cancel,
                                              Done done) {
  auto round = std::make_shared<InputRound>(std::move(id_prefix), std::move(cancel),
                                            std::move(done));
  // Validate everything before asking anything.
  std::vector<std::pair<std::string, json::object>> questions;
  for (const auto& [key, entry] : input_requests) {
    const json::object* object = entry.if_object();
    const json::value* method = object ? object->if_contains("method") : nullptr;
    if (!method || !method->is_string() || !IsInputRequestMethod(method->get_string())) {
      Result result;
      result.outcome = Outcome::kInvalidInput;
      result.error = {{"code", core::kInternalError},
                      {"message", "the upstream's input_required result asks something that is "
                                  "not sampling, elicitation or roots (input request '" +
                                      std::string(key.substr(0, 64)) + "')"}};
      round->Finish(std::move(result));
      return round;
    }
    json::object request = core::MakeRequest(json::string(round->id_prefix_ + std::string(key)),
                                             method->get_string(), nullptr);
    if (const json::value* params = object->if_contains("params"); params && params->is_object())
      request["params"] = *params;
    else
      request.erase("params");
    questions.emplace_back(std::string(key), std::move(request));
  }
  if (questions.empty()) {
    round->Finish(Result{});
    return round;
  }
  for (const auto& question : questions) round->outstanding_.push_back(question.first);
  std::weak_ptr<InputRound> weak = round;
  for (auto& [key, request] : questions) {
    if (round->finished_) break;  // an earlier question was refused synchronously
    ask(std::move(request), [weak, key = key](json::object response) {
      if (auto self = weak.lock()) self->Answer(key, std::move(response));
    });
  }
  return round;
}

void InputRound::Answer(const std::string& key, json::object response) {
  if (finished_) return;
  auto it = std::find(outstanding_.begin(), outstanding_.end(), key);
  if (it == outstanding_.end()) return;  // answered twice: the first answer stands
  outstanding_.erase(it);
  json::value* result = response.if_contains("result");
  if (!result || !result->is_object()) {
    Result failed;
    failed.outcome = Outcome::kRefused;
    json::value* error = response.if_contains("error");
    failed.error = error && error->is_object()
                       ? error->get_object()
                       : json::object{{"code", core::kInternalError},
                                      {"message", "the client's answer has no result"}};
    for (const std::string& other : std::exchange(outstanding_, {})) cancel_(id_prefix_ + other);
    Finish(std::move(failed));
    return;
  }
  responses_[key] = std::move(*result);
  if (outstanding_.empty()) {
    Result answered;
    answered.responses = std::move(responses_);
    Finish(std::move(answered));
  }
}

void InputRound::Finish(Result result) {
  if (finished_) return;
  finished_ = true;
  if (auto done = std::exchange(done_, nullptr)) done(std::move(result));
}

void InputRound::Abort() {
  if (finished_) return;
  finished_ = true;
  done_ = nullptr;
  for (const std::string& key : std::exchange(outstanding_, {})) cancel_(id_prefix_ + key);
}

}  // namespace mcpgw::upstream
