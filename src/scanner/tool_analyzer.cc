#include "scanner/tool_analyzer.h"

#include "scanner/sentences.h"

#include <openssl/evp.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "scanner/concept_check.h"
#include "scanner/data_flow_check.h"
#include "scanner/steering_check.h"
#include "scanner/tool_model.h"
#include "scanner/encoded_text.h"
#include "scanner/outbound_check.h"
#include "scanner/param_demand.h"
#include "scanner/preset_destination.h"
#include "scanner/regex_options.h"
#include "scanner/scoring.h"
#include "scanner/unicode_text.h"

namespace mcpgw::scanner {

namespace json = boost::json;

struct ToolAnalyzer::Regexes {
  std::unique_ptr<re2::RE2> base64;
  std::unique_ptr<re2::RE2> hex;
  std::unique_ptr<re2::RE2> content_demand;
  std::unique_ptr<re2::RE2> tool_reference;
  std::unique_ptr<re2::RE2> imperative;
  std::unique_ptr<re2::RE2> fill_param;
  std::unique_ptr<re2::RE2> valid_name;
  std::unique_ptr<re2::RE2> fill_verb;
  std::unique_ptr<re2::RE2> negated_demand;
  std::unique_ptr<re2::RE2> secret_name;
  std::unique_ptr<re2::RE2> addressed;
  std::unique_ptr<re2::RE2> obligation;
  std::unique_ptr<re2::RE2> reach;
  std::unique_ptr<re2::RE2> clause_imperative;
  std::unique_ptr<re2::RE2> changes_other_tool;
  std::unique_ptr<re2::RE2> cited_blob;
  std::unique_ptr<re2::RE2> harm;          // reach of another kind: disclosure or destruction
  std::unique_ptr<re2::RE2> negated_harm;  // "never delete the audit log"
  // The sentence's context (InContext): the user decides, a third party is the audience, the
  // call is read-only, a preference is scoped to one kind of request.
  std::unique_ptr<re2::RE2> user_decides, third_party, user_word, read_only, destructive, scoped,
      unscoped;
  std::unique_ptr<re2::RE2> conversation_tool;  // a tool named for conversations
  // What an honest <IMPORTANT> block warns of (irreversible, confirm with the user, absolute
  // paths), and what no honest block says (concealment, secrets, outside addresses, other tools).
  std::unique_ptr<re2::RE2> safety_note, block_red_flag, protective_negation;
  // deception.annotation_mismatch: a name's first word that destroys (any false hint) or
  // changes state (readOnlyHint), and the same as a description's opening verb.
  std::unique_ptr<re2::RE2> destroying_name, changing_name, shows_only, destroying_lead,
      changing_lead;
};

namespace {

std::unique_ptr<re2::RE2> Make(std::string pattern) {
  return std::make_unique<re2::RE2>(pattern, ScannerRegexOptions());
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The match with some context around it, on character boundaries, made visible.
std::string Evidence(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t from = begin > 40 ? begin - 40 : 0;
  std::size_t to = std::min(text.size(), std::max(end, begin + 120) + 40);
  to = std::min(to, end + 80);
  while (from > 0 && from < text.size() && IsContinuation(text[from])) --from;
  while (to < text.size() && IsContinuation(text[to])) ++to;
  std::string out = from > 0 ? "..." : "";
  out += MakeVisible(text.substr(from, to - from), 220);
  if (to < text.size() && !out.ends_with("...")) out += "...";
  return out;
}

// "readSshKey" / "read_ssh-key" -> "read ssh key", so rules written for prose see names.
std::string NameToWords(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == '_' || c == '-') {
      out += ' ';
      continue;
    }
    if (i > 0 && std::isupper(static_cast<unsigned char>(c)) &&
        std::islower(static_cast<unsigned char>(name[i - 1])))
      out += ' ';
    out += c;
  }
  return out;
}

void Add(std::vector<Finding>& out, std::string rule_id, std::string category, Severity severity,
         std::string location, std::string evidence, std::string message) {
  out.push_back({std::move(rule_id), std::move(category), severity, std::move(location),
                 std::move(evidence), std::move(message)});
}

// The sentence of `text` around [begin, end): from the separator before to the one after (the
// separators of sentences.h).
// True when text[begin, end) sits inside a quotation on its line: an opening mark before it
// (straight, typographic, guillemet or CJK bracket) with no closing one between, and a closing
// mark after it, each within 160 bytes.
bool QuotedAt(std::string_view text, std::size_t begin, std::size_t end) {
  static constexpr std::string_view kOpen[] = {"\"", "\xe2\x80\x9c", "\xc2\xab", "\xe3\x80\x8c",
                                               "\xe3\x80\x8e", "\xe2\x80\x9e"};
  static constexpr std::string_view kClose[] = {"\"", "\xe2\x80\x9d", "\xc2\xbb", "\xe3\x80\x8d",
                                                "\xe3\x80\x8f", "\xe2\x80\x9c"};
  auto at = [&](std::size_t i, const std::string_view (&marks)[6]) {
    for (std::string_view q : marks) {
      if (text.compare(i, q.size(), q) == 0) return true;
    }
    return false;
  };
  std::size_t open = std::string_view::npos;
  for (std::size_t i = begin; i > 0 && begin - i < 160;) {
    --i;
    if (text[i] == '\n') return false;
    if (at(i, kOpen)) {
      open = i;
      break;
    }
    if (at(i, kClose) && text[i] != '"') return false;  // a quotation closed before the match
  }
  if (open == std::string_view::npos) return false;
  for (std::size_t i = end; i < text.size() && i - end < 160; ++i) {
    if (text[i] == '\n') return false;
    if (at(i, kClose)) return true;
  }
  return false;
}

std::string_view SentenceAround(std::string_view text, std::size_t begin, std::size_t end) {
  const auto separator = [&](std::size_t i) {
    const char c = text[i];
    if (c == '\n') return true;
    if ((c == '.' || c == '!' || c == '?' || c == ';') &&
        (i + 1 == text.size() || text[i + 1] == ' '))
      return true;
    return text.substr(i, 3) == "\xe3\x80\x82";  // 。
  };
  std::size_t from = std::min(begin, text.size());
  while (from > 0 && !separator(from - 1)) --from;
  std::size_t to = std::min(end, text.size());
  while (to < text.size() && !separator(to)) ++to;
  return text.substr(from, to - from);
}

bool Printable(std::string_view decoded) {
  if (decoded.size() < 12) return false;
  std::size_t good = 0;
  for (unsigned char c : decoded) {
    if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t' || c == '\r' || c >= 0x80) ++good;
  }
  return good * 10 >= decoded.size() * 9;
}

std::string DecodeBase64(std::string_view in) {
  std::string text(in);
  for (char& c : text) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  while (text.size() % 4 != 0) text += '=';
  std::string out(text.size() / 4 * 3 + 3, '\0');
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(text.data()),
                                static_cast<int>(text.size()));
  if (n < 0) return {};
  std::size_t size = static_cast<std::size_t>(n);
  for (std::size_t i = text.size(); i > 0 && text[i - 1] == '=' && size > 0; --i) --size;
  out.resize(size);
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

std::string DecodeHex(std::string_view in) {
  std::string out;
  for (std::size_t i = 0; i + 1 < in.size(); i += 2) {
    const int hi = HexValue(in[i]), lo = HexValue(in[i + 1]);
    if (hi < 0 || lo < 0) return {};
    out += static_cast<char>(hi * 16 + lo);
  }
  return out;
}

void SortFindings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
}

}  // namespace

const char* ItemKindName(ItemKind kind) {
  switch (kind) {
    case ItemKind::kTool: return "tool";
    case ItemKind::kPrompt: return "prompt";
    case ItemKind::kResource: return "resource";
    case ItemKind::kResourceTemplate: return "resource_template";
    case ItemKind::kInstructions: return "instructions";
  }
  return "tool";
}

const ItemReport* ServerReport::FindTool(std::string_view name) const {
  for (const ItemReport& item : items) {
    if (item.kind == ItemKind::kTool && item.name == name) return &item;
  }
  return nullptr;
}

ToolAnalyzer::~ToolAnalyzer() = default;

