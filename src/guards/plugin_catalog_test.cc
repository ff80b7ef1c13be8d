#include "guards/plugin_catalog.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

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

TEST(PluginCatalog, PolicyPluginIsAvailable) {  // its own tests: src/guards/policy/
  auto chain = BuildGuardChain({"policy"});
  ASSERT_TRUE(chain) << chain.error().message;
  EXPECT_EQ((*chain)->guard(0).name(), "policy");
}

TEST(PluginCatalog, LassoWithoutApiKeyRefusesToStartNamingTheKeyAndTheLocalGuards) {
  const char* saved = std::getenv("LASSO_API_KEY");
  const std::string restore = saved ? saved : "";
  unsetenv("LASSO_API_KEY");
  auto chain = BuildGuardChain({"lasso"});
  if (saved) setenv("LASSO_API_KEY", restore.c_str(), 1);
  ASSERT_FALSE(chain);
  EXPECT_NE(chain.error().message.find("LASSO_API_KEY"), std::string::npos);
  EXPECT_NE(chain.error().message.find("-p injection"), std::string::npos);
}

TEST(PluginCatalog, InjectionAndHarmfulAreLocalGuardsBuiltInTheOrderGiven) {
  auto chain = BuildGuardChain({"injection", "harmful"});
  ASSERT_TRUE(chain) << chain.error().message;
  ASSERT_EQ((*chain)->size(), 2u);
  EXPECT_EQ((*chain)->guard(0).name(), "injection");
  EXPECT_EQ((*chain)->guard(1).name(), "harmful");
}

TEST(PluginCatalog, InjectionSettingErrorsNameTheKey) {
  auto config = ParseGuardsConfig(R"({"guards": {"injection": {"threshold": 3}}})", "g.json");
  ASSERT_TRUE(config);
  GuardSettings settings;
  settings.config = &*config;
  auto chain = BuildGuardChain({}, settings);
  ASSERT_FALSE(chain);
  EXPECT_NE(chain.error().message.find("guards.injection.threshold"), std::string::npos)
      << chain.error().message;
}

TEST(PluginCatalog, TracingPluginStartsWithoutAddingAGuard) {
  auto chain = BuildGuardChain({"xetrack", "basic"});
  ASSERT_TRUE(chain) << chain.error().message;
  ASSERT_EQ((*chain)->size(), 1u);
  EXPECT_EQ((*chain)->guard(0).name(), "basic");
}

TEST(PluginCatalog, BasicThenPresidioInTheOrderGiven) {
  auto chain = BuildGuardChain({"basic", "presidio"});
  ASSERT_TRUE(chain) << chain.error().message;
  ASSERT_EQ((*chain)->size(), 2u);
  EXPECT_EQ((*chain)->guard(0).name(), "basic");
  EXPECT_EQ((*chain)->guard(1).name(), "presidio");
}

TEST(PluginCatalog, AliasesAndDuplicatesGiveOneGuardEach) {
  auto chain = BuildGuardChain({"pii", "secrets", "presidio", "basic"});
  ASSERT_TRUE(chain) << chain.error().message;
  ASSERT_EQ((*chain)->size(), 2u);
  EXPECT_EQ((*chain)->guard(0).name(), "presidio");
  EXPECT_EQ((*chain)->guard(1).name(), "basic");
}

TEST(PluginCatalog, ConfigOrderComesFirstThenPluginsThenRulesThenTheVaultLast) {
  auto config = ParseGuardsConfig(R"({"guards": {"order": ["presidio"], "vault": true,
      "rules": [{"id": "r", "regex": "x+"}]}})", "c.json");
  ASSERT_TRUE(config);
  GuardSettings settings;
  settings.config = &*config;
  settings.deny_tools = {"*/delete_*"};
  auto chain = BuildGuardChain({"basic"}, settings);
  ASSERT_TRUE(chain) << chain.error().message;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < (*chain)->size(); ++i)
    names.emplace_back((*chain)->guard(i).name());
  EXPECT_EQ(names, (std::vector<std::string>{"tool_deny", "presidio", "basic", "rules", "vault"}));
}

