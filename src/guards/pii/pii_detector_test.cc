#include "guards/pii/pii_detector.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::guards::pii {
namespace {

// Every structured entity (PERSON and LOCATION have their own tests).
std::shared_ptr<const Detector> Structured() {
  static const auto detector = [] {
    PiiOptions o;
    o.entities = {"CREDIT_CARD", "CRYPTO",   "DATE_TIME",    "EMAIL_ADDRESS",  "IBAN_CODE",
                  "IP_ADDRESS",  "MEDICAL_LICENSE", "PHONE_NUMBER", "UK_NHS", "URL",
                  "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_ITIN", "US_PASSPORT", "US_SSN"};
    return CreatePiiDetector(o).value();
  }();
  return detector;
}

std::vector<Detection> Scan(const Detector& d, std::string_view text) {
  std::vector<Detection> out;
  d.Scan(text, out);
  return out;
}

std::string Describe(std::string_view text, const std::vector<Detection>& found) {
  std::string s;
  for (const Detection& d : found) {
    s += std::string(d.entity) + "[" + std::string(text.substr(d.begin, d.end - d.begin)) + "]=" +
         std::to_string(d.score) + " ";
  }
  return s.empty() ? "nothing" : s;
}

struct Positive {
  std::string_view text;
  std::string_view entity;
  std::string_view value;
};

// One detection each: the entity and exactly the value.
const Positive kPositives[] = {
    // CREDIT_CARD
    {"Card: 4532 0151 1283 0366, exp 12/29", "CREDIT_CARD", "4532 0151 1283 0366"},
    {"paid with 5236-0092-1485-7241 yesterday", "CREDIT_CARD", "5236-0092-1485-7241"},
    {"amex 3498 765432 10127 on file", "CREDIT_CARD", "3498 765432 10127"},
    {"{\"pan\":\"6011987654321019\"}", "CREDIT_CARD", "6011987654321019"},
    // "paid with" names a card; an order word names the number right after it, not this one.
    {"Paid with 30515226459494 total $44.36", "CREDIT_CARD", "30515226459494"},
    {"charged twice for order 836-8668198-1576680. Full number on file: 2465541139948803.",
     "CREDIT_CARD", "2465541139948803"},
    // A PostgreSQL COPY block's column names the cell.
    {"COPY public.customers (id, nickname, ssn, plan) FROM stdin;\n7\tnora\t600751453\tgold\n",
     "US_SSN", "600751453"},
    // EMAIL_ADDRESS
    {"Contact jane.doe@example.com for access.", "EMAIL_ADDRESS", "jane.doe@example.com"},
    {"<a href=\"mailto:ops+alerts@mail.example.co.uk\">", "EMAIL_ADDRESS",
     "ops+alerts@mail.example.co.uk"},
    {"From: \"Doe, Jane\" <JDoe42@Example.ORG>", "EMAIL_ADDRESS", "JDoe42@Example.ORG"},
    // A line that mentions ssh without running it keeps its addresses.
    {"no ssh access yet, ask jane.doe@example.com", "EMAIL_ADDRESS", "jane.doe@example.com"},
    // PHONE_NUMBER
    {"Call me at (415) 555-0132 tomorrow", "PHONE_NUMBER", "(415) 555-0132"},
    {"phone: 415-555-0132", "PHONE_NUMBER", "415-555-0132"},
    {"UK office +44 20 7946 0958.", "PHONE_NUMBER", "+44 20 7946 0958"},
    {"Tel. 020 7946 0958", "PHONE_NUMBER", "020 7946 0958"},
    {"Berlin: +49 30 901820", "PHONE_NUMBER", "+49 30 901820"},
    {"Paris +33 1 42 68 53 00", "PHONE_NUMBER", "+33 1 42 68 53 00"},
    {"mobile +91 98765 43210", "PHONE_NUMBER", "+91 98765 43210"},
    {"+44 (0)20 7946 0958 switchboard", "PHONE_NUMBER", "+44 (0)20 7946 0958"},
    {"phone 4155550132", "PHONE_NUMBER", "4155550132"},
    {"call 1-800-555-0199 now", "PHONE_NUMBER", "1-800-555-0199"},
    {"+1-202-555-0143 (cell)", "PHONE_NUMBER", "+1-202-555-0143"},
    {"Tel (020) 7946 0958", "PHONE_NUMBER", "(020) 7946 0958"},
    {"portable : 06 12 34 56 78", "PHONE_NUMBER", "06 12 34 56 78"},
    {"Handy 0171 1234567", "PHONE_NUMBER", "0171 1234567"},
    {"Tokyo +81 3-1234-5678", "PHONE_NUMBER", "+81 3-1234-5678"},
    {"{\"phone\":\"+14155550132\"}", "PHONE_NUMBER", "+14155550132"},
    // PHONE_NUMBER: dotted, and international spellings
    {"Reach me on 415.555.0132 after 5pm", "PHONE_NUMBER", "415.555.0132"},
    {"cell: 1.415.555.0132", "PHONE_NUMBER", "1.415.555.0132"},
    {"Tél : 01.23.45.67.89", "PHONE_NUMBER", "01.23.45.67.89"},
    {"Bureau 01.42.68.53.00 (standard)", "PHONE_NUMBER", "01.42.68.53.00"},
    {"Tel: +44 (0)20 7946 0958", "PHONE_NUMBER", "+44 (0)20 7946 0958"},
    {"Phone: +44 (0) 20 7946 0958", "PHONE_NUMBER", "+44 (0) 20 7946 0958"},
    {"Celular: +55 (11) 98765-4321", "PHONE_NUMBER", "+55 (11) 98765-4321"},
    {"携帯 090-1234-5678", "PHONE_NUMBER", "090-1234-5678"},
    {"mobiel 06-12345678", "PHONE_NUMBER", "06-12345678"},
    {"mobile: +91-98765-43210", "PHONE_NUMBER", "+91-98765-43210"},
    {"mobile 0412 345 678", "PHONE_NUMBER", "0412 345 678"},
    {"ph (02) 9876 5432", "PHONE_NUMBER", "(02) 9876 5432"},
    {"tel +61 2 9876 5432", "PHONE_NUMBER", "+61 2 9876 5432"},
    {"móvil 612 34 56 78", "PHONE_NUMBER", "612 34 56 78"},
    {"teléfono +34 612 345 678", "PHONE_NUMBER", "+34 612 345 678"},
    // A word naming another number after the phone, with that number's own value, is not
    // the phone's context; Mexico's old mobile '1'; India's trunk '0' before five digits.
    {"Questions? (613) 468-8292 · Statement id 2e5861ce-caaa", "PHONE_NUMBER", "(613) 468-8292"},
    {"Emergency contact: Nikolai Lebedeva, +52 1 81 7788 1798", "PHONE_NUMBER", "+52 1 81 7788 1798"},
    {"Follow-up call: 098608 76382", "PHONE_NUMBER", "098608 76382"},
    {"Caller ID 415-555-0132", "PHONE_NUMBER", "415-555-0132"},
    {"Direct line: 020 7946 0958", "PHONE_NUMBER", "020 7946 0958"},
    {"Mobile No. 415-555-0132", "PHONE_NUMBER", "415-555-0132"},
    {"tel: +1 (415) 555-0132", "PHONE_NUMBER", "+1 (415) 555-0132"},
    {"tel: 415 555 0132", "PHONE_NUMBER", "415 555 0132"},
    {"tel: +49 170 1234567", "PHONE_NUMBER", "+49 170 1234567"},
    {"tel: +31 (0)6 12345678", "PHONE_NUMBER", "+31 (0)6 12345678"},
    {"tel: +86 138 0013 8000", "PHONE_NUMBER", "+86 138 0013 8000"},
    {"tel: 070-123 45 67", "PHONE_NUMBER", "070-123 45 67"},
    {"tel: 0044 20 7946 0958", "PHONE_NUMBER", "0044 20 7946 0958"},
    {"tel: +972 52-223-4567", "PHONE_NUMBER", "+972 52-223-4567"},
    {"Email: JOHN.DOE@EXAMPLE.COM", "EMAIL_ADDRESS", "JOHN.DOE@EXAMPLE.COM"},
    {"addr 2001:0db8:85a3:0000:0000:8a2e:0370:7334", "IP_ADDRESS",
     "2001:0db8:85a3:0000:0000:8a2e:0370:7334"},
    {"mapped ::ffff:192.0.2.128", "IP_ADDRESS", "::ffff:192.0.2.128"},
    {"id,name,phone\n17,Ann,4155550132\n", "PHONE_NUMBER", "4155550132"},  // header context
    // IP_ADDRESS
    {"client 192.168.10.23 connected", "IP_ADDRESS", "192.168.10.23"},
    {"ssh admin@10.0.4.17 -p 22", "IP_ADDRESS", "10.0.4.17"},
    {"bind [2001:db8::8a2e:370:7334]:443", "IP_ADDRESS", "2001:db8::8a2e:370:7334"},
    {"from fe80::1ff:fe23:4567:890a on eth0", "IP_ADDRESS", "fe80::1ff:fe23:4567:890a"},
    {"ip=1.2.3.4", "IP_ADDRESS", "1.2.3.4"},
    // US_SSN / US_ITIN
    {"SSN: 536-22-8765", "US_SSN", "536-22-8765"},
    {"social security number 536228765", "US_SSN", "536228765"},
    {"SSN 536 22 8765", "US_SSN", "536 22 8765"},
    {"applicant 536 22 8765 on file", "US_SSN", "536 22 8765"},
    {"ssn,name\n536228765,Ann\n", "US_SSN", "536228765"},
    {"ITIN 912-70-1234", "US_ITIN", "912-70-1234"},
    // IBAN_CODE
    {"IBAN: GB82 WEST 1234 5698 7654 32.", "IBAN_CODE", "GB82 WEST 1234 5698 7654 32"},
    {"pay to DE89370400440532013000 today", "IBAN_CODE", "DE89370400440532013000"},
    // CRYPTO
    {"send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "CRYPTO", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"},
    {"btc: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "CRYPTO",
     "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"},
    {"ETH wallet 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "CRYPTO",
     "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"},
    // MEDICAL_LICENSE
    {"DEA number AB1234563", "MEDICAL_LICENSE", "AB1234563"},
    // UK_NHS
    {"NHS number 943 476 5919", "UK_NHS", "943 476 5919"},
    // US_PASSPORT, US_DRIVER_LICENSE, US_BANK_NUMBER (context decides)
    {"passport no. 912803456", "US_PASSPORT", "912803456"},
    {"Passport: C03005988", "US_PASSPORT", "C03005988"},
    {"driver license D1234567", "US_DRIVER_LICENSE", "D1234567"},
    {"WA DL: WDLABCD456DG", "US_DRIVER_LICENSE", "WDLABCD456DG"},
    {"Driver license: F188-170-99-317-0\n", "US_DRIVER_LICENSE", "F188-170-99-317-0"},
    {"holder's WDL7Q2RT9K1P on file", "US_DRIVER_LICENSE", "WDL7Q2RT9K1P"},
    {"Washington driver license DOE**MJ501P7", "US_DRIVER_LICENSE", "DOE**MJ501P7"},
    {"driver's licence SMITHJA123B4 (WA)", "US_DRIVER_LICENSE", "SMITHJA123B4"},
    // A travel record's own form names a passport: IATA SSR DOCS, a document type of "P".
    {"SSR DOCS YY HK1 P/USA/915113292/USA/13JUL70/F/12AUG32/DOE/JANE", "US_PASSPORT", "915113292"},
    {"SSR DOCS BA HK1/P/GBR/C12345678/GBR/01JAN80/M/01JAN30/DOE/JOHN", "US_PASSPORT", "C12345678"},
    {"document_type: passport, number: 536228765", "US_PASSPORT", "536228765"},
    {"{\"doc_type\":\"P\",\"issuing_country\":\"USA\",\"doc_number\":\"C11512254\"}",
     "US_PASSPORT", "C11512254"},
    // Driver licences named in Spanish; Colorado's 2-3-4 dashed form.
    {"Licencia de conducir: WS601994 (OH)", "US_DRIVER_LICENSE", "WS601994"},
    {"CO driver license 41-842-9810", "US_DRIVER_LICENSE", "41-842-9810"},
    {"Insured: R. Haldane, DL 24 734 945 (PA)", "US_DRIVER_LICENSE", "24 734 945"},
    {"NY driver's license 984 288 632", "US_DRIVER_LICENSE", "984 288 632"},
    {"CDL #: K5935009", "US_DRIVER_LICENSE", "K5935009"},
    // A delimited table under a title line: its own first row is the header.
    {"1099 summary - contractors\npayee,tin,account_number,routing,amount\nAcme,x,710358677714,y,2\n",
     "US_BANK_NUMBER", "710358677714"},
    {"account number 000123456789", "US_BANK_NUMBER", "000123456789"},
    {"routing 021000021, account 4099812345", "US_BANK_NUMBER", "4099812345"},
    // URL, DATE_TIME
    {"see https://example.com/a?b=c.", "URL", "https://example.com/a?b=c"},
    {"docs at www.example.org/help", "URL", "www.example.org/help"},
    {"born 1984-07-19", "DATE_TIME", "1984-07-19"},
    {"at 2024-03-15T10:30:00Z the job", "DATE_TIME", "2024-03-15T10:30:00Z"},
    {"on March 5, 2024 we met", "DATE_TIME", "March 5, 2024"},
};

TEST(PiiDetector, FindsEachEntityInContext) {
  for (const Positive& c : kPositives) {
    auto found = Scan(*Structured(), c.text);
    EXPECT_EQ(found.size(), 1u) << c.text << " -> " << Describe(c.text, found);
    if (found.size() != 1) continue;
    EXPECT_EQ(found[0].entity, c.entity) << c.text;
    EXPECT_EQ(c.text.substr(found[0].begin, found[0].end - found[0].begin), c.value) << c.text;
    EXPECT_EQ(found[0].type, "pii." + std::string(c.entity));
    EXPECT_GE(found[0].score, 0.5f);
    EXPECT_LE(found[0].score, 1.0f);
  }
}

// Look-alikes: none of these is personal data (DATE_TIME aside, which is off here).
const std::string_view kLookAlikes[] = {
    // Unix times under a time's name or in zsh history, an AWS account id, a git date's zone.
    "{\"id\":\"evt_hy\",\"created\":1762618278,\"data\":{\"beneficiary_account\":\"x\"}}",
    ": 1708193674:0;ls -la\n: 1722297217:0;echo ok",
    "ACCOUNT_ID=686126546787\nREGION=eu-west-1",
    "Date:   Sat Dec 26 05:29:40 2022 -0500",
    "Matricola contatore 0800-7168293-41",
    // Prose lines holding as many commas as the row are no header.
    "Yesterday we finally closed the old savings account, as discussed at length\n"
    "the police report number is 680088075, see attached\n",
    // A "P/" path segment or a document type that is no passport: no travel record.
    "GET /api/P/USA/915113292 HTTP/1.1",
    "{\"doc_type\":\"invoice\",\"doc_number\":\"915113292\"}",
    "Order #123456789012 shipped",
    "order number 4155550132",
    "invoice 4111111111111111",                  // Luhn-valid, but an invoice number
    "version 1.2.3.4 released",
    "upgrade to v2.10.3 now",
    "OID 1.3.6.1.4.1.343 in the MIB",
    "on 2024-03-15 at 12:30:45",
    "due 15/03/2024",
    "ts=2024-03-15T10:30:00.123+02:00",
    "id 123e4567-e89b-12d3-a456-426614174000",
    "uuid 12345678-1234-5678-1234-567812345678",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b",
    "price $1,299.99 or $4155550132",
    "at 40.7128, -74.0060",
    "ZIP 94103",
    "epoch 1700000000000 ms",
    "@Override public void run()",
    "ping user@localhost",
    "x = foo@bar.baz()",
    "icon@2x.png and lodash@4.17.21",
    "git@github.com:org/repo.git",
    "std::vector<int> v; a::b::c",
    "mac 00:1A:2B:3C:4D:5E",
    "meet at 10:30",
    "ISBN 978-0-306-40615-7",
    "SSN 078-05-1120",                      // advertised
    "SSN 000-12-3456 or 666-12-3456",       // invalid areas
    "IBAN GB82 WEST 1234 5698 7654 33",     // bad checksum next to the word IBAN
    "card 4111 1111 1111 1112",             // Luhn fails
    "localhost 127.0.0.1 and 0.0.0.0 and ::1",
    "3.14159265358979",
    "build 20240315.1234",
    "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "0x00000000000000000000000000000000000000ff",
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
    "AB1234567 is a part number",
    "1 234 567 people",
    "port 8080, pid 12345, 2048 bytes",
    "9434765919",                            // NHS-valid, no context, bare
    "Build 2024.03.15.1 and v1.2.3-beta.4",
    "Traceback: line 1234 in file.py",
    "Total: 1,234,567.89 EUR",
    "Lat 37.7749 Lon -122.4194",
    "SKU 123-456-7890",
    "tracking 1Z999AA10123456784",
    "ratio 16:9 at 1920x1080",
    "ObjectId 507f1f77bcf86cd799439011",
    "npm install react@18.2.0 @types/node@20.1.0",
    "image nginx:1.25.3",
    "HRESULT 0x80070005",
    "RFC 3339 and ISO 8601",
    "elapsed 00:01:23.456",
    "range 10-20, pages 100-120",
    "call foo(12345678) then bar(2)",
    "5 items x 19.99 = 99.95",
    // Published test cards (Stripe, PayPal, ...), however written.
    "card 4242 4242 4242 4242 exp 12/34",
    "Visa 4111111111111111, MC 5555-5555-5555-4444, Amex 3782 822463 10005",
    "credit card 4000 0566 5566 5556",
    // Phone look-alikes: order and invoice numbers, epochs, dates, SSN shapes, ZIP+4.
    "phone on file\nOrder 4155550199 shipped",
    "(415) 555-0199 order",
    "{\"phone_verified\": true, \"order_id\": 4155550199}",
    "Invoice No. 4155550199 for the call",
    "PO 4155550199 raised by the contact",
    "Booking confirmation 4155550199 (call us)",
    "ORD-4155550199 and INV-2024-5550132 (contact us)",
    "contact updated_at=1700000000 created_ms=1700000000123",
    "phone field; ts 1712345678, 1712345678901",
    "contact on 15 03 2024 or 03 15 2024",
    "phone changed 20240315",
    "contact batch 2024-03-15-4155 and 2024 03 15 0132 by phone",
    "call 666-12-3456 or 000-12-3456 or 912-34-5678",
    "contact: Boston MA 02134-1234",
    "v2.10.3 and 10.20.300 and 1.2.3.4.5",
    // Emails that are ids: Message-IDs, Sentry DSNs, hex local parts.
    "Message-ID: <123e4567-e89b-12d3-a456-426614174000@mail.example.com>",
    "In-Reply-To: <CAF1x9yQ=ab@mail.gmail.com>",
    "SENTRY_DSN=https://0123456789abcdef0123456789abcdef@o123.ingest.sentry.io/456",
    "dsn https://public@sentry.example.com/1",
    "ref 9f86d081884c7d659a2feaa0c55ad015@bounce.example.com",
    // Bank look-alikes: routing numbers, YYYYMMDD dates.
    "bank routing number 021000021",
    "ABA 011000015 for the account",
    "account opened 20240315",
    "bank statement 20240315103000",
    // Driver licence look-alikes: a WDL token without digits, the old shape without context.
    "WDLWORKFLOWS is a job name",
    "class SMITHJA123B4 in the build",
    // AWS account ids: an ARN's account field, and a 12-digit "account" beside AWS words.
    "role_arn = \"arn:aws:iam::625440361945:role/ReadOnly\"",
    "Outputs:\nrole_arn = \"arn:aws:iam::553413518330:role/deploy\"\naccount = \"908113448028\"",
    "AWS account 324916767581 (prod)",
    // A transfer's reference beside an account word, a record's id glued to its prefix, an
    // SSN-shaped number near a licence word, a bank's word inside an e-mail address.
    "2026-02-25  Wire ref 9292925904 booked",
    "Lab order ORD-68268782\nPharmacy check: license on file",
    "driver licence on file. Rejected values: 000-24-2715",
    "login ok via api.bank.example at 1744702572043",
    // A card's grouping whose Luhn check fails, and an order number's 3-7-7: none of their
    // leading groups is a phone.
    "tx\t3461 215277 97868\tEH3 2NQ",
    "Refs: 3554-7226-7063-2088, 3008 366676 4846",
    "integrity ok 673-4644408-8966733",
    // The destination of a remote shell: a login on a machine, not a mailbox.
    "1348  ssh ops@api-19.us-east.internal.test",
    "scp backup.tgz deploy@build-36.corp.example:/srv/",
    "sshpass -p x /usr/bin/ssh -p 2222 admin@bastion.eu-west.example",
    "[21:33] yui: ssh -o StrictHostKeyChecking=no scanner@db-dev-5.intra.example pw x",
    // A URL's user and password before its host, whatever bytes the password holds.
    "REDIS_URL=redis://support:EwsqB3Bef2vbeArE~7@ldap-dev-9.internal.example:6379/0",
    "psql postgres://app:Mariposa&5779@build-prod-1.intra.example:5432/app",
    // An identifier column, whatever else its header says.
    "contact_id;name;phone\n30852753;x;y\n",
};

// A host holds no ',' or ';': in a CSV row the URL ends at its cell, and the next cell's address
// is an e-mail, not the URL's user info.
TEST(PiiDetector, AUrlEndsAtItsCellAndTheNextCellsAddressIsAnEmail) {
  PiiOptions o;
  o.entities = {"EMAIL_ADDRESS", "URL"};
  auto d = CreatePiiDetector(o).value();
  const std::string_view text =
      "name,url,username\nCRM,https://crm.example.com,jane.doe@example.com\n";
  EXPECT_EQ(Describe(text, Scan(*d, text)),
            "URL[https://crm.example.com]=0.600000 EMAIL_ADDRESS[jane.doe@example.com]=0.950000 ");
}

TEST(PiiDetector, LookAlikesSurvive) {
  PiiOptions o;
  o.entities = {"CREDIT_CARD", "CRYPTO", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS",
                "MEDICAL_LICENSE", "PHONE_NUMBER", "UK_NHS", "US_BANK_NUMBER",
                "US_DRIVER_LICENSE", "US_ITIN", "US_PASSPORT", "US_SSN"};
  auto d = CreatePiiDetector(o).value();
  for (std::string_view text : kLookAlikes) {
    auto found = Scan(*d, text);
    EXPECT_TRUE(found.empty()) << text << " -> " << Describe(text, found);
  }
}

TEST(PiiDetector, FindsSeveralInOrderWithoutOverlap) {
  const std::string_view text =
      "Jane (jane@example.com, +1 415 555 0132) paid 4532 0151 1283 0366 from 203.0.113.9";
  auto found = Scan(*Structured(), text);
  ASSERT_EQ(found.size(), 4u) << Describe(text, found);
  EXPECT_EQ(found[0].entity, "EMAIL_ADDRESS");
  EXPECT_EQ(found[1].entity, "PHONE_NUMBER");
  EXPECT_EQ(found[2].entity, "CREDIT_CARD");
  EXPECT_EQ(found[3].entity, "IP_ADDRESS");
  for (std::size_t i = 1; i < found.size(); ++i) EXPECT_LE(found[i - 1].end, found[i].begin);
}

TEST(PiiDetector, ContextRaisesAScoreOverTheThreshold) {
  auto bare = Scan(*Structured(), "ref 536228765");
  EXPECT_TRUE(bare.empty()) << Describe("ref 536228765", bare);
  auto ssn = Scan(*Structured(), "ssn 536228765");
  ASSERT_EQ(ssn.size(), 1u);
  EXPECT_EQ(ssn[0].entity, "US_SSN");
}

// A "+" number of a possible length whose leading digits the numbering plan does not list (a
// range opened after the plan was written, a number made up for a form) is a phone when a phone
// word is near or it is grouped like one; bare and in one group it stays.
TEST(PiiDetector, PlusNumbersOfAPossibleLengthNeedContextOrGrouping) {
  for (const char* text : {"Phone: +447911953041", "Tel. +33694240613 (mobile)",
                           "Mobile +61 479 739 045, after 5pm"}) {
    const auto found = Scan(*Structured(), text);
    ASSERT_EQ(found.size(), 1u) << text << ": " << Describe(text, found);
    EXPECT_EQ(found[0].entity, "PHONE_NUMBER");
  }
  EXPECT_EQ(Scan(*Structured(), "reach me at +61 479 739 045").size(), 1u);
  for (const char* text : {"build +447911953041 passed", "delta +33694240613"}) {
    EXPECT_TRUE(Scan(*Structured(), text).empty()) << text;
  }
}

// Two groups of an 8-digit local plan (Denmark, Norway, Singapore) are a phone only when a word
// that names nothing but a phone is near and they are not part of a longer run of groups; a
// phone word inside a JSON-escaped TSV row still starts the number after the escape.
TEST(PiiDetector, TwoGroupLocalNumbersNeedAPhoneOnlyWord) {
  for (const char* text : {"{\"name\":\"Ana\",\"phone\":\"5528 7109\"}", "INFO sms sent to 5528 7109 (otp)"}) {
    const auto found = Scan(*Structured(), text);
    ASSERT_EQ(found.size(), 1u) << text << ": " << Describe(text, found);
    EXPECT_EQ(found[0].entity, "PHONE_NUMBER");
  }
  for (const char* text : {"rows 5528 7109 were merged", "text: checkout rejects 4574 0540 0281 4647 (Luhn)",
                           "phone queue: 4574 0540 0281 4647"}) {
    EXPECT_TRUE(Scan(*Structured(), text).empty()) << text << ": " << Describe(text, Scan(*Structured(), text));
  }
  const std::string escaped = "\"Ana Lima\\tana@mail.test\\t+41 79 957 52 23\\tBrno\\n\"";
  bool phone = false;
  for (const auto& d : Scan(*Structured(), escaped)) phone = phone || d.entity == "PHONE_NUMBER";
  EXPECT_TRUE(phone) << escaped;
}

// A lone digit in a national number: Russia's trunk 8 before ten digits, Brazil's mobile 9
// after a parenthesised area code; elsewhere a lone digit stays no phone's.
TEST(PiiDetector, ALoneDigitIsATrunkEightOrBrazilsMobileNine) {
  for (const char* text : {"можно по номеру 8 903 289-35-43 после 17:00",
                           "Mariana Ferreira, celular (21) 9 9428-9702"}) {
    const auto found = Scan(*Structured(), text);
    bool phone = false;
    for (const auto& d : found) phone = phone || d.entity == "PHONE_NUMBER";
    EXPECT_TRUE(phone) << text << ": " << Describe(text, found);
  }
  const std::string text = "rows 5 903 289 35 43 were merged";
  for (const auto& d : Scan(*Structured(), text)) EXPECT_NE(d.entity, "PHONE_NUMBER") << Describe(text, Scan(*Structured(), text));
}

// "part" no longer vetoes a phone by prefix ("Other party:", "Partner contact:"); Japan's postal
// mark makes a postal code.
TEST(PiiDetector, APartyOrAPartnerBeforeAPhoneIsNoVetoAndAPostalMarkIs) {
  const std::string text = "Other party: James Williams, 614-318-1455";
  bool phone = false;
  for (const auto& d : Scan(*Structured(), text)) phone = phone || d.entity == "PHONE_NUMBER";
  EXPECT_TRUE(phone) << Describe(text, Scan(*Structured(), text));
  const std::string postal = "Marigold Health Partners \xe3\x80\x92" "043-9211";
  for (const auto& d : Scan(*Structured(), postal)) EXPECT_NE(d.entity, "PHONE_NUMBER") << Describe(postal, Scan(*Structured(), postal));
}

// A signature's line opened by a phone's letter names the bare number after it a phone.
TEST(PiiDetector, ASignatureLineOpenedByAPhonesLetterNamesTheNumber) {
  for (const char* text : {"THOMAS Camille\nT. 0616931559\n", "Putri Pratama\nM 08538504323\n",
                           "31608 TOULOUSE\nT\xc3\xa9l. : 0650593276\n"}) {
    bool phone = false;
    for (const auto& d : Scan(*Structured(), text)) phone = phone || d.entity == "PHONE_NUMBER";
    EXPECT_TRUE(phone) << text;
  }
  const std::string text = "Batch\nX 0616931559\n";
  for (const auto& d : Scan(*Structured(), text)) EXPECT_NE(d.entity, "PHONE_NUMBER") << text;
}

// A form listing an SSN and a passport number: the passport's own label, right before it, wins
// over the SSN label near it.
TEST(PiiDetector, APassportNumberNamedRightBeforeIsThePassportsEvenNearAnSsnLabel) {
  const std::string text = "SSN on file: yes\nPassport No.: 536228765\nNationality: US";
  const auto found = Scan(*Structured(), text);
  ASSERT_EQ(found.size(), 1u) << Describe(text, found);
  EXPECT_EQ(found[0].entity, "US_PASSPORT");
  const std::string ssn = "Passport: on file\nSSN: 536228765";
  const auto found_ssn = Scan(*Structured(), ssn);
  ASSERT_EQ(found_ssn.size(), 1u) << Describe(ssn, found_ssn);
  EXPECT_EQ(found_ssn[0].entity, "US_SSN");
}

// A passport named in a non-Latin script (a run of non-ASCII characters is a context word of
// its own), in both of the recognizers' shapes; the same numbers named nothing stay.
TEST(PiiDetector, APassportNamedInANonLatinScriptIsAPassport) {
  for (const char* text : {"Паспорт: C47291836", "护照号码：E12345678", "パスポート番号 T12345678",
                           "여권번호: M70689098", "Загранпаспорт 745106293", "रोगी का पासपोर्ट: 536228765"}) {
    const auto found = Scan(*Structured(), text);
    bool passport = false;
    for (const auto& d : found) passport = passport || d.entity == "US_PASSPORT";
    EXPECT_TRUE(passport) << text << ": " << Describe(text, found);
  }
  for (const char* text : {"Заказ: C47291836", "订单号码：E12345678"})
    EXPECT_TRUE(Scan(*Structured(), text).empty()) << text;
}

TEST(PiiDetector, ThresholdDecides) {
  PiiOptions o;
  o.score_threshold = 0.0;
  auto low = CreatePiiDetector(o).value();
  EXPECT_EQ(Scan(*low, "ref 536228765").size(), 1u);  // bare SSN scores 0.3
  o.score_threshold = 0.99;
  auto high = CreatePiiDetector(o).value();
  EXPECT_TRUE(Scan(*high, "phone: 415-555-0132").empty());
  EXPECT_EQ(Scan(*high, "send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa").size(), 1u);
}

TEST(PiiDetector, DefaultEntitiesAreTheReferenceSet) {
  auto d = CreatePiiDetector(PiiOptions{}).value();
  EXPECT_EQ(Scan(*d, "mail jane@example.com").size(), 1u);
  EXPECT_TRUE(Scan(*d, "see https://example.com/x").empty());          // URL is opt-in
  // With URL off, a URL's host is still scanned.
  auto ip = Scan(*d, "GET http://10.20.30.40:8080/api");
  ASSERT_EQ(ip.size(), 1u);
  EXPECT_EQ(ip[0].entity, "IP_ADDRESS");
  EXPECT_EQ(ip[0].begin, 11u);
  EXPECT_TRUE(Scan(*d, "IBAN DE89370400440532013000").empty());        // IBAN_CODE is opt-in
  EXPECT_TRUE(Scan(*d, "Dear John Smith, welcome").empty());           // PERSON is opt-in
}

TEST(PiiDetector, AnAddressInBracketsAfterAHostIsAnIpAddress) {
  // Mail logs: "connect from unknown[203.0.113.7]"; an index a[4155550132] stays no phone.
  const std::string text = "postfix/smtpd[1861]: connect from unknown[203.0.113.7]\n";
  const auto found = Scan(*Structured(), text);
  ASSERT_EQ(found.size(), 1u) << Describe(text, found);
  EXPECT_EQ(found[0].entity, "IP_ADDRESS");
}

TEST(PiiDetector, ANetworkInCidrNotationIsNoAddressButASingleHostIs) {
  const std::string text =
      "firewall_allow: [10.145.0.0/20, fd18:7431::/48]\nadmin_cidrs = [\"83.199.123.187/32\", "
      "\"2a02:e9ab:11eb::d28b:2249/128\"]\nGET /api/v2 from 203.0.113.9/index.html\n";
  const auto found = Scan(*Structured(), text);
  ASSERT_EQ(found.size(), 3u) << Describe(text, found);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "83.199.123.187");
  EXPECT_EQ(text.substr(found[1].begin, found[1].end - found[1].begin),
            "2a02:e9ab:11eb::d28b:2249");
  EXPECT_EQ(text.substr(found[2].begin, found[2].end - found[2].begin), "203.0.113.9");
}

