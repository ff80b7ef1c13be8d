#include "guards/pii/column_headers.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "guards/pii/name_recognizer.h"

namespace mcpgw::guards::pii {
namespace {

using core::DecodeUtf8;

// Words that make a header name something else than the person or place: ids, codes, contact
// channels, dates, things, organisations, accounts ("company_name", "city_code", "username").
constexpr std::string_view kOtherWords[] = {
    "id", "ids", "uuid", "guid", "key", "email", "mail", "emails", "phone", "tel", "telefon",
    "telefono", "telephone", "mobile", "cell", "fax", "code", "codes", "zip", "zipcode", "postal",
    "postcode", "plz", "cap", "cep", "count", "num", "number", "nr", "nro", "type", "status",
    "date", "time", "timestamp", "at", "lat", "lng", "lon", "latitude", "longitude", "geo",
    "coords", "ip", "url", "uri", "link", "host", "hostname", "file", "filename", "path", "dir",
    "product", "item", "sku", "article", "company", "companies", "org", "organisation",
    "organization", "firm", "business", "employer", "team", "project", "server", "service",
    "app", "application", "table", "column", "field", "user", "username", "login", "handle",
    "nick", "nickname", "account", "bank", "brand", "model", "category", "tag", "label", "title",
    "event", "course", "subject", "class", "group", "role", "department", "dept", "job",
    "position", "school", "university", "hospital", "clinic", "store", "shop", "branch",
    "office", "building", "room", "hotel", "airline", "flight", "nationality", "citizenship",
    "language", "lang", "currency", "timezone", "tz", "locale", "hash", "token", "secret",
    "password", "sig", "signature", "version", "size", "amount", "price", "total", "qty",
    "quantity", "score", "grade", "length", "domain", "pod", "node", "cluster",
    "namespace", "image", "container", "repo", "repository", "branch", "commit", "queue", "topic",
    "bucket", "iso", "abbr", "abbrev", "short", "prefix", "suffix", "display",
    "screen", "alias", "pet", "animal", "dog", "cat", "horse", "vessel", "plate",
    "vehicle", "car", "device", "printer", "machine", "firma", "empresa", "societe", "azienda",
    "unternehmen", "produkt", "producto", "produit", "prodotto", "kod", "kodu", "tarih", "fecha",
    "datum", "data", "posta", "no", "numero", "nummer", "numer", "номер", "код", "дата", "почта",
    "телефон", "компания", "название", "nazwa", "naziv", "nazev", "nimetus", "megnevezes"};

// Words that name a person in a header.
constexpr std::string_view kPersonWords[] = {
    // English
    "firstname", "lastname", "surname", "surnames", "forename", "forenames", "givenname",
    "familyname", "fullname", "middlename", "maidenname", "student", "students", "pupil",
    "parent", "parents", "guardian", "mother", "father", "patient", "employee",
    "recipient", "addressee", "sender", "passenger", "guest", "attendee", "participant",
    "member", "teacher", "tutor", "doctor", "physician", "nurse", "prescriber", "assignee",
    "signatory", "beneficiary", "payee", "payer", "cardholder", "applicant", "candidate",
    "tenant", "landlord", "buyer", "spouse", "child", "witness", "person", "people",
    "contactperson", "consignee", "shipper", "lessee", "insured", "policyholder", "caregiver",
    "nextofkin", "emergencycontact", "kin", "referrer", "requester", "requestor", "volunteer",
    "coach", "player", "resident", "occupant", "traveller", "traveler", "visitor", "donor",
    // German, Dutch, Scandinavian
    "vorname", "nachname", "familienname", "schuler", "schueler", "schulerin", "eltern",
    "elternteil", "mutter", "vater", "mitarbeiter", "mitarbeiterin", "empfanger", "empfaenger",
    "absender", "ansprechpartner", "erziehungsberechtigter", "patientin", "voornaam",
    "achternaam", "leerling", "ouder", "ouders", "medewerker", "ontvanger", "fornavn",
    "etternavn", "efternavn", "efternamn", "fornamn", "elev", "foresatt", "foraelder",
    "vardnadshavare", "foresatte", "etunimi", "sukunimi", "oppilas", "huoltaja", "potilas",
    // Romance
    "prenom", "prenoms", "eleve", "tuteur", "destinataire", "expediteur", "salarie", "apellido",
    "apellidos", "alumno", "alumna", "estudiante", "padre", "madre", "paciente",
    "destinatario", "remitente", "empleado", "cognome", "studente", "alunno", "genitore",
    "paziente", "dipendente", "sobrenome", "aluno", "responsavel", "funcionario", "titular",
    // Central and Eastern European, Turkish, others in Latin script
    "imie", "nazwisko", "uczen", "rodzic", "opiekun", "pacjent", "jmeno", "prijmeni", "zak",
    "rodic", "ime", "prezime", "ucenik", "roditelj", "vezeteknev", "keresztnev", "tanulo",
    "szulo", "soyad", "soyadi", "adi", "adsoyad", "ogrenci", "veli", "hasta", "siswa",
    "orangtua", "pelanggan", "penerima", "pangalan", "apelyido", "mwanafunzi", "mzazi",
    // Cyrillic, Greek, Hebrew, Arabic, Persian, Indic, Georgian, Armenian
    "имя", "фамилия", "отчество", "фио", "ученик", "учащийся", "ученица", "родитель",
    "родители", "получатель", "отправитель", "пациент", "сотрудник", "ім'я", "прізвище",
    "учень", "батьки", "отримувач", "презиме", "επώνυμο", "ονοματεπώνυμο",
    "μαθητής", "γονέας", "ασθενής", "παραλήπτης", "תלמיד", "הורה", "מטופל", "נמען", "الطالب",
    "طالب", "ولي", "المريض", "المستلم", "خانوادگی", "دانش‌آموز", "छात्र", "अभिभावक", "मरीज़",
    "გვარი", "მოსწავლე", "นามสกุล", "นักเรียน", "ผู้ปกครอง", "անուն", "ազգանուն"};

// The generic word for a name (a person's, a product's, a firm's): weak.
constexpr std::string_view kGenericNameWords[] = {
    "name", "names", "nom", "noms", "nombre", "nombres", "nome", "nomi", "naam", "navn", "namn",
    "nimi", "nev", "isim", "ad", "ten", "nama", "שם", "ชื่อ", "الاسم", "اسم", "نام", "नाम",
    "όνομα", "სახელი"};
// Roles that may hold a firm, a team or an id: weak.
constexpr std::string_view kWeakPersonWords[] = {
    "customer", "client", "cliente", "kunde", "klant", "kund", "contact", "contacts", "owner",
    "manager", "author", "reporter", "holder", "driver", "seller", "клиент"};

// Words that name a place.
constexpr std::string_view kPlaceWords[] = {
    // English
    "city", "cities", "town", "village", "locality", "municipality", "suburb", "district",
    "county", "country", "address", "addresses", "street", "addr", "hometown", "birthplace",
    "residence", "neighbourhood", "neighborhood", "borough", "parish", "province", "prefecture",
    "oblast", "canton", "commune", "settlement", "township", "shipto", "billto", "streetaddress",
    "postaladdress", "homeaddress",
    // German, Dutch, Scandinavian, Finnish, Hungarian
    "ort", "stadt", "wohnort", "strasse", "adresse", "anschrift", "gemeinde",
    "ortschaft", "bundesland", "kanton", "plaats", "woonplaats", "stad", "adres", "straat",
    "gemeente", "provincie", "poststed", "postort", "kommune", "kommun", "gade", "gata",
    "kaupunki", "osoite", "kunta", "paikkakunta", "katu", "varos", "telepules",
    "megye", "orszag", "utca",
    // Romance
    "ville", "pays", "rue", "localite", "ciudad", "localidad", "municipio", "direccion",
    "domicilio", "calle", "pais", "provincia", "comuna", "citta", "comune", "indirizzo", "paese",
    "cidade", "endereco", "morada", "concelho", "bairro", "barrio", "colonia",
    "quartier",
    // Central and Eastern European, Turkish, others in Latin script
    "miasto", "miejscowosc", "ulica", "kraj", "wojewodztwo", "mesto", "obec", "ulice", "adresa",
    "grad", "sehir", "il", "ilce", "ulke", "mahalle", "sokak", "cadde", "semt", "kota", "alamat",
    "negara", "kecamatan", "kabupaten", "lungsod", "tirahan", "bayan", "mji", "anwani", "tinh",
    "phuong", "huyen",
    // Cyrillic, Greek, Hebrew, Arabic, Persian, Indic, Thai, Georgian, Armenian
    "город", "адрес", "улица", "страна", "область", "район", "населенный", "населённый",
    "місто", "адреса", "вулиця", "країна", "село", "град", "πόλη", "διεύθυνση", "οδός", "χώρα",
    "δήμος", "περιοχή", "עיר", "כתובת", "רחוב", "יישוב", "מדינה", "المدينة", "مدينة",
    "العنوان", "عنوان", "الدولة", "البلد", "الشارع", "الحي", "شهر", "آدرس", "نشانی", "شهرستان",
    "शहर", "पता", "गाँव", "गांव", "ज़िला", "जिला", "राज्य", "देश", "নগর", "শহর", "ঠিকানা",
    "நகரம்", "முகவரி", "เมือง", "ที่อยู่", "จังหวัด", "อำเภอ", "ประเทศ", "ქალაქი", "მისამართი",
    "ქვეყანა", "քաղաք", "հասցե"};

// Place words that may hold something else (a cloud region, a rack, a venue code): weak.
constexpr std::string_view kWeakPlaceWords[] = {
    "location", "locations", "region", "state", "place", "area", "zone", "site", "destination",
    "origin", "venue", "lieu", "ubicacion", "luogo", "standort", "местоположение", "quan",
    "land"};

// Headers of unspaced scripts, matched whole or as the header's ending.
constexpr std::string_view kCjkPersonEndings[] = {
    "姓名", "氏名", "名前", "名字", "学生", "學生", "家长", "家長", "联系人", "聯絡人", "收件人",
    "收货人", "收貨人", "患者", "担当者", "保護者", "生徒", "児童", "負責人", "负责人", "이름",
    "성명", "학생", "보호자", "담당자", "고객명", "수령인", "환자", "นามสกุล", "นักเรียน",
    "ผู้ปกครอง", "ผู้รับ"};
constexpr std::string_view kCjkPersonWhole[] = {"姓", "名", "성", "氏"};
constexpr std::string_view kCjkPlaceEndings[] = {
    "城市", "地址", "住所", "所在地", "都市", "市区町村", "都道府県", "省份", "国家", "配送先",
    "送付先", "收货地址", "收貨地址", "居住地", "出生地", "市", "주소", "도시", "지역", "국가",
    "거주지", "시군구", "시도"};

bool In(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

template <std::size_t N>
bool In(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Appends the lower-case UTF-8 of cp: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic
// capitals lowered; others as they are.
void AppendLower(char32_t cp, std::string& out) {
  if (cp >= 'A' && cp <= 'Z') {
    cp += 0x20;
  } else if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) ||
             (cp >= 0x410 && cp <= 0x42F)) {
    cp += 0x20;
  } else if (cp >= 0x400 && cp <= 0x40F) {
    cp += 0x50;
  } else if (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0 && cp != 0x130) {
    cp += 1;
  } else if (cp == 0x130) {
    cp = 'i';
  }
  core::AppendUtf8(out, cp);
}

// A code point that separates a header's words: ASCII other than letters (digits, '_', '-',
// '.', '/', '(' ...), spaces, punctuation of other scripts.
bool Separates(char32_t cp) {
  if (cp < 0x80) return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '\'');
  return cp == 0xA0 || cp == 0xB7 || (cp >= 0x2000 && cp <= 0x206F) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0xFF1A;
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The header's words, folded (see column_headers.h); false when it is not UTF-8, empty, longer
// than 64 bytes or of more than 6 words.
bool HeaderWords(std::string_view header, std::vector<std::string>& words) {
  if (header.empty() || header.size() > 64) return false;
  std::string raw;
  bool valid = true;
  auto flush = [&] {
    if (raw.empty()) return;
    char buf[24];
    std::string_view folded;
    if (FoldNameWord(raw, buf, folded) && !folded.empty()) {
      words.emplace_back(folded);
    } else {
      std::string lower;
      for (std::size_t i = 0; i < raw.size();) {
        const auto [cp, len] = DecodeUtf8(raw, i);
        if (len == 0) {
          valid = false;
          return;
        }
        AppendLower(cp, lower);
        i += len;
      }
      words.push_back(std::move(lower));
    }
    raw.clear();
  };
  char32_t prev = 0;
  for (std::size_t i = 0; i < header.size();) {
    const auto [cp, len] = DecodeUtf8(header, i);
    if (len == 0) return false;
    if (Separates(cp)) {
      flush();
    } else {
      // camelCase: a capital after a lower-case ASCII letter starts a word.
      if (cp >= 'A' && cp <= 'Z' && prev >= 'a' && prev <= 'z') flush();
      raw.append(header.substr(i, len));
    }
    prev = cp;
    i += len;
  }
  flush();
  return valid && !words.empty() && words.size() <= 6;
}

}  // namespace

bool IsGenericNameHeader(std::string_view header) {
  thread_local std::vector<std::string> words;  // reused: headers are read per table
  words.clear();
  if (!HeaderWords(header, words)) return false;
  for (const std::string& w : words) {
    if (!In(w, kGenericNameWords)) return false;
  }
  return true;
}

std::optional<HeaderName> ColumnHeaderEntity(std::string_view header) {
  // A header is a few words of letters: nothing else is worth splitting.
  if (header.size() < 2 || header.size() > 64 ||
      std::none_of(header.begin(), header.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
      })) {
    return std::nullopt;
  }
  thread_local std::vector<std::string> words;  // reused: headers are read per table
  words.clear();
  if (!HeaderWords(header, words)) return std::nullopt;
  // Joined pairs: "first name" -> firstname, "ship to" -> shipto, "next of kin" -> ...
  thread_local std::vector<std::string> all;
  all.assign(words.begin(), words.end());
  for (std::size_t k = 0; k + 1 < words.size(); ++k) all.push_back(words[k] + words[k + 1]);
  if (words.size() >= 3) {
    for (std::size_t k = 0; k + 2 < words.size(); ++k) {
      all.push_back(words[k] + words[k + 1] + words[k + 2]);
    }
  }
  bool person = false, weak_person = false, place = false, weak_place = false;
  for (const std::string& w : words) {
    if (In(w, kOtherWords)) return std::nullopt;
  }
  for (const std::string& w : all) {
    person = person || In(w, kPersonWords);
    weak_person = weak_person || In(w, kWeakPersonWords) || In(w, kGenericNameWords);
    place = place || In(w, kPlaceWords);
    weak_place = weak_place || In(w, kWeakPlaceWords);
  }
  // Vietnamese pairs of syllables: học sinh (pupil), phụ huynh (parent), họ tên (full name),
  // thành phố (city), địa chỉ (address).
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    const std::string& a = words[k];
    const std::string& b = words[k + 1];
    if ((a == "hoc" && b == "sinh") || (a == "phu" && b == "huynh") ||
        (a == "ho" && b == "ten") || (a == "benh" && b == "nhan")) {
      person = true;
    }
    if ((a == "thanh" && b == "pho") || (a == "dia" && b == "chi") || (a == "que" && b == "quan")) {
      place = true;
    }
    // "name" beside a role ("customer name", "parent_name", "contact name"): a person's name.
    if ((In(a, kWeakPersonWords) && In(b, kGenericNameWords)) ||
        (In(b, kWeakPersonWords) && In(a, kGenericNameWords))) {
      person = true;
    }
  }
  // A whole header of an unspaced script.
  if (words.size() == 1) {
    const std::string& w = words[0];
    if (In(w, kCjkPersonWhole)) person = true;
    for (std::string_view e : kCjkPersonEndings) person = person || EndsWith(w, e);
    for (std::string_view e : kCjkPlaceEndings) place = place || EndsWith(w, e);
    // Endings that also close other words: 市场 (market) is no 市, 公司名 no 名.
    if (EndsWith(w, "公司名") || EndsWith(w, "会社名") || EndsWith(w, "商品名") ||
        EndsWith(w, "品名") || EndsWith(w, "件名") || EndsWith(w, "店名")) {
      return std::nullopt;
    }
  }
  if (place) return HeaderName{Entity::kLocation, true};
  if (person) return HeaderName{Entity::kPerson, true};
  if (weak_place) return HeaderName{Entity::kLocation, false};
  if (weak_person) return HeaderName{Entity::kPerson, false};
  return std::nullopt;
}

}  // namespace mcpgw::guards::pii
