#include "guards/secrets/validators.h"

#include <gtest/gtest.h>

#include "auth/base64url.h"
#include "guards/secrets/fake_secrets.h"

namespace mcpgw::guards::secrets {
namespace {

using testing::Fake;
using testing::FakeGithubToken;

TEST(ShannonEntropy, MatchesKnownDistributions) {
  EXPECT_DOUBLE_EQ(ShannonEntropy(""), 0.0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("aaaaaaaa"), 0.0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("abab"), 1.0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("abcdefgh"), 3.0);
  EXPECT_GT(ShannonEntropy(Fake("e", 40)), 4.5);
}

TEST(Base62Crc32, IsSixZeroPaddedBase62Digits) {
  // zlib's crc32("") is 0 and crc32("a") is 0xe8b7be43 = 3904355907 = base62 "4GEHKN" padded.
  EXPECT_EQ(Base62Crc32(""), "000000");
  EXPECT_EQ(Base62Crc32("a"), "4GEHKN");
}

TEST(GithubChecksum, AcceptsGeneratedTokensOfEveryPrefix) {
  for (const char* prefix : {"ghp", "gho", "ghu", "ghs", "ghr", "npm"}) {
    EXPECT_TRUE(GithubChecksumValid(FakeGithubToken(prefix, prefix))) << prefix;
  }
}

TEST(GithubChecksum, RejectsAlteredOrMalformedTokens) {
  std::string token = FakeGithubToken("ghp", "x");
  std::string altered = token;
  altered[10] = altered[10] == 'a' ? 'b' : 'a';
  EXPECT_FALSE(GithubChecksumValid(altered));
  std::string bad_check = token;
  bad_check[39] = bad_check[39] == '0' ? '1' : '0';
  EXPECT_FALSE(GithubChecksumValid(bad_check));
  EXPECT_FALSE(GithubChecksumValid(token.substr(0, 39)));
  EXPECT_FALSE(GithubChecksumValid("ghp-" + token.substr(4)));
  EXPECT_FALSE(GithubChecksumValid("ghp_" + Fake("y", 36)));
  // The published example token is shape-valid but its checksum does not verify.
  std::string example = "gho_16C7e42F292c6912";
  example.append("E7710c838347Ae178B4a");
  EXPECT_FALSE(GithubChecksumValid(example));
}

std::string Jwt(std::string_view header, std::string_view payload, std::string signature) {
  return auth::Base64UrlEncode(header) + "." + auth::Base64UrlEncode(payload) + "." + signature;
}

TEST(LooksLikeJwt, AcceptsSignedAndUnsignedTokens) {
  EXPECT_TRUE(LooksLikeJwt(Jwt(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"42"})",
                               Fake("sig", 43, testing::kBase64Url))));
  EXPECT_TRUE(LooksLikeJwt(Jwt(R"({"alg":"none"})", R"({"sub":"42"})", "")));
}

TEST(LooksLikeJwt, RejectsLookAlikes) {
  // No "alg" in the header.
  EXPECT_FALSE(LooksLikeJwt(Jwt(R"({"typ":"JWT"})", R"({"sub":"42"})", "abc")));
  // Payload not JSON.
  EXPECT_FALSE(LooksLikeJwt(auth::Base64UrlEncode(R"({"alg":"HS256"})") + ".eyJub3Rqc29u.abc"));
  // Two parts, four parts, empty signature with a real algorithm.
  EXPECT_FALSE(LooksLikeJwt(auth::Base64UrlEncode(R"({"alg":"HS256"})") + ".eyJ9"));
  EXPECT_FALSE(LooksLikeJwt(Jwt(R"({"alg":"HS256"})", R"({"a":1})", "abc") + ".x"));
  EXPECT_FALSE(LooksLikeJwt(Jwt(R"({"alg":"HS256"})", R"({"a":1})", "")));
}

TEST(IsBasicCredential, NeedsUserColonPassword) {
  EXPECT_TRUE(IsBasicCredential("dXNlcjpodW50ZXIy"));  // user:hunter2
  EXPECT_FALSE(IsBasicCredential("dXNlcmh1bnRlcjI="));  // userhunter2, no colon
  EXPECT_FALSE(IsBasicCredential("OnBhc3M="));          // ":pass", empty user
  EXPECT_FALSE(IsBasicCredential("not base64!!"));
  EXPECT_FALSE(IsBasicCredential("abc"));
}

