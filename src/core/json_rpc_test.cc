#include "core/json_rpc.h"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace mcpgw::core {
namespace {

// ---- Classification of valid messages ----

struct ValidCase {
  const char* name;
  const char* text;
  MessageKind kind;

  friend void PrintTo(const ValidCase& c, std::ostream* os) { *os << c.name; }
};

class ValidMessageTest : public ::testing::TestWithParam<ValidCase> {};

TEST_P(ValidMessageTest, IsClassified) {
  const ValidCase& c = GetParam();
  auto parsed = ParseMessage(c.text);
  ASSERT_TRUE(parsed) << c.text << ": " << parsed.error().message;
  EXPECT_EQ(parsed->kind, c.kind) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, ValidMessageTest,
    ::testing::Values(
        ValidCase{"RequestNumericId", R"({"jsonrpc":"2.0","id":1,"method":"ping"})",
                  MessageKind::kRequest},
        ValidCase{"RequestStringId", R"({"jsonrpc":"2.0","id":"a","method":"m","params":{}})",
                  MessageKind::kRequest},
        ValidCase{"RequestArrayParams", R"({"jsonrpc":"2.0","id":2,"method":"m","params":[1]})",
                  MessageKind::kRequest},
        ValidCase{"RequestFractionalId", R"({"jsonrpc":"2.0","id":1.5,"method":"m"})",
                  MessageKind::kRequest},
        ValidCase{"Notification", R"({"jsonrpc":"2.0","method":"notifications/initialized"})",
                  MessageKind::kNotification},
        ValidCase{"Result", R"({"jsonrpc":"2.0","id":3,"result":{}})", MessageKind::kResult},
        ValidCase{"ResultNull", R"({"jsonrpc":"2.0","id":"x","result":null})",
                  MessageKind::kResult},
        ValidCase{"Error", R"({"jsonrpc":"2.0","id":4,"error":{"code":-1,"message":"m"}})",
                  MessageKind::kError},
        ValidCase{"ErrorWithNullId",
                  R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"p"}})",
                  MessageKind::kError}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Message, AccessorsOnRequest) {
  auto parsed = ParseMessage(R"({"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"a":1}})");
  ASSERT_TRUE(parsed);
  EXPECT_TRUE(parsed->IsRequest());
  EXPECT_FALSE(parsed->IsNotification());
  EXPECT_FALSE(parsed->IsResponse());
  EXPECT_EQ(parsed->Method(), "tools/call");
  EXPECT_EQ(parsed->Id(), json::value(7));
  ASSERT_NE(parsed->Params(), nullptr);
  EXPECT_EQ(*parsed->Params(), (json::object{{"a", 1}}));
}

TEST(Message, AccessorsOnNotificationAndResponse) {
  auto notification = ParseMessage(R"({"jsonrpc":"2.0","method":"n"})");
  ASSERT_TRUE(notification);
  EXPECT_TRUE(notification->Id().is_null());
  EXPECT_EQ(notification->Params(), nullptr);
  auto response = ParseMessage(R"({"jsonrpc":"2.0","id":"r","result":{}})");
  ASSERT_TRUE(response);
  EXPECT_TRUE(response->IsResponse());
  EXPECT_TRUE(response->Method().empty());
  EXPECT_EQ(response->Id(), json::value("r"));
}

// ---- Every invalid case ----

struct InvalidCase {
  const char* name;
  const char* text;
  int code;
  const char* recovered_id;  // JSON text of the id the error must carry
  const char* message_part;  // a substring of the error message

  friend void PrintTo(const InvalidCase& c, std::ostream* os) { *os << c.name; }
};

