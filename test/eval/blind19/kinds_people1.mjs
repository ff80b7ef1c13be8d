// People document kinds (part 1): e-mail threads, chat channels, meeting minutes,
// interview notes, newsletters.
import { Ctx, S, P, L, Doc, frag, PI, fill, Clock, humanPassword, passphrase, plainSecret, tokenSecret, SECRET_BY, LANGS } from './common.mjs';
import { LOOK } from './lookalikes.mjs';
import { nextPemKind, pemSpan } from './common.mjs';

const BUDGET = 3750;
const Lc = (v) => P('LOCATION', v);
export const PRODUCTS = ['Atlas', 'Falcon Pro', 'Lighthouse', 'Harbor', 'Sienna', 'Juniper', 'Magnolia', 'Orion Pay', 'Beacon', 'Willow CRM', 'Aurora', 'Jasper'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// extra running-text sentences: names next to companies, products, months, streets
export const RUN = {
  en: ['{N} from {O} joins the call in {MON}.', 'Had coffee with {N} at the {O} office on {S} yesterday.', "{N}'s team in {C} ships the {PR} update next week.", 'Per {N}, the {PR} pilot in {C} and {C2} went fine.', 'Looping in {N} (cc {N2}).',
    '{N}, our new account manager, starts in {MON}.', 'Congrats to {N} and {N2} on the {PR} launch!', '{N} is back from parental leave, say hi!', "Can someone cover for {N} on Friday? She's flying to {C}.", 'Big thanks to {N} for sorting out the {O} contract.',
    'Ask {N}; he knows the {R} distributors.', '{N} will demo {PR} to {O} in {C} on {D}.', 'Apparently {N} and {N2} used to work together at {O}.', '{N} moved to {C}, {K} last {MON}.'],
  de: ['{N} von {O} ist im {MON} wieder dabei.', 'Gestern mit {N} im Büro in der {S} gesprochen.', 'Das Team von {N} in {C} liefert das {PR}-Update nächste Woche.', 'Laut {N} lief der {PR}-Pilot in {C} gut.', 'Glückwunsch an {N} und {N2} zum {PR}-Launch!', '{N} ist ab {MON} in Elternzeit.'],
  fr: ['{N} de chez {O} rejoint l\'appel en {MON}.', "L'équipe de {N} à {C} livre la mise à jour {PR} la semaine prochaine.", 'Bravo à {N} et {N2} pour le lancement de {PR} !', "D'après {N}, le pilote {PR} à {C} s'est bien passé."],
  es: ['{N}, de {O}, se une a la llamada en {MON}.', 'El equipo de {N} en {C} lanza la actualización de {PR} la semana que viene.', '¡Enhorabuena a {N} y {N2} por el lanzamiento de {PR}!', 'Según {N}, el piloto de {PR} en {C} salió bien.'],
};
const MONL = { en: MONTHS, de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'], fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'], es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] };
export function runSentence(c) {
  const r = c.r; const set = RUN[c.lang];
  if (!set || r.chance(0.4)) return c.mention();
  return c.tpl(r.pick(set), { PR: r.pick(PRODUCTS), MON: r.pick(MONL[c.lang]), C2: () => c.city() });
}
const pickLang = (r) => r.pickW([[10, 'en'], [4, 'de'], [3, 'fr'], [3, 'es'], [2, 'it'], [2, 'pt'], [2, 'nl'], [2, 'pl'], [2, 'sv'], [2, 'tr'], [2, 'ja'], [2, 'zh'], [2, 'ko'], [2, 'ru']]);

// a secret handed over in prose, with the kind of value people paste
function proseSecret(c) {
  const r = c.r;
  const k = r.int(6);
  const span = k <= 1 ? S('USER_PASSWORD', plainSecret(r, humanPassword)) : k === 2 ? S('PASSPHRASE', plainSecret(r, passphrase)) : (() => { const d = c.secDef('prose', (x) => x.vendor || x.e.startsWith('API_KEY')); return S(d.e, tokenSecret(r, d.gen)); })();
  return c.secretProse(span);
}
function signature(c, p, dom) {
  const r = c.r; const pl = c.place(); const f = new Doc();
  f.line('--');
  f.line(c.N(p, 'full'));
  f.line(r.pick(['Account Manager', 'Head of Finance', 'Site Reliability Engineer', 'HR Business Partner', 'Office Manager', 'Paralegal', 'Customer Success Lead', 'Buyer']), ' | ', r.pick(PI.COMPANIES)[0]);
  if (r.chance(0.6)) f.line(...PI.addressLines(r, pl, c.lang, false).flatMap((l, i) => (i ? [', ', ...l] : l)));
  f.line(r.pick(['M', 'Tel', 'Mob.', 'T']), ' ', c.Ph(pl.cc, true), r.chance(0.5) ? frag(' | ', c.E(p, dom)) : '');
  return f;
}

