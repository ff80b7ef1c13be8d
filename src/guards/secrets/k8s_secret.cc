#include "guards/secrets/k8s_secret.h"

#include <algorithm>
#include <string>

#include "core/ascii_lower.h"
#include "guards/secrets/validators.h"

namespace mcpgw::guards::secrets {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// How far either side of `kind` the walk goes (a List of hundreds of Secrets is still walked
// one object at a time, each from its own `kind`).
constexpr std::size_t kMaxWalk = 1 << 20;

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;  // the '\n' (or the text's end); a '\r' before it is not content
};

Line LineAt(std::string_view text, std::size_t pos) {
  std::size_t begin = pos == 0 ? npos : text.rfind('\n', pos - 1);
  begin = begin == npos ? 0 : begin + 1;
  std::size_t end = text.find('\n', pos);
  if (end == npos) end = text.size();
  return {begin, end};
}

std::size_t ContentEnd(std::string_view text, const Line& line) {
  std::size_t end = line.end;
  while (end > line.begin && (text[end - 1] == '\r' || text[end - 1] == ' ')) --end;
  return end;
}

// The column of a line's first key: its indentation, or past "- " on a sequence item's line.
struct Shape {
  bool blank = true;    // empty or a comment
  bool marker = false;  // "---" or "..." (a document boundary)
  bool item = false;    // the line opens a sequence item ("- key: ...")
  std::size_t indent = 0;
  std::size_t key_col = 0;
};

Shape ShapeOf(std::string_view text, const Line& line) {
  Shape s;
  const std::size_t end = ContentEnd(text, line);
  std::size_t i = line.begin;
  while (i < end && text[i] == ' ') ++i;
  if (i == end || text[i] == '#') return s;
  s.blank = false;
  s.indent = i - line.begin;
  const std::string_view content = text.substr(i, end - i);
  if (s.indent == 0 && (content.starts_with("---") || content.starts_with("...")) &&
      (content.size() == 3 || content[3] == ' ')) {
    s.marker = true;
    return s;
  }
  s.key_col = s.indent;
  if (content.size() >= 2 && content[0] == '-' && content[1] == ' ') {
    s.item = true;
    std::size_t j = i + 1;
    while (j < end && text[j] == ' ') ++j;
    s.key_col = j - line.begin;
  }
  return s;
}

bool PublicContent(std::string_view s) {
  for (std::string_view start :
       {"-----BEGIN CERTIFICATE", "-----BEGIN PUBLIC KEY", "-----BEGIN RSA PUBLIC KEY",
        "-----BEGIN X509 CRL", "-----BEGIN TRUSTED CERTIFICATE", "ssh-rsa ", "ssh-ed25519 ",
        "ecdsa-sha2-", "ssh-dss "}) {
    if (s.starts_with(start)) return true;
  }
  return false;
}

// "sha256:9425c6...": a content digest (its ':' is no base64 either).
bool ContentDigest(std::string_view v) {
  std::size_t colon = v.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view algo = v.substr(0, colon);
  if (algo != "sha256" && algo != "sha512" && algo != "sha384" && algo != "sha1" &&
      algo != "md5" && algo != "blake3") {
    return false;
  }
  const std::string_view hex = v.substr(colon + 1);
  if (hex.size() < 32) return false;
  for (char c : hex) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// True when the value under `key` is not a credential: public material (also once decoded, for
// `data`), a service account's namespace, a reference or placeholder.
bool Skip(std::string_view key, std::string_view value, bool base64) {
  if (value.empty()) return true;
  const std::string k = core::AsciiLower(key);
  for (std::string_view suffix : {".crt", ".cer", ".pub", "ca-bundle", "cabundle", "known_hosts"}) {
    if (k.ends_with(suffix)) return true;
  }
  // Names that hold identifiers beside the credential (a Secret's user, host, port, database):
  // the agent may need them, and they unlock nothing.
  std::string bare;
  for (char c : k) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) bare += c;
  }
  for (std::string_view name : {"namespace", "username", "user", "login", "host", "hostname", "port",
                                "database", "dbname", "dbhost", "dbport", "dbuser", "dbusername",
                                "region", "email"}) {
    if (bare == name) return true;
  }
  if (value.starts_with("ENC[")) return true;  // SOPS: encrypted, committed on purpose
  if (ContentDigest(value)) return true;        // an image's "sha256:<hex>" pins, unlocks nothing
  if (PublicContent(value) || IsReference(value) || IsPlaceholder(value)) return true;
  // Decoded, only public material is spared: a base64 "changeme" in a Secret costs nothing to
  // mask, and a connection string must not be kept for the word "example" in its host.
  return base64 && PublicContent(DecodeBase64Groups(value.substr(0, 4096)));
}

