// Street lines of postal addresses found by their shape wherever they stand (a sentence, a
// form's value, a CSV cell, a calendar's LOCATION), in the national formats people write:
//   - a street word, the street's name, the house number: "ul. Kwiatowa 19", "Via Roma 171/A",
//     "Calle Durango 35, Col. Roma Norte", "C/ Mayor, 24, 1º dcha.", "Rua Augusta, 111, 3.º Esq.",
//     "al. Jana Pawła II 96 m. 48", "Οδός Ερμού 30", "ул. Ленина, д. 5", "שדרות רוטשילד 38",
//     "Rue de la Loi 16", "Am Mühlbach 65";
//   - the street's name, its type, the number: "Mariahilfer Straße 29/12", "Kossuth Lajos utca 12",
//     "Cumhuriyet Mah. Gül Sok. No:39", "Gedimino pr. 9", "Brīvības iela 5", "테헤란로 365";
//   - one word whose ending is the street's type: "Bahnhofstrasse 63", "Prinsengracht 123A",
//     "Mannerheimintie 12", "Drottninggatan 5";
//   - the number first: "43 avenue Jean-Jaurès", "1906 N 34th St, Apt 3A", "36 Queen St W,
//     Unit 350", "12 Đường Lê Lợi", "99 ถนนสุขุมวิท";
//   - Japanese and Chinese blocks: "世田谷区北沢4-5-17", "左京区下鴨松原町53", "建国路89号".
// A unit, floor or colonia written after the number ("/12", " m. 48", ", Apt 3A", ", 1º dcha.",
// ", кв. 7", ", Col. Roma Norte") belongs to the line. A number that is a count or a measure
// ("Via Slack 2 messages", "Calle Mayor 5 km") or part of a date, time or version is none.
//
// Pure function; allocates only to append; any bytes (invalid UTF-8 is no letter).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mcpgw::guards::pii {

struct StreetSpan {
  std::size_t begin;
  std::size_t end;
};

// Appends the street lines of `text`, in order and not overlapping.
void FindStreetLines(std::string_view text, std::vector<StreetSpan>& out);

}  // namespace mcpgw::guards::pii