TEST(IsBase64PrivateKey, RecognisesEncodedPemHeaders) {
  EXPECT_TRUE(IsBase64PrivateKey("LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVB"));
  // A certificate is public.
  EXPECT_FALSE(IsBase64PrivateKey("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURkekNDQWwrZ0F3SUJBZ0lF"));
}

TEST(IsPlaceholder, FlagsStandInValues) {
  for (const char* v : {"AKIAIOSFODNN7" "EXAMPLE", "xxxxxxxxxxxxxxxx", "<your-token>", "changeme",
                        "your_api_key_here", "********", "REDACTED", "dummy-value",
                        "${GITHUB_TOKEN}", "{{ token }}", "1234567890", "aaaaaaaaaaaa"}) {
    EXPECT_TRUE(IsPlaceholder(v)) << v;
  }
  for (const std::string& v : {Fake("p1", 32), Fake("p2", 20, testing::kHex)}) {
    EXPECT_FALSE(IsPlaceholder(v)) << v;
  }
}

TEST(IsPlaceholder, ToDosInstructionsAndCutValuesStandInForASecret) {
  for (const char* v : {"TODO-set-in-vault", "todo", "FIXME_later", "CHANGE_THIS", "set-me", "TODO-fill-in",
                        "geheim-einsetzen", "passwort_hier_eintragen", "contrase\xc3\xb1" "a-aqu\xc3\xad",
                        "mot-de-passe-ici", "sk_live_...", "sk_live_\xe2\x80\xa6", "__SECRET__"}) {
    EXPECT_TRUE(IsPlaceholder(v)) << v;
  }
  // Words inside a passphrase or a token are no instruction.
  for (const char* v : {"lantern-piano-84-Quill", "TodoBien2024!", "hvs.5F06-3qwY64-qUImtsTH", "sommer-papillon-quiver"}) {
    EXPECT_FALSE(IsPlaceholder(v)) << v;
  }
}

TEST(IsBasicCredential, ADocumentationPairIsNone) {
  EXPECT_FALSE(IsBasicCredential("dXNlcjpwYXNzd29yZA=="));  // user:password
  EXPECT_TRUE(IsBasicCredential("c3ZjLWV4cG9ydDpvcmJpdC1tb3RoLTU3LVF1aWxs"));
  EXPECT_FALSE(IsBasicCredential("eyJwYWdlIjoyLCJzaXplIjo1MH0="));  // {"page":2,"size":50}
  EXPECT_FALSE(IsBasicCredential("Y3Vyc29yOjM3MTYx"));              // cursor:37161
}

TEST(IsPlaceholder, AnAngleHoleIsOneButABareAngleIsNot) {
  for (const char* v : {"<token>", "key-<REGION>-prod", "sk-<your key here>", "<"}) {
    EXPECT_TRUE(IsPlaceholder(v)) << v;
  }
  // WordPress salts draw on all printable punctuation, '<' included.
  for (const char* v : {"IJTr%@yQDSPhN$ *Izf)?0.rXGV}@ ~c~.~Z_>ehnh<=H#4heaX", "a<b>"}) {
    EXPECT_EQ(IsPlaceholder(v), std::string_view(v) == "a<b>") << v;
  }
}

TEST(IsPublicByDesign, FlagsPublishableKeysOnly) {
  const std::string body = Fake("pub", 99);
  for (const std::string& v : {"pk_live_" + body, "pk_test_" + body, "pk.eyJ1Ijoi" + body}) {
    EXPECT_TRUE(IsPublicByDesign(v)) << v;
  }
  // Secret keys of the same vendors, and a ClickUp token (pk_<digits>_...), stay secrets.
  for (const std::string& v : {"sk_live_" + body, "rk_live_" + body, "sk.eyJ1Ijoi" + body,
                               "pk_1234567_" + body}) {
    EXPECT_FALSE(IsPublicByDesign(v)) << v;
  }
}

