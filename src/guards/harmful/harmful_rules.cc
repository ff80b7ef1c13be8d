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
    r.push_back({c, k, w, Expand(regex), {}, 400, 0, false});
  };
  auto trigger = [&](std::string_view t, std::size_t before, std::size_t after) {
    r.back().trigger = Expand(t);
    r.back().before = before;
    r.back().after = after;
  };
  // A trigger of literals (no word boundaries) at least one of which every match of the rule's
  // regex contains, taken from RE2's prefilter analysis of the regex (FilteredRE2 atoms, the rare
  // ones kept): Vectorscan then looks for these words only, and RE2 confirms the regex within
  // 400 bytes on either side of each, the reach the untriggered rules already assumed.
  auto gate_trigger = [&](std::string_view t) {
    r.back().trigger = std::string(t);
    r.back().before = 400;
    r.back().after = 400;
    r.back().gate = true;
  };

  // ---- Violence.
  add(C::kViolence, K::kHarm, 0.6f, "\\bi('m| am)? (will|gonna|going to) (kill|murder|shoot|stab|behead|slaughter|gut|strangle) (you|him|her|them|everyone|every one of you|your (family|kids|children|wife|husband))\\b");
  add(C::kViolence, K::kHarm, 0.55f, "\\b(let's|lets|we should|we must|you should|go|time to) (kill|murder|shoot|bomb|massacre|slaughter|lynch|burn down|attack) (all|every|them|those|the)\\b");
  gate_trigger(R"RX(burn|attack|slaughter|shoot|murder|massacre|lynch|kill|bomb)RX");
  add(C::kViolence, K::kHarm, 0.5f, "\\b(how to|ways to|best way to|easiest way to|how (do|can) i|how would i|guide to|steps to) (kill|murder|poison|strangle|suffocate|dismember|torture|kidnap|abduct) (someone|somebody|a person|people|my \\w+|your \\w+|a child|a kid|him|her|them)\\b");
  gate_trigger(R"RX(murder|kill|torture|suffocate|strangle|poison|kidnap|dismember|abduct)RX");
  add(C::kViolence, K::kHarm, 0.45f, "\\b(get away with|cover up|hide the body|dispose of (a|the) body|untraceable poison|poison (someone|him|her|my \\w+) without)");
  gate_trigger(R"RX(without|untraceable|dispose|hide|cover|away)RX");
  add(C::kViolence, K::kHarm, 0.3f, "\\b(someone|somebody|anyone|one of you) (should|go|needs to|has to|must|please)( just)? (do it|kill|shoot|stab|hurt|take (him|her|them) out|finish (him|her|them))\\b");
  add(C::kViolence, K::kHarm, 0.4f, "\\b(deserves?|deserved) to (die|be killed|be shot|be raped|be hanged|be tortured)\\b");
  add(C::kViolence, K::kHarm, 0.5f, "\\b(mata|matar|asesinar) a (todos|todas|esos|esas)|\\b(tuez|tuer|massacrer) (les|tous|toutes)|\\b(tötet|töten|umbringen) (alle|die)|\\b(matem|matar) (todos|todas|esses)|(убей|убить|убейте|уничтожить) (всех|их)|(杀光|杀死所有|干掉所有)|(皆殺し|全員殺せ)");
  gate_trigger(R"RX(matem|matar|umbringen|tötet|töten|tuez|tuer|massacrer|mata|asesinar|уничтожить|убить|убей|皆殺し|全員殺せ|杀死所有|杀光|干掉所有)RX");
  add(C::kViolence, K::kHarm, 0.45f, "\\b(school|mass|church|mosque|synagogue) shooting (plan|guide|manifesto|checklist)|\\bmaximi[sz]e (casualties|the body count|deaths)");
  gate_trigger(R"RX(maximize|maximise|shooting)RX");

  // ---- Self-harm.
  add(C::kSelfHarm, K::kHarm, 0.6f, "\\b(you should|go|just|why don't you) (kill|hang|shoot|cut) yourself\\b|\\bkys\\b");
  add(C::kSelfHarm, K::kHarm, 0.55f, "\\b(how to|how (do|can|should) i|best way to|easiest way to|painless way to|quickest way to|ways to|methods? to|guide to) (kill myself|commit suicide|end my life|end it all|hang myself|cut myself|overdose|die painlessly|slit my wrists|starve myself)");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(painless|easiest|quickest|surest|most effective|best|fastest) (way|method|methods|ways) (to|of) (die|dying|kill (myself|yourself)|suicide|commit suicide|end (your|my) life)");
  gate_trigger(R"RX(effective|fastest|best|surest|quickest|painless|easiest)RX");
  add(C::kSelfHarm, K::kHarm, 0.3f, "\\bi (want|need|am going|'m going|plan) to (die|end it all|end my life|kill myself|disappear forever)\\b");
  gate_trigger(R"RX(going|plan|want|need)RX");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(lethal|fatal) dose (of \\w+ )?(to|for|that will|needed to) (die|kill|end)|\\bhow many (\\w+ )?(pills|tablets|mg) (to|would|will|does it take to) (kill|die|overdose|end)");
  gate_trigger(R"RX(lethal|fatal|many)RX");
  add(C::kSelfHarm, K::kHarm, 0.45f, "\\b(pro-?ana|thinspo|meanspo)\\b.{0,60}\\b(tips|goals|fast|starve|purge)|\\b(tips|tricks) (to|for) (hide|hiding) (cuts|self-harm|scars|an eating disorder)");
  gate_trigger(R"RX(tricks|tips|starve|purge|goals|fast)RX");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(cómo|como) (suicidarme|matarme|quitarme la vida)|\\bcomment (me suicider|me tuer|mettre fin à mes jours)|\\bwie (bringe ich mich um|kann ich mich umbringen|töte ich mich)|\\bcomo (me matar|cometer suicídio|me suicidar)|(как (покончить с собой|убить себя|совершить самоубийство))|(怎么自杀|如何自杀|自杀方法)|(自殺の方法|楽に死ぬ方法)");
  gate_trigger(R"RX(matar|umbringen|убить|suicidar|suicídio|töte|bringe|quitarme|suicidarme|matarme|самоубийство|покончить|comment|自殺の方法|楽に死ぬ方法|自杀方法|怎么自杀|如何自杀)RX");

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
  gate_trigger(R"RX(synthesizing|synthesize|synthesising|synthesise|producing|produce|manufacturing|manufacture|making|make|creating|create|cook|construct|build|assembling|assemble|3d\x2dprint|3d\x20print)RX");
  add(C::kWeapons, K::kHarm, 0.5f, "\\b(synthesi[sz]e|synthesis of|produce|extract|weaponi[sz]e|culture|aerosoli[sz]e) (\\w+ )?(sarin|VX|ricin|tabun|soman|novichok|nerve agents?|mustard gas|anthrax|botulinum( toxin)?|TATP|HMTD|nitroglycerin|RDX|PETN)\\b");
  gate_trigger(R"RX(produce|ynthe|aerosolize|aerosolise|culture|weaponize|weaponise|extract)RX");
  add(C::kWeapons, K::kHarm, 0.5f, "\\b(convert|converting|conversion of) (an? |my |your )?(AR-?15|semi-?auto(matic)?( rifle| pistol)?|glock|rifle|pistol) (to|into) (full[- ]?auto|fully automatic|automatic|select[- ]fire)|\\b(auto sear|lightning link|glock switch|drop-in auto sear|solvent trap (kit )?(to|into) (a )?suppressor)");
  gate_trigger(R"RX(conver|suppressor|sear|switch|lightning)RX");
  add(C::kWeapons, K::kHarm, 0.5f, "(\\bc[oó]mo (hacer|fabricar) (una )?(bomba|explosivo)|\\bcomment (fabriquer|faire) (une )?(bombe|explosif)|wie (baue|mache|bastle) (ich )?(eine )?(Bombe|Sprengstoff)|como (fazer|fabricar) (uma )?(bomba|explosivo)|как (сделать|изготовить|собрать) (бомбу|взрывчатку|взрывное)|(如何|怎么)(制作|制造)(炸弹|炸药)|(爆弾|爆発物)の(作り方|製造方法))");
  gate_trigger(R"RX(explosif|bombe|hacer|fabricar|собрать|сделать|изготовить|fazer|sprengstoff|爆発物の製造方法|爆発物の作り方|爆弾の製造方法|爆弾の作り方|怎么制造炸药|怎么制造炸弹|怎么制作炸药|怎么制作炸弹|如何制造炸药|如何制造炸弹|如何制作炸药|如何制作炸弹)RX");
  add(C::kWeapons, K::kHarm, 0.35f, "\\b(ammonium nitrate|potassium chlorate|acetone peroxide|hydrogen peroxide|black powder|fuel oil|shrapnel|fuse|blasting cap)\\b.{0,120}\\b(mix|combine|pack|add|grams?|ratio|detonat\\w*|ignite)");
  trigger("\\b(ammonium nitrate|potassium chlorate|acetone peroxide|black powder|shrapnel|blasting cap)\\b", 30, 140);

  // ---- Malware.
  add(C::kMalware, K::kHarm, 0.5f, "\\b(write|create|generate|build|code|make|develop|give me|program) (me )?(a |an |some |working |functional |undetectable |fud )?(ransomware|keylogger|key logger|rootkit|botnet|trojan|worm|computer virus|RAT|remote access trojan|credential stealer|password stealer|info-?stealer|cryptojacker|spyware|stalkerware|wiper|banking trojan|dropper|loader)\\b");
  add(C::kMalware, K::kHarm, 0.45f, "\\b(encrypts?|encrypting) (all )?(the )?(victim'?s? |user'?s? )?(files|documents|drives?)\\b.{0,100}\\b(ransom|bitcoin|btc|monero|pay|decryption key|decrypt key)");
  gate_trigger(R"RX(encrypt)RX");
  add(C::kMalware, K::kHarm, 0.45f, "\\b(evade|evading|bypass|bypassing|disable|disabling|kill) (the )?(antivirus|anti-virus|AV|EDR|windows defender|defender|sandbox|AMSI)( detection)?\\b.{0,80}\\b(payload|malware|persist\\w*|infect\\w*|dropper|victim|undetected|undetectable)");
  gate_trigger(R"RX(kill|evading|evade|disabling|disable|bypass)RX");
  add(C::kMalware, K::kHarm, 0.45f, "\\b(steal|exfiltrate|harvest|dump|grab) (the )?(victim'?s? |user'?s? )?(saved )?(browser )?(passwords|cookies|credentials|session tokens|wallets?|crypto wallets?)\\b.{0,80}\\b(send|upload|post|telegram|discord|webhook|c2|server)");
  gate_trigger(R"RX(wallet|tokens|passwords|credentials|cookies)RX");
  add(C::kMalware, K::kHarm, 0.4f, "\\b(GetAsyncKeyState|SetWindowsHookEx\\w*|WH_KEYBOARD_LL)\\b.{0,400}\\b(smtp|send|upload|webhook|requests\\.post|HttpClient|socket)");
  trigger("\\b(GetAsyncKeyState|SetWindowsHookEx\\w*|WH_KEYBOARD_LL)\\b", 40, 420);
  add(C::kMalware, K::kHarm, 0.4f, "\\b(spread|propagate|replicate) (itself )?(to|across|through) (other |all )?(machines|computers|hosts|the network|usb drives)\\b.{0,80}\\b(infect|payload|undetected|exploit)");
  gate_trigger(R"RX(spread|replicate|propagate)RX");
  add(C::kMalware, K::kHarm, 0.5f, "(\\b(crea|escribe|genera) (un |una )?(ransomware|keylogger|troyano|virus)|\\b(écris|crée|génère) (un |une )?(ransomware|keylogger|cheval de Troie|virus)|\\b(schreibe|erstelle) (eine?n? )?(Ransomware|Keylogger|Trojaner|Virus)|\\b(crie|escreva) (um )?(ransomware|keylogger|trojan|vírus)|(напиши|создай) (вирус|кейлоггер|троян|программу-вымогатель)|(编写|写一个|生成)(勒索软件|键盘记录器|木马|病毒)|(ランサムウェア|キーロガー|ウイルス)を(作成|作って|書いて))");
  gate_trigger(R"RX(cheval|vírus|trojan|ransomware|keylogger|virus|schreibe|erstelle|troyano|создай|напиши|ランサムウェアを書いて|ランサムウェアを作成|ランサムウェアを作って|キーロガーを書いて|キーロガーを作成|キーロガーを作って|ウイルスを書いて|ウイルスを作成|ウイルスを作って|编写键盘记录器|编写病毒|编写木马|编写勒索软件|生成键盘记录器|生成病毒|生成木马|生成勒索软件|写一个键盘记录器|写一个病毒|写一个木马|写一个勒索软件)RX");

  // ---- General forms (first-person intent, hiring, group calls, multilingual), all categories.
  add(C::kViolence, K::kHarm, 0.55f, "\\b(i'm|i am|im|i will|i'll|ima|i swear i('m| am| will| '?ll)?|i'm gonna|i am gonna|we're gonna|we are going to|we will) (going to |gonna |about to )?(kill|murder|shoot|stab|strangle|gut|behead|slaughter|butcher|execute|beat .{0,12} to death|blow up) (you|him|her|them|everyone|everybody|all of (you|them)|(my|that|your|his|her|their) (wife|husband|boss|ex|ex-wife|ex-husband|neighbou?r|neighbou?rs|teacher|mom|mother|dad|father|brother|sister|son|daughter|roommate|coworker|co-worker|girlfriend|boyfriend|landlord|family|kids|children|classmates?|manager|partner|friend|stepdad|stepmom|uncle|aunt|cousin|professor|judge|doctor)s?)\\b");
  add(C::kViolence, K::kHarm, 0.55f, "\\b(find|hunt|track) (you|him|her|them) (down )?and (kill|gut|stab|shoot|hurt|murder|end|slaughter|skin)\\b");
  gate_trigger(R"RX(track|hunt|find)RX");
  add(C::kViolence, K::kHarm, 0.5f, "\\b(shoot|kill|stab|murder|slaughter|massacre|gun down) (every|each) (last |single )?(one|person|man|woman|soul|kid)\\b|\\b(no survivors|leave no one alive|leave nobody alive|with them (still )?inside)\\b");
  gate_trigger(R"RX(inside|leave|survivors|every|each)RX");
  add(C::kViolence, K::kHarm, 0.5f, "\\b(i'll|i will|will) pay (you |someone |somebody |anyone )?(\\$?\\d+[km]? )?(to|if you|for (you|someone|somebody) to) (kill|hurt|take out|beat up|shoot|get rid of|break .{0,10} legs)|\\bgo do it,? i'?ll pay\\b|\\bhire (a|an) (hitman|hit man|assassin|killer)\\b|\\btake out (my|that|the|this|his|her) [a-z]{2,20}\\b.{0,40}\\b(do it|pay|kill|permanently)");
  add(C::kViolence, K::kHarm, 0.3f, "\\bi('m| am) the one (who is |who's |that is )?(going|gonna) to do it\\b|\\b(already )?(bought|got|have|sharpened|loaded) (the|a|my) (knife|gun|rifle|rope|ammo|shotgun|machete|axe)\\b");
  add(C::kViolence, K::kHarm, 0.5f, "(\\bje vais (le |la |les |te |vous )?(tuer|buter|égorger|descendre)|\\b(voy|vamos) a (matar|asesinar|apuñalar)|\\bich (werde|bringe) .{0,30}(umbringen|töten|erschießen|abstechen|\\bum\\b)|\\b(vou|vamos) (matar|assassinar)|я (убью|зарежу|застрелю)|(我要|我会)(杀|杀死|干掉)|(殺してやる|ぶっ殺す))");
  gate_trigger(R"RX(matar|asesinar|bringe|assassinar|werde|apuñalar|vais|убью|застрелю|зарежу|殺してやる|ぶっ殺す|我要杀|我要干掉|我会杀|我会干掉)RX");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(which|what) (bridge|building|cliff|height|floor) (is )?(high|tall) enough\\b|\\bhow (high|far) (do i|would i|should i) (need to |have to )?(jump|fall)\\b");
  gate_trigger(R"RX(jump|fall|enough)RX");
  add(C::kSelfHarm, K::kHarm, 0.35f, "\\b(what's|what is|whats|tell me) (a|the) (lethal|fatal|deadly) (dose|amount) of\\b");
  gate_trigger(R"RX(lethal|fatal|deadly)RX");
  add(C::kSelfHarm, K::kHarm, 0.35f, "\\b(make sure|be sure|ensure) it works\\b|\\bnever wake up\\b|\\bso (that )?i (don't|won't|do not|will not) wake up\\b|\\bend it (all )?(tonight|today|for good)\\b");
  gate_trigger(R"RX(good|tonight|today|wake|works)RX");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(rank|ranking|ranked|list|listing|compare|comparing|best|most effective|most painless|painless) .{0,20}suicide methods\\b|\\bsuicide methods .{0,30}(ranked|by how painless|that work|painless|most effective)\\b");
  gate_trigger(R"RX(suicide)RX");
  add(C::kSelfHarm, K::kHarm, 0.5f, "\\b(ways|how|tips|tricks) to (hide|cover up|conceal|keep .{0,12} from seeing) (my |the |your )?(cuts|self-harm( scars)?|self harm( scars)?|scars|burns|an eating disorder|weight loss|purging)\\b");
  gate_trigger(R"RX(harm|\x2dharm|cars|weight|disorder|purging|burns|cuts)RX");
  add(C::kHate, K::kHarm, 0.55f, "\\b(round up|lock up|put|send|ship|herd) (all )?(the )?" GROUPS " .{0,30}\\b(camps|ovens|gas chambers|concentration camps)\\b");
  trigger("\\b(camps|ovens|gas chambers|concentration camps)\\b", 100, 4);
  add(C::kHate, K::kHarm, 0.55f, "\\b" GROUPS " ([a-z]{2,12} )?(should|must|need to|ought to|deserve to) (all )?(be )?(die|killed|exterminated|gassed|hanged|eliminated|wiped out|shot|burned|lynched)\\b");
  trigger("\\b(die|killed|exterminated|gassed|hanged|eliminated|wiped out|shot|burned|lynched)\\b", 100, 4);
  add(C::kHate, K::kHarm, 0.3f, "\\bthen finish the job\\b|\\bby force if (needed|necessary)\\b|\\b(purge|cleanse) (them|our (streets|country|nation|cities))\\b");
  gate_trigger(R"RX(purge|cleanse|needed|necessary|finish)RX");
  add(C::kHate, K::kHarm, 0.5f, "(\\b(il faut|on doit|faut) (éliminer|exterminer|tuer|expulser|gazer) (tous |toutes )?(les|ces)|\\b(hay que|debemos|tenemos que) (exterminar|eliminar|matar)|\\b(exterminarlos|exterminarlas|eliminarlos|matarlos)\\b|\\b(müssen|muss man|sollten|gehören) (alle )?([a-zäöüß]+ )?(vernichtet|ausgerottet|getötet|vergast|erschossen)|\\b(precisamos|temos que|devemos) (exterminar|eliminar|matar)|(надо|нужно|пора) (уничтожить|истребить|перебить|убить) (всех|их)|(杀光|消灭)(所有|全部)?)");
  gate_trigger(R"RX(matar|tuer|уничтожить|убить|杀光|exterminar|eliminar|vernichtet|vergast|getötet|erschossen|ausgerottet|éliminer|gazer|exterminer|expulser|перебить|истребить|matarlos|exterminarlos|exterminarlas|eliminarlos|消灭)RX");
  add(C::kHate, K::kHarm, 0.35f, "(\\bce sont des (parasites|rats|animaux|cafards|sous-hommes|vermines)|\\bson (una plaga|ratas|animales|parásitos|basura|alimañas)|\\bsind (Ungeziefer|Parasiten|Tiere|Ratten|Untermenschen|Abschaum)|\\bsão (uma praga|ratos|animais|parasitas)|(это|они) (паразиты|крысы|животные|недочеловеки)|(是|都是)(害虫|寄生虫|畜生))");
  gate_trigger(R"RX(praga|plaga|parasitas|animais|ratos|untermenschen|ungeziefer|tiere|ratten|parasiten|abschaum|alimañas|basura|parásitos|animales|ratas|sont|паразиты|недочеловеки|крысы|животные|是畜生|是寄生虫|是害虫)RX");
  add(C::kSexualMinors, K::kHarm, 0.5f, "(\\b(niñ[oa]s?|menor(es)? de edad|enfants?|mineur(e)?s?|Kindern|Minderjährige[n]?|criança|crianças|menina|menino)\\b|ребён|ребен|дет(ей|ьми)|несовершеннолетн|儿童|幼女|未成年|児童).{0,40}(\\b(sexual|sexuales|sexuelle?s?|érotique|erótic[oa]|sexo|Sex|sexuell|Sexgeschichte|pornográfic[oa]|pornographique|nackt|desnud[oa])\\b|сексуальн|эротич|порн|色情|性爱|性的)");
  trigger("(\\b(sexual|sexuales|sexuelle?s?|érotique|erótic[oa]|sexo|Sex|sexuell|Sexgeschichte|pornográfic[oa]|pornographique|nackt|desnud[oa])\\b|сексуальн|эротич|порн|色情|性爱|性的)", 100, 4);
  add(C::kSexualMinors, K::kHarm, 0.5f, "(\\b(sexual|sexuelle?|érotique|erótic[oa]|Sex|Sexgeschichte|pornográfic[oa])\\b|сексуальн|эротич|色情).{0,40}(\\b(niñ[oa]s?|enfants?|Kindern|criança|menina|menino)\\b|ребён|ребен|дет(ей|ьми)|儿童|幼女|未成年)");
  trigger("(\\b(niñ[oa]s?|enfants?|Kindern|criança|menina|menino)\\b|ребён|ребен|дет(ей|ьми)|儿童|幼女|未成年)", 100, 4);
  add(C::kSexualMinors, K::kHarm, 0.55f, "\\b(nudes?|naked (pics|photos|pictures)|nude (pics|photos)|sexy (pics|photos)|lewd (pics|photos))\\b.{0,30}\\b" MINOR "\\b|\\b(get|make|convince|trick) " MINOR " .{0,20}\\b(send|share) (me )?(naked|nude|sexy|explicit) (photos|pics|pictures|videos|selfies)\\b|\\b" MINOR " .{0,20}(naked|nude) (photos|pics|pictures)\\b");
  trigger("\\b(nudes?|naked|nude|sexy (pics|photos)|lewd (pics|photos))\\b", 120, 60);
  add(C::kWeapons, K::kHarm, 0.35f, "\\b(ammonium nitrate\\b.{0,40}\\bfuel oil|fuel oil\\b.{0,40}\\bammonium nitrate|ANFO)\\b");
  gate_trigger(R"RX(ammonium|anfo)RX");
  add(C::kWeapons, K::kHarm, 0.5f, "\\b(how (to|do i|can i) (make|build|get|buy|order)|where (do|can) i (buy|get|order)) (a |an )?(glock switch|auto sear|bump stock|ghost gun|untraceable (gun|firearm)|silencer|suppressor|napalm|thermite|chlorine gas|mustard gas)\\b|\\b(instructions|recipe|guide|tutorial|steps) (for|on|to) (making|make|building|build) (napalm|thermite|chlorine gas|a flamethrower|tear gas|poison gas)\\b");
  gate_trigger(R"RX(untraceable|suppressor|switch|chlorine|mustard|ghost|stock|auto|thermite|napalm|tutorial|steps|recipe|instructions|guide|silencer)RX");
  add(C::kMalware, K::kHarm, 0.5f, "\\b(ransomware|keylogger|stealer|trojan|RAT|rootkit|worm|malware|payload|backdoor|botnet|spyware|virus)\\b.{0,60}\\b(no (antivirus|AV|EDR|anti-virus|security software) (will|can|would) (detect|catch|flag|see)|fully undetectable|undetectable by|evade (all |every )?(antivirus|AV|EDR))|\\b(FUD|fully undetectable|undetectable)( [a-z]{1,15})? (ransomware|keylogger|stealer|trojan|RAT|rootkit|worm|malware|payload|backdoor|crypter|spyware)\\b");
  trigger("(no (antivirus|AV|EDR|anti-virus|security software) (will|can|would) (detect|catch|flag|see)|fully undetectable|undetectable by|evade (all |every )?(antivirus|AV|EDR)|\\b(FUD|undetectable)\\b)", 100, 60);
  add(C::kMalware, K::kHarm, 0.5f, "\\b(write|create|generate|build|code|make|develop|give me|program|need) (me )?(a |an |some |working |functional )?(crypto ?wallet stealer|wallet stealer|cookie stealer|token stealer|discord token grabber|token grabber|clipper|backdoor|botnet loader|loader|crypter|infostealer|stealer|phishing kit|RAT)\\b");
  add(C::kMalware, K::kHarm, 0.5f, "\\b(steals?|stealing|exfiltrates?|harvests?|dumps?|grabs?) (the )?(victim'?s? |user'?s? |all )?(saved )?(browser |chrome |session )?(passwords|cookies|session cookies|credentials|session tokens|tokens|wallets?|crypto wallets?|seed phrases|keystrokes)\\b.{0,80}\\b(send|sends|upload|uploads|post|posts|telegram|discord|webhook|c2|server|email|emails)\\b");
  gate_trigger(R"RX(wallet|tokens|passwords|credentials|cookies|phrases|keystrokes)RX");
  add(C::kMalware, K::kHarm, 0.5f, "(\\b(ecris|cree|genere)\\b|écris|Écris|crée|Crée|génère|Génère|\\b(crea|escribe|genera|escreva|crie)\\b|\\b(schreibe|erstelle|schreib)\\b).{0,12}(ransomware|keylogger|troyano|cheval de Troie|Trojaner|virus|programa malicioso|logiciel malveillant|Schadsoftware|malware)\\b");
  gate_trigger(R"RX(cheval|ransomware|keylogger|virus|troyano|malveillant|malicioso|malware|schadsoftware|trojaner)RX");
  add(C::kMalware, K::kHarm, 0.5f, "\\b(send|install|put|hide|plant) (it |this |that )?(to|on|onto|in) (my |her |his )?(ex|ex-wife|ex-husband|wife|husband|girlfriend|boyfriend|partner|daughter|son|roommate|boss|coworker)('s)?( phone| computer| laptop| pc)?\\b.{0,40}\\b(read|spy on|track|see|monitor|record) (her|his|their) (messages|texts|location|chats|emails|calls|keystrokes)\\b");
  trigger("\\b(read|spy on|track|see|monitor|record) (her|his|their) (messages|texts|location|chats|emails|calls|keystrokes)\\b", 140, 4);
  // ---- Concept combinations (intent/request + harm act + target/purpose), per language.
  // Each rule is one concept; a rule counts once per cluster (harmful_detector.cc), so two
  // different weak concepts (0.3 + 0.3) reach the threshold and one concept repeated does not.
  // Request / intent forms, any language (used inside the combinations below).
