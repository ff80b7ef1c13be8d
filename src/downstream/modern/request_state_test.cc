#include "downstream/modern/request_state.h"

#include <gtest/gtest.h>

namespace mcpgw::downstream::modern {
namespace {

TEST(RequestStateSignerTest, IssuedTokenVerifiesForItsPrincipalAndNamesItsId) {
  RequestStateSigner signer;
  auto issued = signer.Issue("alice");
  EXPECT_EQ(issued.id.size(), 32u);
  auto id = signer.Verify(issued.token, "alice");
  ASSERT_TRUE(id);
  EXPECT_EQ(*id, issued.id);
}

TEST(RequestStateSignerTest, TokensAreUniquePerIssue) {
  RequestStateSigner signer;
  EXPECT_NE(signer.Issue("").token, signer.Issue("").token);
}

TEST(RequestStateSignerTest, AnyAlteredTokenIsRejected) {
  RequestStateSigner signer(std::string(32, 'k'));
  const std::string token = signer.Issue("alice").token;
  std::string flipped_id = token;
  flipped_id[5] = flipped_id[5] == 'a' ? 'b' : 'a';
  std::string flipped_mac = token;
  flipped_mac.back() = flipped_mac.back() == 'a' ? 'b' : 'a';
  const struct {
    const char* name;
    std::string token;
  } cases[] = {
      {"suffix appended (the conformance scenario)", token + "-TAMPERED"},
      {"id changed", flipped_id},
      {"mac changed", flipped_mac},
      {"truncated", token.substr(0, token.size() - 1)},
      {"no prefix", token.substr(3)},
      {"empty", ""},
      {"garbage", "v1..."},
      {"upper-case hex", "v1." + std::string(32, 'A') + "." + std::string(64, 'A')},
  };
  for (const auto& c : cases) EXPECT_FALSE(signer.Verify(c.token, "alice")) << c.name;
}

TEST(RequestStateSignerTest, TokenIsBoundToThePrincipalItWasIssuedTo) {
  RequestStateSigner signer;
  const std::string token = signer.Issue("alice").token;
  EXPECT_FALSE(signer.Verify(token, "mallory"));
  EXPECT_FALSE(signer.Verify(token, ""));
}

TEST(RequestStateSignerTest, AnotherProcessKeyRejectsTheToken) {
  RequestStateSigner first;
  RequestStateSigner second;
  EXPECT_FALSE(second.Verify(first.Issue("alice").token, "alice"));
}

}  // namespace
}  // namespace mcpgw::downstream::modern