// A YAML key at `pos` (plain, "double" or 'single' quoted) followed by ':' and a space or the
// line's end. Returns the key and sets `after` past the ':'; empty when there is none.
std::string_view YamlKey(std::string_view text, std::size_t pos, std::size_t end,
                         std::size_t& after) {
  if (pos >= end) return {};
  std::size_t key_begin = pos, key_end = pos, i = pos;
  if (text[pos] == '"' || text[pos] == '\'') {
    const char q = text[pos];
    const std::size_t close = text.find(q, pos + 1);
    if (close == npos || close >= end) return {};
    key_begin = pos + 1;
    key_end = close;
    i = close + 1;
    while (i < end && text[i] == ' ') ++i;
    if (i >= end || text[i] != ':') return {};
  } else {
    while (i < end && !(text[i] == ':' && (i + 1 == end || text[i + 1] == ' '))) {
      if (text[i] == '#' && i > pos && text[i - 1] == ' ') return {};
      ++i;
    }
    if (i >= end) return {};
    key_end = i;
    while (key_end > key_begin && text[key_end - 1] == ' ') --key_end;
  }
  after = i + 1;
  return text.substr(key_begin, key_end - key_begin);
}

// The value of a `key: value` entry starting at `pos` (after the ':'): a quoted or plain scalar
// on the line. Block scalars, nested maps and empty values give nothing.
bool YamlScalar(std::string_view text, std::size_t pos, std::size_t end, ValueSpan& span) {
  while (pos < end && text[pos] == ' ') ++pos;
  if (pos >= end) return false;
  const char c = text[pos];
  if (c == '|' || c == '>' || c == '#' || c == '{' || c == '[' || c == '&' || c == '*' ||
      c == '!') {
    return false;
  }
  if (c == '"') {
    std::size_t i = pos + 1;
    while (i < end && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
    if (i >= end) return false;
    span = {pos + 1, i};
    return true;
  }
  if (c == '\'') {
    std::size_t i = pos + 1;
    while (i < end) {
      if (text[i] == '\'') {
        if (i + 1 < end && text[i + 1] == '\'') {
          i += 2;
          continue;
        }
        break;
      }
      ++i;
    }
    if (i >= end) return false;
    span = {pos + 1, i};
    return true;
  }
  std::size_t stop = end;
  for (std::size_t i = pos + 1; i < end; ++i) {
    if (text[i] == '#' && text[i - 1] == ' ') {
      stop = i;
      break;
    }
  }
  while (stop > pos && text[stop - 1] == ' ') --stop;
  span = {pos, stop};
  return stop > pos;
}

// The entries of a block map whose key line ends at `after_key`, indented deeper than `col`.
void YamlBlockMap(std::string_view text, std::size_t next, std::size_t limit, std::size_t col,
                  bool base64, std::vector<ValueSpan>& out) {
  std::size_t entry_col = npos;
  while (next < limit) {
    const Line line = LineAt(text, next);
    next = line.end + 1;
    const Shape s = ShapeOf(text, line);
    if (s.blank) continue;
    if (s.marker || s.indent <= col) return;
    if (entry_col == npos) entry_col = s.indent;
    if (s.indent != entry_col || s.item) continue;  // inside a block scalar or nested value
    const std::size_t end = ContentEnd(text, line);
    std::size_t after = 0;
    const std::string_view key = YamlKey(text, line.begin + s.indent, end, after);
    if (key.empty()) continue;
    ValueSpan span;
    if (!YamlScalar(text, after, end, span)) continue;
    if (!Skip(key, text.substr(span.begin, span.end - span.begin), base64)) out.push_back(span);
  }
}

// `data: {a: b, "c": 'd'}` on one line.
void YamlFlowMap(std::string_view text, std::size_t pos, std::size_t end, bool base64,
                 std::vector<ValueSpan>& out) {
  ++pos;  // past '{'
  while (pos < end) {
    while (pos < end && (text[pos] == ' ' || text[pos] == ',')) ++pos;
    if (pos >= end || text[pos] == '}') return;
    std::size_t key_begin = pos, key_end;
    if (text[pos] == '"' || text[pos] == '\'') {
      const std::size_t close = text.find(text[pos], pos + 1);
      if (close == npos || close >= end) return;
      key_begin = pos + 1;
      key_end = close;
      pos = close + 1;
      while (pos < end && text[pos] == ' ') ++pos;
      if (pos >= end || text[pos] != ':') return;
    } else {
      while (pos < end && text[pos] != ':' && text[pos] != ',' && text[pos] != '}') ++pos;
      if (pos >= end || text[pos] != ':') return;
      key_end = pos;
      while (key_end > key_begin && text[key_end - 1] == ' ') --key_end;
    }
    ++pos;  // past ':'
    while (pos < end && text[pos] == ' ') ++pos;
    if (pos >= end) return;
    ValueSpan span;
    if (text[pos] == '"' || text[pos] == '\'') {
      const char q = text[pos];
      std::size_t i = pos + 1;
      while (i < end && text[i] != q) i += (q == '"' && text[i] == '\\') ? 2 : 1;
      if (i >= end) return;
      span = {pos + 1, i};
      pos = i + 1;
    } else {
      std::size_t i = pos;
      while (i < end && text[i] != ',' && text[i] != '}') ++i;
      std::size_t stop = i;
      while (stop > pos && text[stop - 1] == ' ') --stop;
      span = {pos, stop};
      pos = i;
    }
    const std::string_view key = text.substr(key_begin, key_end - key_begin);
    if (span.end > span.begin &&
        !Skip(key, text.substr(span.begin, span.end - span.begin), base64)) {
      out.push_back(span);
    }
  }
}

bool IsDataKey(std::string_view key, bool& base64) {
  if (key == "data") {
    base64 = true;
    return true;
  }
  if (key == "stringData") {
    base64 = false;
    return true;
  }
  return false;
}

void FromYaml(std::string_view text, std::size_t kind_at, std::vector<ValueSpan>& out) {
  const Line kind_line = LineAt(text, kind_at);
  const Shape kind_shape = ShapeOf(text, kind_line);
  const std::size_t col = kind_at - kind_line.begin;
  if (kind_shape.blank || kind_shape.key_col != col) return;  // not a key at a line's start

  // The object: sibling keys at `col` and what is nested under them, back to its first key (a
  // sequence item's "- " line, a lesser indentation, or a document marker) and on to its end.
  std::size_t begin = kind_line.begin;
  if (!kind_shape.item) {
    while (begin > 0 && kind_line.begin - begin < kMaxWalk) {
      const Line line = LineAt(text, begin - 1);
      const Shape s = ShapeOf(text, line);
      if (s.blank) {
        begin = line.begin;
        continue;
      }
      if (s.marker) break;
      if (s.item && s.key_col == col) {
        begin = line.begin;
        break;
      }
      if (s.item || s.indent < col) break;
      begin = line.begin;
    }
  }
  std::size_t end = kind_line.end;
  while (end < text.size() && end - kind_line.end < kMaxWalk) {
    const Line line = LineAt(text, end + 1);
    const Shape s = ShapeOf(text, line);
    if (!s.blank && (s.marker || s.indent < col || (s.item && s.indent <= col))) break;
    end = line.end;
  }

  for (std::size_t next = begin; next < end;) {
    const Line line = LineAt(text, next);
    next = line.end + 1;
    const Shape s = ShapeOf(text, line);
    if (s.blank || s.key_col != col) continue;
    const std::size_t content_end = ContentEnd(text, line);
    std::size_t after = 0;
    const std::string_view key = YamlKey(text, line.begin + col, content_end, after);
    bool base64 = false;
    if (!IsDataKey(key, base64)) continue;
    std::size_t value = after;
    while (value < content_end && text[value] == ' ') ++value;
    if (value < content_end && text[value] == '{') {
      YamlFlowMap(text, value, content_end, base64, out);
    } else if (value == content_end || text[value] == '#') {
      YamlBlockMap(text, next, end, col, base64, out);
    }
  }
}

bool EscapedAt(std::string_view text, std::size_t quote) {
  std::size_t slashes = 0;
  while (quote > slashes && text[quote - slashes - 1] == '\\') ++slashes;
  return slashes % 2 == 1;
}

// The index of the quote closing the JSON string opened at `open`, or npos.
std::size_t JsonStringEnd(std::string_view text, std::size_t open) {
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      return i;
    }
  }
  return npos;
}

