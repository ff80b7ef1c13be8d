#include "guards/text_walker.h"

#include <boost/json/value.hpp>
#include <openssl/evp.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/member_scan.h"

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

// Four hex digits at text[at], or -1.
int Hex4(std::string_view text, std::size_t at) {
  if (at + 4 > text.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    const char c = text[i];
    value <<= 4;
    if (c >= '0' && c <= '9') value |= c - '0';
    else if (c >= 'a' && c <= 'f') value |= c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') value |= c - 'A' + 10;
    else return -1;
  }
  return value;
}

// The first backslash in [p, end), or end.
inline const char* FindBackslash(const char* p, const char* end) {
#if defined(__SSE2__)
  const __m128i backslash = _mm_set1_epi8('\\');
  for (; p + 16 <= end; p += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const int mask = _mm_movemask_epi8(_mm_cmpeq_epi8(block, backslash));
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
  }
#endif
  const void* found = std::memchr(p, '\\', static_cast<std::size_t>(end - p));
  return found ? static_cast<const char*>(found) : end;
}

// Writes `cp` (a scalar value: no surrogate) as UTF-8 at `out`; returns the end.
inline char* PutUtf8(char* out, char32_t cp) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Decodes the escapes of a JSON string's contents (without its quotes) into `out`, as a parser
// does: \uXXXX becomes UTF-8 and a surrogate pair one code point. False (out unspecified) on an
// escape a parser rejects (an unknown one, a lone surrogate). The decoded text is never longer
// than the escaped one (an escape of 2, 6 or 12 bytes becomes 1, at most 3, or 4 bytes), so it is
// written into `out` sized once.
bool DecodeJsonString(std::string_view raw, std::string& out) {
  out.resize(raw.size());
  char* const begin = out.data();
  char* o = begin;
  const char* p = raw.data();
  const char* const end = p + raw.size();
  while (p < end) {
    const char* slash = FindBackslash(p, end);
    std::memcpy(o, p, static_cast<std::size_t>(slash - p));
    o += slash - p;
    p = slash;
    if (p == end) break;
    if (p + 1 >= end) return false;
    const char escape = p[1];
    p += 2;
    switch (escape) {
      case '"': *o++ = '"'; break;
      case '\\': *o++ = '\\'; break;
      case '/': *o++ = '/'; break;
      case 'b': *o++ = '\b'; break;
      case 'f': *o++ = '\f'; break;
      case 'n': *o++ = '\n'; break;
      case 'r': *o++ = '\r'; break;
      case 't': *o++ = '\t'; break;
      case 'u': {
        const std::string_view rest(p, static_cast<std::size_t>(end - p));
        const int unit = Hex4(rest, 0);
        if (unit < 0) return false;
        p += 4;
        char32_t cp = static_cast<char32_t>(unit);
        if (unit >= 0xDC00 && unit <= 0xDFFF) return false;  // a trailing surrogate first
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          if (end - p < 6 || p[0] != '\\' || p[1] != 'u') return false;
          const int low = Hex4(std::string_view(p + 2, 4), 0);
          if (low < 0xDC00 || low > 0xDFFF) return false;
          p += 6;
          cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<char32_t>(low - 0xDC00);
        }
        o = PutUtf8(o, cp);
        break;
      }
      default:
        return false;
    }
  }
  out.resize(static_cast<std::size_t>(o - begin));
  return true;
}

// A textual blob's base64 decoded into `out`; false when it is not base64 (then it is left alone,
// and is not text a model reads).
bool DecodeTextBlob(std::string_view encoded, std::string& out) {
  std::string clean(encoded);
  std::erase_if(clean, [](char c) { return c == '\n' || c == '\r'; });
  if (clean.size() % 4 != 0) return false;
  out.assign((clean.size() / 4 + 1) * 3, '\0');
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(clean.data()),
                                static_cast<int>(clean.size()));
  if (n < 0) return false;
  std::size_t size = static_cast<std::size_t>(n);
  // EVP_DecodeBlock counts padding bytes as output: drop them.
  if (!clean.empty() && clean.back() == '=') --size;
  if (clean.size() > 1 && clean[clean.size() - 2] == '=') --size;
  out.resize(size);
  return true;
}

