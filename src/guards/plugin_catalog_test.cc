#include "guards/plugin_catalog.h"

#include <gtest/gtest.h>

namespace mcpgw::guards {
namespace {

TEST(PluginCatalog, PythonGatewayNamesAreRecognised) {
  for (const char* name : {"basic", "presidio", "lasso", "xetrack"})
    EXPECT_NE(FindPlugin(name), nullptr) << name;
}

TEST(PluginCatalog, UnknownNameIsAnErrorNamingIt) {
  auto chain = BuildGuardChain({"nope"});
  ASSERT_FALSE(chain);
  EXPECT_NE(chain.error().message.find("unknown plugin 'nope'"), std::string::npos);
  EXPECT_NE(chain.error().message.find("basic"), std::string::npos);
}

TEST(PluginCatalog, NotYetAvailablePluginIsAnError) {
  auto chain = BuildGuardChain({"basic"});
  ASSERT_FALSE(chain);
  EXPECT_NE(chain.error().message.find("not yet available"), std::string::npos);
}

TEST(PluginCatalog, NoPluginsGivesEmptyChain) {
  auto chain = BuildGuardChain({});
  ASSERT_TRUE(chain);
  EXPECT_TRUE((*chain)->empty());
}

}  // namespace
}  // namespace mcpgw::guards
