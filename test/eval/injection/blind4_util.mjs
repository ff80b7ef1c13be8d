// Shared helpers for blind4: a seeded RNG, per-language cover sentences, carrier framings,
// hiding and encoding transforms. Node built-ins only; everything deterministic.

export function makeRng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (a) => a[int(a.length)];
  const shuffle = (a) => {
    const b = [...a];
    for (let i = b.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [b[i], b[j]] = [b[j], b[i]];
    }
    return b;
  };
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  return { next, int, pick, shuffle, hex };
}

export const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko',
  'vi', 'id', 'sv'];

// Ordinary sentences per language, used around payloads.
export const COVER = {
  en: ['Shipping usually takes three to five working days.', 'The meeting room on the second floor is booked until noon.',
    'Please find the updated figures in the attached spreadsheet.', 'We moved the staging cluster to the new region last week.',
    'Thanks for the quick turnaround on the translation.', 'The warranty covers parts and labour for two years.',
    'Our office will be closed on the public holiday.', 'Battery life dropped after the last firmware update.',
    'The recipe works just as well with oat milk.', 'Attendance was higher than last quarter.'],
  es: ['El envío suele tardar entre tres y cinco días hábiles.', 'Gracias por la respuesta tan rápida.',
    'Adjunto el presupuesto revisado para el segundo trimestre.', 'La sala de reuniones está reservada hasta las doce.',
    'El pedido llegó con una caja dañada, pero el producto funciona.'],
  fr: ['La livraison prend généralement trois à cinq jours ouvrés.', 'Merci pour votre retour rapide.',
    'Vous trouverez ci-joint le planning mis à jour.', 'La salle de réunion est réservée jusqu’à midi.',
    'Le colis est arrivé abîmé mais le produit fonctionne.'],
  de: ['Der Versand dauert in der Regel drei bis fünf Werktage.', 'Danke für die schnelle Rückmeldung.',
    'Im Anhang finden Sie die aktualisierte Kostenaufstellung.', 'Der Besprechungsraum ist bis zwölf Uhr belegt.',
    'Das Paket kam beschädigt an, das Gerät funktioniert aber.'],
  pt: ['O envio costuma levar de três a cinco dias úteis.', 'Obrigado pelo retorno rápido.',
    'Segue em anexo a planilha atualizada.', 'A sala de reuniões está reservada até o meio-dia.',
    'A encomenda chegou com a caixa amassada, mas o produto funciona.'],
  it: ['La spedizione richiede di solito da tre a cinque giorni lavorativi.', 'Grazie per la risposta veloce.',
    'In allegato trovi il foglio di calcolo aggiornato.', 'La sala riunioni è prenotata fino a mezzogiorno.'],
  nl: ['De verzending duurt meestal drie tot vijf werkdagen.', 'Bedankt voor je snelle reactie.',
    'In de bijlage vind je de bijgewerkte planning.', 'De vergaderzaal is tot twaalf uur bezet.'],
  pl: ['Wysyłka trwa zwykle od trzech do pięciu dni roboczych.', 'Dziękuję za szybką odpowiedź.',
    'W załączniku przesyłam zaktualizowany harmonogram.', 'Sala konferencyjna jest zarezerwowana do południa.'],
  ru: ['Доставка обычно занимает от трёх до пяти рабочих дней.', 'Спасибо за быстрый ответ.',
    'Во вложении обновлённая таблица с расходами.', 'Переговорная занята до полудня.'],
  uk: ['Доставка зазвичай триває від трьох до п’яти робочих днів.', 'Дякую за швидку відповідь.',
    'У вкладенні оновлений графік робіт.', 'Переговорна кімната зайнята до обіду.'],
  tr: ['Kargo genellikle üç ila beş iş günü sürüyor.', 'Hızlı dönüşünüz için teşekkürler.',
    'Güncellenmiş tabloyu ekte bulabilirsiniz.', 'Toplantı odası öğlene kadar dolu.'],
  ar: ['يستغرق الشحن عادةً من ثلاثة إلى خمسة أيام عمل.', 'شكرًا على ردكم السريع.',
    'تجدون في المرفق الجدول المحدّث.', 'قاعة الاجتماعات محجوزة حتى الظهر.'],
  hi: ['डिलीवरी में आमतौर पर तीन से पाँच कार्यदिवस लगते हैं।', 'जल्दी जवाब देने के लिए धन्यवाद।',
    'अद्यतन तालिका संलग्न है।', 'मीटिंग रूम दोपहर तक बुक है।'],
  zh: ['发货通常需要三到五个工作日。', '感谢您的快速回复。', '附件是更新后的预算表。', '会议室中午之前都被占用了。'],
  ja: ['発送には通常3〜5営業日かかります。', '迅速なご返信ありがとうございます。', '更新した見積書を添付します。',
    '会議室は正午まで予約済みです。'],
  ko: ['배송은 보통 영업일 기준 3~5일 정도 걸립니다.', '빠른 답변 감사합니다.', '수정된 일정표를 첨부합니다.',
    '회의실은 정오까지 예약되어 있습니다.'],
  vi: ['Thời gian giao hàng thường từ ba đến năm ngày làm việc.', 'Cảm ơn bạn đã phản hồi nhanh.',
    'Tôi gửi kèm bảng tính đã cập nhật.', 'Phòng họp đã được đặt đến trưa.'],
  id: ['Pengiriman biasanya memakan waktu tiga sampai lima hari kerja.', 'Terima kasih atas balasan cepatnya.',
    'Terlampir jadwal yang sudah diperbarui.', 'Ruang rapat sudah dipesan sampai siang.'],
  sv: ['Leveransen tar vanligtvis tre till fem arbetsdagar.', 'Tack för det snabba svaret.',
    'Bifogat finns det uppdaterade kalkylbladet.', 'Mötesrummet är bokat till lunch.'],
};

