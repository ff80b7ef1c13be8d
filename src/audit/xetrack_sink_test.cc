#include "audit/xetrack_sink.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "store/sqlite_db.h"
#include "testing/temp_dir.h"

namespace mcpgw::audit {
namespace {

using namespace std::chrono_literals;

std::shared_ptr<const CallRecord> Call(std::string id, std::string arguments, int items) {
  auto r = std::make_shared<CallRecord>();
  r->call_id = std::move(id);
  r->started = std::chrono::system_clock::time_point(1'700'000'000s);
  r->method = "tools/call";
  r->server = "filesystem";
  r->capability_type = "tool";
  r->capability_name = "read_file";
  r->arguments_json = std::move(arguments);
  std::string content;
  for (int i = 0; i < items; ++i)
    content += (i ? "," : "") + std::string(R"({"type":"text","text":"item)") +
               std::to_string(i) + "\"}";
  r->result_json = R"({"content":[)" + content + "]}";
  return r;
}

int64_t Count(const std::string& path, const std::string& sql) {
  auto db = store::Database::Open(path);
  EXPECT_TRUE(db);
  auto s = db->Prepare(sql);
  EXPECT_TRUE(s) << (s ? "" : s.error().message);
  if (!s) return -1;
  auto row = s->Step();
  return row && *row ? s->Int(0) : -1;
}

std::string ReadAll(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(XetrackSink, RowsLandInTheDatabaseAndTheDailyLogFile) {
  testing::TempDir dir;
  XetrackOptions o;
  o.db_path = (dir.path() / "sub" / "tracing.db").string();  // parent created
  o.logs_path = (dir.path() / "logs").string();
  o.utc = true;
  o.track_id = "calm-otter-0042";
  auto sink = MakeXetrackSink(o);
  ASSERT_TRUE(sink) << sink.error().message;
  EXPECT_TRUE((*sink)->wants_payloads());
  (*sink)->Write(Call("a", R"({"path":"x.txt"})", 2));
  (*sink)->Write(Call("b", R"({"path":"y.txt","encoding":"utf8"})", 1));
  (*sink)->Flush();
  EXPECT_EQ((*sink)->rows_written(), 3u);
  EXPECT_EQ((*sink)->failed_writes(), 0u);
  EXPECT_EQ(Count(o.db_path, "SELECT COUNT(*) FROM events"), 3);
  EXPECT_EQ(Count(o.db_path, "SELECT COUNT(*) FROM events WHERE path = 'x.txt'"), 2);
  EXPECT_EQ(Count(o.db_path, "SELECT COUNT(*) FROM events WHERE encoding = 'utf8'"), 1);
  EXPECT_EQ(Count(o.db_path, "SELECT COUNT(*) FROM events WHERE track_id = 'calm-otter-0042'"), 3);

  const std::string log = ReadAll(dir.path() / "logs" / "2023-11-14.log");
  std::size_t lines = 0;
  for (char c : log) lines += c == '\n';
  EXPECT_EQ(lines, 3u);
  EXPECT_NE(log.find("2023-11-14 22:13:20.000 | MONITOR  | mcp_gateway.xetrack:log:0!\xF0\x9F\x93\x81!{"
                     "\"timestamp\":\"2023-11-14 22:13:20.000000\""),
            std::string::npos)
      << log;
  EXPECT_NE(log.find(R"("content_text":"item1")"), std::string::npos);
}

TEST(XetrackSink, ConsoleLinesGoToTheGivenStreamNotStdout) {
  testing::TempDir dir;
  std::FILE* console = std::tmpfile();
  ASSERT_NE(console, nullptr);
  XetrackOptions o;
  o.logs_console = true;
  o.utc = true;
  auto sink = MakeXetrackSink(o, console);
  ASSERT_TRUE(sink);
  (*sink)->Write(Call("a", "{}", 1));
  (*sink)->Stop();
  std::rewind(console);
  char buffer[4096] = {};
  const std::size_t n = std::fread(buffer, 1, sizeof buffer - 1, console);
  std::fclose(console);
  const std::string text(buffer, n);
  EXPECT_NE(text.find("| MONITOR  |"), std::string::npos) << text;
  EXPECT_NE(text.find(R"("call_id":"a")"), std::string::npos) << text;
}

TEST(XetrackSink, StopWritesEverythingQueued) {
  testing::TempDir dir;
  XetrackOptions o;
  o.db_path = (dir.path() / "t.db").string();
  auto sink = MakeXetrackSink(o);
  ASSERT_TRUE(sink);
  for (int i = 0; i < 500; ++i) (*sink)->Write(Call("c" + std::to_string(i), "{}", 1));
  (*sink)->Stop();
  EXPECT_EQ(Count(o.db_path, "SELECT COUNT(*) FROM events"), 500);
  EXPECT_EQ((*sink)->queue_depth(), 0u);
  (*sink)->Write(Call("late", "{}", 1));  // after Stop: counted, not lost silently
  EXPECT_EQ((*sink)->dropped(), 1u);
}

TEST(XetrackSink, FullQueueCountsDropsAndNeverBlocksTheCaller) {
  XetrackOptions o;  // no database, no logs: the writer does little, but the queue is tiny
  o.queue_capacity = 1;
  auto sink = MakeXetrackSink(o);
  ASSERT_TRUE(sink);
  const int kCalls = 2000;
  for (int i = 0; i < kCalls; ++i) (*sink)->Write(Call("c", "{}", 1));
  (*sink)->Flush();
  EXPECT_EQ((*sink)->rows_written() + (*sink)->dropped(), static_cast<uint64_t>(kCalls));
}

TEST(XetrackSink, UntracedMethodsAreIgnored) {
  XetrackOptions o;
  auto sink = MakeXetrackSink(o);
  ASSERT_TRUE(sink);
  auto record = std::make_shared<CallRecord>();
  record->method = "tools/list";
  (*sink)->Write(record);
  (*sink)->Flush();
  EXPECT_EQ((*sink)->rows_written(), 0u);
  EXPECT_EQ((*sink)->dropped(), 0u);
}

TEST(XetrackSink, BadDatabasePathFailsAtStartNamingIt) {
  testing::TempDir dir;
  const std::string file = dir.WriteFile("not-a-dir", "x");
  XetrackOptions o;
  o.db_path = file + "/t.db";
  auto sink = MakeXetrackSink(o);
  ASSERT_FALSE(sink);
  EXPECT_NE(sink.error().message.find(o.db_path), std::string::npos) << sink.error().message;
}

TEST(XetrackOptions, ReadsTheReferenceEnvironmentVariables) {
  std::map<std::string, std::string> env = {{"XETRACK_DB_PATH", "tracing.db"},
                                            {"XETRACK_LOGS_PATH", "logs/"},
                                            {"XETRACK_LOGS_STDOUT", "TRUE"},
                                            {"FLATTEN_ARGUMENTS", "false"},
                                            {"FLATTEN_RESPONSE", "false"},
                                            {"XETRACK_FLATTEN_RESPONSE", "true"}};
  auto o = XetrackOptionsFromEnvironment([&](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  });
  ASSERT_TRUE(o) << o.error().message;
  EXPECT_EQ(o->db_path, "tracing.db");
  EXPECT_EQ(o->logs_path, "logs/");
  EXPECT_TRUE(o->logs_console);
  EXPECT_FALSE(o->flatten_arguments);
  EXPECT_TRUE(o->flatten_response);  // the XETRACK_ name wins
}

TEST(XetrackOptions, DefaultsMatchTheReference) {
  auto o = XetrackOptionsFromEnvironment([](const char*) -> const char* { return nullptr; });
  ASSERT_TRUE(o);
  EXPECT_TRUE(o->db_path.empty());
  EXPECT_TRUE(o->logs_path.empty());
  EXPECT_FALSE(o->logs_console);
  EXPECT_TRUE(o->flatten_arguments);
  EXPECT_TRUE(o->flatten_response);
  auto skip = XetrackOptionsFromEnvironment(
      [](const char* n) -> const char* {
        return std::string_view(n) == "XETRACK_DB_PATH" ? "SKIP_INSERT" : nullptr;
      });
  ASSERT_TRUE(skip);
  EXPECT_TRUE(skip->db_path.empty());
}

TEST(XetrackOptions, BadBooleanIsAnErrorNamingTheVariable) {
  auto o = XetrackOptionsFromEnvironment([](const char* n) -> const char* {
    return std::string_view(n) == "FLATTEN_ARGUMENTS" ? "maybe" : nullptr;
  });
  ASSERT_FALSE(o);
  EXPECT_EQ(o.error().message, "FLATTEN_ARGUMENTS: expected true or false, got 'maybe'");
}

TEST(XetrackOptions, TrackIdLooksLikeXetracks) {
  const std::string id = NewTrackId();
  const auto last_dash = id.rfind('-');
  ASSERT_NE(last_dash, std::string::npos);
  EXPECT_EQ(id.size() - last_dash - 1, 4u) << id;
  EXPECT_NE(id.find('-'), last_dash) << id;
}

}  // namespace
}  // namespace mcpgw::audit
