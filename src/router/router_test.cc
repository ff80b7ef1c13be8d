#include "router/router.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/json/parse.hpp>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "guards/detector_guard.h"
#include "router/meta_tools.h"
#include "testing/fake_client_session.h"
#include "testing/fake_detector.h"
#include "testing/fake_upstream.h"

namespace mcpgw::router {
namespace {

using mcpgw::testing::FakeClientSession;
using mcpgw::testing::FakeUpstream;
using upstream::State;
using std::chrono::milliseconds;

// A guard for tests: rejects or rewrites in one direction, and records what it saw.
class TestGuard : public guards::Guard {
 public:
  enum class Action { kContinue, kReject, kMask };
  struct Seen {
    guards::Direction direction;
    std::string method, server, item;
    json::value payload;
    bool is_error = false;
    std::string request_key;
    std::shared_ptr<const json::object> annotations;
  };

  TestGuard(Action on_request, Action on_response)
      : on_request_(on_request), on_response_(on_response) {}
  std::string_view name() const override { return "test"; }
  guards::Verdict Inspect(const guards::GuardContext& context, json::value& payload) override {
    seen.push_back(Seen{context.direction, std::string(context.method),
                        std::string(context.server), std::string(context.item), payload,
                        context.is_error, context.request_key, context.annotations});
    const Action action =
        context.direction == guards::Direction::kRequest ? on_request_ : on_response_;
    switch (action) {
      case Action::kContinue: return guards::Verdict::Continue();
      case Action::kReject: return guards::Verdict::Reject("test.denied", "denied by the test");
      case Action::kMask:
        payload.as_object()["masked"] = true;
        return guards::Verdict::Modified("test.masked");
    }
    return guards::Verdict::Continue();
  }

  std::vector<Seen> seen;

 private:
  Action on_request_;
  Action on_response_;
};

// A TestGuard that applies only where `applies` says (GuardChain::AnyApplies asks it).
class SelectiveGuard : public TestGuard {
 public:
  SelectiveGuard(Action on_request, Action on_response,
                 std::function<bool(const guards::GuardContext&)> applies)
      : TestGuard(on_request, on_response), applies_(std::move(applies)) {}
  bool Applies(const guards::GuardContext& context) const override { return applies_(context); }

 private:
  std::function<bool(const guards::GuardContext&)> applies_;
};

std::vector<std::string> Names(const json::array& items) {
  std::vector<std::string> names;
  for (const json::value& item : items) names.emplace_back(item.at("name").as_string());
  return names;
}

class RouterTest : public ::testing::Test {
 protected:
  std::shared_ptr<FakeUpstream> AddUpstream(std::string name, std::vector<std::string> tools = {},
                                            State state = State::kActive) {
    auto upstream = std::make_shared<FakeUpstream>(std::move(name), state);
    upstream->SetTools(tools);
    upstreams_.push_back(upstream);
    return upstream;
  }

  void Init(RouterOptions options = {}, std::shared_ptr<const guards::GuardChain> guards = {}) {
    router_ = std::make_unique<Router>(std::move(options), std::move(guards));
    router_->SetUpstreams({upstreams_.begin(), upstreams_.end()});
    session_ = std::make_shared<FakeClientSession>();
    router_->AddSession(session_);
  }

  TestGuard* InitWithSelectiveGuard(TestGuard::Action on_request, TestGuard::Action on_response,
                                    std::function<bool(const guards::GuardContext&)> applies) {
    auto guard = std::make_unique<SelectiveGuard>(on_request, on_response, std::move(applies));
    TestGuard* raw = guard.get();
    std::vector<std::unique_ptr<guards::Guard>> list;
    list.push_back(std::move(guard));
    Init({}, std::make_shared<guards::GuardChain>(std::move(list)));
    return raw;
  }

  TestGuard* InitWithGuard(TestGuard::Action on_request, TestGuard::Action on_response) {
    auto guard = std::make_unique<TestGuard>(on_request, on_response);
    TestGuard* raw = guard.get();
    std::vector<std::unique_ptr<guards::Guard>> list;
    list.push_back(std::move(guard));
    Init({}, std::make_shared<guards::GuardChain>(std::move(list)));
    return raw;
  }

  struct Outcome {
    std::shared_ptr<std::optional<json::object>> response =
        std::make_shared<std::optional<json::object>>();
    std::shared_ptr<std::string> text = std::make_shared<std::string>();  // as sent on
    std::shared_ptr<bool> reserialized = std::make_shared<bool>(false);
    ForwardedRequest forwarded;
    const json::object& operator*() const { return response->value(); }
    bool answered() const { return response->has_value(); }
  };

  Outcome Handle(std::string_view method, json::value params = json::object(),
                 json::value id = 1) {
    // As bytes, the way a transport hands a client's request over.
    auto message = core::WireMessage::Inspect(
        core::Serialize(core::MakeRequest(id, method, std::move(params))));
    EXPECT_TRUE(message);
    Outcome outcome;
    auto response = outcome.response;
    auto text = outcome.text;
    auto reserialized = outcome.reserialized;
    outcome.forwarded = router_->HandleRequest(
        session_, std::move(*message), [response, text, reserialized](core::WireMessage r) {
          EXPECT_FALSE(response->has_value()) << "respond called twice";
          *reserialized = r.from_tree();
          *text = std::move(r).Text();
          *response = json::parse(*text).as_object();
        });
    return outcome;
  }

  Outcome CallTool(std::string_view name, json::object arguments = {}, json::value id = 1) {
    return Handle("tools/call", json::object{{"name", name}, {"arguments", std::move(arguments)}},
                  std::move(id));
  }

  json::array ToolsList() {
    Outcome outcome = Handle("tools/list");
    EXPECT_TRUE(outcome.answered());
    return (*outcome).at("result").at("tools").as_array();
  }

  static int ErrorCode(const json::object& response) {
    const json::value* error = response.if_contains("error");
    return error ? static_cast<int>(error->at("code").to_number<int>()) : 0;
  }