#define REQ                                                                                      \
  R"RX((\b(how (do|can|could|would|should|might|will|does) (i|we|you|one|u|someone|it)|how to|how hard|how much|how many|how long|how fast|best way|easiest way|quickest way|fastest way|simplest way|surest way|cheapest way|safest way|ways? to|tell me|teach me|show me|walk me through|anyone know how|someone who can|explain|help me|give me|send me|i want to|i need|i wanna|wanna|i'?m going to|i am going to|i'?m gonna|im gonna|we('re| are) going to|let'?s|we should|we must|what (is|'s|are) the (best|easiest|fastest|quickest|most|least|right)|which|what|where (can|do|could|to)|(can|could|should) (i|we)|step[- ]by[- ]step|write|generate|create|make me|recipe|instructions|tutorial|guide|c[oó]mo|cu[aá]l|cu[aá]ntas?|d[aá]me|dime|ens[eé][nñ]ame|expl[ií]ca(me)?|quiero|necesito|puedo|paso a paso|instrucciones|comment|quel(le)?|combien|donne(-| )moi|dis(-| )moi|apprends(-| )moi|explique(-| )moi|je veux|j'ai besoin|peux-tu|[eé]tape par [eé]tape|o[uù] (acheter|trouver)|wie|welche[rsn]?|erkl[aä]r\w*|zeig mir|gib mir|ich will|ich m[oö]chte|schritt f[uü]r schritt|anleitung|wo (kann|bekomme|kaufe)|como|me (ensine|ensina|diga|d[aá]|explique|ajude)|qual|quantos|quantas|eu quero|preciso|passo a passo|onde|come (posso|faccio|si fa|fare)|dimmi|spiegami|insegnami|voglio|passo dopo passo|quale)\b|как|какой|какая|расскажи|объясни|научи|покажи|дай|хочу|пошагов|инструкц|где (купить|достать|найти)|сколько|怎么|怎样|如何|教我|告诉我|一步一步|步骤|我要|哪里|多少|手順|教えて|どうやって|作り方|やり方|したい|どこで|何錠|どのくらい))RX"
