#include "config/jsonc_scanner.h"

#include <boost/json/parse.hpp>

namespace mcpgw::config {

std::size_t SkipJsoncSpace(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    const char c = text[at];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++at;
    } else if (c == '/' && at + 1 < text.size() && text[at + 1] == '/') {
      const std::size_t eol = text.find('\n', at);
      at = eol == std::string_view::npos ? text.size() : eol + 1;
    } else if (c == '/' && at + 1 < text.size() && text[at + 1] == '*') {
      const std::size_t end = text.find("*/", at + 2);
      at = end == std::string_view::npos ? text.size() : end + 2;
    } else {
      break;
    }
  }
  return at;
}

std::string BlankJsoncComments(std::string_view text) {
  std::string out(text);
  std::size_t i = 0;
  while (i < out.size()) {
    const char c = out[i];
    if (c == '"') {  // a string: to its closing quote, escapes honoured
      ++i;
      while (i < out.size() && out[i] != '"') i += out[i] == '\\' ? 2 : 1;
      ++i;
    } else if (c == '/' && i + 1 < out.size() && (out[i + 1] == '/' || out[i + 1] == '*')) {
      const bool line = out[i + 1] == '/';
      std::size_t end;
      if (line) {
        end = out.find('\n', i);
        if (end == std::string::npos) end = out.size();
      } else {
        const std::size_t close = out.find("*/", i + 2);
        // An unclosed comment stays as written: the parser reports it.
        if (close == std::string::npos) return out;
        end = close + 2;
      }
      for (std::size_t k = i; k < end; ++k)
        if (out[k] != '\n' && out[k] != '\r') out[k] = ' ';
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

namespace {

std::size_t SkipString(std::string_view text, std::size_t at) {
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      return i + 1;
    }
  }
  return text.size();
}

}  // namespace

std::size_t SkipJsoncValue(std::string_view text, std::size_t at) {
  if (at >= text.size()) return at;
  const char c = text[at];
  if (c == '"') return SkipString(text, at);
  if (c == '{' || c == '[') {
    int depth = 0;
    std::size_t i = at;
    while (i < text.size()) {
      const char d = text[i];
      if (d == '"') {
        i = SkipString(text, i);
        continue;
      }
      if (d == '/' && i + 1 < text.size() && (text[i + 1] == '/' || text[i + 1] == '*')) {
        i = SkipJsoncSpace(text, i);
        continue;
      }
      if (d == '{' || d == '[') ++depth;
      if (d == '}' || d == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return text.size();
  }
  std::size_t i = at;
  while (i < text.size()) {
    const char d = text[i];
    if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\n' || d == '\r' ||
        (d == '/' && i + 1 < text.size() && (text[i + 1] == '/' || text[i + 1] == '*')))
      break;
    ++i;
  }
  return i;
}

bool ScanJsoncObject(std::string_view text, std::size_t open, std::vector<JsoncMember>& members,
                     std::size_t& close) {
  members.clear();
  if (open >= text.size() || text[open] != '{') return false;
  std::size_t at = SkipJsoncSpace(text, open + 1);
  while (at < text.size() && text[at] != '}') {
    if (text[at] != '"') return false;
    JsoncMember member;
    member.key_begin = at;
    const std::size_t key_end = SkipString(text, at);
    if (key_end > text.size() || key_end < at + 2) return false;
    member.key = text.substr(at + 1, key_end - at - 2);
    at = SkipJsoncSpace(text, key_end);
    if (at >= text.size() || text[at] != ':') return false;
    member.colon = at;
    member.value_begin = SkipJsoncSpace(text, at + 1);
    if (member.value_begin >= text.size()) return false;
    member.value_end = SkipJsoncValue(text, member.value_begin);
    if (member.value_end == member.value_begin) return false;
    members.push_back(member);
    at = SkipJsoncSpace(text, member.value_end);
    if (at < text.size() && text[at] == ',') at = SkipJsoncSpace(text, at + 1);
  }
  if (at >= text.size()) return false;
  close = at;
  return true;
}

bool ScanJsoncArray(std::string_view text, std::size_t open,
                    std::vector<std::pair<std::size_t, std::size_t>>& elements) {
  elements.clear();
  if (open >= text.size() || text[open] != '[') return false;
  std::size_t at = SkipJsoncSpace(text, open + 1);
  while (at < text.size() && text[at] != ']') {
    const std::size_t end = SkipJsoncValue(text, at);
    if (end == at) return false;
    elements.emplace_back(at, end);
    at = SkipJsoncSpace(text, end);
    if (at < text.size() && text[at] == ',') at = SkipJsoncSpace(text, at + 1);
  }
  return at < text.size();
}

std::optional<std::string> DecodeJsoncString(std::string_view raw) {
  if (raw.find('\\') == std::string_view::npos) return std::string(raw);
  boost::system::error_code ec;
  const boost::json::value v = boost::json::parse("\"" + std::string(raw) + "\"", ec);
  if (ec || !v.is_string()) return std::nullopt;
  return std::string(v.get_string());
}

const JsoncMember* FindJsoncMember(const std::vector<JsoncMember>& members, std::string_view key) {
  const JsoncMember* found = nullptr;
  for (const JsoncMember& member : members) {
    if (member.key == key) {
      found = &member;
    } else if (member.key.find('\\') != std::string_view::npos) {
      if (auto decoded = DecodeJsoncString(member.key); decoded && *decoded == key) found = &member;
    }
  }
  return found;
}

}  // namespace mcpgw::config
