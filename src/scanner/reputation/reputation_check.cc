#include "scanner/reputation/reputation_check.h"

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/pchars.hpp>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <utility>

#include "http_client/http_fetch.h"
#include "scanner/reputation/reputation_documents.h"

namespace mcpgw::scanner::reputation {
namespace {

namespace json = boost::json;
using Verdict = ReputationResult::Verdict;

// The outcome of one request, classified.
struct Fetched {
  enum Kind { kOk, kNotFound, kRateLimited, kFailed } kind = kFailed;
  json::value body;
  std::string error;
};

Fetched Classify(const Result<http::Response>& r) {
  Fetched f;
  if (!r) {
    f.error = "network: " + r.error().message;
    return f;
  }
  const int status = r->status;
  if (status == 429 || (status == 403 && r->Header("x-ratelimit-remaining") == "0")) {
    f.kind = Fetched::kRateLimited;
    f.error = "rate limited (HTTP " + std::to_string(status) + ")";
    return f;
  }
  if (status == 404) {
    f.kind = Fetched::kNotFound;
    f.error = "not found (HTTP 404)";
    return f;
  }
  if (status < 200 || status >= 300) {
    f.error = "HTTP " + std::to_string(status);
    return f;
  }
  auto body = ParseAnswer(r->body);
  if (!body) {
    f.error = "answer is not a JSON object";
    return f;
  }
  f.body = std::move(*body);
  f.kind = Fetched::kOk;
  return f;
}

class Check : public std::enable_shared_from_this<Check> {
 public:
  Check(boost::asio::io_context& io, ReputationSettings settings, ReputationCache* cache,
        std::function<void(ReputationResult)> done)
      : io_(io), settings_(std::move(settings)), cache_(cache), done_(std::move(done)) {
    now_ = settings_.clock ? settings_.clock() : std::chrono::system_clock::now();
  }

  void Start(const config::ServerConfig& server) {
    if (server.transport != config::Transport::kStdio) {
      return Finish(Verdict::kNotApplicable, "remote server: no package to judge");
    }
    auto ref = IdentifyPackage(server.command, server.args);
    if (!ref) return Finish(Verdict::kNotApplicable, "not launched through a package runner");
    result_.package = *ref;
    result_.typosquat = CheckTyposquat(*ref);
    facts_.ecosystem = ref->ecosystem;
    const std::string& base = Base();
    if (base.empty()) return Finish(Verdict::kUnknown, "unknown (no registry configured)");
    if (cache_) {
      if (auto hit = cache_->Get(*ref, Now(), settings_.cache_ttl)) {
        result_.from_cache = true;
        result_.repository = hit->repository;
        return Decide(hit->score);
      }
    }
    auto self = shared_from_this();
    Get(PackageUrl(base), {}, [self](Fetched f) { self->OnPackage(std::move(f)); });
  }

 private:
  int64_t Now() const {
    return std::chrono::duration_cast<std::chrono::seconds>(now_.time_since_epoch()).count();
  }

  const std::string& Base() const {
    switch (facts_.ecosystem) {
      case Ecosystem::kNpm:
        return settings_.npm_registry;
      case Ecosystem::kPypi:
        return settings_.pypi_url;
      case Ecosystem::kSmithery:
        return settings_.smithery_api;
    }
    return settings_.npm_registry;
  }

  std::string Encoded(std::string_view name) const {
    return boost::urls::encode(name, boost::urls::pchars);  // "@s/n" -> "@s%2Fn"
  }

  std::string PackageUrl(const std::string& base) const {
    const std::string& name = result_.package->name;
    switch (facts_.ecosystem) {
      case Ecosystem::kNpm:
        return base + "/" + Encoded(name);
      case Ecosystem::kPypi:
        return base + "/pypi/" + Encoded(name) + "/json";
      case Ecosystem::kSmithery:
        return base + "/servers/" + Encoded(name);
    }
    return base;
  }

  void Get(std::string url, std::map<std::string, std::string> headers,
           std::function<void(Fetched)> next) {
    http::Request request;
    request.url = std::move(url);
    request.headers = std::move(headers);
    request.headers.emplace("Accept", "application/json");
    request.headers.emplace("User-Agent", "mcp-gateway-reputation");
    request.timeout = settings_.request_timeout;
    request.max_body = 8 * 1024 * 1024;  // npm package documents of long-lived packages are large
    request.ca_file = settings_.ca_file;
    http::Fetch(io_, std::move(request),
                [next = std::move(next)](Result<http::Response> r) { next(Classify(r)); });
  }

  // Unknown for anything but an answer; the reason names the source, never a token.
  bool Unusable(const Fetched& f, std::string_view source) {
    if (f.kind == Fetched::kOk) return false;
    Finish(Verdict::kUnknown, "unknown (" + std::string(source) + ": " + f.error + ")");
    return true;
  }

