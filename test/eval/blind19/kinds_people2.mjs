// People document kinds (part 2): obituaries and news items, customer reviews, forum posts,
// support tickets, wiki runbooks.
import { Ctx, S, P, L, Doc, frag, PI, fill, Clock, humanPassword, passphrase, plainSecret, tokenSecret, urlPassword, machinePassword, anyPassword, SECRET_BY, kvLine, pemSpan } from './common.mjs';
import { LOOK } from './lookalikes.mjs';
import { runSentence, PRODUCTS } from './kinds_people1.mjs';
import { nextPemKind } from './common.mjs';

const BUDGET = 3750;
const Lc = (v) => P('LOCATION', v);
const cityOf = (c, pl) => Lc(PI.cityName(pl, c.lang));

// ------------------------------------------------------------------ obituary_news
const OBIT = {
  en: { o: ['{N}, of {C}, passed away peacefully on {D} at the age of {A}.', 'Born in {C2}, {G} worked for many years at {O} before retiring to {R}.', '{G} is survived by {N2}, children {N3} and {N4}, and grandchildren.', 'A service will be held at {S}, {C}, on {D}. In lieu of flowers, donations to the {C} Hospice.', 'Condolences may be sent to {E} or by phone to {P}.'],
    n: ['{C} — Local baker {N} has won the regional bread award for {R} for the third time.', '"We never expected this," {G} said, standing outside the shop on {S}.', 'The award was presented by {N2}, chair of the {R} guild, on {D}.', 'Neighbours from as far as {C2} came to celebrate.', 'Tickets for the autumn fair can be booked via {E} or {P}.'] },
  de: { o: ['In stiller Trauer nehmen wir Abschied von {N}, geboren in {C2}, verstorben am {D} in {C} im Alter von {A} Jahren.', '{G} war viele Jahre bei {O} tätig.', 'In Liebe: {N2}, {N3} und {N4} mit Familien.', 'Die Trauerfeier findet am {D} in der Friedhofskapelle, {S}, {C} statt.', 'Kondolenzen an {E}.'],
    n: ['{C}. Die Bäckerei von {N} hat zum dritten Mal den Brotpreis der Region {R} gewonnen.', '„Damit hat niemand gerechnet“, sagte {G} vor dem Laden in der {S}.', 'Überreicht wurde der Preis von {N2} am {D}.', 'Sogar aus {C2} kamen Gäste.'] },
  fr: { o: ['{N} nous a quittés le {D} à {C}, à l\'âge de {A} ans.', 'Né(e) à {C2}, {G} a travaillé de longues années chez {O}.', 'De la part de {N2}, {N3} et {N4}.', 'Les obsèques auront lieu le {D} en l\'église {S}, {C}.', 'Contact de la famille : {P}.'],
    n: ['{C} — La boulangerie de {N} remporte pour la troisième fois le prix régional de {R}.', '« On ne s\'y attendait pas », confie {G} devant la boutique, {S}.', 'Le prix a été remis par {N2} le {D}.'] },
  es: { o: ['{N} falleció en {C} el {D}, a los {A} años.', 'Nacido/a en {C2}, {G} trabajó muchos años en {O}.', 'Sus hijos {N3} y {N4}, y su esposo/a {N2}, lo comunican.', 'El funeral se celebrará el {D} en el tanatorio de {S}, {C}.'],
    n: ['{C}. La panadería de {N} gana por tercera vez el premio regional de {R}.', '"No lo esperábamos", dijo {G} frente a la tienda de {S}.', 'El premio lo entregó {N2} el {D}.'] },
  it: { o: ['È mancato/a all\'affetto dei suoi cari {N}, di anni {A}, il {D} a {C}.', 'Ne danno il triste annuncio {N2}, {N3} e {N4}.', 'I funerali si terranno il {D} presso la chiesa di {S}, {C}.'],
    n: ['{C} — Il forno di {N} vince per la terza volta il premio regionale della {R}.', 'Il premio è stato consegnato da {N2} il {D}.'] },
  pt: { o: ['Faleceu em {C}, no dia {D}, {N}, aos {A} anos.', 'Deixa {N2}, os filhos {N3} e {N4}.', 'O velório será no dia {D}, {S}, {C}.'], n: ['{C} — A padaria de {N} ganhou pela terceira vez o prêmio regional de {R}.', 'O prêmio foi entregue por {N2} em {D}.'] },
  nl: { o: ['Op {D} is in {C} overleden {N}, {A} jaar.', 'Namens {N2}, {N3} en {N4}.', 'De uitvaart vindt plaats op {D} in {S}, {C}.'], n: ['{C} — Bakkerij {N} wint voor de derde keer de regionale broodprijs van {R}.'] },
  pl: { o: ['Dnia {D} w {C} zmarł(a) {N}, lat {A}.', 'Pogrążeni w smutku: {N2}, {N3} i {N4}.', 'Pogrzeb odbędzie się {D}, {S}, {C}.'], n: ['{C}. Piekarnia {N} po raz trzeci wygrała nagrodę regionu {R}.'] },
  ja: { o: ['{N}儀（{A}歳）が{D}、{C}にて永眠いたしました。', '通夜は{D}、{C}{S}にて執り行います。', '喪主 {N2}'], n: ['{C}のパン店「{G}ベーカリー」が{R}のコンテストで3度目の優勝。', '店主の{N}さんは「驚いています」と話した。'] },
};
export function obituary_news(r) {
  const lang = r.pick(Object.keys(OBIT)); const c = new Ctx(r, lang); const d = new Doc(); const t = OBIT[lang];
  const main = c.person(); const pl = c.place();
  const obit = r.chance(0.55);
  const born = r.range(1926, 1968); const died = new Clock(r, r.range(1704067200, 1764547200) * 1000);
  const slots = { N: () => c.N(main, 'full'), G: () => c.N(main, r.pick(['given', 'family'])), C: () => cityOf(c, pl), C2: () => c.city(), A: String(died.d.getUTCFullYear() - born - 1), D: () => L('date', died.local(lang)), N3: () => c.N(c.person(), 'given'), N4: () => c.N(c.person(), 'given'), S: () => Lc(PI.streetName(pl, lang)), R: () => Lc(PI.regionName(pl, lang)) };
  if (obit) {
    d.line(r.pick(['✝ ', '† ', '', '']), c.N(main, 'full'));
    d.line(String(born), ' – ', L('date', died.local(lang)));
    d.line();
    for (const s of t.o) d.line(c.tpl(s, slots));
  } else {
    const NW = { en: ['LOCAL NEWS', 'By'], de: ['Lokales', 'Von'], fr: ['Actualité locale', 'Par'], es: ['Local', 'Por'], it: ['Cronaca', 'Di'], pt: ['Notícias', 'Por'], nl: ['Regio', 'Door'], pl: ['Wiadomości', 'Autor'], ja: ['地域ニュース', '記者'] }[lang];
    d.line(NW[0], ' · ', c.date());
    d.line();
    for (const s of t.n) d.line(c.tpl(s, slots));
    d.line();
    d.line(c.tpl(r.pick(c.t.mention)));
    d.line(NW[1], ' ', c.N(c.person(), 'full'), ' · ', c.E(c.person(), r.pick(['newsdesk.example', 'heimatblatt.example', 'gazette.test', 'diario.example'])));
  }
  if (d.size() < 420) { d.line(); d.line(c.tpl(r.pick(c.t.mention))); d.line(c.tpl(r.pick(c.t.mention))); }
  return d;
}

