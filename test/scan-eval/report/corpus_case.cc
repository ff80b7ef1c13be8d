#include "corpus_case.h"

#include <boost/json/parse.hpp>
#include <fstream>
#include <set>
#include <sstream>

namespace mcpgw::scan_eval {

namespace json = boost::json;

namespace {

Result<std::string> StringMember(const json::object& o, std::string_view key,
                                 const std::string& where) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr || !v->is_string() || v->as_string().empty()) {
    return MakeError(where + ": \"" + std::string(key) + "\" must be a non-empty string");
  }
  return std::string(v->as_string());
}

Result<json::object> ServerMember(const json::value& v, const std::string& where) {
  if (!v.is_object()) return MakeError(where + ": \"server\" must be an object");
  const json::object& server = v.as_object();
  for (const auto& [key, value] : server) {
    if (key == "instructions") {
      if (!value.is_string()) return MakeError(where + ": server.instructions must be a string");
    } else if (key == "prompts" || key == "resources") {
      if (!value.is_array()) {
        return MakeError(where + ": server." + std::string(key) + " must be an array");
      }
    } else {
      return MakeError(where + ": server has an unknown member \"" + std::string(key) +
                       "\" (instructions, prompts, resources)");
    }
  }
  return server;
}

Result<CorpusCase> ParseCase(const json::value& v, std::size_t index) {
  std::string where = "case " + std::to_string(index);
  if (!v.is_object()) return MakeError(where + ": not an object");
  const json::object& o = v.as_object();
  auto id = StringMember(o, "id", where);
  if (!id) return id.error();
  where += " (" + *id + ")";
  auto family = StringMember(o, "family", where);
  if (!family) return family.error();
  auto lang = StringMember(o, "lang", where);
  if (!lang) return lang.error();
  const json::value* tool = o.if_contains("tool");
  if (tool == nullptr || !tool->is_object())
    return MakeError(where + ": \"tool\" must be an object");
  auto name = StringMember(tool->as_object(), "name", where + " tool");
  if (!name) return name.error();
  CorpusCase c{std::move(*id), std::move(*family), std::move(*lang), tool->as_object(), {}};
  if (const json::value* server = o.if_contains("server")) {
    auto parsed = ServerMember(*server, where);
    if (!parsed) return parsed.error();
    c.server = std::move(*parsed);
  }
  return c;
}

}  // namespace

Result<std::vector<CorpusCase>> ParseCorpus(std::string_view text) {
  boost::system::error_code ec;
  const json::value doc = json::parse(text, ec);
  if (ec) return MakeError("not JSON: " + ec.message());
  const json::value* cases = doc.is_object() ? doc.as_object().if_contains("cases") : nullptr;
  if (cases == nullptr || !cases->is_array()) {
    return MakeError("expected an object with a \"cases\" array");
  }
  std::vector<CorpusCase> out;
  std::set<std::string> ids;
  for (const json::value& v : cases->as_array()) {
    auto c = ParseCase(v, out.size());
    if (!c) return c.error();
    if (!ids.insert(c->id).second) return MakeError("id \"" + c->id + "\" is used twice");
    out.push_back(std::move(*c));
  }
  return out;
}

Result<std::vector<CorpusCase>> LoadCorpusFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(path + ": cannot be read");
  std::stringstream text;
  text << in.rdbuf();
  auto cases = ParseCorpus(text.str());
  if (!cases) return MakeError(path + ": " + cases.error().message);
  return cases;
}

json::object CaptureOf(const CorpusCase& c) {
  json::object capture;
  capture["tools"] = json::array{c.tool};
  capture["instructions"] = "";
  capture["prompts"] = json::array();
  capture["resources"] = json::array();
  if (c.server) {
    for (const auto& [key, value] : *c.server) capture[key] = value;
  }
  return capture;
}

}  // namespace mcpgw::scan_eval