  void OnPackage(Fetched f) {
    if (Unusable(f, std::string(EcosystemName(facts_.ecosystem)) + " registry")) return;
    PackageDocument doc = ReadPackageDocument(facts_.ecosystem, f.body, now_);
    facts_.package = doc.package;
    facts_.smithery = doc.smithery;
    const std::string& repo_url = doc.repository_url;
    result_.repository = GithubRepository(repo_url);
    auto self = shared_from_this();
    if (facts_.ecosystem == Ecosystem::kNpm && !settings_.npm_downloads_api.empty()) {
      Get(settings_.npm_downloads_api + "/downloads/point/last-month/" +
              Encoded(result_.package->name),
          {}, [self](Fetched d) { self->OnDownloads(std::move(d)); });
      return;
    }
    FetchRepository();
  }

  void OnDownloads(Fetched f) {
    if (f.kind == Fetched::kNotFound) {
      facts_.package->downloads_last_month = 0;
    } else if (Unusable(f, "npm downloads API")) {
      return;
    } else {
      facts_.package->downloads_last_month = ReadDownloads(f.body);
    }
    FetchRepository();
  }

  std::map<std::string, std::string> GithubHeaders() const {
    std::map<std::string, std::string> headers{{"X-GitHub-Api-Version", "2022-11-28"}};
    if (!settings_.github_token.empty())
      headers["Authorization"] = "Bearer " + settings_.github_token;
    return headers;
  }

  void FetchRepository() {
    if (result_.repository.empty()) return Scored();  // no repository to credit
    if (settings_.github_api.empty())
      return Finish(Verdict::kUnknown,
                    "unknown (no GitHub API configured for repository " + result_.repository + ")");
    auto self = shared_from_this();
    Get(settings_.github_api + "/repos/" + result_.repository, GithubHeaders(),
        [self](Fetched f) { self->OnRepository(std::move(f)); });
  }

  void OnRepository(Fetched f) {
    if (f.kind != Fetched::kNotFound && Unusable(f, "GitHub API")) return;
    if (f.kind == Fetched::kOk) {
      facts_.repo = ReadRepository(f.body, now_);
    }
    const std::string owner = result_.repository.substr(0, result_.repository.find('/'));
    auto self = shared_from_this();
    Get(settings_.github_api + "/users/" + Encoded(owner), GithubHeaders(),
        [self](Fetched o) { self->OnOwner(std::move(o)); });
  }

  void OnOwner(Fetched f) {
    if (f.kind != Fetched::kNotFound && Unusable(f, "GitHub API")) return;
    if (f.kind == Fetched::kOk) {
      facts_.owner = ReadOwner(f.body, now_);
    }
    Scored();
  }

  void Scored() {
    const ReputationScore score = Score(facts_);
    if (cache_) (void)cache_->Put(*result_.package, {score, result_.repository, Now()});
    Decide(score);
  }

  void Decide(const ReputationScore& score) {
    result_.score = score;
    char text[96];
    std::snprintf(text, sizeof text, "score %.1f (owner %.1f, repository %.1f, package %.1f)",
                  score.final_score, score.owner, score.repo, score.package);
    if (score.blocked()) return Finish(Verdict::kBlocked, std::string(text) + " <= 30");
    if (result_.typosquat && score.final_score < kTyposquatTrustedScore) {
      return Finish(Verdict::kBlocked, std::string(text) + ": possible typosquat of " +
                                           result_.typosquat->similar_to + " (" +
                                           result_.typosquat->kind + ")");
    }
    Finish(Verdict::kPassed, text);
  }

  void Finish(Verdict verdict, std::string reason) {
    if (result_.typosquat && verdict == Verdict::kUnknown)
      reason += "; possible typosquat of " + result_.typosquat->similar_to;
    if (verdict == Verdict::kUnknown && settings_.fail_closed) {
      verdict = Verdict::kBlocked;
      reason += "; blocked by --scan-fail-closed";
    }
    result_.verdict = verdict;
    result_.reason = std::move(reason);
    boost::asio::post(io_, [done = std::move(done_), result = std::move(result_)]() mutable {
      done(std::move(result));
    });
  }

  boost::asio::io_context& io_;
  ReputationSettings settings_;
  ReputationCache* cache_;
  std::function<void(ReputationResult)> done_;
  std::chrono::system_clock::time_point now_;
  ReputationResult result_;
  ReputationFacts facts_;
};

}  // namespace

const char* VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kPassed:
      return "passed";
    case Verdict::kBlocked:
      return "blocked";
    case Verdict::kUnknown:
      return "unknown";
    case Verdict::kNotApplicable:
      return "n/a";
  }
  return "unknown";
}

void CheckReputation(boost::asio::io_context& io, const config::ServerConfig& server,
                     const ReputationSettings& settings, ReputationCache* cache,
                     std::function<void(ReputationResult)> done) {
  auto check = std::make_shared<Check>(io, settings, cache, std::move(done));
  check->Start(server);
}

}  // namespace mcpgw::scanner::reputation
