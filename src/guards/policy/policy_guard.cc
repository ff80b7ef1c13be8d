#include "guards/policy/policy_guard.h"

#include <spdlog/spdlog.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include "guards/policy/approval.h"
#include "guards/policy/label_history.h"
#include "guards/policy/policy_parser.h"
#include "guards/value_hash.h"

namespace mcpgw::guards::policy {

namespace json = boost::json;

namespace {

constexpr std::chrono::milliseconds kCancelPoll{100};

Finding MakeFinding(std::string_view type, Action action, std::string location = {},
                    std::string value_hash = {}) {
  Finding f;
  f.type = std::string(type);
  f.location = std::move(location);
  f.action = action;
  f.guard = "policy";
  f.value_hash = std::move(value_hash);
  f.applied = true;
  return f;
}

Verdict RejectWith(std::string_view reason, std::string message, std::string value_hash = {}) {
  Verdict v = Verdict::Reject(std::string(reason), std::move(message));
  v.findings.push_back(MakeFinding(reason, Action::kBlock, {}, std::move(value_hash)));
  return v;
}

CallFacts FactsOf(const PolicySet& set, const GuardContext& context, const json::value& payload) {
  CallFacts facts;
  facts.direction = context.direction;
  facts.method = context.method;
  facts.server = context.server;
  facts.tool = context.item;
  if (context.session) {
    facts.principal = context.session->principal;
    facts.client = context.session->client_name;
    if (set.has_flows && context.session->store)
      facts.history = &context.session->store->Get<PolicySessionState>().history;
  }
  if (context.direction == Direction::kRequest) {
    if (payload.is_object()) facts.arguments = payload.get_object().if_contains("arguments");
  } else if (!context.is_error) {
    facts.result = &payload;
  }
  facts.annotations = context.annotations.get();
  facts.findings = context.prior_findings;
  return facts;
}

std::string CallName(const GuardContext& context) {
  return "tool '" + context.item + "' of server '" + context.server + "'";
}

// Replaces the values the rule's pointers resolve to; returns the findings (one per value).
std::vector<Finding> MaskValues(const Rule& rule, const GuardContext& context, json::value& payload,
                                bool apply) {
  std::vector<Finding> findings;
  const bool request = context.direction == Direction::kRequest;
  json::value* root = &payload;
  std::string prefix;
  if (request) {
    root = payload.is_object() ? payload.get_object().if_contains("arguments") : nullptr;
    prefix = "/arguments";
  }
  if (!root) return findings;
  for (const Condition& c : request ? rule.match.arguments : rule.match.result) {
    if (c.op == CompareOp::kExists && !c.exists) continue;
    boost::system::error_code ec;
    json::value* target = root->find_pointer(c.pointer, ec);
    if (!target) continue;
    std::string hash;
    if (target->is_string()) hash = ValueHash(target->get_string());
    findings.push_back(
        MakeFinding(rule.reason, Action::kMask, prefix + c.pointer, std::move(hash)));
    if (apply) *target = json::string(rule.mask_with);
  }
  return findings;
}

// The state of one open question; shared by the Elicit callback and the poll timer.
struct AskState {
  explicit AskState(boost::asio::io_context& io) : timer(io) {}
  boost::asio::steady_timer timer;
  std::function<void(Verdict)> done;
  std::shared_ptr<const bool> cancelled;
  std::weak_ptr<ClientAsker> asker;
  std::shared_ptr<SessionStore> store;
  json::value request_id;
  std::chrono::steady_clock::time_point deadline;
  std::chrono::milliseconds timeout{0};
  std::string digest;
  std::string call;  // "tool 'x' of server 'y'"
  bool remember = false;
  bool settled = false;

