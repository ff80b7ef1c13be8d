#include "app/decrypt_command.h"

#include "guards/pii/operators.h"

#include <cstdlib>
#include <istream>
#include <ostream>
#include <string>

namespace mcpgw::app {

int RunDecrypt(const cli::Options& options, std::istream& in, std::ostream& out,
               std::ostream& err) {
  std::string key = options.decrypt_key;
  if (key.empty()) {
    if (const char* env = std::getenv("MCPGW_ENCRYPT_KEY")) key = env;
  }
  if (key.empty()) {
    err << "mcp-gateway decrypt: no key (use --key or MCPGW_ENCRYPT_KEY)\n";
    return cli::kExitUsage;
  }
  int status = cli::kExitOk;
  auto one = [&](const std::string& token) {
    auto plain = guards::pii::Decrypt(token, key);
    if (!plain) {
      err << "mcp-gateway decrypt: " << plain.error().message << "\n";
      status = cli::kExitRuntime;
      return;
    }
    out << *plain << "\n";
  };
  if (!options.decrypt_tokens.empty()) {
    for (const std::string& token : options.decrypt_tokens) one(token);
  } else {
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) one(line);
    }
  }
  return status;
}

}  // namespace mcpgw::app
