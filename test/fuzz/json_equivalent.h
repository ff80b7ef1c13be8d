// Structural JSON equality for fuzzers that compare a value with the same value after a
// serialize/parse round: numbers within a relative 1e-14, because Boost.JSON 1.81 reads some
// 17-digit doubles back one unit off.
#pragma once

#include <algorithm>
#include <boost/json/value.hpp>
#include <cmath>
#include <cstddef>

namespace mcpgw::fuzzing {

enum class NumberKinds {
  kMustMatch,  // a double equals only a double (an int64 only an equal int64)
  kMayDiffer,  // any two numbers compare as doubles (canonical JSON writes 1.0 as 1)
};

inline bool Equivalent(const boost::json::value& a, const boost::json::value& b,
                       NumberKinds kinds) {
  const bool numbers = kinds == NumberKinds::kMayDiffer ? a.is_number() && b.is_number()
                                                        : a.is_double() && b.is_double();
  if (numbers) {
    const double x = a.to_number<double>();
    const double y = b.to_number<double>();
    return x == y || std::fabs(x - y) <= 1e-14 * std::max(std::fabs(x), std::fabs(y));
  }
  if (a.kind() != b.kind()) return false;
  if (const boost::json::array* x = a.if_array()) {
    const boost::json::array& y = b.get_array();
    if (x->size() != y.size()) return false;
    for (std::size_t i = 0; i < x->size(); ++i)
      if (!Equivalent((*x)[i], y[i], kinds)) return false;
    return true;
  }
  if (const boost::json::object* x = a.if_object()) {
    const boost::json::object& y = b.get_object();
    if (x->size() != y.size()) return false;
    for (const auto& member : *x) {
      const boost::json::value* other = y.if_contains(member.key());
      if (!other || !Equivalent(member.value(), *other, kinds)) return false;
    }
    return true;
  }
  return a == b;
}

}  // namespace mcpgw::fuzzing
