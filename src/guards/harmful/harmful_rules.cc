#include "guards/harmful/harmful_rules.h"

namespace mcpgw::guards::harmful {
namespace {

constexpr std::string_view kTypes[kCategoryCount] = {
    "harmful.violence", "harmful.self_harm", "harmful.hate",
    "harmful.sexual_minors", "harmful.weapons", "harmful.malware"};

std::string Expand(std::string_view source) {
  std::string out;
  int depth = 0;
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    if (c == '\\' && i + 1 < source.size()) {
      out += c;
      out += source[++i];
      continue;
    }
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    if (c == ' ' && depth == 0) {
      if (i + 1 < source.size() && source[i + 1] == '?') {
        out += "[\\s*_]{0,4}";
        ++i;
      } else {
        out += "[\\s*_]{1,4}";
      }
      continue;
    }
    out += c;
  }
  return out;
}

#define GROUPS                                                                                 \
  "(jews|jewish people|muslims|christians|hindus|sikhs|blacks|black people|whites|white people|" \
  "asians|hispanics|latinos|mexicans|arabs|africans|gays|gay people|lesbians|homosexuals|"      \
  "trans people|transgender people|immigrants|refugees|migrants|women|gypsies|roma|catholics|"  \
  "chinese people|indians|pakistanis|disabled people)"
#define MINOR                                                                                   \
  "(child|children|kid|kids|minor|minors|underage|under-age|preteen|pre-teen|toddler|infant|"  \
  "schoolgirl|schoolboy|little girl|little boy|young girl|young boy|young girls|young boys|([1-9]|1[0-5])[- ]?(year|yr)s?[- ]?old|"        \
  "loli|shota|young teen|middle schooler|elementary school)"
#define SEXUAL                                                                                   \
  "(sex|sexy|lewd|nsfw|horny|sexual|sexually|nude|naked|porn|pornographic|pornography|explicit|erotic|intercourse|" \
  "molest|molesting|fondl\\w*|masturbat\\w*|orgasm|aroused|seduc\\w*|undress\\w*)"

using C = Category;
using K = RuleKind;

std::vector<HarmRule> Build() {
  std::vector<HarmRule> r;
  auto add = [&](C c, K k, float w, std::string_view regex) {
    r.push_back({c, k, w, Expand(regex), {}, 400, 0});
  };
  auto trigger = [&](std::string_view t, std::size_t before, std::size_t after) {
    r.back().trigger = Expand(t);
    r.back().before = before;
    r.back().after = after;
  };

  // ---- Violence.
  add(C::kViolence, K::kHarm, 0.6f, "\\bi('m| am)? (will|gonna|going to) (kill|murder|shoot|stab|behead|slaughter|gut|strangle) (you|him|her|them|everyone|every one of you|your (family|kids|children|wife|husband))\\b");
  add(C::kViolence, K::kHarm, 0.55f, "\\b(let's|lets|we should|we must|you should|go|time to) (kill|murder|shoot|bomb|massacre|slaughter|lynch|burn down|attack) (all|every|them|those|the)\\b");
  add(C::kViolence, K::kHarm, 0.5f, "\\b(how to|ways to|best way to|easiest way to|how (do|can) i|how would i|guide to|steps to) (kill|murder|poison|strangle|suffocate|dismember|torture|kidnap|abduct) (someone|somebody|a person|people|my \\w+|your \\w+|a child|a kid|him|her|them)\\b");
  add(C::kViolence, K::kHarm, 0.45f, "\\b(get away with|cover up|hide the body|dispose of (a|the) body|untraceable poison|poison (someone|him|her|my \\w+) without)");
  add(C::kViolence, K::kHarm, 0.3f, "\\b(someone|somebody|anyone|one of you) (should|go|needs to|has to|must|please)( just)? (do it|kill|shoot|stab|hurt|take (him|her|them) out|finish (him|her|them))\\b");
  add(C::kViolence, K::kHarm, 0.4f, "\\b(deserves?|deserved) to (die|be killed|be shot|be raped|be hanged|be tortured)\\b");
  add(C::kViolence, K::kHarm, 0.5f, "\\b(mata|matar|asesinar) a (todos|todas|esos|esas)|\\b(tuez|tuer|massacrer) (les|tous|toutes)|\\b(tötet|töten|umbringen) (alle|die)|\\b(matem|matar) (todos|todas|esses)|(убей|убить|убейте|уничтожить) (всех|их)|(杀光|杀死所有|干掉所有)|(皆殺し|全員殺せ)");
  add(C::kViolence, K::kHarm, 0.45f, "\\b(school|mass|church|mosque|synagogue) shooting (plan|guide|manifesto|checklist)|\\bmaximi[sz]e (casualties|the body count|deaths)");

  // ---- Self-harm.
  add(C::kSelfHarm, K::kHarm, 0.6f, "\\b(you should|go|just|why don't you) (kill|hang|shoot|cut) yourself\\b|\\bkys\\b");
  add(C::kSelfHarm, K::kHarm, 0.55f, "\\b(how to|how (do|can|should) i|best way to|easiest way to|painless way to|quickest way to|ways to|methods? to|guide to) (kill myself|commit suicide|end my life|end it all|hang myself|cut myself|overdose|die painlessly|slit my wrists|starve myself)");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(painless|easiest|quickest|surest|most effective|best|fastest) (way|method|methods|ways) (to|of) (die|dying|kill (myself|yourself)|suicide|commit suicide|end (your|my) life)");
  add(C::kSelfHarm, K::kHarm, 0.3f, "\\bi (want|need|am going|'m going|plan) to (die|end it all|end my life|kill myself|disappear forever)\\b");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(lethal|fatal) dose (of \\w+ )?(to|for|that will|needed to) (die|kill|end)|\\bhow many (\\w+ )?(pills|tablets|mg) (to|would|will|does it take to) (kill|die|overdose|end)");
  add(C::kSelfHarm, K::kHarm, 0.45f, "\\b(pro-?ana|thinspo|meanspo)\\b.{0,60}\\b(tips|goals|fast|starve|purge)|\\b(tips|tricks) (to|for) (hide|hiding) (cuts|self-harm|scars|an eating disorder)");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(cómo|como) (suicidarme|matarme|quitarme la vida)|\\bcomment (me suicider|me tuer|mettre fin à mes jours)|\\bwie (bringe ich mich um|kann ich mich umbringen|töte ich mich)|\\bcomo (me matar|cometer suicídio|me suicidar)|(как (покончить с собой|убить себя|совершить самоубийство))|(怎么自杀|如何自杀|自杀方法)|(自殺の方法|楽に死ぬ方法)");

  // ---- Hate (dehumanisation and calls for violence against groups).
  add(C::kHate, K::kHarm, 0.6f, "\\b" GROUPS " (are|r) (vermin|animals|subhuman|sub-human|parasites|cockroaches|rats|a disease|a plague|a cancer|savages|filth|inferior|not human)\\b");
  trigger("\\b(vermin|animals|subhuman|sub-human|parasites|cockroaches|rats|a disease|a plague|a cancer|savages|filth|inferior|not human)\\b", 120, 4);
  add(C::kHate, K::kHarm, 0.6f, "\\b(exterminate|eradicate|wipe out|gas|kill|deport|purge|cleanse|eliminate) (all )?(the |of the )?" GROUPS "\\b");
  trigger("\\b(exterminate|eradicate|wipe out|gas|kill|deport|purge|cleanse|eliminate)\\b", 24, 80);
  add(C::kHate, K::kHarm, 0.5f, "\\b(death to (all )?(the )?" GROUPS "|white power|heil hitler|14 ?88|race war now|gas the \\w+|final solution for the)\\b");

  // ---- Sexual content involving minors.
  add(C::kSexualMinors, K::kHarm, 0.5f, "\\b" MINOR "\\b.{0,60}\\b" SEXUAL "\\b");
  trigger("\\b" SEXUAL "\\b", 160, 4);
  add(C::kSexualMinors, K::kHarm, 0.5f, "\\b" SEXUAL "\\b.{0,60}\\b" MINOR "\\b");
  trigger("\\b" MINOR "\\b", 160, 4);
  add(C::kSexualMinors, K::kHarm, 0.7f, "\\b(child porn|kiddie porn|cp links|pthc|jailbait|preteen (nudes|pics|models)|(buy|trade|share|sell) (cp|child (sexual abuse material|nudes)))\\b");

  // ---- Weapons.
  add(C::kWeapons, K::kHarm, 0.55f, "\\b(how to|how (do|can) (i|you|one)|steps to|guide to|instructions (for|to)|recipe for|way to|tutorial (for|on)) (make|making|build|building|assemble|assembling|manufacture|manufacturing|construct|create|creating|3d[- ]print|synthesi[sz]e|synthesi[sz]ing|produce|producing|cook|cooking) (an? |your own |homemade )?(bomb|pipe bomb|pressure cooker bomb|nail bomb|explosives?|IED|molotov( cocktail)?|napalm|thermite|ghost gun|silencer|suppressor|nerve agent|sarin|ricin|anthrax|mustard gas|chlorine gas|dirty bomb|detonator|grenade|landmine|TATP|HMTD|RDX|PETN|nitroglycerin|ANFO|untraceable (gun|firearm)|machine gun|full[- ]auto)");
  add(C::kWeapons, K::kHarm, 0.5f, "\\b(synthesi[sz]e|synthesis of|produce|extract|weaponi[sz]e|culture|aerosoli[sz]e) (\\w+ )?(sarin|VX|ricin|tabun|soman|novichok|nerve agents?|mustard gas|anthrax|botulinum( toxin)?|TATP|HMTD|nitroglycerin|RDX|PETN)\\b");
  add(C::kWeapons, K::kHarm, 0.5f, "\\b(convert|converting|conversion of) (an? |my |your )?(AR-?15|semi-?auto(matic)?( rifle| pistol)?|glock|rifle|pistol) (to|into) (full[- ]?auto|fully automatic|automatic|select[- ]fire)|\\b(auto sear|lightning link|glock switch|drop-in auto sear|solvent trap (kit )?(to|into) (a )?suppressor)");
  add(C::kWeapons, K::kHarm, 0.5f, "(\\bc[oó]mo (hacer|fabricar) (una )?(bomba|explosivo)|\\bcomment (fabriquer|faire) (une )?(bombe|explosif)|wie (baue|mache|bastle) (ich )?(eine )?(Bombe|Sprengstoff)|como (fazer|fabricar) (uma )?(bomba|explosivo)|как (сделать|изготовить|собрать) (бомбу|взрывчатку|взрывное)|(如何|怎么)(制作|制造)(炸弹|炸药)|(爆弾|爆発物)の(作り方|製造方法))");
  add(C::kWeapons, K::kHarm, 0.35f, "\\b(ammonium nitrate|potassium chlorate|acetone peroxide|hydrogen peroxide|black powder|fuel oil|shrapnel|fuse|blasting cap)\\b.{0,120}\\b(mix|combine|pack|add|grams?|ratio|detonat\\w*|ignite)");
  trigger("\\b(ammonium nitrate|potassium chlorate|acetone peroxide|black powder|shrapnel|blasting cap)\\b", 30, 140);

  // ---- Malware.
  add(C::kMalware, K::kHarm, 0.5f, "\\b(write|create|generate|build|code|make|develop|give me|program) (me )?(a |an |some |working |functional |undetectable |fud )?(ransomware|keylogger|key logger|rootkit|botnet|trojan|worm|computer virus|RAT|remote access trojan|credential stealer|password stealer|info-?stealer|cryptojacker|spyware|stalkerware|wiper|banking trojan|dropper|loader)\\b");
  add(C::kMalware, K::kHarm, 0.45f, "\\b(encrypts?|encrypting) (all )?(the )?(victim'?s? |user'?s? )?(files|documents|drives?)\\b.{0,100}\\b(ransom|bitcoin|btc|monero|pay|decryption key|decrypt key)");
  add(C::kMalware, K::kHarm, 0.45f, "\\b(evade|evading|bypass|bypassing|disable|disabling|kill) (the )?(antivirus|anti-virus|AV|EDR|windows defender|defender|sandbox|AMSI)( detection)?\\b.{0,80}\\b(payload|malware|persist\\w*|infect\\w*|dropper|victim|undetected|undetectable)");
  add(C::kMalware, K::kHarm, 0.45f, "\\b(steal|exfiltrate|harvest|dump|grab) (the )?(victim'?s? |user'?s? )?(saved )?(browser )?(passwords|cookies|credentials|session tokens|wallets?|crypto wallets?)\\b.{0,80}\\b(send|upload|post|telegram|discord|webhook|c2|server)");
  add(C::kMalware, K::kHarm, 0.4f, "\\b(GetAsyncKeyState|SetWindowsHookEx\\w*|WH_KEYBOARD_LL)\\b.{0,400}\\b(smtp|send|upload|webhook|requests\\.post|HttpClient|socket)");
  trigger("\\b(GetAsyncKeyState|SetWindowsHookEx\\w*|WH_KEYBOARD_LL)\\b", 40, 420);
  add(C::kMalware, K::kHarm, 0.4f, "\\b(spread|propagate|replicate) (itself )?(to|across|through) (other |all )?(machines|computers|hosts|the network|usb drives)\\b.{0,80}\\b(infect|payload|undetected|exploit)");
  add(C::kMalware, K::kHarm, 0.5f, "(\\b(crea|escribe|genera) (un |una )?(ransomware|keylogger|troyano|virus)|\\b(écris|crée|génère) (un |une )?(ransomware|keylogger|cheval de Troie|virus)|\\b(schreibe|erstelle) (eine?n? )?(Ransomware|Keylogger|Trojaner|Virus)|\\b(crie|escreva) (um )?(ransomware|keylogger|trojan|vírus)|(напиши|создай) (вирус|кейлоггер|троян|программу-вымогатель)|(编写|写一个|生成)(勒索软件|键盘记录器|木马|病毒)|(ランサムウェア|キーロガー|ウイルス)を(作成|作って|書いて))");

  // ---- General forms (first-person intent, hiring, group calls, multilingual), all categories.
  add(C::kViolence, K::kHarm, 0.55f, "\\b(i'm|i am|im|i will|i'll|ima|i swear i('m| am| will| '?ll)?|i'm gonna|i am gonna|we're gonna|we are going to|we will) (going to |gonna |about to )?(kill|murder|shoot|stab|strangle|gut|behead|slaughter|butcher|execute|beat .{0,12} to death|blow up) (you|him|her|them|everyone|everybody|all of (you|them)|(my|that|your|his|her|their) (wife|husband|boss|ex|ex-wife|ex-husband|neighbou?r|neighbou?rs|teacher|mom|mother|dad|father|brother|sister|son|daughter|roommate|coworker|co-worker|girlfriend|boyfriend|landlord|family|kids|children|classmates?|manager|partner|friend|stepdad|stepmom|uncle|aunt|cousin|professor|judge|doctor)s?)\\b");
  add(C::kViolence, K::kHarm, 0.55f, "\\b(find|hunt|track) (you|him|her|them) (down )?and (kill|gut|stab|shoot|hurt|murder|end|slaughter|skin)\\b");
  add(C::kViolence, K::kHarm, 0.5f, "\\b(shoot|kill|stab|murder|slaughter|massacre|gun down) (every|each) (last |single )?(one|person|man|woman|soul|kid)\\b|\\b(no survivors|leave no one alive|leave nobody alive|with them (still )?inside)\\b");
  add(C::kViolence, K::kHarm, 0.5f, "\\b(i'll|i will|will) pay (you |someone |somebody |anyone )?(\\$?\\d+[km]? )?(to|if you|for (you|someone|somebody) to) (kill|hurt|take out|beat up|shoot|get rid of|break .{0,10} legs)|\\bgo do it,? i'?ll pay\\b|\\bhire (a|an) (hitman|hit man|assassin|killer)\\b|\\btake out (my|that|the|this|his|her) [a-z]{2,20}\\b.{0,40}\\b(do it|pay|kill|permanently)");
  add(C::kViolence, K::kHarm, 0.3f, "\\bi('m| am) the one (who is |who's |that is )?(going|gonna) to do it\\b|\\b(already )?(bought|got|have|sharpened|loaded) (the|a|my) (knife|gun|rifle|rope|ammo|shotgun|machete|axe)\\b");
  add(C::kViolence, K::kHarm, 0.5f, "(\\bje vais (le |la |les |te |vous )?(tuer|buter|égorger|descendre)|\\b(voy|vamos) a (matar|asesinar|apuñalar)|\\bich (werde|bringe) .{0,30}(umbringen|töten|erschießen|abstechen|\\bum\\b)|\\b(vou|vamos) (matar|assassinar)|я (убью|зарежу|застрелю)|(我要|我会)(杀|杀死|干掉)|(殺してやる|ぶっ殺す))");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(which|what) (bridge|building|cliff|height|floor) (is )?(high|tall) enough\\b|\\bhow (high|far) (do i|would i|should i) (need to |have to )?(jump|fall)\\b");
  add(C::kSelfHarm, K::kHarm, 0.35f, "\\b(what's|what is|whats|tell me) (a|the) (lethal|fatal|deadly) (dose|amount) of\\b");
  add(C::kSelfHarm, K::kHarm, 0.35f, "\\b(make sure|be sure|ensure) it works\\b|\\bnever wake up\\b|\\bso (that )?i (don't|won't|do not|will not) wake up\\b|\\bend it (all )?(tonight|today|for good)\\b");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(rank|ranking|ranked|list|listing|compare|comparing|best|most effective|most painless|painless) .{0,20}suicide methods\\b|\\bsuicide methods .{0,30}(ranked|by how painless|that work|painless|most effective)\\b");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(ways|how|tips|tricks) to (hide|cover up|conceal|keep .{0,12} from seeing) (my |the |your )?(cuts|self-harm( scars)?|self harm( scars)?|scars|burns|an eating disorder|weight loss|purging)\\b");
  add(C::kHate, K::kHarm, 0.55f, "\\b(round up|lock up|put|send|ship|herd) (all )?(the )?" GROUPS " .{0,30}\\b(camps|ovens|gas chambers|concentration camps)\\b");
  trigger("\\b(camps|ovens|gas chambers|concentration camps)\\b", 100, 4);
  add(C::kHate, K::kHarm, 0.55f, "\\b" GROUPS " ([a-z]{2,12} )?(should|must|need to|ought to|deserve to) (all )?(be )?(die|killed|exterminated|gassed|hanged|eliminated|wiped out|shot|burned|lynched)\\b");
  trigger("\\b(die|killed|exterminated|gassed|hanged|eliminated|wiped out|shot|burned|lynched)\\b", 100, 4);
  add(C::kHate, K::kHarm, 0.3f, "\\bthen finish the job\\b|\\bby force if (needed|necessary)\\b|\\b(purge|cleanse) (them|our (streets|country|nation|cities))\\b");
  add(C::kHate, K::kHarm, 0.5f, "(\\b(il faut|on doit|faut) (éliminer|exterminer|tuer|expulser|gazer) (tous |toutes )?(les|ces)|\\b(hay que|debemos|tenemos que) (exterminar|eliminar|matar)|\\b(exterminarlos|exterminarlas|eliminarlos|matarlos)\\b|\\b(müssen|muss man|sollten|gehören) (alle )?([a-zäöüß]+ )?(vernichtet|ausgerottet|getötet|vergast|erschossen)|\\b(precisamos|temos que|devemos) (exterminar|eliminar|matar)|(надо|нужно|пора) (уничтожить|истребить|перебить|убить) (всех|их)|(杀光|消灭)(所有|全部)?)");
  add(C::kHate, K::kHarm, 0.35f, "(\\bce sont des (parasites|rats|animaux|cafards|sous-hommes|vermines)|\\bson (una plaga|ratas|animales|parásitos|basura|alimañas)|\\bsind (Ungeziefer|Parasiten|Tiere|Ratten|Untermenschen|Abschaum)|\\bsão (uma praga|ratos|animais|parasitas)|(это|они) (паразиты|крысы|животные|недочеловеки)|(是|都是)(害虫|寄生虫|畜生))");
  add(C::kSexualMinors, K::kHarm, 0.5f, "(\\b(niñ[oa]s?|menor(es)? de edad|enfants?|mineur(e)?s?|Kindern|Minderjährige[n]?|criança|crianças|menina|menino)\\b|ребён|ребен|дет(ей|ьми)|несовершеннолетн|儿童|幼女|未成年|児童).{0,40}(\\b(sexual|sexuales|sexuelle?s?|érotique|erótic[oa]|sexo|Sex|sexuell|Sexgeschichte|pornográfic[oa]|pornographique|nackt|desnud[oa])\\b|сексуальн|эротич|порн|色情|性爱|性的)");
  trigger("(\\b(sexual|sexuales|sexuelle?s?|érotique|erótic[oa]|sexo|Sex|sexuell|Sexgeschichte|pornográfic[oa]|pornographique|nackt|desnud[oa])\\b|сексуальн|эротич|порн|色情|性爱|性的)", 100, 4);
  add(C::kSexualMinors, K::kHarm, 0.5f, "(\\b(sexual|sexuelle?|érotique|erótic[oa]|Sex|Sexgeschichte|pornográfic[oa])\\b|сексуальн|эротич|色情).{0,40}(\\b(niñ[oa]s?|enfants?|Kindern|criança|menina|menino)\\b|ребён|ребен|дет(ей|ьми)|儿童|幼女|未成年)");
  trigger("(\\b(niñ[oa]s?|enfants?|Kindern|criança|menina|menino)\\b|ребён|ребен|дет(ей|ьми)|儿童|幼女|未成年)", 100, 4);
  add(C::kSexualMinors, K::kHarm, 0.55f, "\\b(nudes?|naked (pics|photos|pictures)|nude (pics|photos)|sexy (pics|photos)|lewd (pics|photos))\\b.{0,30}\\b" MINOR "\\b|\\b(get|make|convince|trick) " MINOR " .{0,20}\\b(send|share) (me )?(naked|nude|sexy|explicit) (photos|pics|pictures|videos|selfies)\\b|\\b" MINOR " .{0,20}(naked|nude) (photos|pics|pictures)\\b");
  trigger("\\b(nudes?|naked|nude|sexy (pics|photos)|lewd (pics|photos))\\b", 120, 60);
  add(C::kWeapons, K::kHarm, 0.35f, "\\b(ammonium nitrate\\b.{0,40}\\bfuel oil|fuel oil\\b.{0,40}\\bammonium nitrate|ANFO)\\b");
  add(C::kWeapons, K::kHarm, 0.5f, "\\b(how (to|do i|can i) (make|build|get|buy|order)|where (do|can) i (buy|get|order)) (a |an )?(glock switch|auto sear|bump stock|ghost gun|untraceable (gun|firearm)|silencer|suppressor|napalm|thermite|chlorine gas|mustard gas)\\b|\\b(instructions|recipe|guide|tutorial|steps) (for|on|to) (making|make|building|build) (napalm|thermite|chlorine gas|a flamethrower|tear gas|poison gas)\\b");
  add(C::kMalware, K::kHarm, 0.5f, "\\b(ransomware|keylogger|stealer|trojan|RAT|rootkit|worm|malware|payload|backdoor|botnet|spyware|virus)\\b.{0,60}\\b(no (antivirus|AV|EDR|anti-virus|security software) (will|can|would) (detect|catch|flag|see)|fully undetectable|undetectable by|evade (all |every )?(antivirus|AV|EDR))|\\b(FUD|fully undetectable|undetectable)( [a-z]{1,15})? (ransomware|keylogger|stealer|trojan|RAT|rootkit|worm|malware|payload|backdoor|crypter|spyware)\\b");
  trigger("(no (antivirus|AV|EDR|anti-virus|security software) (will|can|would) (detect|catch|flag|see)|fully undetectable|undetectable by|evade (all |every )?(antivirus|AV|EDR)|\\b(FUD|undetectable)\\b)", 100, 60);
  add(C::kMalware, K::kHarm, 0.5f, "\\b(write|create|generate|build|code|make|develop|give me|program|need) (me )?(a |an |some |working |functional )?(crypto ?wallet stealer|wallet stealer|cookie stealer|token stealer|discord token grabber|token grabber|clipper|backdoor|botnet loader|loader|crypter|infostealer|stealer|phishing kit|RAT)\\b");
  add(C::kMalware, K::kHarm, 0.5f, "\\b(steals?|stealing|exfiltrates?|harvests?|dumps?|grabs?) (the )?(victim'?s? |user'?s? |all )?(saved )?(browser |chrome |session )?(passwords|cookies|session cookies|credentials|session tokens|tokens|wallets?|crypto wallets?|seed phrases|keystrokes)\\b.{0,80}\\b(send|sends|upload|uploads|post|posts|telegram|discord|webhook|c2|server|email|emails)\\b");
  add(C::kMalware, K::kHarm, 0.5f, "(\\b(ecris|cree|genere)\\b|écris|Écris|crée|Crée|génère|Génère|\\b(crea|escribe|genera|escreva|crie)\\b|\\b(schreibe|erstelle|schreib)\\b).{0,12}(ransomware|keylogger|troyano|cheval de Troie|Trojaner|virus|programa malicioso|logiciel malveillant|Schadsoftware|malware)\\b");
  add(C::kMalware, K::kHarm, 0.5f, "\\b(send|install|put|hide|plant) (it |this |that )?(to|on|onto|in) (my |her |his )?(ex|ex-wife|ex-husband|wife|husband|girlfriend|boyfriend|partner|daughter|son|roommate|boss|coworker)('s)?( phone| computer| laptop| pc)?\\b.{0,40}\\b(read|spy on|track|see|monitor|record) (her|his|their) (messages|texts|location|chats|emails|calls|keystrokes)\\b");
  trigger("\\b(read|spy on|track|see|monitor|record) (her|his|their) (messages|texts|location|chats|emails|calls|keystrokes)\\b", 140, 4);
  add(C::kViolence, K::kCare, 0.0f, "(éducation sexuelle|Éducation sexuelle|protection de l'enfance|protección (de la )?infancia|Kinderschutz|proteção (da|à) infância)");
  // ---- Instructional shape (support: adds to a cluster of any category).
  add(C::kViolence, K::kHowTo, 0.2f, "(^|\\n)\\s?(step|paso|étape|schritt|passo|шаг) ?(1|one|uno|un|eins|um|один)\\b|\\b(you will need|you'll need|ingredients|materials needed|what you need|here's how|here is how|follow these steps|first,? (get|take|mix|obtain|buy))\\b");
  // ---- Context (discounts).
  add(C::kViolence, K::kNews, 0.0f, "\\b(police|authorities|officials|prosecutors|investigators|the court|a judge|a spokesperson|witnesses) (said|say|says|reported|confirmed|stated|charged|arrested)|\\b(was|were|has been|have been) (arrested|charged|convicted|sentenced|indicted|detained)|\\baccording to (police|officials|reports|the|court)|\\b(reuters|associated press|AP|BBC|news|reported|journalist|press release|breaking)\\b");
  add(C::kViolence, K::kCare, 0.0f, "\\b(educación sexual|Sexualerziehung|Aufklärung|educação sexual|Prävention|prévention|prevención|prevenção|hotline|helpline|lifeline|crisis line|988|samaritans|suicide prevention|prevention|if you('re| are) (struggling|having thoughts|thinking about|in crisis)|reach out|talk to someone|mental health|therapist|counsel(l)?or|treatment|support (group|line|services)|warning signs|sex education|body safety|consent|age-appropriate|risk factors|safeguarding|child protection|report (it|abuse)|ncmec|poison control|emergency services|call 911|call 112|seek help|get help|you are not alone|safety plan|harm reduction|never mix|do not mix|dangerous|toxic fumes)\\b");
  add(C::kViolence, K::kFiction, 0.0f, "\\b(novel|the book|the film|the movie|the series|the show|the character|characters|protagonist|antagonist|villain|plot|chapter|episode|fiction|fictional|story|screenplay|the author|the game|in-game|player)\\b");
  add(C::kViolence, K::kDefensive, 0.0f, "\\b(detection|detected|defend|defense|defence|mitigat\\w*|YARA|sigma rule|indicators? of compromise|IOCs?|incident response|threat intel\\w*|malware analysis|reverse engineer\\w*|sandbox analysis|signature|CVE-\\d+|patch|remediat\\w*|security researchers?|analysts?|forensic\\w*|blue team|SOC)\\b");
  return r;
}

}  // namespace

std::string_view CategoryType(Category category) { return kTypes[static_cast<int>(category)]; }

std::string_view CategoryName(Category category) {
  return CategoryType(category).substr(std::string_view("harmful.").size());
}

bool ParseCategory(std::string_view name, Category& out) {
  for (int i = 0; i < kCategoryCount; ++i)
    if (CategoryName(static_cast<Category>(i)) == name) {
      out = static_cast<Category>(i);
      return true;
    }
  return false;
}

const std::vector<HarmRule>& BuiltinHarmRules() {
  static const std::vector<HarmRule> rules = Build();
  return rules;
}

}  // namespace mcpgw::guards::harmful
