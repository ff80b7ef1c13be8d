// Checks of an HTTP request's Host and Origin headers against DNS-rebinding attacks (a web page
// making a browser send requests to a gateway on the user's machine). Pure functions.
//
// Host: with explicit allowed_hosts, the Host header (with or without port) must match one. With
// none, a gateway bound to a loopback address accepts only loopback names (localhost, 127.0.0.1,
// [::1]); bound elsewhere it accepts any Host.
// Origin: an absent Origin (non-browser clients) is accepted. Otherwise it must be in
// allowed_origins ("*" allows all); with none configured only loopback origins are accepted.
// CORS: only an allowed Origin is ever echoed in Access-Control-Allow-Origin (CorsAllowOrigin),
// on every response including the preflight; a refused one gets no CORS headers at all.
#pragma once

#include <string>
#include <string_view>

#include "downstream/http/http_options.h"

namespace mcpgw::downstream::http {

// True when `address` (the bind address) is a loopback address or "localhost".
bool IsLoopbackBind(std::string_view address);

bool HostAllowed(const HttpServerOptions& options, std::string_view host_header);
bool OriginAllowed(const HttpServerOptions& options, std::string_view origin_header);

// The value for Access-Control-Allow-Origin: the request's Origin when it is present and
// allowed, else empty (send no CORS headers).
std::string_view CorsAllowOrigin(const HttpServerOptions& options, std::string_view origin_header);

// A refused Host or Origin value made safe for a log line: at most 128 characters, bytes outside
// printable ASCII replaced by '?', quoted.
std::string HeaderForLog(std::string_view value);

}  // namespace mcpgw::downstream::http
