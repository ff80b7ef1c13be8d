// ColumnHeaderEntity: the entity a table's header cell names for the text under it.
//
// Query results, spreadsheet exports and school or shipping records print their people and
// places in columns whose header says what they hold: "ship_city", "Soyad", "Genitore",
// "Фамилия", "住所", "Địa chỉ". Under such a header a name in any script, a village no
// gazetteer lists, or a street line is what the header says, although nothing in the cell
// itself shows it. The record reader (record_fields.cc) asks this for each header cell of a
// delimited or aligned table and labels the shaped cells under it.
//
// A header names a PERSON ("first_name", "student", "Nachname", "氏名", "이름") or a LOCATION
// ("city", "address", "Wohnort", "ville", "город", "地址", "thành phố"); a word of another kind
// anywhere in it names nothing ("company_name", "city_code", "user_name", "email", "file
// name", "nationality"). A place word wins over a person word ("customer address"). A header
// that is only the generic word for a name ("name", "Name", "nom", "naam") or a role that may be
// a firm or an id ("customer", "client", "owner") is weak: the caller labels its cells only
// with other evidence (see record_fields.cc); so are "location", "region", "state".
//
// Words are matched after folding: ASCII and Latin letters to lower-case ASCII without marks
// ("Şehir" -> "sehir"), Cyrillic and Greek capitals to lower case; words split at spaces,
// punctuation, digits and camelCase ("shipCity" -> ship, city). Headers of unspaced scripts
// (Chinese, Japanese, Korean, Thai) match whole or by their ending ("客户姓名").
//
// Threading: thread-safe; the result depends on `header` alone (scratch buffers are
// thread-local). Never throws; bytes that are not UTF-8 name nothing.
#pragma once

#include <optional>
#include <string_view>

#include "guards/pii/entity.h"

namespace mcpgw::guards::pii {

struct HeaderName {
  Entity entity;  // kPerson or kLocation
  bool strong;    // false: label the cells only with other evidence
};

std::optional<HeaderName> ColumnHeaderEntity(std::string_view header);

// Whether the header is only the generic word for a name ("name", "Name", "nom", "الاسم"),
// which a product's or a firm's list uses as often as a list of people.
bool IsGenericNameHeader(std::string_view header);

}  // namespace mcpgw::guards::pii
