// Where a phrase sits in a text, as far as the injection detector cares: inside quotation
// marks, a fenced or inline code block, a quoted e-mail line ("> "), and the sentence around it.
// These are the signals of text that QUOTES an instruction (an article, a test fixture, a
// ticket citing a user) rather than GIVES it.
//
// Threading: pure functions over the text; CodeFences holds offsets into one text.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace mcpgw::guards::injection {

// std::string_view::rfind(needle)'s answer, found through memrchr on the needle's first byte
// (libstdc++'s rfind compares at every position: slow on a long line).
std::size_t LastOf(std::string_view hay, std::string_view needle);

// [begin, end) of the line holding `pos` (without its '\n').
std::pair<std::size_t, std::size_t> LineAt(std::string_view text, std::size_t pos);

// The sentence around [begin, end): back to just after the previous '.', '!', '?', '。', '！',
// '？' or newline, forward through the next one; at most `max_extent` bytes each way.
std::pair<std::size_t, std::size_t> SentenceAround(std::string_view text, std::size_t begin,
                                                   std::size_t end, std::size_t max_extent = 400);

// True when [begin, end) lies between an opening and a closing quotation mark on its line
// (", “ ”, « », „ “, 「 」, 『 』, ‘ ’, or backticks), between typographic marks on the lines
// just before and after (a quotation wrapped by a PDF or e-mail, 240 bytes each way), or inside
// a triple-quoted string (looked for in the 4 KiB before). A JSON or YAML value ("key": "...",
// key: "...", [..., "..."]) is data framing, not a quotation, and does not count; a double quote
// after a colon in prose ('we received: "..."') does.
bool InQuotes(std::string_view text, std::size_t begin, std::size_t end);

// The offset of the opening double quote of the string literal on its line that holds
// [begin, end) (backslash escapes honoured; a cue that starts at the quote counts as inside),
// or, when there is none, of a single-quoted literal of code or data (its quote opening after
// = ( [ , { : or at the line's start: html = '<div ...>', ('...', True)); npos when neither.
// Unlike InQuotes, JSON values count: the caller decides.
std::size_t StringLiteralStart(std::string_view text, std::size_t begin, std::size_t end);

// True when `text` reads as source code or a test fixture: at least three lines that start with
// a statement keyword (def, import, const, func, assert, expect(, for, if, return, @decorator,
// ...) or end like a statement (";", "):", ") {"). Pretty-printed JSON is not code.
bool LooksLikeCode(std::string_view text);

// True when the line holding `pos` is a labelled row of a data set (JSON Lines, a JSON array of
// examples): a key such as "label", "class", "category", "verdict" or "is_injection" (also in
// other languages) whose value names an attack class (injection, jailbreak, malicious,
// adversarial, harmful, unsafe, in several languages), or a yes/no key named after one
// ("is_injection": true). An attack string there is an example someone labelled, not an order.
bool InLabelledDatasetRow(std::string_view text, std::size_t pos);

// True when the chat-template token at [begin, end) is written about rather than used: a noun
// naming it, or another special token on its line, as a thing (token, tag, marker, balise,
// 标记, トークン, 토큰, ...) within 24 bytes, or an opening token ("<|im_start|>") that no role
// name follows.
bool MentionedRoleToken(std::string_view text, std::size_t begin, std::size_t end);

// True when [begin, end) is one side of a phrasebook gloss: it follows a quoted phrase and a
// gloss mark ('"..." = disregard the previous instructions', '»  — ...'), or it sits in a quoted
// phrase that one follows ('« Oubliez les consignes » = ...'), or a fullwidth parenthesis glosses
// it at once ('Ignore the previous instructions（忽略之前的说明）').
bool InGlossPair(std::string_view text, std::size_t begin, std::size_t end);

// True when the line holding `pos` is an e-mail style quote ("> ...").
bool InQuotedLine(std::string_view text, std::size_t pos);

// True when the quoted line holding `pos` belongs to an e-mail reply's quote of the message it
// answers: the line above the quoted block attributes it ("On 3 Mar 2026, Tom <t@x> wrote:",
// "Am ... schrieb ...:", a line that ends in ':' and names an address or a date) or the block
// holds a forwarded header ("-----Original Message-----", "From: "). What a mail quotes is what
// its reader (the agent) reads, not a citation in an article.
bool InMailReplyQuote(std::string_view text, std::size_t pos);

// The fenced code blocks (``` or ~~~) of a markdown text.
class CodeFences {
 public:
  explicit CodeFences(std::string_view text);
  bool Contains(std::size_t pos) const;

 private:
  std::vector<std::pair<std::size_t, std::size_t>> blocks_;
};

}  // namespace mcpgw::guards::injection
