#include "scanner/preset_destination.h"

#include "core/ascii_lower.h"

#include <re2/re2.h>

#include <cstdio>

#include <algorithm>
#include <vector>

namespace mcpgw::scanner {
namespace {

// "mirrorWebhookURL" / "also_share-with" / "copie cachée" -> its lower-case words. Bytes of
// other scripts stay inside their word ("送信先", "alıcılar").
std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c == '_' || c == '-' || c == ' ' || c == '.' || c == '/' || c == ':') {
      flush();
      continue;
    }
    if (c >= 'A' && c <= 'Z' && i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z') flush();
    word += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  flush();
  return words;
}

// Words naming an extra copy or an added party.
constexpr std::string_view kCopyWords[] = {
    "bcc", "cc", "cco", "cci", "ccn", "copy", "copies", "copie", "copia", "copias", "kopie",
    "kopia", "kopya", "kopien", "mirror", "mirrors", "miroir", "spiegel", "espejo", "espelho",
    "shadow", "also", "forward", "fwd", "forwarding", "blind", "cachee",
    "cach\xc3\xa9" "e", "oculta", "oculto", "nascosta", "verborgen", "with", "avec", "mit",
    "\xe6\x8a\x84\xe9\x80\x81",                      // 抄送
    "\xe5\xaf\x86\xe9\x80\x81",                      // 密送
    "\xd0\xba\xd0\xbe\xd0\xbf\xd0\xb8\xd1\x8f",      // копия
    "\xd1\x81\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\xd0\xb0\xd1\x8f",  // скрытая
    "\xec\xb0\xb8\xec\xa1\xb0",                      // 참조
    "\xec\x88\xa8\xec\x9d\x80\xec\xb0\xb8\xec\xa1\xb0",  // 숨은참조
    // Transliterated and other languages' words: Arabic (nuskha, makhfiya), Indonesian
    // (tembusan), Finnish (kopio), Hungarian (masolat), Vietnamese (ban_sao), Greek, Hebrew,
    // Ukrainian, Arabic script.
    "nuskha", "makhfiya", "makhfi", "tembusan", "kopio", "masolat", "m\xc3\xa1solat", "sao",
    "\xce\xb1\xce\xbd\xcf\x84\xce\xaf\xce\xb3\xcf\x81\xce\xb1\xcf\x86\xce\xbf",  // αντίγραφο
    "\xd7\xa2\xd7\x95\xd7\xaa\xd7\xa7",                  // עותק
    "\xd0\xba\xd0\xbe\xd0\xbf\xd1\x96\xd1\x8f",          // копія
    "\xd9\x86\xd8\xb3\xd8\xae\xd8\xa9"};                  // نسخة

// Words naming where the data goes.
constexpr std::string_view kDestinationWords[] = {
    "destination", "destinations", "dest", "destino", "destinazione", "destinataire",
    "destinataires", "destinatario", "destinatarios", "destinatari", "recipient", "recipients",
    "empfaenger", "empf\xc3\xa4" "nger", "ziel", "doel", "hedef", "cel", "alicilar", "al\xc4\xb1" "c\xc4\xb1" "lar",
    "alici", "al\xc4\xb1" "c\xc4\xb1", "odbiorca", "odbiorcy", "ontvanger", "ontvangers", "endpoint",
    "webhook", "hook", "callback", "sink", "upload", "store", "remote", "upstream", "proxy",
    "collector", "collect", "drop", "target", "delivery", "notify", "notification", "archive",
    "archiv", "archivio", "archivo", "journal", "relay",
    "\xe9\x80\x81\xe4\xbf\xa1\xe5\x85\x88",  // 送信先
    "\xe5\xae\x9b\xe5\x85\x88",              // 宛先
    "\xe5\x87\xba\xe5\x8a\x9b\xe5\x85\x88",  // 出力先
    "\xe4\xbf\x9d\xe5\xad\x98\xe5\x85\x88",  // 保存先
    "\xe7\x9b\xae\xe6\xa0\x87",              // 目标
    "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba",  // 收件人
    "\xec\x88\x98\xec\x8b\xa0\xec\x9e\x90",  // 수신자
    "\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c",  // получатель
    // Czech, Slovak, Nordic, Finnish, Hungarian, Romanian, Indonesian, Vietnamese, Greek,
    // Hebrew, Ukrainian, Arabic words for the recipient.
    "prijemce", "p\xc5\x99\xc3\xadjemce", "adresat", "adres\xc3\xa1t", "mottagare", "mottaker",
    "modtager", "vastaanottaja", "cimzett", "c\xc3\xadmzett", "destinatar", "penerima", "nhan",
    "\xcf\x80\xce\xb1\xcf\x81\xce\xb1\xce\xbb\xce\xae\xcf\x80\xcf\x84\xce\xb7\xcf\x82",  // παραλήπτης
    "\xd7\xa0\xd7\x9e\xd7\xa2\xd7\x9f",                                      // נמען
    "\xd0\xbe\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87",  // отримувач
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd9\x84\xd9\x85"};                  // المستلم
// Verbs that make "<verb>_to" a destination ("send_to", "export_to").
constexpr std::string_view kToVerbs[] = {"send", "post", "push", "export", "deliver", "report",
                                         "sync", "ship", "submit", "publish", "stream", "write"};

template <std::size_t N>
bool In(const std::string& w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// The parameter's text tells the model to leave the preset alone, or calls it fixed.
const re2::RE2& KeepIt() {
  static const re2::RE2 re(
      R"((?i)(?:\b(?:keep|leave|use|retain|don'?t\s+change|do\s+not\s+change|never\s+change)\b[^.;]{0,30}\bdefault\b)"
      R"(|\bleave\s+(?:it\s+|this\s+|the\s+value\s+)?(?:as\s+is|unchanged|blank|empty|untouched)\b)"
      R"(|\b(?:do\s+not|don'?t|never)\s+(?:change|modify|override|remove|edit|replace)\b)"
      R"(|\balways\s+(?:included|added|set|used|copied|cc'?d|bcc'?d|on)\b)"
      R"(|\b(?:fixed|mandatory|not\s+configurable|cannot\s+be\s+changed|automatically\s+(?:added|included))\b)"
      R"(|laiss\w*[^.;]{0,30}d[ée]faut|d[ée]faut[^.;]{0,30}laiss|ne\s+pas\s+modifier)"
      R"(|dej[ae]\w*[^.;]{0,30}(?:por\s+defecto|predeterminad)|no\s+(?:lo\s+)?(?:cambie|cambies|modifique))"
      R"(|(?:belass|beibehalt|lass)\w*[^.;]{0,30}(?:standard|voreingestellt)|nicht\s+(?:ändern|verändern))"
      R"(|(?:laat|behoud)\w*[^.;]{0,30}(?:standaard|leeg)|niet\s+wijzigen)"
      R"(|varsay[ıi]lan[^.;]{0,40}(?:b[ıi]rak|kullan[ıi]l|de[ğg]i[şs]tirme)|b[ıi]rak[ıi]l[ıi]rsa)"
      R"(|(?:mant(?:er|enha)|deix[ae]\w*)[^.;]{0,30}padr[ãa]o|n[ãa]o\s+(?:altere|mude))"
      R"(|lascia\w*[^.;]{0,30}predefinit|non\s+modificare)"
      R"(|(?:pozostaw|zostaw)\w*[^.;]{0,30}domy[śs]ln|nie\s+zmieniaj)"
      R"(|оставь\w*[^.;]{0,30}умолчани|не\s+меня\w*)"
      R"(|デフォルトのまま|既定のまま|変更しない|保持默认|不要(?:修改|更改)|기본값\s*(?:을|를)?\s*유지|변경하지))");
  return re;
}

// The user's data carried in the URL: what its query or path names.
const re2::RE2& DataInUrl() {
  static const re2::RE2 re(
      R"((?i)(?:[?&;][^#]*(?:\b|_)(?:env|environ|environment|cookies?|session|tokens?|auth|)"
      R"(authorization|ssh|id_rsa|id_ed25519|history|passwords?|secrets?|credentials?|localstorage|)"
      R"(keys?|contacts|clipboard|netrc|headers?|all)(?:\b|_))|~/|%7e/|\.ssh\b|\.env\b|\.aws\b)");
  return re;
}

}  // namespace

std::string PresetHost(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (value.empty() || value.size() > 2048) return {};
  std::string v = core::AsciiLower(value);
  static const re2::RE2 email(R"((?:mailto:)?[a-z0-9._%+'-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+))");
  static const re2::RE2 url(
      R"((?:https?|wss?|ftp)://(?:[^/@\s?#]*@)?(\[[0-9a-f:.]+\]|[^/:\s?#]+)(?::\d{1,5})?(?:[/?#]\S*)?)");
  std::string host;
  if (re2::RE2::FullMatch(v, email, &host) || re2::RE2::FullMatch(v, url, &host)) return host;
  return {};
}

bool IsLocalHost(std::string_view host) {
  if (host.empty()) return true;
  if (host.front() == '[') return host == "[::1]" || host.starts_with("[fc") || host.starts_with("[fd") ||
                                 host.starts_with("[fe80");
  if (host.find('.') == std::string_view::npos) return true;  // "localhost", "api-01"
  for (std::string_view suffix : {".localhost", ".local", ".internal", ".lan", ".home.arpa",
                                  ".intranet", ".corp"}) {
    if (host.ends_with(suffix)) return true;
  }
  // Dotted IPv4: loopback, private, link-local.
  unsigned a = 0, b = 0, c = 0, d = 0;
  char tail = 0;
  if (std::sscanf(std::string(host).c_str(), "%u.%u.%u.%u%c", &a, &b, &c, &d, &tail) == 4) {
    return a == 127 || a == 10 || a == 0 || (a == 192 && b == 168) ||
           (a == 172 && b >= 16 && b <= 31) || (a == 169 && b == 254) ||
           (a == 100 && b >= 64 && b <= 127);
  }
  return false;
}

std::optional<PresetJudgement> JudgePreset(std::string_view name, std::string_view value,
                                           std::string_view text) {
  const std::string host = PresetHost(value);
  if (host.empty() || IsLocalHost(host)) return std::nullopt;
  const std::vector<std::string> words = NameWords(name);
  bool copy = false, destination = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (In(w, kCopyWords)) copy = true;
    if (In(w, kDestinationWords)) destination = true;
    if (w == "to" && (words.size() == 1 || (i > 0 && In(words[i - 1], kToVerbs))))
      destination = true;
  }
  // The parameter's own text calls it a hidden or blind copy ("نسخة مخفية", "Blindkopie",
  // "copia oculta"), whatever its name.
  if (!copy && !text.empty()) {
    static constexpr std::string_view kCopyPhrases[] = {
        "blind copy", "hidden copy", "bcc", "blindkopie", "copia oculta", "copia nascosta",
        "copie cach\xc3\xa9" "e", "copie invisible", "verborgen kopie", "dold kopia",
        "skryt\xc3\xa1 kopie", "ukryta kopia", "gizli kopya", "salinan tersembunyi",
        "\xd9\x86\xd8\xb3\xd8\xae\xd8\xa9 \xd9\x85\xd8\xae\xd9\x81\xd9\x8a\xd8\xa9",  // نسخة مخفية
        "\xd1\x81\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\xd0\xb0\xd1\x8f \xd0\xba\xd0\xbe\xd0\xbf\xd0\xb8\xd1\x8f",  // скрытая копия
        "\xe5\xaf\x86\xe9\x80\x81", "\xe6\x8a\x84\xe9\x80\x81",  // 密送 抄送
        "\xec\x88\xa8\xec\x9d\x80 \xec\xb0\xb8\xec\xa1\xb0"};  // 숨은 참조
    const std::string lower = core::AsciiLower(text);
    for (std::string_view p : kCopyPhrases) copy = copy || lower.find(p) != std::string::npos;
  }
  if (copy) return PresetJudgement{PresetKind::kPresetCopy, true, host};
  if (!destination) return std::nullopt;
  const bool raised = re2::RE2::PartialMatch(core::AsciiLower(value), DataInUrl()) ||
                      (!text.empty() && re2::RE2::PartialMatch(text, KeepIt()));
  return PresetJudgement{PresetKind::kPresetDestination, raised, host};
}

std::string FixedAccountIn(std::string_view sentence) {
  static const re2::RE2 account(
      R"((?:^|[^A-Za-z0-9_])([A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){3,7}(?: [A-Z0-9]{1,4})?))(?:[^A-Za-z0-9_]|$))");
  static const re2::RE2 cited(
      R"((?i)\b(?:e\.\s?g\.|i\.\s?e\.|z\.\s?b\.|p\.\s?ej\.|p\.\s?ex\.|bijv\.|np\.))"
      R"(|\b(?:for example|for instance|such as|example|sample|format|formatted|like|looks like)"
      R"(|zum beispiel|beispiel|por ejemplo|ejemplo|formato|par exemple|exemple)"
      R"(|per esempio|ad esempio|esempio|bijvoorbeeld|voorbeeld|ornegin|por exemplo|exemplo|contoh|exempel)\b)"
      R"(|(?:przyk[łl]ad|örneğin|örnek|например|пример|наприклад|приклад|ví dụ|příklad|např\.|例如|比如|例：|例:|示例|格式)"
      R"(|예:|예를 들어|형식|مثال|उदाहरण|παράδειγμα|π\.χ\.))");
  re2::StringPiece input(sentence.data(), sentence.size());
  std::string found;
  if (!re2::RE2::FindAndConsume(&input, account, &found)) return {};
  if (re2::RE2::PartialMatch(sentence, cited)) return {};
  return found;
}

}  // namespace mcpgw::scanner
