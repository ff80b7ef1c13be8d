#include "guards/pii/name_recognizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "guards/pii/pii_detector.h"

namespace mcpgw::guards::pii {
namespace {

// The detections in `text` whose entity is one of `shown`, as "ENTITY:text ".
std::string Render(const Detector& detector, std::string_view text,
                   std::initializer_list<std::string_view> shown) {
  std::vector<Detection> out;
  detector.Scan(text, out);
  std::string s;
  for (const Detection& d : out) {
    if (std::find(shown.begin(), shown.end(), d.entity) == shown.end()) continue;
    s += std::string(d.entity) + ":" + std::string(text.substr(d.begin, d.end - d.begin)) + " ";
  }
  return s;
}

std::string Found(std::string_view text) {
  static const auto detector = [] {
    PiiOptions o;
    o.entities = {"PERSON", "LOCATION", "EMAIL_ADDRESS"};
    return CreatePiiDetector(o).value();
  }();
  return Render(*detector, text, {"PERSON", "LOCATION"});
}

struct Case {
  std::string_view rule;
  std::string_view text;
  std::string_view want;
};

TEST(NameRecognizer, RulesForPersonAndLocation) {
  const Case cases[] = {
      {"first and last name", "Dear Michael Thompson, welcome", "PERSON:Michael Thompson "},
      {"title before a surname", "Mr. Patel will call", "PERSON:Patel "},
      {"lone name after a greeting", "Hi Sarah, thanks", "PERSON:Sarah "},
      {"lone name without evidence", "Sarah", ""},
      {"table cells first,last", "1001,Maria,Gonzalez,maria@example.com",
       "PERSON:Maria PERSON:Gonzalez "},
      {"field label", "{\"owner\": \"Marco\"}", "PERSON:Marco "},
      {"table column header", "id,first_name,city\n7,Nora,Oslo\n", "PERSON:Nora LOCATION:Oslo "},
      {"particles", "Ludwig van Beethoven wrote it", "PERSON:Ludwig van Beethoven "},
      {"Gaelic particle with a capital", "Hi Gráinne Ó Murchú,\nthanks",
       "PERSON:Gráinne Ó Murchú "},
      {"Gaelic particle in an address's name", "To: Siobhán Mhic Aodha <sma@mail.example>",
       "PERSON:Siobhán Mhic Aodha "},
      {"greeting with a comma after it", "Здравствуйте, Дмитрий,\nспасибо", "PERSON:Дмитрий "},
      {"country", "customers in Germany", "LOCATION:Germany "},
      {"small town after a place's preposition", "she grew up in Hexham", "LOCATION:Hexham "},
      {"itinerary leg before an arrow", "AF1078  Cardiff \xe2\x86\x92 Nairobi  2023-08-24",
       "LOCATION:Cardiff LOCATION:Nairobi "},
      {"whereabouts verb in Swahili", "Mwangi alizaliwa Eldoret na aliishi kando.",
       "LOCATION:Eldoret "},
      {"unknown place after settling in", "before settling in Shoreditch.", "LOCATION:Shoreditch "},
      {"a first name before what a life holds", "Born in 1950, Imani spent her twenties abroad.",
       "PERSON:Imani "},
      {"a first name after knew", "Everyone in the valley knew Hamish; he had moved there.",
       "PERSON:Hamish "},
      {"a pronoun that is also a family name", "He is survived by his wife.", ""},
      {"a listed family name that is also an English word", "with Aoife Murphy in goal",
       "PERSON:Aoife Murphy "},
      {"two English words are no foreign name", "the Will Price report", ""},
      {"a name written with accents the lists lack", "Ciarán Kavanagh and Aoife Murphy attended",
       "PERSON:Ciarán Kavanagh PERSON:Aoife Murphy "},
      {"a German noun with an umlaut folds to no name", "Neuer Schlüssel für die Testumgebung", ""},
      {"small town alone", "Hexham", ""},
      {"small town after an article", "dinner at the Red Lion in May", ""},
      {"city with context", "she moved to Denver", "LOCATION:Denver "},
      {"multi-word city", "flights to San Francisco", "LOCATION:San Francisco "},
      {"city, state", "Austin, Texas", "LOCATION:Austin LOCATION:Texas "},
      {"everyday word", "Will you send the Report?", ""},
      {"code member access", "const t = Date.now(); Paris.map(x)", ""},
      {"acronyms", "ERROR: URI LANG POST", ""},
      {"camelCase identifier", "class UserService extends BaseService", ""},
      {"inside an email", "anna.schmidt@example.com", ""},
      {"street line", "Address: 10 Downing Street", "LOCATION:10 Downing Street "},
      {"street abbreviation", "lives at 1600 Pennsylvania Ave. NW", "LOCATION:1600 Pennsylvania Ave. NW "},
      {"street in a CSV row", "7,Ann,221 Baker Street,London", "LOCATION:221 Baker Street LOCATION:London "},
      {"month in a syslog line", "user from 10.0.0.1\nMar 15 10:30:45 web sshd[42]: May 3 Sun", ""},
      {"HTTP date", "Date: Mon, 15 Mar 2024 10:30:00 GMT", ""},
      {"time before a capitalised word", "at 10:30 Main Street", ""},
      {"version before a capitalised word", "v1.2 Park Lane", ""},
      {"street then number", "Bitte an Hauptstraße 5, 10115 Berlin",
       "LOCATION:Hauptstraße 5 LOCATION:10115 Berlin "},
      {"street word first", "Indirizzo: Via Roma 12", "LOCATION:Via Roma 12 "},
      {"Dutch street", "Kalverstraat 92", "LOCATION:Kalverstraat 92 "},
      {"city alone in a CSV cell", "1001,ann@example.com,Lyon\n", "LOCATION:Lyon "},
      {"city in a sentence without context", "Lyon is lovely", ""},
      {"date(1) output", "Fri Mar 15 10:30:45 UTC 2024", ""},
      {"Apache log time", "[15/Mar/2024:10:30:45 +0000] \"GET / HTTP/1.1\"", ""},
      {"time zone ids", "tz=America/Chicago, zone: Europe/London, TZ America/New_York", ""},
      {"12-hour time and zone", "Mar 15, 2024 10:30 AM PST; Friday, March 15, 2024", ""},
      {"not a street: time after a word", "Standup 10:30", ""},
      {"not a street: plain word and count", "Waiting 5 minutes", ""},
      {"not a street: a count after a street word", "Via Slack 2 messages", ""},
      {"an apartment after the street", "Address: 2020 N Juniper St, Apt 8\n", "LOCATION:2020 N Juniper St, Apt 8 "},
      {"the town after a street line", "She moved to 3120 Harborview Blvd, Dayton\n",
       "LOCATION:3120 Harborview Blvd, Dayton "},
      {"a month after a place is no town", "id,city,date\n7,Lyon,,Mar 1, 2019\n", "LOCATION:Lyon "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, NamesInGreekCyrillicAndExtendedLatin) {
  const Case cases[] = {
      {"Cyrillic first and last name", "Уважаемый Дмитрий Соколов, добрый день",
       "PERSON:Дмитрий Соколов "},
      {"Greek name in a person field", "customer: Γιώργος Παπαδόπουλος", "PERSON:Γιώργος Παπαδόπουλος "},
      {"a capital from Latin Extended-A starts a word", "assignee: Łukasz Żurawski",
       "PERSON:Łukasz Żurawski "},
      {"Vietnamese letters of Latin Extended Additional; Thu is a name, not Thursday",
       "\"name\": \"Đặng Thu Trang\"", "PERSON:Đặng Thu Trang "},
      {"a letter before the capital keeps it inside a word", "xyzŁukasz Żurawski", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, UnknownNamesNeedAPersonsStructure) {
  const Case cases[] = {
      {"display name of an address", "Author: Otieno Kariuki <okariuki@mail.example>",
       "PERSON:Otieno Kariuki "},
      {"quoted display name", "From: \"Xóchitl Tlapoyawa\" <xt@mail.example>",
       "PERSON:Xóchitl Tlapoyawa "},
      {"a role mailbox's display name is no person", "Kestrel Ingest <noreply@mail.example>", ""},
      {"English words are no unknown name", "Production Cluster <ops-team@mail.example>", ""},
      {"organisation word", "Zentrix Inc <zentrix@mail.example>", ""},
      {"value of a person field", "{\"customer_name\": \"Otieno Kariuki\"}",
       "PERSON:Otieno Kariuki "},
      {"value of a field that names no person", "{\"cluster_name\": \"Zorvath Quellin\"}", ""},
      {"unknown words without structure", "we saw Zorvath Quellin there", ""},
      {"cell of a person column", "id;Name;Email\n7;Otieno Kariuki;ok@mail.example\n",
       "PERSON:Otieno Kariuki "},
      {"quoted cell of a person column", "id,customer,total\n7,\"Otieno Kariuki\",12\n",
       "PERSON:Otieno Kariuki "},
      {"cell of another column", "id,product,total\n7,Zentrix Orbion,12\n", ""},
      {"lone unknown surname in a surname column", "id,surname,forename\n7,Kariuki,Ann\n",
       "PERSON:Kariuki PERSON:Ann "},
      {"lone unknown word under a name label is not enough", "name: Zentrix", ""},
      {"lone unknown given name under its label", "forename: Oisín", "PERSON:Oisín "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, WhoWroteAMessageIsAPerson) {
  const Case cases[] = {
      {"an author whose message is quoted on the next line",
       "[1783263428] Zorvath Quellin:\n> the webhook is failing\n", "PERSON:Zorvath Quellin "},
      {"an author in an uncased script, message on the next line",
       "[2026-04-16T08:43:09.006Z] ნინო გელაშვილი:\n> hello\n", "PERSON:ნინო გელაშვილი "},
      {"an author one of whose words is an everyday word",
       "[2026-06-18T19:02:15.190Z] Saga Lundgren: meet at the office\n", "PERSON:Saga Lundgren "},
      {"a section heading before a quote is no author", "Release Notes:\n> nothing new\n", ""},
      {"WhatsApp export author", "5/5/26, 4:13 PM - Otieno Kariuki: see you at 5", "PERSON:Otieno Kariuki "},
      {"bracketed time, then the author", "[10:05] 김민준: ok", "PERSON:김민준 "},
      {"signature under a delimiter", "Best regards,\n--\nOtieno Kariuki\nTravel Desk\n",
       "PERSON:Otieno Kariuki "},
      {"signature under a German sign-off", "Mit freundlichen Grüßen\nसुनीता वर्मा\n", "PERSON:सुनीता वर्मा "},
      {"signature after a sign-off on its line", "Gracias, Otieno Kariuki", "PERSON:Otieno Kariuki "},
      {"quote header", "Otieno Kariuki wrote:\n> the VPN is down", "PERSON:Otieno Kariuki "},
      {"a field label at a line's start is no author (its value is the address)", "住所: 上海市\n",
       "LOCATION:上海市 "},
      {"a German label at a line's start", "Meine Bankverbindung: siehe unten", ""},
      {"unknown words at a line's start need a time before them", "Zorvath Quellin: hello", ""},
      {"a line under a sign-off that is no name", "Thanks,\nProduction Support\n", ""},
      {"Slack export: the author, two spaces, the time", "ok\n\nOtieno Kariuki  8:57 PM\nmerged",
       "PERSON:Otieno Kariuki "},
      {"Discord export: the author, a dash, the day and time",
       "Otieno Kariuki \xe2\x80\x94 Today at 3:41 PM\nhi", "PERSON:Otieno Kariuki "},
      {"Hangul author of a Slack line", "done\n\n이서연  5:31 PM\nok", "PERSON:이서연 "},
      {"a heading and a time is no author", "Meeting moved  8:57 PM\n", ""},
      {"WeChat export: the author, one blank, the date and time",
       "ok\n\nOtieno Kariuki 2026-04-03 13:41:24\nthe PIN is on the letter", "PERSON:Otieno Kariuki "},
      {"a heading, one blank and a time only is no author", "Release 13:41:24\n", ""},
      {"git blame's author column", "8a6a17e (Otieno Kariuki 2026-02-20 44)     @key = 1",
       "PERSON:Otieno Kariuki "},
      {"a Javadoc author", "/** @author Otieno Kariuki */", "PERSON:Otieno Kariuki "},
      {"a quote header with the date after the verb", "--- Zorvath Quellin wrote (2.5.2025):\nWorks now",
       "PERSON:Zorvath Quellin "},
      {"a quote header with a role before the verb", "--- Zorvath Quellin (customer) wrote:\nHi",
       "PERSON:Zorvath Quellin "},
      {"a label after a log's timestamp", "2026-03-04T10:16:00Z approver: Zorvath Quellin from 203.0.113.9\n",
       "PERSON:Zorvath Quellin "},
      {"a chat author after a Unix time in ms", "1775974204670 Zorvath Quellin: build ok\n",
       "PERSON:Zorvath Quellin "},
      {"a count before a colon is no chat time", "12345 Zorvath Quellin: build ok\n", ""},
      {"a greeting's addressee", "Hallo Otieno Kariuki,\nvielen Dank", "PERSON:Otieno Kariuki "},
      {"a greeting opens its line only", "We said Hallo Zorvath Quellin, then left", ""},
      {"a lower-case greeting opens a chat message",
       "[10:05] Sarah: hey Otieno Kariuki, the build is green", "PERSON:Sarah PERSON:Otieno Kariuki "},
      {"a known first name alone as a chat line's author", "[1738527451808] Sarah: pushed the fix",
       "PERSON:Sarah "},
      {"a Japanese addressee before 様", "高橋 花子 様\n\nこの度は", "PERSON:高橋 花子 "},
      {"a customer honorific is no name", "お客様各位\n", ""},
      {"an author before a dated note", "Otieno Kariuki (15 Jan 2026): rotated", "PERSON:Otieno Kariuki "},
      {"a name after a role word", "dispensed for patient Otieno Kariuki at terminal 4",
       "PERSON:Otieno Kariuki "},
      {"a name after a verb and by", "Approved by Otieno Kariuki on 12 Mar", "PERSON:Otieno Kariuki "},
      {"by after another verb is no role", "Powered by Zorvath Quellin", ""},
      {"a four-word name with particles in a name field", "{\"name\": \"Femke van der Berg\"}",
       "PERSON:Femke van der Berg "},
      {"an uncased name before a column gap", "Patient: תמר מזרחי   NHS number: 1\n",
       "PERSON:תמר מזרחי "},
      {"a quoted reply's signature under a sign-off that opens its line",
       "> Thanks a lot!\n> Otieno Kariuki\n", "PERSON:Otieno Kariuki "},
      {"a signature under a Dutch sign-off", "Met vriendelijke groet,\nOtieno Kariuki\n",
       "PERSON:Otieno Kariuki "},
      {"a signature under a Russian sign-off", "> Большое спасибо!\n> Otieno Kariuki\n",
       "PERSON:Otieno Kariuki "},
      {"a text message signed after a dash", "My new mobile number is 438-596-6491. \xe2\x80\x93 Otieno Kariuki\n",
       "PERSON:Otieno Kariuki "},
      {"a quoted line that is no sign-off", "> The build failed again\n> Zorvath Quellin\n", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, NamesInScriptsWithoutCapitalsNeedAPersonsStructure) {
  const Case cases[] = {
      {"Hangul display name", "From: 박서연 <seoyeon@mail.example>", "PERSON:박서연 "},
      {"Han name in a commit line", "da600373c0 张伟 <zhang-w@mail.example> ci: cache", "PERSON:张伟 "},
      {"Japanese name with a space in a customer field", "{\"customer\": \"佐藤 健太\"}",
       "PERSON:佐藤 健太 "},
      {"Armenian name in a customer column", "id,customer,total\n7,Արամ Պետրոսյան,12\n",
       "PERSON:Արամ Պետրոսյան "},
      {"Arabic name in a patient field", "patient: فاطمة الزهراء\n", "PERSON:فاطمة الزهراء "},
      {"a bare name field names servers as often", "{\"name\": \"服务器\"}", ""},
      {"a role mailbox", "系统通知 <noreply@mail.example>", ""},
      {"a sentence is no name", "customer: 张伟今天下午来办理业务\n", ""},
      {"a run inside a sentence", "patient: 张伟 今天下午来办理业务\n", ""},
      {"a place under a city field", "{\"city\": \"札幌市\", \"country\": \"JP\"}", "LOCATION:札幌市 "},
      {"a place in a country column", "id,name,country\n7,x,ישראל\n", "LOCATION:ישראל "},
      {"a Latin place under a city field", "{\"city\": \"Izmir\", \"zip\": 1}", "LOCATION:Izmir "},
      {"a state field holds statuses", "{\"state\": \"Pending\"}", ""},
      {"a city field's placeholder", "{\"city\": \"Unknown\"}", ""},
      {"a house number, a leading street word and a particle", "home: 18 Rue des Lilas, then",
       "LOCATION:18 Rue des Lilas "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, StructuresOfRecordsLogsAndSentences) {
  const Case cases[] = {
      {"Markdown cells are padded",
       "| contact | city |\n|---|---|\n| Haruka Nakamura | 東京都 |\n| 高橋 健太 | 横浜市 |\n",
       "PERSON:Haruka Nakamura LOCATION:東京都 PERSON:高橋 健太 LOCATION:横浜市 "},
      {"a bare name beside an email address",
       "{\"id\": 4, \"name\": \"ليلى بن علي\", \"email\": \"a@b.example\"}",
       "PERSON:ليلى بن علي "},
      {"a bare name alone still names servers", "{\"id\": 4, \"name\": \"ليلى بن علي\"}", ""},
      {"a commit's author in parentheses",
       "5636ed2c feat: strings (अनीता यादव <user@correo.example>, 2021-01-01)",
       "PERSON:अनीता यादव "},
      {"named by a verb and a date", "> Last updated 8.7.2022 by يوسف حداد\n", "PERSON:يوسف حداد "},
      {"a sentence naming a person goes on", "the key was rotated by 高橋 花子 but not in Vault.",
       "PERSON:高橋 花子 "},
      {"introducing oneself", "Bonjour, ich bin شیرین کریمی. Ma commande", "PERSON:شیرین کریمی "},
      {"Jenkins' user", "Started by user Annegret Hoffmann\nRunning as SYSTEM",
       "PERSON:Annegret Hoffmann "},
      {"a log's person attribute after the name", "INFO [kyc] verified Otieno Kariuki dob=1960-06-14",
       "PERSON:Otieno Kariuki "},
      {"a person's own field allows an everyday word", "{\"full_name\": \"Ji-hoon Park\"}",
       "PERSON:Ji-hoon Park "},
      {"a name then how to reach them", "on-call (রাহেলা চৌধুরী, x@y.example) paged",
       "PERSON:রাহেলা চৌধুরী "},
      {"a field's label before a contact is no name", "メール: x@y.example\n", ""},
      {"a German place column", "Name;Ort;E-Mail\nx;חיפה;x@y.example\n", "LOCATION:חיפה "},
      {"a Markdown chat export's bold author", "**Kamau Wambui** · 21:00\nsee you\n\n**최민준** · 16:28\nthx\n",
       "PERSON:Kamau Wambui PERSON:최민준 "},
      {"exported by", "report.csv (exported by 佐藤 美咲)\n", "PERSON:佐藤 美咲 "},
      {"an account holder's label", "Kontoinhaber: Otieno Kariuki\n", "PERSON:Otieno Kariuki "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, MeetingsPaymentsLogInsAgesAndTheirOwnAddressesNameAPerson) {
  const Case cases[] = {
      {"a follow-up with someone", "Follow-up with Gonçalo Sequeira on 6/13/2020.",
       "PERSON:Gonçalo Sequeira "},
      {"a known first name and a surname no dictionary knows", "The visa for Dolores Quellvarth was approved.",
       "PERSON:Dolores Quellvarth "},
      {"a known first name and an English word need context", "The visa for Dolores Orchard was approved.", ""},
      {"a greeted given name the gazetteer lacks", "[13:12] Henrike: Hallo Zorvaki, das Passwort ist x",
       "PERSON:Henrike PERSON:Zorvaki "},
      {"a list item's greeting", "## Notes\n\n- Cze\xc5\x9b\xc4\x87 Zorvaki, has\xc5\x82o do VPN to x",
       "PERSON:Zorvaki "},
      {"a failed log-in for someone, in any script",
       "WARN  [auth] failed login for 山本 陽菜 from 5.91.195.75 (attempt 5)", "PERSON:山本 陽菜 "},
      {"a transfer to someone", "2021-05-25 SEPA transfer to Harpreet Sandhu DE21470073333807017146",
       "PERSON:Harpreet Sandhu "},
      {"news style sets an age between commas", "Local officials said Otieno Kariuki, 54, had been missing.",
       "PERSON:Otieno Kariuki "},
      {"a number between commas after a place is no age", "We drove to Otieno Road, 12, then left.",
       ""},
      {"a traveller picks someone up", "the flight got cancelled so Siobhan Ní Bhriain picked me up",
       "PERSON:Siobhan Ní Bhriain "},
      {"a name beside its own e-mail address in a table row",
       "0  Gaëtan Beaulieu  gaetan.b98@correo.test  Graz\n", "PERSON:Gaëtan Beaulieu "},
      {"a CSV name cell before its e-mail cell",
       "CUST-272085,Xóchitl Tlapanco,xochitl_tlapanco96@mail.example,+1 808 555 0100\n",
       "PERSON:Xóchitl Tlapanco "},
      {"a team before an address that is not its name", "0  Billing Ops  ap-team@corp.example\n", ""},
      {"met in Arabic", "وصل يوسف القحطاني إلى المطار", "PERSON:يوسف القحطاني "},
      {"a chat line after an ISO time", "2026-12-23T23:12:07Z Otieno Kariuki: build is green\n",
       "PERSON:Otieno Kariuki "},
      {"an ISO time before a field's label is no chat",
       "2026-12-23T23:12:07Z Build Status: green\n", ""},
      {"a support agent's reply", "--- agent Otieno Kariuki ---\nThanks!", "PERSON:Otieno Kariuki "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, AnAddressGoesOnOverTheDistrictTownPostalCodeAndCountryAfterIt) {
  const Case cases[] = {
      {"parts after a slash", "x\tCalle Hidalgo 780 / Col. Del Valle / Ciudad de México / México\tx\n",
       "LOCATION:Calle Hidalgo 780 / Col. Del Valle LOCATION:Ciudad de México LOCATION:México "},
      {"a CSV row's quoted cells", "7,\"3742 Lakeview Rd Apt 12\",\"Raleigh\",USA,T. Whitfield\n",
       "LOCATION:3742 Lakeview Rd Apt 12\",\"Raleigh\",USA PERSON:T. Whitfield "},
      {"an amount after a street is no part of it", "x,\"Via Garibaldi 9\",4205.08 EUR,2022-11-12\n",
       "LOCATION:Via Garibaldi 9 "},
      {"a sentence going on is no part", "We stayed at Hauptstraße 5, where the hosts were kind.",
       "LOCATION:Hauptstraße 5 "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

// Towns by their English name or written without diacritics, after a postal code, and in a cell
// under a place's column; a sign-off is no town, and a small town's name may be a surname.
TEST(NameRecognizer, TownsByEnglishNameFoldedSpellingPostalCodeAndPlaceColumn) {
  const Case cases[] = {
      {"an English name GeoNames lacks", "she moved to Antwerp last year", "LOCATION:Antwerp "},
      {"a name without its diacritics", "she moved to Krakow last year", "LOCATION:Krakow "},
      {"a Dutch postal code before the town", "Prinsengracht 196, 2705 VK Tilburg\n",
       "LOCATION:Prinsengracht 196 LOCATION:2705 VK Tilburg "},
      {"a French postal code opening the line", "Jean Morel\n03692 Angers\n",
       "PERSON:Jean Morel LOCATION:Angers "},
      {"a postal code with a country prefix after a comma", "Lager: Hinterhof, D-03692 Angers\n",
       "LOCATION:Angers "},
      {"a year before a town in a sentence is no postal code", "the 2024 Angers budget", ""},
      {"a known town under a place column",
       "| Who | Where |\n|---|---|\n| Zorvath Quellin | Hobart |\n",
       "PERSON:Zorvath Quellin LOCATION:Hobart "},
      {"the same town in a column of no place", "| Who | Team |\n|---|---|\n| Zorvath Quellin | Hobart |\n",
       "PERSON:Zorvath Quellin "},
      {"a sign-off is no town", "Thanks for the order.\nGracias,\n", ""},
      {"a first name and a small town's name", "Accompanied by Pavel Orlova.", "PERSON:Pavel Orlova "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

// A known town after a preposition of another language right before it, before a Japanese or
// Korean particle, or in a TSV row written inside a JSON string (escaped tabs).
TEST(NameRecognizer, TownsAfterForeignPrepositionsBeforeParticlesAndInEscapedRows) {
  const Case cases[] = {
      {"a Spanish preposition", "la reunión será en Mombasa, no en casa", "LOCATION:Mombasa "},
      {"a French preposition", "pour s'installer à Norwich avec sa sœur", "LOCATION:Norwich "},
      {"a Russian preposition", "встретились в Springfield вчера", "LOCATION:Springfield "},
      {"a Japanese particle", "さんはBallaratから引っ越しました", "LOCATION:Ballarat "},
      {"a short preposition further back is no context", "cus_9QgDZre3w73WiM Springfield\n", ""},
      {"a cell of an escaped TSV row", "\"Ana Lima\\tana@mail.test\\tBielefeld\\t16.84, -70.31\\n\",",
       "PERSON:Ana Lima LOCATION:Bielefeld "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

// Towns written in lower case, as chats do: right after a preposition of place, or between "the"
// and a site's noun; never an English word or an everyday word, nor a given name unless the town
// is a large one.
TEST(NameRecognizer, LowerCaseTownsAfterAPrepositionOfPlace) {
  const Case cases[] = {
      {"landed in", "landed in thessaloniki, heading to the hotel", "LOCATION:thessaloniki "},
      {"visits from", "daughter visits from utrecht on weekends", "LOCATION:utrecht "},
      {"the town's office", "met them at the winnipeg office, they say hi", "LOCATION:winnipeg "},
      {"an English word that is also a town", "we moved to reading mode and then to nice things", ""},
      {"no preposition before it", "palermo is lovely", ""},
      {"part of a path or host", "copied to osaka.backup.internal and to osaka/logs", ""},
      {"a large town that is also a name", "insisted on stopping in osaka for coffee", "LOCATION:osaka "},
      {"letters beyond ASCII early on", "Lucía is landing in gda\xc5\x84sk tomorrow",
       "PERSON:Lucía LOCATION:gda\xc5\x84sk "},
      {"a name that is also a small town stays a name", "we talked to marlene yesterday", ""},
      {"after French \xc3\xa0", "pour rejoindre Yutong \xc3\xa0 thessaloniki.", "LOCATION:thessaloniki "},
      {"\xc3\xa0 inside a word is no preposition", "voil\xc3\xa0 thessaloniki", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

// Countries by their own names and towns in scripts without capitals, when they fill a whole
// run of their script: a country anywhere, a CJK town bounded by punctuation, an Arabic or
// Hebrew town where a place's structure says so.
TEST(NameRecognizer, CountriesInTheirOwnNamesAndUncasedTownsFillingTheirRun) {
  const Case cases[] = {
      {"a country in Hangul", "Online banking login from 203.0.113.9 (대한민국)\n", "LOCATION:대한민국 "},
      {"a country in Greek", "Ship to: Ελλάδα\n", "LOCATION:Ελλάδα "},
      {"a country by its own Latin name", "Kaisa moved back to Suomi.", "LOCATION:Suomi "},
      {"a Han town with its suffix, in parentheses", "Maintainers: Zorvath Quellin (杭州市 office)\n",
       "PERSON:Zorvath Quellin LOCATION:杭州市 "},
      {"a Hebrew town in a tab-separated cell", "ops\tחיפה\t078-223 93 26\n", "LOCATION:חיפה "},
      {"a Hebrew town alone in running text needs structure", "הלכנו חיפה היום", ""},
      {"a Han run longer than the town is no town", "我住在杭州市西湖区", ""},
      {"any short Han name before 市 is a town", "Maintainers: Zorvath Quellin (横浜市 office)\n",
       "PERSON:Zorvath Quellin LOCATION:横浜市 "},
      {"a metropolitan city by its bare name", "Office move checklist (부산)\n", "LOCATION:부산 "},
      {"a two-character word ending in 市 is no town", "提醒：周末 超市 打折", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

// Given and family names the faker lists lack come from a larger, unsorted list (humannames):
// two or three such words that are no English word make a person; alone, one needs a greeting,
// a chat line's author prefix or a neighbouring name cell.
TEST(NameRecognizer, NamesOfTheLargerListNeedEveryWordANameOrAGreeting) {
  const Case cases[] = {
      {"two names of the larger list", "we saw Thabo Dlamini there", "PERSON:Thabo Dlamini "},
      {"a company's name whose words are names", "Invoice from Pampas Agro S.A. attached", ""},
      {"a date's weekday and month", "Date:   Tue Nov 15 13:26:12 2026 +0100", ""},
      {"a lone name after a greeting", "Thanks Cian. I will check it.", "PERSON:Cian "},
      {"a lone name of the larger list after a label", "  - name: TZ\n    value: Europe/Berlin\n", ""},
      {"a sign-off of the larger list", "Merci de le garder pour vous.", ""},
      {"a chat line's author", "[1779698415145] Brianna: wifi is down again\n", "PERSON:Brianna "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

// A git trailer's value, a manager line and a list's label name people ("Signed-off-by:
// Zorvath Quellin <z@x>", "Reports to: Quellin Marsh").
TEST(NameRecognizer, GitTrailersAndReportingLinesNamePeople) {
  const Case cases[] = {
      {"a sign-off", "index 1..2\nSigned-off-by: Zorvath Quellin <zq@mail.example>\n",
       "PERSON:Zorvath Quellin "},
      {"a co-author", "    wip\n\nCo-authored-by: Yselde Warrimont <info@acme.example>\n",
       "PERSON:Yselde Warrimont "},
      {"a manager line", "Reports to: Quellin Marsh  Cost center C-33422-ML\n", "PERSON:Quellin Marsh "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

// A parcel shipped or delivered to someone, a log-in for someone, a bank's adviser: the name
// right after these words is a person's ("order SO-1 shipped to Zorvath Quellin, 3 Ladysmith
// Road").
TEST(NameRecognizer, ParcelsShippedToSomeoneAndAdvisersNamePeople) {
  const Case cases[] = {
      {"shipped to", "2024-10-10 INFO order #6882007 shipped to Zorvath Quellin, 3 Ladysmith Road\n",
       "PERSON:Zorvath Quellin LOCATION:3 Ladysmith Road "},
      {"an adviser", "Branch: Dundee, advisor Yselde Warrimont 067 431 88 38\n",
       "LOCATION:Dundee PERSON:Yselde Warrimont "},
      {"a log-in for", "AUDIT login ok for Mirela Quellin from Khon Kaen\n",
       "PERSON:Mirela Quellin LOCATION:Khon Kaen "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, APersonMetInAnyLanguageIsOne) {
  const Case cases[] = {
      {"Dutch", "Afspraak met Zorvath Quellin morgen.\n", "PERSON:Zorvath Quellin "},
      {"Swedish", "M\xc3\xb6te med Zorvath Quellin p\xc3\xa5 fredag.\n", "PERSON:Zorvath Quellin "},
      {"German", "Treffen mit Zorvath Quellin am Donnerstag.\n", "PERSON:Zorvath Quellin "},
      {"Spanish", "Quedamos con Zorvath Quellin el lunes.\n", "PERSON:Zorvath Quellin "},
      {"Turkish, after the name", "Zorvath Quellin ile toplant\xc4\xb1.\n", "PERSON:Zorvath Quellin "},
      {"a product met is no person", "Treffen mit Microsoft Teams am Donnerstag.\n", ""},
      {"a relative named", "Left message with sister Zorvath Quellin, who is staying in town.\n",
       "PERSON:Zorvath Quellin "},
      {"a witness named", "The pharmacist Zorvath Quellin refilled it on Monday.\n", "PERSON:Zorvath Quellin "},
      {"a witness in apposition", "A witness, Zorvath Quellin of 984 Main Street, told reporters.\n",
       "PERSON:Zorvath Quellin LOCATION:984 Main Street "},
      {"a relative in Spanish", "vive en el centro, con su hermano Zorvath Quellin.\n",
       "PERSON:Zorvath Quellin "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, ListsOfPeopleAndActionOwnersNamePeople) {
  const Case cases[] = {
      {"later attendees", "Attendees: Zorvath Quellin, Mirela Quellin, Yselde Warrimont\n",
       "PERSON:Zorvath Quellin PERSON:Mirela Quellin PERSON:Yselde Warrimont "},
      {"a given name in the list", "Participants: Zorvath Quellin, Yselde\n",
       "PERSON:Zorvath Quellin PERSON:Yselde "},
      {"an action's owner", "- action: Zorvath to call the bank\n", "PERSON:Zorvath "},
      {"a list of things is no list of people", "Tags: Zorvath Quellin, Yselde Warrimont\n", ""},
      {"an action's object is no owner", "- action: Deploy to staging\n", ""},
      {"a later item in a script without capitals",
       "Attendees: Zorvath Quellin, \xd7\x9e\xd7\x99\xd7\x9b\xd7\x9c \xd7\xa9\xd7\xa4\xd7\x99\xd7\xa8"
       "\xd7\x90\n",
       "PERSON:Zorvath Quellin PERSON:\xd7\x9e\xd7\x99\xd7\x9b\xd7\x9c \xd7\xa9\xd7\xa4\xd7\x99\xd7\xa8"
       "\xd7\x90 "},  // מיכל שפירא
      {"a Tagalog particle", "Maintainer: Zorvath dela Quellin <zq@corp.example>\n",
       "PERSON:Zorvath dela Quellin "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, HonorificsGluedColumnGapsAndWhatOnlyPeopleDo) {
  const Case cases[] = {
      {"glued honorific and particle", "Notes: \xe9\xab\x98\xe6\xa9\x8b\xe7\xb5\x90\xe8\xa1\xa3"
       "\xe3\x81\x95\xe3\x82\x93\xe3\x81\xaf\xe6\x9d\xa5\xe3\x81\xbe\xe3\x81\x99\n",
       "PERSON:\xe9\xab\x98\xe6\xa9\x8b\xe7\xb5\x90\xe8\xa1\xa3 "},  // 高橋結衣さんは来ます
      {"a customer is no name", "\xe3\x81\x8a\xe5\xae\xa2\xe6\xa7\x98: \n", ""},  // お客様
      {"two spaces end a column", "Spouse: \xd7\xa0\xd7\x95\xd7\xa2\xd7\x94 \xd7\x9b\xd7\x94\xd7\x9f"
       "  ITIN on file\n", "PERSON:\xd7\xa0\xd7\x95\xd7\xa2\xd7\x94 \xd7\x9b\xd7\x94\xd7\x9f "},
      {"a relative in parentheses", "Case note: Zorvath Quellin (mother) attended.\n",
       "PERSON:Zorvath Quellin "},
      {"a lone name after a person's noun", "Our driver Zorvath picked us up at noon.\n",
       "PERSON:Zorvath "},
      {"a lone name before what a person does", "hey its Zorvath, landed in the rain\n",
       "PERSON:Zorvath "},
      {"a taxpayer's field", "Taxpayer: Zorvath Quellin  SSN on file\n", "PERSON:Zorvath Quellin "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, TownsPeopleMoveToInManyLanguagesAndTownsBySuffixBeforeAParticle) {
  const Case cases[] = {
      {"Swedish", "Juhani har flyttat till Zorvathby\n", "PERSON:Juhani LOCATION:Zorvathby "},
      {"Indonesian", "- Bu Dewi pindah ke Zorvathby\n", "LOCATION:Zorvathby "},
      {"Dutch", "Itzel woont nu in Zorvathby\n", "PERSON:Itzel LOCATION:Zorvathby "},
      {"a code comment is no move", "// TODO move to KeyVault before go-live\n", ""},
      {"a Japanese town before its particle",
       "\xe5\x80\x89\xe6\x95\xb7\xe5\xb8\x82\xe3\x81\xab\xe5\xbc\x95\xe3\x81\xa3"
       "\xe8\xb6\x8a\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\n",
       "LOCATION:\xe5\x80\x89\xe6\x95\xb7\xe5\xb8\x82 "},  // 倉敷市に引っ越しました
      {"a Korean county before its particle",
       "\xeb\x8b\xb4\xec\x96\x91\xea\xb5\xb0\xeb\xa1\x9c \xec\x9d\xb4\xec\x82\xac"
       "\xed\x96\x88\xec\x96\xb4\xec\x9a\x94\n",
       "LOCATION:\xeb\x8b\xb4\xec\x96\x91\xea\xb5\xb0 "},  // 담양군로 이사했어요
      {"o'clock is no town", "\xec\x97\xb4\xeb\x91\x90\xec\x8b\x9c\xec\x97\x90 "
       "\xeb\xa7\x8c\xeb\x82\x98\xec\x9a\x94\n", ""},  // 열두시에 만나요
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, ChatAndTicketAuthorsBeforeADateAndTime) {
  const Case cases[] = {
      {"a Teams-style header", "Zorvath Quellin  12/02/2024 10:21:22\nHej allihopa\n",
       "PERSON:Zorvath Quellin "},
      {"a bracketed date and time", "Zorvath Quellin, [2024-02-14 20:10:03]\nok\n",
       "PERSON:Zorvath Quellin "},
      {"a ticket comment", "\xe2\x80\x94 Zorvath Quellin \xc2\xb7 2024-08-11 01:27:51\nDone.\n",
       "PERSON:Zorvath Quellin "},
      {"a heading before a date is no author", "Release Notes  12/02/2024 10:21:22\n", ""},
      {"a ticket comment in Lao", "\xe2\x80\x94 \xe0\xba\x84\xe0\xba\xb3\xe0\xbb\x81\xe0\xba\x9e\xe0\xba\x87"
       " \xc2\xb7 2024-05-26 14:14:20\nDone.\n",
       "PERSON:\xe0\xba\x84\xe0\xba\xb3\xe0\xbb\x81\xe0\xba\x9e\xe0\xba\x87 "},  // ຄຳແພງ
      {"a byline", "The road opens next week.\n\n\xe2\x80\x94 Zorvath Quellin\n", "PERSON:Zorvath Quellin "},
      {"a maintainer's field", "Maintainer: Zorvath binti Quellin\n", "PERSON:Zorvath binti Quellin "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, TownsAfterRomancePrepositionsAndArrows) {
  const Case cases[] = {
      {"Spanish de", "la oficina de Brno se muda\n", "LOCATION:Brno "},
      {"French gare de", "\xc3\xa0 deux pas de la gare de Krak\xc3\xb3w.\n",
       "LOCATION:Krak\xc3\xb3w "},
      {"itinerary arrow", "Flight AZ554 Brno \xe2\x86\x92 Krak\xc3\xb3w, departs 09:10\n",
       "LOCATION:Brno LOCATION:Krak\xc3\xb3w "},
      {"reached", "and we reached Brno by noon.\n", "LOCATION:Brno "},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, AnAddressFieldsValueIsALocationInAnyScript) {
  const Case cases[] = {
      {"a street without a street word", "{\"line1\": \"Flat 14, 180 Deansgate\", \"x\": 1}",
       "LOCATION:Flat 14, 180 Deansgate "},
      {"a leading abbreviation", "address:\n  line1: Jl. Thamrin 176\n", "LOCATION:Jl. Thamrin 176 "},
      {"a Korean road address", "\"ship_to\": \"서울특별시 강남구 테헤란로 365\"",
       "LOCATION:서울특별시 강남구 테헤란로 365 "},
      {"a label in Japanese", "住所: 東京都渋谷区神南1-2-3\n", "LOCATION:東京都渋谷区神南1-2-3 "},
      {"a town inside the value gives way", "Address: 589 Martin Luther King Jr Drive, Seattle\n",
       "LOCATION:589 Martin Luther King Jr Drive, Seattle "},
      {"an IP address's label is not an address's", "IP Address: 10.1.2.3 (eth0)\n", ""},
      {"a wallet's", "{\"address\": \"bc1q5x25e27xy8zts47kvmmhahuzw6lhn5qrzxkzyg\"}", ""},
      {"an email's", "email_address: ops team\n", ""},
      {"a placeholder", "Address: N/A\n", ""},
      {"a quoted key's unquoted value is a JSON number, not an address",
       "{\"calle\":9, \"tok\":\"x\", \"note\":\"Zorvath Quellin Mayor 5\", \"n\": 1}", ""},
      {"a German label, the postal code inside", "Anschrift: Hauptstraße 5, 10115 Berlin",
       "LOCATION:Hauptstraße 5, 10115 Berlin "},
      {"a CSV address column", "id,name,Address,City\n7,x,\"Bole Road 161\",y\n8,x,\"ул. Арбат, д. 30\",y\n",
       "LOCATION:Bole Road 161 LOCATION:ул. Арбат, д. 30 "},
      {"a city alone in parentheses after a name", "1. Bogdan Popescu (Brno) room 163\n",
       "PERSON:Bogdan Popescu LOCATION:Brno "},
      {"a CSV address cell ending in an abbreviation's period",
       "id,name,street,city\n7,x,\"C/ de la Paz, 60, 9\xc2\xba dcha.\",y\n",
       "LOCATION:C/ de la Paz, 60, 9\xc2\xba dcha. "},
      {"a Markdown street column", "| who | street |\n|---|---|\n| x | 39 rue de la Paix |\n",
       "LOCATION:39 rue de la Paix "},
      {"an IP address column is no address", "host,IP Address,port\nweb,Tower Block,443\n", ""},
      {"a sentence's address", "- social: 581, lives at 30 bis rue des Lilas, 07717 Lyon\n",
       "LOCATION:30 bis rue des Lilas, 07717 Lyon "},
      {"lives at home holds no number", "She lives at home with her parents.\n", ""},
      {"where a meeting moved to", "[10:05] x: meeting moved to 123 ter impasse des Lilas, 17758 Besançon, 11/27/2023\n",
       "LOCATION:123 ter impasse des Lilas, 17758 Besançon "},
      {"a meeting moved to a time is no address", "meeting moved to 3 PM, room 4 on the left\n", ""},
      {"what a log line adds after the address is not part of it",
       "2025-06-01T07:20:46Z ERROR shipping to 14 rue des Tanneurs, 84979 Clermont-Ferrand order SO2536162258\n",
       "LOCATION:14 rue des Tanneurs, 84979 Clermont-Ferrand "},
      {"a street, then its number after a comma", "meeting moved to Rua Augusta, 600, apto 1118, 48011-125 Belo Horizonte\n",
       "LOCATION:Rua Augusta, 600, apto 1118, 48011-125 Belo Horizonte "},
      {"an office's address by its label", "Our office: Große Bleichen 125, 96718 Rostock, Deutschland\n",
       "LOCATION:Große Bleichen 125, 96718 Rostock, Deutschland "},
      {"coordinates after an address are not part of it", "Office: 201 High Street, 01819 Edinburgh (36.852656, 126.145073)\n",
       "LOCATION:201 High Street, 01819 Edinburgh "},
      {"an unknown town after a verb of whereabouts", "Shira flies to Gqeberha next week.\n",
       "PERSON:Shira LOCATION:Gqeberha "},
      {"a town in Han script after one", "Meena flies to 成都 next week.\n",
       "PERSON:Meena LOCATION:成都 "},
      {"a config key ending in city", "timeout_ms = 2500\noffice_city = \"Izmir\"\n",
       "LOCATION:Izmir "},
      {"an XML setting's key names the field", "<add key=\"datacenter_city\" value=\"Gqeberha\" />\n",
       "LOCATION:Gqeberha "},
      {"a site's field holding a Georgian town", "  site: \"\xe1\x83\x91\xe1\x83\x90\xe1\x83\x97\xe1\x83\xa3\xe1\x83\x9b\xe1\x83\x98\"\n",
       "LOCATION:\xe1\x83\x91\xe1\x83\x90\xe1\x83\x97\xe1\x83\xa3\xe1\x83\x9b\xe1\x83\x98 "},
      {"a town before a site's noun", "* Jane \xe2\x80\x94 Counsel, Bergen office, ext 315\nControlled-substance log \xe2\x80\x94 Omaha pharmacy\n",
       "LOCATION:Bergen LOCATION:Omaha "},
      {"a website's field is no place's", "  website: \"\xe1\x83\x91\xe1\x83\x90\xe1\x83\x97\xe1\x83\xa3\xe1\x83\x9b\xe1\x83\x98\"\n", ""},
      {"a site's field holding a word is no town", "  site: \"Production\"\n  velocity: \"High\"\n", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.rule << ": " << c.text;
}

// People only, with the contacts that make a row a person's detected too.
std::string People(std::string_view text) {
  static const auto detector = [] {
    PiiOptions o;
    o.entities = {"PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE"};
    return CreatePiiDetector(o).value();
  }();
  return Render(*detector, text, {"PERSON"});
}

TEST(NameRecognizer, ARowsFirstCellWithAContactAndAVerbOfAPersonNameAPerson) {
  const Case cases[] = {
      {"a roster row with a phone", "Liu Zhiqiang\t+1 415 555 0134\tFresno\n",
       "PERSON:Liu Zhiqiang "},
      {"a roster row in Armenian", "Անի Սարգսյան\t+1 415 555 0134\tRosario\n",
       "PERSON:Անի Սարգսյան "},
      {"a name and its phone in parentheses",
       "oxycodone 5mg #39 for Otieno Chebet (+1 415 555 0134)\n", "PERSON:Otieno Chebet "},
      {"a verb only a person does", "Notes:\nשירה כהן stays in Haifa next week.\n",
       "PERSON:שירה כהן "},
      {"reports to, in any script", "The team now reports to 田中 翔太.\n", "PERSON:田中 翔太 "},
      {"a name, 'at' and a phone", "// contact Otieno Chebet at +1 415 555 0134 if the sync breaks\n",
       "PERSON:Otieno Chebet "},
      {"an uncased name, 'at' and a phone", "# ping 田中 陽翔 at +1 415 555 0134 if it breaks\n",
       "PERSON:田中 陽翔 "},
      {"'at' a place is no contact", "met Otieno Chebet at the Fresno office\n", ""},
      {"a name, a comma, 'Tel.' and the phone", "Vermieterin: Zorvath Quellinger, Tel. +1 415 555 0134\n",
       "PERSON:Zorvath Quellinger "},
      {"a label that leads to no contact", "Vermieterin: Zorvath Quellinger, Tel. unbekannt\n", ""},
      {"a roster row whose name has a middle initial", "Zorvath P. Quellin | +1 415 555 0134 | Fresno\n",
       "PERSON:Zorvath P. Quellin "},
      {"a numbered record's heading with a phone under it",
       "#2 Zorvath Quellin\n  reached at +1 415 555 0134, lives in Fresno\n", "PERSON:Zorvath Quellin "},
      {"a numbered heading with no contact under it", "#2 Zorvath Quellin\n  status: open\n", ""},
      {"an inner cell of a CSV row that holds an e-mail address",
       "ana@mail.example,Fresno,Zorvath Quellin,SO18293619,USD 1837.71\n", "PERSON:Zorvath Quellin "},
      {"an inner cell of a row with no contact", "SKU-1,Fresno,Zorvath Quellin,SO18293619,USD 1837.71\n", ""},
      {"an inner cell of everyday words", "ana@mail.example,Fresno,Trail Shoes,2,USD 18.00\n", ""},
      {"a first cell without a contact", "Acme Widgets\tin stock\t42\n", ""},
      {"a first cell whose row holds no contact", "Otieno Chebet\tFresno\tgold\n", ""},
      {"a CSV row keyed by a name, an IBAN in it", "Sigurður Þórsson,FR7630006000011234567890189,Augsburg\n",
       "PERSON:Sigurður Þórsson "},
      {"a record line keyed by a two-word name", "Aoi Nakamura: phone +1 415 555 0134\n",
       "PERSON:Aoi Nakamura "},
      {"a list item's name, a dash, then the record", "Attendees\n- Zorvath Quellin — 12 Elm St — +1 415 555 0134\n",
       "PERSON:Zorvath Quellin "},
      {"a numbered item's name before a dash", "12. Zorvath Quellin – zq@mail.example\n", "PERSON:Zorvath Quellin "},
      {"a list item with no contact", "- Zorvath Quellin — shipped on time\n", ""},
      {"a label before an account is no name", "Meine Bankverbindung: FR7630006000011234567890189\n", ""},
      {"a one-word label before a contact is no name", "メール: someone@mail.example\n", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(People(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, AReviewsAuthorAfterItsStarsAndTheStaffItPraisesArePersons) {
  const Case cases[] = {
      {"stars then a given name", "\u2605\u2605\u2605\u2605\u2606 Henrike \u00b7 1. April 2025\nSehr gut.\n",
       "PERSON:Henrike "},
      {"ASCII stars, three or more", "***** Florian, Trabzon\nFast delivery.\n", "PERSON:Florian "},
      {"a bullet is no rating", "* Server room: door 54296\n", ""},
      {"praise right after the name", "Paket kam schnell an. Maximilian war sehr nett.\n",
       "PERSON:Maximilian "},
      {"praise after a few words", "Fast check-in. Antje an der Kasse war sehr nett.\n",
       "PERSON:Antje "},
      {"a German noun after its article is praised, not named", "Die Frau an der Kasse war sehr nett.\n",
       ""},
  };
  for (const Case& c : cases) EXPECT_EQ(People(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, EveryItemOfAListOfPeopleAfterItsLabelIsAPersonInAnyLanguage) {
  const Case cases[] = {
      {"Swedish, bold label", "**N\u00e4rvarande:** Gustav Holmberg, Oskar, Frida\n",
       "PERSON:Gustav Holmberg PERSON:Oskar PERSON:Frida "},
      {"Chinese, bold label", "**\u53c2\u4f1a\u4eba:** \u9ec4\u4f1f, \u5434\u5efa\u56fd, Mayumi\n",
       "PERSON:\u9ec4\u4f1f PERSON:\u5434\u5efa\u56fd PERSON:Mayumi "},
      {"a later item after a joining word", "- Anwesend: Jonas und Frida\n", "PERSON:Jonas PERSON:Frida "},
      {"a label that names no people", "Present: 3 rooms, 2 floors\n", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(People(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, AGivenNameAfterAPersonsNounOrOpeningASentenceBeforeAVerbIsAPerson) {
  const Case cases[] = {
      {"a neighbour in French", "Ma voisine Zorvatha travaille toujours ici.\n", "PERSON:Zorvatha "},
      {"a neighbour in Ukrainian", "\u041c\u043e\u044f \u0441\u0443\u0441\u0456\u0434\u043a\u0430 Zorvatha \u0434\u043e\u0441\u0456 \u0442\u0443\u0442.\n",
       "PERSON:Zorvatha "},
      {"a given name opening a sentence, a verb after it",
       "Vi har flyttat m\u00f6tet. Erik har redan bokat lokalen.\n", "PERSON:Erik "},
      {"a word of another language that is also a given name", "Esta es mi tarjeta.\n", ""},
      {"after a numbered item's period", "Agenda\n3. Erik har redan bokat lokalen.\n", "PERSON:Erik "},
      {"a given name that is an English word", "The shop closed. Will said nothing.\n", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(People(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, AStreetWithAnEnglishTypeBeforeItsHouseNumberIsALocation) {
  EXPECT_EQ(Found("CUST-1;Ana Lopes;\"Maple Ridge Dr 114\"\n"),
            "PERSON:Ana Lopes LOCATION:Maple Ridge Dr 114 ");
  EXPECT_EQ(Found("Address: Oak Hollow Ln 36\n"), "LOCATION:Oak Hollow Ln 36 ");
  // A type that is also an everyday word stays out ("Sprint Planning Row 2").
  EXPECT_EQ(Found("Sprint Planning Row 2\n"), "");
}

TEST(NameRecognizer, ThePeopleOfACodeReviewAnIncidentAndAChecklistArePersons) {
  const Case cases[] = {
      {"a review comment's author", "### Ay\u015fe Kaya commented on `docker/.env` line 12\n",
       "PERSON:Ay\u015fe Kaya "},
      {"a bold author who replied", "**J\u00fcrgen Vogelsang** replied: good catch\n",
       "PERSON:J\u00fcrgen Vogelsang "},
      {"who wants to merge", "**Open** \u03a3\u03bf\u03c6\u03af\u03b1 \u0393\u03b5\u03c9\u03c1\u03b3\u03af\u03bf\u03c5 wants to merge 11 commits\n",
       "PERSON:\u03a3\u03bf\u03c6\u03af\u03b1 \u0393\u03b5\u03c9\u03c1\u03b3\u03af\u03bf\u03c5 "},
      {"an incident's commander", "**Incident commander:** V\u00e4in\u00f6 Nieminen\n", "PERSON:V\u00e4in\u00f6 Nieminen "},
      {"a checklist item's owner", "- [ ] V\u00e4in\u00f6: postmortem review on 2026-05-02\n", "PERSON:V\u00e4in\u00f6 "},
      {"a checklist item of a component", "- [ ] Docs: update the runbook\n", ""},
      {"a CRM record's owner", "\"hubspot_owner\": \"\u0410\u0440\u0442\u0451\u043c \u041c\u043e\u0440\u043e\u0437\u043e\u0432\",\n",
       "PERSON:\u0410\u0440\u0442\u0451\u043c \u041c\u043e\u0440\u043e\u0437\u043e\u0432 "},
      {"a split given name", "\"name_first\": \"Maricel\",\n", "PERSON:Maricel "},
  };
  for (const Case& c : cases) EXPECT_EQ(People(c.text), c.want) << c.rule << ": " << c.text;
}

TEST(NameRecognizer, ATownAfterItsPostalCodeInAQuotedReplyOrAnEscapedLineIsALocation) {
  EXPECT_EQ(Found("> Zadzwonimy jutro\n> 42-674 Lublin\n"), "LOCATION:Lublin ");
  EXPECT_EQ(Found("\"body\": \"Zadzwonimy jutro\\n89-503 Lublin\""), "LOCATION:Lublin ");
  EXPECT_EQ(Found("- [ ] Phan Binh: book travel to Gqeberha next week\n"), "PERSON:Phan Binh LOCATION:Gqeberha ");
}

TEST(NameRecognizer, ThePartsOfANameObjectAreNamesAndAFontFamilyIsNot) {
  EXPECT_EQ(People("\"name\": {\"given\": \"Mindaugas\", \"family\": \"Kazlauskas\"}\n"),
            "PERSON:Mindaugas PERSON:Kazlauskas ");
  EXPECT_EQ(People("\"font\": {\"family\": \"Roboto\", \"size\": 12}\n"), "");
  EXPECT_EQ(People("    \"author\": \"Ng, Chi Keung\",\n"), "PERSON:Ng, Chi Keung ");
}

TEST(NameRecognizer, AnXmlElementNamesItsTextsFieldButAPartysNameIsNoPersons) {
  EXPECT_EQ(People("<Name>\n  <Given>Gabriel</Given>\n  <Family>Levesque</Family>\n</Name>\n"),
            "PERSON:Gabriel PERSON:Levesque ");
  EXPECT_EQ(People("<customer>Ingrid Solberg</customer>\n"), "PERSON:Ingrid Solberg ");
  EXPECT_EQ(People("<PartyName><Name>Holzmann Moebel</Name></PartyName>\n"), "");
  EXPECT_EQ(People("<font><family>Roboto</family></font>\n"), "");
}

TEST(NameRecognizer, AMessageSignedWithAFirstNameAloneOnItsLastLine) {
  EXPECT_EQ(People("I can't log in since this morning.\n\nHarriet"), "PERSON:Harriet ");
  // In a JSON string: the escaped blank line, and the string's end after the name.
  EXPECT_EQ(People("{\"body\": \"Please call me back.\\n\\nHarriet\"}"), "PERSON:Harriet ");
  // Two words closing a text are a wish, not a signature; a name mid-text is not read so.
  EXPECT_EQ(People("* Backup NAS: see the vault\n\nViel Erfolg\n"), "");
  EXPECT_EQ(People("Notes\n\nHarriet\nleft the keys at the desk"), "");
}

TEST(NameRecognizer, AGreetingInAQuotedReplyGreetsAPerson) {
  EXPECT_EQ(People("> > Oi Mariana,\n> > Pode me mandar o contrato?\n"), "PERSON:Mariana ");
  EXPECT_EQ(People("Selamat pagi Eko!\n\n- Kode gerbang 4548#\n"), "PERSON:Eko ");
}

}  // namespace
}  // namespace mcpgw::guards::pii
