// mcp-demo-server: a small, fast MCP server over stdio.
//
// It is the upstream of the gateway's embedded demo, the echo upstream for latency
// benchmarks, and a fixture for unit and integration tests. It speaks newline-delimited
// JSON-RPC 2.0 on stdin/stdout: one message per line, one write(2) per reply.
//
// Usage: mcp-demo-server [--name NAME] [--page-size N] [--tools N] [--help]
//   --name NAME     serverInfo.name (default "demo")
//   --page-size N   tools/list returns N tools per page with an opaque nextCursor
//                   (default 0: all tools in one page)
//   --tools N       add N echoing tools named tool_0001..tool_N (default 0)
//
// Methods: initialize, ping, tools/list, tools/call, prompts/list, prompts/get,
// resources/list, resources/templates/list, resources/read, logging/setLevel.
// Tools:
//   echo {message}   text = message (annotations.readOnlyHint = true)
//   add {a, b}       text = "<sum>", structuredContent {sum}, with an outputSchema
//   sleep {ms}       waits (at most an hour), then text "slept <ms>"; sends
//                    notifications/progress every 50 ms when params._meta.progressToken is set;
//                    runs on its own thread so other requests keep being answered; a
//                    notifications/cancelled naming it stops it from answering
//   pid              text = this process id (so tests can kill it)
//   fail             result with isError = true and text "demo failure"
//   big {bytes}      text of that many 'x' (at most 16 MiB)
//   env {name}       text = value of that environment variable, or ""
//   tool_NNNN        with --tools: echo
// Errors: invalid JSON -> -32700 (id null); not a request object -> -32600; unknown
// method -> -32601; unknown tool, prompt or bad cursor -> -32602; unknown resource
// -> -32002. Invalid tool arguments give a tool result with isError = true. Notifications
// other than notifications/cancelled are ignored, as are responses.
//
// Threading: the main thread reads stdin and answers every request except sleep; each
// sleep call runs on a thread of its own. All writes to stdout go through WriteMessage,
// which holds g_out_mutex. At end of input the server cancels pending sleeps, waits for
// their threads and exits 0.

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace json = boost::json;

