// PERSON and LOCATION values named by the record they stand in, found after ScanNames:
//   - the properties of a vCard (RFC 6350: FN, N's family/given/additional names, ADR's street,
//     locality, region and country), as a contacts server or a CardDAV export prints them;
//   - the attributes of an LDIF entry (RFC 2849, RFC 4519: sn, givenName; cn and displayName in
//     a person's entry; l, st, street, postalAddress's `$`-separated lines, co), as an LDAP
//     server's search prints them, and the cn of a person entry's dn;
//   - a name written next to the e-mail address made from it ("zhiqiang yang,zhiqiang.yang@...",
//     "ask hendra wijaya (hendra.wijaya@...)", "'Saga Wahlberg', 'wahlberg.s@...'"): every word
//     of the name is in the address's local part, or is the initial of one of its parts, and
//     one word of 3+ letters is spelled out; lower-case and one-word names that the
//     capitalised-run recognizer does not see.
// A value found so replaces the PERSON or LOCATION detections inside it (a name read as a town);
// it never overlaps another entity's detection.
//
// Pure function; allocates only for its result; any bytes.
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
