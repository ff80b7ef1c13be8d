#include "scanner/reputation/package_ref.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/ascii_lower.h"

namespace mcpgw::scanner::reputation {
namespace {

std::string BaseName(std::string_view command) {
  const std::size_t slash = command.find_last_of("/\\");
  const std::string lowered =
      core::AsciiLower(slash == std::string_view::npos ? command : command.substr(slash + 1));
  std::string_view base = lowered;
  for (std::string_view suffix : {".cmd", ".exe", ".bat"}) {
    if (base.size() > suffix.size() && base.ends_with(suffix)) base.remove_suffix(suffix.size());
  }
  return std::string(base);
}

struct LauncherSyntax {
  std::set<std::string_view> flags_with_value;  // flags that consume the next argument
  std::set<std::string_view> package_flags;     // flags whose value is the package
};

// The package spec among `args` (from `start`): the value of a package flag, else the first
// positional argument. `rest` receives the index after the package.
std::optional<std::string> PackageSpec(const std::vector<std::string>& args, std::size_t start,
                                       const LauncherSyntax& syntax, std::size_t* rest) {
  std::optional<std::string> from_flag;
  for (std::size_t i = start; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") continue;
    if (arg.starts_with("-")) {
      const std::size_t eq = arg.find('=');
      const std::string_view flag = std::string_view(arg).substr(0, eq);
      if (syntax.package_flags.count(flag)) {
        if (eq != std::string::npos) {
          from_flag = arg.substr(eq + 1);
        } else if (i + 1 < args.size()) {
          from_flag = args[++i];
        }
      } else if (eq == std::string::npos && syntax.flags_with_value.count(flag)) {
        ++i;
      }
      continue;
    }
    if (rest) *rest = i + 1;
    return from_flag ? from_flag : std::optional<std::string>(arg);
  }
  return from_flag;
}

const LauncherSyntax kNpmSyntax{{"--registry", "--cache", "--userconfig", "--call", "-c"},
                                {"-p", "--package"}};
const LauncherSyntax kUvxSyntax{{"--with", "--python", "-p", "--index", "--index-url",
                                 "--extra-index-url", "--with-requirements", "--directory"},
                                {"--from"}};
const LauncherSyntax kPipxSyntax{{"--python", "--index-url", "--pip-args"}, {"--spec"}};

}  // namespace

const char* EcosystemName(Ecosystem ecosystem) {
  switch (ecosystem) {
    case Ecosystem::kNpm:
      return "npm";
    case Ecosystem::kPypi:
      return "pypi";
    case Ecosystem::kSmithery:
      return "smithery";
  }
  return "npm";
}

std::string NormalizeNpmName(std::string_view spec) {
  std::string name = core::AsciiLower(spec);
  // A version or tag follows the last '@' that is not the scope's leading one.
  const std::size_t at = name.find('@', name.starts_with("@") ? 1 : 0);
  if (at != std::string::npos) name.resize(at);
  return name;
}

std::string NormalizePypiName(std::string_view spec) {
  std::size_t end = spec.size();
  for (std::size_t i = 0; i < spec.size(); ++i) {
    const char c = spec[i];
    if (c == '[' || c == '=' || c == '<' || c == '>' || c == '!' || c == '~' || c == '@' ||
        c == ';' || c == ' ') {
      end = i;
      break;
    }
  }
  std::string out;
  bool separator = false;
  for (const char c : spec.substr(0, end)) {
    if (c == '-' || c == '_' || c == '.') {
      separator = true;
      continue;
    }
    if (separator && !out.empty()) out.push_back('-');
    separator = false;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

std::optional<PackageRef> IdentifyPackage(std::string_view command,
                                          const std::vector<std::string>& args) {
  const std::string launcher = BaseName(command);
  std::size_t start = 0;
  bool npm = false, pypi = false;
  const LauncherSyntax* syntax = nullptr;
  if (launcher == "npx" || launcher == "bunx" || launcher == "pnpx") {
    npm = true;
  } else if ((launcher == "pnpm" || launcher == "yarn" || launcher == "bun") && !args.empty() &&
             (args[0] == "dlx" || (launcher == "bun" && args[0] == "x"))) {
    npm = true;
    start = 1;
  } else if (launcher == "uvx") {
    pypi = true;
    syntax = &kUvxSyntax;
  } else if (launcher == "uv" && args.size() >= 2 && args[0] == "tool" && args[1] == "run") {
    pypi = true;
    start = 2;
    syntax = &kUvxSyntax;
  } else if (launcher == "pipx" && !args.empty() && args[0] == "run") {
    pypi = true;
    start = 1;
    syntax = &kPipxSyntax;
  }
  if (npm) syntax = &kNpmSyntax;
  if (!syntax) return std::nullopt;
  std::size_t rest = args.size();
  auto spec = PackageSpec(args, start, *syntax, &rest);
  if (!spec || spec->empty()) return std::nullopt;
  PackageRef ref;
  ref.launcher = launcher;
  if (pypi) {
    ref.ecosystem = Ecosystem::kPypi;
    ref.name = NormalizePypiName(*spec);
  } else {
    ref.ecosystem = Ecosystem::kNpm;
    ref.name = NormalizeNpmName(*spec);
    if (ref.name == "@smithery/cli") {
      // `@smithery/cli run NAME [--config ...]`: the server is NAME.
      for (std::size_t i = rest; i + 1 < args.size(); ++i) {
        if (args[i] == "run" && !args[i + 1].starts_with("-")) {
          ref.ecosystem = Ecosystem::kSmithery;
          ref.name = args[i + 1];
          break;
        }
      }
    }
  }
  if (ref.name.empty()) return std::nullopt;
  return ref;
}

}  // namespace mcpgw::scanner::reputation
