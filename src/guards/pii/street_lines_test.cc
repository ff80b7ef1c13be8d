#include "guards/pii/street_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mcpgw::guards::pii {
namespace {

// The street lines of `text`, as strings.
std::vector<std::string> Lines(std::string_view text) {
  std::vector<StreetSpan> spans;
  FindStreetLines(text, spans);
  std::vector<std::string> out;
  for (const StreetSpan& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(StreetLines, StreetWordThenNameThenNumber) {
  EXPECT_EQ(Lines("LOCATION:ul. Kwiatowa 19\\, Wrocław"), V{"ul. Kwiatowa 19"});
  EXPECT_EQ(Lines("Assicurazione;\"Via Roma 171/A\""), V{"Via Roma 171/A"});
  EXPECT_EQ(Lines("Μετακομίσαμε: Οδός Ερμού 30, Πάτρα."), V{"Οδός Ερμού 30"});
  EXPECT_EQ(Lines("ניחומים: שדרות רוטשילד 38, טלפון"), V{"שדרות רוטשילד 38"});
  EXPECT_EQ(Lines("Meet at Rue de la Loi 16 in Brussels."), V{"Rue de la Loi 16"});
  EXPECT_EQ(Lines("salida desde Plaza del Pilar 15 a las 8:30."), V{"Plaza del Pilar 15"});
  EXPECT_EQ(Lines("partenza da Via Roma 71/B alle 8:30."), V{"Via Roma 71/B"});
  EXPECT_EQ(Lines("Omer Avraham יגיע לרחוב הרצל 67 ב-21/06/2023"), V{"רחוב הרצל 67"});
  EXPECT_EQ(Lines("سيزورنا في شارع الملك فهد، مبنى 3093 يوم"), V{"شارع الملك فهد، مبنى 3093"});
}

TEST(StreetLines, CommaBeforeNumberAndUnitsAfterIt) {
  EXPECT_EQ(Lines("na Rua Augusta, 111, 3.º Esq., Braga"), V{"Rua Augusta, 111, 3.º Esq."});
  EXPECT_EQ(Lines("irá a C/ Mayor, 24, 1º dcha. el 28/07/2023"), V{"C/ Mayor, 24, 1º dcha."});
  EXPECT_EQ(Lines("przyjdzie na al. Jana Pawła II 96 m. 48 02.01.2026"),
            V{"al. Jana Pawła II 96 m. 48"});
  EXPECT_EQ(Lines("Alquiler;\"Calle Durango 35, Col. Roma Norte\""),
            V{"Calle Durango 35, Col. Roma Norte"});
  EXPECT_EQ(Lines("Itzel Zúñiga, Av. Insurgentes Sur 323, Col. Crédito Constructor, C.P. 99896"),
            V{"Av. Insurgentes Sur 323, Col. Crédito Constructor"});
  EXPECT_EQ(Lines("Адрес: ул. Ленина, д. 5, кв. 12, Москва"), V{"ул. Ленина, д. 5, кв. 12"});
}

TEST(StreetLines, CsvCellsAndBrazilianAndKoreanUnits) {
  EXPECT_EQ(Lines("+48 835 815 421,pl. Mickiewicza 57/57,Lublin,Polska"),
            V{"pl. Mickiewicza 57/57"});
  EXPECT_EQ(Lines("+46 72 500 46 52,Skolgatan 3 lgh 1102,Västerås"), V{"Skolgatan 3 lgh 1102"});
  EXPECT_EQ(Lines("mora na Alameda das Palmeiras, 723 - apto 1190, em Fortaleza"),
            V{"Alameda das Palmeiras, 723 - apto 1190"});
  EXPECT_EQ(Lines("택배는 해운대구 달구벌대로 536, 1404호로 보내 주세요"),
            V{"해운대구 달구벌대로 536, 1404호"});
  EXPECT_EQ(Lines("080-2632-2881  港区栄1丁目21-17  京都市"), V{"港区栄1丁目21-17"});
  EXPECT_EQ(Lines("+86 158,浦东新区科技园南路969号22栋1434室,深圳市"),
            V{"浦东新区科技园南路969号22栋1434室"});
}

TEST(StreetLines, NameThenStreetType) {
  EXPECT_EQ(Lines("Hauses Mariahilfer Straße 29/12, Salzburg"), V{"Mariahilfer Straße 29/12"});
  EXPECT_EQ(Lines("in der Kossuth Lajos utca 12 in Budapest"), V{"Kossuth Lajos utca 12"});
  EXPECT_EQ(Lines("günü Cumhuriyet Mah. Gül Sok. No:39 adresine"),
            V{"Cumhuriyet Mah. Gül Sok. No:39"});
  EXPECT_EQ(Lines("Office: 서울특별시 강남구 테헤란로 365"), V{"서울특별시 강남구 테헤란로 365"});
}

TEST(StreetLines, OneWordWithItsTypeGluedOn) {
  EXPECT_EQ(Lines("passera au Bahnhofstrasse 63 le 13/09/2021"), V{"Bahnhofstrasse 63"});
  EXPECT_EQ(Lines("Asuinpaikka Mannerheimintie 12, Helsinki"), V{"Mannerheimintie 12"});
  EXPECT_EQ(Lines("Vi bor på Drottninggatan 5 i Stockholm."), V{"Drottninggatan 5"});
}

TEST(StreetLines, NumberFirst) {
  EXPECT_EQ(Lines("passera au 43 avenue Jean-Jaurès le 20/01/2022"), V{"43 avenue Jean-Jaurès"});
  EXPECT_EQ(Lines("  1906 N 34th St, Apt 3A, Tucson, CA 71705"), V{"1906 N 34th St, Apt 3A"});
  EXPECT_EQ(Lines("Where: 36 Queen St W, Unit 350, Ottawa"), V{"36 Queen St W, Unit 350"});
  EXPECT_EQ(Lines("SIP de Nantes Sud\n120 rue de l'Église\n"), V{"120 rue de l'Église"});
  EXPECT_EQ(Lines("Editor: Babatunde, Unit 27, 161 Beach Road, Brisbane"),
            V{"Unit 27, 161 Beach Road"});
  EXPECT_TRUE(Lines("Jul 20, 2026  SEPA CT  to Anna").empty());
}

TEST(StreetLines, GermanPrepositionHeadsEndTheLine) {
  EXPECT_EQ(Lines("in der Friedhofskapelle, Am Mühlbach 65, statt."), V{"Am Mühlbach 65"});
  EXPECT_TRUE(Lines("Am Montag 5 Leute").empty());
}

TEST(StreetLines, JapaneseAndChineseBlocks) {
  EXPECT_EQ(Lines("集合は世田谷区北沢4-5-17、午前8時です。"), V{"世田谷区北沢4-5-17"});
  EXPECT_EQ(Lines("佐藤さんが左京区下鴨松原町53に伺います。"), V{"左京区下鴨松原町53"});
  EXPECT_EQ(Lines("周俊杰, 北京市朝阳区建国路89号, 邮编 680541"), V{"北京市朝阳区建国路89号"});
  EXPECT_TRUE(Lines("2024年3月1日に").empty());
  EXPECT_EQ(Lines("式場 港北区日吉7-26-11\n喪主"), V{"港北区日吉7-26-11"});
  EXPECT_EQ(Lines("Zhang会在2023年10月26日到浦东新区世纪大道100号"), V{"浦东新区世纪大道100号"});
}

TEST(StreetLines, CountsMeasuresAndVersionsAreNone) {
  EXPECT_TRUE(Lines("Send via Slack 2 messages today.").empty());
  EXPECT_TRUE(Lines("Place Order 5 times. Calle Mayor 5 km away.").empty());
  EXPECT_TRUE(Lines("Python 3 runs in 5 min. Chapter 12 of Book 3. version 2.3").empty());
  EXPECT_TRUE(Lines("Hotel Plaza 5 stars. Route 66 is long. Square 4 is red.").empty());
  EXPECT_TRUE(Lines("Via Roma 12:30 and Calle Sol 3.5").empty());
}

}  // namespace
}  // namespace mcpgw::guards::pii
