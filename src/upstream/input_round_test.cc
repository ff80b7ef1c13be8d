// InputRound (input_round.h): what one round of the input_required bridge asks and when it ends.
// The retry loop around it is tested in protocol_upstream_input_test.cc.
#include "upstream/input_round.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <optional>

#include "core/json_rpc.h"

namespace mcpgw::upstream {
namespace {

struct Recorder {
  std::vector<json::object> asked;
  std::vector<std::function<void(json::object)>> replies;
  std::vector<std::string> cancelled;
  std::optional<InputRound::Result> result;
  bool refuse_first = false;

  std::shared_ptr<InputRound> Start(const json::object& requests) {
    return InputRound::Start(
        requests, "p-",
        [this](json::object request, std::function<void(json::object)> reply) {
          asked.push_back(request);
          if (refuse_first && asked.size() == 1) {
            reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound, "no"));
            return;
          }
          replies.push_back(std::move(reply));
        },
        [this](const std::string& id) { cancelled.push_back(id); },
        [this](InputRound::Result r) { result = std::move(r); });
  }
};

TEST(InputRoundTest, OnlySamplingElicitationAndRootsMayBeAsked) {
  EXPECT_TRUE(IsInputRequestMethod("sampling/createMessage"));
  EXPECT_TRUE(IsInputRequestMethod("elicitation/create"));
  EXPECT_TRUE(IsInputRequestMethod("roots/list"));
  EXPECT_FALSE(IsInputRequestMethod("tools/call"));
  EXPECT_FALSE(IsInputRequestMethod("ping"));
}

TEST(InputRoundTest, ABadEntryFailsTheRoundBeforeAnythingIsAsked) {
  const json::object cases[] = {
      {{"a", json::object{{"method", "roots/list"}}}, {"b", json::object{{"method", "ping"}}}},
      {{"a", "roots/list"}},
      {{"a", json::object{{"params", json::object()}}}},
  };
  for (const json::object& requests : cases) {
    Recorder r;
    r.Start(requests);
    ASSERT_TRUE(r.result) << json::serialize(requests);
    EXPECT_EQ(r.result->outcome, InputRound::Outcome::kInvalidInput);
    EXPECT_TRUE(r.asked.empty());
  }
}

TEST(InputRoundTest, AQuestionsIdIsThePrefixAndItsKeyAndItsParamsAreTheServers) {
  Recorder r;
  auto round = r.Start({{"k1", json::object{{"method", "elicitation/create"},
                               {"params", json::object{{"message", "m"}}}}},
           {"k2", json::object{{"method", "roots/list"}}}});
  ASSERT_EQ(r.asked.size(), 2u);
  EXPECT_EQ(r.asked[0].at("id"), "p-k1");
  EXPECT_EQ(r.asked[0].at("params").at("message"), "m");
  EXPECT_FALSE(r.asked[1].contains("params"));
  r.replies[1](core::MakeResultResponse(nullptr, json::object{{"roots", json::array()}}));
  EXPECT_FALSE(r.result);
  r.replies[0](core::MakeResultResponse(nullptr, json::object{{"action", "decline"}}));
  ASSERT_TRUE(r.result);
  EXPECT_EQ(r.result->outcome, InputRound::Outcome::kAnswered);
  EXPECT_EQ(r.result->responses.at("k1").at("action"), "decline");
  EXPECT_TRUE(r.result->responses.at("k2").at("roots").is_array());
}

TEST(InputRoundTest, TheFirstRefusalEndsTheRoundAndCancelsTheOthers) {
  Recorder r;
  auto round = r.Start({{"a", json::object{{"method", "roots/list"}}},
                        {"b", json::object{{"method", "roots/list"}}},
                        {"c", json::object{{"method", "roots/list"}}}});
  ASSERT_EQ(r.replies.size(), 3u);
  r.replies[1](core::MakeErrorResponse(nullptr, core::kInvalidRequest, "session closed"));
  ASSERT_TRUE(r.result);
  EXPECT_EQ(r.result->outcome, InputRound::Outcome::kRefused);
  EXPECT_EQ(r.result->error.at("code"), core::kInvalidRequest);
  EXPECT_EQ(r.cancelled, (std::vector<std::string>{"p-a", "p-c"}));
  r.replies[0](core::MakeResultResponse(nullptr, json::object()));  // late: ignored
  EXPECT_EQ(r.result->outcome, InputRound::Outcome::kRefused);
}

TEST(InputRoundTest, ARefusalWhileAskingStopsAskingTheRest) {
  Recorder r;
  r.refuse_first = true;
  r.Start({{"a", json::object{{"method", "roots/list"}}},
           {"b", json::object{{"method", "roots/list"}}}});
  ASSERT_TRUE(r.result);
  EXPECT_EQ(r.result->outcome, InputRound::Outcome::kRefused);
  EXPECT_EQ(r.asked.size(), 1u);
}

TEST(InputRoundTest, AnEmptyRoundIsAnsweredAtOnceAndAbortSilencesARound) {
  Recorder empty;
  empty.Start({});
  ASSERT_TRUE(empty.result);
  EXPECT_EQ(empty.result->outcome, InputRound::Outcome::kAnswered);

  Recorder r;
  auto round = r.Start({{"a", json::object{{"method", "roots/list"}}}});
  round->Abort();
  EXPECT_EQ(r.cancelled, (std::vector<std::string>{"p-a"}));
  r.replies[0](core::MakeResultResponse(nullptr, json::object()));
  EXPECT_FALSE(r.result);
}

}  // namespace
}  // namespace mcpgw::upstream
