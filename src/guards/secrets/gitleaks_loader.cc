#include "guards/secrets/gitleaks_loader.h"

#include <re2/re2.h>

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>
#include <toml++/toml.h>

namespace mcpgw::guards::secrets {
namespace {

std::string Where(const std::string& name, const toml::node& node) {
  const auto& source = node.source();
  return name + ":" + std::to_string(source.begin.line);
}

std::string EntityFor(std::string_view id) {
  std::string out;
  for (char c : id) {
    out += std::isalnum(static_cast<unsigned char>(c))
               ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
               : '_';
  }
  return out;
}

// Reads an array of strings at `key` of `table` into `out`; absent is fine.
Result<bool> ReadStrings(const toml::table& table, std::string_view key, const std::string& where,
                         std::vector<std::string>& out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return false;
  const toml::array* array = node->as_array();
  if (array == nullptr) return MakeError(where + ": \"" + std::string(key) + "\" must be an array of strings");
  for (const toml::node& item : *array) {
    const auto* s = item.as_string();
    if (s == nullptr) {
      return MakeError(where + ": \"" + std::string(key) + "\" must be an array of strings");
    }
    out.push_back(s->get());
  }
  return true;
}

Result<bool> CheckRegex(const std::string& pattern, const std::string& where) {
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  re2::RE2 re(pattern, options);
  if (!re.ok()) return MakeError(where + ": invalid regex: " + re.error());
  return true;
}

Result<AllowlistSpec> ParseAllowlist(const toml::table& table, const std::string& name,
                                     const std::string& what, bool global) {
  const std::string where = Where(name, table) + ": " + what;
  AllowlistSpec list;
  if (const toml::node* condition = table.get("condition")) {
    const auto* s = condition->as_string();
    std::string value = s != nullptr ? s->get() : "";
    for (char& c : value) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (value != "OR" && value != "AND") {
      return MakeError(where + ": condition must be \"OR\" or \"AND\"");
    }
    list.require_all = value == "AND";
  }
  if (const toml::node* target = table.get("regexTarget")) {
    const auto* s = target->as_string();
    const std::string value = s != nullptr ? s->get() : "";
    if (value == "secret" || value.empty()) {
      list.target = AllowlistSpec::Target::kSecret;
    } else if (value == "match") {
      list.target = AllowlistSpec::Target::kMatch;
    } else if (value == "line") {
      list.target = AllowlistSpec::Target::kLine;
    } else {
      return MakeError(where + ": regexTarget must be \"secret\", \"match\" or \"line\"");
    }
  }
  auto regexes = ReadStrings(table, "regexes", where, list.regexes);
  if (!regexes) return regexes.error();
  for (const std::string& pattern : list.regexes) {
    auto ok = CheckRegex(pattern, where);
    if (!ok) return ok.error();
  }
  auto stopwords = ReadStrings(table, "stopwords", where, list.stopwords);
  if (!stopwords) return stopwords.error();
  std::vector<std::string> unused;
  auto paths = ReadStrings(table, "paths", where, unused);
  if (!paths) return paths.error();
  auto commits = ReadStrings(table, "commits", where, unused);
  if (!commits) return commits.error();
  list.has_unmatchable_criteria = !unused.empty();
  if (global) {
    auto targets = ReadStrings(table, "targetRules", where, list.target_rules);
    if (!targets) return targets.error();
  }
  return list;
}

// Appends the allowlists found under `key` of `table` (an array of tables, or one table).
Result<bool> ParseAllowlists(const toml::table& table, std::string_view key,
                             const std::string& name, const std::string& what, bool global,
                             std::vector<AllowlistSpec>& out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return false;
  if (const toml::table* one = node->as_table()) {
    auto list = ParseAllowlist(*one, name, what, global);
    if (!list) return list.error();
    out.push_back(std::move(*list));
    return true;
  }
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    return MakeError(Where(name, *node) + ": " + what + " must be a table or an array of tables");
  }
  for (const toml::node& item : *array) {
    const toml::table* t = item.as_table();
    if (t == nullptr) {
      return MakeError(Where(name, item) + ": " + what + " must be an array of tables");
    }
    auto list = ParseAllowlist(*t, name, what, global);
    if (!list) return list.error();
    out.push_back(std::move(*list));
  }
  return true;
}

Result<RuleSpec> ParseRule(const toml::table& table, const std::string& name, bool* skip,
                           std::string* note) {
  const std::string where = Where(name, table);
  *skip = false;
  const toml::node* id_node = table.get("id");
  if (id_node == nullptr || id_node->as_string() == nullptr ||
      id_node->as_string()->get().empty()) {
    return MakeError(where + ": rule without a string \"id\"");
  }
  RuleSpec rule;
  rule.id = id_node->as_string()->get();
  rule.entity = EntityFor(rule.id);
  rule.origin = where;
  const std::string what = where + ": rule \"" + rule.id + "\"";

  const toml::node* regex = table.get("regex");
  if (regex != nullptr && regex->as_string() == nullptr) {
    return MakeError(what + ": \"regex\" must be a string");
  }
  const toml::node* path = table.get("path");
  if (path != nullptr && path->as_string() == nullptr) {
    return MakeError(what + ": \"path\" must be a string");
  }
  if (regex == nullptr || regex->as_string()->get().empty()) {
    if (path == nullptr) return MakeError(what + ": neither \"regex\" nor \"path\"");
    *skip = true;
    *note = what + " skipped: it only matches file paths";
    return rule;
  }
  rule.regex = regex->as_string()->get();
  auto ok = CheckRegex(rule.regex, what);
  if (!ok) return ok.error();
  if (path != nullptr) {
    *note = what + ": its \"path\" condition is ignored (messages have no path)";
  }
  auto keywords = ReadStrings(table, "keywords", what, rule.keywords);
  if (!keywords) return keywords.error();
  if (const toml::node* group = table.get("secretGroup")) {
    const auto* n = group->as_integer();
    if (n == nullptr || n->get() < 0 || n->get() > 1000) {
      return MakeError(what + ": \"secretGroup\" must be a non-negative integer");
    }
    rule.secret_group = static_cast<int>(n->get());
    re2::RE2 re(rule.regex);
    if (rule.secret_group > re.NumberOfCapturingGroups()) {
      return MakeError(what + ": \"secretGroup\" is " + std::to_string(rule.secret_group) +
                       " but the regex has " + std::to_string(re.NumberOfCapturingGroups()) +
                       " capture groups");
    }
  }
  if (const toml::node* entropy = table.get("entropy")) {
    std::optional<double> value = entropy->value<double>();
    if (!value || *value < 0 || !entropy->is_number()) {
      return MakeError(what + ": \"entropy\" must be a non-negative number");
    }
    rule.entropy = *value;
  }
  auto lists = ParseAllowlists(table, "allowlists", name, "rule \"" + rule.id + "\" allowlists",
                               false, rule.allowlists);
  if (!lists) return lists.error();
  auto old = ParseAllowlists(table, "allowlist", name, "rule \"" + rule.id + "\" allowlist",
                             false, rule.allowlists);
  if (!old) return old.error();
  return rule;
}

}  // namespace