TEST(IsReference, FlagsValuesHeldElsewhere) {
  for (const char* v : {"$DB_PASSWORD", "${DB_PASSWORD}", "process.env.API_KEY",
                        "os.environ['TOKEN']", "os.getenv(\"TOKEN\")", "%DB_PASS%",
                        "{{ .Values.password }}", "secrets.GITHUB_TOKEN"}) {
    EXPECT_TRUE(IsReference(v)) << v;
  }
  EXPECT_FALSE(IsReference("s3cr3t-Pa55word"));
  // '$' opens a reference only when a name (and a path, port or closing quote) is all it holds.
  for (std::string_view v : {"$DB_PASSWORD", "${PGPASS}", "$(cat pw)", "$HOME/.secret", "$HOST:5432",
                             "$API_KEY`", "$2b$12$WmyO9YtFO3CNY6drGSq.ed"}) {
    EXPECT_TRUE(IsReference(v)) << v;
  }
  EXPECT_FALSE(IsReference("$0~Bokh6F5?F8yMJ1"));
  EXPECT_FALSE(IsReference("$4=Hm~qWRqKGn0"));
}

TEST(DecodeBase64Groups, DecodesWholeGroupsAndRefusesNonBase64) {
  EXPECT_EQ(DecodeBase64Groups("dXNlcjpwYXNz"), "user:pass");
  EXPECT_EQ(DecodeBase64Groups("YXBw"), "app");
  EXPECT_EQ(DecodeBase64Groups("ZGVmYXVsdA=="), "default");
  EXPECT_EQ(DecodeBase64Groups("YXBwYQ"), "app");  // the partial group is left out
  EXPECT_EQ(DecodeBase64Groups("{{ .Values.x }}"), "");
  EXPECT_EQ(DecodeBase64Groups(""), "");
}

TEST(IsReference, FlagsSecretStoreReferences) {
  for (const char* v :
       {"ref+vault://secret/data/billing#/password", "vault://secret/app/db",
        "op://Engineering/postgres-prod/password", "ref+awssm://prod/db#password",
        "{{resolve:secretsmanager:prod/db:SecretString:password}}",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf",
        "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db/password",
        "projects/acme-prod/secrets/db-password/versions/latest", "!secret mqtt_password",
        "akv://kv-prod/db-password", "data.vault_generic_secret.db.data[\"password\"]"}) {
    EXPECT_TRUE(IsReference(v)) << v;
  }
  EXPECT_FALSE(IsReference("Zr8!vQ2#mw-7Kp"));
}

TEST(IsPlausiblePassword, RejectsCodeAndAcceptsLiterals) {
  EXPECT_TRUE(IsPlausiblePassword("DB_PASSWORD", "Tr0ub4dor&3", false));
  EXPECT_TRUE(IsPlausiblePassword("password", "correcthorse", true));
  EXPECT_FALSE(IsPlausiblePassword("password", "user_password", false));  // a variable
  EXPECT_FALSE(IsPlausiblePassword("password", "self.password", false));
  EXPECT_FALSE(IsPlausiblePassword("password", "getPassword()", false));
  EXPECT_FALSE(IsPlausiblePassword("password", "string", false));
  EXPECT_FALSE(IsPlausiblePassword("password_file", "Tr0ub4dor&3", true));  // metadata key
  EXPECT_FALSE(IsPlausiblePassword("password", "test1234", true));
  EXPECT_FALSE(IsPlausiblePassword("password", "abc", true));  // too short
  EXPECT_FALSE(IsPlausiblePassword("password", "DB_PASSWORD", false));  // a constant's name
  EXPECT_TRUE(IsPlausiblePassword("password", "DB_PASSWORD_2026x", false));
}

