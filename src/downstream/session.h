// Session: one connected MCP client. Holds what was negotiated (protocol version, client
// capabilities), the client's in-flight requests (client id -> upstream request) so that
// notifications/cancelled and disconnects reach the right upstream, and the requests the
// gateway sent to the client on behalf of upstreams (sampling, elicitation, roots).
// Transport-agnostic: the transport hands it validated messages (or batches) and gives it a
// function to send bytes back.
//
// Rules:
//  - initialize is answered when the router says so (Router::WhenReadyForClient: every upstream
//    has finished its first start attempt, or a short wait has passed; upstreams that become
//    active later are announced with list_changed); messages arriving meanwhile are queued
//    (bounded) and handled in order afterwards. In wrap mode a server that could not start
//    makes initialize fail with the reason (-32000).
//  - Results are translated down for clients on older protocol revisions
//    (version_translation.h).
//  - A throw while handling one message ends only that exchange: a request is answered with
//    -32603 internal error, the reason is logged, and the session keeps serving.
//  - A JSON-RPC batch is accepted only from a client that negotiated 2025-03-26 (the only
//    revision with batches) and with at most max_batch_size elements; each element takes
//    exactly the path of a single message, and the answers go back as one array.
//  - At most max_in_flight requests are in flight; past it a request is refused at once.
//  - 2026-07-28 (modern) clients (session_modern.cc, downstream/modern/era.h): a request that
//    carries the era's _meta and no initialize came first makes the session modern; each request
//    then brings its own version, capabilities and client info (the last request's are what
//    guards and the router see), server/discover is answered here, removed and unknown methods
//    get -32601, results are encoded for the era (era_encoding.h), no request is ever sent to
//    the client (no server-to-client requests in this era), and only notifications/progress and
//    (when the request set _meta logLevel) notifications/message at or above that level reach it.
//  - The input_required bridge (modern clients, session_modern.cc, modern/parked_calls.h): a
//    sampling/elicitation/roots request an upstream sends during a modern client's call (after
//    the response-path guards, exactly as for a legacy client) is collected for kInputWindow
//    (requests arriving together form one round); then the call is answered with an
//    input_required result (inputRequests + a signed requestState) and parked gateway-wide,
//    still in flight upstream. A retry carrying that requestState (on any session of the same
//    principal) resumes it: the pending requests named in its inputResponses are answered (the
//    answers pass the request-path guards), the others are asked again at once, and the call's
//    own answer, or the next round, answers the retry. A call's own inputResponses (no
//    requestState) answer requests with matching keys without a round. A round with nothing to
//    ask but a capability the client did not declare answers -32021 as before.
//    An undeclared capability never becomes an input request. A round past max_input_rounds is
//    not asked: the call is cancelled upstream and refused (RefuseInputRound).
//  - The input_required pass-through (modern clients of modern upstreams, session_passthrough.cc,
//    modern/passed_state.h): the upstream's own round goes to the client, guarded, with its
//    requestState sealed (encrypted, bound to the principal); nothing stays in the gateway. A
//    retry is checked (seal, method, name, expiry, that the name still routes to the sealed
//    server) before anything is routed; a round past max_input_rounds is refused, not passed on.
//  - subscriptions/listen (modern clients, session_listen.cc, modern/listen.h): a listen is a
//    request that stays open until the client cancels it (notifications/cancelled) or goes away;
//    it is never forwarded. The URIs it names are subscribed through the router exactly like a
//    legacy resources/subscribe (same guards, same owner upstream, counted once per session), and
//    once every subscription answered, notifications/subscriptions/acknowledged opens the stream
//    with what is honored. list_changed and resources/updated the router sends this session then
//    go out tagged with the listen's id, on every listen whose filter takes them (a modern client
//    gets them nowhere else). Bounds: kMaxListensPerSession per session and
//    kMaxListensPerPrincipal per principal across sessions (-32603 past either), kMaxListenUris
//    per listen (-32602). A listen honoring nothing is acknowledged and ended with its result.
//  - Audit (router.recorder() active; docs/audit.md "Lifecycle"): every request but initialize
//    and ping gets a CallRecord when it arrives, rejected ones included, closed exactly once:
//    answered (Answer), cancelled, or the session closed. With durability "commit" the answer is
//    held until the record is committed; a failed commit (fail_mode closed) answers -32000.
//
// Threading: io_context thread only. Lifetime: shared_ptr owned by its transport; Close() must
// be called when the client goes away.
#pragma once

#include "audit/call_record.h"
#include "core/json_rpc.h"
#include "core/wire_message.h"
#include "downstream/modern/listen.h"
#include "downstream/modern/listen_quota.h"
#include "downstream/modern/parked_calls.h"
#include "router/client_session.h"
#include "router/router.h"