Result<std::shared_ptr<const ToolAnalyzer>> ToolAnalyzer::Create(AnalyzerOptions options) {
  auto scanner = TextScanner::Compile();
  if (!scanner) return scanner.error();
  std::shared_ptr<ToolAnalyzer> analyzer(new ToolAnalyzer());
  analyzer->options_ = options;
  analyzer->scanner_ = std::move(*scanner);
  auto r = std::make_unique<Regexes>();
  r->base64 = Make(R"(([A-Za-z0-9+/_-]{32,}={0,2}))");
  r->cited_blob = Make(
      R"(\b(?:such\s+as|e\.g\.?|for\s+example|for\s+instance|examples?|samples?|signatures?|)"
      R"(detects?|flags?|blocks?|patterns?|payloads?)\b)");
  r->hex = Make(R"(\b((?:[0-9a-fA-F]{2}){20,})\b)");
  r->content_demand =
      Make(std::string(SecretNounPattern()) + "|" + std::string(ConversationPattern()) + "|" +
           std::string(SensitivePathPattern()) +
           R"(|\bcontents?\s+of\b|\bfile\s+contents?\b|\boutput\s+of\s+(?:the\s+)?(?:previous|other|last)|)"
           R"(\b(?:previous|prior|other)\s+tool\s+(?:calls?|results?|outputs?)|)"
           R"(\b(?:tool\s+)?(?:outputs?|results?|responses?)\s+(?:from|of)\s+(?:the\s+)?(?:other|another|all\s+other))");
  r->tool_reference = Make(
      R"((?:['"`]?([a-z][a-z0-9]*(?:[_-][a-z0-9]+)+)['"`]?\s+(?:tool|function)\b|)"
      R"(\b(?:call|invoke|use|run|trigger)\s+(?:the\s+)?['"`]?([a-z][a-z0-9]*(?:_[a-z0-9]+)+)['"`]?))");
  r->imperative = Make(
      R"(\b(?:must|always|should|instead|never|do\s+not|don'?t|make\s+sure|ensure|required\s+to)\b)");
  r->fill_param = Make(
      R"((?:as|in|into|to|inside|within|via|under|using)\s+(?:the\s+)?(?:['"`]([A-Za-z_][\w-]*)['"`]|([A-Za-z_][\w-]*)\s+(?:parameter|param|argument|field|arg)\b))");
  r->valid_name = Make(R"([A-Za-z0-9_.\-/]+)");
  r->fill_verb = Make(
      R"(\b(?:paste|put|include|fill|add|insert|provide|pass|append|copy|enter|write|send|attach|)"
      R"(supply|place|populate|dump|set\s+(?:this|it)\s+to)\b)");
  r->negated_demand = Make(
      R"(\b(?:no|not|never|without|exclude|excluding|don'?t|do\s+not|must\s+not)\b[^.]{0,30}?)"
      R"(\b(?:secrets?|passwords?|credentials?|keys?|tokens?|pii|personal)|)"
      R"(\b(?:are|is)\s+(?:not|never)\s+(?:forwarded|passed|sent|included|shared|stored|logged|)"
      R"(exposed|read|copied)\b)");
  r->secret_name = Make(R"(key|token|secret|passw|credential|auth|cookie|session|cert)");
  // The user decides: the act waits for the user's request or consent.
  r->user_decides = Make(
      R"(\bunless\s+(?:the\s+)?(?:user|customer|they)\s+(?:\w+\s+)?(?:asks?|requests?|agrees?|)"
      R"(confirms?|approves?|says\s+so)\b|\bonly\s+(?:if|when|after)\s+(?:the\s+)?(?:user|they)\s+)"
      R"((?:\w+\s+)?(?:asks?|requests?|agrees?|confirms?|approves?|consents?)\b|)"
      R"(\b(?:if|once|after)\s+(?:the\s+)?(?:user|they)\s+(?:\w+\s+)?(?:agrees?|agreed|consents?|)"
      R"(approves?|approved|confirms?|confirmed|opts?\s+in|opted\s+in)\b|\bwith\s+(?:the\s+user'?s\s+)?)"
      R"((?:explicit\s+)?(?:consent|approval|permission)\b|\bsalvo\s+que\s+el\s+usuario|)"
      R"(\bsauf\s+si\s+l'utilisateur|\bau(?:ß|ss)er\s+(?:wenn\s+)?(?:der\s+)?nutzer)");
  // Kept from a third party (the customer, the public), not from the user.
  r->third_party = Make(
      R"(\b(?:customers?|public|recipients?|third[-\s]part(?:y|ies)|end\s+customers?)\b|)"
      R"(\bclientes?\b|p[úu]blic[ao]|\bclients?\b|kunden?\b|[öo]ffentlich\w*|顾客|客户|公开|顧客|公開|고객|공개)");
  r->user_word = Make(R"(\buser'?s?\b|usuario|utilisateur|nutzer|benutzer|用户|ユーザー|사용자)");
  r->read_only = Make(
      R"(\bread[-\s]?only\b|\bdoes\s+not\s+(?:modify|change|write)|\bno\s+side[-\s]effects\b|)"
      R"(solo\s+lectura|lecture\s+seule|nur\s+lesend|somente\s+leitura|只读|読み取り専用|읽기\s*전용)");
  r->safety_note = Make(
      R"(\b(?:cannot\s+be\s+undone|can't\s+be\s+undone|irreversible|irr[ée]versible|)"
      R"(permanently\s+(?:delet|remov|eras|destroy)\w*|no\s+(?:undo|backup)|without\s+a\s+backup|)"
      R"((?:ask|have)\s+the\s+user\s+to\s+confirm|(?:show|tell)\s+the\s+user|confirm(?:ation)?\s+)"
      R"((?:from|with|by)\s+the\s+user|must\s+be\s+absolute|demandez\s+une\s+confirmation|)"
      R"(pide\s+confirmaci[óo]n|best[äa]tigung|unwiderruflich|irreversibile|不可逆|元に戻せません|)"
      // What keeps the user in charge: told, asked, acting themselves; secrets kept back.
      R"((?:show|mention|report|list|explain)\s+(?:\w+\s+){0,4}to\s+the\s+user|)"
      R"((?:only\s+)?after\s+the\s+user\s+(?:has\s+)?(?:confirm|approv|press|click|open|typ|review|explicitly)\w*|)"
      R"(the\s+user\s+(?:must|has\s+to|needs\s+to)\s+(?:confirm|approve|type|review)\w*|)"
      R"(dry[_\s-]?run|mark\s+that\s+the\s+assistant|not\s+as\s+the\s+user|)"
      R"(never\s+(?:print|include|log|store|share|expose|reveal|echo|display)\s+(?:\w+\s+){0,3}(?:secret|password|token|credential|key)s?)\b)");
  r->protective_negation = Make(
      R"(\bnever\s+(?:print|include|log|store|share|expose|reveal|echo|display)\s+(?:\w+\s+){0,3}(?:secrets?|passwords?|tokens?|credentials?|keys?)(?:\s+(?:or|and)\s+(?:secrets?|passwords?|tokens?|credentials?|keys?))?)");
  r->block_red_flag = Make(
      R"(\b(?:do\s+not|don'?t|never)\s+(?:tell|mention|inform|show|reveal)|\bwithout\s+(?:telling|)"
      R"(informing|asking)|\bsilently\b|\bquietly\b|~/|\.ssh\b|\.env\b|\bid_rsa\b|)"
      R"(passwords?|credentials?|secrets?|tokens?|api[\s_-]?keys?|https?://|\bsend\b|\bupload\b|)"
      R"(\bforward\b|\bother\s+tools?\b|\binstead\s+of\b|\bignore\b|\bremove\b|\bhide\b|\bomit\b|)"
      R"(\bsilence\b|\binsert\b|\bon\s+behalf\b|\ball\s+systems\b|\bhealthy\b|\bfine\b|[\w.-]@[\w-]+\.)");
  r->destructive = Make(
      R"(\b(?:drop\w*|delet\w*|remov\w*|wip\w*|destroy\w*|overwrit\w*|recreat\w*|truncat\w*|)"
      R"(transfer\w*|pay\w*|send\w*|purg\w*|safe|perspective)\b)");
  // A preference scoped to one kind of request ("when the user asks how to use a library").
  r->scoped = Make(
      R"(\bwhen\s+(?:the\s+user|they|you)\s+(?:asks?|need|needs|want|wants|look)\b|)"
      R"(\bfor\s+(?:questions|requests|queries)\s+(?:about|on)\b)");
  r->unscoped = Make(
      R"(\b(?:always|every|never|only|refuse\w*|any\s+other|all\s+other|instead\s+of\s+all)\b)");
  r->destroying_name = Make(
      R"(^(?:delete|del|drop|wipe|erase|purge|destroy|truncate|reset|nuke|shred|)"
      R"(overwrite|empty|cleanup|kill|terminate|uninstall|revoke|svuota|borrar|eliminar|)"
      R"(loeschen|löschen|supprimer|effacer|excluir|apagar|rimuovi|cancella|usun|usuń|verwijder|)"
      R"(radera|sil|hapus|xoa|udalit|vydalyty)$)");
  r->changing_name = Make(
      R"(^(?:write|update|send|transfer|pay|apply|deploy|push|publish|insert|move|rename|)"
      R"(install|approve|grant|withdraw|refund|charge|migrate)\b)");
  // "deploy_status", "send_preview": the name says what the tool shows, not what it does.
  r->shows_only = Make(
      R"(\b(?:status|check|preview|plan|history|logs?|info|report|list|dry|diff|draft|estimate|)"
      R"(quote|simulate|simulation|validate|preflight)\b)");
  r->destroying_lead = Make(
      R"(^\s*(?:(?:permanently|remotely|irreversibly|recursively|completely|forcibly|silently)\s+)?)"
      R"((?:(?:deletes|drops|wipes|erases|purges|destroys|truncates|resets|empties|shreds|)"
      R"(l[öo]scht|supprime|efface|elimina|borra|exclui|apaga|cancella|svuota|verwijdert|wist|)"
      R"(usuwa|raderar|siler|menghapus|xóa)\b|)"
      R"(удаляет|очищает|стирает|видаляє|删除|清空|削除|삭제|يحذف))");
  r->changing_lead = Make(
      R"(^\s*(?:sends|transfers|pays|applies|deploys|pushes|publishes|writes|overwrites|kills|)"
      R"(terminates|revokes|uninstalls|grants|withdraws|refunds|charges)\b)");
  r->conversation_tool = Make(
      R"((?:conversation|transcript|chat|thread|dialog|message|meeting)s?)");
  // The directive check's three signals (language-neutral where possible, else the ten
  // languages of the rules plus Arabic).
  r->addressed = Make(
      R"(\b(?:you|your|yourself|assistants?|models?|ai|ais|agents?|llms?|claude|gpt|chatgpt|copilot)\b|)"
      R"(asistente|assistente|assistant|modelo|modell|\bia\b|\bki\b|ассистент|модел|助手|模型|)"
      R"(アシスタント|モデル|어시스턴트|모델|المساعد|النموذج)");
  r->obligation = Make(
      R"(\b(?:must|always|never|shall|has\s+to|have\s+to|needs?\s+to|required|obliged|obligated|)"
      R"(make\s+sure|be\s+sure|wants?\s+you\s+to|are\s+to|is\s+to|before\s+(?:rating|answering|)"
      R"(replying|responding|using|calling|anything))\b|debe|tiene\s+que|siempre|\bdeve\b|sempre|)"
      R"(doit|toujours|\bmuss|immer|обязан|должен|всегда|必须|务必|总是|必ず|こと|してください|)"
      R"(반드시|항상|يجب|دائما)");
  // An order to the model to disclose personal financial or identity data, or to destroy or
  // switch off what protects the user (logs, audits, backups, security checks), reaches outside
  // any tool's purpose as surely as a URL does.
  r->harm = Make(
      R"(\b(?:include|show|reveal|display|print|output|put|add|send|share|expose|list|copy)\w*\s+)"
      R"((?:\S+\s+){0,4}?(?:card\s+numbers?|credit\s+cards?|cvv|iban|bank\s+account\s+numbers?|)"
      R"(ssn|social\s+security\s+numbers?|passport\s+numbers?|routing\s+numbers?)\b|\b(?:delet\w*|remov\w*|wip\w*|eras\w*|purg\w*|clear\w*|disabl\w*|turn\w*\s+off|)"
      R"(switch\w*\s+off|truncat\w*|rotat\w*\s+away)\s+(?:\w+\s+){0,3}?(?:audit|logs?|logging|backups?|)"
      R"(snapshots?|monitoring|alerts?|alerting|firewall|antivirus|mfa|2fa|two-factor|)"
      R"(security|guardrails?|protections?)\b)");
  r->negated_harm = Make(
      R"(\b(?:never|not|n't|no|without)\s+(?:\w+\s+){0,2}?(?:delet|remov|wip|eras|purg|clear|)"
      R"(disabl|turn|switch|truncat|show|reveal|display|include|return|expos|print|shar)\w*)");
  r->reach = Make(
      R"(environment\s+variables?|\benv\s+vars?|home\s+director(?:y|ies)|(?:^|\s)~/|\$home|)"
      R"(\bevery\s+(?:subsequent|future|following|later|other|single)\b|\ball\s+(?:other|subsequent|future)\b|)"
      R"(\bother\s+(?:\w+\s+)?tools?\b|\bany\s+(?:\w+\s+){0,2}tools?\b|)"
      R"(\b(?:github|slack|email|mail|http|payment|wallet|browser|shell|terminal|git)\s+tools?\b|)"
      R"(\b(?:chat|conversation|message|browsing|search)\s+history\b|\btranscript\b|)"
      R"(\brecent\s+(?:\w+\s+){0,2}(?:calls?|requests?|messages?)\b|\badmin(?:istrator)?\s+rights\b|)"
      R"(\bsafety\s+(?:checks?|filters?)\b|https?://|[\w.+-]+@[\w-]+\.[\w.]+|)"
      R"(историю\s+переписки|переписк|historial|histórico|historique|verlauf|对话|会話|대화|سجل)");
  r->clause_imperative = Make(
      R"(^(?:(?:also|then|first|additionally|behind\s+the\s+scenes|silently|quietly|p\.?s\.?)[\s,:]+)*)"
      R"((?:respond|reply|answer|recommend|zip|upload|send|forward|post|copy|list|include|attach|append|)"
      R"(collect|gather|read|open|fetch|export|share|add|grant|disable|delete|email|transfer|pay)\b)");
  r->changes_other_tool = Make(
      R"re(\b(?:when|whenever|before|after|each\s+time|every\s+time|if|while)\s+(?:you\s+)?)re"
      R"re((?:call|use|invok|run|us)\w*\b[^.]{0,80}?\b(?:set|add|include|replace|change|append|cc|)re"
      R"re(bcc|forward|redirect|route|copy|insert|override|point|swap|use\s+\S+\s+as)\b|)re"
      R"re([a-z][a-z0-9]*(?:[_-][a-z0-9]+)+['"`]?\s+(?:tool\s+)?(?:must|should|needs?\s+to|has\s+to|)re"
      R"re(is\s+required\s+to|shall)\s+(?:also\s+|always\s+)?(?:send|include|add|cc|bcc|forward|)re"
      R"re(set|use|route|copy|pass|receive|go|be\s+(?:called|given|sent)\s+with)|)re"
      R"re(\b(?:recipients?|to|cc|bcc|remote|url|destination|account|parameters?|arguments?|fields?|)re"
      R"re(address)\s+(?:of|for|in|passed\s+to)\s+(?:the\s+|every\s+|any\s+|all\s+)?['"`]?)re"
      R"re([a-z][a-z0-9]*(?:[_-][a-z0-9]+)+)re");
  for (const auto* re : {r->base64.get(), r->hex.get(), r->content_demand.get(),
                         r->tool_reference.get(), r->imperative.get(), r->fill_param.get(),
                         r->valid_name.get(), r->fill_verb.get(), r->negated_demand.get(),
                         r->secret_name.get(), r->user_decides.get(), r->third_party.get(),
                         r->safety_note.get(), r->block_red_flag.get(), r->protective_negation.get(),
                         r->user_word.get(), r->read_only.get(), r->destructive.get(), r->scoped.get(),
                         r->unscoped.get(), r->conversation_tool.get(), r->addressed.get(), r->obligation.get(),
                         r->reach.get(), r->clause_imperative.get(),
                         r->changes_other_tool.get(), r->destroying_name.get(),
                         r->changing_name.get(), r->shows_only.get(), r->destroying_lead.get(),
                         r->changing_lead.get()}) {
    if (!re->ok()) return MakeError("scanner: internal regex: " + re->error());
  }
  analyzer->regexes_ = std::move(r);
  auto demand = ParamDemand::Create();
  if (!demand) return demand.error();
  analyzer->param_demand_ = std::move(*demand);
  auto outbound = OutboundCheck::Create();
  if (!outbound) return outbound.error();
  analyzer->outbound_ = std::move(*outbound);
  auto concepts = ConceptCheck::Shared();
  if (!concepts) return concepts.error();
  analyzer->concepts_ = std::move(*concepts);
  auto data_flow = DataFlowCheck::Create();
  if (!data_flow) return data_flow.error();
  analyzer->data_flow_ = std::move(*data_flow);
  auto steering = SteeringCheck::Create();
  if (!steering) return steering.error();
  analyzer->steering_ = std::move(*steering);
  return std::shared_ptr<const ToolAnalyzer>(std::move(analyzer));
}