// ------------------------------------------------------------------ customer_review
const REV = {
  en: ['Ordered on {D} ({ON}), arrived in {C} two days later. {STAFF} at the counter was lovely.', 'Paid {M} and the strap broke after a week. Support ({STAFF}) promised a refund.', 'Stayed three nights near {S}. Ask for {STAFF}, she recommended a great place in {C2}.', 'Would not recommend. Tracking {TN} never updated and nobody answered at {P}.', 'Five stars for {STAFF} from the {C} branch, sorted my warranty in ten minutes.'],
  de: ['Am {D} bestellt ({ON}), zwei Tage später in {C} angekommen. {STAFF} an der Kasse war sehr nett.', '{M} bezahlt und nach einer Woche kaputt. {STAFF} vom Support hat Erstattung zugesagt.', 'Sendungsnummer {TN} wurde nie aktualisiert, unter {P} ging niemand ran.'],
  fr: ['Commandé le {D} ({ON}), livré à {C} deux jours plus tard. {STAFF} a été très aimable.', 'Payé {M}, cassé au bout d\'une semaine. {STAFF} du service client a promis un remboursement.'],
  es: ['Pedido el {D} ({ON}), llegó a {C} en dos días. {STAFF} fue muy amable.', 'Pagué {M} y se rompió en una semana. {STAFF}, de atención al cliente, prometió el reembolso.'],
  it: ['Ordinato il {D} ({ON}), arrivato a {C} in due giorni. {STAFF} gentilissima.', 'Pagato {M}, rotto dopo una settimana.'],
  pt: ['Pedi no dia {D} ({ON}) e chegou em {C} em dois dias. A {STAFF} foi muito atenciosa.', 'Paguei {M} e quebrou em uma semana.'],
  nl: ['Besteld op {D} ({ON}), twee dagen later in {C}. {STAFF} was erg vriendelijk.'],
  ja: ['{D}に注文（{ON}）、2日後に{C}に届きました。店員の{STAFF}さんがとても親切でした。', '{M}払ったのに1週間で壊れました。'],
  ko: ['{D}에 주문({ON})했는데 이틀 만에 {C}(으)로 도착했어요. {STAFF} 님이 친절했어요.'],
  tr: ['{D} tarihinde sipariş verdim ({ON}), iki gün sonra {C} adresime geldi. {STAFF} çok ilgiliydi.'],
  zh: ['{D}下单（{ON}），两天后送到{C}。店员{STAFF}很热情。'],
};
export function customer_review(r) {
  const lang = r.pick(Object.keys(REV)); const c = new Ctx(r, lang); const d = new Doc();
  const RH = { en: ['★ Reviews', ' from '], de: ['Kundenbewertungen', ' aus '], fr: ['Avis clients', ' de '], es: ['Opiniones', ' de '], it: ['Recensioni', ' da '], pt: ['Avaliações', ' de '], nl: ['Beoordelingen', ' uit '], ja: ['レビュー', '・'], ko: ['리뷰', ', '], tr: ['Yorumlar', ', '], zh: ['评价', '，'] }[lang];
  d.line(RH[0], ' — ', r.pick(PRODUCTS), ' ', r.pick(['Backpack', 'Kettle', 'Headphones', 'Hotel', 'Delivery', 'Watch']));
  d.line();
  fill(d, BUDGET, () => {
    const p = c.person(); const pl = c.place();
    const who = r.pickW([[3, () => c.N(p, 'initial')], [2, () => c.N(p, 'given')], [2, () => c.N(p, 'full')], [1, () => frag(c.N(p, 'given'), RH[1], cityOf(c, pl))]])();
    const f = new Doc();
    f.line('★'.repeat(r.range(1, 5)), ' ', who, r.chance(0.4) ? frag(' — ', cityOf(c, pl)) : '', ' · ', c.date());
    f.line(c.tpl(r.pick(REV[lang]), { ON: () => c.lk('order_number'), TN: () => c.lk('tracking_number'), STAFF: () => c.N(c.person(), r.pick(['given', 'short'])), C2: () => c.city() }));
    if (r.chance(0.15)) f.line(r.pick(['Reply from the shop: please write to ', 'Antwort: bitte an ', 'Réponse : écrivez à ']), c.E(c.person(), r.pick(PI.COMPANIES)[1]), r.chance(0.5) ? frag(' / ', c.Ph(pl.cc)) : '');
    f.line();
    return f;
  }, r.range(4, 12));
  return d;
}

