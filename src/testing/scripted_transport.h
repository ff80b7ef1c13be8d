// ScriptedTransport: an upstream::UpstreamTransport for ProtocolUpstream tests that plays a
// minimal MCP server in process. It answers initialize (tools capability), tools/list (one tool
// "echo") and ping itself, records every other message the upstream sends, and lets the test
// deliver any text as if the server had sent it. Events are posted to the io_context, as a real
// transport's are.
//
// Threading: the test's io_context thread. Lifetime: shared_ptr, shared by the upstream and the
// test (which keeps it to inspect and drive the run).
#pragma once

#include "upstream/upstream_transport.h"

#include <boost/asio/io_context.hpp>
#include <boost/json/object.hpp>

#include <memory>
#include <string>
#include <vector>

namespace mcpgw::testing {

class ScriptedTransport : public upstream::UpstreamTransport,
                          public std::enable_shared_from_this<ScriptedTransport> {
 public:
  explicit ScriptedTransport(boost::asio::io_context& io) : io_(io) {}

  // ---- Driven by the test ----
  // Delivers `text` to the upstream as a message from the server (posted).
  void Deliver(std::string text);
  // Ends the run as if the server exited (on_failed then on_closed, posted).
  void Exit(std::string detail = "exited with status 0");

  // ---- Recorded ----
  // Messages the upstream sent that the script did not answer itself (requests, notifications,
  // responses), parsed.
  const std::vector<boost::json::object>& received() const { return received_; }
  // The parsed requests among received() whose method is `method`.
  std::vector<boost::json::object> Requests(std::string_view method) const;
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
};

}  // namespace mcpgw::testing
