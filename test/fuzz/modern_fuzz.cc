// Fuzzes the 2026-07-28 ("modern") era's decoding of what clients and upstreams send:
//  client side   IsModernRequest, DecodeRequestMeta, CheckHttpRequest (headers), StripEraMeta,
//                TakeRetryFields (inputResponses, requestState), requestState verification
//                (RequestStateSigner::Verify, Seal/Unseal: p2. AES-256-GCM), the pass-through's
//                sealed state (OpenPassedState over any bytes, sealed or not), TakeInputKey;
//  upstream side ClassifyDiscover (server/discover result), DecodeResponse (an input_required
//                result or a complete one), an InputRound over its inputRequests, EncodeResponse,
//                and the envelope added to a request both as a tree and on its bytes (WireMessage).
// Input: byte 0 picks the method the response answers; the rest is one JSON-RPC message.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - a request whose _meta decodes passes CheckHttpRequest with headers copied from its body
//    (when they need no trimming), with the same version; after StripEraMeta it no longer
//    decodes and _meta holds no era key;
//  - TakeRetryFields, when it accepts, leaves neither member in params; accepted inputResponses are
//  objects of
//    objects; a requestState nobody issued never verifies nor unseals nor opens as a PassedState,
//    one issued verifies (or unseals, unchanged) for its principal only, and any one-byte change
//    of either kind fails; a sealed token shows none of its payload (16 bytes or more), neither
//    in its text nor in its decoded bytes; a PassedState sealed from any payload that opens
//    seals and opens again to the same state;
//  - TakeInputKey returns 1-64 characters of [A-Za-z0-9_.-], not among those taken, and removes
//    the hint from params._meta;
//  - DecodeResponse leaves an input_required response as it was; a decoded complete result has
//    no resultType, ttlMs or cacheScope; an InputRound over any inputRequests finishes exactly
//    once (asked questions answered at once), with every key answered or a JSON-RPC error;
//  - the envelope makes any params decode as a modern request, and the bytes path (WireMessage)
//    gives the same message as the tree path (doubles within 1e-14: see Equivalent);
//  - SEP-2243: the Mcp-Param-* headers computed for some arguments are printable ASCII and pass
//    the check against the same arguments.
#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <cmath>
#include <optional>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/mcp_param_headers.h"
#include "core/wire_message.h"
#include "downstream/modern/era.h"
#include "downstream/modern/era_encoding.h"
#include "downstream/modern/http_headers.h"
#include "auth/base64url.h"
#include "downstream/modern/input_requests.h"
#include "downstream/modern/passed_state.h"
#include "downstream/modern/request_state.h"
#include "upstream/input_round.h"
#include "upstream/modern_wire.h"

#include "json_equivalent.h"