class InvalidMessageTest : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(InvalidMessageTest, IsRejectedWithCodeAndId) {
  const InvalidCase& c = GetParam();
  auto parsed = ParseMessage(c.text);
  ASSERT_FALSE(parsed) << c.text;
  EXPECT_EQ(parsed.error().code, c.code) << c.text;
  EXPECT_EQ(parsed.error().id, json::parse(c.recovered_id)) << c.text;
  EXPECT_NE(parsed.error().message.find(c.message_part), std::string::npos)
      << c.text << " -> " << parsed.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, InvalidMessageTest,
    ::testing::Values(
        InvalidCase{"BadJson", R"({"jsonrpc":"2.0","id":1,)", kParseError, "null", "parse error"},
        InvalidCase{"TrailingGarbage", R"({"jsonrpc":"2.0","id":1,"method":"m"} x)", kParseError,
                    "null", "parse error"},
        InvalidCase{"EmptyText", "", kParseError, "null", "parse error"},
        InvalidCase{"NotAnObject", "42", kInvalidRequest, "null", "must be an object"},
        InvalidCase{"Batch", R"([{"jsonrpc":"2.0","id":1,"method":"m"}])", kInvalidRequest,
                    "null", "batch"},
        InvalidCase{"MissingJsonrpc", R"({"id":5,"method":"m"})", kInvalidRequest, "5",
                    "jsonrpc"},
        InvalidCase{"WrongVersion", R"({"jsonrpc":"1.0","id":"v","method":"m"})",
                    kInvalidRequest, R"("v")", "jsonrpc"},
        InvalidCase{"VersionNotString", R"({"jsonrpc":2,"id":6,"method":"m"})", kInvalidRequest,
                    "6", "jsonrpc"},
        InvalidCase{"MethodNotString", R"({"jsonrpc":"2.0","id":8,"method":3})", kInvalidRequest,
                    "8", "method"},
        InvalidCase{"MethodEmpty", R"({"jsonrpc":"2.0","id":9,"method":""})", kInvalidRequest,
                    "9", "method"},
        InvalidCase{"ParamsScalar", R"({"jsonrpc":"2.0","id":10,"method":"m","params":1})",
                    kInvalidRequest, "10", "params"},
        InvalidCase{"ParamsString", R"({"jsonrpc":"2.0","method":"m","params":"x"})",
                    kInvalidRequest, "null", "params"},
        InvalidCase{"RequestIdBool", R"({"jsonrpc":"2.0","id":true,"method":"m"})",
                    kInvalidRequest, "null", "id"},
        InvalidCase{"RequestIdObject", R"({"jsonrpc":"2.0","id":{"a":1},"method":"m"})",
                    kInvalidRequest, "null", "id"},
        InvalidCase{"RequestIdNull", R"({"jsonrpc":"2.0","id":null,"method":"m"})",
                    kInvalidRequest, "null", "id"},
        InvalidCase{"NeitherMethodNorId", R"({"jsonrpc":"2.0","result":{}})", kInvalidRequest,
                    "null", "neither"},
        InvalidCase{"ResultAndError",
                    R"({"jsonrpc":"2.0","id":11,"result":{},"error":{"code":1,"message":""}})",
                    kInvalidRequest, "11", "exactly one"},
        InvalidCase{"ResponseWithNeither", R"({"jsonrpc":"2.0","id":12})", kInvalidRequest, "12",
                    "exactly one"},
        InvalidCase{"ErrorNotObject", R"({"jsonrpc":"2.0","id":13,"error":"bad"})",
                    kInvalidRequest, "13", "error"},
        InvalidCase{"ErrorWithoutCode", R"({"jsonrpc":"2.0","id":14,"error":{"message":"m"}})",
                    kInvalidRequest, "14", "code"},
        InvalidCase{"ErrorCodeString",
                    R"({"jsonrpc":"2.0","id":"e","error":{"code":"-1","message":"m"}})",
                    kInvalidRequest, R"("e")", "code"},
        InvalidCase{"ResultWithNullId", R"({"jsonrpc":"2.0","id":null,"result":{}})",
                    kInvalidRequest, "null", "id"},
        InvalidCase{"ResultWithBoolId", R"({"jsonrpc":"2.0","id":false,"result":{}})",
                    kInvalidRequest, "null", "id"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ValidateMessage, TakesAnAlreadyDecodedValue) {
  auto message =
      ValidateMessage(json::object{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "tools/list"}});
  ASSERT_TRUE(message);
  EXPECT_EQ(message->kind, MessageKind::kRequest);
  EXPECT_FALSE(ValidateMessage(json::value("text")));
}

// ---- ParseJson: numbers beyond double range ----

TEST(ParseJson, ParsesValuesThatAreNotMessages) {
  auto value = ParseJson(R"([1, "two", {"three": 3.5}])");
  ASSERT_TRUE(value);
  EXPECT_EQ(*value, json::parse(R"([1, "two", {"three": 3.5}])"));
  EXPECT_EQ(ParseJson("{").error().code, kParseError);
}

TEST(ParseJson, RejectsNumbersBeyondDoubleRange) {
  for (const std::string& text :
       {std::string(R"({"x":1e400})"), std::string(R"({"x":[-1E999]})"),
        "{\"x\":" + std::string(400, '9') + "}"}) {
    auto value = ParseJson(text);
    ASSERT_FALSE(value) << text;
    EXPECT_EQ(value.error().code, kParseError);
    EXPECT_TRUE(value.error().id.is_null());
  }
  EXPECT_TRUE(ParseJson(R"({"x":1e300,"y":-2.5E-10})"));
  EXPECT_TRUE(ParseJson("{\"x\":" + std::string(250, '9') + "}")) << "large but finite";
}

TEST(ParseMessage, HugeNumberIsAParseError) {
  auto parsed = ParseMessage(R"({"jsonrpc":"2.0","id":1,"method":"m","params":{"n":1e400}})");
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().code, kParseError);
}

