#include "scanner/reputation/reputation_documents.h"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <initializer_list>

namespace mcpgw::scanner::reputation {
namespace {

namespace json = boost::json;

constexpr std::string_view kGithubHost = "github.com";

const json::value* At(const json::value& v, std::initializer_list<std::string_view> path) {
  const json::value* cur = &v;
  for (std::string_view key : path) {
    if (!cur->is_object()) return nullptr;
    cur = cur->get_object().if_contains(key);
    if (!cur) return nullptr;
  }
  return cur;
}

// Counts are clamped to [0, kMaxCount]: a negative figure is none, and one too large for int64
// (a uint64 beyond it, a double such as 1e300) is the largest, never a wrapped negative number
// nor an out-of-range double to integer conversion (undefined behaviour).
constexpr int64_t kMaxCount = int64_t{1} << 62;

int64_t Int(const json::value* v) {
  if (!v) return 0;
  if (v->is_int64()) return std::clamp<int64_t>(v->get_int64(), 0, kMaxCount);
  if (v->is_uint64()) return static_cast<int64_t>(std::min<uint64_t>(v->get_uint64(), kMaxCount));
  if (v->is_double()) {
    const double d = v->get_double();
    if (!(d > 0)) return 0;  // negative, zero or NaN
    return d >= static_cast<double>(kMaxCount) ? kMaxCount : static_cast<int64_t>(d);
  }
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

bool True(const json::value* v) { return v && v->is_bool() && v->get_bool(); }

}  // namespace

std::optional<json::value> ParseAnswer(std::string_view body) {
  boost::system::error_code ec;
  json::value value = json::parse(body, ec);
  if (ec || !value.is_object()) return std::nullopt;
  return value;
}

std::optional<int64_t> DaysSince(const json::value* iso,
                                 std::chrono::system_clock::time_point now) {
  if (!iso || !iso->is_string()) return std::nullopt;
  // Field widths bound every number (no int overflow in sscanf or below); the range check keeps
  // the date within what timegm and the seconds arithmetic below can take.
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (std::sscanf(std::string(iso->get_string()).c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d,
                  &h, &mi, &s) < 3)
    return std::nullopt;
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 24 || mi < 0 || mi > 59 ||
      s < 0 || s > 60)
    return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  const std::time_t then = timegm(&tm);
  // In seconds: system_clock's nanoseconds overflow int64 for dates after 2262.
  const int64_t now_s =
      std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  return (now_s - static_cast<int64_t>(then)) / 86400;
}

PackageDocument ReadPackageDocument(Ecosystem ecosystem, const json::value& doc,
                                    std::chrono::system_clock::time_point now) {
  PackageDocument out;
  std::string& repo_url = out.repository_url;
  switch (ecosystem) {
    case Ecosystem::kNpm: {
      PackageFacts p;
      if (const json::value* v = At(doc, {"versions"}); v && v->is_object())
        p.versions = static_cast<int64_t>(v->get_object().size());
      p.age_days = DaysSince(At(doc, {"time", "created"}), now);
      p.license = LicenseOf(At(doc, {"license"}));
      if (const json::value* m = At(doc, {"maintainers"}); m && m->is_array())
        p.maintainers = static_cast<int64_t>(m->get_array().size());
      out.package = p;
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
            auto days = DaysSince(At(file, {"upload_time_iso_8601"}), now);
            if (!days) days = DaysSince(At(file, {"upload_time"}), now);
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
      out.package = p;
      if (const json::value* urls = At(doc, {"info", "project_urls"}); urls && urls->is_object()) {
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
      s.verified = True(At(doc, {"verified"}));
      s.monthly_tool_calls = Int(At(doc, {"useCount"}));
      s.has_license = !LicenseOf(At(doc, {"license"})).empty();
      out.smithery = s;
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
  return out;
}

int64_t ReadDownloads(const json::value& doc) { return Int(At(doc, {"downloads"})); }

RepoFacts ReadRepository(const json::value& doc, std::chrono::system_clock::time_point now) {
  RepoFacts r;
  r.stars = Int(At(doc, {"stargazers_count"}));
  r.forks = Int(At(doc, {"forks_count"}));
  r.license = Str(At(doc, {"license", "spdx_id"}));
  if (r.license == "NOASSERTION") r.license = "other";
  r.age_days = DaysSince(At(doc, {"created_at"}), now);
  return r;
}

OwnerFacts ReadOwner(const json::value& doc, std::chrono::system_clock::time_point now) {
  OwnerFacts o;
  o.followers = Int(At(doc, {"followers"}));
  o.public_repos = Int(At(doc, {"public_repos"}));
  o.account_age_days = DaysSince(At(doc, {"created_at"}), now);
  o.verified = True(At(doc, {"is_verified"}));
  o.organization = Str(At(doc, {"type"})) == "Organization";
  o.has_blog = !Str(At(doc, {"blog"})).empty();
  o.has_twitter = !Str(At(doc, {"twitter_username"})).empty();
  return o;
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

}  // namespace mcpgw::scanner::reputation
