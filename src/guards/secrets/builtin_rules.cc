#include "guards/secrets/builtin_rules.h"

#include <string>
#include <utility>

namespace mcpgw::guards::secrets {
namespace {

using Keywords = std::vector<std::string>;

// A passphrase of words as its own capture group ("saffron panda pirate glacier", "Sunflower
// lemon glacier harbor&"; IsDicewarePassphrase decides), ending where the words do: no letter,
// digit or hyphen right after, no lower-case word after a space. The opening of an alternation:
// the caller closes it after the other forms of the value, "|<other>)".
constexpr char kWordsOr[] =
    R"re((?:(?-i:([A-Za-z][a-z]{2,11}(?: [a-z]{3,12}){2,7}(?: [0-9]{1,4}|[0-9!@#$%^&*?_+=]{1,4})?))(?:$|[^ A-Za-z0-9_\-]|[ \t]+[^a-z0-9 \t])|)re";

RuleSpec Raw(std::string id, std::string entity, Keywords keywords, std::string regex,
             double entropy = 0, Check check = Check::kNone, float score = 1.0f) {
  RuleSpec r;
  r.id = std::move(id);
  r.entity = std::move(entity);
  r.keywords = std::move(keywords);
  r.regex = std::move(regex);
  r.entropy = entropy;
  r.check = check;
  r.score = score;
  r.latin1 = true;
  r.origin = "builtin";
  return r;
}

// True when every top-level alternative of the regex `core` opens with one of `keywords` written
// plainly (letters, digits, '_' and '-' only, compared case-insensitively): then every match
// of core begins where a keyword hit does.
bool OpensWithKeyword(std::string_view core, const Keywords& keywords) {
  std::vector<std::string_view> branches;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < core.size(); ++i) {
    const char c = core[i];
    if (c == '\\') {
      ++i;  // an escaped character is never structure
    } else if (c == '[') {
      while (i + 1 < core.size() && core[i + 1] != ']') i += core[i + 1] == '\\' ? 2 : 1;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      branches.push_back(core.substr(start, i - start));
      start = i + 1;
    }
  }
  branches.push_back(core.substr(start));
  auto plain = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  };
  for (std::string_view branch : branches) {
    bool opens = false;
    for (const std::string& keyword : keywords) {
      if (keyword.empty() || keyword.size() > branch.size()) continue;
      bool same = true;
      for (std::size_t i = 0; i < keyword.size() && same; ++i) {
        const char b = branch[i] >= 'A' && branch[i] <= 'Z' ? static_cast<char>(branch[i] + 32)
                                                            : branch[i];
        same = plain(keyword[i]) && b == keyword[i];
      }
      // The next character must not make the last one optional or repeated ("ab?" is not "ab").
      const char next = keyword.size() < branch.size() ? branch[keyword.size()] : '\0';
      if (same && next != '?' && next != '*' && next != '{' && next != '+') opens = true;
    }
    if (!opens) return false;
  }
  return true;
}

// A token recognised by its own shape (a vendor prefix): `core` between word boundaries (a
// core that ends in '-' or '_' may also end before any other punctuation or space).
RuleSpec Tok(std::string id, std::string entity, Keywords keywords, const std::string& core,
             double entropy = 3.0, Check check = Check::kNone) {
  RuleSpec r = Raw(std::move(id), std::move(entity), std::move(keywords),
                   R"re(\b()re" + core + R"re()(?:\b|$|[^A-Za-z0-9_\-]))re", entropy, check);
  r.window_before = 32;
  r.window_after = 320;
  r.starts_at_keyword = OpensWithKeyword(core, r.keywords);
  return r;
}

// The same, gated by a Vectorscan trigger expression instead of keywords.
RuleSpec Trig(std::string id, std::string entity, std::string trigger, const std::string& core,
              double entropy = 3.0) {
  RuleSpec r = Tok(std::move(id), std::move(entity), {}, core, entropy);
  r.triggers.push_back(std::move(trigger));
  return r;
}

// A value that only context identifies: the vendor's name in the key it is assigned to
// (DD_API_KEY=..., "sendgrid_key": "...", --heroku-token ..., a CLI table's "|  Name|  value").
RuleSpec Ctx(std::string id, std::string entity, Keywords keywords, const std::string& vendor,
             const std::string& value, double entropy = 3.0) {
  RuleSpec r = Raw(std::move(id), std::move(entity), std::move(keywords),
                   R"re((?i)(?:)re" + vendor +
                       R"re()[0-9a-z_.\-]{0,40}?[\s'"\x60\]\\]{0,4}(?:=|>|:{1,3}=|\|\||\||:|=>|\?=|,)[\x60'"\s=\\]{0,6}()re" +
                       value + R"re()(?:[\x60'"\s;,&)}\]<\\]|$))re",
                   entropy);
  r.window_before = 48;
  r.window_after = 200;
  r.gate = Gate::kAssignment;
  return r;
}

const std::string kUuid = R"re([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})re";

void Cloud(std::vector<RuleSpec>& r) {
  r.push_back(Raw("aws_access_key", "AWS_ACCESS_KEY",
                  {"akia", "asia", "abia", "acca", "a3t", "agpa", "aida", "aroa", "aipa", "anpa",
                   "anva", "apka"},
                  R"re(\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16})\b)re",
                  2.5));  // the prefix decides; a run of one letter (AKIAXXXX...) stays
  r.push_back(Ctx("aws_secret_access_key", "AWS_SECRET_KEY",
                  {"aws", "secretaccesskey", "secret_access_key", "secret-access-key"},
                  R"re(aws|secret_?access_?key|secret-access-key)re",
                  R"re([A-Za-z0-9/+]{40})re", 4.0));
  // An AWS secret key a sentence names before giving it ("found AWS_SECRET_KEY printed in build
  // log 66019: `X`", "the secret access key (rotated) is X"): 40 characters of base64 as random
  // as a key is (a SHA-1 in hex stays under the entropy), within a line of the name.
  r.push_back(Raw("aws_secret_key_named_in_prose", "AWS_SECRET_KEY",
                  {"secret_key", "secret_access_key", "secretaccesskey", "secret key", "secret access key",
                   "secret-access-key"},
                  R"re((?i)\b(?:aws[_ \-]?)?secret[_ \-]?(?:access[_ \-]?)?key\b[^\n]*?[\s:=\x60'"(]((?-i:[A-Za-z0-9/+]{40}))(?:[^A-Za-z0-9/+=]|$))re",
                  4.3));
  r.back().window_before = 24;
  r.back().window_after = 140;  // bounds the gap: the name, up to ~80 bytes, the key
  // A secret key passed right after its access key id (BasicAWSCredentials("AKIA...", "..."),
  // NewStaticCredentials, AwsBasicCredentials.create, boto3 positional or keyword arguments).
  r.push_back(Raw("aws_secret_after_key_id", "AWS_SECRET_KEY", {"akia", "asia"},
                  R"re(\b(?:AKIA|ASIA)[A-Z0-9]{16}(?:["']?\s*,\s*(?:[A-Za-z_][A-Za-z0-9_]{0,40}\s*[:=]\s*)?["']([A-Za-z0-9/+]{40})["']|[ \t]+([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)))re",
                  4.0));
  r.back().window_before = 8;
  r.back().window_after = 160;
  // STS session tokens by their own opening (the base64 of the token's serialized header).
  r.push_back(Raw("aws_session_token_shape", "AWS_SESSION_TOKEN", {"iqojb3jpz2lux2vj", "fwogzxivyxdze"},
                  R"re(\b((?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9/+=]{100,}))re", 4.0));
  r.back().window_before = 4;
  r.back().window_after = 4096;
  r.push_back(Ctx("aws_session_token", "AWS_SESSION_TOKEN",
                  {"session_token", "sessiontoken", "security_token", "session-token"},
                  R"re(aws_?session_?token|sessiontoken|security_?token|session-token)re",
                  R"re([A-Za-z0-9/+=]{40,})re", 4.0));
  r.back().window_after = 2048;  // session tokens run to several hundred characters
  r.push_back(Tok("aws_mws_key", "AWS_MWS_KEY", {"amzn.mws."},
                  R"re(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})re"));
  r.push_back(Raw("aws_bedrock_key", "AWS_BEDROCK_KEY", {"absk"},
                  R"re(\b(ABSK[A-Za-z0-9+/]{100,}={0,2}))re", 4.0));
  // Not Tok: a key may end in '-' or '_', where \b before a newline or quote fails.
  r.push_back(Raw("gcp_api_key", "GCP_API_KEY", {"aiza"},
                  R"re(\b(AIza[0-9A-Za-z_\-]{35})(?:[^0-9A-Za-z_\-]|$))re", 3.0));
  r.back().window_before = 32;
  r.back().window_after = 320;
  r.push_back(Tok("google_oauth_client_secret", "GOOGLE_CLIENT_SECRET", {"gocspx-"},
                  R"re(GOCSPX-[A-Za-z0-9_\-]{28})re"));
  r.push_back(Tok("google_oauth_access_token", "GOOGLE_ACCESS_TOKEN", {"ya29."},
                  R"re(ya29\.[0-9A-Za-z_\-]{30,})re"));
  // Google's refresh tokens start "1//0" (any other character after "1//" is also Python's floor
  // division by a long name: "1//per_page_limit_...").
  r.push_back(Raw("google_oauth_refresh_token", "GOOGLE_REFRESH_TOKEN", {"1//0"},
                  R"re((?:^|[^0-9A-Za-z_\-/])(1//0[0-9A-Za-z_\-]{40,}))re", 3.5));
  r.push_back(Raw("firebase_cloud_messaging_key", "FIREBASE_SERVER_KEY", {":apa91b"},
                  R"re(\b(AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{130,}))re", 3.5));
  // Azure.
  r.push_back(Raw("azure_client_secret", "AZURE_KEY", {"q~"},
                  R"re((?:^|[^0-9A-Za-z_~.\-])([a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.\-]{31,34})(?:[^0-9A-Za-z_~.\-]|$))re",
                  3.0));
  r.push_back(Ctx("azure_client_secret_context", "AZURE_KEY",
                  {"azure", "arm_client_secret"},
                  R"re(azure[_.\-]?(?:ad[_.\-]?)?(?:client[_.\-]?)?(?:secret|password|key)|arm_client_secret)re",
                  R"re([a-z0-9_~.\-]{32,44})re", 3.5));
  r.push_back(Raw("azure_storage_account_key", "AZURE_STORAGE_KEY", {"accountkey"},
                  R"re((?i)accountkey\s*=\s*([A-Za-z0-9+/]{86}==))re", 4.0));
  r.push_back(Raw("azure_shared_access_key", "AZURE_SHARED_ACCESS_KEY",
                  {"sharedaccesskey", "primarykey", "secondarykey"},
                  R"re((?i)(?:sharedaccesskey|primary_?key|secondary_?key)["']?\s*[=:]\s*["']?([A-Za-z0-9+/]{42,44}=))re",
                  4.0));
  r.push_back(Raw("azure_sas_signature", "AZURE_SAS_TOKEN", {"sig="},
                  R"re((?:[?&;]|\\u0026)sig=([A-Za-z0-9%+/]{40,}(?:%3D|%3d|=){0,2}))re", 3.5));
  // A storage account key handed to an SDK: 64 random bytes in base64 (86 characters and "==")
  // quoted in code that names Azure storage. A SHA-512 integrity hash ("sha512-...==") is not
  // one: its prefix breaks the run.
  r.push_back(Raw("azure_storage_key_in_code", "AZURE_STORAGE_KEY",
                  {"storagesharedkeycredential", "blob.core", "blobserviceclient", "accountkey",
                   "account_key", "storage_key", "storagekey", "azure_storage", "\"keyname\""},
                  R"re(["']([A-Za-z0-9+/]{86}==)["'])re", 4.5));
  r.back().window_before = 400;
  r.back().window_after = 400;
  r.push_back(Raw("azure_function_key", "AZURE_FUNCTION_KEY", {"code="},
                  R"re(\.azurewebsites\.net/[^\s?"']*\?(?:[^\s"'#]*&)?code=([A-Za-z0-9_\-]{40,}={0,2}))re",
                  3.5));
  r.push_back(Raw("azure_app_config_secret", "AZURE_KEY", {"secret="},
                  R"re((?i)\bid=[^;\s]{2,64};\s*secret=([A-Za-z0-9+/]{40,64}={0,2}))re", 4.0));
  r.push_back(Raw("azure_apim_subscription_key", "AZURE_KEY", {"ocp-apim-subscription-key"},
                  R"re((?i)ocp-apim-subscription-key["']?\s*[:=]\s*["']?([a-f0-9]{32}))re", 3.0));
  r.push_back(Ctx("azure_devops_pat", "AZURE_DEVOPS_TOKEN",
                  {"azure_devops", "azuredevops", "azdo", "ado_", "vsts", "system_accesstoken"},
                  R"re(azure[_\-]?devops|azdo|\bado_|vsts|system_accesstoken)re",
                  R"re([a-z0-9]{52}|[A-Za-z0-9]{84})re", 3.5));
  r.push_back(Ctx("azure_openai_key", "AZURE_KEY", {"azure_openai", "azureopenai", "azure-openai"},
                  R"re(azure[_\-]?openai)re", R"re([a-f0-9]{32}|[A-Za-z0-9]{84})re", 3.0));
  // Other clouds.
  r.push_back(Tok("alibaba_access_key_id", "ALIBABA_ACCESS_KEY", {"ltai"},
                  R"re(LTAI[A-Za-z0-9]{12,20})re"));
  r.push_back(Ctx("alibaba_secret_key", "ALIBABA_SECRET_KEY", {"alibaba", "aliyun", "alicloud"},
                  R"re(alibaba|aliyun|alicloud)re", R"re([A-Za-z0-9]{30})re", 3.5));
  r.push_back(Tok("tencent_secret_id", "TENCENT_SECRET_ID", {"akid"},
                  R"re(AKID[A-Za-z0-9]{13,40})re", 3.5));
  r.push_back(Tok("yandex_api_key", "YANDEX_API_KEY", {"aqvn"}, R"re(AQVN[A-Za-z0-9_\-]{35,38})re"));
  // Yandex OAuth tokens: "y0_" (to "y3_") and 50-64 base64url characters.
  r.push_back(Tok("yandex_oauth_token", "YANDEX_OAUTH_TOKEN", {"y0_", "y1_", "y2_", "y3_"},
                  R"re(y[0-3]_[A-Za-z0-9_\-]{50,64})re", 3.8));
  r.push_back(Ctx("ibm_cloud_api_key", "IBM_CLOUD_API_KEY", {"ibm"}, R"re(ibm)re",
                  R"re([A-Za-z0-9_\-]{44})re", 3.5));
  r.push_back(Tok("digitalocean_token", "DIGITALOCEAN_TOKEN", {"dop_v1_", "doo_v1_", "dor_v1_"},
                  R"re(do[opr]_v1_[a-f0-9]{64})re"));
  r.push_back(Ctx("linode_token", "LINODE_TOKEN", {"linode"}, R"re(linode)re",
                  R"re([a-f0-9]{64})re"));
  r.push_back(Ctx("hetzner_token", "HETZNER_TOKEN", {"hetzner", "hcloud"}, R"re(hetzner|hcloud)re",
                  R"re([A-Za-z0-9]{64})re", 3.5));
  r.push_back(Ctx("vultr_api_key", "VULTR_API_KEY", {"vultr"}, R"re(vultr)re",
                  R"re([A-Z0-9]{36})re", 3.5));
  r.push_back(Ctx("scaleway_secret_key", "SCALEWAY_SECRET_KEY", {"scaleway", "scw_"},
                  R"re(scaleway|scw_secret)re", kUuid));
  r.push_back(Tok("cloudflare_origin_ca_key", "CLOUDFLARE_KEY", {"v1.0-"},
                  R"re(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})re"));
  r.push_back(Ctx("cloudflare_api_token", "CLOUDFLARE_KEY", {"cloudflare", "cf_api", "cf-api"},
                  R"re(cloudflare|\bcf[_\-]api)re", R"re([A-Za-z0-9_\-]{40}|[a-f0-9]{37})re", 3.5));
  r.push_back(Tok("databricks_token", "DATABRICKS_TOKEN", {"dapi"},
                  R"re(dapi[a-f0-9]{32}(?:-\d)?)re"));
  r.push_back(Tok("heroku_api_key_v2", "HEROKU_API_KEY", {"hrku-"}, R"re(HRKU-[A-Za-z0-9_\-]{58,64})re"));
  r.push_back(Ctx("heroku_api_key", "HEROKU_API_KEY", {"heroku"}, R"re(heroku)re", kUuid));
  r.push_back(Ctx("vercel_token", "VERCEL_TOKEN", {"vercel"}, R"re(vercel)re",
                  R"re([A-Za-z0-9]{24}|vc[a-z]_[A-Za-z0-9]{40,80})re", 3.5));
  r.push_back(Tok("netlify_token_v2", "NETLIFY_TOKEN", {"nfp_"}, R"re(nfp_[A-Za-z0-9]{36,40})re"));
  r.push_back(Ctx("netlify_token", "NETLIFY_TOKEN", {"netlify"}, R"re(netlify)re",
                  R"re([A-Za-z0-9_\-]{40,46})re", 3.5));
  r.push_back(Tok("supabase_token", "SUPABASE_TOKEN", {"sbp_", "sb_secret_"},
                  R"re(sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_\-]{30,64})re"));
  r.push_back(Tok("flyio_token", "FLYIO_TOKEN", {"fo1_", "fm1_", "fm2_", "flyv1"},
                  R"re(fo1_[A-Za-z0-9_\-]{43}|(?:FlyV1 )?fm[12][ar]?_[A-Za-z0-9+/=_,\-]{40,})re"));
  r.push_back(Tok("doppler_token", "DOPPLER_TOKEN",
                  {"dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."},
                  R"re(dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9_.\-]{40,50})re"));
  r.push_back(Tok("vault_token", "VAULT_TOKEN", {"hvs.", "hvb.", "hvr."},
                  R"re(hv[sbr]\.[A-Za-z0-9_\-]{24,})re", 3.5));
  r.push_back(Tok("terraform_cloud_token", "TERRAFORM_TOKEN", {".atlasv1."},
                  R"re([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,70})re"));
  r.push_back(Tok("pulumi_token", "PULUMI_TOKEN", {"pul-"}, R"re(pul-[a-f0-9]{40})re"));
  // HubSpot private app tokens: pat-<region>-<uuid>.
  r.push_back(Tok("hubspot_private_app_token", "HUBSPOT_TOKEN", {"pat-na1-", "pat-eu1-", "pat-na2-", "pat-ap1-"},
                  R"re(pat-(?:na1|eu1|na2|ap1)-)re" + kUuid, 2.5));
  r.push_back(Tok("onepassword_service_token", "ONEPASSWORD_TOKEN", {"ops_eyj"},
                  R"re(ops_eyJ[A-Za-z0-9+/_\-]{100,}={0,3})re", 4.0));
  r.back().window_after = 4096;  // the tokens run to 500-900 characters
  r.push_back(Tok("planetscale_token", "PLANETSCALE_TOKEN", {"pscale_"},
                  R"re(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_\-.=]{32,64})re"));
  r.push_back(Tok("neon_api_key", "NEON_API_KEY", {"napi_"}, R"re(napi_[a-z0-9]{64})re"));
}

void SourceHosting(std::vector<RuleSpec>& r) {
  r.push_back(Tok("github_pat", "GITHUB_PERSONAL_ACCESS_TOKEN", {"ghp_"},
                  R"re(ghp_[0-9A-Za-z]{36})re", 3.0, Check::kGithubChecksum));
  r.push_back(Tok("github_oauth", "GITHUB_OAUTH_TOKEN", {"gho_"}, R"re(gho_[0-9A-Za-z]{36})re",
                  3.0, Check::kGithubChecksum));
  r.push_back(Tok("github_app_token", "GITHUB_APP_TOKEN", {"ghu_", "ghs_"},
                  R"re((?:ghu|ghs)_[0-9A-Za-z]{36})re", 3.0, Check::kGithubChecksum));
  r.push_back(Tok("github_refresh_token", "GITHUB_APP_TOKEN", {"ghr_"},
                  R"re(ghr_[0-9A-Za-z]{36})re", 3.0, Check::kGithubChecksum));
  r.push_back(Tok("github_fine_grained_pat", "GITHUB_FINE_GRAINED_TOKEN", {"github_pat_"},
                  R"re(github_pat_[0-9A-Za-z_]{82})re", 3.0));
  const std::pair<const char*, const char*> gitlab[] = {
      {"gitlab_pat", R"re(glpat-[0-9A-Za-z_\-]{20,})re"},
      {"gitlab_deploy_token", R"re(gldt-[0-9A-Za-z_\-]{20,})re"},
      {"gitlab_runner_token", R"re(glrt-[0-9A-Za-z_\-]{20,})re"},
      {"gitlab_runner_registration_token", R"re(GR1348941[0-9A-Za-z_\-]{20,})re"},
      {"gitlab_pipeline_trigger_token", R"re(glptt-[0-9a-f]{40})re"},
      {"gitlab_cicd_job_token", R"re(glcbt-[0-9a-fA-F]{1,5}_[0-9A-Za-z_\-]{20,})re"},
      {"gitlab_feed_token", R"re(glft-[0-9A-Za-z_\-]{20,})re"},
      {"gitlab_incoming_mail_token", R"re(glimt-[0-9A-Za-z_\-]{25,})re"},
      {"gitlab_kubernetes_agent_token", R"re(glagent-[0-9A-Za-z_\-]{50,})re"},
      {"gitlab_oauth_app_secret", R"re(gloas-[0-9A-Za-z_\-]{64})re"},
      {"gitlab_scim_token", R"re(glsoat-[0-9A-Za-z_\-]{20,})re"},
      {"gitlab_feature_flag_token", R"re(glffct-[0-9A-Za-z_\-]{20,})re"},
  };
  for (const auto& [id, core] : gitlab) {
    const std::string c = core;
    std::string keyword = c.substr(0, c.find_first_of("[-") + 1);
    if (keyword.back() == '[') keyword.pop_back();
    for (char& ch : keyword) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    r.push_back(Tok(id, "GITLAB_TOKEN", {keyword}, c, 3.0));
  }
  r.push_back(Raw("gitlab_session_cookie", "GITLAB_SESSION_TOKEN", {"_gitlab_session"},
                  R"re(_gitlab_session=([0-9a-z]{32}))re", 3.0));
  r.push_back(Tok("bitbucket_app_password", "BITBUCKET_TOKEN", {"atbb"}, R"re(ATBB[a-zA-Z0-9]{32})re"));
  r.push_back(Raw("atlassian_api_token", "ATLASSIAN_API_TOKEN", {"atatt3", "atctt3"},
                  R"re(\b(AT[AC]TT3[A-Za-z0-9_\-=]{150,}))re", 4.0));
  r.push_back(Ctx("atlassian_api_token_legacy", "ATLASSIAN_API_TOKEN",
                  {"atlassian", "confluence", "jira"}, R"re(atlassian|confluence|jira)re",
                  R"re([a-z0-9]{24})re", 3.5));
  r.push_back(Ctx("bitbucket_client_secret", "BITBUCKET_TOKEN", {"bitbucket"}, R"re(bitbucket)re",
                  R"re([a-z0-9=_\-]{64})re", 3.5));
  r.push_back(Tok("gitea_token", "GITEA_TOKEN", {"gitea"}, R"re(gitea_[a-f0-9]{40})re"));
}

void AiProviders(std::vector<RuleSpec>& r) {
  r.push_back(Tok("openai_api_key", "OPENAI_API_KEY", {"t3blbkfj"},
                  R"re(sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_\-]{16,}T3BlbkFJ[A-Za-z0-9_\-]{16,})re"));
  r.push_back(Tok("openai_project_key", "OPENAI_API_KEY", {"sk-proj-", "sk-svcacct-", "sk-admin-"},
                  R"re(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,})re", 4.0));
  r.push_back(Tok("anthropic_api_key", "ANTHROPIC_API_KEY", {"sk-ant-"},
                  R"re(sk-ant-(?:api|admin|sid|oat|ort)\d\d-[A-Za-z0-9_\-]{80,})re", 4.0));
  r.push_back(Tok("openrouter_api_key", "OPENROUTER_API_KEY", {"sk-or-v1-"},
                  R"re(sk-or-v1-[a-f0-9]{64})re"));
  r.push_back(Tok("sk_api_key", "API_KEY", {"sk-"}, R"re(sk-[A-Za-z0-9]{32,64})re", 3.5));
  r.back().score = 0.9f;
  r.push_back(Tok("xai_api_key", "XAI_API_KEY", {"xai-"}, R"re(xai-[A-Za-z0-9]{70,90})re", 4.0));
  r.push_back(Tok("perplexity_api_key", "PERPLEXITY_API_KEY", {"pplx-"},
                  R"re(pplx-[A-Za-z0-9]{48})re", 3.5));
  r.push_back(Tok("groq_api_key", "GROQ_API_KEY", {"gsk_"}, R"re(gsk_[A-Za-z0-9]{52})re", 3.5));
  r.push_back(Tok("replicate_api_token", "REPLICATE_API_TOKEN", {"r8_"},
                  R"re(r8_[A-Za-z0-9]{37})re", 3.5));
  r.push_back(Tok("huggingface_token", "HUGGINGFACE_TOKEN", {"hf_"}, R"re(hf_[A-Za-z0-9]{34})re", 3.0));
  r.push_back(Tok("huggingface_org_token", "HUGGINGFACE_TOKEN", {"api_org_"},
                  R"re(api_org_[A-Za-z0-9]{34})re", 3.0));
  r.push_back(Tok("fireworks_api_key", "FIREWORKS_API_KEY", {"fw_"}, R"re(fw_[A-Za-z0-9]{24})re", 3.5));
  r.push_back(Tok("langsmith_api_key", "LANGSMITH_API_KEY", {"lsv2_"},
                  R"re(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})re"));
  r.push_back(Tok("pinecone_api_key", "PINECONE_API_KEY", {"pcsk_"},
                  R"re(pcsk_[A-Za-z0-9_]{50,})re", 3.5));
  r.push_back(Ctx("pinecone_api_key_legacy", "PINECONE_API_KEY", {"pinecone"}, R"re(pinecone)re",
                  kUuid));
  r.push_back(Ctx("cohere_api_key", "COHERE_API_KEY", {"cohere", "co_api_key"},
                  R"re(cohere|co_api_key)re", R"re([A-Za-z0-9]{40})re", 3.5));
  r.push_back(Ctx("mistral_api_key", "MISTRAL_API_KEY", {"mistral"}, R"re(mistral)re",
                  R"re([A-Za-z0-9]{32})re", 3.5));
  r.push_back(Ctx("deepseek_api_key", "DEEPSEEK_API_KEY", {"deepseek"}, R"re(deepseek)re",
                  R"re(sk-[a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("together_api_key", "TOGETHER_API_KEY", {"together"}, R"re(together)re",
                  R"re([a-f0-9]{64}|tgp_v1_[A-Za-z0-9_\-]{40,50})re", 3.0));
  r.push_back(Ctx("elevenlabs_api_key", "ELEVENLABS_API_KEY", {"elevenlabs", "xi-api-key", "xi_api_key"},
                  R"re(elevenlabs|xi[_\-]api[_\-]key)re", R"re((?:sk_)?[a-f0-9]{32,48})re", 3.0));
  r.push_back(Ctx("assemblyai_api_key", "ASSEMBLYAI_API_KEY", {"assemblyai", "assembly_ai"},
                  R"re(assembly_?ai)re", R"re([a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("deepgram_api_key", "DEEPGRAM_API_KEY", {"deepgram"}, R"re(deepgram)re",
                  R"re([a-f0-9]{40})re", 3.0));
  r.push_back(Ctx("wandb_api_key", "WANDB_API_KEY", {"wandb"}, R"re(wandb)re",
                  R"re([a-f0-9]{40})re", 3.0));
  r.push_back(Ctx("google_ai_api_key", "GCP_API_KEY", {"gemini", "google_api_key", "palm"},
                  R"re(gemini|google_api_key|palm)re", R"re(AIza[0-9A-Za-z_\-]{35})re", 3.0));
  r.push_back(Ctx("voyage_api_key", "VOYAGE_API_KEY", {"voyage"}, R"re(voyage)re",
                  R"re(pa-[A-Za-z0-9_\-]{40,50})re", 3.5));
  r.push_back(Ctx("stability_api_key", "STABILITY_API_KEY", {"stability"}, R"re(stability)re",
                  R"re(sk-[A-Za-z0-9]{48})re", 3.5));
}

void Payments(std::vector<RuleSpec>& r) {
  r.push_back(Tok("stripe_secret_key", "STRIPE_KEY",
                  {"sk_live_", "sk_test_", "rk_live_", "rk_test_", "sk_prod_", "rk_prod_"},
                  R"re((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,})re", 3.0));
  r.push_back(Raw("stripe_webhook_secret", "STRIPE_WEBHOOK_SECRET", {"whsec_"},
                  R"re(\b(whsec_[A-Za-z0-9+/]{32,}={0,2}))re", 3.5));
  r.push_back(Tok("square_access_token", "SQUARE_TOKEN", {"eaaa", "sq0atp-"},
                  R"re(EAAA[A-Za-z0-9_\-]{60}|sq0atp-[0-9A-Za-z_\-]{22})re", 3.5));
  r.push_back(Tok("square_oauth_secret", "SQUARE_TOKEN", {"sq0csp-"},
                  R"re(sq0csp-[0-9A-Za-z_\-]{43})re", 3.5));
  r.push_back(Raw("braintree_access_token", "PAYPAL_BRAINTREE_TOKEN", {"access_token$"},
                  R"re((access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}))re", 3.0));
  r.push_back(Ctx("paypal_client_secret", "PAYPAL_CLIENT_SECRET", {"paypal"}, R"re(paypal)re",
                  R"re(E[A-Za-z0-9_\-]{79})re", 4.0));
  r.push_back(Ctx("adyen_api_key", "ADYEN_API_KEY", {"adyen"}, R"re(adyen)re",
                  R"re(AQE[A-Za-z0-9+/=_.\-]{50,})re", 4.0));
  r.push_back(Tok("shopify_token", "SHOPIFY_TOKEN", {"shpat_", "shpss_", "shpca_", "shppa_"},
                  R"re(shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32})re"));
  r.push_back(Tok("flutterwave_secret_key", "FLUTTERWAVE_KEY", {"flwseck"},
                  R"re(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)re"));
  r.push_back(Ctx("razorpay_key_secret", "RAZORPAY_SECRET", {"razorpay"}, R"re(razorpay)re",
                  R"re([A-Za-z0-9]{24})re", 3.5));
  r.push_back(Tok("plaid_access_token", "PLAID_TOKEN",
                  {"access-production-", "access-sandbox-", "access-development-"},
                  R"re(access-(?:production|sandbox|development)-)re" + kUuid));
  r.push_back(Ctx("plaid_secret", "PLAID_SECRET", {"plaid"}, R"re(plaid)re",
                  R"re([a-f0-9]{30})re", 3.0));
  r.push_back(Ctx("gocardless_token", "GOCARDLESS_TOKEN", {"gocardless"}, R"re(gocardless)re",
                  R"re(live_[A-Za-z0-9_\-=]{40})re", 3.5));
  r.push_back(Tok("shippo_api_token", "SHIPPO_TOKEN", {"shippo_"},
                  R"re(shippo_(?:live|test)_[a-f0-9]{40})re"));
  r.push_back(Tok("easypost_api_key", "EASYPOST_API_KEY", {"ezak"}, R"re(EZ[AT]K[A-Za-z0-9]{54})re"));
  r.push_back(Tok("duffel_api_token", "DUFFEL_TOKEN", {"duffel_"},
                  R"re(duffel_(?:test|live)_[A-Za-z0-9_\-=]{43})re"));
  r.push_back(Ctx("coinbase_api_secret", "COINBASE_SECRET", {"coinbase"}, R"re(coinbase)re",
                  R"re([A-Za-z0-9+/]{64,88}={0,2})re", 4.0));
  r.push_back(Trig("woocommerce_key", "WOOCOMMERCE_KEY", "c[ks]_[a-f0-9]{12}",
                   R"re(c[ks]_[a-f0-9]{40})re"));
}

void Messaging(std::vector<RuleSpec>& r) {
  r.push_back(Tok("slack_app_token", "SLACK_APP_TOKEN", {"xapp-"},
                  R"re((?i)xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+)re", 3.0));
  r.push_back(Tok("slack_token", "SLACK_TOKEN", {"xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxs-", "xoxr-"},
                  R"re(xox[abposr]-[0-9A-Za-z\-]{10,})re", 3.0));
  r.push_back(Tok("slack_config_token", "SLACK_TOKEN", {"xoxe"},
                  R"re(xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{140,})re", 3.0));
  r.push_back(Raw("slack_webhook", "SLACK_WEBHOOK", {"hooks.slack.com"},
                  R"re(((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+\-]{20,}))re",
                  3.0));
  // Slack's webhook path carries the secret whatever host serves it (a proxy, a mirror, an
  // internal relay): team id, bot id, then 24 characters.
  r.push_back(Raw("slack_webhook_path", "SLACK_WEBHOOK", {"/services/t"},
                  R"re(((?:https?://[A-Za-z0-9.\-]+(?::\d+)?)?/services/(T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}))(?:[^A-Za-z0-9]|$))re",
                  3.0));
  r.back().secret_group = 1;
  r.back().check_group = 2;
  r.back().window_before = 128;
  r.back().window_after = 96;
  r.push_back(Raw("microsoft_teams_webhook", "MICROSOFT_TEAMS_WEBHOOK", {"webhook.office.com"},
                  R"re((?i)(https://[a-z0-9\-]+\.webhook\.office\.com/webhookb2/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}@[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}(?:/[A-Za-z0-9_\-]{10,80})?))re"));
  // Discord's webhook URL, or its path's shape under any host (a proxy, a self-hosted
  // Discord-compatible server, a mock): a snowflake id, then a 68-character token.
  r.push_back(Raw("discord_webhook", "DISCORD_WEBHOOK", {"discord", "/api/webhooks/"},
                  R"re((https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_\-]{40,}|https?://[A-Za-z0-9.\-]+(?::\d{1,5})?/api/webhooks/\d{17,20}/[A-Za-z0-9_\-]{60,70}\b))re",
                  3.0));
  r.push_back(Ctx("discord_bot_token", "DISCORD_TOKEN", {"discord", "bot_token"},
                  R"re(discord|bot_token)re",
                  R"re([MNO][A-Za-z\d_\-]{23,25}\.[A-Za-z\d_\-]{6}\.[A-Za-z\d_\-]{27,38})re", 4.0));
  r.push_back(Raw("telegram_bot_token", "TELEGRAM_BOT_TOKEN", {":aa"},
                  R"re((?:\b|bot)(\d{8,10}:AA[0-9A-Za-z_\-]{33})(?:[^0-9A-Za-z_\-]|$))re", 3.5));
  r.push_back(Trig("twilio_api_key", "TWILIO_API_KEY", "SK[0-9a-fA-F]{12}",
                   R"re(SK[0-9a-fA-F]{32})re"));
  r.push_back(Ctx("twilio_auth_token", "TWILIO_AUTH_TOKEN", {"twilio"}, R"re(twilio)re",
                  R"re([a-f0-9]{32})re", 3.0));
  r.push_back(Tok("sendgrid_api_key", "SENDGRID_API_KEY", {"sg."},
                  R"re(SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})re", 4.0));
  r.push_back(Tok("mailgun_api_key", "MAILGUN_API_KEY", {"key-"}, R"re(key-[0-9a-f]{32})re", 3.0));
  r.push_back(Ctx("mailgun_api_key_v2", "MAILGUN_API_KEY", {"mailgun"}, R"re(mailgun)re",
                  R"re([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})re", 3.0));
  r.push_back(Trig("mailchimp_api_key", "MAILCHIMP_API_KEY", "[0-9a-f]{32}-us[0-9]",
                   R"re([0-9a-f]{32}-us[0-9]{1,2})re"));
  r.push_back(Tok("brevo_api_key", "BREVO_API_KEY", {"xkeysib-", "xsmtpsib-"},
                  R"re(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})re"));
  r.push_back(Ctx("postmark_token", "POSTMARK_TOKEN", {"postmark"}, R"re(postmark)re", kUuid));
  r.push_back(Ctx("mailjet_secret", "MAILJET_SECRET", {"mailjet"}, R"re(mailjet)re",
                  R"re([a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("zendesk_token", "ZENDESK_TOKEN", {"zendesk"}, R"re(zendesk)re",
                  R"re([A-Za-z0-9]{40})re", 3.5));
  r.push_back(Ctx("intercom_token", "INTERCOM_TOKEN", {"intercom"}, R"re(intercom)re",
                  R"re([A-Za-z0-9=_\-]{59,60})re", 3.5));
  // Intercom's access tokens are base64 of "tok:<uuid>:1:0": "dG9rOj" opens every one, under
  // any name.
  r.push_back(Tok("intercom_access_token", "INTERCOM_TOKEN", {"dG9rOj"},
                  R"re(dG9rOj[A-Za-z0-9+/]{48,64}={0,2})re", 3.5));
  r.push_back(Raw("facebook_access_token", "FACEBOOK_ACCESS_TOKEN", {"eaa"},
                  R"re(\b(EAA[A-Za-z0-9]{90,})\b)re", 4.0));
  r.back().gate = Gate::kWordStart;
  r.push_back(Ctx("facebook_app_secret", "FACEBOOK_APP_SECRET", {"facebook", "fb_app"},
                  R"re(facebook|fb_app)re", R"re([a-f0-9]{32})re", 3.0));
  r.push_back(Raw("twitter_bearer_token", "TWITTER_BEARER_TOKEN", {"aaaaaaaaaaaaaaaaaaaaa"},
                  R"re([\s"'=:](A{20,30}[A-Za-z0-9%]{60,})(?:[^A-Za-z0-9%+/=]|$))re", 3.0));
  r.push_back(Ctx("twitter_secret", "TWITTER_SECRET", {"twitter"}, R"re(twitter)re",
                  R"re([A-Za-z0-9]{45,50})re", 4.0));
  r.push_back(Ctx("line_channel_token", "LINE_TOKEN", {"line_channel", "linechannel"},
                  R"re(line_?channel)re", R"re([A-Za-z0-9+/=]{100,}|[a-f0-9]{32})re", 3.5));
  r.push_back(Ctx("mattermost_token", "MATTERMOST_TOKEN", {"mattermost"}, R"re(mattermost)re",
                  R"re([a-z0-9]{26})re", 3.0));
}

void Registries(std::vector<RuleSpec>& r) {
  r.push_back(Tok("npm_token", "NPM_TOKEN", {"npm_"}, R"re(npm_[A-Za-z0-9]{36})re", 3.0,
                  Check::kGithubChecksum));
  r.push_back(Raw("npmrc_auth", "NPM_TOKEN", {"_authtoken", "_auth", "_password"},
                  R"re((?i)(?:^|[:\s/])(?:_authToken|_auth|_password)\s*=\s*["']?([^\s"'$]{10,}))re", 3.0,
                  Check::kUrlPassword));
  r.push_back(Tok("pypi_token", "PYPI_TOKEN", {"pypi-ageicHlwaS5vcmc", "pypi-agendgvzdc5wexbplm9yzw"},
                  R"re(pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,})re"));
  // A token of another index (a private mirror's macaroon keeps the "pypi-" prefix) or one
  // pasted without its usual start: long and random.
  r.push_back(Tok("pypi_token_other", "PYPI_TOKEN", {"pypi-"},
                  R"re(pypi-[A-Za-z0-9_\-]{80,})re", 4.5));
  r.push_back(Tok("rubygems_token", "RUBYGEMS_TOKEN", {"rubygems_"}, R"re(rubygems_[a-f0-9]{48})re"));
  r.push_back(Tok("nuget_api_key", "NUGET_API_KEY", {"oy2"}, R"re(oy2[a-z0-9]{43})re", 3.5));
  r.push_back(Tok("dockerhub_token", "DOCKERHUB_TOKEN", {"dckr_pat_", "dckr_oat_"},
                  R"re(dckr_(?:pat|oat)_[A-Za-z0-9_\-]{27,32})re"));
  r.push_back(Tok("crates_io_token", "CRATES_IO_TOKEN", {"cio"}, R"re(cio[A-Za-z0-9]{32})re", 3.5));
  r.push_back(Tok("artifactory_token", "ARTIFACTORY_TOKEN", {"akcp", "cmvmdgtu"},
                  R"re(AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56})re", 4.0));
  r.push_back(Tok("clojars_token", "CLOJARS_TOKEN", {"clojars_"}, R"re(CLOJARS_[a-z0-9]{60})re"));
  r.push_back(Tok("sonarqube_token", "SONARQUBE_TOKEN", {"sqp_", "squ_", "sqa_"},
                  R"re(sq[pua]_[a-f0-9]{40})re"));
  r.push_back(Tok("circleci_token", "CIRCLECI_TOKEN", {"ccipat_"},
                  R"re(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})re"));
  r.push_back(Tok("buildkite_token", "BUILDKITE_TOKEN", {"bkua_"}, R"re(bkua_[a-f0-9]{40})re"));
  r.push_back(Raw("docker_config_auth", "DOCKER_AUTH", {"\"auth\""},
                  R"re("auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})")re", 2.5, Check::kBasicAuth));
  // The same "auth" in YAML, TOML or an unquoted key (a registry config in Helm values, a
  // containers auth file rewritten by hand): the decoded user:password decides.
  r.push_back(Raw("registry_auth_field", "DOCKER_AUTH", {"auth"},
                  R"re((?i)\bauth["']?\s*[:=]\s*["']?([A-Za-z0-9+/]{8,}={0,2})(?:["'\s,}]|$))re", 2.5,
                  Check::kBasicAuth));
  r.back().gate = Gate::kSeparatorFollows;
  r.back().starts_at_keyword = true;
  r.back().window_after = 256;
  r.push_back(Ctx("travis_token", "TRAVIS_TOKEN", {"travis"}, R"re(travis)re",
                  R"re([A-Za-z0-9_\-]{22})re", 3.5));
  r.push_back(Ctx("codecov_token", "CODECOV_TOKEN", {"codecov"}, R"re(codecov)re", kUuid));
  r.push_back(Ctx("snyk_token", "SNYK_TOKEN", {"snyk"}, R"re(snyk)re", kUuid));
  r.push_back(Tok("octopus_api_key", "OCTOPUS_API_KEY", {"api-"}, R"re(API-[A-Z0-9]{26})re", 3.5));
  r.push_back(Trig("harness_token", "HARNESS_TOKEN",
                   R"re((?:pat|sat)\.[A-Za-z0-9_\-]{8})re",
                   R"re((?:pat|sat)\.[A-Za-z0-9_\-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20})re"));
  r.push_back(Tok("infracost_api_key", "INFRACOST_API_KEY", {"ico-"}, R"re(ico-[A-Za-z0-9]{32})re"));
  r.push_back(Tok("prefect_api_key", "PREFECT_API_KEY", {"pnu_"}, R"re(pnu_[A-Za-z0-9]{36})re"));
}