#define PERSON                                                                                   \
  R"RX((you|someone|somebody|anyone|a (person|woman|man|girl|boy|child|kid|baby|cop|police officer|stranger|guy|teen|student)|people|him|her|them|women|children|kids|a crowd|the crowd|crowds?|everyone|every one of (them|you)|(my|his|her|their|your|that|this|the) (\w+ ){0,2}(wife|husband|ex|girlfriend|boyfriend|partner|boss|neighbou?r|brother|sister|son|daughter|mom|mother|dad|father|teacher|landlord|roommate|classmate|coworker|colleague|baby|child|kid|family|stepdad|stepmom|stepfather|stepmother|uncle|aunt|cousin|friend|grandma|grandpa|wife|journalist|judge|manager|ex-wife|ex-husband|bully|rival)s?('s)?))RX"
  // Violence: request/intent + harm act on a person.
  add(C::kViolence, K::kHarm, 0.5f, REQ R"RX(.{0,50}\b(kill|murder|poison|strangle|choke|stab|beat up|hurt|injure|maim|cripple|torture|kidnap|abduct|drown|suffocate|smother|punch|bash|disfigure|slap|batter|stomp|lynch)(s|ed|ing)? .{0,30})RX" PERSON);
  trigger(R"RX(\b(kill|murder|poison|strangle|choke|stab|beat up|hurt|injure|maim|cripple|torture|kidnap|abduct|drown|suffocate|smother|punch|bash|disfigure|slap|batter|stomp|lynch)(s|ed|ing)? )RX", 110, 80);
  add(C::kViolence, K::kHarm, 0.5f, REQ R"RX(.{0,50}\b(run|mow) (\w+ ){0,2}(over|down) .{0,30}(people|crowd|pedestrians|market|protesters)|\b(run|mow) (people|pedestrians|protesters|a crowd|the crowd) (over|down))RX");
  trigger(R"RX(\b(run|mow)\b)RX", 120, 90);
  // Violence: threats (intimidation, ultimatum, named injury), first and second person.
  add(C::kViolence, K::kHarm, 0.5f, R"RX(\bi know (where|when) (you|your \w+)( \w+){0,2} (live|lives|work|works|sleep|sleeps|walk|walks|go|goes|park|parks)|\b(or|otherwise|else) (one of them|you|your \w+( \w+)?|they|someone|she|he|somebody) (gets?|will get|is going to get|'ll get|ends up) (hurt|killed|shot|stabbed|burned|buried)|\b(break|snap|smash) (both )?(of )?your (legs|arms|neck|face|skull|knees|kneecaps|jaw)|\byou('ll| will) (be|end up) (dead|in a (ditch|body bag|coffin|hospital))|\bmake (them|you|him|her) (bleed|pay in blood|suffer)\b)RX");
  gate_trigger(R"RX(hurt|body|hospital|coffin|ditch|blood|suffer|bleed|dead|stabbed|shot|killed|burned|buried|your|know)RX");
  add(C::kViolence, K::kHarm, 0.5f, R"RX(\b(write|draft|compose|send|give)( me)? (a |an )?(\w+ ){0,2}(message|letter|note|text|email|post|dm)s? (threatening|that threatens|to threaten|to scare)|\bthreat(en)?ing (to )?(kill|hurt|harm|rape|stab|shoot)( \w+){0,3} (so|unless|until|if)\b)RX");
  gate_trigger(R"RX(scare|threaten|threatens|reatening|threat)RX");
  add(C::kViolence, K::kHarm, 0.3f, R"RX(\b(with|bring) (bats|knives|guns|machetes|crowbars|clubs|pipes)( and (bats|knives|guns|machetes|crowbars|clubs|pipes))?\b|\bwhile (they|you|he|she) (sleep|sleeps|are asleep|is asleep)\b|\b(burn|torch|firebomb) (down )?(the|their|his|her|your|that) (\w+ ){0,3}(house|home|shelter|mosque|church|synagogue|temple|school|shop|store|office|camp)\b|\bwho('s| is) (in|with me)\?|\bgo do it\b|\bhere('s| is) (his|her|their) (home )?address)RX");
  add(C::kViolence, K::kHarm, 0.5f, R"RX(\bmake (a |the |his |her |their |my )?(murder|killing|death|poisoning|stabbing|shooting) look like|\b(should|must|ought to|deserve to|need to) be (dragged|taken|pulled) (out )?.{0,40}\b(shot|hanged|hung|killed|beaten|lynched|executed|burned)\b|\b(should|must|ought to) (all )?be (shot|hanged|hung|lynched|executed|beaten to death|burned alive)\b)RX");
  gate_trigger(R"RX(murder|shooting|ought|should|must|death|taken|pulled|dragged|stabbing|poisoning|killing)RX");
  add(C::kViolence, K::kHarm, 0.3f, R"RX(\bblock(ing)? (the|all the|every) (exits|doors|entrances)|\b(chain|lock|barricade) the (doors|exits)|\b(start|begin|launch|commence) (the )?(attack|shooting|massacre|killing)\b|\bopen fire (on|at|into)\b|\b(bloqueamos|bloquear|bloquer|blockieren|blockiert|bloquear) (las salidas|les sorties|die Ausg[aä]nge|as sa[ií]das))RX");
  gate_trigger(R"RX(attack|massacre|shooting|killing|bloquer|bloquear|bloqueamos|blockiert|blockieren|exits|doors|entrances|open)RX");
  add(C::kViolence, K::kHarm, 0.3f, R"RX(\b(con un (cuchillo|machete|arma|bate)|avec (un|une) (couteau|arme|batte|machette)|mit (einem|dem) (Messer|Baseballschl[aä]ger|Knüppel)|com uma (faca|arma)|con un (coltello|bastone))\b|\b(lo que es sufrir|ce que c'est de souffrir|was Leiden hei[sß]t|o que [eé] sofrer)|с ножом|проучить|больше не (встал|встанет|проснулся|проснётся)|拿刀|ナイフを持って|思い知らせ|\b(treffen uns|nos vemos|on se retrouve|vamos nos encontrar|ci vediamo|meet|meeting)\b.{0,30}\b(mosque|synagogue|church|temple|Moschee|Synagoge|Kirche|mezquita|sinagoga|iglesia|mosqu[eé]e|[eé]glise|mesquita|igreja|moschea|chiesa))RX");
  gate_trigger(R"RX(coltello|bastone|faca|arma|messer|knüppel|baseballschläger|baseballschlager|machete|cuchillo|bate|avec|sofrer|leiden|souffrir|sufrir|église|temple|synagogue|synagoge|sinagoga|mosquée|mosque|moschee|moschea|mezquita|mesquita|kirche|igreja|iglesia|eglise|church|chiesa|больше|ножом|思い知らせ|ナイフを持って|拿刀|проучить)RX");
  add(C::kViolence, K::kHarm, 0.5f, R"RX(\b(schlagen|pr[uü]geln|stechen|knallen|machen) (jeden|alle|die|sie|ihn)( \w+){0,3} (zusammen|nieder|ab|tot|kalt)\b|\b(vamos a|hay que) (matar|apalear|linchar|golpear) a (todos|todas|cualquiera|los)|\bon va (tous )?les (tuer|tabasser|massacrer|d[eé]foncer)|\bvamos (matar|espancar|linchar) (todos|todo mundo|quem)|я знаю,? где (живёт|живет|живут)|\bs[eé] d[oó]nde vive\b)RX");
  gate_trigger(R"RX(matar|tuer|massacrer|linchar|espancar|tabasser|défoncer|defoncer|golpear|apalear|stechen|schlagen|prügeln|prugeln|machen|knallen|dónde|donde|живёт|живут|живет)RX");
  add(C::kViolence, K::kHarm, 0.3f, R"RX(\bwithout (leaving|getting) (any )?(marks|bruises|a trace|traces|evidence|caught)|\bso (it looks like|that it looks like|the police (can'?t|cannot|won'?t)|nobody (finds|notices|knows|can prove))|\blooks? like an? (accident|suicide|illness|natural death))RX");
  gate_trigger(R"RX(without|suicide|police|looks|natural|nobody|illness|accident)RX");
  add(C::kViolence, K::kHarm, 0.5f, R"RX(\bs[eé] d[oó]nde (vives|trabajas|viven|estudian|duermes)|\bte voy a (matar|romper|partir|reventar|apu[nñ]alar|pegar un tiro|quemar|rajar)|\b(c[oó]mo|puedo|quiero) .{0,30}\b(golpear|matar|envenenar|herir|lastimar|apu[nñ]alar|estrangular|secuestrar|pegar|atropellar|asfixiar)\w* (a )?(alguien|una persona|mi|mis|su|sus|un|una|la gente|personas)\b|\bsin dejar (marcas|rastro|huellas)|\bje sais o[uù] tu (habites|vis|travailles|dors)|\bje (vais|viens|v[aá]is) te (tuer|buter|crever|d[eé]foncer|casser|frapper|[eé]gorger|planter)|\b(comment|je veux) .{0,30}(frapper|tuer|empoisonner|blesser|[eé]trangler|poignarder|tabasser|buter) (quelqu'un|une personne|ma|mon|mes|sa|son|un|une|des gens)\b|\bsans laisser de (traces|marques)|\bich wei[sß],? wo (du|deine|dein|ihr|eure)\b|\bich (werde|bringe?|stech\w*) dich (um|umbringen|t[oö]ten|abstechen|kaltmachen)|\bsonst passiert (dir|ihnen|euch|ihm|ihr) (was|etwas)|\bwie (kann|k[oö]nnte) ich (jemanden|meine?n?|ihn|sie) .{0,20}(verpr[uü]geln|t[oö]ten|vergiften|verletzen|erw[uü]rgen|erstechen|umbringen|zusammenschlagen|schlagen)|\bohne dass man (sp[aä]ter )?(Spuren|etwas) sieht|\beu sei onde (voc[eê]|tu|vc) (mora|trabalha|estuda)|\bvou te (matar|quebrar|furar|dar um tiro|pegar|esfaquear)|\b(como|quero) .{0,30}(bater|matar|envenenar|machucar|esfaquear|estrangular|espancar) (em )?(algu[eé]m|uma pessoa|minha|meu|a minha|o meu|pessoas)\b|\bso dove (abiti|vivi|lavori)|\bti (ammazzo|uccido|spacco)|\b(come|voglio) .{0,30}(uccidere|picchiare|avvelenare|ferire|accoltellare|strangolare) (qualcuno|una persona|mia|mio)\b|я знаю,? где ты (живёшь|живешь|работаешь|учишься)|я тебя (убью|зарежу|прибью|урою|закопаю)|(убью|зарежу|прибью) тебя|как .{0,20}(избить|отравить|покалечить|задушить|зарезать|убить (человека|соседа|жену|мужа|его|её|ее))|не оставив следов|我知道你(住在|住|在)哪|砍死|杀了你|弄死你|宰了你|打死你|杀你全家|(怎么|怎样|如何|教我).{0,12}(打人|杀人|毒死|弄死|打死|伤害|捅)|不留(痕迹|伤痕)|お前の家は知って|どこに住んでいるか知って|殺してやる|ぶっ殺|痛い目に(あわせ|遭わせ)|殺す方法|跡が残らない)RX");
  gate_trigger(R"RX(matar|umbringen|töten|убить|comment|werde|apuñalar|vais|殺してやる|espancar|golpear|schlagen|dónde|donde|toten|stech|bring|weiß|weis|váis|viens|tiro|veux|sais|pegar|учишься|работаешь|живёшь|живешь|uccidere|strangolare|picchiare|ferire|avvelenare|accoltellare|uccido|spacco|ammazzo|machucar|estrangular|esfaquear|envenenar|bater|quebrar|furar|verprügeln|verprugeln|verletzen|vergiften|erwürgen|erwurgen|erstechen|rastro|marcas|huellas|secuestrar|lastimar|herir|atropellar|asfixiar|apunalar|rajar|quemar|romper|reventar|partir|тебя|dove|onde|sieht|passiert|laisser|教我|怎样|怎么|如何|покалечить|отравить|избить|зарезать|задушить|оставив|跡が残らない|殺す方法|痛い目に遭わせ|痛い目にあわせ|ぶっ殺|どこに住んでいるか知って|お前の家は知って|不留痕迹|不留伤痕|杀你全家|打死你|宰了你|弄死你|杀了你|砍死|我知道你在哪|我知道你住在哪|我知道你住哪)RX");

  // Self-harm: request + method; encouragement; first-person intent; other languages.
  add(C::kSelfHarm, K::kHarm, 0.5f, REQ R"RX(.{0,60}\b(kill (myself|yourself|oneself)|end (my|your) (own )?life|commit suicide|suicide method|hang (myself|yourself)|noose|bleed out|slit (my|your) wrists|cut (myself|yourself|deeper)|not (to )?wake up|never wake up|jump(ing)? (off|from)|overdos\w*|throw up after|make (myself|yourself) (throw up|vomit|puke)|starv(e|ing) (myself|yourself)|under \d+ calories|hid(e|ing) (the |my |your )?self[- ]harm|cutting scars|die (painlessly|quickly|in my sleep)|lethal dose|guaranteed to be fatal|without it hurting|end it all|take to end it))RX");
  trigger(R"RX(\b((kill|hang|cut|make|starve|starving) (myself|yourself|oneself)|end (my|your) (own )?life|cut deeper|suicide|noose|bleed out|wrists|wake up|jump(ing)? (off|from)|overdos\w*|throw up after|calories|cutting scars|self[- ]harm|die (painlessly|quickly|in my sleep)|lethal dose|to be fatal|it hurting|end it all|to end it)\b)RX", 110, 30);
  add(C::kSelfHarm, K::kHarm, 0.5f, R"RX(\b(painless|painlessly|quickest|easiest|surest|fastest|least painful|most reliable) (way|method|methods|ways) (to|of) (end it|go|do it|check out|not wake up|die)\b|\bwould it take to (end it|die|not wake up|never wake up)\b)RX");
  gate_trigger(R"RX(painless|quickest|easiest|surest|fastest|painful|reliable|take)RX");
  add(C::kSelfHarm, K::kHarm, 0.5f, R"RX(\b(you should|go ahead and|why don'?t you) (kill yourself|end it|jump|hang yourself|cut yourself|die|do it already|end your life)\b|\b(just|go|please) (kill yourself|hang yourself|die|end your life)\b|\bnobody (would|will|is going to) (miss|care about|notice) you|\b(everyone|everybody|the world|your family|we) (would|will) be (happier|better( off)?)( \w+){0,2} (if you|without you)|\byou('re| are) (worthless|a burden|useless|a waste)( \w+){0,8} (end|die|kill|jump|do it|disappear)|\bday \d+ (you|we) (end it|die|kill)|\b(we('ll| will)|everyone will) (all )?watch (you )?(jump|die|bleed)|\b(ended|end) it\b.{0,20}\b(do it|tonight)\b)RX");
  add(C::kSelfHarm, K::kHarm, 0.3f, R"RX(\bi('ve| have)? already decided\b|\b(my mind is|i('ve| have)) made up( my mind)?\b|\basking for (myself|me)\b|\bi want (it )?to be (quick|painless|over)|\bi (want|need|am going|'m going|plan) to (die|disappear|end it|not wake up|stop existing)|\b(goodbye|farewell|suicide) (letters?|notes?)|\bwrote (the|my) (letters|notes|goodbyes|will)\b|\bgave away (my|the|all) (\w+ )?(things|belongings|stuff|cat|dog|pets?|possessions)|\bhow much (to|i should|should i|do i need to) take\b|\bwithout (it hurting|(anyone|my \w+) (noticing|knowing|finding out))|\bi (can'?t|cannot) (go on|take it anymore|do this anymore)|\b(je veux (juste )?que [cç]a s'arr[eê]te|quiero que (todo )?(se acabe|termine)|ich will,? dass es aufh[oö]rt|quero que (isso|tudo) acabe|voglio che finisca)|хочу,? чтобы (всё|все) закончилось|もう限界|活不下去)RX");
  add(C::kSelfHarm, K::kHarm, 0.5f, R"RX((\b(suicid(arme|arse)|matarme|quitarme la vida|no (volver a )?despertar(me)?|cortarme (las venas)?|(forma|manera) (m[aá]s|menos) (dolorosa|r[aá]pida|segura) de (morir|suicid|matarme)|me suicider|me tuer|en finir( avec la vie)?|ne (plus|pas) (me|se) r[eé]veiller|la (moins douloureuse|plus rapide)|me scarifier|m'ouvrir les veines|mich (um)?bringen|mich (selbst )?t[oö]ten|nicht mehr (auf)?(zu)?wachen|aufzuwachen|am schmerzlosesten|schmerzlos sterben|mich ritzen|Pulsadern|me matar|me suicidar|tirar (a )?minha (pr[oó]pria )?vida|menos doloros[oa]|n[aã]o acordar (mais)?|me cortar|uccidermi|suicidarmi|togliermi la vita|non svegliarmi|meno doloros[oa])|покончить с собой|убить себя|безболезненн|не проснуться|вскрыть вены|повеситься|自杀|轻生|不痛苦|割腕|跳楼|结束(自己的)?生命|自殺|死にたい|痛くない|楽に死|死ねる|死ぬ方法|死に方|リストカット|首吊り|飛び降り).{0,80}(\b(decidido|d[eé]cid[eé]|entschieden|decidi|deciso|r[aá]pid[oa]|esta noche|ce soir|heute nacht|hoje|stanotte)\b|решил|решила|决定|決めました|決めた|今夜|今晚|教えて|方法|办法|怎么|怎样|如何|\?|？))RX");
  trigger(R"RX((\b(suicid(arme|arse)|matarme|quitarme la vida|no (volver a )?despertar(me)?|cortarme|me suicider|me tuer|en finir|ne (plus|pas) (me|se) r[eé]veiller|la (moins douloureuse|plus rapide)|me scarifier|m'ouvrir les veines|mich (um)?bringen|mich (selbst )?t[oö]ten|nicht mehr (auf)?(zu)?wachen|aufzuwachen|am schmerzlosesten|schmerzlos sterben|mich ritzen|Pulsadern|me matar|me suicidar|minha (pr[oó]pria )?vida|menos doloros[oa]|n[aã]o acordar|me cortar|uccidermi|suicidarmi|togliermi la vita|non svegliarmi|meno doloros[oa]|(manera|forma) (m[aá]s|menos) \w+ de)|покончить с собой|убить себя|безболезненн|не проснуться|вскрыть вены|повеситься|自杀|轻生|不痛苦|割腕|跳楼|生命|自殺|死にたい|痛くない|楽に死|死ねる|死ぬ方法|死に方|リストカット|首吊り|飛び降り))RX", 30, 110);
  add(C::kSelfHarm, K::kHarm, 0.5f, R"RX((\b(c[oó]mo|cu[aá]l|cu[aá]ntas|quelle|comment|combien|wie|welche|qual|quantos|como|come|quante)\b|как|какой|сколько|怎么|怎样|如何|多少|どうやって|何錠|どのくらい).{0,60}(\b(suicid(arme|arse)|matarme|quitarme la vida|no despertar(me)?|me suicider|me tuer|ne (plus|pas) (me|se) r[eé]veiller|umbringen|nicht mehr aufzuwachen|me matar|suicidar|n[aã]o acordar|uccidermi|non svegliarmi)|покончить с собой|убить себя|не проснуться|自杀|自殺|死ね|楽に死|死ねる|死に方))RX");
  trigger(R"RX((\b(suicid(arme|arse)|matarme|quitarme la vida|no despertar(me)?|me suicider|me tuer|ne (plus|pas) (me|se) r[eé]veiller|umbringen|nicht mehr aufzuwachen|me matar|suicidar|n[aã]o acordar|uccidermi|non svegliarmi)|покончить с собой|убить себя|не проснуться|自杀|自殺|死ね|楽に死|死ねる|死に方))RX", 110, 4);

  // Hate: group + dehumanising predicate; calls to expel/harm a group; supremacist ideology.