TEST(IsPlausiblePassword, BracketsInAGeneratedPasswordButNotInCode) {
  EXPECT_TRUE(IsPlausiblePassword("password", "MS8{etVJdg(JQyh}BJUx%sPGC%", false));
  EXPECT_TRUE(IsPlausiblePassword("password", "oK[pQ4a9xnp**3N", false));
  EXPECT_TRUE(IsPlausibleSecret("DJANGO_SECRET_KEY", "v0khzj6gkg(uo#jhp*04t%z_8vwq)k9v3m8^r91fe-jnmba$j#", false));
  EXPECT_TRUE(IsPlausiblePassword("password", "8qTe-M!G)SjEZrC#Lt", true));
  EXPECT_TRUE(IsPlausiblePassword("DB_PASS", "UJlgMb9]SDj{o8s0", true));
  EXPECT_FALSE(IsPlausiblePassword("password", "os.urandom(16).hex()", false));  // empty pair
  EXPECT_FALSE(IsPlausiblePassword("password", "Cfg{DB_PASS_2}x!", false));      // a bare name
  EXPECT_FALSE(IsPlausiblePassword("password", "decrypt(X9#aQ2k!)", false));     // a call
  EXPECT_FALSE(IsPlausiblePassword("password", "^(?=.*[A-Z])(?=.*\\d)!", false));  // a regex
  EXPECT_FALSE(IsPlausiblePassword("password", "ENC[AES256_GCM,data:xChzCJItNq/Sm==]", true));
  EXPECT_FALSE(IsPlausiblePassword("password", "[REDACTED]", false));
  EXPECT_FALSE(IsPlausiblePassword("password", "abc(def)ghi", false));  // too few classes
}

TEST(IsPlausibleSecret, NeedsEntropyAndMixedClasses) {
  EXPECT_TRUE(IsPlausibleSecret("api_key", Fake("k", 32), true));
  EXPECT_TRUE(IsPlausibleSecret("API_TOKEN", Fake("h", 40, testing::kHex), false));
  EXPECT_FALSE(IsPlausibleSecret("api_key", "abcdefghijklmnop", true));      // one class
  EXPECT_FALSE(IsPlausibleSecret("token_type", Fake("k", 32), true));        // metadata
  EXPECT_FALSE(IsPlausibleSecret("max_tokens", "4096409640964096", false));  // not a secret
  EXPECT_FALSE(IsPlausibleSecret("api_key", "123e4567-e89b-12d3-a456-426614174000", true));  // docs' example
  // Vendors issue API and access keys as UUIDs (Opsgenie, Sauce Labs, Heroku).
  EXPECT_TRUE(IsPlausibleSecret("OPSGENIE_API_KEY", "c4802faf-fbc9-4c2e-95ef-1a1e28c81c87", true));
  EXPECT_FALSE(IsPlausibleSecret("tenant", "c4802faf-fbc9-4c2e-95ef-1a1e28c81c87", true));
  // A UUID under a secret's, a password's or a token's name is one (Vault's older tokens,
  // webhook secrets); under a page token's, a request's or a secret's id it is an id.
  EXPECT_TRUE(IsPlausibleSecret("FIXTURE_SECRET", "e06b55fb-dbb8-4613-9583-625e14e3ab8e", true));
  EXPECT_TRUE(IsPlausibleSecret("authToken", "e06b55fb-dbb8-4613-9583-625e14e3ab8e", true));
  EXPECT_FALSE(IsPlausibleSecret("nextPageToken", "e06b55fb-dbb8-4613-9583-625e14e3ab8e", true));
  EXPECT_FALSE(IsPlausibleSecret("secret_id", "e06b55fb-dbb8-4613-9583-625e14e3ab8e", true));
  EXPECT_FALSE(IsPlausibleSecret("secret_name", "prod-db-credentials-v2", true));
  EXPECT_FALSE(IsPlausibleSecret("api_key", "GROQ_API_KEY", false));  // a constant's name
  EXPECT_FALSE(IsPlausibleSecret("GPG_KEY", Fake("gpg", 40, "0123456789ABCDEF"), false));
}

TEST(IsPlausibleSecret, AShortValueCountsWhenAPersonChoseItAsAPassword) {
  EXPECT_TRUE(IsPlausibleSecret("SECRET", "otter?88", false));
  EXPECT_TRUE(IsPlausibleSecret("master_key", "R@m@d@n62", false));
  EXPECT_TRUE(IsPlausibleSecret("refresh_token", "Sommer!!", true));
  EXPECT_FALSE(IsPlausibleSecret("api_key", "mariposa", true));        // letters only
  EXPECT_FALSE(IsPlausibleSecret("api_key", "%APPDATA%", true));       // a reference
  EXPECT_FALSE(IsPlausibleSecret("toggle_key", "Ctrl+K+9", true));  // a key combination
  EXPECT_FALSE(IsPlausibleSecret("token", "a1!", true));                // too short
  EXPECT_TRUE(IsRandomKeyValue("service_key", "mamamia?7", true));
  EXPECT_FALSE(IsRandomKeyValue("service_key", "enabled1", true));
}

