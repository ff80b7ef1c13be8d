#include "audit/jsonl_sink.h"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "testing/temp_dir.h"

namespace mcpgw::audit {
namespace {

std::shared_ptr<const CallRecord> Record(int n) {
  auto r = std::make_shared<CallRecord>();
  r->call_id = "c" + std::to_string(n);
  r->started = std::chrono::system_clock::now();
  r->method = "tools/call";
  r->server = "context7";
  r->capability_name = "resolve";
  r->arguments_json = R"({"q":"x"})";
  return r;
}

std::vector<std::string> Lines(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(JsonlSinkTest, EachRecordIsOneJsonLine) {
  testing::TempDir dir;
  JsonlSinkOptions options;
  options.path = (dir.path() / "audit.jsonl").string();
  auto sink = JsonlSink::Open(options);
  ASSERT_TRUE(sink) << sink.error().message;
  (*sink)->Write(Record(1));
  (*sink)->Write(Record(2));
  (*sink)->Flush();
  const auto lines = Lines(options.path);
  ASSERT_EQ(lines.size(), 2u);
  const auto first = boost::json::parse(lines[0]).as_object();
  EXPECT_EQ(first.at("call_id"), "c1");
  EXPECT_EQ(first.at("server"), "context7");
  EXPECT_EQ(first.at("decision"), "allowed");
  EXPECT_FALSE(first.contains("hash"));
}

TEST(JsonlSinkTest, FileIsRotatedBeforeExceedingItsSize) {
  testing::TempDir dir;
  JsonlSinkOptions options;
  options.path = (dir.path() / "audit.jsonl").string();
  options.max_bytes = 1500;  // a few lines each
  auto sink = JsonlSink::Open(options);
  ASSERT_TRUE(sink);
  for (int i = 0; i < 20; ++i) (*sink)->Write(Record(i));
  (*sink)->Flush();
  std::size_t files = 0, lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    ++files;
    EXPECT_LE(std::filesystem::file_size(entry.path()), 1500u) << entry.path();
    lines += Lines(entry.path()).size();
  }
  EXPECT_GT(files, 1u);
  EXPECT_EQ(lines, 20u) << "rotation loses nothing";
}

TEST(JsonlSinkTest, UnwritablePathIsAClearError) {
  JsonlSinkOptions options;
  options.path = "/proc/mcpgw-test/audit.jsonl";
  auto sink = JsonlSink::Open(options);
  ASSERT_FALSE(sink);
  EXPECT_NE(sink.error().message.find("audit log /proc/mcpgw-test/audit.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace mcpgw::audit
