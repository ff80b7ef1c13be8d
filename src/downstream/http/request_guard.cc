#include "downstream/http/request_guard.h"

#include <string>

#include "core/ascii_lower.h"

namespace mcpgw::downstream::http {
namespace {

// "host:port" / "[v6]:port" / "host" -> host (lower case, brackets kept for v6).
std::string HostPart(std::string_view authority) {
  if (!authority.empty() && authority.front() == '[') {
    const std::size_t close = authority.find(']');
    return core::AsciiLower(
        authority.substr(0, close == std::string_view::npos ? authority.size() : close + 1));
  }
  const std::size_t colon = authority.rfind(':');
  return core::AsciiLower(colon == std::string_view::npos ? authority : authority.substr(0, colon));
}

bool IsLoopbackName(std::string_view host) {
  return host == "localhost" || host == "127.0.0.1" || host == "[::1]" ||
         host.substr(0, 4) == "127.";
}

}  // namespace

bool IsLoopbackBind(std::string_view address) {
  return address == "localhost" || address == "::1" || address == "[::1]" ||
         address.substr(0, 4) == "127.";
}

bool HostAllowed(const HttpServerOptions& options, std::string_view host_header) {
  if (host_header.empty()) return false;  // HTTP/1.1 requires Host
  if (!options.allowed_hosts.empty()) {
    const std::string lower = core::AsciiLower(host_header);
    const std::string host = HostPart(host_header);
    for (const std::string& allowed : options.allowed_hosts) {
      const std::string a = core::AsciiLower(allowed);
      if (a == lower || a == host) return true;
    }
    return false;
  }
  if (!IsLoopbackBind(options.host)) return true;
  return IsLoopbackName(HostPart(host_header));
}

bool OriginAllowed(const HttpServerOptions& options, std::string_view origin_header) {
  if (origin_header.empty()) return true;
  const std::string origin = core::AsciiLower(origin_header);
  if (!options.allowed_origins.empty()) {
    for (const std::string& allowed : options.allowed_origins)
      if (allowed == "*" || core::AsciiLower(allowed) == origin) return true;
    return false;
  }
  const std::size_t scheme = origin.find("://");
  if (scheme == std::string::npos) return false;  // "null" and other opaque origins
  return IsLoopbackName(HostPart(std::string_view(origin).substr(scheme + 3)));
}

std::string_view CorsAllowOrigin(const HttpServerOptions& options, std::string_view origin_header) {
  if (origin_header.empty() || !OriginAllowed(options, origin_header)) return {};
  return origin_header;
}

std::string HeaderForLog(std::string_view value) {
  constexpr std::size_t kMax = 128;
  std::string text = "\"";
  for (char c : value.substr(0, kMax))
    text += (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? c : '?';
  if (value.size() > kMax) text += "...";
  return text + "\"";
}

}  // namespace mcpgw::downstream::http