std::string EncodeBase64(std::string_view plain) {
  std::string out(((plain.size() + 2) / 3) * 4 + 1, '\0');
  const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                      reinterpret_cast<const unsigned char*>(plain.data()),
                                      static_cast<int>(plain.size()));
  out.resize(static_cast<std::size_t>(written));
  return out;
}

// Where the walker reads: the tree (TreeDoc, which also writes replacements back) or the
// validated JSON text (TextDoc, read-only). Walker holds the one copy of the rules of what is
// visited; a doc only answers "what is this value" and "which member is that".
//
// A doc's handles: Value (a JSON value), Object (an object value). Find() returns a null Value
// for an absent member. A doc that cannot answer as the tree would (TextDoc over a repeated or
// escaped key) sets failed(); the walker then visits nothing more.
template <typename Doc>
class Walker {
 public:
  using Value = typename Doc::Value;
  using Object = typename Doc::Object;

  explicit Walker(Doc& doc) : doc_(doc) {}

  // A JSON string: visited as text.
  void String(Value value, const PathStep* path) {
    if (doc_.failed()) return;
    doc_.VisitString(value, path);
  }

  // Every string leaf under `value` (object keys are names: never visited).
  void AllStrings(Value value, const PathStep* path) {
    if (doc_.failed()) return;
    if (doc_.IsString(value)) {
      String(value, path);
    } else if (doc_.IsArray(value)) {
      doc_.ForEachElement(value, [&](std::size_t i, Value element) {
        PathStep step{path, {}, i, true};
        AllStrings(element, &step);
      });
    } else if (Object object = doc_.AsObject(value)) {
      doc_.ForEachMember(object, [&](std::string_view key, Value member) {
        if (key == "_meta") return;
        PathStep step{path, key, 0, false};
        AllStrings(member, &step);
      });
    }
  }

  // The member `key` of `object` when it is a string.
  void Member(Object object, std::string_view key, const PathStep* path) {
    if (Value v = doc_.Find(object, key); v && doc_.IsString(v)) {
      PathStep step{path, key, 0, false};
      String(v, &step);
    }
  }

  // A base64 blob whose MIME type is textual: decoded, visited, re-encoded when replaced.
  void Blob(Object object, const PathStep* path) {
    Value blob = doc_.Find(object, "blob");
    Value mime = doc_.Find(object, "mimeType");
    if (!blob || !doc_.IsString(blob) || !mime || !doc_.IsString(mime)) return;
    std::string mime_scratch;
    if (!IsTextualMime(doc_.StringOf(mime, mime_scratch)) || doc_.failed()) return;
    PathStep step{path, "blob", 0, false};
    std::string encoded_scratch;
    std::string decoded;
    if (!DecodeTextBlob(doc_.StringOf(blob, encoded_scratch), decoded) || doc_.failed()) return;
    doc_.VisitBlob(blob, decoded, &step);
  }

  // One content block (text, embedded resource, resource link); images and audio carry no text.
  void ContentBlock(Value value, const PathStep* path) {
    Object block = doc_.AsObject(value);
    if (!block) return;
    Value type = doc_.Find(block, "type");
    std::string scratch;
    const std::string_view kind =
        type && doc_.IsString(type) ? doc_.StringOf(type, scratch) : std::string_view();
    if (kind == "text") {
      Member(block, "text", path);
    } else if (kind == "resource") {
      if (Object resource = doc_.AsObject(doc_.Find(block, "resource"))) {
        PathStep step{path, "resource", 0, false};
        ResourceContents(resource, &step);
      }
    } else if (kind == "resource_link") {
      Member(block, "title", path);
      Member(block, "description", path);
    }
  }

  // `content`: one block or an array of blocks.
  void Content(Object object, std::string_view key, const PathStep* path) {
    Value content = doc_.Find(object, key);
    if (!content) return;
    PathStep step{path, key, 0, false};
    if (doc_.IsArray(content)) {
      doc_.ForEachElement(content, [&](std::size_t i, Value block) {
        PathStep item{&step, {}, i, true};
        ContentBlock(block, &item);
      });
    } else {
      ContentBlock(content, &step);
    }
  }

  void ResourceContents(Object resource, const PathStep* path) {
    Member(resource, "text", path);
    Blob(resource, path);
  }

