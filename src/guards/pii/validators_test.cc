#include "guards/pii/validators.h"

#include <gtest/gtest.h>

#include <string_view>

namespace mcpgw::guards::pii {
namespace {

struct Case {
  std::string_view value;
  bool valid;
};

TEST(LuhnValid, AcceptsTestCardNumbersAndRejectsOneDigitOff) {
  const Case cases[] = {
      {"4111111111111111", true},  {"5555555555554444", true}, {"378282246310005", true},
      {"6011111111111117", true},  {"4111111111111112", false}, {"5555555555554445", false},
      {"", false},                 {"4", false},                {"41111111111111x1", false},
  };
  for (const Case& c : cases) EXPECT_EQ(LuhnValid(c.value), c.valid) << c.value;
}

TEST(CardIinValid, NetworksAndTheirLengths) {
  const Case cases[] = {
      {"4111111111111111", true},   // Visa 16
      {"4222222222222", true},      // Visa 13
      {"411111111111111", false},   // Visa 15: no such length
      {"5555555555554444", true},   // Mastercard 51-55
      {"2221000000000009", true},   // Mastercard 2-series
      {"378282246310005", true},    // Amex 15
      {"3782822463100050", false},  // Amex 16
      {"6011111111111117", true},   // Discover
      {"3530111333300000", true},   // JCB
      {"30569309025904", true},     // Diners 14
      {"6200000000000005", true},   // UnionPay
      {"1234567812345670", false},  // no network starts with 1
      {"9111111111111111", false},
  };
  for (const Case& c : cases) EXPECT_EQ(CardIinValid(c.value), c.valid) << c.value;
}

TEST(PublishedTestCard, VendorsTestNumbersOnly) {
  const Case cases[] = {
      {"4242424242424242", true},  // Stripe
      {"4000056655665556", true},  {"5555555555554444", true}, {"378282246310005", true},
      {"4111111111111111", true},  // PayPal, Braintree
      {"6205500000000000004", true},
      {"4532015112830366", false},  // Luhn-valid, not published
      {"4242424242424241", false},  {"", false},  {"42424242", false},
  };
  for (const Case& c : cases) EXPECT_EQ(PublishedTestCard(c.value), c.valid) << c.value;
}

TEST(AbaRoutingValid, ChecksumAndFederalReserveSymbol) {
  const Case cases[] = {
      {"021000021", true},   // JPMorgan Chase NY
      {"011000015", true},   // Federal Reserve Boston
      {"121000358", true},   // Bank of America CA
      {"021000022", false},  // checksum
      {"400000008", false},  // checksum holds, but 40 is no routing symbol
      {"991000012", false},  // checksum holds, but 99 is no routing symbol
      {"02100002", false},   {"02100002a", false}, {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(AbaRoutingValid(c.value), c.valid) << c.value;
}

TEST(IbanValid, Mod97AndCountryLength) {
  const Case cases[] = {
      {"GB82WEST12345698765432", true},     {"DE89370400440532013000", true},
      {"FR1420041010050500013M02606", true}, {"NL91ABNA0417164300", true},
      {"GB82WEST12345698765433", false},    // checksum
      {"DE8937040044053201300", false},     // one short for DE
      {"XX82WEST12345698765432", false},    // no such country
      {"gb82west12345698765432", false},    // compact form is uppercase
      {"GB8AWEST12345698765432", false},    // check digits are digits
  };
  for (const Case& c : cases) EXPECT_EQ(IbanValid(c.value), c.valid) << c.value;
}

TEST(NhsValid, Mod11CheckDigit) {
  const Case cases[] = {{"9434765919", true}, {"9434765918", false}, {"4010232137", true},
                        {"943476591", false}, {"94347659190", false}};
  for (const Case& c : cases) EXPECT_EQ(NhsValid(c.value), c.valid) << c.value;
}

TEST(DeaValid, RegistrantTypeAndCheckDigit) {
  const Case cases[] = {{"AB1234563", true},  {"AB1234567", false}, {"IB1234563", false},
                        {"A91234563", true},  {"ab1234563", false}, {"AB123456", false}};
  for (const Case& c : cases) EXPECT_EQ(DeaValid(c.value), c.valid) << c.value;
}

TEST(SsnValid, RejectsInvalidRangesAndAdvertisedNumbers) {
  const Case cases[] = {
      {"536228765", true},  {"000228765", false}, {"666228765", false}, {"936228765", false},
      {"536008765", false}, {"536220000", false}, {"078051120", false}, {"219099999", false},
      {"123456789", false}, {"111111111", false}, {"53622876", false},
  };
  for (const Case& c : cases) EXPECT_EQ(SsnValid(c.value), c.valid) << c.value;
}

TEST(ItinValid, AreaNineAndGroupRanges) {
  const Case cases[] = {{"912701234", true},  {"900501234", true},  {"999991234", true},
                        {"912931234", false}, {"912491234", false}, {"812701234", false}};
  for (const Case& c : cases) EXPECT_EQ(ItinValid(c.value), c.valid) << c.value;
}

TEST(Base58CheckAddressValid, DoubleSha256Checksum) {
  const Case cases[] = {
      {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", true},
      {"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", true},
      {"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", true},
      {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", false},  // checksum
      {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0", false},  // '0' is not Base58
      {"2A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", false},  // version
  };
  for (const Case& c : cases) EXPECT_EQ(Base58CheckAddressValid(c.value), c.valid) << c.value;
}

TEST(SegwitAddressValid, Bech32ForV0AndBech32mForV1) {
  const Case cases[] = {
      {"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", true},
      {"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", true},
      {"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", true},
      {"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", false},  // checksum
      {"bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", false},  // mixed case
      // The v1 address above with its checksum changed.
      {"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j", false},
  };
  for (const Case& c : cases) EXPECT_EQ(SegwitAddressValid(c.value), c.valid) << c.value;
}

}  // namespace
}  // namespace mcpgw::guards::pii
