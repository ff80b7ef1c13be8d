#include "corpus_case.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <filesystem>
#include <fstream>

namespace mcpgw::scan_eval {
namespace {

namespace json = boost::json;

TEST(CorpusCase, AWellFormedCorpusLoadsEveryCaseInOrder) {
  auto cases = ParseCorpus(R"({"cases": [
    {"id": "a", "family": "concealment", "lang": "en", "tool": {"name": "t1", "description": "d"}},
    {"id": "b", "family": "line_jumping", "lang": "de", "tool": {"name": "t2"},
     "server": {"instructions": "i", "prompts": [], "resources": []}}]})");
  ASSERT_TRUE(cases) << cases.error().message;
  ASSERT_EQ(cases->size(), 2u);
  EXPECT_EQ((*cases)[0].id, "a");
  EXPECT_EQ((*cases)[0].family, "concealment");
  EXPECT_EQ((*cases)[0].lang, "en");
  EXPECT_FALSE((*cases)[0].server.has_value());
  EXPECT_EQ((*cases)[1].tool.at("name").as_string(), "t2");
  ASSERT_TRUE((*cases)[1].server.has_value());
  EXPECT_EQ((*cases)[1].server->at("instructions").as_string(), "i");
}

TEST(CorpusCase, MalformedCorporaAreRejectedNamingWhatIsWrong) {
  struct Row {
    const char* text;
    const char* expected_in_error;
  };
  const Row rows[] = {
      {"{", "not JSON"},
      {"[]", "\"cases\" array"},
      {R"({"cases": {}})", "\"cases\" array"},
      {R"({"cases": [1]})", "case 0: not an object"},
      {R"({"cases": [{"family": "f", "lang": "en", "tool": {"name": "t"}}]})", "\"id\""},
      {R"({"cases": [{"id": "x", "lang": "en", "tool": {"name": "t"}}]})", "(x): \"family\""},
      {R"({"cases": [{"id": "x", "family": "f", "tool": {"name": "t"}}]})", "\"lang\""},
      {R"({"cases": [{"id": "x", "family": "f", "lang": ""}]})", "\"lang\""},
      {R"({"cases": [{"id": "x", "family": "f", "lang": "en"}]})", "\"tool\" must be an object"},
      {R"({"cases": [{"id": "x", "family": "f", "lang": "en", "tool": []}]})", "\"tool\""},
      {R"({"cases": [{"id": "x", "family": "f", "lang": "en", "tool": {"name": 3}}]})",
       "tool: \"name\""},
      {R"({"cases": [{"id": "x", "family": "f", "lang": "en", "tool": {"name": "t"},
           "server": "s"}]})",
       "\"server\" must be an object"},
      {R"({"cases": [{"id": "x", "family": "f", "lang": "en", "tool": {"name": "t"},
           "server": {"instructions": 1}}]})",
       "server.instructions must be a string"},
      {R"({"cases": [{"id": "x", "family": "f", "lang": "en", "tool": {"name": "t"},
           "server": {"prompts": {}}}]})",
       "server.prompts must be an array"},
      {R"({"cases": [{"id": "x", "family": "f", "lang": "en", "tool": {"name": "t"},
           "server": {"tools": []}}]})",
       "unknown member \"tools\""},
      {R"({"cases": [{"id": "x", "family": "f", "lang": "en", "tool": {"name": "t"}},
                     {"id": "x", "family": "f", "lang": "en", "tool": {"name": "u"}}]})",
       "\"x\" is used twice"},
  };
  for (const Row& row : rows) {
    auto cases = ParseCorpus(row.text);
    ASSERT_FALSE(cases) << row.text;
    EXPECT_NE(cases.error().message.find(row.expected_in_error), std::string::npos)
        << row.text << " -> " << cases.error().message;
  }
}

TEST(CorpusCase, AnUnreadableFileIsAnErrorNamingThePath) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "scan_eval_no_such_corpus.json").string();
  std::filesystem::remove(path);
  auto cases = LoadCorpusFile(path);
  ASSERT_FALSE(cases);
  EXPECT_NE(cases.error().message.find(path), std::string::npos);
}

TEST(CorpusCase, AFileIsParsedAndItsErrorsNameThePath) {
  const auto dir =
      std::filesystem::temp_directory_path() /
      ("scan_eval_corpus_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(dir);
  const std::string good = (dir / "good.json").string(), bad = (dir / "bad.json").string();
  std::ofstream(good) << R"({"cases": [{"id": "a", "family": "f", "lang": "ja",
                                         "tool": {"name": "翻訳"}}]})";
  std::ofstream(bad) << R"({"cases": [{"id": "a"}]})";
  auto cases = LoadCorpusFile(good);
  ASSERT_TRUE(cases) << cases.error().message;
  EXPECT_EQ(cases->at(0).tool.at("name").as_string(), "翻訳");
  auto failed = LoadCorpusFile(bad);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().message.rfind(bad, 0), 0u) << failed.error().message;
  std::filesystem::remove_all(dir);
}

TEST(CorpusCase, CaptureHoldsTheToolAndOnlyTheServerTextGiven) {
  CorpusCase alone{"a", "f", "en", json::object{{"name", "t"}}, std::nullopt};
  const json::object capture = CaptureOf(alone);
  ASSERT_EQ(capture.at("tools").as_array().size(), 1u);
  EXPECT_EQ(capture.at("tools").as_array()[0].as_object().at("name").as_string(), "t");
  EXPECT_EQ(capture.at("instructions").as_string(), "");
  EXPECT_TRUE(capture.at("prompts").as_array().empty());
  EXPECT_TRUE(capture.at("resources").as_array().empty());

  CorpusCase with_server = alone;
  with_server.server = json::object{{"instructions", "use t"},
                                    {"prompts", json::array{json::object{{"name", "p"}}}}};
  const json::object full = CaptureOf(with_server);
  EXPECT_EQ(full.at("instructions").as_string(), "use t");
  ASSERT_EQ(full.at("prompts").as_array().size(), 1u);
  EXPECT_TRUE(full.at("resources").as_array().empty());
}

}  // namespace
}  // namespace mcpgw::scan_eval
