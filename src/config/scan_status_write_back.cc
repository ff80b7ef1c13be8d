#include "config/scan_status_write_back.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "config/jsonc_parse.h"
#include "config/jsonc_scanner.h"

namespace mcpgw::config {
namespace {

constexpr std::string_view kMember = "blocked";

struct Edit {
  std::size_t at;
  std::size_t erase;
  std::string insert;
};

std::string Quote(std::string_view text) {
  return boost::json::serialize(boost::json::string(text));
}

// The value span of member `key` of the object at `open`, which must be an object (or array when
// `want_array`).
std::optional<std::size_t> ChildOf(std::string_view text, std::size_t open, std::string_view key,
                                   char want) {
  std::vector<JsoncMember> members;
  std::size_t close = 0;
  if (!ScanJsoncObject(text, open, members, close)) return std::nullopt;
  const JsoncMember* member = FindJsoncMember(members, key);
  if (!member || text[member->value_begin] != want) return std::nullopt;
  return member->value_begin;
}

// In an array of entries, the '{' of the one the loader names `server`: its "name", or
// "server-<index>" when it has no usable name (config_loader.cc). With `in_transport` (Continue's
// experimental list) the entry is the element's "transport" object, where the loader reads it.
std::optional<std::size_t> EntryInArray(std::string_view text, std::size_t open,
                                        std::string_view server, bool in_transport) {
  std::vector<std::pair<std::size_t, std::size_t>> elements;
  if (!ScanJsoncArray(text, open, elements)) return std::nullopt;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const std::size_t begin = elements[i].first;
    if (text[begin] != '{') continue;
    std::vector<JsoncMember> members;
    std::size_t close = 0;
    if (!ScanJsoncObject(text, begin, members, close)) continue;
    std::optional<std::string> name;
    if (const JsoncMember* member = FindJsoncMember(members, "name");
        member && text[member->value_begin] == '"' && member->value_end - member->value_begin > 2) {
      name = DecodeJsoncString(
          text.substr(member->value_begin + 1, member->value_end - member->value_begin - 2));
    }
    if (!name) name = "server-" + std::to_string(i);
    if (*name != server) continue;
    if (!in_transport) return begin;
    const JsoncMember* transport = FindJsoncMember(members, "transport");
    if (!transport || text[transport->value_begin] != '{') return std::nullopt;
    return transport->value_begin;
  }
  return std::nullopt;
}

std::optional<std::size_t> LocateEntry(std::string_view text, std::string_view layout,
                                       std::string_view server) {
  // A UTF-8 byte order mark (some editors write one) is kept and skipped, as the loader does.
  const std::size_t root = SkipJsoncSpace(text, text.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0);
  if (layout == "mcpServers" || layout == "servers" || layout == "context_servers") {
    auto map = ChildOf(text, root, layout, '{');
    if (!map) return std::nullopt;
    return ChildOf(text, *map, server, '{');
  }
  constexpr std::string_view kNestedPrefix = "mcpServers.";
  constexpr std::string_view kNestedSuffix = ".servers";
  if (layout.starts_with(kNestedPrefix) && layout.ends_with(kNestedSuffix) &&
      layout.size() > kNestedPrefix.size() + kNestedSuffix.size()) {
    const std::string_view gateway = layout.substr(
        kNestedPrefix.size(), layout.size() - kNestedPrefix.size() - kNestedSuffix.size());
    auto map = ChildOf(text, root, "mcpServers", '{');
    if (!map) return std::nullopt;
    auto entry = ChildOf(text, *map, gateway, '{');
    if (!entry) return std::nullopt;
    auto servers = ChildOf(text, *entry, "servers", '{');
    if (!servers) return std::nullopt;
    return ChildOf(text, *servers, server, '{');
  }
  if (layout == "continue") {
    if (auto array = ChildOf(text, root, "mcpServers", '[')) {
      if (auto entry = EntryInArray(text, *array, server, false)) return entry;
    }
    if (auto experimental = ChildOf(text, root, "experimental", '{')) {
      if (auto array = ChildOf(text, *experimental, "modelContextProtocolServers", '['))
        return EntryInArray(text, *array, server, true);
    }
  }
  return std::nullopt;
}

std::size_t LineStart(std::string_view text, std::size_t at) {
  const std::size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

bool OnlyBlanks(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

// After `at`: blanks and a comment that ends on this line are skipped; the result is the end of
// the line (before "\r\n" or "\n") when nothing else follows on it, else the first other byte.
std::size_t EndOfLineAfter(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    const char c = text[at];
    if (c == ' ' || c == '\t') {
      ++at;
    } else if (c == '/' && at + 1 < text.size() && text[at + 1] == '/') {
      const std::size_t eol = text.find('\n', at);
      at = eol == std::string_view::npos ? text.size() : eol;
      break;
    } else if (c == '/' && at + 1 < text.size() && text[at + 1] == '*') {
      const std::size_t end = text.find("*/", at + 2);
      if (end == std::string_view::npos) return text.size();
      if (text.substr(at, end - at).find('\n') != std::string_view::npos) return at;
      at = end + 2;
    } else {
      break;
    }
  }
  if (at > 0 && at < text.size() && text[at] == '\n' && text[at - 1] == '\r') --at;
  return at;
}

Result<std::vector<Edit>> PlanEdit(std::string_view text, std::size_t open,
                                   std::string_view status) {
  std::vector<JsoncMember> members;
  std::size_t close = 0;
  if (!ScanJsoncObject(text, open, members, close)) return MakeError("entry is not an object");
  const std::string value = Quote(status);
  if (const JsoncMember* existing = FindJsoncMember(members, kMember)) {
    if (text.substr(existing->value_begin, existing->value_end - existing->value_begin) == value)
      return std::vector<Edit>{};
    return std::vector<Edit>{
        {existing->value_begin, existing->value_end - existing->value_begin, value}};
  }
  const std::string key = Quote(kMember);
  if (members.empty()) {
    return std::vector<Edit>{{open + 1, 0, key + ": " + value}};
  }
  const JsoncMember& last = members.back();
  // The separator between key and value as the last member writes it (": ", ":", " : ").
  const std::size_t key_end = last.key_begin + last.key.size() + 2;
  const std::string colon_style(
      text.substr(key_end, last.value_begin - key_end).find_first_of("/") == std::string_view::npos
          ? text.substr(key_end, last.value_begin - key_end)
          : std::string_view(": "));
  const std::string member = key + colon_style + value;
  const std::size_t after = SkipJsoncSpace(text, last.value_end);
  const bool trailing_comma = after < text.size() && text[after] == ',';
  const std::size_t line_start = LineStart(text, last.key_begin);
  const bool one_per_line = OnlyBlanks(text.substr(line_start, last.key_begin - line_start));
  if (!one_per_line) {
    if (trailing_comma) return std::vector<Edit>{{after + 1, 0, " " + member + ","}};
    return std::vector<Edit>{{last.value_end, 0, ", " + member}};
  }
  const std::string indent(text.substr(line_start, last.key_begin - line_start));
  const bool crlf = text.find("\r\n") != std::string_view::npos;
  const std::string newline = crlf ? "\r\n" : "\n";
  const std::size_t insert_at = EndOfLineAfter(text, trailing_comma ? after + 1 : last.value_end);
  std::vector<Edit> edits;
  edits.push_back({insert_at, 0, newline + indent + member + (trailing_comma ? "," : "")});
  if (!trailing_comma) edits.push_back({last.value_end, 0, ","});
  return edits;
}

Result<void> ReplaceAtomically(const std::string& path, const std::string& content) {
  std::error_code ec;
  std::filesystem::path target = path;
  if (std::filesystem::is_symlink(target, ec)) {
    target = std::filesystem::canonical(target, ec);
    if (ec) return MakeError("cannot resolve " + path + ": " + ec.message());
  }
  struct stat info {};
  if (::stat(target.c_str(), &info) != 0)
    return MakeError("cannot stat " + target.string() + ": " + std::strerror(errno));
  // No write permission bit at all means the user marked it read-only, even for root.
  if ((info.st_mode & 0222) == 0 || ::access(target.c_str(), W_OK) != 0)
    return MakeError(target.string() + " is read-only; scan status not written");
  std::string temp =
      (target.parent_path() / ("." + target.filename().string() + ".mcpgw-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0)
    return MakeError("cannot create a temporary file next to " + target.string() + ": " +
                     std::strerror(errno));
  auto fail = [&](std::string what) {
    const int saved = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    return MakeError("cannot write " + target.string() + ": " + what + ": " + std::strerror(saved));
  };
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write");
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, info.st_mode & 07777) != 0) return fail("chmod");
  if (::fsync(fd) != 0) return fail("fsync");
  if (::close(fd) != 0) {
    ::unlink(temp.c_str());
    return MakeError("cannot write " + target.string() + ": close: " + std::strerror(errno));
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temp.c_str());
    return MakeError("cannot replace " + target.string() + ": " + std::strerror(saved));
  }
  return {};
}

}  // namespace

