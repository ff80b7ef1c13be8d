// ScriptedTransport: an upstream::UpstreamTransport for ProtocolUpstream tests that plays a
// minimal MCP server in process. It answers initialize (tools capability), tools/list (one tool
// "echo"), resources/list, resources/templates/list and prompts/list (empty), ping and
// server/discover (-32601 like a 2025 server; after SpeakModern() a 2026-07-28 discover result
// with the capabilities of SetModernCapabilities, and tools/list then carries
// resultType/ttlMs/cacheScope) itself, records every other message the upstream sends, and lets
// the test deliver any text as if the server had sent it. Events are posted to the io_context, as
// a real transport's are.
//
// Threading: the test's io_context thread. Lifetime: shared_ptr, shared by the upstream and the
// test (which keeps it to inspect and drive the run).
#pragma once

#include "upstream/upstream_transport.h"

#include <boost/asio/io_context.hpp>
#include <boost/json/object.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::testing {

// The value of header `name` among what the upstream said of one message (exact name), or
// nullopt when it set none.
inline std::optional<std::string> OutgoingHeader(const upstream::OutgoingInfo& info,
                                                 std::string_view name) {
  for (const auto& [key, value] : info.headers)
    if (key == name) return value;
  return std::nullopt;
}

class ScriptedTransport : public upstream::UpstreamTransport,
                          public std::enable_shared_from_this<ScriptedTransport> {
 public:
  explicit ScriptedTransport(boost::asio::io_context& io) : io_(io) {}

  // ---- Driven by the test ----
  // Delivers `text` to the upstream as a message from the server (posted).
  void Deliver(std::string text);
  // Ends the run as if the server exited (on_failed then on_closed, posted).
  void Exit(std::string detail = "exited with status 0");
  // Answers server/discover as a 2026-07-28 server (set before the upstream starts).
  void SpeakModern() { modern_ = true; }
  // The capabilities a 2026-07-28 server/discover result advertises (default {"tools": {}}).
  void SetModernCapabilities(boost::json::object capabilities) {
    modern_capabilities_ = std::move(capabilities);
  }
  // Does not answer server/discover at all (a server that ignores unknown methods).
  void IgnoreDiscover() { ignore_discover_ = true; }

  // ---- Recorded ----
  // Messages the upstream sent that the script did not answer itself (requests, notifications,
  // responses), parsed.
  const std::vector<boost::json::object>& received() const { return received_; }
  // The parsed requests among received() whose method is `method`.
  std::vector<boost::json::object> Requests(std::string_view method) const;
  // What the upstream said of each message it sent (in order, answered ones included).
  const std::vector<upstream::OutgoingInfo>& infos() const { return infos_; }
  // Every message the upstream sent, answered ones included, parsed.
  const std::vector<boost::json::object>& sent() const { return sent_; }
  bool started() const { return started_; }
  bool shut_down() const { return shut_down_; }

  // ---- upstream::UpstreamTransport ----
  Result<bool> Start(Events events) override;
  bool Send(std::string text, upstream::OutgoingInfo info) override;
  void Shutdown(std::chrono::milliseconds grace) override;
  std::string Describe() const override { return "scripted"; }

 private:
  boost::asio::io_context& io_;
  Events events_;
  bool started_ = false;
  bool shut_down_ = false;
  std::vector<boost::json::object> received_;
  std::vector<boost::json::object> sent_;
  std::vector<upstream::OutgoingInfo> infos_;
  bool modern_ = false;
  boost::json::object modern_capabilities_{{"tools", boost::json::object()}};
  bool ignore_discover_ = false;
};

}  // namespace mcpgw::testing