  void Withdraw() {
    if (auto a = asker.lock(); a && !request_id.is_null()) a->CancelElicit(request_id);
  }
};

void Poll(std::shared_ptr<AskState> state) {
  const auto now = std::chrono::steady_clock::now();
  const auto wait = std::min<std::chrono::steady_clock::duration>(
      kCancelPoll, std::max<std::chrono::steady_clock::duration>(state->deadline - now, {}));
  state->timer.expires_after(wait);
  state->timer.async_wait([state](boost::system::error_code ec) {
    if (ec || state->settled) return;
    if (*state->cancelled) {
      state->settled = true;
      state->Withdraw();
      spdlog::info("guard name=policy approval withdrawn: the call was cancelled");
      return;
    }
    if (std::chrono::steady_clock::now() >= state->deadline) {
      state->settled = true;
      state->Withdraw();
      spdlog::info("guard name=policy reason=policy.approval_timeout {}", state->call);
      state->done(RejectWith("policy.approval_timeout",
                             "approval for the call to " + state->call + " was not given within " +
                                 fmt::format("{:g}", state->timeout.count() / 1000.0) +
                                 " s; the call is blocked",
                             ValueHash(state->digest)));
      return;
    }
    Poll(state);
  });
}

}  // namespace

PolicyGuard::PolicyGuard(std::shared_ptr<const PolicySet> policy, Source source,
                         boost::asio::io_context* io, std::chrono::milliseconds budget,
                         RateLimiter::Now now)
    : policy_(std::move(policy)),
      source_(std::move(source)),
      io_(io),
      budget_(budget),
      limiter_(std::move(now)) {}

bool PolicyGuard::waits() const { return policy_->has_ask && io_ != nullptr; }

void PolicyGuard::SetPolicy(std::shared_ptr<const PolicySet> policy) {
  policy_ = std::move(policy);
}

bool PolicyGuard::Decide(const PolicySet& set, const GuardContext& context, json::value& payload,
                         Verdict& verdict, std::string& digest, std::string& why) {
  const CallFacts facts = FactsOf(set, context, payload);
  const Decision d = EvaluatePolicy(set, facts);
  const bool monitor = context.mode == Mode::kMonitor;
  switch (d.action) {
    case PolicyAction::kAllow:
      break;
    case PolicyAction::kDeny:
      spdlog::info("guard name=policy reason={} server={} tool={} {}", d.reason, context.server,
                   context.item, ExplainDecision(d, facts));
      verdict = RejectWith(d.reason, RejectMessage(d, facts));
      return true;
    case PolicyAction::kAlert:
      spdlog::warn("guard name=policy reason={} server={} tool={} {}", d.reason, context.server,
                   context.item, ExplainDecision(d, facts));
      verdict.findings.push_back(MakeFinding(d.reason, Action::kAlert));
      break;
    case PolicyAction::kMask: {
      verdict.findings = MaskValues(*d.rule, context, payload, !monitor);
      if (!verdict.findings.empty() && !monitor) {
        verdict.kind = VerdictKind::kModified;
        verdict.reason = std::string(d.reason);
      }
      break;
    }
    case PolicyAction::kAsk:
      break;
  }
  // Rate limits count calls that are going ahead (or about to be asked about).
  if (context.direction == Direction::kRequest && !set.rate_limits.empty()) {
    const std::string_view session_id =
        context.session ? std::string_view(context.session->session_id) : std::string_view();
    const RateLimiter::Outcome outcome = limiter_.Take(set, facts, session_id);
    if (!outcome.allowed) {
      const RateLimit& limit = *outcome.limit;
      spdlog::info("guard name=policy reason=policy.rate_limited limit={} server={} tool={}",
                   limit.id, context.server, context.item);
      verdict =
          RejectWith("policy.rate_limited",
                     "rate limit '" + limit.id + "' exceeded (" + fmt::format("{:g}", limit.rate) +
                         " calls per " + std::to_string(limit.per.count()) + " ms per " +
                         std::string(RateScopeName(limit.scope)) + "); retry in " +
                         std::to_string(outcome.retry_after.count()) + " ms");
      verdict.data["retryAfterMs"] = outcome.retry_after.count();
      return true;
    }
  }
  // Labels: a result that passes is recorded for flow rules.
  if (context.direction == Direction::kResponse && context.method == "tools/call" &&
      !context.is_error && set.has_labels && context.session && context.session->store &&
      !monitor) {
    auto& history = context.session->store->Get<PolicySessionState>().history;
    for (std::string& label : LabelsOf(set, facts))
      history.Record(std::move(label), set.history_size);
  }
  if (d.action != PolicyAction::kAsk) return true;
  digest = ApprovalDigest(context.server, context.item, facts.arguments);
  if (set.remember_session && context.session && context.session->store &&
      context.session->store->Get<PolicySessionState>().approvals.Has(digest)) {
    verdict.findings.push_back(
        MakeFinding("policy.approval_remembered", Action::kLog, {}, ValueHash(digest)));
    return true;
  }
  why = ExplainDecision(d, facts);
  if (monitor) {
    verdict = RejectWith("policy.approval_required",
                         "the call to " + CallName(context) + " needs the user's approval",
                         ValueHash(digest));
    return true;
  }
  return false;
}

Verdict PolicyGuard::Inspect(const GuardContext& context, json::value& payload) {
  const std::shared_ptr<const PolicySet> set = policy_;
  Verdict verdict;
  std::string digest, why;
  if (Decide(*set, context, payload, verdict, digest, why)) return verdict;
  return RejectWith("policy.approval_required",
                    "approval was required for the call to " + CallName(context) +
                        ", but this gateway cannot wait for an answer here; the call is blocked",
                    ValueHash(digest));
}

void PolicyGuard::InspectLater(std::shared_ptr<const GuardContext> context, json::value& payload,
                               std::shared_ptr<const bool> cancelled,
                               std::function<void(Verdict)> done) {
  const std::shared_ptr<const PolicySet> set = policy_;
  Verdict verdict;
  std::string digest, why;
  if (Decide(*set, *context, payload, verdict, digest, why)) {
    done(std::move(verdict));
    return;
  }
  if (io_ == nullptr) {
    done(RejectWith("policy.approval_required",
                    "approval was required for the call to " + CallName(*context) +
                        ", but this gateway cannot wait for an answer here; the call is blocked",
                    ValueHash(digest)));
    return;
  }
  std::shared_ptr<ClientAsker> asker =
      context->session ? context->session->asker.lock() : std::shared_ptr<ClientAsker>();
  if (!asker || !asker->CanElicit()) {
    spdlog::info(
        "guard name=policy reason=policy.approval_required server={} tool={} (client "
        "cannot elicit)",
        context->server, context->item);
    done(RejectWith("policy.approval_required",
                    "approval was required for the call to " + CallName(*context) +
                        ", but this client cannot ask its user (no elicitation support); the "
                        "call is blocked",
                    ValueHash(digest)));
    return;
  }
  auto state = std::make_shared<AskState>(*io_);
  state->done = std::move(done);
  state->cancelled = std::move(cancelled);
  state->asker = asker;
  state->store = context->session->store;
  state->timeout = std::min(set->ask_timeout, budget_ - kAskBudgetMargin);
  if (state->timeout <= std::chrono::milliseconds(0)) state->timeout = set->ask_timeout;
  state->deadline = std::chrono::steady_clock::now() + state->timeout;
  state->digest = digest;
  state->call = CallName(*context);
  state->remember = set->remember_session;
  const json::value* arguments = nullptr;
  if (payload.is_object()) arguments = payload.get_object().if_contains("arguments");
  json::object question = ApprovalQuestion(context->server, context->item, arguments, why);
  spdlog::info("guard name=policy asking for approval server={} tool={}", context->server,
               context->item);
  json::value id =
      asker->Elicit(std::move(question), context->request_key, [state](json::object response) {
        if (state->settled) return;
        state->settled = true;
        state->timer.cancel();
        if (*state->cancelled) return;
        const std::string hash = ValueHash(state->digest);
        switch (ReadApproval(response)) {
          case ApprovalAnswer::kApproved: {
            if (state->remember && state->store)
              state->store->Get<PolicySessionState>().approvals.Remember(state->digest);
            spdlog::info("guard name=policy approval granted {}", state->call);
            Verdict v;
            v.findings.push_back(MakeFinding("policy.approval_granted", Action::kLog, {}, hash));
            state->done(std::move(v));
            return;
          }
          case ApprovalAnswer::kDeclined:
            spdlog::info("guard name=policy reason=policy.approval_declined {}", state->call);
            state->done(RejectWith("policy.approval_declined",
                                   "the user declined the call to " + state->call, hash));
            return;
          case ApprovalAnswer::kFailed:
            spdlog::info(
                "guard name=policy reason=policy.approval_declined {} (the client "
                "answered with an error)",
                state->call);
            state->done(RejectWith("policy.approval_declined",
                                   "the approval request for the call to " + state->call +
                                       " failed in the client; the call is blocked",
                                   hash));
            return;
        }
      });
  if (state->settled) return;  // answered synchronously
  if (id.is_null()) {
    state->settled = true;
    state->done(RejectWith("policy.approval_required",
                           "approval was required for the call to " + state->call +
                               ", but the question could not be sent to the client; the call "
                               "is blocked",
                           ValueHash(digest)));
    return;
  }
  state->request_id = std::move(id);
  Poll(state);
}

std::string PolicyGuard::Reload() {
  if (source_.config_path.empty()) return {};
  auto config = LoadGuardsConfig(source_.config_path);
  if (!config) return config.error().message;
  static const json::object kEmpty;
  auto it = config->guards.find("policy");
  const json::object& settings = it == config->guards.end() ? kEmpty : it->second.settings;
  auto set = ParsePolicySettings(settings, source_.config_path, source_.key, source_.home);
  if (!set) return set.error().message;
  if ((*set)->ask_timeout + kAskBudgetMargin > budget_ && (*set)->has_ask) {
    spdlog::warn(
        "guard name=policy ask timeout {} ms is longer than the chain budget allows; "
        "{} ms in force until a restart",
        (*set)->ask_timeout.count(), (budget_ - kAskBudgetMargin).count());
  }
  SetPolicy(std::move(*set));
  spdlog::info("guard name=policy reloaded from {} rules={}", policy_->source,
               policy_->rules.size());
  return {};
}

Result<ChainEntry> BuildPolicyGuard(const GuardEntryConfig& entry, const std::string& source,
                                    const std::string& home, boost::asio::io_context* io) {
  auto set = ParsePolicySettings(entry.settings, source, "guards.policy", home);
  if (!set) return set.error();
  ChainEntry chain_entry;
  chain_entry.scope = entry.scope;
  chain_entry.fail_open = entry.fail_open;
  chain_entry.late = true;
  chain_entry.budget = std::max(entry.budget, (*set)->ask_timeout + kAskBudgetMargin);
  if ((*set)->rules.empty() && (*set)->servers.empty() && (*set)->rate_limits.empty() &&
      (*set)->default_action == PolicyAction::kAllow)
    spdlog::warn(
        "guard name=policy has no rules, tool lists or rate limits: it allows "
        "everything");
  PolicyGuard::Source where;
  where.config_path = source;
  where.home = home;
  chain_entry.guard =
      std::make_unique<PolicyGuard>(std::move(*set), std::move(where), io, chain_entry.budget);
  return chain_entry;
}

}  // namespace mcpgw::guards::policy
