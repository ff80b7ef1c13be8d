#include "app/policy_command.h"

#include <CLI/CLI.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <ostream>
#include <sstream>

#include "cli/options.h"
#include "cli/subcommand_parse.h"
#include "config/jsonc_parse.h"
#include "guards/guards_config.h"
#include "guards/policy/policy_eval.h"
#include "guards/policy/policy_parser.h"

namespace mcpgw::app {

namespace json = boost::json;
namespace policy = guards::policy;

namespace {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError("cannot read " + path + ": " + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Error CallError(std::string_view source, std::string_view key, std::string_view what) {
  return MakeError(std::string(source) + ": " + std::string(key) + ": " + std::string(what));
}

Result<std::vector<std::string>> StringArray(const json::value& v, std::string_view source,
                                             std::string_view key) {
  if (!v.is_array()) return CallError(source, key, "must be an array of strings");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.get_array().size(); ++i) {
    if (!v.get_array()[i].is_string())
      return CallError(source, std::string(key) + "[" + std::to_string(i) + "]",
                       "must be a string");
    out.emplace_back(v.get_array()[i].get_string());
  }
  return out;
}

}  // namespace

json::object PolicyTestReport::ToJson() const {
  json::object o;
  o["decision"] = decision;
  o["passes"] = passes;
  o["reason"] = reason;
  o["rule"] = rule.empty() ? json::value(nullptr) : json::value(rule);
  o["explanation"] = explanation;
  if (!message.empty()) o["message"] = message;
  json::array l, m;
  for (const std::string& s : labels) l.emplace_back(s);
  for (const std::string& s : masked) m.emplace_back(s);
  o["labels"] = std::move(l);
  o["masked"] = std::move(m);
  return o;
}

Result<PolicyTestReport> TestPolicyCall(const policy::PolicySet& set, const json::value& call,
                                        std::string_view source) {
  if (!call.is_object())
    return MakeError(std::string(source) + ": the top level must be an object");
  const json::object& c = call.get_object();
  std::string server, tool, method = "tools/call", principal, client;
  guards::Direction direction = guards::Direction::kRequest;
  const json::value* arguments = nullptr;
  const json::value* result = nullptr;
  const json::object* annotations = nullptr;
  policy::LabelHistory history;
  std::vector<guards::Finding> findings;
  bool direction_given = false;
  for (const auto& m : c) {
    const std::string_view k = m.key();
    auto str = [&](std::string& out) -> Result<void> {
      if (!m.value().is_string()) return CallError(source, k, "must be a string");
      out = std::string(m.value().get_string());
      return {};
    };
    Result<void> r;
    if (k == "server")
      r = str(server);
    else if (k == "tool")
      r = str(tool);
    else if (k == "method")
      r = str(method);
    else if (k == "principal")
      r = str(principal);
    else if (k == "client")
      r = str(client);
    else if (k == "direction") {
      std::string d;
      r = str(d);
      if (r && d == "request")
        direction = guards::Direction::kRequest;
      else if (r && d == "response")
        direction = guards::Direction::kResponse;
      else if (r)
        return CallError(source, k, "must be \"request\" or \"response\"");
      direction_given = true;
    } else if (k == "arguments") {
      if (!m.value().is_object()) return CallError(source, k, "must be an object");
      arguments = &m.value();
    } else if (k == "result") {
      result = &m.value();
    } else if (k == "annotations") {
      if (!m.value().is_object()) return CallError(source, k, "must be an object");
      annotations = &m.value().get_object();
    } else if (k == "history") {
      auto list = StringArray(m.value(), source, k);
      if (!list) return list.error();
      for (std::string& label : *list) history.Record(std::move(label), set.history_size);
    } else if (k == "findings") {
      auto list = StringArray(m.value(), source, k);
      if (!list) return list.error();
      for (std::string& type : *list) findings.emplace_back().type = std::move(type);
    } else {
      return CallError(source, k,
                       "unknown key (known: server, tool, method, direction, "
                       "arguments, result, principal, client, annotations, history, "
                       "findings)");
    }
    if (!r) return r.error();
  }
  if (server.empty()) return CallError(source, "server", "is required");
  if (tool.empty()) return CallError(source, "tool", "is required");
  if (!direction_given && result && !arguments) direction = guards::Direction::kResponse;
  if (direction == guards::Direction::kResponse && arguments)
    return CallError(source, "arguments", "a response carries a result, not arguments");
  if (direction == guards::Direction::kRequest && result)
    return CallError(source, "result", "a request carries arguments, not a result");

  policy::CallFacts facts;
  facts.direction = direction;
  facts.method = method;
  facts.server = server;
  facts.tool = tool;
  facts.principal = principal;
  facts.client = client;
  facts.arguments = arguments;
  facts.result = result;
  facts.annotations = annotations;
  facts.findings = &findings;
  facts.history = &history;
  const policy::Decision d = policy::EvaluatePolicy(set, facts);
  PolicyTestReport report;
  report.decision = std::string(policy::PolicyActionName(d.action));
  report.reason = std::string(d.reason);
  if (d.rule) report.rule = d.rule->id;
  report.explanation = policy::ExplainDecision(d, facts);
  report.labels = policy::LabelsOf(set, facts);
  report.passes = d.action != policy::PolicyAction::kDeny && d.action != policy::PolicyAction::kAsk;
  if (d.action == policy::PolicyAction::kDeny) report.message = policy::RejectMessage(d, facts);
  if (d.action == policy::PolicyAction::kAsk)
    report.message =
        "the user is asked to approve this call (elicitation); without an answer "
        "it is denied";
  if (d.action == policy::PolicyAction::kMask && d.rule) {
    const bool request = direction == guards::Direction::kRequest;
    for (const policy::Condition& cond : request ? d.rule->match.arguments : d.rule->match.result) {
      boost::system::error_code ec;
      const json::value* root = request ? arguments : result;
      if (root && root->find_pointer(cond.pointer, ec))
        report.masked.push_back((request ? "/arguments" : "") + cond.pointer);
    }
  }
  return report;
}

Result<std::shared_ptr<const policy::PolicySet>> LoadPolicyForTest(const std::string& path) {
  auto text = ReadFile(path);
  if (!text) return text.error();
  boost::system::error_code ec;
  json::value root = config::ParseJsoncValue(*text, ec);
  if (!ec && root.is_object() && !root.get_object().contains("guards"))
    return policy::ParsePolicyText(*text, path);  // a policy file
  auto config = guards::ParseGuardsConfig(*text, path);
  if (!config) return config.error();
  auto it = config->guards.find("policy");
  if (it == config->guards.end())
    return MakeError(path + ": guards.policy: missing (the config has no policy to test)");
  const char* home = std::getenv("HOME");
  return policy::ParsePolicySettings(it->second.settings, path, "guards.policy", home ? home : "");
}

int RunPolicyCommand(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  std::string config_path, call_path;
  bool json_output = false;
  CLI::App app{"Check a policy offline (docs/policy.md)", "mcp-gateway policy"};
  app.require_subcommand(1);
  CLI::App* test = app.add_subcommand(
      "test",
      "Evaluate the policy against a sample call and say which rule decided and why. "
      "Exit 0: the call passes; 1: denied or needs approval; 2: bad input");
  test->add_option("--config", config_path, "Config file (guards.policy) or policy file")
      ->required();
  test->add_option("--call", call_path,
                   "Sample call: {server, tool, method?, direction?, arguments|result, "
                   "principal?, client?, annotations?, history?, findings?}")
      ->required();
  test->add_flag("--json", json_output, "Machine-readable output");
  if (auto exit_code = cli::ParseSubcommandLine(app, argc, argv, "policy", out, err))
    return *exit_code;
  auto set = LoadPolicyForTest(config_path);
  if (!set) {
    err << "mcp-gateway policy: " << set.error().message << "\n";
    return cli::kExitUsage;
  }
  auto text = ReadFile(call_path);
  if (!text) {
    err << "mcp-gateway policy: " << text.error().message << "\n";
    return cli::kExitUsage;
  }
  boost::system::error_code ec;
  json::value call = json::parse(*text, ec);
  if (ec) {
    err << "mcp-gateway policy: " << call_path << ": not valid JSON: " << ec.message() << "\n";
    return cli::kExitUsage;
  }
  auto report = TestPolicyCall(**set, call, call_path);
  if (!report) {
    err << "mcp-gateway policy: " << report.error().message << "\n";
    return cli::kExitUsage;
  }
  if (json_output) {
    out << json::serialize(report->ToJson()) << "\n";
  } else {
    out << "decision: " << report->decision << (report->passes ? " (passes)" : " (blocked)")
        << "\n";
    if (!report->reason.empty()) out << "reason: " << report->reason << "\n";
    out << "why: " << report->explanation << "\n";
    if (!report->message.empty()) out << "client sees: " << report->message << "\n";
    if (!report->labels.empty()) {
      out << "labels:";
      for (const std::string& l : report->labels) out << " " << l;
      out << "\n";
    }
    for (const std::string& m : report->masked) out << "masked: " << m << "\n";
  }
  return report->passes ? 0 : 1;
}

}  // namespace mcpgw::app
