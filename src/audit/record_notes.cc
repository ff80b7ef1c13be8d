#include "audit/record_notes.h"

#include <boost/json/serialize.hpp>

namespace mcpgw::audit {

namespace json = boost::json;

void NoteRoute(CallRecord& record, std::string_view method, std::string_view server,
               std::string_view item) {
  record.server = std::string(server);
  record.capability_name = std::string(item);
  if (method == "tools/call") {
    record.capability_type = server.empty() ? "meta" : "tool";
  } else if (method == "prompts/get") {
    record.capability_type = "prompt";
  } else if (method.starts_with("resources/")) {
    record.capability_type = "resource";
  } else if (method == "completion/complete") {
    record.capability_type = "completion";
  } else if (method.starts_with("tasks/")) {
    record.capability_type = "task";
  }
}

void NoteArguments(CallRecord& record, const json::object& params) {
  if (!record.wants_arguments) return;
  if (const json::value* arguments = params.if_contains("arguments")) {
    record.arguments_json = json::serialize(*arguments);
  } else {
    record.arguments_json = json::serialize(params);
  }
}

void NoteArgumentsFromWire(CallRecord& record, const core::WireMessage& request) {
  if (!record.wants_arguments) return;
  if (std::optional<json::value> arguments = request.GetValue({"params", "arguments"})) {
    record.arguments_json = json::serialize(*arguments);
  } else if (std::optional<json::value> params = request.GetValue({"params"})) {
    record.arguments_json = json::serialize(*params);
  }
}

void NoteVerdict(CallRecord& record, const guards::ChainResult& result) {
  if (result.rejected()) {
    record.decision = Decision::kBlocked;
  } else if (record.decision != Decision::kBlocked) {
    bool masked = result.kind == guards::VerdictKind::kModified;
    for (const guards::Finding& f : result.findings)
      masked = masked || (f.applied && (f.action == guards::Action::kMask ||
                                            f.action == guards::Action::kRedact));
    if (masked) record.decision = Decision::kMasked;
  }
  record.reasons.insert(record.reasons.end(), result.reasons.begin(), result.reasons.end());
  record.findings.insert(record.findings.end(), result.findings.begin(), result.findings.end());
}

void NoteWithheld(CallRecord& record, std::string_view code) {
  record.decision = Decision::kBlocked;
  record.reasons.emplace_back("gateway.withheld");
  if (code.empty()) return;
  guards::Finding finding;
  finding.type = std::string(code);
  finding.action = guards::Action::kBlock;
  finding.guard = std::string(code.substr(0, code.find('.')));  // the gate: "scanner", "pins"
  finding.applied = true;
  record.findings.push_back(std::move(finding));
}

void NoteRefused(CallRecord& record, std::string_view reason) {
  record.decision = Decision::kBlocked;
  record.reasons.emplace_back(reason);
}

void NoteUpstreamSent(CallRecord& record) {
  record.upstream_sent = std::chrono::steady_clock::now();
}

void NoteUpstreamAnswered(CallRecord& record) {
  if (record.upstream_sent.time_since_epoch().count() != 0)
    record.upstream_latency = std::chrono::steady_clock::now() - record.upstream_sent;
}

core::WireMessage NoteAnswer(CallRecord& record, core::WireMessage response, bool payloads) {
  if (response.kind() == core::MessageKind::kError) {
    record.status = Status::kError;
    if (std::optional<json::value> code = response.GetValue({"error", "code"}); code) {
      if (code->is_int64()) record.error_code = code->get_int64();
      if (record.error_code == core::kRequestTimeout) record.status = Status::kTimedOut;
    }
    if (std::optional<json::value> message = response.GetValue({"error", "message"});
        message && message->is_string())
      record.error_message = std::string(message->get_string());
  } else {
    std::optional<json::value> is_error = response.GetValue({"result", "isError"});
    record.is_error = is_error && is_error->is_bool() && is_error->get_bool();
    record.status = record.is_error ? Status::kToolError : Status::kOk;
    if (payloads) {
      if (std::optional<json::value> result = response.GetValue({"result"}))
        record.result_json = json::serialize(*result);
    }
  }
  // Counted without a copy: the answer goes on untouched (its bytes, or its tree).
  record.bytes_out = response.size();
  return response;
}

}  // namespace mcpgw::audit