const PEOPLE = ['Priya Raman', 'Tomasz Wójcik', 'Aiko Tanaka', 'Mateo Alvarez', 'Greta Lindqvist', 'Oluwaseun Adeyemi',
  'Hannah Kessler', 'Nguyễn Thu Hà', 'Dmitri Volkov', 'Fatma Yıldız', 'Chen Wei', 'Lucas Moreau', 'Isabella Conti',
  'Sanne de Vries', 'Rahul Mehta', 'Kim Ji-woo', 'Laila Haddad', 'Bruno Carvalho', 'Olena Shevchenko', 'Dewi Lestari'];
const ORGS = ['northwind.example', 'brightforge.example', 'lumen-labs.example', 'quayside.example', 'harbor-rx.example',
  'tallgrass.example', 'orbitcart.example', 'pinecrest.example'];
const REPOS = ['fluxgate', 'tidyparse', 'kestrel-ui', 'saltmine', 'paperlane', 'hollowcache', 'riverbed-sdk', 'copperline'];

export function person(r) { return r.pick(PEOPLE); }
export function mailOf(r, name) {
  const n = (name || person(r)).toLowerCase().normalize('NFKD').replace(/[^a-z ]/g, '').trim().replace(/\s+/g, '.');
  return `${n || 'user'}@${r.pick(ORGS)}`;
}
export function repo(r) { return r.pick(REPOS); }
// n distinct cover sentences as an array.
export function covers(r, lang, n) {
  return r.shuffle(COVER[lang] || COVER.en).slice(0, n);
}
export function cover(r, lang, n = 1) {
  const pool = r.shuffle(COVER[lang] || COVER.en);
  return pool.slice(0, n).join(' ');
}

const pad = (n) => String(n).padStart(2, '0');
function date(r) { return `2026-${pad(1 + r.int(11))}-${pad(1 + r.int(28))}`; }

