// FakeClientAsker: a ClientAsker for guard tests. Records each question (elicitation/create
// params) and keeps its `done` until the test answers it with Answer(), or answers at once
// when `auto_answer` is set. CancelElicit records the withdrawn id.
//
// Threading: the test's thread only.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "guards/guard.h"

namespace mcpgw::testing {

class FakeClientAsker final : public guards::ClientAsker {
 public:
  struct Question {
    boost::json::value id;
    boost::json::value params;
    std::string related;
    std::function<void(boost::json::object)> done;
  };

  bool can_elicit = true;
  bool refuse_to_send = false;                     // Elicit returns null
  std::optional<boost::json::object> auto_answer;  // answered synchronously inside Elicit
  std::vector<Question> questions;
  std::vector<boost::json::value> cancelled;

  bool CanElicit() const override { return can_elicit; }

  boost::json::value Elicit(boost::json::value params, std::string_view related,
                            std::function<void(boost::json::object)> done) override {
    if (refuse_to_send) return nullptr;
    boost::json::value id = static_cast<std::int64_t>(questions.size() + 1);
    questions.push_back({id, std::move(params), std::string(related), std::move(done)});
    if (auto_answer) Answer(questions.size() - 1, *auto_answer);
    return id;
  }

  void CancelElicit(const boost::json::value& id) override { cancelled.push_back(id); }

  // Calls the `done` of question `index` once (later calls do nothing).
  void Answer(std::size_t index, boost::json::object response) {
    auto done = std::move(questions.at(index).done);
    questions.at(index).done = nullptr;
    if (done) done(std::move(response));
  }

  // {"result": {"action": action, "content": {"approve": approve}}}
  static boost::json::object Reply(std::string_view action, std::optional<bool> approve = {}) {
    boost::json::object result{{"action", action}};
    if (approve) result["content"] = boost::json::object{{"approve", *approve}};
    return boost::json::object{{"result", std::move(result)}};
  }
};

}  // namespace mcpgw::testing