// ------------------------------------------------------------------ forum_post
const FORUM = {
  en: { q: ['Postgres connection refused after upgrade', 'SMTP auth fails with 535 but password is right', 'Why is my webhook signature invalid?', 'Docker login works locally but not in CI'], intro: 'Hi all, been stuck on this for two days. Config below (I removed most of the secrets):', thanks: 'Thanks in advance!', reply: ['You pasted a live key there, rotate it now.', 'Check that the clock on the box is right; the signature includes a timestamp.', 'Same here on {V}, downgrading fixed it.'] },
  de: { q: ['Postgres verweigert Verbindung nach Update', 'SMTP-Login schlägt fehl (535)'], intro: 'Hallo zusammen, hänge seit zwei Tagen daran. Hier meine Konfig (Geheimnisse größtenteils entfernt):', thanks: 'Danke vorab!', reply: ['Du hast da einen echten Schlüssel gepostet, sofort rotieren!', 'Bei mir dasselbe mit {V}.'] },
  fr: { q: ['Connexion Postgres refusée après mise à jour', 'Échec SMTP 535'], intro: 'Bonjour, je bloque depuis deux jours. Voici ma conf (j\'ai retiré la plupart des secrets) :', thanks: 'Merci d\'avance !', reply: ['Tu as collé une vraie clé, change-la tout de suite.', 'Pareil chez moi en {V}.'] },
  es: { q: ['Postgres rechaza la conexión tras actualizar', 'Falla SMTP 535'], intro: 'Hola, llevo dos días atascado. Mi config (quité casi todos los secretos):', thanks: '¡Gracias!', reply: ['Has pegado una clave real, cámbiala ya.', 'Me pasa lo mismo con {V}.'] },
  pt: { q: ['Postgres recusa conexão após atualização'], intro: 'Oi pessoal, estou travado há dois dias. Segue a config (tirei quase todos os segredos):', thanks: 'Valeu!', reply: ['Você colou uma chave de verdade, troque agora.'] },
  ru: { q: ['Postgres отказывает в подключении после обновления'], intro: 'Всем привет, второй день не могу решить. Конфиг ниже (секреты почти все убрал):', thanks: 'Заранее спасибо!', reply: ['Ты выложил настоящий ключ, срочно меняй.'] },
  ja: { q: ['アップデート後にPostgresへ接続できない'], intro: '2日間ハマっています。設定は以下です（秘密情報はほぼ消しました）：', thanks: 'よろしくお願いします！', reply: ['本物のキーが載っています。すぐにローテーションしてください。'] },
  zh: { q: ['升级后 Postgres 连接被拒绝'], intro: '卡了两天了，配置如下（大部分密钥已删除）：', thanks: '先谢谢大家！', reply: ['你贴了真实的密钥，赶紧换掉。'] },
};
export function forum_post(r) {
  const lang = r.pick(['en', 'en', 'en', 'de', 'fr', 'es', 'pt', 'ru', 'ja', 'zh']); const c = new Ctx(r, lang); const d = new Doc(); const t = FORUM[lang];
  const op = c.person(); const nick = (op.givenLatin + r.range(1, 99)).toLowerCase().replace(/[^a-z0-9]/g, '');
  d.line('### ', r.pick(t.q));
  d.line(nick, ' · ', L('timestamp', c.clock.sql()), ' · ', r.pick(['Posts: ', 'Beiträge: ', 'Messages : ']), String(r.range(1, 900)));
  d.line();
  d.line(t.intro);
  d.line('```');
  d.line('host: ', c.lk('hostname'));
  d.line('user: ', r.pick(['app', 'postgres', 'mailer']));
  d.add(kvLine(r, 'yaml', 'password', r.chance(0.5) ? L('placeholder', r.pick(['********', '<redacted>', 'xxxx'])) : S('DATABASE_PASSWORD', plainSecret(r, anyPassword))));
  for (let k = 0; k < r.range(1, 4); k++) { const def = c.secDef('forum', (x) => x.keys.length > 0); d.add(kvLine(r, 'yaml', r.pick(def.keys).toLowerCase().replace(/[^a-z0-9]+/g, '_'), S(def.e, plainSecret(r, def.gen)))); }
  if (r.chance(0.3)) { d.line('ssl_key: |'); d.line('  ', pemSpan(r, nextPemKind(), 'indent', '  ')); }
  d.line('```');
  d.line('```');
  for (let i = 0; i < r.range(2, 4); i++) d.line(L('timestamp', c.clock.step(1, 20).iso()), ' ERROR ', r.pick(['connection refused', 'auth failed', 'signature mismatch']), ' client=', P('IP_ADDRESS', PI.clientIp(r)), ' req=', c.lk('request_id'));
  d.line('```');
  d.line(t.thanks, ' — ', c.N(op, r.pick(['given', 'full', 'short'])), r.chance(0.4) ? frag(', ', c.city()) : '');
  d.line();
  for (let i = 0; i < r.range(1, 3); i++) {
    const rp = c.person();
    d.line('> **', (rp.familyLatin.slice(0, 4) + r.pick(['_dev', 'ops', '', '42'])).toLowerCase().replace(/[^a-z0-9_]/g, ''), '** ', L('timestamp', c.clock.step(300, 20000).sql()));
    d.line('> ', c.tpl(r.pick(t.reply)));
    if (r.chance(0.4)) d.line('> ', runSentence(c));
  }
  return d;
}