namespace {

constexpr std::string_view kDefaultProtocolVersion = "2025-11-25";
constexpr std::string_view kSupportedProtocolVersions[] = {"2024-11-05", "2025-03-26", "2025-06-18",
                                                           "2025-11-25"};
constexpr std::int64_t kMaxBigBytes = 16 * 1024 * 1024;
constexpr std::int64_t kMaxSleepMs = 3600 * 1000;
constexpr auto kProgressInterval = std::chrono::milliseconds(50);

constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kResourceNotFound = -32002;

struct Options {
  std::string name = "demo";
  std::size_t page_size = 0;  // 0: no pagination
  std::size_t extra_tools = 0;
};

Options g_options;
json::array g_tools;  // built once at startup, read-only afterwards

// ---- Output -----------------------------------------------------------------------

std::mutex g_out_mutex;

// Writes one message and a newline with a single write(2) (looping only on short writes).
// Exits the process if stdout is gone: nobody is left to answer.
void WriteMessage(const json::value& message) {
  std::string line = json::serialize(message);
  line.push_back('\n');
  std::lock_guard<std::mutex> lock(g_out_mutex);
  const char* data = line.data();
  std::size_t left = line.size();
  while (left > 0) {
    ssize_t n = ::write(STDOUT_FILENO, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::_Exit(0);
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
}

// The one place JSON-RPC error responses are built.
void SendError(const json::value& id, int code, std::string_view message) {
  WriteMessage(json::object{{"jsonrpc", "2.0"},
                            {"id", id},
                            {"error", json::object{{"code", code}, {"message", message}}}});
}

void SendResult(const json::value& id, json::value result) {
  WriteMessage(json::object{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

// ---- Small JSON helpers -----------------------------------------------------------

const json::value* Find(const json::object* obj, std::string_view key) {
  return obj ? obj->if_contains(key) : nullptr;
}

const json::object* FindObject(const json::object* obj, std::string_view key) {
  const json::value* v = Find(obj, key);
  return v ? v->if_object() : nullptr;
}

std::optional<std::string_view> FindString(const json::object* obj, std::string_view key) {
  const json::value* v = Find(obj, key);
  if (v && v->is_string()) return std::string_view(v->get_string());
  return std::nullopt;
}

// An integer argument; doubles with an integral value count (JS clients send 5 as 5).
std::optional<std::int64_t> FindInteger(const json::object* obj, std::string_view key) {
  const json::value* v = Find(obj, key);
  if (!v) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64() && v->get_uint64() <= INT64_MAX) return std::int64_t(v->get_uint64());
  if (v->is_double()) {
    double d = v->get_double();
    if (d >= -9.0e18 && d <= 9.0e18 && d == static_cast<double>(std::int64_t(d))) {
      return static_cast<std::int64_t>(d);
    }
  }
  return std::nullopt;
}

json::object TextContent(std::string_view text) { return {{"type", "text"}, {"text", text}}; }

json::object TextResult(std::string_view text) {
  return {{"content", json::array{TextContent(text)}}};
}

json::object ToolError(std::string_view text) {
  json::object result = TextResult(text);
  result["isError"] = true;
  return result;
}

// ---- Tool catalogue ---------------------------------------------------------------

json::object Schema(json::object properties, json::array required) {
  json::object schema{{"type", "object"}, {"properties", std::move(properties)}};
  if (!required.empty()) schema["required"] = std::move(required);
  return schema;
}

json::object Tool(std::string_view name, std::string_view title, std::string_view description,
                  json::object input_schema) {
  return {{"name", name},
          {"title", title},
          {"description", description},
          {"inputSchema", std::move(input_schema)}};
}

std::string ExtraToolName(std::size_t i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "tool_%04zu", i);
  return buf;
}

json::array BuildTools(std::size_t extra_tools) {
  json::object message_schema = Schema(
      {{"message", {{"type", "string"}, {"description", "Text to echo back"}}}}, {"message"});
  json::array tools;

  json::object echo = Tool("echo", "Echo", "Returns the message unchanged.", message_schema);
  echo["annotations"] = json::object{{"readOnlyHint", true}};
  tools.push_back(std::move(echo));

  json::object add = Tool("add", "Add", "Adds two numbers.",
                          Schema({{"a", {{"type", "number"}, {"description", "First addend"}}},
                                  {"b", {{"type", "number"}, {"description", "Second addend"}}}},
                                 {"a", "b"}));
  add["outputSchema"] = Schema({{"sum", {{"type", "number"}}}}, {"sum"});
  tools.push_back(std::move(add));

  tools.push_back(
      Tool("sleep", "Sleep",
           "Waits ms milliseconds, then answers. Sends progress every 50 ms if asked to.",
           Schema({{"ms",
                    {{"type", "integer"},
                     {"minimum", 0},
                     {"maximum", kMaxSleepMs},
                     {"description", "Milliseconds"}}}},
                  {"ms"})));
  tools.push_back(Tool("pid", "Process id", "Returns the server's process id.", Schema({}, {})));
  tools.push_back(Tool("fail", "Fail", "Always fails with a tool error.", Schema({}, {})));
  tools.push_back(Tool("big", "Big", "Returns a text of the given number of 'x' characters.",
                       Schema({{"bytes",
                                {{"type", "integer"},
                                 {"minimum", 0},
                                 {"maximum", kMaxBigBytes},
                                 {"description", "Length of the text"}}}},
                              {"bytes"})));
  tools.push_back(
      Tool("env", "Environment variable",
           "Returns the value of an environment variable of the server, or an empty text.",
           Schema({{"name", {{"type", "string"}, {"description", "Variable name"}}}}, {"name"})));

  for (std::size_t i = 1; i <= extra_tools; ++i) {
    tools.push_back(Tool(ExtraToolName(i), "Extra echo " + std::to_string(i),
                         "Returns the message unchanged.", message_schema));
  }
  return tools;
}

// ---- sleep: one thread per call ---------------------------------------------------

struct SleepCall {
  std::mutex mutex;
  std::condition_variable cv;
  bool cancelled = false;  // guarded by mutex
};

std::mutex g_sleep_mutex;                                      // guards the three below
std::map<std::string, std::shared_ptr<SleepCall>> g_sleeping;  // key: serialized request id
std::size_t g_sleep_threads = 0;
std::condition_variable g_sleep_threads_done;

void CancelSleep(const json::value& request_id) {
  std::shared_ptr<SleepCall> call;
  {
    std::lock_guard<std::mutex> lock(g_sleep_mutex);
    auto it = g_sleeping.find(json::serialize(request_id));
    if (it == g_sleeping.end()) return;
    call = it->second;
  }
  std::lock_guard<std::mutex> lock(call->mutex);
  call->cancelled = true;
  call->cv.notify_all();
}

void RunSleep(json::value id, std::int64_t ms, json::value progress_token,
              std::shared_ptr<SleepCall> call) {
  const auto start = std::chrono::steady_clock::now();
  const auto total_time = std::chrono::milliseconds(ms);
  const std::int64_t steps = std::max<std::int64_t>(1, (ms + 49) / 50);
  bool cancelled = false;
  for (std::int64_t k = 1; k <= steps && !cancelled; ++k) {
    auto deadline = start + std::min<std::chrono::milliseconds>(k * kProgressInterval, total_time);
    std::unique_lock<std::mutex> lock(call->mutex);
    cancelled = call->cv.wait_until(lock, deadline, [&] { return call->cancelled; });
    lock.unlock();
    if (!cancelled && !progress_token.is_null()) {
      WriteMessage(json::object{
          {"jsonrpc", "2.0"},
          {"method", "notifications/progress"},
          {"params",
           json::object{{"progressToken", progress_token}, {"progress", k}, {"total", steps}}}});
    }
  }
  if (!cancelled) SendResult(id, TextResult("slept " + std::to_string(ms)));

  std::lock_guard<std::mutex> lock(g_sleep_mutex);
  auto it = g_sleeping.find(json::serialize(id));
  if (it != g_sleeping.end() && it->second == call) g_sleeping.erase(it);
  if (--g_sleep_threads == 0) g_sleep_threads_done.notify_all();
}

void StartSleep(const json::value& id, std::int64_t ms, const json::object* params) {
  json::value token;  // null: no progress wanted
  if (const json::value* t = Find(FindObject(params, "_meta"), "progressToken")) token = *t;
  auto call = std::make_shared<SleepCall>();
  {
    std::lock_guard<std::mutex> lock(g_sleep_mutex);
    g_sleeping[json::serialize(id)] = call;
    ++g_sleep_threads;
  }
  std::thread(RunSleep, id, ms, std::move(token), std::move(call)).detach();
}

// At end of input: stop every pending sleep and wait for their threads.
void DrainSleeps() {
  std::unique_lock<std::mutex> lock(g_sleep_mutex);
  for (auto& [key, call] : g_sleeping) {
    std::lock_guard<std::mutex> call_lock(call->mutex);
    call->cancelled = true;
    call->cv.notify_all();
  }
  g_sleep_threads_done.wait(lock, [] { return g_sleep_threads == 0; });
}

// ---- Tool calls -------------------------------------------------------------------

std::string FormatNumber(double d) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, ec == std::errc() ? end : buf);
}

std::optional<double> AsNumber(const json::value* v) {
  if (!v) return std::nullopt;
  if (v->is_int64()) return double(v->get_int64());
  if (v->is_uint64()) return double(v->get_uint64());
  if (v->is_double()) return v->get_double();
  return std::nullopt;
}

json::object CallAdd(const json::object* args) {
  const json::value* a = Find(args, "a");
  const json::value* b = Find(args, "b");
  auto da = AsNumber(a), db = AsNumber(b);
  if (!da || !db) return ToolError("invalid arguments: a and b must be numbers");
  json::value sum;
  std::int64_t isum;
  if (a->is_int64() && b->is_int64() &&
      !__builtin_add_overflow(a->get_int64(), b->get_int64(), &isum)) {
    sum = isum;
  } else {
    double d = *da + *db;
    if (!std::isfinite(d)) return ToolError("invalid arguments: the sum is not finite");
    if (d >= -9.0e15 && d <= 9.0e15 && d == static_cast<double>(std::int64_t(d))) {
      sum = std::int64_t(d);  // integral: serialize as "3", not "3E0"
    } else {
      sum = d;
    }
  }
  std::string text = sum.is_int64() ? std::to_string(sum.get_int64()) : FormatNumber(*da + *db);
  json::object result = TextResult(text);
  result["structuredContent"] = json::object{{"sum", sum}};
  return result;
}

bool IsExtraTool(std::string_view name) {
  if (name.size() < 9 || name.substr(0, 5) != "tool_") return false;
  std::size_t n = 0;
  auto digits = name.substr(5);
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  return ec == std::errc() && end == digits.data() + digits.size() && n >= 1 &&
         n <= g_options.extra_tools && ExtraToolName(n) == name;
}

// Answers tools/call, except sleep which answers from its own thread.
void CallTool(const json::value& id, const json::object* params) {
  auto name = FindString(params, "name");
  if (!name) return SendError(id, kInvalidParams, "missing tool name");
  const json::object* args = FindObject(params, "arguments");

  if (*name == "echo" || IsExtraTool(*name)) {
    auto message = FindString(args, "message");
    if (!message) return SendResult(id, ToolError("invalid arguments: message must be a string"));
    return SendResult(id, TextResult(*message));
  }
  if (*name == "add") return SendResult(id, CallAdd(args));
  if (*name == "sleep") {
    auto ms = FindInteger(args, "ms");
    if (!ms || *ms < 0 || *ms > kMaxSleepMs) {
      return SendResult(id, ToolError("invalid arguments: 0 <= ms <= 3600000 required"));
    }
    return StartSleep(id, *ms, params);
  }
  if (*name == "pid") return SendResult(id, TextResult(std::to_string(::getpid())));
  if (*name == "fail") return SendResult(id, ToolError("demo failure"));
  if (*name == "big") {
    auto bytes = FindInteger(args, "bytes");
    if (!bytes || *bytes < 0 || *bytes > kMaxBigBytes) {
      return SendResult(id, ToolError("invalid arguments: 0 <= bytes <= 16777216 required"));
    }
    return SendResult(id, TextResult(std::string(std::size_t(*bytes), 'x')));
  }
  if (*name == "env") {
    auto var = FindString(args, "name");
    if (!var) return SendResult(id, ToolError("invalid arguments: name must be a string"));
    const char* value = std::getenv(std::string(*var).c_str());
    return SendResult(id, TextResult(value ? value : ""));
  }
  SendError(id, kInvalidParams, "unknown tool: " + std::string(*name));
}

// ---- Other methods ----------------------------------------------------------------

json::object Initialize(const json::object* params) {
  std::string_view version = kDefaultProtocolVersion;
  if (auto requested = FindString(params, "protocolVersion")) {
    for (std::string_view v : kSupportedProtocolVersions) {
      if (*requested == v) version = v;
    }
  }
  return {{"protocolVersion", version},
          {"serverInfo", {{"name", g_options.name}, {"version", "1.0.0"}}},
          {"capabilities",
           {{"tools", {{"listChanged", true}}},
            {"prompts", {{"listChanged", true}}},
            {"resources", {{"subscribe", false}, {"listChanged", true}}},
            {"logging", json::object{}}}}};
}

constexpr std::string_view kCursorPrefix = "demo-page-";

void ListTools(const json::value& id, const json::object* params) {
  std::size_t offset = 0;
  if (auto cursor = FindString(params, "cursor")) {
    auto digits = cursor->substr(std::min(cursor->size(), kCursorPrefix.size()));
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), offset, 16);
    if (g_options.page_size == 0 || !cursor->starts_with(kCursorPrefix) || digits.empty() ||
        ec != std::errc() || end != digits.data() + digits.size() || offset == 0 ||
        offset >= g_tools.size()) {
      return SendError(id, kInvalidParams, "invalid cursor");
    }
  }
  std::size_t count = g_options.page_size ? g_options.page_size : g_tools.size();
  std::size_t stop = std::min(g_tools.size(), offset + count);
  json::object result;
  result["tools"] = json::array(g_tools.begin() + offset, g_tools.begin() + stop);
  if (stop < g_tools.size()) {
    char hex[32];
    auto [end, ec] = std::to_chars(hex, hex + sizeof hex, stop, 16);
    result["nextCursor"] = std::string(kCursorPrefix) + std::string(hex, end);
  }
  SendResult(id, std::move(result));
}

