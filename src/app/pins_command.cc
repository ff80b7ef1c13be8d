#include "app/pins_command.h"

#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/subcommand_parse.h"
#include "pins/definition_diff.h"
#include "pins/pin_review.h"
#include "pins/pin_store.h"
#include "store/state_dir.h"

namespace mcpgw::app {
namespace {

namespace json = boost::json;
using pins::PinComparison;
using pins::PinKind;
using pins::PinStatus;

struct Args {
  std::string command;
  std::string server;
  std::string tool;
  bool instructions = false;
  bool json_output = false;
  std::string store_path;
};

struct Entry {
  std::string server;
  PinComparison comparison;
};

std::string DefaultStorePath() {
  const std::string dir = store::StateDir();
  return dir.empty() ? std::string() : dir + "/state.db";
}

std::string FormatTime(int64_t unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string Label(const Entry& e) {
  return e.comparison.kind == PinKind::kInstructions ? e.server + " (instructions)"
                                                     : e.server + "/" + e.comparison.name;
}

bool Matches(const Args& args, const Entry& e) {
  if (!args.server.empty() && e.server != args.server) return false;
  if (args.instructions) return e.comparison.kind == PinKind::kInstructions;
  if (!args.tool.empty())
    return e.comparison.kind == PinKind::kTool && e.comparison.name == args.tool;
  return true;
}

Result<std::vector<Entry>> Collect(pins::PinStore& store, const Args& args) {
  auto servers = store.Servers();
  if (!servers) return servers.error();
  std::vector<Entry> entries;
  for (const std::string& server : *servers) {
    if (!args.server.empty() && server != args.server) continue;
    auto approved = store.Approved(server);
    if (!approved) return approved.error();
    auto observed = store.Observed(server);
    if (!observed) return observed.error();
    std::vector<pins::PinItem> items;
    for (pins::StoredPin& pin : *observed) items.push_back(std::move(pin.item));
    for (PinComparison& c : pins::ComparePins(*approved, items)) {
      Entry e{server, std::move(c)};
      if (Matches(args, e)) entries.push_back(std::move(e));
    }
  }
  return entries;
}

json::value ParseOrNull(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  return ec ? json::value() : v;
}

json::object EntryJson(const Entry& e) {
  const PinComparison& c = e.comparison;
  json::object o;
  o["server"] = e.server;
  o["kind"] = pins::PinKindName(c.kind);
  o["name"] = c.name;
  o["status"] = pins::PinStatusName(c.status);
  if (c.approved) {
    o["approved_hash"] = c.approved->item.hash;
    o["approved_by"] = c.approved->how;
    o["approved_at"] = FormatTime(c.approved->at);
  }
  if (c.observed) o["observed_hash"] = c.observed->hash;
  return o;
}

int List(const std::vector<Entry>& entries, const Args& args, std::ostream& out) {
  if (args.json_output) {
    json::array list;
    for (const Entry& e : entries) list.push_back(EntryJson(e));
    out << json::serialize(json::object{{"pins", std::move(list)}}) << "\n";
    return cli::kExitOk;
  }
  if (entries.empty()) {
    out << "no pins" << (args.server.empty() ? "" : " for " + args.server) << "\n";
    return cli::kExitOk;
  }
  for (const Entry& e : entries) {
    const PinComparison& c = e.comparison;
    out << pins::PinStatusName(c.status) << "\t" << Label(e);
    if (c.approved) {
      out << "\tapproved " << FormatTime(c.approved->at) << " (" << c.approved->how << ") sha256 "
          << c.approved->item.hash.substr(0, 12);
    }
    if (c.status == PinStatus::kChanged) out << " -> " << c.observed->hash.substr(0, 12);
    if (c.status == PinStatus::kNew) out << "\tsha256 " << c.observed->hash.substr(0, 12);
    out << "\n";
  }
  return cli::kExitOk;
}

int Diff(const std::vector<Entry>& entries, const Args& args, std::ostream& out) {
  json::array list;
  std::size_t shown = 0;
  for (const Entry& e : entries) {
    const PinComparison& c = e.comparison;
    if (c.status == PinStatus::kPinned) continue;
    ++shown;
    const json::value before =
        c.approved ? ParseOrNull(c.approved->item.definition) : json::value();
    const json::value after = c.observed ? ParseOrNull(c.observed->definition) : json::value();
    if (args.json_output) {
      json::object o = EntryJson(e);
      if (c.status == PinStatus::kChanged) {
        json::array changes;
        for (const pins::FieldChange& change : pins::DiffDefinitions(before, after)) {
          json::object item{{"path", change.path}, {"op", pins::FieldChangeOpName(change.op)}};
          if (change.op != pins::FieldChange::Op::kAdded) item["before"] = change.before;
          if (change.op != pins::FieldChange::Op::kRemoved) item["after"] = change.after;
          changes.push_back(std::move(item));
        }
        o["changes"] = std::move(changes);
      } else if (c.status == PinStatus::kNew) {
        o["definition"] = after;
      } else {
        o["definition"] = before;
      }
      list.push_back(std::move(o));
      continue;
    }
    out << Label(e) << ": " << pins::PinStatusName(c.status) << "\n";
    switch (c.status) {
      case PinStatus::kChanged:
        out << pins::RenderChanges(pins::DiffDefinitions(before, after), "  ");
        break;
      case PinStatus::kNew:
        out << "  + " << json::serialize(after) << "\n";
        break;
      case PinStatus::kRemoved:
        out << "  - " << json::serialize(before) << "\n";
        break;
      case PinStatus::kPinned:
        break;
    }
  }
  if (args.json_output) {
    out << json::serialize(json::object{{"changes", std::move(list)}}) << "\n";
  } else if (shown == 0) {
    out << "no changes since approval\n";
  }
  return cli::kExitOk;
}

int Approve(pins::PinStore& store, const std::vector<Entry>& entries, const Args& args,
            std::ostream& out, std::ostream& err) {
  const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  json::array approved;
  for (const Entry& e : entries) {
    const PinComparison& c = e.comparison;
    if (c.status == PinStatus::kPinned) continue;
    if (c.status == PinStatus::kRemoved) {
      if (auto r = store.Unapprove(e.server, c.kind, c.name); !r) {
        err << "mcp-gateway pins: " << r.error().message << "\n";
        return cli::kExitRuntime;
      }
    } else if (auto r = store.Approve(e.server, *c.observed, now, pins::kApprovedByUser); !r) {
      err << "mcp-gateway pins: " << r.error().message << "\n";
      return cli::kExitRuntime;
    }
    if (!args.json_output)
      out << "approved " << Label(e) << " (" << pins::PinStatusName(c.status) << ")\n";
    approved.push_back(EntryJson(e));
  }
  if (args.json_output) out << json::serialize(json::object{{"approved", approved}}) << "\n";
  if (approved.empty()) {
    err << "mcp-gateway pins: nothing to approve"
        << (args.server.empty()
                ? ""
                : " for " + args.server + (args.tool.empty() ? "" : "/" + args.tool))
        << "\n";
    return args.server.empty() ? cli::kExitOk : cli::kExitRuntime;
  }
  return cli::kExitOk;
}

}  // namespace

int RunPinsCommand(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  Args args;
  CLI::App app{"Show, diff, approve or reset tool pins (the rug-pull defence)", "mcp-gateway pins"};
  app.require_subcommand(1);
  auto add_common = [&](CLI::App* sub) {
    sub->add_flag("--json", args.json_output, "Machine-readable output");
    sub->add_option("--store", args.store_path, "Pin store (default: $MCP_GATEWAY_HOME/state.db)");
  };
  CLI::App* list = app.add_subcommand("list", "Every pin and its status");
  CLI::App* diff = app.add_subcommand("diff", "What changed since approval, field by field");
  CLI::App* approve = app.add_subcommand("approve", "Approve what the servers list now");
  CLI::App* reset = app.add_subcommand("reset", "Forget pins: the next start is a first use");
  for (CLI::App* sub : {list, diff, approve}) {
    add_common(sub);
    sub->add_option("server", args.server, "Server name");
    sub->add_option("tool", args.tool, "Tool name (as the server names it)");
    sub->add_flag("--instructions", args.instructions, "The server's instructions");
  }
  add_common(reset);
  reset->add_option("server", args.server, "Server name (default: every server)");
  if (auto exit_code = cli::ParseSubcommandLine(app, argc, argv, "pins", out, err))
    return *exit_code;
  for (CLI::App* sub : {list, diff, approve, reset}) {
    if (sub->parsed()) args.command = sub->get_name();
  }
  if (args.instructions && !args.tool.empty()) {
    err << "mcp-gateway pins: give TOOL or --instructions, not both\n";
    return cli::kExitUsage;
  }
  if (args.instructions && args.server.empty()) {
    err << "mcp-gateway pins: --instructions needs a SERVER\n";
    return cli::kExitUsage;
  }
  if (args.store_path.empty()) args.store_path = DefaultStorePath();
  if (args.store_path.empty()) {
    err << "mcp-gateway pins: no state directory (set MCP_GATEWAY_HOME or HOME, or --store)\n";
    return cli::kExitUsage;
  }
  args.store_path = store::ExpandHome(args.store_path);
  std::error_code ec;
  if (!std::filesystem::exists(args.store_path, ec)) {
    if (args.json_output) {
      out << (args.command == "reset" ? R"({"reset":0})" : R"({"pins":[]})") << "\n";
    } else {
      out << "no pins yet (" << args.store_path << " does not exist)\n";
    }
    return args.command == "approve" && !args.server.empty() ? cli::kExitRuntime : cli::kExitOk;
  }
  auto store = pins::PinStore::Open(args.store_path);
  if (!store) {
    err << "mcp-gateway pins: " << store.error().message << "\n";
    return cli::kExitRuntime;
  }
  if (args.command == "reset") {
    auto removed = store->Reset(args.server);
    if (!removed) {
      err << "mcp-gateway pins: " << removed.error().message << "\n";
      return cli::kExitRuntime;
    }
    if (args.json_output) {
      out << json::serialize(json::object{{"reset", *removed}}) << "\n";
    } else {
      out << "reset " << (args.server.empty() ? "every server" : args.server) << ": " << *removed
          << " approved pin(s) forgotten\n";
    }
    return cli::kExitOk;
  }
  auto entries = Collect(*store, args);
  if (!entries) {
    err << "mcp-gateway pins: " << entries.error().message << "\n";
    return cli::kExitRuntime;
  }
  if (args.command == "list") return List(*entries, args, out);
  if (args.command == "diff") return Diff(*entries, args, out);
  return Approve(*store, *entries, args, out, err);
}

}  // namespace mcpgw::app
