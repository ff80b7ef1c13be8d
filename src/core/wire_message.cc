#include "core/wire_message.h"

#include <algorithm>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>
#include <boost/json/serialize.hpp>
#include <cmath>
#include <cstring>

namespace mcpgw::core {
namespace {

using boost::system::error_code;

bool IsValidIdValue(const json::value& id) {
  return id.is_string() || id.is_int64() || id.is_uint64() || id.is_double();
}

// A SAX handler for boost::json::basic_parser that validates the whole text without building a
// tree and records what ValidateMessage needs from the top level.
struct Inspector {
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  enum Key { kOther, kJsonrpc, kId, kMethod, kParams, kResult, kError, kKeyCount };

  int depth = 0;
  bool top_object = false;
  bool top_array = false;
  bool non_finite = false;
  Key key = kOther;             // the current top-level key
  bool error_code_key = false;  // the current key inside the top-level "error" object is "code"
  bool in_error_object = false;
  std::string part;  // key or string pieces so far
  int count[kKeyCount] = {};

  json::value id;
  bool jsonrpc_ok = false;
  bool method_is_string = false;
  std::string method;
  bool params_object_or_array = false;
  bool params_object = false;
  bool error_is_object = false;
  bool error_code_number = false;

  // A scalar value at the current depth.
  void Scalar(json::value value, bool is_number) {
    if (depth == 1) {
      switch (key) {
        case kId:
          id = std::move(value);
          break;
        case kJsonrpc:
          jsonrpc_ok = false;  // not a string (strings are handled in on_string)
          break;
        case kMethod:
          method_is_string = false;
          break;
        default:
          break;
      }
    } else if (depth == 2 && in_error_object && error_code_key) {
      error_code_number = is_number;
    }
  }
  void Container(bool object) {
    if (depth == 0) {
      top_object = object;
      top_array = !object;
    } else if (depth == 1) {
      if (key == kId) id = json::object();  // not a valid id
      if (key == kParams) {
        params_object_or_array = true;
        params_object = object;
      }
      if (key == kError) {
        error_is_object = object;
        in_error_object = object;
      }
      if (key == kMethod) method_is_string = false;
      if (key == kJsonrpc) jsonrpc_ok = false;
    } else if (depth == 2 && in_error_object && error_code_key) {
      error_code_number = false;
    }
    ++depth;
  }
  void End() {
    --depth;
    if (depth == 1) in_error_object = false;
  }

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_array_begin(error_code&) {
    Container(false);
    return true;
  }
  bool on_array_end(std::size_t, error_code&) {
    End();
    return true;
  }
  bool on_object_begin(error_code&) {
    Container(true);
    return true;
  }
  bool on_object_end(std::size_t, error_code&) {
    End();
    return true;
  }
  bool on_string_part(json::string_view s, std::size_t, error_code&) {
    if (depth == 1 && (key == kId || key == kJsonrpc || key == kMethod)) part.append(s);
    return true;
  }
  bool on_string(json::string_view s, std::size_t, error_code&) {
    if (depth == 1 && key == kJsonrpc) {
      part.append(s);
      jsonrpc_ok = part == "2.0";
    } else if (depth == 1 && key == kMethod) {
      part.append(s);
      method_is_string = true;
      method = part;
    } else if (depth == 1 && key == kId) {
      part.append(s);
      Scalar(json::string(part), false);
    } else {
      Scalar(nullptr, false);
    }
    part.clear();
    return true;
  }
  bool on_key_part(json::string_view s, std::size_t, error_code&) {
    if (depth <= 2 && part.size() < 16) part.append(s);
    return true;
  }
  bool on_key(json::string_view s, std::size_t, error_code&) {
    if (depth == 1) {
      part.append(s);
      key = part == "jsonrpc"  ? kJsonrpc
            : part == "id"     ? kId
            : part == "method" ? kMethod
            : part == "params" ? kParams
            : part == "result" ? kResult
            : part == "error"  ? kError
                               : kOther;
      ++count[key];
    } else if (depth == 2 && in_error_object) {
      part.append(s);
      error_code_key = part == "code";
    }
    part.clear();
    return true;
  }
  bool on_number_part(json::string_view, error_code&) { return true; }
  bool on_int64(std::int64_t i, json::string_view, error_code&) {
    Scalar(i, true);
    return true;
  }
  bool on_uint64(std::uint64_t u, json::string_view, error_code&) {
    Scalar(u, true);
    return true;
  }
  bool on_double(double d, json::string_view, error_code&) {
    if (!std::isfinite(d)) non_finite = true;
    Scalar(d, true);
    return true;
  }
  bool on_bool(bool b, error_code&) {
    Scalar(b, false);
    return true;
  }
  bool on_null(error_code&) {
    Scalar(nullptr, false);
    return true;
  }
  bool on_comment_part(json::string_view, error_code&) { return true; }
  bool on_comment(json::string_view, error_code&) { return true; }
};

MessageError Invalid(std::string message, json::value id = nullptr) {
  return MessageError{kInvalidRequest, std::move(message), std::move(id)};
}

json::value ParseSmall(std::string_view text) {
  auto parsed = ParseJson(text);
  return parsed ? std::move(*parsed) : json::value();
}

}  // namespace

boost::system::result<WireMessage, MessageError> WireMessage::Inspect(std::string text) {
  json::basic_parser<Inspector> parser(json::parse_options{});
  error_code ec;
  const std::size_t used = parser.write_some(false, text.data(), text.size(), ec);
  if (!ec && used < text.size()) ec = json::error::extra_data;
  if (ec) return MessageError{kParseError, "parse error: " + ec.message(), nullptr};
  const Inspector& h = parser.handler();
  if (h.non_finite) return MessageError{kParseError, "parse error: number out of range", nullptr};
  if (h.top_array) return Invalid("batch requests are not supported here");
  if (!h.top_object) return Invalid("a JSON-RPC message must be an object");
  for (int key = Inspector::kJsonrpc; key < Inspector::kKeyCount; ++key) {
    if (h.count[key] > 1) {
      // Repeated members: let the tree decide which one counts, as ParseMessage does.
      auto message = ParseMessage(text);
      if (!message) return message.error();
      return FromMessage(std::move(*message));
    }
  }
  const bool has_id = h.count[Inspector::kId] == 1;
  json::value recovered_id = has_id && IsValidIdValue(h.id) ? h.id : json::value();
  if (!h.jsonrpc_ok) return Invalid("\"jsonrpc\" must be \"2.0\"", recovered_id);

  WireMessage message;
  if (h.count[Inspector::kMethod] == 1) {
    if (!h.method_is_string || h.method.empty())
      return Invalid("\"method\" must be a non-empty string", recovered_id);
    if (h.count[Inspector::kParams] == 1 && !h.params_object_or_array)
      return Invalid("\"params\" must be an object or an array", recovered_id);
    if (!has_id) {
      message.kind_ = MessageKind::kNotification;
    } else if (!IsValidIdValue(h.id)) {
      return Invalid("\"id\" must be a string or a number");
    } else {
      message.kind_ = MessageKind::kRequest;
    }
    message.method_ = h.method;
  } else {
    const bool has_result = h.count[Inspector::kResult] == 1;
    const bool has_error = h.count[Inspector::kError] == 1;
    if (!has_id) return Invalid("message has neither \"method\" nor \"id\"");
    if (has_result == has_error)
      return Invalid("a response must have exactly one of \"result\" and \"error\"", recovered_id);
    if (has_error) {
      if (!h.error_is_object) return Invalid("\"error\" must be an object", recovered_id);
      if (!h.error_code_number) return Invalid("\"error.code\" must be a number", recovered_id);
      if (!h.id.is_null() && !IsValidIdValue(h.id))
        return Invalid("\"id\" must be a string or a number");
      message.kind_ = MessageKind::kError;
    } else {
      if (!IsValidIdValue(h.id)) return Invalid("\"id\" must be a string or a number");
      message.kind_ = MessageKind::kResult;
    }
  }
  message.id_ = has_id ? h.id : json::value();
  // In valid JSON a line break can only be whitespace between tokens (inside strings it must be
  // escaped): each becomes a space, so any framing (a line, an SSE data field) carries the text.
  for (const char breaker : {'\n', '\r'}) {
    char* at = text.data();
    char* const end = text.data() + text.size();
    while ((at = static_cast<char*>(std::memchr(at, breaker, end - at))) != nullptr) *at++ = ' ';
  }
  message.params_not_object_ = h.count[Inspector::kParams] == 1 && !h.params_object;
  message.text_ = std::move(text);
  message.text_valid_ = true;
  return message;
}

WireMessage WireMessage::FromTree(json::object body) {
  WireMessage message;
  const json::value* method = body.if_contains("method");
  const json::value* id = body.if_contains("id");
  if (method && method->is_string()) {
    message.method_ = method->get_string();
    message.kind_ = id && !id->is_null() ? MessageKind::kRequest : MessageKind::kNotification;
  } else {
    message.kind_ = body.contains("error") ? MessageKind::kError : MessageKind::kResult;
  }
  if (id) message.id_ = *id;
  const json::value* params = body.if_contains("params");
  message.params_not_object_ = params && !params->is_object();
  message.tree_ = std::move(body);
  return message;
}

WireMessage::WireMessage(json::object body) { *this = FromTree(std::move(body)); }

WireMessage WireMessage::FromMessage(Message message) {
  WireMessage wire = FromTree(std::move(message.body));
  wire.kind_ = message.kind;
  return wire;
}

WireMessage WireMessage::ResultFromText(const json::value& id, std::string_view id_text,
                                        std::string_view result_text) {
  WireMessage message;
  message.kind_ = MessageKind::kResult;
  message.id_ = id;
  message.id_text_ = id_text;
  message.id_text_known_ = true;
  constexpr std::string_view kHead = R"({"jsonrpc":"2.0","id":)";
  message.text_.reserve(kHead.size() + id_text.size() + result_text.size() + 12);
  message.text_ += kHead;
  message.text_ += id_text;
  message.text_ += R"(,"result":)";
  message.text_ += result_text;
  message.text_ += '}';
  message.text_valid_ = true;
  return message;
}

const std::string& WireMessage::id_text() const {
  if (!id_text_known_) {
    id_text_ = json::serialize(id_);
    id_text_known_ = true;
  }
  return id_text_;
}

// At most this many objects are listed per message: a message whose top levels hold hundreds
// of objects (a settings map) has the rest skipped as before, not each listed on the chance of a
// lookup (and the linear search of MembersOf stays short).
constexpr std::size_t kMaxListedObjects = 16;

const WireMessage::ObjectMembers& WireMessage::MembersOf(Span object) const {
  for (const ObjectMembers& scanned : scanned_)
    if (scanned.offset == object.offset) return scanned;
  if (scanned_.empty()) scanned_.reserve(4);
  ScanObject(object, kNestedScanLevels);
  return scanned_.back();  // the object itself: appended after the objects nested in it
}

// Appends the members of the object at `object` and, `levels` deep, of the objects among its
// members' values (those first), in one pass; returns where the object ends. Skipping a nested
// object's value is the same walk as listing its members, so its list comes for free and a
// later lookup inside it ("params" then "arguments") does not walk a 16 KiB string again.
// Arrays and deeper objects are skipped.
std::size_t WireMessage::ScanObject(Span object, int levels) const {
  ObjectMembers scanned;
  scanned.offset = object.offset;
  const std::string_view text = text_;
  const std::size_t end = object.end();
  std::size_t at = SkipSpace(text, object.offset);
  if (at < end && text[at] == '{') {
    scanned.is_object = true;
    at = SkipSpace(text, at + 1);
    while (at < end && text[at] == '"') {
      const std::size_t key_end = SkipString(text, at);
      const Span key{at + 1, key_end - at - 2};
      at = SkipSpace(text, key_end);
      if (at >= end || text[at] != ':') break;
      const std::size_t value_begin = SkipSpace(text, at + 1);
      std::size_t value_end;
      if (levels > 0 && scanned_.size() < kMaxListedObjects && value_begin < end &&
          text[value_begin] == '{') {
        value_end = ScanObject(Span{value_begin, end - value_begin}, levels - 1);
      } else {
        value_end = SkipValue(text, value_begin);
      }
      scanned.members.push_back(Member{key, Span{value_begin, value_end - value_begin}});
      at = SkipSpace(text, value_end);
      if (at < end && text[at] == ',') at = SkipSpace(text, at + 1);
    }
    if (at < end && text[at] == '}') ++at;
  }
  scanned_.push_back(std::move(scanned));
  return at;
}

MemberLookup WireMessage::Lookup(std::initializer_list<std::string_view> path, Span& span,
                                 bool* touched) const {
  span = Span{0, text_.size()};
  if (touched) *touched = false;
  const std::string_view text = text_;
  for (std::string_view key : path) {
    // As LookupMember, over the object's kept member list.
    const ObjectMembers& object = MembersOf(span);
    if (!object.is_object) return MemberLookup::kAbsent;
    int found = 0;
    bool escaped_key = false;
    for (const Member& member : object.members) {
      const std::string_view raw = text.substr(member.key.offset, member.key.size);
      if (raw == key) {
        ++found;
        span = member.value;
      } else if (raw.find('\\') != std::string_view::npos) {
        escaped_key = true;
      }
    }
    // An escaped key may decode to `key`: then the member may be repeated, and which one counts
    // is the parser's call.
    if (found > 1 || escaped_key) return MemberLookup::kAmbiguous;
    if (found == 0) return MemberLookup::kAbsent;
    if (touched && !*touched) {
      *touched = std::any_of(edits_.begin(), edits_.end(), [&](const Edit& e) {
        return e.span.offset < span.end() && span.offset < e.span.end();
      });
    }
  }
  return MemberLookup::kFound;
}

MemberLookup WireMessage::LookupForRead(std::initializer_list<std::string_view> path,
                                        Span& span) const {
  bool touched = false;
  const MemberLookup found = Lookup(path, span, &touched);
  if (!touched) return found;
  const_cast<WireMessage*>(this)->FoldEdits();  // a replaced value lies on the path
  return Lookup(path, span);
}

bool WireMessage::Locate(std::initializer_list<std::string_view> path, Span& span) const {
  return Lookup(path, span) == MemberLookup::kFound;
}

void WireMessage::FoldEdits() {
  if (edits_.empty()) return;
  if (edits_.size() == 1) {
    // The common case (the id): replaced in place. A replacement no longer than the value moves
    // the rest of the text within its buffer (nothing when the lengths are equal) instead of
    // copying the whole message into a new one.
    const Edit& edit = edits_.front();
    text_.replace(edit.span.offset, edit.span.size, edit.replacement);
    edits_.clear();
    scanned_.clear();
    return;
  }
  std::sort(edits_.begin(), edits_.end(),
            [](const Edit& a, const Edit& b) { return a.span.offset < b.span.offset; });
  std::size_t size = text_.size();
  for (const Edit& edit : edits_) size = size - edit.span.size + edit.replacement.size();
  std::string out;
  out.reserve(size);
  std::size_t at = 0;
  for (const Edit& edit : edits_) {
    out.append(text_, at, edit.span.offset - at);
    out += edit.replacement;
    at = edit.span.end();
  }
  out.append(text_, at, std::string::npos);
  text_ = std::move(out);
  edits_.clear();
  scanned_.clear();
}

const json::object& WireMessage::Tree() const {
  if (!tree_) {
    const_cast<WireMessage*>(this)->FoldEdits();
    json::value parsed = ParseSmall(text_);
    tree_ = parsed.is_object() ? std::move(parsed.get_object()) : json::object();
  }
  return *tree_;
}

json::object& WireMessage::MutableTree() {
  Tree();
  text_valid_ = false;
  text_.clear();
  edits_.clear();
  scanned_.clear();
  return *tree_;
}

json::object WireMessage::TakeTree() && {
  Tree();
  json::object tree = std::move(*tree_);
  tree_.reset();
  text_valid_ = false;
  return tree;
}

json::object WireMessage::TakeTreeKeepingText() {
  if (!text_valid_) return Tree();  // the tree is the message: a copy
  Tree();
  json::object tree = std::move(*tree_);
  tree_.reset();
  return tree;
}

Message WireMessage::ToMessage() && {
  const MessageKind kind = kind_;
  return Message{kind, std::move(*this).TakeTree()};
}

void WireMessage::SetId(const json::value& id, std::string_view id_text) {
  id_ = id;
  id_text_ = id_text;
  id_text_known_ = true;
  if (text_valid_) {
    Span span;
    if (Locate({"id"}, span)) {
      edits_.erase(std::remove_if(edits_.begin(), edits_.end(),
                                  [&](const Edit& e) { return e.span.offset == span.offset; }),
                   edits_.end());
      edits_.push_back(Edit{span, std::string(id_text)});
      if (tree_) (*tree_)["id"] = id;
      return;
    }
    MutableTree();
  }
  if (tree_) (*tree_)["id"] = id;
}

bool WireMessage::SetValue(std::initializer_list<std::string_view> path, const json::value& value) {
  if (text_valid_) {
    Span span;
    if (Locate(path, span)) {
      const bool overlaps = std::any_of(edits_.begin(), edits_.end(), [&](const Edit& e) {
        return span.offset < e.span.end() && e.span.offset < span.end();
      });
      if (!overlaps) {
        edits_.push_back(Edit{span, json::serialize(value)});
        tree_.reset();  // re-read from the edited text when next asked
        return true;
      }
    }
  }
  // Through the tree.
  json::object* object = &MutableTree();
  auto it = path.begin();
  for (; std::next(it) != path.end(); ++it) {
    json::value* child = object->if_contains(*it);
    if (!child || !child->is_object()) return false;
    object = &child->get_object();
  }
  (*object)[*it] = value;
  return true;
}

std::optional<json::value> WireMessage::GetValue(
    std::initializer_list<std::string_view> path) const {
  if (text_valid_ && !tree_) {
    Span span;
    const MemberLookup found = LookupForRead(path, span);
    if (found == MemberLookup::kAbsent) return std::nullopt;
    if (found == MemberLookup::kFound) {
      const std::string_view value = std::string_view(text_).substr(span.offset, span.size);
      // The common case, a string without escapes, needs no parser.
      if (value.size() >= 2 && value.front() == '"' && value.find('\\') == std::string_view::npos)
        return json::value(json::string_view(value.substr(1, value.size() - 2)));
      return ParseSmall(value);
    }
  }
  const json::object* object = &Tree();
  const json::value* value = nullptr;
  for (std::string_view key : path) {
    if (!object) return std::nullopt;
    value = object->if_contains(key);
    if (!value) return std::nullopt;
    object = value->if_object();
  }
  if (!value) return std::nullopt;
  return *value;
}

std::optional<std::string_view> WireMessage::MemberText(std::string_view name) const {
  if (!text_valid_) return std::nullopt;
  Span span;
  if (LookupForRead({name}, span) != MemberLookup::kFound) return std::nullopt;
  return std::string_view(text_).substr(span.offset, span.size);
}

bool WireMessage::HasValue(std::initializer_list<std::string_view> path) const {
  if (text_valid_ && !tree_) {
    Span span;
    // A repeated or escaped member is not located: ask the tree then.
    const MemberLookup found = LookupForRead(path, span);
    if (found != MemberLookup::kAmbiguous) return found == MemberLookup::kFound;
  }
  const json::object* object = &Tree();
  for (std::string_view key : path) {
    if (!object) return false;
    const json::value* value = object->if_contains(key);
    if (!value) return false;
    object = value->if_object();
  }
  return true;
}

std::size_t WireMessage::size() const {
  if (text_valid_) {
    std::size_t size = text_.size();
    for (const Edit& edit : edits_) size = size - edit.span.size + edit.replacement.size();
    return size;
  }
  return tree_ ? json::serialize(*tree_).size() : 2;
}

std::string WireMessage::Text() && {
  if (text_valid_) {
    FoldEdits();
    return std::move(text_);
  }
  return tree_ ? json::serialize(*tree_) : std::string("{}");
}

}  // namespace mcpgw::core