  // The member `key` when it is an array: `each` is called on every object element.
  template <typename F>
  void EachObject(Object object, std::string_view key, const PathStep* path, F each) {
    Value list = doc_.Find(object, key);
    if (!list || !doc_.IsArray(list)) return;
    PathStep step{path, key, 0, false};
    doc_.ForEachElement(list, [&](std::size_t i, Value element) {
      Object item_object = doc_.AsObject(element);
      if (!item_object) return;
      PathStep item{&step, {}, i, true};
      each(item_object, &item);
    });
  }

  void AllStringsOf(Object object, std::string_view key, const PathStep* path) {
    if (Value v = doc_.Find(object, key)) {
      PathStep step{path, key, 0, false};
      AllStrings(v, &step);
    }
  }

  void ToolResult(Object result, const PathStep* root) {
    Content(result, "content", root);
    AllStringsOf(result, "structuredContent", root);
  }

  void Request(std::string_view method, Object payload, const PathStep* root) {
    if (method == "tools/call" || method == "prompts/get") {
      AllStringsOf(payload, "arguments", root);
    } else if (method == "completion/complete") {
      if (Object argument = doc_.AsObject(doc_.Find(payload, "argument"))) {
        PathStep step{root, "argument", 0, false};
        Member(argument, "value", &step);
      }
      if (Object ctx = doc_.AsObject(doc_.Find(payload, "context"))) {
        PathStep step{root, "context", 0, false};
        AllStringsOf(ctx, "arguments", &step);
      }
    } else if (method == "sampling/createMessage") {
      Content(payload, "content", root);
    } else if (method == "elicitation/create") {
      AllStringsOf(payload, "content", root);
    }
  }

