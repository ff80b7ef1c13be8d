#include "guards/pii/operators.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace mcpgw::guards::pii {
namespace {

constexpr std::string_view kKeyHex =
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

std::string Apply(std::string_view config, std::string_view entity, std::string_view value,
                  PseudonymState* state = nullptr) {
  auto op = ParseOperatorConfig(config);
  EXPECT_TRUE(op) << config << ": " << (op ? "" : op.error().message);
  if (!op) return "<config error>";
  auto out = ApplyOperator(*op, entity, value, state);
  EXPECT_TRUE(out) << config;
  return out ? *out : "<apply error>";
}

struct Case {
  std::string_view config;
  std::string_view value;
  std::string_view want;
};

TEST(ApplyOperator, EachOperatorAsPresidioConfiguresIt) {
  const Case cases[] = {
      {R"({"type":"replace"})", "jane@example.com", "<EMAIL_ADDRESS>"},
      {R"({"type":"replace","new_value":"[email]"})", "jane@example.com", "[email]"},
      {R"({"type":"redact"})", "jane@example.com", ""},
      {R"({"type":"keep"})", "jane@example.com", "jane@example.com"},
      {R"({"type":"mask","masking_char":"*","chars_to_mask":4,"from_end":true})",
       "4111111111111111", "411111111111****"},
      {R"({"type":"mask","masking_char":"#","chars_to_mask":3})", "jane@example.com",
       "###e@example.com"},
      {R"({"type":"mask","masking_char":"*","chars_to_mask":100})", "abc", "***"},
      {R"({"type":"mask","masking_char":"•","chars_to_mask":2,"from_end":true})", "Zoë", "Z••"},
      {R"({"type":"mask","masking_char":"*","chars_to_mask":0})", "abc", "abc"},
      // SHA-256("abc"), the FIPS 180-2 example.
      {R"({"type":"hash"})", "abc",
       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {R"({"type":"hash","salt":"ab"})", "c",
       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Apply(c.config, "EMAIL_ADDRESS", c.value), c.want) << c.config;
  }
  EXPECT_EQ(Apply(R"({"type":"hash","hash_type":"sha512"})", "X", "abc").size(), 128u);
}

TEST(ApplyOperator, PseudonymizeIsConsistentWithinASessionAndPerEntity) {
  PseudonymState state;
  const std::string op = R"({"type":"pseudonymize"})";
  EXPECT_EQ(Apply(op, "EMAIL_ADDRESS", "a@example.com", &state), "<EMAIL_ADDRESS_1>");
  EXPECT_EQ(Apply(op, "EMAIL_ADDRESS", "b@example.com", &state), "<EMAIL_ADDRESS_2>");
  EXPECT_EQ(Apply(op, "EMAIL_ADDRESS", "a@example.com", &state), "<EMAIL_ADDRESS_1>");
  EXPECT_EQ(Apply(op, "PHONE_NUMBER", "a@example.com", &state), "<PHONE_NUMBER_1>");
  PseudonymState other;
  EXPECT_EQ(Apply(op, "EMAIL_ADDRESS", "b@example.com", &other), "<EMAIL_ADDRESS_1>");
}

TEST(ApplyOperator, PseudonymStateIsBounded) {
  PseudonymState state(2);
  const std::string op = R"({"type":"pseudonymize"})";
  EXPECT_EQ(Apply(op, "PERSON", "A", &state), "<PERSON_1>");
  EXPECT_EQ(Apply(op, "PERSON", "B", &state), "<PERSON_2>");
  EXPECT_EQ(Apply(op, "PERSON", "C", &state), "<PERSON>");
  EXPECT_EQ(Apply(op, "PERSON", "A", &state), "<PERSON_1>");
  EXPECT_EQ(state.size(), 2u);
  EXPECT_EQ(state.overflowed(), 1u);
}

TEST(ApplyOperator, PseudonymizeWithoutStateIsAnError) {
  auto op = ParseOperatorConfig(R"({"type":"pseudonymize"})").value();
  EXPECT_FALSE(ApplyOperator(op, "PERSON", "A", nullptr));
}

TEST(Encrypt, RoundTripsThroughDecryptAndIsSelfDescribing) {
  const std::string config = std::string(R"({"type":"encrypt","key":")") + std::string(kKeyHex) + "\"}";
  const std::string token = Apply(config, "US_SSN", "536-22-8765");
  ASSERT_EQ(token.rfind("<ENC:", 0), 0u) << token;
  ASSERT_EQ(token.back(), '>');
  EXPECT_EQ(token.find("536"), std::string::npos);
  EXPECT_NE(Apply(config, "US_SSN", "536-22-8765"), token);  // fresh nonce each time
  auto clear = Decrypt(token, kKeyHex);
  ASSERT_TRUE(clear) << clear.error().message;
  EXPECT_EQ(*clear, "536-22-8765");
  // The body alone decrypts too.
  EXPECT_EQ(Decrypt(token.substr(5, token.size() - 6), kKeyHex).value(), "536-22-8765");
}

TEST(Decrypt, RejectsWrongKeyTamperingAndGarbage) {
  const std::string config = std::string(R"({"type":"encrypt","key":")") + std::string(kKeyHex) + "\"}";
  const std::string token = Apply(config, "US_SSN", "536-22-8765");
  const std::string other_key(64, 'f');
  EXPECT_FALSE(Decrypt(token, other_key));
  std::string tampered = token;
  tampered[10] = tampered[10] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(Decrypt(tampered, kKeyHex));
  EXPECT_FALSE(Decrypt("<ENC:!!!>", kKeyHex));
  EXPECT_FALSE(Decrypt("<ENC:AAAA>", kKeyHex));
  EXPECT_FALSE(Decrypt(token, "short"));
}

TEST(DecodeKey, HexBase64OrRaw) {
  EXPECT_EQ(DecodeKey(kKeyHex).value().size(), 32u);
  EXPECT_EQ(DecodeKey("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").value(),
            DecodeKey(kKeyHex).value());
  EXPECT_EQ(DecodeKey("0123456789abcdef0123456789abcdef").value().size(), 32u);
  EXPECT_FALSE(DecodeKey("too short"));
}

TEST(ParseOperatorConfig, ErrorsNameTheKey) {
  struct Bad {
    std::string_view config;
    std::string_view key;
  };
  const Bad cases[] = {
      {R"({"type":"shred"})", "\"type\""},
      {R"({})", "\"type\""},
      {R"({"type":"mask","masking_char":"*"})", "\"chars_to_mask\""},
      {R"({"type":"mask","masking_char":"**","chars_to_mask":2})", "\"masking_char\""},
      {R"({"type":"mask","masking_char":"*","chars_to_mask":-1})", "\"chars_to_mask\""},
      {R"({"type":"mask","masking_char":"*","chars_to_mask":"4"})", "\"chars_to_mask\""},
      {R"({"type":"mask","masking_char":"*","chars_to_mask":4,"from_end":"yes"})", "\"from_end\""},
      {R"({"type":"replace","new_value":5})", "\"new_value\""},
      {R"({"type":"replace","masking_char":"*"})", "\"masking_char\""},
      {R"({"type":"hash","hash_type":"md5"})", "\"hash_type\""},
      {R"({"type":"encrypt"})", "\"key\""},
      {R"({"type":"encrypt","key":"abc"})", "\"key\""},
  };
  for (const Bad& c : cases) {
    auto r = ParseOperatorConfig(c.config);
    ASSERT_FALSE(r) << c.config;
    EXPECT_NE(r.error().message.find(c.key), std::string::npos) << r.error().message;
  }
  EXPECT_FALSE(ParseOperatorConfig("not json"));
  EXPECT_FALSE(ParseOperatorConfig("[1]"));
}

TEST(ParseOperatorMap, PerEntityWithDefault) {
  auto map = ParseOperatorMap(
      R"({"DEFAULT":{"type":"redact"},"PHONE_NUMBER":{"type":"mask","masking_char":"*","chars_to_mask":4,"from_end":true}})");
  ASSERT_TRUE(map) << map.error().message;
  EXPECT_EQ(map->For("PHONE_NUMBER").kind, OperatorKind::kMask);
  EXPECT_EQ(map->For("EMAIL_ADDRESS").kind, OperatorKind::kRedact);
  EXPECT_EQ(ParseOperatorMap("{}").value().For("US_SSN").kind, OperatorKind::kReplace);
  auto bad = ParseOperatorMap(R"({"PHONE":{"type":"redact"}})");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("PHONE_NUMBER"), std::string::npos);
  auto bad_op = ParseOperatorMap(R"({"US_SSN":{"type":"mask"}})");
  ASSERT_FALSE(bad_op);
  EXPECT_NE(bad_op.error().message.find("US_SSN"), std::string::npos);
}

}  // namespace
}  // namespace mcpgw::guards::pii
