#include "core/mcp_param_headers.h"

#include <boost/json/object.hpp>
#include <fmt/format.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "core/ascii_lower.h"

namespace mcpgw::core {

namespace json = boost::json;

namespace {

constexpr std::string_view kKey = "x-mcp-header";
constexpr std::string_view kSentinelPrefix = "=?base64?";
constexpr std::string_view kSentinelSuffix = "?=";
// Keywords whose subschemas are not reachable through `properties` alone.
constexpr std::array<std::string_view, 18> kUnreachable = {
    "items", "prefixItems", "contains", "additionalProperties", "unevaluatedProperties",
    "unevaluatedItems", "propertyNames", "patternProperties", "dependentSchemas", "oneOf",
    "anyOf", "allOf", "not", "if", "then", "else", "$defs", "definitions"};

bool IsTchar(char c) {
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

struct Scan {
  std::vector<ParamHeaderDeclaration> found;
  std::vector<std::string> lower_names;
  bool valid = true;

  void Visit(const json::value& node, std::vector<std::string>& path, bool reachable) {
    if (!valid || !node.is_object()) return;
    const json::object& schema = node.get_object();
    if (const json::value* raw = schema.if_contains(kKey)) {
      const json::value* type = schema.if_contains("type");
      const std::string_view type_name =
          type && type->is_string() ? std::string_view(type->get_string()) : std::string_view();
      if (!reachable || path.empty() || !raw->is_string() || raw->get_string().empty() ||
          !std::all_of(raw->get_string().begin(), raw->get_string().end(), IsTchar) ||
          (type_name != "string" && type_name != "integer" && type_name != "boolean")) {
        valid = false;
        return;
      }
      std::string lower = AsciiLower(raw->get_string());
      if (std::find(lower_names.begin(), lower_names.end(), lower) != lower_names.end()) {
        valid = false;
        return;
      }
      lower_names.push_back(std::move(lower));
      found.push_back({path, std::string(raw->get_string()), std::string(type_name)});
    }
    if (const json::value* properties = schema.if_contains("properties");
        properties && properties->is_object()) {
      for (const auto& member : properties->get_object()) {
        path.emplace_back(member.key());
        Visit(member.value(), path, reachable);
        path.pop_back();
      }
    }
    for (std::string_view keyword : kUnreachable) {
      const json::value* sub = schema.if_contains(keyword);
      if (!sub) continue;
      path.push_back("<" + std::string(keyword) + ">");
      if (sub->is_array()) {
        for (const json::value& branch : sub->get_array()) Visit(branch, path, false);
      } else if (sub->is_object() && (keyword == "patternProperties" ||
                                      keyword == "dependentSchemas" || keyword == "$defs" ||
                                      keyword == "definitions")) {
        for (const auto& member : sub->get_object()) Visit(member.value(), path, false);
      } else {
        Visit(*sub, path, false);
      }
      path.pop_back();
    }
  }
};

const json::value* ValueAt(const json::value& root, const std::vector<std::string>& path) {
  const json::value* node = &root;
  for (const std::string& key : path) {
    if (!node->is_object()) return nullptr;
    node = node->get_object().if_contains(key);
    if (!node) return nullptr;
  }
  return node;
}

// The value's text form; nullopt for values that get no header.
std::optional<std::string> PrimitiveText(const json::value& value) {
  if (value.is_string()) return std::string(value.get_string());
  if (value.is_bool()) return value.get_bool() ? "true" : "false";
  if (value.is_int64()) return std::to_string(value.get_int64());
  if (value.is_uint64()) return std::to_string(value.get_uint64());
  if (value.is_double()) {
    const double d = value.get_double();
    if (!std::isfinite(d)) return std::nullopt;
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
      return fmt::format("{}", static_cast<std::int64_t>(d));
    return fmt::format("{}", d);
  }
  return std::nullopt;
}

bool NeedsBase64(std::string_view text) {
  if (text.empty()) return false;
  if (text.front() == ' ' || text.front() == '\t' || text.back() == ' ' || text.back() == '\t')
    return true;
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte > 0x7e;
  });
}

std::string Base64Encode(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3), '\0');
  const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(bytes.data()),
                                static_cast<int>(bytes.size()));
  out.resize(n < 0 ? 0 : static_cast<std::size_t>(n));
  return out;
}