  std::vector<std::shared_ptr<FakeUpstream>> upstreams_;
  std::unique_ptr<Router> router_;
  std::shared_ptr<FakeClientSession> session_;
};

// ---- Lists and naming ----

TEST_F(RouterTest, ToolsListHasMetaToolsFirstThenPrefixedToolsInConfigOrder) {
  AddUpstream("fs", {"read", "write"});
  AddUpstream("mem", {"read"});
  Init();
  const json::array tools = ToolsList();
  EXPECT_EQ(Names(tools), (std::vector<std::string>{"get_metadata", "run_tool", "fs_read",
                                                    "fs_write", "mem_read"}));
  // Everything but the name is the upstream's own definition.
  EXPECT_EQ(tools[2].at("description"), "tool read");
  EXPECT_EQ(tools[2].at("inputSchema"), (json::object{{"type", "object"}}));
}

TEST_F(RouterTest, ToolsListWithoutMetaTools) {
  AddUpstream("fs", {"read"});
  RouterOptions options;
  options.meta_tools = false;
  Init(options);
  EXPECT_EQ(Names(ToolsList()), std::vector<std::string>{"fs_read"});
  Outcome outcome = CallTool(kGetMetadataTool);
  EXPECT_EQ(ErrorCode(*outcome), core::kInvalidParams) << "meta tools are off";
}

TEST_F(RouterTest, ToolsOfInactiveUpstreamsAreNotListed) {
  AddUpstream("fs", {"read"});
  AddUpstream("down", {"x"}, State::kRestarting);
  Init();
  EXPECT_EQ(Names(ToolsList()),
            (std::vector<std::string>{"get_metadata", "run_tool", "fs_read"}));
}

TEST_F(RouterTest, CollisionEarlierServerKeepsNameLaterGetsSuffix) {
  // "a_b" + "c" and "a" + "b_c" both want "a_b_c".
  auto first = AddUpstream("a_b", {"c"});
  auto second = AddUpstream("a", {"b_c"});
  Init();
  EXPECT_EQ(Names(ToolsList()),
            (std::vector<std::string>{"get_metadata", "run_tool", "a_b_c", "a_b_c_2"}));
  ASSERT_EQ(router_->tool_collisions().size(), 1u);
  EXPECT_EQ(router_->tool_collisions()[0].server, "a");
  Outcome outcome = CallTool("a_b_c_2");
  ASSERT_EQ(second->sent().size(), 1u);
  EXPECT_TRUE(first->sent().empty());
  EXPECT_EQ(second->sent()[0].params.at("name"), "b_c");
}

TEST_F(RouterTest, ReservedMetaToolNamesWinOverUpstreamTools) {
  auto upstream = AddUpstream("srv", {"get_metadata"});
  RouterOptions options;
  options.naming.prefix = false;
  Init(options);
  EXPECT_EQ(Names(ToolsList()),
            (std::vector<std::string>{"get_metadata", "run_tool", "get_metadata_2"}));
  Outcome meta = CallTool("get_metadata");
  EXPECT_TRUE(meta.answered()) << "answered by the gateway itself";
  EXPECT_TRUE(upstream->sent().empty());
  CallTool("get_metadata_2");
  ASSERT_EQ(upstream->sent().size(), 1u);
  EXPECT_EQ(upstream->sent()[0].params.at("name"), "get_metadata");
}

TEST_F(RouterTest, PromptsAndResourcesListsMergeActiveUpstreams) {
  auto fs = AddUpstream("fs");
  auto mem = AddUpstream("mem");
  fs->mutable_catalog().prompts = {json::object{{"name", "greet"}}};
  mem->mutable_catalog().prompts = {json::object{{"name", "greet"}}};
  fs->mutable_catalog().resources = {json::object{{"uri", "file:///a"}, {"name", "a"}}};
  mem->mutable_catalog().resources = {json::object{{"uri", "mem://b"}, {"name", "b"}}};
  mem->mutable_catalog().resource_templates = {json::object{{"uriTemplate", "mem://{id}"}}};
  Init();
  Outcome prompts = Handle("prompts/list");
  EXPECT_EQ(Names((*prompts).at("result").at("prompts").as_array()),
            (std::vector<std::string>{"fs_greet", "mem_greet"}));
  Outcome resources = Handle("resources/list");
  EXPECT_EQ((*resources).at("result").at("resources").as_array().size(), 2u);
  EXPECT_EQ((*resources).at("result").at("resources").at(0).at("uri"), "file:///a")
      << "resources keep their URIs";
  Outcome templates = Handle("resources/templates/list");
  EXPECT_EQ((*templates).at("result").at("resourceTemplates").as_array().size(), 1u);
}

TEST_F(RouterTest, ListsArePaginatedWithGatewayCursors) {
  AddUpstream("fs", {"a", "b", "c"});
  RouterOptions options;
  options.page_size = 2;
  Init(options);
  std::vector<std::string> all;
  json::value cursor;
  for (int page = 0; page < 10; ++page) {
    json::object params;
    if (!cursor.is_null()) params["cursor"] = cursor;
    Outcome outcome = Handle("tools/list", params);
    ASSERT_TRUE((*outcome).contains("result")) << core::Serialize(*outcome);
    const json::object& result = (*outcome).at("result").as_object();
    EXPECT_LE(result.at("tools").as_array().size(), 2u);
    for (const std::string& name : Names(result.at("tools").as_array())) all.push_back(name);
    if (!result.contains("nextCursor")) break;
    cursor = result.at("nextCursor");
  }
  EXPECT_EQ(all, (std::vector<std::string>{"get_metadata", "run_tool", "fs_a", "fs_b", "fs_c"}));
}

TEST_F(RouterTest, InvalidCursorIsInvalidParams) {
  AddUpstream("fs", {"a"});
  Init();
  for (const char* cursor : {"garbage", "gw1:prompts:0", "gw1:tools:99", "gw1:tools:-1"}) {
    Outcome outcome = Handle("tools/list", json::object{{"cursor", cursor}});
    EXPECT_EQ(ErrorCode(*outcome), core::kInvalidParams) << cursor;
  }
}

// ---- tools/call ----

TEST_F(RouterTest, ToolsCallRoutesByExposedNameAndRewritesName) {
  auto fs = AddUpstream("fs", {"read"});
  auto mem = AddUpstream("mem", {"read"});
  RouterOptions options;
  options.request_timeout = milliseconds(1234);
  options.max_request_timeout = milliseconds(5678);
  Init(options);
  Outcome outcome = CallTool("mem_read", {{"key", "k"}}, "client-7");
  EXPECT_FALSE(outcome.answered());
  EXPECT_TRUE(fs->sent().empty());
  ASSERT_EQ(mem->sent().size(), 1u);
  const FakeUpstream::SentRequest& sent = mem->sent()[0];
  EXPECT_EQ(sent.method, "tools/call");
  EXPECT_EQ(sent.params, (json::object{{"name", "read"}, {"arguments", {{"key", "k"}}}}));
  EXPECT_EQ(sent.timeout, milliseconds(1234));
  EXPECT_EQ(sent.max_timeout, milliseconds(5678));
  EXPECT_EQ(outcome.forwarded.upstream, mem);
  EXPECT_EQ(outcome.forwarded.id, sent.id);

  ASSERT_TRUE(mem->RespondResult(sent.id, json::object{{"content", json::array()}}));
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ((*outcome).at("id"), "client-7") << "the upstream's id is replaced by the client's";
  EXPECT_EQ((*outcome).at("result"), (json::object{{"content", json::array()}}));
}

TEST_F(RouterTest, UnguardedToolsCallGoesUpstreamAsTheClientsBytes) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  Outcome outcome = CallTool("fs_read", {{"text", "a \"quoted\" value"}}, "c-1");
  ASSERT_EQ(fs->sent().size(), 1u);
  const FakeUpstream::SentRequest& sent = fs->sent()[0];
  EXPECT_FALSE(sent.reserialized);
  const std::string id = std::to_string(sent.id);
  EXPECT_EQ(sent.text, R"({"jsonrpc":"2.0","id":)" + id +
                           R"(,"method":"tools/call","params":{"name":"read","arguments":)"
                           R"({"text":"a \"quoted\" value"}}})")
      << "only the id and the tool name are replaced";

  ASSERT_TRUE(fs->RespondResult(sent.id, json::object{{"content", json::array()}}));
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ((*outcome).at("id"), "c-1");
}

TEST_F(RouterTest, ForwardedResponseBytesArePreservedExceptTheId) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  Outcome outcome = CallTool("fs_read", {}, 7);
  ASSERT_EQ(fs->sent().size(), 1u);
  // The fake serializes what it is given; what counts is that the router did not.
  ASSERT_TRUE(fs->RespondResult(fs->sent()[0].id, json::object{{"b", 1}, {"a", "x"}}));
  ASSERT_TRUE(outcome.answered());
  EXPECT_FALSE(*outcome.reserialized);
  EXPECT_EQ(*outcome.text, R"({"result":{"b":1,"a":"x"},"jsonrpc":"2.0","id":7})");
}

TEST_F(RouterTest, GuardedToolsCallIsReserializedOnlyWhereAGuardModifiedIt) {
  auto fs = AddUpstream("fs", {"read"});
  InitWithGuard(TestGuard::Action::kContinue, TestGuard::Action::kMask);
  Outcome outcome = CallTool("fs_read", {}, 7);
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_FALSE(fs->sent()[0].text.empty()) << "no guard changed the request: its bytes go";
  EXPECT_FALSE(fs->sent()[0].reserialized);
  fs->RespondResult(fs->sent()[0].id, json::object{{"content", json::array()}});
  ASSERT_TRUE(outcome.answered());
  EXPECT_TRUE(*outcome.reserialized) << "a modified response is serialized from the tree";
  EXPECT_EQ((*outcome).at("result").at("masked"), true);
  EXPECT_EQ((*outcome).at("id"), 7);
}

