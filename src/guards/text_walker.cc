#include "guards/text_walker.h"

#include <boost/json/value.hpp>
#include <openssl/evp.h>

#include <algorithm>

namespace mcpgw::guards {

namespace json = boost::json;

namespace {

void AppendEscaped(std::string& out, std::string_view token) {
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
}

void AppendPointer(std::string& out, const PathStep* step) {
  if (!step) return;
  AppendPointer(out, step->parent);
  if (!step->parent && !step->is_index && step->key.empty()) return;  // the root
  out += '/';
  if (step->is_index) out += std::to_string(step->index);
  else AppendEscaped(out, step->key);
}

class Walker {
 public:
  explicit Walker(LeafVisitor visit) : visit_(visit) {}
  std::size_t replaced() const { return replaced_; }

  // A JSON string: visited as text.
  void String(json::string& text, const PathStep* path) {
    TextLeaf leaf(std::string_view(text.data(), text.size()), path);
    visit_(leaf);
    if (leaf.replaced()) {
      text = leaf.replacement();
      ++replaced_;
    }
  }

  // Every string leaf under `value` (object keys are names: never visited).
  void AllStrings(json::value& value, const PathStep* path) {
    if (value.is_string()) {
      String(value.get_string(), path);
    } else if (value.is_array()) {
      json::array& array = value.get_array();
      for (std::size_t i = 0; i < array.size(); ++i) {
        PathStep step{path, {}, i, true};
        AllStrings(array[i], &step);
      }
    } else if (value.is_object()) {
      for (auto& member : value.get_object()) {
        if (member.key() == "_meta") continue;
        PathStep step{path, member.key(), 0, false};
        AllStrings(member.value(), &step);
      }
    }
  }

  // The member `key` of `object` when it is a string.
  void Member(json::object& object, std::string_view key, const PathStep* path) {
    if (json::value* v = object.if_contains(key); v && v->is_string()) {
      PathStep step{path, key, 0, false};
      String(v->get_string(), &step);
    }
  }

  // A base64 blob whose MIME type is textual: decoded, visited, re-encoded when replaced.
  void Blob(json::object& object, const PathStep* path) {
    json::value* blob = object.if_contains("blob");
    const json::value* mime = object.if_contains("mimeType");
    if (!blob || !blob->is_string() || !mime || !mime->is_string() ||
        !IsTextualMime(mime->get_string()))
      return;
    PathStep step{path, "blob", 0, false};
    const json::string& encoded = blob->get_string();
    std::string decoded((encoded.size() / 4 + 1) * 3, '\0');
    std::string clean(encoded.data(), encoded.size());
    std::erase_if(clean, [](char c) { return c == '\n' || c == '\r'; });
    if (clean.size() % 4 != 0) return;  // not base64: left alone (and not text a model reads)
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(decoded.data()),
                                  reinterpret_cast<const unsigned char*>(clean.data()),
                                  static_cast<int>(clean.size()));
    if (n < 0) return;
    std::size_t size = static_cast<std::size_t>(n);
    // EVP_DecodeBlock counts padding bytes as output: drop them.
    if (!clean.empty() && clean.back() == '=') --size;
    if (clean.size() > 1 && clean[clean.size() - 2] == '=') --size;
    decoded.resize(size);
    TextLeaf leaf(decoded, &step);
    visit_(leaf);
    if (!leaf.replaced()) return;
    const std::string& plain = leaf.replacement();
    std::string out(((plain.size() + 2) / 3) * 4 + 1, '\0');
    const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                        reinterpret_cast<const unsigned char*>(plain.data()),
                                        static_cast<int>(plain.size()));
    out.resize(static_cast<std::size_t>(written));
    *blob = json::string(out);
    ++replaced_;
  }

  // One content block (text, embedded resource, resource link); images and audio carry no text.
  void ContentBlock(json::value& value, const PathStep* path) {
    json::object* block = value.if_object();
    if (!block) return;
    const json::value* type = block->if_contains("type");
    const std::string_view kind = type && type->is_string() ? std::string_view(type->get_string())
                                                            : std::string_view();
    if (kind == "text") {
      Member(*block, "text", path);
    } else if (kind == "resource") {
      if (json::value* resource = block->if_contains("resource"); resource && resource->is_object()) {
        PathStep step{path, "resource", 0, false};
        ResourceContents(resource->get_object(), &step);
      }
    } else if (kind == "resource_link") {
      Member(*block, "title", path);
      Member(*block, "description", path);
    }
  }

  // `content`: one block or an array of blocks.
  void Content(json::object& object, std::string_view key, const PathStep* path) {
    json::value* content = object.if_contains(key);
    if (!content) return;
    PathStep step{path, key, 0, false};
    if (content->is_array()) {
      json::array& blocks = content->get_array();
      for (std::size_t i = 0; i < blocks.size(); ++i) {
        PathStep item{&step, {}, i, true};
        ContentBlock(blocks[i], &item);
      }
    } else {
      ContentBlock(*content, &step);
    }
  }

  void ResourceContents(json::object& resource, const PathStep* path) {
    Member(resource, "text", path);
    Blob(resource, path);
  }

