// mcp-gateway-scan-train: trains the scanner's tool model (src/scanner/tool_model.h) and writes
// its weights and threshold as C++ source.
//
//   mcp-gateway-scan-train --poisoned FILE... --legit FILE... [--official FILE...] [--fpr 0.02]
//                          [--scores FILE] (--out tool_model_weights.cc | --check tool_model_weights.cc)
//
// Data: scanner corpus files ({"cases": [...]}, test/scan-eval/README.md): every poisoned case is
// a positive, every risky-legit case a negative; official captures ({"tools", "prompts",
// "resources", "resourceTemplates", "instructions"}) give negatives (each item, and the
// instructions when present). A case's text
// is ItemProse of its tool, then of its server's prompts and resources, and its instructions,
// joined by newlines. Groups: the corpus round (the file's name, so poisoned/x.json and
// risky_legit/x.json are one group) and each official file (its tools, prompts, resources and
// resource templates, each an example).
// Threshold: each group is left out in turn, a model trained on the others scores it (as the
// scanner does: scanner::ScoreProse, the whole text and each long sentence); the
// threshold is the lowest value (rounded up to 1/1000) at which at most --fpr of those
// out-of-fold negatives score at or above it. The committed model is then trained on all.
// Training: model_training::Train (logistic_training.h), defaults, the files' order.
// --scores writes each corpus case's out-of-fold score, one line each: id, label, score, and 1
// when it is at or above the threshold (what the model alone catches in a round it did not see).
// --check re-trains and compares with the given file: exit 0 when identical, 1 when not.
// Exit status 2: bad arguments or unreadable data.
#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "corpus_case.h"
#include "guards/injection/segment_features.h"
#include "logistic_training.h"
#include "scanner/tool_model.h"

namespace {

namespace json = boost::json;
namespace mt = mcpgw::model_training;

struct Labelled {
  mt::Example example;
  std::string group;
  std::string text;  // scored by scanner::ScoreProse for the threshold
  std::string id;    // the corpus case's id (empty for official items)
};

void AddExample(const std::string& text, float label, const std::string& group,
                std::vector<Labelled>& out, std::string id = {}) {
  Labelled l;
  mcpgw::guards::injection::ExtractFeatures(text, l.example.features);
  l.example.label = label;
  l.group = group;
  l.text = text;
  l.id = std::move(id);
  out.push_back(std::move(l));
}

std::string CaseText(const mcpgw::scan_eval::CorpusCase& c) {
  std::string text = mcpgw::scanner::ItemProse(c.tool);
  if (!c.server) return text;
  for (const char* list : {"prompts", "resources"}) {
    if (const json::value* items = c.server->if_contains(list); items && items->is_array())
      for (const json::value& item : items->get_array())
        if (item.is_object()) text.append("\n").append(mcpgw::scanner::ItemProse(item.get_object()));
  }
  if (const json::value* instructions = c.server->if_contains("instructions");
      instructions && instructions->is_string())
    text.append("\n").append(instructions->get_string());
  return text;
}

bool LoadCorpus(const std::string& path, float label, std::vector<Labelled>& out) {
  auto cases = mcpgw::scan_eval::LoadCorpusFile(path);
  if (!cases) {
    std::cerr << "mcp-gateway-scan-train: " << cases.error().message << "\n";
    return false;
  }
  const std::string group = std::filesystem::path(path).stem().string();
  for (const auto& c : *cases) AddExample(CaseText(c), label, group, out, c.id);
  return true;
}

bool LoadOfficial(const std::string& path, std::vector<Labelled>& out) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  boost::system::error_code ec;
  const json::value v = json::parse(text.str(), ec);
  const json::value* tools = (!ec && v.is_object()) ? v.get_object().if_contains("tools") : nullptr;
  if (!in || tools == nullptr || !tools->is_array()) {
    std::cerr << "mcp-gateway-scan-train: " << path << ": needs {\"tools\": [...]}\n";
    return false;
  }
  const std::string group = "official/" + std::filesystem::path(path).stem().string();
  for (const char* list : {"tools", "prompts", "resources", "resourceTemplates"}) {
    const json::value* items = v.get_object().if_contains(list);
    if (items == nullptr || !items->is_array()) continue;
    for (const json::value& item : items->get_array())
      if (item.is_object()) AddExample(mcpgw::scanner::ItemProse(item.get_object()), 0.0f, group, out);
  }
  if (const json::value* i = v.get_object().if_contains("instructions");
      i && i->is_string() && !i->get_string().empty())
    AddExample(std::string(i->get_string()), 0.0f, group, out);
  return true;
}

std::vector<mt::Example> Examples(const std::vector<Labelled>& data, const std::string& except) {
  std::vector<mt::Example> out;
  for (const Labelled& l : data)
    if (l.group != except) out.push_back(l.example);
  return out;
}

std::string Render(const mt::Trained& model, float threshold, std::size_t pos, std::size_t neg) {
  std::ostringstream o;
  char buf[64];
  o << "// Generated by mcp-gateway-scan-train (test/scan-eval/model/train_tool_model.cc) from the\n"
       "// scanner corpus (test/scan-eval/CMakeLists.txt lists the files): do not edit.\n"
    << "// Training definitions: " << pos << " poisoned, " << neg << " legitimate.\n"
    << "#include \"scanner/tool_model.h\"\n\n"
       "namespace mcpgw::scanner {\nnamespace {\n\n"
    << mt::RenderWeightsArray(model.weights) << "\n}  // namespace\n\n";
  std::snprintf(buf, sizeof buf, "%.9g", model.scale);
  o << "const guards::injection::ModelWeights kBuiltinToolModel = {" << buf << "f, ";
  std::snprintf(buf, sizeof buf, "%.9g", model.bias);
  o << buf << "f, kWeights, " << model.weights.size() << "};\n";
  std::snprintf(buf, sizeof buf, "%.3f", threshold);
  o << "const float kToolModelThreshold = " << buf << "f;\n\n}  // namespace mcpgw::scanner\n";
  return o.str();
}

