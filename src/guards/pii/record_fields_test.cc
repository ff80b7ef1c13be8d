#include "guards/pii/record_fields.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "guards/pii/pii_detector.h"

namespace mcpgw::guards::pii {
namespace {

std::shared_ptr<const Detector> Names() {
  static const auto detector = [] {
    PiiOptions o;
    o.entities = {"PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_TIME",
                  "IBAN_CODE"};
    return CreatePiiDetector(o).value();
  }();
  return detector;
}

// "ENTITY[value] ..." for every detection, in order.
std::string FoundBy(const Detector& detector, std::string_view text) {
  std::vector<Detection> out;
  detector.Scan(text, out);
  std::string s;
  for (const Detection& d : out) {
    s += std::string(d.entity) + "[" + std::string(text.substr(d.begin, d.end - d.begin)) + "] ";
  }
  return s;
}

std::string Found(std::string_view text) { return FoundBy(*Names(), text); }

bool Has(std::string_view text, std::string_view entity, std::string_view value) {
  return Found(text).find(std::string(entity) + "[" + std::string(value) + "]") !=
         std::string::npos;
}

TEST(RecordFields, AGenericNameFieldIsAPersonInARecordWithAPersonsContactFields) {
  const std::string_view log =
      "WARN payload {\"name\":\"Na Huang\",\"phone\":\"02 6746 7614\",\"city\":\"Hobart\"}\n";
  EXPECT_TRUE(Has(log, "PERSON", "Na Huang")) << Found(log);
  const std::string_view yaml =
      "kyc_document_9:\n  id: \"52161\"\n  name: \"Rosaria Esposito\"\n  passport_no: K3345354\n";
  EXPECT_TRUE(Has(yaml, "PERSON", "Rosaria Esposito")) << Found(yaml);
  // A product's or a service's name beside no person's field stays.
  const std::string_view product =
      "{\"name\":\"Quarterly Ledger Export\",\"sku\":\"WB-100\",\"price\":12}\n";
  EXPECT_FALSE(Has(product, "PERSON", "Quarterly Ledger Export")) << Found(product);
}

TEST(RecordFields, TheTownAndCountryLinesUnderAStreetLineArePlaces) {
  const std::string_view shipping =
      "Shipping address:\n84 Albert Terrace\nSheffield BS8 5LR\nScotland\nOrder no. 5521\n";
  EXPECT_TRUE(Has(shipping, "LOCATION", "Sheffield")) << Found(shipping);
  EXPECT_TRUE(Has(shipping, "LOCATION", "Scotland")) << Found(shipping);
  const std::string_view signature =
      "-- \nAdaeze Ibrahim\nAccountant, kestrel\n150 Church Street\nCiudad de M\xc3\xa9xico\nTel. 9365 7172\n";
  EXPECT_TRUE(Has(signature, "LOCATION", "Ciudad de M\xc3\xa9xico")) << Found(signature);
  // A label and its number under the street ("VAT DE512990376"), or a label and a name in a
  // script without capitals, are no town.
  const std::string_view invoice = "From: Femke Smit, Bahnhofstra\xc3\x9f" "e 103\nVAT DE545203727\n";
  EXPECT_FALSE(Has(invoice, "LOCATION", "VAT")) << Found(invoice);
}

TEST(RecordFields, TheTownOfACardPaymentOnAStatementIsAPlace) {
  const std::string_view statement =
      "04/14/2026  CARD \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2 9459 REWE Aarhus  8728.67 USD\n"
      "05/13/2026  CARD ************0843 Esselunga \xd0\xa5\xd0\xb0\xd1\x80\xd0\xba\xd1\x96\xd0\xb2  CHF 830.50\n"
      "05/14/2026  CARD XXXX-XXXX-XXXX-3711 Whole Foods  227,99 \xe2\x82\xac\n";
  EXPECT_TRUE(Has(statement, "LOCATION", "Aarhus")) << Found(statement);
  EXPECT_TRUE(Has(statement, "LOCATION", "\xd0\xa5\xd0\xb0\xd1\x80\xd0\xba\xd1\x96\xd0\xb2")) << Found(statement);
  // A merchant's own words are no town.
  EXPECT_FALSE(Has(statement, "LOCATION", "Foods")) << Found(statement);
}

TEST(RecordFields, AUserAccountsCommentIsItsOwnersName) {
  const std::string_view vars =
      "admins:\n  - name: tbrandstatter\n    comment: \"Till Brandst\xc3\xa4tter\"\n"
      "    password_plain: \"Br!x-2231\"\n    shell: /bin/bash\n";
  EXPECT_TRUE(Has(vars, "PERSON", "Till Brandst\xc3\xa4tter")) << Found(vars);
  // A router's comment="..." attribute is free text, read no such way.
  const std::string_view router =
      "/ip dhcp-server lease add address=10.0.8.116 comment=\"Lobby - Tiguan\"\n"
      "/user add name=ops password=x group=full\n";
  EXPECT_FALSE(Has(router, "PERSON", "Lobby - Tiguan")) << Found(router);
}

TEST(RecordFields, AColumnOfTownsTheGazetteerKnowsIsPlacesWithoutAHeader) {
  const std::string_view frame =
      "\"text/plain\": [\n"
      "     \"0  Robert Alvarez  robert.alvarez@ya-mail.example  Gqeberha\\n\",\n"
      "     \"1  Thabo Mthembu  tmthembu@corp.example  Hobart\\n\",\n"
      "     \"2  Sipho Mthembu  mthembus94@kunde.test  Tauranga\\n\",\n"
      "     \"3  Divya Chatterjee  divya34@client.invalid  Rotorua\\n\",\n"
      "     \"4  Kofi Mensah  kofi@ix.example  Bariloche\\n\"\n"
      "   ]\n";
  EXPECT_TRUE(Has(frame, "LOCATION", "Tauranga")) << Found(frame);
  EXPECT_TRUE(Has(frame, "LOCATION", "Rotorua")) << Found(frame);
}

TEST(RecordFields, VcardFormattedNameAndEachNamePartArePersons) {
  const std::string_view card =
      "BEGIN:VCARD\nVERSION:4.0\nFN:박현우\nN:박;현우;;;\nTEL;TYPE=CELL:+82 10 9876 5432\nEND:VCARD\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sanne de Graaf\r\nN:de Graaf;Sanne;;Dr.;\r\nEND:VCARD\r\n";
  EXPECT_TRUE(Has(card, "PERSON", "박현우")) << Found(card);
  EXPECT_TRUE(Has(card, "PERSON", "박")) << Found(card);
  EXPECT_TRUE(Has(card, "PERSON", "현우")) << Found(card);
  EXPECT_TRUE(Has(card, "PERSON", "Sanne de Graaf")) << Found(card);
  EXPECT_TRUE(Has(card, "PERSON", "de Graaf")) << Found(card);
  EXPECT_TRUE(Has(card, "PERSON", "Sanne")) << Found(card);
  // The honorific prefix is no name; the phone stays a phone.
  EXPECT_FALSE(Has(card, "PERSON", "Dr.")) << Found(card);
  EXPECT_TRUE(Has(card, "PHONE_NUMBER", "+82 10 9876 5432")) << Found(card);
}

TEST(RecordFields, VcardAddressGivesStreetTownRegionAndCountryNotThePostcode) {
  const std::string_view card =
      "BEGIN:VCARD\nVERSION:4.0\nFN:Giulia Russo\n"
      "item1.ADR;TYPE=HOME;LABEL=\"Casa: Padova\":;;Viale San Francesco 161;Padova;PD;35121;Italy\n"
      "END:VCARD";
  EXPECT_TRUE(Has(card, "LOCATION", "Viale San Francesco 161")) << Found(card);
  EXPECT_TRUE(Has(card, "LOCATION", "Padova")) << Found(card);
  EXPECT_TRUE(Has(card, "LOCATION", "PD")) << Found(card);
  EXPECT_TRUE(Has(card, "LOCATION", "Italy")) << Found(card);
  EXPECT_EQ(Found(card).find("35121"), std::string::npos) << Found(card);
}

TEST(RecordFields, VcardInsideAJsonStringIsReadAcrossEscapedLineBreaks) {
  const std::string_view json =
      R"({"card":"BEGIN:VCARD\nVERSION:3.0\nFN:zhou jianguo\nN:Zhou;Jianguo;;;\nEND:VCARD"})";
  EXPECT_TRUE(Has(json, "PERSON", "zhou jianguo")) << Found(json);
  EXPECT_TRUE(Has(json, "PERSON", "Jianguo")) << Found(json);
}

TEST(RecordFields, LdifPersonEntryNamesAndPlaces) {
  const std::string_view ldif =
      "dn: uid=levan,ou=people,dc=corp,dc=test\nobjectClass: inetOrgPerson\nuid: levan\n"
      "cn: ლევან ბერიძე\nsn: ბერიძე\ngivenName: ლევან\nmail: levan@corp.test\nl: Kutaisi\n"
      "postalAddress: Drottninggatan 66 lgh 1102$Gävle$Sweden\nuserPassword:: e1NTSEF9eHl6\n\n"
      "dn: cn=Ahmad Khatib,ou=people,dc=corp,dc=test\nobjectClass: person\nsn: Khatib\n";
  EXPECT_TRUE(Has(ldif, "PERSON", "ლევან ბერიძე")) << Found(ldif);
  EXPECT_TRUE(Has(ldif, "PERSON", "ბერიძე")) << Found(ldif);
  EXPECT_TRUE(Has(ldif, "PERSON", "ლევან")) << Found(ldif);
  EXPECT_TRUE(Has(ldif, "LOCATION", "Kutaisi")) << Found(ldif);
  EXPECT_TRUE(Has(ldif, "LOCATION", "Drottninggatan 66 lgh 1102")) << Found(ldif);
  EXPECT_TRUE(Has(ldif, "LOCATION", "Gävle")) << Found(ldif);
  EXPECT_TRUE(Has(ldif, "LOCATION", "Sweden")) << Found(ldif);
  EXPECT_TRUE(Has(ldif, "PERSON", "Ahmad Khatib")) << Found(ldif);
  EXPECT_TRUE(Has(ldif, "PERSON", "Khatib")) << Found(ldif);
}

TEST(RecordFields, LdifGroupEntryCommonNameIsNoPerson) {
  const std::string_view ldif =
      "dn: cn=Platform Oncall,ou=groups,dc=corp,dc=test\nobjectClass: groupOfNames\n"
      "cn: Platform Oncall\nmember: uid=levan,ou=people,dc=corp,dc=test\n";
  EXPECT_EQ(Found(ldif).find("PERSON"), std::string::npos) << Found(ldif);
}

TEST(RecordFields, NameSpelledByTheNextEmailAddressIsAPersonInAnyCase) {
  EXPECT_TRUE(Has("cus_U6pi,zhiqiang yang,zhiqiang.yang@globex.example,+31 20 135 9834",
                  "PERSON", "zhiqiang yang"));
  EXPECT_TRUE(Has("07/06/2025, 01:34 - Harish: ask hendra wijaya (hendra.wijaya@kestrel.example)",
                  "PERSON", "hendra wijaya"));
  // Initials count once the surname is spelled out.
  EXPECT_TRUE(Has("(35330, 'Saga Wahlberg', 'wahlberg.s@northwind.example', NULL)", "PERSON",
                  "Saga Wahlberg"));
  EXPECT_TRUE(Has("(28967, 'aniket banerjee', 'banerjee.a@post.example')", "PERSON",
                  "aniket banerjee"));
  EXPECT_TRUE(Has("0010Q000009h,Lindqvist, Nils,n.lindqvist86@vandelay.example,2024", "PERSON",
                  "Lindqvist, Nils"));
  // After the address too.
  EXPECT_TRUE(Has("reply to olga.semyonova@mail.test (olga semyonova) today", "PERSON",
                  "olga semyonova"));
}

TEST(RecordFields, WordsTheAddressDoesNotSpellStayOutOfTheName) {
  // "ask" starts with the initial the address has already given to "aniket".
  const std::string text = "ask aniket banerjee (banerjee.a@post.example)";
  EXPECT_TRUE(Has(text, "PERSON", "aniket banerjee")) << Found(text);
  EXPECT_FALSE(Has(text, "PERSON", "ask aniket banerjee")) << Found(text);
}

TEST(RecordFields, RoleMailboxesTeamsAndEverydayWordsNextToTheirAddressAreNoPersons) {
  for (std::string_view text : {"billing team <billing.team@corp.example>",
                                "support, support@corp.example",
                                "contact sales (sales@corp.example)",
                                "orders,orders@shop.example", "weather, weather@news.example"}) {
    EXPECT_EQ(Found(text).find("PERSON"), std::string::npos) << text << ": " << Found(text);
  }
}

TEST(RecordFields, ANameReadAsATownBecomesAPersonWhenItsAddressSpellsIt) {
  const std::string text = "64653, 'Nguyễn Đức Thắng', 'ducthang.nguyen@students.example'";
  EXPECT_TRUE(Has(text, "PERSON", "Nguyễn Đức Thắng")) << Found(text);
  EXPECT_EQ(Found(text).find("LOCATION"), std::string::npos) << Found(text);
}

TEST(RecordFields, AKnownNameRightBeforeAWayToReachThemIsAPerson) {
  EXPECT_TRUE(Has("per urgenze chiamare Ilaria al +39 320 0724500.", "PERSON", "Ilaria"));
  EXPECT_TRUE(Has("w razie pytań dzwońcie do Grzegorz pod 794-747-216.", "PERSON", "Grzegorz"));
  EXPECT_TRUE(Has("спроси у Тарас (taras.oliinyk@mail.example)", "PERSON", "Тарас"));
  // A place, an everyday word or a team before the number is none.
  for (std::string_view text : {"call Berlin at +49 30 1234567", "Support at +1 415 555 0100",
                                "the Office (+44 20 7946 0958)", "Billing at billing@corp.example"}) {
    EXPECT_EQ(Found(text).find("PERSON"), std::string::npos) << text << ": " << Found(text);
  }
}

TEST(RecordFields, ANameAtTheEndOfAFilesNameIsThePerson) {
  const std::string drive =
      "{\"name\": \"Arbeitsvertrag Angelica Reyes.docx\"},\n{\"name\": \"CV_Wu Fang.pdf\"}\n";
  EXPECT_TRUE(Has(drive, "PERSON", "Angelica Reyes")) << Found(drive);
  EXPECT_TRUE(Has("Payslip 2025-04-11 Maria Schmidt.pdf\n", "PERSON", "Maria Schmidt"));
  // A document's title is no name, nor a firm's.
  EXPECT_EQ(Found("Quarterly Report Final.pdf\n").find("PERSON"), std::string::npos);
  EXPECT_EQ(Found("Invoice Smith Holdings.pdf\n").find("PERSON"), std::string::npos);
}

TEST(RecordFields, ATownLeftOrADepotIsAPlace) {
  EXPECT_TRUE(Has("Nouvelles du quartier\n\nTh\xc3\xa9o quitte Montpellier pour Lyon.\n", "LOCATION", "Montpellier"));
  EXPECT_TRUE(Has("Driver: Sipho  0048 22 911 71 38\nDepot: Bilbao   Vehicle: MZ-SS 8046\n", "LOCATION", "Bilbao"));
}

TEST(RecordFields, AnElectronicSignatureAfterSlashSIsAPerson) {
  EXPECT_TRUE(Has("Signature: /s/ Yuqi Wang   Date: 1 October 2022\n", "PERSON", "Yuqi Wang"));
  EXPECT_EQ(Found("GET /s/ HTTP/1.1\n").find("PERSON"), std::string::npos);
}

TEST(RecordFields, ATownInCapitalsAfterItsPostalCodeIsAPlace) {
  EXPECT_TRUE(Has("186 impasse des Acacias, 10051 MARSEILLE\n", "LOCATION", "MARSEILLE"));
  EXPECT_TRUE(Has("Lange Voorhout 3\n  3120 HH  GRONINGEN\n", "LOCATION", "GRONINGEN"));
  EXPECT_EQ(Found("build 10051 FAILED\n").find("LOCATION"), std::string::npos);
}

TEST(RecordFields, IrcSpeakersInAngleBracketsAreNamed) {
  const std::string irc =
      "[08:19] <Anna> lol\n[08:22] <Maria Schmidt> we met at the office\n"
      "[08:25] <Anna> ok\n[08:29] <Maria Schmidt> see you\n";
  EXPECT_TRUE(Has(irc, "PERSON", "Maria Schmidt")) << Found(irc);
}

TEST(RecordFields, TheTownBeforeAStateAndItsPostalCodeIsAPlace) {
  EXPECT_TRUE(Has("    75 Smith Street\n    Fitzroy VIC 3065\n", "LOCATION", "Fitzroy"));
  EXPECT_TRUE(Has("    Unit 1, 292 Coonan Road\n    Newtown NSW 2042, Australia\n", "LOCATION", "Newtown"));
  // A state's code and a number in a sentence is no address's end.
  EXPECT_EQ(Found("we shipped VIC 3065 units today\n").find("LOCATION"), std::string::npos);
}

TEST(RecordFields, ANameInAFirmsNameBeforeItsLegalFormIsNoPerson) {
  EXPECT_EQ(Found("Will someone from Maison Vautrin SARL confirm the venue?\n").find("PERSON"),
            std::string::npos);
  EXPECT_EQ(Found("Addebito SDD Fratelli Ravasi S.p.A. 829,09\n").find("PERSON"), std::string::npos);
}

TEST(RecordFields, ChatSpeakersAfterATimeStampAndBeforeTheirRoleAreNamed) {
  const std::string chat =
      "04:23 Sabine (Kundenservice): Hallo Lukas, wie kann ich helfen?\n"
      "04:25 Lukas Hartmann: Meine Bestellung ist nicht angekommen.\n"
      "04:25 Sabine (Kundenservice): Bitte bestaetigen Sie die E-Mail.\n"
      "04:26 Lukas Hartmann: Gerne, einen Moment.\n";
  EXPECT_TRUE(Has(chat, "PERSON", "Sabine")) << Found(chat);
  EXPECT_FALSE(Has(chat, "PERSON", "Kundenservice")) << Found(chat);
  const std::string brackets =
      "[6:08 AM] Aoife (Support): Hi Conor, how can I help?\n"
      "[6:09 AM] Conor Walsh: My order has not arrived.\n"
      "[6:11 AM] Aoife (Support): Can you confirm the address?\n"
      "[6:12 AM] Conor Walsh: Sure.\n";
  EXPECT_TRUE(Has(brackets, "PERSON", "Aoife")) << Found(brackets);
}

TEST(RecordFields, AChatMentionOfANameFoundElsewhereIsThePerson) {
  const std::string chat =
      "[01:00] Liisa Virtanen: @Ville kiitos vielä\n"
      "[01:05] Ville Korhonen: ok\n"
      "[01:18] Wout Willems: @Ville laitoin tiimin kopioksi\n"
      "[01:20] Liisa Virtanen: mail me at ville@corp.example\n";
  const std::string found = Found(chat);
  EXPECT_NE(found.find("PERSON[Ville] "), std::string::npos) << found;
  EXPECT_EQ(found.find("PERSON[ville]"), std::string::npos) << found;
}

TEST(RecordFields, PeopleListedUnderAListLabelAreNamedOnceOneIsKnown) {
  EXPECT_TRUE(Has("To: Nadine Brunner; Achieng Mwangi\nCc: x\n", "PERSON", "Achieng Mwangi"));
  const std::string invite = "Attendees:\n  \xe2\x80\xa2 Liam Belanger\n  \xe2\x80\xa2 Ito Daiki\n\nJoin\n";
  EXPECT_TRUE(Has(invite, "PERSON", "Ito Daiki")) << Found(invite);
  // A list of teams is no list of people.
  const std::string teams = "To: Finance Team; Legal Department\n";
  EXPECT_EQ(Found(teams).find("PERSON"), std::string::npos) << Found(teams);
}

TEST(RecordFields, RecurringLineLabelsOfAChatWithAKnownNameAreSpeakers) {
  const std::string chat =
      "Оксана: спроси у Chiara\n"
      "Chiara: мой номер не работает\n"
      "Тарас: ок, посмотрю\n"
      "Оксана: договорились\n"
      "Тарас: уже еду\n"
      "Chiara: спасибо\n";
  EXPECT_TRUE(Has(chat, "PERSON", "Оксана")) << Found(chat);
  EXPECT_TRUE(Has(chat, "PERSON", "Тарас")) << Found(chat);
  // Field labels of records recur too, but none is a name.
  const std::string records =
      "Status: open ticket\nOwner: platform team\nStatus: closed ticket\nOwner: data team\n";
  EXPECT_EQ(Found(records).find("PERSON"), std::string::npos) << Found(records);
  // Acronyms and lower-case handles are no speakers' names.
  const std::string mixed =
      "Chiara: hi there\nIBAN: DE89 3704 0044 0532 0130 00\nyuki: ok then\nChiara: thanks\n"
      "IBAN: GB82 WEST 1234 5698 7654 32\nyuki: bye now\n";
  EXPECT_FALSE(Has(mixed, "PERSON", "IBAN")) << Found(mixed);
  EXPECT_FALSE(Has(mixed, "PERSON", "yuki")) << Found(mixed);
}

TEST(RecordFields, OtherMentionsOfANameFoundOnceArePersonsToo) {
  const std::string obituary =
      "To: Imani Odhiambo <imani.odhiambo@mail.example>\n\nBorn in Moose Jaw, Imani spent her "
      "twenties on the coast. Everyone knew Odhiambo's laugh.";
  EXPECT_TRUE(Has(obituary, "PERSON", "Imani")) << Found(obituary);
  EXPECT_TRUE(Has(obituary, "PERSON", "Odhiambo")) << Found(obituary);
  // A name written in lower case matches its lower-case mentions; a capitalised one does not
  // (a login: "uid: imani").
  const std::string chat = "Tuula Mäkinen: kiitos\nuid: tuula\nsanna virtanen, sanna.virtanen@x.example\n"
                           "kiitos sanna ja päivi";
  EXPECT_FALSE(Has(chat, "PERSON", "tuula")) << Found(chat);
  EXPECT_TRUE(Has(chat, "PERSON", "sanna")) << Found(chat);
}

TEST(RecordFields, AMentionInAFirmsNameAndEverydayWordsAreNoPersons) {
  const std::string crm =
      "To: Dedrick Lockman <dedrick.lockman@proton.example>\nAccount: Lockman Group, Bradtke - "
      "Lockman\nDear Dedrick, see you in March.\nVan der Berg: Jan der Linden";
  EXPECT_TRUE(Has(crm, "PERSON", "Dedrick")) << Found(crm);
  EXPECT_EQ(Found(crm).find("PERSON[Lockman] "), std::string::npos) << Found(crm);
  EXPECT_FALSE(Has(crm, "PERSON", "March")) << Found(crm);
}

TEST(RecordFields, AColumnMostlyOfNamesGivesItsOtherNameShapedCells) {
  const std::string csv =
      "Record,Contact,E-mail,Owner,Created\n"
      "cus_1,Gianluca Fontana,gf@mail.example,Pieter Visser,20/06/2026\n"
      "cus_2,Thibault Marchand,tm@mail.example,Μαρία,03/11/2025\n"
      "cus_3,Nguyễn Minh Tuấn,nmt@mail.example,Pieter,2023-05-22\n"
      "cus_4,Thibault Carpentier,tc@mail.example,Anna Schmidt,28/11/2022\n";
  EXPECT_TRUE(Has(csv, "PERSON", "Μαρία")) << Found(csv);
  EXPECT_TRUE(Has(csv, "PERSON", "Pieter")) << Found(csv);
  // The header's cells are no names, though they sit in the column.
  EXPECT_FALSE(Has(csv, "PERSON", "Owner")) << Found(csv);
  EXPECT_FALSE(Has(csv, "PERSON", "Contact")) << Found(csv);
}

TEST(RecordFields, AColumnOfTownsGivesTheTownsTheGazetteerLacks) {
  const std::string csv =
      "1;+49 30 1234567;Berlin\n"
      "2;+49 40 7654321;Hamburg\n"
      "3;+49 89 2345678;Kleinwalsertal\n"
      "4;+49 221 345678;Köln\n";
  EXPECT_TRUE(Has(csv, "LOCATION", "Kleinwalsertal")) << Found(csv);
}

TEST(RecordFields, AColumnOfPlacesGivesItsStreetLinesButNoIdentifiers) {
  const std::string csv =
      "1;Hauptstraße 5;+49 30 1234567\n"
      "2;Kalverstraat 92;+31 20 7654321\n"
      "3;Kerkstraat 187 A;+31 20 1234567\n"
      "4;Via Roma 12;+39 06 1234567\n"
      "5;ref 0c860b79-503c-43cd;+39 06 7654321\n";
  EXPECT_TRUE(Has(csv, "LOCATION", "Kerkstraat 187 A")) << Found(csv);
  EXPECT_EQ(Found(csv).find("0c860b79"), std::string::npos) << Found(csv);
}

TEST(RecordFields, PlaceholdersAndCompaniesInANameColumnStayUnmarked) {
  const std::string sql =
      "INSERT INTO users VALUES\n"
      "(1, 'Dmitri Morozov', 'dm@corp.example', '2026-01-01'),\n"
      "(2, 'Ayesha Siddiqui', 'as@corp.example', '2026-01-02'),\n"
      "(3, 'test user', 'qa@corp.example', '2026-01-03'),\n"
      "(4, 'Hooli Cloud', 'ops@corp.example', '2026-01-04'),\n"
      "(5, 'Joanna Kowalska', 'jk@corp.example', '2026-01-05');\n";
  EXPECT_TRUE(Has(sql, "PERSON", "Dmitri Morozov")) << Found(sql);
  EXPECT_FALSE(Has(sql, "PERSON", "test user")) << Found(sql);
  EXPECT_FALSE(Has(sql, "PERSON", "Hooli Cloud")) << Found(sql);
}

TEST(RecordFields, AColumnOfAnAlignedTableCountsLikeADelimitedOne) {
  const std::string statement =
      "23.11.2023  Gutschrift    Anna Schmidt        DE89 3704 0044 0532 0130 00  EUR 12.00\n"
      "24.11.2023  Lastschrift   Pieter Visser       NL91 ABNA 0417 1643 00  EUR 8.50\n"
      "26.11.2023  Lastschrift   YUTO WATANABE       GB82 WEST 1234 5698 7654 32  EUR 3.10\n"
      "27.11.2023  Gutschrift    Thibault Marchand   FR14 2004 1010 0505 0001 3M02 606  EUR 1.00\n";
  EXPECT_TRUE(Has(statement, "PERSON", "YUTO WATANABE")) << Found(statement);
  // The indentation of a list is no column.
  const std::string list = "  Anna Schmidt | +49 30 1234567\n  Pieter Visser | +31 20 1234567\n"
                           "  Amsterdam Office | +31 20 7654321\n";
  EXPECT_FALSE(Has(list, "PERSON", "Amsterdam Office")) << Found(list);
}

TEST(RecordFields, ARowOfFewerCellsEndsTheTable) {
  // Two rows of three cells under a sentence with two commas: no table of three rows.
  const std::string text =
      "We met Anna Schmidt, the new lead, on Monday\n"
      "1,Pieter Visser,+31 20 123 4567\n"
      "2,Marloes,+31 20 765 4321\n";
  EXPECT_FALSE(Has(text, "PERSON", "Marloes")) << Found(text);
}

TEST(RecordFields, ANumberColumnTheHeaderNamesGivesItsEntity) {
  PiiOptions o;
  o.entities = {"PERSON", "LOCATION", "PHONE_NUMBER", "DATE_TIME", "US_BANK_NUMBER", "US_PASSPORT",
                "US_DRIVER_LICENSE"};
  const auto numbers = CreatePiiDetector(o).value();
  const auto Found = [&](std::string_view text) { return FoundBy(*numbers, text); };
  const auto Has = [&](std::string_view text, std::string_view entity, std::string_view value) {
    return Found(text).find(std::string(entity) + "[" + std::string(value) + "]") !=
           std::string::npos;
  };
  const std::string table =
      "=> \\copy (SELECT full_name, dl_number, passport_no, acct_no, city FROM kyc LIMIT 3) TO STDOUT\n"
      "full_name,dl_number,passport_no,acct_no,city\n"
      "\"Jonas Berg\",W357-691-54-905-1,813640369,5835388523,Des Moines\n"
      "\"Maria Lopez\",H8078349,X51473345,86658141381646827,Providence\n"
      "\"Ahmed Nasser\",99422182,,72049043723,Baltimore\n";
  EXPECT_TRUE(Has(table, "US_DRIVER_LICENSE", "W357-691-54-905-1")) << Found(table);
  EXPECT_TRUE(Has(table, "US_DRIVER_LICENSE", "99422182")) << Found(table);
  EXPECT_TRUE(Has(table, "US_PASSPORT", "X51473345")) << Found(table);
  EXPECT_TRUE(Has(table, "US_BANK_NUMBER", "5835388523")) << Found(table);
  EXPECT_TRUE(Has(table, "US_BANK_NUMBER", "86658141381646827")) << Found(table);
  // Not a column of the table: the numbers of the command above it stay.
  EXPECT_EQ(Found(table).find("[3]"), std::string::npos) << Found(table);
}

TEST(RecordFields, AQuotedFamilyCommaGivenCellOfARowIsAPerson) {
  const std::string rows =
      "E71943,\"Casta\u00f1eda, Citlali\",233-42-0800,Illinois,$17,069.49\n"
      "E69450,\"Jennings, Carl\",453-00-4014,Florida,$5,109.21\n";
  EXPECT_TRUE(Has(rows, "PERSON", "Casta\u00f1eda, Citlali")) << Found(rows);
  EXPECT_TRUE(Has(rows, "PERSON", "Jennings, Carl")) << Found(rows);
  const std::string aligned =
      "Rx#       Patient             Drug\n7554671   Reyes, Kristine   adderall XR 20mg #30\n"
      "Patient: Banerjee, Pooja   NHS No: 654 450 1060\n";
  EXPECT_TRUE(Has(aligned, "PERSON", "Reyes, Kristine")) << Found(aligned);
  EXPECT_TRUE(Has(aligned, "PERSON", "Banerjee, Pooja")) << Found(aligned);
  // In running prose the same shape is a sentence's.
  const std::string prose = "We met in Brighton, Harper said, and left early.\n";
  EXPECT_FALSE(Has(prose, "PERSON", "Brighton, Harper")) << Found(prose);
  // A town and its state, an organisation, or a cell with a digit are not.
  const std::string others =
      "1,\"Springfield, Illinois\",x\n2,\"Acme Holdings, Inc\",y\n3,\"Carl, 42\",z\n";
  EXPECT_EQ(Found(others).find("PERSON"), std::string::npos) << Found(others);
}

TEST(RecordFields, ANewsItemsDatelineNamesItsPlace) {
  const std::string news = "Local news\n\nHay-on-Wye, July 23, 2025 \u2014 Volunteers cleared the path.\n";
  EXPECT_TRUE(Has(news, "LOCATION", "Hay-on-Wye")) << Found(news);
  const std::string uk = "\u041f\u043e\u0434\u0456\u043b, 14 \u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434\u0430 2022 \u0440. \u2014 \u0422\u0435\u043a\u0441\u0442.\n";
  EXPECT_TRUE(Has(uk, "LOCATION", "\u041f\u043e\u0434\u0456\u043b")) << Found(uk);
  // A heading with a note in parentheses is no place.
  const std::string vm = "Voicemail (auto-transcribed, confidence 0.81) \u2014 hello\n";
  EXPECT_EQ(Found(vm).find("LOCATION"), std::string::npos) << Found(vm);
}

TEST(RecordFields, AColumnItsHeaderNamesHoldsNamesAndPlacesInAnyScript) {
  // psql prints the header above a rule line; nothing in the cells says what they are.
  const std::string_view table =
      " number  |   name          |  ship_city      |  total\n"
      "---------+-----------------+-----------------+--------\n"
      " A845885 | Дарья Козлова   | Москва          | 8932\n"
      " CMD-610 | Theresa Steiner | Санкт-Петербург | 995\n"
      " BST-616 | ქეთევან ბერიძე  | Västerås        | 2264\n";
  EXPECT_TRUE(Has(table, "LOCATION", "Москва")) << Found(table);
  EXPECT_TRUE(Has(table, "LOCATION", "Санкт-Петербург")) << Found(table);
  EXPECT_TRUE(Has(table, "LOCATION", "Västerås")) << Found(table);
  // "name" is weak: it counts because a name in it was found whole.
  EXPECT_TRUE(Has(table, "PERSON", "Дарья Козлова")) << Found(table);
  EXPECT_TRUE(Has(table, "PERSON", "ქეთევან ბერიძე")) << Found(table);
  EXPECT_FALSE(Has(table, "PERSON", "name")) << Found(table);
  EXPECT_FALSE(Has(table, "LOCATION", "ship_city")) << Found(table);
}

TEST(RecordFields, HeadersInOtherLanguagesNameTheirColumns) {
  const std::string_view csv =
      "Studente;Genitore;Telefono;Voto\n"
      "Zhou Jun;王浩然;139 8253 6824;8\n"
      "孙丽;赵磊;+86 137 1009 3268;7\n"
      "张子轩;黄杰;+86 138 6349 8000;9\n";
  EXPECT_TRUE(Has(csv, "PERSON", "王浩然")) << Found(csv);
  EXPECT_TRUE(Has(csv, "PERSON", "孙丽")) << Found(csv);
  EXPECT_TRUE(Has(csv, "PERSON", "黄杰")) << Found(csv);
  EXPECT_FALSE(Has(csv, "PERSON", "8")) << Found(csv);
  const std::string_view md =
      "| Học sinh | Phụ huynh | Địa chỉ |\n|---|---|---|\n"
      "| Lê Thu Ngọc | Nguyễn Hữu Hùng | 12 Lý Thường Kiệt |\n"
      "| Trần Quốc Quân | Võ Đức Phúc | 8 Hai Bà Trưng |\n";
  EXPECT_TRUE(Has(md, "PERSON", "Lê Thu Ngọc")) << Found(md);
  EXPECT_TRUE(Has(md, "PERSON", "Võ Đức Phúc")) << Found(md);
  EXPECT_TRUE(Has(md, "LOCATION", "8 Hai Bà Trưng")) << Found(md);
}

TEST(RecordFields, AWeakOrForeignHeaderNamesNothingWithoutEvidence) {
  // A product list's "name", a team "owner", a cloud "region": nothing found whole there.
  const std::string_view pods =
      "name,owner,region,email\n"
      "Grafana,sales-emea,eu-west-1,ops@example.com\n"
      "Coredns,platform,us-east-2,ops@example.com\n"
      "Vaultwarden,Contoso Health,ap-south-1,ops@example.com\n";
  EXPECT_FALSE(Has(pods, "PERSON", "Grafana")) << Found(pods);
  EXPECT_FALSE(Has(pods, "PERSON", "Vaultwarden")) << Found(pods);
  EXPECT_FALSE(Has(pods, "PERSON", "Contoso Health")) << Found(pods);
  EXPECT_FALSE(Has(pods, "LOCATION", "eu-west-1")) << Found(pods);
  // A vendor list's generic "name" beside its "contact" column: the firm is no person.
  const std::string_view vendors =
      "vendor_no|name|contact|city\n"
      "126957|Nimbus Pay|Fang Zhou|Cardiff\n"
      "126958|Brightwater Logistics|Thanaphon Wongthai|Leeds\n"
      "126959|Okapi Retail|Omar Barakat|York\n";
  EXPECT_FALSE(Has(vendors, "PERSON", "Nimbus Pay")) << Found(vendors);
  EXPECT_TRUE(Has(vendors, "PERSON", "Thanaphon Wongthai")) << Found(vendors);
  // Placeholders and totals under a named column stay.
  const std::string_view places =
      "city;country;sum\nRemote;Chile;3\nxxxx;Peru;4\nTotal;;7\nValparaíso;Chile;1\n";
  EXPECT_FALSE(Has(places, "LOCATION", "Remote")) << Found(places);
  EXPECT_FALSE(Has(places, "LOCATION", "xxxx")) << Found(places);
  EXPECT_FALSE(Has(places, "LOCATION", "Total")) << Found(places);
  EXPECT_TRUE(Has(places, "LOCATION", "Valparaíso")) << Found(places);
}

TEST(RecordFields, AnSqlInsertsColumnsNameItsValues) {
  // The statement's column list, and a dump's CREATE TABLE for an INSERT without one.
  const std::string_view sql =
      "INSERT INTO members (id, first_name, last_name, town) VALUES "
      "(1, 'Ngozi', 'Okonkwo-Bello', 'Ifẹ'), (2, '美咲', '吉田', '札幌市');\n"
      "CREATE TABLE `guardians` (\n  `id` int NOT NULL,\n  `full_name` varchar(80),\n"
      "  `address` varchar(200),\n  PRIMARY KEY (`id`)\n);\n"
      "INSERT INTO `guardians` VALUES (7,'Αντώνης Παπαδάκης','Ακαδημίας 180');\n";
  EXPECT_TRUE(Has(sql, "PERSON", "Ngozi")) << Found(sql);
  EXPECT_TRUE(Has(sql, "PERSON", "Okonkwo-Bello")) << Found(sql);
  EXPECT_TRUE(Has(sql, "PERSON", "美咲")) << Found(sql);
  EXPECT_TRUE(Has(sql, "PERSON", "吉田")) << Found(sql);
  EXPECT_TRUE(Has(sql, "LOCATION", "Ifẹ")) << Found(sql);
  EXPECT_TRUE(Has(sql, "LOCATION", "札幌市")) << Found(sql);
  EXPECT_TRUE(Has(sql, "PERSON", "Αντώνης Παπαδάκης")) << Found(sql);
  EXPECT_TRUE(Has(sql, "LOCATION", "Ακαδημίας 180")) << Found(sql);
}

TEST(RecordFields, AFieldItsKeyNamesHoldsANameOrAPlaceInAnyFormat) {
  const std::string_view json =
      R"({"id": 7, "city": "香港島", "street": "ul. Kwiatowa 122/9", "apellido": "Núñez"})";
  EXPECT_TRUE(Has(json, "LOCATION", "香港島")) << Found(json);
  EXPECT_TRUE(Has(json, "LOCATION", "ul. Kwiatowa 122/9")) << Found(json);
  EXPECT_TRUE(Has(json, "PERSON", "Núñez")) << Found(json);
  const std::string_view xml =
      "<Address><Street>Невский пр-т, д. 125</Street><City>Екатеринбург</City></Address>\n"
      "<home city=\"Namur\">x</home>";
  EXPECT_TRUE(Has(xml, "LOCATION", "Невский пр-т, д. 125")) << Found(xml);
  EXPECT_TRUE(Has(xml, "LOCATION", "Екатеринбург")) << Found(xml);
  EXPECT_TRUE(Has(xml, "LOCATION", "Namur")) << Found(xml);
  const std::string_view lines =
      "-[ RECORD 1 ]-------\ncity       | St. Gallen\n"
      "*************************** 1. row ***************************\n"
      "        city: 臺北市信義區\nŞehir: Bursa\n";
  EXPECT_TRUE(Has(lines, "LOCATION", "St. Gallen")) << Found(lines);
  EXPECT_TRUE(Has(lines, "LOCATION", "臺北市信義區")) << Found(lines);
  EXPECT_TRUE(Has(lines, "LOCATION", "Bursa")) << Found(lines);
}

TEST(RecordFields, AKeysValueWithoutTheShapeOrCapitalsIsLeftAlone) {
  const std::string_view config =
      "address: localhost\naddress: db.internal\nrecipient: noreply-bot\n"
      "\"issuing_country\": \"USA\"\ncity: ${CITY}\nname: Grafana\nlocation: eu-west-1\n";
  const std::string found = Found(config);
  EXPECT_EQ(found.find("localhost"), std::string::npos) << found;
  EXPECT_EQ(found.find("db.internal"), std::string::npos) << found;
  EXPECT_EQ(found.find("noreply-bot"), std::string::npos) << found;
  EXPECT_EQ(found.find("USA"), std::string::npos) << found;
  EXPECT_EQ(found.find("CITY"), std::string::npos) << found;
  EXPECT_EQ(found.find("Grafana"), std::string::npos) << found;
  EXPECT_EQ(found.find("eu-west"), std::string::npos) << found;
}

TEST(RecordFields, ADataFramesHeaderOverItsIndexNamesTheColumns) {
  const std::string_view frame =
      "                   name                 email        city\n"
      "0        Götz Hoffmann     gotz80@posta.test    Kilkenny\n"
      "1                 李丽   li_li@barid.example  杭州市西湖区\n"
      "2    Katharina Pichler  kp@sahm.test          Klagenfurt\n";
  EXPECT_TRUE(Has(frame, "LOCATION", "Kilkenny")) << Found(frame);
  EXPECT_TRUE(Has(frame, "LOCATION", "杭州市西湖区")) << Found(frame);
  EXPECT_TRUE(Has(frame, "PERSON", "李丽")) << Found(frame);
  // The same rows saved in a notebook's JSON: each a string ending in an escaped line break.
  const std::string_view saved =
      "      \"   full_name  email  city\\n\",\n"
      "      \"0  Shira Azoulay  shira4@sahm.test  Haifa\\n\",\n"
      "      \"1  Kiss Dániel  daniel21@net.example  באר שבע\\n\",\n"
      "      \"2  דוד ביטון  davidbiton@pochta.test  ירושלים\\n\"\n";
  EXPECT_TRUE(Has(saved, "LOCATION", "באר שבע")) << Found(saved);
  EXPECT_TRUE(Has(saved, "LOCATION", "ירושלים")) << Found(saved);
  EXPECT_TRUE(Has(saved, "PERSON", "דוד ביטון")) << Found(saved);
}

TEST(RecordFields, FormatsThatTagTheirFieldsGiveTheirPlacesAndNames) {
  const std::string_view gedcom =
      "0 @I16@ INDI\n1 NAME Jan /Novák/\n1 BIRT\n2 DATE 26 OCT 1899\n2 PLAC Holašovice\n";
  EXPECT_TRUE(Has(gedcom, "LOCATION", "Holašovice")) << Found(gedcom);
  const std::string_view ics =
      "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Stand-up\nLOCATION:Πήλιο\nEND:VEVENT\n"
      "BEGIN:VEVENT\nLOCATION:Microsoft Teams Meeting\nEND:VEVENT\n"
      "BEGIN:VEVENT\nLOCATION:https://meet.example/abc\nEND:VEVENT\nEND:VCALENDAR\n";
  EXPECT_TRUE(Has(ics, "LOCATION", "Πήλιο")) << Found(ics);
  EXPECT_EQ(Found(ics).find("Teams"), std::string::npos) << Found(ics);
  EXPECT_EQ(Found(ics).find("meet.example"), std::string::npos) << Found(ics);
  const std::string_view hl7 =
      "MSH|^~\\&|LAB|HOSP|||202401011200||ADT^A01|123|P|2.5\n"
      "PID|1||12345^^^HOSP||Adeyemi^Oluwaseun^T||19790706|M|||3512 Pine Ridge Rd^^Portland^OR^97201^US\n";
  EXPECT_TRUE(Has(hl7, "PERSON", "Adeyemi")) << Found(hl7);
  EXPECT_TRUE(Has(hl7, "PERSON", "Oluwaseun")) << Found(hl7);
  EXPECT_TRUE(Has(hl7, "LOCATION", "3512 Pine Ridge Rd")) << Found(hl7);
  EXPECT_TRUE(Has(hl7, "LOCATION", "Portland")) << Found(hl7);
  EXPECT_FALSE(Has(hl7, "PERSON", "T")) << Found(hl7);
}

TEST(RecordFields, APlaceInTheLocativeAfterInOrOnIsAPlace) {
  const std::string_view cs = "Odpoledne procházka v Lucerně, pak káva. Prababička se narodila v Českém Krumlově.";
  EXPECT_TRUE(Has(cs, "LOCATION", "Lucerně")) << Found(cs);
  EXPECT_TRUE(Has(cs, "LOCATION", "Českém Krumlově")) << Found(cs);
  const std::string_view uk = "Прабабуся народилася на Борщагівці, потім жила в Москве.";
  EXPECT_TRUE(Has(uk, "LOCATION", "Борщагівці")) << Found(uk);
  EXPECT_TRUE(Has(uk, "LOCATION", "Москве")) << Found(uk);
  // A brand, a person in the accusative, a lower-case word: no place.
  const std::string_view no = "Napsala to na Facebooku. Čekáme na Petra. Жду на Ивана. Je to v pořádku.";
  const std::string found = Found(no);
  EXPECT_EQ(found.find("Facebook"), std::string::npos) << found;
  EXPECT_EQ(found.find("LOCATION[Petra]"), std::string::npos) << found;
  EXPECT_EQ(found.find("LOCATION[Ивана]"), std::string::npos) << found;
}

TEST(RecordFields, ABrandNamedAfterAPersonIsNoPerson) {
  const std::string_view statement =
      "2021-05-25  POS Tommy Hilfiger  -7706 Ft\n2021-05-27  CARD Jack Daniel’s  -54.90\n"
      "2021-05-28  Transfer to Tommy Hilfinger  -10.00\n";
  const std::string found = Found(statement);
  EXPECT_EQ(found.find("PERSON[Tommy Hilfiger]"), std::string::npos) << found;
  EXPECT_EQ(found.find("Jack Daniel"), std::string::npos) << found;
  EXPECT_NE(found.find("PERSON[Tommy Hilfinger]"), std::string::npos) << found;
}

}  // namespace
}  // namespace mcpgw::guards::pii