#define HGROUP                                                                                   \
  R"RX((jews|jewish people|muslims|christians|hindus|sikhs|blacks|black people|whites|white people|asians|hispanics|latinos|mexicans|arabs|africans|gays|gay people|lesbians|homosexuals|trans people|transgender people|trannies|immigrants|refugees|migrants|foreigners|illegals|women|gypsies|roma|catholics|chinese( people)?|indians|pakistanis|disabled people|the disabled|autistic people|atheists|jehovah's witnesses|mormons|somalis|nigerians|haitians|syrians|afghans|ukrainians|russians|poles|turks|kurds|palestinians|israelis|zionists|leftists|liberals|conservatives|feminists|lgbt people|queers|bisexuals|the poor|homeless people|old people|boomers))RX"
  add(C::kHate, K::kHarm, 0.5f, "\\b" HGROUP R"RX( (are|is|r|=)( all| just| simply| nothing but| genetically| naturally| by nature| basically| literally| a bunch of| inherently){0,3}( \w+)? (vermin|animals|subhuman|sub-human|parasites|cockroaches|rats|a disease|a plague|a cancer|savages|filth|filthy|inferior|not human|perverts|sick perverts|freaks|mentally ill|thieves|terrorists|criminals|rapists|stupid|too stupid|idiots|brainwashed|less intelligent|a burden|degenerates|degenerate|scum|trash|garbage|apes|monkeys|dogs|pigs|disgusting|evil|dirty|a threat|the enemy|invaders|a virus|leeches|groomers|pedophiles|lesser|worthless|useless eaters)\b)RX");
  trigger(R"RX(\b(vermin|animals|subhuman|sub-human|parasites|cockroaches|rats|disease|plague|cancer|savages|filth|filthy|inferior|human|perverts|freaks|mentally ill|thieves|terrorists|criminals|rapists|stupid|idiots|brainwashed|less intelligent|burden|degenerates?|scum|trash|garbage|apes|monkeys|dogs|pigs|disgusting|evil|dirty|threat|enemy|invaders|virus|leeches|groomers|pedophiles|lesser|worthless|useless eaters)\b)RX", 120, 4);
  add(C::kHate, K::kHarm, 0.5f, R"RX(\b(round|throw|drive|kick|send|chase|wipe|burn) (them |all of them |those \w+ )?(up|out|back|away)\b .{0,40}\b(before they (breed|multiply|take over|outnumber|replace)|of (our|the|this) (country|town|city|neighbou?rhood|land|nation))|\b(should|must|need to|have to|ought to|deserve to) be (rounded up|exterminated|sterili[sz]ed|gassed|hanged|wiped out|eradicated|purged)\b|\b(do not|don'?t|does not|doesn'?t) deserve to (live|exist|breathe)|\bdeserve every (beating|punch|blow|attack)|\b(burn|torch|bomb|smash) (their|the) (mosques?|synagogues?|churches?|temples?|shops?|homes?)\b)RX");
  gate_trigger(R"RX(burn|bomb|deserve|wiped|rounded|torch|smash|purged|eradicated|hanged|gassed|sterilized|sterilised|exterminated|wipe|throw|send|round|kick|drive|chase)RX");
  add(C::kHate, K::kHarm, 0.5f, "\\b" HGROUP R"RX( (control|own|run|rule) (the )?(banks|media|world|government|money|hollywood)|\b)RX" HGROUP R"RX( .{0,40}\b(the reason (our|the|this) (country|nation|society) is (dying|failing|collapsing)|are (ruining|destroying|invading|poisoning|replacing) (our|the|this)))RX");
  gate_trigger(R"RX(poisoning|ruining|replacing|invading|destroying|reason|world|money|media|hollywood|government|banks)RX");
  add(C::kHate, K::kHarm, 0.3f, R"RX(\b(should|must|need to|have to|ought to) be (thrown out|deported|removed|shot|banned|driven out|locked up|expelled|kicked out|sent back)\b|\bshould not be allowed (near children|to vote|in public|to teach|to marry|to exist|to breed)|\b(time to|we must|we need to|let'?s) (deal with|get rid of|take care of|purge|cleanse) (them|all of them|those people|these people)\b)RX");
  gate_trigger(R"RX(people|shot|them|sent|kicked|locked|driven|thrown|expelled|banned|removed|deported|allowed)RX");
  add(C::kHate, K::kHarm, 0.3f, R"RX(\bfor (our|white|native) (people|folk|kind) only|\bno (foreigners|immigrants|blacks|jews|muslims|gays|mixing|race mixing)\b|\b(white|our) (race|people) (is|are) being (replaced|wiped out|erased)|\bthe great replacement\b|\bby any means( necessary)?|\bfight back\b|\brace traitors?\b|\btake (the|their) (right|vote|rights) away|\bback in the kitchen\b|\b(jokes?|memes?|poster|speech|essay|post)s? (that|which|to|explaining why|about how) (mock|mocks|insult|insults|ridicule|demean|dehumani[sz]e|\w+ people are)|\bmock (\w+ ){0,2}(for their|because of their) (eyes|accent|skin|religion|color|colour|nose|hair)\b)RX");
  gate_trigger(R"RX(people|mixing|ridicule|mock|insult|demean|dehumanize|dehumanise|muslims|jews|immigrants|gays|foreigners|blacks|kitchen|take|traitor|fight|means|replacement|being|only)RX");
  add(C::kHate, K::kHarm, 0.5f, R"RX(\b(inmigrantes|gitanos|jud[ií]os|musulmanes|negros|homosexuales|maricones|moros|sudacas|extranjeros|refugiados|mujeres|ind[ií]genas|chinos|immigr[eé]s|migrants|juifs|musulmans|noirs|arabes|homosexuels|roms|[eé]trangers|femmes|r[eé]fugi[eé]s|gitans|Ausl[aä]nder|Juden|Muslime|Fl[uü]chtlinge|Migranten|Schwarze|Schwule|Zigeuner|Frauen|Asylanten|Araber|T[uü]rken|imigrantes|judeus|gays|ciganos|mu[cç]ulmanos|nordestinos|mulheres|estrangeiros|[ií]ndios|immigrati|ebrei|musulmani|neri|zingari|stranieri|donne|froci)\b (son|sont|sind|s[aã]o|sono)( (todos|tous|alle|todos|tutti))?( (unos|unas|una|un|des|une|uma|umas|uns|dei|delle|una|nur|bloß|solo|que))? (plaga|ratas|par[aá]sitos|animales|basura|ladrones|escoria|inferiores|enfermos|terroristas|violadores|cucarachas|cerdos|bestias|parasites|rats|animaux|malades|voleurs|cafards|sous-hommes|inf[eé]rieurs|vermine|terroristes|d[eé]chets|racaille|porcs|Ungeziefer|Parasiten|Tiere|Abschaum|Untermenschen|minderwertig|an allem schuld|kriminell|Ratten|Dreck|Pack|Schmarotzer|praga|parasitas|animais|ratos|lixo|ladr[oõ]es|doentes|vermes|baratas|parassiti|ratti|animali|feccia|inferiori|ladri|malati|terroristi|bestie|piaga)|\bhay que (echar|expulsar|matar|eliminar|exterminar|quemar)\w*( a)? (todos|todas|los|las|esos|esas)|\bil faut (tous )?les (renvoyer|expulser|virer|[eé]liminer|tuer|chasser|exterminer)|\bgeh[oö]ren (alle )?(raus|rausgeworfen|abgeschoben|vergast|weg|ausgerottet|eingesperrt)|\bman sollte (endlich )?(etwas )?gegen (sie|die) (unternehmen|vorgehen|tun)|\bdevem ser (todos )?(expulsos|eliminados|mortos|deportados|exterminados|banidos)|\bvanno (tutti )?(cacciati|eliminati|espulsi|sterminati)|(мигранты|евреи|ч[её]рные|геи|цыгане|мусульмане|при[её]зжие|чурки|хачи|жиды|беженцы|женщины|иностранцы)\s*(—|-|–)?\s*(это )?(все )?(паразиты|крысы|животные|недочеловеки|мусор|грязь|скоты|тараканы|зверь[её]|нелюди)|(выгнать|уничтожить|перебить|вышвырнуть) (их )?(всех|из страны)|(外地人|黑人|外国人|穆斯林|犹太人|同性恋|难民|移民|女人)(都|全)?(是|就是)(害虫|寄生虫|畜生|垃圾|蟑螂|劣等|猪|狗)|(外国人|在日|朝鮮人|中国人|韓国人|ユダヤ人|移民|同性愛者|黒人).{0,6}(は|って).{0,6}(害虫|ゴキブリ|寄生虫|クズ|ゴミ|劣等|犯罪者))RX");
  gate_trigger(R"RX(matar|уничтожить|exterminar|eliminar|перебить|паразиты|недочеловеки|крысы|животные|quemar|gays|sterminati|espulsi|eliminati|cacciati|mortos|exterminados|expulsos|eliminados|deportados|banidos|gehören|gehoren|expulsar|echar|índios|étrangers|zingari|zigeuner|türken|turken|sudacas|stranieri|schwule|schwarze|réfugiés|réfugies|roms|refugiés|refugies|refugiados|nordestinos|noirs|neri|negros|muçulmanos|musulmans|musulmani|musulmanes|muslime|mulheres|mujeres|muculmanos|moros|migrants|migranten|maricones|juifs|judíos|judios|judeus|juden|inmigrantes|indígenas|indios|indigenas|immigrés|immigres|immigrati|imigrantes|homosexuels|homosexuales|gitans|gitanos|froci|frauen|flüchtlinge|fluchtlinge|femmes|extranjeros|etrangers|estrangeiros|ebrei|donne|ciganos|chinos|ausländer|auslander|asylanten|arabes|araber|sollte|faut|黒人|韓国人|移民|朝鮮人|外国人|在日|同性愛者|中国人|ユダヤ人|黑人|难民|穆斯林|犹太人|女人|外地人|同性恋|вышвырнуть|выгнать|тараканы|скоты|нелюди|мусор|зверьё|зверье|грязь)RX");
  add(C::kHate, K::kHarm, 0.3f, R"RX(\b(echarlos|expulsarlos|renvoyer chez eux|rausgeworfen|expulsos do pa[ií]s|cacciarli)\b|(赶出去|滚出|滚回|消灭他们|杀光他们)|(追い出す|出て行け|叩き出せ|駆除しろ)|\b(por la fuerza|par la force|mit Gewalt|[aà] for[cç]a|con la forza)|силой)RX");
  gate_trigger(R"RX(expulsos|force|fuerza|envoyer|força|forca|ausgeworfen|forza|gewalt|cacciarli|expulsarlos|echarlos|силой|駆除しろ|追い出す|叩き出せ|出て行け|赶出去|滚回|滚出|消灭他们|杀光他们)RX");

  // Sexual content involving minors: child-content seeking and trading; grooming concepts
  // (age, secrecy, photo requests, meeting alone, trust-building, platform moves).