namespace {

namespace json = boost::json;
namespace down = mcpgw::downstream::modern;
namespace up = mcpgw::upstream::modern;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

constexpr const char* kMethods[] = {"tools/call",          "tools/list",      "resources/read",
                                    "prompts/get",         "server/discover", "resources/list",
                                    "completion/complete", "prompts/list"};

const down::RequestStateSigner& Signer() {
  static const down::RequestStateSigner signer(std::string(32, 'k'));
  return signer;
}

// Structural equality, doubles within a relative 1e-14: the bytes path re-serializes params._meta
// as a whole, and Boost.JSON 1.81 reads some 17-digit doubles back one unit off.
bool Equivalent(const json::value& a, const json::value& b) {
  return mcpgw::fuzzing::Equivalent(a, b, mcpgw::fuzzing::NumberKinds::kMustMatch);
}

bool IsEraKey(std::string_view key) {
  return key == down::kMetaProtocolVersion || key == down::kMetaClientCapabilities ||
         key == down::kMetaClientInfo || key == down::kMetaLogLevel;
}

void ClientSide(const json::object& request) {
  (void)down::IsModernRequest(request);
  const json::value* params = request.if_contains("params");
  auto meta = down::DecodeRequestMeta(params);
  if (meta) Check(down::IsStatelessVersion(meta->protocol_version));

  // The headers a conforming client sends for this body.
  const json::value* method = request.if_contains("method");
  down::EraHeaders headers;
  std::string version, method_text, name;
  bool plain = true;  // no value needs trimming
  auto copy = [&](const json::value* v, std::string& out) {
    if (!v || !v->is_string()) return false;
    out = std::string(v->get_string());
    plain = plain && down::TrimOws(out) == out && !out.empty();
    return true;
  };
  if (params && params->is_object()) {
    if (const json::value* m = params->get_object().if_contains("_meta"); m && m->is_object())
      if (copy(m->get_object().if_contains(down::kMetaProtocolVersion), version))
        headers.protocol_version = version;
  }
  if (copy(method, method_text)) headers.method = method_text;
  if (params && params->is_object() && method && method->is_string()) {
    const std::string_view member = up::NameMember(method->get_string());
    if (!member.empty() && copy(params->get_object().if_contains(member), name))
      headers.name = name;
  }
  auto checked = down::CheckHttpRequest(headers, request);
  if (meta && plain && headers.method) {
    Check(checked.has_value());
    Check(checked->protocol_version == meta->protocol_version);
  }
  if (checked) Check(meta.has_value());
  (void)down::CheckHttpRequest({" " + std::string(version), "\t", std::nullopt}, request);

  if (!params || !params->is_object()) return;
  json::object stripped = params->get_object();
  down::StripEraMeta(stripped);
  const json::value stripped_value = stripped;
  Check(!down::DecodeRequestMeta(&stripped_value));
  if (const json::value* m = stripped.if_contains("_meta"); m && m->is_object()) {
    Check(!m->get_object().empty());
    for (const auto& member : m->get_object()) Check(!IsEraKey(member.key()));
  }

  json::object retry = params->get_object();
  auto fields = down::TakeRetryFields(retry);
  if (fields) {  // on an error the call is answered with it; params are not used
    Check(!retry.contains("inputResponses") && !retry.contains("requestState"));
    for (const auto& member : fields->input_responses) Check(member.value().is_object());
    if (!fields->request_state.empty()) {
      // A client cannot forge either kind of state: unsigned bytes never verify nor unseal.
      Check(!Signer().Verify(fields->request_state, "alice").has_value());
      Check(!Signer().Unseal(fields->request_state, "alice").has_value());
      Check(!down::OpenPassedState(fields->request_state, Signer(), "alice", 0).has_value());
      // What the gateway seals comes back unchanged, and only for the principal it was sealed for.
      const std::string sealed = Signer().Seal(fields->request_state, "alice");
      const auto unsealed = Signer().Unseal(sealed, "alice");
      Check(unsealed.has_value() && *unsealed == fields->request_state);
      Check(!Signer().Unseal(sealed, "bob").has_value());
    }
  } else {
    Check(fields.error().code == -32602);
  }

  json::value hinted = *params;
  const std::string text_method =
      method && method->is_string() ? std::string(method->get_string()) : "elicitation/create";
  const std::vector<std::string> taken = {"elicitation_1", "sampling_1", "k"};
  const std::string key = down::TakeInputKey(text_method, hinted, taken);
  Check(!key.empty());
  for (const std::string& t : taken) Check(key != t);
  if (hinted.is_object()) {
    if (const json::value* m = hinted.get_object().if_contains("_meta"); m && m->is_object())
      Check(!m->get_object().contains(down::kMetaInputKey));
  }
}

void RequestState(std::string_view bytes) {
  const auto issued = Signer().Issue("alice");
  Check(Signer().Verify(issued.token, "alice") == issued.id);
  Check(!Signer().Verify(issued.token, "bob").has_value());
  if (!bytes.empty()) {
    std::string changed = issued.token;
    const std::size_t at = static_cast<unsigned char>(bytes[0]) % changed.size();
    changed[at] = static_cast<char>(changed[at] ^ (bytes.size() > 1 ? bytes[1] | 1 : 1));
    Check(!Signer().Verify(changed, "alice").has_value());
  }
  Check(!Signer().Verify(bytes, "alice").has_value());
  Check(!Signer().Unseal(bytes, "alice").has_value());

  // Sealed (p2.): opens unchanged for its principal, hides its payload, any byte change fails.
  const std::string sealed = Signer().Seal(bytes, "alice");
  const auto unsealed = Signer().Unseal(sealed, "alice");
  Check(unsealed.has_value() && *unsealed == bytes);
  Check(!Signer().Unseal(sealed, "bob").has_value());
  if (bytes.size() >= 16) {
    Check(sealed.find(bytes) == std::string::npos);
    const auto decoded = mcpgw::auth::Base64UrlDecode(std::string_view(sealed).substr(3));
    Check(decoded.has_value() && decoded->find(bytes) == std::string::npos);
  }
  if (!bytes.empty()) {
    std::string changed = sealed;
    const std::size_t at = static_cast<unsigned char>(bytes[0]) % changed.size();
    changed[at] = static_cast<char>(changed[at] ^ (bytes.size() > 1 ? bytes[1] | 1 : 1));
    Check(!Signer().Unseal(changed, "alice").has_value());
    Check(!down::OpenPassedState(changed, Signer(), "alice", 0).has_value());
  }
  // Any payload the gateway might seal: opens only when it is a state, and then round-trips.
  if (auto state = down::OpenPassedState(sealed, Signer(), "alice", 0)) {
    const auto again =
        down::OpenPassedState(down::SealPassedState(*state, Signer(), "alice"), Signer(), "alice", 0);
    Check(again.has_value() && again->method == state->method && again->name == state->name &&
          again->server == state->server && again->upstream_state == state->upstream_state &&
          again->methods == state->methods && again->expires_ms == state->expires_ms &&
          again->round == state->round);
    Check(!down::OpenPassedState(sealed, Signer(), "bob", 0).has_value());
  }
}

void UpstreamSide(std::string_view method, const json::object& response) {
  (void)up::ClassifyDiscover(response);
  json::object decoded = response;
  if (auto input = up::DecodeResponse(method, decoded)) {
    Check(decoded == response);
    int finished = 0;
    mcpgw::upstream::InputRound::Result result;
    std::vector<std::string> asked;
    auto round = mcpgw::upstream::InputRound::Start(
        input->input_requests, "q-",
        [&](json::object request, std::function<void(json::object)> reply) {
          Check(request.contains("id") && request.contains("method"));
          asked.push_back(json::serialize(request.at("id")));
          reply(json::object{
              {"jsonrpc", "2.0"}, {"id", request.at("id")}, {"result", {{"ok", true}}}});
        },
        [](const std::string&) {},
        [&](mcpgw::upstream::InputRound::Result r) {
          ++finished;
          result = std::move(r);
        });
    Check(finished == 1);
    using Outcome = mcpgw::upstream::InputRound::Outcome;
    if (result.outcome == Outcome::kAnswered) {
      Check(result.responses.size() == input->input_requests.size());
      Check(asked.size() == input->input_requests.size());
    } else {
      Check(result.error.contains("code") && result.error.contains("message"));
    }
    round->Abort();
    Check(finished == 1);
  } else if (const json::value* r = decoded.if_contains("result"); r && r->is_object()) {
    const json::object& result = r->get_object();
    Check(!result.contains("resultType") && !result.contains("ttlMs") &&
          !result.contains("cacheScope"));
  }
  json::object encoded = response;
  down::EncodeResponse(method, "file:///x", encoded);
  (void)json::serialize(encoded);
}

void Envelope(std::string_view text, const json::object& message) {
  up::Envelope envelope;
  envelope.client_capabilities = {{"sampling", json::object()}};
  envelope.client_name = "fuzz";
  envelope.client_version = "1";
  envelope.log_level = "info";

  json::object tree = message;
  json::value& params = tree["params"];
  up::AddEnvelope(params, envelope);
  auto meta = down::DecodeRequestMeta(&params);
  Check(meta.has_value() && meta->protocol_version == up::kVersion && meta->log_level == "info");

  auto wire = mcpgw::core::WireMessage::Inspect(std::string(text));
  if (!wire || !wire->IsRequest()) return;
  up::AddEnvelope(*wire, envelope);
  const std::string out = std::move(*wire).Text();
  boost::system::error_code ec;
  const json::value again = json::parse(out, ec);
  Check(!ec && again.is_object());
  Check(Equivalent(again, tree));
}

// SEP-2243 parameter headers: the message's params.inputSchema (or the message itself) read as a
// tool's schema, params.arguments (or the message) as its arguments. The headers a client
// computes for the arguments always pass the check against the same arguments.
void ParamHeaders(const json::object& message) {
  const json::value* params = message.if_contains("params");
  const json::object* p = params ? params->if_object() : nullptr;
  const json::value* schema = p ? p->if_contains("inputSchema") : nullptr;
  const json::value* arguments = p ? p->if_contains("arguments") : nullptr;
  const json::value whole = message;
  auto declarations = mcpgw::core::ScanParamHeaders(schema ? *schema : whole);
  if (!declarations) return;
  const json::value& args = arguments ? *arguments : whole;
  const auto headers = mcpgw::core::ParamHeaderValues(*declarations, args);
  Check(headers.size() <= declarations->size());
  for (const auto& [name, value] : headers) {
    Check(name.rfind(mcpgw::core::kParamHeaderPrefix, 0) == 0);
    for (char c : value) Check(c >= 0x20 && c < 0x7F);
  }
  auto mismatch = mcpgw::core::CheckParamHeaders(
      *declarations, args, [&headers](std::string_view name) -> std::optional<std::string_view> {
        for (const auto& [n, v] : headers)
          if (n.size() == name.size() &&
              std::equal(n.begin(), n.end(), name.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
              }))
            return std::string_view(v);
        return std::nullopt;
      });
  Check(!mismatch.has_value());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view method = kMethods[data[0] & 7];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  RequestState(text.substr(0, 200));
  boost::system::error_code ec;
  const json::value value = json::parse(text, ec);
  if (ec || !value.is_object()) return 0;
  const json::object& message = value.get_object();
  ParamHeaders(message);
  if (message.contains("method")) {
    ClientSide(message);
    Envelope(text, message);
  } else {
    UpstreamSide(method, message);
  }
  return 0;
}
