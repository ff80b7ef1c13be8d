// Tests of Fetch: plain HTTP against the fake MCP server, bounds and failures, and HTTPS against
// an in-process TLS server whose self-signed certificate (made here) is trusted only through
// ca_file — so peer and host-name verification are both exercised.

#include "http_client/http_fetch.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <fstream>
#include <optional>

#include "testing/fake_http_mcp_server.h"
#include "testing/run_until.h"
#include "testing/temp_dir.h"

namespace mcpgw::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using asio::ip::tcp;
using mcpgw::testing::FakeHttpMcpServer;
using mcpgw::testing::RunUntil;
using std::chrono::milliseconds;

std::optional<Result<Response>> RunFetch(asio::io_context& io, Request request) {
  std::optional<Result<Response>> outcome;
  Fetch(io, std::move(request), [&](Result<Response> r) { outcome = std::move(r); });
  RunUntil(io, [&] { return outcome.has_value(); });
  return outcome;
}

// A Request with the given members and defaults for the rest (no aggregate initialization, which
// would leave members unnamed).
Request MakeRequest(std::string method, std::string url,
                    std::map<std::string, std::string> headers = {}, std::string body = {}) {
  Request request;
  request.method = std::move(method);
  request.url = std::move(url);
  request.headers = std::move(headers);
  request.body = std::move(body);
  return request;
}

const char* kInitialize =
    R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18"}})";

TEST(HttpFetch, PostsAndReadsTheWholeResponse) {
  asio::io_context io;
  FakeHttpMcpServer server(io, {});
  Request request = MakeRequest(
      "POST", server.Url(), {{"Content-Type", "application/json"}, {"Authorization", "Bearer t"}},
      kInitialize);
  auto outcome = RunFetch(io, request);
  ASSERT_TRUE(outcome && *outcome) << (outcome && !*outcome ? (*outcome).error().message : "");
  const Response& response = **outcome;
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.Header("Content-Type"), "application/json");
  EXPECT_NE(response.body.find("\"protocolVersion\":\"2025-06-18\""), std::string::npos);
  EXPECT_EQ(server.received().back().headers.at("authorization"), "Bearer t");
}

TEST(HttpFetch, StatusesAreResponses) {
  asio::io_context io;
  FakeHttpMcpServer server(io, {});
  auto outcome = RunFetch(io, MakeRequest("GET", server.Url("/nowhere")));
  ASSERT_TRUE(outcome && *outcome);
  EXPECT_EQ((*outcome)->status, 404);
}

TEST(HttpFetch, Failures) {
  asio::io_context io;
  FakeHttpMcpServer server(io, {});
  unsigned short refusing = 0;
  {
    tcp::acceptor acceptor(io, {asio::ip::make_address("127.0.0.1"), 0});
    refusing = acceptor.local_endpoint().port();
  }
  struct Case {
    const char* name;
    Request request;
    const char* error;
  };
  Request too_big = MakeRequest("POST", server.Url(), {}, kInitialize);
  too_big.max_body = 10;
  const std::vector<Case> cases = {
      {"bad scheme", MakeRequest("GET", "ftp://127.0.0.1/"), "invalid URL"},
      {"not a URL", MakeRequest("GET", "::"), "invalid URL"},
      {"refused", MakeRequest("GET", "http://127.0.0.1:" + std::to_string(refusing) + "/"),
       "connect to 127.0.0.1"},
      {"body over the bound", too_big, "response body over 10 bytes"},
  };
  for (const Case& c : cases) {
    auto outcome = RunFetch(io, c.request);
    ASSERT_TRUE(outcome) << c.name;
    ASSERT_FALSE(*outcome) << c.name;
    EXPECT_NE(outcome->error().message.find(c.error), std::string::npos)
        << c.name << ": " << outcome->error().message;
  }
}

TEST(HttpFetch, TimesOutOnASilentServer) {
  asio::io_context io;
  tcp::acceptor acceptor(io, {asio::ip::make_address("127.0.0.1"), 0});
  tcp::socket held(io);
  acceptor.async_accept(held, [](boost::system::error_code) {});
  Request request = MakeRequest(
      "GET", "http://127.0.0.1:" + std::to_string(acceptor.local_endpoint().port()) + "/");
  request.timeout = milliseconds(200);
  auto outcome = RunFetch(io, request);
  ASSERT_TRUE(outcome);
  ASSERT_FALSE(*outcome);
  EXPECT_NE(outcome->error().message.find("timed out"), std::string::npos)
      << outcome->error().message;
}

// ---- HTTPS -----------------------------------------------------------------------------------

struct TestCertificate {
  std::string cert_pem;
  std::string key_pem;
};

