#include "audit/call_recorder.h"

#include <openssl/rand.h>
#include <spdlog/spdlog.h>

#include <boost/asio/post.hpp>
#include <vector>

#include "audit/audit_row.h"
#include "audit/audit_store.h"

namespace mcpgw::audit {

namespace {

std::string RandomHex(std::size_t bytes) {
  std::vector<unsigned char> raw(bytes);
  if (RAND_bytes(raw.data(), static_cast<int>(raw.size())) != 1) {
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    for (std::size_t i = 0; i < bytes; ++i) raw[i] = static_cast<unsigned char>(now >> (8 * (i % 8)));
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : raw) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

}  // namespace

CallRecorder::CallRecorder(boost::asio::any_io_executor executor, RecorderOptions options)
    : executor_(std::move(executor)),
      options_(std::move(options)),
      call_prefix_(RandomHex(8) + "-"),
      process_session_id_("stdio-" + RandomHex(8)) {}

CallRecorder::~CallRecorder() = default;

void CallRecorder::AddSink(std::shared_ptr<RecordSink> sink) {
  if (!sink) return;
  wants_payloads_ = wants_payloads_ || sink->wants_payloads();
  wants_arguments_ = wants_arguments_ || sink->wants_arguments();
  sinks_.push_back(std::move(sink));
  active_ = true;
}

void CallRecorder::SetStore(std::shared_ptr<AuditStore> store) {
  store_ = std::move(store);
  active_ = active_ || store_ != nullptr;
  wants_arguments_ = wants_arguments_ || store_ != nullptr;
  holds_answers_ = store_ != nullptr && options_.durability == Durability::kCommit;
}

std::shared_ptr<CallRecord> CallRecorder::Begin(std::string_view method,
                                                std::string_view request_id,
                                                std::size_t bytes_in) {
  if (!active_) return nullptr;
  auto record = std::make_shared<CallRecord>();
  record->call_id = call_prefix_ + std::to_string(++next_call_);
  record->started = std::chrono::system_clock::now();
  record->started_steady = std::chrono::steady_clock::now();
  record->method = std::string(method);
  record->request_id = std::string(request_id);
  record->bytes_in = bytes_in;
  record->transport = options_.transport;
  record->wants_arguments = wants_arguments_;
  return record;
}

std::string CallRecorder::Refusal() const {
  if (!store_ || options_.fail_mode == FailMode::kOpen || store_->healthy()) return {};
  return "mcp-gateway: the audit store is unavailable (" + store_->last_error() +
         "); calls are refused until it recovers (auditing.fail_mode is \"closed\")";
}

void CallRecorder::Finish(std::shared_ptr<CallRecord> record, Release release) {
  ++finished_;
  record->total_latency = std::chrono::steady_clock::now() - record->started_steady;
  if (options_.hash_arguments && !record->arguments_json.empty()) {
    record->arguments_hash = Sha256Hex(record->arguments_json);
    record->arguments_json.clear();
  }
  std::shared_ptr<const CallRecord> closed = std::move(record);
  for (const auto& sink : sinks_) sink->Write(closed);
  if (!store_) return;
  const bool fail_open = options_.fail_mode == FailMode::kOpen;
  auto lost = lost_;
  auto logged = outage_logged_;
  auto note = [lost, logged, fail_open, path = store_->path()](bool ok, const std::string& error) {
    if (ok) {
      logged->store(false, std::memory_order_relaxed);
      return;
    }
    if (!fail_open) return;
    lost->fetch_add(1, std::memory_order_relaxed);
    if (!logged->exchange(true))
      spdlog::error("audit store path={} UNAVAILABLE, failing open: calls continue WITHOUT an "
                    "audit record until it recovers: {}",
                    path, error);
  };
  if (!holds_answers_) {
    store_->Submit(std::move(closed), std::move(note));
    return;
  }
  store_->Submit(std::move(closed), [executor = executor_, note, fail_open,
                                     release = std::move(release)](bool ok,
                                                                   const std::string& error) {
    note(ok, error);
    if (!release) return;
    boost::asio::post(executor, [release, ok = ok || fail_open, error] { release(ok, error); });
  });
}

}  // namespace mcpgw::audit