int Usage() {
  std::cerr << "usage: mcp-gateway-scan-train --poisoned FILE... --legit FILE... [--official "
               "FILE...] [--fpr F] [--scores FILE] (--out FILE | --check FILE)\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> poisoned, legit, official;
  std::string out_path, check_path, scores_path;
  double fpr = 0.02;
  std::vector<std::string>* list = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--poisoned") list = &poisoned;
    else if (a == "--legit") list = &legit;
    else if (a == "--official") list = &official;
    else if ((a == "--out" || a == "--check" || a == "--fpr") && i + 1 < argc) {
      list = nullptr;
      const std::string v = argv[++i];
      if (a == "--out") out_path = v;
      else if (a == "--check") check_path = v;
      else {
        char* end = nullptr;
        fpr = std::strtod(v.c_str(), &end);
        if (*end != '\0' || !(fpr >= 0 && fpr < 1)) return Usage();
      }
    } else if (a == "--scores" && i + 1 < argc) {
      list = nullptr;
      scores_path = argv[++i];
    } else if (list != nullptr && !a.starts_with("--")) list->push_back(a);
    else return Usage();
  }
  if (poisoned.empty() || legit.empty() || out_path.empty() == check_path.empty()) return Usage();

  std::vector<Labelled> data;
  for (const auto& p : poisoned)
    if (!LoadCorpus(p, 1.0f, data)) return 2;
  for (const auto& p : legit)
    if (!LoadCorpus(p, 0.0f, data)) return 2;
  for (const auto& p : official)
    if (!LoadOfficial(p, data)) return 2;
  std::size_t pos = 0;
  for (const Labelled& l : data) pos += l.example.label > 0 ? 1 : 0;
  const std::size_t neg = data.size() - pos;
  if (pos == 0 || neg == 0) {
    std::cerr << "mcp-gateway-scan-train: the data needs both poisoned and legitimate cases\n";
    return 2;
  }

  // Out-of-fold scores, one group left out at a time.
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < data.size(); ++i) groups[data[i].group].push_back(i);
  std::vector<float> oof(data.size(), 0.0f);
  for (const auto& [group, members] : groups) {
    const mt::Trained fold = mt::Train(Examples(data, group));
    const mcpgw::guards::injection::ModelWeights view = fold.View();
    const mcpgw::guards::injection::InjectionModel model(view);
    for (const std::size_t i : members) oof[i] = mcpgw::scanner::ScoreProse(model, data[i].text);
  }
  std::vector<float> negatives;
  for (std::size_t i = 0; i < data.size(); ++i)
    if (data[i].example.label == 0) negatives.push_back(oof[i]);
  std::sort(negatives.begin(), negatives.end(), std::greater<float>());
  const std::size_t allowed = static_cast<std::size_t>(fpr * negatives.size());
  // At or above the threshold: at most `allowed` negatives.
  const float above = allowed < negatives.size() ? negatives[allowed] : 0.0f;
  float threshold = std::ceil(above * 1000.0f + 1e-3f) / 1000.0f;
  threshold = std::min(threshold, 1.0f);
  std::size_t tp = 0, fp = 0;
  for (std::size_t i = 0; i < data.size(); ++i) {
    if (oof[i] < threshold) continue;
    (data[i].example.label > 0 ? tp : fp) += 1;
  }
  std::fprintf(stderr, "out of fold at threshold %.3f: %zu/%zu poisoned (%.1f%%), %zu/%zu legitimate (%.2f%%)\n",
               threshold, tp, pos, 100.0 * tp / pos, fp, neg, 100.0 * fp / neg);
  for (const auto& [group, members] : groups) {
    std::size_t gp = 0, gtp = 0, gn = 0, gfp = 0;
    for (const std::size_t i : members) {
      const bool hit = oof[i] >= threshold;
      if (data[i].example.label > 0) gp++, gtp += hit;
      else gn++, gfp += hit;
    }
    std::fprintf(stderr, "  %-28s poisoned %4zu/%-4zu legitimate flagged %3zu/%-4zu\n", group.c_str(),
                 gtp, gp, gfp, gn);
  }

  if (!scores_path.empty()) {
    std::ofstream scores(scores_path);
    for (std::size_t i = 0; i < data.size(); ++i)
      if (!data[i].id.empty())
        scores << data[i].id << '\t' << data[i].example.label << '\t' << oof[i] << '\t'
               << (oof[i] >= threshold ? 1 : 0) << '\n';
    if (!scores.flush()) {
      std::cerr << "mcp-gateway-scan-train: cannot write " << scores_path << "\n";
      return 2;
    }
  }
  std::vector<mt::Example> all = Examples(data, "");
  const mt::Trained model = mt::Train(all);
  const std::string source = Render(model, threshold, pos, neg);
  return mcpgw::model_training::WriteOrCheck(source, out_path, check_path, "mcp-gateway-scan-train",
                                              "docs/scanner.md");
}