void Observability(std::vector<RuleSpec>& r) {
  r.push_back(Ctx("datadog_api_key", "DATADOG_API_KEY",
                  {"datadog", "dd_api", "dd_app", "dd_client", "dd-api-key", "dd-application-key"},
                  R"re(datadog|\bdd[_\-](?:api|app|client))re",
                  R"re([a-f0-9]{40}|[a-f0-9]{32})re", 3.0));
  r.push_back(Tok("new_relic_user_key", "NEW_RELIC_KEY", {"nrak-", "nrjs-", "nrii-"},
                  R"re(NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_\-]{32})re"));
  r.push_back(Raw("new_relic_license_key", "NEW_RELIC_KEY", {"nral"},
                  R"re(\b([a-f0-9]{36}NRAL)\b)re", 3.0));
  // A DSN with its legacy secret key (public:secret@host/project) authenticates a server.
  r.push_back(Raw("sentry_dsn", "SENTRY_DSN", {},
                  R"re(\b(https?://[0-9a-f]{32}:([0-9a-f]{32})@[A-Za-z0-9.\-]+(?::\d+)?/(?:[A-Za-z0-9_\-]+/)*\d+)\b)re",
                  3.0));
  r.back().secret_group = 1;
  r.back().check_group = 2;
  r.back().triggers = {R"re(://[0-9a-f]{32}:[0-9a-f]{32}@)re"};
  r.back().window_before = 16;
  r.back().window_after = 256;
  // A key-only DSN (https://KEY@o123.ingest.host/456): the key lets anyone post events into
  // the project (spam, quota exhaustion, forged errors) and teams keep it in secret stores and
  // env files; it is masked like any project key. (Sentry calls it safe to ship in a browser
  // bundle; a gateway cannot tell a bundle's DSN from a server's.)
  r.push_back(Raw("sentry_dsn_key", "SENTRY_DSN", {},
                  R"re(\bhttps?://([0-9a-f]{32})@[A-Za-z0-9.\-]+(?::\d+)?/(?:[A-Za-z0-9_\-]+/)*\d+\b)re",
                  3.0));
  r.back().triggers = {R"re(://[0-9a-f]{32}@)re"};
  r.back().window_before = 16;
  r.back().window_after = 256;
  r.push_back(Tok("sentry_token", "SENTRY_TOKEN", {"sntrys_", "sntryu_"},
                  R"re(sntrys_[A-Za-z0-9+/=_\-]{80,}|sntryu_[a-f0-9]{64})re", 3.5));
  r.push_back(Raw("grafana_cloud_token", "GRAFANA_TOKEN", {"glc_"},
                  R"re(\b(glc_[A-Za-z0-9+/]{32,}={0,2}))re", 3.5));
  r.push_back(Tok("grafana_service_account_token", "GRAFANA_TOKEN", {"glsa_"},
                  R"re(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})re"));
  r.push_back(Raw("grafana_api_key", "GRAFANA_TOKEN", {"eyjrijoi"},
                  R"re(\b(eyJrIjoi[A-Za-z0-9]{60,}={0,2}))re", 3.5));
  r.push_back(Trig("honeycomb_key_v2", "HONEYCOMB_API_KEY", "hc[a-z][a-z]k_[a-z0-9]{8}",
                   R"re(hc[a-z][a-z]k_[a-z0-9]{58})re"));
  r.push_back(Ctx("honeycomb_api_key", "HONEYCOMB_API_KEY", {"honeycomb"}, R"re(honeycomb)re",
                  R"re([A-Za-z0-9]{22}|[a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("pagerduty_token", "PAGERDUTY_TOKEN", {"pagerduty", "pager_duty"},
                  R"re(pager_?duty)re", R"re([A-Za-z0-9_+\-]{20}|[A-Za-z0-9]{32})re", 3.0));
  r.push_back(Ctx("splunk_hec_token", "SPLUNK_TOKEN", {"splunk"}, R"re(splunk)re", kUuid));
  r.push_back(Tok("dynatrace_token", "DYNATRACE_TOKEN", {"dt0c01."},
                  R"re(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{40,})re"));
  r.push_back(Ctx("rollbar_token", "ROLLBAR_TOKEN", {"rollbar"}, R"re(rollbar)re",
                  R"re([a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("bugsnag_api_key", "BUGSNAG_API_KEY", {"bugsnag"}, R"re(bugsnag)re",
                  R"re([a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("algolia_api_key", "ALGOLIA_API_KEY", {"algolia"}, R"re(algolia)re",
                  R"re([a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("elastic_api_key", "ELASTIC_API_KEY", {"elastic"}, R"re(elastic)re",
                  R"re([A-Za-z0-9_\-]{20,24}:[A-Za-z0-9_\-]{22}|[A-Za-z0-9+/]{60,}={0,2})re", 4.0));
  r.push_back(Ctx("segment_write_key", "SEGMENT_KEY", {"segment"}, R"re(segment)re",
                  R"re([A-Za-z0-9]{32})re", 3.5));
  r.push_back(Ctx("launchdarkly_key", "LAUNCHDARKLY_KEY", {"launchdarkly", "ld_sdk"},
                  R"re(launchdarkly|ld_sdk)re", R"re((?:api|sdk)-)re" + kUuid, 3.0));
  // A LaunchDarkly server-side SDK key by its own shape ("sdk-" and a UUID), named or not.
  r.push_back(Tok("launchdarkly_sdk_key", "LAUNCHDARKLY_KEY", {"sdk-"}, R"re(sdk-)re" + kUuid, 3.0));
  r.push_back(Ctx("logzio_token", "LOGZIO_TOKEN", {"logz"}, R"re(logz)re",
                  R"re([A-Za-z]{32})re", 3.5));
}

void Saas(std::vector<RuleSpec>& r) {
  r.push_back(Tok("linear_api_key", "LINEAR_API_KEY", {"lin_api_", "lin_oauth_"},
                  R"re(lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})re"));
  r.push_back(Tok("render_api_key", "RENDER_API_KEY", {"rnd_"}, R"re(rnd_[A-Za-z0-9]{32})re", 3.5));
  r.push_back(Tok("notion_token", "NOTION_TOKEN", {"secret_", "ntn_"},
                  R"re(secret_[A-Za-z0-9]{43}|ntn_[0-9]{11}[A-Za-z0-9]{35}|ntn_[A-Za-z0-9]{46})re", 4.0));
  r.push_back(Trig("airtable_pat", "AIRTABLE_TOKEN", R"re(pat[A-Za-z0-9]{14}\.[a-f0-9]{8})re",
                   R"re(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})re"));
  r.push_back(Ctx("airtable_api_key", "AIRTABLE_TOKEN", {"airtable"}, R"re(airtable)re",
                  R"re(key[A-Za-z0-9]{14})re", 3.0));
  r.push_back(Tok("figma_token", "FIGMA_TOKEN", {"figd_"}, R"re(figd_[A-Za-z0-9_\-]{40})re"));
  r.push_back(Tok("postman_api_key", "POSTMAN_API_KEY", {"pmak-"},
                  R"re(PMAK-[a-f0-9]{24}-[a-f0-9]{34})re"));
  r.push_back(Tok("age_secret_key", "AGE_SECRET_KEY", {"age-secret-key-1"},
                  R"re(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})re"));
  r.push_back(Tok("mapbox_secret_token", "MAPBOX_TOKEN", {"sk.eyj"},
                  R"re(sk\.eyJ[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{20,})re"));
  r.push_back(Tok("contentful_token", "CONTENTFUL_TOKEN", {"cfpat-"}, R"re(CFPAT-[A-Za-z0-9_\-]{43})re"));
  r.push_back(Trig("dropbox_token", "DROPBOX_TOKEN", R"re(sl\.[A-Za-z0-9_\-]{12})re",
                   R"re(sl\.[A-Za-z0-9_\-]{40,})re", 4.0));
  r.push_back(Trig("clickup_token", "CLICKUP_TOKEN", R"re(pk_[0-9]{6}[0-9]{0,4}_[A-Z0-9]{8})re",
                   R"re(pk_[0-9]{6,10}_[A-Z0-9]{32})re"));
  r.push_back(Tok("typeform_token", "TYPEFORM_TOKEN", {"tfp_"}, R"re(tfp_[A-Za-z0-9_\-=.]{59})re"));
  r.push_back(Tok("readme_api_key", "README_API_KEY", {"rdme_"}, R"re(rdme_[a-z0-9]{70})re"));
  r.push_back(Tok("frameio_token", "FRAMEIO_TOKEN", {"fio-u-"}, R"re(fio-u-[A-Za-z0-9_\-=]{64})re"));
  r.push_back(Ctx("asana_token", "ASANA_TOKEN", {"asana"}, R"re(asana)re",
                  R"re([0-9]/[0-9]{10,20}:[a-f0-9]{32}|2/[0-9]{10,20}/[0-9]{10,20}:[a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("okta_token", "OKTA_TOKEN", {"okta"}, R"re(okta)re",
                  R"re(00[A-Za-z0-9_\-]{40})re", 3.5));
  r.push_back(Ctx("auth0_client_secret", "AUTH0_SECRET", {"auth0"}, R"re(auth0)re",
                  R"re([A-Za-z0-9_\-]{64})re", 4.0));
  r.push_back(Trig("salesforce_access_token", "SALESFORCE_TOKEN", R"re(00D[A-Za-z0-9]{12}[A-Za-z0-9]{0,3}!)re",
                   R"re(00D[A-Za-z0-9]{12,15}![A-Za-z0-9._\-]{80,})re", 4.0));
  r.push_back(Ctx("hubspot_token", "HUBSPOT_TOKEN", {"hubspot"}, R"re(hubspot)re",
                  R"re(pat-(?:na|eu)1-)re" + kUuid + R"re(|)re" + kUuid, 3.0));
  r.push_back(Ctx("twitch_token", "TWITCH_TOKEN", {"twitch"}, R"re(twitch)re",
                  R"re([a-z0-9]{30})re", 3.5));
  r.push_back(Ctx("spotify_secret", "SPOTIFY_SECRET", {"spotify"}, R"re(spotify)re",
                  R"re([a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("zoom_secret", "ZOOM_SECRET", {"zoom"}, R"re(zoom)re",
                  R"re([A-Za-z0-9]{32})re", 3.5));
  r.push_back(Ctx("box_token", "BOX_TOKEN", {"box_"}, R"re(\bbox_(?:client_secret|developer_token|token))re",
                  R"re([A-Za-z0-9]{32})re", 3.5));
  r.push_back(Ctx("fastly_token", "FASTLY_TOKEN", {"fastly"}, R"re(fastly)re",
                  R"re([A-Za-z0-9_\-]{32})re", 3.5));
  r.push_back(Ctx("lob_api_key", "LOB_API_KEY", {"lob_"}, R"re(\blob_)re",
                  R"re((?:live|test)_[a-f0-9]{35})re", 3.0));
  r.push_back(Ctx("mongodb_atlas_key", "MONGODB_ATLAS_KEY", {"atlas"}, R"re(mongodb_?atlas|atlas_private)re",
                  kUuid, 3.0));
  r.push_back(Ctx("jenkins_token", "JENKINS_TOKEN", {"jenkins"}, R"re(jenkins)re",
                  R"re(11[a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("sumologic_key", "SUMOLOGIC_KEY", {"sumo"}, R"re(sumo)re",
                  R"re([A-Za-z0-9]{64})re", 4.0));
  r.push_back(Ctx("shortcut_token", "SHORTCUT_TOKEN", {"shortcut", "clubhouse"},
                  R"re(shortcut|clubhouse)re", kUuid, 3.0));
  r.push_back(Ctx("trello_token", "TRELLO_TOKEN", {"trello"}, R"re(trello)re",
                  R"re(ATTA[a-f0-9]{64}[A-F0-9]{8}|[a-f0-9]{64}|[a-f0-9]{32})re", 3.0));
  r.push_back(Ctx("monday_token", "MONDAY_TOKEN", {"monday"}, R"re(monday)re",
                  R"re(eyJ[A-Za-z0-9_\-]{100,}\.[A-Za-z0-9_\-]{50,}\.[A-Za-z0-9_\-]{20,})re", 4.0));
}

