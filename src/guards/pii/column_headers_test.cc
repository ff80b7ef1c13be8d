#include "guards/pii/column_headers.h"

#include <gtest/gtest.h>

#include <optional>
#include <string_view>

namespace mcpgw::guards::pii {
namespace {

// "PERSON", "person" (weak), "LOCATION", "location" (weak) or "-".
std::string Named(std::string_view header) {
  const std::optional<HeaderName> h = ColumnHeaderEntity(header);
  if (!h) return "-";
  std::string s = h->entity == Entity::kPerson ? "person" : "location";
  if (h->strong) {
    for (char& c : s) c = static_cast<char>(c - 32);
  }
  return s;
}

TEST(ColumnHeaders, PeoplesHeadersInManyLanguagesAreStrong) {
  for (std::string_view h : {"first_name", "lastName", "Surname", "Full Name", "customer_name",
                             "Soyad", "Nachname", "Prénom", "Фамилия", "Имя", "氏名", "客户姓名",
                             "이름", "Studente", "Genitore", "Học sinh", "Phụ huynh", "guardian",
                             "ชื่อ-นามสกุล"}) {
    EXPECT_EQ(Named(h), "PERSON") << h;
  }
  // A name written where a header would stand is none.
  EXPECT_EQ(Named("Απελλής"), "-");
}

TEST(ColumnHeaders, PlacesHeadersInManyLanguagesAreStrong) {
  for (std::string_view h : {"city", "ship_city", "billingCity", "Address Line 1", "Şehir",
                             "Wohnort", "ville", "Город", "地址", "住所", "주소", "Địa chỉ",
                             "thành phố", "country", "Straße", "المدينة", "शहर"}) {
    EXPECT_EQ(Named(h), "LOCATION") << h;
  }
  // A place's word wins over a person's: "customer address" holds an address.
  EXPECT_EQ(Named("customer_address"), "LOCATION");
}

TEST(ColumnHeaders, GenericNamesRolesAndVagueLocationsAreWeak) {
  EXPECT_EQ(Named("name"), "person");
  EXPECT_EQ(Named("Name"), "person");
  EXPECT_EQ(Named("owner"), "person");
  EXPECT_EQ(Named("location"), "location");
  EXPECT_EQ(Named("region"), "location");
  EXPECT_TRUE(IsGenericNameHeader("Name"));
  EXPECT_TRUE(IsGenericNameHeader("nom"));
  EXPECT_FALSE(IsGenericNameHeader("owner"));
  EXPECT_FALSE(IsGenericNameHeader("full_name"));
}

TEST(ColumnHeaders, AWordOfAnotherKindNamesNothing) {
  for (std::string_view h : {"company_name", "city_code", "username", "user_name", "file name",
                             "email", "phone", "nationality", "product_name", "Posta Kodu",
                             "created_by_id", "hostname", "公司名", "商品名", "NAME_ID", "",
                             "amount", "zip"}) {
    EXPECT_EQ(Named(h), "-") << h;
  }
}

TEST(ColumnHeaders, BytesThatAreNotUtf8NameNothing) {
  EXPECT_EQ(Named(std::string_view("ci\xfft\xc3", 5)), "-");
  EXPECT_EQ(Named(std::string(200, 'a')), "-");
}

}  // namespace
}  // namespace mcpgw::guards::pii
