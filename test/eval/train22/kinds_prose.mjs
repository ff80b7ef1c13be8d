// Prose kinds: chats, diaries, local news, ads, listings, reviews, reports, genealogy,
// announcements, tickets, e-mail, forum posts, contact cards.
import { Cast } from './kit.mjs';
import { LANGS, INFLECTED, UNCASED, CASED } from './langs.mjs';
import { fill, clock, p2, slug } from './util.mjs';
import { P, S, L, wrap, jsonEsc } from './doc.mjs';
import { makePerson, asciiFold } from './names.mjs';
import { ui, CUR } from './ui.mjs';

const CARS = ['Santa Fe', 'Tucson', 'Kodiaq', 'Octavia', 'Yaris', 'Corolla', 'Sorento', 'Leon', 'Ibiza', 'Toledo', 'Amarok', 'Tiguan', 'Passat', 'Kona', 'Murano', 'Cayenne', 'Macan', 'Montero', 'Fabia'];
function pickLang(r, bias = 'emph') {
  if (bias === 'emph') return r.weighted([[5, () => r.pick(INFLECTED)], [5, () => r.pick(UNCASED)], [3, () => r.pick(CASED)]])();
  return r.pick([...INFLECTED, ...UNCASED, ...CASED]);
}
function speakerName(cast) {
  const f = cast.person(undefined, 'nom');
  return f;
}
function credLine(k, lang) {
  const r = k.r; const L0 = LANGS[lang];
  const handle = r.pick(['jkowal', 'admin', 'root', 'marta.s', 'biuro', 'office', 'kasa2', 'recepcja', 'ops', 'pi', 'ubnt', 'nas-admin', 'family', 'guest']);
  return r.weighted([
    [3, () => [`${r.pick(L0.user)}: ${handle} / ${r.pick(L0.pw)}: `, k.S('CHAT_SHARED_PASSWORD')]],
    [2, () => [`${L0.wifi}: ${r.pick(['Dom_5G', 'Kawiarnia-Guest', 'FRITZ!Box 7590 QX', 'TP-Link_4F2A', 'Vodafone-3C1D', 'HomeNet', 'Livebox-88A1'])} / ${r.pick(L0.pw)} `, k.S('WIFI_PASSPHRASE', k.human({ ascii: false }))]],
    [2, () => [`${r.pick(L0.pw)} ${r.pick(['->', '=', ':', '—'])} `, k.S('CHAT_SHARED_PASSWORD')]],
    [1, () => [`alarm ${r.pick(['kod', 'code', 'PIN', 'κωδ.', 'код'])}: `, k.S('DOOR_ALARM_DISARM_CODE')]],
    [2, () => { const kind = k.token(); return [r.pick(['token ', 'key: ', 'api key ', '🔑 ', 'here → ']), k.S(kind)]; }],
    [1, () => ['ssh ', `${handle}@`, k.L('hostname'), ` ${r.pick(L0.pw)} `, k.S('SSH_PASSWORD', k.human({ noSym: ' ' }))]],
  ])();
}
function logisticsLine(k, cast) {
  const r = k.r;
  return r.pick([
    () => ['✈ ', k.L('flight_number'), ' / ', k.L('booking_reference'), ' ', k.L('date')],
    () => ['📦 ', k.L('tracking_number')],
    () => ['order ', k.L('order_number'), ' — ', k.L('price')],
    () => [k.L('price'), ' ', r.pick(['each', 'per person', 'za osobę', 'на человека', 'kişi başı', 'לאדם', '一人', '인당'])],
    () => ['📍 ', k.L('coordinates'), ' (', cast.place(undefined, 'nom'), ')'],
    () => [k.L(r.pick(['brand_name', 'name_like_word', 'place_like_word', 'product_name'])), ' ', r.pick(['👍', '??', '!!!', '😂', 'lol', 'xD'])],
  ])();
}
function moneyLine(k, cast) {
  const r = k.r;
  return r.pick([
    () => ['IBAN ', k.iban(cast.lang.cc && r.chance(0.6) ? cast.lang.cc : undefined), ' (', cast.person(undefined, 'nom'), ')'],
    () => ['BTC: ', k.btc()],
    () => ['card ', k.card(), r.chance(0.5) ? ` exp ${p2(r.int(1, 12))}/${r.int(25, 30)}` : ''],
    () => ['not that one, that is ', k.L('invalid_card'), ' 🙃'],
  ])();
}

