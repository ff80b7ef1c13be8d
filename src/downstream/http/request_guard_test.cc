#include "downstream/http/request_guard.h"

#include <gtest/gtest.h>

namespace mcpgw::downstream::http {
namespace {

TEST(RequestGuard, LoopbackBindAcceptsOnlyLoopbackHosts) {
  HttpServerOptions options;  // 127.0.0.1
  EXPECT_TRUE(HostAllowed(options, "localhost:8811"));
  EXPECT_TRUE(HostAllowed(options, "127.0.0.1:8811"));
  EXPECT_TRUE(HostAllowed(options, "[::1]:8811"));
  EXPECT_TRUE(HostAllowed(options, "LOCALHOST"));
  EXPECT_FALSE(HostAllowed(options, "evil.example.com:8811"));
  EXPECT_FALSE(HostAllowed(options, "localhost.evil.example.com"));
  EXPECT_FALSE(HostAllowed(options, ""));
}

TEST(RequestGuard, ExplicitAllowedHostsWin) {
  HttpServerOptions options;
  options.allowed_hosts = {"gw.internal", "other:9000"};
  EXPECT_TRUE(HostAllowed(options, "gw.internal:8811"));
  EXPECT_TRUE(HostAllowed(options, "other:9000"));
  EXPECT_FALSE(HostAllowed(options, "localhost:8811"));
}

TEST(RequestGuard, NonLoopbackBindAcceptsAnyHostByDefault) {
  HttpServerOptions options;
  options.host = "0.0.0.0";
  EXPECT_TRUE(HostAllowed(options, "gw.example.com"));
}

TEST(RequestGuard, OriginRules) {
  HttpServerOptions options;
  EXPECT_TRUE(OriginAllowed(options, ""));
  EXPECT_TRUE(OriginAllowed(options, "http://localhost:3000"));
  EXPECT_TRUE(OriginAllowed(options, "http://127.0.0.1:6274"));
  EXPECT_FALSE(OriginAllowed(options, "https://evil.example.com"));
  EXPECT_FALSE(OriginAllowed(options, "null"));
  options.allowed_origins = {"https://app.example.com"};
  EXPECT_TRUE(OriginAllowed(options, "https://app.example.com"));
  EXPECT_FALSE(OriginAllowed(options, "http://localhost:3000"));
  options.allowed_origins = {"*"};
  EXPECT_TRUE(OriginAllowed(options, "https://anything.example"));
}

TEST(RequestGuard, RefusedOriginIsNeverEchoedForCors) {
  HttpServerOptions options;
  EXPECT_EQ(CorsAllowOrigin(options, "https://evil.example.com"), "");
  EXPECT_EQ(CorsAllowOrigin(options, "null"), "");
  EXPECT_EQ(CorsAllowOrigin(options, ""), "");
  EXPECT_EQ(CorsAllowOrigin(options, "http://localhost:3000"), "http://localhost:3000");
  options.allowed_origins = {"https://app.example.com"};
  EXPECT_EQ(CorsAllowOrigin(options, "https://app.example.com"), "https://app.example.com");
  EXPECT_EQ(CorsAllowOrigin(options, "http://localhost:3000"), "");
}

TEST(RequestGuard, HeaderForLogIsBoundedAndPrintable) {
  EXPECT_EQ(HeaderForLog("https://evil.example.com"), "\"https://evil.example.com\"");
  EXPECT_EQ(HeaderForLog("a\r\nb\"c"), "\"a??b?c\"");
  const std::string logged = HeaderForLog(std::string(1000, 'x'));
  EXPECT_EQ(logged, "\"" + std::string(128, 'x') + "...\"");
}

}  // namespace
}  // namespace mcpgw::downstream::http
