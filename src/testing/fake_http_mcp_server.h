// FakeHttpMcpServer: an in-process MCP server over HTTP for tests (Beast, 127.0.0.1, port 0),
// run on the test's io_context. It speaks Streamable HTTP on /mcp (JSON or event-stream answers,
// optional sessions, an optional GET stream, DELETE) and legacy HTTP+SSE (GET /sse, or GET /mcp
// when legacy_only, then POST /messages), and
// records every request it receives (headers included) for assertions.
//
// MCP behaviour: initialize (echoes the client's protocolVersion; capabilities: tools),
// tools/list (one tool, "echo"), tools/call echo ({"message"} -> "Echo: <message>"), ping;
// notifications and responses get 202; other methods get -32601.
//
// Threading: single-threaded on `io`; call every method on the thread running it.
// Lifetime: Stop() (or the destructor) closes the listener and every connection.
#pragma once

#include <boost/json/object.hpp>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace boost::asio {
class io_context;
}

namespace mcpgw::testing {

class FakeHttpMcpServer {
 public:
  struct Options {
    bool sse_responses = false;       // answer POSTed requests with an event stream (a notification
                                      // first, then the response)
    bool sessions = false;            // issue Mcp-Session-Id on initialize and require it after
    bool get_stream = false;          // GET /mcp opens a stream pushing a notification; else 405
    bool legacy_only = false;         // POST /mcp -> 405; the legacy /sse + /messages flow works
    bool json_batch_answers = false;  // wrap JSON answers in a one-element batch array
    int tools_call_status = 200;      // another status answers tools/call with that, no body
    bool hang_tools_call = false;     // never answer tools/call; hold its connection open
    std::string legacy_endpoint = "/messages?sessionId=legacy-1";  // the `endpoint` event's data
  };

  // One request as received. Header names are lower-cased.
  struct Received {
    std::string method;  // GET, POST, DELETE
    std::string target;
    std::map<std::string, std::string> headers;
    std::string rpc_method;  // the JSON-RPC method of a POSTed message ("" if none)
  };

  FakeHttpMcpServer(boost::asio::io_context& io, Options options);
  ~FakeHttpMcpServer();
  FakeHttpMcpServer(const FakeHttpMcpServer&) = delete;
  FakeHttpMcpServer& operator=(const FakeHttpMcpServer&) = delete;

  unsigned short port() const;
  // "http://127.0.0.1:<port><path>".
  std::string Url(std::string_view path = "/mcp") const;

  // The current session becomes unknown: requests carrying it get 404.
  void ExpireSession();
  // Sends `notification` on every open GET /mcp stream and legacy /sse stream.
  void Push(const boost::json::object& notification);
  // Closes every open GET /mcp stream (the client should reconnect).
  void DropGetStreams();
  void Stop();

  const std::vector<Received>& received() const;
  int sessions_issued() const;
  int deletes() const;
  int open_streams() const;  // GET /mcp and /sse streams now open
  int hanging_calls() const;  // tools/call exchanges held open by hang_tools_call

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace mcpgw::testing