// ------------------------------------------------------------------ email_thread
export function email_thread(r) {
  const lang = pickLang(r); const c = new Ctx(r, lang); const d = new Doc(); const w = c.t.w;
  const people = [c.person(), c.person(), c.person()]; const dom = r.pick(PI.COMPANIES)[1];
  const subj = r.pick(['Q3 numbers', 'access for the new starter', 'Your order ', 'contract renewal', 'offsite logistics', 'invoice query', 'Wi-Fi in the new office', 'handover']);
  const n = r.range(2, 3); const msgs = [];
  for (let i = 0; i < n; i++) {
    const from = people[i % 2], to = people[(i + 1) % 2]; const m = new Doc();
    m.line(w.from, ': ', r.chance(0.5) ? frag('"', c.N(from, 'full'), '" ') : frag(c.N(from, 'full'), ' '), '<', c.E(from, dom), '>');
    m.line(w.to, ': ', c.N(to, 'full'), ' <', c.E(to, dom), '>');
    if (r.chance(0.5)) m.line('Cc: ', c.E(people[2]));
    m.line(w.date, ': ', L('timestamp', c.clock.step(600, 90000).rfc2822()));
    m.line(w.subject, ': ', i ? 'Re: ' : '', subj, subj.endsWith(' ') ? c.lk('order_number') : '');
    m.line();
    m.line(w.hi, ' ', c.N(to, r.pick(['given', 'short', 'given'])), lang === 'ja' ? 'さん' : ',');
    m.line();
    const body = [() => runSentence(c), () => c.filler(), () => runSentence(c)];
    if (r.chance(0.6)) body.push(() => proseSecret(c));
    if (r.chance(0.3)) body.push(() => c.tpl(r.pick(c.t.mention).includes('{P}') ? r.pick(c.t.mention) : '{N}: {P}'));
    if (r.chance(0.3)) body.push(() => { const f = new Doc(); f.line(r.pick(['Config as discussed:', 'Settings:', 'Zugang:', 'Accès :', 'Acceso:'])); for (let k = 0; k < r.range(2, 4); k++) { const def = c.secDef('mailcfg', (x) => x.keys.length > 0); f.line('  ', r.pick(def.keys), ': ', S(def.e, tokenSecret(r, def.gen))); } return f; });
    for (const b of r.shuffle(body)) m.line(b());
    m.line();
    m.line(w.regards, lang === 'ja' ? '' : ',');
    m.append(signature(c, from, dom));
    msgs.push(m);
  }
  // newest first, older ones quoted
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i];
    if (i === msgs.length - 1) { d.append(m); continue; }
    d.line();
    const txt = m; // quote by prefixing each line with "> "
    const q = new Doc(); const raw = txt.text().split('\n');
    // rebuild with spans: walk spans by line
    let off = 0; const buf = txt.bytes(); const spans = [...txt.labels.map((l) => ({ ...l, k: 'l' })), ...txt.lookalikes.map((l) => ({ ...l, k: 'k' }))].sort((a, b) => a.start - b.start);
    let si = 0; let lineStart = 0;
    for (const line of raw) {
      const lb = Buffer.byteLength(line, 'utf8'); const lineEnd = lineStart + lb;
      q.add('> ');
      let pos = lineStart;
      while (si < spans.length && spans[si].start < lineEnd) {
        const s = spans[si];
        q.add(buf.subarray(pos, s.start).toString('utf8'));
        q.add(s.k === 'l' ? (s.family === 'pii' ? P(s.entity, s.value) : S(s.entity, s.value)) : L(s.what, s.value));
        pos = s.end; si++;
      }
      q.add(buf.subarray(pos, lineEnd).toString('utf8'));
      q.add('\n'); lineStart = lineEnd + 1;
    }
    if (d.size() + q.size() < BUDGET) d.append(q);
    void off;
  }
  return d;
}

