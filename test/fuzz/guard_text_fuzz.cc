// Fuzzes the guards that rewrite text: the text walker (text_walker.h) with the `basic` (secrets)
// and `presidio` (PII) detectors behind DetectorGuard, as BuildGuardChain wires them, and the
// vault's masking / restoring round trip (vault.h).
//
// Input: byte 0 picks the method (for responses and for payloads that carry none), the
// direction, the default action and whether the vault is on; the rest is a JSON-RPC message (a
// request or notification guards its params; a response its result or error) or any JSON value
// (the payload itself). Bytes that are not JSON are the text of a tools/call result.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - a guarded payload keeps its shape: the same members in the same order, the same array
//    lengths, every number, bool and null unchanged; every `_meta` member unchanged; only string
//    leaves may change, and a payload of valid UTF-8 still serializes to JSON that parses to it;
//  - monitor mode changes nothing, yet reports what enforce mode would (same finding count);
//  - findings carry a type, a JSON pointer and a value hash, never the value;
//  - block rejects with the first finding's type as reason; a rejected payload is not rewritten
//    after the block;
//  - the walk without a tree (WalkTextJson) over the payload's text, as written in the input and
//    as serialized, visits exactly the leaves WalkText visits over the parsed payload (same
//    order, text and pointers) or says kUndecided; a reader that stops after k leaves is told
//    kStopped after exactly k + 1 visits;
//  - vault round trip: text without '<' masked in a tools/call result for server s1 and sent
//    back in a tools/call request to s1 is restored exactly; sent to s2 it stays masked.
#include <spdlog/spdlog.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/member_scan.h"
#include "guards/detector_guard.h"
#include "guards/pii/pii_detector.h"
#include "guards/secrets/secret_detector.h"
#include "guards/text_walker.h"
#include "guards/vault.h"

namespace {

namespace json = boost::json;
namespace g = mcpgw::guards;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

std::shared_ptr<const g::Detector> secrets;
std::shared_ptr<const g::Detector> pii;

constexpr const char* kMethods[] = {"tools/call",
                                    "resources/read",
                                    "prompts/get",
                                    "completion/complete",
                                    "sampling/createMessage",
                                    "elicitation/create",
                                    "notifications/message",
                                    "tasks/result"};
constexpr g::Action kActions[] = {g::Action::kMask, g::Action::kRedact, g::Action::kAnnotate,
                                  g::Action::kBlock};

// Same shape, `_meta` equal, only strings may differ.
bool SameShape(const json::value& a, const json::value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case json::kind::string:
      return true;
    case json::kind::array: {
      const json::array& x = a.get_array();
      const json::array& y = b.get_array();
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (!SameShape(x[i], y[i])) return false;
      return true;
    }
    case json::kind::object: {
      const json::object& x = a.get_object();
      const json::object& y = b.get_object();
      if (x.size() != y.size()) return false;
      auto i = x.begin();
      auto j = y.begin();
      for (; i != x.end(); ++i, ++j) {
        if (i->key() != j->key()) return false;
        if (i->key() == "_meta" ? i->value() != j->value() : !SameShape(i->value(), j->value()))
          return false;
      }
      return true;
    }
    default:
      return a == b;
  }
}

std::vector<std::unique_ptr<g::Guard>> Guards(g::Action action, bool vault) {
  g::DetectorGuardOptions options;
  options.default_action = action;
  if (vault) {
    g::VaultOptions v;
    v.enabled = true;
    v.max_entries = 64;
    options.vault = std::make_shared<const g::VaultOptions>(v);
  }
  std::vector<std::unique_ptr<g::Guard>> guards;
  guards.push_back(std::make_unique<g::DetectorGuard>("basic", secrets, options));
  guards.push_back(std::make_unique<g::DetectorGuard>("presidio", pii, options));
  return guards;
}

void CheckFindings(const g::Verdict& verdict, std::string_view guard) {
  for (const g::Finding& f : verdict.findings) {
    Check(!f.type.empty() && f.guard == guard && f.value_hash.size() == 16);
    Check(f.location.empty() || f.location.front() == '/');
  }
  if (verdict.kind == g::VerdictKind::kReject) Check(!verdict.reason.empty());
}

// Runs basic then presidio over `payload` as the chain would (a reject stops it).
bool RoundTrips(const json::value& payload) {
  boost::system::error_code ec;
  const json::value again = json::parse(json::serialize(payload), ec);
  return !ec && again == payload;
}

void Guard(const g::GuardContext& base, json::value& payload, g::Action action, bool vault) {
  const json::value original = payload;
  // Raw input bytes may not be UTF-8; parsed JSON always is, and must stay so.
  const bool valid = RoundTrips(original);
  std::size_t enforce_findings = 0;
  for (const auto& guard : Guards(action, vault)) {
    g::GuardContext context = base;
    // Monitor first, on a copy: nothing changes.
    context.mode = g::Mode::kMonitor;
    json::value watched = payload;
    const g::Verdict monitored = guard->Inspect(context, watched);
    Check(watched == payload);
    Check(monitored.kind == g::VerdictKind::kContinue);
    CheckFindings(monitored, guard->name());
    for (const auto& f : monitored.findings) Check(!f.applied);

    context.mode = g::Mode::kEnforce;
    const json::value before = payload;
    const g::Verdict verdict = guard->Inspect(context, payload);
    CheckFindings(verdict, guard->name());
    enforce_findings += verdict.findings.size();
    if (verdict.kind != g::VerdictKind::kReject)
      Check(verdict.findings.size() == monitored.findings.size());
    if (verdict.kind == g::VerdictKind::kContinue) Check(payload == before);
    if (verdict.kind == g::VerdictKind::kReject) {
      Check(action == g::Action::kBlock);
      Check(verdict.reason == verdict.findings.back().type);
      break;
    }
  }
  Check(SameShape(original, payload));
  if (valid) Check(RoundTrips(payload));
}

