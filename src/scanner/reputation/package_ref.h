// PackageRef: which published package a stdio server entry runs, read from its command line, so
// its reputation can be looked up: npm packages run by npx, bunx, pnpm dlx / pnpx or yarn dlx;
// PyPI packages run by uvx, uv tool run or pipx run; Smithery servers run by the Smithery CLI
// (`npx -y @smithery/cli run NAME`).
//
// Names are normalized: npm names lower-cased without a version ("@scope/name@1.2" ->
// "@scope/name"); PyPI names per PEP 503 (lower case, runs of "-", "_", "." as "-") without
// extras or version specifiers; Smithery qualified names as given.
//
// Threading: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::scanner::reputation {

enum class Ecosystem { kNpm, kPypi, kSmithery };
const char* EcosystemName(Ecosystem ecosystem);  // "npm", "pypi", "smithery"

struct PackageRef {
  Ecosystem ecosystem = Ecosystem::kNpm;
  std::string name;
  std::string launcher;  // "npx", "uvx", ... (the command's base name)
};

// The package `command` + `args` runs, or nullopt when it is not a recognised launcher or names
// no package.
std::optional<PackageRef> IdentifyPackage(std::string_view command,
                                          const std::vector<std::string>& args);

std::string NormalizeNpmName(std::string_view spec);
std::string NormalizePypiName(std::string_view spec);

}  // namespace mcpgw::scanner::reputation
