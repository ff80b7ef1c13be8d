// InputRound: one round of the input_required bridge. A 2026-07-28 upstream answered a request
// with `resultType: "input_required"` and `inputRequests` (key -> {method, params}); the gateway
// asks its (legacy) client each of them as a real server-to-client request through the path
// every legacy upstream's sampling/elicitation/roots request takes (Ask: the router routes,
// guards and remaps it), and collects the bare results into `inputResponses` for the retry.
//
// Rules (pinned by input_round_test.cc):
//  - Only sampling/createMessage, elicitation/create and roots/list may be asked; any other
//    method, or an entry that is not an object, fails the round at once (kInvalidInput) without
//    asking anything.
//  - All entries are asked at once; the round succeeds when every one has a result.
//  - The first error answer (the client refused, did not declare the capability, the session
//    closed) fails the round with that error (kRefused); the other questions still outstanding
//    are cancelled through Cancel (their late answers are ignored).
//  - Abort() cancels every outstanding question; Done is then never called.
//  - An empty inputRequests (requestState only) succeeds at once with an empty map.
//
// Threading: the io_context thread; Ask may answer synchronously or later. Lifetime: shared_ptr;
// the Ask callbacks hold it weakly, so a round dropped by its owner answers nobody.
#pragma once

#include <boost/json/object.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mcpgw::upstream {

namespace json = boost::json;

class InputRound : public std::enable_shared_from_this<InputRound> {
 public:
  enum class Outcome {
    kAnswered,      // responses holds every key's result: retry the upstream request with them
    kRefused,       // error holds the client's (or the router's) error object: fail the call
    kInvalidInput,  // error holds an internal error naming the bad entry: fail the call
  };
  struct Result {
    Outcome outcome = Outcome::kAnswered;
    json::object responses;  // key -> the bare result (kAnswered)
    json::object error;      // a JSON-RPC error object {code, message[, data]} otherwise
  };
  // Asks the client `request` (a JSON-RPC request object; its id names the question); `reply`
  // gets the whole response ("result" or "error") exactly once, or never after Cancel.
  using Ask = std::function<void(json::object request,
                                 std::function<void(json::object response)> reply)>;
  // The question with id `id` is no longer wanted.
  using Cancel = std::function<void(const std::string& id)>;
  using Done = std::function<void(Result)>;

  // Starts a round; `id_prefix` makes the questions' ids unique (they are `id_prefix` + key).
  static std::shared_ptr<InputRound> Start(const json::object& input_requests,
                                           std::string id_prefix, Ask ask, Cancel cancel,
                                           Done done);

  // Cancels what is outstanding; Done is never called afterwards.
  void Abort();

  InputRound(std::string id_prefix, Cancel cancel, Done done);

 private:
  void Answer(const std::string& key, json::object response);
  void Finish(Result result);

  std::string id_prefix_;
  Cancel cancel_;
  Done done_;
  std::vector<std::string> outstanding_;
  json::object responses_;
  bool finished_ = false;
};

// Whether `method` is one an input_required result may ask (sampling, elicitation, roots).
bool IsInputRequestMethod(std::string_view method);

}  // namespace mcpgw::upstream
