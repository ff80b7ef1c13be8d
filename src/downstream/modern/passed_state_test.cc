#include "downstream/modern/passed_state.h"

#include <gtest/gtest.h>

#include "auth/base64url.h"

namespace mcpgw::downstream::modern {
namespace {

namespace json = boost::json;

PassedState Sample() {
  PassedState state;
  state.method = "tools/call";
  state.name = "modern_confirm";
  state.server = "modern";
  state.upstream_state = "opaque \"state\" from the server\n";
  state.methods = json::object{{"confirm", "elicitation/create"}};
  state.expires_ms = 2'000;
  return state;
}

TEST(PassedStateTest, SealedStateOpensForItsPrincipalWithTheUpstreamStateUnchanged) {
  RequestStateSigner signer;
  const std::string token = SealPassedState(Sample(), signer, "alice");
  EXPECT_TRUE(RequestStateSigner::IsSealed(token));
  auto opened = OpenPassedState(token, signer, "alice", 1'000);
  ASSERT_TRUE(opened) << opened.error().message;
  EXPECT_EQ(opened->method, "tools/call");
  EXPECT_EQ(opened->name, "modern_confirm");
  EXPECT_EQ(opened->server, "modern");
  EXPECT_EQ(opened->upstream_state, Sample().upstream_state);
  EXPECT_EQ(opened->methods, Sample().methods);
}

TEST(PassedStateTest, SealedStateHidesTheUpstreamStateAndEveryOtherField) {
  RequestStateSigner signer;
  PassedState state = Sample();
  state.upstream_state = "upstream-secret-state-bytes";
  const std::string token = SealPassedState(state, signer, "alice");
  EXPECT_TRUE(token.starts_with("p2.")) << token;
  for (std::string_view plain : {"upstream-secret-state-bytes", "modern_confirm", "tools/call",
                                 "elicitation/create"}) {
    EXPECT_EQ(token.find(plain), std::string::npos) << plain;
    EXPECT_EQ(token.find(auth::Base64UrlEncode(plain).substr(0, 8)), std::string::npos) << plain;
    auto bytes = auth::Base64UrlDecode(std::string_view(token).substr(3));
    ASSERT_TRUE(bytes);
    EXPECT_EQ(bytes->find(plain), std::string::npos) << plain << " in the decoded ciphertext";
  }
}

TEST(PassedStateTest, EveryChangedByteOfTheTokenIsInvalidParams) {
  RequestStateSigner signer(std::string(32, 'k'));
  const std::string token = SealPassedState(Sample(), signer, "alice");
  for (std::size_t at = 0; at < token.size(); ++at) {
    std::string changed = token;
    changed[at] = changed[at] == 'Q' ? 'R' : 'Q';
    auto opened = OpenPassedState(changed, signer, "alice", 1'000);
    ASSERT_FALSE(opened) << "byte " << at;
    EXPECT_EQ(opened.error().code, -32602);
  }
}

TEST(PassedStateTest, RoundComesBackAsSealed) {
  RequestStateSigner signer;
  PassedState state = Sample();
  state.round = 7;
  auto opened = OpenPassedState(SealPassedState(state, signer, "alice"), signer, "alice", 1'000);
  ASSERT_TRUE(opened);
  EXPECT_EQ(opened->round, 7);
}

TEST(PassedStateTest, AStateWithoutUpstreamStateOpensWithoutOne) {
  RequestStateSigner signer;
  PassedState state = Sample();
  state.upstream_state.reset();
  auto opened = OpenPassedState(SealPassedState(state, signer, ""), signer, "", 1'000);
  ASSERT_TRUE(opened);
  EXPECT_FALSE(opened->upstream_state);
}

TEST(PassedStateTest, TamperedForeignExpiredAndMalformedStatesAreInvalidParams) {
  RequestStateSigner signer(std::string(32, 'k'));
  RequestStateSigner other(std::string(32, 'o'));
  const std::string token = SealPassedState(Sample(), signer, "alice");
  std::string flipped_nonce = token;
  flipped_nonce[5] = flipped_nonce[5] == 'A' ? 'B' : 'A';
  std::string flipped_tag = token;
  flipped_tag[token.size() - 3] = flipped_tag[token.size() - 3] == 'a' ? 'b' : 'a';
  // The same payload under the former signed-only format, MAC made up.
  const std::string former = "p1." + token.substr(3) + "." + std::string(64, 'a');
  const struct {
    const char* name;
    std::string token;
    std::string principal;
    std::int64_t now_ms;
    const RequestStateSigner* signer;
  } cases[] = {
      {"nonce altered", flipped_nonce, "alice", 1'000, &signer},
      {"tag altered", flipped_tag, "alice", 1'000, &signer},
      {"tag cut", token.substr(0, token.size() - 1), "alice", 1'000, &signer},
      {"former p1. format", former, "alice", 1'000, &signer},
      {"another principal", token, "bob", 1'000, &signer},
      {"another process's key", token, "alice", 1'000, &other},
      {"expired", token, "alice", 2'001, &signer},
      {"a parked call's token", signer.Issue("alice").token, "alice", 1'000, &signer},
      {"not json inside", signer.Seal("not json", "alice"), "alice", 1'000, &signer},
      {"wrong shape inside", signer.Seal(R"({"m":1})", "alice"), "alice", 1'000, &signer},
      {"empty", "", "alice", 1'000, &signer},
      {"prefix only", "p2.", "alice", 1'000, &signer},
  };
  for (const auto& c : cases) {
    auto opened = OpenPassedState(c.token, *c.signer, c.principal, c.now_ms);
    ASSERT_FALSE(opened) << c.name;
    EXPECT_EQ(opened.error().code, -32602) << c.name;
    EXPECT_NE(opened.error().message.find("Invalid requestState"), std::string::npos) << c.name;
  }
}

TEST(PassedStateTest, RetryMustRepeatTheNameOrUriItWasBoundTo) {
  EXPECT_EQ(PassedNameMember("tools/call"), "name");
  EXPECT_EQ(PassedNameMember("prompts/get"), "name");
  EXPECT_EQ(PassedNameMember("resources/read"), "uri");
  EXPECT_EQ(PassedNameMember("tools/list"), "");
}

}  // namespace
}  // namespace mcpgw::downstream::modern
