// FakeUpstream: an upstream::Upstream for router and session tests. Its state, catalog and error
// are set by the test; Send/Cancel/Notify are recorded; a request completes only when the test
// calls Respond()/RespondResult() (so ordering is fully under the test's control).
//
// Threading: single-threaded test code. Lifetime: create with std::make_shared; it holds the
// callbacks of every request not yet completed or cancelled.
#pragma once

#include "config/server_config.h"
#include "upstream/upstream.h"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mcpgw::testing {

namespace json = boost::json;

class FakeUpstream : public upstream::Upstream {
 public:
  struct SentRequest {
    upstream::RequestId id = 0;
    std::string method;
    json::value params;
    std::chrono::milliseconds timeout{0};
    std::chrono::milliseconds max_timeout{0};
    std::string text;        // Forward(): the bytes that would go upstream; empty for Send()
    bool reserialized = false;  // Forward(): the text was serialized from a tree
  };
  struct Cancelled {
    upstream::RequestId id = 0;
    std::string reason;
  };
  struct Notified {
    std::string method;
    json::value params;
  };

  explicit FakeUpstream(std::string name, upstream::State state = upstream::State::kActive);

  // ---- Set by the test ----
  config::ServerConfig& mutable_config() { return config_; }
  void set_state(upstream::State state) { state_ = state; }
  void set_settled(bool settled) { settled_ = settled; }
  void set_last_error(std::string error) { last_error_ = std::move(error); }
  upstream::Catalog& mutable_catalog() { return catalog_; }
  // Called at the end of every Send (the request is pending by then). A test may throw from it
  // (to exercise exception boundaries) or post a response.
  std::function<void(const SentRequest& request)> on_send;
  // Convenience: replaces the tool list with tools of these names (and a minimal inputSchema).
  void SetTools(const std::vector<std::string>& names);

  // ---- Recorded ----
  const std::vector<SentRequest>& sent() const { return sent_; }
  const std::vector<Cancelled>& cancelled() const { return cancelled_; }
  const std::vector<Notified>& notified() const { return notified_; }
  int start_calls() const { return start_calls_; }
  int stop_calls() const { return stop_calls_; }
  // Requests sent and neither completed nor cancelled.
  std::size_t pending() const { return pending_.size(); }
  bool IsPending(upstream::RequestId id) const { return pending_.count(id) > 0; }
  // Whether pending request `id` was sent with RequestCallbacks::pass_input_required.
  bool PassesInputRequired(upstream::RequestId id) const {
    auto it = pending_.find(id);
    return it != pending_.end() && it->second.pass_input_required;
  }
  // The RequestCallbacks::client_capabilities pending request `id` was sent with (nullopt when
  // unset or not pending).
  std::optional<json::object> ClientCapabilitiesOf(upstream::RequestId id) const {
    auto it = pending_.find(id);
    if (it == pending_.end() || !it->second.client_capabilities) return std::nullopt;
    return *it->second.client_capabilities;
  }

  // ---- Completing requests ----
  // Calls the stored on_response of request `id` with `response` (an "id" of the upstream's
  // own numbering is added, as a real upstream would). Returns false when `id` is not pending.
  bool Respond(upstream::RequestId id, json::object response);
  bool RespondResult(upstream::RequestId id, json::value result);
  bool RespondError(upstream::RequestId id, int code, std::string_view message);
  // Calls the stored on_progress of request `id` (if any). Returns false when not pending.
  bool Progress(upstream::RequestId id, json::object params);

  // ---- upstream::Upstream ----
  const config::ServerConfig& config() const override { return config_; }
  upstream::State state() const override { return state_; }
  const std::string& last_error() const override { return last_error_; }
  const upstream::Catalog& catalog() const override { return catalog_; }
  bool settled() const override { return settled_; }
  void Start() override { ++start_calls_; }
  // Calls `done` at once.
  void Stop(std::function<void()> done) override;
  upstream::RequestId Send(std::string_view method, json::value params,
                           upstream::RequestCallbacks callbacks,
                           std::chrono::milliseconds timeout,
                           std::chrono::milliseconds max_timeout) override;
  // Records the request as Send() does, plus its bytes with the fake's id in place.
  upstream::RequestId Forward(core::WireMessage request, upstream::RequestCallbacks callbacks,
                              std::chrono::milliseconds timeout,
                              std::chrono::milliseconds max_timeout) override;
  void Cancel(upstream::RequestId id, std::string_view reason) override;
  void Notify(std::string_view method, json::value params) override;

 private:
  config::ServerConfig config_;
  upstream::State state_;
  bool settled_ = true;
  std::string last_error_;
  upstream::Catalog catalog_;
  std::vector<SentRequest> sent_;
  std::vector<Cancelled> cancelled_;
  std::vector<Notified> notified_;
  std::map<upstream::RequestId, upstream::RequestCallbacks> pending_;
  upstream::RequestId next_id_ = 100;  // distinct from typical client ids on purpose
  int start_calls_ = 0;
  int stop_calls_ = 0;
};

}  // namespace mcpgw::testing
