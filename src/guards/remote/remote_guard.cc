#include "guards/remote/remote_guard.h"

#include <spdlog/spdlog.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <exception>

#include "guards/text_walker.h"

namespace mcpgw::guards::remote {

namespace json = boost::json;

std::vector<LeafText> CollectLeaves(const GuardContext& context, const json::value& payload) {
  std::vector<LeafText> leaves;
  auto visit = [&](TextLeaf& leaf) {
    leaves.push_back({leaf.Pointer(), std::string(leaf.text())});
  };
  // The walker takes a mutable payload because visitors may replace; this one never does.
  WalkText(context, const_cast<json::value&>(payload), visit);
  return leaves;
}

std::size_t ReplaceLeaves(const GuardContext& context, json::value& payload,
                          const std::vector<LeafText>& replacements) {
  if (replacements.empty()) return 0;
  auto visit = [&](TextLeaf& leaf) {
    const std::string pointer = leaf.Pointer();
    for (const LeafText& r : replacements)
      if (r.pointer == pointer) {
        leaf.Replace(r.text);
        return;
      }
  };
  return WalkText(context, payload, visit);
}

RemoteGuard::RemoteGuard(std::string name, boost::asio::io_context& io, CallPolicy policy,
                         std::size_t cache_size)
    : name_(std::move(name)),
      caller_(std::make_shared<RemoteCaller>(io, policy)),
      cache_(std::make_unique<ResultCache>(cache_size)) {}

RemoteGuard::~RemoteGuard() { *alive_ = false; }

Verdict RemoteGuard::Inspect(const GuardContext&, json::value&) {
  return Failure("cannot answer inline (it waits on the network)");
}

Verdict RemoteGuard::Failure(std::string_view why) const {
  spdlog::warn("guard name={} failed: {}", name_, why);
  return Verdict::Reject(
      "guard.failed", name_ + ": " + std::string(why) + "; the message was blocked (fail-closed)");
}

void RemoteGuard::InspectLater(std::shared_ptr<const GuardContext> context, json::value& payload,
                               std::shared_ptr<const bool> cancelled,
                               std::function<void(Verdict)> done) {
  auto decide = [this, context, &payload](const json::value& decision) -> Verdict {
    try {
      auto verdict = Decide(*context, decision, payload);
      if (!verdict) return Failure(verdict.error().message);
      return std::move(*verdict);
    } catch (const std::exception& e) {
      return Failure(std::string("applying the answer failed: ") + e.what());
    }
  };
  auto outgoing = Prepare(*context, payload);
  if (!outgoing) return done(Failure(outgoing.error().message));
  if (!outgoing->has_value()) return done(Verdict::Continue());
  Outgoing out = std::move(**outgoing);
  std::string key;
  if (out.cacheable) {
    key = ContentKey(out.request.body);
    if (auto hit = cache_->Find(key)) return done(decide(*hit));
  }
  caller_->Call(std::move(out.request), cancelled,
                [this, alive = alive_, context, cancelled, key = std::move(key), decide,
                 done = std::move(done)](CallResult result) {
                  // The payload is only valid while the run is live and the guard exists.
                  if (!*alive || (cancelled && *cancelled)) return;
                  if (!result.ok()) {
                    Verdict failure = Failure("the service did not answer: " + result.error);
                    if (result.retry_after.count() > 0)
                      failure.data["retryAfterMs"] = result.retry_after.count();
                    return done(std::move(failure));
                  }
                  Result<json::value> decision = MakeError("");
                  try {
                    decision = Interpret(*context, *result.response);
                  } catch (const std::exception& e) {
                    decision = MakeError(e.what());
                  }
                  if (!decision)
                    return done(Failure("malformed answer: " + decision.error().message));
                  if (!key.empty()) cache_->Put(key, *decision);
                  done(decide(*decision));
                });
}

}  // namespace mcpgw::guards::remote
