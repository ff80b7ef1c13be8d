#include "eval_set.h"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <fstream>
#include <utility>

#include "auth/base64url.h"

namespace mcpgw::eval {
namespace {

namespace json = boost::json;

Result<std::size_t> Offset(const json::object& span, std::string_view key) {
  const json::value* v = span.if_contains(key);
  if (v == nullptr) return MakeError(std::string("span without \"") + std::string(key) + "\"");
  if (v->is_uint64()) return static_cast<std::size_t>(v->get_uint64());
  if (v->is_int64() && v->get_int64() >= 0) return static_cast<std::size_t>(v->get_int64());
  return MakeError(std::string("span \"") + std::string(key) + "\" is not a non-negative integer");
}

Result<std::string> StringField(const json::object& object, std::string_view key) {
  const json::value* v = object.if_contains(key);
  if (v == nullptr || !v->is_string()) {
    return MakeError(std::string("missing string \"") + std::string(key) + "\"");
  }
  return std::string(v->get_string());
}

// Reads [start, end) of `span` and checks it lies inside a text of `size` bytes.
Result<std::pair<std::size_t, std::size_t>> Range(const json::object& span, std::size_t size) {
  auto begin = Offset(span, "start");
  if (!begin) return begin.error();
  auto end = Offset(span, "end");
  if (!end) return end.error();
  if (*begin >= *end || *end > size) {
    return MakeError("span [" + std::to_string(*begin) + ", " + std::to_string(*end) +
                     ") outside the text of " + std::to_string(size) + " bytes");
  }
  return std::make_pair(*begin, *end);
}

Result<const json::array*> ArrayField(const json::object& object, std::string_view key) {
  const json::value* v = object.if_contains(key);
  if (v == nullptr || !v->is_array()) {
    return MakeError(std::string("missing array \"") + std::string(key) + "\"");
  }
  return &v->get_array();
}

}  // namespace

Result<Document> ParseDocument(std::string_view line) {
  boost::system::error_code ec;
  json::value root = json::parse(line, ec);
  if (ec) return MakeError("invalid JSON: " + ec.message());
  const json::object* object = root.if_object();
  if (object == nullptr) return MakeError("record is not a JSON object");

  Document doc;
  auto id = StringField(*object, "id");
  if (!id) return id.error();
  doc.id = std::move(*id);
  auto kind = StringField(*object, "kind");
  if (!kind) return MakeError(doc.id + ": " + kind.error().message);
  doc.kind = std::move(*kind);
  auto encoded = StringField(*object, "text_b64url");
  if (!encoded) return MakeError(doc.id + ": " + encoded.error().message);
  auto text = auth::Base64UrlDecode(*encoded);
  if (!text) return MakeError(doc.id + ": text_b64url: " + text.error().message);
  doc.text = std::move(*text);

  auto labels = ArrayField(*object, "labels");
  if (!labels) return MakeError(doc.id + ": " + labels.error().message);
  for (const json::value& v : **labels) {
    const json::object* span = v.if_object();
    if (span == nullptr) return MakeError(doc.id + ": a label is not an object");
    auto range = Range(*span, doc.text.size());
    if (!range) return MakeError(doc.id + ": label " + range.error().message);
    auto entity = StringField(*span, "entity");
    if (!entity) return MakeError(doc.id + ": label " + entity.error().message);
    auto family = StringField(*span, "family");
    if (!family) return MakeError(doc.id + ": label " + family.error().message);
    if (*family != "secrets" && *family != "pii") {
      return MakeError(doc.id + ": label family \"" + *family + "\" is neither secrets nor pii");
    }
    doc.labels.push_back(
        Label{range->first, range->second, std::move(*entity), std::move(*family)});
  }

  auto lookalikes = ArrayField(*object, "lookalikes");
  if (!lookalikes) return MakeError(doc.id + ": " + lookalikes.error().message);
  for (const json::value& v : **lookalikes) {
    const json::object* span = v.if_object();
    if (span == nullptr) return MakeError(doc.id + ": a look-alike is not an object");
    auto range = Range(*span, doc.text.size());
    if (!range) return MakeError(doc.id + ": look-alike " + range.error().message);
    auto what = StringField(*span, "what");
    if (!what) return MakeError(doc.id + ": look-alike " + what.error().message);
    doc.lookalikes.push_back(Lookalike{range->first, range->second, std::move(*what)});
  }
  return doc;
}

Result<std::vector<Document>> LoadEvalSet(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError("cannot read " + path);
  std::vector<Document> docs;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto doc = ParseDocument(line);
    if (!doc) return MakeError(path + ":" + std::to_string(number) + ": " + doc.error().message);
    docs.push_back(std::move(*doc));
  }
  if (in.bad()) return MakeError("error reading " + path);
  return docs;
}

}  // namespace mcpgw::eval