// The walk without a tree against the walk of the tree (see the invariants above).
void CompareWalks(const g::GuardContext& context, std::string_view payload_text,
                  const json::value& payload) {
  using Leaves = std::vector<std::pair<std::string, std::string>>;
  Leaves tree;
  json::value copy = payload;
  auto collect = [&](g::TextLeaf& leaf) { tree.emplace_back(leaf.Pointer(), leaf.text()); };
  g::WalkText(context, copy, collect);
  Check(copy == payload);  // a visitor that replaces nothing changes nothing

  Leaves read;
  auto reader = [&](const g::TextLeaf& leaf) {
    read.emplace_back(leaf.Pointer(), leaf.text());
    return true;
  };
  const g::JsonWalk walk = g::WalkTextJson(context, payload_text, reader);
  if (walk != g::JsonWalk::kDone) {
    Check(walk == g::JsonWalk::kUndecided);  // this reader never stops the walk
    return;
  }
  Check(read == tree);

  // A reader that stops at the middle leaf.
  if (tree.empty()) return;
  const std::size_t stop_at = tree.size() / 2;
  std::size_t visits = 0;
  auto stopper = [&](const g::TextLeaf&) { return visits++ < stop_at; };
  Check(g::WalkTextJson(context, payload_text, stopper) == g::JsonWalk::kStopped);
  Check(visits == stop_at + 1);
}

// Vault round trip over one text (see the invariants above).
void RoundTrip(std::string_view text) {
  if (text.find('<') != std::string_view::npos) return;
  auto session = std::make_shared<g::SessionInfo>();
  g::GuardContext response;
  response.direction = g::Direction::kResponse;
  response.method = "tools/call";
  response.server = "s1";
  response.session = session;
  json::value result = {{"content", json::array{json::object{{"type", "text"}, {"text", text}}}}};
  Guard(response, result, g::Action::kMask, /*vault=*/true);
  const json::string& masked = result.at("content").at(0).at("text").get_string();

  g::VaultOptions options;
  options.enabled = true;
  g::VaultGuard vault(options);
  g::GuardContext request;
  request.direction = g::Direction::kRequest;
  request.method = "tools/call";
  request.session = session;
  for (const char* server : {"s1", "s2"}) {
    request.server = server;
    Check(vault.Applies(request));
    json::value params = {{"name", "t"}, {"arguments", {{"q", masked}}}};
    (void)vault.Inspect(request, params);
    const json::value& back = params.at("arguments").at("q");
    Check(back == (request.server == "s1" ? json::value(json::string(text)) : json::value(masked)));
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spdlog::set_level(spdlog::level::off);  // alert findings log; the fuzzer's output stays quiet
  auto s = g::secrets::CreateSecretDetector({});
  g::pii::PiiOptions pii_options;
  pii_options.entities = {"CREDIT_CARD",    "CRYPTO",
                          "DATE_TIME",      "EMAIL_ADDRESS",
                          "IBAN_CODE",      "IP_ADDRESS",
                          "LOCATION",       "MEDICAL_LICENSE",
                          "PERSON",         "PHONE_NUMBER",
                          "UK_NHS",         "URL",
                          "US_BANK_NUMBER", "US_DRIVER_LICENSE",
                          "US_ITIN",        "US_PASSPORT",
                          "US_SSN"};
  auto p = g::pii::CreatePiiDetector(pii_options);
  if (!s || !p) __builtin_trap();
  secrets = *s;
  pii = *p;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  g::GuardContext context;
  context.method = kMethods[selector & 7];
  context.direction = (selector & 8) ? g::Direction::kResponse : g::Direction::kRequest;
  const g::Action action = kActions[(selector >> 4) & 3];
  const bool vault = (selector & 0x40) != 0;
  context.server = "s1";
  context.session = std::make_shared<g::SessionInfo>();

  boost::system::error_code ec;
  json::value message = json::parse(text, ec);
  if (ec) {
    json::value result = {{"content", json::array{json::object{{"type", "text"}, {"text", text}}}}};
    context.direction = g::Direction::kResponse;
    context.method = "tools/call";
    Guard(context, result, action, vault);
    RoundTrip(text);
    return 0;
  }
  json::value* payload = &message;
  const char* member = nullptr;  // the payload's member, when it is one
  if (json::object* o = message.if_object()) {
    if (const json::value* m = o->if_contains("method"); m && m->is_string()) {
      context.method = std::string(m->get_string());
      if (json::value* params = o->if_contains("params")) payload = params, member = "params";
    } else if (json::value* r = o->if_contains("result")) {
      payload = r, member = "result";
      context.direction = g::Direction::kResponse;
    } else if (json::value* e = o->if_contains("error")) {
      payload = e, member = "error";
      context.is_error = true;
    }
  }
  // The payload's text as the input wrote it (the whole input, or its member when the key is
  // written once and plainly), and as serialized.
  if (member == nullptr) {
    CompareWalks(context, text, *payload);
  } else {
    mcpgw::core::Span span;
    const std::size_t start = mcpgw::core::SkipSpace(text, 0);
    if (mcpgw::core::LookupMember(text, {start, text.size() - start}, member, span) ==
        mcpgw::core::MemberLookup::kFound)
      CompareWalks(context, text.substr(span.offset, span.size), *payload);
  }
  CompareWalks(context, json::serialize(*payload), *payload);

  const json::value id = message.is_object() && message.get_object().contains("id")
                             ? message.get_object().at("id")
                             : json::value();
  Guard(context, *payload, action, vault);
  if (message.is_object() && message.get_object().contains("id"))
    Check(message.get_object().at("id") == id);
  return 0;
}
