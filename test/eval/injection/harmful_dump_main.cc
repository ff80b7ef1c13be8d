// mcp-gateway-harmful-dump: prints every harmful detection (record id#field, begin, end, type,
// score as a hex float, so equal lines mean bit-equal scores) over every text field of the given
// JSONL sets, each field alone and the record's fields joined by newlines. For changes meant to
// leave detection untouched (speed work, refactors): dump before and after, and diff.
//
// Usage: mcp-gateway-harmful-dump SET.jsonl... > detections.txt  (a count of texts on stderr)
#include "guards/harmful/harmful_detector.h"

#include <boost/json/parse.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  using mcpgw::guards::Detection;
  auto detector = mcpgw::guards::harmful::HarmfulDetector::Create();
  if (!detector) {
    std::fprintf(stderr, "harmful detector: %s\n", detector.error().message.c_str());
    return 1;
  }
  std::vector<Detection> found;
  auto scan = [&](const std::string& id, const std::string& text) {
    found.clear();
    (*detector)->Scan(text, found);
    for (const Detection& d : found)
      std::printf("%s %zu %zu %s %a\n", id.c_str(), d.begin, d.end, std::string(d.type).c_str(),
                  static_cast<double>(d.score));
  };
  long texts = 0;
  for (int a = 1; a < argc; ++a) {
    std::ifstream in(argv[a]);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[a]);
      return 1;
    }
    std::string line;
    long number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty()) continue;
      boost::system::error_code ec;
      boost::json::value record = boost::json::parse(line, ec);
      if (ec || !record.is_object()) {
        std::fprintf(stderr, "%s:%ld: not a JSON object\n", argv[a], number);
        return 1;
      }
      const boost::json::object& o = record.as_object();
      const boost::json::value* id_value = o.if_contains("id");
      const std::string id = id_value && id_value->is_string()
                                 ? std::string(id_value->as_string())
                                 : std::string(argv[a]) + ":" + std::to_string(number);
      std::string joined;
      if (const boost::json::value* fields = o.if_contains("fields"); fields && fields->is_array()) {
        int k = 0;
        for (const boost::json::value& f : fields->as_array()) {
          if (!f.is_string()) continue;
          const std::string text(f.as_string());
          scan(id + "#" + std::to_string(k++), text);
          joined += text + "\n";
          ++texts;
        }
      }
      if (const boost::json::value* text = o.if_contains("text"); text && text->is_string()) {
        const std::string t(text->as_string());
        scan(id + "#t", t);
        joined += t;
        ++texts;
      }
      scan(id + "#all", joined);
    }
  }
  std::fprintf(stderr, "%ld texts\n", texts);
  return 0;
}