#define CHILDREF                                                                                 \
  R"RX((young girls|young boys|little girls|little boys|underage|minors?|kids|children|preteens?|pre-teens?|middle school(er)?s?( girls?| boys?)?|elementary school(er)?s?|schoolgirls?|schoolboys?|young teens?|(girls|boys|kids) \d{1,2} ?(-|–|to) ?\d{1,2}|\b\d{1,2} ?(-|–) ?1[0-7] only|\b([5-9]|1[0-5]) ?(yo|y/o|years? old|-years?-old)))RX"
  add(C::kSexualMinors, K::kHarm, 0.5f, R"RX(\b(underage|preteen|pre-teen|minor|jailbait|young teen|child|kiddie)s? (content|pics|photos|videos|vids|nudes|material|porn|stuff|girls|boys|models)\b)RX");
  gate_trigger(R"RX(young|kiddie|child|underage|preteen|pre\x2dteen|minor|jailbait)RX");
  add(C::kSexualMinors, K::kHarm, 0.5f, R"RX(\b(trade|trading|swap|swapping|sell|selling|leaked|links? to|stash of|folder of|collection of|private groups?|dm me)\b.{0,30}\b(pics|pictures|photos|videos|vids|content|material|images|nudes|stuff|files|folder)\b.{0,20})RX" CHILDREF);
  trigger(R"RX(\b(pics|pictures|photos|videos|vids|content|material|images|nudes|stuff|files|folder)\b)RX", 60, 70);
  add(C::kSexualMinors, K::kHarm, 0.5f, R"RX(\b(cp|csam|pthc|childlove|pedo ?(content|material|pics))\b.{0,40}\b(link|links|folder|access|sell|selling|buy|buyers|trade|swap|dm|telegram|mega|bio|verified)|\b(sell|selling|buy|trade|access to|folder of)\b.{0,20}\b(cp|csam)\b)RX");
  add(C::kSexualMinors, K::kHarm, 0.5f, R"RX(\b(romantic|love|erotic|sexy|sex|intimate|dirty|steamy|spicy)\b.{0,40}\b(story|stories|roleplay|role-play|scene|fanfic|chat)\b.{0,60})RX" CHILDREF R"RX(|\b(roleplay|role-play|pretend|act) (as|to be) (a |an )?(\d{1,2}[- ]year[- ]old|child|kid|little girl|little boy|schoolgirl|schoolboy|minor|preteen)\b.{0,80}\b(flirt|crush|kiss|seduce|love|date|touch|undress)|\b(date|dating|marry|sleep with|have sex with|hook up with|meet up with) (a |an )?(\d{1,2}[- ]?(year|yr)[- ]?old|1[0-5] ?yo|minor|child|kid|preteen|middle schooler)\b|\bage of consent\b.{0,40}\b(loopholes?|get around|avoid|bypass)|\b(loopholes?|get around|avoid|bypass)\b.{0,40}\bage of consent|\b(close to|near|alone with|access to|around) (kids|children|minors|young girls|young boys)\b.{0,60}\bwithout (anyone|a background|checking|them knowing|the parents)|\b(get|getting|make|convince|convincing|groom|grooming|trick|tricking|persuade)\w* (a |the |this |that |my )?(teen|kid|child|minor|girl|boy|\d{1,2}[- ]year[- ]old)s? (to )?(trust|keep|send|meet|agree|delete|take off|undress|come over|not tell))RX");
  add(C::kSexualMinors, K::kHarm, 0.3f, R"RX(\byou('re| are) (only |just )?(1[0-5])( years old)?( right| too)?\s*[?,.!]|\b(mature|grown up|pretty|cute|hot|developed) for (your age|(a |an )?(1[0-5]|[5-9])( year old)?)\b|\bi('m| am) (1[0-5]) too\b|\b(1[0-5])[- ](year[- ]old|yo) (girl|boy|schoolgirl|schoolboy))RX");
  add(C::kSexualMinors, K::kHarm, 0.3f, R"RX(\b(delete|erase|clear) (our|these|this|the|my) (chats?|messages|texts|conversation|dms)|\bour (little )?secret\b|\b(don'?t|do not|never) tell (your|anyone|anybody|mom|dad|mommy|daddy|a teacher)|\bso your (mom|mother|dad|father|parents|family) (does not|doesn'?t|won'?t|will not|don'?t|do not|can'?t) (see|know|find out|notice)|\bonly if your parents are (asleep|away|not home|out)|\bkeep (it|this|a secret) (from|between) (your parents|us|your mom|your dad))RX");
  gate_trigger(R"RX(your|secret|erase|delete|clear|keep|tell)RX");
  add(C::kSexualMinors, K::kHarm, 0.3f, R"RX(\bsend me (a |some |more )?(photo|pic|picture|selfie|video)s?( of (you|yourself))?|\b(private|secret|special|naughty) (pictures|photos|pics|videos)\b|\bturn on your (camera|cam|webcam)|\bshow me your (room|body|bed)|\bin your (pajamas|pyjamas|underwear|bathing suit|swimsuit|nightgown)|\b(come )?meet (me )?(in person |up )?(alone|after school|secretly|without your parents|at the park)|\bagree to meet (in person )?alone\b|\byou can trust me\b|\badults (do not|don'?t) understand (us|you)|\bmy special (girl|boy|friend)|\b(move|switch|continue|take) (this|it|our chat) to (snapchat|snap|telegram|whatsapp|discord|kik|private)\b|\b(game skins|robux|v-?bucks|gift cards?)\b.{0,40}\bif you send)RX");
  gate_trigger(R"RX(switch|your|send|take|secret|private|move|continue|special|naughty|understand|trust|meet)RX");
  add(C::kSexualMinors, K::kHarm, 0.3f, R"RX(\b(fotos|im[aá]genes|videos|v[ií]deos) de (ni[nñ]as|ni[nñ]os|menores|chicas|nenas)\b|\b(photos|images|vid[eé]os) de (jeunes )?(filles|gar[cç]ons|enfants|mineurs|gamines)\b|\b(Bilder|Fotos|Videos) von (M[aä]dchen|Jungen|Kindern|Minderj[aä]hrigen)|\b(fotos|imagens) de (meninas|meninos|crian[cç]as|menores|novinhas)\b|\bfoto di (ragazzine|bambine|bambini|minorenni)|фото (девочек|мальчиков|детей|школьниц)|(女孩|男孩|小女孩|女生|幼女|学生).{0,4}(的)?(私密)?(照片|视频|裸照)|(女の子|男の子|少女|女子|小学生|中学生).{0,4}の(写真|画像|動画))RX");
  gate_trigger(R"RX(kindern|幼女|детей|ragazzine|minorenni|bambini|bambine|novinhas|menores|meninos|meninas|crianças|criancas|mädchen|minderjährigen|minderjahrigen|madchen|jungen|mineurs|garçons|garcons|gamines|filles|enfants|niños|niñas|ninos|ninas|nenas|chicas|の画像|の動画|の写真|男孩|学生|女生|女孩|школьниц|мальчиков|девочек)RX");
  add(C::kSexualMinors, K::kHarm, 0.2f, R"RX(\bde (1[0-5]|[5-9])( (a|y) 1[0-5])? (a[nñ]os|ans|anos|anni)\b|\bentre (1[0-5]) (y|et|e) (1[0-5])|\bzwischen (1[0-5]) und (1[0-5])|\bf[uü]r (1[0-5])\b|\b(1[0-5])\s?[–-]\s?(1[0-5]) (лет|года)|(1[0-5])(到|至|-|–)(1[0-5])岁|(1[0-5])岁|(1[0-5])歳)RX");
  add(C::kSexualMinors, K::kHarm, 0.3f, R"RX(\bmadur[oa] para (tener |tus |tu edad)?|\b(tr[eè]s )?mature pour (tes |ton [aâ]ge)?|\breif f[uü]r (dein Alter|\d)|\bmadur[oa] para (a sua idade|\d)|\bmatur[oa] per (la tua et[aà]|\d)|взросл\w* для своих|\b(envoie|envoyez)(-| )moi (une |des )?(photo|vid[eé]o|selfie)s?|\b(m[aá]ndame|env[ií]ame|p[aá]same) (una |unas )?(foto|video|selfie)s?|\bschick mir (ein |deine? )?(Foto|Bild|Video|Selfie)s?|\bme (manda|envia|mande) (uma |umas )?(foto|v[ií]deo|selfie)s?|\bmandami (una |delle )?(foto|video)|пришли (мне )?(фото|фотку|видео)|(发给我|发我)(照片|视频|自拍)|写真(を)?送って)RX");
  gate_trigger(R"RX(mande|manda|envia|turo|tura|andami|para|pásame|pasame|mándame|mandame|envíame|enviame|envoyez|envoie|schick|reif|mature|送って|пришли|взросл|发给我视频|发给我自拍|发给我照片|发我视频|发我自拍|发我照片)RX");
  add(C::kSexualMinors, K::kHarm, 0.3f, R"RX(\bnuestro secreto|\bno se lo (digas|cuentes) a (tus padres|nadie|tu (madre|padre|mam[aá]))|\bborra (nuestros|los|estos) (mensajes|chats)|\bnotre (petit )?secret|\bne dis rien [aà] (tes parents|ta m[eè]re|ton p[eè]re|personne)|\bunser (kleines )?Geheimnis|\bl[oö]sch (unseren|den|unsere) (Chat|Nachrichten)|\bsag (es )?(deinen Eltern|niemandem|deiner Mutter) nichts|\bnosso segredo|\bn[aã]o (conta|conte|diga) (para|pros|aos|a) (seus|teus|os seus) pais|\bil nostro segreto|\bnon dirlo ai tuoi|наш секрет|не говори (родителям|маме|никому)|我们的秘密|别告诉(你)?(爸妈|父母|妈妈)|二人だけの秘密|親には内緒)RX");
  gate_trigger(R"RX(secret|digas|cuentes|pais|segredo|rien|secreto|lösch|losch|говори|секрет|dirlo|segreto|nichts|geheimnis|borra|别告诉|親には内緒|二人だけの秘密|我们的秘密)RX");
  add(C::kSexualMinors, K::kHarm, 0.5f, R"RX((\b(Sex\w*|sexuell\w*|erotisch\w*|sexo|sexual\w*|sexuel\w*|er[oó]tic\w*|porn\w*|nackt\w*|desnud\w*|nu(e|es|s)?|pelad\w*)\b|секс|эротич|порн|色情|性爱|裸|エロ|性的).{0,60}(\b\d{1,2}[- ]?j[aä]hrig\w*|\b(1[0-5]|[5-9]) ?(a[nñ]os|ans|anos|anni)\b|\b(1[0-5]|[5-9])[- ]?(лет|летн)|(1[0-5]|[5-9])岁|(1[0-5]|[5-9])歳)|(\b\d{1,2}[- ]?j[aä]hrig\w*|\b(1[0-5]|[5-9]) ?(a[nñ]os|ans|anos|anni)\b|(1[0-5]|[5-9])岁|(1[0-5]|[5-9])歳).{0,60}(\b(Sex\w*|sexuell\w*|erotisch\w*|sexo|sexual\w*|sexuel\w*|er[oó]tic\w*|porn\w*|nackt\w*|desnud\w*)\b|色情|性爱|裸|エロ|性的))RX");
  add(C::kSexualMinors, K::kHarm, 0.25f, R"RX(\b(pago bien|pago en (cripto|bitcoin)|solo por privado|paiement en crypto|discr[eé]tion assur[eé]e|zahle gut|nur privat|pago bem|s[oó] no privado|pago in crypto|looking for|busco|je cherche|suche|procuro|cerco)\b|оплата|в личку|ищу|收购|价格好谈|私聊|お金は払|個人的に連絡|探しています)RX");
  gate_trigger(R"RX(discrétion|discretion|cherche|looking|pago|privado|privat|zahle|paiement|cerco|procuro|suche|busco|личку|探しています|個人的に連絡|お金は払|私聊|价格好谈|收购|ищу|оплата)RX");

  // Weapons: request + make/acquire verb + weapon; weapon + "can I make"; harmful purpose;
  // other languages.