TEST(IsDicewarePassphrase, WordsThatWriteNoSentence) {
  EXPECT_TRUE(IsDicewarePassphrase("saffron panda pirate glacier"));
  EXPECT_TRUE(IsDicewarePassphrase("jasmine orbit copper"));
  EXPECT_TRUE(IsDicewarePassphrase("kettle sol raven maple meadow 75"));
  EXPECT_TRUE(IsDicewarePassphrase("pepper raven copper pixel 26"));
  EXPECT_FALSE(IsDicewarePassphrase("see the vault entry"));
  EXPECT_TRUE(IsDicewarePassphrase("marée cerise bougie"));
  EXPECT_FALSE(IsDicewarePassphrase("stored in vault"));
  EXPECT_FALSE(IsDicewarePassphrase("saffron panda"));                // two words
  EXPECT_FALSE(IsDicewarePassphrase("Saffron Panda Pirate Glacier"));  // capitals: a title
  EXPECT_FALSE(IsDicewarePassphrase("26 saffron panda pirate"));      // a number only ends it
  EXPECT_TRUE(IsProsePassword("marble velvet dynamo"));
  // Letters of another script with digits, and digits with a symbol; not a phone or a date.
  EXPECT_TRUE(IsProsePassword("사랑해96"));
  EXPECT_TRUE(IsProsePassword("409858*"));
  EXPECT_FALSE(IsProsePassword("602.664.1396"));
  EXPECT_FALSE(IsProsePassword("1-213-407-7378"));
  EXPECT_FALSE(IsProsePassword("2024-06-01"));
  EXPECT_TRUE(IsDicewarePassphrase("thunder-bamboo-summer-thunder"));
  EXPECT_TRUE(IsDicewarePassphrase("harbor_pepper_puzzle_canyon"));
  EXPECT_FALSE(IsDicewarePassphrase("current_working_dir"));  // joined: four words or more
  EXPECT_FALSE(IsDicewarePassphrase("saffron-panda pirate"));  // one separator throughout
  EXPECT_TRUE(IsDicewarePassphrase("Thunder mango saffron zebra@"));  // as people type one
  EXPECT_FALSE(IsDicewarePassphrase("Stored in the vault!"));
  EXPECT_TRUE(IsPlausiblePassword("password", "ocean quartz tulip banana", true));
  EXPECT_FALSE(IsPlausiblePassword("password_hint", "ocean quartz tulip banana", true));
}

TEST(IsMetadataKey, KeepsSecretIdButNotOtherIds) {
  EXPECT_FALSE(IsMetadataKey("vault_secret_id"));
  EXPECT_TRUE(IsMetadataKey("token_id"));
  EXPECT_TRUE(IsMetadataKey("passwordHash"));
  EXPECT_FALSE(IsMetadataKey("client_secret"));
}

// The metadata words are found anywhere in the key, in any case; a credential's own name is not
// metadata.
TEST(IsMetadataKey, ANameThatSaysTheValueIsAStandIn) {
  EXPECT_TRUE(IsMetadataKey("EXAMPLE_TOKEN"));
  EXPECT_TRUE(IsMetadataKey("kExampleToken"));
  EXPECT_TRUE(IsMetadataKey("mock_api_secret"));
  EXPECT_FALSE(IsMetadataKey("API_TOKEN"));
}

