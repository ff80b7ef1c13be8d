// RecordedHttpServer: an in-process HTTP server for tests (127.0.0.1, port 0) that answers
// requests (any method) from a table of recorded responses (path + query -> status, headers,
// body), so code that talks to public APIs is tested without the internet. Unknown paths get 404.
// A path can be set to hang (never answered) to exercise timeouts, and can be given a queue of
// one-shot replies (Push) answered in order before its fixed reply (retries: 503 then 200).
//
// Threading: runs on the io_context given; use from the thread that runs it.
// Lifetime: Stop() (or the destructor) closes the listener and open connections.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace boost::asio {
class io_context;
}

namespace mcpgw::testing {

class RecordedHttpServer {
 public:
  struct Reply {
    int status = 200;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    bool hang = false;  // accept the request and never answer
  };
  struct Received {
    std::string method;
    std::string target;
    std::string body;
    std::map<std::string, std::string> headers;  // names lower-cased
  };

  explicit RecordedHttpServer(boost::asio::io_context& io);
  ~RecordedHttpServer();
  RecordedHttpServer(const RecordedHttpServer&) = delete;
  RecordedHttpServer& operator=(const RecordedHttpServer&) = delete;

  // Answers GET `target` (path and query, e.g. "/pkg%2Fname") with `reply`.
  void Set(std::string target, Reply reply);
  // Queues a one-shot reply for `target`: queued replies are used in order, each once, before the
  // reply given by Set (or 404).
  void Push(std::string target, Reply reply);
  // "http://127.0.0.1:<port>" (no trailing slash).
  std::string BaseUrl() const;
  const std::vector<Received>& received() const;
  void Stop();

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace mcpgw::testing
