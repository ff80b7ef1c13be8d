// The Prometheus text exposition format, version 0.0.4: escaping and number formatting, as pure
// functions (the registry writes the lines; these make each piece right).
//
// Threading: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace mcpgw::metrics {

// The Content-Type of a scrape answer.
inline constexpr std::string_view kTextFormatContentType = "text/plain; version=0.0.4; charset=utf-8";

// A label value inside double quotes: backslash, double quote and line feed escaped.
std::string EscapeLabelValue(std::string_view value);
// A HELP text: backslash and line feed escaped.
std::string EscapeHelp(std::string_view help);
// A sample value: shortest round-trip decimal ("1", "0.25", "1e-05"), "+Inf", "-Inf", "NaN".
std::string FormatValue(double value);

// True for a valid metric or label name: [a-zA-Z_:][a-zA-Z0-9_:]* (labels: no ':').
bool IsValidMetricName(std::string_view name);
bool IsValidLabelName(std::string_view name);

}  // namespace mcpgw::metrics