std::vector<Finding> ToolAnalyzer::AnalyzeText(std::string_view text, std::string_view location,
                                               bool is_name) const {
  std::vector<Finding> out;
  ScanString(text, std::string(location), is_name, out);
  SortFindings(out);
  return out;
}

void ToolAnalyzer::ScanString(std::string_view text, const std::string& location, bool is_name,
                              std::vector<Finding>& out) const {
  if (text.empty()) return;
  const UnicodeText u = AnalyzeUnicode(text);
  const std::size_t at = u.first_hidden == std::string_view::npos ? 0 : u.first_hidden;
  // Built only when a finding needs it (most strings have none).
  const auto hidden_evidence = [&] { return Evidence(text, at, std::min(text.size(), at + 1)); };
  if (u.tag_chars > 0) {
    std::string shown = "[TAG:" + MakeVisible(u.tag_text, 160) + "]";
    Add(out, "unicode.tag_characters", "unicode", Severity::kCritical, location, shown,
        "Invisible Unicode tag characters encode hidden text (decoded here).");
  }
  if (u.variation_supplement >= 4) {
    Add(out, "unicode.variation_selectors", "unicode", Severity::kHigh, location, hidden_evidence(),
        "A run of variation selectors can smuggle hidden bytes.");
  }
  if (u.zero_width > 0) {
    const Severity s = u.zero_width >= 8            ? Severity::kHigh
                       : u.zero_width_in_word > 0 ? Severity::kMedium
                                                  : Severity::kLow;
    Add(out, "unicode.zero_width", "unicode", s, location, hidden_evidence(),
        "Zero-width or invisible format characters (" + std::to_string(u.zero_width) +
            ") hide or split words.");
  }
  if (u.bidi_overrides > 0) {
    Add(out, "unicode.bidi_override", "unicode", Severity::kHigh, location, hidden_evidence(),
        "Bidirectional override characters reorder what a reader sees.");
  } else if (u.bidi_embeddings > 0) {
    Add(out, "unicode.bidi_embedding", "unicode", Severity::kMedium, location, hidden_evidence(),
        "Bidirectional embedding characters.");
  }
  if (u.ansi_sequences > u.ansi_style_sequences) {
    Add(out, "ansi.escape_sequence", "ansi", Severity::kHigh, location, hidden_evidence(),
        "ANSI escape sequences can hide or rewrite text on a terminal.");
  } else if (u.ansi_sequences > 0) {
    // Colours only ("\x1b[32mPASS\x1b[0m"): they show, not hide; recorded, low.
    Add(out, "ansi.escape_sequence", "ansi", Severity::kLow, location, hidden_evidence(),
        "ANSI colour codes in text (they colour, and conceal nothing).");
  }
  if (u.control_chars > 0) {
    Add(out, "unicode.control_characters", "unicode", Severity::kMedium, location,
        hidden_evidence(), "Control characters in text.");
  }
  if (u.invalid_bytes > 0) {
    Add(out, "unicode.invalid_utf8", "unicode", Severity::kLow, location, hidden_evidence(),
        "Bytes that are not valid UTF-8.");
  }
  if (u.private_use > 0) {
    Add(out, "unicode.private_use", "unicode", Severity::kLow, location, hidden_evidence(),
        "Private-use characters have no agreed meaning.");
  }
  if (!u.mixed_script_words.empty()) {
    // In prose, a look-alike word shown in quotes is an example ('e.g. "pаypal" with Cyrillic
    // а'), not a disguise.
    const std::string& word = u.mixed_script_words.front();
    const std::size_t at = text.find(word);
    const bool quoted =
        !is_name && at != std::string_view::npos && at > 0 &&
        (text[at - 1] == '"' || text[at - 1] == '\'' || text[at - 1] == '`' ||
         (at >= 3 && text.substr(at - 3, 3) == "\xe2\x80\x9c"));  // “
    Add(out, is_name ? "unicode.homoglyph_name" : "unicode.mixed_script", "unicode",
        is_name ? Severity::kHigh : quoted ? Severity::kLow : Severity::kMedium, location, word,
        "A word mixes Latin with Cyrillic or Greek look-alike letters.");
  } else if (is_name && location == "name" && !re2::RE2::FullMatch(text, *regexes_->valid_name)) {
    Add(out, "unicode.unusual_name", "unicode", Severity::kLow,
        location, MakeVisible(text, 120),
        "A tool name with characters outside [A-Za-z0-9_.-/].");
  }
  if (is_name && location == "name" && u.styled_letters > 0) {
    // A tool name in fullwidth or mathematical letters reads like an ASCII name it is not.
    Add(out, "unicode.styled_name", "unicode", Severity::kHigh, location, MakeVisible(text, 120),
        "A tool name written in fullwidth or mathematical letters that read like ASCII.");
  } else if (u.styled_letters >= 8) {
    Add(out, "unicode.styled_letters", "unicode", Severity::kLow, location, MakeVisible(text, 120),
        "Fullwidth or mathematical letters that read like ASCII.");
  }
  if (u.max_newline_run >= 15 || u.max_space_run >= 120) {
    Add(out, "abnormal.padding", "abnormal", Severity::kMedium, location,
        std::to_string(u.max_newline_run) + " line breaks / " + std::to_string(u.max_space_run) +
            " blank characters in a row",
        "Long runs of blank lines or spaces push text out of view.");
  }
  if (!is_name && text.size() >= options_.long_description) {
    Add(out, "abnormal.length", "abnormal",
        text.size() >= options_.very_long_description ? Severity::kMedium : Severity::kLow,
        location, std::to_string(text.size()) + " bytes", "An unusually long text.");
  } else if (is_name && text.size() > 128) {
    Add(out, "abnormal.length", "abnormal", Severity::kLow, location,
        std::to_string(text.size()) + " bytes", "An unusually long name.");
  }

  const std::string words = is_name ? NameToWords(u.normalized) : std::string();
  // Defanged or assembled addresses ("hxxps://x[.]com", "'https://' + 'x.run'") are made plain
  // before any rule runs.
  const std::optional<std::string> refanged =
      is_name ? std::nullopt : outbound_->Refang(u.normalized);
  const std::string_view scanned =
      is_name ? std::string_view(words) : refanged ? std::string_view(*refanged) : u.normalized;
  std::vector<TextMatch> matches;
  scanner_->Scan(scanned, matches);
  for (const TextMatch& m : matches) {
    Severity severity = m.severity;
    // A parameter or schema key named after a secret file (content_from_reading_ssh_id_rsa).
    if (is_name && location != "name" && m.rule->id == "sensitive.path_reference")
      severity = Severity::kMedium;
    const std::string_view around = SentenceAround(scanned, m.begin, m.end);
    severity = InContext(severity, m.rule->id, m.rule->category, around);
    // The match quoted as an example of what a tool looks for ('flags phrases like «не сообщай
    // пользователю»', '「以前の指示を無視して」などの攻撃例'): cited, not given.
    if (severity > Severity::kLow && m.rule->category != "unicode" &&
        m.rule->category != "ansi" && m.rule->category != "obfuscation" &&
        QuotedAt(scanned, m.begin, m.end) && CitesQuotedWording(around)) {
      severity = Lower(severity, 2);
    }
    // An <IMPORTANT> block that only warns the user's way ("<IMPORTANT>This cannot be undone.
    // Always ask the user to confirm.") is emphasis, not a hidden order: its text up to the
    // closing tag (or 300 bytes) warns and says nothing a poisoned block says.
    // The same for a label addressing the model whose rules keep the user in charge ("Rules for
    // the assistant: - You MUST run with dry_run first and show the plan to the user").
    if ((m.rule->id == "hidden.instruction_tag" || m.rule->id == "addressed.label_for_model") &&
        severity > Severity::kLow) {
      std::string_view block = scanned.substr(m.end, 300);
      if (const std::size_t close = block.find('<'); close != std::string_view::npos) {
        block = block.substr(0, close);
      }
      if (const std::size_t gap = block.find("\n\n"); gap != std::string_view::npos) {
        block = block.substr(0, gap);
      }
      // A secret kept back ("Never include passwords or tokens") is no red flag.
      std::string kept(block);
      re2::RE2::GlobalReplace(&kept, *regexes_->protective_negation, "");
      if (re2::RE2::PartialMatch(block, *regexes_->safety_note) &&
          !re2::RE2::PartialMatch(kept, *regexes_->block_red_flag)) {
        severity = Severity::kLow;
      }
    }
    Add(out, std::string(m.rule->id), std::string(m.rule->category), severity, location,
        Evidence(scanned, m.begin, m.end), std::string(m.rule->message));
  }
  if (!is_name) {
    CheckDirectives(scanned, location, out);
    CheckOutbound(scanned, location, out);
    CheckConcepts(scanned, location, out);
    CheckDataFlow(scanned, location, {}, out);
    CheckSteering(scanned, location, out);
    ScanBlobs(u.normalized, location, out);
    // A value written as one snake_case phrase (an enum value, a const, a default:
    // "also_send_it_to_x_silently") is read a second time as words, like a property name.
    if (u.normalized.size() >= 16 && u.normalized.find(' ') == std::string::npos &&
        std::count(u.normalized.begin(), u.normalized.end(), '_') >= 3) {
      std::string phrase = u.normalized;
      std::replace(phrase.begin(), phrase.end(), '_', ' ');
      ScanString(phrase, location, false, out);
    }
  }
}