Result<GitleaksRules> ParseGitleaksToml(std::string_view text, const std::string& name) {
  toml::table root;
  try {
    root = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    const auto& begin = e.source().begin;
    return MakeError(name + ":" + std::to_string(begin.line) + ":" +
                     std::to_string(begin.column) + ": " + std::string(e.description()));
  }
  GitleaksRules out;
  std::vector<AllowlistSpec> global;
  auto g1 = ParseAllowlists(root, "allowlist", name, "global allowlist", true, global);
  if (!g1) return g1.error();
  auto g2 = ParseAllowlists(root, "allowlists", name, "global allowlists", true, global);
  if (!g2) return g2.error();

  const toml::node* rules = root.get("rules");
  if (rules == nullptr) return out;
  const toml::array* array = rules->as_array();
  if (array == nullptr) {
    return MakeError(Where(name, *rules) + ": \"rules\" must be an array of tables ([[rules]])");
  }
  std::set<std::string> ids;
  for (const toml::node& item : *array) {
    const toml::table* table = item.as_table();
    if (table == nullptr) {
      return MakeError(Where(name, item) + ": \"rules\" must be an array of tables ([[rules]])");
    }
    bool skip = false;
    std::string note;
    auto rule = ParseRule(*table, name, &skip, &note);
    if (!rule) return rule.error();
    if (!ids.insert(rule->id).second) {
      return MakeError(Where(name, *table) + ": duplicate rule id \"" + rule->id + "\"");
    }
    if (!note.empty()) out.skipped.push_back(note);
    if (skip) continue;
    for (const AllowlistSpec& list : global) {
      const bool applies =
          list.target_rules.empty() ||
          std::find(list.target_rules.begin(), list.target_rules.end(), rule->id) !=
              list.target_rules.end();
      if (applies) rule->allowlists.push_back(list);
    }
    out.rules.push_back(std::move(*rule));
  }
  return out;
}

Result<GitleaksRules> LoadGitleaksFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(path + ": cannot read gitleaks rule file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return ParseGitleaksToml(buffer.str(), path);
}

}  // namespace mcpgw::guards::secrets
