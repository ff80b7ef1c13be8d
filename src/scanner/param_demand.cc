#include "scanner/param_demand.h"

#include <re2/re2.h>

#include <set>

#include "scanner/regex_options.h"
#include "scanner/scan_rules.h"

namespace mcpgw::scanner {

namespace {

// Parameter names poisoned tools use as a side channel for stolen data (several languages).
const std::set<std::string, std::less<>> kSideChannelParams = {
    "note", "notes", "sidenote", "side_note", "sidenotes", "context", "extra", "extra_info",
    "extra_data", "additional_info", "additional_context", "metadata", "meta", "feedback",
    "comment", "comments", "remark", "remarks", "annotation", "debug", "debug_info", "hidden",
    "internal", "reasoning", "memo", "trace", "telemetry", "session", "history", "details", "info",
    "aux", "misc", "payload", "notes_for_ai", "ai_notes", "scratchpad", "summary", "user_context",
    "conversation_context", "session_context", "background", "diagnostics", "debug_context",
    "client_context", "env_info", "system_info", "attachments", "hint", "hints",
    // es, pt, fr, de, it, nl, pl, tr, id, vi (ASCII spellings as used in parameter names)
    "contexto", "nota", "notas", "historial", "historico", "comentario", "comentarios",
    "observaciones", "observacoes", "contexte", "remarque", "remarques", "historique", "kontext",
    "notiz", "notizen", "hinweis", "hinweise", "verlauf", "bemerkung", "contesto", "cronologia",
    "notities", "notitie", "opmerking", "opmerkingen", "geschiedenis", "uwagi", "notatka",
    "notatki", "kontekst", "historia", "notlar", "baglam", "gecmis", "aciklama", "catatan",
    "konteks", "riwayat", "keterangan", "ghi_chu", "ghichu", "boi_canh", "lich_su"};

// The conversation, earlier outputs, the user's profile, files read: data a tool rarely needs.
constexpr std::string_view kContextExtra =
    R"re(|\buser'?s?\s+(?:full\s+)?(?:profile|personal\s+\w+|contacts?|home\s+address|identity)|)re"
    R"re(\bpersonal\s+(?:info\w*|details|data)|)re"
    R"re(\b(?:previous|recent|last|earlier|prior|other)\s+(?:\w+\s+)?(?:emails?|e-mails?|inbox|)re"
    R"re(documents?|searches|queries|tool\s+(?:calls?|results?|outputs?))\b|)re"
    R"re(\b(?:outputs?|results?|responses?|returns?)\s+(?:of|from)\s+(?:the\s+)?(?:other|previous|)re"
    R"re(earlier|last|recent|all|every|any)\s+(?:\w+\s+)?(?:tools?|calls?|functions?)|)re"
    R"re(\beverything\s+(?:you\s+know|the\s+user|you\s+have\s+(?:seen|read))|)re"
    R"re(\b(?:files?|documents?)\s+(?:you|the\s+user)\s+(?:have|has|had)\s+(?:\w+\s+)?(?:opened|read|)re"
    R"re(viewed|seen|accessed)|\bwhat\s+the\s+user\s+(?:said|typed|wrote|asked|shared)|)re"
    R"re(\b(?:this|the\s+current)\s+(?:chat|conversation|session)\b|)re"
    R"re(\bhistorial|hist[óo]rico|historique|verlauf|cronologia|\bhistori[ae]\b|geschiedenis|)re"
    R"re(ge[çc]mi[şs]|riwayat|l[ịi]ch\s+s[ửu]|истори\w+|переписк\w*|履歴|历史|记录|对话|会話|)re"
    R"re(대화|기록|इतिहास|बातचीत|conversaci[oó]n|conversa\b|konu[şs]ma|gesprek|rozmow\w*|)re"
    R"re(percakapan|cu[ộo]c\s+tr[òo]\s+chuy[ệe]n|unterhaltung|gespr[äa]ch|)re"
    R"re(system\s*prompt|prompt\s+(?:del\s+)?sistema|prompt\s+syst[èe]me|)re"
    R"re(システムプロンプト|系统提示|시스템\s*프롬프트|सिस्टम\s*प्रॉम्प्ट)re";

// Words that make a description a demand rather than a mention: fill verbs, totality, orders.
constexpr std::string_view kStrength =
    R"re(\b(?:paste|put|include|fill|add|insert|provide|pass|append|copy|enter|write|send|attach|)re"
    R"re(supply|place|populate|dump|summari[sz]e|list|contain|contains|containing|verbatim|entire|)re"
    R"re(full|complete|whole|all|every|raw|unredacted|word\s+for\s+word|as\s+is|must|should|)re"
    R"re(always|required|mandatory|incluye|incluya|incluir|pega|copia|completo|completa|todo|toda|)re"
    R"re(todos|inclua|cole|copie|inclure|incluez|collez|copiez|entier|enti[èe]re|tout|toute|tous|)re"
    R"re(f[üu]ge|einf[üu]gen|kopiere|vollst[äa]ndig\w*|gesamte[nr]?|alle|includi|incolla|copia|)re"
    R"re(intero|intera|tutta|tutto|tutti|voeg|plak|kopieer|volledige?|hele|alle|wklej|skopiuj|)re"
    R"re(do[łl][ąa]cz|ca[łl][ąa]|ca[łl]y|pe[łl]n\w+|wszystkie|ekle|kopyala|yap[ıi][şs]t[ıi]r|)re"
    R"re(t[üu]m[üu]n[üu]?|eksiksiz|sertakan|masukkan|salin|lengkap|seluruh|semua|th[êe]m|ch[ée]p|)re"
    R"re(d[áa]n|[đd][ầa]y\s+[đd][ủu]|to[àa]n\s+b[ộo]|t[ấa]t\s+c[ảa])\b|включи\w*|вставь\w*|)re"
    R"re(скопируй\w*|полн\w+|вс[юеёя]|целиком|包含|包括|附上|填入|复制|粘贴|完整|全部|所有|含め|)re"
    R"re(貼り付け|コピー|全て|すべて|全体|포함|붙여|복사|전체|모든|शामिल|पूरा|पूरी|सभी|कॉपी)re";

}  // namespace

ParamDemand::~ParamDemand() = default;

Result<std::unique_ptr<const ParamDemand>> ParamDemand::Create() {
  std::unique_ptr<ParamDemand> d(new ParamDemand());
  d->context_ = std::make_unique<re2::RE2>(
      std::string(ConversationPattern()) + std::string(kContextExtra), ScannerRegexOptions());
  d->secret_ = std::make_unique<re2::RE2>(std::string(SecretNounPattern()) + "|" +
                                              std::string(SensitivePathPattern()) +
                                              R"re(|\bcontents?\s+of\b|\bfile\s+contents?\b)re",
                                          ScannerRegexOptions());
  d->topic_ = std::make_unique<re2::RE2>(
      R"re(\b(?:conversations?|chats?|transcripts?|messages?|history|histories|dialog(?:ue)?s?|)re"
      R"re(threads?|e-?mails?|inbox|prompts?|historial|conversaci[oó]n|hist[óo]rico|historique|)re"
      R"re(verlauf|cronologia|geschiedenis|ge[çc]mi[şs]|riwayat|percakapan)\b|l[ịi]ch\s+s[ửu]|)re"
      R"re(истори|переписк|履歴|历史|记录|对话|会話|대화|기록|इतिहास|बातचीत)re",
      ScannerRegexOptions());
  d->strength_ = std::make_unique<re2::RE2>(std::string(kStrength), ScannerRegexOptions());
  d->negated_ = std::make_unique<re2::RE2>(
      R"re(\b(?:no|not|never|without|exclude|excluding|don'?t|do\s+not|must\s+not|nunca|jamais|)re"
      R"re(nie|niet|kein\w*|non|не|không|jangan|tanpa|asla)\b[^.]{0,40}?)re"
      R"re(\b(?:secrets?|passwords?|credentials?|keys?|tokens?|pii|personal|conversation|chat|)re"
      R"re(history|messages?|private|sensitive))re",
      ScannerRegexOptions());
  for (const auto* re : {d->context_.get(), d->topic_.get(), d->secret_.get(), d->strength_.get(),
                         d->negated_.get()}) {
    if (!re->ok()) return MakeError("scanner: parameter demand regex: " + re->error());
  }
  return std::unique_ptr<const ParamDemand>(std::move(d));
}

ParamDemand::Match ParamDemand::Check(std::string_view description) const {
  Match out;
  if (description.empty() || !re2::RE2::PartialMatch(description, *strength_) ||
      re2::RE2::PartialMatch(description, *negated_))
    return out;
  re2::StringPiece hit;
  if (context_->Match(description, 0, description.size(), re2::RE2::UNANCHORED, &hit, 1)) {
    out.kind = Kind::kContext;
  } else if (secret_->Match(description, 0, description.size(), re2::RE2::UNANCHORED, &hit, 1)) {
    out.kind = Kind::kSecret;
  } else {
    return out;
  }
  out.evidence = std::string(hit.data(), hit.size());
  return out;
}

bool ParamDemand::MentionsContext(std::string_view text) const {
  return re2::RE2::PartialMatch(text, *topic_);
}

bool ParamDemand::IsSideChannelName(std::string_view lower_name) {
  return kSideChannelParams.contains(lower_name);
}

}  // namespace mcpgw::scanner
