#include "scanner/outbound_check.h"

#include "scanner/sentences.h"

#include <re2/re2.h>

#include <vector>

namespace mcpgw::scanner {

struct OutboundCheck::Regexes {
  std::unique_ptr<re2::RE2> hxxp, dot_bracket, colon_bracket, slash_bracket, concat, dot_word;
  std::unique_ptr<re2::RE2> destination, destination_capture, templated, later, covert, cited, documentation_host, verb, loot, data, side_effect,
      user_chosen, job;
};

namespace {

std::unique_ptr<re2::RE2> Make(const char* pattern) {
  re2::RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  return std::make_unique<re2::RE2>(pattern, options);
}


}  // namespace

OutboundCheck::~OutboundCheck() = default;

Result<std::unique_ptr<const OutboundCheck>> OutboundCheck::Create() {
  std::unique_ptr<OutboundCheck> check(new OutboundCheck());
  auto r = std::make_unique<Regexes>();
  r->hxxp = Make(R"(\bh(?:xx|\*\*|XX)p(s?)(?:://|\[://\]|\[:\]//))");
  r->dot_bracket = Make(R"(\s*[\[\(\{]\s*(?:\.|dot|punkt|punto|point)\s*[\]\)\}]\s*)");
  r->colon_bracket = Make(R"(\s*[\[\(\{]\s*:\s*[\]\)\}]\s*)");
  r->slash_bracket = Make(R"(\s*[\[\(\{]\s*(?:/|slash)\s*[\]\)\}]\s*)");
  r->concat = Make(R"re(['"`]\s*\+\s*['"`])re");
  r->dot_word = Make(R"(([a-z0-9-])\s+(?:dot|punkt|punto|point)\s+([a-z0-9-]))");
  r->destination = Make(
      R"re(https?://[\w.-]+|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b|)re"
      R"re(\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}(?::\d+)?/[\w/?=&%.~-]*|)re"
      R"re(<\w+>\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}\b|)re"
      R"re(\b(?:to|at|with|into|onto|an|zu|mit|à|a|con|avec|vers|para|на|nach|al)\s+[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|xyz|ru|cn|top|site|online|info|biz|cc|tk|co|dev|app|de|fr|es|it|jp|run|me|sh|ai|pw|su|to)\b)re");
  r->destination_capture = Make(("(" + r->destination->pattern() + ")").c_str());
  // A fixed URL whose query carries a placeholder the model fills in: data sent by a request.
  r->templated = Make(R"re((?:https?://|\b)[\w.-]+\.[a-z]{2,10}(?::\d+)?/[^\s?]*\?[^\s]*=(?:<[^>]{1,40}>|\{[^}\s]{1,40}\}|\$\{?\w+))re");
  // A sentence that adds a step to the tool's job ("Then ...", "Also ...").
  r->later = Make(R"(^\W*(?:then|also|afterwards|next|finally|additionally|after\s+that)\b)");
  // Doing it without the user knowing.
  r->covert = Make(
      R"re(\b(?:silently|quietly|secretly|covertly|discreetly|without\s+(?:telling|informing|notifying|)re"
      R"re(asking)|in\s+the\s+background|sin\s+avisar|en\s+silencio|silencieusement|en\s+secret|)re"
      R"re(heimlich|stillschweigend|silenziosamente|silenciosamente)\b|незаметно|тайно|悄悄|偷偷|こっそり|몰래)re");
  // A sentence that cites such wording (a security tool's description), with quotes.
  r->cited = Make(
      R"re(\b(?:flags?|detects?|detecting|blocks?|blocked|such\s+as|e\.g|for\s+example|examples?|)re"
      R"re(samples?|signatures?|patterns?|wording|phrases?|rules?|audits?|reports?\s+(?:when|if))\b)re");
  r->documentation_host = Make(
      R"(example\.(?:com|org|net)|\.example\b|\.test\b|\.invalid\b|\.local\b|\.internal\b|)"
      R"(\.lan\b|\.corp\b|\.localhost\b|localhost|127\.0\.0\.1|0\.0\.0\.0|\b10\.\d+\.\d+\.\d+|)"
      R"(192\.168\.|\b172\.(?:1[6-9]|2\d|3[01])\.|your[-_]?(?:domain|company|org|server|host)|)"
      R"(my-?company|acme\.|1\.1\.1\.1|8\.8\.8\.8)");
  r->verb = Make(
      R"re(\b(?:report\w*|sync\w*|synchroni[sz]\w*|mirror\w*|forward\w*|post|posts|posted|upload\w*|)re"
      R"re(send|sends|sent|transmit\w*|stream|streams|push|pushes|submit\w*|relay\w*|ship|ships|)re"
      R"re(beacon\w*|share|shares|copy|copies|log|logs|goes\s+to|go\s+to|exfiltrat\w*|resolve|)re"
      R"re(fetch|visit|request|ping|curl|wget|)re"
      R"re(look\s+up|nslookup|dig|telemetry|melde\w*|[üu]bermittl\w*|[üu]bertrag\w*|sende\w*|)re"
      R"re(schick\w*|sincroniz\w*|env[ií]a\w*|reporta\w*|reenv[ií]a\w*|envoie\w*|transmet\w*|)re"
      R"re(synchronis\w*|signale\w*|invia\w*|inoltra\w*|envie\w*|encaminh\w*)\b|)re"
      R"re(отправ|пересыла|переслать|передава|передай|синхрониз|同步|发送|上传|上报|转发|送信|)re"
      R"re(同期|アップロード|転送|送って|전송|동기화|업로드|보내)re");
  r->loot = Make(
      R"re(\b(?:conversations?|chat|history|transcripts?|messages?|prompts?|inputs?|quer(?:y|ies)|)re"
      R"re(keystrokes?|secrets?|passwords?|api[\s_-]?keys?|tokens?|credentials?|cookies|clipboard|)re"
      R"re(env(?:ironment)?\s+variables?|private\s+keys?|ssh|historial|conversaci[oó]n|entradas?|)re"
      R"re(contrase[ñn]as?|claves?|hist[óo]rico|conversa|senhas?|historique|saisies?|)re"
      R"re(mots?\s+de\s+passe|verlauf|chatverlauf|eingabe\w*|passw[öo]rter|schl[üu]ssel|)re"
      R"re(cronologia|conversazione)\b|\buser(?:'s)?\s+(?:has\s+)?(?:typed|entered|wrote|written|said|asked)\b|\.env\b|~/|переписк|истори|диалог|ввод|парол|ключ|)re"
      R"re(对话|聊天|历史|输入|密码|密钥|会話|履歴|入力|パスワード|대화|기록|입력|비밀번호)re");
  r->data = Make(
      R"re(\b(?:files?|documents?|contents?|bod(?:y|ies)|outputs?|results?|data|everything|)re"
      R"re(arguments?|responses?|archivos?|documentos?|fichiers?|dateien|inhalt\w*|datos|dados|)re"
      R"re(emails?|contacts?|events?|lists?|notes?|records?|details|location|names?|addresses|)re"
      R"re(archives?|backups?|tarballs?|workspace|repositor(?:y|ies)|codebase|source\s+code|)re"
      R"re(donn[ée]es|contenu)\b|файл|содержим|文件|内容|ファイル|内容|파일|내용)re");
  r->side_effect = Make(
      R"re(\b(?:also|as\s+well|additionally|too|in\s+addition|a\s+copy|copies|mirror\w*|every|each|)re"
      R"re(all|silently|quietly|secretly|before|after|zus[äa]tzlich|auch|jede\w*|tambi[ée]n|cada|)re"
      R"re(todos?|todas?|aussi|chaque|tous|toutes|anche|ogni|tutti|também)\b|также|каждый|все|)re"
      R"re(同时|也|所有|每|すべて|全て|も|모든|또한)re");
  r->user_chosen = Make(
      R"re(\b(?:the\s+user\s+(?:provides|chooses|gives|configures|selects|specifies|enters)|)re"
      R"re(user-?(?:provided|supplied|configured|chosen)|(?:you|they)\s+configure|)re"
      R"re(configured\s+in|from\s+the\s+(?:server\s+)?config|your\s+own|)re"
      R"re((?:supplied|provided|set|chosen|configured)\s+by\s+the\s+user|in\s+the\s+server\s+config)\b)re");
  r->job = Make(
      R"re(^\W*(?:posts|sends|uploads|forwards|syncs|submits|pushes|publishes|delivers|relays|)re"
      R"re(streams|mirrors|shares|envía|envoie|sendet|postet|invia|envia)\b)re");
  for (const auto* re : {&r->hxxp, &r->dot_bracket, &r->colon_bracket, &r->slash_bracket,
                         &r->concat, &r->dot_word, &r->destination, &r->destination_capture, &r->templated, &r->later, &r->covert, &r->cited, &r->documentation_host,
                         &r->verb, &r->loot, &r->data, &r->side_effect, &r->user_chosen, &r->job}) {
    if (!(*re)->ok()) return MakeError("outbound check: invalid regex: " + (*re)->error());
  }
  check->re_ = std::move(r);
  return std::unique_ptr<const OutboundCheck>(std::move(check));
}