// ------------------------------------------------------------------ chat_channel
const CHAT_EXTRA = {
  en: ['lol same', 'on it', 'who has the {PR} admin login?', 'can you share the staging creds?', 'brb lunch', 'meeting moved to {T}', 'anyone near {C} tomorrow?', 'thanks {N}!', '+1', 'ping {N} about {I}'],
  de: ['bin dran', 'wer hat den Login für {PR}?', 'Mittagspause', 'danke {N}!', 'jemand morgen in {C}?'],
  fr: ['je regarde', 'qui a le login {PR} ?', 'merci {N} !', 'quelqu\'un à {C} demain ?'],
  es: ['lo miro', '¿quién tiene el acceso a {PR}?', '¡gracias {N}!', '¿alguien en {C} mañana?'],
  ja: ['確認します', '{PR}の管理者ログイン誰か持ってますか？', '{N}さんありがとうございます！', '明日{C}に行く人いますか？'],
};
export function chat_channel(r) {
  const lang = pickLang(r); const c = new Ctx(r, lang); const d = new Doc(); const v = r.int(3);
  const members = Array.from({ length: r.range(3, 6) }, () => c.person());
  const handle = (p) => (p.givenLatin + (r.chance(0.5) ? '.' + p.familyLatin[0] : '')).toLowerCase().replace(/[^a-z.]/g, '');
  const handles = new Map(members.map((p) => [p, handle(p)]));
  const chan = r.pick(['#ops', '#sales-emea', '#hr-private', '#general', '#finance', '#office-berlin', '#support-l2', '#random']);
  const msg = () => {
    const k = r.int(12);
    if (k < 4) return runSentence(c);
    if (k < 5) return proseSecret(c);
    if (k < 6) { const ex = CHAT_EXTRA[lang] || CHAT_EXTRA.en; return c.tpl(r.pick(ex), { PR: r.pick(PRODUCTS), N: () => c.N(r.pick(members), r.pick(['given', 'short'])) }); }
    if (k < 7) { const def = c.secDef('chat', (x) => x.vendor); return frag(r.pick(['here: ', 'new key → ', 'rotated, use ', '', 'FYI ']), S(def.e, tokenSecret(r, def.gen)), r.pick(['', ' (prod!)', ' — delete after copying', ' 🙏'])); }
    if (k < 8) return c.filler();
    if (k < 9) return frag('@', c.N(r.pick(members), r.pick(['full', 'given'])), ' ', c.tpl(r.pick(c.t.filler)));
    if (k < 10) return c.tpl(r.pick(c.t.mention));
    if (k < 11) return frag(r.pick(['call me: ', 'my number ', 'mobile: ']), c.Ph());
    return frag(r.pick(['customer IP was ', 'blocked ', 'came from ']), P('IP_ADDRESS', PI.clientIp(r)));
  };
  d.line(chan, ' — ', r.pick(['exported', 'export', 'history']), ' ', L('date', c.clock.ymd()));
  if (r.chance(0.55)) { // someone pastes a config snippet
    const p = r.pick(members); c.clock.step(10, 600);
    d.line(v === 1 ? frag(c.N(p, 'full'), '  ', L('timestamp', c.clock.hm())) : frag('[', L('timestamp', c.clock.hm()), '] ', handles.get(p), ':'));
    d.line(r.pick(['here is the staging .env, pls don\'t share', 'prod creds for the migration:', 'copy of the config:', 'Zugangsdaten für den Umzug:', 'les accès :', 'credenciales:']));
    d.line('```');
    for (let i = 0; i < r.range(2, 6); i++) { const def = c.secDef('chatenv', (x) => x.keys.length > 0); d.line(r.pick(def.keys).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[^A-Z0-9_]/g, '_'), '=', S(def.e, tokenSecret(r, def.gen))); }
    d.line('```');
    if (r.chance(0.25)) { d.line('and the key for the bastion:'); d.line('```'); d.line(pemSpan(r, nextPemKind(['OPENSSH_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PGP_PRIVATE_KEY']), 'plain')); d.line('```'); }
    if (v === 1) d.line();
  }
  fill(d, BUDGET, () => {
    const p = r.pick(members); c.clock.step(10, 1500);
    if (v === 0) return frag('[', L('timestamp', c.clock.hm()), '] ', handles.get(p), ': ', msg(), '\n');
    if (v === 1) return frag(c.N(p, 'full'), '  ', L('timestamp', c.clock.hm()), '\n', msg(), '\n\n');
    return frag('{"ts":"', L('timestamp', c.clock.epoch() + '.' + r.digits(6)), '","user":"', c.N(p, 'full'), '","text":"', msg(), '"}\n');
  }, r.range(10, 30));
  return d;
}

