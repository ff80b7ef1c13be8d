#include "scanner/reputation/reputation_check.h"

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/json/parse.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/pchars.hpp>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <utility>

#include "http_client/http_fetch.h"

namespace mcpgw::scanner::reputation {
namespace {

namespace json = boost::json;
using Verdict = ReputationResult::Verdict;

constexpr std::string_view kGithubHost = "github.com";

std::optional<int64_t> DaysSince(const json::value* iso,
                                 std::chrono::system_clock::time_point now) {
  if (!iso || !iso->is_string()) return std::nullopt;
  std::tm tm{};
  int y, mo, d, h = 0, mi = 0, s = 0;
  if (std::sscanf(std::string(iso->get_string()).c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi,
                  &s) < 3)
    return std::nullopt;
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  const std::time_t t = timegm(&tm);
  const auto then = std::chrono::system_clock::from_time_t(t);
  return std::chrono::duration_cast<std::chrono::hours>(now - then).count() / 24;
}

const json::value* At(const json::value& v, std::initializer_list<std::string_view> path) {
  const json::value* cur = &v;
  for (std::string_view key : path) {
    if (!cur->is_object()) return nullptr;
    cur = cur->get_object().if_contains(key);
    if (!cur) return nullptr;
  }
  return cur;
}

int64_t Int(const json::value* v) {
  if (!v) return 0;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64()) return static_cast<int64_t>(v->get_uint64());
  if (v->is_double()) return static_cast<int64_t>(v->get_double());
  return 0;
}

std::string Str(const json::value* v) {
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::string LicenseOf(const json::value* v) {
  if (!v) return {};
  if (v->is_string()) return std::string(v->get_string());
  if (v->is_object()) return Str(v->get_object().if_contains("type"));
  return {};
}

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
  boost::system::error_code ec;
  f.body = json::parse(r->body, ec);
  if (ec || !f.body.is_object()) {
    f.error = "answer is not a JSON object";
    return f;
  }
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
    const json::value& doc = f.body;
    std::string repo_url;
    switch (facts_.ecosystem) {
      case Ecosystem::kNpm: {
        PackageFacts p;
        if (const json::value* v = At(doc, {"versions"}); v && v->is_object())
          p.versions = static_cast<int64_t>(v->get_object().size());
        p.age_days = DaysSince(At(doc, {"time", "created"}), now_);
        p.license = LicenseOf(At(doc, {"license"}));
        if (const json::value* m = At(doc, {"maintainers"}); m && m->is_array())
          p.maintainers = static_cast<int64_t>(m->get_array().size());
        facts_.package = p;
        const json::value* repository = At(doc, {"repository"});
        repo_url =
            repository && repository->is_object() ? Str(At(*repository, {"url"})) : Str(repository);
        for (const std::string& candidate :
             {repo_url, Str(At(doc, {"homepage"})), Str(At(doc, {"bugs", "url"}))}) {
          if (!GithubRepository(candidate).empty()) {
            repo_url = candidate;
            break;
          }
        }
        break;
      }
      case Ecosystem::kPypi: {
        PackageFacts p;
        if (const json::value* r = At(doc, {"releases"}); r && r->is_object()) {
          p.versions = static_cast<int64_t>(r->get_object().size());
          std::optional<int64_t> oldest;
          for (const auto& release : r->get_object()) {
            if (!release.value().is_array()) continue;
            for (const json::value& file : release.value().get_array()) {
              auto days = DaysSince(At(file, {"upload_time_iso_8601"}), now_);
              if (!days) days = DaysSince(At(file, {"upload_time"}), now_);
              if (days && (!oldest || *days > *oldest)) oldest = days;
            }
          }
          p.age_days = oldest;
        }
        std::string license = Str(At(doc, {"info", "license_expression"}));
        if (license.empty()) license = Str(At(doc, {"info", "license"}));
        if (license.size() > 64) license = "other";  // a whole license text
        p.license = license;
        p.maintainers = (Str(At(doc, {"info", "author"})).empty() &&
                                 Str(At(doc, {"info", "author_email"})).empty()
                             ? 0
                             : 1) +
                        (Str(At(doc, {"info", "maintainer"})).empty() &&
                                 Str(At(doc, {"info", "maintainer_email"})).empty()
                             ? 0
                             : 1);
        facts_.package = p;
        if (const json::value* urls = At(doc, {"info", "project_urls"});
            urls && urls->is_object()) {
          for (const auto& u : urls->get_object()) {
            if (!GithubRepository(Str(&u.value())).empty()) {
              repo_url = Str(&u.value());
              break;
            }
          }
        }
        if (repo_url.empty()) repo_url = Str(At(doc, {"info", "home_page"}));
        break;
      }
      case Ecosystem::kSmithery: {
        SmitheryFacts s;
        s.verified = At(doc, {"verified"}) && At(doc, {"verified"})->is_bool() &&
                     At(doc, {"verified"})->get_bool();
        s.monthly_tool_calls = Int(At(doc, {"useCount"}));
        s.has_license = !LicenseOf(At(doc, {"license"})).empty();
        facts_.smithery = s;
        for (std::string_view key : {"repository", "sourceUrl", "homepage"}) {
          const std::string url = Str(At(doc, {key}));
          if (!GithubRepository(url).empty()) {
            repo_url = url;
            break;
          }
        }
        break;
      }
    }
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
      facts_.package->downloads_last_month = Int(At(f.body, {"downloads"}));
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
      RepoFacts r;
      r.stars = Int(At(f.body, {"stargazers_count"}));
      r.forks = Int(At(f.body, {"forks_count"}));
      r.license = Str(At(f.body, {"license", "spdx_id"}));
      if (r.license == "NOASSERTION") r.license = "other";
      r.age_days = DaysSince(At(f.body, {"created_at"}), now_);
      facts_.repo = r;
    }
    const std::string owner = result_.repository.substr(0, result_.repository.find('/'));
    auto self = shared_from_this();
    Get(settings_.github_api + "/users/" + Encoded(owner), GithubHeaders(),
        [self](Fetched o) { self->OnOwner(std::move(o)); });
  }

  void OnOwner(Fetched f) {
    if (f.kind != Fetched::kNotFound && Unusable(f, "GitHub API")) return;
    if (f.kind == Fetched::kOk) {
      OwnerFacts o;
      o.followers = Int(At(f.body, {"followers"}));
      o.public_repos = Int(At(f.body, {"public_repos"}));
      o.account_age_days = DaysSince(At(f.body, {"created_at"}), now_);
      const json::value* verified = At(f.body, {"is_verified"});
      o.verified = verified && verified->is_bool() && verified->get_bool();
      o.organization = Str(At(f.body, {"type"})) == "Organization";
      o.has_blog = !Str(At(f.body, {"blog"})).empty();
      o.has_twitter = !Str(At(f.body, {"twitter_username"})).empty();
      facts_.owner = o;
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

std::string GithubRepository(std::string_view url) {
  std::string_view rest;
  if (url.starts_with("github:")) {
    rest = url.substr(7);
  } else if (const std::size_t host = url.find(kGithubHost); host != std::string_view::npos) {
    rest = url.substr(host + kGithubHost.size());
    if (rest.empty() || (rest[0] != '/' && rest[0] != ':')) return {};
    rest.remove_prefix(1);
  } else if (url.find("://") == std::string_view::npos && url.find(':') == std::string_view::npos &&
             std::count(url.begin(), url.end(), '/') == 1 && !url.starts_with("@")) {
    rest = url;  // npm's "owner/repo" shorthand
  } else {
    return {};
  }
  const std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos || slash == 0) return {};
  const std::string_view owner = rest.substr(0, slash);
  std::string_view repo = rest.substr(slash + 1);
  repo = repo.substr(0, repo.find_first_of("/#?"));
  if (repo.ends_with(".git")) repo.remove_suffix(4);
  if (repo.empty()) return {};
  for (std::string_view part : {owner, repo}) {
    for (const char c : part) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
        return {};
    }
  }
  return std::string(owner) + "/" + std::string(repo);
}

void CheckReputation(boost::asio::io_context& io, const config::ServerConfig& server,
                     const ReputationSettings& settings, ReputationCache* cache,
                     std::function<void(ReputationResult)> done) {
  auto check = std::make_shared<Check>(io, settings, cache, std::move(done));
  check->Start(server);
}

}  // namespace mcpgw::scanner::reputation