// A message every applicable guard passed unchanged keeps its bytes (only the id, and the tool's
// name, replaced), exactly as on the unguarded path: in both directions.
TEST_F(RouterTest, GuardedCallThatNoGuardChangesKeepsItsBytesBothWays) {
  auto fs = AddUpstream("fs", {"read"});
  TestGuard* guard = InitWithGuard(TestGuard::Action::kContinue, TestGuard::Action::kContinue);
  Outcome outcome = CallTool("fs_read", {{"text", "a \"quoted\" value"}}, "c-1");
  ASSERT_EQ(fs->sent().size(), 1u);
  const FakeUpstream::SentRequest& sent = fs->sent()[0];
  EXPECT_FALSE(sent.reserialized);
  EXPECT_EQ(sent.text, R"({"jsonrpc":"2.0","id":)" + std::to_string(sent.id) +
                           R"(,"method":"tools/call","params":{"name":"read","arguments":)"
                           R"({"text":"a \"quoted\" value"}}})");
  ASSERT_TRUE(fs->RespondResult(sent.id, json::object{{"b", 1}, {"a", "x"}}));
  ASSERT_TRUE(outcome.answered());
  EXPECT_FALSE(*outcome.reserialized);
  EXPECT_EQ(*outcome.text, R"({"result":{"b":1,"a":"x"},"jsonrpc":"2.0","id":"c-1"})");
  ASSERT_EQ(guard->seen.size(), 2u) << "the chain ran on the request and on the answer";
  EXPECT_EQ(guard->seen[0].payload.at("name"), "read") << "guards see the upstream's tool name";
  EXPECT_EQ(guard->seen[0].request_key, "\"c-1\"");
  EXPECT_EQ(guard->seen[1].request_key, "\"c-1\"");
}

// Through guards that judge text leaves (a detector guard, as basic and presidio), a clean call
// is decided from its bytes (no tree) and keeps them both ways; a leaf with a finding still takes
// the tree and is masked, in either direction.
TEST_F(RouterTest, LeafGuardsPassACleanCallAsBytesAndStillMaskAFindingThroughTheTree) {
  auto fs = AddUpstream("fs", {"read"});
  auto detector = std::make_shared<const testing::FakeDetector>(
      std::vector<testing::FakeDetector::Needle>{{"SECRET", "secrets.fake", "FAKE_TOKEN"}});
  std::vector<std::unique_ptr<guards::Guard>> list;
  list.push_back(std::make_unique<guards::DetectorGuard>("basic", detector,
                                                         guards::DetectorGuardOptions{}));
  Init({}, std::make_shared<guards::GuardChain>(std::move(list)));

  Outcome clean = CallTool("fs_read", {{"text", "a \"quoted\"\nvalue"}}, "c-1");
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_FALSE(fs->sent()[0].reserialized);
  EXPECT_FALSE(fs->sent()[0].text.empty()) << "the client's bytes go";
  ASSERT_TRUE(fs->RespondResult(
      fs->sent()[0].id,
      json::object{{"content", json::array{json::object{{"type", "text"}, {"text", "x\ny"}}}}}));
  ASSERT_TRUE(clean.answered());
  EXPECT_FALSE(*clean.reserialized) << "a clean answer goes on as the upstream's bytes";

  Outcome found = CallTool("fs_read", {{"text", "key SECRET"}}, "c-2");
  ASSERT_EQ(fs->sent().size(), 2u);
  EXPECT_TRUE(fs->sent()[1].text.empty()) << "masked: sent through Send (the tree path)";
  EXPECT_EQ(fs->sent()[1].params.at("arguments").at("text"), "key <FAKE_TOKEN>");
  ASSERT_TRUE(fs->RespondResult(
      fs->sent()[1].id,
      json::object{{"content",
                    json::array{json::object{{"type", "text"}, {"text", "a \"SECRET\""}}}}}));
  ASSERT_TRUE(found.answered());
  EXPECT_TRUE(*found.reserialized);
  EXPECT_EQ((*found).at("result").at("content").at(0).at("text"), "a \"<FAKE_TOKEN>\"");
}

TEST_F(RouterTest, GuardModifyingTheRequestSendsItsTree) {
  auto fs = AddUpstream("fs", {"read"});
  InitWithGuard(TestGuard::Action::kMask, TestGuard::Action::kContinue);
  Outcome outcome = CallTool("fs_read", {{"text", "v"}}, 7);
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_TRUE(fs->sent()[0].text.empty()) << "sent through Send (the tree path)";
  EXPECT_EQ(fs->sent()[0].params.at("masked"), true);
  EXPECT_EQ(fs->sent()[0].params.at("name"), "read");
  fs->RespondResult(fs->sent()[0].id, json::object{{"content", json::array()}});
  ASSERT_TRUE(outcome.answered());
  EXPECT_FALSE(*outcome.reserialized) << "the answer was not changed";
}

TEST_F(RouterTest, GuardRejectingTheRequestNeverReachesTheUpstream) {
  auto fs = AddUpstream("fs", {"read"});
  InitWithGuard(TestGuard::Action::kReject, TestGuard::Action::kContinue);
  Outcome outcome = CallTool("fs_read", {{"text", "v"}}, 7);
  EXPECT_TRUE(fs->sent().empty());
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ((*outcome).at("result").at("isError"), true);
  EXPECT_EQ((*outcome).at("result").at("structuredContent").at("reason"), "test.denied");
}

TEST_F(RouterTest, GuardOnlyForResponsesSendsTheRequestAsBytesAndGuardsTheAnswer) {
  auto fs = AddUpstream("fs", {"read"});
  InitWithSelectiveGuard(TestGuard::Action::kContinue, TestGuard::Action::kMask,
                         [](const guards::GuardContext& c) {
                           return c.direction == guards::Direction::kResponse;
                         });
  Outcome outcome = CallTool("fs_read", {}, 7);
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_FALSE(fs->sent()[0].text.empty()) << "no request guard: the client's bytes";
  fs->RespondResult(fs->sent()[0].id, json::object{{"content", json::array()}});
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ((*outcome).at("result").at("masked"), true);
}

TEST_F(RouterTest, GuardOnlyForRequestsGuardsTheRequestAndPassesTheAnswerAsBytes) {
  auto fs = AddUpstream("fs", {"read"});
  TestGuard* guard = InitWithSelectiveGuard(
      TestGuard::Action::kMask, TestGuard::Action::kMask,
      [](const guards::GuardContext& c) { return c.direction == guards::Direction::kRequest; });
  Outcome outcome = CallTool("fs_read", {}, 7);
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_TRUE(fs->sent()[0].text.empty()) << "modified: sent through Send (the tree path)";
  EXPECT_EQ(fs->sent()[0].params.at("masked"), true) << "the request passed the chain";
  fs->RespondResult(fs->sent()[0].id, json::object{{"content", json::array()}});
  ASSERT_TRUE(outcome.answered());
  EXPECT_FALSE(*outcome.reserialized) << "no guard applies to the answer";
  EXPECT_FALSE((*outcome).at("result").as_object().contains("masked"));
  EXPECT_EQ(guard->seen.size(), 1u);
}

TEST_F(RouterTest, GuardOnlyForErrorAnswersGuardsTheError) {
  auto fs = AddUpstream("fs", {"read"});
  InitWithSelectiveGuard(TestGuard::Action::kContinue, TestGuard::Action::kMask,
                         [](const guards::GuardContext& c) { return c.is_error; });
  Outcome outcome = CallTool("fs_read", {}, 7);
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_FALSE(fs->sent()[0].text.empty()) << "no request guard: the client's bytes";
  fs->RespondError(fs->sent()[0].id, core::kUpstreamUnavailable, "gone");
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ((*outcome).at("error").at("masked"), true) << "the error object passed the chain";
}