TEST(PluginCatalog, DisabledGuardInTheConfigIsNotAddedByThePlugin) {
  auto config = ParseGuardsConfig(R"({"guards": {"basic": false}})", "c.json");
  ASSERT_TRUE(config);
  GuardSettings settings;
  settings.config = &*config;
  auto chain = BuildGuardChain({"basic"}, settings);
  ASSERT_TRUE(chain);
  EXPECT_TRUE((*chain)->empty());
}

TEST(PluginCatalog, GuardSettingErrorsNameTheFileAndKey) {
  auto config = ParseGuardsConfig(R"({"guards": {"presidio": {"entities": ["NOPE"]}}})", "g.json");
  ASSERT_TRUE(config);
  GuardSettings settings;
  settings.config = &*config;
  auto chain = BuildGuardChain({}, settings);
  ASSERT_FALSE(chain);
  EXPECT_NE(chain.error().message.find("g.json: guards.presidio"), std::string::npos)
      << chain.error().message;
  auto unknown = ParseGuardsConfig(R"({"guards": {"basic": {"colour": 1}}})", "g.json");
  ASSERT_TRUE(unknown);
  settings.config = &*unknown;
  chain = BuildGuardChain({}, settings);
  ASSERT_FALSE(chain);
  EXPECT_NE(chain.error().message.find("guards.basic.colour: unknown key"), std::string::npos)
      << chain.error().message;
}

TEST(PluginCatalog, BasicMasksTheReferenceQuickstartToken) {
  auto chain = BuildGuardChain({"basic"});
  ASSERT_TRUE(chain);
  GuardContext context;
  context.direction = Direction::kResponse;
  context.method = "tools/call";
  context.server = "filesystem";
  const std::string token = std::string("hf_okpaLGklBeJFhdqdOvkr") + "XljOCTwhADRrXo";
  boost::json::value payload = boost::json::object{
      {"content", boost::json::array{boost::json::object{
                      {"type", "text"}, {"text", "HF_TOKEN = \"" + token + "\"\n"}}}}};
  auto result = (*chain)->Run(context, payload);
  EXPECT_EQ(result.kind, VerdictKind::kModified);
  EXPECT_EQ(payload.at("content").at(0).at("text"), "HF_TOKEN = \"<HUGGINGFACE_TOKEN>\"\n");
}

TEST(PluginCatalog, PresidioOperatorsFromTheConfigApply) {
  auto config = ParseGuardsConfig(R"({"guards": {"presidio": {
      "entities": ["EMAIL_ADDRESS"],
      "operators": {"EMAIL_ADDRESS": {"type": "pseudonymize"}}}}})", "c.json");
  ASSERT_TRUE(config);
  GuardSettings settings;
  settings.config = &*config;
  auto chain = BuildGuardChain({"presidio"}, settings);
  ASSERT_TRUE(chain) << chain.error().message;
  GuardContext context;
  context.direction = Direction::kResponse;
  context.method = "tools/call";
  context.session = std::make_shared<SessionInfo>();
  boost::json::value payload = boost::json::object{
      {"content", boost::json::array{boost::json::object{
                      {"type", "text"},
                      {"text", "a jane.doe@acme-corp.com b bob.k@acme-corp.com c jane.doe@acme-corp.com"}}}}};
  (*chain)->Run(context, payload);
  EXPECT_EQ(payload.at("content").at(0).at("text"),
            "a <EMAIL_ADDRESS_1> b <EMAIL_ADDRESS_2> c <EMAIL_ADDRESS_1>");
}

TEST(PluginCatalog, NoPluginsGivesEmptyChain) {
  auto chain = BuildGuardChain({});
  ASSERT_TRUE(chain);
  EXPECT_TRUE((*chain)->empty());
}

}  // namespace
}  // namespace mcpgw::guards