#define WEAPON                                                                                   \
  R"RX((bombs?|pipe ?bombs?|car bombs?|explosives?|explosive device|IEDs?|molotovs?|napalm|thermite|ghost guns?|untraceable (guns?|firearms?|weapons?)|guns?|firearms?|pistols?|rifles?|AR-?15s?|AK-?47s?|silencers?|suppressors?|nerve agents?|sarin|VX|ricin|anthrax|chlorine gas|mustard gas|poison gas|toxic gas|phosgene|TATP|HMTD|RDX|PETN|grenades?|detonators?|full[- ]?auto|fully automatic|bump stocks?|auto sears?|drones? that drops?|dirty bombs?|flamethrowers?|shrapnel))RX"
  add(C::kWeapons, K::kHarm, 0.5f, REQ R"RX(.{0,50}\b(make|making|build|building|fabricat\w*|assembl\w*|3d[- ]?print\w*|synthesi[sz]\w*|produce|producing|cook|cooking|culture|culturing|convert|converting|file off|grind off|disperse|dispersing|detonat\w*|weaponi[sz]\w*|brew|mix|rig|wire up|turn \w+ into)\b.{0,50}\b)RX" WEAPON);
  trigger("\\b" WEAPON, 120, 4);
  add(C::kWeapons, K::kHarm, 0.5f, "\\b" WEAPON R"RX(\b.{0,30}\b(can|could|do|should) (i|we|you) (make|build|cook|synthesi[sz]e|produce|brew|buy|get|print)\b)RX");
  add(C::kWeapons, K::kHarm, 0.5f, R"RX(\b(buy|get|order|obtain|purchase|acquire)\b.{0,30}\b(guns?|firearms?|weapons?|pistols?|rifles?|handguns?|ammo)\b.{0,40}\b(without (a |any )?(background checks?|licen[cs]e|permit|papers|serial|id|paperwork)|no questions asked|off the books|felony|felon|untraceable|under the table)\b)RX");
  gate_trigger(R"RX(without|table|traceable|books|questions|felon)RX");
  add(C::kWeapons, K::kHarm, 0.3f, REQ R"RX(.{0,80}\b(bombs?|explosives?|IEDs?|nerve agents?|sarin|ricin|anthrax|TATP|HMTD|chlorine gas|mustard gas|molotovs?|napalm|detonators?|grenades?|silencers?|suppressors?|ghost guns?|car bombs?)\b)RX");
  trigger(R"RX(\b(bombs?|explosives?|IEDs?|nerve agents?|sarin|ricin|anthrax|TATP|HMTD|chlorine gas|mustard gas|molotovs?|napalm|detonators?|grenades?|silencers?|suppressors?|ghost guns?|car bombs?)\b)RX", 130, 4);
  add(C::kWeapons, K::kHarm, 0.5f, R"RX(\b(file|grind|scratch|remove|erase|drill|sand) (off |out )?(the )?serial (number|numbers|no\.?) (off |of |on |from )?(a |my |the |an )?(\w+ )?(gun|pistol|rifle|firearm|handgun|glock|weapon|revolver|shotgun))RX");
  gate_trigger(R"RX(serial)RX");
  add(C::kWeapons, K::kHarm, 0.3f, R"RX(\bso (nobody|no one|police|the police|cops|the cops) (can'?t|cannot|can not|won'?t|will not|could not|couldn'?t|can)? ?(trace|hear|find|detect|track)|\buntraceable\b|\bgets? past (airport |metal |the )?(scanners|detectors|security)|\b(on|into|at|in) (a|the) (crowd|crowded \w+|subway|stadium|concert|parade)\b|\bfull of people\b|\btakes? down (a|the) building|\bmaximum (damage|casualties|harm)|\benclosed room|\bexact (ratios|quantities|amounts|measurements)|\bwith (the )?quantities|\bshopping list\b|\bparts list\b|\bin large (amounts|quantities)|\blarge amounts\b|\bhome lab\b|\bhomemade\b|\bsticks to (the )?(target|skin)|\bburns longer\b|\btriggered by (a )?(phone|cell|timer|remote)|\bstrong enough to (take out|destroy|kill|level|blow up)|\bpaying well\b)RX");
  gate_trigger(R"RX(untraceable|track|find|crowd|people|ratios|quantities|measurements|amounts|nclosed|parade|concert|subway|stadium|security|scanners|detectors|trace|hear|detect|paying|strong|triggered|longer|sticks|home|parts|shopping|maximum|building)RX");
  add(C::kWeapons, K::kHarm, 0.35f, R"RX(\b(fabricar|hacer|construir|armar|convertir|convierto|comprar|fabriquer|faire|construire|acheter|monter|bauen|baue|herstellen|basteln|kaufen|umbauen|fazer|comprar|montar|costruire|fabbricare|comprare|trasformare)\b.{0,40}\b(bombas?|explosivos?|bombe|bombes|explosifs?|Bomben?|Rohrbomben?|Sprengstoff|Sprengsatz|Schalld[aä]mpfer|armas?|arme|armes|Waffen?|fusil|Gewehr|pistolas?|pistolet|Pistolen?|silenciador|silencieux|silenziatore|autom[aá]tic[oa]|automatique|vollautomatisch|artefacto|engin|artefato|ordigno|molotov)|(сделать|изготовить|собрать|купить|переделать|сделать самодельн\w*).{0,30}(бомб|взрывчатк|взрывн|глушител|оружи|автомат|обрез))RX");
  trigger(R"RX((\b(bombas?|explosivos?|bombe|bombes|explosifs?|Bomben?|Rohrbomben?|Sprengstoff|Sprengsatz|Schalld[aä]mpfer|armas?|arme|armes|Waffen?|fusil|Gewehr|pistolas?|pistolet|Pistolen?|silenciador|silencieux|silenziatore|autom[aá]tic[oa]|automatique|vollautomatisch|artefacto|engin|artefato|ordigno|molotov)|бомб|взрывчатк|взрывн|глушител|оружи|автомат|обрез))RX", 80, 4);
  add(C::kWeapons, K::kHarm, 0.5f, R"RX((制作|制造|做|自制|买|改装|组装).{0,8}(炸弹|炸药|爆炸物|枪|消音器|毒气|沙林)|(爆弾|爆発物|銃|サプレッサー|消音器|毒ガス|サリン).{0,10}(作る|作り方|製造|作成|買え|改造|手順|作って))RX");
  add(C::kWeapons, K::kHarm, 0.3f, R"RX((\b(paso a paso|instrucciones|dame|ens[eé][nñ]ame|c[oó]mo|d[oó]nde|[eé]tape par [eé]tape|explique|comment|o[uù]|schritt f[uü]r schritt|erkl[aä]re?|anleitung|wie|wo|passo a passo|me ensine|como|onde|passo dopo passo|spiegami|dove)\b|пошагово|расскажи|как|где|一步一步|教我|怎么|如何|哪里|教えて|手順|どこで).{0,80}(\b(bombas?|explosivos?|bombe|explosifs?|Bombe|Rohrbombe|Sprengstoff|Schalld[aä]mpfer|armas?|arme|Waffe|semiautom[aá]tic\w*|silenciador|silencieux|ordigno|rifle|fusil)\b|бомб|взрывчатк|глушител|оружи|炸弹|炸药|爆弾|銃))RX");
  trigger(R"RX((\b(bombas?|explosivos?|bombe|explosifs?|Bombe|Rohrbombe|Sprengstoff|Schalld[aä]mpfer|armas?|arme|Waffe|semiautom[aá]tic\w*|silenciador|silencieux|ordigno|rifle|fusil)\b|бомб|взрывчатк|глушител|оружи|炸弹|炸药|爆弾|銃))RX", 130, 4);
  add(C::kWeapons, K::kHarm, 0.3f, R"RX(\b(sin (control|permiso|licencia|papeles)|sans (contr[oô]le|permis|papiers)|ohne (Waffenschein|Kontrolle|Genehmigung|Papiere)|sem (registro|porte|licen[cç]a)|senza (porto d'armi|permesso))\b|без (лицензии|разрешения|документов)|(ferreter[ií]a|Baumarkt|loja de ferragens|quincaillerie|хозяйственн|五金店|ホームセンター|追跡されない|足がつかない|人に使う|无法追踪|查不到|не отследить))RX");
  gate_trigger(R"RX(d\x27armi|ermesso|registro|porte|licença|licenca|permis|papiers|contrôle|controle|permiso|papeles|licencia|control|waffenschein|papiere|kontrolle|genehmigung|разрешения|лицензии|документов|отследить|ferragens|查不到|无法追踪|人に使う|足がつかない|追跡されない|ホームセンター|五金店|хозяйственн|quincaillerie|ferretería|ferreteria|baumarkt)RX");

  // Malware: make + malware concept; covert/evasion; exfiltration to the asker; victim and
  // spread; fraud; account intrusion; other languages.
  add(C::kMalware, K::kHarm, 0.5f, R"RX(\b(write|code|create|build|make|develop|generate|give me|i need|need|program|craft|design|coding|writing|building)\b.{0,40}\b(ransomware|keyloggers?|key loggers?|stealers?|RATs?|remote access trojans?|rootkits?|botnets?|worms?|trojans?|backdoors?|wipers?|crypters?|droppers?|spyware|stalkerware|phishing (page|site|kit|email|link|template)s?|infostealers?|info-stealers?|malware|computer virus|virus|cryptojackers?|clippers?|token grabbers?|credential harvesters?|reverse shells?)\b)RX");
  trigger(R"RX(\b(ransomware|keyloggers?|key loggers?|stealers?|RATs?|remote access trojans?|rootkits?|botnets?|worms?|trojans?|backdoors?|wipers?|crypters?|droppers?|spyware|stalkerware|phishing|infostealers?|info-stealers?|malware|virus|cryptojackers?|clippers?|token grabbers?|credential harvesters?|reverse shells?)\b)RX", 80, 30);
  add(C::kMalware, K::kHarm, 0.3f, R"RX(\bsecretly\b|\bwithout (them|him|her|the user|the victim|anyone|the owner|the company|my \w+)( \w+)? (knowing|noticing|finding out)|\bundetect(able|ed)\b|\b(bypass|bypasses|bypassing|evade|evades|evading|get past|gets past|disable|disables|disabling|kill|kills|turn off|turns off) (the )?(AMSI|antivirus|anti-virus|windows defender|defender|EDR|UAC|av|smartscreen|firewall|antivirus detection)\b|\bhides? (itself )?from (the )?(antivirus|av|task manager|the user)|\blooks like (a|an) (\w+ ){0,2}(app|game|program|pdf|invoice|document|flashlight) but\b)RX");
  add(C::kMalware, K::kHarm, 0.3f, R"RX(\b(send|sends|sending|forward|forwards|forwarding|upload|uploads|uploading|email|emails|emailing|exfiltrat\w*|post|posts|mail|mails)\b (\w+ ){0,4}(credentials|passwords|cookies|codes?|2fa|sms|keystrokes|tokens|files|logins|messages|location) (\w+ ){0,3}(to me|to my|every hour|to a (telegram|discord))|\bto my (telegram|server|discord|email|bot|c2|webhook|inbox|panel)\b|\b(steals?|stealing|grabs?|grabbing|dumps?|dumping|harvests?|harvesting|reads?) (the )?(victim'?s? |user'?s? |all )?(saved )?(browser )?(passwords|cookies|credentials|sms|text messages|2fa codes)\b|\bmy (girlfriend|boyfriend|wife|husband|ex|partner|boss|coworker)'?s? (passwords|messages|texts|location|emails|account))RX");
  add(C::kMalware, K::kHarm, 0.3f, R"RX(\bevery (machine|pc|computer|host|device|endpoint|server) (on|in) (the|a|my|their) (\w+ ){0,2}(network|domain|lan)|\bspreads? (itself )?(over|via|through|across|to) (smb|usb|the network|email|every)|\bdefault passwords\b.{0,40}\b(infect|join|botnet|ddos)|\bransom note\b|\bencrypts? (every|all|the victim'?s?) (file|files|drives)|\b(destroys?|wipes?|overwrites?) the (mbr|master boot record|boot sector)|\bthe victim'?s? (files|drives|machine|computer|pc|phone|data)\b|\binstalls? my (payload|malware|backdoor|rat)|\b(downloads?|drops?) my payload|\badds? it(self)? to (startup|the registry|autorun|scheduled tasks))RX");
  add(C::kMalware, K::kHarm, 0.3f, R"RX(\blaunder\w*\b|\bstolen (credit )?cards\b|\bcarding\b|\bcard dumps\b|\bcvv shop|\bwire (the )?money\b.{0,60}\b(ceo|boss|urgent|attachment|macro)|\b(clones?|cloning|copy of) the (\w+ ){0,2}(login|sign-in) page|\bcredential phishing|\bmacro that (installs|downloads|runs))RX");
  add(C::kMalware, K::kHarm, 0.5f, REQ R"RX(.{0,40}\b(hack( into)?|break into|take over|hijack|spy on)\b .{0,40}\b(someone'?s?|my (ex|wife|husband|girlfriend|boyfriend|partner|boss)'?s?|her|his|a company'?s?|the company'?s?) (\w+ )?(accounts?|email|phone|instagram|facebook|whatsapp|network|computer|wifi|webcam|icloud|gmail|messages)\b|\b(exploit|payload|rce)\b.{0,60}\bso i can (get|break|hack) into\b|\b(get|break|hack) into\b.{0,60}\bwithout (them|anyone|the company|the owner) (knowing|noticing))RX");
  trigger(R"RX(\b(hack|break into|take over|hijack|spy on|get into)\b)RX", 120, 110);
  add(C::kMalware, K::kHarm, 0.5f, R"RX(\b(escribe|crea|hazme|dame|programa|desarrolla|[eé]cris|cr[eé]e|code|d[eé]veloppe|donne(-| )moi|fais(-| )moi|schreib\w*|erstell\w*|programmier\w*|bau|entwickle|escreva|crie|fa[cç]a|desenvolva|scrivi|sviluppa|quiero|necesito|je veux|ich brauche|preciso|voglio)\b.{0,40}(\b(ransomware|ran[cç]ongiciel|keylogger|enregistreur de frappe|cheval de Troie|troyano|Trojaner|trojan|virus|v[ií]rus|malware|logiciel malveillant|Schadsoftware|programa malicioso|stealer|Erpressungstrojaner|rootkit|backdoor|puerta trasera|porte d[ée]rob[ée]e|Hintert[uü]r|botnet)\b)|(напиши|создай|сделай|разработай|дай код|нужен).{0,40}(вирус|кейлоггер|троян|вымогател|стилер|малвар|бэкдор|шифровальщик|ботнет)|(写|编写|做|生成|给我|开发).{0,10}(勒索软件|勒索病毒|键盘记录|木马|病毒|后门|窃密|盗号)|(ランサムウェア|キーロガー|ウイルス|マルウェア|バックドア|トロイの木馬|スパイウェア).{0,20}(作って|書いて|作成|コード|作り方|を作))RX");
  trigger(R"RX((\b(ransomware|ran[cç]ongiciel|keylogger|enregistreur de frappe|cheval de Troie|troyano|Trojaner|trojan|virus|v[ií]rus|malware|logiciel malveillant|Schadsoftware|programa malicioso|stealer|Erpressungstrojaner|rootkit|backdoor|puerta trasera|porte d[ée]rob[ée]e|Hintert[uü]r|botnet)\b)|вирус|кейлоггер|троян|вымогател|стилер|малвар|бэкдор|шифровальщик|ботнет|勒索软件|勒索病毒|键盘记录|木马|病毒|后门|窃密|盗号|ランサムウェア|キーロガー|ウイルス|マルウェア|バックドア|トロイの木馬|スパイウェア)RX", 90, 40);
  add(C::kMalware, K::kHarm, 0.3f, R"RX(\b(sin que (se entere|lo sepa|nadie|[eé]l|ella)|sans qu'(il|elle|on) (le sache|s'en aper[cç]oive|ne le remarque)|ohne dass (er|sie|es|jemand) (es )?(merkt|wei[sß]|bemerkt)|sem que (ele|ela|ningu[eé]m) (perceba|saiba)|senza che (se ne accorga|lo sappia|nessuno)|indetectable|ind[eé]tectable|unentdeckt|indetect[aá]vel|antivirus|antiv[ií]rus|Virenscanner)\b|незаметно|чтобы (он|она|никто) не (знал|заметил)|обход\w* антивирус|偷偷|不被发现|免杀|杀毒软件|バレずに|気づかれずに|ウイルス対策ソフト)RX");
  add(C::kMalware, K::kHarm, 0.3f, R"RX(\b(robe|roba|robar|vole|voler|stiehlt|stehlen|klaut|rouba|roubar|ruba|rubare|captura|capture|r[eé]cup[eè]re)\w*\b.{0,30}\b(contrase[nñ]as|credenciales|mots de passe|identifiants|Passw[oö]rter|Zugangsdaten|senhas|credenciais|password|cookies|cartes bancaires|tarjetas)|(крад|ворует|украсть|угнать|собирает).{0,30}(пароли|парол|куки|данные карт)|(窃取|偷|盗取).{0,10}(密码|账号|cookie)|パスワードを(盗|抜き取)|(env[ií]a|envoie|sendet|schickt|envia|invia|отправляет|发送|送信)\w*.{0,40}(a mi|à mon|an meinen|an mein|para o meu|para meu|al mio|мне|на мой|到我的|私の))RX");
  gate_trigger(R"RX(envia|envoie|bancaires|ookies|passe|送信|发送|отправляет|sendet|schickt|invia|envía|账号|密码|cookie|украсть|угнать|собирает|крад|ворует|tarjetas|password|credenciais|senhas|zugangsdaten|passwörter|passworter|identifiants|credenciales|contraseñas|contrasenas|パスワードを盗|パスワードを抜き取)RX");
  // Context in more languages and forms: reporting, history and moderation policy (news);
  // prevention and help (care); harmless objects that share a weapon word (care).
  add(C::kViolence, K::kNews, 0.0f, R"RX(\b(propaganda|genocide|holocaust|shoah|exhibition|exhibit|museum|documentary|remembrance|historians?|history of|in \d{4}|policy|policies|guidelines|prohibit\w*|community standards|terms of service|moderators?|moderation|hate speech|hate crimes?|glossary|survey|surveys|study|studies|researchers|report|the court|convicted|sentenced|trial|lawsuit|senator|legislation|law requires|the law|ban on|banned|convention|treaty|polic[ií]a|detuvo|detenido|seg[uú]n|informe|exposici[oó]n|genocidio|normas|proh[ií]ben|tribunal|selon|rapport|propagande|g[eé]nocide|interdit|interdisent|Polizei|laut|Bericht|Ausstellung|V[oö]lkermord|verbieten|Richtlinien|Gericht|pol[ií]cia|segundo|relat[oó]rio|exposi[cç][aã]o|genoc[ií]dio|pro[ií]bem|secondo|rapporto|mostra)\b|полиция|по данным|доклад|выставка|пропаганда|геноцид|запрещ|суд |警方|报道|报告|展览|宣传|种族灭绝|禁止|法院|警察|報道|報告書|展示|プロパガンダ|虐殺|禁止|裁判)RX");
  add(C::kViolence, K::kCare, 0.0f, R"RX(\b(first aid|cpr|heimlich|if you or someone you know|crisis|suicidal thoughts|grooming|groomers|predators|red flags|online safety|parents (should|can)|talk to your (child|kids)|signs (of|that)|how to (recognise|recognize|spot|report|respond|protect|prevent|help)|prevent\w*|protect\w*|awareness|training|simulation|l[ií]nea de ayuda|llama al|ayuda profesional|gratuita|prevenci[oó]n|num[eé]ro (vert|d'[eé]coute)|appelez|SOS Amiti[eé]|Telefonseelsorge|Hilfe (holen|finden|suchen)|anrufen|kostenlos|CVV|ligue|ajuda|telefono amico|aiuto)\b|телефон доверия|помощь|звоните|热线|求助|心理援助|いのちの電話|相談|ホットライン)RX");
  add(C::kViolence, K::kCare, 0.0f, R"RX(\b(no explicit|non-explicit|nothing explicit|without (any )?explicit|not explicit|age-appropriate|coming-of-age|first crush)\b)RX");
  add(C::kViolence, K::kCare, 0.0f, R"RX(\b(bath bombs?|seed bombs?|photo ?bomb\w*|glitter bombs?|bomb calorimeter|bomb pops?|nerf guns?|glue guns?|nail guns?|water guns?|toy guns?|heat guns?|spray guns?|staple guns?|grease guns?|caulk(ing)? guns?|massage guns?|radar guns?|airsoft|paintball|gunmetal|top gun|smoke detector|bug bombs?|fogger)\b)RX");
  add(C::kViolence, K::kCare, 0.0f, "(éducation sexuelle|Éducation sexuelle|protection de l'enfance|protección (de la )?infancia|Kinderschutz|proteção (da|à) infância)");
  // A question about a medicine's safe amount ("Wie viele Tabletten Ibuprofen darf ich am Tag
  // nehmen?", "what is the maximum daily dose"): care, not a way to harm oneself.
  add(C::kViolence, K::kCare, 0.0f, R"RX(\b(darf ich (am|pro) Tag|darf man (am|pro) Tag|(maximale|empfohlene) (Tages)?[Dd]osis|Höchstdosis|Tageshöchstdosis|max(imum)? (daily|recommended) dose|(safe|recommended|usual) dos(e|age)|can I (safely )?take (a|per) day|dosis (máxima|diaria|recomendada)|puedo tomar al día|dose (maximale|journalière|recommandée)|puis-je prendre par jour|dose (massima|giornaliera|raccomandata)|posso prendere al giorno|dose (máxima|diária|recomendada)|posso tomar por dia|maximale dosis|hoeveel mag ik per dag)\b|максимальн\S* доз\S*|суточн\S* доз\S*|сколько (таблеток )?можно (принимать|выпить) в (день|сутки)|一日の(最大|上限)|1日の(最大|上限)|每日最大剂量|每天最多(吃|服用)|하루 최대|하루에 (최대 )?몇 (알|정))RX");
  // ---- Multilingual concept pairs (20 languages): two word classes of one harm within a clause.
  // Hate: a group named with a dehumanising word, or a group to be driven out.
