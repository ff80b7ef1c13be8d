// Small typed accessors for optional members of JSON objects, returning empty values instead of
// throwing when a member is missing or has another type.
//
// Threading: pure functions; results point into the object and live as long as it is unchanged.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <string_view>

namespace mcpgw::core {

// The member `key` when it is an object, else nullptr.
inline const boost::json::object* ObjectMember(const boost::json::object& object,
                                               std::string_view key) {
  const boost::json::value* value = object.if_contains(key);
  return value ? value->if_object() : nullptr;
}

// The member `key` when it is a string, else an empty view.
inline std::string_view StringMember(const boost::json::object& object, std::string_view key) {
  const boost::json::value* value = object.if_contains(key);
  return value && value->is_string() ? std::string_view(value->get_string()) : std::string_view();
}

}  // namespace mcpgw::core