std::size_t SkipSpace(std::string_view text, std::size_t i) {
  while (i < text.size() &&
         (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
    ++i;
  }
  return i;
}

// The members of the JSON object opened at `open` whose values are strings.
void JsonMap(std::string_view text, std::size_t open, bool base64, std::vector<ValueSpan>& out) {
  std::size_t i = open + 1;
  while (i < text.size()) {
    i = SkipSpace(text, i);
    if (i < text.size() && text[i] == ',') i = SkipSpace(text, i + 1);
    if (i >= text.size() || text[i] != '"') return;  // '}' or not JSON
    const std::size_t key_end = JsonStringEnd(text, i);
    if (key_end == npos) return;
    const std::string_view key = text.substr(i + 1, key_end - i - 1);
    i = SkipSpace(text, key_end + 1);
    if (i >= text.size() || text[i] != ':') return;
    i = SkipSpace(text, i + 1);
    if (i >= text.size() || text[i] != '"') return;  // a secret's values are strings
    const std::size_t value_end = JsonStringEnd(text, i);
    if (value_end == npos) return;
    const ValueSpan span{i + 1, value_end};
    if (!Skip(key, text.substr(span.begin, span.end - span.begin), base64)) out.push_back(span);
    i = value_end + 1;
  }
}

// JSON: the object holding `"kind"` is found by walking back over balanced brackets and
// strings; its data/stringData members are then read forward. False when there is no
// enclosing object (not JSON after all).
bool FromJson(std::string_view text, std::size_t kind_at, std::vector<ValueSpan>& out) {
  std::size_t open = npos;
  int depth = 0;
  for (std::size_t i = kind_at; i > 0 && kind_at - i < kMaxWalk;) {
    --i;
    const char c = text[i];
    if (c == '"') {  // a string's closing quote: go to its opening one
      std::size_t j = i;
      while (j > 0) {
        --j;
        if (text[j] == '"' && !EscapedAt(text, j)) break;
      }
      i = j;
    } else if (c == '}' || c == ']') {
      ++depth;
    } else if (c == '{' || c == '[') {
      if (depth == 0) {
        if (c == '{') open = i;
        break;
      }
      --depth;
    }
  }
  if (open == npos) return false;
  depth = 0;
  for (std::size_t i = open; i < text.size() && i - open < 2 * kMaxWalk; ++i) {
    const char c = text[i];
    if (c == '"') {
      const std::size_t close = JsonStringEnd(text, i);
      if (close == npos) return true;
      bool base64 = false;
      if (depth == 1 && IsDataKey(text.substr(i + 1, close - i - 1), base64)) {
        std::size_t j = SkipSpace(text, close + 1);
        if (j < text.size() && text[j] == ':') {
          j = SkipSpace(text, j + 1);
          if (j < text.size() && text[j] == '{') JsonMap(text, j, base64, out);
        }
      }
      i = close;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) break;
    }
  }
  return true;
}

}  // namespace

void KubernetesSecretValues(std::string_view text, std::size_t kind_at,
                            std::vector<ValueSpan>& out) {
  if (kind_at >= text.size()) return;
  if (text[kind_at] == '"' && FromJson(text, kind_at, out)) return;
  FromYaml(text, kind_at, out);
}

}  // namespace mcpgw::guards::secrets