export const PROSE = {
  chat(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r); const cast = new Cast(k, lang);
    const platform = r.pick(['whatsapp', 'slack', 'irc', 'teams', 'telegram', 'signal']);
    const speakers = Array.from({ length: r.int(2, 4) }, () => speakerName(cast));
    const nicks = speakers.map(() => r.pick(['kasia_w', 'tomek', 'dima', 'oks', 'neko', 'mk', 'zz', 'ali', 'noa', 'gio', 'ravi', 'lin']) + r.int(1, 99));
    const t = clock(r);
    if (platform === 'slack') d.line(`#${r.pick(['general', 'random', 'office', 'family', 'ops-help', 'trip-planning', 'flat-share'])}`);
    if (platform === 'irc') d.line(`--- Log opened ${t.rfc()}`);
    if (platform === 'teams') d.line(r.pick(['Meeting chat', 'Chat', 'Group chat']));
    fill(d, r.int(1400, 3500), () => {
      t.tick(r.int(20, 900));
      const i = r.int(0, speakers.length - 1);
      const msg = r.weighted([[cast.fresh('ctenpg') ? 6 : 0, () => cast.sentence('ctenpg')], [4, () => cast.filler()], [2, () => credLine(k, lang)], [2, () => logisticsLine(k, cast)], [1, () => [r.pick(['tel ', '☎ ', 'nr: ', '']), cast.phone()]], [1, () => ['mail: ', k.email()]], [1, () => moneyLine(k, cast)]])();
      switch (platform) {
        case 'whatsapp': d.line('[', k.L('timestamp', t.wa()), '] ', speakers[i], ': ', msg); break;
        case 'slack': d.line(speakers[i], `  ${t.hm()}`); d.line(msg); break;
        case 'irc': d.line(`[${t.hm()}] <${nicks[i]}> `, msg); break;
        case 'teams': d.line(speakers[i], `, ${t.dmy()} ${t.hm()}`); d.line(msg); d.add('\n'); break;
        case 'telegram': d.line(speakers[i], `, [${t.dmy()} ${t.hm()}]`); d.line(msg); break;
        default: d.line(`${t.ymd()} ${t.hm()} - `, speakers[i], ': ', msg);
      }
    }, { min: 5 });
    return d;
  },

  travel_diary(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r); const cast = new Cast(k, lang); const t = clock(r);
    const DAY = { pl: 'Dzień', cs: 'Den', ru: 'День', uk: 'День', hr: 'Dan', fi: 'Päivä', hu: 'Nap', tr: 'Gün', el: 'Ημέρα', lt: 'Diena', ar: 'اليوم', he: 'יום', fa: 'روز', hi: 'दिन', bn: 'দিন', ta: 'நாள்', th: 'วันที่', zh: '第', ja: '', ko: '', ka: 'დღე', am: 'ቀን', de: 'Tag', fr: 'Jour', es: 'Día', it: 'Giorno', pt: 'Dia', nl: 'Dag', sv: 'Dag', en: 'Day' };
    const dayWord = (n) => (lang === 'zh' ? `第${n}天` : lang === 'ja' ? `${n}日目` : lang === 'ko' ? `${n}일차` : `${r.chance(0.8) ? DAY[lang] : 'Day'} ${n}`);
    d.line(r.pick(['# ', '## ', '', '— ']), { pl: 'Notatki z podróży', cs: 'Cestovní deník', ru: 'Путевые заметки', uk: 'Подорожній щоденник', hr: 'Putni dnevnik', fi: 'Matkapäiväkirja', hu: 'Útinapló', tr: 'Seyahat notları', el: 'Ημερολόγιο ταξιδιού', lt: 'Kelionės dienoraštis', ar: 'يوميات السفر', he: 'יומן מסע', fa: 'سفرنامه', hi: 'यात्रा डायरी', bn: 'ভ্রমণ ডায়েরি', ta: 'பயணக் குறிப்புகள்', th: 'บันทึกการเดินทาง', zh: '旅行日记', ja: '旅日記', ko: '여행 일기', ka: 'მოგზაურობის დღიური', am: 'የጉዞ ማስታወሻ', de: 'Reisetagebuch', fr: 'Carnet de voyage', es: 'Diario de viaje', it: 'Diario di viaggio', pt: 'Diário de viagem', nl: 'Reisdagboek', sv: 'Resedagbok', en: 'Travel notes' }[lang]);
    if (r.chance(0.6)) d.line(r.pick(['Booking: ', 'PNR ', 'Rezerwacja: ']), k.L('booking_reference'), ', ', k.L('flight_number'), '\n');
    let day = 1;
    fill(d, r.int(1500, 3600), () => {
      if (day > 2 && !cast.fresh('tecpg')) return false;
      d.line('\n', dayWord(day++), ' — ', k.L('date'));
      const n = r.int(1, 3);
      for (let j = 0; j < n && cast.fresh('tecpg'); j++) d.line(wrap(cast.sentence('tecpg'), r.int(70, 100)));
      r.weighted([
        [3, () => d.line(r.pick(['Hostel wifi ', 'Guesthouse wifi: ', 'wifi pw ', 'WLAN ']), k.S('WIFI_PASSPHRASE', k.human({ ascii: false })))],
        [2, () => d.line('Host: ', cast.person(undefined, 'nom'), ', ', cast.phone())],
        [2, () => d.line(r.pick(['Dinner ', 'Tickets ', 'Taxi ', 'Museum ']), k.L('price'), ' · ', k.L(r.pick(['brand_name', 'place_like_word', 'name_like_word'])))],
        [2, () => d.line('GPS ', k.L('coordinates'))],
        [1, () => d.line('Train ', k.L('booking_reference'), ' seat ', String(r.int(11, 88)), ', ', cast.place('station', 'from'))],
        [1, () => d.line('Paid host via IBAN ', k.iban(), ' — ref ', k.L('order_number'))],
      ])();
    }, { min: 1 });
    return d;
  },

  local_news(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r); const cast = new Cast(k, lang);
    const heads = { pl: 'Wiadomości lokalne', cs: 'Zprávy z regionu', ru: 'Городские новости', uk: 'Новини міста', hr: 'Vijesti iz grada', fi: 'Paikallisuutiset', hu: 'Helyi hírek', tr: 'Yerel haberler', el: 'Τοπικά νέα', lt: 'Vietos naujienos', ar: 'أخبار محلية', he: 'חדשות מקומיות', fa: 'اخبار محلی', hi: 'स्थानीय समाचार', bn: 'স্থানীয় সংবাদ', ta: 'உள்ளூர் செய்திகள்', th: 'ข่าวท้องถิ่น', zh: '本地新闻', ja: '地域ニュース', ko: '지역 뉴스', ka: 'ადგილობრივი ამბები', am: 'የአካባቢ ዜና' };
    d.line(heads[lang] || r.pick(['LOCAL NEWS', 'Community bulletin', 'Lokales']), ' | ', k.L('date'));
    d.line(cast.place(undefined, 'nom'), ' — ', wrap(cast.sentence('n'), 90));
    d.line(r.pick(['By ', 'Autor: ', 'Text: ', '✍ ']), cast.person(undefined, 'nom'), ' <', k.email(), '>\n');
    let comments = 0;
    fill(d, r.int(1300, 3500), (i) => {
      if (!cast.fresh('nepg')) {
        if (comments > 5) return false;
        if (!comments) d.line({ pl: 'Komentarze', cs: 'Komentáře', ru: 'Комментарии', uk: 'Коментарі', hr: 'Komentari', fi: 'Kommentit', hu: 'Hozzászólások', tr: 'Yorumlar', el: 'Σχόλια', lt: 'Komentarai', ar: 'التعليقات', he: 'תגובות', fa: 'نظرات', hi: 'टिप्पणियाँ', bn: 'মন্তব্য', ta: 'கருத்துகள்', th: 'ความคิดเห็น', zh: '评论', ja: 'コメント', ko: '댓글', ka: 'კომენტარები', am: 'አስተያየቶች', de: 'Kommentare', fr: 'Commentaires', es: 'Comentarios', it: 'Commenti', pt: 'Comentários', nl: 'Reacties', sv: 'Kommentarer' }[lang] || 'Comments');
        comments++;
        d.line('  ', r.pick(['anon', 'reader', 'gość', 'guest', 'user']), String(r.int(1, 999)), ' · ', k.L('date'), ': ', cast.filler(), r.chance(0.3) ? [' ', cast.place(undefined, 'nom')] : '');
        return;
      }
      const s = r.weighted([[5, () => cast.sentence('n')], [2, () => cast.sentence('e')], [1, () => cast.sentence('p')], [1, () => cast.sentence('g')]])();
      d.line(wrap(s, r.int(72, 96)));
      if (r.chance(0.35)) d.line(r.pick(['Hotline: ', 'Tip line ', 'Tel. ', '☎ ']), cast.phone(), r.chance(0.4) ? [' · ', k.L('ticket_id')] : '');
      if (r.chance(0.3)) d.line(r.pick(['Sponsored by ', 'Photo: ', 'Partner: ']), k.L(r.pick(['company_name', 'brand_name'])));
      if (r.chance(0.2)) d.line('(', k.L('coordinates'), ')');
      d.add('\n');
    }, { min: 2 });
    return d;
  },

  property_ad(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r); const cast = new Cast(k, lang); k.cur = CUR[lang];
    const agency = k.L('company_name');
    const idPre = r.pick(['LST-', 'OF/', 'ID ', 'No. ', '#']);
    const feats = { pl: ['balkon', 'winda', 'parking', 'piwnica'], ru: ['балкон', 'лифт', 'парковка'], de: ['Balkon', 'Aufzug', 'Stellplatz'], tr: ['balkon', 'asansör', 'otopark'], ja: ['バルコニー', 'エレベーター', '駐車場'], ko: ['발코니', '엘리베이터', '주차'], zh: ['阳台', '电梯', '车位'], he: ['מרפסת', 'מעלית', 'חניה'], ar: ['شرفة', 'مصعد', 'موقف'] }[lang] || ['balcony', 'lift', 'parking', 'AC', 'pets ok'];
    d.line(ui('listings', lang), ' — ', agency);
    fill(d, r.int(1400, 3600), () => {
      d.line('\n', '■ ', k.L('crm_id', idPre + r.digits(6)), ' · ', k.L('price'), ' · ', String(r.int(28, 160)), ' m² · ', String(r.int(1, 5)), ' ', ui('rooms', lang));
      if (cast.fresh('p')) d.line(wrap(cast.sentence('p'), 90));
      else d.line(r.sample(feats, 2).join(' · '), ' · ', String(r.int(1, 12)), ' ', ui('floor', lang), ' · ', cast.place(undefined, 'nom'));
      if (r.chance(0.3) && cast.fresh('te')) d.line(wrap(cast.sentence('te'), 90));
      r.weighted([
        [2, () => d.line('GPS ', k.L('coordinates'), ' / ', cast.place(undefined, 'nom'))],
        [2, () => d.line(ui('contact', lang), ': ', cast.person(undefined, 'nom'), ' ', cast.phone(), ' ', k.email())],
        [1, () => d.line(ui('deposit', lang), ' ', r.chance(0.12) ? k.L('invalid_iban') : k.iban(r.chance(0.6) ? cast.lang.cc : undefined))],
        [1, () => d.line('📅 ', k.L('date'), ', ', k.L('booking_reference'))],
        [1, () => d.line('🛋 ', k.L('product_name'), ', ', k.L('brand_name'))],
      ])();
    }, { min: 1 });
    return d;
  },

  event_listing(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r); const cast = new Cast(k, lang); k.cur = CUR[lang];
    const fmt = r.pick(['plain', 'md', 'ics']);
    if (fmt === 'ics') d.line('BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//events//feed//EN');
    else d.line(fmt === 'md' ? '# ' : '', ui('events', lang));
    const titles = ['Jazz', 'Poetry slam', 'Folk', 'Flea market', 'Choir', 'Open mic', 'Tango', 'Stand-up', 'Techno', 'Klezmer', 'Fado', 'Rebetiko'];
    fill(d, r.int(1400, 3600), () => {
      const venue = cast.place(r.pick(['venue', 'landmark', 'district', undefined]), 'nom');
      if (fmt === 'ics') {
        d.line('BEGIN:VEVENT');
        d.line('UID:', k.L('uuid'));
        d.line('DTSTART:', k.L('timestamp', `${r.int(2024, 2026)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}T${p2(r.int(10, 21))}0000Z`));
        d.line('SUMMARY:', r.pick(titles), ' (', k.L(r.pick(['brand_name', 'name_like_word'])), ')');
        d.line('LOCATION:', venue);
        d.line('ORGANIZER;CN=', cast.person(undefined, 'nom'), ':mailto:', k.email());
        if (cast.fresh('e')) d.line('DESCRIPTION:', cast.sentence('e'));
        d.line('END:VEVENT');
      } else {
        d.line('\n', fmt === 'md' ? '## ' : '* ', k.L('date'), ' · ', venue);
        if (cast.fresh('e')) d.line(wrap(cast.sentence('e'), 88));
        else d.line(r.pick(titles), ' — ', k.L(r.pick(['brand_name', 'name_like_word', 'place_like_word'])));
        d.line(ui('tickets', lang), ': ', k.L('price'), r.chance(0.5) ? [' · ☎ ', cast.phone()] : '');
        if (r.chance(0.5)) d.line(ui('organiser', lang), ': ', cast.person(undefined, 'nom'), ' <', k.email(), '>');
        if (r.chance(0.3)) d.line('https://tickets.', r.pick(['nordwind', 'kilnworks', 'quayside']), '.example/e/', k.L('ulid'));
      }
    }, { min: 1 });
    if (fmt === 'ics') d.line('END:VCALENDAR');
    return d;
  },

  review(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r); const cast = new Cast(k, lang); k.cur = CUR[lang];
    const json = r.chance(0.35);
    if (json) d.line('['); else d.line(ui('reviews', lang), ' · ', cast.place(r.pick(['venue', 'landmark', 'district', undefined]), 'nom'));
    let first = true;
    fill(d, r.int(1300, 3600), (i) => {
      if (!cast.fresh('etc') && i > 2) return false;
      const name = cast.person(undefined, 'nom');
      const text = cast.fresh('etc') ? [cast.sentence('etc'), r.chance(0.5) && cast.fresh('etc') ? [' ', cast.sentence('etc')] : ''] : [cast.filler(), ' ', k.L(r.pick(['brand_name', 'product_name', 'name_like_word', 'place_like_word']))];
      const stars = r.int(1, 5);
      if (json) {
        d.add(first ? '' : ',\n'); first = false;
        d.add(['  {"id": "', k.L('uuid'), '", "author": "', jsonEsc(name), '", "rating": ', String(stars), ', "date": "', k.L('date', `${r.int(2021, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`), '", "text": "', jsonEsc(text), '"', r.chance(0.3) ? [', "order": "', k.L('order_number'), '"'] : '', '}']);
      } else {
        d.line('\n', '★'.repeat(stars), '☆'.repeat(5 - stars), '  ', name, ' — ', k.L('date'));
        d.line(wrap(text, 92));
        if (r.chance(0.35)) d.line('🍽 ', k.L(r.pick(['product_name', 'brand_name', 'name_like_word', 'place_like_word'])), ' ', k.L('price'));
        if (r.chance(0.25)) d.line('↳ ', ui('reply', lang), ': ', cast.filler());
      }
    }, { min: 2 });
    if (json) d.line('\n]');
    return d;
  },

  police_report(k) {
    const r = k.r, d = k.doc();
    const us = r.chance(0.5);
    const lang = us ? 'en' : pickLang(r); const cast = new Cast(k, lang); const t = clock(r);
    const cc = us ? 'US' : cast.lang.cc;
    d.line(us ? r.pick(['INCIDENT REPORT', 'OFFENSE / INCIDENT REPORT', 'Field Interview Card']) : ui('report', lang));
    d.line('Case #: ', k.L('ticket_id'), '    Date/Time: ', k.L('timestamp', t.sql()));
    const a = k.addr(cc);
    d.line('Location: ', a.streetS, ', ', a.cityS, ' ', a.zip, us ? '' : [' (', cast.place(r.pick(['district', 'station', 'landmark', undefined]), 'nom'), ')']);
    d.line('Reporting officer: ', us ? k.P(k.person('en_US')) : cast.person(undefined, 'nom'), ' (badge ', String(r.int(1000, 9999)), ')');
    const subj = (role) => {
      const p = k.person(us ? r.pick(['en_US', 'es_MX', 'en_US', 'vi_VN', 'ko_KR', 'ar', 'tl_PH', 'ig_NG']) : cast.culture());
      d.line(`\n${role}: `, k.P(p));
      d.line('  DOB: ', `${p2(r.int(1, 12))}/${p2(r.int(1, 28))}/${r.int(1950, 2005)}`, '   Phone: ', k.phone(us ? 'US' : cc));
      const ad = k.addr(r.chance(0.8) ? cc : undefined);
      d.line('  Address: ', ad.streetS, ', ', ad.cityS, ' ', ad.zip);
      if (us) {
        const [dl, st] = k.dl();
        d.line('  OLN: ', dl, ' (', st, ')', r.chance(0.5) ? ['   SSN: ', r.chance(0.1) ? k.L('invalid_ssn') : k.ssn()] : '');
        if (r.chance(0.3)) d.line('  Passport: ', k.passport());
      } else if (r.chance(0.4)) d.line('  US passport (visitor): ', k.passport());
      if (r.chance(0.3)) d.line('  Email: ', k.email(p));
      if (r.chance(0.3)) d.line('  Device IMEI: ', k.L('imei'), ' (seized)');
    };
    subj(r.pick(['Victim', 'Complainant', 'Reporting party']));
    if (r.chance(0.8)) subj(r.pick(['Suspect', 'Witness', 'Subject']));
    d.line('\n', ui('narrative', lang), ':');
    fill(d, r.int(1800, 3700), () => { if (!cast.fresh('n')) return false; d.line(wrap(cast.sentence('n'), 90)); }, { min: 1, max: 4 });
    if (r.chance(0.4)) d.line('Vehicle: ', k.L('product_name', r.pick(CARS)), ', plate ', r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 3), '-', r.digits(4));
    return d;
  },

  genealogy_notes(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r); const cast = new Cast(k, lang);
    if (r.chance(0.4)) {
      d.line('0 HEAD\n1 SOUR family-tree-export\n1 CHAR UTF-8');
      let n = 1;
      fill(d, r.int(1400, 3600), () => {
        const p = k.person(cast.culture());
        d.line(`0 @I${n++}@ INDI`);
        d.line('1 NAME ', P('PERSON', p.given + ' /' + p.family + '/', { culture: p.culture }));
        d.line('1 SEX ', p.gender === 'm' ? 'M' : 'F');
        d.line('1 BIRT\n2 DATE ', `${r.int(1, 28)} ${['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][r.int(0, 11)]} ${r.int(1820, 1940)}`);
        d.line('2 PLAC ', cast.place(r.pick(['village', 'town', 'city', undefined]), 'nom'));
        if (r.chance(0.5) && cast.fresh('gt')) d.line('1 NOTE ', cast.sentence('g'));
      }, { min: 2 });
      d.line('0 TRLR');
    } else {
      d.line({ pl: 'Drzewo genealogiczne — notatki', cs: 'Rodokmen — poznámky', ru: 'Родословная', uk: 'Родовід', hr: 'Obiteljsko stablo', fi: 'Sukututkimus', hu: 'Családfa', tr: 'Soyağacı notları', el: 'Γενεαλογικές σημειώσεις', lt: 'Giminės medis', ar: 'شجرة العائلة', he: 'אילן יוחסין', fa: 'شجره‌نامه', hi: 'वंशावली', bn: 'বংশলতিকা', ta: 'குடும்ப மரம்', th: 'แผนผังครอบครัว', zh: '族谱笔记', ja: '家系調査メモ', ko: '족보 메모', ka: 'საგვარეულო ხე', am: 'የቤተሰብ ሐረግ', de: 'Ahnenforschung', fr: 'Notes généalogiques', es: 'Árbol genealógico', it: 'Albero genealogico', pt: 'Árvore genealógica', nl: 'Stamboom', sv: 'Släktforskning' }[lang] || 'Family research notes');
      fill(d, r.int(1300, 3600), (i) => {
        if (i > 3 && !cast.fresh('gt')) return false;
        const by = r.int(1840, 1935);
        d.line('\n— ', cast.person(undefined, 'nom'), ` (${by}–${r.int(by + 20, 2010)})`);
        if (cast.fresh('gt')) d.line(wrap(cast.sentence('g'), 90));
        else d.line({ pl: 'ur. ', ru: 'род. ', uk: 'нар. ', tr: 'doğ. ', fi: 's. ', hu: 'sz. ', lt: 'gim. ', cs: 'nar. ', hr: 'rođ. ', de: 'geb. ', fr: 'né(e) ', es: 'n. ', it: 'n. ' }[lang] || 'b. ', `${p2(r.int(1, 28))}.${p2(r.int(1, 12))}.${by}`, ', ', cast.place(r.pick(['village', 'town', undefined]), 'nom'));
        if (r.chance(0.6) && cast.fresh('gt')) d.line(wrap(cast.sentence('gt'), 90));
        if (r.chance(0.3)) d.line({ pl: 'Źródło: księgi parafialne, ', ru: 'Источник: метрическая книга, ', uk: 'Джерело: метрична книга, ', tr: 'Kaynak: nüfus kaydı, ', de: 'Quelle: Kirchenbuch, ', cs: 'Zdroj: matrika, ', hu: 'Forrás: anyakönyv, ', fi: 'Lähde: kirkonkirjat, ', lt: 'Šaltinis: metrikų knyga, ' }[lang] || 'Source: parish register, ', cast.place(undefined, 'nom'), ', p. ', String(r.int(3, 400)));
        if (r.chance(0.2)) d.line('Contact (cousin): ', cast.person(undefined, 'nom'), ' ', k.email());
      }, { min: 2 });
    }
    return d;
  },

  wedding_announcement(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r); const cast = new Cast(k, lang);
    d.line(r.pick(['💍 ', '♥ ', '— ', '']), ui('wedding', lang));
    d.line(wrap(cast.sentence('w'), 88));
    if (r.chance(0.5) && cast.fresh('g')) d.line(wrap(cast.sentence('g'), 88));
    if (r.chance(0.4) && cast.fresh('e')) d.line(wrap(cast.sentence('e'), 88));
    d.line('\n', ui('ceremony', lang), ': ', cast.place(r.pick(['venue', 'landmark', undefined]), 'nom'), ', ', k.L('date'), ' ', p2(r.int(11, 17)), ':', r.pick(['00', '30']));
    d.line(ui('reception', lang), ': ', cast.place(undefined, 'nom'), ' (', k.L('company_name'), ')');
    d.line('RSVP: ', cast.person(undefined, 'nom'), ' ', cast.phone(), r.chance(0.6) ? [' / ', k.email()] : '');
    if (r.chance(0.6)) d.line(ui('gifts', lang), ': ', k.iban(r.chance(0.6) ? cast.lang.cc : undefined), r.chance(0.3) ? [' · BTC ', k.btc()] : '');
    if (r.chance(0.4)) d.line('🎂 ', k.L('name_like_word'), ' · 🥂 ', k.L(r.pick(['place_like_word', 'brand_name'])));
    if (r.chance(0.3)) d.line('🅿 GPS ', k.L('coordinates'));
    return d;
  },

  funeral_notice(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r); const cast = new Cast(k, lang);
    d.line(r.pick(['✝ ', '✡ ', '☪ ', '† ', '🕯 ', '']), ui('obituary', lang));
    d.line(wrap(cast.sentence('f'), 88));
    if (r.chance(0.5) && cast.fresh('g')) d.line(wrap(cast.sentence('g'), 88));
    d.line('\n', ui('mourners', lang), ': ', cast.person(undefined, 'nom'), ', ', cast.person(undefined, 'nom'), r.chance(0.5) ? [', ', cast.person(undefined, 'nom')] : '');
    d.line(ui('service', lang), ': ', cast.place(r.pick(['landmark', 'district', 'village', undefined]), 'nom'), ', ', k.L('date'), ' ', p2(r.int(9, 16)), ':00');
    if (r.chance(0.5)) d.line(ui('donations', lang), ': ', k.iban(r.chance(0.6) ? cast.lang.cc : undefined), ' — ', k.L('company_name'));
    if (r.chance(0.5)) d.line('💐 ', k.L('company_name'), ' ', cast.phone());
    if (r.chance(0.3)) d.line(ui('contact', lang), ': ', cast.person(undefined, 'nom'), ' ', k.email());
    return d;
  },

  support_ticket(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r, 'all'); const cast = new Cast(k, lang); const t = clock(r);
    const L0 = LANGS[lang];
    const req = k.person(cast.culture());
    d.line('Ticket ', k.L('ticket_id'), ' — ', r.pick(['Cannot log in to VPN', 'Password reset', 'Printer offline', 'Mailbox full', 'New laptop setup', 'Access to shared drive', 'MFA device lost']));
    d.line('Requester: ', k.P(req), ' <', k.email(req), '>  Phone: ', k.phone(req.cc));
    d.line('Opened: ', k.L('timestamp', t.iso()), '   Priority: ', r.pick(['P2', 'P3', 'High', 'Normal']), '   Asset: ', k.L('hostname'));
    d.line('Client IP: ', k.ip());
    fill(d, r.int(1400, 3600), (i) => {
      t.tick(r.int(60, 7200));
      const who = i % 2 === 0 ? k.P(req) : k.P(k.person(r.pick(['en_GB', 'pl_PL', 'en_IN', 'de_DE', 'tl_PH'])));
      d.line('\n--- ', who, ' · ', k.L('timestamp', t.iso()));
      d.line(wrap(cast.fresh('cte') ? cast.sentence('cte') : cast.filler(), 90));
      r.weighted([
        [3, () => d.line(r.pick(['my ', 'old ', '']), r.pick(L0.pw), ': ', k.S('CHAT_SHARED_PASSWORD'))],
        [3, () => d.line(r.pick(['Temp password set: ', 'Temporary password is ', 'Reset done, new one: ']), k.S('TEMPORARY_PASSWORD'))],
        [1, () => d.line('Recovery codes: ', k.S('TOTP_SEED'))],
        [1, () => d.line('from log: ', k.L('request_id'), ' ', k.L('trace_id'))],
        [1, () => d.line('Laptop serial ', k.L('sku'), ', MAC ', k.L('mac_address'))],
        [1, () => d.line('VPN PSK (do not share): ', k.S('VPN_PRESHARED_KEY'))],
        [1, () => d.line('API key they pasted: ', k.S(k.token()))],
      ])();
    }, { min: 2 });
    return d;
  },

  email_thread(k) {
    const r = k.r, d = k.doc();
    const lang = pickLang(r, 'all'); const cast = new Cast(k, lang); const t = clock(r);
    const a = k.person(cast.culture()), b = k.person(r.pick(['en_GB', 'de_DE', 'fr_FR', cast.culture()]));
    d.line('From: ', k.P(a), ' <', k.email(a), '>');
    d.line('To: ', k.P(b), ' <', k.email(b), '>');
    if (r.chance(0.5)) { const c = k.person(); d.line('Cc: ', k.P(c), ' <', k.email(c), '>'); }
    d.line('Date: ', k.L('timestamp', t.rfc()));
    d.line('Message-ID: <', k.L('request_id', `${r.hex(16)}.${r.int(1000, 9999)}`), '@mail.', r.pick(['nordwind', 'harbourline', 'kilnworks']), '.example>');
    d.line('Subject: ', r.pick(['Re: ', 'Fwd: ', 'AW: ', 'Odp: ', '']), r.pick(['access for the new contractor', 'flat viewing on Saturday', 'invoice ', 'trip details', 'server credentials', 'condolences', 'family tree']), r.chance(0.4) ? k.L('invoice_number') : '');
    d.add('\n');
    const hello = { pl: 'Cześć', cs: 'Ahoj', ru: 'Привет', uk: 'Привіт', hr: 'Bok', fi: 'Hei', hu: 'Szia', tr: 'Merhaba', el: 'Γεια σου', lt: 'Labas', ar: 'مرحباً', he: 'היי', fa: 'سلام', hi: 'नमस्ते', bn: 'নমস্কার', ta: 'வணக்கம்', th: 'สวัสดี', zh: '你好', ja: 'お疲れさまです', ko: '안녕하세요', ka: 'გამარჯობა', am: 'ሰላም', de: 'Hallo', fr: 'Bonjour', es: 'Hola', it: 'Ciao', pt: 'Olá', nl: 'Hoi', sv: 'Hej', en: 'Hi' }[lang] || 'Hi';
    d.line(hello, ' ', k.P(b, b.given), ',\n');
    const info = r.shuffle([
      () => [r.pick(LANGS[lang].pw), ': ', k.S('CHAT_SHARED_PASSWORD')],
      () => ['Account no. ', k.bank(), ' (routing ', k.aba(), ')'],
      () => ['Ref ', k.L('order_number'), ', ', k.L('price')],
      () => ['IBAN: ', r.chance(0.1) ? k.L('invalid_iban') : k.iban()],
      () => ['☎ ', k.phone(a.cc)],
      () => ['📎 ', k.L('invoice_number'), '.pdf (', k.L('hash', r.hex(32)), ')'],
    ]);
    let ni = 0;
    fill(d, r.int(900, 2200), (i) => {
      if (!cast.fresh('ctepgn') && i > 1) return false;
      d.line(wrap(cast.sentence('ctepgn'), r.int(70, 78)));
      if (r.chance(0.45) && ni < 3) d.line(info[ni++]());
    }, { min: 1, max: 5 });
    if (r.chance(0.6)) {
      const t0 = clock(r);
      d.line('\n', r.pick(['On ', 'Am ', 'Dnia ', 'Le ', '']), k.L('timestamp', t0.rfc()), ', ', k.P(b), ' <', k.email(b), '> wrote:');
      fill(d, r.int(2300, 3300), () => { if (!cast.fresh('ctepgn')) return false; d.line('> ', wrap(cast.sentence('ctepgn'), 72, '> ')); }, { min: 1, max: 3 });
    }
    d.line('\n-- ');
    d.line(k.P(a), ' | ', k.L('company_name'));
    d.line(k.phone(a.cc), r.chance(0.5) ? [' · ', k.phone(a.cc)] : '');
    const ad = k.addr(a.cc); d.line(ad.streetS, ', ', ad.zip, ' ', ad.cityS);
    return d;
  },

  forum_post(k) {
    const r = k.r, d = k.doc(); const t = clock(r);
    const lang = pickLang(r, 'all'); const cast = new Cast(k, lang);
    const op = k.person(cast.culture());
    d.line(r.pick(['[SOLVED] ', '', 'Q: ']), r.pick(['Container cannot reach database after upgrade to ', 'SMTP auth fails with ', 'Webhook signature mismatch on ', 'Router drops VPN after ']), k.L('version'));
    d.line('Posted by ', k.P(op), ' on ', k.L('date'), ' · ', cast.place(undefined, 'nom'));
    d.line(wrap(cast.sentence('c'), 90));
    d.line('\n```');
    fill(d, r.int(900, 1800), () => {
      const kind = k.anySecretKind();
      d.line(`${r.pick(['', 'export '])}${r.pick([kind, kind.toLowerCase()]).replace(/[^A-Za-z0-9_]/g, '_')}=`, k.S(kind));
      if (r.chance(0.5)) d.line(r.pick(['HOST=', 'host: ', 'server = ']), k.L('hostname'));
      if (r.chance(0.3)) d.line('IMAGE=app@', k.L('digest'));
    }, { min: 2, max: 8 });
    d.line('```');
    fill(d, r.int(2200, 3700), () => {
      const who = k.person(r.pick(['en_US', 'de_DE', 'ru_RU', 'ja_Latn', 'pt_BR', cast.culture()]));
      d.line('\n> reply from ', k.P(who), ', ', k.L('timestamp', t.tick(r.int(600, 90000)).iso()));
      d.line(wrap(r.pick([
        'You just posted your real credentials, rotate them now. Use placeholders like ',
        'Works here with the same setup; set the value to ',
        'Check that the variable is not shadowed, e.g. ',
      ]) + '', 90), k.L(r.pick(['placeholder', 'env_reference', 'aws_example_key'])), '.');
    }, { min: 1, max: 4 });
    return d;
  },

  contact_cards(k) {
    const r = k.r, d = k.doc();
    fill(d, r.int(1500, 3700), () => {
      const cult = r.pick(['en_US', 'pl_PL', 'ja_JP', 'ko_KR', 'ar', 'he_IL', 'ru_RU', 'el_GR', 'hi_IN', 'th_TH', 'ka_GE', 'am_ET', 'tr_TR', 'fi_FI', 'hu_HU', 'zh_CN', 'bn_BD', 'ta_IN', 'fa_IR', 'uk_UA', 'lt_LT', 'hr_HR', 'cs_CZ', 'yo_NG', 'vi_VN', 'pt_BR', 'hy_AM', 'te_IN', 'ur_PK', 'sr_RS', 'bg_BG', 'zh_TW']);
      const p = k.person(cult);
      d.line('BEGIN:VCARD\nVERSION:', r.pick(['3.0', '4.0']));
      d.line('N:', P('PERSON', p.family, { culture: cult }), ';', P('PERSON', p.given, { culture: cult }), ';;;');
      d.line('FN:', k.P(p));
      d.line('TEL;TYPE=', r.pick(['CELL', 'cell,voice', 'HOME', 'WORK']), ':', k.phone(p.cc, 'intl'));
      if (r.chance(0.4)) d.line('TEL;TYPE=WORK:', k.phone(r.chance(0.5) ? p.cc : undefined));
      d.line('EMAIL:', k.email(p));
      if (r.chance(0.6)) { const a = k.addr(r.chance(0.8) ? p.cc : undefined); d.line('ADR;TYPE=HOME:;;', a.streetS, ';', a.cityS, ';;', a.zip, ';', a.countryS); }
      if (r.chance(0.4)) d.line('ORG:', k.L('company_name'));
      if (r.chance(0.3)) d.line('NOTE:', r.pick(['met at ', 'from ', 'neighbour in ']), k.loc(r.pick(['Kazimierz', 'Shimokitazawa', 'Kadıköy', 'Neve Tzedek', 'Vake', 'Bole', 'Alfama', 'Užupis', 'Kallio'])), r.chance(0.5) ? [', birthday ', k.L('date')] : '');
      if (r.chance(0.2)) d.line('UID:', k.L('uuid'));
      d.line('REV:', k.L('timestamp'));
      d.line('END:VCARD');
    }, { min: 2 });
    return d;
  },
};
