// ExpandVariables and ExpandHome (declared in config_loader.h).
//
// Grammar: "${NAME}", "${NAME:-default}", "${env:NAME}", "${env:NAME:-default}". NAME is
// [A-Za-z_][A-Za-z0-9_]*. The default is literal text up to the first '}' (no nesting); it is used
// when NAME is unset or empty, as in the shell. "$$" is copied as is (both characters) and so is a
// '$' not followed by '{'.
#include "config/config_loader.h"

namespace mcpgw::config {
namespace {

bool IsNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9'); }

bool IsValidName(std::string_view name) {
  if (name.empty() || !IsNameStart(name.front())) return false;
  for (char c : name) {
    if (!IsNameChar(c)) return false;
  }
  return true;
}

// Expands the inside of one "${...}" into `out`.
Result<void> ExpandOne(std::string_view inner, const LoadOptions& options, std::string& out) {
  if (inner.starts_with("env:")) inner.remove_prefix(4);
  std::string_view name = inner;
  std::optional<std::string_view> fallback;
  if (std::size_t sep = inner.find(":-"); sep != std::string_view::npos) {
    name = inner.substr(0, sep);
    fallback = inner.substr(sep + 2);
  }
  if (!IsValidName(name)) {
    return MakeError("invalid variable name \"" + std::string(name.substr(0, 64)) + "\"");
  }
  std::optional<std::string> value;
  if (options.getenv) value = options.getenv(name);
  if (value && (!value->empty() || !fallback)) {
    out += *value;
  } else if (fallback) {
    out += *fallback;
  } else {
    return MakeError("undefined variable " + std::string(name));
  }
  return {};
}

}  // namespace

Result<std::string> ExpandVariables(std::string_view text, const LoadOptions& options) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t dollar = text.find('$', i);
    if (dollar == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, dollar - i));
    if (dollar + 1 < text.size() && text[dollar + 1] == '$') {
      out.append("$$");
      i = dollar + 2;
      continue;
    }
    if (dollar + 1 >= text.size() || text[dollar + 1] != '{') {
      out.push_back('$');
      i = dollar + 1;
      continue;
    }
    const std::size_t close = text.find('}', dollar + 2);
    if (close == std::string_view::npos) return MakeError("unterminated \"${\"");
    if (Result<void> r = ExpandOne(text.substr(dollar + 2, close - dollar - 2), options, out); !r) {
      return r.error();
    }
    i = close + 1;
  }
  // Error is constructible from std::string, so the value must be placed explicitly.
  return Result<std::string>(boost::system::in_place_value, std::move(out));
}

std::string ExpandHome(std::string_view path, const LoadOptions& options) {
  if (options.home.empty() || path.empty() || path.front() != '~') return std::string(path);
  if (path.size() == 1) return options.home;
  if (path[1] != '/') return std::string(path);  // "~user" is not supported
  std::string home = options.home;
  if (home.back() == '/') home.pop_back();
  return home + std::string(path.substr(1));
}

}  // namespace mcpgw::config