// A self-signed EC certificate valid for IP 127.0.0.1 only.
TestCertificate MakeCertificate() {
  EVP_PKEY* key = EVP_EC_gen("prime256v1");
  X509* cert = X509_new();
  X509_set_version(cert, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
  X509_gmtime_adj(X509_getm_notBefore(cert), -60);
  X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
  X509_set_pubkey(cert, key);
  X509_NAME* name = X509_get_subject_name(cert);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("mcpgw test"), -1, -1, 0);
  X509_set_issuer_name(cert, name);
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
  for (auto [nid, value] : {std::pair{NID_subject_alt_name, "IP:127.0.0.1"},
                            std::pair{NID_basic_constraints, "critical,CA:TRUE"}}) {
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
  }
  X509_sign(cert, key, EVP_sha256());
  TestCertificate out;
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(bio, cert);
  char* data = nullptr;
  long size = BIO_get_mem_data(bio, &data);
  out.cert_pem.assign(data, size);
  BIO_free(bio);
  bio = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
  size = BIO_get_mem_data(bio, &data);
  out.key_pem.assign(data, size);
  BIO_free(bio);
  X509_free(cert);
  EVP_PKEY_free(key);
  return out;
}

// Answers every TLS connection's first request with 200 "secure".
asio::awaitable<void> ServeTls(tcp::acceptor& acceptor, asio::ssl::context& context) {
  constexpr auto tok = asio::as_tuple(asio::use_awaitable);
  for (;;) {
    tcp::socket socket(acceptor.get_executor());
    auto [ec] = co_await acceptor.async_accept(socket, tok);
    if (ec) co_return;
    asio::ssl::stream<tcp::socket> stream(std::move(socket), context);
    auto [hs] = co_await stream.async_handshake(asio::ssl::stream_base::server, tok);
    if (hs) continue;  // the client refused our certificate
    beast::flat_buffer buffer;
    bhttp::request<bhttp::string_body> request;
    auto [rec, rn] = co_await bhttp::async_read(stream, buffer, request, tok);
    if (rec) continue;
    bhttp::response<bhttp::string_body> response{bhttp::status::ok, 11};
    response.body() = "secure";
    response.keep_alive(false);
    response.prepare_payload();
    co_await bhttp::async_write(stream, response, tok);
    co_await stream.async_shutdown(tok);
  }
}

TEST(HttpFetch, HttpsVerifiesThePeerAndItsName) {
  asio::io_context io;
  const TestCertificate certificate = MakeCertificate();
  mcpgw::testing::TempDir dir;
  const std::string ca_file = dir.WriteFile("ca.pem", certificate.cert_pem);

  asio::ssl::context server_context(asio::ssl::context::tls_server);
  server_context.use_certificate_chain(asio::buffer(certificate.cert_pem));
  server_context.use_private_key(asio::buffer(certificate.key_pem), asio::ssl::context::pem);
  tcp::acceptor acceptor(io, {asio::ip::make_address("127.0.0.1"), 0});
  const std::string port = std::to_string(acceptor.local_endpoint().port());
  asio::co_spawn(io, ServeTls(acceptor, server_context), asio::detached);

  Request trusted = MakeRequest("GET", "https://127.0.0.1:" + port + "/jwks");
  trusted.ca_file = ca_file;
  auto ok = RunFetch(io, trusted);
  ASSERT_TRUE(ok && *ok) << (ok && !*ok ? ok->error().message : "");
  EXPECT_EQ((*ok)->status, 200);
  EXPECT_EQ((*ok)->body, "secure");

  auto untrusted = RunFetch(io, MakeRequest("GET", "https://127.0.0.1:" + port + "/jwks"));
  ASSERT_TRUE(untrusted);
  ASSERT_FALSE(*untrusted);
  EXPECT_NE(untrusted->error().message.find("TLS handshake"), std::string::npos)
      << untrusted->error().message;

  Request wrong_name =
      MakeRequest("GET", "https://localhost:" + port + "/jwks");  // the cert names 127.0.0.1
  wrong_name.ca_file = ca_file;
  auto mismatch = RunFetch(io, wrong_name);
  ASSERT_TRUE(mismatch);
  ASSERT_FALSE(*mismatch);
  EXPECT_NE(mismatch->error().message.find("TLS handshake"), std::string::npos)
      << mismatch->error().message;

  Request missing_ca = MakeRequest("GET", "https://127.0.0.1:" + port + "/");
  missing_ca.ca_file = (dir.path() / "absent.pem").string();
  auto no_file = RunFetch(io, missing_ca);
  ASSERT_TRUE(no_file);
  ASSERT_FALSE(*no_file);
  EXPECT_NE(no_file->error().message.find("CA file"), std::string::npos);
  acceptor.close();
}

}  // namespace
}  // namespace mcpgw::http