// ---- SniffId: best-effort id of a message too large to parse ----

struct SniffCase {
  const char* name;
  const char* head;
  const char* tail;
  const char* expected;  // JSON text of the id, "null" for none

  friend void PrintTo(const SniffCase& c, std::ostream* os) { *os << c.name; }
};

class SniffIdTest : public ::testing::TestWithParam<SniffCase> {};

TEST_P(SniffIdTest, RecoversIdOrNull) {
  const SniffCase& c = GetParam();
  EXPECT_EQ(SniffId(c.head, c.tail), json::parse(c.expected)) << c.head << " | " << c.tail;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SniffIdTest,
    ::testing::Values(
        SniffCase{"NumericInHead", R"({"jsonrpc":"2.0","id":42,"result":{"x":"aaaa)", "", "42"},
        SniffCase{"NegativeWithSpaces", R"({"jsonrpc":"2.0", "id" : -7 ,"result)", "", "-7"},
        SniffCase{"StringInHead", R"({"jsonrpc":"2.0","id":"req-1","method":"tools/call)", "",
                  R"("req-1")"},
        SniffCase{"OnlyInTail", R"({"jsonrpc":"2.0","result":{"text":"xxxx)",
                  R"(xxxx"}},"id":99})", "99"},
        SniffCase{"HeadWinsOverTail", R"({"id":1,"result":"xx)", R"(xx","id":2})", "1"},
        SniffCase{"NoneFound", R"({"jsonrpc":"2.0","method":"x","params":{"a":"xx)", R"(xx"}})",
                  "null"},
        SniffCase{"EscapedStringIsRefused", R"({"id":"a\"b","x":"y)", "", "null"},
        SniffCase{"UnterminatedStringIsRefused", R"({"jsonrpc":"2.0","id":"abc)", "", "null"},
        SniffCase{"TooLongNumberIsRefused", R"({"id":1234567890123456789012,"x":1)", "", "null"},
        SniffCase{"NonScalarIdIsRefused", R"({"id":{"a":1},"x":1)", "", "null"}),
    [](const auto& info) { return std::string(info.param.name); });

// BUG (reported, not fixed here): SniffId takes the first "id" key anywhere in the head, not the
// top-level one. Clients built on the TypeScript SDK serialize "jsonrpc" and "id" after "params"
// ({...request, jsonrpc, id}), so an oversized tools/call whose arguments start with an "id"
// member is answered with the *argument's* id (3 here), which may name another request in flight.
TEST(SniffId, NestedIdInParamsIsNotTheMessageId) {
  const std::string head =
      R"({"method":"tools/call","params":{"name":"put","arguments":{"id":3,"data":"xxxx)";
  const std::string tail = R"(xxxx"}},"jsonrpc":"2.0","id":42})";
  EXPECT_EQ(SniffId(head, tail), json::value(42));
}

