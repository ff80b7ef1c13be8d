#include "app/audit_setup.h"

#include <spdlog/spdlog.h>

#include <filesystem>

#include "audit/audit_key.h"
#include "store/state_dir.h"

namespace mcpgw::app {

Result<std::unique_ptr<AuditSetup>> SetUpAudit(const boost::json::object* auditing,
                                               const std::string& audit_db, bool enable,
                                               boost::asio::any_io_executor executor,
                                               const std::string& transport) {
  auto setup = std::make_unique<AuditSetup>();
  if (auditing) {
    auto parsed = audit::ParseAuditConfig(*auditing, "auditing");
    if (!parsed) return parsed.error();
    setup->config = std::move(*parsed);
  }
  audit::AuditConfig& c = setup->config;
  if (enable) c.enabled = true;
  if (!audit_db.empty()) {
    c.enabled = true;
    c.db_path = audit_db;
  }
  audit::RecorderOptions recorder_options;
  recorder_options.durability = c.durability;
  recorder_options.fail_mode = c.fail_mode;
  recorder_options.hash_arguments = c.hash_arguments;
  recorder_options.transport = transport;
  setup->recorder = std::make_unique<audit::CallRecorder>(executor, recorder_options);

  if (c.enabled) {
    std::string path = store::ExpandHome(c.db_path);
    if (path.empty()) {
      const std::string dir = store::StateDir();
      if (auto r = store::EnsureDir(dir); !r) return r.error();
      path = dir + "/audit.db";
    }
    auto key = audit::ResolveAuditKey(c.hmac_key, /*create=*/true);
    if (!key) return key.error();
    audit::AuditStoreOptions options;
    options.path = path;
    options.key = std::move(*key);
    options.synchronous_full = c.durability == audit::Durability::kCommit;
    if (c.durability == audit::Durability::kAsync) options.linger = std::chrono::milliseconds(2);
    options.queue_size = c.queue_size;
    options.checkpoint_interval = c.checkpoint_interval;
    options.hash_arguments = c.hash_arguments;
    options.max_age_days = c.max_age_days;
    options.max_size_mb = c.max_size_mb;
    auto store = audit::AuditStore::Open(std::move(options));
    if (!store) {
      if (c.fail_mode == audit::FailMode::kClosed) return store.error();
      spdlog::error("audit {}: FAILING OPEN (auditing.fail_mode is \"open\"): calls are served "
                    "WITHOUT an audit store",
                    store.error().message);
    } else {
      setup->store = std::move(*store);
      setup->recorder->SetStore(setup->store);
      spdlog::info("audit store path={} durability={} fail_mode={}", path,
                   c.durability == audit::Durability::kCommit ? "commit" : "async",
                   c.fail_mode == audit::FailMode::kClosed ? "closed" : "open");
    }
  }
  if (!c.jsonl_path.empty()) {
    audit::JsonlSinkOptions options;
    options.path = store::ExpandHome(c.jsonl_path);
    std::error_code ec;
    const auto parent = std::filesystem::path(options.path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    options.max_bytes = static_cast<uint64_t>(c.jsonl_max_mb * 1024 * 1024);
    options.daily = c.jsonl_daily;
    options.hash_arguments = c.hash_arguments;
    auto sink = audit::JsonlSink::Open(std::move(options));
    if (!sink) return sink.error();
    setup->jsonl = std::move(*sink);
    setup->recorder->AddSink(setup->jsonl);
  }
  return setup;
}

}  // namespace mcpgw::app
