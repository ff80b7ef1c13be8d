#include "scanner/tool_model.h"

#include <algorithm>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "scanner/sentences.h"

namespace mcpgw::scanner {
namespace {

namespace json = boost::json;

bool NotProse(std::string_view key) {
  return key == "type" || key == "format" || key == "pattern" || key == "uri" ||
         key == "uriTemplate" || key == "mimeType" || key == "$ref" || key == "$schema" ||
         key == "$id" || key == "required";
}

void Append(std::string_view text, std::string& out) {
  if (text.empty()) return;
  if (!out.empty()) out.push_back('\n');
  out.append(text);
}

void Collect(const json::value& value, std::string& out, int depth);

void CollectObject(const json::object& object, std::string& out, int depth) {
  for (const auto& [key, member] : object) {
    if (NotProse(key)) continue;
    if (key.size() > 15) Append(key, out);
    Collect(member, out, depth + 1);
  }
}

void Collect(const json::value& value, std::string& out, int depth) {
  if (depth > 64) return;
  if (const json::string* s = value.if_string()) {
    Append(*s, out);
  } else if (const json::object* o = value.if_object()) {
    CollectObject(*o, out, depth);
  } else if (const json::array* a = value.if_array()) {
    for (const json::value& v : *a) Collect(v, out, depth + 1);
  }
}

}  // namespace

std::string ItemProse(const json::object& item) {
  std::string out;
  CollectObject(item, out, 0);
  return out;
}

float ScoreProse(const guards::injection::InjectionModel& model, std::string_view prose) {
  float p = model.Score(prose);
  for (const std::string_view sentence : SplitSentences(prose)) {
    if (sentence.size() < kToolModelSentenceTokens) continue;  // cannot hold the tokens
    std::size_t tokens = 0;
    const float q = model.Score(sentence, &tokens);
    if (tokens >= kToolModelSentenceTokens) p = std::max(p, q);
  }
  return p;
}

float ToolModelScore(std::string_view prose) {
  static const guards::injection::InjectionModel model(kBuiltinToolModel);
  return ScoreProse(model, prose);
}

}  // namespace mcpgw::scanner
