// Checks of an HTTP request's Host and Origin headers against DNS-rebinding attacks (a web page
// making a browser send requests to a gateway on the user's machine). Pure functions.
//
// Host: with explicit allowed_hosts, the Host header (with or without port) must match one. With
// none, a gateway bound to a loopback address accepts only loopback names (localhost, 127.0.0.1,
// [::1]); bound elsewhere it accepts any Host.
// Origin: an absent Origin (non-browser clients) is accepted. Otherwise it must be in
// allowed_origins ("*" allows all); with none configured only loopback origins are accepted.
#pragma once

#include "downstream/http/http_options.h"

#include <string_view>

namespace mcpgw::downstream::http {

// True when `address` (the bind address) is a loopback address or "localhost".
bool IsLoopbackBind(std::string_view address);

bool HostAllowed(const HttpServerOptions& options, std::string_view host_header);
bool OriginAllowed(const HttpServerOptions& options, std::string_view origin_header);

}  // namespace mcpgw::downstream::http
