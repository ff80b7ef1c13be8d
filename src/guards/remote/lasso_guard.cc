#include "guards/remote/lasso_guard.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <cstdlib>
#include <map>

#include "core/ascii_lower.h"
#include "guards/remote/remote_config.h"

namespace mcpgw::guards::remote {

namespace json = boost::json;

namespace {

constexpr std::string_view kPrefix = "guards.lasso";

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string(value) : std::string();
}

// A finding's type name: lower-case letters, digits and '_' only (it becomes a reason code).
std::string TypeName(std::string_view raw) {
  std::string out;
  for (char c : raw) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      out.push_back(static_cast<char>(std::tolower(u)));
    else if (!out.empty() && out.back() != '_')
      out.push_back('_');
    if (out.size() >= 48) break;
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out.empty() ? "violation" : out;
}

// "<EMAIL>" for the finding type "email".
std::string DefaultMask(std::string_view type) {
  std::string mask = "<";
  for (char c : type)
    mask.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return mask + ">";
}

const json::value* Member(const json::object& o, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (const json::value* v = o.if_contains(n)) return v;
  return nullptr;
}

Result<std::size_t> Offset(const json::value* v, std::string_view what) {
  if (v && v->is_int64() && v->get_int64() >= 0) return static_cast<std::size_t>(v->get_int64());
  if (v && v->is_uint64()) return static_cast<std::size_t>(v->get_uint64());
  return MakeError("a masking finding has no valid \"" + std::string(what) + "\"");
}

// One finding into {type, action: block|alert|mask, message, start, end, mask}.
Result<json::object> NormalizeFinding(const json::object& f, std::string_view deputy) {
  const json::value* name = Member(f, {"name", "category", "type", "deputy"});
  std::string type =
      TypeName(name && name->is_string() ? std::string_view(name->get_string()) : deputy);
  const json::value* action = f.if_contains("action");
  if (!action || !action->is_string()) return MakeError("a finding has no \"action\"");
  const std::string a = core::AsciiLower(action->get_string());
  json::object out{{"type", "lasso." + type}};
  if (a == "block") {
    out["action"] = "block";
  } else if (a == "warn" || a == "alert" || a == "log" || a == "none" || a == "allow") {
    out["action"] = "alert";
  } else if (a == "auto_masking" || a == "mask" || a == "masking") {
    out["action"] = "mask";
    auto start = Offset(f.if_contains("start"), "start");
    if (!start) return start.error();
    auto end = Offset(f.if_contains("end"), "end");
    if (!end) return end.error();
    const json::value* index = Member(f, {"messageIndex", "message_index"});
    std::size_t message = 0;
    if (index) {
      auto i = Offset(index, "messageIndex");
      if (!i) return i.error();
      message = *i;
    }
    const json::value* mask = Member(f, {"mask", "replacement"});
    out["message"] = message;
    out["start"] = *start;
    out["end"] = *end;
    out["mask"] = mask && mask->is_string() ? std::string(mask->get_string()) : DefaultMask(type);
  } else {
    return MakeError("unknown finding action \"" + std::string(action->get_string()) + "\"");
  }
  return out;
}

}  // namespace

Result<std::string> ReplaceSpans(std::string_view text, std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });
  // Byte offset of every code point boundary, found lazily while walking.
  std::string out;
  std::size_t byte = 0, cp = 0, last_end = 0;
  auto advance_to = [&](std::size_t target) -> bool {
    while (cp < target) {
      if (byte >= text.size()) return false;
      const unsigned char c = static_cast<unsigned char>(text[byte]);
      std::size_t len = c < 0x80           ? 1
                        : (c >> 5) == 0x6  ? 2
                        : (c >> 4) == 0xE  ? 3
                        : (c >> 3) == 0x1E ? 4
                                           : 1;
      byte = std::min(text.size(), byte + len);
      ++cp;
    }
    return true;
  };
  std::size_t copied_to = 0;  // bytes of `text` already handled
  for (const Span& s : spans) {
    if (s.end < s.start) return MakeError("a masking span ends before it starts");
    if (s.start < last_end) return MakeError("masking spans overlap");
    if (!advance_to(s.start)) return MakeError("a masking span is out of range");
    out.append(text.substr(copied_to, byte - copied_to));
    if (!advance_to(s.end)) return MakeError("a masking span is out of range");
    out += s.replacement;
    copied_to = byte;
    last_end = s.end;
  }
  out.append(text.substr(copied_to));
  return out;
}

