#include "testing/scan_corpus.h"

#include <boost/json/parse.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace mcpgw::testing {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

void CollectStrings(const json::value& v, std::vector<std::string>& out) {
  if (v.is_string()) {
    out.emplace_back(v.get_string());
  } else if (v.is_array()) {
    for (const json::value& e : v.get_array()) CollectStrings(e, out);
  } else if (v.is_object()) {
    for (const auto& [key, e] : v.get_object()) {
      out.emplace_back(key);
      CollectStrings(e, out);
    }
  }
}

}  // namespace

fs::path ScanCorpusDir() {
  if (const char* env = std::getenv("MCPGW_SCAN_CORPUS")) return env;
  for (fs::path dir = fs::current_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / "test/scan-eval/corpus")) return dir / "test/scan-eval/corpus";
    if (dir == dir.parent_path()) break;
  }
  return {};
}

std::vector<std::string> ReadableScanCorpusStrings(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const char* name :
       {"poisoned/dev.json", "poisoned/test.json", "poisoned/holdout.json", "poisoned/dev8.json",
        "poisoned/dev9.json", "risky_legit/dev.json", "risky_legit/test.json",
        "risky_legit/holdout.json", "risky_legit/dev8.json", "risky_legit/dev9.json"}) {
    if (fs::exists(dir / name)) files.push_back(dir / name);
  }
  if (fs::exists(dir / "official")) {
    for (const auto& entry : fs::directory_iterator(dir / "official")) files.push_back(entry.path());
  }
  std::vector<std::string> strings;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    CollectStrings(json::parse(text.str()), strings);
  }
  return strings;
}

}  // namespace mcpgw::testing
