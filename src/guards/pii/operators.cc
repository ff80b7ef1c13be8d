#include "guards/pii/operators.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <boost/json.hpp>

#include <array>
#include <memory>
#include <span>

#include "guards/pii/entity.h"

namespace mcpgw::guards::pii {
namespace {

namespace json = boost::json;

constexpr std::string_view kAad = "mcpgw-pii-encrypt-v1";
constexpr unsigned char kVersion = 0x01;
constexpr std::size_t kNonce = 12;
constexpr std::size_t kTag = 16;

std::string Base64Url(const unsigned char* data, std::size_t n) {
  std::string out(4 * ((n + 2) / 3) + 1, '\0');
  const int len = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data,
                                  static_cast<int>(n));
  out.resize(static_cast<std::size_t>(len));
  while (!out.empty() && out.back() == '=') out.pop_back();
  for (char& c : out) {
    if (c == '+') c = '-';
    if (c == '/') c = '_';
  }
  return out;
}

// Standard or URL-safe base64, padded or not. Nullopt-like failure as an empty optional result.
Result<std::string> Base64Decode(std::string_view in) {
  std::string s(in);
  for (char& c : s) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  while (s.size() % 4 != 0) s.push_back('=');
  for (char c : s) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '+' || c == '/' || c == '=';
    if (!ok) return MakeError("not base64");
  }
  std::string out(s.size() / 4 * 3, '\0');
  const int len = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(s.data()),
                                  static_cast<int>(s.size()));
  if (len < 0) return MakeError("not base64");
  std::size_t pad = 0;
  for (std::size_t i = s.size(); i > 0 && s[i - 1] == '='; --i) ++pad;
  out.resize(static_cast<std::size_t>(len) - std::min<std::size_t>(pad, 2));
  return out;
}

std::string Hex(const unsigned char* data, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(2 * n, '\0');
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = kDigits[data[i] >> 4];
    out[2 * i + 1] = kDigits[data[i] & 15];
  }
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xe) return 3;
  if ((lead >> 3) == 0x1e) return 4;
  return 1;  // a stray byte counts as one character
}

Result<std::string> Digest(const EVP_MD* md, std::string_view salt, std::string_view value) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), salt.data(), salt.size()) != 1 ||
      EVP_DigestUpdate(ctx.get(), value.data(), value.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), out, &len) != 1) {
    return MakeError("hash: digest failed");
  }
  return std::string(reinterpret_cast<const char*>(out), len);
}

Result<std::string> Encrypt(std::string_view key, std::string_view plaintext) {
  std::string payload(1 + kNonce + plaintext.size() + kTag, '\0');
  auto* p = reinterpret_cast<unsigned char*>(payload.data());
  p[0] = kVersion;
  if (RAND_bytes(p + 1, kNonce) != 1) return MakeError("encrypt: no randomness");
  std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                       EVP_CIPHER_CTX_free);
  int len = 0;
  int total = 0;
  if (!ctx ||
      EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                         reinterpret_cast<const unsigned char*>(key.data()), p + 1) != 1 ||
      EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(kAad.data()),
                        static_cast<int>(kAad.size())) != 1 ||
      EVP_EncryptUpdate(ctx.get(), p + 1 + kNonce, &len,
                        reinterpret_cast<const unsigned char*>(plaintext.data()),
                        static_cast<int>(plaintext.size())) != 1) {
    return MakeError("encrypt: AES-256-GCM failed");
  }
  total = len;
  if (EVP_EncryptFinal_ex(ctx.get(), p + 1 + kNonce + total, &len) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTag, p + 1 + kNonce + plaintext.size()) != 1) {
    return MakeError("encrypt: AES-256-GCM failed");
  }
  return "<ENC:" + Base64Url(p, payload.size()) + ">";
}

// --- Config parsing -----------------------------------------------------------------------------