Result<LassoOptions> ParseLassoOptions(const GuardEntryConfig& entry) {
  const json::object& s = entry.settings;
  if (auto r = CheckKeys(s, kPrefix, {"base_url", "cache_size"}); !r) return r.error();
  LassoOptions options;
  options.api_key = Env("LASSO_API_KEY");
  if (options.api_key.empty())
    return MakeError(
        "plugin 'lasso' (the Lasso cloud guardrail) needs LASSO_API_KEY, which is "
        "not set; refusing to start without the protection asked for. For local "
        "detection without a cloud account use -p injection and -p harmful");
  options.user_id = Env("LASSO_USER_ID");
  options.conversation_id = Env("LASSO_CONVERSATION_ID");
  auto base = OptionalString(s, kPrefix, "base_url");
  if (!base) return base.error();
  if (base->has_value())
    options.base_url = **base;
  else if (std::string env = Env("LASSO_BASE_URL"); !env.empty())
    options.base_url = env;
  else
    options.base_url = std::string(kLassoDefaultBaseUrl);
  if (!options.base_url.starts_with("http://") && !options.base_url.starts_with("https://"))
    return MakeError(std::string(kPrefix) +
                     ".base_url (or LASSO_BASE_URL): must be an http:// or https:// URL");
  while (options.base_url.ends_with('/')) options.base_url.pop_back();
  auto cache = Integer(s, kPrefix, "cache_size", 1024, 0, 1'000'000);
  if (!cache) return cache.error();
  options.cache_size = static_cast<std::size_t>(*cache);
  CallPolicy defaults;
  defaults.honour_retry_after = true;
  auto policy = ReadPolicy(entry, kPrefix, defaults);
  if (!policy) return policy.error();
  options.policy = *policy;
  return options;
}

LassoGuard::LassoGuard(LassoOptions options, boost::asio::io_context& io)
    : RemoteGuard("lasso", io, options.policy, options.cache_size), options_(std::move(options)) {}

Result<std::optional<RemoteGuard::Outgoing>> LassoGuard::Prepare(const GuardContext& context,
                                                                 const json::value& payload) {
  const std::vector<LeafText> leaves = CollectLeaves(context, payload);
  if (leaves.empty()) return std::optional<Outgoing>();
  const bool request = context.direction == Direction::kRequest;
  json::array messages;
  for (const LeafText& leaf : leaves)
    messages.push_back(
        json::object{{"role", request ? "user" : "assistant"}, {"content", leaf.text}});
  json::object body{{"messages", std::move(messages)},
                    {"messageType", request ? "PROMPT" : "COMPLETION"}};
  Outgoing out;
  out.request.method = "POST";
  out.request.url = options_.base_url + "/gateway/v3/classify";
  out.request.headers["Content-Type"] = "application/json";
  out.request.headers["lasso-api-key"] = options_.api_key;
  if (!options_.user_id.empty()) out.request.headers["lasso-user-id"] = options_.user_id;
  if (!options_.conversation_id.empty())
    out.request.headers["lasso-conversation-id"] = options_.conversation_id;
  out.request.body = json::serialize(body);
  out.cacheable = true;
  return std::optional<Outgoing>(std::move(out));
}