void ListPrompts(const json::value& id) {
  json::object greeting{
      {"name", "greeting"},
      {"title", "Greeting"},
      {"description", "Greets someone by name."},
      {"arguments", json::array{json::object{
                        {"name", "name"}, {"description", "Who to greet"}, {"required", true}}}}};
  SendResult(id, json::object{{"prompts", json::array{std::move(greeting)}}});
}

void GetPrompt(const json::value& id, const json::object* params) {
  auto name = FindString(params, "name");
  if (!name || *name != "greeting") return SendError(id, kInvalidParams, "unknown prompt");
  auto who = FindString(FindObject(params, "arguments"), "name");
  if (!who) return SendError(id, kInvalidParams, "missing required argument: name");
  json::object message{{"role", "user"},
                       {"content", TextContent("Hello, " + std::string(*who) + "!")}};
  SendResult(id, json::object{{"description", "A greeting"},
                              {"messages", json::array{std::move(message)}}});
}

constexpr std::string_view kReadmeUri = "demo://readme";
constexpr std::string_view kItemPrefix = "demo://items/";

void ReadResource(const json::value& id, const json::object* params) {
  auto uri = FindString(params, "uri");
  if (!uri) return SendError(id, kInvalidParams, "missing uri");
  std::string text;
  if (*uri == kReadmeUri) {
    text = "mcp-demo-server: a small MCP server used as a demo, benchmark and test upstream.\n";
  } else if (uri->starts_with(kItemPrefix) && uri->size() > kItemPrefix.size() &&
             uri->find('/', kItemPrefix.size()) == std::string_view::npos) {
    text = "item " + std::string(uri->substr(kItemPrefix.size()));
  } else {
    return SendError(id, kResourceNotFound, "resource not found: " + std::string(*uri));
  }
  json::object content{{"uri", *uri}, {"mimeType", "text/plain"}, {"text", text}};
  SendResult(id, json::object{{"contents", json::array{std::move(content)}}});
}