#include <boost/json/array.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mcpgw::downstream {

namespace modern {
struct PassedState;  // modern/passed_state.h
struct RetryFields;  // modern/input_requests.h
}  // namespace modern

namespace json = boost::json;

struct SessionOptions {
  std::size_t max_message_size = 16 * 1024 * 1024;
  // Requests of this client in flight at once; one more is answered -32600 at once
  // ("too many requests in flight") and never reaches the router.
  std::size_t max_in_flight = 64;
  // Elements of one JSON-RPC batch; a larger batch is refused as a whole with -32600.
  std::size_t max_batch_size = 64;
  // Modern clients: input_required rounds one logical call may take, on the bridge and on the
  // pass-through (--max-input-rounds; the SDKs' own default too). The first call and this many
  // retries reach the upstream; when it asks once more, the call ends with a refusal
  // (kInputRoundsExceeded) and nothing is shown, parked or sealed.
  int max_input_rounds = 10;
};

// The reason code (answer and audit) of a call refused past SessionOptions::max_input_rounds.
inline constexpr std::string_view kInputRoundsExceeded = "gateway.input_rounds_exceeded";

inline constexpr std::size_t kMaxQueuedBeforeInit = 1024;
inline constexpr std::size_t kMaxRequestsToClient = 1024;
// The input_required bridge: how long a call's first input request waits for others before the
// round is answered, and how many input requests one call may have pending.
inline constexpr std::chrono::milliseconds kInputWindow{20};
inline constexpr std::size_t kMaxInputsPerCall = 64;

