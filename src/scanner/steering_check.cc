#include "scanner/steering_check.h"

#include <re2/re2.h>

#include "scanner/regex_options.h"
#include "scanner/sentences.h"

namespace mcpgw::scanner {

namespace {

// The use of another tool as a condition.
constexpr char kTrigger[] =
    R"re((?:\b(?:when(?:ever)?|if|each\s+time|every\s+time|once)\b[^.;]{0,60}?(?:\btools?\b|)re"
    R"re(\b[a-z]+_[a-z0-9_]+\b)[^.;]{0,40}?\b(?:is|are|gets?)?\s*(?:called|used|invoked|runs?|)re"
    R"re(executes?|fires?)\b|)re"
    R"re(\b(?:when(?:ever)?|if)\s+(?:you|the\s+user|they|anyone|the\s+assistant)\s+)re"
    R"re((?:uses?|calls?|invokes?|runs?)\s+(?:\w+\s+){0,3}?(?:\btools?\b|\b[a-z]+_[a-z0-9_]+\b)|)re"
    R"re(cuando\s+(?:se\s+)?(?:use|usen|uses|llame|llames|invoque)\w*\s+(?:la\s+|una\s+|)re"
    R"re(cualquier\s+)?herramienta|quando\s+(?:for\s+)?(?:usad[ao]|usar|chamar)\s+(?:a\s+)?ferramenta|)re"
    R"re((?:quand|lorsqu\w*)\s+(?:l'outil|un\s+outil|tu\s+utilises|vous\s+utilisez)|)re"
    R"re(wenn\s+(?:das|ein)\s+(?:werkzeug|tool)|wenn\s+du\s+\S+\s+(?:verwendest|aufrufst|nutzt)|)re"
    R"re((?:当|每当|如果)[^。]{0,20}?(?:使用|调用)[^。]{0,20}?工具|ツールを(?:使う|呼び出す|使用する)[^。]{0,4}?)re"
    R"re((?:とき|時|際|場合)|도구를\s*(?:사용할|호출할)\s*때))re";
constexpr char kChange[] =
    R"re((?:\b(?:change|changes|replace|swap|prepend|append|add|set|push|redirect|route|point|)re"
    R"re(bcc|cc|insert|override|rewrite|forward|include)\b|cambia|reemplaza|sustituye|a[ñn]ade|)re"
    R"re(agrega|remplace|ajoute|ersetze|f[üu]ge|[äa]ndere|troque|substitua|adicione|改为|替换|换成|)re"
    R"re(加为|加入|添加|都要|変更|置き換え|追加|변경|바꿔|추가))re";
// A fixed value: an address, a URL, a host, a channel, an ID written in capitals with a digit.
constexpr char kFixedValue[] =
    R"re((?:https?://[\w.-]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|)re"
    R"re(\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\b[\w-]+\.(?:com|net|org|io|xyz|ru|cn|top|site|)re"
    R"re(online|info|biz|cc|tk|co|dev|app|ai|example)\b|(?-i:\b[A-Z][A-Z0-9]*[0-9][A-Z0-9]*\b)|)re"
    R"re(#[\w-]{3,}))re";
constexpr char kNegatedChange[] =
    R"re(\b(?:never|not|don't|do\s+not)\s+(?:\w+\s+){0,2}?(?:change|replace|swap|add|set|modify|)re"
    R"re(alter|override)\b)re";

// The facts do not matter.
constexpr char kRegardless[] =
    R"re((?:\b(?:whatever|regardless\s+of|no\s+matter\s+(?:what|how)|even\s+(?:if|when|though)\s+)re"
    R"re((?:it|they|the\s+\w+)\s+(?:\w+\s+){0,2}?(?:reports?|returns?|fails?|says?|shows?|are\s+not|)re"
    R"re(is\s+not|isn't|aren't|does\s+not|doesn't))\b|sin\s+importar|independientemente\s+de|)re"
    R"re(pase\s+lo\s+que\s+pase|quel(?:le)?s?\s+que\s+soi(?:en)?t|peu\s+importe|)re"
    R"re(unabh[äa]ngig\s+von|egal\s+(?:was|wie|ob)|n[ãa]o\s+importa|independentemente|)re"
    R"re(indipendentemente|qualunque\s+cosa|无论|不管|不论|どの[^。]{0,10}?でも|いかなる|にかかわらず|)re"
    R"re(상관없이|관계없이|независимо|что\s+бы\s+ни))re";
constexpr char kClaim[] =
    R"re((?:\b(?:tell|tells|say|says|state|stating|claim|report|conclude|recommend|present|)re"
    R"re(answer|respond|confirm|assure|advise|describe)\w*\b|conclu\w+|\bdile\b|responde|recomienda|)re"
    R"re(presenta|afirma|desaconseja|affirme|recommande|r[ée]ponds|\bsag\w*|behaupt\w*|empfiehl\w*|)re"
    R"re(diga|recomende|afirme|告诉|结论|推荐|声称|結論|伝え|答え|推奨|勧め|결론|말하|추천|답하|скажи|)re"
    R"re(сообщ\w*|заключ\w*|рекоменд\w*|утвержд\w*))re";
// The claim is decided in advance: an absolute verdict, not the facts.
constexpr char kVerdict[] =
    R"re((?:\b(?:that|always|only|best|accepted|succeeded|successful\w*|safe|no\s+(?:further|)re"
    R"re(action|issues?|problems?|errors?)|false\s+positives?|largest|official)\b|siempre|mejor|)re"
    R"re(toujours|meilleur|immer|beste|sempre|melhor|始终|总是|最好|最佳|最適|最善|いつも|항상|최고|)re"
    R"re(всегда|лучш))re";

// Data promoted to orders.
constexpr char kAsOrders[] =
    R"re((?:\b(?:treat|regard|consider)\w*\b[^.;]{0,80}?\bas\s+(?:an?\s+)?(?:\w+\s+){0,2}?)re"
    R"re((?:authoritative|binding|system|instructions?|commands?|orders?|guidance)\b|)re"
    R"re(\b(?:follow|obey|execute|executes|carry\s+out|carries\s+out|comply\s+with)\b[^.;]{0,40}?)re"
    R"re(\b(?:instructions?|commands?|orders?|directives?)\b[^.;]{0,12}?\b(?:in|from|found|)re"
    R"re(contained|inside|within)\b[^.;]{0,40}?\b(?:it|them|results?|outputs?|responses?|feeds?|)re"
    R"re(pages?|articles?|emails?|messages?|comments?|lines?|documents?|content|elements?|notes?)\b|)re"
    R"re(\b(?:are|is)\s+binding\s+(?:instructions|orders|rules)\b))re";
constexpr char kNegatedFollow[] =
    R"re(\b(?:never|not|don't|do\s+not|no)\b[^.;]{0,24}?\b(?:follow|obey|execute|treat|carry|)re"
    R"re(comply|act\s+on)\b|\b(?:not|never|rather\s+than)\s+as\s+(?:an?\s+)?(?:\w+\s+)?)re"
    R"re((?:instructions?|commands?|orders?)\b)re";


std::unique_ptr<re2::RE2> Make(const char* pattern) {
  return std::make_unique<re2::RE2>(pattern, ScannerRegexOptions());
}

}  // namespace

struct SteeringCheck::Patterns {
  // The three kinds' gates as one alternation: one pass over most texts (none match).
  std::unique_ptr<re2::RE2> any;
  std::unique_ptr<re2::RE2> trigger, change, fixed_value, negated_change, regardless, claim,
      verdict, as_orders, negated_follow;
};

SteeringCheck::~SteeringCheck() = default;

Result<std::unique_ptr<const SteeringCheck>> SteeringCheck::Create() {
  auto p = std::make_unique<Patterns>();
  std::string any = "(?:";
  any.append(kTrigger).append("|").append(kRegardless).append("|").append(kAsOrders).append(")");
  p->any = Make(any.c_str());
  p->trigger = Make(kTrigger);
  p->change = Make(kChange);
  p->fixed_value = Make(kFixedValue);
  p->negated_change = Make(kNegatedChange);
  p->regardless = Make(kRegardless);
  p->claim = Make(kClaim);
  p->verdict = Make(kVerdict);
  p->as_orders = Make(kAsOrders);
  p->negated_follow = Make(kNegatedFollow);
  for (const auto* re :
       {p->any.get(), p->trigger.get(), p->change.get(), p->fixed_value.get(),
        p->negated_change.get(), p->regardless.get(), p->claim.get(), p->verdict.get(),
        p->as_orders.get(), p->negated_follow.get()}) {
    if (!re->ok()) return MakeError("scanner: steering pattern: " + re->error());
  }
  std::unique_ptr<SteeringCheck> check(new SteeringCheck());
  check->p_ = std::move(p);
  return std::unique_ptr<const SteeringCheck>(std::move(check));
}

void SteeringCheck::Find(std::string_view text, std::vector<Hit>& out) const {
  if (text.size() < 16) return;
  const Patterns& p = *p_;
  using re2::RE2;
  // One pass over the whole text for all three kinds (most texts: none), then one per kind.
  if (!RE2::PartialMatch(text, *p.any)) return;
  const bool trigger = RE2::PartialMatch(text, *p.trigger);
  const bool regardless = RE2::PartialMatch(text, *p.regardless);
  const bool orders = RE2::PartialMatch(text, *p.as_orders);
  if (!trigger && !regardless && !orders) return;
  bool shadow = false, claim = false, data = false;
  std::string_view previous;
  for (std::string_view sentence : SplitSentences(text)) {
    while (!sentence.empty() && sentence.front() == ' ') sentence.remove_prefix(1);
    const bool example = IsQuotedExample(previous, sentence);
    previous = sentence;
    if (example) continue;
    if (sentence.size() < 12) continue;
    if (CitesQuotedWording(sentence)) continue;
    if (trigger && !shadow && RE2::PartialMatch(sentence, *p.trigger) &&
        RE2::PartialMatch(sentence, *p.change) && RE2::PartialMatch(sentence, *p.fixed_value) &&
        !RE2::PartialMatch(sentence, *p.negated_change)) {
      shadow = true;
      out.push_back({"shadowing.other_tool_trigger", "shadowing",
                     "When another tool is used, changes what it does with a fixed value (an "
                     "address, a host, an ID).",
                     std::string(sentence)});
    }
    if (regardless && !claim && RE2::PartialMatch(sentence, *p.regardless) &&
        RE2::PartialMatch(sentence, *p.claim) && RE2::PartialMatch(sentence, *p.verdict)) {
      claim = true;
      out.push_back({"steering.fixed_claim", "hidden_instructions",
                     "Decides in advance what the model tells the user, whatever the facts.",
                     std::string(sentence)});
    }
    if (orders && !data && RE2::PartialMatch(sentence, *p.as_orders) &&
        !RE2::PartialMatch(sentence, *p.negated_follow)) {
      data = true;
      out.push_back({"hidden.data_as_instructions", "hidden_instructions",
                     "Promotes text the tool returns or reads (results, articles, feeds, "
                     "comments) to instructions the model must follow.",
                     std::string(sentence)});
    }
  }
}

}  // namespace mcpgw::scanner
