#include "pins/canonical_json.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace mcpgw::pins {
namespace {

std::string Canon(std::string_view text) { return CanonicalJson(boost::json::parse(text)); }

TEST(CanonicalJson, MemberOrderDoesNotMatterAtAnyDepth) {
  EXPECT_EQ(Canon(R"({"b":1,"a":{"d":[1,{"y":2,"x":1}],"c":null}})"),
            Canon(R"({ "a" : { "c" : null, "d" : [ 1, { "x" : 1, "y" : 2 } ] }, "b" : 1 })"));
  EXPECT_EQ(Canon(R"({"b":1,"a":2})"), R"({"a":2,"b":1})");
}

TEST(CanonicalJson, ArrayOrderMatters) { EXPECT_NE(Canon(R"(["a","b"])"), Canon(R"(["b","a"])")); }

struct NumberCase {
  const char* input;
  const char* canonical;
};

class CanonicalJsonNumbers : public ::testing::TestWithParam<NumberCase> {};

TEST_P(CanonicalJsonNumbers, IntegralValuesAreWrittenAsIntegers) {
  EXPECT_EQ(Canon(GetParam().input), GetParam().canonical);
}

INSTANTIATE_TEST_SUITE_P(
    Rule, CanonicalJsonNumbers,
    ::testing::Values(NumberCase{"1", "1"}, NumberCase{"1.0", "1"}, NumberCase{"1e0", "1"},
                      NumberCase{"10E1", "100"}, NumberCase{"-0.0", "0"}, NumberCase{"-3", "-3"},
                      NumberCase{"0.5", "0.5"}, NumberCase{"5e-1", "0.5"},
                      NumberCase{"1.5e300", "1.5e+300"},
                      NumberCase{"18446744073709551615", "18446744073709551615"}));

TEST(CanonicalJson, StringsUseMinimalEscapesAndRawUtf8) {
  // "\u00e9" and the raw UTF-8 "é" are the same string; "\/" is "/".
  EXPECT_EQ(Canon(R"("caf\u00e9 \/ x")"), Canon("\"caf\xc3\xa9 / x\""));
  EXPECT_EQ(Canon(R"("q\"b\\n\n\t\u0001")"), R"("q\"b\\n\n\t\u0001")");
  // Invisible characters are kept (they change the hash), not dropped.
  EXPECT_NE(Canon("\"a\xe2\x80\x8b"
                  "b\""),
            Canon(R"("ab")"));
}

TEST(CanonicalJson, KeysSortByUtf8Bytes) {
  EXPECT_EQ(Canon("{\"\xc3\xa9\":1,\"z\":2,\"A\":3}"), "{\"A\":3,\"z\":2,\"\xc3\xa9\":1}");
}

}  // namespace
}  // namespace mcpgw::pins
