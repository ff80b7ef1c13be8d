// WireMessage: one JSON-RPC message as it travels through the gateway: its bytes, validated but
// not parsed into a tree, plus what routing needs (kind, id, method). A tree is built only when
// someone asks for it (a guard, a version translation, an internal caller); a message nobody
// modifies goes out as the bytes it came in with, with only its id (and the few values the
// gateway rewrites: a tool name, a progress token) replaced in place.
//
// Rules (pinned by wire_message_test.cc):
//  - Replacing a value keeps every other byte of the text.
//  - Once the tree is taken for modification (MutableTree), the text is stale and the message is
//    serialized again from the tree, exactly once, when it is sent.
//  - When a replacement cannot be made in the text (the member is absent, written with escapes in
//    its key, or repeated), the message falls back to the tree: correct, only slower.
//
// Threading: a value type; not shared between threads. Lifetime: owns its text and its tree.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/system/result.hpp>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_rpc.h"
#include "core/member_scan.h"

namespace mcpgw::core {

class WireMessage {
 public:
  WireMessage() = default;
  // A message the gateway built (implicit, so that json::object responses convert); as FromTree.
  WireMessage(json::object body);  // NOLINT(google-explicit-constructor)

  // Validates `text` as a single JSON-RPC 2.0 message (the same rules and errors as
  // ParseMessage: kParseError for malformed JSON or numbers beyond double range, kInvalidRequest
  // with the id when it could be read, "batch" for arrays) without building a tree. Line breaks
  // between tokens become spaces (the text never holds one, whatever its framing).
  static boost::system::result<WireMessage, MessageError> Inspect(std::string text);

  // A message the gateway built (errors, local answers): its text is serialized when needed.
  static WireMessage FromTree(json::object body);
  static WireMessage FromMessage(Message message);

  // A success response whose "result" is the already serialized JSON `result_text`, for
  // `id_text` (the serialized id). REQUIRES: both are valid JSON.
  static WireMessage ResultFromText(const json::value& id, std::string_view id_text,
                                    std::string_view result_text);

  MessageKind kind() const { return kind_; }
  bool IsRequest() const { return kind_ == MessageKind::kRequest; }
  bool IsNotification() const { return kind_ == MessageKind::kNotification; }
  bool IsResponse() const { return kind_ == MessageKind::kResult || kind_ == MessageKind::kError; }
  // The id (null for notifications); the method (empty for responses).
  const json::value& id() const { return id_; }
  std::string_view method() const { return method_; }
  // The id serialized (e.g. `7`, `"abc"`), computed once.
  const std::string& id_text() const;
  // True when "params" is absent or an object.
  bool params_is_object_or_absent() const { return !params_not_object_; }

  // The whole message as a tree, parsed on first use (reflecting every replacement so far).
  const json::object& Tree() const;
  // The tree, for modification: the text is dropped and the message will be serialized again.
  json::object& MutableTree();
  // Takes the tree out (as Tree(), then the message is empty).
  json::object TakeTree() &&;
  // The tree for a caller that inspects it (and may rewrite its own copy) while the message stays
  // what it was: Text() still gives the original bytes with the replacements, so a message nobody
  // changed goes on as bytes. The parsed tree is moved out (a later Tree() parses again); a
  // message whose text is not authoritative (built or modified as a tree) hands out a copy.
  json::object TakeTreeKeepingText();
  // As a core::Message (kind and tree).
  Message ToMessage() &&;

  // Replaces the id with `id` (its serialization `id_text`).
  void SetId(const json::value& id, std::string_view id_text);
  // Replaces the value at `path` (member names from the top level, e.g. {"params", "name"})
  // with `value`. The path's parents must exist; a missing last member is added (through the
  // tree). Returns false (and changes nothing) when a parent is missing or not an object.
  bool SetValue(std::initializer_list<std::string_view> path, const json::value& value);
  // The value at `path`, or nullopt when absent. Read from the text when it is authoritative
  // (parsing only that value; an absent member is known from the text too), from the tree
  // otherwise (a repeated or escaped key on the way).
  std::optional<json::value> GetValue(std::initializer_list<std::string_view> path) const;
  // The text of the top-level member `name`'s value as it will be sent (pending replacements
  // inside it folded in first), without parsing it; nullopt when the text is not authoritative
  // (a message built or modified as a tree) or the member is absent, repeated or behind an
  // escaped key. The view is valid until the message is next changed, moved or destroyed.
  std::optional<std::string_view> MemberText(std::string_view name) const;
  // True when the value at `path` exists.
  bool HasValue(std::initializer_list<std::string_view> path) const;

  // The serialized message: the original bytes with the replacements applied, or the tree
  // serialized when it was modified (or when the message was built as a tree).
  std::string Text() &&;
  // The length of Text() without building it: the original bytes' length adjusted by the pending
  // replacements; a tree message is serialized to count (no cheaper way exists for a tree).
  std::size_t size() const;
  // Whether the text will be re-serialized from a tree (for tests and diagnostics).
  bool from_tree() const { return !text_valid_; }
  // Whether a tree has been built (parsed or given) so far (for tests and diagnostics).
  bool has_tree() const { return tree_.has_value(); }
  // Whether replacements are still pending, not yet folded into the text (for tests and
  // diagnostics): reading a value elsewhere in the message leaves them pending.
  bool has_pending_edits() const { return !edits_.empty(); }

 private:
  struct Edit {
    Span span;
    std::string replacement;
  };
  // The members of one object of text_ (edits not applied), found by one scan and kept: every
  // later lookup in the same object reads this list instead of scanning the text again (a scan
  // walks the whole object, so each lookup used to cost a pass over a 16 KiB payload).
  struct Member {
    Span key;  // as written, without quotes, escapes undecoded
    Span value;
  };
  struct ObjectMembers {
    std::size_t offset = 0;  // where the object's value starts in text_
    bool is_object = false;
    std::vector<Member> members;
  };
  // How deep MembersOf lists nested objects with their parent: the message, then params or
  // result, then arguments (the paths the gateway reads).
  static constexpr int kNestedScanLevels = 2;
  const ObjectMembers& MembersOf(Span object) const;
  std::size_t ScanObject(Span object, int levels) const;
  // Looks the value at `path` up in the text (edits not applied): kFound with its span, kAbsent
  // when the text certainly has none (a member is missing, or a parent is no object), or
  // kAmbiguous (a repeated or escaped key on the way: ask the tree). `touched`, when given, is set
  // when a pending edit overlaps a value on the path below the top level (then the text with
  // the edits applied may differ there, and the caller folds the edits and looks again).
  MemberLookup Lookup(std::initializer_list<std::string_view> path, Span& span,
                      bool* touched = nullptr) const;
  // GetValue/HasValue from the text: the lookup, folding the edits first only when one lies on
  // the path (the id's edit, at the top level, never does).
  MemberLookup LookupForRead(std::initializer_list<std::string_view> path, Span& span) const;
  // Lookup() == kFound.
  bool Locate(std::initializer_list<std::string_view> path, Span& span) const;
  void FoldEdits();

  MessageKind kind_ = MessageKind::kNotification;
  json::value id_;
  std::string method_;
  bool params_not_object_ = false;
  mutable std::string id_text_;
  mutable bool id_text_known_ = false;

  std::string text_;
  bool text_valid_ = false;  // text_ (with edits_) is the message; otherwise tree_ is
  std::vector<Edit> edits_;  // replacements in text_, not overlapping
  // Objects of text_ scanned so far (cleared whenever text_ changes).
  mutable std::vector<ObjectMembers> scanned_;
  mutable std::optional<json::object> tree_;
};

}  // namespace mcpgw::core