TEST_F(RouterTest, GuardForAnotherServerLeavesTheCallOnTheBytePath) {
  auto fs = AddUpstream("fs", {"read"});
  TestGuard* guard = InitWithSelectiveGuard(
      TestGuard::Action::kMask, TestGuard::Action::kMask,
      [](const guards::GuardContext& c) { return c.server == "other"; });
  Outcome outcome = CallTool("fs_read", {}, 7);
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_FALSE(fs->sent()[0].text.empty()) << "forwarded as the client's bytes";
  EXPECT_FALSE(fs->sent()[0].reserialized);
  fs->RespondResult(fs->sent()[0].id, json::object{{"content", json::array()}});
  ASSERT_TRUE(outcome.answered());
  EXPECT_FALSE(*outcome.reserialized);
  EXPECT_TRUE(guard->seen.empty());
}

TEST_F(RouterTest, ProgressOfABytePathCallPassesAGuardForProgress) {
  auto fs = AddUpstream("fs", {"read"});
  TestGuard* guard = InitWithSelectiveGuard(
      TestGuard::Action::kMask, TestGuard::Action::kMask,
      [](const guards::GuardContext& c) { return c.method == "notifications/progress"; });
  CallTool("fs_read");
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_FALSE(fs->sent()[0].text.empty()) << "no guard applies to the call itself";
  fs->Progress(fs->sent()[0].id, json::object{{"progressToken", "tok"}, {"progress", 1}});
  ASSERT_EQ(session_->CountSent("notifications/progress"), 1u);
  EXPECT_EQ(session_->sent.back().at("params").at("masked"), true);
  ASSERT_EQ(guard->seen.size(), 1u);
  EXPECT_EQ(guard->seen[0].method, "notifications/progress");
}

TEST_F(RouterTest, CachedToolsListPageIsRebuiltAfterACatalogChange) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  EXPECT_EQ(Names(ToolsList()).back(), "fs_read");
  EXPECT_EQ(Names(ToolsList()).back(), "fs_read");  // served from the cache
  fs->SetTools({"read", "write"});
  router_->OnUpstreamChanged(*fs);
  EXPECT_EQ(Names(ToolsList()).back(), "fs_write");
}

TEST_F(RouterTest, ToolsCallErrorResponseKeepsErrorWithClientId) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  Outcome outcome = CallTool("fs_read", {}, 42);
  ASSERT_EQ(fs->sent().size(), 1u);
  fs->RespondError(fs->sent()[0].id, core::kRequestTimeout, "timed out");
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ((*outcome).at("id"), 42);
  EXPECT_EQ(ErrorCode(*outcome), core::kRequestTimeout);
}

TEST_F(RouterTest, ProgressIsForwardedToTheSession) {
  auto fs = AddUpstream("fs", {"slow"});
  Init();
  CallTool("fs_slow");
  ASSERT_EQ(fs->sent().size(), 1u);
  fs->Progress(fs->sent()[0].id, json::object{{"progressToken", "tok"}, {"progress", 1}});
  ASSERT_EQ(session_->CountSent("notifications/progress"), 1u);
  EXPECT_EQ(session_->sent.back().at("params").at("progressToken"), "tok");
}

TEST_F(RouterTest, UnknownToolIsInvalidParams) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  Outcome outcome = CallTool("fs_nope");
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ(ErrorCode(*outcome), core::kInvalidParams);
  EXPECT_EQ((*outcome).at("id"), 1);
  EXPECT_EQ(outcome.forwarded.upstream, nullptr);
  // The original (unprefixed) name is not an exposed name either.
  EXPECT_EQ(ErrorCode(*CallTool("read")), core::kInvalidParams);
  EXPECT_EQ(ErrorCode(*Handle("tools/call", json::object{})), core::kInvalidParams);
  EXPECT_TRUE(fs->sent().empty());
}

TEST_F(RouterTest, UnknownMethodAndNonObjectParams) {
  AddUpstream("fs", {"read"});
  Init();
  EXPECT_EQ(ErrorCode(*Handle("no/such/method")), core::kMethodNotFound);
  EXPECT_EQ(ErrorCode(*Handle("tools/call", json::array{1})), core::kInvalidParams);
}

// ---- Meta tools ----

TEST_F(RouterTest, GetMetadataDescribesEveryServerInConfigOrder) {
  auto fs = AddUpstream("fs", {"read"});
  auto broken = AddUpstream("broken", {}, State::kRestarting);
  broken->set_last_error("command not found: nope");
  auto off = AddUpstream("off", {}, State::kDisabled);
  off->mutable_config().env = {{"SECRET_TOKEN", "do-not-leak"}};
  Init();
  Outcome outcome = CallTool(kGetMetadataTool);
  ASSERT_TRUE(outcome.answered());
  const json::object& result = (*outcome).at("result").as_object();
  const json::array& servers = result.at("structuredContent").at("servers").as_array();
  ASSERT_EQ(servers.size(), 3u);
  EXPECT_EQ(servers[0].at("name"), "fs");
  EXPECT_EQ(servers[0].at("status"), "active");
  EXPECT_EQ(servers[0].at("transport"), "stdio");
  EXPECT_EQ(Names(servers[0].at("tools").as_array()), std::vector<std::string>{"read"})
      << "original names, not exposed names";
  EXPECT_FALSE(servers[0].as_object().contains("error"));
  EXPECT_EQ(servers[1].at("name"), "broken");
  EXPECT_EQ(servers[1].at("status"), "error");
  EXPECT_EQ(servers[1].at("error"), "command not found: nope");
  EXPECT_TRUE(servers[1].at("tools").as_array().empty());
  EXPECT_EQ(servers[2].at("status"), "inactive");
  // The text content carries the same JSON; nothing from the command or environment leaks.
  const std::string text(result.at("content").at(0).at("text").as_string());
  EXPECT_EQ(boost::json::parse(text), result.at("structuredContent"));
  EXPECT_EQ(text.find("do-not-leak"), std::string::npos);
  EXPECT_EQ(text.find("\"fake\""), std::string::npos) << "commands are never included";
}

struct RunToolErrorCase {
  const char* name;
  const char* arguments;  // JSON of run_tool's arguments
  const char* message_part;

  friend void PrintTo(const RunToolErrorCase& c, std::ostream* os) { *os << c.name; }
};

class RunToolErrorTest : public RouterTest,
                         public ::testing::WithParamInterface<RunToolErrorCase> {};