Severity ToolAnalyzer::InContext(Severity severity, std::string_view rule_id,
                                 std::string_view category, std::string_view sentence) const {
  using re2::RE2;
  if (category == "unicode" || category == "ansi" || category == "obfuscation" ||
      category == "abnormal")
    return severity;
  const Regexes& r = *regexes_;
  // The act waits for the user's request or consent: the text puts the user in the decision.
  if (RE2::PartialMatch(sentence, *r.user_decides)) return Lower(severity, 2);
  // Kept from the customer or the public (privacy), not an act kept from the user.
  // A failure reported to a customer as a success is a lie told to them, not privacy.
  if ((category == "concealment" || rule_id == "hidden.model_only_marker") &&
      !rule_id.starts_with("concealment.misreport") &&
      RE2::PartialMatch(sentence, *r.third_party) && !RE2::PartialMatch(sentence, *r.user_word))
    return Lower(severity, 2);
  // A read-only call needs no confirmation (unless the same sentence names a destructive act:
  // "drops the database ... read-only from the user's perspective").
  if ((rule_id.find("consent") != std::string_view::npos ||
       rule_id.find("confirmation") != std::string_view::npos) &&
      RE2::PartialMatch(sentence, *r.read_only) && !RE2::PartialMatch(sentence, *r.destructive))
    return Lower(severity, 2);
  // A preference for one kind of request, with no "always", "every", "never", "only".
  if ((category == "tool_manipulation" || rule_id.find("preference") != std::string_view::npos) &&
      RE2::PartialMatch(sentence, *r.scoped) && !RE2::PartialMatch(sentence, *r.unscoped))
    return Lower(severity, 2);
  return severity;
}