TEST(PiiDetector, AnItinInParenthesesInItsOwnGroupingIsAnItin) {
  const std::string text = "Your spouse's ITIN (913 72 5751) goes on the W-4.";
  const auto found = Scan(*Structured(), text);
  ASSERT_EQ(found.size(), 1u) << Describe(text, found);
  EXPECT_EQ(found[0].entity, "US_ITIN");
}

TEST(PiiDetector, AllowListsSkipValues) {
  PiiOptions o;
  o.allow_values = {"support@example.com"};
  o.allow_regexes = {R"(.*@example\.org)"};
  auto d = CreatePiiDetector(o).value();
  const std::string_view text = "support@example.com, a@example.org, b@example.net";
  auto found = Scan(*d, text);
  ASSERT_EQ(found.size(), 1u) << Describe(text, found);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "b@example.net");
}

TEST(PiiDetector, PhoneRegionsAreConfigurable) {
  PiiOptions o;
  o.phone_regions = {"GB"};
  auto gb = CreatePiiDetector(o).value();
  EXPECT_EQ(Scan(*gb, "Tel. 020 7946 0958").size(), 1u);
  EXPECT_TRUE(Scan(*gb, "phone: (415) 555-0132").empty());  // national US format, US not listed
  EXPECT_EQ(Scan(*gb, "phone: +1 415 555 0132").size(), 1u);  // international: any region
}

