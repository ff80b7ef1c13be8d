#include "guards/pii/phone_matcher.h"

#include <gtest/gtest.h>

#include <string_view>

namespace mcpgw::guards::pii {
namespace {

struct Case {
  std::string_view digits;
  bool valid;
};

TEST(PhoneMatcher, NationalNumbersFollowTheConfiguredRegionsPlans) {
  auto m = PhoneMatcher::Create({"US", "GB", "DE", "FR"}).value();
  const Case cases[] = {
      {"4155550132", true},    // US, area code 415
      {"14155550132", true},   // US with the trunk prefix 1
      {"1555550132", false},   // US area codes do not start with 1 (and no other region fits)
      {"02079460958", true},   // GB London with trunk 0
      {"030901820", true},     // DE Berlin with trunk 0
      {"0612345678", true},    // FR mobile
      {"12345", false},        // too short everywhere
      {"99999999999999", false},
  };
  for (const Case& c : cases) EXPECT_EQ(m->ValidNational(c.digits), c.valid) << c.digits;
}

TEST(PhoneMatcher, PossibleInternationalChecksTheCallingCodeAndLengthOnly) {
  auto m = PhoneMatcher::Create({"US"}).value();
  EXPECT_FALSE(m->ValidInternational("447911953041"));  // 7911 1.. is not a listed GB range
  EXPECT_TRUE(m->PossibleInternational("447911953041"));
  EXPECT_TRUE(m->PossibleInternational("33694240613"));
  EXPECT_FALSE(m->PossibleInternational("3369424061"));  // FR numbers have 9 digits
  EXPECT_FALSE(m->PossibleInternational("9991234567"));  // no region uses +999
  EXPECT_FALSE(m->PossibleInternational("0441234567"));  // calling codes never start with 0
}

TEST(PhoneMatcher, RegionsNotConfiguredAreNotTriedNationally) {
  auto gb = PhoneMatcher::Create({"GB"}).value();
  EXPECT_FALSE(gb->ValidNational("4155550132"));
  EXPECT_TRUE(gb->ValidNational("02079460958"));
}

TEST(PhoneMatcher, InternationalNumbersUseTheCallingCodeOfAnyRegion) {
  auto m = PhoneMatcher::Create({"US"}).value();
  const Case cases[] = {
      {"14155550132", true},    // +1
      {"442079460958", true},   // +44, GB not configured
      {"4930901820", true},     // +49
      {"919876543210", true},   // +91 India mobile
      {"81312345678", true},    // +81 Japan
      {"0441234567", false},    // calling codes never start with 0
      {"999123456789", false},  // 999 is no calling code
      {"4412", false},          // too short
  };
  for (const Case& c : cases) EXPECT_EQ(m->ValidInternational(c.digits), c.valid) << c.digits;
}

TEST(PhoneMatcher, UnknownRegionIsAnError) {
  auto r = PhoneMatcher::Create({"US", "ZZ"});
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("ZZ"), std::string::npos);
}

}  // namespace
}  // namespace mcpgw::guards::pii