TEST(IsMetadataKey, FindsItsWordsAnywhereInAnyCase) {
  struct Case {
    std::string key;
    bool metadata;
  };
  const std::vector<Case> cases = {
      {"max_tokens", true},           {"MAX_TOKENS", true},
      {"prompt_tokens_used", true},   {"bypassMode", true},
      {"app_next_token", true},       {"STRIPE_PUBLISHABLE_KEY", true},
      {"MAPBOX_PUBLIC_TOKEN", true},  {"x" + std::string(200, '_') + "csrf", true},
      {"password", false},            {"api_key", false},
      {"SECRET", false},              {"db_pass", false},
      {"", false},                    {"to", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsMetadataKey(c.key), c.metadata) << c.key;
}

TEST(IsMetadataKey, AccessKeyIdIsHalfOfAKeyPairNotMetadata) {
  EXPECT_FALSE(IsMetadataKey("access_key_id"));
  EXPECT_FALSE(IsMetadataKey("AWS_ACCESS_KEY_ID"));
  EXPECT_FALSE(IsMetadataKey("AccessKeyId"));
  EXPECT_FALSE(IsMetadataKey("minio-access-key-id"));
  EXPECT_TRUE(IsMetadataKey("signing_key_id"));
  EXPECT_TRUE(IsMetadataKey("access_key_id_type"));
}

TEST(IsPlausibleAccessCode, DigitsAndPrintedCodeShapesButNoDefaultRunOrWord) {
  for (std::string_view v : {"7151", "353263", "3663 3352", "79db2-e2ad8", "M2V5U-NFOW7",
                             "2HSK-UA7P-ASQD", "yd34dzywv6", "YJIuCQ"}) {
    EXPECT_TRUE(IsPlausibleAccessCode(v)) << v;
  }
  for (std::string_view v : {"0000", "123456", "12", "required", "Expired", "SEE-DOCS",
                             "printed", "12345678901"}) {
    EXPECT_FALSE(IsPlausibleAccessCode(v)) << v;
  }
}

}  // namespace
}  // namespace mcpgw::guards::secrets

namespace mcpgw::guards::secrets {
namespace {

TEST(IsBitcoinPrivateKey, AcceptsWifAndXprvWhoseChecksumVerifies) {
  EXPECT_TRUE(IsBitcoinPrivateKey(testing::FakeWif("a")));
  EXPECT_TRUE(IsBitcoinPrivateKey(testing::FakeWif("b", false)));
  EXPECT_TRUE(IsBitcoinPrivateKey(testing::FakeXprv("c")));
  EXPECT_EQ(testing::FakeWif("b", false).size(), 51u);
  EXPECT_EQ(testing::FakeWif("a").size(), 52u);
}

TEST(IsBitcoinPrivateKey, RejectsAChangedCharacterOtherVersionsAndNonBase58) {
  std::string wif = testing::FakeWif("d");
  for (std::size_t i : {5u, 30u, 51u}) {
    std::string changed = wif;
    changed[i] = changed[i] == 'z' ? 'y' : 'z';
    EXPECT_FALSE(IsBitcoinPrivateKey(changed)) << i;
  }
  // A public address's version byte (0x00) with a valid checksum is no private key.
  EXPECT_FALSE(IsBitcoinPrivateKey(testing::Base58Check(std::string(1, '\0') +
                                                        testing::FakeBytes("addr", 20) +
                                                        std::string(30, 'x'))));
  EXPECT_FALSE(IsBitcoinPrivateKey("0OIl" + wif.substr(4)));
  EXPECT_FALSE(IsBitcoinPrivateKey(""));
}

TEST(IsPlausiblePassword, ThreeJoinedWordsUnderAPasswordsNameAreAPassphrase) {
  EXPECT_TRUE(IsPlausiblePassword("database_password", "anchor_jasper_dragon", false));
  EXPECT_TRUE(IsPlausiblePassword("db_password", "puzzle-meadow-pixel", false));
  EXPECT_FALSE(IsPlausiblePassword("db_password", "use_vault_value", false));
  EXPECT_FALSE(IsPlausiblePassword("db_password", "change_me_now", false));
}

TEST(IsShareLinkToken, MixedCaseOrDigitRichTokensButNoSlug) {
  EXPECT_TRUE(IsShareLinkToken("pQ9C03dlXl7BjMNB1eqk"));
  EXPECT_TRUE(IsShareLinkToken("7t0vmm3k8d2dyg8lyu1a3ksr4n5s7xna"));
  EXPECT_FALSE(IsShareLinkToken("release-checklist-2026"));
  EXPECT_FALSE(IsShareLinkToken("quarterlyreport"));
}

TEST(Validators, APaymentObjectIdIsNoRandomAssignedValue) {
  EXPECT_FALSE(IsRandomAssignedValue("evt", "evt_R0X9P1TIbF76xQzj7r1qgViK"));
  EXPECT_TRUE(IsRandomAssignedValue("relay_key", "R0X9P1TIbF76xQzj7r1qgViKw3"));
}

}  // namespace
}  // namespace mcpgw::guards::secrets
