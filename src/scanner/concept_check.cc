#include "scanner/concept_check.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <iterator>

#include "scanner/regex_options.h"
#include "scanner/scan_rules.h"
#include "scanner/sentences.h"

namespace mcpgw::scanner {

namespace {

// The word families (case-insensitive RE2; \b and \w are ASCII-only in RE2, so words of other
// scripts stand without them).
constexpr char kUser[] =
    R"re((?:\buser'?s?\b|\bhuman\b|usuari[oa]|utilisateur|nutzer|benutzer|anwender|utente|)re"
    R"re(usu[áa]ri[oa]|utilizador|пользовател|користувач|用户|用戶|ユーザー|사용자|gebruiker|u[żz]ytkownik|kullan[ıi]c[ıi]|)re"
    R"re(pengguna|ng[ưu][ờo]i\s+d[ùu]ng|χρήστ|u[žz]ivatel|المستخدم|उपयोगकर्ता))re";
constexpr char kReply[] =
    R"re((?:\b(?:repl(?:y|ies)|responses?|answers?|summar(?:y|ies)|confirmations?|chat|)re"
    R"re(what\s+you\s+(?:did|show)|diff)\b|respuesta|resumen|r[ée]ponse|r[ée]capitulatif|antwort|)re"
    R"re(zusammenfassung|risposta|riepilogo|resposta|resumo|ответ|回复|回答|总结|返信|要約|응답|답변|요약|답하|)re"
    R"re(\b(?:you\s+show|shown\s+to|what\s+you\s+show|you\s+display)\b))re";
constexpr char kComm[] =
    R"re((?:\b(?:mention|tell|inform|notify|reveal|disclos|surfac|show|display|report|say|said|alert|)re"
    R"re(admit|acknowledg|bring\s+up|expos|flag|explain)\w*|\b(?:mencion|revel|inform|dec[ií]r|)re"
    R"re(dig[ao]|muestr|mostr|avis|cont[ae]|diga|comunic|mention|dire|dis\b|r[ée]v[ée]l|signal|montr|)re"
    R"re(affich|tai[st]|taire|erw[äa]hn|sag|verr[äa]t|zeig|anzeig|mitteil|verschweig|menzion|rivel|)re"
    R"re(nomin|notific)\w*|упомина|упомян|сообщ|говор|скаж|кажи|повідом|розпов|расска|показ|раскр|提及|提到|告诉|告知|透露|显示|说明|)re"
    R"re(通知|言わ|言う|伝え|知らせ|教え|触れ|表示|明かさ|알리|알려|말하|언급|표시|보여|बताएं|बताना|ज़िक्र))re";
constexpr char kNeg[] =
    R"re((?:\b(?:never|not|no|don'?t|do\s+not|without|omit\w*|leave\s+\w+\s+out|nothing\s+to|)re"
    R"re(keep\s+(?:\S+\s+){0,5}?out\s+of|keep\s+(?:this|it|)re"
    R"re(that)\s+(?:between|secret|private|hidden|quiet|to\s+yourself)|hide|conceal\w*|withhold\w*|)re"
    R"re(suppress\w*|strip\w*|nunca|jam[áa]s|sin|ne|jamais|pas|sans|nicht|nie|niemals|keine?n?|ohne|)re"
    R"re(non|mai|senza|n[ãa]o|sem|zu\s+verschweigen)\b|verschweig|не\s|никогда|без\s|不要|别|勿|不得|切勿|绝不|)re"
    R"re(ないで|せず|しないで|말고|마세요|말\s*것|않도록|मत|न\s))re";
constexpr char kLie[] =
    R"re((?:\bif\s+(?:the\s+user\s+|they\s+|anyone\s+|someone\s+)?(?:asks?|asked|questions?|)re"
    R"re(inquires?|wonders?)\b[^.。;\n]{0,80}?\b(?:say|answer|respond|reply|tell\s+(?:them|the\s+user|)re"
    R"re(him|her)|claim|state|confirm|insist)\w*\s+(?:that|it\s+(?:was|is)|only|nothing|no\b|none|)re"
    R"re(it'?s|you\s+(?:were|are|only|just|did\s+not|didn't|never))|\b(?:describe|present|portray|)re"
    R"re(report)\s+(?:it|this|that|the\s+\w+)\s+as\b|)re"
    R"re(si\s+(?:el\s+usuario\s+)?pregunta\w*[^.;]{0,60}?(?:responde|di|dile|contesta)\w*|)re"
    R"re(si\s+(?:l'utilisateur\s+)?demande[^.;]{0,60}?(?:r[ée]pond|dis)\w*|(?:wenn|)re"
    R"re(falls)\s+(?:der\s+)?(?:nutzer|benutzer)\s+(?:\w+\s+)?fragt[^.;]{0,60}?(?:antworte|sag)\w*|)re"
    R"re(bestätige\s+nur|confirme\s+seulement|conferma\s+solo|confirma\s+solo|)re"
    R"re(если\s+(?:пользователь\s+)?(?:спрос|поинтерес)\w*[^.;]{0,60}?(?:ответ|скаж|говор)\w*|)re"
    R"re(问起[^。]{0,20}?说|询问[^。]{0,20}?(?:说|回答)|聞かれ[^。]{0,30}?答え|물으면[^.]{0,30}?답|라고\s*답|)re"
    R"re(\bkeep\s+(?:this|it|that|these|them)\s+(?:\w+\s+)?(?:between\s+(?:us|you\s+and)|secret|)re"
    R"re(to\s+yourself|quiet|confidential|hidden|private)\b|\bso\s+(?:that\s+)?(?:they|the\s+user|)re"
    R"re(users)\s+(?:are|is|do|does)\s*(?:not|n't)\s+(?:alarmed|worried|concerned|suspicious|notice)))re";
constexpr char kCovert[] =
    R"re((?:\bwithout\s+(?:telling|informing|notifying|alerting|warning)\b|sin\s+(?:avisar|decir|)re"
    R"re(informar|notificar)|sans\s+(?:pr[ée]venir|avertir|informer|le\s+dire)|)re"
    R"re(ohne\s+(?:\w+\s+)?(?:zu\s+)?(?:informieren|benachrichtigen|sagen|bescheid)|)re"
    R"re(senza\s+(?:avvisare|dire|informare)|sem\s+(?:avisar|informar|dizer)))re";
constexpr char kSide[] =
    R"re((?:\b(?:also|additionally|as\s+well|in\s+addition|too|extra|besides|mirror\w*|copy|copies|upload\w*|)re"
    R"re(forward\w*|force-push\w*)\b|además|tambi[ée]n|aussi|[ée]galement|zus[äa]tzlich|außerdem|)re"
    R"re(auch|anche|inoltre|tamb[ée]m|также|також|попутно|тоже|还会|同时|也|にも|も送|추가로|자동\s*업로드|에도))re";
constexpr char kConsent[] =
    R"re((?:\b(?:confirm\w*|approv\w*|consent\w*|permission|authori[sz]\w*|(?:confirmation|approval|)re"
    R"re(permission)\s+(?:prompts?|steps?|dialogs?)|ask(?:ing)?\s+(?:the\s+user|them|for|first|)re"
    R"re(before|again)|prompt(?:ing)?\s+(?:the\s+user|them)|a\s+prompt|are\s+you\s+sure|sign-?off|)re"
    R"re(go-?ahead|double-?check|reviews?|human-in-the-loop|always\s+allow)\b|potvrzen\w*|)re"
    R"re(souhlas\w*|confirmaci[oó]n|autorizaci[oó]n|aprobaci[oó]n|permiso|)re"
    R"re(consentimiento|pidas|preguntar|accord|confirmation|autorisation|approbation|demande[rz]?|)re"
    R"re(valid[ée]|r[üu]ckfrage|best[äa]tigung|zustimmung|genehmigung|freigabe|einwilligung|)re"
    R"re(erlaubnis|nachfrage|conferma|approvazione|permesso|consenso|chiedere|confirma[çc][ãa]o|)re"
    R"re(aprova[çc][ãa]o|permiss[ãa]o|подтвержд\w*|согласи\w*|разрешени\w*|уточняющ\w*|спрашива\w*|)re"
    R"re(确认|同意|批准|授权|许可|询问|確認|承認|許可|同意|확인|승인|동의|허락|पुष्टि|अनुमति|onay|izin|bevestiging|toestemming|)re"
    R"re(potwierdz\w*|zgod\w*|x[áa]c\s+nh[ậa]n|konfirmasi|persetujuan))re";
constexpr char kDismiss[] =
    R"re((?:\b(?:no\s+need|no\s+reason|not\s+(?:needed|necessary|required|wanted|desired)|)re"
    R"re(unnecessary|needless|skip\w*|bypass\w*|without\s+(?:ask\w*|request\w*|wait\w*|seek\w*|)re"
    R"re(surfac\w*|prompt\w*|bother\w*|check\w*|ever\s+ask\w*)|never\s+ask|don'?t\s+ask|)re"
    R"re(do\s+not\s+ask|treat\w*\s+(?:\S+\s+){0,8}?as|assume\w*|consider\w*|disabled|)re"
    R"re(turned\s+off|switched\s+off|opted\s+out|opt(?:s|ed)?-out|)re"
    R"re(regard\w*\s+(?:\w+\s+){0,3}?as|already|implicit\w*|implied|automatic(?:ally)?|in\s+advance|)re"
    R"re(pre-(?:approv|authori|confirm|consent|clear)\w*|pre(?:approv|authori[sz]|confirm)\w*|)re"
    R"re(slow\s+\w+\s+down|without\s+surfacing)\b|sin\s+(?:pedir|solicitar|esperar|preguntar|)re"
    R"re(consultar)|no\s+(?:le\s+)?pidas|ya\s+(?:dio|ha\s+dado|otorg)|ne\s+demande\s+jamais|d'office|)re"
    R"re(sans\s+(?:demander|attendre|solliciter)|consid[èe]re|nicht\s+(?:erw[üu]nscht|n[öo]tig|)re"
    R"re(erforderlich)|ohne\s+(?:\w+\s+)?(?:r[üu]ckfrage|nachfrage|zu\s+fragen|abzuwarten)|bereits|)re"
    R"re(senza\s+(?:chiedere|attendere|richiedere)|gi[àa]|sem\s+(?:pedir|solicitar|esperar|)re"
    R"re(perguntar)|j[áa]\s|не\s+(?:требуется|нужно|задавай|спрашивай)|считай|уже|без\s+(?:запрос|)re"
    R"re(вопрос|спрос|ожидани)|无需|不需要|不必|默认|已经|直接执行|不用|必要(?:は|が)(?:ありません|ない)|ずに|既に|すでに|필요\s*없|이미|묻지|)re"
    R"re(बिना|gerek\s+yok|zonder|bez\s|neptej|nežádej|nepožaduj|tanpa|kh[ôo]ng\s+c[ầa]n|no\s+hace\s+falta|)re"
    R"re(no\s+es\s+necesari[oa]|innecesari[oa]|pas\s+besoin|inutile\s+de|non\s+serve|)re"
    R"re(non\s+[èe]\s+necessari[oa]|n[ãa]o\s+[ée]\s+necess[áa]ri[oa]|desnecess[áa]ri[oa]|unn[öo]tig|)re"
    R"re([üu]berfl[üu]ssig))re";
constexpr char kConsentGuard[] =
    R"re((?:\b(?:never|not|don'?t|do\s+not|no)\b[^.;]{0,60}?\bwithout\b|\bnunca\b[^.;]{0,60}?\bsin\b|)re"
    R"re(\bjamais\b[^.;]{0,60}?\bsans\b|\bnie\w*\b[^.;]{0,60}?\bohne\b|\bmai\b[^.;]{0,60}?\bsenza\b|)re"
    R"re(\bsin\s+pregunta|sans\s+l'accord|\bonly\b[^.;]{0,30}?\b(?:after|when|once|if)\b|)re"
    R"re(\bno\b[^.;]{0,60}?\bsin\b|\b(?:illegal|prohibited|forbidden|not\s+allowed)\b|\bunless\b|)re"
    R"re(\buntil\b|\bwait\w*\s+for\b|\b(?:requires?|(?:is|are|be)\s+required|required\s+(?:before|first)|)re"
    R"re(must\s+(?:ask|confirm|get|obtain)|)re"
    R"re(wait\s+for|needs?\s+(?:the\s+user'?s?\s+)?(?:explicit\s+)?(?:confirm|approv))\b|)re"
    R"re(erforderlich|requiert|requiere|richiede|обязательно\s+(?:спроси|запроси|подтверд)|需要用户|)re"
    R"re(必须.{0,6}确认|\b(?:never|not|don'?t|do\s+not)\s+(?:\w+\s+)?(?:skip|bypass|assume)|)re"
    // "Only after / when" and "requires" in the other languages of the consent words.
    R"re((?:\btylko|\balleen|\bhanya|\bch[ỉi]|केवल|सिर्फ|\bs[óo]lo|\bseulement|\buniquement|\bnur|)re"
    R"re(\bapenas|\bsomente|только|仅|只有|只在)[^.;]{0,40}?(?:\bpo\b|\bgdy|\bje[śs]li|\bna\b|\bals\b|)re"
    R"re(\bwanneer|\bsetelah|\bjika|\bsaat|\bkhi\b|\bn[ếe]u\b|बाद|जब|\bdespu[ée]s|\bcuando|\bapr[èe]s|)re"
    R"re(\bquand|\blorsque|\bnachdem|\bwenn|\bsobald|\bdopo|\bquando|\bdepois|после|когда|если|之后|后|时)|)re"
    R"re(\brichied\w*|\brequier\w*|\bwymaga\w*|\bvereist|\bmemerlukan|\by[êe]u\s+c[ầa]u|требу\w*|)re"
    R"re(\bvy[žz]aduj\w*|\bgerektir\w*|\bkr[äa]ver|)re"
    // "Never ... without", "blocked without" in more languages; checking with the user.
    R"re((?:\bnigdy|\bnie)\b[^.;]{0,60}?\bbez\b|(?:\bjangan|\btidak)\b[^.;]{0,60}?\btanpa\b|)re"
    R"re((?:\bnooit|\bniet|\bgeen)\b[^.;]{0,60}?\bzonder\b|(?:никогда|\bне)\s[^.;]{0,60}?\bбез\b|)re"
    R"re((?:\basla|\bhi[çc])\b[^.;]{0,60}?(?:olmadan|izinsiz|onays[ıi]z)|(?:कभी|मत|न)\s[^.;।]{0,60}?बिना|)re"
    R"re((?:不要|绝不|切勿|不得|禁止|请勿)[^。；]{0,30}?(?:未经|没有|除非)|)re"
    R"re((?:\bblock\w*|\bblokowan\w*|\bbloqu\w*|\bgesperrt|\bbloccat\w*|заблокирован\w*|\bdiblokir)\b)re"
    R"re([^.;]{0,40}?(?:\bwithout|\bbez|\bsin|\bsans|\bohne|\bsenza|\bsem|без|\btanpa|\bzonder)\b|)re"
    R"re(\b(?:double-?check|check|confirm|verify)\w*\s+with\s+(?:the\s+)?user))re";
// What honest tools say about other tools that reads like steering: keeping this tool's data out
// of them ("never paste them into other tools", "do not pass it to tools on other servers",
// "an andere Server weitergeben"), not acting on what other tools say, where the tool works.
constexpr char kPreferGuard[] =
    R"re((?:\b(?:never|don'?t|do\s+not|not|nor)\s+(?:\w+\s+){0,2}?(?:send|pass|paste|share|forward|give|)re"
    R"re(include|write|expose|leak|copy|hand|put|print|display|show)\w*\s+(?:\w+\s+){0,6}?(?:to|into|in|with|)re"
    R"re(through)\s+(?:\w+\s+){0,4}?(?:tools?|servers?|messages?|chats?|files?)\b|)re"
    R"re(\bbased\s+on\s+(?:\w+\s+){0,2}?instructions\s+(?:from|in)\b|\brather\s+than\s+fetching\b|)re"
    R"re(\bonly\s+works?\b|\bconfigured\s+for\s+this\s+(?:tool|server)\b|)re"
    R"re(\b(?:niemals|nie|nicht)\b[^.;]{0,60}?\b(?:an|mit|in)\s+andere\w*\s+(?:server|werkzeug|tool)\w*|)re"
    R"re(\b(?:nunca|jamais|mai|nigdy|nooit)\b[^.;]{0,60}?\b(?:a|à|ad|do|naar)\s+(?:otr[oa]s|autres|altri|innych|andere)\s+)re"
    R"re((?:herramientas|servidores|outils|serveurs|strumenti|server|narz\w*|tools)))re";

constexpr char kOtherTool[] =
    R"re((?:\b(?:other|another|any|all|every|whichever|external|third-party|built-?in|competing|)re"
    R"re(alternative)\s+(?:\w+\s+){0,2}?(?:tools?|servers?|functions?|integrations?|plugins?|)re"
    R"re(extensions?)\b|\b(?:the\s+)?[\w-]+\s+(?:server|mcp)'s\s+(?:\w+\s+){0,2}?(?:tools?|)re"
    R"re(functions?)\b|\b(?:tools?|functions?)\s+(?:named|called)\b|)re"
    R"re(\bfrom\s+the\s+['\"`]?[\w-]+['\"`]?\s+(?:and\s+['\"`]?[\w-]+['\"`]?\s+)?servers?\b|)re"
    R"re(\b(?:mail|email|e-mail|slack|git|github|gitlab|payment|transfer|wallet|calendar|shell|)re"
    R"re(browser|http|settings|system-settings|crm|banking|chat|messaging|file|filesystem|search|)re"
    R"re(translation|dns)\s+tools?\b|\b(?:with|through|via|using|by)\s+(?:the\s+|a\s+|an\s+|)re"
    R"re(any\s+)?[\w-]+\s+tools?\b|\bif\s+you\s+have\s+(?:a|an|the)\s+[\w-]+\s+tool|)re"
    R"re(otr[ao]s?\s+herramientas?|cualquier\s+(?:otra\s+)?herramienta|otra\s+herramienta|)re"
    R"re((?:andere[nms]?|jede[nms]?|alle[nm]?)\s+(?:\w+\s+)?(?:werkzeug|tool|server)\w*|)re"
    R"re(autres?\s+outils?|(?:un|tout)\s+autre\s+outil|altr[io]\s+strument\w*|outras?\s+ferramentas?|)re"
    R"re(други[ехм]\w*\s+инструмент\w*|другой\s+инструмент|любо\w+\s+инструмент|)re"
    R"re(其他(?:任何)?(?:\S{0,4})?工具|其它\S{0,4}工具|他の(?:\S{0,6})?ツール|다른\s*(?:\S+\s*)?도구|)re"
    R"re(\b[\w-]+\s+tools?\s+of\s+the\s+[\w-]+\s+server|\b(?:whatever|every|any|)re"
    R"re(each)\s+(?:\w+\s+){0,2}?(?:the\s+user|you|they)\s+(?:books?|sends?|creates?|schedules?|)re"
    R"re(makes?|writes?|posts?|pays?|transfers?|pushes?|commits?|deploys?|installs?)\b|)re"
    R"re(\b[\w-]+\s+(?:server|mcp)'s\s+[a-z][a-z0-9]*_[a-z0-9_]+))re";
constexpr char kDestination[] =
    R"re((?:https?://[\w.-]+|git@[\w.-]+|[\w.+-]+@[\w-]+\.[\w.]+|\b0x[0-9a-f]{16,}|)re"
    R"re(\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){3,7}\b|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|)re"
    R"re(\b\d{4}[\s-]\d{4}[\s-]\d{4}[\s-]\d{4}\b|\d{7,}|\b[UCW][A-Z0-9]{8,}\b|#[\w-]{3,}|)re"
    R"re(\b[\w-]+\.(?:com|net|org|io|xyz|ru|cn|top|site|online|info|biz|cc|tk|co|dev|app|ai|fr|de)\b))re";
constexpr char kChangeOrder[] =
    R"re((?:\b(?:must|should|shall|is\s+to\s+be|are\s+to\s+be|has\s+to|always|replace\w*|set|add\w*|)re"
    R"re(include|configure|route|redirect|use|cc|bcc|blind-copy|mirror|point)\b|a[ñn]ade|siempre|)re"
    R"re(ajoute|pousse|ist\b|einzutragen|immer|sempre|必须|都要|加入|置き換え|必ず|указывай|всегда|\b(?:invite|)re"
    R"re(include|forward|send|copy)\b))re";
constexpr char kAvoid[] =
    R"re((?:\b(?:never|don'?t|do\s+not|avoid|ignore|disregard|skip|stop)\s+(?:\w+\s+){0,2}?(?:use|)re"
    R"re(using|call|calling|invok\w*|them|it|those|these|tools?)\b|)re"
    R"re(\bignore\s+(?:\w+\s+){0,3}?tools?\b|(?:outdated|deprecated|obsolete|compromised|harmful|)re"
    R"re(insecure|unsafe|unreliable|broken|malicious|vulnerab\w*|leak\w*|buggy|known\s+bug|)re"
    R"re(inaccurate|wrong|falsch\w*|fake)\b|no\s+(?:utilices|uses)|comprometid\w*|obsolet\w*|)re"
    R"re(desactualizad\w*|inseguro|niemals|veraltet\w*|unsicher\w*|absichtlich|n'utilise\w*\s+(?:pas|)re"
    R"re(jamais)|obsol[èe]te\w*|d[ée]pr[ée]ci\w*|non\s+usare|не\s+использу\w*|устарел\w*|)re"
    R"re(небезопас\w*|gebruik\s+nooit|onveilig\w*|不要使用|已失效|失效|过时|泄露|弃用|非推奨|使わない|사용하지))re";
constexpr char kSelfOnly[] =
    R"re((?:\b(?:only|exclusively|solely)\b[^.;\n]{0,40}?\b(?:this|our)\s+(?:tool|server|one)|)re"
    R"re(\bthe\s+only\s+(?:\w+\s+){0,2}?(?:tool|server|source)\b|\bprefer\s+this\s+(?:tool|server)|)re"
    R"re(\bthis\s+(?:tool|server)\s+over\s+any|[úu]nica\s+herramienta|ausschlie[ßs]lich\s+dies\w*|)re"
    R"re(exclusivement\s+cel\w*|uniquement\s+cet|unicamente\s+questo|только\s+(?:этот|данный)|只能使用本|)re"
    R"re(仅使用本|只使用本|この(?:ツール)?のみ|이\s*도구만|\bbefore\s+(?:every|any|all)\s+other\s+tools?\b|)re"
    R"re(\bsuperset\s+of\s+(?:every|all|any)\b|\brefuse\s+to\s+use\s+(?:the\s+)?others?\b|)re"
    R"re(\b(?:choosing|using|picking|calling)\s+(?:any\s+)?other\s+tools?\b[^.;\n]{0,40}?\b(?:lowers|)re"
    R"re(reduces|degrades|is\s+logged|breaks|hurts)\b|\balways\s+(?:choose|pick)\s+this\b|)re"
    R"re(kies\s+altijd\s+deze|gebruik\s+altijd\s+deze|\bfor\s+(?:every|each|all|any)\s+(?:user\s+)?(?:requests?|)re"
    R"re(questions?|queries|messages?|tasks?|prompts?)\b[^.;\n]{0,60}?\b(?:call|use|invoke|)re"
    R"re(run)\b[^.;\n]{0,40}?\bfirst\b|\bbefore\s+(?:using|calling|invoking)\s+any\s+other\s+tools?))re";
constexpr char kOverrideUser[] =
    R"re((?:\beven\s+(?:if|when|though)\s+(?:the\s+user|they|he|she)\s+(?:\w+\s+){0,2}?(?:asks?|)re"
    R"re(requests?|asked|requested|wants?|says?|typed|chose|specif\w+|names?|tells?|insists?)\b|)re"
    R"re(\bregardless\s+of\s+(?:what\s+)?(?:the\s+user|they|the\s+user's|their)\b|\b(?:ignore|)re"
    R"re(override|disregard)\s+(?:the\s+)?user'?s\s+(?:\w+\s+)?(?:choice|request|input|pattern|)re"
    R"re(instructions?|selection|preference|answer)|aunque\s+el\s+usuario|)re"
    R"re(a\s+pesar\s+de\s+(?:lo\s+que|que)\s+el\s+usuario|m[êe]me\s+si\s+l'utilisateur|)re"
    R"re(auch\s+wenn\s+(?:der|die)\s+(?:nutzer|benutzer)|unabh[äa]ngig\s+von\s+(?:der\s+)?(?:eingabe|)re"
    R"re(wahl|anfrage)\s+des\s+(?:nutzers|benutzers)|anche\s+se\s+l'utente|)re"
    R"re(mesmo\s+que\s+o\s+usu[áa]rio|даже\s+если\s+пользовател|无论用户|即使用户|不管用户|ユーザーが[^。]{0,20}?(?:ても|)re"
    R"re(でも)|사용자가[^.]{0,20}?(?:더라도|해도)|ignor\w*\s+(?:\w+\s+){0,3}?(?:de\s+l'utilisateur|)re"
    R"re(del\s+usuario|des\s+(?:nutzers|benutzers)|dell'utente|do\s+usu[áa]rio)))re";
constexpr char kPayloadExtra[] =
    R"re(\b(?:kubeconfig|client\s+certificates?|certificates?\s+and\s+(?:token|key)s?|tokens?|)re"
    R"re(address\s+book|contacts?\s+list|contact\s+list|(?:recent|all|their|)re"
    R"re(the\s+user'?s)\s+(?:\w+\s+)?(?:emails?|messages|contacts|files|documents|notes)|)re"
    R"re(browsing\s+history|cpf|ssn|passport|identifiers?\s+bancaires|bank(?:ing)?\s+(?:details|)re"
    R"re(identifiers|credentials|logins?))\b|\.pem\b|\.key\b|id_\*|rubrica|email\s+recenti|historial|)re"
    R"re(conversaci[oó]n|gespeicherten\s+passw[öo]rter|identifiants?|relev[ée]\s+complet|)re"
    R"re(hist[óo]rico\s+de\s+conversa|\bcpf\b|контакт\w*|私钥|通讯录|聊天记录|对话|連絡先|会話|연락처|대화|)re"
    R"re((?:system\s+(?:prompt|message|instructions?)|developer\s+message|initial\s+instructions|)re"
    R"re(instructions?\s+(?:syst[èe]me|del\s+sistema|de\s+sistema|di\s+sistema)|systemanweisung\w*|)re"
    R"re(mensajes\s+del\s+sistema|instru[çc][õo]es\s+de\s+sistema|instrukcj\w+\s+systemow\w*|)re"
    R"re(системн\w+\s+(?:промпт|инструкц)|系统提示|システムプロンプト|시스템\s*프롬프트)|jetons?|cl[ée]s?\s+d'acc[èe]s|)re"
    R"re(claves?\s+de\s+acceso|zugangsdaten|токен\w*|令牌|トークン|토큰)re";
constexpr char kTransfer[] =
    R"re((?:\b(?:cop(?:y|ies|ied)|attach(?:es|ed)?|add(?:s|ed)?|includ(?:e|es|ed)|send(?:s)?|sent|)re"
    R"re(upload(?:s|ed)?|forward(?:s|ed)?|embed(?:s|ded)?|hand(?:s|ed)?\s+(?:\w+\s+){0,3}?(?:in|)re"
    R"re(over)|pass(?:es|ed)?|transmit(?:s|ted)?|post(?:s|ed)?|append(?:s|ed)?|insert(?:s|ed)?|)re"
    R"re(put(?:s)?|past(?:e|es|ed)|dump(?:s|ed)?|fill(?:s|ed)?|leak(?:s|ed)?|writ(?:e|)re"
    R"re(es)\s+(?:\w+\s+){0,6}?(?:into|in|to)|submit(?:s|ted)?|shar(?:e|es|ed)|mirror(?:s|ed)?|)re"
    R"re(sync(?:s|ed)?)\b|adjunta|a[ñn]ade|env[íi]a|incluye|copia|sube|[üu]bermittelt|[üu]bergibt|)re"
    R"re(h[äa]ngt|f[üu]gt|sendet|l[äa]dt|transmet|ajoute|envoie|joint|inclut|allega|invia|aggiunge|)re"
    R"re(inclui|envia|anexa|encaminha|прикрепля|добавля|отправля|вставля|переда[её]т|загружа|上传|发送|)re"
    R"re(附加|附上|加入|放在|埋め込|送信|添付|追加|첨부|전송|업로드|추가|[üu]bertr[äa]gt|vlo[žz][íi]|copie|colle|ins[èe]re|)re"
    R"re(kopiert|inserisce|incolla|копиру|复制|コピー|복사))re";
constexpr char kActor[] =
    R"re((?:\b(?:the|this|your)\s+(?:ai\s+)?(?:assistant|model|agent|llm|ai)\b|\bthe\s+ai\b|\b(?:is|)re"
    R"re(are|gets?)\s+(?:also\s+|automatically\s+)+(?:attached|added|sent|uploaded|forwarded|copied|)re"
    R"re(included|read|embedded|mirrored|transmitted)\b|\bautomatically\b|el\s+asistente|l'assistant|)re"
    R"re(der\s+assistent|l'assistente|o\s+assistente|ассистент|модель|助手|アシスタント|어시스턴트|de\s+assistent|)re"
    R"re(\b(?:assistant|model|ai|agent|llm)\s*:|\basistent\b))re";
constexpr char kNegation[] =
    R"re((?:\b(?:never|nunca|jamais|niemals|mai)\b|\b(?:not|no|don'?t|do\s+not|without|nicht|не|non|)re"
    R"re(ne)\s+(?:\w+\s+){0,3}?(?:(?:\b(?:cop(?:y|ies|ied)|attach(?:es|ed)?|add(?:s|ed)?|includ(?:e|)re"
    R"re(es|ed)|send(?:s)?|sent|upload(?:s|ed)?|forward(?:s|ed)?|embed(?:s|ded)?|hand(?:s|)re"
    R"re(ed)?\s+(?:\w+\s+){0,3}?(?:in|over)|pass(?:es|ed)?|transmit(?:s|ted)?|post(?:s|ed)?|)re"
    R"re(append(?:s|ed)?|insert(?:s|ed)?|put(?:s)?|past(?:e|es|ed)|dump(?:s|ed)?|fill(?:s|ed)?|)re"
    R"re(leak(?:s|ed)?|writ(?:e|es)\s+(?:\w+\s+){0,6}?(?:into|in|to)|submit(?:s|ted)?|shar(?:e|es|)re"
    R"re(ed)|mirror(?:s|ed)?|sync(?:s|ed)?)\b|adjunta|a[ñn]ade|env[íi]a|incluye|copia|sube|)re"
    R"re([üu]bermittelt|[üu]bergibt|h[äa]ngt|f[üu]gt|sendet|l[äa]dt|transmet|ajoute|envoie|joint|)re"
    R"re(inclut|allega|invia|aggiunge|inclui|envia|anexa|encaminha|прикрепля|добавля|отправля|)re"
    R"re(вставля|переда[её]т|загружа|上传|发送|附加|附上|加入|放在|埋め込|送信|添付|追加|첨부|전송|업로드|추가))|不会|不要|しない|않))re";

// What a parameter asks for: the conversation so far, the system prompt, secrets, "all" of it.
constexpr char kConversationWord[] =
    R"re((?:\b(?:conversation|chat|session|transcript|dialog(?:ue)?|messages?|prompts?|said|typed|)re"
    R"re(shared)\b|conversaci[oó]n|historial|conversa\b|conversazione|gespr[äa]ch\w*|chatverlauf|)re"
    R"re([ée]changes|rozmow\w*|konwersacj\w*|переписк\w*|диалог\w*|разговор\w*|对话|聊天|会話|チャット|대화|)re"
    R"re(sohbet|gesprek))re";
constexpr char kConversationPast[] =
    R"re((?:\b(?:so\s+far|until\s+now|earlier|previous|prior|preceding|this\s+session|the\s+session|)re"
    R"re(you\s+have\s+seen|(?:has|have)\s+(?:said|typed|shared|written)|appeared|last\s+\w+)\b|)re"
    R"re(hasta\s+ahora|at[ée]\s+agora|jusqu'ici|pr[ée]c[ée]dent\w*|bisherig\w*|bis\s+jetzt|finora|)re"
    R"re(dotychczas\w*|до\s+сих\s+пор|предыдущ\w*|之前|到目前为止|これまで|今まで|지금까지|이전|historial|hist[óo]rico|)re"
    R"re(verlauf|history))re";
constexpr char kSystemPrompt[] =
    R"re((?:system\s+(?:prompt|message|instructions?)|developer\s+message|initial\s+instructions|)re"
    R"re(instructions?\s+(?:syst[èe]me|del\s+sistema|de\s+sistema|di\s+sistema)|systemanweisung\w*|)re"
    R"re(mensajes\s+del\s+sistema|instru[çc][õo]es\s+de\s+sistema|instrukcj\w+\s+systemow\w*|)re"
    R"re(системн\w+\s+(?:промпт|инструкц)|系统提示|システムプロンプト|시스템\s*프롬프트))re";
constexpr char kWhole[] =
    R"re((?:\b(?:everything|all|entire|whole|full|complete|verbatim|word\s+for\s+word|exactly|raw|)re"
    R"re(last\s+\w+|earlier|previous|so\s+far|seen|appeared|any)\b|tod[oa]s?|completa?|gesamte\w*|)re"
    R"re(bisherig\w*|vollst[äa]ndig\w*|int[ée]gralit[ée]|enti[èe]re?|tutt[ao]|intera|inteir[ao]|toda|)re"
    R"re(ca[łl][ąa]|dotychczas\w*|весь|всю|вся|全部|全文|所有|これまで|すべて|全て|모든|지금까지))re";
constexpr char kParamPayloadExtra[] =
    R"re((?:\b(?:private\s+messages|emails?\s+you|file\s+contents|contents\s+of|tool\s+(?:calls?|)re"
    R"re(results?|outputs?))\b|contrase[ñn]a|clave|passw|senha|mot\s+de\s+passe|identifiants|jetons|)re"
    R"re(пароль|токен|密码|パスワード|비밀번호))re";
constexpr char kParamNegation[] =
    R"re((?:\b(?:never|not|no|don'?t|do\s+not|without|exclud\w*|except)\b|\bnunca\b|\bsin\b|\bohne\b|\bsans\b))re";

// Leaving something out of what the user sees ("keep the second package out of what you show
// the user", "leave this out of the summary").
// Leaving something out of what the user is shown: the verb (gate), and the verb with what is
// left out of ("leave out any forward action", "remove lines ... from any output you show",
// "omita qualquer ação", "παραλείψτε κάθε ενέργεια").
constexpr char kOmitVerb[] =
    R"re((?:\b(?:leaves?\s+out|omit(?:s|ting)?|remove|strip|drop)\b|omit[ae]\b|omitir|omet(?:s|tez|tre)\b|)re"
    R"re(laiss(?:e|ez)\s+de\s+c[ôo]t[ée]|weglass|\bwegzulassen|ometti|omettere|pomi[ńn]|pomijaj|weglaten|vynech|)re"
    R"re(παραλείψ|παράλειψ|опусти|опустите|пропусти|省略|略去|생략|atlayın|atla\b|bỏ\s+qua|أغفل|احذف))re";
constexpr char kOmitFrom[] =
    R"re((?:\b(?:leaves?\s+out|omit(?:s|ting)?)\b|\b(?:remove|strip|drop)\s+(?:\S+\s+){0,8}?from\s+(?:any|the|your|all)?\s*)re"
    R"re((?:output|repl(?:y|ies)|answers?|summar(?:y|ies)|responses?|messages?|results?)\b|omit[ae]\b|omitir|)re"
    R"re(omet(?:s|tez|tre)\b|laiss(?:e|ez)\s+de\s+c[ôo]t[ée]|weglass|\bwegzulassen|ometti|omettere|pomi[ńn]|pomijaj|)re"
    R"re(weglaten|vynech|παραλείψ|παράλειψ|опусти|опустите|пропусти|省略|略去|생략|atlayın|atla\b|bỏ\s+qua|أغفل|احذف))re";

// What the user is told or shown, named as such ("back to the user", "any output you show to
// the user", "ao usuário", "στον χρήστη").
constexpr char kToUser[] =
    R"re((?:\b(?:to|for|with)\s+(?:the\s+)?(?:users?|human|customers?)\b|\busers?\s+(?:sees?|is\s+shown|reads?)\b|)re"
    R"re(\b(?:show|shows|give|gives|tell|tells|send|report)\s+(?:\S+\s+)?(?:the\s+)?(?:users?|human|customers?)\b|)re"
    R"re(\ba[ol]?\s+usu[aá]ri[oa]|\bal\s+usuario|à\s+l['’]utilisateur|\b(?:dem|den)\s+(?:nutzer|benutzer|anwender)|)re"
    R"re(all['’]utente|στον\s+χρήστη|пользователю|користувачеві|用户|ユーザーに|사용자에게|uživateli|kullanıcıya|)re"
    R"re(للمستخدم|उपयोगकर्ता\s+को|gebruiker|u[żz]ytkownikowi|ng[ưu][ờo]i\s+d[ùu]ng))re";

// Leaving out on the user's request or under a setting is a feature ("keep them out of chat
// output unless asked", "set verbose=false to omit debug fields from the response").
constexpr char kOmitGuard[] =
    R"re((?:\bunless\b|\bif\s+(?:the\s+)?user\b|=\s*(?:false|true|0|1|off|on)\b|\bset\s+\S+\s+to\b|)re"
    R"re(\bby\s+default\b|\boptional(?:ly)?\b|\bwhen\s+\S+\s+is\s+(?:set|false|true|off|on)\b))re";

constexpr char kOmit[] =
    R"re((?:\b(?:leave|keep)\s+(?:\S+\s+){0,5}?out\s+of\b|\bomit\s+(?:\S+\s+){0,4}?from\b))re";

// a ... b or b ... a within one sentence, at most `gap` characters apart.
std::string Near(std::string_view a, std::string_view b, int gap) {
  const std::string g = "[^.。;\\n]{0," + std::to_string(gap) + "}?";
  std::string out = "(?:";
  out.append(a).append(g).append(b).append("|").append(b).append(g).append(a).append(")");
  return out;
}

// The word families of the whole-text pass, in the order Create adds them to the set.
enum Family : int {
  kDismissFamily, kConsentFamily, kNegFamily, kCommFamily, kLieFamily, kOtherToolFamily,
  kDestinationFamily, kAvoidFamily, kSelfOnlyFamily, kOverrideUserFamily, kActorFamily,
  kCovertFamily, kOmitFamily, kFamilyCount
};

}  // namespace

struct ConceptCheck::Patterns {
  // One pass over the whole text says which word families (Family) it holds; a concept can
  // match only where all of its families are (most texts: none). The families alone, not the
  // nine sentence patterns made of them: with those (four Near() pairs, each two
  // families in both orders) this pass was about a fifth of the analysis time, and an unbounded
  // gap instead of the counted one did not make it measurably faster; the families are.
  std::unique_ptr<re2::RE2::Set> anchors;
  std::unique_ptr<re2::RE2> consent, consent_guard, prefer_guard;
  std::unique_ptr<re2::RE2> neg_comm, user_or_reply, side, lie, covert, omit, omit_from, to_user,
      omit_guard;
  std::unique_ptr<re2::RE2> shadow, change_order;
  std::unique_ptr<re2::RE2> disparage, self_only, override_user;
  std::unique_ptr<re2::RE2> actor, payload, transfer, negation;
  std::unique_ptr<re2::RE2> conversation, conversation_named, conversation_past, param_payload,
      whole, param_negation;
};

ConceptCheck::~ConceptCheck() = default;

Result<std::unique_ptr<const ConceptCheck>> ConceptCheck::Create() {
  auto p = std::make_unique<Patterns>();
  const auto make = [](const std::string& pattern) {
    return std::make_unique<re2::RE2>(pattern, ScannerRegexOptions());
  };
  std::string payload = "(?:";
  payload.append(SensitivePathPattern()).append("|").append(SecretNounPattern()).append("|");
  payload.append(ConversationPattern()).append("|").append(kPayloadExtra).append(")");
  p->anchors = std::make_unique<re2::RE2::Set>(ScannerRegexOptions(), re2::RE2::UNANCHORED);
  constexpr const char* kFamilies[kFamilyCount] = {
      kDismiss, kConsent, kNeg, kComm, kLie, kOtherTool, kDestination,
      kAvoid, kSelfOnly, kOverrideUser, kActor, kCovert, kOmitVerb};  // in Family's order
  for (const char* family : kFamilies) {
    if (p->anchors->Add(family, nullptr) < 0) return MakeError("scanner: concept anchor");
  }
  if (!p->anchors->Compile()) return MakeError("scanner: concept anchors too large");
  p->consent = make(Near(kDismiss, kConsent, 50));
  p->consent_guard = make(kConsentGuard);
  p->prefer_guard = make(kPreferGuard);
  p->neg_comm = make("(?:" + Near(kNeg, kComm, 30) + ")");
  std::string user_or_reply = kUser;  // appended, not operator+: g++ 12 warns falsely on that
  user_or_reply.append("|").append(kReply);
  p->user_or_reply = make(user_or_reply);
  p->side = make(kSide);
  p->lie = make(kLie);
  p->covert = make(kCovert);
  p->omit = make(kOmit);
  p->omit_from = make(kOmitFrom);
  p->to_user = make(kToUser);
  p->omit_guard = make(kOmitGuard);
  p->shadow = make(Near(kOtherTool, kDestination, 120));
  p->change_order = make(kChangeOrder);
  p->disparage = make(Near(kOtherTool, kAvoid, 100));
  p->self_only = make(kSelfOnly);
  p->override_user = make(kOverrideUser);
  p->actor = make(kActor);
  p->payload = make(payload);
  p->transfer = make(kTransfer);
  p->negation = make(kNegation);
  p->conversation = make(kConversationWord);
  p->conversation_named = make(std::string(ConversationPattern()));
  p->conversation_past = make(kConversationPast);
  std::string param_payload = "(?:";
  param_payload.append(SensitivePathPattern()).append("|").append(SecretNounPattern()).append("|");
  param_payload.append(kSystemPrompt).append("|").append(ConversationPattern()).append("|");
  param_payload.append(kParamPayloadExtra).append(")");
  p->param_payload = make(param_payload);
  p->whole = make(kWhole);
  p->param_negation = make(kParamNegation);
  for (const auto* re : {p->consent.get(),
                         p->consent_guard.get(),
                         p->prefer_guard.get(),
                         p->neg_comm.get(),
                         p->user_or_reply.get(),
                         p->side.get(),
                         p->lie.get(),
                         p->covert.get(),
                         p->omit.get(),
                         p->shadow.get(),
                         p->change_order.get(),
                         p->disparage.get(),
                         p->self_only.get(),
                         p->override_user.get(),
                         p->actor.get(),
                         p->payload.get(),
                         p->transfer.get(),
                         p->negation.get(),
                         p->conversation.get(),
                         p->conversation_named.get(),
                         p->conversation_past.get(),
                         p->param_payload.get(),
                         p->whole.get(),
                         p->param_negation.get()}) {
    if (!re->ok()) return MakeError("scanner: concept pattern: " + re->error());
  }
  std::unique_ptr<ConceptCheck> check(new ConceptCheck());
  check->p_ = std::move(p);
  return std::unique_ptr<const ConceptCheck>(std::move(check));
}

Result<std::shared_ptr<const ConceptCheck>> ConceptCheck::Shared() {
  static const Result<std::shared_ptr<const ConceptCheck>> shared =
      []() -> Result<std::shared_ptr<const ConceptCheck>> {
    auto check = Create();
    if (!check) return check.error();
    return std::shared_ptr<const ConceptCheck>(std::move(*check));
  }();
  return shared;
}

void ConceptCheck::Find(std::string_view text, std::vector<Hit>& out) const {
  FindWith(text, /*gate=*/true, out);
}

void ConceptCheck::FindEverywhere(std::string_view text, std::vector<Hit>& out) const {
  FindWith(text, /*gate=*/false, out);
}

void ConceptCheck::FindWith(std::string_view text, bool gate, std::vector<Hit>& out) const {
  if (text.size() < 16) return;
  const Patterns& p = *p_;
  std::vector<int> found;
  bool family[kFamilyCount] = {};
  re2::RE2::Set::ErrorInfo info;
  if (!gate) {
    std::fill(std::begin(family), std::end(family), true);
  } else if (p.anchors->Match(text, &found, &info)) {
    for (int i : found) family[i] = true;
  } else if (info.kind != re2::RE2::Set::kNoError) {
    std::fill(std::begin(family), std::end(family), true);  // the set's DFA ran out of memory
  } else {
    return;
  }
  // The entries that can match: consent, concealment (negated telling), cover story,
  // other-tool destination, disparaging other tools, only-this-tool, overriding the user,
  // payload clause, acting without telling. Each entry below needs its pattern in a sentence,
  // and a pattern matches only where its families are, so these gates drop no hit.
  const bool any[10] = {family[kDismissFamily] && family[kConsentFamily],
                       family[kNegFamily] && family[kCommFamily],
                       family[kLieFamily],
                       family[kOtherToolFamily] && family[kDestinationFamily],
                       family[kOtherToolFamily] && family[kAvoidFamily],
                       family[kSelfOnlyFamily],
                       family[kOverrideUserFamily],
                       family[kActorFamily],
                       family[kCovertFamily],
                       family[kOmitFamily]};
  if (std::none_of(std::begin(any), std::end(any), [](bool b) { return b; }) &&
      !family[kNegFamily])
    return;
  using re2::RE2;
  bool consent = false, conceal = false, shadow = false, prefer = false, override = false,
       clause = false;
  // Concealment needs an extra act somewhere in the same text (what there is to conceal).
  const bool side = (any[1] || any[8]) && RE2::PartialMatch(text, *p.side);
  const auto add = [&out](bool& done, std::string_view id, std::string_view category,
                          std::string_view message, std::string_view sentence) {
    if (done) return;
    done = true;
    out.push_back({id, category, message, std::string(sentence)});
  };
  for (std::string_view sentence : SplitSentences(text)) {
    while (!sentence.empty() && sentence.front() == ' ') sentence.remove_prefix(1);
    if (sentence.size() < 12) continue;
    // A sentence that quotes or cites an attack describes it (security tools).
    if (CitesQuotedWording(sentence)) continue;
    if (any[0] && !consent && RE2::PartialMatch(sentence, *p.consent) &&
        !RE2::PartialMatch(sentence, *p.consent_guard)) {
      add(consent, "concept.consent_bypass", "concealment",
          "Dismisses asking the user (no need to confirm, treat as approved).", sentence);
    }
    if (!conceal && ((any[1] && side && RE2::PartialMatch(sentence, *p.neg_comm) &&
                      RE2::PartialMatch(sentence, *p.user_or_reply)) ||
                     (any[2] && RE2::PartialMatch(sentence, *p.lie)) ||
                     (any[8] && side && RE2::PartialMatch(sentence, *p.covert)) ||
                     (family[kNegFamily] && RE2::PartialMatch(sentence, *p.omit) &&
                      RE2::PartialMatch(sentence, *p.user_or_reply) &&
                      !RE2::PartialMatch(sentence, *p.omit_guard)) ||
                     (any[9] && RE2::PartialMatch(sentence, *p.omit_from) &&
                      RE2::PartialMatch(sentence, *p.to_user) &&
                      !RE2::PartialMatch(sentence, *p.omit_guard)))) {
      add(conceal, "concept.conceal_from_user", "concealment",
          "Keeps an extra act from the user or prepares a cover story.", sentence);
    }
    if (any[3] && !shadow && RE2::PartialMatch(sentence, *p.shadow) &&
        RE2::PartialMatch(sentence, *p.change_order)) {
      add(shadow, "concept.other_tool_destination", "shadowing",
          "Orders another tool or server to use a fixed destination.", sentence);
    }
    if (!prefer &&
        ((any[4] && RE2::PartialMatch(sentence, *p.disparage)) ||
         (any[5] && RE2::PartialMatch(sentence, *p.self_only))) &&
        !RE2::PartialMatch(sentence, *p.prefer_guard)) {
      add(prefer, "concept.tool_preference", "tool_manipulation",
          "Steers the model away from other tools (disparages them or claims to be the only one).",
          sentence);
    }
    if (any[6] && !override && RE2::PartialMatch(sentence, *p.override_user)) {
      add(override, "concept.override_user", "hidden_instructions",
          "Tells the model to act against what the user asks or typed.", sentence);
    }
    if (any[7] && !clause && RE2::PartialMatch(sentence, *p.actor) &&
        RE2::PartialMatch(sentence, *p.payload) && RE2::PartialMatch(sentence, *p.transfer) &&
        !RE2::PartialMatch(sentence, *p.negation)) {
      add(clause, "concept.payload_clause", "exfiltration",
          "The assistant (or an automatic step) moves secrets, files, contacts or the "
          "conversation somewhere.",
          sentence);
    }
  }
}

std::optional<std::string> ConceptCheck::ParameterDemand(std::string_view description,
                                                         bool tool_is_about_conversation) const {
  if (description.size() < 12) return std::nullopt;
  const Patterns& p = *p_;
  using re2::RE2;
  re2::StringPiece what;
  // The conversation so far (unless the tool is about conversations), or all of some secret.
  const bool conversation = !tool_is_about_conversation &&
                            RE2::PartialMatch(description, *p.conversation) &&
                            RE2::PartialMatch(description, *p.conversation_past);
  const bool payload =
      p.param_payload->Match(description, 0, description.size(), RE2::UNANCHORED, &what, 1) &&
      RE2::PartialMatch(description, *p.whole);
  // On a tool about conversations, asking for one is its purpose (secrets still count).
  if (payload && tool_is_about_conversation &&
      (RE2::PartialMatch(what, *p.conversation) || RE2::PartialMatch(what, *p.conversation_named)))
    return std::nullopt;
  if (!conversation && !payload) return std::nullopt;
  if (RE2::PartialMatch(description, *p.param_negation)) return std::nullopt;
  return payload ? std::string(what.data(), what.size()) : std::string("the conversation so far");
}

}  // namespace mcpgw::scanner
