// PERSON and LOCATION recognition without a model: runs of capitalised words (Latin, Greek,
// Cyrillic) looked up in the compiled-in gazetteer (gazetteer.h), scored by rules (first name +
// last name, a title such as "Dr.", a greeting or a "name" key before it, "in"/"from"/"city"
// before a place, ", <state>" after a city) and penalised when the word is also an everyday
// English word. Names the gazetteer does not know, and names in scripts without capitals (Han,
// Hangul, Arabic, Hebrew, Indic, Thai, ...), count only by their structure: the display name of
// an address, a person's field or column, a chat line's author, a letter's signature; places in
// those scripts by a place's field or column.
//
// Pure function; allocates only to append detections; any bytes (invalid UTF-8 is no letter).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "guards/detector.h"
#include "guards/pii/recognizers.h"

namespace mcpgw::guards::pii {

// Is a detected value allow-listed? (A function reference; no allocation.)
struct AllowCheck {
  const void* self;
  bool (*allowed)(const void* self, std::string_view value);
};

// Appends PERSON and LOCATION detections of `text` that do not overlap the detections in
// out[first, structured_end) (sorted by begin). The appended ones are sorted by begin.
void ScanNames(const ScanConfig& config, std::string_view text, std::vector<Detection>& out,
               std::size_t first, std::size_t structured_end, AllowCheck allow);

// The letter rule ScanNames uses, for the other name passes (record_fields.h): a letter of the
// cased scripts names are written in (Latin, Greek, Cyrillic).
bool IsNameLetter(char32_t cp);
bool IsNameCapital(char32_t cp);
// A word folded to lower-case ASCII letters ("Nguyễn" -> "nguyen", "Grüßen" -> "grussen",
// "Okafor-Reyes" -> "okaforreyes"); false for a letter of another script or more than 24 letters.
bool FoldNameWord(std::string_view word, char (&buf)[24], std::string_view& out);
// True for a word (lower-case ASCII) that names an organisation or a team: inc, gmbh, team, ...
bool IsOrganisationWord(std::string_view key);
// True for a title written before a name (mr, dr, prof, frau, ...), lower-case ASCII.
bool IsTitleWord(std::string_view key);
// True for an English month or weekday name or abbreviation (jan, sep, monday), lower-case ASCII.
bool IsCalendarWord(std::string_view key);
// True for the local part of a role mailbox (support, noreply, billing, ...), lower-case ASCII.
bool IsRoleMailboxWord(std::string_view key);

}  // namespace mcpgw::guards::pii