std::optional<std::string> OutboundCheck::Refang(std::string_view text) const {
  // One byte pass first: most texts have none of the markers.
  bool bracket = false, hxxp = false, plus = false, dot_word = false;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const char c = text[i], n = text[i + 1];
    if ((c == '[' || c == '(' || c == '{') &&
        (n == '.' || n == ':' || n == '/' || n == 'd' || n == 'D' || n == 'p' || n == 'P' ||
         n == ' '))
      bracket = true;
    if ((c == 'x' || c == 'X' || c == '*') && n == c && i + 2 < text.size() &&
        (text[i + 2] == 'p' || text[i + 2] == 'P'))
      hxxp = true;
    if (c == '+' && i > 0) plus = true;
    if (c == ' ' && (n == 'd' || n == 'p') && i + 4 < text.size() &&
        (text.substr(i + 1, 4) == "dot " || text.substr(i + 1, 4) == "punk" ||
         text.substr(i + 1, 4) == "punt" || text.substr(i + 1, 4) == "poin"))
      dot_word = true;
  }
  bracket |= dot_word;
  if (!bracket && !hxxp && !plus) return std::nullopt;
  std::string out(text);
  int changes = 0;
  if (hxxp) changes += re2::RE2::GlobalReplace(&out, *re_->hxxp, "http\\1://");
  if (plus) changes += re2::RE2::GlobalReplace(&out, *re_->concat, "");
  if (bracket) {
    changes += re2::RE2::GlobalReplace(&out, *re_->dot_bracket, ".");
    changes += re2::RE2::GlobalReplace(&out, *re_->colon_bracket, ":");
    changes += re2::RE2::GlobalReplace(&out, *re_->slash_bracket, "/");
    // "evil dot com": only where at least two such dots make a host name.
    std::string words = out;
    if (re2::RE2::GlobalReplace(&words, *re_->dot_word, "\\1.\\2") >= 2) {
      out = std::move(words);
      ++changes;
    }
  }
  if (changes == 0) return std::nullopt;
  return out;
}

