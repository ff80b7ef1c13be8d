#include "guards/remote/remote_config.h"

#include <algorithm>
#include <cstdlib>

namespace mcpgw::guards::remote {

namespace json = boost::json;

namespace {

constexpr std::string_view kSharedKeys[] = {"timeout_ms", "max_concurrency", "max_queue"};

std::string Key(std::string_view prefix, std::string_view key) {
  return std::string(prefix) + "." + std::string(key);
}

}  // namespace

Result<void> CheckKeys(const json::object& settings, std::string_view prefix,
                       std::initializer_list<std::string_view> known) {
  for (const auto& m : settings) {
    const std::string_view name = m.key();
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    if (std::find(std::begin(kSharedKeys), std::end(kSharedKeys), name) != std::end(kSharedKeys))
      continue;
    std::string list;
    for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
    for (std::string_view k : kSharedKeys) list += ", " + std::string(k);
    return MakeError(Key(prefix, name) + ": unknown key (known: " + list +
                     ", and the common keys: enabled, mode, direction, requests, responses, "
                     "overrides, action, budget_ms, fail_open)");
  }
  return {};
}

Result<std::optional<std::string>> OptionalString(const json::object& settings,
                                                  std::string_view prefix, std::string_view key) {
  const json::value* v = settings.if_contains(key);
  if (!v) return std::optional<std::string>();
  if (!v->is_string() || v->get_string().empty())
    return MakeError(Key(prefix, key) + ": must be a non-empty string");
  return std::optional<std::string>(std::string(v->get_string()));
}

Result<std::string> RequiredUrl(const json::object& settings, std::string_view prefix,
                                std::string_view key) {
  auto url = OptionalString(settings, prefix, key);
  if (!url) return url.error();
  if (!url->has_value()) return MakeError(Key(prefix, key) + ": required (the service's URL)");
  const std::string& text = **url;
  if (!text.starts_with("http://") && !text.starts_with("https://"))
    return MakeError(Key(prefix, key) + ": must be an http:// or https:// URL");
  return text;
}

Result<std::int64_t> Integer(const json::object& settings, std::string_view prefix,
                             std::string_view key, std::int64_t fallback, std::int64_t min,
                             std::int64_t max) {
  const json::value* v = settings.if_contains(key);
  if (!v) return fallback;
  std::int64_t n = 0;
  if (v->is_int64())
    n = v->get_int64();
  else if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(max))
    n = static_cast<std::int64_t>(v->get_uint64());
  else
    return MakeError(Key(prefix, key) + ": must be an integer in [" + std::to_string(min) + ", " +
                     std::to_string(max) + "]");
  if (n < min || n > max)
    return MakeError(Key(prefix, key) + ": must be an integer in [" + std::to_string(min) + ", " +
                     std::to_string(max) + "]");
  return n;
}

Result<std::optional<std::string>> Secret(const json::object& settings, std::string_view prefix,
                                          std::string_view value_key, std::string_view env_key) {
  auto inline_value = OptionalString(settings, prefix, value_key);
  if (!inline_value) return inline_value.error();
  auto env_name = OptionalString(settings, prefix, env_key);
  if (!env_name) return env_name.error();
  if (inline_value->has_value() && env_name->has_value())
    return MakeError(Key(prefix, value_key) + ": give " + std::string(value_key) + " or " +
                     std::string(env_key) + ", not both");
  if (inline_value->has_value()) return *inline_value;
  if (!env_name->has_value()) return std::optional<std::string>();
  const char* value = std::getenv(env_name->value().c_str());
  if (value == nullptr || *value == '\0')
    return MakeError(Key(prefix, env_key) + ": the environment variable " + **env_name +
                     " is not set");
  return std::optional<std::string>(std::string(value));
}

Result<CallPolicy> ReadPolicy(const GuardEntryConfig& entry, std::string_view prefix,
                              CallPolicy defaults) {
  CallPolicy policy = defaults;
  const auto budget = entry.budget.count();
  auto timeout = Integer(entry.settings, prefix, "timeout_ms", policy.timeout.count(), 1, 600'000);
  if (!timeout) return timeout.error();
  if (*timeout > budget)
    return MakeError(Key(prefix, "timeout_ms") + ": " + std::to_string(*timeout) +
                     " exceeds the guard's budget_ms (" + std::to_string(budget) +
                     "); raise budget_ms or lower timeout_ms");
  policy.timeout = std::chrono::milliseconds(*timeout);
  auto concurrency = Integer(entry.settings, prefix, "max_concurrency",
                             static_cast<std::int64_t>(policy.max_concurrency), 1, 1024);
  if (!concurrency) return concurrency.error();
  policy.max_concurrency = static_cast<std::size_t>(*concurrency);
  auto queue = Integer(entry.settings, prefix, "max_queue",
                       static_cast<std::int64_t>(policy.max_queue), 0, 100'000);
  if (!queue) return queue.error();
  policy.max_queue = static_cast<std::size_t>(*queue);
  policy.deadline = std::chrono::milliseconds(budget - std::min<std::int64_t>(100, budget / 10));
  return policy;
}

}  // namespace mcpgw::guards::remote
