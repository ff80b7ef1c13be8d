// PERSON and LOCATION values (and numbers a table's header names) found after ScanNames, from
// the record a value stands in and from what the document as a whole says:
//   - the properties of a vCard (RFC 6350: FN, N's family/given/additional names, ADR's street,
//     locality, region and country), as a contacts server or a CardDAV export prints them;
//   - the attributes of an LDIF entry (RFC 2849, RFC 4519: sn, givenName; cn and displayName in
//     a person's entry; l, st, street, postalAddress's `$`-separated lines, co), as an LDAP
//     server's search prints them, and the cn of a person entry's dn;
//   - a news item's dateline at a line's start ("Hay-on-Wye, July 23, 2025 — ");
//   - a name written next to the e-mail address made from it ("zhiqiang yang,zhiqiang.yang@...",
//     "'Saga Wahlberg', 'wahlberg.s@...'"), and a known name right before a way to reach its
//     person ("chiamare Ilaria al +39 ...");
//   - a chat's speakers (labels that open two or more lines, one of them a known name);
//   - "Family, Given" in a quoted cell of a delimited row, a cell of a table printed with aligned
//     columns, or a field's value ending at a column gap ("Patient: Banerjee, Pooja   NHS No");
//   - the columns of a table printed delimited or aligned (its header in its first row, above a
//     psql/mysql rule line, or indented over a data frame's index) and of an SQL INSERT or COPY
//     (its columns from the statement or the table's CREATE TABLE; guards/sql_rows.h): a column
//     mostly of PERSON (or LOCATION) detections gives its other name-shaped cells the same
//     entity, a header that names people or places (column_headers.h) gives its shaped cells
//     that entity, and a header naming an account, passport or driver's licence number gives
//     its cells of that shape the entity (US_BANK_NUMBER, US_PASSPORT, US_DRIVER_LICENSE);
//   - the value of a field whose key names a person or a place (a JSON member, key="value", an
//     XML element, a line's label), with the entity's shape and capitals;
//   - tagged formats' fields: GEDCOM PLAC, iCalendar LOCATION, HL7 PID-5/11 and NK1-2/4;
//   - a place in the locative after "in"/"on" in Czech, Slovak, Polish, Russian, Ukrainian and
//     Bulgarian ("v Lucerně", "на Борщагівці");
//   - a known place in a case form ("Poznaniu", "Debrecenben": the gazetteer's base once an
//     ending is taken off) and a place with a Turkish suffix after an apostrophe ("Mardin'de");
//   - street lines of postal addresses by their shape (street_lines.h): a place read across part
//     of a line joins it;
//   - names a marker shows (name_markers.h): honorifics, titles in uncased scripts, airline
//     SURNAME/GIVEN, a task's @owner, Chinese and Korean chat speakers;
//   - other whole-word mentions of a name found once (an obituary's heading, then "Imani ...").
// A value found so replaces the PERSON or LOCATION detections inside it (a name read as a town),
// and a header-named number replaces a phone, date or other context-read number in its cell; it
// never overlaps another entity's detection. Entities not enabled in `config` are not added.
//
// Thread-safe (no shared state but thread-local scratch in column_headers.cc and for the street
// and marked-name spans); allocates only for its result and scratch; any bytes.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "guards/detector.h"
#include "guards/pii/name_recognizer.h"
#include "guards/pii/recognizers.h"

namespace mcpgw::guards::pii {

// out[first, end) are the detections of `text` so far, sorted by begin and not overlapping;
// on return they still are, with the record fields added.
void ScanRecordFields(const ScanConfig& config, std::string_view text,
                      std::vector<Detection>& out, std::size_t first, AllowCheck allow);

}  // namespace mcpgw::guards::pii