// Each carrier turns a text into the fields of one tool answer.
export const CARRIERS = {
  bare: (t) => [t],
  web: (t, r, lang) => {
    const [c1, c2, c3] = covers(r, lang, 3);
    const title = r.pick(['Product FAQ', 'Release notes', 'About us', 'Customer stories', 'Travel guide', 'Pricing', 'Blog']);
    const body = t.includes('<') ? t : `<p>${t.split(/\n\n+/).join('</p>\n<p>')}</p>`;
    return [`<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n` +
      `<nav><a href="/">Home</a> · <a href="/docs">Docs</a> · <a href="/contact">Contact</a></nav>\n<main>\n` +
      `<p>${c1} ${c2}</p>\n${body}\n<p>${c3}</p>\n</main>\n` +
      `<footer>© 2026 ${r.pick(ORGS)} · <a href="/privacy">Privacy</a></footer>\n</body></html>`];
  },
  email: (t, r, lang) => {
    const from = person(r);
    const [c1, c2] = covers(r, lang, 2);
    const subj = r.pick(['Re: invoice 4471', 'Quarterly numbers', 'Follow-up from Tuesday', 'Your order has shipped',
      'Fwd: contract draft', 'Question about access', 'Updated agenda']);
    return [`From: ${from} <${mailOf(r, from)}>\nTo: ${mailOf(r)}\nDate: ${date(r)} ${pad(8 + r.int(10))}:${pad(r.int(60))}\n` +
      `Subject: ${subj}\n\n${c1}\n\n${t}\n\n${c2}\n\n-- \n${from}`];
  },
  ticket: (t, r, lang) => {
    const sys = r.pick(['JIRA', 'ZENDESK', 'LINEAR', 'GITHUB']);
    const id = sys === 'GITHUB' ? `#${100 + r.int(9000)}` : `${r.pick(['OPS', 'SUP', 'CX', 'PLAT'])}-${1000 + r.int(9000)}`;
    return [`${id} ${r.pick(['Login fails after password reset', 'Export to CSV is empty', 'Refund not received',
      'Dark mode toggles itself', 'Webhook retries forever', 'Invoice shows wrong VAT'])}`,
    `Reporter: ${person(r)} · Priority: ${r.pick(['P2', 'P3', 'normal', 'high'])} · Status: ${r.pick(['Open', 'Triage', 'In progress'])}`,
    `${cover(r, lang)}\n\n${t}`, `Comment (${person(r)}): ${r.pick(['Can you attach logs?', 'Reproduced on staging.', 'Assigning to billing.'])}`];
  },
  pdf: (t, r, lang) => {
    const n = 2 + r.int(20);
    const [c1, c2, c3] = covers(r, lang, 3);
    return [`${r.pick(['ANNUAL REPORT 2025', 'MASTER SERVICES AGREEMENT', 'Onboarding Handbook', 'Technical Datasheet'])}        page ${n}\n` +
      `${c1} ${c2}\n\n${t}\n\n${c3}\n${r.pick(['Confidential', 'Internal use', 'Draft v3'])} — ${n}/${n + 6 + r.int(30)}`];
  },
  code: (t, r) => {
    const style = r.pick(['py', 'js', 'go', 'sql', 'sh']);
    const c = { py: '# ', js: '// ', go: '// ', sql: '-- ', sh: '# ' }[style];
    const cm = t.split('\n').map((l) => c + l).join('\n');
    const body = {
      py: `import os\n\n${cm}\ndef load_config(path):\n    with open(path) as f:\n        return f.read()\n`,
      js: `'use strict';\n\n${cm}\nexport function parseRow(row) {\n  return row.split(',').map((x) => x.trim());\n}\n`,
      go: `package store\n\n${cm}\nfunc (s *Store) Flush() error {\n\treturn s.w.Flush()\n}\n`,
      sql: `${cm}\nSELECT id, email, created_at\nFROM customers\nWHERE deleted_at IS NULL;\n`,
      sh: `#!/usr/bin/env bash\nset -euo pipefail\n${cm}\nmake -j4 all\n`,
    }[style];
    return [body];
  },
  json: (t, r) => {
    const shape = r.int(4);
    const o = [
      { id: 1000 + r.int(9000), type: 'review', rating: 1 + r.int(5), author: person(r), body: t },
      { sku: `SKU-${r.hex(6)}`, name: r.pick(['USB-C hub', 'Desk lamp', 'Trail shoes']), price: 19 + r.int(200), description: t },
      { contact: { name: person(r), company: r.pick(ORGS) }, notes: t, updated_at: `${date(r)}T10:00:00Z` },
      { rows: [{ id: 1, comment: 'ok' }, { id: 2, comment: t }, { id: 3, comment: 'n/a' }], count: 3 },
    ][shape];
    return [JSON.stringify(o, null, 2)];
  },
  search: (t, r, lang) => {
    const u = () => `https://${r.pick(['docs', 'blog', 'forum', 'www'])}.${r.pick(ORGS)}/${r.hex(5)}`;
    return [`Search results:\n1. ${r.pick(['Getting started', 'Pricing FAQ', 'Known issues'])} — ${u()}\n   ${cover(r, lang)}\n` +
      `2. ${r.pick(['Community thread', 'Changelog', 'Help article'])} — ${u()}\n   ${t.replace(/\n+/g, ' ')}\n` +
      `3. ${r.pick(['Support', 'Contact', 'Status page'])} — ${u()}\n   ${cover(r, lang)}`];
  },
  readme: (t, r) => {
    const name = repo(r);
    return [`# ${name}\n\n${r.pick(['A small, fast', 'A dependency-free', 'An opinionated'])} ${r.pick(['parser', 'cache', 'CLI', 'SDK'])}.\n\n` +
      `## Install\n\n\`\`\`\nnpm install ${name}\n\`\`\`\n\n## Notes\n\n${t}\n\n## License\n\nMIT`];
  },
  commit: (t, r) => [`commit ${r.hex(40)}\nAuthor: ${person(r)} <${mailOf(r)}>\nDate:   ${date(r)}\n\n    ` +
    `${r.pick(['fix: handle empty input', 'chore: bump deps', 'feat: add retry', 'docs: clarify setup'])}\n\n` +
    t.split('\n').map((l) => '    ' + l).join('\n')],
  csv: (t, r) => [`id,customer,amount,notes\n${100 + r.int(800)},${person(r)},${10 + r.int(500)}.00,paid\n` +
    `${100 + r.int(800)},${person(r)},${10 + r.int(500)}.00,"${t.replace(/"/g, '""')}"\n${100 + r.int(800)},${person(r)},0.00,refund`],
  chat: (t, r, lang) => {
    const a = person(r), b = person(r);
    const m1 = r.int(30), m2 = m1 + 1 + r.int(29);
    return [`#${r.pick(['general', 'support', 'eng-backend', 'sales'])} export\n[09:${pad(m1)}] ${a}: ${cover(r, lang)}\n` +
      `[09:${pad(m2)}] ${b}: ${t.replace(/\n/g, ' ')}\n[10:${pad(r.int(60))}] ${a}: ${r.pick(['ok', '👍', 'noted', 'thx'])}`];
  },
  calendar: (t, r) => [`BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:${r.hex(16)}@${r.pick(ORGS)}\nDTSTART:20260${1 + r.int(9)}${pad(1 + r.int(28))}T1${r.int(8)}0000Z\n` +
    `SUMMARY:${r.pick(['Vendor review', 'Sprint planning', 'Quarterly sync', 'Interview loop'])}\n` +
    `ORGANIZER:mailto:${mailOf(r)}\nDESCRIPTION:${t.replace(/\n/g, '\\n')}\nEND:VEVENT\nEND:VCALENDAR`],
};

