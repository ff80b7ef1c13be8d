// KubernetesSecretValues: the values a Kubernetes Secret manifest holds.
//
// A Secret's `data` (base64) and `stringData` (plain) maps hold nothing but credentials under
// names of the author's choosing (`DB_PASS`, `.dockerconfigjson`, `config.yaml`, `token`), so
// no key-name rule can be trusted to see them all; `kubectl get secret -o yaml|json` output,
// Helm-rendered manifests and GitOps repositories put them in front of an agent. Once a rule has
// found `kind: Secret`, this walks that object (YAML, including a List's items and
// `---`-separated documents, or JSON) and returns the span of every value of those two maps,
// except public material (certificates and public keys, by key name: `tls.crt`, `ca.crt`,
// `*.pub`, or by decoded content), the identifiers kept beside a credential (`username`, `host`,
// `port`, `database`, a service-account token's `namespace`), SOPS-encrypted values
// (`ENC[...]`), references and placeholders.
//
// Threading: pure function.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mcpgw::guards::secrets {

struct ValueSpan {
  std::size_t begin = 0;
  std::size_t end = 0;  // exclusive
};

// `kind_at` is the offset in `text` of the `kind` key (its first letter, or the quote before it
// in JSON) of an object whose kind is Secret. Appends the value spans in text order (quotes
// excluded); nothing when the object has no data/stringData map.
void KubernetesSecretValues(std::string_view text, std::size_t kind_at,
                            std::vector<ValueSpan>& out);

}  // namespace mcpgw::guards::secrets
