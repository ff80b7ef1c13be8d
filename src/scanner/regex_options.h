// The RE2 options every scanner check compiles its patterns with.
#pragma once

#include <re2/re2.h>

namespace mcpgw::scanner {

// Case-insensitive; errors are not logged (each check tests ok() and reports the pattern); up to
// 64 MiB per compiled program, which the largest multilingual alternations need.
inline re2::RE2::Options ScannerRegexOptions() {
  re2::RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  return options;
}

}  // namespace mcpgw::scanner