// BUG (reported, not fixed here): a number that reaches the end of the head is accepted although
// the head is a truncated view (the id may continue past the cut): 12 is returned for 12345.
TEST(SniffId, NumberCutAtEndOfHeadIsRefused) {
  EXPECT_EQ(SniffId(R"({"jsonrpc":"2.0","id":12)", R"(345,"result":{}})"), json::value(nullptr));
}

// ---- Builders ----

TEST(MakeErrorResponse, OmitsDataWhenNull) {
  json::object response = MakeErrorResponse(3, kMethodNotFound, "nope");
  EXPECT_EQ(response, (json::object{{"jsonrpc", "2.0"},
                                    {"id", 3},
                                    {"error", {{"code", kMethodNotFound}, {"message", "nope"}}}}));
  EXPECT_FALSE(response.at("error").as_object().contains("data"));
}

TEST(MakeErrorResponse, IncludesDataWhenGiven) {
  json::object response =
      MakeErrorResponse("x", kPolicyRejected, "no", json::object{{"reason", "policy.tool_denied"}});
  EXPECT_EQ(response.at("id"), json::value("x"));
  EXPECT_EQ(response.at("error").at("data"), (json::object{{"reason", "policy.tool_denied"}}));
}

TEST(MakeErrorResponse, NullIdIsKeptAndValidatesAsError) {
  json::object response = MakeErrorResponse(nullptr, kParseError, "bad");
  ASSERT_TRUE(response.contains("id"));
  EXPECT_TRUE(response.at("id").is_null());
  auto parsed = ParseMessage(Serialize(response));
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->kind, MessageKind::kError);
}

TEST(MakeResultResponse, BuildsEnvelope) {
  EXPECT_EQ(MakeResultResponse(1, json::object{{"ok", true}}),
            (json::object{{"jsonrpc", "2.0"}, {"id", 1}, {"result", {{"ok", true}}}}));
}

TEST(MakeRequest, IncludesIdAndParams) {
  EXPECT_EQ(MakeRequest(4, "tools/call", json::object{{"name", "t"}}),
            (json::object{
                {"jsonrpc", "2.0"}, {"id", 4}, {"method", "tools/call"}, {"params", {{"name", "t"}}}}));
}

TEST(MakeRequest, NullParamsAreOmitted) {
  json::object request = MakeRequest("r", "ping", nullptr);
  EXPECT_FALSE(request.contains("params"));
  EXPECT_EQ(request.at("id"), json::value("r"));
}

TEST(MakeNotification, HasNoId) {
  json::object notification = MakeNotification("notifications/tools/list_changed", nullptr);
  EXPECT_EQ(notification,
            (json::object{{"jsonrpc", "2.0"}, {"method", "notifications/tools/list_changed"}}));
  auto parsed = ParseMessage(Serialize(notification));
  ASSERT_TRUE(parsed);
  EXPECT_TRUE(parsed->IsNotification());
}

TEST(Serialize, RoundTripsThroughParseMessage) {
  const json::object original =
      MakeRequest(42, "tools/call",
                  json::object{{"name", "echo"},
                               {"arguments", {{"message", "héllo \"quoted\"\n"}, {"n", 1.5}}}});
  const std::string text = Serialize(original);
  EXPECT_EQ(text.find('\n'), std::string::npos) << "a serialized message must fit on one line";
  auto parsed = ParseMessage(text);
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->kind, MessageKind::kRequest);
  EXPECT_EQ(parsed->body, original);
}

TEST(DescribeId, PrintsJson) {
  EXPECT_EQ(DescribeId(7), "7");
  EXPECT_EQ(DescribeId("abc"), "\"abc\"");
  EXPECT_EQ(DescribeId(nullptr), "null");
}

TEST(DescribeId, TruncatesLongIdsTo64Characters) {
  const std::string long_id(100, 'z');
  const std::string described = DescribeId(json::value(long_id));
  EXPECT_EQ(described.size(), 64u);
  EXPECT_EQ(described.substr(0, 2), "\"z");
  EXPECT_EQ(described.substr(61), "...");
  // 64 characters exactly are left alone.
  const std::string fits(62, 'a');  // 62 + 2 quotes
  EXPECT_EQ(DescribeId(json::value(fits)), "\"" + fits + "\"");
}

}  // namespace
}  // namespace mcpgw::core