TEST_P(RunToolErrorTest, AnswersToolErrorResultWithoutCallingUpstream) {
  auto fs = AddUpstream("fs", {"read"});
  auto down = AddUpstream("down", {"read"}, State::kRestarting);
  Init();
  Outcome outcome =
      CallTool(kRunToolTool, boost::json::parse(GetParam().arguments).as_object(), 9);
  ASSERT_TRUE(outcome.answered());
  ASSERT_TRUE((*outcome).contains("result")) << "tool errors are results, not JSON-RPC errors";
  const json::object& result = (*outcome).at("result").as_object();
  EXPECT_EQ(result.at("isError"), true);
  const std::string text(result.at("content").at(0).at("text").as_string());
  EXPECT_NE(text.find(GetParam().message_part), std::string::npos) << text;
  EXPECT_TRUE(fs->sent().empty());
  EXPECT_TRUE(down->sent().empty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RunToolErrorTest,
    ::testing::Values(
        RunToolErrorCase{"MissingArguments", "{}", "requires"},
        RunToolErrorCase{"MissingToolName", R"({"server_name":"fs"})", "requires"},
        RunToolErrorCase{"UnknownServer", R"({"server_name":"nope","tool_name":"read"})",
                         "no server named 'nope'"},
        RunToolErrorCase{"InactiveServer", R"({"server_name":"down","tool_name":"read"})",
                         "not active"},
        RunToolErrorCase{"UnknownTool", R"({"server_name":"fs","tool_name":"nope"})",
                         "has no tool 'nope'"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(RouterTest, RunToolForwardsByOriginalName) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  json::object params{{"name", kRunToolTool},
                      {"arguments",
                       {{"server_name", "fs"},
                        {"tool_name", "read"},
                        {"arguments", {{"path", "/x"}}}}},
                      {"_meta", {{"progressToken", 5}}}};
  Outcome outcome = Handle("tools/call", params, "r");
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_EQ(fs->sent()[0].params, (json::object{{"name", "read"},
                                                {"arguments", {{"path", "/x"}}},
                                                {"_meta", {{"progressToken", 5}}}}));
  fs->RespondResult(fs->sent()[0].id, json::object{{"content", json::array()}});
  EXPECT_EQ((*outcome).at("id"), "r");
}

// ---- prompts/get ----

TEST_F(RouterTest, PromptsGetRoutesByExposedName) {
  auto fs = AddUpstream("fs");
  auto mem = AddUpstream("mem");
  mem->mutable_catalog().prompts = {json::object{{"name", "greet"}}};
  Init();
  Outcome outcome = Handle("prompts/get", json::object{{"name", "mem_greet"}}, 3);
  ASSERT_EQ(mem->sent().size(), 1u);
  EXPECT_EQ(mem->sent()[0].method, "prompts/get");
  EXPECT_EQ(mem->sent()[0].params.at("name"), "greet");
  mem->RespondResult(mem->sent()[0].id, json::object{{"messages", json::array()}});
  EXPECT_EQ((*outcome).at("id"), 3);
  EXPECT_EQ(ErrorCode(*Handle("prompts/get", json::object{{"name", "greet"}})),
            core::kInvalidParams);
}

// ---- resources/read precedence ----

class ResourceRoutingTest : public RouterTest {
 protected:
  void SetUp() override {
    first_ = AddUpstream("first");
    second_ = AddUpstream("second");
    for (auto& upstream : {first_, second_})
      upstream->mutable_catalog().capabilities["resources"] = json::object();
  }

  // Reads `uri` and returns the index of the upstream that got it (-1: none).
  int ReadGoesTo(std::string_view uri) {
    const std::size_t before_first = first_->sent().size();
    const std::size_t before_second = second_->sent().size();
    last_ = Handle("resources/read", json::object{{"uri", uri}});
    if (first_->sent().size() > before_first) return 0;
    if (second_->sent().size() > before_second) return 1;
    return -1;
  }

  std::shared_ptr<FakeUpstream> first_, second_;
  Outcome last_;
};

TEST_F(ResourceRoutingTest, ExactListedUriWinsOverTemplateOfEarlierServer) {
  first_->mutable_catalog().resource_templates = {json::object{{"uriTemplate", "file:///{path}"}}};
  second_->mutable_catalog().resources = {json::object{{"uri", "file:///b.txt"}}};
  Init();
  EXPECT_EQ(ReadGoesTo("file:///b.txt"), 1);
  EXPECT_EQ(ReadGoesTo("file:///other.txt"), 0);
}

TEST_F(ResourceRoutingTest, TemplateMatchInConfigOrder) {
  first_->mutable_catalog().resource_templates = {json::object{{"uriTemplate", "db://{table}"}}};
  second_->mutable_catalog().resource_templates = {
      json::object{{"uriTemplate", "db://{table}"}},
      json::object{{"uriTemplate", "mem://{key}"}}};
  Init();
  EXPECT_EQ(ReadGoesTo("db://users"), 0) << "both match: the first in config order wins";
  EXPECT_EQ(ReadGoesTo("mem://k"), 1);
  ASSERT_EQ(second_->sent().size(), 1u);
  EXPECT_EQ(second_->sent()[0].method, "resources/read");
  EXPECT_EQ(second_->sent()[0].params.at("uri"), "mem://k");
}

TEST_F(ResourceRoutingTest, OnlyResourceServerGetsUnlistedUri) {
  second_->mutable_catalog().capabilities.erase("resources");
  Init();
  EXPECT_EQ(ReadGoesTo("anything://x"), 0);
}

TEST_F(ResourceRoutingTest, OtherwiseResourceNotFound) {
  first_->mutable_catalog().resources = {json::object{{"uri", "file:///a"}}};
  Init();
  EXPECT_EQ(ReadGoesTo("anything://x"), -1);
  ASSERT_TRUE(last_.answered());
  EXPECT_EQ(ErrorCode(*last_), core::kResourceNotFound);
  EXPECT_EQ((*last_).at("error").at("data"), (json::object{{"uri", "anything://x"}}));
}

TEST_F(ResourceRoutingTest, InactiveServersResourcesAreNotRouted) {
  second_->mutable_catalog().resources = {json::object{{"uri", "file:///b"}}};
  second_->set_state(State::kRestarting);
  Init();
  // Only `first` is an active resource server: it gets the URI through the fallback.
  EXPECT_EQ(ReadGoesTo("file:///b"), 0);
}

TEST_F(ResourceRoutingTest, ResponseIdIsTheClients) {
  first_->mutable_catalog().resources = {json::object{{"uri", "file:///a"}}};
  Init();
  Outcome outcome = Handle("resources/read", json::object{{"uri", "file:///a"}}, "rr");
  ASSERT_EQ(first_->sent().size(), 1u);
  first_->RespondResult(first_->sent()[0].id, json::object{{"contents", json::array()}});
  EXPECT_EQ((*outcome).at("id"), "rr");
}

// ---- list_changed and settling ----

TEST_F(RouterTest, ToolsListChangedIsBroadcastWhenAnUpstreamsToolsChange) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  fs->SetTools({"read", "write"});
  router_->OnUpstreamChanged(*fs);
  EXPECT_EQ(session_->CountSent("notifications/tools/list_changed"), 1u);
  EXPECT_EQ(session_->CountSent("notifications/prompts/list_changed"), 0u);
  EXPECT_EQ(session_->CountSent("notifications/resources/list_changed"), 0u);
  EXPECT_EQ(Names(ToolsList()).back(), "fs_write");
}

TEST_F(RouterTest, NoListChangedWhenNothingChanged) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  router_->OnUpstreamChanged(*fs);
  router_->OnUpstreamChanged(*fs);
  EXPECT_TRUE(session_->sent.empty());
}

TEST_F(RouterTest, ListChangedIsNotSentToUninitializedSession) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  session_->initialized_flag = false;
  fs->SetTools({"other"});
  router_->OnUpstreamChanged(*fs);
  EXPECT_TRUE(session_->sent.empty());
}

TEST_F(RouterTest, UpstreamGoingDownRemovesItsToolsAndBroadcasts) {
  auto fs = AddUpstream("fs", {"read"});
  auto mem = AddUpstream("mem", {"get"});
  Init();
  mem->set_state(State::kRestarting);
  router_->OnUpstreamChanged(*mem);
  EXPECT_EQ(session_->CountSent("notifications/tools/list_changed"), 1u);
  EXPECT_EQ(Names(ToolsList()), (std::vector<std::string>{"get_metadata", "run_tool", "fs_read"}));
  EXPECT_EQ(ErrorCode(*CallTool("mem_get")), core::kUpstreamUnavailable);
}

// ---- Calls to an upstream that is not active ----

std::string ErrorMessage(const json::object& response) {
  return std::string(response.at("error").at("message").as_string());
}

TEST_F(RouterTest, CallToToolOfRestartingServerIsUnavailableNotUnknown) {
  auto mem = AddUpstream("mem", {"get"});
  mem->mutable_catalog().prompts = {json::object{{"name", "hello"}}};
  Init();
  mem->set_state(State::kRestarting);
  router_->OnUpstreamChanged(*mem);
  Outcome tool = CallTool("mem_get", {}, 7);
  ASSERT_TRUE(tool.answered());
  EXPECT_EQ(ErrorCode(*tool), core::kUpstreamUnavailable);
  EXPECT_EQ(ErrorMessage(*tool), "server 'mem' is restarting; try again shortly");
  EXPECT_EQ((*tool).at("id"), 7);
  Outcome prompt = Handle("prompts/get", json::object{{"name", "mem_hello"}});
  EXPECT_EQ(ErrorCode(*prompt), core::kUpstreamUnavailable);
  EXPECT_TRUE(mem->sent().empty());
  // Still restarting after another rebuild (another upstream changed): still known.
  router_->OnUpstreamChanged(*mem);
  EXPECT_EQ(ErrorCode(*CallTool("mem_get")), core::kUpstreamUnavailable);
}

