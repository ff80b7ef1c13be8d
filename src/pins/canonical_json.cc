#include "pins/canonical_json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace mcpgw::pins {
namespace {

namespace json = boost::json;

void AppendString(std::string_view text, std::string& out) {
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\u%04x", c);
        out += escape;
      }
    }
  }
  out.append(text.data() + run, text.size() - run);
  out.push_back('"');
}

void AppendDouble(double d, std::string& out) {
  constexpr double kExactIntegerLimit = 9007199254740992.0;  // 2^53
  if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < kExactIntegerLimit) {
    out += std::to_string(static_cast<long long>(d));  // -0.0 becomes "0"
    return;
  }
  // Boost.JSON 1.81 reads 1e400 as infinity and 0e400 as NaN (found by fuzz_pins); the message
  // layer refuses both, so only a tree built elsewhere holds one: null, like JSON.stringify.
  if (!std::isfinite(d)) {
    out += "null";
    return;
  }
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, d);
  out.append(buffer, result.ptr);
}

void Append(const json::value& value, std::string& out);

void AppendObject(const json::object& object, std::string_view omit, std::string& out) {
  std::vector<const json::key_value_pair*> members;
  members.reserve(object.size());
  for (const json::key_value_pair& member : object) {
    if (!omit.empty() && member.key() == omit) continue;
    members.push_back(&member);
  }
  std::sort(members.begin(), members.end(), [](const auto* a, const auto* b) {
    return std::string_view(a->key()) < std::string_view(b->key());
  });
  out.push_back('{');
  bool first = true;
  for (const json::key_value_pair* member : members) {
    if (!first) out.push_back(',');
    first = false;
    AppendString(member->key(), out);
    out.push_back(':');
    Append(member->value(), out);
  }
  out.push_back('}');
}

void Append(const json::value& value, std::string& out) {
  switch (value.kind()) {
    case json::kind::null:
      out += "null";
      return;
    case json::kind::bool_:
      out += value.get_bool() ? "true" : "false";
      return;
    case json::kind::int64:
      out += std::to_string(value.get_int64());
      return;
    case json::kind::uint64:
      out += std::to_string(value.get_uint64());
      return;
    case json::kind::double_:
      AppendDouble(value.get_double(), out);
      return;
    case json::kind::string:
      AppendString(value.get_string(), out);
      return;
    case json::kind::array: {
      out.push_back('[');
      bool first = true;
      for (const json::value& item : value.get_array()) {
        if (!first) out.push_back(',');
        first = false;
        Append(item, out);
      }
      out.push_back(']');
      return;
    }
    case json::kind::object:
      AppendObject(value.get_object(), {}, out);
      return;
  }
}

}  // namespace

std::string CanonicalJson(const json::value& value) {
  std::string out;
  Append(value, out);
  return out;
}

std::string CanonicalJsonWithout(const json::object& object, std::string_view omit) {
  std::string out;
  AppendObject(object, omit, out);
  return out;
}

}  // namespace mcpgw::pins
