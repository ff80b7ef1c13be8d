// Reading the configuration shared by the network guards (docs/guards.md, "llm_judge", "lasso",
// "webhook"): the keys every one of them accepts besides the common guard keys, and typed
// lookups whose errors name the key ("guards.webhook.url: must be an http:// or https:// URL").
//
//   timeout_ms       one attempt, default 3000 (must not exceed the entry's budget_ms)
//   max_concurrency  requests in flight at once, default 4
//   max_queue        requests waiting for a slot, default 64; past it the guard fails
//
// Threading: pure functions.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "guards/guards_config.h"
#include "guards/remote/remote_caller.h"

namespace mcpgw::guards::remote {

// Fails with "<prefix>.<key>: unknown key (known: ...)" for a key of `settings` not in `known`
// nor in the shared keys above.
Result<void> CheckKeys(const boost::json::object& settings, std::string_view prefix,
                       std::initializer_list<std::string_view> known);

// The string at `key`; nullopt when absent; an error when not a string (or empty).
Result<std::optional<std::string>> OptionalString(const boost::json::object& settings,
                                                  std::string_view prefix, std::string_view key);
// An http:// or https:// URL at `key`, required.
Result<std::string> RequiredUrl(const boost::json::object& settings, std::string_view prefix,
                                std::string_view key);
// The integer at `key` in [min, max]; `fallback` when absent.
Result<std::int64_t> Integer(const boost::json::object& settings, std::string_view prefix,
                             std::string_view key, std::int64_t fallback, std::int64_t min,
                             std::int64_t max);

// A secret given inline at `value_key` or by the name of an environment variable at `env_key`
// (not both). nullopt when neither is given; an error when the variable is unset or empty. The
// secret never appears in an error.
Result<std::optional<std::string>> Secret(const boost::json::object& settings,
                                          std::string_view prefix, std::string_view value_key,
                                          std::string_view env_key);

// The CallPolicy from the shared keys and the entry's budget (the deadline of a whole call is the
// budget less a margin, so the guard's own failure message arrives before the chain's timeout).
Result<CallPolicy> ReadPolicy(const GuardEntryConfig& entry, std::string_view prefix,
                              CallPolicy defaults);

}  // namespace mcpgw::guards::remote