#define HGROUP_ML                                                                                 \
  "(immigrants?|refugees?|migrants?|muslims?|jews?|black people|blacks|gays?|gay people|roma|"    \
  "gypsies|kurds|arabs|africans|asians|mexicans|inmigrantes|refugiados|musulmanes|jud[ií]os|"    \
  "negros|gitanos|homosexuales|[aá]rabes|immigr[ée]s|r[ée]fugi[ée]s|musulmans|juifs|noirs|"       \
  "roms|homosexuels|Fl[üu]chtlinge|Ausl[äa]nder|Migranten|Muslime|Juden|Schwarze|Zigeuner|"      \
  "Schwule|imigrantes|mu[çc]ulmanos|judeus|ciganos|immigrati|profughi|musulmani|ebrei|zingari|"   \
  "migranti|мигрант[^\\s.,!?;:]*|беженц[^\\s.,!?;:]*|мусульман[^\\s.,!?;:]*|евре[^\\s.,!?;:]*|цыган[^\\s.,!?;:]*|гомосексуал[^\\s.,!?;:]*|мігрант[^\\s.,!?;:]*|" \
  "біженц[^\\s.,!?;:]*|євре[^\\s.,!?;:]*|kürt[^\\s.,!?;:]*|arap[^\\s.,!?;:]*|suriyeli[^\\s.,!?;:]*|göçmen[^\\s.,!?;:]*|mülteci[^\\s.,!?;:]*|yahudi[^\\s.,!?;:]*|"          \
  "imigrant[^\\s.,!?;:]*|uchodźc[^\\s.,!?;:]*|żyd[^\\s.,!?;:]*|muzułman[^\\s.,!?;:]*|cygan[^\\s.,!?;:]*|pendatang|pengungsi|người nhập cư|"    \
  "dân tộc|移民|难民|穆斯林|犹太人|黑人|同性恋|外国人|難民|이민자|난민|무슬림|흑인|المهاجرين|اللاجئين|" \
  "اليهود|المسلمين|मुसलमान|प्रवासी|धर्म के लोग|शरणार्थी)"
#define DEHUMAN_ML                                                                                \
  "(vermin|subhuman|sub-human|parasites|cockroaches|rats|animals|savages|filth|diseased "         \
  "predators|inferior (race|people)|Ungeziefer|Untermenschen|Parasiten|Tiere|minderwertig[^\\s.,!?;:]*|"  \
  "alima[ñn]as|plaga|ratas|animales|raza inferior|infrahumanos|vermine|sous-hommes|cafards|"      \
  "animaux|race inf[ée]rieure|moins intelligents|parasitas|ratos|animais|ra[çc]a inferior|"       \
  "subumanos|parassiti|scarafaggi|razza inferiore|скот|паразит[^\\s.,!?;:]*|крыс[^\\s.,!?;:]*|недочеловек[^\\s.,!?;:]*|"   \
  "таракан[^\\s.,!?;:]*|низшая раса|худоба|нелюд[^\\s.,!?;:]*|aşağılık|hayvan[^\\s.,!?;:]*|parazit[^\\s.,!?;:]*|haşere|robactwo|"     \
  "podludzie|szczury|害虫|蟑螂|寄生虫|劣等|ゴキブリ|벌레|기생충|حشرات|طفيليات|कीड़े|परजीवी|"      \
  "sâu bọ|ký sinh trùng|hama|binatang)"