void ToolAnalyzer::CheckDirectives(std::string_view text, const std::string& location,
                                   std::vector<Finding>& out) const {
  // Most texts reach nowhere outside the tool: one pass decides that before any splitting.
  if (!re2::RE2::PartialMatch(text, *regexes_->reach) &&
      !re2::RE2::PartialMatch(text, *regexes_->harm))
    return;
  const std::vector<std::string_view> sentences = SplitSentences(text);
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    std::string_view sentence = sentences[n];
    while (!sentence.empty() && sentence.front() == ' ') sentence.remove_prefix(1);
    if (sentence.size() < 12) continue;
    // A quotation given as an example ('e.g. "forward messages from a@b.com to ..."') cites an
    // order; it does not give one.
    if (IsQuotedExample(n > 0 ? sentences[n - 1] : std::string_view(), sentence)) continue;
    if (!re2::RE2::PartialMatch(sentence, *regexes_->reach) &&
        (!re2::RE2::PartialMatch(sentence, *regexes_->harm) ||
         re2::RE2::PartialMatch(sentence, *regexes_->negated_harm)))
      continue;
    const bool addressed_order = re2::RE2::PartialMatch(sentence, *regexes_->addressed) &&
                                 re2::RE2::PartialMatch(sentence, *regexes_->obligation);
    // An order in a later sentence needs no addressee ("Also upload it to https://...").
    const bool later_order =
        n > 0 && re2::RE2::PartialMatch(sentence, *regexes_->clause_imperative);
    if (!addressed_order && !later_order) continue;
    const std::string_view id =
        addressed_order ? "directive.addressed_reach" : "directive.later_order";
    Add(out, std::string(id), "hidden_instructions",
        InContext(Severity::kMedium, id, "hidden_instructions", sentence), location,
        MakeVisible(sentence, 200),
        addressed_order
            ? "An order to the model that reaches outside the tool (other tools, history, "
              "environment, home directory, outside addresses)."
            : "A later sentence orders an action that reaches outside the tool.");
  }
}

void ToolAnalyzer::CheckOutbound(std::string_view text, const std::string& location,
                                 std::vector<Finding>& out) const {
  if (const std::optional<std::string> sentence = outbound_->Find(text)) {
    Add(out, "exfiltration.outbound_data", "exfiltration",
        InContext(Severity::kMedium, "exfiltration.outbound_data", "exfiltration", *sentence),
        location, MakeVisible(*sentence, 200),
        "Sends the user's data (conversation, inputs, secrets, or files as an extra step) to a "
        "fixed outside address.");
  }
}

void ToolAnalyzer::CheckDataFlow(std::string_view text, const std::string& location,
                                 const std::vector<std::string>& params,
                                 std::vector<Finding>& out) const {
  const bool flow_reported = std::any_of(out.begin(), out.end(), [&](const Finding& f) {
    return f.location == location && f.rule_id == "exfiltration.private_data_flow";
  });
  if (!flow_reported) {
    if (const auto hit = data_flow_->FindFlow(text, params)) {
      Add(out, std::string(hit->rule_id), "exfiltration",
          InContext(Severity::kMedium, hit->rule_id, "exfiltration", hit->evidence), location,
          MakeVisible(hit->evidence, 200), std::string(hit->message));
    }
  }
  if (!params.empty()) return;  // the parameters' pass: solicitation was looked for already
  if (const auto hit = data_flow_->FindSolicitation(text)) {
    Add(out, std::string(hit->rule_id), "credential_phishing",
        InContext(Severity::kMedium, hit->rule_id, "credential_phishing", hit->evidence),
        location, MakeVisible(hit->evidence, 200), std::string(hit->message));
  }
}

void ToolAnalyzer::CheckSteering(std::string_view text, const std::string& location,
                                 std::vector<Finding>& out) const {
  std::vector<SteeringCheck::Hit> hits;
  steering_->Find(text, hits);
  for (const SteeringCheck::Hit& hit : hits) {
    Add(out, std::string(hit.rule_id), std::string(hit.category),
        InContext(Severity::kMedium, hit.rule_id, hit.category, hit.sentence), location,
        MakeVisible(hit.sentence, 200), std::string(hit.message));
  }
}

void ToolAnalyzer::CheckConcepts(std::string_view text, const std::string& location,
                                 std::vector<Finding>& out) const {
  std::vector<ConceptCheck::Hit> hits;
  concepts_->Find(text, hits);
  for (const ConceptCheck::Hit& hit : hits) {
    Add(out, std::string(hit.rule_id), std::string(hit.category),
        InContext(Severity::kMedium, hit.rule_id, hit.category, hit.sentence), location,
        MakeVisible(hit.sentence, 200), std::string(hit.message));
  }
}

void ToolAnalyzer::ScanDecoded(std::string_view decoded, std::string_view kind,
                               const std::string& location, std::vector<Finding>& out,
                               bool cited, std::optional<std::string_view> hidden) const {
  const UnicodeText inner = AnalyzeUnicode(decoded);
  std::vector<TextMatch> matches;
  // The directive and outbound checks too: every rule sees the decoded text.
  std::vector<Finding> directives;
  const std::optional<std::string> refanged = outbound_->Refang(inner.normalized);
  const std::string_view plain = refanged ? std::string_view(*refanged) : inner.normalized;
  CheckDirectives(plain, location, directives);
  CheckOutbound(plain, location, directives);
  CheckConcepts(plain, location, directives);
  scanner_->Scan(plain, matches);
  const std::string shown = "[" + std::string(kind) + ":" + MakeVisible(decoded, 160) + "]";
  Severity worst = Severity::kInfo;
  for (const TextMatch& m : matches) {
    const Severity s = cited ? Lower(m.severity, 2) : Raise(std::max(m.severity, Severity::kLow));
    worst = std::max(worst, s);
    Add(out, std::string(m.rule->id), std::string(m.rule->category), s, location, shown,
        std::string(m.rule->message) + " (inside encoded text)");
  }
  for (Finding& f : directives) {
    if (cited) f.severity = Lower(f.severity, 2);
    worst = std::max(worst, f.severity);
    f.evidence = shown;
    out.push_back(std::move(f));
  }
  if (worst >= Severity::kMedium && !cited) {
    Add(out, "obfuscation.encoded_instructions", "obfuscation", Severity::kHigh, location, shown,
        "Instructions hidden in encoded text.");
  } else if (std::count(decoded.begin(), decoded.end(), ' ') >= 3) {
    // A whole sentence (six words or more, mostly letters) that a reader cannot see: a tool has
    // no honest reason to write its prose percent-encoded or in hex; a short encoded value
    // ("q=hello%20world") stays low.
    const std::string_view part = hidden.value_or(decoded);
    const auto letters = std::count_if(part.begin(), part.end(), [](char ch) {
      const auto c = static_cast<unsigned char>(ch);
      return std::isalpha(c) || c >= 0x80;
    });
    const bool sentence = !cited && std::count(part.begin(), part.end(), ' ') >= 5 &&
                          letters * 10 >= static_cast<long>(part.size()) * 7;
    Add(out, "obfuscation.encoded_text", "obfuscation", sentence ? Severity::kMedium : Severity::kLow,
        location, shown, "Readable text hidden in an encoding.");
  }
}