class Session : public router::ClientSession,
                public guards::ClientAsker,
                public std::enable_shared_from_this<Session> {
 public:
  // Writes one serialized message (or batch) to the client; the transport adds framing.
  // `related` is the serialized id of the client request the message belongs to (its response,
  // its progress, a request it caused); empty for session-wide messages. `final` is true for the
  // request's own answer, after which nothing more relates to it; an empty `text` with `final`
  // means the request ended without an answer (the client cancelled it).
  using Output = std::function<void(std::string text, std::string_view related, bool final)>;

  Session(router::Router& router, Output send, SessionOptions options);

  // Registers with the router. Call once after construction.
  void Open();
  // Who the session is, for guards and audit: the transport's session id and the authenticated
  // principal ("" without authentication). Call before the first message.
  void SetIdentity(std::string session_id, std::string principal);
  // Handles one validated message from the client. A request's id is serialized once, here, and
  // reused (in-flight key, stream routing, the response's id); a forwarded response goes out as
  // the upstream's bytes with only the id replaced, unless it must be translated for an older
  // protocol revision.
  void OnMessage(core::WireMessage message);
  void OnMessage(core::Message message) {
    OnMessage(core::WireMessage::FromMessage(std::move(message)));
  }
  // Handles a JSON-RPC batch (an array) from the client.
  void OnBatch(json::array batch);
  // Answers a message that could not be parsed or validated.
  void OnInvalidMessage(const core::MessageError& error);
  // The client went away: in-flight upstream requests are cancelled (stdio EOF is a
  // cancellation), requests to the client are failed, and nothing more is sent.
  void Close();

  // router::ClientSession
  void SendToClient(json::object message, std::string_view related = {}) override;
  json::value SendRequestToClient(std::string_view method, json::value params,
                                  std::function<void(json::object)> on_response,
                                  std::string_view related = {}) override;
  void CancelRequestToClient(const json::value& id, std::string_view reason) override;
  std::string_view protocol_version() const override { return protocol_version_; }
  const json::object& client_capabilities() const override { return client_capabilities_; }
  std::shared_ptr<const json::object> bridged_capabilities() const override {
    return bridged_capabilities_;
  }
  bool initialized() const override { return initialized_; }
  InFlightRef LatestInFlightOn(const upstream::Upstream* upstream) const override;
  audit::CallRecord* CallRecordOf(const json::value& id) override;
  // session_modern.cc: a modern client's request `related` is answered -32021 with
  // data.requiredCapabilities {capability: {}} and cancelled upstream; false for legacy clients.
  bool OnUndeclaredCapability(std::string_view capability, std::string_view related) override;

  // guards::ClientAsker (reachable by guards as SessionInfo::asker once initialize arrived):
  // questions go out as elicitation/create through SendRequestToClient.
  bool CanElicit() const override;
  json::value Elicit(json::value params, std::string_view related,
                     std::function<void(json::object response)> done) override;
  void CancelElicit(const json::value& id) override;

  std::size_t in_flight() const { return in_flight_.size(); }
  // True once a 2026-07-28 request (era.h) opened the session instead of initialize.
  bool modern() const { return modern_; }

 private:
  // Where one request's answer goes: straight to the client, or into a batch being collected.
  // Called with nullopt when the request ends without an answer (cancelled).
  using Sink = std::function<void(std::optional<core::WireMessage>)>;
  struct InFlight {
    router::ForwardedRequest forwarded;
    std::string method;
    std::uint64_t sequence = 0;
    Sink sink;
    std::shared_ptr<audit::CallRecord> record;  // null when auditing is off
    std::string resource_uri;  // modern resources/read: params.uri for the error's data
    std::string name;  // modern: params.name (tools, prompts) or params.uri (resources)
    int input_rounds = 0;  // modern: input_required rounds this call has had (both paths)
    // Modern clients (the input_required bridge): where the upstream's answer goes, the input
    // requests of the round being collected, the call's own inputResponses, a capability an
    // upstream asked for that the client did not declare, and whether a round is being collected.
    std::shared_ptr<modern::CallRoute> route;
    std::vector<modern::InputRequest> inputs;
    json::object presets;
    // Modern, when `presets` is not empty: the call as the client sent it (without its
    // inputResponses), so that a modern upstream's input_required it already answered is retried
    // with those answers (PassInputRequired) instead of being shown to the client.
    std::optional<core::WireMessage> preset_request;
    std::string missing_capability;
    bool collecting = false;
    // The upstream's answer, held while a round with a refused capability is being collected.
    std::optional<core::WireMessage> held_answer;
  };

  static std::uint64_t NextSequence();
  void Dispatch(core::WireMessage message, Sink sink);
  void HandleRequest(core::WireMessage request, Sink sink);
  void HandleNotification(const core::Message& notification);
  void HandleClientResponse(core::Message response);
  void Initialize(const json::value& id, const json::object& params, Sink sink);
  void Respond(const std::string& key, core::WireMessage response);
  // Hands `response` to `sink`, closing `record` first when there is one (and holding the answer
  // until it is committed when the recorder says so).
  void Answer(std::shared_ptr<audit::CallRecord> record, Sink sink, core::WireMessage response);
  // Closes `record` of a request that ends without an answer.
  void EndRecord(std::shared_ptr<audit::CallRecord> record, audit::Status status);
  Sink DirectSink(std::string related);
  std::string Encode(core::WireMessage message) const;
  void Emit(core::WireMessage message, std::string_view related, bool final);
  // session_modern.cc. Decodes a modern request's _meta into the session (answering a bad one),
  // answers server/discover and unserved methods, waits for the upstreams on the first one, and
  // strips the era's _meta keys. Returns true when the request continues on the common path.
  bool PrepareModernRequest(core::WireMessage& request, Sink& sink);
  // Whether a message the router sends may reach a modern client (see the rules above).
  bool ModernMayReceive(const json::object& message) const;
  // session_modern.cc, the input_required bridge. SendRequestToClient for a modern client: the
  // request becomes an input request of the in-flight call `related` (null when there is none).
  json::value AddInputRequest(std::string_view method, json::value params,
                              std::function<void(json::object)> on_response,
                              std::string_view related);
  // Starts collecting a round for the in-flight call `key` (kInputWindow; at once without an
  // executor), then FlushInputs.
  void CollectInputs(const std::string& key);
  // Ends a round: parks the call and answers input_required, or -32021 (see the rules above).
  void FlushInputs(const std::string& key);
  // A modern request's inputResponses/requestState, before it is forwarded: answers a bad one,
  // or resumes the parked call its requestState names under `key` (false: handled here); keeps
  // the call's own inputResponses in `presets` (true: forward it).
  bool PrepareRetry(core::WireMessage& request, const std::string& key,
                    std::shared_ptr<audit::CallRecord>& record, Sink& sink, json::object& presets);
  // The rest of HandleRequest once the request is accepted: reserves the in-flight slot `key`
  // and hands the request to the router.
  void ForwardRequest(core::WireMessage request, const std::string& key,
                      std::shared_ptr<audit::CallRecord> record, Sink sink, json::object presets);
  // session_passthrough.cc, the input_required pass-through (a modern upstream's input_required
  // answer to a modern client). PassInputRequired: when `response` (the answer of the finished
  // call `entry`, already out of in_flight_) is an input_required result, refuses it past
  // max_input_rounds (RefuseInputRound), or checks the client's capabilities (-32021), guards its
  // inputRequests, seals the upstream's requestState (passed_state.h) and answers, possibly
  // later (a waiting guard; nothing is sent if the session is gone by then). When the call
  // itself carried an answer to every question asked (inputResponses without requestState),
  // those answers pass the request-path guards under the methods asked and the call is sent
  // again to the upstream as in-flight `key`, with the upstream's state, instead (AnswerFromPresets).
  // True when it took the answer over (then `response` is consumed), false when it left it
  // untouched.
  bool PassInputRequired(InFlight& entry, const std::string& key, core::WireMessage& response);
  // A retry whose requestState is sealed (`fields`): refused -32602 unless the seal opens for
  // this principal, unexpired, for this method and name, and the name routes to the sealed
  // server now; refused like PassInputRequired past max_input_rounds; then its inputResponses
  // are guarded, the name's route is checked again, the upstream's own state is put back, and it
  // is forwarded (ForwardRequest) like any request. Answers every refusal itself; nothing reaches
  // the upstream before the checks pass.
  void ResumePassed(core::WireMessage request, const std::string& key,
                    std::shared_ptr<audit::CallRecord> record, Sink sink,
                    modern::RetryFields fields);
  // The end of a retry whose answers were guarded (ResumePassed, and PassInputRequired answering
  // from the call's own inputResponses): refused when the guards refused (`error`), the session
  // closed, the name no longer routes to the server that asked, or the id is in flight again;
  // otherwise `guarded` and the upstream's state go into `request`, forwarded as round
  // `sealed.round`.
  void ForwardGuardedRetry(core::WireMessage request, const std::string& key,
                           const modern::PassedState& sealed,
                           std::shared_ptr<audit::CallRecord> record, Sink sink,
                           json::object guarded, json::object error);
  // Ends the call `entry` (already out of in_flight_) that would need input_required round
  // entry.input_rounds + 1, past max_input_rounds: answers `id` with Router::RefusedResponse
  // (tools/call: an isError result; others -32004; reason kInputRoundsExceeded, data
  // maxInputRounds) and notes the refusal in its audit record. Cancels nothing itself.
  void RefuseInputRound(InFlight entry, const json::value& id);
  // Refuses the pending input requests of `entry` (the call ended, was cancelled or the session
  // closed).
  static void FailInputs(InFlight& entry, std::string_view reason);

  // session_listen.cc (see the rules above). One open subscriptions/listen.
  struct Listen {
    json::value id;
    Sink sink;
    modern::ListenFilter filter;       // what is honored
    std::size_t pending = 0;           // resources/subscribe not answered yet
    bool acknowledged = false;
    std::unique_ptr<modern::ListenQuota::Ticket> ticket;
  };
  // Opens a listen for `request` (already decoded and stripped), or answers why not.
  void OpenListen(core::WireMessage& request, Sink sink);
  void SubscribeForListen(const std::string& key, const std::string& uri);
  void OnListenSubscribed(const std::string& key, const std::string& uri, bool ok);
  void AcknowledgeListen(const std::string& key);
  // Sends `message` (list_changed, resources/updated) on every listen that takes it.
  void DeliverToListens(const json::object& message);
  // The client cancelled the listen `key`: false when it is not one. Unsubscribes the URIs no
  // other listen names, and ends the request without an answer.
  bool EndListen(const std::string& key);
  // The session closes: forgets every listen (the router drops its subscriptions).
  void ForgetListens();

  router::Router& router_;
  Output send_;
  SessionOptions options_;
  bool initialize_started_ = false;
  bool initialized_ = false;
  bool closed_ = false;
  bool modern_ = false;
  std::string log_level_;  // modern: the last request's _meta logLevel ("" = none)
  std::string protocol_version_;
  json::object client_capabilities_;
  // BridgedCapabilities(client_capabilities_), set with it by SetClientCapabilities.
  std::shared_ptr<const json::object> bridged_capabilities_ = std::make_shared<json::object>();
  void SetClientCapabilities(json::object capabilities);
  json::object client_info_;
  std::unordered_map<std::string, InFlight> in_flight_;  // by serialized client id
  // Requests sent to the client, by the id the session gave them.
  std::int64_t next_client_request_id_ = 0;
  std::unordered_map<std::int64_t, std::function<void(json::object)>> to_client_;
  // Open listens by serialized request id, and how many of them name each URI.
  std::unordered_map<std::string, Listen> listens_;
  std::unordered_map<std::string, std::size_t> listened_uris_;
  std::uint64_t next_listen_request_ = 0;
  // Messages that arrived after initialize but before its answer; replayed in order.
  std::vector<std::pair<core::WireMessage, Sink>> queued_;
};

}  // namespace mcpgw::downstream