Result<std::string> SetScanStatusText(std::string_view text, std::string_view layout,
                                      std::string_view server, std::string_view status) {
  boost::system::error_code ec;
  ParseJsoncValue(text, ec);
  if (ec) return MakeError("not valid JSON: " + ec.message());
  const std::optional<std::size_t> entry = LocateEntry(text, layout, server);
  if (!entry)
    return MakeError("server " + std::string(server) + " not found under " + std::string(layout));
  auto edits = PlanEdit(text, *entry, status);
  if (!edits) return edits.error();
  std::string out(text);
  // Later positions first, so earlier offsets stay valid.
  std::sort(edits->begin(), edits->end(), [](const Edit& a, const Edit& b) { return a.at > b.at; });
  for (const Edit& edit : *edits) out.replace(edit.at, edit.erase, edit.insert);
  return out;
}

Result<bool> WriteScanStatus(const std::string& path, std::string_view layout,
                             std::string_view server, std::string_view status) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError("cannot read " + path + ": " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  auto updated = SetScanStatusText(text, layout, server, status);
  if (!updated) return MakeError(path + ": " + updated.error().message);
  if (*updated == text) return false;
  if (auto r = ReplaceAtomically(path, *updated); !r) return r.error();
  return true;
}

}  // namespace mcpgw::config
