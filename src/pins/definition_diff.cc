#include "pins/definition_diff.h"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <cstddef>

namespace mcpgw::pins {
namespace {

namespace json = boost::json;

std::string Join(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

bool IsScalarArray(const json::array& array) {
  return std::all_of(array.begin(), array.end(),
                     [](const json::value& v) { return !v.is_object() && !v.is_array(); });
}

void Diff(const json::value& before, const json::value& after, const std::string& path,
          std::vector<FieldChange>& out) {
  if (before == after) return;
  if (before.is_object() && after.is_object()) {
    const json::object& a = before.get_object();
    const json::object& b = after.get_object();
    for (const auto& member : a) {
      const json::value* other = b.if_contains(member.key());
      if (!other) {
        out.push_back({Join(path, member.key()), FieldChange::Op::kRemoved, member.value(), {}});
      } else {
        Diff(member.value(), *other, Join(path, member.key()), out);
      }
    }
    for (const auto& member : b) {
      if (!a.contains(member.key()))
        out.push_back({Join(path, member.key()), FieldChange::Op::kAdded, {}, member.value()});
    }
    return;
  }
  if (before.is_array() && after.is_array()) {
    const json::array& a = before.get_array();
    const json::array& b = after.get_array();
    if (IsScalarArray(a) && IsScalarArray(b)) {
      const std::string element = path + "[]";
      const std::size_t reported = out.size();
      for (const json::value& v : a) {
        if (std::find(b.begin(), b.end(), v) == b.end())
          out.push_back({element, FieldChange::Op::kRemoved, v, {}});
      }
      for (const json::value& v : b) {
        if (std::find(a.begin(), a.end(), v) == a.end())
          out.push_back({element, FieldChange::Op::kAdded, {}, v});
      }
      if (out.size() == reported) {
        // Same elements, other order or multiplicity.
        out.push_back({path, FieldChange::Op::kChanged, before, after});
      }
      return;
    }
    const std::size_t common = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < common; ++i)
      Diff(a[i], b[i], path + "[" + std::to_string(i) + "]", out);
    for (std::size_t i = common; i < a.size(); ++i)
      out.push_back({path + "[" + std::to_string(i) + "]", FieldChange::Op::kRemoved, a[i], {}});
    for (std::size_t i = common; i < b.size(); ++i)
      out.push_back({path + "[" + std::to_string(i) + "]", FieldChange::Op::kAdded, {}, b[i]});
    return;
  }
  out.push_back({path.empty() ? std::string("(definition)") : path, FieldChange::Op::kChanged,
                 before, after});
}

std::vector<std::string_view> Tokens(std::string_view text, bool by_line) {
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool boundary = i == text.size() || (by_line ? text[i] == '\n' : text[i] == ' ');
    if (!boundary) continue;
    if (by_line || i > start) tokens.push_back(text.substr(start, i - start));
    start = i + 1;
  }
  return tokens;
}

// Shortens a JSON rendering for one line of output.
std::string Brief(const json::value& value) {
  std::string text = json::serialize(value);
  constexpr std::size_t kMax = 200;
  if (text.size() > kMax)
    text = text.substr(0, kMax) + "...(" + std::to_string(text.size()) + " chars)";
  return text;
}

}  // namespace

const char* FieldChangeOpName(FieldChange::Op op) {
  switch (op) {
    case FieldChange::Op::kAdded:
      return "added";
    case FieldChange::Op::kRemoved:
      return "removed";
    case FieldChange::Op::kChanged:
      return "changed";
  }
  return "changed";
}

std::vector<FieldChange> DiffDefinitions(const json::value& before, const json::value& after) {
  std::vector<FieldChange> out;
  Diff(before, after, "", out);
  return out;
}

std::vector<std::string> TextDiff(std::string_view before, std::string_view after) {
  const bool by_line =
      before.find('\n') != std::string_view::npos || after.find('\n') != std::string_view::npos;
  const std::vector<std::string_view> a = Tokens(before, by_line);
  const std::vector<std::string_view> b = Tokens(after, by_line);
  const std::string separator = by_line ? "\n" : " ";
  std::vector<std::pair<char, std::string>> runs;  // (' ' | '-' | '+', text)
  auto emit = [&](char op, std::string_view token) {
    if (!by_line && !runs.empty() && runs.back().first == op) {
      runs.back().second += separator;
      runs.back().second += token;
    } else {
      runs.emplace_back(op, std::string(token));
    }
  };
  constexpr std::size_t kMaxCells = 4'000'000;
  if (a.size() * b.size() > kMaxCells) {
    emit('-', before);
    emit('+', after);
  } else {
    // Longest common subsequence table, filled from the end.
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;) {
      for (std::size_t j = m; j-- > 0;) {
        at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
      }
    }
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] == b[j]) {
        emit(' ', a[i]);
        ++i, ++j;
      } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
        emit('-', a[i++]);  // removals first on a tie, as diff(1) shows them
      } else {
        emit('+', b[j++]);
      }
    }
  }
  std::vector<std::string> lines;
  for (const auto& [op, text] : runs) lines.push_back(std::string(1, op) + " " + text);
  return lines;
}

std::string RenderChanges(const std::vector<FieldChange>& changes, std::string_view indent) {
  std::string out;
  for (const FieldChange& change : changes) {
    out += indent;
    out += change.path;
    switch (change.op) {
      case FieldChange::Op::kAdded:
        out += ": added " + Brief(change.after) + "\n";
        break;
      case FieldChange::Op::kRemoved:
        out += ": removed " + Brief(change.before) + "\n";
        break;
      case FieldChange::Op::kChanged:
        if (change.before.is_string() && change.after.is_string()) {
          out += ": text changed\n";
          for (const std::string& line :
               TextDiff(change.before.get_string(), change.after.get_string())) {
            out += indent;
            out += "    ";
            out += line;
            out += "\n";
          }
        } else {
          out += ": " + Brief(change.before) + " -> " + Brief(change.after) + "\n";
        }
        break;
    }
  }
  return out;
}

}  // namespace mcpgw::pins