  void Response(std::string_view method, Object payload, const PathStep* root) {
    if (method == "tools/call" || method == "tasks/result") {
      ToolResult(payload, root);
    } else if (method == "resources/read") {
      EachObject(payload, "contents", root,
                 [this](Object resource, const PathStep* p) { ResourceContents(resource, p); });
    } else if (method == "prompts/get") {
      Member(payload, "description", root);
      EachObject(payload, "messages", root,
                 [this](Object message, const PathStep* p) { Content(message, "content", p); });
    } else if (method == "completion/complete") {
      if (Object completion = doc_.AsObject(doc_.Find(payload, "completion"))) {
        PathStep step{root, "completion", 0, false};
        AllStringsOf(completion, "values", &step);
      }
    } else if (method == "sampling/createMessage") {
      EachObject(payload, "messages", root,
                 [this](Object message, const PathStep* p) { Content(message, "content", p); });
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

  // The whole walk over the payload `root_value` (see WalkText).
  void Walk(const GuardContext& context, Value root_value) {
    PathStep root;
    Object object = doc_.AsObject(root_value);
    if (context.is_error) {
      if (object) {
        Member(object, "message", &root);
        AllStringsOf(object, "data", &root);
      }
      return;
    }
    if (!object) return;
    if (context.direction == Direction::kRequest) Request(context.method, object, &root);
    else Response(context.method, object, &root);
  }

 private:
  Doc& doc_;
};

// The tree: visits through a LeafVisitor and writes replacements back.
class TreeDoc {
 public:
  using Value = json::value*;
  using Object = json::object*;

  explicit TreeDoc(LeafVisitor visit) : visit_(visit) {}
  std::size_t replaced() const { return replaced_; }
  bool failed() const { return false; }

  static bool IsString(Value v) { return v->is_string(); }
  static bool IsArray(Value v) { return v->is_array(); }
  static Object AsObject(Value v) { return v ? v->if_object() : nullptr; }
  static Value Find(Object object, std::string_view key) { return object->if_contains(key); }
  static std::string_view StringOf(Value v, std::string&) { return v->get_string(); }
  template <typename F>
  static void ForEachElement(Value v, F each) {
    json::array& array = v->get_array();
    for (std::size_t i = 0; i < array.size(); ++i) each(i, &array[i]);
  }
  template <typename F>
  static void ForEachMember(Object object, F each) {
    for (auto& member : *object) each(member.key(), &member.value());
  }

  void VisitString(Value v, const PathStep* path) {
    json::string& text = v->get_string();
    TextLeaf leaf(std::string_view(text.data(), text.size()), path);
    visit_(leaf);
    if (leaf.replaced()) {
      text = leaf.replacement();
      ++replaced_;
    }
  }
  void VisitBlob(Value blob, std::string_view decoded, const PathStep* path) {
    TextLeaf leaf(decoded, path);
    visit_(leaf);
    if (!leaf.replaced()) return;
    *blob = json::string(EncodeBase64(leaf.replacement()));
    ++replaced_;
  }

 private:
  LeafVisitor visit_;
  std::size_t replaced_ = 0;
};

// The structure of one JSON text, found in one pass (strings skipped 16 bytes at a time,
// core::SkipString): a node per value and per key, in text order. A container's children follow
// it; `next` is the node after its subtree, so siblings are found without rescanning the text.
// An object's children alternate key and value.
struct JsonNode {
  std::uint32_t begin = 0;  // a string's contents (without quotes); other values' text
  std::uint32_t end = 0;
  std::uint32_t next = 0;
  char kind = 0;         // '{', '[', '"', or 's' (number, true, false, null)
  bool escaped = false;  // a string holding a backslash
};

// Fills `nodes` with the structure of `text`; false when it is not one JSON value as a parser
// would have accepted it (then nothing may be read from the nodes).
bool BuildTape(std::string_view text, std::vector<JsonNode>& nodes) {
  nodes.clear();
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) return false;
  thread_local std::vector<std::uint32_t> open;
  open.clear();
  const auto index = [&] { return static_cast<std::uint32_t>(nodes.size()); };
  std::size_t at = core::SkipSpace(text, 0);
  while (at < text.size()) {
    const char c = text[at];
    JsonNode node;
    node.begin = static_cast<std::uint32_t>(at);
    node.kind = c;
    if (c == '{' || c == '[') {
      open.push_back(index());
      nodes.push_back(node);
      ++at;
    } else if (c == '}' || c == ']') {
      if (open.empty()) return false;
      JsonNode& container = nodes[open.back()];
      if (container.kind != (c == '}' ? '{' : '[')) return false;
      container.end = static_cast<std::uint32_t>(at + 1);
      container.next = index();
      open.pop_back();
      ++at;
    } else if (c == ',' || c == ':') {
      ++at;
    } else if (c == '"') {
      const std::size_t end = core::SkipString(text, at);
      if (end < at + 2 || end > text.size() || text[end - 1] != '"') return false;
      node.begin = static_cast<std::uint32_t>(at + 1);
      node.end = static_cast<std::uint32_t>(end - 1);
      node.next = index() + 1;
      node.escaped = std::memchr(text.data() + at + 1, '\\', end - at - 2) != nullptr;
      nodes.push_back(node);
      at = end;
    } else {
      const std::size_t end = core::SkipValue(text, at);
      if (end <= at) return false;
      node.kind = 's';
      node.end = static_cast<std::uint32_t>(end);
      node.next = index() + 1;
      nodes.push_back(node);
      at = end;
    }
    if (open.empty()) break;  // the value is complete
    at = core::SkipSpace(text, at);
  }
  return open.empty() && !nodes.empty() && core::SkipSpace(text, at) == text.size();
}

// The payload's JSON text, already accepted by a parser, read through its tape: strings are
// decoded only when visited or compared. Read-only: the visitor gets a const leaf. It answers as
// the tree would, or fails: a key written with an escape or repeated in an object the walker
// reads (which member the tree keeps, and what the key decodes to, is the parser's business),
// or a string that does not decode.
class TextDoc {
 public:
  struct Handle {
    std::uint32_t node = kNone;
    explicit operator bool() const { return node != kNone; }
  };
  using Value = Handle;   // absent when !present
  using Object = Handle;  // absent when the value is no object

  TextDoc(std::string_view text, LeafReader visit) : text_(text), visit_(visit) {
    failed_ = !BuildTape(text_, Nodes());
  }
  ~TextDoc() {
    if (Nodes().capacity() > (1u << 16)) std::vector<JsonNode>().swap(Nodes());  // a huge one
  }
  bool failed() const { return failed_; }
  bool stopped() const { return stopped_; }

  Value Root() const { return failed_ ? Handle{} : Handle{0}; }

  bool IsString(Value v) const { return Node(v).kind == '"'; }
  bool IsArray(Value v) const { return Node(v).kind == '['; }
  Object AsObject(Value v) const { return v && Node(v).kind == '{' ? v : Handle{}; }