Result<OperatorConfig> FromObject(const json::object& obj, std::string_view where) {
  auto fail = [&](std::string_view key, std::string_view why) {
    return MakeError(std::string(where) + "\"" + std::string(key) + "\": " + std::string(why));
  };
  const json::value* type = obj.if_contains("type");
  if (type == nullptr || !type->is_string()) return fail("type", "required, a string");
  const std::string_view t = type->get_string();
  OperatorConfig op;
  static constexpr std::string_view kReplaceKeys[] = {"new_value"};
  static constexpr std::string_view kMaskKeys[] = {"masking_char", "chars_to_mask", "from_end"};
  static constexpr std::string_view kHashKeys[] = {"hash_type", "salt"};
  static constexpr std::string_view kEncryptKeys[] = {"key"};
  std::span<const std::string_view> keys;
  if (t == "replace") {
    op.kind = OperatorKind::kReplace;
    keys = kReplaceKeys;
  } else if (t == "redact") {
    op.kind = OperatorKind::kRedact;
  } else if (t == "keep") {
    op.kind = OperatorKind::kKeep;
  } else if (t == "mask") {
    op.kind = OperatorKind::kMask;
    keys = kMaskKeys;
  } else if (t == "hash") {
    op.kind = OperatorKind::kHash;
    keys = kHashKeys;
  } else if (t == "pseudonymize") {
    op.kind = OperatorKind::kPseudonymize;
  } else if (t == "encrypt") {
    op.kind = OperatorKind::kEncrypt;
    keys = kEncryptKeys;
  } else {
    return fail("type", "unknown operator \"" + std::string(t) +
                            "\" (replace, redact, keep, mask, hash, pseudonymize, encrypt)");
  }
  for (const auto& kv : obj) {
    if (kv.key() == "type") continue;
    bool known = false;
    for (std::string_view k : keys) known = known || kv.key() == k;
    if (!known) return fail(kv.key(), "not a key of operator \"" + std::string(t) + "\"");
  }
  if (const json::value* v = obj.if_contains("new_value")) {
    if (!v->is_string()) return fail("new_value", "must be a string");
    op.new_value = v->get_string();
  }
  if (const json::value* v = obj.if_contains("masking_char")) {
    if (!v->is_string()) return fail("masking_char", "must be a string");
    const std::string_view c = v->get_string();
    if (c.empty() || Utf8Length(static_cast<unsigned char>(c[0])) != c.size()) {
      return fail("masking_char", "must be exactly one character");
    }
    op.masking_char = c;
  }
  if (op.kind == OperatorKind::kMask) {
    const json::value* v = obj.if_contains("chars_to_mask");
    if (v == nullptr) return fail("chars_to_mask", "required for mask");
    if (!v->is_int64() && !v->is_uint64()) return fail("chars_to_mask", "must be an integer");
    if (v->is_int64() && v->get_int64() < 0) return fail("chars_to_mask", "must not be negative");
    op.chars_to_mask = v->is_int64() ? static_cast<std::size_t>(v->get_int64())
                                     : static_cast<std::size_t>(v->get_uint64());
  }
  if (const json::value* v = obj.if_contains("from_end")) {
    if (!v->is_bool()) return fail("from_end", "must be true or false");
    op.from_end = v->get_bool();
  }
  if (const json::value* v = obj.if_contains("hash_type")) {
    if (!v->is_string()) return fail("hash_type", "must be a string");
    if (v->get_string() == "sha512") {
      op.sha512 = true;
    } else if (v->get_string() != "sha256") {
      return fail("hash_type", "must be \"sha256\" or \"sha512\"");
    }
  }
  if (const json::value* v = obj.if_contains("salt")) {
    if (!v->is_string()) return fail("salt", "must be a string");
    op.salt = v->get_string();
  }
  if (op.kind == OperatorKind::kEncrypt) {
    const json::value* v = obj.if_contains("key");
    if (v == nullptr || !v->is_string()) return fail("key", "required, a string");
    auto key = DecodeKey(v->get_string());
    if (!key) return fail("key", key.error().message);
    op.key = std::move(*key);
  }
  return op;
}

Result<json::value> ParseJson(std::string_view text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec) return MakeError("operator config is not valid JSON: " + ec.message());
  return v;
}

}  // namespace

Result<std::string> DecodeKey(std::string_view key) {
  if (key.size() == 64) {
    std::string out(32, '\0');
    bool hex = true;
    for (std::size_t i = 0; i < 32 && hex; ++i) {
      const int hi = HexValue(key[2 * i]);
      const int lo = HexValue(key[2 * i + 1]);
      hex = hi >= 0 && lo >= 0;
      out[i] = static_cast<char>(hi * 16 + lo);
    }
    if (hex) return out;
  }
  if (key.size() == 43 || key.size() == 44) {
    auto decoded = Base64Decode(key);
    if (decoded && decoded->size() == 32) return *decoded;
  }
  if (key.size() == 32) return std::string(key);
  return MakeError("an AES-256 key must be 64 hex digits, base64 of 32 bytes, or 32 bytes");
}

Result<OperatorConfig> ParseOperatorConfig(std::string_view text) {
  auto v = ParseJson(text);
  if (!v) return v.error();
  if (!v->is_object()) return MakeError("operator config must be a JSON object");
  return FromObject(v->get_object(), "operator: ");
}

Result<OperatorMap> ParseOperatorMap(std::string_view text) {
  auto v = ParseJson(text);
  if (!v) return v.error();
  if (!v->is_object()) return MakeError("operators must be a JSON object of entity -> operator");
  OperatorMap map;
  for (const auto& kv : v->get_object()) {
    const std::string name(kv.key());
    if (name != "DEFAULT" && !EntityFromName(name)) {
      return MakeError("operators: \"" + name + "\" is no entity; known entities: " +
                       std::string(AllEntityNames()) + ", or DEFAULT");
    }
    if (!kv.value().is_object()) return MakeError("operators: \"" + name + "\": must be an object");
    auto op = FromObject(kv.value().get_object(), "operators." + name + ": ");
    if (!op) return op.error();
    if (name == "DEFAULT") {
      map.fallback = std::move(*op);
    } else {
      map.by_entity.emplace(name, std::move(*op));
    }
  }
  return map;
}