TEST(CreatePiiDetector, ErrorsNameTheProblem) {
  PiiOptions bad_entity;
  bad_entity.entities = {"EMAIL"};
  auto r = CreatePiiDetector(bad_entity);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("EMAIL_ADDRESS"), std::string::npos);  // lists known names
  PiiOptions bad_region;
  bad_region.phone_regions = {"XX"};
  EXPECT_FALSE(CreatePiiDetector(bad_region));
  PiiOptions bad_threshold;
  bad_threshold.score_threshold = 1.5;
  EXPECT_FALSE(CreatePiiDetector(bad_threshold));
  PiiOptions bad_regex;
  bad_regex.allow_regexes = {"("};
  auto re = CreatePiiDetector(bad_regex);
  ASSERT_FALSE(re);
  EXPECT_NE(re.error().message.find("allow_regexes"), std::string::npos);
}

TEST(PiiDetector, AnyBytesAreSafe) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919) & 0xff));
  junk += std::string("\0@\0:\0+(", 8);
  std::vector<Detection> out;
  Structured()->Scan(junk, out);
  PiiOptions o;
  o.entities = {"PERSON", "LOCATION"};
  CreatePiiDetector(o).value()->Scan(junk, out);
  for (const Detection& d : out) {
    EXPECT_LT(d.begin, d.end);
    EXPECT_LE(d.end, junk.size());
  }
  Structured()->Scan("", out);
  Structured()->Scan("@", out);
  Structured()->Scan("+", out);
  Structured()->Scan(":", out);
}