// ------------------------------------------------------------------ meeting_minutes
export function meeting_minutes(r) {
  const lang = pickLang(r); const c = new Ctx(r, lang); const d = new Doc(); const w = c.t.w;
  const att = Array.from({ length: r.range(4, 8) }, () => c.person());
  const md = r.chance(0.5);
  d.line(md ? '# ' : '', w.minutes, ' — ', r.pick(['Weekly ops sync', 'Budget review', 'Works council', 'Project kickoff', 'Quarterly business review', 'Office move']), ' — ', c.date());
  d.line();
  d.line(md ? '**' : '', w.attendees, md ? ':**' : ':', ' ', ...att.slice(0, -1).flatMap((p, i) => [i ? ', ' : '', c.N(p, r.pick(['full', 'full', 'given', 'initial']))]));
  d.line(w.absent, ': ', c.N(att[att.length - 1], 'full'));
  d.line({ en: 'Location', de: 'Ort', fr: 'Lieu', es: 'Lugar', it: 'Luogo', nl: 'Locatie', ja: '場所', pt: 'Local', pl: 'Miejsce', sv: 'Plats', tr: 'Yer', zh: '地点', ko: '장소', ru: 'Место' }[lang], ': ', r.pick(['Room 4.12', 'Teams', 'HQ', 'Raum Elbe']), ', ', c.city());
  d.line();
  d.line(md ? '## ' : '', w.agenda);
  for (let i = 0; i < r.range(2, 4); i++) {
    d.line(`${i + 1}. `, r.pick(['Status', 'Budget', 'Hiring', 'Customer escalations', 'Office move', 'Security', 'Roadmap']));
    for (let j = 0; j < r.range(1, 3); j++) d.line('   - ', runSentence(c));
    if (r.chance(0.25)) d.line('   - ', proseSecret(c));
  }
  d.line();
  d.line(md ? '## ' : '', w.actions);
  for (let i = 0; i < r.range(2, 5); i++) d.line('- [ ] ', r.pick(['Send revised offer', 'Book venue', 'Update the forecast', 'Call the landlord', 'Rotate shared passwords', 'Draft customer letter']), ' — ', w.owner, ': ', c.N(r.pick(att), r.pick(['given', 'full', 'short'])), ', ', w.due, ': ', c.date());
  d.line();
  if (r.chance(0.35)) d.line('Wi-Fi: ', r.pick(['Guest', 'Venue', 'Gast', 'Invités']), ' / ', S('WIFI_PASSWORD', plainSecret(r, SECRET_BY.WIFI_PASSWORD.gen)));
  d.line(w.next, ': ', c.date(), ', ', L('timestamp', c.clock.hm()), ' (', c.N(r.pick(att), 'full'), ')');
  return d;
}