const OperatorConfig& OperatorMap::For(std::string_view entity) const {
  auto it = by_entity.find(entity);
  return it == by_entity.end() ? fallback : it->second;
}

std::size_t PseudonymState::Number(std::string_view entity, std::string_view value) {
  auto digest = Digest(EVP_sha256(), {}, value);
  std::string key(entity);
  key.push_back('\0');
  key += digest ? *digest : std::string(value);
  auto it = numbers_.find(key);
  if (it != numbers_.end()) return it->second;
  if (numbers_.size() >= max_values_) {
    ++overflowed_;
    return 0;
  }
  const std::size_t n = ++per_entity_[std::string(entity)];
  numbers_.emplace(std::move(key), n);
  return n;
}

Result<std::string> ApplyOperator(const OperatorConfig& op, std::string_view entity,
                                  std::string_view value, PseudonymState* state) {
  switch (op.kind) {
    case OperatorKind::kReplace:
      if (!op.new_value.empty()) return op.new_value;
      return "<" + std::string(entity) + ">";
    case OperatorKind::kRedact:
      return std::string();
    case OperatorKind::kKeep:
      return std::string(value);
    case OperatorKind::kMask: {
      std::size_t chars = 0;
      for (std::size_t i = 0; i < value.size(); i += Utf8Length(static_cast<unsigned char>(value[i]))) {
        ++chars;
      }
      const std::size_t masked = std::min(op.chars_to_mask, chars);
      const std::size_t first = op.from_end ? chars - masked : 0;  // first masked character
      std::string out;
      out.reserve(value.size() + masked * op.masking_char.size());
      std::size_t index = 0;
      for (std::size_t i = 0; i < value.size(); ++index) {
        const std::size_t n = std::min(Utf8Length(static_cast<unsigned char>(value[i])), value.size() - i);
        if (index >= first && index < first + masked) {
          out += op.masking_char;
        } else {
          out.append(value.substr(i, n));
        }
        i += n;
      }
      return out;
    }
    case OperatorKind::kHash: {
      auto digest = Digest(op.sha512 ? EVP_sha512() : EVP_sha256(), op.salt, value);
      if (!digest) return digest.error();
      return Hex(reinterpret_cast<const unsigned char*>(digest->data()), digest->size());
    }
    case OperatorKind::kPseudonymize: {
      if (state == nullptr) return MakeError("pseudonymize needs a session state");
      const std::size_t n = state->Number(entity, value);
      if (n == 0) return "<" + std::string(entity) + ">";
      return "<" + std::string(entity) + "_" + std::to_string(n) + ">";
    }
    case OperatorKind::kEncrypt:
      if (op.key.size() != 32) return MakeError("encrypt: the key must be 32 bytes");
      return Encrypt(op.key, value);
  }
  return MakeError("unknown operator");
}

Result<std::string> Decrypt(std::string_view token, std::string_view key_text) {
  auto key = DecodeKey(key_text);
  if (!key) return key.error();
  std::string_view body = token;
  if (body.size() >= 6 && body.substr(0, 5) == "<ENC:" && body.back() == '>') {
    body = body.substr(5, body.size() - 6);
  }
  auto payload = Base64Decode(body);
  if (!payload) return MakeError("decrypt: the token is not <ENC:base64url>");
  if (payload->size() < 1 + kNonce + kTag) return MakeError("decrypt: the token is too short");
  const auto* p = reinterpret_cast<const unsigned char*>(payload->data());
  if (p[0] != kVersion) return MakeError("decrypt: unknown token version");
  const std::size_t n = payload->size() - 1 - kNonce - kTag;
  std::string out(n, '\0');
  std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                       EVP_CIPHER_CTX_free);
  int len = 0;
  std::array<unsigned char, kTag> tag;
  std::copy(p + 1 + kNonce + n, p + 1 + kNonce + n + kTag, tag.begin());
  if (!ctx ||
      EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                         reinterpret_cast<const unsigned char*>(key->data()), p + 1) != 1 ||
      EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(kAad.data()),
                        static_cast<int>(kAad.size())) != 1 ||
      EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                        p + 1 + kNonce, static_cast<int>(n)) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTag, tag.data()) != 1) {
    return MakeError("decrypt: AES-256-GCM failed");
  }
  int final_len = 0;
  if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len,
                          &final_len) != 1) {
    return MakeError("decrypt: wrong key or tampered token");
  }
  return out;
}

}  // namespace mcpgw::guards::pii