  // As the tree's if_contains; a repeated key, or an escaped one (it may decode to `key`),
  // fails the walk.
  Value Find(Object object, std::string_view key) {
    if (failed_) return {};
    Handle found;
    const std::vector<JsonNode>& nodes = Nodes();
    for (std::uint32_t i = object.node + 1; i < nodes[object.node].next;) {
      if (i + 1 >= nodes.size() || nodes[i].kind != '"') return Fail();
      if (nodes[i].escaped) return Fail();
      if (Raw(nodes[i]) == key) {
        if (found) return Fail();
        found = Handle{i + 1};
      }
      i = nodes[i + 1].next;
    }
    return found;
  }

  // The decoded string (REQUIRES: IsString(v)); "" and failed() when it does not decode.
  std::string_view StringOf(Value v, std::string& scratch) {
    const JsonNode& node = Node(v);
    if (!node.escaped) return Raw(node);
    if (!DecodeJsonString(Raw(node), scratch)) {
      Fail();
      return {};
    }
    return scratch;
  }

  template <typename F>
  void ForEachElement(Value v, F each) {
    const std::vector<JsonNode>& nodes = Nodes();
    const std::uint32_t end = nodes[v.node].next;
    std::size_t i = 0;
    for (std::uint32_t n = v.node + 1; n < end && !failed_; n = nodes[n].next) each(i++, Handle{n});
  }

  template <typename F>
  void ForEachMember(Object object, F each) {
    // The tree keeps one member per key: a repeated or escaped key cannot be walked from the
    // text. The keys are checked before any member is visited (the scratch is free again when
    // the members' own walks reuse it).
    const std::vector<JsonNode>& nodes = Nodes();
    const std::uint32_t end = nodes[object.node].next;
    thread_local std::vector<std::string_view> keys;
    keys.clear();
    for (std::uint32_t i = object.node + 1; i < end; i = nodes[i + 1].next) {
      if (i + 1 >= nodes.size() || nodes[i].kind != '"' || nodes[i].escaped) {
        Fail();
        return;
      }
      keys.push_back(Raw(nodes[i]));
    }
    std::sort(keys.begin(), keys.end());
    if (std::adjacent_find(keys.begin(), keys.end()) != keys.end()) {
      Fail();
      return;
    }
    for (std::uint32_t i = object.node + 1; i < end && !failed_; i = nodes[i + 1].next)
      each(Raw(nodes[i]), Handle{i + 1});
  }

  void VisitString(Value v, const PathStep* path) {
    thread_local std::string scratch;  // leaves are visited one at a time
    const std::string_view text = StringOf(v, scratch);
    if (failed_) return;
    Visit(TextLeaf(text, path));
  }
  void VisitBlob(Value, std::string_view decoded, const PathStep* path) {
    Visit(TextLeaf(decoded, path));
  }

 private:
  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

  // One tape per thread, reused: walks do not nest.
  static std::vector<JsonNode>& Nodes() {
    thread_local std::vector<JsonNode> nodes;
    return nodes;
  }
  const JsonNode& Node(Value v) const { return Nodes()[v.node]; }
  std::string_view Raw(const JsonNode& node) const {
    return text_.substr(node.begin, node.end - node.begin);
  }
  Handle Fail() {
    failed_ = true;
    return {};
  }
  void Visit(const TextLeaf& leaf) {
    if (!visit_(leaf)) stopped_ = failed_ = true;  // failed_ ends the walk
  }

  std::string_view text_;
  LeafReader visit_;
  bool failed_ = false;
  bool stopped_ = false;
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
  TreeDoc doc(visit);
  Walker<TreeDoc>(doc).Walk(context, &payload);
  return doc.replaced();
}

JsonWalk WalkTextJson(const GuardContext& context, std::string_view payload, LeafReader visit) {
  const std::size_t begin = core::SkipSpace(payload, 0);
  std::size_t end = payload.size();
  while (end > begin && (payload[end - 1] == ' ' || payload[end - 1] == '\t' ||
                         payload[end - 1] == '\n' || payload[end - 1] == '\r'))
    --end;
  TextDoc doc(payload.substr(begin, end - begin), visit);
  if (!doc.failed()) Walker<TextDoc>(doc).Walk(context, doc.Root());
  if (doc.stopped()) return JsonWalk::kStopped;
  return doc.failed() ? JsonWalk::kUndecided : JsonWalk::kDone;
}

}  // namespace mcpgw::guards
