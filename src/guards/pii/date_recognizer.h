// Dates and times among digit phrases: numeric dates with an optional time and zone, and dates
// with a month name. They are recognised before phones and card numbers so that no date is ever
// taken for one. Internal to pii/.
//
// Pure functions; no allocation.
#pragma once

#include <cstddef>
#include <string_view>

#include "guards/pii/digit_phrase.h"

namespace mcpgw::guards::pii {

// A numeric date at the start of the phrase ("2024-03-15", "15/03/2024", "03/15/24"), with an
// optional time ("T10:30:00Z", " 10:30"). Returns the end, or 0 when the phrase is no date.
std::size_t NumericDate(std::string_view text, const Phrase& p);

// "March 5, 2024", "5 March 2024", "Mar 2024": a month name before or after the phrase's first
// group. Returns the end and sets `out_begin`, or returns 0.
std::size_t MonthNameDate(std::string_view text, const Phrase& p, std::size_t& out_begin);

}  // namespace mcpgw::guards::pii
