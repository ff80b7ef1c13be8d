#include "audit/audit_key.h"

#include <fcntl.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

#include "store/state_dir.h"

namespace mcpgw::audit {

std::string AuditKeyPath() {
  const std::string dir = store::StateDir();
  return dir.empty() ? std::string() : dir + "/audit.key";
}

Result<std::string> ResolveAuditKey(const std::string& configured, bool create) {
  if (!configured.empty()) return configured;
  if (const char* env = std::getenv("MCP_GATEWAY_AUDIT_KEY"); env != nullptr && *env != '\0')
    return std::string(env);
  const std::string path = AuditKeyPath();
  if (path.empty()) return MakeError("no audit key: set MCP_GATEWAY_AUDIT_KEY, HOME or MCP_GATEWAY_HOME");
  {
    std::ifstream in(path);
    if (in) {
      std::string line;
      std::getline(in, line);
      // Moved before the length check: GCC 12 warns (-Warray-bounds, a false positive) on
      // moving a string it knows to be longer than the small-string buffer.
      Result<std::string> key(std::move(line));
      if (key->size() < 16) return MakeError("audit key file " + path + " is too short");
      return key;
    }
  }
  if (!create)
    return MakeError("no audit key: " + path +
                     " does not exist (set MCP_GATEWAY_AUDIT_KEY or auditing.hmac_key)");
  if (auto r = store::EnsureDir(store::StateDir()); !r) return r.error();
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) return MakeError("cannot generate an audit key");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string key;
  for (unsigned char b : bytes) {
    key += kHex[b >> 4];
    key += kHex[b & 15];
  }
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return ResolveAuditKey(configured, false);  // another process won
    return MakeError("cannot create audit key file " + path + ": " + std::strerror(errno));
  }
  const std::string line = key + "\n";
  const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
  ::close(fd);
  if (!ok) return MakeError("cannot write audit key file " + path);
  return key;
}

}  // namespace mcpgw::audit