std::optional<std::string> OutboundCheck::Find(std::string_view text) const {
  if (!re2::RE2::PartialMatch(text, *re_->destination)) return std::nullopt;
  bool first = true;
  for (std::string_view sentence : SplitSentences(text)) {
    // The opening sentence stating what the tool does ("Posts a message to a Slack webhook
    // (https://hooks.slack.com/...)") is its job, shown to the user, not an added step.
    const bool opening = first;
    first = false;
    if (opening && re2::RE2::PartialMatch(sentence, *re_->job) &&
        !re2::RE2::PartialMatch(sentence, *re_->covert))
      continue;
    // A destination that is not documentation.
    re2::StringPiece input(sentence.data(), sentence.size());
    re2::StringPiece dest;
    bool fixed = false;
    while (re2::RE2::FindAndConsume(&input, *re_->destination_capture, &dest)) {
      if (!re2::RE2::PartialMatch(dest, *re_->documentation_host)) {
        fixed = true;
        break;
      }
    }
    if (!fixed) continue;
    if (re2::RE2::PartialMatch(sentence, *re_->user_chosen)) continue;
    // Quoted wording that a sentence cites ("flags wording like 'upload ... to http://x'").
    if (sentence.find_first_of("'\"`") != std::string_view::npos &&
        re2::RE2::PartialMatch(sentence, *re_->cited))
      continue;
    // A request to a fixed URL that carries a placeholder for data.
    // (The tool's own API documented with a placeholder is not: the request must be an added
    // step.)
    if (re2::RE2::PartialMatch(sentence, *re_->templated) &&
        (re2::RE2::PartialMatch(sentence, *re_->later) ||
         re2::RE2::PartialMatch(sentence, *re_->side_effect) ||
         re2::RE2::PartialMatch(sentence, *re_->covert)))
      return std::string(sentence);
    if (!re2::RE2::PartialMatch(sentence, *re_->verb)) continue;
    if (re2::RE2::PartialMatch(sentence, *re_->covert)) return std::string(sentence);
    const bool loot = re2::RE2::PartialMatch(sentence, *re_->loot);
    const bool data = !loot && re2::RE2::PartialMatch(sentence, *re_->data) &&
                      re2::RE2::PartialMatch(sentence, *re_->side_effect);
    if (loot || data) return std::string(sentence);
  }
  return std::nullopt;
}

}  // namespace mcpgw::scanner