void Structured(std::vector<RuleSpec>& r) {
  r.push_back(Raw("private_key", "PRIVATE_KEY", {"private key"},
                  R"re(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)re", 0, Check::kPemBlock));
  r.push_back(Raw("putty_private_key", "PRIVATE_KEY", {"private-lines"},
                  R"re(Private-Lines:\s*\d+(?:\\r|\\n|\s)+((?:[A-Za-z0-9+/=]{4,}(?:\\r\\n|\\n|\r?\n))*[A-Za-z0-9+/=]{4,})(?:\\r|\\n|\s|$))re", 4.0));
  r.push_back(Raw("base64_private_key", "PRIVATE_KEY", {"ls0tls1crudjtib"},
                  R"re((LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,}={0,2}))re", 0, Check::kBase64PrivateKey));
  r.push_back(Raw("jwk_private_key", "PRIVATE_KEY", {"\"d\""},
                  R"re("d"\s*:\s*"([A-Za-z0-9_\-]{40,})")re", 4.0));
  r.push_back(Raw("jwt", "JWT_TOKEN", {"eyj"},
                  R"re(\b(eyJ[A-Za-z0-9_\-]{10,}\.ey[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]*))re", 3.0,
                  Check::kJwt));
  r.back().gate = Gate::kWordStart;
  r.back().window_after = 16384;  // the regex must see all three parts
  r.push_back(Raw("bearer_token", "BEARER_TOKEN", {"bearer"},
                  R"re((?i)\bbearer\s+([A-Za-z0-9._~+/\-]{16,}=*))re", 3.0, Check::kOpaqueToken,
                  0.9f));
  r.back().gate = Gate::kSpaceThenValue;
  r.back().window_after = 256;
  r.push_back(Raw("authorization_token", "BEARER_TOKEN",
                  {"authorization", "x-api-key", "private-token", "x-auth-token"},
                  R"re((?i)\b(?:authorization|x-api-key|private-token|x-auth-token)["']?\s*[:=]\s*["']?(?:token\s+)?([A-Za-z0-9._~+/\-]{16,}=*))re",
                  3.0, Check::kOpaqueToken, 0.9f));
  r.back().window_after = 256;
  r.back().starts_at_keyword = true;  // the regex opens with one of its keywords
  // An Authorization header under a vendor's own scheme: "SSWS X" (Okta), "Splunk X" (HEC),
  // "GenieKey X" (Opsgenie), "Token token=X", "Klaviyo-API-Key X", "sso-key K:S" (GoDaddy).
  // Basic, Digest, Negotiate, NTLM and the signature schemes are read elsewhere or carry none.
  r.push_back(Raw("authorization_scheme_token", "BEARER_TOKEN", {"authorization"},
                  R"re((?i)\bauthorization["']?\s*[:=]\s*["']?(?-i:(?:[A-Z][A-Za-z]*|[a-z]+)(?:-[A-Za-z]+){0,3})[ \t]+(?:token=)?["']?([A-Za-z0-9._~+/\-:]{16,}=*)(?:["'\s,;}\])]|$))re",
                  3.0, Check::kOpaqueToken, 0.85f));
  r.back().window_after = 256;
  r.back().starts_at_keyword = true;
  r.push_back(Raw("basic_auth", "BASIC_AUTH", {"basic"},
                  R"re((?i)\bbasic\s+([A-Za-z0-9+/]{8,}={0,2}))re", 2.5, Check::kBasicAuth));
  // "user:password" in base64 decoded on a command line ("echo bWV0cmljczp2... | base64 -d",
  // "base64 -d <<< ..."): kBasicAuth decides that it decodes to a credential pair.
  r.push_back(Raw("base64_decoded_credentials", "BASIC_AUTH", {"| base64", "|base64", "base64 -d", "base64 --decode"},
                  R"re((?:echo(?:[ \t]+-n)?|printf[ \t]+'?%s'?)[ \t]+["']?([A-Za-z0-9+/]{12,}={0,2})["']?[ \t]*\|[ \t]*base64[ \t]+(?:-d|--decode|-D)\b|base64[ \t]+(?:-d|--decode|-D)[ \t]*<<<[ \t]*["']?([A-Za-z0-9+/]{12,}={0,2}))re",
                  2.5, Check::kBasicAuth));
  r.back().window_before = 200;
  r.back().window_after = 120;
  r.back().gate = Gate::kSpaceThenValue;
  r.back().window_after = 256;
  r.push_back(Raw("url_credentials", "PASSWORD", {"://"},
                  R"re((?i)\b[a-z][a-z0-9+._\-]*://[^\s:@/"'<>\\]*:([^\s@/"'<>\\]*[^\s@/"'<>\\0-9][^\s@/"'<>\\]*(?:/[^\s@/"'<>\\]*)+|[^\s@/"'<>\\]+(?:@[^\s@/"'<>\\]+)*)@[A-Za-z0-9\[])re",
                  0, Check::kUrlPassword));
  r.back().gate = Gate::kUserinfo;
  r.back().window_after = 256;
  // A share link's token ("https://cloud.acme.example/s/pQ9C03dlXl7BjMNB1eq...", Nextcloud's,
  // Box's and Dropbox's "/s/<token>"): whoever holds the link opens the files. Random, 12+.
  r.push_back(Raw("share_link_token", "SHARE_LINK", {"/s/"},
                  R"re(\bhttps?://[^\s/"'<>]+(?:/index\.php)?/s/([A-Za-z0-9_\-]{12,64})(?:[?/#"'\s)>,]|$))re",
                  0, Check::kShareToken, 0.75f));
  r.back().window_before = 120;
  r.back().window_after = 80;
  r.push_back(Raw("url_query_password", "PASSWORD", {"password=", "pwd=", "passwd=", "pass="},
                  R"re((?i)[?&](?:password|passwd|pwd|pass)=([^&;\s"'#<>\\]{3,}))re", 0,
                  Check::kUrlPassword));
  r.back().gate = Gate::kQueryParameter;
  r.back().window_after = 256;
  r.push_back(Raw("url_query_token", "SECRET", {"token=", "secret=", "api_key=", "apikey=", "key="},
                  R"re((?i)[?&](?:access_token|refresh_token|id_token|auth_token|token|client_secret|secret|api_key|apikey|key|private_token)=([^&\s"'#<>\\]+))re",
                  3.0, Check::kOpaqueToken, 0.8f));
  r.back().gate = Gate::kQueryParameter;
  r.back().window_after = 256;
  r.push_back(Raw("connection_string_password", "PASSWORD", {"password", "pwd"},
                  R"re((?i);\s*(?:password|pwd)\s*=\s*(?:"([^"\r\n]+)"|'([^'\r\n]+)'|\{([^}\r\n]+)\}|([^;"'\r\n/~][^;"'\r\n]*)))re",
                  0, Check::kUrlPassword));
  r.back().gate = Gate::kAfterSemicolon;
  r.back().window_after = 256;
  r.push_back(Raw("cli_password_flag", "PASSWORD",
                  {"--password", "--passwd", "--pass", "--token", "--api-key", "--apikey", "--secret",
                   "--client-secret", "--access-token", "--auth-token"},
                  R"re((?i)(?:^|\s)--(?:password|passwd|pass|token|api-key|apikey|secret|client-secret|access-token|auth-token)(?:=|\s+)["']?([^\s"'\x60\-][^\s"'\x60]{3,}))re",
                  0, Check::kUrlPassword));
  // Pass phrases and private keys as options, a quoted pass phrase with its spaces:
  // gpg --passphrase 'X', ssh-keygen -P 'X' / -N 'X', cast send --private-key 0x...
  r.push_back(Raw("cli_passphrase_flag", "PASSWORD", {"--passphrase", "--private-key"},
                  R"re((?i)(?:^|\s)--(?:passphrase|private-key)(?:=|[ \t]+)(?:'([^'\r\n]{4,})'|"([^"\r\n]{4,})"|([^\s"'\x60\-$][^\s"'\x60]{3,})))re",
                  0, Check::kUrlPassword));
  r.push_back(Raw("ssh_keygen_passphrase", "PASSWORD", {"ssh-keygen"},
                  R"re(\bssh-keygen\b[^\n]{0,200}?\s-[PN][ \t]+(?:'([^'\r\n]{4,})'|"([^"\r\n]{4,})"|([^\s"'\-$][^\s"']{3,})))re",
                  0, Check::kUrlPassword));
  r.back().window_after = 320;
  // SNMP v1/v2c community strings: snmpwalk -v2c -c X host.
  r.push_back(Raw("snmp_community_flag", "PASSWORD",
                  {"snmpwalk", "snmpget", "snmpbulkwalk", "snmpbulkget", "snmpset", "snmptable",
                   "snmpgetnext", "snmptrap"},
                  R"re(\bsnmp(?:walk|get|bulkwalk|bulkget|set|table|getnext|trap)\b[^\n]{0,120}?\s-c[ \t]*["']?([^\s"'\-][^\s"']{2,}))re",
                  0, Check::kUrlPassword));
  r.back().window_after = 240;
  // A raw key on the openssl command line (enc -K <hex>), a TOTP seed given to oathtool, a
  // package index password given to twine.
  r.push_back(Raw("openssl_raw_key", "ENCRYPTION_KEY", {"openssl enc", "openssl aes"},
                  R"re(\bopenssl[ \t]+(?:enc|aes)[^\n]{0,120}?\s-K[ \t]+([0-9A-Fa-f]{32,128})\b)re", 3.0));
  r.back().window_after = 300;
  r.push_back(Raw("oathtool_seed", "TOTP_SEED", {"oathtool"},
                  R"re(\boathtool\b[^\n]{0,80}?[ \t]["']?([A-Z2-7]{16,}=*)["']?(?:\s|$))re", 3.0));
  r.back().window_after = 200;
  r.push_back(Raw("twine_password", "API_TOKEN", {"twine"},
                  R"re(\btwine\b[^\n]{0,200}?\s(?:-p|--password)(?:=|[ \t]+)["']?([^\s"'\-$][^\s"']{5,}))re",
                  0, Check::kUrlPassword));
  r.back().window_after = 320;
  // Any long option that names a credential (--s3-secret, --db-password, --registry-token).
  r.push_back(Raw("cli_named_secret_flag", "PASSWORD",
                  {"-secret", "-password", "-passwd", "-token", "-access-key", "-api-key"},
                  R"re((?i)(?:^|\s)--[a-z0-9]+(?:-[a-z0-9]+)*-(?:secret|password|passwd|token|secret-key|access-key|api-key)(?:=|[ \t]+)["']?([^\s"'\x60\-$][^\s"'\x60]{5,}))re",
                  0, Check::kUrlPassword));
  r.back().window_before = 64;
  r.back().window_after = 200;
  // A password file's line: htpasswd's "user:$apr1$..." / "user:$2y$..." / "user:{SHA}...", and
  // /etc/shadow's "user:$6$...:19549:0:99999:7:::". The hash cracks offline to the password, and
  // in these files it is the credential; a hash elsewhere (a column of a user table, a test
  // fixture) is left alone.
  r.push_back(Raw("password_file_hash", "PASSWORD_HASH", {":$apr1$", ":$2a$", ":$2b$", ":$2y$", ":$6$", ":$5$", ":$1$", ":$y$", ":{sha}", ":{ssha}"},
                  R"re((?m)^[ \t]*[A-Za-z0-9_.@\-]{1,40}:(\$(?:apr1|2[aby]|1|5|6|y)\$[A-Za-z0-9./$=+\-]{8,200}|\{(?:SHA|SSHA)\}[A-Za-z0-9+/=]{20,100})(?::[^\n]*)?\r?$)re",
                  0, Check::kNone, 0.8f));
  r.back().window_before = 48;
  r.back().window_after = 220;
  // A bare --key flag with a random value (a backup or encryption tool's key on a command line:
  // "run.sh --key FZjsul+7n5hpr6+BZK..."): 20+ characters as random as a key (a file or a name
  // stays).
  r.push_back(Raw("cli_key_flag", "SECRET", {"--key"},
                  R"re((?:^|\s)--key(?:=|[ \t]+)["']?([A-Za-z0-9+/=_\-.~]{20,256})["']?(?:[\s)]|$))re",
                  3.5, Check::kTableSecret, 0.75f));
  r.back().window_before = 4;
  r.back().window_after = 280;
  // Neo4j's NEO4J_AUTH=user/password (docker images read it so).
  r.push_back(Raw("neo4j_auth", "PASSWORD", {"neo4j_auth"},
                  R"re((?i)neo4j_auth["']?[ \t]*[:=][ \t]*["']?[^/\s"']{1,40}/([^\s"']{4,128}))re", 0,
                  Check::kUrlPassword, 0.85f));
  r.back().window_after = 200;
  // An X12 interchange header's password (ISA03 "01" then ISA04) and an EDIFACT UNB's
  // recipient password (after the control reference, with its qualifier).
  r.push_back(Raw("edi_interchange_password", "PASSWORD", {"isa*", "unb+"},
                  R"re(\bISA\*\d\d\*[^*\n]{10}\*01\*([^*\n]*[^* \n][^*\n]*)\*|\bUNB\+[^'\n]{1,200}?\+\d{6}:\d{4}\+[^+'\n]{1,14}\+([^:+'\n]{4,14}):[A-Z0-9]{2}\b)re",
                  0, Check::kNone, 0.8f));
  r.back().window_before = 0;
  r.back().window_after = 200;
  // keytool/jarsigner store and key passwords, each flag on its own (several per command).
  r.push_back(Raw("keytool_pass_flag", "PASSWORD", {"storepass", "keypass"},
                  R"re((?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass)[ \t]+["']?([^\s"'\-][^\s"']{3,}))re",
                  0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  r.back().line_requires = "keytool";
  r.push_back(Raw("jarsigner_pass_flag", "PASSWORD", {"storepass", "keypass"},
                  R"re((?:storepass|keypass)[ \t]+["']?([^\s"'\-][^\s"']{3,}))re",
                  0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  r.back().line_requires = "jarsigner";
  // OpenSSL pass phrase arguments: -passout pass:X, -passin pass:X, -pass pass:X, -k.
  r.push_back(Raw("openssl_pass_arg", "PASSWORD", {"pass:"},
                  R"re(pass:([^\s"']{4,}))re",
                  0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  r.back().line_requires = "openssl";
  // Go's MySQL driver DSN: "user:password@tcp(host:3306)/db", "user:password@unix(/sock)/db".
  r.push_back(Raw("go_mysql_dsn", "DATABASE_PASSWORD", {"@tcp(", "@unix("},
                  R"re(["'\x60][^:"'\x60\s/@]{1,64}:([^@"'\x60\s]{3,128})@(?:tcp|unix)\()re", 0,
                  Check::kUrlPassword));
  r.back().window_before = 200;
  // `openssl enc -aes-256-cbc -k X` (the pass phrase itself after -k).
  r.push_back(Raw("openssl_k_arg", "PASSWORD", {"openssl enc", "openssl aes", "openssl des"},
                  R"re(\bopenssl[ \t]+(?:enc|aes|des)[^\n]{0,120}?[ \t]-k[ \t]+["']?([^\s"'\-$][^\s"']{3,}))re",
                  0, Check::kUrlPassword));
  r.back().window_after = 300;
  // A database's refusal that prints the password it was given: MySQL's "(using password: YES)"
  // as some drivers and wrappers write it, with the value ("using password: Xk9#...").
  r.push_back(Raw("using_password_value", "PASSWORD", {"using password: "},
                  R"re(using password: ([^\s)]{4,}))re", 0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  r.back().window_before = 8;
  r.back().window_after = 140;
  // Registry and tunnel logins that take the token as an argument.
  r.push_back(Raw("cli_login_token", "API_TOKEN",
                  {"cargo login", "add-authtoken", "ngrok authtoken", "npm token", "heroku auth:token"},
                  R"re(\b(?:cargo login|ngrok config add-authtoken|ngrok authtoken)[ \t]+(?:--[a-z\-]+[ \t]+\S+[ \t]+)*["']?([A-Za-z0-9_\-]{20,}))re",
                  3.0, Check::kOpaqueToken));
  r.back().window_before = 24;  // "ngrok config " before the keyword
  // PowerShell: ConvertTo-SecureString "..." -AsPlainText.
  r.push_back(Raw("powershell_securestring", "PASSWORD", {"convertto-securestring"},
                  R"re((?i)ConvertTo-SecureString\s+(?:-String\s+)?["']([^"'\r\n]{4,})["']\s+-AsPlainText)re",
                  0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  // Database connections whose password is a positional argument: Perl DBI->connect(dsn, user,
  // pass), PHP new PDO(dsn, user, pass) and mysqli_connect/new mysqli(host, user, pass, ...).
  r.push_back(Raw("db_connect_positional_password", "PASSWORD", {"dbi->connect", "pdo(", "mysqli"},
                  R"re((?i)(?:DBI->connect|PDO|mysqli_connect|mysqli::__construct|mysqli)\s*\(\s*["'][^"'\r\n]*["']\s*,\s*["'][^"'\r\n]*["']\s*,\s*["']([^"'\r\n]{4,})["'])re",
                  0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  r.back().window_after = 300;
  // Redis clients' AUTH call: red:auth("..."), jedis.auth("..."), client.auth('...').
  r.push_back(Raw("redis_auth_call", "PASSWORD", {":auth(", ".auth("},
                  R"re([.:]auth\(\s*["']([^"'\r\n]{6,})["']\s*\))re", 0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  // Passwords given to command-line tools as arguments (shell history, CI logs, runbooks):
  // each tool's own flag or position, so "-p" or "-w" elsewhere stays.
  r.push_back(Raw("cli_tool_password", "PASSWORD",
                  {"ldapsearch", "ldapadd", "ldapmodify", "ldapdelete", "ldapwhoami", "ldappasswd",
                   "ldapcompare", "ldapmodrdn", "keytool", "jarsigner", "sqlcmd", "bcp", "osql",
                   "isql"},
                  R"re((?i)\b(?:ldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn)\b[^\n]{0,300}?\s(?-i:-w)|(?:keytool|jarsigner)\b[^\n]{0,300}?\s-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass)|(?:sqlcmd|bcp|osql|isql)\b[^\n]{0,300}?\s(?-i:-P)|(?:docker|podman|buildah|skopeo|nerdctl|oras|helm\s+registry|az|cf|oc)\s+login\b[^\n]{0,300}?\s(?:-p|--password))(?:\s+|=)["']?([^\s"'\-][^\s"']{2,}))re",
                  0, Check::kUrlPassword));
  r.back().triggers = {R"re((?i)\b(?:docker|podman|buildah|skopeo|nerdctl|oras|registry|az|cf|oc)[ \t]+login\b)re"};
  r.back().window_before = 320;
  r.back().window_after = 400;
  r.push_back(Raw("cli_user_percent_password", "PASSWORD",
                  {"smbclient", "rpcclient", "smbmap", "smbget", "crackmapexec", "netexec"},
                  R"re((?i)\b(?:smbclient|rpcclient|smbmap|smbget|crackmapexec|netexec)\b[^\n]{0,300}?\s(?:-U|--user(?:name)?)(?:\s+|=)["']?[^%\s"']{1,64}%([^\s"']{3,}))re",
                  0, Check::kUrlPassword));
  r.push_back(Raw("windows_net_use_password", "PASSWORD", {"net use"},
                  R"re((?i)\bnet\s+use\s+(?:[A-Z]:\s+|\*\s+)?\\\\\S+\s+(?:/user:\S+\s+["']?([^\s"'/*][^\s"']{2,})|["']?([^\s"'/*][^\s"']{2,})["']?\s+/user:))re",
                  0, Check::kUrlPassword));
  r.push_back(Raw("cli_positional_password", "PASSWORD", {"htpasswd", "rabbitmqctl"},
                  R"re((?i)\b(?:htpasswd\s+(?:-[A-Za-z]+\s+)*?-[A-Za-z]*b[A-Za-z]*\s+(?:-[A-Za-z]+\s+)*\S+\s+\S+|rabbitmqctl\s+(?:add_user|change_password)\s+\S+)\s+["']?([^\s"']{3,}))re",
                  0, Check::kUrlPassword));
  // `echo 'pw' | docker login --password-stdin`, `echo pw | sudo -S ...`: the piped value.
  r.push_back(Raw("piped_token", "API_TOKEN", {"--with-token"},
                  R"re(\b(?:echo|printf)\s+(?:-[ne]\s+)?["']?([^\s"'|]{6,})["']?\s*\|\s*gh\s+auth\s+login\b[^\n]*--with-token)re",
                  0, Check::kUrlPassword));
  r.back().window_before = 300;
  r.back().window_after = 64;
  r.push_back(Raw("piped_password", "PASSWORD",
                  {"--password-stdin", "sudo -s", "passwd --stdin", "--passwd-on-stdin"},
                  R"re((?i)\b(?:echo|printf(?:\s+'%s\\?n?')?)\s+(?:-[ne]\s+)?["']?([^\s"'|]{3,})["']?\s*\|\s*(?:(?:docker|podman|buildah|nerdctl|oras|helm\s+registry)\s+login\b[^\n]*--password-stdin|sudo\s+(?:-\w+\s+)*-S\b|passwd\s+--stdin\b|(?:sudo\s+(?:-\w+\s+)*)?openconnect\b[^\n]*--passwd-on-stdin))re",
                  0, Check::kUrlPassword));
  r.back().window_before = 400;
  // IPMI's command line: ipmitool -I lanplus -H host -U user -P X.
  r.push_back(Raw("ipmitool_password", "PASSWORD", {"ipmitool"},
                  R"re(\bipmitool\b[^\n]{0,200}?[ \t]-P[ \t]+(?:'([^'\n]+)'|"([^"\n]+)"|([^\s'"]+)))re",
                  0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  r.back().window_after = 300;
  // Postfix's sasl_passwd: "[smtp.example.com]:587 user@example.com:password".
  r.push_back(Raw("postfix_sasl_password", "SMTP_PASSWORD", {"]:587 ", "]:25 ", "]:465 ", "]:2525 "},
                  R"re((?m)^[ \t]*\[[^\]\s]+\]:\d{2,5}[ \t]+[^\s:]+:(\S+)[ \t]*\r?$)re",
                  0, Check::kUrlPassword));
  r.back().window_before = 128;
  r.back().window_after = 200;
  // HAProxy: `stats auth admin:X`, `user ops insecure-password X`.
  r.push_back(Raw("haproxy_password", "PASSWORD", {"stats auth", "insecure-password"},
                  R"re(\b(?:stats[ \t]+auth[ \t]+[^\s:]+:(\S+)|insecure-password[ \t]+(\S+)))re",
                  0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // Apache's SetEnv NAME VALUE (no '='), for a name that says it is a credential.
  r.push_back(Raw("apache_setenv_secret", "PASSWORD", {"setenv"},
                  R"re((?i)\bsetenv(?:if)?[ \t]+([A-Za-z0-9_.\-]*(?:pass|pwd|secret|token|api_?key|private_?key|access_?key|credential)[A-Za-z0-9_.\-]*)[ \t]+(?:"([^"\n]+)"|'([^'\n]+)'|([^\s"']+)))re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 300;
  // A property list's credential: <key>...Password</key> then <string>X</string> (macOS and
  // iOS configuration profiles, launchd jobs, app preferences).
  r.push_back(Raw("plist_secret_string", "PASSWORD", {"</key>"},
                  R"re(<key>([^<>\n]{0,60}(?i:password|passwd|secret|token|api_?key|private_?key|passphrase)[^<>\n]{0,30})</key>\s{0,40}<string>([^<\n]{3,256})</string>)re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().window_before = 100;
  r.back().window_after = 320;
  // `vault operator init` prints the unseal (or recovery) key shares and the root token once.
  r.push_back(Raw("vault_unseal_key", "VAULT_UNSEAL_KEY", {"unseal key", "recovery key"},
                  R"re((?i)\b(?:unseal|recovery)[ \t]+key[ \t]+\d{1,2}[ \t]*:[ \t]*((?-i:[A-Za-z0-9+/]{40,}={0,2}|[0-9a-f]{64})))re",
                  3.5));
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // Cisco IOS keeps a type-0 (plain text) password as written: `username admin privilege 15
  // password 0 X`, `enable password 0 X`, `enable secret 0 X`.
  r.push_back(Raw("cisco_plaintext_password", "PASSWORD", {"username", "enable"},
                  R"re((?m)^[ \t]*(?:username[ \t]+\S+(?:[ \t]+privilege[ \t]+\d{1,2})?[ \t]+(?:password|secret)|enable[ \t]+(?:password|secret)(?:[ \t]+level[ \t]+\d{1,2})?)[ \t]+0[ \t]+(\S{3,}))re",
                  0, Check::kUrlPassword));
  r.back().window_before = 64;
  r.back().window_after = 160;
  // FreeRDP's and Windows' credentials on a command line: xfreerdp /u:X /p:Y, cmdkey /pass:Y,
  // net use \\host\share Y /user:X.
  r.push_back(Raw("rdp_password_flag", "PASSWORD", {"/p:", "/pass:"},
                  R"re((?i)\b(?:[a-z]*freerdp3?|cmdkey)\b[^\n]*?[ \t]/(?:p|pass):(?:'([^'\n]+)'|"([^"\n]+)"|([^\s'"]+)))re",
                  0, Check::kUrlPassword));
  r.back().window_before = 300;
  r.back().window_after = 120;
  // An OpenVPN credentials file written from a shell: printf 'user\npass\n' > auth.txt.
  r.push_back(Raw("openvpn_auth_file", "PASSWORD", {"printf"},
                  R"re(\bprintf[ \t]+(?:'[^'\\\n]+\\n([^'\\\n]+)\\n?'|"[^"\\\n]+\\n([^"\\\n]+)\\n?")[ \t]*>>?[ \t]*\S*(?i:auth|cred|pass|vpn|login)\S*)re",
                  0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  r.back().window_after = 300;
  // strongSwan's ipsec.secrets: `user : EAP "pw"`, `: XAUTH "pw"`, `%any : PSK "key"`.
  r.push_back(Raw("ipsec_secrets_entry", "PASSWORD", {": eap ", ": xauth ", ": psk ", ": ntlm "},
                  R"re((?m)^[^\n:#]{0,120}:[ \t]*(?:EAP|XAUTH|PSK|NTLM)[ \t]+(?:"([^"\n]+)"|'([^'\n]+)'|(0x[0-9a-fA-F]+|0s[A-Za-z0-9+/=]+)))re",
                  0, Check::kUrlPassword));
  r.back().window_before = 128;
  r.back().window_after = 200;
  // MikroTik's wireless security profiles: wpa2-pre-shared-key="...".
  r.push_back(Raw("mikrotik_wpa_key", "WIFI_PSK", {"pre-shared-key="},
                  R"re(\bwpa2?-pre-shared-key=(?:"([^"\n]+)"|([^\s"]+)))re", 0, Check::kUrlPassword));
  r.back().window_before = 16;
  r.back().window_after = 160;
  // `kubectl create secret generic x --from-literal=KEY=VALUE`: every literal of a secret.
  r.push_back(Raw("kubectl_secret_literal", "KUBERNETES_SECRET", {"--from-literal"},
                  R"re(--from-literal[= ]["']?[A-Za-z0-9_.\-]+=["']?([^\s"']{3,}))re", 0,
                  Check::kUrlPassword));
  r.back().line_requires = "create secret";
  {
    // Literals that name an account or a place, not a credential (--from-literal=username=app).
    AllowlistSpec names;
    names.target = AllowlistSpec::Target::kMatch;
    names.regexes = {R"re((?i)--from-literal[= ]["']?(?:user(?:_?name)?|login|email|host(?:name)?|port|db|database|db_?name|namespace|region|url|endpoint)=)re"};
    r.back().allowlists.push_back(std::move(names));
  }
  r.push_back(Raw("mysql_cli_password", "PASSWORD", {"mysql", "sshpass"},
                  R"re((?i)\b(?:mysql(?:dump|admin)?\b[^\n]{0,}?\s-p|sshpass\s+-p\s*)["']?([^\s"']{3,}))re",
                  0, Check::kUrlPassword));
  r.push_back(Raw("curl_user_password", "PASSWORD", {"curl"},
                  R"re((?i)\bcurl\b[^\n]{0,}?\s(?:-[A-Za-z]*u|--user)\s*["']?[^:\s"']{1,64}:([^\s"']{3,}))re",
                  0, Check::kUrlPassword));
  // Oracle's user/password@service (JDBC thin URLs, sqlplus, expdp/impdp, rman).
  r.push_back(Raw("oracle_user_password", "PASSWORD",
                  {"jdbc:oracle:", "sqlplus", "expdp", "impdp", "rman target", "sqlldr"},
                  R"re((?i)(?:jdbc:oracle:(?:thin|oci):|\b(?:sqlplus|expdp|impdp|rman\s+target|sqlldr)\s+(?:-[sSlL]\s+)*(?:userid=)?)["']?[A-Za-z0-9_$#.]{1,64}/(?:"([^"\s]{3,})"|([^\s@/"']{3,}))(?:@|\s|$))re",
                  0, Check::kUrlPassword));
  // A compound option named for what it holds: --smtp-pass 'X', --db-password=X, --admin-token X.
  r.push_back(Raw("cli_compound_password_flag", "PASSWORD", {"-pass", "-pw", "-token", "-secret"},
                  R"re((?i)(?:^|\s)--[a-z0-9]+(?:-[a-z0-9]+)*-(?:password|passwd|pass|pw|pwd|token|secret)(?:=|[ \t]+)["']?([^\s"'\x60\-$<{%][^\s"'\x60]{3,}))re",
                  0, Check::kUrlPassword));
  // A configuration directive named for a password, its value after blanks, alone to the line's
  // end (Apache's AuthLDAPBindPassword "X", a daemon's BindPassword X): a value with a digit or
  // a symbol ("yes", "builtin" and paths are settings, not passwords).
  r.push_back(Raw("config_directive_password", "PASSWORD",
                  {"password", "passwd", "secret", "passphrase"},
                  R"re((?m)^[ \t]*[A-Za-z][A-Za-z0-9]{0,40}(?:Password|Passwd|Secret|PassPhrase|Passphrase)[ \t]+"?([^\s"'/$%{<]*[0-9!@#^&*+=~?_\-][^\s"']*)"?[ \t]*\r?$)re",
                  0, Check::kUrlPassword));
  r.back().gate = Gate::kMixedValueFollows;
  r.back().window_before = 48;
  r.back().window_after = 96;
  // A user's password set in an image or a script: echo "user:X" | chpasswd.
  r.push_back(Raw("chpasswd_password", "PASSWORD", {"chpasswd"},
                  R"re(\b(?:echo|printf)\s+(?:-[ne]\s+)?["']?[A-Za-z0-9_.\-]{1,32}:([^\s"':|]{3,})["']?\s*\|\s*(?:sudo\s+)?chpasswd\b)re",
                  0, Check::kUrlPassword));
  r.back().window_before = 300;
  r.back().window_after = 32;
  // The default of an environment lookup for a password: os.environ.get("EMAIL_PW", "X"),
  // os.getenv("DB_PASSWORD", "X"), ENV.fetch("API_TOKEN", "X"); with a digit or a symbol in it
  // ("none", "changeme" are placeholders).
  r.push_back(Raw("env_default_password", "PASSWORD", {"environ.get", "getenv", "env.fetch"},
                  R"re((?i)\b(?:os\.environ\.get|os\.getenv|getenv|ENV\.fetch)\(\s*["'][A-Z0-9_]*(?:PASSWORD|PASSWD|PASS|PW|PWD|SECRET|TOKEN|API_KEY|APIKEY)[A-Z0-9_]*["']\s*,\s*["']([^"'\s]{2,}[0-9!@#^&*+=~?_\-][^"'\s]*|[0-9!@#^&*+=~?_\-][^"'\s]{3,})["'])re",
                  0, Check::kUrlPassword));
  // redis.conf / sentinel: requirepass and masterauth take the password as their argument.
  r.push_back(Raw("redis_conf_password", "PASSWORD", {"requirepass", "masterauth"},
                  R"re((?i)\b(?:requirepass|masterauth|sentinel\s+auth-pass\s+\S+)(?:\s+|["']\s*,\s*)["']?([^\s"']{3,}))re",
                  0, Check::kUrlPassword));
  // Java/.NET XML configuration: <property name="...password">value</property>,
  // <add key="wachtwoord" value="..."/> (the password's word in other languages too),
  // <param name="db.password" value="..."/>, <entry key="...secret">...</entry>, Tomcat's
  // <Environment name="ldap/bindPassword" value="..."/>.
  r.push_back(Raw("xml_named_property_secret", "PASSWORD",
                  {"<property", "<param", "<entry", "<setting", "<add ", "<attribute", "<var ", "<env ",
                   "<environment "},
                  R"re((?i)<(?:property|param|parameter|entry|setting|add|attribute|var|env|environment)\s[^<>]{0,120}?\b(?:name|key)\s*=\s*["']([^"']{0,60}(?:password|passwd|secret|token|api[_.\-]?key|[/._\-]pass\b|[/._\-]pwd\b|passwort|kennwort|wachtwoord|contrase(?:ñ|n)a|senha|has(?:ł|l)o|mot[_ ]?de[_ ]?passe|mat[_ ]?khau|密(?:码|碼)|비밀번호|пароль|parola|heslo|salasana|l(?:ö|o)senord|(?:ş|s)ifre|jelsz(?:ó|o))[^"']{0,30})["'](?:[^<>]{0,120}?\bvalue\s*=\s*["']([^"']{4,})["']|\s*>([^<\s]{4,})<))re",
                  0, Check::kGenericPassword, 0.7f));
  r.back().window_before = 4;
  r.back().window_after = 400;
  // Session cookies: a session-bearing cookie (session ids, auth/access/refresh tokens, JWTs,
  // __Secure-/__Host- cookies) in a Cookie or Set-Cookie header, curl's --cookie/-b argument
  // or a HAR header entry. Analytics and CSRF cookies are not credentials and are not named.
  r.push_back(Raw("session_cookie", "SESSION_COOKIE", {"cookie"},
                  R"re((?i)cookie\b(?:["']?\s*[:=]|\s|"\s*,\s*"value"\s*:)\s*["']?[^\r\n]{0,400}?(?:^|[\s;"'])(?:(?:[a-z0-9_.\-]*[_.\-])?(?:session(?:[_\-]?(?:id|token|key))?|sess(?:id)?|sid|auth[_\-]?token|access[_\-]?token|refresh[_\-]?token|id[_\-]token|remember[_\-](?:user[_\-])?token|remember[_\-]me|jwt)|phpsessid|jsessionid|asp\.net_sessionid|__(?:secure|host)-[a-z0-9_.\-]+)=([A-Za-z0-9%._~+/\-]{16,}={0,2}))re",
                  3.0));
  r.back().window_before = 4;
  r.back().window_after = 1024;
  r.push_back(Raw("har_session_cookie", "SESSION_COOKIE", {"\"cookies\""},
                  R"re((?is)"cookies"\s*:\s*\[[^\]]{0,1000}?"name"\s*:\s*"(?:(?:[a-z0-9_.\-]*[_.\-])?(?:session(?:[_\-]?(?:id|token|key))?|sess(?:id)?|sid|auth[_\-]?token|access[_\-]?token|refresh[_\-]?token|jwt)|phpsessid|jsessionid|__(?:secure|host)-[a-z0-9_.\-]+)"\s*,\s*"value"\s*:\s*"([A-Za-z0-9%._~+/\-]{16,}={0,2})")re",
                  3.0));
  r.back().window_before = 4;
  r.back().window_after = 4096;
  // Pre-signed object-storage URLs: the signature grants access until the URL expires.
  r.push_back(Raw("aws_presigned_signature", "PRESIGNED_URL_SIGNATURE", {"x-amz-signature="},
                  R"re((?i)(?:[?&;]|\\u0026|&amp;)X-Amz-Signature=([0-9a-f]{64})\b)re", 3.0));
  r.push_back(Raw("gcs_signed_url_signature", "PRESIGNED_URL_SIGNATURE", {"x-goog-signature="},
                  R"re((?i)(?:[?&;]|\\u0026|&amp;)X-Goog-Signature=([0-9a-f]{128,}))re", 3.0));
  // Rails credentials: config/master.key's 32 hex digits printed or written, RAILS_MASTER_KEY.
  r.push_back(Ctx("rails_master_key_named", "RAILS_MASTER_KEY", {"rails.master", "railsmaster"},
                  R"re(rails\.?master\.?key)re", R"re([0-9a-f]{32})re", 3.0));
  r.push_back(Raw("rails_master_key", "RAILS_MASTER_KEY", {"master.key", "rails_master_key"},
                  R"re((?i)(?:master\.key\b["'\x60]?[^\S\n]*(?:\r?\n[^\S\n]*(?:(?:#|//|;|>|--)[^\S\n]*)?)|rails_master_key["']?(?:[^\S\n]+[^\n:=]{0,40}?)?\s*(?:=|:|=>)\s*["']?|echo\s+["']?)([0-9a-f]{32})\b)re",
                  3.0));
  r.back().window_before = 64;
  r.back().window_after = 128;
  // The AWS CLI's own setter: aws configure set aws_secret_access_key VALUE (also the session
  // token), space-separated, so the assignment rules do not see it.
  r.push_back(Raw("aws_configure_set", "AWS_SECRET_KEY", {"configure set"},
                  R"re(\baws\s+configure\s+set\s+(?:[A-Za-z0-9_.\-]+\.)?(?:aws_secret_access_key|aws_session_token)\s+["']?([A-Za-z0-9/+=]{40,}))re",
                  4.0));
  r.back().window_before = 32;
  r.back().window_after = 2048;
  // An HTTP client's request collection (Postman, Insomnia, Bruno exports): a header entry named
  // for a key or token, or the collection's bearer auth, with its value. {{variables}} stay.
  r.push_back(Raw("collection_header_secret", "API_KEY", {"\"key\"", "name:"},
                  R"re((?i)(?:"key"\s*:\s*"|\bname:\s*["']?)(?:x-[a-z0-9\-]*(?:key|token|secret)|api[_\-]?key|apikey|authorization|private-token|ocp-apim-subscription-key|token)["']?\s*,?\s*(?:"value"\s*:\s*"|\r?\n\s*value:\s*["']?)(?:bearer\s+|token\s+)?([A-Za-z0-9._~+/=\-]{12,}))re",
                  3.0, Check::kOpaqueToken, 0.9f));
  r.back().window_before = 8;
  r.back().window_after = 400;
  // An HTTP header whose name says it carries a key, token or secret: X-Key, X-Service-Token,
  // Ocp-Apim-Subscription-Key (curl -H, code adding default headers, logs).
  r.push_back(Raw("named_key_header", "API_KEY", {"-key", "-token", "-secret", "-auth"},
                  R"re((?i)\b(?:x-(?:[a-z0-9]+-){0,3}(?:key|token|secret|auth)|ocp-apim-subscription-key)["']?\s*(?::|",)\s*["']?([A-Za-z0-9._~+/=\-]{16,}))re",
                  3.5, Check::kOpaqueToken, 0.9f));
  r.back().window_before = 4;
  r.back().window_after = 256;
  // SQL that hashes a literal password on insert: crypt('...', gen_salt('bf')) (pgcrypto).
  r.push_back(Raw("sql_crypt_password", "PASSWORD", {"gen_salt"},
                  R"re((?i)\bcrypt\(\s*'([^'\r\n]{4,})'\s*,\s*gen_salt\()re", 0,
                  Check::kUrlPassword));
  r.back().window_before = 160;
  r.back().window_after = 32;
  // A credential's hard-coded fallback for its environment variable: getenv("DB_PASSWORD",
  // "..."), os.environ.get(...), ENV.fetch(...), process.env.X || "...", env::var(...).unwrap_or.
  r.push_back(Raw("env_fallback_secret", "PASSWORD",
                  {"getenv", "environ.get", "env.fetch", "env.get", "getordefault", "env(", "config(",
                   "get_env("},
                  R"re((?i)\b(?:getenv|environ\.get|env\.fetch|env\.get|getordefault|get_env\(|env\(|config\()\s*\(?\s*["']([A-Z0-9_]*(?:PASSWORD|PASSWD|_PASS|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_KEY|_KEY)[A-Z0-9_]*)["']\s*(?:,|\)\s*\{|\)\s*\?:|\)\s*or\b|\)\s*\|\||\)\s*\?\?)\s*["']([^"'\r\n]{6,})["'])re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().window_before = 64;
  r.back().window_after = 256;
  r.push_back(Raw("env_or_fallback_secret", "PASSWORD", {"process.env."},
                  R"re(process\.env\.([A-Z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY)[A-Z0-9_]*)\s*(?:\|\||\?\?)\s*["'\x60]([^"'\x60\r\n]{6,})["'\x60])re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().window_before = 8;
  r.back().window_after = 256;
  // ~/.netrc: "machine HOST" (or "default") then login/account/port/password tokens in any
  // order, on one line or several.
  r.push_back(Raw("netrc_password", "PASSWORD", {"machine"},
                  R"re(\b(?:machine\s+\S+|default)(?:\s+(?:login|account|port)\s+\S+){0,3}\s+password\s+(\S{3,}))re",
                  0, Check::kUrlPassword));
  r.back().triggers = {R"re((?i)\bdefault\s+(?:login|account|password)\s)re"};
  // ~/.pgpass (PGPASSFILE): hostname:port:database:username:password, one per line, '*' for any
  // field. The host is a name, an address or '*' (not a bare number: "12:30:45:..." is a time).
  r.push_back(Raw("pgpass_password", "PASSWORD", {},
                  R"re((?m)(?:^|["']|[=:] )(?:[A-Za-z0-9_\-]*[A-Za-z.*][A-Za-z0-9._\-]*|\[[0-9A-Fa-f:.]+\]):(?:\d{1,5}|\*):[^:\s,"']+:[^:\s,"']+:((?:\\:|[^\s:"'])+)(?:["']|\r?$))re",
                  0, Check::kUrlPassword));
  // Gated by the port field as a literal (PostgreSQL's and PgBouncer's usual ports, or '*'): a
  // trigger regex with the five fields' repeats cost a quarter of the whole engine's scan time.
  r.back().keywords = {":5432:", ":5433:", ":5434:", ":6432:", ":*:"};
  r.back().window_before = 128;
  r.back().window_after = 512;
  // Gated by triggers: "password" alone is everywhere in prose; the SQL forms put a quote after.
  r.push_back(Raw("sql_password", "PASSWORD", {},
                  R"re((?i)\b(?:(?:alter|create)\s+(?:user|role)\s+"?[A-Za-z0-9_.\-]+"?\s+(?:with\s+)?(?:[a-z]+\s+){0,6}?(?:encrypted\s+)?password|identified\s+by)\s+(?:'([^'\r\n]{3,})'|"([^"\r\n]{3,})"))re",
                  0, Check::kUrlPassword));
  r.back().triggers = {R"re((?i)password\s{1,16}')re", R"re((?i)identified\s{1,16}by\s{1,16}["'])re"};
  r.back().window_before = 160;
  r.back().window_after = 256;
  r.push_back(Raw("redis_auth", "PASSWORD", {"\"auth\""},
                  R"re((?i)"auth"\s+(?:"[^"\r\n]{1,64}"\s+)?"([^"\r\n]{3,})")re", 0, Check::kUrlPassword));
  r.push_back(Raw("redis_cli_password", "PASSWORD", {"redis-cli"},
                  R"re(\bredis-cli\b[^\n]{0,200}?\s(?:-a|--pass)\s+["']?([^\s"']{3,}))re", 0,
                  Check::kUrlPassword));
  r.push_back(Raw("terraform_random_password", "PASSWORD", {"random_password"},
                  R"re((?s)"random_password".{0,1000}?"result"\s*:\s*"([^"\\]{6,})")re", 0,
                  Check::kUrlPassword));
  r.back().window_after = 4096;
  r.push_back(Raw("django_secret_key", "SECRET", {"django-insecure-"},
                  R"re((django-insecure-[A-Za-z0-9!@#$%^&*()_=+\-]{30,}))re", 3.0));
  // Any SDK's constructor given the account SID then the auth token (Client("AC...", "..."),
  // new TwilioRestClient.Builder("AC...", "...")) in code that names Twilio.
  r.push_back(Raw("twilio_sid_then_token", "TWILIO_AUTH_TOKEN", {"twilio"},
                  R"re(\bAC[a-f0-9]{32}["']?\s*,\s*(?:[A-Za-z_][A-Za-z0-9_]{0,30}\s*[:=]\s*)?["']([a-f0-9]{32})["'])re",
                  3.0));
  r.back().window_before = 600;
  r.back().window_after = 600;
  r.push_back(Raw("twilio_require_token", "TWILIO_TOKEN", {"twilio"},
                  R"re(require\(\s*['"]twilio['"]\s*\)\(\s*['"]AC[a-f0-9]{32}['"]\s*,\s*['"]([a-f0-9]{32})['"])re",
                  3.0));
  r.push_back(Raw("backblaze_application_key", "BACKBLAZE_KEY", {"k00"},
                  R"re([^A-Za-z0-9+/](K00[0-9][A-Za-z0-9+/]{27})(?:[^A-Za-z0-9+/=]|$))re", 3.5));
  r.push_back(Raw("labelled_storage_key", "AZURE_STORAGE_KEY", {"key"},
                  R"re((?i)\bkey\b["']?\s*[:=]\s*["']?([A-Za-z0-9+/]{86}==))re", 4.0));
  r.back().window_before = 8;  // "key" is common: keep its windows small
  r.back().window_after = 128;
  r.back().gate = Gate::kSeparatorFollows;
  r.back().starts_at_keyword = true;  // the regex opens with its keyword
  // `az storage account keys list` prints the account's keys (88 characters of base64) as a
  // table, TSV or JSON: the values that follow the command.
  r.push_back(Raw("azure_cli_storage_keys", "AZURE_STORAGE_KEY", {"storage account keys list"},
                  R"re((?s)storage account keys list.{0,1000}?(?:^|[^A-Za-z0-9+/])([A-Za-z0-9+/]{86}==))re",
                  4.0));
  r.back().starts_at_keyword = true;
  r.back().window_after = 1200;
  // `az storage account keys list -o table`: key1/key2, FULL or READ, the key.
  r.push_back(Raw("azure_storage_key_table", "AZURE_STORAGE_KEY", {"key1", "key2"},
                  R"re(key[12][ \t]+(?:FULL|Full|READ|Read)[ \t]+([A-Za-z0-9+/]{86}==))re", 4.0));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // Hadoop/Spark ABFS and WASB account keys: fs.azure.account.key.<account>... then the key.
  r.push_back(Raw("hadoop_azure_account_key", "AZURE_STORAGE_KEY", {"fs.azure.account.key"},
                  R"re(fs\.azure\.account\.key[^"'\s<]*["']?\s*(?:,|=|:|</name>\s*<value>)\s*["']?([A-Za-z0-9+/]{86}==))re",
                  4.0));
  r.back().starts_at_keyword = true;
  r.back().window_after = 300;
  // RabbitMQ/Erlang distribution cookies: 20 upper-case letters as generated.
  r.push_back(Ctx("erlang_cookie", "ERLANG_COOKIE", {"erlang_cookie", "erlang.cookie", "erlangcookie"},
                  R"re(erlang[_.]?cookie)re", R"re([A-Z]{20}|[A-Za-z0-9]{20,64})re", 3.0));
  // `kubectl get secret ... | base64 -d` (or --decode): the decoded value printed next.
  r.push_back(Raw("kubectl_decoded_secret", "KUBERNETES_SECRET", {"| base64", "|base64", "base64 -d", "base64 --decode"},
                  R"re(get\s+secrets?\b[^\n]{0,200}?\|\s*base64\s+(?:-d|--decode)\b[^\n]*\r?\n[ \t]*([^\s$#][^\s]{7,200})\r?(?:\n|$))re",
                  0, Check::kProsePassword));
  r.back().window_before = 300;
  r.back().window_after = 300;
  // Incoming-webhook URLs whose path is the credential (Mattermost, Rocket.Chat and their
  // kin): /hooks/<id> or /hooks/<id>/<token>.
  r.push_back(Raw("chat_incoming_webhook", "WEBHOOK_TOKEN", {"/hooks/"},
                  R"re(/hooks/([A-Za-z0-9]{17,32}/[A-Za-z0-9]{24,64}|[a-z0-9]{26})(?:[^A-Za-z0-9/]|$))re", 3.5));
  r.back().starts_at_keyword = true;
  // TOTP seeds: otpauth:// URIs' secret parameter, and base32 seeds labelled as MFA/2FA/TOTP
  // enrolment or setup codes.
  r.push_back(Raw("otpauth_secret", "TOTP_SECRET", {"otpauth://"},
                  R"re(otpauth://[th]otp/[^\s?"']*\?(?:[^\s"'#]*&)?secret=([A-Za-z2-7]{16,128}))re", 0));
  r.back().starts_at_keyword = true;
  r.back().window_after = 400;
  r.push_back(Raw("totp_seed_label", "TOTP_SECRET", {"mfa", "2fa", "totp", "authenticator", "otp"},
                  R"re((?i)(?:mfa|2fa|totp|otp|authenticator)(?:\b|_)[^\n:=]*?(?:seed|secret|code|key|setup|enrol(?:l)?ment)[^\n:=]*?[:=][ \t]*[\x60'"]?((?-i:[A-Z2-7]{16,64}))(?:[^A-Za-z0-9]|$))re",
                  3.0));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // Tailscale auth/API/OAuth client keys; Adyen API keys (AQE..., then "-" segments).
  r.push_back(Tok("tailscale_key", "TAILSCALE_KEY", {"tskey-"},
                  R"re(tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,}-[A-Za-z0-9]{16,})re", 3.5));
  r.push_back(Tok("adyen_api_key_shape", "ADYEN_API_KEY", {"aqe"},
                  R"re(AQE[A-Za-z0-9+/]{60,}={0,2}-[A-Za-z0-9+/=\-]{8,})re", 4.0));
  // lftp -u user,password; sshd "Invalid user X" where X is a password typed at the login
  // prompt (random-looking: three classes, or 16+ random characters).
  r.push_back(Raw("lftp_user_password", "PASSWORD", {"lftp"},
                  R"re(lftp\b[^\n]*?\s-u\s+["']?[^,\s"']+,([^\s"']{4,}))re", 0, Check::kUrlPassword));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  r.push_back(Raw("sshd_password_as_user", "PASSWORD", {"invalid user "},
                  R"re((?i)Invalid user (\S{8,64}) from )re", 0, Check::kTableSecret));
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // Credentials in a chat or a list, slash-separated after a label: "Shared Figma login:
  // design@acme.example / X", "Wi-Fi: `ACME-Staff` / `X`", "prod db: host / user / X",
  // "admin login for grafana is admin / X", "login admin / X", "the break-glass account
  // (`breakglass` / `X`)".
  r.push_back(Raw("slash_separated_credentials", "PASSWORD",
                  {"login", "creds", "credentials", "wi-fi", "wifi", "wi\xe2\x80\x91" "fi", "admin ui", "web ui", "ui:", "panel:", "console:", "portal:", "dashboard:", "db:", "database:", "account",
                   "ftp:", "sftp:", "ssh:", "smb:", "rdp:", "vnc:", "mysql:", "postgres:", "router",
                   "admin:", "bastion:", "vpn", "ipmi", "idrac", "nas ", "nvr", "bmc", "zugang",
                   "acceso", "accesso", "acesso", "acc\xc3\xa8s", "toegang", "tilgang", "adgang",
                   "intranet", "extranet", "sso:", "webmail", "e-mail:", "email:", "wiki:", "jira:",
                   "crm:", "erp:", "laptop", "workstation",
                   "\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf", "dost\xc4\x99p", "p\xc5\x99\xc3\xadstup",
                   "hozz\xc3\xa1" "f\xc3\xa9r\xc3\xa9s", "eri\xc5\x9fim", "bind:", "mailbox", "postfach",
                   "giri\xc5\x9f", "data room", "dataroom", "anmeldung", "connexion", "accesso:",
                   "identifiants", "credenciales", "credenziali", "inloggegevens", "zugangsdaten",
                   "dane logowania", "inloggningsuppgifter"},
                  R"re((?i)(?:(?:login|creds|credentials|identifiants|credenciales|credenziali|inloggegevens|zugangsdaten|dane[ \t]+logowania|inloggningsuppgifter|wi(?:-|\xe2\x80[\x90\x91])?fi|(?:admin|web)[ \t]+ui|ui|panel|console|portal|dashboard|db|database|account|s?ftp|ssh|smb|rdp|vnc|mysql|postgres|router[\w-]*|admin|bastion|vpn|ipmi|idrac|nas|nvr|bmc|zugang|acceso|accesso|acesso|toegang|tilgang|adgang|mailbox|postfach|bind|intranet|extranet|sso|webmail|e-?mail|wiki|jira|crm|erp|laptop|workstation)\b[^\n/]*?(?::|\bis|\()|(?:acc\xc3\xa8s|\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf|dost\xc4\x99p|p\xc5\x99\xc3\xadstup|hozz\xc3\xa1f\xc3\xa9r\xc3\xa9s|eri\xc5\x9fim|giri\xc5\x9f|anmeldung|connexion)[^\n/]*?(?::|\()|data[ \t]?room[^\n/]*?(?::|\bis|\()|login|\b(?:ipmi|idrac|bmc|nas|nvr)[ \t]+[^\s/]+)(?:[ \t]*https?://[^\s]+[ \t]+(?:\xe2\x80[\x93\x94]|-|\|))?[ \t]*[\x60'"]?[^\s/\x60'"]+[\x60'"]?[ \t]+/[ \t]+(?:[\x60'"]?[^\s/\x60'"]+[\x60'"]?[ \t]+/[ \t]+)?[\x60'"*]*([^\s\x60'"*][^\s\x60'"]*[^\s\x60'"*.,;:?)]))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // A password written into a file named for it: `echo 'X' > ~/.vault_pass`, `printf '%s' X >
  // .pgpass`, `echo X >> secrets/db_password.txt` (shell history, runbooks, CI scripts).
  r.push_back(Raw("echo_into_secret_file", "PASSWORD", {},
                  R"re((?:echo(?:[ \t]+-[neE]+)?|printf(?:[ \t]+'%s\\?n?')?)[ \t]+(?:'([^'\s]{6,128})'|"([^"\s$`]{6,128})"|([^\s'"$`|;&<>]{6,128}))[ \t]*>{1,2}[ \t]*[^\s;|&]*(?i:vault[_-]?pass|pass(?:word|wd)?|secret|token|\.pgpass|\.netrc|credential|api[_-]?key)[^\s;|&]*)re",
                  0, Check::kTableSecret, 0.8f));
  // Gated by a trigger: "echo" and "printf" are everywhere in scripts.
  r.back().triggers = {R"re((?:echo|printf)[^\n|;&]{1,140}>{1,2}[ \t]*[^\s;|&]*(?i:pass|secret|token|credential|netrc|api[_-]?key))re"};
  r.back().window_before = 0;
  r.back().window_after = 300;
  // A password typed at zsh's prompt by mistake, a history line of one token ("...;1995Malysh+"):
  // a timestamped entry (EXTENDED_HISTORY) that is no command, path, file name or option, and
  // looks like a password (IsPlausibleTableSecret: three classes or long and random).
  r.push_back(Raw("zsh_history_password", "PASSWORD", {},
                  R"re((?m)^: 1\d{8,10}:\d+;([^\s;|&<>'"\x60$/=._\-\\][^\s;|&<>'"\x60$/=.\\]{5,39})$)re",
                  0, Check::kTableSecret, 0.8f));
  r.back().triggers = {R"re((?m)^: 1[0-9]{8,10}:[0-9]+;)re"};  // not ": 1", frequent in JSON
  r.back().window_before = 0;
  r.back().window_after = 80;
  // A CloudFormation parameter its template hides (NoEcho: true): its Default is the secret.
  r.push_back(Raw("cloudformation_noecho_default", "PASSWORD", {"noecho"},
                  R"re((?i)NoEcho:[ \t]*["']?true["']?[ \t]*\r?\n(?:[ \t]+[A-Za-z]+:[^\n]*\r?\n){0,4}?[ \t]+Default:[ \t]*["']?([^\s"'#]{6,128})|Default:[ \t]*["']?([^\s"'#]{6,128})["']?[ \t]*\r?\n(?:[ \t]+[A-Za-z]+:[^\n]*\r?\n){0,4}?[ \t]+NoEcho:[ \t]*["']?true)re",
                  0, Check::kTableSecret, 0.85f));
  r.back().window_before = 400;
  r.back().window_after = 400;
  // A Terraform variable its author marked sensitive, with a literal default: the variable's
  // name decides as a key's does (a tenant's UUID or a request id stays).
  r.push_back(Raw("terraform_sensitive_default", "SECRET", {"sensitive"},
                  R"re(variable[ \t]+"([^"\n]{1,64})"[ \t]*\{[^{}]{0,300}?(?:sensitive[ \t]*=[ \t]*true[^{}]{0,300}?default[ \t]*=[ \t]*"([^"\s$]{6,512})"|default[ \t]*=[ \t]*"([^"\s$]{6,512})"[^{}]{0,300}?sensitive[ \t]*=[ \t]*true))re",
                  0, Check::kGenericSecret, 0.85f));
  r.back().window_before = 400;
  r.back().window_after = 400;
  // Oracle's EZConnect and sqlplus logins: user/password@//host:port/service.
  r.push_back(Raw("oracle_ezconnect_password", "PASSWORD", {"@//"},
                  R"re((?:^|[\s=:"'\x60(,])[A-Za-z_][\w$#]{0,30}/([^\s/@'"\x60]{4,64})@//[A-Za-z0-9][\w.\-]*)re",
                  0, Check::kUrlPassword, 0.85f));
  r.back().window_before = 120;
  r.back().window_after = 8;
  // `vault kv get` prints a secret's fields as a table under "Key  Value": a field whose name
  // names a credential holds one (the key decides as an assignment's does).
  r.push_back(Raw("vault_kv_table", "SECRET", {},
                  R"re((?m)^([A-Za-z][\w.\-]{0,40}(?i:pass|pwd|secret|token|key|cred|auth|dsn|psk|hmac)[\w.\-]{0,30})[ \t]{2,}([^\s]{6,512})[ \t]*$)re",
                  0, Check::kGenericSecret, 0.8f));
  r.back().triggers = {R"re((?m)^Key[ \t]+Value\r?\n-{3}[ \t]+-{5})re"};
  r.back().window_before = 0;
  r.back().window_after = 8192;
  // Composer's auth.json: "bearer": {"host": "TOKEN"}; "http-basic": {"host": {"username":
  // ..., "password": ...}} is read by the password rules.
  r.push_back(Raw("composer_bearer_token", "SECRET", {"\"bearer\""},
                  R"re("bearer"\s*:\s*\{(?:\s*"[^"\n]{1,200}"\s*:\s*"([^"\s]{16,512})"\s*,?)+)re",
                  0, Check::kOpaqueToken, 0.85f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 1200;
  // A token passed to an HTTP client builder's bearer or token call: `.bearer("...")`,
  // `.bearer_auth("...")`, `.withToken('...')`, `setBearerToken("...")`.
  r.push_back(Raw("client_builder_token", "SECRET", {},
                  R"re((?:\.|\b)(?:bearer(?:_auth|Auth)?|with_?[Tt]oken|set_?[Bb]earer_?[Tt]oken|set_?[Tt]oken|set_?[Aa]pi_?[Kk]ey|api_?[Kk]ey|token)\(\s*["']([^"'\s]{16,512})["']\s*\))re",
                  0, Check::kOpaqueToken, 0.8f));
  r.back().triggers = {R"re((?:bearer(?:_auth|Auth)?|[Tt]oken|[Kk]ey)\([ \t]*["'])re"};
  r.back().window_before = 64;
  r.back().window_after = 600;
  // A Windows registry export's password values: "Password"=hex:e8,96,... (TightVNC, UltraVNC
  // keep the obfuscated password so; reversible) and "ProxyPassword"="X", "PWD"="X".
  r.push_back(Raw("registry_password_value", "PASSWORD", {"\"=hex:", "\"=\""},
                  R"re((?im)^"([^"\n]{0,40}(?:password|passwd|pwd|passphrase|secret|token)[^"\n]{0,20})"=(?:hex:([0-9a-f]{2}(?:,[0-9a-f]{2}){3,63})|"([^"\n]{4,256})"))re",
                  0, Check::kGenericPassword, 0.85f));
  r.back().window_before = 120;
  r.back().window_after = 400;
  // Windows `net use \\host\share /user:DOMAIN\name PASSWORD` and `htpasswd -b file user PASSWORD`.
  r.push_back(Raw("net_use_password", "PASSWORD", {"net use"},
                  R"re((?i)\bnet\s+use\s+(?:[A-Z]:\s+)?\\\\\S+\s+/user:\S+\s+([^\s/"'][^\s"']{3,127}))re",
                  0, Check::kProsePassword, 0.85f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 300;
  r.push_back(Raw("htpasswd_batch_password", "PASSWORD", {"htpasswd"},
                  R"re(\bhtpasswd\s+(?:-[a-zA-Z]*b[a-zA-Z]*\s+)(?:-[a-zA-Z]+\s+)*\S+\s+\S+\s+(?:'([^'\s]{4,128})'|"([^"\s$]{4,128})"|([^\s'"$|;&]{4,128})))re",
                  2.0, Check::kNone, 0.85f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 300;
  // Cisco `snmp-server community X RO|RW`.
  r.push_back(Raw("cisco_snmp_community", "PASSWORD", {"snmp-server community"},
                  R"re(\bsnmp-server\s+community\s+(\S{4,64})\s+(?:RO|RW|ro|rw)\b)re", 0, Check::kNone, 0.85f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A reset's new password told back: "Reset done, new one: X", "password reset, the new
  // password is X".
  r.push_back(Raw("reset_new_password", "PASSWORD", {},
                  R"re((?i)\breset\b[^\n]{0,40}?\bnew\s+(?:one|password|pw|pass|temp(?:orary)?\s+password)\s*(?:is\s*)?[:=]?[ \t]+["'\x60]?([^\s"'\x60]*[^\s"'\x60.,;:?)\]]))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().triggers = {R"re((?i)\breset\b[^\n]{0,40}\bnew[ \t]+(?:one|password|pw|pass|temp))re"};
  r.back().window_before = 0;
  r.back().window_after = 160;
  // A wi-fi password written right after "wifi" with no separator ("Hostel wifi Bjork!555"):
  // it must look like a password (three classes).
  r.push_back(Raw("wifi_bare_password", "PASSWORD", {},
                  R"re((?i:\bwi-?fi)[ \t]+([^\s"'\x60/]*[A-Z!@#$%^&*+=?~_][^\s"'\x60/]*[^\s"'\x60.,;:?)\]/])[ \t]*(?:$|\n))re",
                  0, Check::kTableSecret, 0.75f));
  r.back().triggers = {R"re((?i)\bwi-?fi[ \t]+[^\s"'`/]{0,40}[A-Z!@#$%^&*+=?~_])re"};
  r.back().window_before = 0;
  r.back().window_after = 80;
  // `netsh wlan show profile name=X key=clear` prints the saved Wi-Fi key as "Key Content : X"
  // (German "Schlüsselinhalt", French "Contenu de la clé", Spanish "Contenido de la clave").
  r.push_back(Raw("netsh_wlan_key_content", "PASSWORD",
                  {"key content", "schl\xc3\xbcsselinhalt", "contenu de la cl", "contenido de la clave",
                   "conte\xc3\xba" "do da chave", "contenuto chiave"},
                  R"re((?im)(?:key[ \t]+content|schl(?:ü|ue)sselinhalt|contenu[ \t]+de[ \t]+la[ \t]+cl(?:é|e)|contenido[ \t]+de[ \t]+la[ \t]+clave|conte(?:ú|u)do[ \t]+da[ \t]+chave|contenuto[ \t]+chiave)[ \t]*:[ \t]*(\S(?:[^\r\n]*\S)?)[ \t]*\r?$)re",
                  0, Check::kNone, 0.9f));
  r.back().window_before = 0;
  r.back().window_after = 120;
  // An archive's password on the command line: `7z a -pSECRET x.7z`, `zip -P SECRET`, `unzip -P
  // SECRET`, `rar a -pSECRET`.
  r.push_back(Raw("archive_password_arg", "PASSWORD", {"7z", "7za", "zip -", "rar a"},
                  R"re(\b(?:7z|7za|7zr|7z\.exe|rar|unrar)[ \t]+[a-z][^\n|;&]*?[ \t]-p([^\s"'\-][^\s"']{3,63})(?:\s|$)|\b(?:zip|unzip)[ \t][^\n|;&]*?[ \t]-P[ \t]+["']?([^\s"']{4,64}))re",
                  0, Check::kProsePassword, 0.85f));
  r.back().window_before = 8;
  r.back().window_after = 200;
  // A WireGuard private key printed by `cat privatekey` or `wg genkey` on the next line.
  r.push_back(Raw("wireguard_key_printed", "PRIVATE_KEY", {"privatekey", "wg genkey"},
                  R"re((?:cat[ \t]+\S*private_?key\S*|wg[ \t]+genkey(?:[ \t]*\|[ \t]*tee[ \t]+\S+)?)[ \t]*\r?\n([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?:\s|$))re",
                  0, Check::kNone, 0.9f));
  r.back().window_before = 40;
  r.back().window_after = 140;
  // An Ethereum private key (0x and 64 hex) named as a key or a deployer's: a transaction hash
  // has the same shape but no such name.
  r.push_back(Raw("ethereum_private_key_named", "PRIVATE_KEY",
                  {"private key", "private_key", "private-key", "privatekey", "priv key", "deployer", "signer key", "wallet key"},
                  R"re((?i)(?:priv(?:ate)?[ _\-]?key|deployer(?:[ _\-]?key)?|signer[ _\-]?key|wallet[ _\-]?key)[^\n]{0,24}?(?:[:=]|\bis)[ \t"'\x60]*(0x[0-9a-fA-F]{64})\b)re",
                  0, Check::kNone, 0.9f));
  r.back().window_before = 0;
  r.back().window_after = 120;
  // Cisco IOS: a type 7 password (reversible: as good as the password), RADIUS and TACACS+
  // keys and an IKE pre-shared key.
  r.push_back(Raw("cisco_type7_password", "PASSWORD", {"password 7", "key 7", "secret 7"},
                  R"re(\b(?:password|key|secret)[ \t]+7[ \t]+([0-9A-F]{4,64})\b)re", 0, Check::kNone, 0.9f));
  r.back().window_before = 10;
  r.back().window_after = 80;
  r.push_back(Raw("cisco_server_key", "PASSWORD", {"radius-server", "tacacs-server", "isakmp key", "radius server", "tacacs server"},
                  R"re((?m)\b(?:(?:radius|tacacs)-server(?:[ \t]+host[ \t]+\S+(?:[ \t]+(?:auth-port|acct-port|port|timeout)[ \t]+\d+)*)?[ \t]+key|crypto[ \t]+isakmp[ \t]+key|^[ \t]*key)(?:[ \t]+0)?[ \t]+(\S{4,64})(?:[ \t]+address\b|[ \t]*\r?$))re",
                  0, Check::kNone, 0.85f));
  r.back().window_before = 24;
  r.back().window_after = 160;
  // A scheduled task's run-as password: `schtasks /create ... /ru USER /rp PASSWORD`.
  r.push_back(Raw("schtasks_run_password", "PASSWORD", {"/rp"},
                  R"re((?i)\bschtasks\b[^\n]*?[ \t]/rp[ \t]+("[^"\n]{4,64}"|[^\s"]{4,64}))re", 0, Check::kNone, 0.85f));
  r.back().window_before = 200;
  r.back().window_after = 80;
  // Mosquitto bridge credentials (`remote_password X`) and OpenWrt UCI options (`option password
  // 'X'` of a PPPoE or VPN interface; a wireless `option key` is openwrt_wifi_key's).
  r.push_back(Raw("space_keyed_password", "PASSWORD", {"remote_password", "option password", "option secret"},
                  R"re((?m)^[ \t]*(?:remote_password[ \t]+(\S{4,128})|option[ \t]+(?:password|secret)[ \t]+'([^'\n]{4,128})')[ \t]*\r?$)re",
                  0, Check::kNone, 0.85f));
  r.back().window_before = 24;
  r.back().window_after = 160;
  // MikroTik: `/snmp community set [ find default=yes ] name=X` (not "public").
  r.push_back(Raw("mikrotik_snmp_community", "PASSWORD", {"/snmp community"},
                  R"re(/snmp[ \t]+community\b[^\n]*\n?[^\n]*?\bname="?((?:[^p\s"]|p[^u\s"])[^\s"]{3,63})"?(?:\s|$))re",
                  0, Check::kNone, 0.8f));
  r.back().window_before = 0;
  r.back().window_after = 160;
  // A meeting's passcode under its label in other languages ("Kenncode: 595495", "Toegangscode:
  // BLff7n", "Kod dostępu: v2dFAoj", "Code secret : CsPEHB", "パスコード: 410777"), and under a
  // bare "Codice:"/"Code:"/"PIN:" on the line right after a meeting's ID.
  r.push_back(Raw("meeting_passcode_multilingual", "PASSWORD",
                  {"kenncode", "toegangscode", "kod dost\xc4\x99pu", "code secret", "c\xc3\xb3" "digo de acceso",
                   "codigo de acceso", "c\xc3\xb3" "digo de acesso", "\xe3\x83\x91\xe3\x82\xb9\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x89",
                   "meeting-id", "meeting id", "codice d'accesso", "adgangskode", "p\xc3\xa4\xc3\xa4sykoodi", "\xe5\x85\xa5\xe4\xbc\x9a\xe5\xaf\x86\xe7\xa0\x81",
                   "\xec\x95\x94\xed\x98\xb8"},
                  R"re((?i)(?:(?:kenncode|toegangscode|kod[ \t]+dost(?:ę|e)pu|code[ \t]+secret|c(?:ó|o)digo[ \t]+de[ \t]+ac(?:ceso|esso)|codice[ \t]+d'accesso|adgangskode|pääsykoodi|パスコード|入会密码|会议密码|암호)[ \t]*(?::|：)[ \t]*|meeting[- ]?id[ \t]*:[ \t]*[0-9][0-9 ]{7,14}[0-9][ \t]*(?:\\n|\r?\n)[ \t]*(?:codice|code|c(?:ó|o)digo|pin|kod|passcode|password)[ \t]*:[ \t]*)([A-Za-z0-9]{4,12})(?:\b|$))re",
                  0, Check::kAccessCode, 0.85f));
  r.back().window_before = 60;
  r.back().window_after = 120;
  // OneSignal REST API keys (os_v2_app_ and base32), a Laravel APP_KEY's value (base64: and 32
  // bytes). (Asana's 1/<16 digits>/<16 digits>:<32 hex> as a Vectorscan trigger cost 8% of the
  // secrets scan: left to the key names it stands under.)
  r.push_back(Tok("onesignal_api_key", "SECRET", {"os_v2_app_"}, R"re(os_v2_app_[a-z2-7]{80,140})re", 3.0));
  r.push_back(Tok("laravel_key_value", "SECRET", {"base64:"}, R"re(base64:[A-Za-z0-9+/]{43}=)re", 3.5));
  r.back().score = 0.8f;  // laravel_app_key names it where APP_KEY is the key
  r.push_back(Ctx("cloudflare_global_key_named", "SECRET", {"cfglobal", "cf_global", "cf-global", "cloudflare_global", "cloudflareglobal", "cloudflare-global", "cf.global"},
                  R"re((?:cf|cloudflare)[_.\-]?global[_.\-]?(?:api[_.\-]?)?key)re", R"re([0-9a-f]{37})re", 3.0));
  // A router's admin password under its label ("Router admin: Cactus&921", "router ww: X",
  // "Router-Passwort: X").
  r.push_back(Raw("router_admin_password", "PASSWORD", {},
                  R"re((?i)\brouter[ \t\-]*(?:admin(?:[ \t]+(?:pw|password|pass))?|login|password|passwort|kennwort|pw|pwd|ww|wachtwoord|mot[ \t]+de[ \t]+passe|contrase(?:ñ|n)a|senha|has(?:ł|l)o|пароль)[ \t]*[:=][ \t]*["'\x60]?([^\s"'\x60]*[^\s"'\x60.,;:?)\]]))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().triggers = {R"re((?i)\brouter[ \t\-]*(?:admin|login|pass|pw|ww|wacht|kenn|mot[ \t]|contra|senha|has|\xd0\xbf\xd0\xb0\xd1\x80))re"};
  r.back().window_before = 0;
  r.back().window_after = 120;
  // A Wi-Fi network and its password after a slash ("wifi FamNet / clave X", "와이파이 HUAWEI-B535 /
  // 비번 X", "Gäste-WLAN: SKYBX7Q2 / X", "- Wi-Fi: `Bbox-51A0C2` / `X`").
  r.push_back(Raw("wifi_ssid_slash_password", "PASSWORD",
                  {},
                  R"re((?i)(?:wi[-_]?fi|wlan|와이파이|واي[ \t]+فاي)[^\n/]{0,48}?[ \t]/[ \t]+(?:(?:clave|ww|비번|비밀번호|password|passwort|pw|pass|mot[ \t]+de[ \t]+passe|contrase(?:ñ|n)a|senha|has(?:ł|l)o|пароль|密码|كلمة[ \t]+السر|κωδικός|wachtwoord|kennwort)[ \t]*:?[ \t]+)?["'\x60]?([^\s"'\x60/]{6,64}[^\s"'\x60.,;:?)\]/])["'\x60]?(?:[ \t]|$|\r?\n))re",
                  0, Check::kTableSecret, 0.8f));
  r.back().triggers = {R"re((?i)(?:wi[-_]?fi|wlan|\xec\x99\x80\xec\x9d\xb4\xed\x8c\x8c\xec\x9d\xb4|\xd9\x88\xd8\xa7\xd9\x8a[ \t]+\xd9\x81\xd8\xa7\xd9\x8a)[^\n/]{0,48}[ \t]/[ \t])re"};
  r.back().window_before = 0;
  r.back().window_after = 160;
  // Chinese writes the password right after its word ("密码Chouchou2004$", "密码改成X了"; "密码是X"
  // and "密码：X" are multilingual_password's).
  r.push_back(Raw("chinese_password_glued", "PASSWORD", {},
                  R"re(密(?:码|碼)(?:(?:已)?(?:改成|改为|改為|换成|換成|设为|設為|设置为|設置為|重置为|重置為))?([A-Za-z0-9!@#$%^&*+?~_.\-]*[0-9!@#$%^&*+?~_][A-Za-z0-9!@#$%^&*+?~_.\-]*[A-Za-z0-9!@#$%^&*+?~_]))re",
                  0, Check::kProsePassword, 0.8f));
  // A trigger, not a keyword: a keyword must end a word, and here a letter follows it. (The
  // regex opens with 密 outside the alternation: RE2 in Latin-1 mode failed to match
  // "(?:密码|密碼)A" against "密码A".)
  r.back().triggers = {R"re((?:\xe5\xaf\x86\xe7\xa0\x81|\xe5\xaf\x86\xe7\xa2\xbc))re"};
  r.back().window_before = 0;
  r.back().window_after = 120;
  // Vendors whose keys are UUIDs, under their name (OpsGenie, MongoDB Atlas private keys).
  r.push_back(Ctx("opsgenie_api_key_named", "SECRET", {"genie"}, R"re((?:ops)?genie)re", kUuid));
  r.push_back(Ctx("atlas_private_key_named", "SECRET", {"atlas"},
                  R"re(atlas[_.\-]?(?:api[_.\-]?)?private[_.\-]?key)re", kUuid));
  // A master, alarm or keypad code with the keypad's closing '#' ("MASTER_CODE=50578013#",
  // "alarm_code=088734#", "master code changed to 85483866#").
  r.push_back(Raw("keypad_code_hash", "PASSWORD", {},
                  R"re((?i)\b(?:master|alarm|keypad|door|gate)[ _\-]?(?:code|pin)\b[^\n\d]{0,20}?["'\x60]?(\d{4,10}#)(?:["'\x60]|\s|$))re",
                  0, Check::kNone, 0.85f));
  r.back().triggers = {R"re((?i)(?:master|alarm|keypad|door|gate)[ _\-]?(?:code|pin)[^\n\d]{0,20}\d{4,10}#)re"};
  r.back().window_before = 0;
  r.back().window_after = 60;
  // A Terraform variable named as a secret and its default ("variable \"preshared_key\" {
  // default = \"...\" }"): the default is the value.
  r.push_back(Raw("terraform_secret_variable_default", "SECRET", {"variable \""},
                  R"re((?i)\bvariable\s+"([a-z0-9_\-]*(?:password|passwd|secret|token|api_?key|private_?key|preshared_?key|psk|auth|session_?id|credential)[a-z0-9_\-]*)"\s*\{[^}]{0,200}?\bdefault\s*=\s*"([^"\s]{8,256})")re",
                  0, Check::kGenericSecret, 0.8f));
  r.back().window_before = 0;
  r.back().window_after = 400;
  // A secret's fallback in JavaScript when the environment has none ("process.env.ENCRYPTION_KEY
  // || 'cf33...'"; getenv and friends are env_fallback_secret's).
  r.push_back(Raw("process_env_fallback_secret", "SECRET", {"process.env."},
                  R"re(process\.env\.([A-Za-z0-9_]{0,40}(?:KEY|SECRET|TOKEN|PASSWORD|PASSWD|PASS|PWD|key|secret|token|password)[A-Za-z0-9_]{0,40})\s*(?:\|\||\?\?)\s*["']([^"'\s]{12,256})["'])re",
                  0, Check::kGenericSecret, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_before = 0;
  r.back().window_after = 360;
  // Recovery or backup codes listed on their heading's line, apart by spaces or commas
  // ("2FA backup codes: i60q-6h6h lio9-4yyk tevy-w96o", "recovery codes: pod0-48m7, ffa2-e5n3").
  r.push_back(Raw("recovery_codes_inline", "PASSWORD",
                  {"recovery codes", "backup codes", "codes de r\xc3\xa9" "cup\xc3\xa9" "ration",
                   "c\xc3\xb3" "digos de recupera", "wiederherstellungscodes", "recovery:",
                   "recovery codes:", "2fa backup"},
                  R"re((?:[ \t:,]|^)([a-z0-9]{4}-[a-z0-9]{4}|[0-9a-z]{5}-[0-9a-z]{5}|[0-9A-Z]{5}-[0-9A-Z]{5}|[A-Z0-9]{4}-[A-Z0-9]{4}(?:-[A-Z0-9]{4})?|\d{4} \d{4})\b|(?:[ \t:,]|^)(\d{8})\b)re",
                  0, Check::kAccessCode, 0.7f));
  r.back().window_before = 0;
  r.back().window_after = 160;
  // A password given in a sentence in another language with no ':' or copula, a few words after
  // its word ("новый пароль админа X", "Kullanıcı adı oaydn, şifrem X", "mật khẩu X", "पासवर्ड X
  // है", "ο κωδικός του wifi επισκεπτών είναι X", "รหัสแอดมินใหม่ X"): the words between hold no
  // digit or symbol; the value holds one.
  r.push_back(Raw("multilingual_password_words", "PASSWORD",
                  {"\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb", "\xd0\x9f\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb",
                   "\xe0\xa4\xaa\xe0\xa4\xbe\xe0\xa4\xb8\xe0\xa4\xb5\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa1",
                   "m\xe1\xba\xad" "t kh\xe1\xba\xa9u", "M\xe1\xba\xad" "t kh\xe1\xba\xa9u", "\xc5\x9f" "ifre",
                   "\xc5\x9e" "ifre", "has\xc5\x82o", "heslo", "jelsz\xc3\xb3", "senha", "contrase\xc3\xb1" "a",
                   "kennwort", "passwort", "wachtwoord", "l\xc3\xb6senord", "passord", "salasana",
                   "adminl\xc3\xb6sen", "wifil\xc3\xb6sen", "wlanl\xc3\xb6sen", "g\xc3\xa4stl\xc3\xb6sen",
                   "slapta\xc5\xbe" "odis", "slaptazodis", "lozinka", "\xc5\xa1" "ifra", "sifra", "geslo",
                   "parole", "salas\xc3\xb5" "na", "salasona", "nenosiri", "kata laluan",
                   "\xe0\xae\x95\xe0\xae\x9f\xe0\xae\xb5\xe0\xaf\x81\xe0\xae\x9a\xe0\xaf\x8d\xe0\xae\x9a\xe0\xaf\x8a\xe0\xae\xb2\xe0\xaf\x8d",
                   "\xe1\x8b\xa8\xe1\x8b\xad\xe1\x88\x88\xe1\x8d\x8d",
                   "\xe0\xa6\xaa\xe0\xa6\xbe\xe0\xa6\xb8\xe0\xa6\x93\xe0\xa6\xaf\xe0\xa6\xbc\xe0\xa6\xbe\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa1",
                   "\xe1\x83\x9e\xe1\x83\x90\xe1\x83\xa0\xe1\x83\x9d\xe1\x83\x9a\xe1\x83\x98",
                   "\xd5\xa3\xd5\xa1\xd5\xb2\xd5\xbf\xd5\xb6\xd5\xa1\xd5\xa2\xd5\xa1\xd5\xbc",
                   "\xd8\xb1\xd9\x85\xd8\xb2 \xd8\xb9\xd8\xa8\xd9\x88\xd8\xb1",
                   "\xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c\xcf\x82",
                   "\xe0\xb8\xa3\xe0\xb8\xab\xe0\xb8\xb1\xe0\xb8\xaa",
                   "\xd7\xa1\xd7\x99\xd7\xa1\xd7\x9e", "\xd9\x83\xd9\x84\xd9\x85\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x85\xd8\xb1\xd9\x88\xd8\xb1",
                   "비밀번호", "비번", "mot de passe", "router ww", "wifi ww", "كلمة السر"},
                  R"re((?i)(?:пароль|Пароль|पासवर्ड|m(?:ậ|a)t[ \t]+kh(?:ẩ|a)u|(?:ş|Ş)ifre(?:m|n|si|niz|yi|mi|ni|nizi)?|비밀번호|비번|mot[ \t]+de[ \t]+passe|(?:router|wifi|wlan)[ \t]+ww|كلمة[ \t]+السر|has(?:ł|l)o|heslo|jelsz(?:ó|o)|senha|contrase(?:ñ|n)a|kennwort|passwort|wachtwoord|(?:admin|wifi|wlan|g(?:ä|a)st)?l(?:ö|o)sen(?:ord)?|passord|salasana|slapta(?:ž|z)odis|lozinka|(?:š|s)ifra|geslo|parole|salas(?:õ|o)na|nenosiri|kata[ \t]+laluan|கடவுச்சொல்|የይለፍ[ \t]+ቃል|পাসওয়ার্ড|პაროლი|գաղտնաբառ|رمز[ \t]+عبور|κωδικός(?:[ \t]+(?:πρόσβασης|(?:του[ \t]+)?wi-?fi))?|รหัส(?:ผ่าน|แอดมิน|วายฟาย|[ \t]*wi-?fi)[\x80-\xff]{0,30}|סיסמ(?:ה|א|ת)|كلمة[ \t]+المرور),?[ \t]*(?:(?:[:=]|：)|->|=>|→)?(?:[ \t]+[^\s\d!@#$%^&*+?~<>|:=/"'\x60(){}\[\]._]{1,24}){0,4}?(?::|：)?(?:[ \t]+[^\s]{1,40}[ \t]+(?:to|is|es|est|ist|é|è|är|er|jest|je|это|—|:|=)|[ \t]+[^\s:：]{1,40}(?::|：))?[ \t]+["'\x60«“(]?([^\s"'\x60()]*[0-9!@#$%^&*+?~<>|._][^\s"'\x60()]*[^\s"'\x60.,;:?)\]]))re",
                  0, Check::kProsePassword, 0.7f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // A settings table's secret updated by SQL: UPDATE settings SET value='X' WHERE
  // name='partner_key' (the row's name says what the value is).
  r.push_back(Raw("sql_update_named_secret", "SECRET", {"update "},
                  R"re((?i)\bupdate\s+[\w."\x60]+\s+set\s+(?:value|val|secret|setting_value|config_value)\s*=\s*'([^'\s]{8,})'\s+where\s+(?:name|key|setting|setting_name|config_key|k)\s*=\s*'[^']*(?:key|secret|token|passw(?:or)?d|pass|pwd|credential)[^']*')re",
                  3.0, Check::kOpaqueToken, 0.85f));
  r.back().window_after = 400;
  // Credentials named for their service without a credential word: redis_auth, Slack webhook
  // paths (T.../B.../...) without their host, Consul gossip encryption keys, NATS nkey seeds.
  r.push_back(Ctx("redis_auth_named", "PASSWORD", {"redis_auth", "redisauth", "redis-auth"},
                  R"re(redis[_\-]?auth)re", R"re([^\s"'\x60,;]{8,64})re", 3.0));
  r.push_back(Ctx("slack_webhook_path_named", "SLACK_WEBHOOK", {"slack"}, R"re(slack[a-z_]*)re",
                  R"re(T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24})re", 3.0));
  r.push_back(Ctx("consul_gossip_key", "CONSUL_GOSSIP_KEY", {"consul"},
                  R"re(consul[_.\-]?(?:encrypt|gossip)[a-z_]*)re", R"re([A-Za-z0-9+/]{43}=)re", 3.5));
  r.push_back(Ctx("nats_nkey_seed", "NATS_NKEY_SEED", {"nkey", "nats"}, R"re(nkey|nats[a-z_.]*)re",
                  R"re(S[UAONCX][A-Z2-7]{56})re", 3.5));
  // A value named "..._auth" that is base64 of user:password (docker_auth, registry_auth).
  r.push_back(Raw("named_basic_auth", "BASIC_AUTH", {"auth"},
                  R"re((?i)(?:^|[^a-z0-9_])[a-z0-9_.\-]*auth["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9+/]{12,}={0,2}))re",
                  2.5, Check::kBasicAuth));
  r.back().gate = Gate::kAssignment;
  r.back().window_before = 64;
  r.back().window_after = 200;
  // Name/value pairs (Kubernetes env, ECS task definitions, Azure app settings, GitHub and
  // CI variable listings, Ansible loop items): {"name": "DB_PASSWORD", "value": "..."},
  // "- name: X\n  value: y", (item={'key': 'smtp_password', 'value': '...'});
  // short names too ("LDAP_BIND_PW", "ADO_PAT", "SENTRY_DSN", "SIG").
  r.push_back(Raw("name_value_pair_secret", "PASSWORD", {"value"},
                  R"re((?i)(?:\bname["']?|["']key["'])[ \t]*[:=][ \t]*["']?(?:/?[A-Za-z0-9_.\-]+/)*([A-Za-z0-9_.\-]*(?:password|passwd|pass_?phrase|pwd|secret|token|api_?key|private_?key|access_?key|master_?key|_key|cred|_auth\b|\bauth\b|_psk\b|\bpsk\b|hmac|\bkek\b|(?:\b|_)(?:pw|pat|dsn|sig)\b)[A-Za-z0-9_.\-]*)["']?[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?(?:"[A-Za-z]{1,20}"[ \t]*:[ \t]*[^\n{}\[\]]{0,100},[ \t]*\r?\n[ \t]*){0,2}["']?value["']?[ \t]*[:=][ \t]*(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^\s"',}\]]+)))re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().gate = Gate::kCredentialBefore;
  r.back().window_before = 160;
  r.back().window_after = 120;
  // A parameter store's text listing (`aws ssm get-parameters-by-path --output text`, `vault
  // kv list`-like dumps): the parameter's path, a tab, its value; the path's last part names it
  // ("/billing/stripe_secret_key<TAB>X", "/ops/db_password<TAB>X").
  r.push_back(Raw("parameter_path_secret", "PASSWORD",
                  {"password\t", "passwd\t", "secret\t", "token\t", "key\t", "signature\t",
                   "psk\t", "hmac\t", "credential\t", "credentials\t", "pat\t"},
                  R"re((?m)^[ \t]*/(?:[A-Za-z0-9_.\-]+/)*([A-Za-z0-9_.\-]*(?:password|passwd|secret|token|api_?key|private_?key|privatekey|access_?key|signing_?key|signature|psk|hmac|credentials?|\bpat)[A-Za-z0-9_.\-]*)\t([^\s]{6,256})[ \t]*\r?$)re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().window_before = 200;
  r.back().window_after = 260;
  // An S3 pre-signed URL's signature kept under its own name (X_AMZ_SIGNATURE=, x.amz.signature:).
  r.push_back(Raw("aws_signature_assigned", "PRESIGNED_URL_SIGNATURE",
                  {"amz_signature", "amz.signature", "amz-signature"},
                  R"re((?i)x[_.\-]amz[_.\-]signature["']?[ \t]*[:=][ \t]*["']?([0-9a-f]{64})\b)re",
                  3.0));
  r.back().window_before = 8;
  r.back().window_after = 100;
  // A shared access signature kept under its own name, URL-encoded as it is copied from the URL
  // ("sig: 'Ab3%2Fc...%3D'", "SIG=...%3D"): base64 of an HMAC, percent-encoded.
  r.push_back(Raw("sas_signature_assigned", "AZURE_SAS_TOKEN", {"sig"},
                  R"re((?i)(?:^|[^A-Za-z0-9_])sig["']?[ \t]*[:=][ \t]*["']?((?:[A-Za-z0-9+/]|%2[BbFf]){30,90}(?:%3[Dd]|=){1,2})(?:[^A-Za-z0-9%]|$))re",
                  3.0));
  r.back().gate = Gate::kAssignment;
  r.back().window_before = 8;
  r.back().window_after = 140;
  // A signed URL's signature parameter (?sig=X&exp=..., ?exp=...&sig=X).
  r.push_back(Raw("signed_url_sig_param", "SIGNED_URL_TOKEN", {"sig="},
                  R"re([?&;]sig=([A-Za-z0-9_\-]{20,128})(?:&|[\s"'<>]|$))re", 0,
                  Check::kOpaqueToken, 0.8f));
  r.back().window_before = 4;
  r.back().window_after = 140;
  // A Slack webhook's path kept without its host (SLACK_WEBHOOK_PATH="T.../B.../...").
  r.push_back(Raw("slack_webhook_path_near_name", "SLACK_WEBHOOK", {"slack"},
                  R"re((?i:slack)[^\n]{0,60}?\b(T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24})\b)re",
                  3.0));
  r.back().starts_at_keyword = true;
  r.back().window_after = 140;
  // A credential handed over for the time being ("use X for now, I will rotate it", "nimm
  // vorerst X", "usa X por ahora"): a token-like value between the verb and the time phrase.
  r.push_back(Raw("temporary_credential_for_now", "SECRET",
                  {"for now", "vorerst", "erstmal", "por ahora", "por el momento", "pour l'instant",
                   "pour le moment", "per ora", "per adesso", "voorlopig", "tills vidare",
                   "na razie", "por enquanto", "for the time being"},
                  R"re((?i)\b(?:use|nimm|nehmt|usa|usad|utilise|utilisez|gebruik|anv(?:ä|a)nd|u(?:ż|z)yj|usar|usem?)[ \t]+(?:(?:vorerst|erstmal|por ahora|por el momento|pour l'instant|pour le moment|per ora|per adesso|voorlopig|tills vidare|na razie|por enquanto|for now)[ \t]+)?[\x60'"]?([A-Za-z0-9+/_\-=.]{16,256}?)[\x60'"]?(?:,?[ \t]+(?:for now|for the time being|vorerst|erstmal|por ahora|por el momento|pour l'instant|pour le moment|per ora|per adesso|voorlopig|tills vidare|na razie|por enquanto)|,[ \t]+(?:ich|i|I'll|we|wir|je|io|ik|jag|yo|la|lo|mañana|morgen|demain|domani|tomorrow)\b))re",
                  0, Check::kOpaqueToken, 0.75f));
  r.back().window_before = 300;
  r.back().window_after = 300;
  // .NET's NetworkCredential("user", "password"[, "domain"]) and Java's
  // PasswordAuthentication("user", "password".toCharArray()): the second argument.
  r.push_back(Raw("network_credential_ctor", "PASSWORD",
                  {"networkcredential(", "passwordauthentication(", "usernamepasswordcredentials(",
                   "basicawscredentials("},
                  R"re((?i)(?:NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials|BasicAWSCredentials)\(\s*@?"[^"\n]{1,128}"\s*,\s*@?"([^"\n]{3,256})")re",
                  0, Check::kUrlPassword));
  r.back().window_after = 400;
  // A Cloudflare tunnel token: base64 of {"a":"<account>","t":"<tunnel>","s":"<secret>"}.
  r.push_back(Raw("cloudflare_tunnel_token", "CLOUDFLARE_TUNNEL_TOKEN", {"eyjhijoi"},
                  R"re(\b(eyJhIjoi[A-Za-z0-9+/]{60,}={0,2}))re", 4.0));
  r.back().starts_at_keyword = true;
  r.back().window_after = 400;
  // A password kept in a comment as a fallback ("# pw fallback: X", "// password fallback: X").
  r.push_back(Raw("fallback_password_comment", "PASSWORD", {"fallback"},
                  R"re((?i)(?:#|//|;|--)[ \t]*(?:pw|pwd|pass|password|passwort|passphrase)[ \t]+fallback[ \t]*[:=][ \t]*["'\x60]?([^\s"'\x60]{4,128}))re",
                  0, Check::kUrlPassword, 0.8f));
  r.back().window_before = 40;
  r.back().window_after = 160;
  // A credential named as leaked or revoked in an incident note: "The exposed value was `X`
  // (Render)", "Rotated the old key (X), new one is in vault".
  r.push_back(Raw("exposed_credential_quoted", "SECRET",
                  {"exposed", "leaked", "compromised", "revoked", "rotated", "expuesto", "filtrad",
                   "kompromittiert", "geleakt", "expos\xc3\xa9", "compromis", "esposto", "vazad"},
                  R"re((?i)\b(?:exposed|leaked|compromised|revoked|rotated|expuesto|filtrad[ao]|kompromittiert(?:e|er|en)?|geleakt(?:e|er|en)?|expos(?:é|e)e?|compromise?|esposto|vazad[ao])\b[^\n\x60()]{0,40}?\b(?:value|key|token|secret|credential|password|valor|clave|schl(?:ü|u)ssel|wert|cl(?:é|e)|valeur|chiave|valore|chave|senha)s?\b[^\n\x60()]{0,24}?[\x60(]([A-Za-z0-9+/_\-=.]{16,256})[\x60)])re",
                  0, Check::kOpaqueToken, 0.75f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 400;
  // Markdown tables whose header names a credential column, or a value column beside names
  // (markdown_table.h).
  r.push_back(Raw("markdown_table_secret", "SECRET",
                  {"| secret", "|secret", "| password", "|password", "| token", "|token",
                   "| api key", "| api_key", "| apikey", "| access key", "| access token",
                   "| credential", "| client secret", "| license key", "| passphrase", "| pw",
                   "| value", "|value", "| current value", "| setting", "| key", "|key",
                   "| passwort", "| kennwort", "| mot de passe", "| contraseña", "| clave",
                   "| senha", "| wachtwoord", "| hasło", "| lösenord", "| пароль", "| パスワード",
                   "| 密码", "| 비밀번호", "| wert", "| valeur", "| valor", "/ password",
                   "/password", "/ token", "/token", "/ secret", "/ api key", "| recovery code",
                   "| backup code", "| pin"},
                  R"re([|/])re", 0, Check::kMarkdownTable, 0.8f));
  r.back().window_before = 0;
  r.back().window_after = 4;
  // Delimited exports (password managers' CSV, shared-login sheets) whose header names a
  // password or TOTP column (csv_table.h).
  r.push_back(Raw("csv_table_secret", "PASSWORD",
                  {",password", "password,", ";password", "password;", "\tpassword", "password\t",
                   "\"password\"", ",passwort", "passwort,", ";passwort", "passwort;", ",kennwort",
                   "kennwort,", ";kennwort", "kennwort;", ",contrase\xc3\xb1" "a", ";contrase\xc3\xb1" "a",
                   ",senha", "senha,", ";senha", ",mot de passe", ";mot de passe", ",totp", ";totp",
                   "\"totp\"", ",wachtwoord", ";wachtwoord"},
                  R"re([,;\t"])re", 0, Check::kCsvTable, 0.8f));
  r.back().window_before = 0;
  r.back().window_after = 4;
  // Printed tables whose header names a credential column: database clients' results, Markdown
  // and wiki tables, CSV/TSV, data frames, CLI listings (column_table.h). The check reads the
  // line the keyword is on; the regex only anchors it at the keyword.
  r.push_back(Raw("table_column_password", "PASSWORD",
                  {"password", "passwd", "pwd", "_pass", "pass_", "passphrase", "passcode",
                   "passwort", "kennwort", "wachtwoord", "senha", "contrase\xc3\xb1" "a",
                   "clave", "has\xc5\x82" "o", "l\xc3\xb6" "senord", "salasana", "passord",
                   "\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c",
                   "\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89",
                   "\xe5\xaf\x86\xe7\xa0\x81", "\xe5\xaf\x86\xe7\xa2\xbc",
                   "\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8", "\xc5\x9f" "ifre",
                   "jelsz\xc3\xb3", "heslo", "parola"},
                  R"re((?s).)re", 0, Check::kColumnTable, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().gate = Gate::kHeaderCell;
  r.back().window_after = 1;
  r.push_back(Raw("table_column_secret", "SECRET",
                  {"secret", "token", "apikey", "api_key", "api key", "api-key", "_key", "-key",
                   "privatekey", "accesskey", "signingkey", "totp", "mfa", "otp", "2fa",
                   "credential", "pepper"},
                  R"re((?s).)re", 0, Check::kColumnTable, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().gate = Gate::kHeaderCell;
  r.back().window_after = 1;
  // SQL INSERT statements whose column list names a credential column (sql_insert.h).
  r.push_back(Raw("sql_insert_secret", "SECRET", {"insert into", "insert ignore into"},
                  R"re((?i)insert\b)re", 0, Check::kSqlInsert, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 8;
  // PostgreSQL's COPY t (columns) FROM stdin; its tab-separated rows (sql_insert.h).
  r.push_back(Raw("sql_copy_secret", "SECRET", {"from stdin"}, R"re((?i)from\s+stdin\b)re", 0,
                  Check::kSqlInsert, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 16;
  // A credential's name whose value is a nested "value:" (secret stores' exports, SOPS-like
  // and CI variable YAML): "smtp_password:\n    value: '...'"; Terraform's output JSON names
  // other members first ("db_password": { "sensitive": true, "type": "string", "value": ... }).
  r.push_back(Raw("nested_value_secret", "PASSWORD", {"value"},
                  R"re((?i)(?:^|[\s"'{,])([A-Za-z0-9_.\-]*(?:password|passwd|secret|token|api_?key|private_?key|access_?key)[A-Za-z0-9_.\-]*)["']?[ \t]*:[ \t]*(?:\r?\n[ \t]+|\{\s{0,8}(?:"[a-z_]+"[ \t]*:[ \t]*(?:"[^"\r\n]*"|true|false|null|[0-9]+)[ \t]*,\s{0,8})*)["']?value["']?[ \t]*:[ \t]*(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^\s"',}\]]+)))re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().gate = Gate::kCredentialBefore;
  r.back().window_before = 120;
  r.back().window_after = 120;
  // Terraform's output JSON marks what its author declared sensitive: `"name": {"sensitive":
  // true, "type": "string", "value": "..."}` (pretty-printed over lines), whatever the name.
  r.push_back(Raw("terraform_sensitive_output", "SECRET", {"\"sensitive\""},
                  R"re("sensitive"\s{0,8}:\s{0,8}true\s{0,8},\s{0,8}"type"\s{0,8}:\s{0,8}"string"\s{0,8},\s{0,8}"value"\s{0,8}:\s{0,8}"([^"\\\r\n]{8,512})")re",
                  0, Check::kTableSecret, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // Express/connect signed session cookies: "s:" (URL-encoded "s%3A"), the id, '.', the HMAC.
  r.push_back(Raw("express_session_cookie", "SESSION_COOKIE", {"s%3a"},
                  R"re((?:^|[^A-Za-z0-9])(s%3A[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9%/+_\-]{20,}))re", 3.5));
  r.back().window_before = 1;
  // `vault login TOKEN` (or token=TOKEN): the token as a positional argument.
  r.push_back(Raw("vault_login_token", "VAULT_TOKEN", {"vault login"},
                  R"re(vault login(?:[ \t]+-[a-z\-]+(?:=\S+)?)*[ \t]+(?:token=)?([A-Za-z0-9._\-]{20,}))re",
                  3.5, Check::kOpaqueToken));
  r.back().starts_at_keyword = true;
  // Every value of a Secret manifest's data/stringData maps (YAML or JSON), whatever its key is
  // called (k8s_secret.h); certificates and public keys stay.
  r.push_back(Raw("kubernetes_secret", "KUBERNETES_SECRET", {},
                  R"re(["']?\bkind["']?\s*:\s*["']?Secret\b)re", 0, Check::kKubernetesSecret));
  r.back().triggers = {R"re(kind["']?[ \t]*:[ \t]*["']?Secret\b)re"};
  r.back().window_before = 8;
  r.back().window_after = 64;
  r.push_back(Raw("kubeconfig_client_key", "PRIVATE_KEY", {"client-key-data"},
                  R"re(client-key-data["']?\s*:\s*["']?([A-Za-z0-9+/]{40,}={0,2}))re", 4.0));
}

// Assignments of a value to a name that says it is a credential, in env files, YAML, JSON,
// INI/TOML, code and XML. Group 1 is the key, the value is the first later non-empty group.
void Generic(std::vector<RuleSpec>& r) {
  // The plain forms, kept small: these regexes run at every assignment-shaped keyword hit.
  const std::string sep =
      R"re(["'\x60\[\]\\]{0,4}(?:\s{0,4}|[ \t]{5,40})(?:=|:=|::=|:|=>|<-|\?=|\?\?=|\|\|=)(?:\s{0,4}|[ \t]{5,40}))re";
  const std::string value =
      R"re((?:\\?"([^"\\\r\n]+)\\?"|\\?'([^'\\\r\n]+)\\?'|\x60([^\x60\\\r\n]+)\x60|([^\s"'\x60,;&<>\\]+)))re";
  // The rarer forms, in rules of their own that run only where Gate::kExtendedAssignment saw
  // one: a note in parentheses after the name ("API key (service account): ..."), a type
  // annotation before '=' (Rust "TOKEN: &str =", TypeScript "apiKey: string ="), a string
  // prefix (C# @"...", Python b'...'/r'...'), a YAML block scalar ("secret: >-" then the value
  // on the next line).
  const std::string ext_sep =
      R"re(["'\x60\[\]\\]{0,4}(?:[ \t]+\([^()\r\n]+\))?[ \t]*(?::[ \t]*&?(?:'static[ \t]+)?[A-Za-z_\[][A-Za-z0-9_<>\[\]]*\??[ \t]+=|=|:=|:|=>)\s{0,4})re";
  const std::string ext_value =
      R"re((?:\*\*([^*\s]+)\*\*|"""([^"\r\n]+)"""|(?:@|[rRbBuU]{1,2}|\[\]byte\()?\\?"([^"\\\r\n]+)\\?"|(?:[rRbBuU]{1,2})?\\?'([^'\\\r\n]+)\\?'|\x60([^\x60\\\r\n]+)\x60|[>|][+\-]?[ \t]*\r?\n[ \t]+([^\s"'\x60,;&<>\\]+)|([^\s"'\x60,;&<>\\]+)))re";
  // The generic rules: a key name's regex, then the separator and the value; the match starts
  // one byte before the name (anchored_at_key) once the gate has seen an assignment. Each comes
  // twice: with the plain forms, and as "<id>_ext" with the rarer ones behind their own gate.
  struct KeyRule {
    std::string id;
    Keywords keywords;
    std::string key;
    Check check;
    Gate gate;
  };
  const KeyRule key_rules[] = {
      // (The password's word in other languages too: app.kennwort=, <wachtwoord>, senha:.)
      {"generic_password", {"pass", "pwd", "psk", "pw", "shared-key", "shared_key", "sharedkey",
                            "kennwort", "wachtwoord", "contrase", "senha", "haslo", "has\xc5\x82o",
                            "heslo", "salasana", "senord", "adgangskode", "sifre", "\xc5\x9fifre",
                            "mot_de_passe", "motdepasse", "mot-de-passe", "jelszo", "jelsz\xc3\xb3",
                            "mdp", "lozinka", "parola", "geslo", "mat_khau", "matkhau",
                            "mat-khau", "\xe5\xaf\x86\xe7\xa0\x81", "\xe5\xaf\x86\xe7\xa2\xbc",
                            "\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8",
                            "\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c"},
       R"re((?i)(?:^|[^a-z0-9_])([a-z0-9_.\-]*?(?:pass(?:word|wd|phrase|code|wort|ord|key)?|pwd|psk|pre[_.\-]?shared[_.\-]?key|kennwort|wachtwoord|contrase(?:\xc3\xb1|n)a|senha|has(?:\xc5\x82|l)o|heslo|salasana|l(?:\xc3\xb6|o)senord|adgangskode|(?:\xc5\x9f|s)ifre|mot[_\-]?de[_\-]?passe|jelsz(?:\xc3\xb3|o)|lozinka|parola|geslo|mat[_\-]?khau|\xe5\xaf\x86(?:\xe7\xa0\x81|\xe7\xa2\xbc)|\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8|\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c)s?[0-9]{0,3}(?:[_.\-][a-z0-9_.\-]*)?|(?:[a-z0-9_.\-]*[_.\-])?(?:pw|mdp)(?:[_.\-][a-z0-9_.\-]*)?))re",
       Check::kGenericPassword, Gate::kAssignment},
      {"generic_secret",
       {"secret", "token", "api_key", "apikey", "api-key", "api key", "api.key", "access_key",
        "accesskey", "access key", "access.key", "secret key", "auth.key", "app.key",
        "private_key", "privatekey", "credential", "auth_key", "authkey", "signing_key",
        "signing-key", "auth-key", "secret-key", "access-key", "app-key", "_cred",
        "encryption_key", "master_key", "account_key", "session_key", "client_key", "app_key",
        "license_key", "data_key", "datakey", "data-key", "hmac_key", "hmackey", "hmac-key",
        "aes_key", "aeskey", "aes-key", "cipher_key", "cipherkey", "access_code", "accesscode",
        "access code", "access-code", "creds", "plaintext_value", "plaintext"},
       R"re((?i)(?:^|[^a-z0-9_])([a-z0-9_.\-]*?(?:secret[ ]key|secret|token|plaintext(?:[_\-]?value)?|data[_\-]?key|hmac[_\-]?key|aes[_\-]?key|cipher[_\-]?key|api[_.\- ]?key|access[_.\- ]?key|private[_.\-]?key|cred(?:ential)?s?|auth[_.\-]?key|signing[_.\-]?key|encryption[_.\-]?key|master[_.\-]?key|account[_.\-]?key|session[_.\-]?key|client[_.\-]?key|app[_.\-]?key|license[_.\-]?key|access[_.\- ]?code)s?(?:[_.\-][a-z0-9_.\-]*|(?-i:[A-Z][a-z][A-Za-z0-9]*))?))re",
       Check::kGenericSecret, Gate::kAssignment},
      // The word for "key" in other languages as a whole part of the name (KLUCZ=, NYCKEL=,
      // cle_api, LLAVE, Schluessel, anahtar): "vehicle" or "article" hold no "cle".
      {"foreign_key_word",
       {"klucz", "nyckel", "kulcs", "cle", "cl\xc3\xa9", "llave", "clave", "chave", "chiave", "sleutel",
        "schluessel", "schl\xc3\xbcssel", "anahtar", "avain", "n\xc3\xb8gle", "n\xc3\xb8kkel", "nokkel",
        "kljuc", "klju\xc4\x8d"},
       R"re((?i)(?:^|[^a-z0-9_])((?:[a-z0-9]+[_.\-])*(?:klucz|nyckel|kulcs|cl(?:\xc3\xa9|e)|llave|clave|chave|chiave|sleutel|schl(?:\xc3\xbc|ue)ssel|anahtar(?:i|ı)?|avain|n(?:\xc3\xb8|o)(?:gle|kkel)|klju(?:\xc4\x8d|c))[0-9]{0,3}(?:[_.\-][a-z0-9_.\-]*)?))re",
       Check::kGenericSecret, Gate::kAssignment},
      // A name that only ends in "key" (search_key, analyticsKey, provider-key,
      // Integration.Key): the value must look random (IsRandomKeyValue), since such names also
      // hold row ids, cache keys and translation keys.
      {"generic_named_key", {"key"},
       R"re((?:^|[^A-Za-z0-9_])((?i:[a-z0-9_.\-]*?)(?:(?i:[a-z0-9][_.\- ]key)|[a-z0-9]Key|[A-Z0-9]KEY)))re",
       Check::kGenericKey, Gate::kNameSuffix},
  };
  auto key_rule = [](const KeyRule& k, std::string id, const std::string& tail, Gate gate) {
    RuleSpec rule = Raw(std::move(id), k.check == Check::kGenericPassword ? "PASSWORD" : "SECRET",
                        k.keywords, k.key + tail, 0, k.check, 0.7f);
    rule.window_before = 64;
    rule.window_after = 200;
    rule.gate = gate;
    rule.anchored_at_key = true;
    return rule;
  };
  // A password's plain form takes a passphrase of words too ("password: saffron panda pirate
  // glacier"; kWordsOr).
  const std::string words_or_value = kWordsOr + value + ")";
  for (const KeyRule& k : key_rules) {
    const bool password = k.check == Check::kGenericPassword;
    r.push_back(key_rule(k, k.id, sep + (password ? words_or_value : value), k.gate));
  }
  for (const KeyRule& k : key_rules) {
    r.push_back(key_rule(k, k.id + "_ext", ext_sep + ext_value, Gate::kExtendedAssignment));
  }
  // .env style NAME_KEY=value, upper case only (MAILGUN_KEY=..., PAYMENT_SERVICE_KEY=...).
  RuleSpec env_key = Raw("env_key", "SECRET", {"_key=", "hmac=", "psk=", "kek=", "dek="},
                         R"re((?:^|[\s'"+\-])((?:[A-Z][A-Z0-9]*_)+(?:KEY|HMAC|PSK|KEK|DEK)|HMAC|PSK|KEK|DEK)=["']?([A-Za-z0-9+/=_.\-]{16,256})["']?(?:\s|$))re",
                         3.0, Check::kGenericSecret, 0.7f);
  env_key.window_before = 64;
  env_key.window_after = 300;
  env_key.anchored_at_key = true;
  r.push_back(env_key);
  r.push_back(Raw("generic_xml_secret", "SECRET", {"pass", "secret", "token", "key"},
                  R"re((?i)<([a-z0-9_.:\-]*(?:password|passwd|passphrase|secret|token|api[_.\-]?key|(?:private|access|signing|encryption|master)[_.\-]?key)[a-z0-9_.:\-]*)(?:[ \t]+[a-z0-9_.:\-]+="[^"<>]{0,120}")*>([^<\s]+)</)re",
                  0, Check::kGenericPassword, 0.7f));
  r.back().gate = Gate::kXmlTagName;
  r.back().window_before = 64;
  r.back().window_after = 300;
  r.push_back(Raw("generic_key_value_attribute", "SECRET", {"key"},
                  R"re((?i)\bkey\s*=\s*"([^"]{0,40}(?:password|passwd|secret|token|api_?key|auth_?key|signing_?key|hmac_?key|access_?key|(?:data|encryption|master|private|license|app)_?key|psk|passphrase|cred|pwd|access_?code|kennwort|contrase(?:\xc3\xb1|n)a|senha|mot_?de_?passe|clef|chave|schl(?:\xc3\xbc|ue)ssel|[a-z0-9]_?auth)[^"]{0,30})"\s+value\s*=\s*"([^"]{4,})")re",
                  0, Check::kGenericPassword, 0.7f));
  r.back().gate = Gate::kSeparatorFollows;  // key = "...", not the word "key"
  r.back().starts_at_keyword = true;
  // NuGet.config's <apikeys>: each <add key="SOURCE URL" value="API KEY" />.
  r.push_back(Raw("nuget_config_apikey", "SECRET", {"<apikeys>"},
                  R"re(<apikeys>\s*(?:<add\s+key="[^"]*"\s+value="[^"]*"\s*/>\s*)*<add\s+key="([^"]*)"\s+value="([^"]{8,})")re",
                  0, Check::kGenericSecret, 0.75f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 400;
  r.push_back(Raw("generic_define_secret", "SECRET", {"define"},
                  R"re((?i)\bdefine\s*\(\s*['"]([A-Z0-9_]*(?:PASSWORD|SECRET|TOKEN|KEY|SALT)[A-Z0-9_]*)['"]\s*,\s*['"]([^'"]{4,})['"])re",
                  0, Check::kGenericPassword, 0.7f));
  r.back().starts_at_keyword = true;
  // A name and its quoted value with only spaces between: C's "#define WIFI_PASS \"...\"", an
  // Elixir module attribute ("@api_key \"...\"", "@signing_salt \"...\""), an nginx header
  // ("proxy_set_header X-Api-Key \"...\";"). The generic checks judge the value. Each form by
  // its own rare keyword: "token", "_key" or "pass" alone would run these at every mention.
  const std::string spaced_secret_name =
      R"re([a-z0-9_.\-]*(?:secret|token|api[_.\-]?key|auth[_.\-]?key|signing[_.\-]?(?:key|salt|secret)|hmac[_.\-]?key|encryption[_.\-]?key|master[_.\-]?key|access[_.\-]?key|private[_.\-]?key|app[_.\-]?key|secret[_.\-]?key)[a-z0-9_.\-]*)re";
  const std::string spaced_password_name =
      R"re([a-z0-9_.\-]*(?:pass(?:word|wd|phrase)?|pwd|psk)[a-z0-9_.\-]*)re";
  const std::string spaced_value = R"re([ \t]+"([^"\s\\]{8,256})")re";
  const std::string spaced_password_value = R"re([ \t]+"([^"\s\\]{6,128})")re";
  const Keywords elixir_keywords = {"@api", "@secret", "@signing", "@token", "@auth", "@hmac",
                                    "@encryption", "@access", "@private", "@app_key", "@master"};
  struct Spaced {
    std::string id, entity;
    Keywords keywords;
    std::string regex;
    Check check;
  };
  const Spaced spaced[] = {
      {"define_quoted_secret", "SECRET", {"#define"},
       R"re((?i)#define[ \t]+()re" + spaced_secret_name + ")" + spaced_value, Check::kGenericSecret},
      {"define_quoted_password", "PASSWORD", {"#define"},
       R"re((?i)#define[ \t]+()re" + spaced_password_name + ")" + spaced_password_value,
       Check::kGenericPassword},
      {"module_attribute_secret", "SECRET", elixir_keywords,
       R"re((?i)(?:^|[\s(])@()re" + spaced_secret_name + ")" + spaced_value, Check::kGenericSecret},
      {"header_directive_secret", "SECRET", {"set_header", "add_header"},
       R"re((?i)\b(?:proxy_set_header|add_header|more_set_headers|fastcgi_param)[ \t]+()re" +
           spaced_secret_name + ")" + spaced_value,
       Check::kGenericSecret},
  };
  for (const Spaced& sp : spaced) {
    r.push_back(Raw(sp.id, sp.entity, sp.keywords, sp.regex, 0, sp.check, 0.7f));
    r.back().window_before = 64;
    r.back().window_after = 300;
    // Examples and samples by their name ("@example_token \"01cc...\"").
    AllowlistSpec names;
    names.target = AllowlistSpec::Target::kMatch;
    names.regexes = {R"re((?i)example|sample|dummy|placeholder|fake|demo)re"};
    r.back().allowlists.push_back(std::move(names));
  }
  // An environment printed as aligned columns, name then value with two or more spaces between
  // (heroku config, docker inspect tables, `set` in some shells, a CI job's environment, GitLab's
  // CI/CD variables page
  // "Variable  JWT_SECRET  rZD3...  Masked  production"): an upper-case name that says it holds
  // a credential, the value alone in its column. The generic checks judge the value.
  const std::string aligned_head = R"re((?m)^[ \t]*(?:(?:Variable|File)[ \t]+)?()re";
  // (The block's longest name has a single space before its value, which then ends the line.)
  const std::string aligned_value =
      R"re():?(?:[ \t]{2,}([^\s"']{6,256})(?:[ \t]*\r?$|[ \t]{2,})|[ \t]([^\s"']{6,256})[ \t]*\r?$))re";
  r.push_back(Raw("aligned_env_password", "PASSWORD", {},
                  aligned_head + R"re([A-Z0-9_]*(?:PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|PSK)[A-Z0-9_]*)re" + aligned_value,
                  0, Check::kGenericPassword, 0.7f));
  // Gated by an upper-case name and the blank after it: "pass", "token" and "_key" are in every
  // other line of code and prose.
  r.back().triggers = {R"re((?:PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|PSK)[A-Z0-9_]{0,30}:?[ \t]+[^\s])re"};
  r.back().window_before = 80;
  r.back().window_after = 300;
  r.push_back(Raw("aligned_env_secret", "SECRET", {},
                  aligned_head +
                      R"re([A-Z0-9_]*(?:SECRET|TOKEN|CREDENTIALS?|APIKEY)[A-Z0-9_]*|[A-Z0-9_]*_(?:KEY|PAT)(?:_[A-Z0-9_]+)?)re" +
                      aligned_value,
                  0, Check::kGenericSecret, 0.7f));
  r.back().triggers = {R"re((?:SECRET|TOKEN|CREDENTIALS?|APIKEY|_KEY|_PAT)[A-Z0-9_]{0,30}:?[ \t]+[^\s])re"};
  r.back().window_before = 80;
  r.back().window_after = 300;
  // wpa_passphrase SSID PASSPHRASE: the second argument (8 to 63 characters).
  r.push_back(Raw("wpa_passphrase_command", "PASSWORD", {"wpa_passphrase"},
                  R"re(\b(wpa_passphrase)[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|[^\s"']+)[ \t]+(?:"([^"\r\n]{8,63})"|'([^'\r\n]{8,63})'|([^\s"'|>;&]{8,63})))re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // A password given in a sentence (tickets, chats, emails, wikis): "the new password is
  // Xk9#mPq2", "pwd for the staging box was reset to `Spring2026!`", "pw for the NAS: X", "the
  // password I set yesterday is X". The value must mix letters
  // with digits or symbols, so "the password is stored hashed" stays.
  r.push_back(Raw("prose_password", "PASSWORD", {},
                  R"re((?i)(?:\b|_)(?:password|passcode|passphrase|passwd|pwd|pw)s?(?:(?:[ \t]+(?:for|of|on|to)(?:[ \t]+[^\s]+){1,8}?|[ \t]+(?:I|we|you|they|he|she)(?:[ \t]+[a-z]{2,12}){1,2})?[ \t]+(?:(?:has[ \t]+been[ \t]+|was[ \t]+|is[ \t]+)?(?:set|changed|reset|updated)[ \t]+to|is(?:[ \t]+(?:now|literally|still|just|simply))?|was|now[ \t]+is|will[ \t]+be)[ \t]*:?|[ \t]+(?:for|of|on)(?:[ \t]+[^\s:]{1,40}){1,4}?(?::|[ \t]*(?:→|->|=>))|[ \t]+to)[ \t]+)re" +
                      std::string(kWordsOr) + R"re(["'\x60]?([^\s"'\x60]*[^\s"'\x60.,;:?)\]])))re",
                  0, Check::kProsePassword, 0.8f));
  // Gated by the phrasing itself: "pass" and "pwd" are everywhere.
  r.back().triggers = {R"re((?i)(?:password|passcode|passphrase|passwd|pwd|\bpw)s?[ \t]+(?:is|was|now|will|has|set|changed|reset|updated|for|of|on|to|I|we|you|they|he|she)[ \t:])re"};
  r.back().window_before = 16;
  r.back().window_after = 320;
  // A password labelled or named in a sentence in another language (or with the English word
  // in one): "Contraseña temporal: X", "Mot de passe provisoire : X", "Initialpasswort: X",
  // "a senha do painel é X", "el password del wifi es X", "пароль: X", "VPN-PSK: X",
  // "Wi-Fi invitados: X". The value must mix letters with digits or symbols.
  // (The regexes run in Latin-1 over UTF-8 bytes: characters beyond ASCII appear only as
  // sequences, never inside a class, where they would stand for their single bytes.)
  // Unbounded repeats compile small (a counted one is copied per count); the window bounds them.
  // An apostrophe inside a word ("dell'admin", "d'API", "l'accès") does not end the gap.
  const std::string gap = R"re((?:[^\n:=@/"'\x60{}\[\]<>$|\\]|'[A-Za-z\xc0-\xff])*?)re";
  const std::string open_quote = R"re((?:["'\x60]|«|“)?)re";
  // A trailing '!' stays in the value ("Summer2024!"): passwords end in one far more often than a
  // sentence that gives one does.
  const std::string prose_value = R"re(([^\s"'\x60]+[^\s"'\x60.,;:?)\]]))re";
  // Or a passphrase of words (kWordsOr).
  const std::string prose_value_or_words = kWordsOr + prose_value + ")";
  const std::string separator =
      R"re((?:[ \t]*(?:[:=](?:[ \t]+|(?:["'\x60]|«|“))|：[ \t]*)|[ \t]+(?:es|est|c'est|c’est|é|è|(?:ist|sei)(?:[ \t]+(?:jetzt|nun))?|lautet|is|är|er|jest|je|to|là|adalah|ialah|on|هي|—|:|was|war|était|etait|era|foi|var|by(?:ł|l)[ao]?|było|bylo)[ \t]+(?:(?:now|maintenant|désormais|ahora|agora|adesso|ora|nu|teraz|sekarang|şimdi|теперь)[ \t]+)?|(?:是|为|為|は|는|은|를|을|を)[ \t]*(?:(?::|：)[ \t]*)?|คือ[ \t]*))re";
  // "wifi is Casa_5G / X": the value before " / " is the network's name (slash_separated_credentials
  // takes the password after it). Consumed after the value group, outside the span.
  const std::string not_a_network_name =
      R"re((?:["'\x60](?:$|[^ \t,]|,(?:$|[^ \t]|[ \t]+[^pPkK\s])|[ \t]+(?:$|[\r\n]|[^/\s]))|$|[.;:?)\]}>\r\n]|,(?:$|[^ \t]|[ \t]+[^pPkK\s])|[ \t]+(?:$|[\r\n]|[^/\s])))re";
  // Words that start a word ("clave", not "enclave").
  r.push_back(Raw("multilingual_password", "PASSWORD",
                  {"contraseña", "contrasena", "clave", "senha", "mot de passe", "hasło", "haslo",
                   "пароль", "Пароль", "ПАРОЛЬ", "parola", "heslo", "jelszó", "kata sandi",
                   "mật khẩu", "Mật khẩu", "密码", "密碼", "口令", "パスワード", "비밀번호", "암호",
                   "كلمة المرور", "كلمة السر", "पासवर्ड", "şifre", "sifre", "Şifre", "parol", "psk",
                   "clé", "chave", "schlüssel", "chiave", "sleutel",
                   "ключ", "Ключ", "klucz", "anahtar", "kunci", "khóa", "密钥", "秘钥", "APIキー", "APIキー",
                   "アクセスキー", "トークン", "jeton", "nyckel", "nøkkel", "nøgle", "avain", "токен",
                   "Токен", "토큰", "키", "비번", "la password", "il password", "el password",
                   "le password", "das password", "o token", "il token", "el token", "le token",
                   "der token", "das token", "het token", "l\xc3\xb6sen", "mdp", "passphrase",
                   "кодовая фраза", "Кодовая фраза", "парольная фраза", "Парольная фраза",
                   "パスフレーズ", "पासफ़्रेज़", "पासफ्रेज", "frase secreta", "frase de contrase",
                   "phrase secr\xc3\xa8te", "phrase de passe", "wachtwoordzin", "令牌", "رمز",
                   "\xd7\x98\xd7\x95\xd7\xa7\xd7\x9f",
                   "\xd7\xa1\xd7\x99\xd7\xa1\xd7\x9e",
                   "\xe0\xb8\xa3\xe0\xb8\xab\xe0\xb8\xb1\xe0\xb8\xaa\xe0\xb8\x9c\xe0\xb9\x88\xe0\xb8\xb2\xe0\xb8\x99",
},
                  R"re((?i)(?:(?:la|il|el|le|das)[ \t]+password\b|(?:o|il|el|le|der|das|het)[ \t]+token\b|contrase(?:ñ|n)a|clave|cl(?:é|e)|jeton|nyckel|nø(?:kkel|gle)|avain|токен|Токен|토큰|키|chave|schl(?:ü|u)ssel|chiave|sleutel|ключ|Ключ|klucz|anahtar|kunci|kh(?:ó|o)a|密钥|秘钥|APIキー|APIキー|アクセスキー|トークン|senha|mot de passe|has(?:ł|l)o|пароль|Пароль|ПАРОЛЬ|parola|heslo|jelsz(?:ó|o)|kata sandi|m(?:ậ|a)t kh(?:ẩ|a)u|Mật khẩu|密码|密碼|口令|パスワード|비밀번호|비번|암호|كلمة المرور|كلمة السر|पासवर्ड|(?:ş|Ş|s)ifre|parol|psk|l(?:ö|o)sen(?:fras(?:en)?)?\b|\bmdp\b|รหัสผ่าน|סיסמ(?:ה|א)|passphrase|(?:К|к|П|п)(?:одовая|арольная)[ \t]+фраза|パスフレーズ|पासफ़्रेज़|पासफ्रेज|frase[ \t]+(?:secreta|de[ \t]+contrase(?:ñ|n)a)|phrase[ \t]+(?:secr(?:è|e)te|de[ \t]+passe)|wachtwoordzin|令牌|رمز|טוקן))re" +
                      gap + separator + open_quote + prose_value_or_words,
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;  // the regex opens with its keywords
  r.back().window_after = 160;
  // A login pair a chat vouches for: "grafana / X works for the dashboard", "admin / X should
  // work", "root / X gets you in". The user is one word; the value passes kProsePassword.
  r.push_back(Raw("slash_pair_that_works", "PASSWORD",
                  {" works", " worked", "should work", "will work", "gets you in", "logs you in",
                   "get you in"},
                  R"re((?:^|[\s>:("'\x60])[A-Za-z][A-Za-z0-9_.@\-]{1,40}[ \t]+/[ \t]+["'\x60]?([^\s/"'\x60]{4,64}?)["'\x60]?[ \t]+(?:works|worked|should[ \t]+work|will[ \t]+work|gets?[ \t]+you[ \t]+in|logs[ \t]+you[ \t]+in)\b)re",
                  0, Check::kProsePassword, 0.8f));
  r.back().window_before = 140;
  r.back().window_after = 24;
  // A password given on its own indented line after a sentence that announces it ("An
  // administrator created a temporary password for you:\n\n    KTRnq9*wc!+G"), and a VPN's
  // pre-shared key after "PSK" ("VPN: vpn.corp.example, PSK X").
  r.push_back(Raw("password_on_the_next_line", "PASSWORD",
                  {"password for you:", "password is:", "password below:", "new password:", "temporary password:",
                   "one-time password:", "initial password:"},
                  R"re((?i)\bpassword(?:[ \t]+(?:for[ \t]+you|is|below))?:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]+([^\s]{6,64})[ \t]*\r?(?:\n|$))re",
                  0, Check::kProsePassword, 0.85f));
  r.back().window_before = 24;
  r.back().window_after = 120;
  r.push_back(Raw("psk_after_its_word", "PASSWORD", {"psk "},
                  R"re(\bPSK[ \t]+([^\s,;]{12,64})(?:[\s,;]|$))re", 0, Check::kTableSecret, 0.8f));
  r.back().window_before = 4;
  r.back().window_after = 80;
  // A login written "user X / pass Y" (an onboarding mail's SFTP line), and a PIN a letter gives
  // for a portal ("temporary PIN 688 913", "Zugang mit PIN 567548").
  r.push_back(Raw("user_slash_pass", "PASSWORD", {"/ pass ", "/ password ", "/pass "},
                  R"re((?i)\buser(?:name)?[ \t]+[^\s/]{2,64}[ \t]*/[ \t]*pass(?:word)?[ \t]+["'\x60]?([^\s"'\x60]{4,64}))re",
                  0, Check::kProsePassword, 0.85f));
  r.back().window_before = 100;
  r.back().window_after = 100;
  r.push_back(Raw("portal_pin", "PASSWORD",
                  {"temporary pin", "one-time pin", "initial pin", "new pin", "mit pin", "with pin",
                   "with the pin", "avec le code pin", "con el pin", "tempor\xc3\xa4re pin"},
                  R"re((?i)\b(?:temporary|one-time|initial|new|tempor(?:ä|ae)re|mit|with(?:[ \t]+the)?|avec[ \t]+le[ \t]+code|con[ \t]+el)[ \t]+PIN[ \t]*:?[ \t]+(\d{3}[ \t]\d{3}|\d{4,8})\b)re",
                  0, Check::kAccessCode, 0.8f));
  r.back().window_before = 8;
  r.back().window_after = 80;
  // A login given as words, the user then the password with no copula: "login for the router
  // is user ubnt pass X", "username admin, password: X", "utente mario password X", "creds for
  // cache-01: user root / X".
  // Also in other languages ("login lager, hasło X", "логин ops, пароль X", "VPN账号 guest 密码
  // X", "اسم المستخدم admin وكلمة المرور X") and as chats say it ("use admin / X for the panel").
  r.push_back(Raw("user_then_password", "PASSWORD",
                  {" pass ", " pw ", " pwd ", " passwd ", " password ", " pass:", " pw:",
                   " password:", " / ", " has\xc5\x82" "o ", " haslo ", " senha ", " contrase\xc3\xb1" "a ",
                   " \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c ", " \xe5\xaf\x86\xe7\xa0\x81 ",
                   " \xe5\xaf\x86\xe7\xa2\xbc ",
                   " \xd9\x88\xd9\x83\xd9\x84\xd9\x85\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x85\xd8\xb1\xd9\x88\xd8\xb1 ",
                   " \xd9\x83\xd9\x84\xd9\x85\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x85\xd8\xb1\xd9\x88\xd8\xb1 ",
                   " \xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8 ",
                   " \xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89 ", " passwort ",
                   " kennwort ", " wachtwoord ", " mot de passe ", " parola ", " clave ", " l\xc3\xb6senord ",
                   " losenord ", " passord ", " adgangskode ", " salasana ", " \xc5\x9fifre ",
                   "\xe3\x80\x81\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89", "\xef\xbc\x8c\xe5\xaf\x86\xe7\xa0\x81",
                   " \xeb\xb9\x84\xeb\xb2\x88 ", " \xe0\xa4\xaa\xe0\xa4\xbe\xe0\xa4\xb8\xe0\xa4\xb5\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa1 "},
                  R"re((?i)(?:\b(?:user(?:name)?|login|benutzer|usuario|utente|utilisateur|identifiant|anv(?:ä|a)ndare|gebruiker|bruker|brugernavn|käyttäjä|kullanıcı|client|cliente|kunde|konto|cuenta|compte|conta|account|use|id)|ユーザー(?:名)?|логин|пользователь|用户名|账号|帐号|اسم المستخدم|사용자|아이디|계정|यूज़र)[ \t]*(?::|：)?[ \t]*["']?[^\s"',:/،，]{1,40}["']?(?:(?:,|،|，|、|[ \t]+·|[ \t]+\|)?[ \t]*(?:(?:and|y|e|et|und|i|и|और)[ \t]+|و)?(?:(?:pass(?:word|wd)?|pw|pwd|has(?:ł|l)o|senha|contrase(?:ñ|n)a|пароль|كلمة المرور|पासवर्ड|passwort|kennwort|wachtwoord|mot de passe|parola|clave|l(?:ö|o)senord|passord|adgangskode|salasana|(?:ş|s)ifre)[ \t]*:?[ \t]+|(?:密码|密碼|비밀번호|비번|パスワード)[ \t]*(?::|：)?[ \t]*)|[ \t]+/[ \t]+(?:(?:비번|비밀번호|パスワード|密码|пароль|password|pw)[ \t]*:?[ \t]*)?)["'\x60]?([^\s"'\x60]*[^\s"'\x60.,;:?)\]]))re",
                  0, Check::kProsePassword, 0.75f));  // the specific rules first
  r.back().gate = Gate::kMixedValueFollows;
  r.back().window_before = 80;
  r.back().window_after = 80;
  // The same for Wi-Fi ("Wi-Fi invités: X", "wifi: X", "Guest wifi: pepper raven copper pixel
  // 26"), except a network's name before " / ".
  // A WPA passphrase has 8-63 characters, so the value never reaches the window's edge (where
  // the trailing context could not be seen).
  r.push_back(Raw("wifi_prose_password", "PASSWORD", {"wi-fi", "wifi", "wi\xe2\x80\x91" "fi", "wlan"},
                  R"re((?i)(?:wi(?:-|\xe2\x80[\x90\x91])?fi|wlan))re" + gap + separator + open_quote + kWordsOr +
                      R"re(([^\s"'\x60]{0,62}[^\s"'\x60.,;:?)\]]))re" + not_a_network_name + ")",
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A Wi-Fi network named, then its password word and the value with no copula, as chats say
  // it ("wifi Livebox-88A0, wachtwoord X", "вайфай HomeNet_5G, пароль X", "와이파이 Guest-Lobby
  // 비번 X"), and a WPA key or network key labelled ("WPA2 key: X", "Network key: X").
  r.push_back(Raw("wifi_network_password", "PASSWORD",
                  {"wi-fi", "wifi", "wi\xe2\x80\x91" "fi", "wlan", "\xd0\xb2\xd0\xb0\xd0\xb9\xd1\x84\xd0\xb0\xd0\xb9",
                   "\xec\x99\x80\xec\x9d\xb4\xed\x8c\x8c\xec\x9d\xb4", "ssid", "wpa", "network",
                   "wireless key"},
                  R"re((?i)(?:(?:wi(?:-|\xe2\x80[\x90\x91])?fi|wlan|ssid|network|\xd0\xb2\xd0\xb0\xd0\xb9-?\xd1\x84\xd0\xb0\xd0\xb9|\xec\x99\x80\xec\x9d\xb4\xed\x8c\x8c\xec\x9d\xb4)[ \t]+["']?[^\s,"']{2,32}["']?,?[ \t]+(?:password|passphrase|pass|pw|pwd|passwort|kennwort|wachtwoord|l(?:\xc3\xb6|o)senord|mot de passe|contrase(?:\xc3\xb1|n)a|senha|has(?:\xc5\x82|l)o|\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c|\xeb\xb9\x84\xeb\xb2\x88|\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8|(?:\xc5\x9f|s)ifre|key)[ \t]*:?[ \t]+|(?:wpa[23]?(?:-psk)?|network|wireless)[ \t]+(?:key|passphrase|psk)[ \t]*[:=][ \t]*))re" +
                      open_quote + kWordsOr + R"re(([^\s"'\x60]{0,62}[^\s"'\x60.,;:?)\]])))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A Terraform plan that shows a generated or stored secret's new value: under a
  // random_password / random_string header ("# random_password.relay has changed") or a
  // resource whose type names a secret ("azurerm_key_vault_secret", "aws_secretsmanager_secret_
  // version"), the attribute's "old -> new" line ("~ result = (sensitive) -> \"X\"",
  // "~ value = \"sk_live_...\" -> \"X\"").
  r.push_back(Raw("terraform_plan_secret_value", "SECRET",
                  {"random_password.", "random_string.", "resource \""},
                  R"re((?:#[ \t]+random_(?:password|string)\.[A-Za-z0-9_-]+[ \t][^\n]*|resource[ \t]+"[a-z0-9_]*(?:secret|password|token|credential)[a-z0-9_]*"[ \t]+"[^"\n]*"[ \t]*\{)\n(?:[^\n]*\n){0,4}?[ \t]*[~+][ \t]+(?:result|value|secret_string|password|token)[ \t]*=[^\n]*?->[ \t]*"([^"\s]{6,200})")re",
                  0, Check::kProsePassword, 0.85f));
  r.back().window_before = 4;
  // A Windows Wi-Fi profile exported with its key in clear (netsh wlan export profile
  // key=clear): <keyMaterial>X</keyMaterial>, 8-63 characters (a 64-hex-digit PSK too).
  r.push_back(Raw("wlan_profile_key_material", "PASSWORD", {"<keyMaterial>"},
                  R"re(<keyMaterial>([^<>\s]{8,64})</keyMaterial>)re", 0, Check::kProsePassword, 0.9f));
  // An access token named in a sentence of another language, whose words the generic token
  // phrasing cannot see: "o token de acesso novo é X", "Voici le jeton d'accès : X", "вот токен
  // доступа X" (no copula), "新的访问令牌：X", "アクセストークンは X". Random values only.
  r.push_back(Raw("access_token_multilingual", "SECRET",
                  {"token de acesso", "token de acceso", "jeton d'acc", "jeton d\xe2\x80\x99" "acc",
                   "\xd1\x82\xd0\xbe\xd0\xba\xd0\xb5\xd0\xbd \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb0",  // токен доступа
                   "\xe8\xae\xbf\xe9\x97\xae\xe4\xbb\xa4\xe7\x89\x8c",  // 访问令牌
                   "\xe5\xad\x98\xe5\x8f\x96\xe4\xbb\xa4\xe7\x89\x8c",  // 存取令牌
                   "\xe3\x82\xa2\xe3\x82\xaf\xe3\x82\xbb\xe3\x82\xb9\xe3\x83\x88\xe3\x83\xbc\xe3\x82\xaf\xe3\x83\xb3",  // アクセストークン
                   "\xec\x95\xa1\xec\x84\xb8\xec\x8a\xa4 \xed\x86\xa0\xed\x81\xb0",  // 액세스 토큰
                   "token di accesso", "token dost\xc4\x99pu", "toegangstoken", "zugriffstoken",
                   "zugangstoken", "\xc3\xa5tkomsttoken", "eri\xc5\x9fim belirteci"},
                  R"re((?i)(?:token de ac(?:c?esso|ceso)|jeton d(?:'|\xe2\x80\x99)acc(?:\xc3\xa8|e)s|\xd1\x82\xd0\xbe\xd0\xba\xd0\xb5\xd0\xbd \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb0|\xe8\xae\xbf\xe9\x97\xae\xe4\xbb\xa4\xe7\x89\x8c|\xe5\xad\x98\xe5\x8f\x96\xe4\xbb\xa4\xe7\x89\x8c|\xe3\x82\xa2\xe3\x82\xaf\xe3\x82\xbb\xe3\x82\xb9\xe3\x83\x88\xe3\x83\xbc\xe3\x82\xaf\xe3\x83\xb3|\xec\x95\xa1\xec\x84\xb8\xec\x8a\xa4 \xed\x86\xa0\xed\x81\xb0|token di accesso|token dost\xc4\x99pu|toegangstoken|zugriffstoken|zugangstoken|\xc3\xa5tkomsttoken|eri\xc5\x9fim belirteci)(?:[ \t]+[^\s:=：]{1,12}){0,2}?)re" +
                      std::string(R"re((?:)re") + separator + R"re(|[ \t]+))re" + open_quote +
                      R"re(([A-Za-z0-9+/=_.\-%~]{12,200}))re",
                  3.0, Check::kOpaqueToken, 0.85f));  // over multilingual_password's reading
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 260;
  // Germanic and Nordic words, which end compounds ("Initialpasswort", "WLAN-Kennwort").
  r.push_back(Raw("multilingual_password_compound", "PASSWORD",
                  {"passwort", "kennwort", "wachtwoord", "lösenord", "losenord", "passord",
                   "adgangskode", "salasana", "schlüssel", "schluessel"},
                  R"re((?i)(?:passwort|kennwort|wachtwoord|l(?:ö|o)senord|passord|adgangskode|salasana|schl(?:ü|ue)ssel))re" +
                      gap + separator + open_quote + prose_value_or_words,
                  0, Check::kProsePassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A possessive right before the word, and the value with no separator ("my contraseña X",
  // "mi password X", "mein Passwort X"): said in chats. The value must mix letters with digits
  // or symbols, so "my password manager" is not one.
  r.push_back(Raw("possessive_password", "PASSWORD",
                  {"my password", "my contraseña", "my senha", "mi contraseña", "mi password", "mein passwort", "mein password", "mein contraseña", "minha senha", "mon mot de passe", "moje hasło", "mijn wachtwoord"},
                  R"re((?i)\b(?:my|mi|mein|meine|minha|mon|moje|mijn)[ \t]+(?:password|contrase(?:ñ|n)a|senha|passwort|mot de passe|has(?:ł|l)o|wachtwoord)[ \t]+)re" +
                      open_quote + prose_value + R"re((?:[ \t]*$|[ \t]*[\r\n,;]|[ \t]+\())re",
                  0, Check::kProsePassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A credential called new or current, then the value ("the new token for prod is X", "current
  // secret = X", "el nuevo token de producción es X", "der neue Schlüssel ist X"): said in
  // chats and tickets when one is rotated. The value must mix letters with digits or symbols.
  r.push_back(Raw("new_credential_prose", "PASSWORD",
                  {"new token", "new key", "new secret", "new api key", "current token",
                   "current key", "current secret", "nuevo token", "nueva clave", "novo token",
                   "nova chave", "nuovo token", "nuova chiave", "nouveau jeton", "nouveau token",
                   "nouvelle clé", "neuer token", "neues token", "neue token", "neuer schlüssel",
                   "nieuwe token", "nieuwe sleutel", "nowy token", "nowy klucz"},
                  R"re((?i)\b(?:new|current|nuev[oa]|nov[oa]|nuov[oa]|nouve(?:au|lle)|neue[rs]?|nieuwe|nowy)[ \t]+(?:api[ \t]+)?(?:token|key|secret|clave|chave|chiave|jeton|cl(?:é|e)|schl(?:ü|ue)ssel|sleutel|klucz)\b)re" +
                      gap + separator + open_quote + prose_value_or_words,
                  0, Check::kProsePassword, 0.7f));  // the specific rules first
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A login given as "creds are USER and PASS" ("credentials: deploy / X", "Zugangsdaten: admin
  // und X"): the second of the pair.
  r.push_back(Raw("creds_user_and_password", "PASSWORD",
                  {"creds", "credentials", "zugangsdaten", "credenciales", "identifiants",
                   "credenciais", "credenziali"},
                  R"re((?i)\b(?:creds|credentials|zugangsdaten|credenciales|identifiants|credenciais|credenziali)(?:[ \t]+(?:are|is|sind|son|sont|s(?:ã|a)o|sono))?[ \t]*:?[ \t]+["'\x60]?[A-Za-z0-9_.@\-]{2,40}["'\x60]?[ \t]+(?:and|/|und|y|et|e|en|i)[ \t]+["'\x60]?([^\s"'\x60]*[^\s"'\x60.,;:?)\]]))re",
                  0, Check::kProsePassword, 0.75f));  // the specific rules first
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // "using token X", "login with password X", "use secret X": the value right after the word.
  r.push_back(Raw("using_credential_prose", "PASSWORD",
                  {"using token", "using password", "using secret", "using api key", "with token",
                   "with password", "with secret", "use token", "use password"},
                  R"re((?i)\b(?:using|with|use)[ \t]+(?:token|password|secret|api key)[ \t]+["'\x60]?([^\s"'\x60]*[^\s"'\x60.,;:?)\]]))re",
                  0, Check::kProsePassword, 0.75f));  // the specific rules first
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A command that prints a credential, and its output alone on the next line ("$ gcloud auth
  // print-access-token\nya29...", "aws ecr get-login-password", "heroku auth:token").
  r.push_back(Raw("printed_credential", "OAUTH_TOKEN",
                  {"print-access-token", "print-identity-token", "get-login-password",
                   "auth:token", "gh auth token", "get-access-token"},
                  R"re((?:print-access-token|print-identity-token|get-login-password|auth:token|gh auth token|get-access-token)[^\n]*\n[ \t]*([A-Za-z0-9._~+/=\-]{20,1000})[ \t]*(?:\r?\n|$))re",
                  3.0, Check::kOpaqueToken, 0.9f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 2400;
  // The English word, a few words, then a colon ("Online banking PIN/password noted by client:
  // X", "new password for the staging box: X").
  r.push_back(Raw("password_words_colon", "PASSWORD", {},
                  R"re((?i)\bpassword[ \t]+(?:[^\s:=@/"'\x60]{1,20}[ \t]+){0,3}?[^\s:=@/"'\x60]{1,20}[ \t]*:[ \t]+)re" +
                      open_quote + prose_value + R"re((?:[ \t]*$|[ \t]*[\r\n]))re",
                  0, Check::kProsePassword, 0.8f));
  // Found through the label and its colon: "password" alone is in every other sentence.
  r.back().triggers = {R"re((?i)password[ \t]+(?:[^\s:=]{1,20}[ \t]+){0,3}[^\s:=]{1,20}[ \t]*:[ \t])re"};
  r.back().window_before = 120;
  r.back().window_after = 200;
  // The English word in a sentence of another language ("el password del wifi es X", "le
  // password du routeur c'est X"); English sentences are prose_password's.
  r.push_back(Raw("password_foreign_copula", "PASSWORD", {"password"},
                  R"re((?i)password)re" + gap +
                      R"re([ \t]+(?:es|est|c'est|c’est|é|è|ist|är|jest|là|adalah|ialah)[ \t]+)re" +
                      open_quote + prose_value_or_words,
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kForeignCopulaFollows;
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // Turkish puts the password right after its possessive, with no copula: "test sunucusunun
  // şifresi X", "Wi-Fi şifresi: X" is multilingual_password's.
  r.push_back(Raw("turkish_password_possessive", "PASSWORD", {"şifresi", "Şifresi", "sifresi"},
                  R"re((?:ş|Ş|s)ifresi[ \t]+["'\x60]?([^\s"'\x60:]*[^\s"'\x60.,;:?)\]]))re", 0,
                  Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 100;
  // A credential left in a code comment: "// FIXME hardcoded until vault works: X", "# TODO
  // remove before merge, staging login is X", "-- temp creds: X". The comment opens its line.
  r.push_back(Raw("comment_credential", "PASSWORD",
                  {"hardcoded", "hard-coded", "login is", "creds:", "creds are", "creds is"},
                  R"re((?im)^[ \t]*(?://+|#+|--|/?\*+|;+)[^\n]{0,80}?\b(?:hard-?coded|login|creds)\b[^\n:=]{0,40}?(?::|\bis\b)[ \t]+["'\x60]?([^\s"'\x60]*[^\s"'\x60.,;:?)\]]))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().window_before = 160;
  r.back().window_after = 160;
  // "set `DATADOG_API_KEY` to `...`" (runbooks, tickets): a credential's name, then its value.
  // Gated by the quoted " to " between name and value ("set" alone is everywhere).
  r.push_back(Raw("set_name_to_value", "SECRET", {"` to `", "' to '", "\" to \""},
                  R"re((?i)\bset\s+[\x60'"]([A-Z0-9_.\-]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|_KEY)[A-Z0-9_.\-]*)[\x60'"]\s+to\s+[\x60'"]([^\x60'"\s]{8,})[\x60'"])re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().window_before = 80;
  r.back().window_after = 200;
  // A credential's name then its value as a call's first two arguments:
  // props.setProperty("password", "..."), os.Setenv("DB_PASSWORD", "..."), map.put(...).
  r.push_back(Raw("call_pair_secret", "PASSWORD",
                  {"pass", "pwd", "secret", "token", "api_key", "apikey", "api-key", "private_key",
                   "access_key"},
                  R"re((?i)["']([A-Za-z0-9_.\-]*(?:password|passwd|pwd|secret|token|api[_\-]?key|private[_\-]?key|access[_\-]?key)[A-Za-z0-9_.\-]*)["']\s*,\s*(?:["']([^"'\r\n]{6,})["']|\x60([^\x60\r\n]{6,})\x60))re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().gate = Gate::kFirstCallArgument;
  r.back().anchored_at_key = true;  // one try at the quote before the name
  r.back().window_before = 64;
  r.back().window_after = 200;
  // Terraform: a variable (or an SSM parameter resource) named for a credential, with a
  // literal default (or value).
  r.push_back(Raw("terraform_variable_default", "PASSWORD", {},
                  R"re((?i)\b(?:variable|resource\s+"[a-z0-9_]+")\s+"([^"]{0,60}(?:password|passwd|secret|token|api_?key|private_key|access_key)[^"]{0,30})"\s*\{[^}]{0,400}?\b(?:default|value)\s*=\s*"([^"\r\n]{4,})")re",
                  0, Check::kGenericPassword, 0.7f));
  r.back().triggers = {R"re((?i)(?:variable|resource[ \t]+"[a-z0-9_]{1,60}")[ \t]+"[^"\n]{0,60}(?:password|passwd|secret|token|api_?key|private_key|access_key))re"};
  r.back().window_before = 128;
  r.back().window_after = 640;
  // A key named in a sentence, then given after a colon: "Reproduced with the support API key,
  // pasting it for the next shift: X", "use this key: X". The value must look random (20+
  // characters).
  r.push_back(Raw("prose_key_then_colon", "SECRET",
                  {"api key", "access key", "secret key", "this key:", "the key:", "my key:",
                   "new key:", "that key:", "api token", "token here"},
                  R"re((?i)\b(?:(?:api|access|secret)[ \t]+(?:key|token)\b[^\n:()]{1,60}?|token[ \t]+here\b[^\n:()]{0,60}?|(?:this|the|my|new|that)[ \t]+key[ \t]*):[ \t]+[\x60'"]?([A-Za-z0-9+/=_.\-]{20,}))re",
                  3.0, Check::kOpaqueToken, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // An app's secret named in a sentence, then given after a colon or "is": "I regenerated the
  // api_secret, new one: X", "The client_secret we use is X". The value must look random.
  r.push_back(Raw("prose_app_secret", "SECRET",
                  {"client_secret", "client secret", "client-secret", "api_secret", "api secret",
                   "api-secret", "app_secret", "app secret", "consumer_secret", "consumer secret"},
                  R"re((?i)\b(?:client|api|app|consumer)[_ \t\-]secret\b[^\n:()=]{0,60}?(?::|\bis\b)[ \t]+[\x60'"]?([A-Za-z0-9+/=_.\-~]{20,}))re",
                  3.0, Check::kOpaqueToken, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A log line saying a secret was loaded, rotated or issued and printing it: "webhook
  // signature secret loaded: X", "token issued: X", "signing key rotated = X". Random values
  // only.
  r.push_back(Raw("logged_secret_event", "SECRET",
                  {"secret loaded", "token loaded", "key loaded", "secret rotated", "token rotated",
                   "key rotated", "secret generated", "token generated", "key generated",
                   "token issued", "secret set", "token set", "key set", "secret updated",
                   "token updated", "key updated", "token refreshed", "secret created",
                   "token created", "key created"},
                  R"re((?i)\b(?:secret|token|key)[ \t]+(?:loaded|rotated|generated|issued|set|updated|refreshed|created)[ \t]*[:=][ \t]*[\x60'"]?([A-Za-z0-9+/_.\-~]{20,}={0,2})(?:[^=A-Za-z0-9]|$))re",
                  3.0, Check::kOpaqueToken, 0.8f));
  r.back().window_before = 24;
  r.back().window_after = 160;
  // A key named with its current value in parentheses ("rotate the partner key (current: X)"),
  // and a new key announced in Japanese ("新しいキーは X です"). Random values only.
  r.push_back(Raw("key_current_value", "SECRET", {"(current:", "(current =", "\xe3\x82\xad\xe3\x83\xbc\xe3\x81\xaf"},
                  R"re((?i)(?:\b(?:key|token|secret|password)\b[^\n()]{0,40}?\([ \t]*current[ \t]*[:=][ \t]*|\xe3\x82\xad\xe3\x83\xbc\xe3\x81\xaf[ \t]*)[\x60'"]?([A-Za-z0-9+/_.\-~]{16,}={0,2}))re",
                  3.0, Check::kOpaqueToken, 0.8f));
  r.back().window_before = 64;
  r.back().window_after = 160;
  // A password right after the word, in backticks ("user `postgres`, password `X`").
  r.push_back(Raw("password_backticked", "PASSWORD",
                  {"password `", "passwd `", "passphrase `", "password is `", "password was `"},
                  R"re((?i)(?:password|passwd|passphrase)(?:[ \t]+(?:is|was))?[ \t]+\x60([^\x60\s]{6,64})\x60)re",
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 100;
  // A token quoted right after the word: "(token `X`)", Python's "rejected token 'X'".
  r.push_back(Raw("token_quoted", "SECRET",
                  {"token `", "token '", "psk '", "psk `", "secret '", "secret `"},
                  R"re((?i)(?:token|psk|secret)[ \t]+(?:\x60([^\x60\s]{16,})\x60|'([^'\s]{16,})'))re", 3.0,
                  Check::kOpaqueToken, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // base64 of user:password as the value of a field named "auth" (a config's "auth": "...",
  // .NET's <add key="Auth" value="..."/>, auth = "..."): IsBasicCredential decodes it.
  r.push_back(Raw("auth_field_basic", "BASIC_AUTH", {},
                  R"re((?i)\bauth(?:["']?[ \t]*[:=]|"[ \t]+value[ \t]*=)[ \t]*["']?([A-Za-z0-9+/]{12,}={0,2})(?:[^A-Za-z0-9+/=]|$))re",
                  2.5, Check::kBasicAuth));
  r.back().triggers = {R"re((?i)\bauth(?:["']?[ \t]*[:=]|"[ \t]+value[ \t]*=)[ \t]*["']?[A-Za-z0-9+/]{12})re"};
  r.back().window_before = 8;
  r.back().window_after = 300;
  // base64 of user:password near the words "basic auth" ("here's the basic auth header → X",
  // a table's BASIC_AUTH row): IsBasicCredential decodes it.
  r.push_back(Raw("basic_auth_named", "BASIC_AUTH", {"basic auth", "basic_auth", "basicauth", "basic-auth"},
                  R"re((?i)basic[ _\-]?auth[^\n]{0,80}?[^A-Za-z0-9+/]([A-Za-z0-9+/]{12,}={0,2})(?:[^A-Za-z0-9+/=]|$))re",
                  2.5, Check::kBasicAuth));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // Laravel's APP_KEY ("base64:" and 32 random bytes), named anywhere before it on the line.
  r.push_back(Raw("laravel_app_key", "LARAVEL_APP_KEY", {"app_key", "laravel"},
                  R"re((?i)(?:app_key|laravel)[^\n]{0,40}?(base64:[A-Za-z0-9+/]{42,44}={0,2}))re", 4.0));
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // A credential handed to a builder or setter: .password("X"), .setApiKey("X"), .token("X").
  r.push_back(Raw("setter_call_secret", "PASSWORD", {".password(", ".setpassword(", ".secret(",
                   ".token(", ".apikey(", ".setapikey(", ".clientsecret(", ".setclientsecret(",
                   ".settoken(", ".setsecret(", ".accesskey(", ".secretkey(", ".credentials("},
                  R"re(\.((?i:set)?(?i:password|secret|token|api_?key|client_?secret|access_?key|secret_?key|credentials))\(\s*["']([^"'\r\n]{6,})["']\s*\))re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // An address and a password, slash-separated ("- Figma: design@acme.example / X").
  r.push_back(Raw("email_slash_password", "PASSWORD", {" / "},
                  R"re([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}[\x60'"]?[ \t]+/[ \t]+[\x60'"]?([^\s\x60'"/]*[^\s\x60'"/.,;:!?)\]]))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().window_before = 96;
  r.back().window_after = 96;
  // A device's address, then its user and password slash-separated ("- router:
  // http://192.168.1.1 admin / X", "iLO https://10.0.0.5/ Administrator / X").
  r.push_back(Raw("url_user_slash_password", "PASSWORD", {" / "},
                  R"re(https?://[^\s]{3,120}[ \t]+[\x60'"]?(?:[A-Za-z0-9._@\-]{2,40})[\x60'"]?[ \t]+/[ \t]+[\x60'"]?([^\s\x60'"/]*[^\s\x60'"/.,;:!?)\]]))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().window_before = 200;
  r.back().window_after = 96;
  // A network's password after "pw" in a list of networks ("- 2.4GHz: Livebox-91C0 pw X").
  r.push_back(Raw("pw_then_value", "PASSWORD", {" pw "},
                  R"re((?:^|[ \t])pw[ \t]+["'\x60]?([^\s"'\x60]{7,62}[^\s"'\x60.,;:?)\]])(?:["'\x60]|[.,;:?)\]]?(?:[ \t\r\n]|$)))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().window_before = 4;
  r.back().window_after = 80;
  // Wi-Fi: `nmcli dev wifi connect "Office" password "X"`, 'the guest Wi-Fi "ACME-Guest" key
  // is X'; a VPN's "shared secret X".
  // A WPA passphrase may hold spaces when quoted ("dragon goldfish 49").
  r.push_back(Raw("nmcli_wifi_password", "PASSWORD", {"nmcli"},
                  R"re(nmcli\b[^\n]*?\bpassword[ \t]+(?:"([^"\n]{8,63})"|'([^'\n]{8,63})'|([^\s"']{8,63})))re", 0,
                  Check::kUrlPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 240;
  r.push_back(Raw("wifi_named_key", "PASSWORD", {"wi-fi", "wifi", "wi\xe2\x80\x91" "fi", "wlan"},
                  R"re((?i)(?:wi(?:-|\xe2\x80[\x90\x91])?fi|wlan)[ \t]+(?:network[ \t]+)?["'][^"'\n]{1,40}["'][ \t]+(?:key|password|passphrase|psk|pass)[ \t]+(?:is[ \t]*:?|:)[ \t]*["'\x60]?([^\s"'\x60]*[^\s"'\x60.,;:!?)\]]))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // The network's key right after its name, with no copula: "the wifi key X", "WLAN-Passwort X".
  // A WPA passphrase has 8-63 characters; kProsePassword wants letters with digits or symbols.
  r.push_back(Raw("wifi_key_value", "PASSWORD", {"wi-fi", "wifi", "wi\xe2\x80\x91" "fi", "wlan"},
                  R"re((?i)(?:wi(?:-|\xe2\x80[\x90\x91])?fi|wlan)[ \t\-]+(?:key|password|passwort|passphrase|psk|pass|pw)[ \t]+["'\x60]?([^\s"'\x60]{7,62}[^\s"'\x60.,;:?)\]])(?:["'\x60]|[.,;:?)\]]?(?:[ \t\r\n]|$)))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // The Wi-Fi QR code's payload (printed guest cards, "WIFI:T:WPA;S:Casa;P:X;;"): the P field,
  // whose ';' ',' ':' and '\' are escaped with a backslash. Group 1 is the field's name, as
  // kGenericPassword reads a name and a value (here and in openwrt_wifi_key).
  // The field is the passphrase whatever it holds (spaces too: "P:sunshine sakura 48;").
  r.push_back(Raw("wifi_qr_password", "PASSWORD", {"wifi:"},
                  R"re(WIFI:(?:[^;\n]*;){0,4}?(P):((?:\\.|[^;\\\n]){5,63});)re", 0,
                  Check::kUrlPassword, 0.8f));
  r.back().secret_group = 2;
  r.back().starts_at_keyword = true;
  r.back().window_after = 240;
  // OpenWrt's /etc/config/wireless: "option key 'X'" under a wifi-iface with a PSK.
  r.push_back(Raw("openwrt_wifi_key", "PASSWORD", {"option key"},
                  R"re(\boption[ \t]+(key)[ \t]+(?:'([^'\n]{8,63})'|"([^"\n]{8,63})"|([^\s'"]{8,63})))re", 0,
                  Check::kGenericPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 100;
  // A PIN given in a note, a letter or a chat ("Online banking PIN reminder (do not share):
  // 502846", "SIM PIN: 4821", "the card's PIN is 0472"). Upper-case PIN only, and never "PIN
  // code", India's postal code.
  // A BitLocker recovery key: 48 digits in eight hyphenated groups of six, a format nothing else
  // uses (each group is a multiple of 11 in real keys; written ones often are not, so no check).
  r.push_back(Raw("bitlocker_recovery_key", "SECRET", {},
                  R"re((?:^|[^\d-])(\d{6}(?:-\d{6}){7})(?:[^\d-]|$))re", 0, Check::kNone, 0.8f));
  r.back().triggers = {R"re(\d{6}-\d{6}-\d{6}-\d{6}-\d{6})re"};
  r.back().window_before = 80;
  r.back().window_after = 80;
  // The code of a lock that guards keys or valuables: a lockbox, key safe, safe, padlock or alarm
  // ("The lockbox code is 1874301", "alarm code: 4821"), 4-8 digits that are no default or run.
  // A building's door or gate code is labelled_access_code's (one set labels those look-alikes,
  // another secrets: a code that opens a door is masked).
  r.push_back(Raw("lock_code", "PASSWORD",
                  {"lockbox", "key safe", "keysafe", "alarm code", "padlock", "safe code", "safe combination"},
                  R"re((?i:\b(?:lockbox|key[ \t]?safe|alarm|padlock|safe)(?:[ \t]+(?:access|unlock|disarm))?[ \t]+(?:code|combination|pin))(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*(?::|=|[ \t]is|[ \t]was)[ \t]*(\d{4,8})\b|(?i:\b(?:PIN[ \t-]*(?:kod[ \t]+|code[ \t]+)?)?(?:lockbox|key[ \t]?safe))[ \t]+(\d{4,8})(?:[;,.)\s]|$))re",
                  0, Check::kPin, 0.8f));
  // The code of a door, gate, keypad, alarm or video bridge, and a recovery or backup code,
  // labelled in a note or a chat in many languages ("door code for the side entrance is 7151#",
  // "kod do drzwi: 353263", "현관 비밀번호 728476", "one of my backup codes if I get locked out:
  // 79db2-e2ad8", "リカバリーコード 2HSK-UA7P-ASQD"). IsPlausibleAccessCode decides the value.
  r.push_back(Raw("labelled_access_code", "PASSWORD",
                  {"door code", "gate code", "entry code", "entrance code", "keypad code",
                   "garage code", "passcode", "digicode", "deurcode", "t\xc3\xbc" "rcode", "torcode",
                   "alarmcode", "code de la porte", "code porte", "c\xc3\xb3" "digo de la puerta",
                   "c\xc3\xb3" "digo da porta", "c\xc3\xb3" "digo do port\xc3\xa3o", "kod do drzwi",
                   "\xd0\xba\xd0\xbe\xd0\xb4 \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xbe\xd1\x84\xd0\xbe\xd0\xbd\xd0\xb0",
                   "\xd0\xba\xd0\xbe\xd0\xb4 \xd0\xb4\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb8",
                   "\xed\x98\x84\xea\xb4\x80 \xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8",
                   "\xeb\x8f\x84\xec\x96\xb4\xeb\x9d\xbd", "\xd8\xb1\xd9\x85\xd8\xb2 \xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd8\xa8",
                   "\xe9\x97\xa8\xe7\xa6\x81", "\xe9\x96\x80\xe7\xa6\x81", "recovery code", "backup code",
                   "c\xc3\xb3" "digo de recupera", "code de r\xc3\xa9" "cup\xc3\xa9" "ration",
                   "\xd1\x80\xd0\xb5\xd0\xb7\xd0\xb5\xd1\x80\xd0\xb2\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xba\xd0\xbe\xd0\xb4",
                   "\xe3\x83\xaa\xe3\x82\xab\xe3\x83\x90\xe3\x83\xaa\xe3\x83\xbc\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x89",
                   "\xeb\xb3\xb5\xea\xb5\xac \xec\xbd\x94\xeb\x93\x9c", "\xe6\x81\xa2\xe5\xa4\x8d\xe7\xa0\x81",
                   "wiederherstellungscode", "herstelcode", "kod odzyskiwania", "code de la visio",
                   "unlock pin", "unlock code", "sim pin", "puk", "portkod",
                   "c\xc3\xb3" "digo del portal", "einwahl-pin", "einwahlpin", "dial-in pin",
                   "safe combo", "code for the", "schl\xc3\xbcsseltresor", "schl\xc3\xbcsselsafe",
                   "schl\xc3\xbcsselbox", "key box", "keybox", "pickup code", "pick-up code",
                   "collection code", "locker code", "abholcode", "code de retrait",
                   "c\xc3\xb3" "digo de recogida", "codice di ritiro", "ophaalcode", "kod odbioru",
                   "gift card code", "gift code", "gift card pin", "voucher code", "gutscheincode",
                   "code cadeau", "c\xc3\xb3" "digo de regalo", "c\xc3\xb3" "digo do vale", "codice regalo",
                   "cadeaucode", "claim code", "code portail", "c\xc3\xb3" "digo port\xc3\xb3n", "codigo porton", "code van het hek", "c\xc3\xb3" "digo del garaje", "codigo del garaje", "garagencode", "garagekod", "garagekode", "\xd7\xa7\xd7\x95\xd7\x93 \xd7\x94\xd7\x97\xd7\xa0\xd7\x99\xd7\x95\xd7\x9f", "wifi-kode", "wifi-koden", "wlan-kode", "skrytki na klucze", "nyckelbox", "\xe0\xb8\x81\xe0\xb8\xa5\xe0\xb9\x88\xe0\xb8\xad\xe0\xb8\x87\xe0\xb8\x81\xe0\xb8\xb8\xe0\xb8\x8d\xe0\xb9\x81\xe0\xb8\x88", "\xd7\x9b\xd7\xa1\xd7\xa4\xd7\xaa \xd7\x94\xd7\x9e\xd7\xa4\xd7\xaa\xd7\x97\xd7\x95\xd7\xaa",
                   "kode sandi", "kode akses", "kode gerbang", "kode alarm", "kode kotak", "kode brankas",
                   "kode masuk", "p\xc3\xa4\xc3\xa4sykoodi", "h\xc3\xa4lytyksen koodi", "portin koodi", "noutokoodi", "p\xc5\x99\xc3\xadstupov\xc3\xbd k\xc3\xb3" "d",
                   "k\xc3\xb3" "d od", "k\xc3\xb3" "d br\xc3\xa1ny", "k\xc3\xb3" "d alarmu", "k\xc3\xb3" "d trezoru", "c\xc3\xb3" "digo de acceso", "c\xc3\xb3" "digo de la alarma",
                   "c\xc3\xb3" "digo de alarma", "c\xc3\xb3" "digo del port\xc3\xb3n", "c\xc3\xb3" "digo do cofre", "cofre de chaves", "caja de llaves", "code d'acc\xc3\xa8s",
                   "code de l'alarme", "code d'alarme", "code du portail", "bo\xc3\xaete \xc3\xa0 cl\xc3\xa9s", "code de la carte", "zugangscode",
                   "code f\xc3\xbcrs", "code f\xc3\xbcr das", "hoftor", "toegangscode", "poortcode", "kod dost\xc4\x99pu",
                   "kod do bramy", "kod alarmu", "kod do sejfu", "sejf na klucze", "\xd0\xba\xd0\xbe\xd0\xb4 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb0", "\xd0\xba\xd0\xbe\xd0\xb4 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd1\x83",
                   "\xd0\xba\xd0\xbe\xd0\xb4 \xd0\xb2\xd1\x96\xd0\xb4", "\xd0\xba\xd0\xbe\xd0\xb4 \xd0\xbe\xd1\x82", "\xd0\xba\xd0\xbe\xd0\xb4 \xd1\x81\xd0\xb8\xd0\xb3\xd0\xbd\xd0\xb0\xd0\xbb\xd1\x96", "\xd0\xba\xd0\xbe\xd0\xb4 \xd1\x81\xd0\xb8\xd0\xb3\xd0\xbd\xd0\xb0\xd0\xbb\xd0\xb8", "\xd0\xba\xd0\xbe\xd0\xb4 \xd0\xb4\xd0\xbb\xd1\x8f \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f", "\xd0\xba\xd0\xbe\xd0\xb4 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0",
                   "\xd0\xba\xd0\xbe\xd0\xb4 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb0\xd1\x80\xd0\xbe\xd1\x87\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe", "\xd0\x9a\xd0\xbe\xd0\xb4 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb0", "\xd0\x9a\xd0\xbe\xd0\xb4 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd1\x83", "\xd0\x9a\xd0\xbe\xd0\xb4 \xd0\xb2\xd1\x96\xd0\xb4", "\xd0\x9a\xd0\xbe\xd0\xb4 \xd0\xbe\xd1\x82", "\xd0\x9a\xd0\xbe\xd0\xb4 \xd1\x81\xd0\xb8\xd0\xb3\xd0\xbd\xd0\xb0\xd0\xbb\xd1\x96",
                   "\xd0\x9a\xd0\xbe\xd0\xb4 \xd1\x81\xd0\xb8\xd0\xb3\xd0\xbd\xd0\xb0\xd0\xbb\xd0\xb8", "\xd0\x9a\xd0\xbe\xd0\xb4 \xd0\xb4\xd0\xbb\xd1\x8f \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f", "\xd0\x9a\xd0\xbe\xd0\xb4 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0", "\xd0\x9a\xd0\xbe\xd0\xb4 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb0\xd1\x80\xd0\xbe\xd1\x87\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe", "eri\xc5\x9fim kodu", "alarm kodu",
                   "kap\xc4\xb1 kodu", "hediye kart\xc4\xb1", "m\xc3\xa3 truy c\xe1\xba\xadp", "m\xc3\xa3 c\xe1\xbb\x95ng", "m\xc3\xa3 b\xc3\xa1o \xc4\x91\xe1\xbb\x99ng", "\xe3\x82\xa2\xe3\x82\xaf\xe3\x82\xbb\xe3\x82\xb9\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x89",
                   "\xe3\x83\xad\xe3\x83\x83\xe3\x82\xab\xe3\x83\xbc\xe7\x95\xaa\xe5\x8f\xb7", "\xe6\x9a\x97\xe8\xa8\xbc\xe7\x95\xaa\xe5\x8f\xb7", "\xec\xb0\xb8\xec\x97\xac \xec\xbd\x94\xeb\x93\x9c", "\xec\xa0\x91\xec\x86\x8d \xec\xbd\x94\xeb\x93\x9c", "\xed\x82\xa4\xeb\xb0\x95\xec\x8a\xa4", "\xea\xb2\xbd\xeb\xb3\xb4 \xec\xbd\x94\xeb\x93\x9c",
                   "\xea\xb2\x8c\xec\x9d\xb4\xed\x8a\xb8 \xec\xbd\x94\xeb\x93\x9c", "\xe4\xbc\x9a\xe8\xae\xae\xe5\xaf\x86\xe7\xa0\x81", "\xe5\x85\xa5\xe4\xbc\x9a\xe5\xaf\x86\xe7\xa0\x81", "\xe9\x97\xa8\xe7\xa6\x81\xe7\xa0\x81", "\xe5\x8f\x96\xe4\xbb\xb6\xe7\xa0\x81", "\xe7\xa4\xbc\xe5\x93\x81\xe5\x8d\xa1",
                   "\xe0\xa4\x97\xe0\xa5\x87\xe0\xa4\x9f \xe0\xa4\x95\xe0\xa5\x8b\xe0\xa4\xa1", "\xe0\xa4\x97\xe0\xa5\x88\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\x9c \xe0\xa4\x95\xe0\xa5\x8b\xe0\xa4\xa1", "\xe0\xa4\x85\xe0\xa4\xb2\xe0\xa4\xbe\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xae \xe0\xa4\x95\xe0\xa5\x8b\xe0\xa4\xa1", "codice della", "codice dell'allarme", "codice del cancello",
                   "codice d'accesso", "cassetta portachiavi", "afhentningskode", "koden til", "n\xc3\xb8gleboks", "n\xc3\xb8kkelboks",
                   "hentekode", "h\xc3\xa4mtningskod", "nyckelsk\xc3\xa5p", "larmkod", "grindkod", "portkode",
                   "alarmkode", "\xd7\xa7\xd7\x95\xd7\x93 \xd7\x90\xd7\x99\xd7\xa1\xd7\x95\xd7\xa3", "\xd7\xa7\xd7\x95\xd7\x93 \xd7\x90\xd7\x96\xd7\xa2\xd7\xa7\xd7\x94", "\xd7\xa7\xd7\x95\xd7\x93 \xd7\xa9\xd7\xa2\xd7\xa8", "\xd7\xa7\xd7\x95\xd7\x93 \xd7\x92\xd7\x99\xd7\xa9\xd7\x94", "card pin",
                   "gavekort", "presentkort",
                   "carte cadeau", "buono regalo", "vale-presente", "cadeaukaart", "gift card", "locker", "\xe0\xa4\x95\xe0\xa4\xbe \xe0\xa4\x95\xe0\xa5\x8b\xe0\xa4\xa1", "\xd8\xb1\xd9\x85\xd8\xb2 \xd8\xa8\xd8\xa7\xd8\xa8",
                   "\xd0\xbf\xd1\x96\xd0\xb4'\xd1\x97\xd0\xb7\xd0\xb4\xd1\x83", "\xd0\xbf\xd0\xbe\xd0\xb4\xd1\x8a\xd0\xb5\xd0\xb7\xd0\xb4\xd0\xb0",
                   // Tagalog, Hebrew, Czech, Finnish, Greek, Hindi, Indonesian, Romanian,
                   // Hungarian and Korean door and gate codes.
                   "code ng gate", "code ng pinto", "\xd7\x94\xd7\xa7\xd7\x95\xd7\x93 \xd7\x9c",
                   "oven koodi", "\xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c\xcf\x82 \xcf\x84\xce\xb7\xcf\x82",
                   "\xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c\xcf\x82 \xce\xb5\xce\xb9\xcf\x83",
                   "\xe0\xa4\x97\xe0\xa5\x87\xe0\xa4\x9f \xe0\xa4\x95\xe0\xa4\xbe \xe0\xa4\x95\xe0\xa5\x8b\xe0\xa4\xa1",
                   "kode pintu", "codul de la", "codul de acces", "kapuk\xc3\xb3" "d",
                   "\xea\xb3\xb5\xeb\x8f\x99\xed\x98\x84\xea\xb4\x80"},
                  R"re((?i)(?:code[ \t]+portail|c(?:ó|o)digo[ \t]+(?:del[ \t]+)?(?:port(?:ó|o)n|garaje)|code[ \t]+van[ \t]+het[ \t]+hek|garagen?code|garageko(?:d|de)|קוד[ \t]+החניון|w(?:i-?fi|lan)-koden?|(?:kod[ \t]+do[ \t]+)?skrytki[ \t]+na[ \t]+klucze|nyckelbox(?:en)?|รหัสกล่องกุญแจ(?:คือ)?|קוד[ \t]+כספת[ \t]+המפתחות|kode[ \t]+(?:sandi[ \t]+)?(?:rapat(?:nya)?|akses|masuk|gerbang|alarm(?:nya)?|kotak[ \t]+kunci(?:nya)?|brankas)|(?:kokouksen[ \t]+)?pääsykoodi|hälytyksen[ \t]+koodi|portin[ \t]+koodi|noutokoodi|přístupový[ \t]+kód|kód[ \t]+(?:od[ \t]+)?(?:brány|alarmu|trezoru|vchodu|dveří|domu)|code[ \t]+ng[ \t]+(?:gate|pinto)|הקוד[ \t]+ל(?:דלת|שער|בניין)|(?:ulko-?)?oven[ \t]+koodi|κωδικός[ \t]+(?:της[ \t]+)?(?:πόρτας|εισόδου|συναγερμού)|गेट[ \t]+का[ \t]+कोड|kode[ \t]+pintu(?:[ \t]+gedung)?|codul[ \t]+(?:de[ \t]+la[ \t]+(?:interfon|poart(?:ă|a)|u(?:ș|s)(?:ă|a))|de[ \t]+acces)|kapuk(?:ó|o)d(?:ja)?|공동현관[ \t]*(?:비밀번호|출입[ \t]*번호)|(?:[^\s\d]+[ \t]+)?दरवाज(?:़)?े[ \t]+का[ \t]+कोड|رمز[ \t]+باب(?:[ \t]+[^\s\d:]+){0,3}[ \t]+هو|(?:К|к)од[ \t]+(?:від[ \t]+під(?:'|’)?їзду|от[ \t]+подъезда|подъезда)|c(?:ó|o)digo[ \t]+(?:de[ \t]+acceso|(?:de[ \t]+la[ \t]+|de[ \t]+)?alarma|del[ \t]+port(?:ó|o)n|do[ \t]+cofre(?:[ \t]+de[ \t]+chaves)?)|cofre[ \t]+de[ \t]+chaves|caja[ \t]+de[ \t]+llaves|code[ \t]+(?:d'acc(?:è|e)s|de[ \t]+l'alarme|d'alarme|du[ \t]+portail|de[ \t]+la[ \t]+carte)|bo(?:î|i)te[ \t]+(?:à|a)[ \t]+cl(?:é|e)s|zugangscode|code[ \t]+f(?:ü|u)r(?:s|[ \t]+das)?[ \t]+(?:hoftor|tor|garagentor)|hoftor|toegangscode|poortcode|kod[ \t]+(?:dostępu|do[ \t]+bramy|alarmu|do[ \t]+sejfu)|sejf[ \t]+na[ \t]+klucze|(?:К|к)од[ \t]+(?:доступа|доступу|від[ \t]+ключниці|от[ \t]+ключницы|сигналізації|сигнализации|для[ \t]+получения|сертификата|подарочного[ \t]+сертификата|от[ \t]+ворот|від[ \t]+воріт)|erişim[ \t]+kodu|alarm[ \t]+kodu|kapı[ \t]+kodu|hediye[ \t]+kartı(?:[ \t]+kodu)?|mã[ \t]+(?:truy[ \t]+cập|cổng|báo[ \t]+động)|アクセスコード|ロッカー番号|暗証番号|참여[ \t]*코드|접속[ \t]*코드|키박스(?:[ \t]*비밀번호)?|경보[ \t]*코드|게이트[ \t]*코드|会议密码|入会密码|门禁码|取件码|礼品卡(?:密码|卡号)?|गेट[ \t]+कोड|गैराज[ \t]+कोड|अलार्म[ \t]+कोड|codice[ \t]+(?:della[ \t]+cassetta[ \t]+portachiavi|dell'allarme|del[ \t]+cancello|d'accesso|della[ \t]+carta)|cassetta[ \t]+portachiavi|afhentningskoden?|koden[ \t]+til[ \t]+(?:gavekortet|porten|alarmen|nøgleboksen)|nøgleboks|nøkkelboks|hentekode|hämtningskod|nyckelskåp|larmkod|grindkod|portkode|alarmkode|קוד[ \t]+(?:איסוף|אזעקה|שער|גישה)|\bcard[ \t]+pin|gavekort(?:et)?|presentkort(?:et)?|carte[ \t]+cadeau|buono[ \t]+regalo|vale-presente|cadeaukaart|\bcode[ \t]+for[ \t]+the[ \t]+(?:(?:front|back|main|side|rear|street|building|office|garden|garage|lobby)[ \t]+)?(?:door|gate|entrance|building|garage|lobby|key[ \t]?safe|lockbox|locker|alarm)|schl(?:ü|ue)ssel(?:tresor|safe|box)|\bkey[ \t]?box|\b(?:pick-?up|collection|locker)[ \t]+code|\babholcode|\bcode[ \t]+de[ \t]+retrait|c(?:ó|o)digo[ \t]+de[ \t]+recogida|\bcodice[ \t]+di[ \t]+ritiro|\bophaalcode|\bkod[ \t]+odbioru|\bgift[ \t]+(?:card[ \t]+)?(?:code|pin)|\bgift[ \t]+card(?:[ \t]+(?:no\.?|number|#))?|\b(?:parcel[ \t]+)?locker[ \t]+(?:no\.?[ \t]*|#)?\d{1,4}[ \t]+(?:code|pin)|\bvoucher[ \t]+code|\bgutscheincode|\bcode[ \t]+cadeau|c(?:ó|o)digo[ \t]+(?:de[ \t]+regalo|do[ \t]+vale)|\bcodice[ \t]+regalo|\bcadeaucode|\bclaim[ \t]+code|\b(?:door|gate|entry|entrance|keypad|garage)[ \t]+code|\bpasscode|\bdigicode|\bdeurcode|t(?:ü|ue)rcode|\btorcode|\balarmcode|\bcode(?:[ \t]+de[ \t]+la)?[ \t]+porte|c(?:ó|o)digo[ \t]+d[aoe][ \t]+(?:la[ \t]+)?(?:puerta|porta|port(?:ã|a)o)|\bkod[ \t]+do[ \t]+drzwi|код[ \t]+(?:домофона|двери)|현관[ \t]+비밀번호|도어락(?:[ \t]+비밀번호)?|رمز[ \t]+الباب|門禁(?:密碼)?|门禁(?:密码|码)?|\b(?:recovery|backup)[ \t]+codes?|c(?:ó|o)digo[ \t]+de[ \t]+recupera(?:ci(?:ó|o)n|(?:çã|ca)o)|code[ \t]+de[ \t]+r(?:é|e)cup(?:é|e)ration|резервный[ \t]+код|リカバリーコード|복구[ \t]+코드|恢复码|wiederherstellungscode|herstelcode|kod[ \t]+odzyskiwania|code[ \t]+de[ \t]+la[ \t]+visio|\bunlock[ \t]+(?:pin|code)|\bsim[ \t]+pin|\bpuk|\bportkod|c(?:ó|o)digo[ \t]+del[ \t]+portal|\beinwahl-?pin|\bdial-in[ \t]+pin|\bsafe[ \t]+combo)(?:[ \t]*(?:[:=]|：)[ \t]*|[ \t]+for[ \t]+the[ \t]+[^\n:="'#]{1,30}?[ \t]+(?:is|was|=)[ \t]*|[ \t]*(?:–|—|-)[ \t]*|[ \t]*(?:(?:is|es|est|ist|lautet|é|è|är|er|to|adalah|on|je|jest|là|este|ay|ni|είναι|הוא|היא|है|=)[ \t]+)?|(?:은|는|是|は)[ \t]*|[^\n:="'#]{0,40}?[ \t]*(?:[:=]|：)[ \t]*|(?:[^\n:="'#]|'[A-Za-z])(?:[^\n:="'#]|'[A-Za-z]){0,39}?[ \t]+(?:is|es|est|ist|lautet|é|è|är|er|era|war|was|adalah|on|je|jest|este|ay|ni|είναι|הוא|היא|है)[ \t]+)["'\x60]?(\d{4}(?:[ \-]\d{4}){2,3}|[*#]?\d{4,10}#?|[A-Z]\d{3,5}|\d{1,2}-\d{1,2}-\d{1,2}|\d{3,5}(?:[ \-]\d{3,5}){1,3}|[A-Za-z0-9]{4,6}(?:-[A-Za-z0-9]{4,6}){1,3}|[A-Za-z0-9]{6,16})(?:#|["'\x60]|[^\w\-#]|$))re",
                  0, Check::kAccessCode, 0.75f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // A SIM's PIN and PUK given together ("SIM PIN / PUK:   4463 / 77029767"): the PUK after the slash.
  r.push_back(Raw("sim_pin_puk_pair", "PASSWORD", {"pin / puk", "pin/puk"},
                  R"re((?i)\bPIN[ \t]*/[ \t]*PUK[ \t]*[:=][ \t]*\d{4,8}[ \t]*/[ \t]*(\d{8})\b)re", 0, Check::kNone, 0.8f));
  r.back().window_before = 8;
  r.back().window_after = 80;
  // A sheet of recovery or backup codes under its heading ("Recovery codes:\n  5725 2183\n  4842
  // 1835", "1. 8b525-20cca    2. f6ad1-459ce", "Z3PN-KIK7-F2YG"): each code standing alone on
  // its line or apart from its neighbour by a column gap, in the shapes the services print.
  r.push_back(Raw("recovery_code_sheet", "PASSWORD",
                  {"recovery codes", "backup codes", "recovery code", "backup code",
                   "c\xc3\xb3" "digos de recupera", "codes de r\xc3\xa9" "cup\xc3\xa9" "ration",
                   "wiederherstellungscodes", "herstelcodes",
                   "\xd1\x80\xd0\xb5\xd0\xb7\xd0\xb5\xd1\x80\xd0\xb2\xd0\xbd\xd1\x8b\xd0\xb5 \xd0\xba\xd0\xbe\xd0\xb4\xd1\x8b",
                   "\xe3\x83\xaa\xe3\x82\xab\xe3\x83\x90\xe3\x83\xaa\xe3\x83\xbc\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x89",
                   "\xeb\xb3\xb5\xea\xb5\xac \xec\xbd\x94\xeb\x93\x9c", "\xe6\x81\xa2\xe5\xa4\x8d\xe7\xa0\x81",
                   // Polish, Russian (both cases: the keyword match folds ASCII only), French,
                   // Italian, Spanish, Portuguese, Turkish, Dutch, Nordic, Czech, Chinese,
                   // Japanese and Korean headings of the same sheet.
                   "kody zapasowe", "kody odzyskiwania", "kody awaryjne",
                   "\xd1\x80\xd0\xb5\xd0\xb7\xd0\xb5\xd1\x80\xd0\xb2\xd0\xbd\xd1\x8b\xd0\xb5 \xd0\xba\xd0\xbe\xd0\xb4\xd1\x8b",
                   "\xd0\xa0\xd0\xb5\xd0\xb7\xd0\xb5\xd1\x80\xd0\xb2\xd0\xbd\xd1\x8b\xd0\xb5 \xd0\xba\xd0\xbe\xd0\xb4\xd1\x8b",
                   "codes de secours", "codes de sauvegarde", "codici di recupero", "codici di backup",
                   "codici di riserva", "c\xc3\xb3" "digos de respaldo", "c\xc3\xb3" "digos de seguridad",
                   "c\xc3\xb3" "digos de backup", "c\xc3\xb3" "digos de reserva", "yedek kod",
                   "kurtarma kod", "back-upcodes", "reservecodes", "reservekoder", "reservkoder",
                   "gjenopprettingskoder", "varakoodit", "palautuskoodit", "z\xc3\xa1lo\xc5\xbe" "n\xc3\xad k\xc3\xb3" "dy",
                   "k\xc3\xb3" "dy pro obnoven", "backup-codes", "backup-code", "emergency codes",
                   "\xe5\xa4\x87\xe7\x94\xa8\xe7\xa0\x81", "\xe5\xa4\x87\xe4\xbb\xbd\xe7\xa0\x81",
                   "\xe6\x81\xa2\xe5\xa4\x8d\xe4\xbb\xa3\xe7\xa0\x81", "\xe5\x82\x99\xe7\x94\xa8\xe7\xa2\xbc",
                   "\xe3\x83\x90\xe3\x83\x83\xe3\x82\xaf\xe3\x82\xa2\xe3\x83\x83\xe3\x83\x97\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x89",
                   "\xeb\xb0\xb1\xec\x97\x85 \xec\xbd\x94\xeb\x93\x9c"},
                  R"re((?m)(?:(?:^[ \t]*|[ \t]{2,})(?:\d{1,2}[.)][ \t]*)?|\b\d{1,2}[.)][ \t]*)([0-9a-z]{5}-[0-9a-z]{5}|[0-9A-Z]{5}-[0-9A-Z]{5}|[0-9a-z]{4}-[0-9a-z]{4}|[0-9A-Z]{4}-[0-9A-Z]{4}|[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}|[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}|\d{4} \d{4}|\d{8}|[a-z0-9]{10})(?:[ \t]*$|[ \t]{2,}))re",
                  0, Check::kSheetCode, 0.75f));
  r.back().window_before = 0;
  r.back().window_after = 700;
  // The code of a door, gate or building said in a sentence of many languages, with words
  // between the name and the code ("Der Türcode für den Hintereingang ist 3725", "Le digicode
  // de l'entrée B est 8997", "Il codice del portone è *4900", "通用口の暗証番号は *3506",
  // "后门门禁密码是 4427", "Mã cửa sau là 368707", "Ovikoodi on 590901", "leave at the back
  // door, code *3697", "gate code *6258"). The star that opens a keypad code and the hash that
  // sends it are part of it. Only digits: a year or a count after the words is refused by
  // IsPlausibleAccessCode's run and repeat test, and the words may not hold a colon or a quote.
  r.push_back(Raw("keypad_code_prose", "PASSWORD",
                  {"door", "gate code", "digicode", "t\xc3\xbc" "rcode", "tuercode", "torcode",
                   "portail", "portone", "cancello", "citofono", "portal", "port\xc3\xa3o", "puerta",
                   "ovikoodi", "porttikoodi", "d\xc3\xb8rkode", "portkod", "deurcode", "kod do",
                   "k\xc3\xb3" "d k", "\xe6\x9a\x97\xe8\xa8\xbc\xe7\x95\xaa\xe5\x8f\xb7",
                   "\xe9\x97\xa8\xe7\xa6\x81", "\xe9\x96\x80\xe7\xa6\x81",
                   "\xe0\xb8\xa3\xe0\xb8\xab\xe0\xb8\xb1\xe0\xb8\xaa\xe0\xb8\x9b\xe0\xb8\xa3\xe0\xb8\xb0\xe0\xb8\x95\xe0\xb8\xb9",
                   "\xd8\xb1\xd9\x85\xd8\xb2 \xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd8\xa8", "m\xc3\xa3 c", "ma c",
                   "\xed\x98\x84\xea\xb4\x80", "\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xbe\xd1\x84\xd0\xbe\xd0\xbd",
                   "\xd0\xb4\xd0\xb2\xd0\xb5\xd1\x80", "kap\xc4\xb1", "keypad", "lockbox", "key safe",
                   "keysafe", "alarm code", "entry code", "building code", "lobby code"},
                  R"re((?i)(?:door[ \t]*,?[ \t]*(?:code|pin|combination)|\b(?:gate|entry|entrance|keypad|garage|lockbox|key[ \t]?safe|alarm|building|lobby)[ \t]+(?:access[ \t]+)?(?:code|pin|combination|combo)|digicode|t(?:ü|ue)rcode|\btorcode|code[ \t]+(?:du[ \t]+|de[ \t]+l[a'’]?[ \t]*)?(?:portail|porte|immeuble)|codice[ \t]+(?:del(?:la|l')?[ \t]*|d'|dell')?(?:portone|cancello|porta|ingresso|citofono)|c(?:ó|o)digo[ \t]+d[oae]l?[ \t]+(?:portal|port(?:ã|a)o|puerta|porta(?:ria)?)|ovikoodi|porttikoodi|d(?:ø|o)rkode|portkod|deurcode|kod[ \t]+do[ \t]+(?:drzwi|bramy|domofonu|klatki)|k(?:ó|o)d[ \t]+k[ \t]+(?:dve(?:ř|r)(?:í|i)m|br(?:á|a)n(?:ě|e))|暗証番号|门禁(?:密码|码)?|門禁(?:密碼)?|รหัสประตู|رمز[ \t]+الباب|m(?:ã|a)[ \t]+c(?:ử|u)a|m(?:ã|a)[ \t]+c(?:ổ|o)ng|현관[ \t]*(?:비밀번호|번호)|код[ \t]+(?:от[ \t]+)?(?:домофона|двери)|kap(?:ı|i)[ \t]+(?:şifresi|kodu))(?:[ \t]*(?:[:=]|：)[ \t]*|[ \t]+|[^\n:=<>"\x60{}\[\]]{0,40}?(?:[ \t]*(?:[:=]|：)[ \t]*|[ \t]+(?:is|was|est|ist|es|er|on|jest|je|hoa|to|è|é|är|là|la|هو)[ \t]+|[ \t]*(?:是|为|為|は|คือ)[ \t]*))["'\x60«]?(\*?\d{4,8}#?)(?:[^0-9A-Za-z/\-.:,]|[.,:](?:[^0-9]|$)|$))re",
                  0, Check::kAccessCode, 0.75f));
  r.back().window_before = 40;
  r.back().window_after = 120;
  // A card's or a phone's PIN labelled, in many languages and with the words that say whose it
  // is ("PIN der Karte: 5819", "PIN do cartão: 9041", "Code PIN de la carte : 9384", "Kortets
  // PIN-kod: 090082", "Backup PIN: 595742", "Notfall-PIN: 088953", "קוד PIN לכרטיס: 7012"), or a
  // password manager's note that is only "PIN 91370"; a bridge's alphanumeric PIN ("Join by
  // phone: ... PIN: 5v2Qnj91") as IsPlausibleAccessCode takes it. An Indian postal "PIN code: 560001" is
  // no PIN: "PIN code" alone is not read, only with words saying whose it is.
  r.push_back(Raw("labelled_pin_code", "PASSWORD", {"pin", "\xd0\xbf\xd0\xb8\xd0\xbd", "\xd0\x9f\xd0\x98\xd0\x9d"},
                  R"re((?:\b(?:PIN|Pin)(?:[ \t-]?(?:kod|kode|koodi|Kode|Nummer|nummer|number|no\.?|numero|número))?(?:[ \t]+(?:der|des|do|da|de|du|della|del|di|dla|for|of|to|van|voor|til|för|på|kartu|karty|kortet|karte|card|sim|na|для|карты|ל)[^\n:=0-9"'\x60{}<>]{0,25}?)?|\b(?:PIN|Pin)[ \t-]?[Cc]ode[ \t]+(?:der|des|do|da|de|du|della|del|di|dla|for|of|to|van|voor|til|för|på|kartu|karty|kortet|karte|card|sim|na|для|карты|ל)[^\n:=0-9"'\x60{}<>]{0,25}?|(?:ПИН|пин)(?:-?код)?(?:[ \t]+[^\n:=0-9"'\x60{}<>]{1,30}?)?)[ \t]*(?:[:=]|：)[ \t]*["'\x60]?(\d{4,8}|[A-Za-z0-9]{6,12})(?:[^0-9A-Za-z]|$)|(?:^|["'\x60,|\t(])[ \t]*PIN[ \t]+(\d{4,8})[ \t]*(?:["'\x60,|\t)\n]|$)|\(PIN[ \t]+([A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,3}|[A-Z0-9]{12,20})\))re",
                  0, Check::kAccessCode, 0.75f));
  r.back().window_before = 40;
  r.back().window_after = 80;
  // A one-time code a service sends by text or mail ("your verification code is 425817",
  // "votre code de vérification est 550876", "验证码：974167", "код подтверждения 442335", "G-
  // 123456 is your verification code"): valid for minutes, yet enough to take the account
  // over while it is. A booking's "confirmation code" is a reference, not read.
  r.push_back(Raw("one_time_code", "PASSWORD",
                  {"verification code", "verify code", "v\xc3\xa9rification", "verificaci", "verifica\xc3\xa7\xc3\xa3o",
                   "codice di verifica", "verificatiecode", "best\xc3\xa4tigungscode", "sicherheitscode",
                   "anmeldecode", "kod weryfikacyjny", "kod jednorazowy", "do\xc4\x9frulama kodu",
                   "\xd0\xba\xd0\xbe\xd0\xb4 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f",
                   "\xd0\x9a\xd0\xbe\xd0\xb4 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f",
                   "\xe9\xaa\x8c\xe8\xaf\x81\xe7\xa0\x81", "\xe9\xa9\x97\xe8\xad\x89\xe7\xa2\xbc",
                   "\xe8\xaa\x8d\xe8\xa8\xbc\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x89", "\xe7\xa2\xba\xe8\xaa\x8d\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x89",
                   "\xec\x9d\xb8\xec\xa6\x9d\xeb\xb2\x88\xed\x98\xb8", "\xec\x9d\xb8\xec\xa6\x9d \xec\xbd\x94\xeb\x93\x9c",
                   "one-time code", "one time code", "one-time passcode", "one-time password", "otp",
                   "login code", "sign-in code", "signin code", "2fa code", "mfa code",
                   "security code is", "authentication code", "access code is", "mã xác", "kode verifikasi",
                   "kode otp", "\xe0\xb8\xa3\xe0\xb8\xab\xe0\xb8\xb1\xe0\xb8\xaa otp"},
                  R"re((?i)(?:verif(?:ication|y)[ \t]+code|code[ \t]+de[ \t]+v(?:é|e)rification|c(?:ó|o)digo[ \t]+de[ \t]+verifica(?:ci(?:ó|o)n|(?:çã|ca)o)|codice[ \t]+di[ \t]+verifica|verificatiecode|best(?:ä|ae)tigungscode|sicherheitscode|anmeldecode|kod[ \t]+(?:weryfikacyjny|jednorazowy)|do(?:ğ|g)rulama[ \t]+kodu|код[ \t]+подтверждения|验证码|驗證碼|認証コード|確認コード|인증[ \t]*(?:번호|코드)|one[ \t-]time[ \t]+(?:code|passcode|password|pin)|\botp(?:[ \t]+code)?|log[ \t-]?in[ \t]+code|sign[ \t-]?in[ \t]+code|[23]fa[ \t]+code|mfa[ \t]+code|security[ \t]+code|authentication[ \t]+code|access[ \t]+code|m(?:ã|a)[ \t]+x(?:á|a)c[ \t]+(?:thực|nhận|minh)|kode[ \t]+(?:verifikasi|otp)|รหัส[ \t]*otp)(?:[ \t]*\([^)\n]{1,20}\))?(?:[ \t]*(?:[:=]|：)[ \t]*|[ \t]+(?:is|est|es|ist|è|é|är|er|on|jest|là|adalah)[ \t]*:?[ \t]*|[ \t]*(?:是|为|は)[ \t]*|[ \t]+)["'\x60«]?(\d{4,8}|\d{3}[ -]\d{3})(?:[^0-9A-Za-z]|$)|\b(?:G-)?(\d{4,8})[ \t]+(?:is|est|es|ist)[ \t]+(?:your|votre|tu|su|il[ \t]+tuo|dein|ihr)[ \t]+[^\n]{0,30}?(?:code|c(?:ó|o)digo|codice))re",
                  0, Check::kAccessCode, 0.75f));
  r.back().window_before = 40;
  r.back().window_after = 100;
  // A PIN in a field a log or a record names for whose it is ("account_pin=81440",
  // "customerPin: 0198", "voicemail-pin=4411"): an IVR or a CRM writing what a caller keyed in.
  r.push_back(Raw("named_pin_field", "PASSWORD",
                  {"pin=", "pin\"", "pin:", "pin'", "pin =", "pin :", "pincode", "pin_code", "pin_number"},
                  R"re((?i)(?:\b|_)(?:account|acct|customer|cust|card|debit|atm|user|voicemail|vm|sim|phone|telephone|banking|ivr|caller|security|access|door|gate|alarm|online|web|login|support|service)[_\-.]?pin(?:[_\-.]?(?:code|number|no))?["']?[ \t]*[:=][ \t]*["']?(\d{4,8})(?:[^0-9A-Za-z]|$))re",
                  0, Check::kAccessCode, 0.75f));
  r.back().window_before = 40;
  r.back().window_after = 30;
  // A lock for keys named first, then where it is, then its code ("Key safe by the garage, code
  // 9104", "Schlüsseltresor an der Garage, Code 2253", "Nyckelskåpet vid garaget har koden
  // 3378", "Boîte à clés près du portail, code *4876#").
  r.push_back(Raw("key_lock_then_its_code", "PASSWORD",
                  {"key safe", "keysafe", "lockbox", "lock box", "key box", "keybox",
                   "schl\xc3\xbcsseltresor", "schl\xc3\xbcsselsafe", "schl\xc3\xbcsselbox", "schl\xc3\xbcsselkasten",
                   "cofre de chaves", "caja de llaves", "bo\xc3\xaete \xc3\xa0 cl\xc3\xa9s", "boite a cles",
                   "nyckelsk\xc3\xa5p", "n\xc3\xb8gleboks", "n\xc3\xb8kkelboks", "sleutelkluis",
                   "skrytka na klucze", "sejf na klucze", "cassetta portachiavi", "cassetta delle chiavi",
                   "\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xbd\xd0\xb8\xd1\x86"},
                  R"re((?i)(?:key[ \t]?safe|lock[ \t]?box|key[ \t]?box|schl(?:ü|ue)ssel(?:tresor|safe|box|kasten)|cofre[ \t]+de[ \t]+chaves|caja[ \t]+de[ \t]+llaves|bo(?:î|i)te[ \t]+(?:à|a)[ \t]+cl(?:é|e)s|nyckelsk(?:å|a)p(?:et)?|n(?:ø|o)(?:gle|kkel)boks(?:en)?|sleutelkluis(?:je)?|(?:skrytka|sejf)[ \t]+na[ \t]+klucze|cassetta[ \t]+(?:portachiavi|delle[ \t]+chiavi)|ключниц(?:а|е|ы|і))[^\n\d:=]{0,40}?[ \t,]+(?:code|c(?:ó|o)digo|codice|koden?|kod|pin|combo|combination|kombination|код)(?:[ \t]*[:=]|[ \t]+(?:is|es|est|ist|é|è|är|er|to))?[ \t]*["'\x60]?([*#]?\d{3,8}#?|\d{2}-\d{2}-\d{2})(?:[^0-9A-Za-z]|$))re",
                  0, Check::kAccessCode, 0.75f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // A guest network labelled, named after a colon, then its key after a comma ("Wi-Fi invités :
  // Guest-WLAN, clé X", "WLAN für Gäste: Guest-WLAN, Passwort X", "Gäst-wifi: Sala, lösenord X",
  // "Wi-Fi επισκεπτών: Guest-WLAN, κωδικός X"); the key may be a passphrase of words.
  r.push_back(Raw("wifi_network_then_key", "PASSWORD", {"wi-fi", "wifi", "wlan"},
                  R"re((?i)(?:wi-?fi|wlan)[^\n:=]{0,30}?[ \t]*:[ \t]*[^\s,;:]{1,40}[ \t]*,[ \t]*(?:the[ \t]+)?(?:key|cl(?:é|e)|password|passwort|kennwort|l(?:ö|o)senord|κωδικός|contrase(?:ñ|n)a|clave|senha|wachtwoord|has(?:ł|l)o|пароль|parola|salasana|adgangskode|passord|(?:ş|s)ifre|mật[ \t]+khẩu|sandi|psk|pw|pass)[ \t]*(?::|=|[ \t]is)?[ \t]*)re" +
                      open_quote + prose_value_or_words,
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A Greek password whose word is followed by whose it is, then "is" ("ο κωδικός του κοινόχρηστου
  // γραμματοκιβωτίου είναι X", "ο κωδικός για το wifi-hq-14 είναι violet willow gravel").
  r.push_back(Raw("greek_password_copula", "PASSWORD",
                  {"\xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c\xcf\x82"},
                  R"re(κωδικός(?:[ \t]+[^\s:=«"]+){0,5}[ \t]+είναι[ \t]+)re" +
                      open_quote + prose_value_or_words,
                  0, Check::kProsePassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A file's resource key in a shared-drive link ("...view?usp=sharing&resourcekey=0-X"): with
  // the file id it opens a link-shared file to whoever has the link.
  r.push_back(Raw("drive_resource_key", "SECRET", {"resourcekey="},
                  R"re([?&]resourcekey=(\d-[A-Za-z0-9_\-]{16,64}))re", 0, Check::kNone, 0.9f));
  r.back().window_before = 4;
  r.back().window_after = 90;
  // An app password (16 lower-case letters in four groups, Google's and Microsoft's shape) after
  // the words that name it, in many languages, on its line or the next ("Use this app password
  // in Outlook: opit ncxr uphh cdgc", "App-Passwort: ...", "Applösenord för Outlook: ...",
  // "סיסמת אפליקציה ל-Outlook: ...").
  r.push_back(Raw("app_password_groups", "PASSWORD",
                  {"app password", "app-password", "app-passwort", "app passwort", "appl\xc3\xb6senord", "app-l\xc3\xb6senord",
                   "app-wachtwoord", "app wachtwoord", "password per le app", "password dell'app", "mot de passe d'application",
                   "mot de passe d\xe2\x80\x99" "application", "contrase\xc3\xb1" "a de aplicaci", "senha de app", "senha de aplicativo",
                   "has\xc5\x82o aplikacji", "\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c \xd0\xbf\xd1\x80\xd0\xb8\xd0\xbb\xd0\xbe\xd0\xb6\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f",
                   "\xd7\xa1\xd7\x99\xd7\xa1\xd7\x9e\xd7\xaa \xd7\x90\xd7\xa4\xd7\x9c\xd7\x99\xd7\xa7\xd7\xa6\xd7\x99\xd7\x94",
                   "\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa \xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89",
                   "\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89",
                   "\xec\x95\xb1 \xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8", "\xe5\xba\x94\xe7\x94\xa8\xe4\xb8\x93\xe7\x94\xa8\xe5\xaf\x86\xe7\xa0\x81",
                   "sovellussalasana", "app-adgangskode", "app-passord", "uygulama \xc5\x9fifresi"},
                  R"re((?:[^\n]{0,60}?|[^\n]{0,60}?:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*)([a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}|[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4})(?:[^A-Za-z0-9\-]|$))re",
                  0, Check::kNone, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // A dial-in bridge's PIN of up to 13 digits (Meet's are 9 to 13): after "Dial-in <number>,"
  // or in a calendar's phone entry point ("uri": "tel:...", "pin": "991818073").
  r.push_back(Raw("dial_in_pin", "PASSWORD", {"dial-in", "dial in", "tel:"},
                  R"re((?i)(?:dial[ \t-]?in[ \t:]+\+?[\d ()\-]{6,20},?[ \t]*(?:PIN|passcode|code)[ \t:]+|"uri"[ \t]*:[ \t]*"tel:[^"]{4,24}"[ \t]*,\s*"pin"[ \t]*:[ \t]*")(\d{4,13})(?:[^0-9A-Za-z]|$))re",
                  0, Check::kNone, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 140;
  // A number-porting code on a SIM or porting form: the UK's PAC and STAC (three letters and six
  // digits), France's RIO ("PAC: MKP105837", "RIO: 01P123456ABC"). Not "NIP", Poland's tax id.
  r.push_back(Raw("number_porting_code", "PASSWORD", {"pac", "stac", "rio", "porting code", "port-out code"},
                  R"re(\b(?:PAC|STAC)[ \t]*(?:[:=#]|：)[ \t]*([A-Z]{3}\d{6})(?:[^A-Za-z0-9]|$)|\bRIO[ \t]*(?:[:=#]|：)[ \t]*(\d{2}[A-Z]\d{6}[A-Z0-9]{3})(?:[^A-Za-z0-9]|$)|(?i:\bport(?:ing)?(?:[ \t-]?out)?[ \t-]+(?:auth(?:ori[sz]ation)?[ \t]+)?code)[ \t]*(?:[:=#]|：)[ \t]*([A-Z0-9]{6,12})(?:[^A-Za-z0-9]|$))re",
                  0, Check::kAccessCode, 0.75f));
  r.back().window_before = 24;
  r.back().window_after = 40;
  // A word kept to prove who one is: a child's pickup password, a bank's memorable word, a
  // secret or code word ("pickup password Goldie", "Memorable word: Pudding", "the code word is
  // Kartoffel").
  r.push_back(Raw("memorable_word", "PASSWORD",
                  {"pickup password", "pick-up password", "collection password", "memorable word",
                   "secret word", "code word", "codeword", "safe word", "safeword", "codewort",
                   "mot de passe de sortie", "kennwort f\xc3\xbcr die abholung"},
                  R"re((?i)\b(?:(?:pick-?up|collection)[ \t]+password|(?:memorable|secret)[ \t]+word|code[ \t]?word|codewort|safe[ \t]?word)(?:[ \t]*(?:[:=]|—|–)[ \t]*|[ \t]+is[ \t]+|[ \t]+)(?:["'\x60]|«|“)?((?-i:[A-Za-z][a-z]{2,20}\d{0,4}|[A-Za-z]+\d+[A-Za-z\d]*))(?:["'\x60]|»|”)?(?:[ \t]*$|[ \t]*[\r\n.,;)]))re",
                  0, Check::kNone, 0.75f));
  r.back().window_before = 8;
  r.back().window_after = 80;
  // ASP.NET's machine key in web.config: the validation and decryption keys, hex.
  r.push_back(Raw("aspnet_machine_key", "SECRET", {"<machinekey"},
                  R"re((?i)\b(?:validationKey|decryptionKey)[ \t]*=[ \t]*\\?"([0-9A-F]{32,128})\\?")re",
                  0, Check::kNone, 0.85f));
  r.back().window_before = 0;
  r.back().window_after = 400;
  // A code the writer says they just received, pasted into a support chat or a ticket ("the
  // code I just got is 841433", "le code que je viens de recevoir est 60810755", "koden jag
  // precis fick är 15173964", "방금 받은 인증번호는 617736", "az önce gelen kod 73858519"): a
  // one-time code in use, enough to take the account over.
  r.push_back(Raw("received_one_time_code", "PASSWORD",
                  {"code i", "code you", "code that", "code which", "code que", "code qu'",
                   "c\xc3\xb3" "digo que", "codigo que", "codice che", "code, den", "code den", "code die",
                   "koden jeg", "koden jag", "kod, kt\xc3\xb3" "ry", "kod kt\xc3\xb3" "ry", "codul pe care",
                   "\xd0\xba\xd0\xbe\xd0\xb4, \xd0\xba\xd0\xbe\xd1\x82\xd0\xbe\xd1\x80", "\xd0\xba\xd0\xbe\xd0\xb4 \xd0\xba\xd0\xbe\xd1\x82\xd0\xbe\xd1\x80",
                   "\xd0\xba\xd0\xbe\xd0\xb4, \xd1\x8f\xd0\xba\xd0\xb8\xd0\xb9", "gelen kod",
                   "\xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c\xcf\x82 \xcf\x80\xce\xbf\xcf\x85",
                   "\xd8\xa7\xd9\x84\xd8\xb1\xd9\x85\xd8\xb2 \xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a",
                   "\xe0\xb8\xa3\xe0\xb8\xab\xe0\xb8\xb1\xe0\xb8\xaa\xe0\xb8\x97\xe0\xb8\xb5\xe0\xb9\x88",
                   "\xeb\xb0\x9b\xec\x9d\x80", "code na natanggap", "kode yang",
                   "\xe0\xa6\x95\xe0\xa7\x8b\xe0\xa6\xa1 \xe0\xa6\xaa\xe0\xa7\x87",
                   "\xe0\xa4\x95\xe0\xa5\x8b\xe0\xa4\xa1 \xe0\xa4\xae\xe0\xa4\xbf", "m\xc3\xa3 t\xc3\xb4i", "m\xc3\xa3 m\xc3\xacnh",
                   "\xe5\xb1\x8a\xe3\x81\x84\xe3\x81\x9f", "\xe6\x94\xb6\xe5\x88\xb0\xe7\x9a\x84",
                   "k\xc3\xb3" "d, kter\xc3\xbd", "k\xc3\xb3" "d kter\xc3\xbd", "k\xc3\xb3" "d, amit", "koodi, jonka", "koodi jonka",
                   "\xd7\x94\xd7\xa7\xd7\x95\xd7\x93 \xd7\xa9", "msimbo", "kod yang", "codice appena", "koden som",
                   "\xe0\xb8\xa3\xe0\xb8\xab\xe0\xb8\xb1\xe0\xb8\xaa\xe0\xb8\xa2\xe0\xb8\xb7\xe0\xb8\x99\xe0\xb8\xa2\xe0\xb8\xb1\xe0\xb8\x99",
                   "\xe0\xa4\x86\xe0\xa4\xaf\xe0\xa4\xbe \xe0\xa4\x95\xe0\xa5\x8b\xe0\xa4\xa1", "un solo uso", "usage unique", "einmalcode",
                   "einmal-code", "einmalpasswort", "eenmalige code", "eng\xc3\xa5ngskod", "engangskode", "kod jednorazowy",
                   "\xe3\x83\xaf\xe3\x83\xb3\xe3\x82\xbf\xe3\x82\xa4\xe3\x83\xa0", "\xe4\xb8\x80\xe6\xac\xa1\xe6\x80\xa7",
                   "\xec\x9d\xbc\xed\x9a\x8c\xec\x9a\xa9"},
                  R"re((?i)(?:\bcode[ \t]+(?:that[ \t]+|which[ \t]+)?(?:(?:I|you)(?:'ve)?[ \t]+(?:just[ \t]+|have[ \t]+|had[ \t]+)?(?:just[ \t]+)?(?:got|gotten|received|was[ \t]+sent|sent(?:[ \t]+me)?|texted(?:[ \t]+me)?|e-?mailed(?:[ \t]+me)?)|(?:just[ \t]+)?(?:came(?:[ \t]+through)?|arrived))|\bcode[ \t]+(?:que[ \t]+(?:je[ \t]+viens[ \t]+de[ \t]+recevoir|j'ai[ \t]+re(?:ç|c)u|vous[ \t]+m'avez[ \t]+envoy(?:é|e))|qu'on[ \t]+m'a[ \t]+envoy(?:é|e))|c(?:ó|o)digo[ \t]+que[ \t]+(?:me[ \t]+(?:acaba[ \t]+de[ \t]+llegar|lleg(?:ó|o)|(?:han[ \t]+)?enviad?(?:o|aron)|mandaron|chegou)|(?:acabo[ \t]+de[ \t]+)?recib(?:í|i)|(?:acabei[ \t]+de[ \t]+)?receb(?:i|er)|chegou)|codice[ \t]+che[ \t]+(?:ho[ \t]+(?:appena[ \t]+)?ricevuto|mi[ \t]+(?:è|e)[ \t]+(?:appena[ \t]+)?arrivato)|code,?[ \t]+den[ \t]+ich[ \t]+(?:gerade[ \t]+|eben[ \t]+)?(?:bekommen|erhalten)(?:[ \t]+habe)?,?|code[ \t]+die[ \t]+ik[ \t]+(?:net[ \t]+|zojuist[ \t]+)?(?:kreeg|ontving|heb[ \t]+(?:gekregen|ontvangen))|koden[ \t]+(?:jeg|jag)[ \t]+(?:lige[ \t]+|nettopp[ \t]+|precis[ \t]+|just[ \t]+)?(?:har[ \t]+)?(?:fået|fikk|fick|fått|modtog|mottok)|kod,?[ \t]+(?:który|ktory)[ \t]+(?:właśnie[ \t]+|wlasnie[ \t]+)?(?:dostał(?:em|am)|otrzymał(?:em|am)|przyszedł),?(?:[ \t]+to)?|codul[ \t]+pe[ \t]+care[ \t]+(?:tocmai[ \t]+)?l-am[ \t]+primit|код,?[ \t]+(?:который|який)[ \t]+(?:только[ \t]+что[ \t]+|щойно[ \t]+)?(?:пришёл|пришел|получил(?:а)?|прислали|прийшов|отримав(?:ла)?),?|gelen[ \t]+kod(?:u)?|κωδικός[ \t]+που[ \t]+(?:μόλις[ \t]+)?έλαβα|الرمز[ \t]+الذي[ \t]+(?:وصلني|وصلتني|استلمته)(?:[ \t]+الآن)?|รหัสที่(?:เพิ่ง)?ได้รับ|받은[ \t]*(?:인증[ \t]*번호|인증[ \t]*코드|코드)|code[ \t]+na[ \t]+natanggap[ \t]+ko|kode[ \t]+yang[ \t]+(?:baru[ \t]+)?(?:saya[ \t]+)?(?:terima|dapat|diterima)|কোড[ \t]+পেয়েছি(?:[ \t]+সেটা)?|कोड[ \t]+मिला(?:[ \t]+है)?(?:[ \t]+वह)?|mã[ \t]+(?:tôi|mình|em)[ \t]+(?:vừa[ \t]+)?nhận[ \t]+được|届いた(?:確認|認証)?コード(?:は)?|收到的(?:验证码|驗證碼|代码|代碼|码|碼)(?:是)?|kód,?[ \t]+(?:který[ \t]+(?:mi[ \t]+)?(?:právě[ \t]+)?(?:přišel|jsem[ \t]+dostal)|amit[ \t]+(?:most[ \t]+)?kaptam)|koodi,?[ \t]+jonka[ \t]+(?:juuri[ \t]+)?sain|הקוד[ \t]+ש(?:קיבלתי|הגיע)|msimbo[ \t]+(?:nilio(?:pokea|pata)|uliotumwa)|kod[ \t]+yang[ \t]+(?:saya[ \t]+)?(?:baru[ \t]+)?(?:terima|dapat)|codice[ \t]+appena[ \t]+(?:arrivato|ricevuto)|koden[ \t]+som[ \t]+(?:just|precis|nettopp|lige)[ \t]+(?:kom|kommit|fick|fikk)|รหัสยืนยัน(?:ที่(?:เพิ่ง)?ได้รับ)?|(?:अभी[ \t]+)?आया[ \t]+कोड|c(?:ó|o)digo[ \t]+de[ \t]+un[ \t]+solo[ \t]+uso|code[ \t]+(?:à|a)[ \t]+usage[ \t]+unique|einmal(?:-?code|passwort)|eenmalige[ \t]+code|engångskod|engangskode|kod[ \t]+jednorazowy|ワンタイム(?:コード|パスワード)|一次性(?:验证码|密码|代码)|일회용[ \t]*(?:코드|비밀번호))[^\n\d]{0,24}?["'\x60«]?(\d{4,8}|\d{3}[ -]\d{3})(?:[^0-9A-Za-z]|$))re",
                  0, Check::kAccessCode, 0.75f));
  r.back().window_before = 48;
  r.back().window_after = 140;
  // An account's or a customer's PIN a customer gives in a chat, with the possessive that says
  // it is theirs ("my customer PIN is 9269", "mi PIN de cliente es 9986", "kunde-PIN-en min er
  // 0956", "제 고객 PIN은 58061", "我的客户PIN是 1333", "müşteri PIN kodum 61794365", "PIN ya akaunti
  // yangu ni 4304"), or the account's "secret number" ("الرقم السري لحسابي هو 659173").
  r.push_back(Raw("possessive_account_pin", "PASSWORD",
                  {"pin", "\xd0\xbf\xd0\xb8\xd0\xbd", "\xd0\x9f\xd0\x98\xd0\x9d", "\xe0\xa4\xaa\xe0\xa4\xbf\xe0\xa4\xa8",
                   "\xe0\xa6\xaa\xe0\xa6\xbf\xe0\xa6\xa8", "\xd8\xa7\xd9\x84\xd8\xb1\xd9\x82\xd9\x85 \xd8\xa7\xd9\x84\xd8\xb3\xd8\xb1\xd9\x8a"},
                  R"re((?:(?i:\b(?:my|mi|mon|ma|mein(?:e|en)?|min|mitt|mijn|meu|o[ \t]+meu|minha|mój|moj|můj|muj|мой|моя|мій|il[ \t]+mio|la[ \t]+mia)\b)|我的|제|내|मेरा|আমার)[^\n\d:=]{0,30}?(?:PIN|Pin|pin|ПИН|Пин|пин|पिन|পিন)(?i:(?:-|‐)?(?:code|kod|kode|koden|nummer|number|код))?(?:[^\n\d:=]{0,30}?(?:[ \t]+(?i:is|es|est|é|è|ist|lautet|er|är|jest|to|je|este|là|ni|ay|είναι|هو|है)|은|는|是|:|：))?[ \t]*["'\x60]?(\d{4,8})(?:[^0-9A-Za-z]|$)|(?:PIN|Pin|pin|ПИН|पिन|পিন)(?i:(?:-|‐)?(?:en|ul|kod|code))?[^\n\d:=]{0,30}?(?i:\b(?:min|mitt|meu|mea|ko|yangu|kodum|benim|của[ \t]+tôi|μου|mío|mio)\b)[^\n\d:=]{0,20}?(?:[ \t]+(?i:is|es|é|er|är|este|là|ni|ay|po[ \t]+ay|είναι))?[ \t]*["'\x60]?(\d{4,8})(?:[^0-9A-Za-z]|$)|الرقم[ \t]+السري[ \t]+(?:لحسابي|الخاص[ \t]+بي)[ \t]+(?:هو[ \t]+)?(\d{4,8})(?:[^0-9A-Za-z]|$)|\bPIN(?:-koden?|-kod|-Code)?[ \t]+(?i:della|do|da|de[ \t]+la|de|du|of[ \t]+the|of|der|des|till|för|til|for[ \t]+the|van[ \t]+de)[ \t]+(?i:carta|cart(?:ã|a)o|card|karte|kortet|f(?:ö|o)retagskortet|firmakortet|tarjeta|carte|kaart|pas|bankkarte|firmenkarte)[^\n\d:=]{0,30}?[ \t]+(?i:è|é|is|ist|lautet|är|er|es|est|to|je|jest)[ \t]+(\d{4,8})(?:[^0-9A-Za-z]|$)|PIN[ \t]*บัตร[^\s\d]{0,30}?คือ[ \t]*(\d{4,8})(?:[^0-9A-Za-z]|$))re",
                  0, Check::kAccessCode, 0.75f));
  r.back().gate = Gate::kWordStart;
  r.back().window_before = 60;
  r.back().window_after = 80;
  // A password given in a chat with the possessive after the word and no separator, as some
  // languages say it ("kata sandi saya Tiger1973.", "parola mea este Lucky1966_", "ang password
  // ko po ay X", "a jelszavam X", "nenosiri langu ni X", "ο κωδικός μου είναι X").
  r.push_back(Raw("postposed_possessive_password", "PASSWORD",
                  {"sandi saya", "sandi aku", "password saya", "parola mea", "password ko", "jelszavam",
                   "nenosiri", "\xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c\xcf\x82 \xce\xbc\xce\xbf\xcf\x85",
                   "\xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c\xcf\x82 \xcf\x80\xcf\x81\xcf\x8c\xcf\x83\xce\xb2\xce\xb1\xcf\x83\xce\xb7\xcf\x82 \xce\xbc\xce\xbf\xcf\x85"},
                  R"re((?i:(?:kata[ \t]+)?sandi[ \t]+(?:saya|aku)(?:[ \t]+(?:adalah|ialah|yaitu))?|password[ \t]+saya(?:[ \t]+(?:adalah|ialah))?|parola[ \t]+mea[ \t]+(?:este|e)|(?:ang[ \t]+)?password[ \t]+ko(?:[ \t]+po)?[ \t]+ay|(?:a[ \t]+)?jelszavam(?:[ \t]+(?:az|a|pedig))?|nenosiri[ \t]+(?:langu[ \t]+)?ni|κωδικός[ \t]+(?:πρόσβασης[ \t]+)?μου[ \t]+είναι)[ \t]*:?[ \t]*)re" +
                      open_quote + prose_value + R"re((?:[ \t]*$|[ \t]*[\r\n,;!]|[ \t]+|\.))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A card's security code written after the card ("4111 ... exp 12/31 cvc 287", "CVV: 4821",
  // "Prüfnummer 123", "código de seguridad: 845").
  r.push_back(Raw("card_security_code", "PASSWORD",
                  {"cvc", "cvv", "card security code", "pr\xc3\xbc" "fnummer", "pruefnummer",
                   "c\xc3\xb3" "digo de seguridad", "codigo de seguridad", "cryptogramme",
                   "c\xc3\xb3" "digo de seguran\xc3\xa7" "a", "codice di sicurezza", "\xd0\xba\xd0\xbe\xd0\xb4 cvv"},
                  R"re((?i)(?:\b(?:cvv2?|cvc2?)|card[ \t]+security[ \t]+code|(?:karten)?pr(?:ü|ue)fnummer|c(?:ó|o)digo[ \t]+de[ \t]+seguran?(?:idad|(?:ç|c)a)|codice[ \t]+di[ \t]+sicurezza|cryptogramme(?:[ \t]+visuel)?)(?:[ \t]*(?:code|number|no\.?))?(?:[ \t]*(?:[:=#]|：)[ \t]*|[ \t]+(?:is[ \t]+)?)["'\x60]?(\d{3,4})(?:[^0-9A-Za-z/]|$))re",
                  0, Check::kCardCode, 0.75f));
  r.back().window_before = 4;
  r.back().window_after = 60;
  // The answer to a security question kept in a note or a password manager ("Security question
  // (first pet): Frau Lindner", "security answer: Pipoca", "Sicherheitsfrage (Lieblingslehrer):
  // Pipoca", "Security question: What was your first car? Answer: blue Vespa").
  r.push_back(Raw("security_question_answer", "PASSWORD",
                  {"security answer", "security question", "secret answer", "secret question",
                   "sicherheitsfrage", "sicherheitsantwort", "question secr\xc3\xa8te", "r\xc3\xa9ponse secr\xc3\xa8te",
                   "pregunta de seguridad", "respuesta de seguridad", "pergunta de seguran", "resposta de seguran",
                   "domanda di sicurezza", "risposta di sicurezza", "beveiligingsvraag", "g\xc3\xbcvenlik sorusu",
                   "\xd0\xba\xd0\xbe\xd0\xbd\xd1\x82\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xb2\xd0\xbe\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81",
                   "\xd0\x9a\xd0\xbe\xd0\xbd\xd1\x82\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xb2\xd0\xbe\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81",
                   "\xe7\xa7\x98\xe5\xaf\x86\xe3\x81\xae\xe8\xb3\xaa\xe5\x95\x8f", "\xe5\xaf\x86\xe4\xbf\x9d\xe9\x97\xae\xe9\xa2\x98",
                   "\xeb\xb3\xb4\xec\x95\x88 \xec\xa7\x88\xeb\xac\xb8", "pytanie bezpiecze"},
                  R"re((?i)(?:(?:security|secret)[ \t]+(?:answer|question)|sicherheits(?:frage|antwort)|(?:question|r(?:é|e)ponse)[ \t]+secr(?:è|e)te|(?:pregunta|respuesta)[ \t]+de[ \t]+seguridad|(?:pergunta|resposta)[ \t]+de[ \t]+seguran(?:ç|c)a|(?:domanda|risposta)[ \t]+di[ \t]+sicurezza|beveiligingsvraag|g(?:ü|u)venlik[ \t]+sorusu|контрольный[ \t]+вопрос|Контрольный[ \t]+вопрос|秘密の質問|密保问题|보안[ \t]*질문|pytanie[ \t]+bezpiecze(?:ń|n)stwa)(?:[ \t]*[\(\[][^)\]\n]{1,40}[\)\]])?[ \t]*(?:[:=]|：)[ \t]*(?:[^\n?"]{3,80}\?[ \t]*(?:(?:answer|antwort|r(?:é|e)ponse|respuesta|resposta|risposta|ответ|a)[ \t]*(?:[:=]|：)[ \t]*|[-–—→:][ \t]*)?)?["'\x60«“]?([^\s"'\x60?,;][^\n"'\x60?,;]{0,38}[^\s"'\x60?,;.])["'\x60»”]?[ \t]*(?:[\n",;|]|$))re",
                  0, Check::kSecurityAnswer, 0.7f));
  r.back().window_before = 4;
  r.back().window_after = 160;
  // A guest network named in a sentence, then its key ('Guest Wi-Fi is "Visitors", the key is
  // X', 'Wi-Fi tamu "meetingroom", sandinya: X', 'Wi-Fi สำหรับแขก "Lab-IoT" รหัส: X').
  r.push_back(Raw("wifi_quoted_name_then_key", "PASSWORD", {"wi-fi", "wifi", "wi\xe2\x80\x91" "fi", "wlan"},
                  R"re((?i)(?:wi(?:-|\xe2\x80[\x90\x91])?fi|wlan)[^\n"'“]{0,30}?(?:\\?["“”'])+[^"'“”\n\\]{1,40}(?:\\?["“”'])+[ \t]*[,;]?[ \t]*(?:and[ \t]+|et[ \t]+|y[ \t]+|und[ \t]+)?(?:the[ \t]+|la[ \t]+|le[ \t]+|el[ \t]+|das[ \t]+|o[ \t]+)?(?:key|password|passphrase|psk|pass|pw|wachtwoord|passwort|kennwort|mot[ \t]+de[ \t]+passe|cl(?:é|e)|contrase(?:ñ|n)a|clave|senha|(?:kata[ \t]+)?sandi(?:nya)?|รหัส(?:ผ่าน)?|parola|(?:ş|s)ifre(?:si)?|salasana|l(?:ö|o)senord|has(?:ł|l)o|пароль|密码|密碼|パスワード|비밀번호|mật[ \t]+khẩu)[ \t]*(?:(?:is|est|es|ist|è|é|adalah|là|:)[ \t]*:?|(?:[:=]|：))?[ \t]*["'\x60«]?([^\s"'\x60]{0,62}[^\s"'\x60.,;:?)\]]))re",
                  0, Check::kProsePassword, 0.75f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A TOTP or MFA seed written out for manual entry ("TOTP: TDZF YXTA R7VE EZUB", "MFA seed for
  // the break-glass account: NJC3 SZJ3 AHRW FILP"): base32, in groups of four or whole.
  r.push_back(Raw("labelled_totp_seed", "TOTP_SEED",
                  {"totp", "mfa seed", "2fa seed", "otp seed", "mfa secret", "2fa secret",
                   "otp secret", "authenticator key", "setup key", "manual entry key"},
                  R"re((?i:\b(?:totp|(?:mfa|2fa|otp)[ \t]+(?:seed|secret|key)|authenticator[ \t]+key|setup[ \t]+key|manual[ \t]+entry[ \t]+key))[^\n:=]{0,40}?[ \t]*[:=][ \t]*["'\x60]?([A-Z2-7]{4}(?: [A-Z2-7]{4}){3,15}|[A-Z2-7]{16,64})(?:[^A-Za-z0-9]|$))re",
                  0, Check::kNone, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  r.push_back(Raw("pin_number", "PASSWORD", {"pin:", "pin (", "pin is", "pin was", "pin reminder", "pin number", "pin for"},
                  R"re(\bPIN(?:[ \t]+(?:reminder|number|no\.?|for[ \t]+[^\n:()]{1,30}?))?(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*(?::|=|[ \t]is|[ \t]was)[ \t]*(\d{4,8})\b)re",
                  0, Check::kPin, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_before = 4;
  r.back().window_after = 80;
  r.push_back(Raw("shared_secret_prose", "SECRET", {"shared secret"},
                  R"re((?i)\bshared[ \t]+secret(?:[ \t]+(?:is|was))?[ \t]*:?[ \t]+["'\x60]?([^\s"'\x60]{7,63}[^\s"'\x60.,;:!?)\]]))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // Azure SAS tokens and Azure DevOps PATs named in prose or assigned under their own names.
  r.push_back(Ctx("azure_sas_named", "AZURE_SAS_TOKEN",
                  {"azure_sas", "azure-sas", "azuresas", "sas_token", "sastoken", "sas-token",
                   "storage_sas"},
                  R"re(azure[_.\-]?sas|sas[_.\-]?token|storage[_.\-]?sas)re",
                  R"re([A-Za-z0-9%+/]{30,}(?:%3D|%3d|=){0,2})re", 3.5));
  r.push_back(Raw("azure_devops_pat_prose", "AZURE_DEVOPS_TOKEN", {"devops", "azdo"},
                  R"re((?i)(?:devops|azdo)\b[^\n]{0,60}?\b((?-i:[a-z2-7]{52}))\b)re", 3.5));
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // A wallet's recovery phrase (12 to 24 lowercase words) under its name.
  r.push_back(Raw("mnemonic_phrase", "CRYPTO_MNEMONIC",
                  {"mnemonic", "seed", "recovery phrase", "recovery_phrase", "secret phrase",
                   "secret_phrase"},
                  R"re((?i)(?:mnemonic|seed(?:[ _\-]?(?:phrase|words))?|recovery[ _\-]?phrase|secret[ _\-]?phrase)[a-z_]*["'\x60]?[ \t]*(?:\([^)\n]{1,60}\)[ \t]*)?(?:[:=]|\bis\b)[ \t]*["'\x60]?((?-i:[a-z]{3,8})(?:[ \t](?-i:[a-z]{3,8})){11,23})(?:[^a-z]|$))re",
                  3.2));
  r.back().starts_at_keyword = true;
  r.back().window_after = 320;
  // SNMP community strings.
  r.push_back(Ctx("snmp_community", "PASSWORD", {"community"},
                  R"re(snmp[_.\-]?(?:v2c?[_.\-]?)?community|community[_.\-]?string)re",
                  R"re([^\s"'\x60,;]{6,64})re", 3.0));
  // A community string under a name without "snmp" (community=, ro_community:); the defaults public and private are none.
  r.push_back(Ctx("snmp_community_named", "PASSWORD", {"community"},
                  R"re((?:snmp[_.\-]?)?(?:ro|rw|read|write)?[_.\-]?community(?:[_.\-]?(?:string|name))?)re",
                  R"re([^\s"'\x60,;0-9]{1,30}[0-9][^\s"'\x60,;]{0,30})re", 2.5));
  // A Terraform plan's change of an attribute whose name holds a credential's word, to a new
  // literal: `~ snowflake_password = "***" -> "X"`, `~ "OKTA_TOKEN" = "********" -> "X"`,
  // `~ db_password = (sensitive value) -> "X"`. The old value is often a mask or a placeholder;
  // the new one is what the plan will write.
  r.push_back(Raw("terraform_plan_changed_secret", "PASSWORD", {"\" -> \"", ") -> \"", "null -> \""},
                  R"re((?i)(?:^|[\s"])([a-z0-9_.\-]*(?:secret|token|passw(?:or)?d|pass(?:phrase|code)?|pwd|api[_.\-]?key|auth|access[_.\-]?key|private[_.\-]?key|credential|creds|dsn|webhook|signing[_.\-]?key|license|psk|key)[a-z0-9_.\-]*)"?[ \t]*=[ \t]*(?:"[^"\n]{0,200}"|\(sensitive(?:[ \t]+value)?\)|null)[ \t]*->[ \t]*"([^"\n]{4,300})")re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().window_before = 280;
  r.back().window_after = 320;
  // A token concatenated after "Bearer " in code: "Bearer " + "X", 'Bearer ' . 'X',
  // std::string("Bearer ") + "X", concat!("Bearer ", "X"), paste("Bearer", "X").
  r.push_back(Raw("bearer_concatenated", "BEARER_TOKEN", {"bearer"},
                  R"re((?i)\bbearer[ \t]*["'][ \t]*\)?[ \t]*(?:\+|\.|,)[ \t]*["']([A-Za-z0-9._~+/=\-]{16,})["'])re",
                  3.0, Check::kOpaqueToken, 0.9f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // Rust: env::var("X_SECRET").unwrap_or("...") / .unwrap_or_else(|_| String::from("...")).
  r.push_back(Raw("env_fallback_rust", "SECRET", {"unwrap_or"},
                  R"re(env::var\(\s*"([A-Za-z0-9_]*(?i:password|passwd|secret|token|api_?key|private_?key|access_?key|_key|credentials?)[A-Za-z0-9_]*)"\s*\)\s*\.unwrap_or(?:_else)?\(\s*(?:\|_\|\s*)?(?:String::from\(\s*)?"([^"\r\n]{6,})")re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().window_before = 160;
  r.back().window_after = 160;
  // A credential that was retired, in a comment or a note: "# old value, do not use: X",
  // "rotate FTP password (old one was X)", "previous token: X". Rotated credentials often still
  // work somewhere, and the value is as sensitive as the current one.
  r.push_back(Raw("retired_credential", "PASSWORD",
                  {"old value", "old one was", "old password", "old token", "old key",
                   "old secret", "previous password", "previous token", "previous key",
                   "previous value", "legacy password", "legacy token"},
                  R"re((?i)\b(?:old|previous|legacy)[ \t]+(?:value|one|password|passphrase|token|key|secret)\b[^\n:=\x60'"]{0,40}?(?::|=|\bwas\b|\bis\b)[ \t]*[\x60'"(]?([^\s\x60'"()]*[^\s\x60'"().,;:!?]))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // A password after a comma in a list of account details: "(user ci-bot, password X)",
  // "user `qa-shared`, password X", "utilisateur « partenaire », mot de passe X.".
  r.push_back(Raw("password_after_comma", "PASSWORD",
                  {", password ", ", passwort ", ", mot de passe ", ", contraseña ", ", senha "},
                  R"re((?i), (?:password|passwort|mot de passe|contrase(?:ñ|n)a|senha)[ \t]+[\x60'"]?([^\s\x60'")]*[^\s\x60'").,;:!?]))re",
                  0, Check::kProsePassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // A key, token or secret named in prose, then given: "Cohere key: X", "der Vercel token ist
  // X", "new webhook secret is X", "here's the Mistral key for now → X", "token nuovo: X".
  // Only long random values (the entropy and the token test decide).
  r.push_back(Raw("prose_named_token", "SECRET",
                  {" key: ", " key is ", " key ist ", " key →", " token: ", "token is ",
                   " token ist ", " token →", "secret is ", " secret: ", " secret →",
                   "_key is ",
                   "token nuovo: ", "for now →", "for now: ", "key est ", "key es ", "key é ",
                   "key to ", "key lautet ", "key är ", "token est ", "token es ", "token é ",
                   "token lautet ", "token är ", "secret est ", "secret es ", "secret é ",
                   "secret ist ", "secret lautet ", "secret to ", "secret är "},
                  R"re((?i)(?:^|[^A-Za-z0-9_\-])[A-Za-z0-9_\-]*(?:[ \t_\-]|[a-z])(?:key|token|secret)(?:[ \t]+(?:nuovo|nueva|nuevo|neu|for[ \t]+now))?[ \t]*(?::|→|\bis\b|\bist\b|\best\b|\bè\b|\bes\b|é|\bto\b|\blautet\b|\bär\b)[ \t]+[\x60'"]?([A-Za-z0-9+/=_.\-%~]{19,}[A-Za-z0-9+/=_\-%~]))re",
                  3.2, Check::kOpaqueToken, 0.8f));
  r.back().window_before = 40;
  r.back().window_after = 200;
  {
    // Keys that are no credential: a cache's, a table's, a sort's, a public one.
    AllowlistSpec names;
    names.target = AllowlistSpec::Target::kMatch;
    names.regexes = {R"re((?i)^[^A-Za-z0-9]*(?:cache|primary|sort|partition|idempotency|object|foreign|lookup|public|license|licence|row|hash|routing|shard|dedupe?|translation|i18n|map|group|join|composite|unique|index|next|page|pagination|continuation|resume|cursor|sync|bucket|s3|storage|gpg|pgp|ssh|host|fingerprint|kid|key|csrf|request|trace|correlation|publishable)[ \t_\-])re"};
    r.back().allowlists.push_back(std::move(names));
    // A CI cache's key named on its line ("Cache saved with key: node-modules-<hash>").
    AllowlistSpec cache;
    cache.target = AllowlistSpec::Target::kLine;
    cache.regexes = {R"re((?i)\bcache\b[^\n]{0,40}\bkey\b)re"};
    r.back().allowlists.push_back(std::move(cache));
  }
  // A token handed over with a preposition: "Uploading coverage with token X", "Deploying
  // using token X".
  r.push_back(Raw("token_after_preposition", "API_TOKEN", {"with token ", "using token "},
                  R"re((?i)\b(?:with|using)[ \t]+token[ \t]+["'\x60]?([A-Za-z0-9._~+/=\-]{16,}))re",
                  3.0, Check::kOpaqueToken, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // An argument named by a comment, as C++ style guides ask: f(host, /*token=*/"X").
  r.push_back(Raw("argument_comment_secret", "SECRET",
                  {"/*token", "/* token", "/*password", "/* password", "/*secret", "/* secret",
                   "/*api_key", "/* api_key", "/*apikey", "/*key=", "/* key="},
                  R"re(/\*[ \t]*(?i:token|password|secret|api_?key|key)[ \t]*=?[ \t]*\*/[ \t]*"([^"\r\n]{8,})")re",
                  0, Check::kUrlPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // Elixir config: `config :app, :old_token, "X"`.
  r.push_back(Raw("elixir_config_secret", "SECRET", {"config :"},
                  R"re(\bconfig[ \t]+:\w+,[ \t]*:(\w*(?i:token|secret|password|passphrase|api_?key|private_?key)\w*),[ \t]*"([^"\r\n]{6,})")re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // Bitcoin private keys wherever they stand, recognised by their Base58Check checksum: wallet
  // import format (51 characters from '5' or 52 from 'K'/'L' on mainnet, '9'/'c' on testnet; a
  // run of base58 bounded by characters that are neither base58 nor base64) and BIP32 extended
  // private keys (xprv..., tprv..., and the yprv/zprv of SegWit wallets).
  r.push_back(Raw("bitcoin_wif", "BITCOIN_PRIVATE_KEY", {},
                  R"re((?:^|[^A-Za-z0-9+/_\-])([5KL9c][1-9A-HJ-NP-Za-km-z]{50,51})(?:[^A-Za-z0-9+/=_\-]|$))re",
                  0, Check::kBitcoinKey, 0.95f));
  r.back().finder = Finder::kBase58Run;
  r.push_back(Tok("bitcoin_extended_private_key", "BITCOIN_PRIVATE_KEY",
                  {"xprv", "tprv", "yprv", "zprv", "uprv", "vprv"},
                  R"re([xtyzuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{107,108})re", 0));
  r.back().check = Check::kBitcoinKey;
  // A random value assigned under any name (`hush = xHinzvffgMv3G_Tp...`, `HIMITSU=...`,
  // `<tk>...</tk>`, `<add key="kvSeal" value="..."/>`): config files name credentials freely,
  // so the value's shape decides (IsRandomAssignedValue). The finder hands over each line that
  // assigns a long run.
  r.push_back(Raw("assigned_random_value", "SECRET", {},
                  R"re([ \t]*(?:export[ \t]+|-[ \t]+|<(?:add|entry|setting|param|parameter|property)[ \t]+(?:key|name)=)?[<"']?([A-Za-z_][A-Za-z0-9_.\-]{0,63})["']?>?[ \t]*(?:=>|[:=]|value=)?[ \t]*["'\x60]?([A-Za-z0-9+/_\-.~]{23,255}[A-Za-z0-9+/_\-~]={0,2})\.?(?:["'\x60<,;\s]|$))re",
                  0, Check::kRandomValue, 0.6f));
  r.back().finder = Finder::kAssignedRun;
  // (Late in the catalogue: a specific rule finding the same value wins.) "API" then, within a few words of any language, a long random value: how people write an
  // API key in a sentence ("our API key is X", "مفتاح API الخاص بنا هو X", "Наш API-ключ X",
  // "API key kami X", "κλειδί API μας είναι X"). Twenty characters at least, and random
  // (IsPlausibleTableSecret): versions, dates, URLs and words stay, and no value is looked for
  // past a word with a digit (another value, "sha256").
  r.push_back(Raw("api_word_then_random_value", "API_KEY", {},
                  R"re(\bAPI\b[^\n:=/0-9]{0,60}?(?:[ \t]|[:=][ \t]*)["'\x60«“]?([A-Za-z0-9_\-+/=.~!@#$%^&*()]{20,100}?)["'\x60»”]?(?:[\s,.;!?\xd8\xd7\xe0-\xef]|$))re",
                  0, Check::kTableSecret, 0.7f));
  // A trigger, case-sensitive: "API", not the "/api/" of every URL (a keyword is caseless).
  r.back().triggers = {R"re(\bAPI\b)re"};
  r.back().window_before = 0;
  r.back().window_after = 200;
  // Bitcoin private keys in wallet import format under a WIF name (BTC_WIF=, btc.wif:).
  r.push_back(Raw("bitcoin_wif_named", "BITCOIN_PRIVATE_KEY",
                  {"btc_wif", "btc.wif", "btc-wif", "bitcoin_wif", "wallet_wif", "wif_key", "wif_private",
                   "private_wif"},
                  R"re((?i)wif[A-Za-z0-9_.\-]{0,20}["']?[ \t]*[:=][ \t]*["']?((?-i:[5KL][1-9A-HJ-NP-Za-km-z]{50,51})))re",
                  3.5));
  r.back().window_before = 24;
  r.back().window_after = 120;
  // WordPress application passwords (six groups of four) and Apple app-specific passwords
  // (four groups of four) under their names.
  r.push_back(Raw("app_password_grouped", "PASSWORD",
                  {"application password", "application-password", "application_password",
                   "applicationpassword", "app password", "app_password", "apppassword",
                   "app-password", "app-specific", "app_specific", "appspecific"},
                  R"re((?i)(?:app(?:lication)?[ _\-]?password|app[ _\-]?specific)[^\n]{0,80}?["'\x60> \t]((?-i:[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}|[a-z]{4}(?:-[a-z]{4}){3})))re",
                  3.0));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // A bare random value right after the word token, secret or key, in logs and shell lines:
  // "echo jenkins token 11299...", "expected secret oc6X... got ...", "den Datadog-Key
  // 4f68d83d...". Long (24+), letters and digits.
  r.push_back(Raw("token_then_value", "SECRET", {" token ", " secret ", " key ", "-key "},
                  R"re((?i)[ \t\-](?:token|secret|key)[ \t]+([A-Za-z0-9_\-]{24,})(?:[\s.,;)"'\x60]|$))re",
                  3.5, Check::kOpaqueToken, 0.8f));
  r.back().gate = Gate::kLongValueFollows;
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  {
    // Ids and digests: a run of digits (a build or job number), a lowercase SHA-1 or SHA-256
    // ("token 3f9c...": a commit or a content hash, as often as a credential), a GPG key's id or
    // fingerprint (upper-case hex: "using RSA key ABAF11C6...").
    AllowlistSpec ids;
    ids.target = AllowlistSpec::Target::kSecret;
    ids.regexes = {R"re(^(?:[0-9]+|[0-9a-f]{40}|[0-9a-f]{64}|[0-9A-F]{16}|[0-9A-F]{40})$)re"};
    r.back().allowlists.push_back(std::move(ids));
  }
  // A password right after the word, with no verb between: "das Redis-Passwort Wm60Hypasq4D3En",
  // "root password Xk9#mPq2 (rotated)". Short values must mix three kinds of characters
  // (IsPlausibleTableSecret), so "password reset", "password manager" and "password 2FA" stay.
  r.push_back(Raw("password_then_value", "PASSWORD",
                  {" password ", "-password ", " passwort ", "-passwort ", " kennwort ",
                   "-kennwort "},
                  R"re((?i)[ \t\-](?:password|passwort|kennwort)[ \t]+([^\s"'\x60<>()\[\]{}]{7,63}[^\s"'\x60.,;:?<>()\[\]{}])(?:[\s.,;:!?)]|$))re",
                  0, Check::kTableSecret, 0.75f));
  r.back().gate = Gate::kMixedValueFollows;
  r.back().starts_at_keyword = true;
  r.back().window_after = 120;
  // A password handed to a *-password-file (or --password) option through process substitution:
  // `ansible-vault decrypt --vault-password-file <(echo "X")`, `--passwordfile <(printf X)`.
  r.push_back(Raw("password_process_substitution", "PASSWORD", {"<(echo", "<(printf", "<( echo"},
                  R"re((?i)-(?:[a-z]+-)*(?:pass(?:word)?|passwd|pwd|secret|token|key)(?:-?file)?[ =]<\(\s*(?:echo|printf)(?:\s+-[ne]+)?\s+(?:"([^"\r\n]{4,})"|'([^'\r\n]{4,})'|([^\s"')]{4,}))\s*\))re",
                  0, Check::kUrlPassword, 0.9f));
  r.back().window_before = 64;
  r.back().window_after = 200;
  // GitHub CLI: `gh secret set NAME --body "X"` / `-b X` (the value lands in a repository's
  // Actions secrets; its shell history keeps it).
  r.push_back(Raw("gh_secret_set_body", "SECRET", {"secret set"},
                  R"re(\bgh\s+secret\s+set\s+[A-Za-z0-9_]+(?:\s+-[A-Za-z]\s+[^\s-]\S*|\s+--(?:repo|env|org|app|visibility)[ =]\S+)*\s+(?:--body|-b)[ =](?:"([^"\r\n]{4,})"|'([^'\r\n]{4,})'|([^\s"']{4,})))re",
                  0, Check::kUrlPassword, 0.9f));
  r.back().window_before = 16;
  r.back().window_after = 400;
  // A shell default for a credential's variable: "${PGPASSWORD:-X}", ': "${NGROK_AUTHTOKEN:=X}"'
  // (the literal is what runs when the variable is unset).
  r.push_back(Raw("shell_default_secret", "PASSWORD", {"${"},
                  R"re(\$\{([A-Za-z_][A-Za-z0-9_]*(?i:pass|pwd|secret|token|api_?key|private_?key|access_?key|auth)[A-Za-z0-9_]*):?[-=]([^}\s"'$]{6,})\})re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 160;
  // Django's generated key (50 characters of lower case, digits and !@#$%^&*(-_=+)) unquoted
  // in a dotenv line, where the generic value stops at its first '&' or '='.
  r.push_back(Raw("django_secret_key_env", "SECRET", {"secret_key="},
                  R"re((?:^|[\s'"])(?:DJANGO_)?SECRET_KEY=([a-z0-9!@#$%^&*(\-_=+)]{50})(?:\s|$))re",
                  3.5));
  r.back().window_before = 16;
  r.back().window_after = 80;
  // A key or token named in a sentence: "your new API key for the sandbox: X", "the token for
  // staging is X", "access key → X". The value must look like a credential (IsPlausibleTableSecret).
  r.push_back(Raw("prose_token", "SECRET",
                  {"key for ", "token for ", "secret for ", "key of ", "token of ", "secret of ",
                   "key when ", "token when ", "secret when ", "key to use", "token to use",
                   "key →", "key ->", "key=>", "key =>", "token →", "token ->", "token =>",
                   "secret →", "secret ->", "secret =>", "key→", "key->", "token→", "token->"},
                  R"re((?i)(?:key|token|secret)(?:[ \t]+(?:for|of|when|to[ \t]+use)(?:[ \t]+[^\s:]{1,40}){1,4}?[ \t]*(?::|→|->|=>|[ \t]+is)|[ \t]*(?:→|->|=>))[ \t]+["'\x60]?([^\s"'\x60]*[^\s"'\x60.,;:!?)\]]))re",
                  0, Check::kTableSecret, 0.75f));
  r.back().gate = Gate::kWordStart;
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  {
    // A public key's type ("ssh-ed25519 AAAA...") is what follows "key for the bastion:".
    AllowlistSpec types;
    types.target = AllowlistSpec::Target::kSecret;
    types.regexes = {R"re(^(?:ssh-|ecdsa-|sk-ssh-|sk-ecdsa-))re"};
    r.back().allowlists.push_back(std::move(types));
  }
  // A secret printed on the line after `vault kv get -field=password ...` / `vault read -field=`
  // (not a shell history's "#<time>" line).
  r.push_back(Raw("vault_field_output", "PASSWORD", {"-field="},
                  R"re(\bvault[ \t]+(?:kv[ \t]+get|read)\b[^\n]*-field=(?i:[a-z0-9_\-]*(?:password|passwd|secret|token|key)[a-z0-9_\-]*)[^\n]*\r?\n[ \t]*([^\s$#][^\s]{5,})[ \t]*\r?(?:\n|$))re",
                  0, Check::kUrlPassword, 0.8f));
  r.back().window_before = 200;
  r.back().window_after = 300;
  // `pulumi config get NAME --show-secrets` prints the secret on the next line.
  r.push_back(Raw("pulumi_show_secrets_output", "SECRET", {"--show-secrets"},
                  R"re(\bpulumi[ \t]+config[ \t]+get[ \t]+[^\n]*--show-secrets[^\n]*\r?\n[ \t]*([^\s$#][^\s]{5,})[ \t]*\r?(?:\n|$))re",
                  0, Check::kUrlPassword, 0.8f));
  r.back().window_before = 200;
  r.back().window_after = 300;
  // .NET appSettings: `<add key="admin_pass" value="X" />`, a key that names a password by "pass"
  // (the generic rules leave the bare word alone: it is everywhere).
  r.push_back(Raw("appsettings_pass_value", "PASSWORD", {"<add key="},
                  R"re(<add[ \t]+key[ \t]*=[ \t]*"((?i:[a-z0-9_.:\-]*pass(?:wd|word|phrase|code)?[a-z0-9_.:\-]*))"[ \t]+value[ \t]*=[ \t]*"([^"\r\n]+)")re",
                  0, Check::kGenericPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 200;
  // The value Terraform generated for a `random_password` / `random_string` resource, as plan and
  // state output print it (`+ resource "random_password" "db" { result = "X" }`).
  r.push_back(Raw("terraform_generated_password", "PASSWORD", {"random_password", "random_string"},
                  R"re(\brandom_(?:password|string)"[^{}\n]{0,80}\{[^{}]{0,240}?\bresult[ \t]*=[ \t]*"([^"\n$]{6,})")re",
                  0, Check::kUrlPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 400;
  // nginx passing a credential upstream: `proxy_set_header X-Api-Key X;`, `... Authorization "Bearer X";`.
  r.push_back(Raw("nginx_proxy_credential_header", "SECRET", {"proxy_set_header"},
                  R"re(\bproxy_set_header[ \t]+(?i:x-api-key|x-auth-token|x-access-token|api-key|apikey|x-token|authorization)[ \t]+"?(?:(?i:bearer|token|basic)[ \t]+)?([^\s";$%][^\s";$]{5,})"?[ \t]*;)re",
                  0, Check::kOpaqueToken, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 300;
  // A literal value in a Terraform `set_sensitive { name = ..., value = "X" }` block (helm_release):
  // sensitive by its author's own declaration; in plan output also the new value after "->".
  r.push_back(Raw("set_sensitive_value", "SECRET", {"set_sensitive"},
                  R"re(\bset_sensitive[ \t]*\{[^{}]{0,240}?\bvalue[ \t]*=[ \t]*"([^"\s$]{8,})")re",
                  0, Check::kUrlPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 400;
  r.push_back(Raw("set_sensitive_new_value", "SECRET", {"set_sensitive"},
                  R"re(\bset_sensitive[ \t]*\{[^{}]{0,240}?\bvalue[ \t]*=[ \t]*(?:"[^"\n]*"|\(sensitive value\))[ \t]*->[ \t]*"([^"\s$]{8,})")re",
                  0, Check::kUrlPassword, 0.8f));
  r.back().starts_at_keyword = true;
  r.back().window_after = 400;
  // Netscape cookie files (curl's cookie jar, browser exports): a session's or a token's cookie.
  r.push_back(Raw("netscape_cookie_session", "SESSION_COOKIE",
                  {"session\t", "sessionid\t", "session_id\t", "token\t", "sid\t", "auth\t"},
                  R"re((?:^|\n)[^\t\n]+\t(?:TRUE|FALSE)\t[^\t\n]*\t(?:TRUE|FALSE)\t[0-9]+\t[^\t\n]*(?i:session|token|sid|auth)[^\t\n]*\t([^\t\s]{16,}))re",
                  3.0, Check::kOpaqueToken, 0.8f));
  r.back().window_before = 400;
  r.back().window_after = 300;
  {
    AllowlistSpec csrf;  // anti-forgery tokens protect a form, not an account
    csrf.target = AllowlistSpec::Target::kMatch;
    csrf.regexes = {R"re((?i)\t[^\t\n]*(?:csrf|xsrf)[^\t\n]*\t[^\t\n]*$)re"};
    r.back().allowlists.push_back(std::move(csrf));
  }
  // Weights & Biases and similar SDK logins: wandb.login(key="..."), login(api_key="...").
  r.push_back(Raw("sdk_login_key", "API_KEY", {"login(key", "login(api_key", "login( key"},
                  R"re(\blogin\(\s*(?:api_)?key\s*=\s*["']([A-Za-z0-9_\-]{20,})["'])re", 3.0,
                  Check::kOpaqueToken, 0.9f));
  r.back().window_before = 16;
  r.back().window_after = 200;
  // Confluent Schema Registry credentials: basic.auth.user.info = "KEY:SECRET".
  r.push_back(Raw("schema_registry_user_info", "CONFLUENT_SECRET", {"basic.auth.user.info"},
                  R"re(basic\.auth\.user\.info["']?\s*(?:=|:|->|,)\s*["']?[A-Za-z0-9]{8,}:([A-Za-z0-9+/=_\-]{24,}))re",
                  3.0));
  r.back().starts_at_keyword = true;
  r.back().window_after = 240;
  // Terraform's random_password in plan or debug output: its value and result lines.
  for (const char* member : {"value", "result"}) {
    r.push_back(Raw(std::string("terraform_random_password_") + member, "PASSWORD",
                    {"random_password.", "random_string."},
                    std::string(R"re(random_(?:password|string)\.[^\n]*\n(?:[^\n]*\n){0,4}?[ \t]*[~+]?[ \t]*)re") +
                        member + R"re([ \t]*=[ \t]*"([^"\n]{8,})")re",
                    0, Check::kUrlPassword, 0.8f));
    r.back().starts_at_keyword = true;
    r.back().window_after = 400;
  }
  // WordPress wp-config keys and salts: 64 characters of any printable punctuation.
  r.push_back(Raw("wordpress_key_salt", "SECRET",
                  {"auth_key", "auth_salt", "logged_in_key", "logged_in_salt", "nonce_key",
                   "nonce_salt"},
                  R"re(\bdefine\s*\(\s*['"](?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)['"]\s*,\s*'([^'\r\n]{32,})')re",
                  3.5, Check::kUrlPassword, 0.9f));
  r.back().window_before = 48;
  r.back().window_after = 512;
}

}  // namespace

std::vector<RuleSpec> BuiltinRules() {
  std::vector<RuleSpec> rules;
  rules.reserve(256);
  Cloud(rules);
  SourceHosting(rules);
  AiProviders(rules);
  Payments(rules);
  Messaging(rules);
  Registries(rules);
  Observability(rules);
  Saas(rules);
  Structured(rules);
  Generic(rules);
  return rules;
}

}  // namespace mcpgw::guards::secrets
