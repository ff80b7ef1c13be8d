#include "eval_tally.h"

#include <fmt/format.h>

namespace mcpgw::scan_eval {

namespace {

void Bump(Count& c, bool hit) {
  ++c.total;
  if (hit) ++c.hits;
}

}  // namespace

void EvalTally::Add(std::string_view family, std::string_view lang, bool hit) {
  Bump(overall_, hit);
  auto f = by_family_.try_emplace(std::string(family)).first;
  Bump(f->second, hit);
  auto l = by_lang_.try_emplace(std::string(lang)).first;
  Bump(l->second, hit);
}

std::string FormatGroups(std::string_view header, std::string_view hit_label,
                         const std::map<std::string, Count, std::less<>>& groups) {
  std::string out = fmt::format("  {:<38} {:>8} {:>7}\n", header, hit_label, "rate");
  for (const auto& [name, count] : groups) {
    out += fmt::format("  {:<38} {:>8} {:>6.1f}%\n", name,
                       fmt::format("{}/{}", count.hits, count.total), count.Rate());
  }
  return out;
}

std::string FormatCount(const Count& count) {
  return fmt::format("{}/{} ({:.1f}%)", count.hits, count.total, count.Rate());
}

}  // namespace mcpgw::scan_eval