TEST_F(RouterTest, CallToToolOfFailedServerNamesTheReason) {
  auto ghost = AddUpstream("ghost", {"boo"});
  Init();
  ghost->set_state(State::kFailed);
  ghost->set_last_error("command not found: ghost-server");
  router_->OnUpstreamChanged(*ghost);
  Outcome outcome = CallTool("ghost_boo");
  EXPECT_EQ(ErrorCode(*outcome), core::kUpstreamUnavailable);
  EXPECT_EQ(ErrorMessage(*outcome),
            "server 'ghost' is not available (failed: command not found: ghost-server)");
}

TEST_F(RouterTest, ToolOfRecoveredServerIsCalledAgainAndUnknownToolStaysUnknown) {
  auto mem = AddUpstream("mem", {"get"});
  Init();
  mem->set_state(State::kRestarting);
  router_->OnUpstreamChanged(*mem);
  mem->set_state(State::kActive);
  router_->OnUpstreamChanged(*mem);
  CallTool("mem_get");
  EXPECT_EQ(mem->sent().size(), 1u);
  EXPECT_EQ(ErrorCode(*CallTool("mem_nothing")), core::kInvalidParams);
}

TEST_F(RouterTest, RestartedServerThatDroppedAToolMakesItUnknown) {
  auto mem = AddUpstream("mem", {"get", "old"});
  Init();
  mem->set_state(State::kRestarting);
  router_->OnUpstreamChanged(*mem);
  mem->SetTools({"get"});
  mem->set_state(State::kActive);
  router_->OnUpstreamChanged(*mem);
  EXPECT_EQ(ErrorCode(*CallTool("mem_old")), core::kInvalidParams);
}

TEST_F(RouterTest, ResourcesListChangedIsBroadcastSeparately) {
  auto fs = AddUpstream("fs");
  Init();
  fs->mutable_catalog().resources = {json::object{{"uri", "file:///new"}}};
  router_->OnUpstreamChanged(*fs);
  EXPECT_EQ(session_->CountSent("notifications/resources/list_changed"), 1u);
  EXPECT_EQ(session_->CountSent("notifications/tools/list_changed"), 0u);
}

TEST_F(RouterTest, WhenSettledRunsOnceEveryUpstreamSettled) {
  auto fs = AddUpstream("fs", {"read"}, State::kStarting);
  auto mem = AddUpstream("mem", {"get"}, State::kStarting);
  fs->set_settled(false);
  mem->set_settled(false);
  Init();
  EXPECT_FALSE(router_->AllSettled());
  int calls = 0;
  router_->WhenSettled([&] { ++calls; });
  EXPECT_EQ(calls, 0);
  fs->set_settled(true);
  fs->set_state(State::kActive);
  router_->OnUpstreamChanged(*fs);
  EXPECT_EQ(calls, 0) << "mem has not settled yet";
  mem->set_settled(true);
  mem->set_state(State::kRestarting);  // a failed first attempt also settles
  router_->OnUpstreamChanged(*mem);
  EXPECT_EQ(calls, 1);
  router_->OnUpstreamChanged(*mem);
  EXPECT_EQ(calls, 1) << "called once";
  router_->WhenSettled([&] { ++calls; });
  EXPECT_EQ(calls, 2) << "already settled: called at once";
}

// ---- Answering initialize: WhenReadyForClient ----

TEST_F(RouterTest, InitializeIsAnsweredAfterTheWaitWhenAServerIsSlow) {
  auto fast = AddUpstream("fast", {"a"});
  auto slow = AddUpstream("slow", {"b"}, State::kStarting);
  slow->set_settled(false);
  boost::asio::io_context io;
  RouterOptions options;
  options.executor = io.get_executor();
  options.initialize_wait = milliseconds(50);
  Init(options);
  int calls = 0;
  const auto asked_at = std::chrono::steady_clock::now();
  router_->WhenReadyForClient([&] { ++calls; });
  EXPECT_EQ(calls, 0);
  io.run_one();  // the wait's timer
  EXPECT_EQ(calls, 1);
  EXPECT_GE(std::chrono::steady_clock::now() - asked_at, milliseconds(50));
  // The slow server settling later does not answer twice; its tools are announced instead.
  slow->set_settled(true);
  slow->set_state(State::kActive);
  router_->OnUpstreamChanged(*slow);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(session_->CountSent("notifications/tools/list_changed"), 1u);
}

TEST_F(RouterTest, InitializeIsAnsweredAsSoonAsEveryServerSettled) {
  auto first = AddUpstream("first", {"a"}, State::kStarting);
  first->set_settled(false);
  boost::asio::io_context io;
  RouterOptions options;
  options.executor = io.get_executor();
  options.initialize_wait = std::chrono::hours(1);
  Init(options);
  int calls = 0;
  router_->WhenReadyForClient([&] { ++calls; });
  first->set_settled(true);
  first->set_state(State::kActive);
  router_->OnUpstreamChanged(*first);
  EXPECT_EQ(calls, 1) << "settled before the wait ended";
}

TEST_F(RouterTest, WrapModeWaitsForItsServerWhateverTheWait) {
  auto wrapped = AddUpstream("server", {"a"}, State::kStarting);
  wrapped->set_settled(false);
  boost::asio::io_context io;
  RouterOptions options;
  options.wrap_mode = true;
  options.meta_tools = false;
  options.naming.prefix = false;
  options.executor = io.get_executor();
  options.initialize_wait = milliseconds(1);
  Init(options);
  int calls = 0;
  router_->WhenReadyForClient([&] { ++calls; });
  io.run_for(milliseconds(50));
  EXPECT_EQ(calls, 0) << "wrap mode mirrors its server: no answer before it settles";
  wrapped->set_settled(true);
  wrapped->set_state(State::kRestarting);
  wrapped->set_last_error("command not found: srv");
  router_->OnUpstreamChanged(*wrapped);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(router_->WrappedServerError(),
            "mcp-gateway: server 'server' could not be started: command not found: srv");
}

TEST_F(RouterTest, WrappedServerErrorIsEmptyWhenActiveOrAggregating) {
  AddUpstream("server", {"a"});
  RouterOptions wrap;
  wrap.wrap_mode = true;
  Init(wrap);
  EXPECT_EQ(router_->WrappedServerError(), "");
  upstreams_[0]->set_state(State::kRestarting);
  Init();  // aggregate mode
  EXPECT_EQ(router_->WrappedServerError(), "");
}

TEST_F(RouterTest, FirstClientStartsTheUpstreamsOnceWhenAsked) {
  auto fs = AddUpstream("fs", {"a"});
  RouterOptions options;
  options.start_upstreams_with_first_client = true;
  Init(options);
  EXPECT_EQ(fs->start_calls(), 0);
  router_->WhenReadyForClient([] {});
  router_->WhenReadyForClient([] {});
  EXPECT_EQ(fs->start_calls(), 1);
}

// ---- Capabilities declared to upstreams ----

TEST_F(RouterTest, UpstreamsAreOfferedTheUnionOfConnectedClientsCapabilities) {
  AddUpstream("fs", {"a"});
  Init();
  session_->capabilities = {{"roots", json::object{{"listChanged", true}}},
                            {"experimental", json::object()}};
  auto other = std::make_shared<FakeClientSession>();
  other->capabilities = {{"elicitation", json::object{{"form", json::object()}}}};
  router_->AddSession(other);
  auto third = std::make_shared<FakeClientSession>();
  third->capabilities = {{"elicitation", json::object{{"url", json::object()}}}};
  router_->AddSession(third);
  EXPECT_EQ(router_->ClientCapabilitiesForUpstreams(),
            (json::object{
                {"roots", json::object{{"listChanged", true}}},
                {"elicitation", json::object{{"form", json::object()}, {"url", json::object()}}}}))
      << "no sampling: no client declared it; nothing but routable capabilities";
}

