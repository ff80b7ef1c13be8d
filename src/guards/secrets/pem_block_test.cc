#include "guards/secrets/pem_block.h"

#include <gtest/gtest.h>

#include "guards/secrets/fake_secrets.h"

namespace mcpgw::guards::secrets {
namespace {

using testing::Fake;

const std::string kBegin = "-----BEGIN RSA PRIVATE KEY-----";
const std::string kEnd = "-----END RSA PRIVATE KEY-----";

// A key body of `lines` lines of 64 base64 characters joined by `newline`.
std::string Body(const std::string& newline, int lines = 4) {
  std::string body;
  for (int i = 0; i < lines; ++i) body += Fake("line" + std::to_string(i), 64, testing::kBase64) + newline;
  return body;
}

struct WrapCase {
  const char* name;
  std::string newline;
};

TEST(PemBlockEnd, CoversTheWholeBlockHoweverItIsWrapped) {
  for (const WrapCase& c : {WrapCase{"lf", "\n"}, WrapCase{"crlf", "\r\n"},
                            WrapCase{"json_escape", "\\n"}, WrapCase{"double_escape", "\\\\n"},
                            WrapCase{"concatenated", "\\n\" +\n  \""}}) {
    const std::string block = kBegin + c.newline + Body(c.newline) + kEnd;
    const std::string text = "key = \"" + block + "\" # trailing";
    const auto end = PemBlockEnd(text, 7 + kBegin.size());
    ASSERT_TRUE(end) << c.name;
    EXPECT_EQ(*end, 7 + block.size()) << c.name;
  }
}

TEST(PemBlockEnd, TruncatedBlockRunsToTheLastBodyCharacter) {
  const std::string body = Body("\n");
  const std::string text = kBegin + "\n" + body + "\"}";
  const auto end = PemBlockEnd(text, kBegin.size());
  ASSERT_TRUE(end);
  EXPECT_EQ(*end, kBegin.size() + 1 + body.size() - 1);  // the final newline is not body
}

TEST(PemBlockEnd, RejectsMentionsWithoutAKeyBody) {
  const std::string code = "if line == \"" + kBegin + "\\n\" + key + \"\\n" + kEnd + "\":";
  EXPECT_FALSE(PemBlockEnd(code, code.find(kBegin) + kBegin.size()));
  const std::string elided = kBegin + "\nMIIEpAIBAAKCAQEA...\n" + kEnd;
  EXPECT_FALSE(PemBlockEnd(elided, kBegin.size()));
  EXPECT_FALSE(PemBlockEnd("", 0));
  EXPECT_FALSE(PemBlockEnd("abc", 10));
}

}  // namespace
}  // namespace mcpgw::guards::secrets
