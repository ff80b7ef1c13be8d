// Result<T>: the value-or-error type used for expected failures throughout the gateway.
//
// An Error carries a human-readable message meant for a user (config errors name the file, line
// and column). Threading: plain values.
#pragma once

#include <boost/assert/source_location.hpp>
#include <boost/system/result.hpp>

#include <stdexcept>
#include <string>
#include <utility>

namespace mcpgw {

struct Error {
  // Built through MakeError. The tag keeps Error from being constructible from a plain string,
  // so that Result<std::string> is unambiguously built from a string value.
  struct FromText {};
  Error() = default;
  Error(FromText, std::string text) : message(std::move(text)) {}
  std::string message;
};

// Called by Result<T>::value() when it holds an Error (found by ADL).
[[noreturn]] inline void throw_exception_from_error(const Error& e,
                                                    const boost::source_location&) {
  throw std::runtime_error(e.message);
}

template <typename T>
using Result = boost::system::result<T, Error>;

inline Error MakeError(std::string message) { return Error(Error::FromText{}, std::move(message)); }

}  // namespace mcpgw
