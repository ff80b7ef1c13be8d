#include "injection_records.h"

#include <boost/json/parse.hpp>

#include <fstream>

namespace mcpgw::eval {

bool LoadInjectionRecords(const std::string& path, std::vector<InjectionRecord>& out,
                          std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = "cannot read " + path;
    return false;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(line, ec);
    if (ec || !v.is_object()) {
      error = path + ":" + std::to_string(number) + ": not a JSON object";
      return false;
    }
    const boost::json::object& o = v.get_object();
    InjectionRecord r;
    auto str = [&](const char* key) -> std::string {
      const boost::json::value* x = o.if_contains(key);
      return x && x->is_string() ? std::string(x->get_string()) : std::string();
    };
    r.id = str("id");
    r.family = str("family");
    r.label = str("label");
    r.technique = str("technique");
    r.lang = str("lang");
    r.carrier = str("carrier");
    const boost::json::value* fields = o.if_contains("fields");
    if (!fields || !fields->is_array() || (r.label != "attack" && r.label != "benign")) {
      error = path + ":" + std::to_string(number) + ": needs fields[] and label attack|benign";
      return false;
    }
    for (const boost::json::value& f : fields->get_array())
      if (f.is_string()) r.fields.emplace_back(f.get_string());
    out.push_back(std::move(r));
  }
  return true;
}

void JoinFields(const InjectionRecord& record, std::string& joined,
                std::vector<std::size_t>& boundaries) {
  joined.clear();
  boundaries.clear();
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    if (i > 0) {
      joined += '\n';
      boundaries.push_back(joined.size());
    }
    joined += record.fields[i];
  }
}

}  // namespace mcpgw::eval