  // The member `key` when it is an array: `each` is called on every object element.
  template <typename F>
  void EachObject(json::object& object, std::string_view key, const PathStep* path, F each) {
    json::value* list = object.if_contains(key);
    if (!list || !list->is_array()) return;
    PathStep step{path, key, 0, false};
    json::array& array = list->get_array();
    for (std::size_t i = 0; i < array.size(); ++i) {
      if (!array[i].is_object()) continue;
      PathStep item{&step, {}, i, true};
      each(array[i].get_object(), &item);
    }
  }

  void AllStringsOf(json::object& object, std::string_view key, const PathStep* path) {
    if (json::value* v = object.if_contains(key)) {
      PathStep step{path, key, 0, false};
      AllStrings(*v, &step);
    }
  }

  void ToolResult(json::object& result, const PathStep* root) {
    Content(result, "content", root);
    AllStringsOf(result, "structuredContent", root);
  }

  void Request(std::string_view method, json::object& payload, const PathStep* root) {
    if (method == "tools/call" || method == "prompts/get") {
      AllStringsOf(payload, "arguments", root);
    } else if (method == "completion/complete") {
      if (json::value* argument = payload.if_contains("argument"); argument && argument->is_object()) {
        PathStep step{root, "argument", 0, false};
        Member(argument->get_object(), "value", &step);
      }
      if (json::value* ctx = payload.if_contains("context"); ctx && ctx->is_object()) {
        PathStep step{root, "context", 0, false};
        AllStringsOf(ctx->get_object(), "arguments", &step);
      }
    } else if (method == "sampling/createMessage") {
      Content(payload, "content", root);
    } else if (method == "elicitation/create") {
      AllStringsOf(payload, "content", root);
    }
  }

  void Response(std::string_view method, json::object& payload, const PathStep* root) {
    if (method == "tools/call" || method == "tasks/result") {
      ToolResult(payload, root);
    } else if (method == "resources/read") {
      EachObject(payload, "contents", root,
                 [this](json::object& resource, const PathStep* p) { ResourceContents(resource, p); });
    } else if (method == "prompts/get") {
      Member(payload, "description", root);
      EachObject(payload, "messages", root,
                 [this](json::object& message, const PathStep* p) { Content(message, "content", p); });
    } else if (method == "completion/complete") {
      if (json::value* completion = payload.if_contains("completion");
          completion && completion->is_object()) {
        PathStep step{root, "completion", 0, false};
        AllStringsOf(completion->get_object(), "values", &step);
      }
    } else if (method == "sampling/createMessage") {
      EachObject(payload, "messages", root,
                 [this](json::object& message, const PathStep* p) { Content(message, "content", p); });
      Member(payload, "systemPrompt", root);
    } else if (method == "elicitation/create") {
      Member(payload, "message", root);
    } else if (method == "notifications/message") {
      AllStringsOf(payload, "data", root);
    } else if (method == "notifications/progress") {
      Member(payload, "message", root);
    } else if (method == "notifications/tasks/status" || method == "tasks/get") {
      Member(payload, "statusMessage", root);
    }
  }

 private:
  LeafVisitor visit_;
  std::size_t replaced_ = 0;
};

}  // namespace

std::string TextLeaf::Pointer() const {
  std::string out;
  AppendPointer(out, path_);
  return out;
}

bool IsTextualMime(std::string_view mime) {
  const std::size_t semicolon = mime.find(';');
  if (semicolon != std::string_view::npos) mime = mime.substr(0, semicolon);
  while (!mime.empty() && mime.back() == ' ') mime.remove_suffix(1);
  auto ends_with = [&](std::string_view s) { return mime.size() >= s.size() && mime.substr(mime.size() - s.size()) == s; };
  if (mime.starts_with("text/")) return true;
  if (ends_with("+json") || ends_with("+xml") || ends_with("+yaml")) return true;
  static constexpr std::string_view kTextual[] = {
      "application/json", "application/xml", "application/javascript", "application/ecmascript",
      "application/x-javascript", "application/yaml", "application/x-yaml", "application/toml",
      "application/x-toml", "application/sql", "application/x-sh", "application/x-shellscript",
      "application/x-www-form-urlencoded", "application/graphql", "application/x-ndjson",
      "application/jsonl", "application/x-httpd-php", "application/x-python", "application/csv",
      "application/x-tex", "application/rtf", "application/x-properties", "application/x-ini"};
  return std::find(std::begin(kTextual), std::end(kTextual), mime) != std::end(kTextual);
}

std::size_t WalkText(const GuardContext& context, json::value& payload, LeafVisitor visit) {
  Walker walker(visit);
  PathStep root;
  if (context.is_error) {
    if (json::object* error = payload.if_object()) {
      walker.Member(*error, "message", &root);
      walker.AllStringsOf(*error, "data", &root);
    }
    return walker.replaced();
  }
  json::object* object = payload.if_object();
  if (!object) return 0;
  if (context.direction == Direction::kRequest) walker.Request(context.method, *object, &root);
  else walker.Response(context.method, *object, &root);
  return walker.replaced();
}

}  // namespace mcpgw::guards
