#include "downstream/http/post_request.h"

#include <gtest/gtest.h>

namespace mcpgw::downstream::http {
namespace {

namespace bhttp = boost::beast::http;

Request Post(std::string body, std::string content_type = "application/json",
             std::string accept = "application/json, text/event-stream") {
  Request request{bhttp::verb::post, "/mcp", 11};
  if (!content_type.empty()) request.set(bhttp::field::content_type, content_type);
  if (!accept.empty()) request.set(bhttp::field::accept, accept);
  request.body() = std::move(body);
  return request;
}

struct RefusalCase {
  const char* name;
  Request request;
  bhttp::status status;
  int code;
};

TEST(ClassifyPostTest, EachRefusalHasItsStatusAndJsonRpcCode) {
  const std::string ping = R"({"jsonrpc":"2.0","id":1,"method":"ping"})";
  const RefusalCase cases[] = {
      {"wrong content type", Post(ping, "text/plain"), bhttp::status::unsupported_media_type,
       core::kInvalidRequest},
      {"accept lacks sse", Post(ping, "application/json", "application/json"),
       bhttp::status::not_acceptable, core::kInvalidRequest},
      {"not json", Post("{nope"), bhttp::status::bad_request, core::kParseError},
      {"empty batch", Post("[]"), bhttp::status::bad_request, core::kInvalidRequest},
      {"batch over the limit", Post("[" + ping + "," + ping + "," + ping + "]"),
       bhttp::status::bad_request, core::kInvalidRequest},
      {"initialize in a batch",
       Post(R"([{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}])"),
       bhttp::status::bad_request, core::kInvalidRequest},
      {"invalid message", Post(R"({"jsonrpc":"1.0","id":1,"method":"x"})"),
       bhttp::status::bad_request, core::kInvalidRequest},
  };
  for (const RefusalCase& c : cases) {
    auto result = ClassifyPost(c.request, /*max_batch_size=*/2);
    ASSERT_TRUE(std::holds_alternative<Reply>(result)) << c.name;
    const Reply& reply = std::get<Reply>(result);
    EXPECT_EQ(reply.status, c.status) << c.name;
    auto body = core::ParseJson(reply.body);
    ASSERT_TRUE(body) << c.name;
    EXPECT_EQ(body->at("error").at("code"), c.code) << c.name << ": " << reply.body;
  }
}

TEST(ClassifyPostTest, SingleRequestIsKeyedByItsIdAndInitializeIsRecognized) {
  auto result = ClassifyPost(
      Post(R"({"jsonrpc":"2.0","id":"a","method":"initialize","params":{}})"), 64);
  ASSERT_TRUE(std::holds_alternative<PostPlan>(result));
  const PostPlan& plan = std::get<PostPlan>(result);
  EXPECT_FALSE(plan.batch);
  EXPECT_TRUE(plan.initialize);
  EXPECT_EQ(plan.keys, (std::vector<std::string>{"\"a\""}));
}

TEST(ClassifyPostTest, SingleMessageTakesTheBodyWithoutACopy) {
  const std::string text = R"({"jsonrpc":"2.0","id":7,"method":"tools/call","params":{}})";
  Request request = Post(text);
  const char* const body_bytes = request.body().data();
  auto result = ClassifyPost(request, 64);
  ASSERT_TRUE(std::holds_alternative<PostPlan>(result));
  PostPlan& plan = std::get<PostPlan>(result);
  ASSERT_TRUE(plan.single);
  EXPECT_TRUE(request.body().empty()) << "the body was moved into the message";
  EXPECT_EQ(request[bhttp::field::accept], "application/json, text/event-stream");
  std::string forwarded = std::move(*plan.single).Text();
  EXPECT_EQ(forwarded, text);
  EXPECT_EQ(forwarded.data(), body_bytes) << "the same buffer, not a copy";
  // The const overload leaves the caller's request whole.
  const Request kept = Post(text);
  ASSERT_TRUE(std::holds_alternative<PostPlan>(ClassifyPost(kept, 64)));
  EXPECT_EQ(kept.body(), text);
}

TEST(ClassifyPostTest, NotificationNeedsNoAnswer) {
  auto result = ClassifyPost(Post(R"({"jsonrpc":"2.0","method":"notifications/initialized"})"), 64);
  ASSERT_TRUE(std::holds_alternative<PostPlan>(result));
  EXPECT_TRUE(std::get<PostPlan>(result).keys.empty());
  EXPECT_FALSE(std::get<PostPlan>(result).initialize);
}

TEST(ClassifyPostTest, BatchKeysAreItsRequestIdsOnly) {
  auto result = ClassifyPost(Post(R"([{"jsonrpc":"2.0","id":1,"method":"ping"},
                                      {"jsonrpc":"2.0","method":"notifications/x"},
                                      {"jsonrpc":"2.0","id":2,"method":"ping"}])"),
                             64);
  ASSERT_TRUE(std::holds_alternative<PostPlan>(result));
  const PostPlan& plan = std::get<PostPlan>(result);
  EXPECT_TRUE(plan.batch);
  EXPECT_EQ(plan.batch_body.size(), 3u);
  EXPECT_EQ(plan.keys, (std::vector<std::string>{"1", "2"}));
}

}  // namespace
}  // namespace mcpgw::downstream::http