Result<json::value> LassoGuard::Interpret(const GuardContext&, const http::Response& response) {
  boost::system::error_code ec;
  json::value body = json::parse(response.body, ec);
  if (ec || !body.is_object()) return MakeError("Lasso's answer is not a JSON object");
  const json::object& o = body.as_object();
  json::array findings;
  if (const json::value* f = o.if_contains("findings")) {
    auto add = [&](const json::value& item, std::string_view deputy) -> Result<void> {
      if (!item.is_object()) return MakeError("a finding is not an object");
      auto n = NormalizeFinding(item.as_object(), deputy);
      if (!n) return n.error();
      findings.push_back(std::move(*n));
      return {};
    };
    if (f->is_object()) {
      for (const auto& [deputy, list] : f->as_object()) {
        if (!list.is_array()) return MakeError("findings of a deputy are not a list");
        for (const json::value& item : list.as_array())
          if (auto r = add(item, deputy); !r) return r.error();
      }
    } else if (f->is_array()) {
      for (const json::value& item : f->as_array())
        if (auto r = add(item, "violation"); !r) return r.error();
    } else if (!f->is_null()) {
      return MakeError("\"findings\" is neither an object nor a list");
    }
  }
  const json::value* detected = o.if_contains("violations_detected");
  if (detected && !detected->is_bool()) return MakeError("\"violations_detected\" is not a bool");
  if (!detected && !o.contains("findings"))
    return MakeError("neither \"violations_detected\" nor \"findings\" in Lasso's answer");
  // Violations without any finding to act on: the API said "violation" and nothing else, so the
  // message is blocked rather than passed.
  if (detected && detected->get_bool() && findings.empty())
    findings.push_back(json::object{{"type", "lasso.violation"}, {"action", "block"}});
  return json::value(json::object{{"findings", std::move(findings)}});
}

Result<Verdict> LassoGuard::Decide(const GuardContext& context, const json::value& decision,
                                   json::value& payload) {
  const json::array& findings = decision.as_object().at("findings").as_array();
  if (findings.empty()) return Verdict::Continue();
  const bool monitor = context.mode == Mode::kMonitor;
  std::vector<Finding> recorded;
  std::string block_reason, block_types;
  std::map<std::size_t, std::vector<Span>> spans;            // per message (text leaf) index
  std::vector<std::pair<std::size_t, std::size_t>> mask_of;  // (finding, message) of masks
  for (const json::value& item : findings) {
    const json::object& f = item.as_object();
    const std::string_view action = f.at("action").as_string();
    Finding finding;
    finding.type = std::string(f.at("type").as_string());
    finding.applied = !monitor;
    if (action == "block") {
      finding.action = Action::kBlock;
      if (block_reason.empty()) block_reason = finding.type;
      if (block_types.find(finding.type) == std::string::npos)
        block_types += (block_types.empty() ? "" : ", ") + finding.type;
    } else if (action == "alert") {
      finding.action = Action::kAlert;
    } else {
      finding.action = Action::kMask;
      const std::size_t message =
          static_cast<std::size_t>(f.at("message").to_number<std::int64_t>());
      mask_of.emplace_back(recorded.size(), message);
      spans[message].push_back({static_cast<std::size_t>(f.at("start").to_number<std::int64_t>()),
                                static_cast<std::size_t>(f.at("end").to_number<std::int64_t>()),
                                std::string(f.at("mask").as_string())});
    }
    recorded.push_back(std::move(finding));
  }
  if (!block_reason.empty()) {
    Verdict verdict = Verdict::Reject(
        block_reason, "lasso: blocked by the Lasso guardrail (" + block_types + ")");
    verdict.findings = std::move(recorded);
    return verdict;
  }
  for (const Finding& f : recorded)
    if (f.action == Action::kAlert)
      spdlog::warn("guard name=lasso server={} method={} finding={} recorded", context.server,
                   context.method, f.type);
  if (spans.empty() || monitor) {
    Verdict verdict = Verdict::Continue();
    verdict.findings = std::move(recorded);
    return verdict;
  }
  std::vector<LeafText> leaves = CollectLeaves(context, payload);
  std::vector<LeafText> replacements;
  for (auto& [index, list] : spans) {
    if (index >= leaves.size())
      return MakeError("a masking finding names message " + std::to_string(index) + " of " +
                       std::to_string(leaves.size()));
    auto masked = ReplaceSpans(leaves[index].text, std::move(list));
    if (!masked) return masked.error();
    replacements.push_back({leaves[index].pointer, std::move(*masked)});
  }
  for (const auto& [finding, message] : mask_of)
    recorded[finding].location = leaves[message].pointer;
  ReplaceLeaves(context, payload, replacements);
  Verdict verdict = Verdict::Modified("lasso.mask");
  verdict.findings = std::move(recorded);
  return verdict;
}

}  // namespace mcpgw::guards::remote