TEST_F(RouterTest, SingleClientCapabilitiesAreMirrored) {
  AddUpstream("fs", {"a"});
  Init();
  session_->capabilities = {};
  EXPECT_EQ(router_->ClientCapabilitiesForUpstreams(), json::object())
      << "a client without sampling, elicitation or roots: none are declared upstream";
}

TEST_F(RouterTest, WithoutClientsUpstreamsAreOfferedEverythingRoutable) {
  AddUpstream("fs", {"a"});
  Init();
  session_->version = "";  // its initialize has not arrived
  const json::object offered = router_->ClientCapabilitiesForUpstreams();
  EXPECT_TRUE(offered.contains("sampling"));
  EXPECT_TRUE(offered.contains("elicitation"));
  EXPECT_TRUE(offered.contains("roots"));
}

// Per request (RequestCallbacks::client_capabilities, the 2026-07-28 _meta clientCapabilities):
// the calling client's own, never the union over clients.
TEST_F(RouterTest, ACallCarriesItsOwnClientsBridgeableCapabilitiesNotTheUnion) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  session_->capabilities = {{"sampling", json::object{{"tools", json::object()}}},
                            {"experimental", json::object{{"x", json::object()}}},
                            {"tasks", json::object()}};
  auto other = std::make_shared<FakeClientSession>();
  other->capabilities = {{"elicitation", json::object{{"url", json::object()}}},
                         {"roots", json::object()}};
  router_->AddSession(other);
  CallTool("fs_read");  // as the guard-free path: the client's bytes (Upstream::Forward)
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_EQ(fs->ClientCapabilitiesOf(fs->sent()[0].id),
            std::optional<json::object>(
                json::object{{"sampling", json::object{{"tools", json::object()}}}}))
      << "no elicitation or roots (another client's), no experimental or tasks";
}

TEST_F(RouterTest, ACallOfAClientThatDeclaredNothingBridgeableCarriesAnEmptyObject) {
  auto fs = AddUpstream("fs", {"read"});
  Init();
  session_->capabilities = {{"experimental", json::object()}};
  auto other = std::make_shared<FakeClientSession>();
  other->capabilities = {{"sampling", json::object()}};
  router_->AddSession(other);
  CallTool("fs_read");
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_EQ(fs->ClientCapabilitiesOf(fs->sent()[0].id), std::optional<json::object>(json::object()))
      << "set (the request has a client) and empty: not the gateway's offer";
}

TEST_F(RouterTest, AGuardedCallCarriesItsClientsCapabilitiesToo) {
  auto fs = AddUpstream("fs", {"read"});
  InitWithGuard(TestGuard::Action::kMask, TestGuard::Action::kContinue);
  session_->capabilities = {{"roots", json::object{{"listChanged", true}}}};
  CallTool("fs_read", {{"path", "x"}});
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_EQ(fs->ClientCapabilitiesOf(fs->sent()[0].id),
            std::optional<json::object>(json::object{{"roots", json::object{{"listChanged", true}}}}));
}

// ---- Guards ----

TEST_F(RouterTest, BlockedToolCallIsAnIsErrorResultNamingTheReasonAndNeverReachesUpstream) {
  auto fs = AddUpstream("fs", {"read"});
  TestGuard* guard = InitWithGuard(TestGuard::Action::kReject, TestGuard::Action::kContinue);
  Outcome outcome = CallTool("fs_read", {{"path", "/etc/passwd"}}, 5);
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ((*outcome).at("id"), 5);
  const json::object& result = (*outcome).at("result").as_object();
  EXPECT_EQ(result.at("isError"), true);
  const std::string text(result.at("content").at(0).at("text").as_string());
  EXPECT_NE(text.find("test.denied"), std::string::npos) << text;
  EXPECT_NE(text.find("denied by the test"), std::string::npos) << text;
  EXPECT_EQ(result.at("structuredContent").at("reason"), "test.denied");
  EXPECT_TRUE(fs->sent().empty());
  EXPECT_EQ(outcome.forwarded.upstream, nullptr);
  ASSERT_EQ(guard->seen.size(), 1u);
  EXPECT_EQ(guard->seen[0].method, "tools/call");
  EXPECT_EQ(guard->seen[0].server, "fs");
  EXPECT_EQ(guard->seen[0].item, "read") << "guards see the upstream's original tool name";
}

TEST_F(RouterTest, GuardsSeeTheClientRequestKeyAndTheToolsAnnotationsOnBothPaths) {
  auto fs = AddUpstream("fs", {"read", "wipe"});
  fs->mutable_catalog().tools[1].as_object()["annotations"] =
      json::object{{"destructiveHint", true}};
  TestGuard* guard = InitWithGuard(TestGuard::Action::kContinue, TestGuard::Action::kContinue);
  Outcome outcome = CallTool("fs_wipe", {}, "call-7");
  ASSERT_EQ(fs->sent().size(), 1u);
  fs->RespondResult(fs->sent()[0].id, json::object{{"content", json::array()}});
  ASSERT_TRUE(outcome.answered());
  ASSERT_EQ(guard->seen.size(), 2u);
  for (const TestGuard::Seen& seen : guard->seen) {
    EXPECT_EQ(seen.request_key, "\"call-7\"");
    ASSERT_NE(seen.annotations, nullptr);
    EXPECT_EQ(seen.annotations->at("destructiveHint"), true);
  }
  CallTool("fs_read", {}, 8);
  ASSERT_EQ(guard->seen.size(), 3u);
  EXPECT_EQ(guard->seen[2].annotations, nullptr) << "a tool without annotations has none";
  EXPECT_EQ(guard->seen[2].request_key, "8");
}

// Rejects every request with extra data for the client (a rate limit's retry-after).
class RetryAfterGuard : public guards::Guard {
 public:
  std::string_view name() const override { return "limit"; }
  guards::Verdict Inspect(const guards::GuardContext&, json::value&) override {
    guards::Verdict verdict = guards::Verdict::Reject("policy.rate_limited", "slow down");
    verdict.data["retryAfterMs"] = 1200;
    return verdict;
  }
};

TEST_F(RouterTest, RejectDataReachesTheBlockedResultAndTheErrorData) {
  auto fs = AddUpstream("fs", {"read"});
  fs->mutable_catalog().prompts = {json::object{{"name", "p"}}};
  std::vector<std::unique_ptr<guards::Guard>> list;
  list.push_back(std::make_unique<RetryAfterGuard>());
  Init({}, std::make_shared<guards::GuardChain>(std::move(list)));
  Outcome call = CallTool("fs_read", {}, 1);
  ASSERT_TRUE(call.answered());
  const json::object& structured = (*call).at("result").at("structuredContent").as_object();
  EXPECT_EQ(structured.at("retryAfterMs"), 1200);
  EXPECT_EQ(structured.at("reason"), "policy.rate_limited");
  Outcome prompt = Handle("prompts/get", json::object{{"name", "fs_p"}}, 2);
  ASSERT_TRUE(prompt.answered());
  EXPECT_EQ((*prompt).at("error").at("data").at("retryAfterMs"), 1200);
  EXPECT_EQ((*prompt).at("error").at("data").at("reason"), "policy.rate_limited");
  EXPECT_TRUE(fs->sent().empty());
}

TEST_F(RouterTest, BlockedNonToolRequestIsAPolicyErrorWithTheReason) {
  auto fs = AddUpstream("fs");
  fs->mutable_catalog().prompts = {json::object{{"name", "p"}}};
  InitWithGuard(TestGuard::Action::kReject, TestGuard::Action::kContinue);
  Outcome outcome = Handle("prompts/get", json::object{{"name", "fs_p"}}, 7);
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ(ErrorCode(*outcome), core::kPolicyRejected);
  EXPECT_EQ((*outcome).at("error").at("data"), (json::object{{"reason", "test.denied"}}));
  EXPECT_EQ((*outcome).at("error").at("message"), "denied by the test");
  EXPECT_TRUE(fs->sent().empty());
}

