#include "scanner/data_flow_check.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/ascii_lower.h"
#include "scanner/regex_options.h"
#include "scanner/scan_rules.h"
#include "scanner/sentences.h"

namespace mcpgw::scanner {

namespace {

// Private data of the user (case-insensitive RE2; \b is ASCII-only, so words of other scripts
// stand without it). Generic words that every tool uses ("data", "files", "emails", "results")
// are not here: what the tool works on is not private to it.
constexpr char kPrivate[] =
    R"re((?:\b(?:passwords?|passphrases?|passcodes?|pin\s+codes?|otps?|one[-\s]time\s+(?:codes?|)re"
    R"re(passwords?)|verification\s+codes?|(?:sms|2fa|mfa|backup|recovery|auth(?:entication)?)\s+)re"
    R"re(codes?|recovery\s+(?:phrases?|keys?)|seed\s+phrases?|mnemonics?|private\s+keys?|)re"
    R"re(api[\s_-]?keys?|access\s+keys?|secret\s+keys?|(?:access|auth\w*|bearer|api|refresh|)re"
    R"re(session|oauth|github|gitlab|slack|personal\s+access)\s+tokens?|credentials?|secrets?|cookies|)re"
    R"re(card\s+numbers?|credit\s+cards?|debit\s+cards?|cvv|cvc|security\s+codes?|)re"
    R"re(expiry\s+dates?|bank(?:ing)?\s+(?:accounts?|details|logins?|credentials)|)re"
    R"re(account\s+numbers?|ibans?|routing\s+numbers?|ssns?|social\s+security(?:\s+numbers?)?|)re"
    R"re(national\s+ids?|passports?(?:\s+numbers?)?|dates?\s+of\s+birth|birth\s*dates?|)re"
    R"re((?:home|private|postal)\s+address(?:es)?|phone\s+numbers?|salar(?:y|ies)|)re"
    R"re(diagnos[ie]s|medical\s+records?|contact\s+list|contacts|address\s+book|transcripts?|)re"
    R"re(conversation|chat\s+(?:history|log)|system\s+prompt|(?:the\s+)?user'?s\s+(?:last\s+|previous\s+|)re"
    R"re(recent\s+)?(?:messages?|prompts?|requests?))\b|\b\w+_(?:token|api_key|secret|)re"
    R"re(password|key)\b|)re"
    // es, pt, fr, it
    R"re(contrase[ñn]as?|claves?\s+(?:api|de\s+acceso|privadas?)|credenciales|)re"
    R"re(n[úu]meros?\s+de\s+(?:tarjeta|cuenta|tel[ée]fono)|tarjetas?\s+de\s+cr[ée]dito|)re"
    R"re(cuentas?\s+bancarias?|fecha\s+de\s+nacimiento|salarios?|lista\s+de\s+contactos|)re"
    R"re(conversaci[oó]n|historial\s+de\s+chat|senhas?|cart[õoã]o?e?s?\s+de\s+cr[ée]dito|)re"
    R"re(n[úu]mero\s+do\s+cart[ãa]o|contas?\s+banc[áa]rias?|credenciais|lista\s+(?:completa\s+)?de\s+)re"
    R"re(contatos|contatos\s+com\s+telefones|\bcpf\b|mots?\s+de\s+passe|cl[ée]s?\s+(?:api|d'acc[èe]s|)re"
    R"re(priv[ée]es?)|jetons?|identifiants|num[ée]ros?\s+de\s+(?:carte|compte|s[ée]curit[ée]\s+sociale|)re"
    R"re(t[ée]l[ée]phone)|cartes?\s+bancaires?|comptes?\s+bancaires?|diagnostics?|)re"
    R"re(numero\s+di\s+carta|conto\s+bancario|credenziali|)re"
    // de, nl, sv, pl, cs, tr
    R"re(passw[öo]rt\w*|kennw[öo]rt\w*|zugangsdaten|anmeldedaten|kartennummer\w*|kreditkart\w*|)re"
    R"re(kontonummer\w*|bankverbindung|gehalt\b|geh[äa]lter|private\s+anschrift|anschrift\w*|)re"
    R"re(geburtsdatum|telefonnummer\w*|lebenslauf|wachtwoord\w*|l[öo]senord|has[łl]\w*|)re"
    R"re(\bhesl[oa]\b|[şs]ifre\w*|)re"
    // ru, uk
    R"re(парол\w*|токен\w*|номер\w*\s+карт\w*|банковск\w+\s+(?:карт|сч[её]т)\w*|паспорт\w*|)re"
    R"re(переписк\w*|контакт\w*|)re"
    // zh, ja, ko
    R"re(密码|密碼|令牌|验证码|银行卡|卡号|手机号|身份证|工资|薪资|私钥|密钥|通讯录|联系人|聊天记录|)re"
    R"re(支付信息|对话|会话|パスワード|トークン|認証コード|暗証番号|カード番号|クレジットカード|)re"
    R"re(セキュリティコード|口座番号|マイナンバー|電話番号|給与|秘密鍵|連絡先|会話|)re"
    R"re(비밀번호|토큰|카드\s*번호|계좌|전화번호|주민등록|연락처|대화|)re"
    // vi, id
    R"re(m[ậa]t\s+kh[ẩa]u|s[ốo]\s+th[ẻe]|\bcccd\b|\bcmnd\b|s[ốo]\s+đi[ệe]n\s+tho[ạa]i|)re"
    R"re(kata\s+sandi|nomor\s+kartu|rekening))re";

// Verbs that move data somewhere.
constexpr char kMove[] =
    R"re((?:\b(?:send|sends|sent|sending|post|posts|posted|upload\w*|forward\w*|cop(?:y|ies|ied)|)re"
    R"re(put|puts|place|places|include|includes|included|attach\w*|add|adds|added|append\w*|)re"
    R"re(pass|passes|passed|fill|fills|filled|submit\w*|push|pushes|pushed|mirror\w*|share|carry|carries|)re"
    R"re(shares|shared|store|stores|stored|record|records|paste\w*|insert\w*|transmit\w*|relay\w*|)re"
    R"re(sync\w*|export\w*|leak\w*|deliver\w*|embed\w*|write|writes|written|resolve|)re"
    R"re(read\s+(?:\w+\s+){0,3}?aloud)\b|)re"
    // es, pt, fr, it
    R"re(env[íi]a\w*|reenv[íi]a\w*|enviad[oa]s?|manda\w*|copia\w*|coloca\w*|\bpon\b|ponga|)re"
    R"re(inclu[iy]\w*|adjunta\w*|a[ñn]ade|agrega\w*|\bsube\b|pega\w*|envi[ae]\w*|coloque\w*|copie\w*|)re"
    R"re(inclua\w*|anexe\w*|\bcole\b|insira|envoi\w*|envoy\w*|transf[èe]r\w*|copi\w*|mett\w*|)re"
    R"re(\bmet\b|joindre|joins|ajout\w*|recopi\w*|transmet\w*|invia\w*|inserisci|allega\w*|metti|)re"
    // de, nl, sv, pl, cs, tr
    R"re(\bsende\w*|[üu]bermittel\w*|[üu]bermittl\w*|schick\w*|hinterleg\w*|einzutragen|trag\w*\s+)re"
    R"re((?:\w+\s+){0,6}?ein\b|einzuf[üu]gen|f[üu]g\w*|kopier\w*|[üu]bertrag\w*|hochlad\w*|)re"
    R"re(stuur|verstuur\w*|kopieer|skicka\w*|wy[śs]lij|skopiuj|po[šs]li|ode[šs]li|g[öo]nder\w*|)re"
    // ru, uk
    R"re(отправ\w*|перешл\w*|пересыл\w*|переда\w*|скопиру\w*|встав\w*|надсила\w*|надішл\w*|)re"
    // zh, ja, ko, vi, id
    R"re(发送|发到|传到|上传|转发|附加|附上|放入|放到|填入|填写|写入|整理到|加到|加入|复制|提交|同步|)re"
    R"re(送信|送って|送る|入れ|記載|記入|添付|貼り付け|アップロード|転送|コピー|)re"
    R"re(보내|전송|넣어|넣고|넣으|입력|첨부|업로드|복사|붙여|)re"
    R"re(g[ửu]i\b|sao\s+ch[ée]p|đi[ềe]n\s+v[àa]o|kirim\w*|salin\b|masukkan))re";

// A negation right before the verb: the sentence forbids the move or says it does not happen.
constexpr char kNegatedMove[] =
    R"re((?:\b(?:never|not|no|nor|cannot|can't|won't|doesn't|don't|isn't|aren't|nunca|jam[áa]s|)re"
    R"re(jamais|pas|nie|niemals|nicht|keine?n?|non|mai|n[ãa]o|niet|inte|nigdy)\b|(?:^|\s)не\s|)re"
    R"re((?:^|\s)ні\s)\W*(?:\w+\W+){0,3}?)re";
constexpr char kNegatedMoveCjk[] = R"re((?:不会|不要|不得|从不|绝不)\S{0,4}?)re";

// A fixed address outside the machine.
constexpr char kAddress[] = R"re((?:https?://[\w.-]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|)re"
                            R"re(\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?::\d+)?\b|\bwebhooks?\b))re";
constexpr char kLocalAddress[] =
    R"re((?:https?://(?:localhost|127\.|10\.|192\.168\.|0\.0\.0\.0)|\b127\.0\.0\.1\b|)re"
    R"re(\b10\.\d+\.\d+\.\d+\b|\b192\.168\.))re";
// Another tool as the way out.
constexpr char kOtherTool[] =
    R"re((?:\b(?:the|a|an|any|another|other|using|via|with|through)\s+(?:[\w-]+\s+){0,2}?tools?\b|)re"
    R"re(herramienta|ferramenta|\boutil\b|werkzeug|strumento|инструмент|工具|ツール|도구|)re"
    R"re(c[ôo]ng\s+c[ụu]|\balat\b))re";
// The reply as the way out (for secrets only).
constexpr char kReply[] =
    R"re((?:\b(?:your|the)\s+(?:final\s+)?(?:answer|reply|response|summary|output)\b|\baloud\b|)re"
    R"re(respuesta|r[ée]ponse|antwort|resposta|ответ|回复|回答|返信|답변))re";
constexpr char kSecretOnly[] =
    R"re((?:\b(?:passwords?|private\s+keys?|api[\s_-]?keys?|tokens?|credentials?|secrets?|)re"
    R"re(card\s+numbers?|recovery\s+phrases?|seed\s+phrases?|tfstate)\b|contrase[ñn]a|senha|)re"
    R"re(mot\s+de\s+passe|passwort|парол|密码|パスワード|비밀번호|)re"
    R"re(\b\w+_(?:token|api_key|secret|password|key)\b))re";
// The sentence adds the act to the tool's job, or takes all of something.
constexpr char kExtra[] =
    R"re((?:\b(?:also|additionally|too|as\s+well|in\s+addition|a\s+copy|copy|copies|every|each|)re"
    R"re(all|full|entire|complete|whole|everything|after|afterwards|then|once|before|mirror\w*|)re"
    R"re(always)\b|tambi[ée]n|adem[áa]s|\bcada\b|\btod[oa]s?\b|complet[oa]s?|despu[ée]s|luego|)re"
    R"re(\bcopia\b|tamb[ée]m|\bap[óo]s\b|depois|c[óo]pia|\baussi\b|[ée]galement|chaque|\btous\b|)re"
    R"re(toutes|compl[èe]te?|\bcopie\b|apr[èe]s|ensuite|\bauch\b|zus[äa]tzlich|jede\w*|alle\w*|)re"
    R"re(komplett\w*|vollst[äa]ndig\w*|anschlie[ßs]end|danach|kopie|\banche\b|\bogni\b|tutti|)re"
    R"re(также|кажд\w*|\bвсе\b|полн\w*|после|同时|也|每|所有|完整|全部|之后|たびに|ごと|毎|全て|すべて|)re"
    R"re(完全|모든|마다|전체|또한|to[àa]n\s+b[ộo]|m[ỗo]i|sau\s+khi|lengkap|setiap|semua|setelah|)re"
    R"re(\bvarje\b|\balla\b|\belke\b|\bok\b|wszystk\w*|ka[żz]d\w*|\bt[üu]m\b|\bher\b))re";
// Doing it without the user knowing or agreeing.
constexpr char kCovert[] =
    R"re((?:\bwithout\s+(?:telling|informing|notifying|asking|mentioning)|\bsilently\b|\bquietly\b|)re"
    R"re(sin\s+(?:avisar|decir|informar|coment|pregunt|pedir)|sans\s+(?:le\s+)?(?:signaler|dire|)re"
    R"re(pr[ée]venir|demander)|ohne\s+(?:\w+\s+)?(?:zu\s+)?(?:informieren|sagen|fragen)|)re"
    R"re(sem\s+(?:avisar|informar|dizer|perguntar)|senza\s+(?:avvisare|dire|chiedere)|)re"
    R"re(kh[ôo]ng\s+c[ầa]n\s+th[ôo]ng\s+b[áa]o|m[àa]\s+kh[ôo]ng\s+th[ôo]ng\s+b[áa]o|)re"
    R"re(tanpa\s+memberi\s+tahu|説明する必要はありません|伝えないで|告诉用户|不要告诉|말하지))re";
// The user chose or agreed to the destination: the tool's job, not an added step.
constexpr char kUserChosen[] =
    R"re((?:\b(?:you|they|the\s+user)\s+(?:provide|provides|configure|configures|choose|chooses|)re"
    R"re(specify|specifies|enter|enters|select|selects|set|sets)\b|\b(?:user|caller)-?)re"
    R"re((?:provided|supplied|configured|chosen|specified)\b|\bconfigured\s+(?:in|by|with)\b|)re"
    R"re(\byour\s+own\b|\bopts?[-\s]in\b|\bopted[-\s]in\b|\bif\s+(?:the\s+user|you)\s+)re"
    R"re((?:agree|enable|allow|ask|consent)|\bwith\s+(?:the\s+user'?s\s+)?(?:explicit\s+)?consent\b))re";

// Advice that protects the data the sentence names: keep it out ("avoid pasting secrets", "put
// secrets in a Kubernetes Secret instead"), it is not returned or is masked, it goes to the
// user's own keychain, password manager or phone, "do not repeat it", "rotate them". Not
// counted when the sentence is covert.
constexpr char kProtective[] =
    R"re((?:\b(?:avoid\w*|instead|(?:is|are)\s+not\s+returned|never\s+returned|returned\s+masked|)re"
    R"re(keychain|password\s+manager|do\s+not\s+repeat|rotate\s+them|does\s+not\s+see|)re"
    R"re(mode\s+600|(?:the\s+)?user'?s\s+(?:own\s+)?phone)\b))re";

// Asking the user for a credential no tool collects through the model.
constexpr char kAskUser[] =
    R"re((?:\bask\s+(?:the\s+)?(?:user|patient|customer|client|them)\b|\b(?:tell|instruct)\s+)re"
    R"re((?:the\s+)?(?:user|them)\b[^.;]{0,40}?\b(?:must|should|need\s+to|to)\s+(?:\w+\s+){0,2}?)re"
    R"re((?:read|type|enter|give|provide|share|send|paste|sign|log)|\bhave\s+(?:the\s+)?user\s+(?:type|enter|)re"
    R"re(provide|share)|\bprompt\s+(?:the\s+)?user\s+for\b|\brequest\s+(?:the\s+user'?s?|their)\b|)re"
    R"re(pide\w*\s+(?:al\s+usuario|tambi[ée]n)|p[ií]dele|solicita\w*\s+al\s+usuario|)re"
    R"re(pe[çc]a\w*\s+(?:tamb[ée]m\s+)?ao\s+(?:usu[áa]rio|paciente|cliente)|)re"
    R"re(demande[rz]?\s+(?:aussi\s+)?[àa]\s+l'utilisateur|frag\w*\s+(?:den|die)\s+)re"
    R"re((?:nutzer|benutzer|kunden)\w*|入力してもらい|教えてもらい|尋ねて|聞いて|请用户|让用户|要求用户|)re"
    R"re(向用户索取|사용자에게[^.]{0,30}?(?:요청|입력|물어)))re";
constexpr char kCredential[] =
    R"re((?:\b(?:one[-\s]time\s+(?:codes?|passwords?)|otps?|verification\s+codes?|)re"
    R"re((?:sms|2fa|mfa|backup|recovery|authenticator)\s+codes?|\d-digit\s+codes?|)re"
    R"re(recovery\s+phrases?|seed\s+phrases?|mnemonics?|(?:online[-\s])?bank(?:ing)?\s+)re"
    R"re((?:app\s+)?passwords?|(?:e-?mail|mail|account|apple\s+id|icloud|google)\s+(?:account\s+)?)re"
    R"re(passwords?|card\s+numbers?|cvv|cvc|security\s+codes?|pin)\b|senha\s+d[oa]\s+)re"
    R"re((?:aplicativo\s+d[oa]\s+)?banco|contrase[ñn]a\s+del?\s+banco|mot\s+de\s+passe\s+bancaire|)re"
    R"re(メールアカウントのパスワード|銀行[^。]{0,8}パスワード|暗証番号|認証コード|ワンタイム|)re"
    R"re(验证码|银行卡密码|支付密码|인증\s*번호|계좌\s*비밀번호))re";
// Sending the user to sign in at a fixed address (a lookalike login page).
constexpr char kLoginAt[] =
    R"re(\b(?:sign|log)\s*(?:in|on)\b[^.;]{0,30}?\b(?:at|on|via)\s+https?://)re";
constexpr char kAskNegated[] =
    R"re((?:\b(?:never|not|don't|do\s+not|no\s+need\s+to)\s+(?:\w+\s+){0,2}?(?:ask|request|prompt|)re"
    R"re(collect|store)\b|\bnunca\s+(?:pidas|solicites)|\bne\s+demande[rz]?\s+jamais))re";

// What a parameter's own description asks it to hold: words that say "the value itself".
constexpr char kContentsOf[] =
    R"re((?:\b(?:contents?|text|value|values|copy|paste|verbatim|entire|whole|full|all|every)\b|)re"
    R"re(contenu|inhalt|contenido|conte[úu]do|contenuto|содержим|内容|中身|내용|recopi\w*|)re"
    R"re(intégral\w*|toutes|todos|todas|alle))re";
constexpr char kParamNegated[] =
    R"re((?:\b(?:never|not|no|don't|do\s+not|without|exclud\w*|except|redact\w*|mask\w*)\b|)re"
    R"re(\bnunca\b|\bsin\b|\bohne\b|\bsans\b|\bne\b|不要|不会))re";
constexpr char kPathRef[] =
    R"re((?:\b(?:path|file\s*name|location|directory)\b|ruta|chemin|pfad|路径|パス))re";

// A parameter name that denotes private data is where that data belongs.
constexpr char kDataName[] =
    R"re((?:key|token|secret|passw|pwd|credential|auth|cookie|session|cert|otp|code|pin|card|)re"
    R"re(cvv|cvc|iban|account|phone|address|email|mail|ssn|contact|history|conversation|)re"
    R"re(transcript|context|message|memory|login|user|seed|phrase|mnemonic|wallet|bank|payment|)re"
    R"re(salary|birth|passport|identity|\bid\b|recipient|to\b|cc\b|bcc\b|body|content|text|value|)re"
    R"re(prompt))re";

std::unique_ptr<re2::RE2> Make(const std::string& pattern) {
  return std::make_unique<re2::RE2>(pattern, ScannerRegexOptions());
}

}  // namespace

struct DataFlowCheck::Patterns {
  // Gates: private data or a covert act (FindFlow); a credential or a sign-in (solicitation).
  std::unique_ptr<re2::RE2> private_or_covert, credential_or_login;
  std::unique_ptr<re2::RE2> private_data, move, negated_move, address, local_address, other_tool,
      reply, secret_only, extra, covert, user_chosen, ask_user, credential, protective,
      ask_negated, login_at, contents_of, param_negated, path_ref, data_name;
};

DataFlowCheck::~DataFlowCheck() = default;

Result<std::unique_ptr<const DataFlowCheck>> DataFlowCheck::Create() {
  auto p = std::make_unique<Patterns>();
  std::string private_data = "(?:";
  private_data.append(kPrivate).append("|").append(SensitivePathPattern()).append(")");
  p->private_data = Make(private_data);
  p->move = Make(kMove);
  // Built with append, not operator+: g++ 12 warns falsely on that (-Warray-bounds).
  std::string negated = "(?:";
  negated.append(kNegatedMove).append(kMove).append("|").append(kNegatedMoveCjk).append(kMove);
  negated.append(")");
  p->negated_move = Make(negated);
  p->address = Make(kAddress);
  p->local_address = Make(kLocalAddress);
  p->other_tool = Make(kOtherTool);
  p->reply = Make(kReply);
  std::string secret_only = "(?:";
  secret_only.append(kSecretOnly).append("|").append(SensitivePathPattern()).append(")");
  p->secret_only = Make(secret_only);
  p->extra = Make(kExtra);
  p->covert = Make(kCovert);
  p->user_chosen = Make(kUserChosen);
  p->protective = Make(kProtective);
  p->ask_user = Make(kAskUser);
  p->credential = Make(kCredential);
  p->ask_negated = Make(kAskNegated);
  p->login_at = Make(kLoginAt);
  p->contents_of = Make(kContentsOf);
  p->param_negated = Make(kParamNegated);
  p->path_ref = Make(kPathRef);
  p->data_name = Make(kDataName);
  for (const auto* re :
       {p->private_data.get(),  p->move.get(),        p->negated_move.get(),  p->address.get(),
        p->local_address.get(), p->other_tool.get(),  p->reply.get(),         p->secret_only.get(),
        p->extra.get(),         p->covert.get(),      p->user_chosen.get(),   p->ask_user.get(),
        p->credential.get(),    p->ask_negated.get(),     p->protective.get(),
        p->login_at.get(),      p->contents_of.get(), p->param_negated.get(), p->path_ref.get(),
        p->data_name.get()}) {
    if (!re->ok()) return MakeError("scanner: data flow pattern: " + re->error());
  }
  std::string gate = "(?:";
  gate.append(private_data).append("|").append(kCovert).append(")");
  p->private_or_covert = Make(gate);
  std::string solicitation_gate = "(?:";
  solicitation_gate.append(kCredential).append("|").append(kLoginAt).append(")");
  p->credential_or_login = Make(solicitation_gate);
  if (!p->private_or_covert->ok() || !p->credential_or_login->ok())
    return MakeError("scanner: data flow gate does not compile");
  std::unique_ptr<DataFlowCheck> check(new DataFlowCheck());
  check->p_ = std::move(p);
  return std::unique_ptr<const DataFlowCheck>(std::move(check));
}

bool DataFlowCheck::NameDenotesData(std::string_view lower_name) const {
  return re2::RE2::PartialMatch(lower_name, *p_->data_name);
}

namespace {

// Whether `sentence` (lower-case) names parameter `name` as the place data goes: the name (bare
// or quoted) right after "in/into/to/as/en/dans/im/em/в/到" or a word for field/parameter, or
// right before a particle or word that makes it the target ("`memo` に", "`tags` 字段").
bool NamesParameterAsTarget(std::string_view sentence, std::string_view name) {
  if (name.size() < 2) return false;
  const auto is_word = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  };
  for (std::size_t at = sentence.find(name); at != std::string_view::npos;
       at = sentence.find(name, at + 1)) {
    std::size_t b = at, e = at + name.size();
    if (b > 0 && is_word(sentence[b - 1])) continue;
    if (e < sentence.size() && is_word(sentence[e])) continue;
    // Step over the quotes around the name.
    while (b > 0 && std::string_view("`\"'").find(sentence[b - 1]) != std::string_view::npos) --b;
    if (b >= 3 && (sentence.substr(b - 3, 3) == "\xe3\x80\x8c")) b -= 3;  // 「
    while (e < sentence.size() &&
           std::string_view("`\"'").find(sentence[e]) != std::string_view::npos)
      ++e;
    if (sentence.substr(e, 3) == "\xe3\x80\x8d") e += 3;  // 」
    const std::string_view left = sentence.substr(b > 28 ? b - 28 : 0, b > 28 ? 28 : b);
    const std::string_view right = sentence.substr(e, 16);
    for (std::string_view word :
         {" in ", " into ", " to ", " as ", " under ", " en ", " em ", " dans ", " im ", " ins ",
          " nel ", " na ", " no ", " в ", "到", "入"}) {
      if (left.ends_with(word) || left.ends_with(std::string(word) + "the ")) return true;
    }
    for (std::string_view word : {"field", "parameter", "param", "argument", "campo", "champ",
                                  "feld", "parámetro", "paramètre", "parâmetro", "fältet", "kolom",
                                  "pole", "поле", "параметр", "字段", "参数"}) {
      if (left.find(word) != std::string_view::npos) return true;
    }
    for (std::string_view word :
         {" field", " parameter", " param", " argument", "字段", "参数", "フィールド", "パラメータ",
          "필드", "에", "に", "へ", " に", " 에", " 字段", " フィールド", " パラメータ", " 필드"}) {
      if (right.starts_with(word)) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<DataFlowCheck::Hit> DataFlowCheck::FindFlow(
    std::string_view text, const std::vector<std::string>& params) const {
  if (text.size() < 16) return std::nullopt;
  const Patterns& p = *p_;
  using re2::RE2;
  // Most texts move nothing, or name no private data and hide nothing: passes over the whole
  // text decide before any splitting.
  if (!RE2::PartialMatch(text, *p.private_or_covert) || !RE2::PartialMatch(text, *p.move))
    return std::nullopt;
  std::string_view previous;
  for (std::string_view sentence : SplitSentences(text)) {
    while (!sentence.empty() && sentence.front() == ' ') sentence.remove_prefix(1);
    const bool example = IsQuotedExample(previous, sentence);
    previous = sentence;
    if (example) continue;
    if (sentence.size() < 12) continue;
    // Any data sent covertly counts ("send the document and the user name to ... without
    // telling the user"); otherwise it must be private. The cheap tests first, the guards only
    // for a sentence that has a sink.
    if (!RE2::PartialMatch(sentence, *p.private_or_covert) ||
        !RE2::PartialMatch(sentence, *p.move))
      continue;
    const bool covert = RE2::PartialMatch(sentence, *p.covert);
    const bool private_data = !covert || RE2::PartialMatch(sentence, *p.private_data);
    const bool added = covert || RE2::PartialMatch(sentence, *p.extra);
    // An outside address or another tool, as an added or hidden step.
    bool sink = added && ((RE2::PartialMatch(sentence, *p.address) &&
                           !RE2::PartialMatch(sentence, *p.local_address)) ||
                          RE2::PartialMatch(sentence, *p.other_tool));
    // The reply, for secrets (what the user sees is not where secrets go).
    if (!sink) {
      sink = RE2::PartialMatch(sentence, *p.reply) && RE2::PartialMatch(sentence, *p.secret_only);
    }
    // A parameter of this tool whose name does not denote the data.
    if (!sink && private_data && !params.empty()) {
      const std::string lower = core::AsciiLower(sentence);
      for (const std::string& name : params) {
        if (NamesParameterAsTarget(lower, name) && !NameDenotesData(name)) {
          sink = true;
          break;
        }
      }
    }
    if (!sink) continue;
    if (RE2::PartialMatch(sentence, *p.negated_move) || CitesQuotedWording(sentence) ||
        RE2::PartialMatch(sentence, *p.user_chosen) ||
        (!covert && RE2::PartialMatch(sentence, *p.protective)))
      continue;
    return Hit{"exfiltration.private_data_flow",
               "Moves the user's private data (credentials, payment or identity data, contacts, "
               "the conversation, secret files) to an outside address, another tool, the reply "
               "or an unrelated parameter.",
               std::string(sentence)};
  }
  return std::nullopt;
}

std::optional<DataFlowCheck::Hit> DataFlowCheck::FindSolicitation(std::string_view text) const {
  if (text.size() < 16) return std::nullopt;
  const Patterns& p = *p_;
  using re2::RE2;
  if (!RE2::PartialMatch(text, *p.credential_or_login)) return std::nullopt;
  std::string_view previous;
  for (std::string_view sentence : SplitSentences(text)) {
    while (!sentence.empty() && sentence.front() == ' ') sentence.remove_prefix(1);
    const bool example = IsQuotedExample(previous, sentence);
    previous = sentence;
    if (example) continue;
    if ((!RE2::PartialMatch(sentence, *p.credential) &&
         !RE2::PartialMatch(sentence, *p.login_at)) ||
        !RE2::PartialMatch(sentence, *p.ask_user))
      continue;
    if (RE2::PartialMatch(sentence, *p.ask_negated) || CitesQuotedWording(sentence)) continue;
    return Hit{"credential.solicitation",
               "Asks the user for a credential no tool should collect through the model (a "
               "one-time code, recovery phrase, bank or e-mail password, card number).",
               std::string(sentence)};
  }
  return std::nullopt;
}

std::optional<std::string> DataFlowCheck::ParameterAsks(std::string_view lower_name,
                                                        std::string_view description) const {
  if (description.size() < 8 || NameDenotesData(lower_name)) return std::nullopt;
  // A label ("Secret value", "API key") names what the parameter is; an ask is a sentence.
  const auto spaces = std::count(description.begin(), description.end(), ' ');
  const auto wide = std::count_if(description.begin(), description.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0x80) != 0;
  });
  if (spaces < 3 && wide < 12) return std::nullopt;
  const Patterns& p = *p_;
  using re2::RE2;
  re2::StringPiece what;
  if (!p.private_data->Match(description, 0, description.size(), RE2::UNANCHORED, &what, 1))
    return std::nullopt;
  // The value itself (the contents, all of them), not a path to it or a mention of it.
  if (!RE2::PartialMatch(description, *p.contents_of) &&
      !RE2::PartialMatch(description, *p.ask_user) && !RE2::PartialMatch(description, *p.move))
    return std::nullopt;
  if (RE2::PartialMatch(description, *p.param_negated) || CitesQuotedWording(description)) return std::nullopt;
  if (RE2::PartialMatch(description, *p.path_ref) &&
      !RE2::PartialMatch(description, *p.contents_of))
    return std::nullopt;
  return std::string(what.data(), what.size());
}

}  // namespace mcpgw::scanner
