// Context words: whether words that make an entity likelier (or unlikelier) stand near a
// candidate span. Words are split on anything but ASCII letters and on camelCase humps
// ("phoneNumber" -> "phone", "number"), compared case-insensitively; a keyword of 4 or more
// letters also matches as a word prefix ("phone" matches "phones").
//
// Pure functions; allocate nothing; any bytes.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace mcpgw::guards::pii {

using WordList = std::span<const std::string_view>;

// How far context reaches, in bytes, before and after a candidate.
inline constexpr std::size_t kContextBefore = 48;
inline constexpr std::size_t kContextAfter = 24;

// True when one of `words` (lowercase) occurs in text[begin - before, begin) or
// text[end, end + after), or, when the candidate sits in a row of a delimited table (CSV, TSV,
// ';' or '|') whose first line is a header, in the header cell of the candidate's column
// ("phone" over a column of bare numbers).
bool HasContextWord(std::string_view text, std::size_t begin, std::size_t end, WordList words,
                    std::size_t before = kContextBefore, std::size_t after = kContextAfter);

// True when the candidate at `begin` sits in a delimited table row whose column header ends in
// an identifier's word ("contact_id", "Customer ID", "lead_ref", "uuid"): the column holds
// identifiers, whatever else its header says ("contact" names phones too).
bool InIdentifierColumn(std::string_view text, std::size_t begin);

// Words that name a passport, for the passport recognizers (letter + 8 digits, 9 digits).
// Non-Latin words are matched byte for byte, so their capitalized forms are listed too.
inline constexpr std::string_view kPassportContextWords[] = {
    "passport", "passports", "pasaporte", "passeport", "reisepass", "travel", "passaporto",
    "passaporte", "paspoort", "pasaport", "paszport", "passnummer", "паспорт", "Паспорт",
    "ПАСПОРТ", "закордонний", "Закордонний", "загранпаспорт", "Загранпаспорт", "护照", "護照",
    "旅券", "パスポート", "여권", "جواز", "पासपोर्ट", "διαβατήριο", "Διαβατήριο", "ΔΙΑΒΑΤΗΡΙΟ"};

// A travel document's number by its record's form, for the passport recognizers: the IATA
// SSR DOCS / APIS form "P/<issuing country>/<number>/" (the number starts at `pos`), or a
// record whose document type is a passport earlier on the same line ("doc_type":"P",
// document_type: passport).
bool TravelDocumentBefore(std::string_view text, std::size_t pos);

// The last word (letters only, lowercased into `buf`) that ends within `max_gap` bytes of
// non-letters before `pos`; empty when none.
std::string_view PreviousWord(std::string_view text, std::size_t pos, char (&buf)[24],
                              std::size_t max_gap = 3);

}  // namespace mcpgw::guards::pii
