// RequestStateSigner: the tamper-evident `requestState` the gateway hands a 2026-07-28 client
// with an input_required result when it parks a legacy upstream's call (the input_required
// bridge, parked_calls.h). A token is "v1.<id>.<mac>": <id> is 16 random bytes (hex) naming the
// parked call, <mac> is HMAC-SHA256(key, "v1.<id>\n<principal>") (hex) under a key drawn at
// random when the signer is made (once per process in the gateway), so a token is bound to the
// principal it was issued to and cannot be forged, altered or carried across restarts.
//
// Threading: Issue and Verify are const and touch no shared state (safe from any thread).
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
  explicit RequestStateSigner(std::string key) : key_(std::move(key)) {}

  // A new token for `principal` and the id it names (NewId()).
  struct Issued {
    std::string id;
    std::string token;
  };
  Issued Issue(std::string_view principal) const;

  // A token carrying `payload` (opaque bytes) for `principal`: "p1.<base64url(payload)>.<mac>",
  // <mac> = HMAC-SHA256(key, "p1.<base64url(payload)>\n<principal>") (hex). Readable by whoever
  // holds it, unforgeable without the key.
  std::string Seal(std::string_view payload, std::string_view principal) const;
  // The payload of a Seal token when it is well formed and its MAC matches `principal`; nullopt
  // otherwise (as Verify).
  std::optional<std::string> Unseal(std::string_view token, std::string_view principal) const;
  static bool IsSealed(std::string_view token) { return token.starts_with("p1."); }

  // The id named by `token` when it is well formed and its MAC matches `principal`; nullopt
  // otherwise (tampered, truncated, issued to another principal or by another process).
  std::optional<std::string> Verify(std::string_view token, std::string_view principal) const;

 private:
  std::string Mac(std::string_view id, std::string_view principal) const;
  // HMAC over "<signed>\n<principal>", hex.
  std::string MacOf(std::string_view signed_part, std::string_view principal) const;

  std::string key_;
};

}  // namespace mcpgw::downstream::modern