// Hiding methods: [text, visibleCover] -> markup.
const tagChars = (s) => [...s].map((c) => (c.charCodeAt(0) < 128 ? String.fromCodePoint(0xe0000 + c.charCodeAt(0)) : c)).join('');
export const HIDE = {
  html_comment: (t, c) => `<p>${c}</p>\n<!-- ${t} -->`,
  css_display_none: (t, c) => `<p>${c}</p>\n<div style="display:none">${t}</div>`,
  white_on_white: (t, c) => `<p>${c}</p>\n<p style="color:#ffffff;background:#ffffff">${t}</p>`,
  font_size_zero: (t, c) => `<p>${c}<span style="font-size:0">${t}</span></p>`,
  offscreen: (t, c) => `<p>${c}</p>\n<div style="position:absolute;left:-9999px;top:-9999px">${t}</div>`,
  aria_label: (t, c) => `<p>${c}</p>\n<button aria-label="${t.replace(/"/g, '&quot;')}">OK</button>`,
  img_alt: (t, c) => `<p>${c}</p>\n<img src="/img/banner.png" alt="${t.replace(/"/g, '&quot;')}" width="1" height="1">`,
  md_alt_text: (t, c) => `${c}\n\n![${t}](https://cdn.example/pixel.png)`,
  md_comment: (t, c) => `${c}\n\n[//]: # (${t.replace(/[()]/g, '')})`,
  zero_width: (t, c) => `${c} ${t.split(' ').map((w) => [...w].join('\u200b')).join(' \u200c')}`,
  unicode_tags: (t, c) => `${c}${tagChars(t)}`,
  hidden_attr: (t, c) => `<p>${c}</p>\n<section hidden>${t}</section>`,
};
export const HTML_METHODS = new Set(['html_comment', 'css_display_none', 'white_on_white', 'font_size_zero', 'offscreen',
  'aria_label', 'img_alt', 'hidden_attr']);
export const MD_METHODS = new Set(['md_alt_text', 'md_comment']);

const ROT = (s) => s.replace(/[a-z]/gi, (c) => {
  const b = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const HOMO = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
export const ENCODE = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  base64_chunked: (s) => Buffer.from(s, 'utf8').toString('base64').match(/.{1,24}/g).join('\n'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13: ROT,
  url_encoding: (s) => encodeURIComponent(s),
  leetspeak: (s) => s.replace(/[aeiost]/gi, (c) => LEET[c.toLowerCase()] || c),
  homoglyph: (s) => s.replace(/[aeopcxyi]/g, (c) => HOMO[c] || c),
  reversed: (s) => [...s].reverse().join(''),
  unicode_escape: (s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''),
  char_codes: (s) => `String.fromCharCode(${[...s].map((c) => c.charCodeAt(0)).join(',')})`,
  html_entities: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
  fullwidth: (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
};