TEST_F(RouterTest, RequestGuardRewriteReachesUpstream) {
  auto fs = AddUpstream("fs", {"read"});
  InitWithGuard(TestGuard::Action::kMask, TestGuard::Action::kContinue);
  CallTool("fs_read");
  ASSERT_EQ(fs->sent().size(), 1u);
  EXPECT_EQ(fs->sent()[0].params.at("masked"), true);
}

TEST_F(RouterTest, ResponseGuardRunsOnResult) {
  auto fs = AddUpstream("fs", {"read"});
  TestGuard* guard = InitWithGuard(TestGuard::Action::kContinue, TestGuard::Action::kMask);
  Outcome outcome = CallTool("fs_read");
  ASSERT_EQ(fs->sent().size(), 1u);
  fs->RespondResult(fs->sent()[0].id, json::object{{"content", json::array()}});
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ((*outcome).at("result").at("masked"), true);
  ASSERT_EQ(guard->seen.size(), 2u);
  EXPECT_EQ(guard->seen[1].direction, guards::Direction::kResponse);
  EXPECT_EQ(guard->seen[1].payload, (json::object{{"content", json::array()}}))
      << "the response guard sees the result member";
}

TEST_F(RouterTest, ResponseGuardRejectionReplacesResult) {
  auto fs = AddUpstream("fs", {"read"});
  InitWithGuard(TestGuard::Action::kContinue, TestGuard::Action::kReject);
  Outcome outcome = CallTool("fs_read", {}, "x");
  fs->RespondResult(fs->sent()[0].id, json::object{{"content", "secret"}});
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ((*outcome).at("id"), "x");
  EXPECT_EQ((*outcome).at("result").at("isError"), true);
  EXPECT_EQ((*outcome).at("result").at("structuredContent").at("reason"), "test.denied");
  EXPECT_EQ(core::Serialize(*outcome).find("secret"), std::string::npos);
}

TEST_F(RouterTest, ResponseGuardRunsOnUpstreamErrorObjects) {
  auto fs = AddUpstream("fs", {"read"});
  TestGuard* guard = InitWithGuard(TestGuard::Action::kContinue, TestGuard::Action::kMask);
  Outcome outcome = CallTool("fs_read");
  fs->RespondError(fs->sent()[0].id, core::kUpstreamUnavailable, "gone");
  ASSERT_TRUE(outcome.answered());
  EXPECT_EQ(ErrorCode(*outcome), core::kUpstreamUnavailable);
  EXPECT_EQ((*outcome).at("error").at("masked"), true) << "the error object passed the chain";
  ASSERT_EQ(guard->seen.size(), 2u);
  EXPECT_TRUE(guard->seen[1].is_error);
  EXPECT_EQ(guard->seen[1].payload.at("message"), "gone");
}

TEST_F(RouterTest, ProgressPassesTheResponseChain) {
  auto fs = AddUpstream("fs", {"read"});
  TestGuard* guard = InitWithGuard(TestGuard::Action::kContinue, TestGuard::Action::kMask);
  CallTool("fs_read");
  fs->Progress(fs->sent()[0].id,
               json::object{{"progressToken", "tok"}, {"progress", 1}, {"message", "m"}});
  ASSERT_EQ(session_->CountSent("notifications/progress"), 1u);
  EXPECT_EQ(session_->sent.back().at("params").at("masked"), true);
  EXPECT_EQ(guard->seen.back().method, "notifications/progress");
}

TEST_F(RouterTest, ProgressRejectedByAGuardIsDropped) {
  auto fs = AddUpstream("fs", {"read"});
  InitWithGuard(TestGuard::Action::kContinue, TestGuard::Action::kReject);
  CallTool("fs_read");
  fs->Progress(fs->sent()[0].id, json::object{{"progressToken", "tok"}, {"progress", 1}});
  EXPECT_EQ(session_->CountSent("notifications/progress"), 0u);
}

TEST_F(RouterTest, LogMessagesPassTheResponseChain) {
  auto fs = AddUpstream("fs", {"read"});
  TestGuard* guard = InitWithGuard(TestGuard::Action::kContinue, TestGuard::Action::kMask);
  session_->latest_in_flight[fs.get()] = 1;  // in flight: the log message belongs to it
  router_->OnUpstreamNotification(
      *fs, core::MakeNotification("notifications/message",
                                  json::object{{"level", "info"}, {"data", "x"}}));
  ASSERT_EQ(session_->CountSent("notifications/message"), 1u);
  EXPECT_EQ(session_->sent.back().at("params").at("masked"), true);
  ASSERT_FALSE(guard->seen.empty());
  EXPECT_EQ(guard->seen.back().method, "notifications/message");
  EXPECT_EQ(guard->seen.back().server, "fs");
}

TEST_F(RouterTest, SamplingRequestPassesTheResponseChainAndTheAnswerTheRequestChain) {
  auto fs = AddUpstream("fs", {"read"});
  TestGuard* guard = InitWithGuard(TestGuard::Action::kMask, TestGuard::Action::kMask);
  session_->capabilities["sampling"] = json::object();
  std::optional<json::object> reply;
  router_->OnUpstreamRequest(
      *fs, core::MakeRequest(9, "sampling/createMessage", json::object{{"messages", json::array()}}),
      [&](json::object r) { reply = std::move(r); });
  ASSERT_EQ(session_->requests.size(), 1u);
  EXPECT_EQ(session_->requests[0].params.at("masked"), true) << "what reaches the model";
  session_->requests[0].on_response(json::object{
      {"jsonrpc", "2.0"}, {"id", session_->requests[0].id}, {"result", json::object{{"role", "assistant"}}}});
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->at("result").at("masked"), true) << "what reaches the server";
  ASSERT_EQ(guard->seen.size(), 2u);
  EXPECT_EQ(guard->seen[0].direction, guards::Direction::kResponse);
  EXPECT_EQ(guard->seen[1].direction, guards::Direction::kRequest);
  EXPECT_EQ(guard->seen[1].method, "sampling/createMessage");
}

TEST_F(RouterTest, SamplingRequestRejectedByAGuardNeverReachesTheClient) {
  auto fs = AddUpstream("fs", {"read"});
  InitWithGuard(TestGuard::Action::kContinue, TestGuard::Action::kReject);
  session_->capabilities["sampling"] = json::object();
  std::optional<json::object> reply;
  router_->OnUpstreamRequest(
      *fs, core::MakeRequest(9, "sampling/createMessage", json::object{{"messages", json::array()}}),
      [&](json::object r) { reply = std::move(r); });
  EXPECT_TRUE(session_->requests.empty());
  ASSERT_TRUE(reply);
  EXPECT_EQ(ErrorCode(*reply), core::kPolicyRejected);
}

TEST_F(RouterTest, GuardsRunOnPromptsAndResourcesToo) {
  auto fs = AddUpstream("fs");
  fs->mutable_catalog().prompts = {json::object{{"name", "p"}}};
  fs->mutable_catalog().resources = {json::object{{"uri", "file:///a"}}};
  TestGuard* guard = InitWithGuard(TestGuard::Action::kReject, TestGuard::Action::kContinue);
  EXPECT_EQ(ErrorCode(*Handle("prompts/get", json::object{{"name", "fs_p"}})),
            core::kPolicyRejected);
  EXPECT_EQ(ErrorCode(*Handle("resources/read", json::object{{"uri", "file:///a"}})),
            core::kPolicyRejected);
  EXPECT_TRUE(fs->sent().empty());
  ASSERT_EQ(guard->seen.size(), 2u);
  EXPECT_EQ(guard->seen[1].item, "file:///a");
}

}  // namespace
}  // namespace mcpgw::router