void HandleRequest(const json::value& id, std::string_view method, const json::object* params) {
  if (method == "initialize") return SendResult(id, Initialize(params));
  if (method == "ping" || method == "logging/setLevel") return SendResult(id, json::object{});
  if (method == "tools/list") return ListTools(id, params);
  if (method == "tools/call") return CallTool(id, params);
  if (method == "prompts/list") return ListPrompts(id);
  if (method == "prompts/get") return GetPrompt(id, params);
  if (method == "resources/list") {
    json::object readme{{"uri", kReadmeUri},
                        {"name", "readme"},
                        {"title", "Read me"},
                        {"description", "What this server is."},
                        {"mimeType", "text/plain"}};
    return SendResult(id, json::object{{"resources", json::array{std::move(readme)}}});
  }
  if (method == "resources/templates/list") {
    json::object item{{"uriTemplate", "demo://items/{id}"},
                      {"name", "item"},
                      {"title", "Item"},
                      {"description", "An item by id."},
                      {"mimeType", "text/plain"}};
    return SendResult(id, json::object{{"resourceTemplates", json::array{std::move(item)}}});
  }
  if (method == "resources/read") return ReadResource(id, params);
  SendError(id, kMethodNotFound, "method not found: " + std::string(method));
}

// Handles one input line. Never throws.
void HandleLine(std::string_view line) {
  json::value id;  // null until known
  try {
    boost::system::error_code ec;
    json::value message = json::parse(line, ec);
    if (ec) return SendError(nullptr, kParseError, "parse error");
    const json::object* obj = message.if_object();
    if (!obj) return SendError(nullptr, kInvalidRequest, "invalid request: not an object");
    const json::value* raw_id = obj->if_contains("id");
    if (raw_id && (raw_id->is_string() || raw_id->is_int64() || raw_id->is_uint64())) {
      id = *raw_id;
    }
    auto method = FindString(obj, "method");
    if (!method) {
      if (obj->contains("result") || obj->contains("error")) return;  // a response: ignore
      return SendError(id, kInvalidRequest, "invalid request: missing method");
    }
    if (FindString(obj, "jsonrpc") != std::optional<std::string_view>("2.0")) {
      return SendError(id, kInvalidRequest, "invalid request: jsonrpc must be \"2.0\"");
    }
    const json::value* raw_params = obj->if_contains("params");
    const json::object* params = raw_params ? raw_params->if_object() : nullptr;
    if (!raw_id) {  // a notification
      if (*method == "notifications/cancelled") {
        if (const json::value* rid = Find(params, "requestId")) CancelSleep(*rid);
      }
      return;
    }
    if (id.is_null()) return SendError(nullptr, kInvalidRequest, "invalid request: bad id");
    if (raw_params && !params) return SendError(id, kInvalidParams, "params must be an object");
    HandleRequest(id, *method, params);
  } catch (const std::exception& e) {
    SendError(id, kInternalError, std::string("internal error: ") + e.what());
  }
}

