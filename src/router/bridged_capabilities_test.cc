#include "router/bridged_capabilities.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

#include <string>

namespace mcpgw::router {
namespace {

std::string Bridged(const char* declared) {
  return boost::json::serialize(BridgedCapabilities(boost::json::parse(declared).as_object()));
}

TEST(BridgedCapabilitiesTest, KeepsSamplingElicitationAndRootsAsDeclared) {
  EXPECT_EQ(Bridged(R"({"sampling":{"tools":{}},"elicitation":{"form":{},"url":{}},)"
                    R"("roots":{"listChanged":true}})"),
            R"({"sampling":{"tools":{}},"elicitation":{"form":{},"url":{}},)"
            R"("roots":{"listChanged":true}})");
}

TEST(BridgedCapabilitiesTest, LeavesOutWhatTheGatewayCannotBridge) {
  EXPECT_EQ(Bridged(R"({"experimental":{"x":{}},"tasks":{"list":{}},"extensions":{"e":{}},)"
                    R"("elicitation":{}})"),
            R"({"elicitation":{}})");
}

TEST(BridgedCapabilitiesTest, AMemberThatIsNotAnObjectIsNotDeclared) {
  EXPECT_EQ(Bridged(R"({"sampling":true,"roots":null,"elicitation":[]})"), "{}");
}

TEST(BridgedCapabilitiesTest, AClientThatDeclaredNothingGetsAnEmptyObject) {
  EXPECT_EQ(Bridged("{}"), "{}");
}

}  // namespace
}  // namespace mcpgw::router