// ------------------------------------------------------------------ support_ticket
const TK = {
  en: { subj: ['Refund not received', 'Wrong item delivered', 'Cannot log in', 'Change of address', 'Card charged twice'], agent: 'Agent', cust: 'Customer', pasted: ['Here is my card so you can check: {CARD}', 'Please refund to {IBAN}', 'My new address is {ADDR}.', 'I tried password {PW} and it says invalid.'], masked: 'For your security we have removed card details from this ticket.' },
  de: { subj: ['Erstattung nicht erhalten', 'Falscher Artikel geliefert', 'Login geht nicht', 'Adressänderung'], agent: 'Agent', cust: 'Kunde', pasted: ['Hier meine Karte zur Prüfung: {CARD}', 'Bitte auf {IBAN} erstatten.', 'Neue Adresse: {ADDR}.', 'Ich habe das Passwort {PW} probiert.'], masked: 'Zu Ihrer Sicherheit haben wir die Kartendaten entfernt.' },
  fr: { subj: ['Remboursement non reçu', 'Mauvais article', 'Connexion impossible'], agent: 'Conseiller', cust: 'Client', pasted: ['Voici ma carte : {CARD}', 'Merci de rembourser sur {IBAN}.', 'Nouvelle adresse : {ADDR}.'], masked: 'Pour votre sécurité, nous avons supprimé les données de carte.' },
  es: { subj: ['Reembolso no recibido', 'Artículo equivocado'], agent: 'Agente', cust: 'Cliente', pasted: ['Esta es mi tarjeta: {CARD}', 'Devuélvanlo a {IBAN}.', 'Mi nueva dirección: {ADDR}.'], masked: 'Por seguridad hemos eliminado los datos de la tarjeta.' },
  nl: { subj: ['Terugbetaling niet ontvangen'], agent: 'Medewerker', cust: 'Klant', pasted: ['Graag terugstorten op {IBAN}.', 'Mijn nieuwe adres: {ADDR}.'], masked: 'Voor uw veiligheid hebben we de kaartgegevens verwijderd.' },
  it: { subj: ['Rimborso non ricevuto'], agent: 'Operatore', cust: 'Cliente', pasted: ['Rimborsate su {IBAN}.', 'Nuovo indirizzo: {ADDR}.'], masked: 'Per sicurezza abbiamo rimosso i dati della carta.' },
  pl: { subj: ['Brak zwrotu pieniędzy'], agent: 'Konsultant', cust: 'Klient', pasted: ['Proszę o zwrot na {IBAN}.', 'Nowy adres: {ADDR}.'], masked: 'Ze względów bezpieczeństwa usunęliśmy dane karty.' },
  tr: { subj: ['İade ulaşmadı'], agent: 'Temsilci', cust: 'Müşteri', pasted: ['İadeyi {IBAN} hesabına yapın.', 'Yeni adresim: {ADDR}.'], masked: 'Güvenliğiniz için kart bilgilerini sildik.' },
};
export function support_ticket(r) {
  const lang = r.pick(Object.keys(TK)); const c = new Ctx(r, lang); const d = new Doc(); const t = TK[lang];
  const cust = c.person(); const pl = c.place(); const agent = c.person();
  d.line(c.lk('ticket_id'), ' · ', r.pick(t.subj), ' · ', r.pick(['open', 'pending', 'solved']));
  d.line(t.cust, ': ', c.N(cust, 'full'), ' <', c.E(cust), '> · ', c.Ph(pl.cc));
  d.line(c.t.w.address, ': ', ...PI.addressLines(r, pl, lang, true).flatMap((l, i) => (i ? [', ', ...l] : l)));
  const OT = { en: ['Order', 'Tracking'], de: ['Bestellung', 'Sendung'], fr: ['Commande', 'Suivi'], es: ['Pedido', 'Seguimiento'], nl: ['Bestelling', 'Track & trace'], it: ['Ordine', 'Spedizione'], pl: ['Zamówienie', 'Przesyłka'], tr: ['Sipariş', 'Kargo takip'] }[lang];
  d.line(OT[0], ': ', c.lk('order_number'), ' · ', OT[1], ': ', c.lk('tracking_number'));
  d.line('---');
  const turns = r.range(3, 6);
  for (let i = 0; i < turns; i++) {
    const isCust = i % 2 === 0;
    c.clock.step(600, 40000);
    d.line('[', L('timestamp', c.clock.sql()), '] ', isCust ? c.N(cust, r.pick(['given', 'full'])) : frag(c.N(agent, r.pick(['given', 'initial'])), ' (', t.agent, ')'), ':');
    if (isCust) {
      const s = r.pick(t.pasted);
      d.line(c.tpl(s, {
        CARD: () => r.chance(0.8) ? P('CREDIT_CARD', PI.formatCard(r, PI.cardNumber(r).digits)) : c.lk('invalid_card'),
        IBAN: () => r.chance(0.85) ? P('IBAN_CODE', PI.iban(r)) : c.lk('invalid_iban'),
        ADDR: () => frag(...PI.addressLines(r, c.place(), lang, false).flatMap((l, j) => (j ? [', ', ...l] : l))),
        PW: () => S('USER_PASSWORD', plainSecret(r, humanPassword)),
      }));
      if (r.chance(0.4)) d.line(runSentence(c));
    } else {
      d.line(r.chance(0.4) ? t.masked : c.tpl(r.pick(c.t.filler)));
      if (r.chance(0.5)) d.line(c.t.w.regards, ', ', c.N(agent, 'given'), ' · ', c.Ph(pl.cc, true));
    }
  }
  return d;
}

