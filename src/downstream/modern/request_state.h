// RequestStateSigner: the `requestState` tokens the gateway hands a 2026-07-28 client with an
// input_required result, under one key drawn at random when the signer is made (once per process
// in the gateway: a token cannot be forged, altered or carried across restarts). Two kinds:
//  - "v1.<id>.<mac>" (Issue/Verify), when the gateway parks a legacy upstream's call (the
//    input_required bridge, parked_calls.h): <id> is 16 random bytes (hex) naming the parked
//    call, <mac> is HMAC-SHA256(key, "v1.<id>\n<principal>") (hex). The id is not secret.
//  - "p2.<base64url(nonce | ciphertext | tag)>" (Seal/Unseal), a payload the client carries
//    for the gateway (the pass-through, passed_state.h): AES-256-GCM under a key derived from the
//    process key (HMAC-SHA256(key, "mcp-gateway requestState p2 AES-256-GCM")), a random 96-bit
//    nonce per token, a 128-bit tag, and "p2\n<principal>" as additional authenticated data. The
//    client can neither read nor change the payload, and a token opens for its principal only.
//    The "p2." prefix is the format's version: another format gets another prefix.
//
// Threading: every method is const and touches no shared state (safe from any thread).
// Lifetime: a plain value; the gateway's one lives in the router's ParkedCalls.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mcpgw::downstream::modern {

class RequestStateSigner {
 public:
  // Draws a fresh 32-byte key (OpenSSL RAND_bytes). Throws std::runtime_error when the random
  // generator fails (start-up, not the data path).
  RequestStateSigner();
  // For tests: a fixed key.
  explicit RequestStateSigner(std::string key);

  // A new token for `principal` and the id it names (NewId()).
  struct Issued {
    std::string id;
    std::string token;
  };
  Issued Issue(std::string_view principal) const;

  // A token carrying `payload` (opaque bytes, encrypted and authenticated) for `principal`:
  // "p2.<base64url(nonce | ciphertext | tag)>" (see the file comment); a new nonce each call, so
  // two tokens of the same payload differ. Throws std::runtime_error when the random generator
  // or the cipher fails (neither happens short of a broken OpenSSL).
  std::string Seal(std::string_view payload, std::string_view principal) const;
  // The payload of a Seal token when it is well formed (canonical base64url, at least nonce and
  // tag long) and its tag checks for `principal` under this signer's key; nullopt otherwise
  // (any changed, added or removed byte, another principal's, another process's, a v1. token).
  std::optional<std::string> Unseal(std::string_view token, std::string_view principal) const;
  // Whether `token` is in Seal's format (by its prefix only; Unseal checks the rest).
  static bool IsSealed(std::string_view token) { return token.starts_with("p2."); }

  // The id named by `token` when it is well formed and its MAC matches `principal`; nullopt
  // otherwise (tampered, truncated, issued to another principal or by another process).
  std::optional<std::string> Verify(std::string_view token, std::string_view principal) const;

 private:
  std::string Mac(std::string_view id, std::string_view principal) const;
  // HMAC over "<signed>\n<principal>", hex.
  std::string MacOf(std::string_view signed_part, std::string_view principal) const;

  std::string key_;       // HMAC key of v1. tokens
  std::string seal_key_;  // AES-256 key of p2. tokens, derived from key_
};

}  // namespace mcpgw::downstream::modern
