#include "downstream/modern/request_state.h"

#include <gtest/gtest.h>

#include <string>

#include "auth/base64url.h"

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

// ---- Seal/Unseal: "p2." tokens, AES-256-GCM ----

constexpr std::string_view kPayload = R"({"u":"the upstream's own opaque state 0123456789"})";

TEST(RequestStateSealTest, SealedPayloadOpensUnchangedForItsPrincipal) {
  RequestStateSigner signer;
  const std::string token = signer.Seal(kPayload, "alice");
  EXPECT_TRUE(RequestStateSigner::IsSealed(token));
  EXPECT_TRUE(token.starts_with("p2.")) << "the format's version";
  auto opened = signer.Unseal(token, "alice");
  ASSERT_TRUE(opened);
  EXPECT_EQ(*opened, kPayload);
  auto empty = signer.Unseal(signer.Seal("", "alice"), "alice");
  ASSERT_TRUE(empty) << "an empty payload seals too";
  EXPECT_EQ(*empty, "");
}

TEST(RequestStateSealTest, TokenDoesNotRevealThePayload) {
  RequestStateSigner signer;
  const std::string token = signer.Seal(kPayload, "alice");
  EXPECT_EQ(token.find("upstream"), std::string::npos);
  EXPECT_EQ(token.find(auth::Base64UrlEncode(kPayload).substr(0, 16)), std::string::npos)
      << "not merely encoded";
  auto bytes = auth::Base64UrlDecode(std::string_view(token).substr(3));
  ASSERT_TRUE(bytes);
  EXPECT_EQ(bytes->find("upstream"), std::string::npos) << "the decoded bytes are ciphertext";
  EXPECT_EQ(bytes->find("opaque"), std::string::npos);
  EXPECT_EQ(bytes->size(), 12 + kPayload.size() + 16) << "nonce, ciphertext, tag";
}

TEST(RequestStateSealTest, EachSealUsesAFreshNonce) {
  RequestStateSigner signer(std::string(32, 'k'));
  EXPECT_NE(signer.Seal(kPayload, "alice"), signer.Seal(kPayload, "alice"));
}

TEST(RequestStateSealTest, AnyChangedCutOrExtendedTokenFailsToOpen) {
  RequestStateSigner signer(std::string(32, 'k'));
  const std::string token = signer.Seal(kPayload, "alice");
  int tried = 0;
  for (std::size_t at = 0; at < token.size(); ++at) {
    for (char replacement : {'A', 'B', 'g', '_', '-', '0', '.'}) {
      if (token[at] == replacement) continue;
      std::string changed = token;
      changed[at] = replacement;
      EXPECT_FALSE(signer.Unseal(changed, "alice")) << "byte " << at << " -> " << replacement;
      ++tried;
    }
  }
  EXPECT_GT(tried, 6 * static_cast<int>(token.size()) - 1);
  for (std::size_t size = 0; size < token.size(); ++size)
    EXPECT_FALSE(signer.Unseal(token.substr(0, size), "alice")) << "cut to " << size;
  EXPECT_FALSE(signer.Unseal(token + "A", "alice"));
  EXPECT_FALSE(signer.Unseal(token + "AAAA", "alice"));
  EXPECT_FALSE(signer.Unseal(token + ".", "alice"));
}

TEST(RequestStateSealTest, AnotherPrincipalAnotherKeyOrAnotherKindOfTokenNeverOpens) {
  RequestStateSigner signer(std::string(32, 'k'));
  RequestStateSigner other(std::string(32, 'o'));
  const std::string token = signer.Seal(kPayload, "alice");
  EXPECT_FALSE(signer.Unseal(token, "bob"));
  EXPECT_FALSE(signer.Unseal(token, ""));
  EXPECT_FALSE(signer.Unseal(token, "alice\n"));
  EXPECT_FALSE(other.Unseal(token, "alice"));
  EXPECT_FALSE(signer.Unseal(signer.Issue("alice").token, "alice"));
  EXPECT_FALSE(signer.Verify(token, "alice")) << "a sealed token names no parked call";
  EXPECT_FALSE(signer.Unseal("p1." + auth::Base64UrlEncode(kPayload) + "." + std::string(64, 'a'),
                             "alice"))
      << "the former signed-only format";
  EXPECT_FALSE(signer.Unseal("p2.", "alice"));
  EXPECT_FALSE(signer.Unseal("p2." + std::string(38, 'A'), "alice")) << "zeros, as long as nonce and tag";
}

}  // namespace
}  // namespace mcpgw::downstream::modern