// ------------------------------------------------------------------ wiki_runbook
export function wiki_runbook(r) {
  const lang = r.pick(['en', 'en', 'en', 'de', 'fr', 'es', 'ja', 'pl']); const c = new Ctx(r, lang); const d = new Doc();
  const svc = r.pick(['payments', 'crm-sync', 'payroll-export', 'vpn', 'mail-relay', 'clinic-portal']);
  d.line('# Runbook: ', svc);
  d.line();
  d.line(r.pick(['Last edited by ', 'Zuletzt bearbeitet von ', 'Modifié par ', 'Editado por ', '最終更新: ', 'Edytował: ']), c.N(c.person(), 'full'), ', ', c.date());
  d.line();
  d.line('## On-call');
  d.line('| ', r.pick(['Name', 'Name', 'Nom', 'Nombre', '氏名', 'Imię i nazwisko']), ' | ', c.t.w.phone, ' | ', c.t.w.email, ' | TZ |');
  d.line('|---|---|---|---|');
  for (let i = 0; i < r.range(3, 5); i++) { const p = c.person(); const pl = c.place(); d.line('| ', c.N(p, 'full'), ' | ', c.Ph(pl.cc, true), ' | ', c.E(p), ' | ', cityOf(c, pl), ' |'); }
  d.line();
  d.line('## ', r.pick(['Restart', 'Neustart', 'Redémarrage', 'Reinicio', '再起動', 'Restart']));
  d.line('```bash');
  d.line('ssh ops@', c.lk('hostname'));
  d.line('export DB_PASSWORD=', c.lk('env_reference'));
  d.line('sudo systemctl restart ', svc);
  d.line('curl -H "X-API-Key: ', L('placeholder', r.pick(['<your-token>', 'YOUR_API_KEY_HERE', '<api-key>'])), '" https://', c.lk('hostname'), '/health');
  d.line('```');
  d.line();
  d.line('## ', r.pick(['Credentials', 'Zugangsdaten', 'Identifiants', 'Credenciales', '認証情報', 'Dane dostępowe']));
  const k = r.int(4);
  if (k === 0) d.line('- admin UI: `admin` / ', L('placeholder', r.pick(['see vault', 'changeme', '********'])), ' (', r.pick(['rotated', 'in 1Pw']), ')');
  else d.line('- admin UI: `admin` / `', S('ADMIN_PASSWORD', plainSecret(r, (x) => tokenSecret(x, anyPassword))), '` ', r.pick(['(temporary!)', '— TODO rotate', '', '(break-glass)']));
  for (let k = 0; k < r.range(2, 5); k++) { const def = c.secDef('wiki', (x) => x.keys.length > 0); d.line('- ', def.svc || r.pick(['integration', 'partner API', 'legacy service']), ' ', r.pick(['token', 'key', 'secret', 'credential']), ': `', S(def.e, tokenSecret(r, def.gen)), '`'); }
  d.line('- ', r.pick(['example from vendor docs', 'docs sample']), ': `', c.lk('aws_example_key'), '`');
  if (r.chance(0.5)) d.line('- ', r.pick(['label printer', 'door controller', 'NAS']), ': MAC `', c.lk('mac_address'), '`, serial `', c.lk('serial_number'), '`');
  d.line('- ', r.pick(['Wi-Fi', 'WLAN', 'Wi‑Fi ops']), ': `', S('WIFI_PASSWORD', plainSecret(r, (x) => tokenSecret(x, SECRET_BY.WIFI_PASSWORD.gen))), '`');
  if (r.chance(0.45)) { d.line('- break-glass key:'); d.line('```'); d.line(pemSpan(r, nextPemKind(['OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'EC_PRIVATE_KEY']), 'plain')); d.line('```'); }
  if (r.chance(0.5)) { d.line('- release signing key (public): '); d.line('```'); d.line(c.lk('public_key')); d.line('```'); }
  if (r.chance(0.3)) { d.line('- internal CA:'); d.line('```'); d.line(c.lk('certificate')); d.line('```'); }
  d.line();
  d.line('## ', r.pick(['Escalation', 'Eskalation', 'Escalade', 'Escalado', 'エスカレーション', 'Eskalacja']));
  d.line(runSentence(c));
  d.line(c.tpl(r.pick(c.t.mention)));
  return d;
}