// The Detector contract on random mixes of PII fragments, look-alikes and junk: spans are in
// bounds, sorted by begin, and do not overlap.
TEST(PiiDetector, SpansAreSortedAndDisjointOnRandomMixes) {
  static const char* kFragments[] = {
      "jane@example.com", "+1 415 555 0132", "4532 0151 1283 0366", "192.168.1.1",
      "2001:db8::1", "536-22-8765", "GB82 WEST 1234 5698 7654 32", "Dear John Smith",
      "in Paris", "2024-03-15T10:30:00Z", "v1.2.3", "@", ":", "(", "+", ".", " ", ",", "\n",
      "www.example.org", "https://x.example.com/a", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
      "AB1234563", "943 476 5919", "\xc3\x89mile", "\xff\xfe", "phone", "ssn", "12", "Z"};
  PiiOptions o;
  o.entities = {"CREDIT_CARD", "CRYPTO", "DATE_TIME", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS",
                "LOCATION", "MEDICAL_LICENSE", "PERSON", "PHONE_NUMBER", "UK_NHS", "URL",
                "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_ITIN", "US_PASSPORT", "US_SSN"};
  o.score_threshold = 0.0;
  auto d = CreatePiiDetector(o).value();
  std::uint64_t seed = 42;
  auto next = [&seed] {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(seed >> 33);
  };
  constexpr std::size_t kFragmentCount = sizeof(kFragments) / sizeof(kFragments[0]);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const std::size_t pieces = 1 + next() % 12;
    for (std::size_t i = 0; i < pieces; ++i) {
      text += kFragments[next() % kFragmentCount];
      if (next() % 2) text += " ";
    }
    std::vector<Detection> out;
    d->Scan(text, out);
    for (std::size_t i = 0; i < out.size(); ++i) {
      ASSERT_LT(out[i].begin, out[i].end) << text;
      ASSERT_LE(out[i].end, text.size()) << text;
      ASSERT_GE(out[i].score, 0.0f);
      ASSERT_LE(out[i].score, 1.0f);
      if (i > 0) {
        ASSERT_LE(out[i - 1].end, out[i].begin) << text << " -> " << Describe(text, out);
      }
    }
  }
}

TEST(PiiDetector, CleanTextFindsNothing) {
  const std::string text(10000, 'a');
  std::vector<Detection> out;
  Structured()->Scan(text, out);
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(out.capacity(), 0u);  // nothing was allocated in `out`
}

}  // namespace
}  // namespace mcpgw::guards::pii
