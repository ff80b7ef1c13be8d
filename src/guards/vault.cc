#include "guards/vault.h"

#include "guards/text_walker.h"
#include "guards/value_hash.h"

#include <fnmatch.h>

namespace mcpgw::guards {

std::string Vault::Put(std::string_view entity, std::string_view value, std::string_view origin,
                       std::size_t max_entries) {
  auto key = std::make_pair(std::string(entity), std::string(value));
  if (auto it = by_value_.find(key); it != by_value_.end()) return it->second;
  std::string placeholder =
      "<" + std::string(entity) + "_" + std::to_string(++counters_[std::string(entity)]) + ">";
  by_placeholder_[placeholder] = Entry{std::string(value), std::string(origin), key.first};
  by_value_.emplace(std::move(key), placeholder);
  order_.push_back(placeholder);
  while (max_entries > 0 && order_.size() > max_entries) {
    auto it = by_placeholder_.find(order_.front());
    if (it != by_placeholder_.end()) {
      by_value_.erase({it->second.entity, it->second.value});
      by_placeholder_.erase(it);
    }
    order_.pop_front();
  }
  return placeholder;
}

const Vault::Entry* Vault::Find(std::string_view placeholder) const {
  auto it = by_placeholder_.find(std::string(placeholder));
  return it == by_placeholder_.end() ? nullptr : &it->second;
}

bool VaultGuard::Applies(const GuardContext& context) const {
  return options_.enabled && context.direction == Direction::kRequest && context.session;
}

bool VaultGuard::MayReceive(std::string_view server, std::string_view origin) const {
  if (server == origin) return true;
  const std::string subject(server);
  for (const std::string& pattern : options_.allow_servers)
    if (::fnmatch(pattern.c_str(), subject.c_str(), 0) == 0) return true;
  return false;
}

namespace {

// Finds "<NAME_123>" placeholders: upper-case letters, digits and '_' then '_' digits.
bool NextPlaceholder(std::string_view text, std::size_t from, std::size_t& begin,
                     std::size_t& end) {
  while (true) {
    begin = text.find('<', from);
    if (begin == std::string_view::npos) return false;
    std::size_t i = begin + 1;
    while (i < text.size() && ((text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= '0' && text[i] <= '9') || text[i] == '_'))
      ++i;
    if (i < text.size() && text[i] == '>' && i > begin + 3) {
      std::size_t d = i;
      while (d > begin + 1 && text[d - 1] >= '0' && text[d - 1] <= '9') --d;
      if (d < i && d > begin + 2 && text[d - 1] == '_') {
        end = i + 1;
        return true;
      }
    }
    from = begin + 1;
  }
}

}  // namespace

Verdict VaultGuard::Inspect(const GuardContext& context, boost::json::value& payload) {
  Vault& vault = context.session->store->Get<Vault>();
  if (vault.size() == 0) return Verdict::Continue();
  Verdict verdict;
  bool restored = false;
  auto visit = [&](TextLeaf& leaf) {
    const std::string_view text = leaf.text();
    std::size_t begin = 0, end = 0, from = 0, copied = 0;
    std::string out;
    while (NextPlaceholder(text, from, begin, end)) {
      from = end;
      const Vault::Entry* entry = vault.Find(text.substr(begin, end - begin));
      if (!entry) continue;
      Finding finding;
      finding.guard = "vault";
      finding.location = leaf.Pointer();
      finding.value_hash = ValueHash(entry->value);
      if (MayReceive(context.server, entry->origin)) {
        finding.type = "vault.restored";
        finding.action = Action::kMask;
        finding.applied = context.mode == Mode::kEnforce;
        if (finding.applied) {
          out.append(text.substr(copied, begin - copied));
          out += entry->value;
          copied = end;
        }
      } else {
        finding.type = "vault.refused";
        finding.action = Action::kAlert;
        finding.applied = true;
      }
      verdict.findings.push_back(std::move(finding));
    }
    if (copied > 0) {
      out.append(text.substr(copied));
      leaf.Replace(std::move(out));
      restored = true;
    }
  };
  WalkText(context, payload, visit);
  if (restored) {
    verdict.kind = VerdictKind::kModified;
    verdict.reason = "vault.restored";
  }
  return verdict;
}

}  // namespace mcpgw::guards