// ------------------------------------------------------------------ interview_notes
export function interview_notes(r) {
  const lang = r.pick(['en', 'en', 'en', 'de', 'fr', 'es', 'nl', 'sv']); const c = new Ctx(r, lang); const d = new Doc();
  const cand = c.person(r.pick(['en_us', 'en_gb', 'in_en', 'de', 'fr', 'es', 'pl', 'tr', 'zh', 'ko', 'yo', 'ar', 'pt_br', 'vi', 'uk', 'el', 'he']));
  const from = c.place(); const H = { en: ['Interview notes', 'Candidate', 'Role', 'Panel', 'Currently in', 'References', 'Expectations', 'Verdict'], de: ['Gesprächsnotizen', 'Kandidat/in', 'Stelle', 'Panel', 'Wohnort', 'Referenzen', 'Gehaltsvorstellung', 'Fazit'], fr: ['Notes d\'entretien', 'Candidat', 'Poste', 'Jury', 'Réside à', 'Références', 'Prétentions', 'Avis'], es: ['Notas de entrevista', 'Candidato/a', 'Puesto', 'Panel', 'Reside en', 'Referencias', 'Expectativas', 'Valoración'], nl: ['Gespreksnotities', 'Kandidaat', 'Functie', 'Panel', 'Woont in', 'Referenties', 'Salarisverwachting', 'Oordeel'], sv: ['Intervjuanteckningar', 'Kandidat', 'Roll', 'Panel', 'Bor i', 'Referenser', 'Löneanspråk', 'Bedömning'] }[lang];
  d.line(H[0], ' — ', c.N(cand, 'full'), ' — ', c.date());
  d.line(H[1], ': ', c.N(cand, 'full'), ' · ', c.E(cand, r.pick(PI.MAIL_DOMAINS)), ' · ', c.Ph(from.cc, true));
  d.line(H[2], ': ', r.pick(['Senior Backend Engineer', 'Payroll Specialist', 'Key Account Manager', 'Clinic Coordinator', 'Data Analyst']), ' (', c.lk('ticket_id'), ')');
  d.line(H[3], ': ', c.N(c.person(), 'full'), ', ', c.N(c.person(), 'given'), ', ', c.N(c.person(), 'initial'));
  d.line(H[4], ': ', Lc(PI.cityName(from, lang)), ', ', Lc(PI.countryName(from.cc, lang)), r.chance(0.5) ? frag(' — ', r.pick(['open to relocating to', 'would move to', 'prefers remote from']), ' ', c.city()) : '');
  d.line();
  const EN = ['{N} spent five years at {O} in {C}, mostly on billing.', 'Talked about leading the migration at {O}; {N} was the tech lead.', 'Left {O} when the {C} office closed.', 'Good story about handling a difficult customer from {C}.', 'Mentioned {N} as former manager; worked together in {C}.', 'Grew up in {C}, studied in {C2}.'];
  for (let i = 0; i < r.range(3, 5); i++) d.line('- ', lang === 'en' ? c.tpl(r.pick(EN), { N: () => c.N(r.chance(0.5) ? cand : c.person(), r.pick(['given', 'full'])), C2: () => c.city() }) : runSentence(c));
  d.line();
  d.line(H[5], ':');
  for (let i = 0; i < r.range(1, 3); i++) { const ref = c.person(); d.line('  ', c.N(ref, 'full'), ', ', r.pick(PI.COMPANIES)[0], ', ', c.Ph(), r.chance(0.5) ? frag(', ', c.E(ref)) : ''); }
  d.line(H[6], ': ', c.price(40000, 140000), lang === 'en' && r.chance(0.5) ? frag(', notice ', String(r.range(1, 3)), ' months') : '');
  if (r.chance(0.45)) d.line(r.pick(['Take-home repo token', 'Access for the coding task']), ': ', c.sec(r.pick(['GITHUB_FINE_GRAINED_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN'])), ' (expires ', c.date(), ')');
  d.line(H[7], ': ', r.pick({ en: ['strong hire', 'hire', 'no hire', 'second round'], de: ['einstellen', 'Zweitgespräch', 'absagen'], fr: ['à revoir', 'favorable', 'défavorable'], es: ['contratar', 'segunda ronda', 'descartar'], nl: ['aannemen', 'tweede gesprek', 'afwijzen'], sv: ['anställ', 'andra intervju', 'avböj'] }[lang]), ' — ', c.N(c.person(), 'given'));
  return d;
}