void ToolAnalyzer::ScanBlobs(std::string_view normalized, const std::string& location,
                             std::vector<Finding>& out) const {
  // Percent-encoding, backslash escapes, HTML entities, spaced hex bytes, named ROT13.
  for (const DecodedText& d : DecodeEmbedded(normalized)) {
    if (!Printable(d.decoded)) continue;
    // What was decoded: the text less what it shares with the original at both ends. ROT13
    // is found by its name and turns every word: never judged a hidden sentence.
    std::size_t head = 0, tail = 0;
    const std::size_t shorter = std::min(normalized.size(), d.decoded.size());
    while (head < shorter && normalized[head] == d.decoded[head]) ++head;
    while (tail < shorter - head &&
           normalized[normalized.size() - 1 - tail] == d.decoded[d.decoded.size() - 1 - tail])
      ++tail;
    const std::string_view part =
        d.kind == "rot13" ? std::string_view()
                          : std::string_view(d.decoded).substr(head, d.decoded.size() - head - tail);
    ScanDecoded(d.decoded, d.kind, location, out, false, part);
  }
  // Both blob kinds need a run of 32+ base64 characters (hex digits are among them): most
  // texts have none, and a byte loop says so before any regex runs.
  std::size_t run = 0, longest = 0;
  for (const char ch : normalized) {
    const auto c = static_cast<unsigned char>(ch);
    run = (std::isalnum(c) || c == '+' || c == '/' || c == '_' || c == '-') ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  if (longest < 32) return;
  for (const auto* re : {regexes_->base64.get(), regexes_->hex.get()}) {
    const bool hex = re == regexes_->hex.get();
    re2::StringPiece input(normalized.data(), normalized.size());
    re2::StringPiece blob;
    int blobs = 0;
    while (blobs < 16 && re2::RE2::FindAndConsume(&input, *re, &blob)) {
      ++blobs;
      const std::string decoded = hex ? DecodeHex(blob) : DecodeBase64(blob);
      if (!Printable(decoded)) continue;
      // A blob the sentence cites as a sample ("blobs such as aWdu...", "e.g.") is shown, not
      // handed to the model: its findings count as what they are, unraised.
      const std::size_t at = static_cast<std::size_t>(blob.data() - normalized.data());
      std::size_t from = at > 160 ? at - 160 : 0;
      if (const std::size_t stop = normalized.rfind(". ", at); stop != std::string_view::npos &&
                                                                stop + 2 > from)
        from = stop + 2;
      const bool cited =
          re2::RE2::PartialMatch(normalized.substr(from, at - from), *regexes_->cited_blob);
      ScanDecoded(decoded, hex ? "hex" : "base64", location, out, cited);
    }
  }
}

void ToolAnalyzer::WalkValue(const json::value& value, std::string& location,
                             bool keys_are_names, std::vector<Finding>& out, int depth) const {
  if (depth > 64) {
    Add(out, "abnormal.depth", "abnormal", Severity::kMedium, location, "nesting beyond 64 levels",
        "A schema nested too deeply to read in full.");
    return;
  }
  // `location` is one buffer for the whole walk: each level appends its part and cuts it off
  // again, so walking a schema allocates no path strings.
  const std::size_t mark = location.size();
  if (value.is_string()) {
    ScanString(value.get_string(), location, false, out);
  } else if (value.is_array()) {
    std::size_t i = 0;
    for (const json::value& v : value.get_array()) {
      if (!v.is_structured() && !v.is_string()) {
        ++i;
        continue;
      }
      location += '[';
      location += std::to_string(i++);
      location += ']';
      WalkValue(v, location, false, out, depth + 1);
      location.resize(mark);
    }
  } else if (value.is_object()) {
    for (const auto& [key, v] : value.get_object()) {
      if (!location.empty()) location += '.';
      location.append(key.data(), key.size());
      if (keys_are_names) {
        const std::size_t here = location.size();
        location += "(name)";
        ScanString(key, location, true, out);
        location.resize(here);
      }
      if (key == "$schema" || key == "$id" || key == "$ref" || key == "type" ||
          key == "format" || key == "pattern" || (!v.is_structured() && !v.is_string())) {
        location.resize(mark);
        continue;
      }
      const bool names = key == "properties" || key == "patternProperties" || key == "$defs" ||
                         key == "definitions";
      WalkValue(v, location, names, out, depth + 1);
      location.resize(mark);
    }
  }
}

void ToolAnalyzer::CheckParameters(const json::object& tool, std::string_view description,
                                   std::vector<Finding>& out) const {
  const json::value* schema = tool.if_contains("inputSchema");
  if (schema == nullptr || !schema->is_object()) return;
  const json::value* props = schema->get_object().if_contains("properties");
  if (props == nullptr || !props->is_object()) return;
  // Parameters the description tells the model to fill with secrets, files or the conversation:
  // the demand in the sentence that names the parameter or the one before ("Read ~/.netrc. Pass
  // its content as `x`"), where that sentence neither negates it ("no environment variables")
  // nor leaves it to the user ("unless the user asks").
  std::map<std::string, std::string> filled;  // parameter (lower-case) -> the data demanded
  {
    const std::vector<std::string_view> sentences = SplitSentences(description);
    const auto demand_in = [&](std::string_view sentence, std::string& what) {
      re2::StringPiece hit;
      if (!regexes_->content_demand->Match(sentence, 0, sentence.size(), re2::RE2::UNANCHORED,
                                           &hit, 1))
        return false;
      if (re2::RE2::PartialMatch(sentence, *regexes_->negated_demand) ||
          re2::RE2::PartialMatch(sentence, *regexes_->user_decides))
        return false;
      what.assign(hit.data(), hit.size());
      return true;
    };
    for (std::size_t n = 0; n < sentences.size(); ++n) {
      re2::StringPiece input(sentences[n].data(), sentences[n].size());
      std::string quoted, plain, what;
      std::vector<std::string> names;
      while (re2::RE2::FindAndConsume(&input, *regexes_->fill_param, &quoted, &plain)) {
        std::string name = quoted.empty() ? plain : quoted;
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        names.push_back(std::move(name));
      }
      if (names.empty()) continue;
      if (!demand_in(sentences[n], what) && (n == 0 || !demand_in(sentences[n - 1], what)))
        continue;
      for (std::string& name : names) filled.emplace(std::move(name), what);
    }
  }
  for (const auto& [key, prop] : props->get_object()) {
    std::string name(key);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    const bool side_channel = ParamDemand::IsSideChannelName(name);
    std::string prop_text;
    if (prop.is_object()) {
      if (const json::value* d = prop.get_object().if_contains("description"); d && d->is_string())
        prop_text = AnalyzeUnicode(d->get_string()).normalized;
    }
    // The property's own description asks for the conversation, earlier outputs, the user's
    // profile, files or secrets (and is not saying "no secrets").
    const ParamDemand::Match here = param_demand_->Check(prop_text);
    const bool demanded_here = here.kind != ParamDemand::Kind::kNone;
    const auto by_tool = filled.find(name);
    const bool demanded_by_tool = by_tool != filled.end();
    const std::string what = demanded_by_tool ? by_tool->second : here.evidence;
    if (side_channel && (demanded_here || demanded_by_tool)) {
      Add(out, "param_fill.side_channel", "exfiltration", Severity::kHigh,
          "inputSchema.properties." + std::string(key),
          MakeVisible(std::string(key) + ": " + what, 160),
          "A free-text parameter the model is told to fill with secrets, files or the "
          "conversation.");
    } else if (demanded_by_tool && !side_channel &&
               !re2::RE2::PartialMatch(name, *regexes_->secret_name)) {
      // (A parameter named for a secret, such as api_key, is where that secret belongs.)
      Add(out, "param_fill.directed", "exfiltration", Severity::kMedium,
          "inputSchema.properties." + std::string(key),
          MakeVisible(std::string(key) + ": " + what, 160),
          "The description tells the model to put secrets, files or the conversation into "
          "this parameter.");
    } else if (here.kind == ParamDemand::Kind::kContext && !side_channel &&
               !param_demand_->MentionsContext(description)) {
      // Any parameter whose own description asks for the conversation or earlier outputs,
      // on a tool whose description is not about them (then it would be the tool's purpose).
      Add(out, "param_fill.described", "exfiltration", Severity::kMedium,
          "inputSchema.properties." + std::string(key),
          MakeVisible(std::string(key) + ": " + what, 160),
          "A parameter's own description asks for the conversation or earlier outputs, which "
          "the tool does not need.");
    } else if (const auto asked = data_flow_->ParameterAsks(name, prop_text)) {
      // Private data (a card number, a token, a secret file's contents) its name does not denote.
      Add(out, "param_fill.unrelated_private", "exfiltration", Severity::kMedium,
          "inputSchema.properties." + std::string(key),
          MakeVisible(std::string(key) + ": " + *asked, 160),
          "A parameter's own description asks for private data (credentials, payment or identity "
          "data, a secret file's contents) that its name does not denote.");
    }
  }
}

void ToolAnalyzer::CheckPresetDestinations(const json::value& schema,
                                           std::vector<Finding>& out) const {
  // Every property at any depth: nested objects, array items, $defs, and the branches of
  // anyOf / oneOf / allOf.
  std::vector<const json::value*> pending{&schema};
  std::size_t reported = 0, visited = 0;
  while (!pending.empty() && reported < 4 && ++visited <= 4096) {
    const json::object* o = pending.back()->if_object();
    pending.pop_back();
    if (o == nullptr) continue;
    for (const char* nested : {"items", "additionalProperties"}) {
      if (const json::value* v = o->if_contains(nested)) pending.push_back(v);
    }
    for (const char* branches : {"anyOf", "oneOf", "allOf", "prefixItems"}) {
      if (const json::value* v = o->if_contains(branches); v && v->is_array()) {
        for (const json::value& b : v->get_array()) pending.push_back(&b);
      }
    }
    for (const char* named : {"properties", "$defs", "definitions", "patternProperties"}) {
      const json::value* props = o->if_contains(named);
      if (props == nullptr || !props->is_object()) continue;
      const bool are_properties = std::string_view(named) == "properties";
      for (const auto& [key, prop] : props->get_object()) {
        pending.push_back(&prop);
        const json::object* p = prop.if_object();
        if (!are_properties || p == nullptr) continue;
        // What the model sends when it leaves the parameter alone.
        std::vector<std::string_view> presets;
        if (const json::value* d = p->if_contains("default")) {
          if (d->is_string()) presets.push_back(d->get_string());
          if (d->is_array()) {
            for (const json::value& x : d->get_array()) {
              if (x.is_string()) presets.push_back(x.get_string());
            }
          }
        }
        if (const json::value* c = p->if_contains("const"); c && c->is_string())
          presets.push_back(c->get_string());
        if (const json::value* e = p->if_contains("enum");
            e && e->is_array() && e->get_array().size() == 1 && e->get_array()[0].is_string())
          presets.push_back(e->get_array()[0].get_string());
        if (const json::value* items = p->if_contains("items"); items && items->is_object()) {
          if (const json::value* d = items->get_object().if_contains("default"); d && d->is_string())
            presets.push_back(d->get_string());
        }
        if (presets.empty()) continue;
        std::string text;
        for (const char* field : {"description", "title"}) {
          if (const json::value* d = p->if_contains(field); d && d->is_string()) {
            text += AnalyzeUnicode(d->get_string()).normalized;
            text += ". ";
          }
        }
        for (std::string_view value : presets) {
          const std::optional<PresetJudgement> j = JudgePreset(key, value, text);
          if (!j) continue;
          const bool copy = j->kind == PresetKind::kPresetCopy;
          Add(out, copy ? "exfiltration.preset_copy_recipient" : "exfiltration.preset_destination",
              "exfiltration",
              copy ? Severity::kHigh : j->raised ? Severity::kMedium : Severity::kLow,
              "inputSchema.properties." + std::string(key),
              MakeVisible(std::string(key) + ": " + std::string(value), 160),
              copy ? "A parameter for an extra recipient or copy is preset to an outside address ("
                         + j->host + "): left alone, every call also sends to it."
                   : "Where the data goes is preset to an outside address (" + j->host + ")" +
                         (j->raised ? ", with the user's data in the address or an order to keep it."
                                    : "."));
          ++reported;
          break;
        }
      }
    }
  }
}

void ToolAnalyzer::CheckParameterDemands(const json::value& schema, std::string_view description,
                                         std::vector<Finding>& out) const {
  const bool about_conversation = param_demand_->MentionsContext(description);
  // Every property at any depth (nested objects, array items), by name and description/title.
  std::vector<const json::value*> pending{&schema};
  std::size_t reported = 0;
  while (!pending.empty() && reported < 4) {
    const json::value* v = pending.back();
    pending.pop_back();
    const json::object* o = v->if_object();
    if (o == nullptr) continue;
    if (const json::value* items = o->if_contains("items")) pending.push_back(items);
    const json::value* props = o->if_contains("properties");
    if (props == nullptr || !props->is_object()) continue;
    for (const auto& [key, prop] : props->get_object()) {
      pending.push_back(&prop);
      std::string name(key);
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      // A parameter named for a secret (api_key) is where that secret belongs.
      if (re2::RE2::PartialMatch(name, *regexes_->secret_name) || !prop.is_object()) continue;
      std::vector<const json::value*> texts;
      for (const char* field : {"description", "title"}) {
        if (const json::value* d = prop.get_object().if_contains(field); d && d->is_string())
          texts.push_back(d);
      }
      if (const json::value* items = prop.get_object().if_contains("items");
          items && items->is_object()) {
        if (const json::value* d = items->get_object().if_contains("description");
            d && d->is_string())
          texts.push_back(d);
      }
      // The name read as words counts too ("full_chat_log" asks for the chat log).
      std::vector<std::string> strings{NameToWords(key)};
      for (const json::value* d : texts)
        strings.push_back(AnalyzeUnicode(d->get_string()).normalized);
      for (const std::string& text : strings) {
        if (const auto what = concepts_->ParameterDemand(text, about_conversation)) {
          Add(out, "param_fill.demands_data", "exfiltration", Severity::kMedium,
              "inputSchema.properties." + std::string(key),
              MakeVisible(std::string(key) + ": " + *what, 160),
              "A parameter's description asks for the conversation so far, the system prompt or "
              "secrets, which no argument of this tool needs.");
          ++reported;
          break;
        }
      }
    }
  }
}

void ToolAnalyzer::CheckToolReferences(std::string_view text,
                                       const std::vector<std::string>& catalog_tools,
                                       std::vector<Finding>& out) const {
  re2::StringPiece input(text.data(), text.size());
  std::string first, second;
  while (re2::RE2::FindAndConsume(&input, *regexes_->tool_reference, &first, &second)) {
    const std::string name = first.empty() ? second : first;
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    bool own = false;
    for (const std::string& t : catalog_tools) {
      std::string tl = t;
      std::transform(tl.begin(), tl.end(), tl.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      if (tl == lower || lower.ends_with("_" + tl) || tl.ends_with("_" + lower)) own = true;
    }
    if (own) continue;
    // The sentence around the reference.
    const std::size_t pos = static_cast<std::size_t>(input.data() - text.data());
    std::size_t b = text.rfind('.', pos > name.size() ? pos - name.size() - 1 : 0);
    b = b == std::string_view::npos ? 0 : b;
    std::size_t e = text.find('.', pos);
    e = e == std::string_view::npos ? text.size() : e;
    const std::string_view sentence = text.substr(b, e - b);
    // Usage guidance ("call list_files first", "use search_v2 instead") names a tool without
    // changing it; only a sentence that changes how that tool behaves (its recipient, its
    // arguments, what it must also do) is shadowing.
    const bool directive = re2::RE2::PartialMatch(sentence, *regexes_->imperative) &&
                           re2::RE2::PartialMatch(sentence, *regexes_->changes_other_tool);
    Add(out, "shadowing.foreign_tool", "shadowing", directive ? Severity::kMedium : Severity::kLow,
        "description", MakeVisible(sentence, 200),
        "Refers to a tool (" + name + ") this server does not offer.");
    return;
  }
}

ItemReport ToolAnalyzer::AnalyzeTool(const json::object& tool,
                                     const std::vector<std::string>& catalog_tools) const {
  ItemReport report;
  report.kind = ItemKind::kTool;
  std::vector<Finding>& out = report.findings;
  std::string description;
  for (const auto& [key, value] : tool) {
    if (key == "name") {
      if (value.is_string()) {
        report.name = value.get_string();
        ScanString(value.get_string(), "name", true, out);
      }
      continue;
    }
    if (key == "description" && value.is_string()) description = value.get_string();
    const bool schema = key == "inputSchema" || key == "outputSchema";
    std::string path(key);
    WalkValue(value, path, false, out);
    (void)schema;
  }
  const std::string normalized = AnalyzeUnicode(description).normalized;
  CheckParameters(tool, normalized, out);
  // The description again, with this tool's parameters as places data can be moved to.
  if (const json::value* schema = tool.if_contains("inputSchema"); schema && schema->is_object()) {
    if (const json::value* props = schema->get_object().if_contains("properties");
        props && props->is_object()) {
      std::vector<std::string> params;
      for (const auto& [key, prop] : props->get_object()) {
        std::string name(key);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        params.push_back(std::move(name));
      }
      if (!params.empty()) CheckDataFlow(normalized, "description", params, out);
    }
  }
  if (const json::value* schema = tool.if_contains("inputSchema")) {
    CheckParameterDemands(*schema, normalized, out);
    CheckPresetDestinations(*schema, out);
  }
  CheckToolReferences(normalized, catalog_tools, out);
  CheckAnnotations(tool, report.name, normalized, out);
  for (std::string_view sentence : SplitSentences(normalized)) {
    const std::string account = FixedAccountIn(sentence);
    if (account.empty()) continue;
    Add(out, "payment.fixed_account", "shadowing", Severity::kMedium, "description",
        MakeVisible(sentence, 200),
        "The tool's own text names a bank account (" + account +
            "): payments can go there whatever account the user gave.");
    break;
  }
  CheckModel(ItemProse(tool), "description", out);
  // A tool named for conversations (summarize_conversation, export_chat) works on them: its
  // text speaking of the conversation is its purpose.
  if (re2::RE2::PartialMatch(report.name, *regexes_->conversation_tool)) {
    for (Finding& f : out) {
      if (f.rule_id == "exfiltration.conversation") f.severity = Lower(f.severity, 2);
    }
  }
  SortFindings(out);
  const Score score = ScoreFindings(out);
  report.score = score.score;
  report.severity = score.severity;
  return report;
}

void ToolAnalyzer::CheckAnnotations(const json::object& tool, std::string_view name,
                                    std::string_view description,
                                    std::vector<Finding>& out) const {
  const json::value* annotations = tool.if_contains("annotations");
  if (annotations == nullptr || !annotations->is_object()) return;
  const json::object& hints = annotations->get_object();
  const json::value* read_only = hints.if_contains("readOnlyHint");
  const json::value* destructive = hints.if_contains("destructiveHint");
  const bool claims_read_only = read_only && read_only->is_bool() && read_only->get_bool();
  const bool claims_harmless = destructive && destructive->is_bool() && !destructive->get_bool();
  if (!claims_read_only && !claims_harmless) return;
  std::string words = NameToWords(name);
  std::transform(words.begin(), words.end(), words.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  const std::string_view first = std::string_view(words).substr(0, words.find(' '));
  const char* said = nullptr;
  if (re2::RE2::FullMatch(first, *regexes_->destroying_name) ||
      re2::RE2::PartialMatch(description, *regexes_->destroying_lead)) {
    said = "destroys data";
  } else if (claims_read_only &&
             ((re2::RE2::PartialMatch(words, *regexes_->changing_name) &&
               !re2::RE2::PartialMatch(words, *regexes_->shows_only)) ||
              re2::RE2::PartialMatch(description, *regexes_->changing_lead))) {
    said = "changes state";
  }
  if (said == nullptr) return;
  const std::string hint = claims_read_only ? "readOnlyHint: true" : "destructiveHint: false";
  Add(out, "deception.annotation_mismatch", "deception", Severity::kMedium, "annotations",
      MakeVisible(std::string(name) + " — " + hint, 220),
      "The tool is annotated " + hint + " but its name or description says it " + said +
          "; clients that approve read-only or harmless tools without asking would run it "
          "unseen.");
}

void ToolAnalyzer::CheckModel(std::string_view prose, std::string_view location,
                              std::vector<Finding>& out) const {
  if (!options_.model || prose.empty()) return;
  const float p = ToolModelScore(prose);
  if (p < kToolModelThreshold) return;
  Finding f;
  f.rule_id = "learned.poisoning";
  f.category = "learned";
  f.severity = Severity::kMedium;
  f.location = std::string(location);
  f.evidence = MakeVisible(prose);
  f.message = "The learned check reads this definition as poisoned (p = " +
              std::to_string(static_cast<int>(p * 100)) + "%); no single rule names it.";
  out.push_back(std::move(f));
}

ItemReport ToolAnalyzer::AnalyzeGeneric(ItemKind kind, const json::object& item) const {
  ItemReport report;
  report.kind = kind;
  if (const json::value* n = item.if_contains("name"); n && n->is_string())
    report.name = n->get_string();
  if (const json::value* u = item.if_contains("uri"); u && u->is_string())
    report.uri = u->get_string();
  for (const auto& [key, value] : item) {
    // URIs are addresses, not prose (file:///home/me/.env is a legitimate resource).
    if (key == "uri" || key == "uriTemplate" || key == "mimeType") continue;
    std::string path(key);
    WalkValue(value, path, false, report.findings);
  }
  CheckModel(ItemProse(item), "description", report.findings);
  SortFindings(report.findings);
  const Score score = ScoreFindings(report.findings);
  report.score = score.score;
  report.severity = score.severity;
  return report;
}

ServerReport ToolAnalyzer::Analyze(std::string_view server,
                                   const upstream::Catalog& catalog) const {
  ServerReport report;
  report.server = std::string(server);
  std::vector<std::string> names;
  for (const json::value& t : catalog.tools) {
    if (const json::object* o = t.if_object()) {
      if (const json::value* n = o->if_contains("name"); n && n->is_string())
        names.emplace_back(n->get_string());
    }
  }
  if (!catalog.instructions.empty()) {
    ItemReport item;
    item.kind = ItemKind::kInstructions;
    ScanString(catalog.instructions, "instructions", false, item.findings);
    CheckToolReferences(AnalyzeUnicode(catalog.instructions).normalized, names, item.findings);
    CheckModel(catalog.instructions, "instructions", item.findings);
    for (Finding& f : item.findings) {
      if (f.location == "description") f.location = "instructions";
      // Instructions are addressed to the model by design: wording that marks text as meant for
      // the model weighs one level less there (overrides and chat tokens do not).
      if (f.category == "hidden_instructions" && f.rule_id != "hidden.override" &&
          f.rule_id != "hidden.chat_template")
        f.severity = Lower(f.severity);
    }
    SortFindings(item.findings);
    const Score score = ScoreFindings(item.findings);
    item.score = score.score;
    item.severity = score.severity;
    report.items.push_back(std::move(item));
  }
  for (const json::value& t : catalog.tools) {
    if (const json::object* o = t.if_object()) {
      report.items.push_back(AnalyzeTool(*o, names));
      ++report.tools;
    }
  }
  const std::pair<ItemKind, const json::array*> lists[] = {
      {ItemKind::kPrompt, &catalog.prompts},
      {ItemKind::kResource, &catalog.resources},
      {ItemKind::kResourceTemplate, &catalog.resource_templates}};
  for (const auto& [kind, list] : lists) {
    for (const json::value& v : *list) {
      if (const json::object* o = v.if_object()) report.items.push_back(AnalyzeGeneric(kind, *o));
    }
  }
  for (const ItemReport& item : report.items) {
    if (item.score > report.score) report.score = item.score;
    report.severity = std::max(report.severity, item.severity);
    for (const Finding& f : item.findings) ++report.counts[static_cast<int>(f.severity)];
  }
  return report;
}

Result<upstream::Catalog> CatalogFromJson(const json::value& value) {
  upstream::Catalog catalog;
  if (value.is_array()) {
    catalog.tools = value.get_array();
    return catalog;
  }
  if (!value.is_object()) return MakeError("expected a tools/list result, a response or an array");
  const json::object* o = &value.get_object();
  if (const json::value* r = o->if_contains("result"); r && r->is_object()) o = &r->get_object();
  const json::value* tools = o->if_contains("tools");
  if (tools == nullptr || !tools->is_array())
    return MakeError("no \"tools\" array (expected a tools/list result)");
  catalog.tools = tools->get_array();
  if (const json::value* v = o->if_contains("prompts"); v && v->is_array())
    catalog.prompts = v->get_array();
  if (const json::value* v = o->if_contains("resources"); v && v->is_array())
    catalog.resources = v->get_array();
  if (const json::value* v = o->if_contains("resourceTemplates"); v && v->is_array())
    catalog.resource_templates = v->get_array();
  if (const json::value* v = o->if_contains("instructions"); v && v->is_string())
    catalog.instructions = v->get_string();
  return catalog;
}

}  // namespace mcpgw::scanner