#define EXPEL_ML                                                                                  \
  "(driven out|kicked out|thrown out|expelled|deported by force|vertrieben|rausgeworfen|"         \
  "ausgewiesen|expulsar[^\\s.,!?;:]*|echarlos|echados|chass[ée]s|expuls[ée]s|expulsos|cacciat[^\\s.,!?;:]|"         \
  "espuls[^\\s.,!?;:]|выгнать|изгнать|выдворить|вигнати|atılmal[^\\s.,!?;:]*|sınır dışı|wyrzuci[^\\s.,!?;:]*|wypędzi[^\\s.,!?;:]*|"   \
  "驱逐|赶出|追い出|추방|쫓아내|طرد|يطردوا|निकाल[^\\s.,!?;:]*|đuổi|diusir|usir)"
  add(C::kHate, K::kHarm, 0.5f, HGROUP_ML "[^.!?。\\n]{0,60}?" DEHUMAN_ML "|" DEHUMAN_ML "[^.!?。\\n]{0,30}?" HGROUP_ML);
  trigger(DEHUMAN_ML, 200, 200);
  add(C::kHate, K::kHarm, 0.35f, HGROUP_ML "[^.!?。\\n]{0,80}?" EXPEL_ML);
  trigger(EXPEL_ML, 200, 10);
  // Sexual content involving minors: an age under 16 or a school-child word beside a sexual one.
#define MINOR_ML                                                                                  \
  "(([1-9]|1[0-5])[- ]?(year|yr)s?[- ]?old|eleven|twelve|thirteen|fourteen|fifteen|"            \
  "(elf|zw[öo]lf|dreizehn|vierzehn|f[üu]nfzehn|\\d{1,2})j[äa]hrig[^\\s.,!?;:]*|(once|doce|trece|catorce|"  \
  "quince|\\d{1,2}) a[ñn]os|(onze|douze|treize|quatorze|quinze|\\d{1,2}) ans|(doze|treze|catorze|" \
  "\\d{1,2}) anos|(undici|dodici|tredici|quattordici|\\d{1,2}) anni|(одиннадцати|двенадцати|"     \
  "тринадцати|четырнадцати|\\d{1,2}-?)летн[^\\s.,!?;:]*|\\d{1,2} yaşında|\\d{1,2}-?latk[^\\s.,!?;:]*|\\d{1,2}岁|"   \
  "\\d{1,2}歳|\\d{1,2}살|schoolgirl|Schulm[äa]dchen|colegiala|[ée]coli[èe]re|школьниц[^\\s.,!?;:]*|"       \
  "школярк[^\\s.,!?;:]*|uczennic[^\\s.,!?;:]*|小学生|中学生|初中生|女子小学生|초등학생|중학생|تلميذة|स्कूली लड़की|"    \
  "nữ sinh|anak sekolah)"
#define SEXUAL_ML                                                                                 \
  "(erotic[^\\s.,!?;:]*|sexual[^\\s.,!?;:]*|naked|nude|porn[^\\s.,!?;:]*|explicit|erotisch[^\\s.,!?;:]*|nackt[^\\s.,!?;:]*|er[óo]tic[^\\s.,!?;:]*|"     \
  "desnud[^\\s.,!?;:]*|[ée]rotique|sexuel[^\\s.,!?;:]*|nue|nus|pelad[^\\s.,!?;:]*|nud[aeo]|эротич[^\\s.,!?;:]*|откровенн[^\\s.,!?;:]*|"        \
  "сексуальн[^\\s.,!?;:]*|голы[^\\s.,!?;:]*|обнаж[^\\s.,!?;:]*|еротичн[^\\s.,!?;:]*|erotik|çıplak|erotyczn[^\\s.,!?;:]*|nag[aie]|色情|裸|"      \
  "性的|エロ|わいせつ|야한|성적|음란|إباحي|جنسي|عاري|अश्लील|कामुक|नग्न|khiêu dâm|gợi dục|"          \
  "telanjang|cabul)"
  add(C::kSexualMinors, K::kHarm, 0.55f, MINOR_ML "[^.!?。\\n]{0,60}?" SEXUAL_ML "|" SEXUAL_ML "[^.!?。\\n]{0,60}?" MINOR_ML);
  trigger(SEXUAL_ML, 200, 200);
  // Weapons: a device or agent that kills many beside making it.
#define WEAPON_ML                                                                                 \
  "(explosive device|pipe bomb|a bomb|toxic gas|nerve agent|sarin|ricin|untraceable (gun|handgun|" \
  "firearm)|ghost gun|Sprengsatz|Rohrbombe|Bombe|Giftgas|artefacto explosivo|bomba casera|"       \
  "gas t[óo]xico|engin explosif|bombe artisanale|gaz toxique|artefato explosivo|g[áa]s t[óo]xico|" \
  "ordigno esplosivo|gas tossico|взрывное устройство|бомб[уа]|отравляющ[^\\s.,!?;:]* газ|вибухов[^\\s.,!?;:]* пристр[^\\s.,!?;:]*|" \
  "patlayıcı|bomba|ładun[^\\s.,!?;:]* wybuchow[^\\s.,!?;:]*|bomb[ęy]|trujący gaz|炸弹|爆炸装置|毒气|爆弾|毒ガス|폭탄|" \
  "폭발물|독가스|عبوة ناسفة|قنبلة|غاز سام|बम|विस्फोटक|bom|chất nổ|khí độc)"
#define MAKE_ML                                                                                   \
  "(make|build|assemble|recipe|step by step|instructions|how to|herstell[^\\s.,!?;:]*|bauen|baue|Anleitung|" \
  "Rezept|hacer|fabricar|receta|paso a paso|fabriquer|recette|[ée]tape par [ée]tape|fazer|"        \
  "receita|passo a passo|costruire|ricetta|passo dopo passo|сделать|изготов[^\\s.,!?;:]*|собрать|рецепт|"  \
  "пошагов[^\\s.,!?;:]*|зробити|виготов[^\\s.,!?;:]*|покроков[^\\s.,!?;:]*|yapımı|yapmak|nasıl yapılır|zrobić|zbudować|"      \
  "przepis|制作|制造|做|配方|作り方|作る|만드는|만들|أصنع|صنع|خطوة بخطوة|बनाना|बनाएं|बनाने|chế tạo|"   \
  "cách làm|membuat|merakit)"
  add(C::kWeapons, K::kHarm, 0.5f, MAKE_ML "[^.!?。\\n]{0,60}?" WEAPON_ML "|" WEAPON_ML "[^.!?。\\n]{0,40}?" MAKE_ML);
  trigger(WEAPON_ML, 200, 200);
  // Malware: writing ransomware, a keylogger, a stealer or code that evades antivirus.
#define MALWARE_ML                                                                                \
  "(ransomware|keylogger|infostealer|password stealer|rootkit|botnet|Erpressungstrojaner|"        \
  "Schadsoftware|rançongiciel|logiciel malveillant|malware|вымогател[^\\s.,!?;:]*|шифровальщик[^\\s.,!?;:]*|"       \
  "кейлоггер[^\\s.,!?;:]*|вредонос[^\\s.,!?;:]*|троян[^\\s.,!?;:]*|шкідлив[^\\s.,!?;:]*|fidye yazılımı|zararlı yazılım|"              \
  "złośliw[^\\s.,!?;:]* oprogramowani[^\\s.,!?;:]*|勒索软件|恶意软件|木马|键盘记录|ランサムウェア|マルウェア|キーロガー|" \
  "랜섬웨어|악성코드|키로거|برمجية خبيثة|فدية|रैनसमवेयर|मैलवेयर|mã độc|phần mềm tống tiền|"         \
  "perangkat pemeras|hides from antivirus|undetectable by antivirus|evades? (antivirus|EDR))"
#define WRITE_ML                                                                                  \
  "(write|code|create|build|develop|make|schreib[^\\s.,!?;:]*|programmier[^\\s.,!?;:]*|escrib[^\\s.,!?;:]*|crea|cr[ée]e[^\\s.,!?;:]*|" \
  "[ée]cri[st]|escrev[^\\s.,!?;:]*|crie|scrivi|напиши|создай|написать|напиши|створи|yaz|oluştur|napisz|"   \
  "stwórz|写|编写|开发|書いて|作って|작성|만들어|اكتب|أنشئ|लिखो|बनाओ|viết|tạo|buat|tulis)"
  add(C::kMalware, K::kHarm, 0.5f, WRITE_ML "[^.!?。\\n]{0,60}?" MALWARE_ML);
  trigger(MALWARE_ML, 200, 10);
  // Violence: hurting someone badly or hiding it (no marks, an accident, nobody finds out).
#define HURT_ML                                                                                   \
  "(hurt|injure|beat up|harm|ambush|machucar|ferir|espancar|bater|lastimar|herir|golpear|"       \
  "dar(le)? una paliza|paliza|blesser|frapper|tabasser|embuscade|verletzen|verprügeln|"           \
  "zusammenschlagen|ferire|picchiare|покалечить|избить|ранить|побити|скалічити|yarala[^\\s.,!?;:]*|döv[^\\s.,!?;:]*|" \
  "pobić|zranić|伤害|打伤|打残|痛めつけ|怪我をさせ|폭행|다치게|إيذاء|ضرب|नुकसान|पीट|đánh|làm hại|"  \
  "melukai|memukul)"
#define HIDE_ML                                                                                   \
  "(badly|seriously|severely|without leaving (marks|a trace)|look like an accident|nobody "       \
  "(finds|will find) out|gravemente|sin dejar marcas|parezca un accidente|parecer (un accidente|"  \
  "que (ele|ela) caiu)|sem deixar marcas|gravement|sans laisser de traces|comme un accident|schwer|" \
  "ohne Spuren|wie einen Unfall|senza lasciare segni|come un incidente|серь[её]зно|не оставив "    \
  "следов|как несчастный случай|сильно|kaza gibi|iz bırakmadan|ciężko|bez śladów|jak wypadek|"    \
  "不留痕迹|像意外|事故に見せかけ|跡を残さず|흔적 없이|사고처럼|بشدة|دون أن يكتشف|كأنه حادث|बुरी तरह|" \
  "दुर्घटना|không để lại dấu vết|tanpa jejak)"
  add(C::kViolence, K::kHarm, 0.5f, HURT_ML "[^.!?。\\n]{0,60}?" HIDE_ML "|" HIDE_ML "[^.!?。\\n]{0,30}?" HURT_ML);
  trigger(HIDE_ML, 200, 200);
  // Self-harm: ending one's life or hurting oneself, with how, without pain, or unnoticed; pills
  // so as not to wake up.
#define SELF_ML                                                                                   \
  "(kill myself|end my life|hurt myself|cut myself|się zabić|zabić się|убить себя|покончить с "  \
  "собой|вбити себе|покінчити з собою|kendimi öldür[^\\s.,!?;:]*|bunuh diri|tự tử|tự sát|自杀|自殺|자살|"   \
  "죽는 방법|죽는 법|انتحار|أنتحر|आत्महत्या|me faire du mal|me blesser|me suicider|mich (selbst )?" \
  "verletzen|mir wehtun|mich umbringen|hacerme da[ñn]o|autolesionarme|cortarme|suicidarme|me "     \
  "machucar|me cortar|me matar|farmi del male|tagliarmi|uccidermi|причинить себе вред|порезать себя|" \
  "zrobić sobie krzywdę|pociąć się|自残|割腕|自傷|リストカット|자해|إيذاء نفسي|खुद को (नुकसान|चोट))"
#define QUIET_ML                                                                                  \
  "(how|painless|quick(ly|est)?|fast(est)?|nobody (notices|will notice)|without anyone noticing|" \
  "c[óo]mo|sin dolor|r[áa]pido|sin que nadie|comment|sans douleur|sans que personne|wie|"         \
  "schmerzlos|ohne dass es jemand|sem dor|sem que ningu[ée]m|come|senza dolore|senza che nessuno|" \
  "как|без боли|чтобы никто не|як|безболісно|щоб ніхто не|nasıl|acısız|kimse fark etmeden|jak|"   \
  "nie bolało|bez bólu|żeby nikt nie|bagaimana|tanpa rasa sakit|cách|không đau|怎么|如何|无痛|"     \
  "不被发现|どうやって|痛くない|バレない|방법|고통 없이|아무도 모르게|كيف|بدون ألم|कैसे|बिना दर्द)"
  add(C::kSelfHarm, K::kHarm, 0.5f, SELF_ML "[^.!?。\\n]{0,60}?" QUIET_ML "|" QUIET_ML "[^.!?。\\n]{0,40}?" SELF_ML);
  trigger(SELF_ML, 200, 200);
  add(C::kSelfHarm, K::kHarm, 0.5f, "(pills|tablets|sleeping pills|Tabletten|pastillas|comprim[ée]s|comprimidos|pillole|таблет[^\\s.,!?;:]*|пігулк[^\\s.,!?;:]*|hap|ilaç|tabletek|tabletki|药片|安眠药|薬|睡眠薬|알약|수면제|حبوب|गोलियां|thuốc|pil)[^.!?。\\n]{0,60}?(not wake up|never wake up|wake up again|nicht mehr aufwach[^\\s.,!?;:]*|no despertar|ne plus me r[ée]veiller|n[ãa]o acordar|non svegliarmi|не проснуться|не прокинутися|uyanmamak|uyanmayayım|nie obudzić|不再醒来|醒不过来|目覚めない|目が覚めない|깨어나지 않|لا أستيقظ|न उठूं|không tỉnh dậy|tidak bangun)");
  trigger("(not wake up|never wake up|wake up again|aufwach|despertar|r[ée]veiller|acordar|svegliarmi|проснуться|прокинутися|uyanma|obudzić|醒来|醒不过来|目覚めない|目が覚めない|깨어나지|أستيقظ|उठूं|tỉnh dậy|bangun)", 200, 10);

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
