#include "guards/secrets/k8s_secret.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mcpgw::guards::secrets {
namespace {

// The values found for the first `kind` in `text`, as strings.
std::vector<std::string> Values(const std::string& text, std::string_view kind = "kind") {
  std::vector<ValueSpan> spans;
  KubernetesSecretValues(text, text.find(kind), spans);
  std::vector<std::string> out;
  for (const ValueSpan& s : spans) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Strings = std::vector<std::string>;

TEST(KubernetesSecret, EveryDataAndStringDataValueWhateverItsKeyIsCalled) {
  const std::string yaml =
      "apiVersion: v1\n"
      "kind: Secret\n"
      "metadata:\n"
      "  name: billing-db\n"
      "  labels:\n"
      "    app: billing\n"
      "type: Opaque\n"
      "data:\n"
      "  DB_HOST: ZGIuaW50ZXJuYWwuZXhhbXBsZQ==\n"
      "  conn: cG9zdGdyZXM6Ly9iaWxsaW5nOnF1N0xrOWZAZGIvYmlsbGluZw==   # rotated monthly\n"
      "  \"api.key\": \"a2V5LTg4MjEtcXVhcnR6\"\n"
      "stringData:\n"
      "  SMTP_PASS: 'Zr8!vQ2#mw'\n"
      "  webhook: https://hooks.acme.test/in/8842\n";
  // DB_HOST is an identifier beside the credentials: it stays.
  EXPECT_EQ(Values(yaml), (Strings{"cG9zdGdyZXM6Ly9iaWxsaW5nOnF1N0xrOWZAZGIvYmlsbGluZw==",
                                   "a2V5LTg4MjEtcXVhcnR6", "Zr8!vQ2#mw",
                                   "https://hooks.acme.test/in/8842"}));
}

TEST(KubernetesSecret, KubectlYamlPutsDataBeforeKind) {
  const std::string yaml =
      "apiVersion: v1\n"
      "data:\n"
      "  password: c3VwM3Itc2VjcmV0LXZhbHVl\n"
      "  username: YXBw\n"
      "kind: Secret\n"
      "metadata:\n"
      "  creationTimestamp: \"2026-11-02T10:00:00Z\"\n"
      "  name: app\n";
  EXPECT_EQ(Values(yaml), (Strings{"c3VwM3Itc2VjcmV0LXZhbHVl"}));
}

TEST(KubernetesSecret, KubectlJsonOutput) {
  const std::string json = R"({
    "apiVersion": "v1",
    "data": {
        "password": "c3VwM3Itc2VjcmV0LXZhbHVl",
        "token": "dG9rLTkxMmFiY2Q="
    },
    "kind": "Secret",
    "metadata": {"name": "app", "annotations": {"note": "a \"quoted\" {brace}"}},
    "type": "Opaque"
})";
  EXPECT_EQ(Values(json, "\"kind\""), (Strings{"c3VwM3Itc2VjcmV0LXZhbHVl", "dG9rLTkxMmFiY2Q="}));
}

TEST(KubernetesSecret, OnlyTheSecretsObjectInAListOrAMultiDocumentFile) {
  const std::string list =
      "apiVersion: v1\n"
      "kind: List\n"
      "items:\n"
      "- apiVersion: v1\n"
      "  data:\n"
      "    ui.properties: Y29sb3I9Ymx1ZQ==\n"
      "  kind: ConfigMap\n"
      "- apiVersion: v1\n"
      "  data:\n"
      "    token: dG9rLTkxMmFiY2Q=\n"
      "  kind: Secret\n"
      "  metadata:\n"
      "    name: t\n"
      "- apiVersion: v1\n"
      "  data:\n"
      "    other: b3RoZXItY29uZmln\n"
      "  kind: ConfigMap\n";
  EXPECT_EQ(Values(list, "kind: Secret"), (Strings{"dG9rLTkxMmFiY2Q="}));

  const std::string docs =
      "apiVersion: v1\n"
      "kind: Secret\n"
      "stringData:\n"
      "  password: Zr8!vQ2#mw\n"
      "---\n"
      "apiVersion: v1\n"
      "kind: ConfigMap\n"
      "data:\n"
      "  LOG_LEVEL: debug\n";
  EXPECT_EQ(Values(docs), (Strings{"Zr8!vQ2#mw"}));
}

TEST(KubernetesSecret, CertificatesPublicKeysAndReferencesStay) {
  // "-----BEGIN CERTIFICATE-----\n..." and "ssh-ed25519 AAAA..." base64-encoded.
  const std::string yaml =
      "kind: Secret\n"
      "type: kubernetes.io/tls\n"
      "data:\n"
      "  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=\n"
      "  bundle: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUQ=\n"
      "  id.pub: c3NoLWVkMjU1MTkgQUFBQUMzTnph\n"
      "  deploy_key: c3NoLWVkMjU1MTkgQUFBQUMzTnph\n"
      "  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUU=\n"
      "  namespace: ZGVmYXVsdA==\n"
      "  db-user: YXBw\n"
      "  sops: ENC[AES256_GCM,data:Zm9v,iv:YmFy,tag:YmF6,type:str]\n"
      "  templated: {{ .Values.db.password | b64enc }}\n"
      "stringData:\n"
      "  fromEnv: ${DB_PASSWORD}\n"
      "  placeholder: changeme\n"
      "  empty: \"\"\n";
  EXPECT_EQ(Values(yaml), (Strings{"LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUU="}));
}

TEST(KubernetesSecret, BlockScalarsAndNestedValuesAreLeftToTheOtherRules) {
  const std::string yaml =
      "kind: Secret\n"
      "stringData:\n"
      "  config.yaml: |\n"
      "    password: Zr8!vQ2#mw\n"
      "    user: app\n"
      "  token: tok-9f2a81cc\n";
  EXPECT_EQ(Values(yaml), (Strings{"tok-9f2a81cc"}));
}

TEST(KubernetesSecret, FlowStyleMap) {
  EXPECT_EQ(Values("kind: Secret\ndata: {token: dG9rLTkxMmFiY2Q=, \"pass\": 'c2VjcmV0LXZhbHVl'}\n"),
            (Strings{"dG9rLTkxMmFiY2Q=", "c2VjcmV0LXZhbHVl"}));
}

TEST(KubernetesSecret, AKindNotAtAKeysPlaceFindsNothing) {
  EXPECT_TRUE(Values("Create an object of kind: Secret with data: in it.\ndata:\n  a: YWJj\n")
                  .empty());
  EXPECT_TRUE(Values("kind: Secret\nmetadata:\n  name: empty\n").empty());
  EXPECT_TRUE(Values("{\"kind\": \"Secret\", \"data\": 42}", "\"kind\"").empty());
}

TEST(KubernetesSecret, TruncatedAndMalformedInputNeverReadsOutOfBounds) {
  for (std::string text : {"kind: Secret\ndata:\n  a: \"unterminated", "kind: Secret\ndata:",
                           "{\"data\": {\"a\": \"x", "\"kind\": \"Secret\"", "kind",
                           "x\n- kind: Secret\n  data:\n  - a\n"}) {
    std::vector<ValueSpan> spans;
    for (std::size_t at = 0; at <= text.size(); ++at) KubernetesSecretValues(text, at, spans);
    for (const ValueSpan& s : spans) {
      EXPECT_LE(s.begin, s.end);
      EXPECT_LE(s.end, text.size());
    }
  }
}

}  // namespace
}  // namespace mcpgw::guards::secrets