// ------------------------------------------------------------------ newsletter
export function newsletter(r) {
  const lang = r.pick(['en', 'en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'sv', 'pl']); const c = new Ctx(r, lang); const d = new Doc();
  const HD = { en: ['The Monthly Beacon', 'Welcome aboard', 'Work anniversaries', 'Office news', 'Charity run results', 'Questions? Write to'], de: ['Der Monatsbote', 'Herzlich willkommen', 'Jubiläen', 'Neues aus den Büros', 'Ergebnisse Firmenlauf', 'Fragen an'], fr: ['La Lettre du mois', 'Bienvenue', 'Anniversaires', 'Vie des bureaux', 'Course solidaire', 'Contact'], es: ['El Boletín', 'Bienvenidas', 'Aniversarios', 'Noticias de oficinas', 'Carrera solidaria', 'Contacto'], nl: ['De Maandbrief', 'Welkom', 'Jubilea', 'Kantoornieuws', 'Uitslag bedrijfsloop', 'Vragen?'], it: ['Il Notiziario', 'Benvenuti', 'Anniversari', 'Notizie dalle sedi', 'Corsa solidale', 'Contatti'], pt: ['O Informativo', 'Boas-vindas', 'Aniversários de empresa', 'Notícias dos escritórios', 'Corrida solidária', 'Contato'], sv: ['Månadsbladet', 'Välkomna', 'Jubileum', 'Kontorsnytt', 'Välgörenhetslopp', 'Frågor?'], pl: ['Biuletyn', 'Witamy', 'Jubileusze', 'Wieści z biur', 'Bieg charytatywny', 'Kontakt'] }[lang];
  d.line('# ', HD[0], ' — ', r.pick(c.t.months), ' ', String(r.range(2024, 2025)));
  d.line();
  d.line('## ', HD[1]);
  for (let i = 0; i < r.range(3, 6); i++) { const p = c.person(); d.line('- ', c.N(p, 'full'), ' (', r.pick(['Finance', 'Sales', 'Clinic ops', 'Engineering', 'Legal', 'HR']), ', ', c.city(), ')', r.chance(0.4) ? frag(' — ', c.tpl(r.pick(c.t.mention), { N: () => c.N(p, 'given') })) : ''); }
  d.line();
  d.line('## ', HD[2]);
  d.line(...Array.from({ length: r.range(2, 4) }, (_, i) => frag(i ? ', ' : '', c.N(c.person(), r.pick(['full', 'given'])), ' (', String(r.range(5, 25)), ')')));
  d.line();
  d.line('## ', HD[3]);
  const pl = c.place();
  d.line(runSentence(c), ' ', { en: 'New address', de: 'Neue Adresse', fr: 'Nouvelle adresse', es: 'Nueva dirección', nl: 'Nieuw adres', it: 'Nuovo indirizzo', pt: 'Novo endereço', sv: 'Ny adress', pl: 'Nowy adres' }[lang], ': ', ...PI.addressLines(r, pl, lang, false).flatMap((l, i) => (i ? [', ', ...l] : l)), '.');
  d.line(runSentence(c));
  d.line();
  d.line('## ', HD[4]);
  for (let i = 0; i < r.range(3, 6); i++) d.line(`${i + 1}. `, c.N(c.person(), r.pick(['full', 'initial'])), ' — ', `${r.range(38, 70)}:${String(r.range(0, 59)).padStart(2, '0')}`);
  d.line();
  if (r.chance(0.5)) d.line({ en: 'Book club', de: 'Lesekreis', fr: 'Club de lecture', es: 'Club de lectura', nl: 'Leesclub', it: 'Club del libro', pt: 'Clube do livro', sv: 'Bokcirkel', pl: 'Klub książki' }[lang], ': ', r.pick(['The Quiet Harbour', 'Der lange Winter', 'Le Phare', 'La casa azul', 'Nordlicht']), ' (ISBN ', c.lk('isbn'), '), ', c.N(c.person(), 'given'));
  if (r.chance(0.6)) d.line({ en: 'Guest Wi-Fi', de: 'Gäste-WLAN', fr: 'Wi-Fi invités', es: 'Wi-Fi de invitados', nl: 'Gast-wifi', it: 'Wi-Fi ospiti', pt: 'Wi-Fi visitantes', sv: 'Gäst-wifi', pl: 'Wi-Fi dla gości' }[lang], ': ', r.pick(['Beacon-Guest', 'OFFICE-5G', 'Gast']), ' / ', S('WIFI_PASSWORD', plainSecret(r, SECRET_BY.WIFI_PASSWORD.gen)));
  const ed = c.person();
  d.line(HD[5], ' ', c.N(ed, 'full'), ' (', c.E(ed), ')');
  return d;
}
