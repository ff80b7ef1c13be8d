// How the session and the router annotate an open CallRecord (docs/audit.md, "Lifecycle"): one
// small function per fact, so each call site in session.cc / router.cc is one line and the
// rules live here.
//
//  - NoteRoute: which server and capability the call went to (capability type from the method:
//    tools/call -> "tool" ("meta" for get_metadata/run_tool answered here), prompts/get ->
//    "prompt", resources/* -> "resource", completion/complete -> "completion", tasks/* -> "task").
//  - NoteArguments*: the arguments as they went upstream (after the request guards), from a tree
//    or, on the byte path, parsed from the request's bytes (only the arguments member). Nothing
//    is done when the record does not want them (CallRecord::wants_arguments: metrics only).
//  - NoteVerdict: a guard chain's result: blocked (rejected), masked (modified, or any applied
//    mask/redact finding), reasons and findings appended (value hashes only).
//  - NoteWithheld: a call refused because a catalog gate (scanner, pins) withheld its item:
//    blocked, reason "gateway.withheld", and a finding of the gate's code ("scanner.<rule>",
//    "pins.tool_changed", ...; none when the gate gave no code).
//  - NoteRefused: a call the gateway refused on one of its own rules (not a guard, not a gate),
//    e.g. "gateway.input_rounds_exceeded": blocked, and that reason code.
//  - NoteUpstreamSent / NoteUpstreamAnswered: upstream latency.
//  - NoteAnswer: the answer the client gets: status (ok / tool_error / error / timed_out), error
//    code and message, bytes out, and the result text when payloads are wanted.
//
// Threading: io_context thread (the record is open and owned by its session).
#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "audit/call_record.h"
#include "core/wire_message.h"
#include "guards/guard_chain.h"

namespace mcpgw::audit {

void NoteRoute(CallRecord& record, std::string_view method, std::string_view server,
               std::string_view item);
// `params` of the request as sent upstream: its "arguments" member (tools, prompts) or, when
// absent, the params themselves (resources, completion).
void NoteArguments(CallRecord& record, const boost::json::object& params);
void NoteArgumentsFromWire(CallRecord& record, const core::WireMessage& request);
void NoteVerdict(CallRecord& record, const guards::ChainResult& result);
void NoteWithheld(CallRecord& record, std::string_view code);
void NoteRefused(CallRecord& record, std::string_view reason);
void NoteUpstreamSent(CallRecord& record);
void NoteUpstreamAnswered(CallRecord& record);
// Fills the outcome from `response` (bytes out counted on a copy) and returns it unchanged.
core::WireMessage NoteAnswer(CallRecord& record, core::WireMessage response, bool payloads);

}  // namespace mcpgw::audit
