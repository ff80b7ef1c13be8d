#include "guards/pii/name_markers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mcpgw::guards::pii {
namespace {

std::vector<std::string> Names(std::string_view text) {
  std::vector<NameSpan> spans;
  FindMarkedNames(text, spans);
  std::vector<std::string> out;
  for (const NameSpan& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(NameMarkers, HonorificAfterAJapaneseKoreanOrChineseName) {
  EXPECT_EQ(Names("2023年5月8日に山本由美子さんが港北区に伺います。"), V{"山本由美子"});
  EXPECT_EQ(Names("2021年2月10日にKenichi Tanaka先生の診察があります"), V{"Kenichi Tanaka"});
  EXPECT_EQ(Names("2019년 8월 22일에 최현우님이 방문합니다"), V{"최현우"});
  EXPECT_EQ(Names("2021년 1월 16일에 Haeun Jung 선생님 진료 예약."), V{"Haeun Jung"});
  EXPECT_EQ(Names("お疲れさまです、Kenichiさん。"), V{"Kenichi"});
}

TEST(NameMarkers, TitlesAndGroupsWithHonorificsAreNoNames) {
  EXPECT_TRUE(Names("お客様、皆さん、고객님, 부장님, 선생님께").empty());
  EXPECT_TRUE(Names("数学老师说").empty());
}

TEST(NameMarkers, ChatSpeakersInChineseAndKoreanWithAFamilyName) {
  EXPECT_EQ(Names("杨洋: 在路上了\n刘磊: 谢谢！\n杨洋: 好的"), (V{"杨洋", "杨洋"}));
  EXPECT_EQ(Names("[09:26] 김지은: 안녕하세요\n[09:27] 박민수: 네\n[09:28] 김지은: 감사합니다"),
            (V{"김지은", "김지은"}));
  // A form's fields open one line each; a family name's letter first is not enough.
  EXPECT_TRUE(Names("고객: 조유나\n배송지: 경기도\n인수자: 김예준").empty());
  EXPECT_TRUE(Names("金额: 100\n金额: 200").empty());
}

TEST(NameMarkers, TitleOrHonorificAroundANameInAnUncasedScript) {
  EXPECT_EQ(Names("شكراً مرة أخرى للسيد يوسف سليمان وللسيدة فاطمة"), (V{"يوسف سليمان"}));
  EXPECT_EQ(Names("से शुभकामनाएँ — राहुल मिश्रा जी ने वादा किया"), V{"राहुल मिश्रा"});
  EXPECT_EQ(Names("내일 박예린 님이 경복궁에 데려가"), V{"박예린"});
  // A family name that is also a title, followed by a preposition, is none.
  EXPECT_TRUE(Names("انتقل يوسف السيد إلى Geelong").empty());
}

TEST(NameMarkers, ChineseLetterGreeting) {
  EXPECT_EQ(Names(">> 亲爱的娜：\n>> 卡号"), V{"娜"});
  EXPECT_EQ(Names("亲爱的Lihua，"), V{"Lihua"});
}

TEST(NameMarkers, AirlineSurnameSlashGiven) {
  EXPECT_EQ(Names("BOARDING PASS\nName: RUSSELL/JAMES MRS\nFrom: Madrid"), V{"RUSSELL/JAMES"});
  EXPECT_EQ(Names("Passagers\n  1. BONNEFOY/JÉRÔME MRS"), V{"BONNEFOY/JÉRÔME"});
  EXPECT_EQ(Names("Reisende\n  1. ODHIAMBO/KAMAU  Ticketnummer 1252582044"), V{"ODHIAMBO/KAMAU"});
  EXPECT_EQ(Names("Barcode data: M1MCALLISTER/BRIANNA  EBBHBDA GRULHRUA"), V{"MCALLISTER/BRIANNA"});
  EXPECT_TRUE(Names("uses TCP/IP and CI/CD, AC/DC plays").empty());
}

TEST(NameMarkers, MarkdownTaskOwner) {
  EXPECT_EQ(Names("## TODO\n- [x] @Tobias – Björn kommt\n- [ ] @翔太 – 2020年"),
            (V{"Tobias", "翔太"}));
  EXPECT_TRUE(Names("- [ ] @ci-bot: rerun").empty());
}

TEST(NameMarkers, TheCounterpartyOfABankTransferInAnyScript) {
  EXPECT_EQ(Names("04/30/2026  Zelle from Nair, Rahul +306941405038  \xe2\x82\xac" "7.927,00\n"),
            V{"Nair, Rahul"});
  EXPECT_EQ(Names("04/12/2026  SEPA virement \xc3\xa0 \xe9\xab\x98\xe6\xa9\x8b \xe5\x81\xa5\xe4\xb8\x80   R$ 434,47\n"),
            V{"\xe9\xab\x98\xe6\xa9\x8b \xe5\x81\xa5\xe4\xb8\x80"});
  EXPECT_EQ(Names("05/16/2026  SEPA transferencia a NOWAK Wojciech LT81 2065 5702 7148 5997\n"),
            V{"NOWAK Wojciech"});
  EXPECT_EQ(Names("| 02/12/2024 | Transferencia de Jes\xc3\xbas Gonz\xc3\xa1lez FT 2024/0524 | $4515.20 |"),
            V{"Jes\xc3\xbas Gonz\xc3\xa1lez"});
}

TEST(NameMarkers, ATransferToAnOrganisationOrInProseIsNoName) {
  EXPECT_TRUE(Names("10.10.2026  SEPA transfer to LIDL SAGT DANKE  IBAN RE-1236560\n").empty());
  EXPECT_TRUE(Names("05/01/2026  SEPA transfer to Acme Logistics GmbH  \xe2\x82\xac 12,00\n").empty());
  EXPECT_TRUE(Names("Then wire to the escrow account before Friday.\n").empty());
}

TEST(NameMarkers, AFamilyNameInCapitalsNextToAKnownGivenName) {
  EXPECT_EQ(Names("STATEMENT OF ACCOUNT\nJEFFERSON Tremaine\n7393 Willow Creek Way\n"),
            V{"JEFFERSON Tremaine"});
  EXPECT_EQ(Names("- SMIT Lotte will fly to Wuhan to meet MARINO Federica\n"),
            (V{"SMIT Lotte", "MARINO Federica"}));
  EXPECT_EQ(Names("Contact: Ashley HASKINS, ext. 4411"), V{"Ashley HASKINS"});
  EXPECT_EQ(Names("Reviewed by GARC\xc3\x8d" "A RUIZ Rub\xc3\xa9n on Monday"), V{"GARC\xc3\x8d" "A RUIZ Rub\xc3\xa9n"});
  EXPECT_EQ(Names("- 07:07 PEREIRA Luiz Felipe found the key"), V{"PEREIRA Luiz Felipe"});
  EXPECT_EQ(Names("Reviewed by GARCIA RUIZ Ruben on Monday"), V{"GARCIA RUIZ Ruben"});
}

TEST(NameMarkers, AcronymsAndCodesInCapitalsAreNoFamilyNames) {
  EXPECT_TRUE(Names("Driver={ODBC Driver 18 for SQL Server};Server=sql01").empty());
  EXPECT_TRUE(Names("2 GIVN Cian\n2 SURN O'Sullivan\n").empty());
  EXPECT_TRUE(Names("Kod SMS: 832915. Karta XXXX-XXXX-XXXX-2358").empty());
  EXPECT_TRUE(Names("Standing order BST-XIIRD Morgan Stanley").empty());
  EXPECT_TRUE(Names("the Willow CRM update ships next week").empty());
}

TEST(NameMarkers, AFamilyNameBeforeACommaAndAKnownGivenName) {
  EXPECT_EQ(Names("HR notes: I-9 verified by Wijaya, Wahyu on 2026-01-18."), V{"Wijaya, Wahyu"});
  EXPECT_EQ(Names("- [ ] Bautista, Mark Anthony: send contract"), V{"Bautista, Mark Anthony"});
  EXPECT_EQ(Names("Next of kin: Thistlethwaite, Gemma (husband)"), V{"Thistlethwaite, Gemma"});
}

TEST(NameMarkers, ListsGreetingsPlacesAndBrandsBeforeACommaAreNoInvertedNames) {
  EXPECT_TRUE(Names("Thanks, Mark. See you Monday, Anna.").empty());
  EXPECT_TRUE(Names("Invited: Anna, Mark and Sofia").empty());
  EXPECT_TRUE(Names("We moved from Berlin, Anna said.").empty());
  EXPECT_TRUE(Names("New York, Victoria and Quattroporte, Victoria's Secret").empty());
}

TEST(NameMarkers, TheOwnerOfATodoAndACalendarAttendeesCommonName) {
  EXPECT_EQ(Names("# TODO(Harry): rotate before 2023-03-01\n"), V{"Harry"});
  EXPECT_EQ(Names("// FIXME(\xe1\x8b\xb3\xe1\x8b\x8a\xe1\x89\xb5): flaky\n"), V{"\xe1\x8b\xb3\xe1\x8b\x8a\xe1\x89\xb5"});
  EXPECT_TRUE(Names("# TODO(jdoe): rotate\n# TODO(#123)\n").empty());
  EXPECT_EQ(Names("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Carvalho, In\xc3\xaas:mailto:ines@example.test\n"),
            V{"Carvalho, In\xc3\xaas"});
  EXPECT_TRUE(Names("ORGANIZER;CN=ops@example.test:mailto:ops@example.test\n").empty());
}

}  // namespace
}  // namespace mcpgw::guards::pii