bool ValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    if (c < 0x80) {
      length = 1;
    } else if ((c & 0xe0) == 0xc0 && c >= 0xc2) {
      length = 2;
    } else if ((c & 0xf0) == 0xe0) {
      length = 3;
    } else if ((c & 0xf8) == 0xf0 && c <= 0xf4) {
      length = 4;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

// The header's value after the base64 form is undone; nullopt when that form is malformed.
std::optional<std::string> DecodeHeader(std::string_view value) {
  if (value.size() < kSentinelPrefix.size() + kSentinelSuffix.size() ||
      !value.starts_with(kSentinelPrefix) || !value.ends_with(kSentinelSuffix))
    return std::string(value);
  const std::string_view b64 = value.substr(
      kSentinelPrefix.size(), value.size() - kSentinelPrefix.size() - kSentinelSuffix.size());
  if (b64.size() % 4 != 0 || b64.size() > (1u << 20)) return std::nullopt;
  std::size_t padding = 0;
  for (std::size_t i = 0; i < b64.size(); ++i) {
    const char c = b64[i];
    const bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                       (c >= '0' && c <= '9') || c == '+' || c == '/';
    if (c == '=') {
      if (i + 2 < b64.size()) return std::nullopt;  // '=' only in the last two places
      ++padding;
    } else if (!alpha || padding > 0) {
      return std::nullopt;
    }
  }
  std::string out(3 * (b64.size() / 4), '\0');
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(b64.data()),
                                static_cast<int>(b64.size()));
  if (n < 0) return std::nullopt;
  out.resize(static_cast<std::size_t>(n) - padding);
  if (!ValidUtf8(out)) return std::nullopt;
  return out;
}

bool CanonicalDecimal(std::string_view text) {
  std::size_t i = text.starts_with('-') ? 1 : 0;
  const std::size_t digits = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == digits) return false;
  if (i == text.size()) return true;
  if (text[i] != '.') return false;
  const std::size_t fraction = ++i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  return i > fraction && i == text.size();
}

std::string PathName(const std::vector<std::string>& path) {
  std::string out;
  for (const std::string& key : path) out += (out.empty() ? "" : ".") + key;
  return out;
}

}  // namespace

std::optional<std::vector<ParamHeaderDeclaration>> ScanParamHeaders(
    const json::value& input_schema) {
  Scan scan;
  std::vector<std::string> path;
  scan.Visit(input_schema, path, true);
  if (!scan.valid) return std::nullopt;
  return std::move(scan.found);
}

std::vector<std::pair<std::string, std::string>> ParamHeaderValues(
    const std::vector<ParamHeaderDeclaration>& declarations, const json::value& arguments) {
  std::vector<std::pair<std::string, std::string>> headers;
  for (const ParamHeaderDeclaration& declaration : declarations) {
    const json::value* value = ValueAt(arguments, declaration.path);
    if (!value) continue;
    std::optional<std::string> text = PrimitiveText(*value);
    if (!text) continue;
    if (NeedsBase64(*text)) {
      text = std::string(kSentinelPrefix) + Base64Encode(*text) + std::string(kSentinelSuffix);
    }
    headers.emplace_back(std::string(kParamHeaderPrefix) + declaration.name, std::move(*text));
  }
  return headers;
}

std::optional<ParamHeaderMismatch> CheckParamHeaders(
    const std::vector<ParamHeaderDeclaration>& declarations, const json::value& arguments,
    const std::function<std::optional<std::string_view>(std::string_view name)>& header) {
  for (const ParamHeaderDeclaration& declaration : declarations) {
    const json::value* value = ValueAt(arguments, declaration.path);
    if (!value || value->is_null()) continue;
    std::optional<std::string> body = PrimitiveText(*value);
    if (!body) continue;
    const std::string name = std::string(kParamHeaderPrefix) + declaration.name;
    const std::string where = PathName(declaration.path);
    std::optional<std::string_view> raw = header(name);
    if (!raw)
      return ParamHeaderMismatch{name, "the body carries " + where + " but the " + name +
                                           " header is absent"};
    std::optional<std::string> decoded = DecodeHeader(*raw);
    if (!decoded)
      return ParamHeaderMismatch{name, "the " + name + " header carries an invalid Base64 value"};
    bool equal = *decoded == *body;
    if (!equal && value->is_number() && CanonicalDecimal(*decoded) &&
        (declaration.type == "integer" || declaration.type == "number")) {
      equal = std::stod(*decoded) == value->to_number<double>();
    }
    if (!equal)
      return ParamHeaderMismatch{name, "the " + name + " header does not match " + where +
                                           " in the body"};
  }
  return std::nullopt;
}

}  // namespace mcpgw::core
