// The one walker over the text leaves of MCP messages: what a model or a server would read, and
// so what guards inspect and may rewrite. Names, ids, URIs, `_meta` and protocol fields are never
// visited (so never rewritten).
//
// What is visited, by (direction, method); `payload` is what the chain guards (see
// docs/guards.md, "Paths"):
//  request (toward a server)
//    tools/call                 params.arguments: every string leaf, nested
//    prompts/get                params.arguments: every string value
//    completion/complete        params.argument.value, params.context.arguments values
//    sampling/createMessage     the client's answer (result): content text blocks
//    elicitation/create         the client's answer (result): content string leaves
//  response (toward the client)
//    tools/call, tasks/result   result.content blocks (text; embedded resource text and textual
//                               blobs; resource links' title and description),
//                               result.structuredContent string leaves
//    resources/read             result.contents[]: text, and blobs whose mimeType is textual
//    prompts/get                result.description, result.messages[].content blocks
//    completion/complete        result.completion.values[]
//    sampling/createMessage     params.messages[].content blocks, params.systemPrompt
//    elicitation/create         params.message
//    notifications/message      params.data: the string itself or every string leaf
//    notifications/progress     params.message
//    notifications/tasks/status params.statusMessage; tasks/get result.statusMessage
//  any method, error payloads   the error object's message and every string leaf of its data
//
// Threading: pure function over the payload. A clean walk allocates nothing (textual blobs are
// decoded into a scratch string).
#pragma once

#include "guards/guard.h"

#include <boost/json/fwd.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace mcpgw::guards {

// One step of a JSON location; leaves carry the chain of steps back to the payload's root.
struct PathStep {
  const PathStep* parent = nullptr;
  std::string_view key;     // object member name, when !is_index
  std::size_t index = 0;    // array index, when is_index
  bool is_index = false;
};

// A text leaf found by the walker. The visitor reads `text` and may call Replace().
class TextLeaf {
 public:
  TextLeaf(std::string_view text, const PathStep* path) : text_(text), path_(path) {}
  std::string_view text() const { return text_; }
  // The JSON pointer of the leaf in the payload ("/content/0/text"); a decoded blob's pointer
  // names the blob member.
  std::string Pointer() const;
  // Replaces the leaf's text (the walker writes it back; a blob is re-encoded).
  void Replace(std::string text) {
    replacement_ = std::move(text);
    replaced_ = true;
  }
  bool replaced() const { return replaced_; }
  std::string& replacement() { return replacement_; }

 private:
  std::string_view text_;
  const PathStep* path_;
  std::string replacement_;
  bool replaced_ = false;
};

// A non-owning callable reference (the walker is called per message; no std::function
// allocation).
class LeafVisitor {
 public:
  template <typename F>
    requires(!std::is_same_v<std::remove_cv_t<F>, LeafVisitor>)
  LeafVisitor(F& f)  // NOLINT: implicit by design
      : object_(&f), call_([](void* o, TextLeaf& leaf) { (*static_cast<F*>(o))(leaf); }) {}
  void operator()(TextLeaf& leaf) const { call_(object_, leaf); }

 private:
  void* object_;
  void (*call_)(void*, TextLeaf&);
};

// A non-owning callable reference for the read-only walk: `bool(const TextLeaf&)`, false to
// stop the walk.
class LeafReader {
 public:
  template <typename F>
    requires(!std::is_same_v<std::remove_cv_t<F>, LeafReader>)
  LeafReader(F& f)  // NOLINT: implicit by design
      : object_(&f),
        call_([](void* o, const TextLeaf& leaf) { return (*static_cast<F*>(o))(leaf); }) {}
  bool operator()(const TextLeaf& leaf) const { return call_(object_, leaf); }

 private:
  void* object_;
  bool (*call_)(void*, const TextLeaf&);
};

// Visits every text leaf of `payload` for a message with `context`'s direction, method and
// is_error (see the table above). Returns the number of leaves replaced.
std::size_t WalkText(const GuardContext& context, boost::json::value& payload,
                     LeafVisitor visit);

// What WalkTextJson could do.
enum class JsonWalk {
  kDone,       // every leaf was visited: exactly those WalkText visits over the parsed payload,
               // in the same order, with the same text (escapes decoded) and pointers
  kStopped,    // the visitor returned false; the walk ended there
  kUndecided,  // the text cannot be walked as its tree would be (a key written with an escape
               // or repeated in an object the walk reads, a string that does not decode): some
               // leaves may have been visited; walk the tree (WalkText) instead
};

// The walk of WalkText over `payload` given as JSON text, without building a tree: objects are
// scanned in the text and a leaf's escapes are decoded only when it is visited. Read-only (a
// leaf cannot be replaced). A clean walk allocates nothing beyond per-thread scratch (textual
// blobs are decoded into a fresh string, as WalkText does).
// REQUIRES: `payload` is one JSON value a parser has accepted (e.g. a member of a validated
// message, core::WireMessage::MemberText); other text gives kUndecided or some leaves, never a
// crash.
JsonWalk WalkTextJson(const GuardContext& context, std::string_view payload, LeafReader visit);

// True when a MIME type names text a model reads (text/*, JSON, XML, YAML, JavaScript, ...).
bool IsTextualMime(std::string_view mime);

}  // namespace mcpgw::guards