void Usage() {
  std::cerr << "usage: mcp-demo-server [--name NAME] [--page-size N] [--tools N] [--help]\n"
               "A small MCP server over stdio (newline-delimited JSON-RPC 2.0).\n"
               "  --name NAME     serverInfo.name (default \"demo\")\n"
               "  --page-size N   tools/list page size (default 0: no pagination)\n"
               "  --tools N       add N echoing tools tool_0001..tool_N (default 0)\n";
}

bool ParseCount(const char* text, std::size_t* out) {
  std::string_view s(text);
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--help" || arg == "-h") {
      Usage();
      return 0;
    } else if (arg == "--name" && has_value) {
      g_options.name = argv[++i];
    } else if (arg == "--page-size" && has_value && ParseCount(argv[i + 1], &g_options.page_size)) {
      ++i;
    } else if (arg == "--tools" && has_value && ParseCount(argv[i + 1], &g_options.extra_tools)) {
      ++i;
    } else {
      std::cerr << "mcp-demo-server: bad argument: " << arg << "\n";
      Usage();
      return 2;
    }
  }
  ::signal(SIGPIPE, SIG_IGN);  // a closed stdout shows up as EPIPE in WriteMessage
  g_tools = BuildTools(g_options.extra_tools);

  std::ios::sync_with_stdio(false);
  std::cerr << "demo server ready" << std::endl;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    HandleLine(line);
  }
  DrainSleeps();
  return 0;
}