namespace mcpgw::guards::pii {
namespace {

TEST(RecordFields, AKnownPlaceInACaseFormIsAPlace) {
  EXPECT_TRUE(Has("Hotel w Poznaniu polecił nam Grzegorz.", "LOCATION", "Poznaniu"))
      << Found("Hotel w Poznaniu polecił nam Grzegorz.");
  EXPECT_TRUE(Has("Reggel vonattal indultunk Pécsről Debrecenbe.", "LOCATION", "Debrecenbe"))
      << Found("Reggel vonattal indultunk Pécsről Debrecenbe.");
  EXPECT_TRUE(Has("Polícia zadržala Petra H. v Košiciach.", "LOCATION", "Košiciach"))
      << Found("Polícia zadržala Petra H. v Košiciach.");
  // Words at a sentence's start with a short stem, English words and adjectives of places,
  // and a one-letter ending on a town that is no major city, are none.
  EXPECT_FALSE(Has("Moja sąsiadka Agnieszka", "LOCATION", "Moja")) << Found("Moja sąsiadka Agnieszka");
  EXPECT_FALSE(Has("The Romans came.", "LOCATION", "Romans")) << Found("The Romans came.");
  EXPECT_FALSE(Has("is a Korean cellist", "LOCATION", "Korean")) << Found("is a Korean cellist");
  EXPECT_FALSE(Has("Menu: Hyderabadi biryani", "LOCATION", "Hyderabadi")) << Found("Menu: Hyderabadi biryani");
  EXPECT_FALSE(Has("lavora da Kanto Logistics. Grazie mille", "LOCATION", "Grazie"))
      << Found("lavora da Kanto Logistics. Grazie mille");
}

TEST(RecordFields, ATurkishPlaceSuffixedAfterAnApostropheIsAPlace) {
  EXPECT_TRUE(Has("Şüpheli Gülşen Öztürk Mardin'de gözaltına alındı.", "LOCATION", "Mardin"))
      << Found("Şüpheli Gülşen Öztürk Mardin'de gözaltına alındı.");
  EXPECT_TRUE(Has("Merhaba Burak! Gaziantep'ten selamlar, görüşürüz", "LOCATION", "Gaziantep"))
      << Found("Merhaba Burak! Gaziantep'ten selamlar, görüşürüz");
}

}  // namespace
}  // namespace mcpgw::guards::pii
