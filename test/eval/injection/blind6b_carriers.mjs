// blind6b carriers: wrap one text (attack or benign, the same wrappers for both) the way a
// consumer-web tool result would carry it. Filler is written per language so the page around a
// payload reads like the site it pretends to be. Every wrapper is a pure function of
// (text, lang, n): no randomness, so the generator is deterministic.

export const FILL = {
  en: { site: 'Maple & Brook Journal', a: 'Posted in Home, Garden by the editors.', b: 'Prices checked last week; they may have changed since.', u: 'dana_r', t: 'Weekend notes' },
  es: { site: 'Cuaderno de Viaje Austral', a: 'Publicado en la sección de escapadas por la redacción.', b: 'Los horarios pueden cambiar en temporada alta, consulta antes de ir.', u: 'lucia.mtz', t: 'Notas del fin de semana' },
  fr: { site: 'Le Carnet du Marché', a: 'Publié dans Cuisine de saison par la rédaction.', b: 'Les tarifs indiqués datent du mois dernier.', u: 'camille_b', t: 'Chronique de la semaine' },
  de: { site: 'Werkbank-Blog', a: 'Veröffentlicht in Heimwerken von der Redaktion.', b: 'Alle Preise inkl. MwSt., Stand: letzte Woche.', u: 'jonas_k', t: 'Notizen zum Wochenende' },
  pt: { site: 'Blog Casa & Quintal', a: 'Publicado em Decoração pela equipe do blog.', b: 'Os preços podem variar conforme a região.', u: 'rafa.souza', t: 'Dicas da semana' },
  it: { site: 'Diario di Bottega', a: 'Pubblicato in Artigianato dalla redazione.', b: 'I prezzi sono aggiornati alla settimana scorsa.', u: 'giulia_r', t: 'Appunti del fine settimana' },
  nl: { site: 'Fietsroutes & Meer', a: 'Geplaatst in Routes door de redactie.', b: 'Openingstijden kunnen in de zomer afwijken.', u: 'sanne_v', t: 'Weekendtips' },
  ru: { site: 'Дачный вестник', a: 'Опубликовано в рубрике «Сад и огород» редакцией.', b: 'Цены указаны на прошлой неделе и могут измениться.', u: 'olga_p', t: 'Заметки выходного дня' },
  uk: { site: 'Мандрівний записник', a: 'Опубліковано в розділі «Подорожі» редакцією.', b: 'Розклад може змінюватися у святкові дні.', u: 'taras_m', t: 'Нотатки вихідних' },
  pl: { site: 'Kuchnia u Basi', a: 'Opublikowano w dziale Przepisy przez redakcję.', b: 'Ceny sprawdzone w zeszłym tygodniu.', u: 'kasia_w', t: 'Notatki z weekendu' },
  zh: { site: '小城生活志', a: '发布于「家居」栏目，编辑部整理。', b: '价格为上周数据，仅供参考。', u: 'xiaolin88', t: '周末随记' },
  ja: { site: 'まちあるき帖', a: '「暮らし」カテゴリ／編集部', b: '価格は先週時点のものです。', u: 'haru_t', t: '週末のメモ' },
  ko: { site: '오늘의 살림 노트', a: '살림 카테고리 · 편집부 작성', b: '가격은 지난주 기준이며 변동될 수 있습니다.', u: 'minji_k', t: '주말 기록' },
  ar: { site: 'مدونة بيت وحديقة', a: 'نُشر في قسم الديكور بواسطة فريق التحرير.', b: 'الأسعار محدثة حتى الأسبوع الماضي.', u: 'noura_s', t: 'ملاحظات نهاية الأسبوع' },
  hi: { site: 'घर-आँगन ब्लॉग', a: 'सजावट श्रेणी में संपादकीय टीम द्वारा प्रकाशित।', b: 'कीमतें पिछले हफ्ते की हैं, बदल सकती हैं।', u: 'priya_s', t: 'सप्ताहांत की बातें' },
  tr: { site: 'Mutfak Defteri', a: 'Tarifler kategorisinde editör ekibi tarafından yayımlandı.', b: 'Fiyatlar geçen haftaya aittir.', u: 'elif_k', t: 'Hafta sonu notları' },
  vi: { site: 'Sổ Tay Du Lịch', a: 'Đăng trong mục Khám phá bởi ban biên tập.', b: 'Giá vé có thể thay đổi vào mùa cao điểm.', u: 'minh_anh', t: 'Ghi chép cuối tuần' },
  id: { site: 'Catatan Dapur Nusantara', a: 'Diterbitkan di kategori Resep oleh tim redaksi.', b: 'Harga dapat berbeda di tiap daerah.', u: 'sari_dw', t: 'Catatan akhir pekan' },
  sv: { site: 'Stugliv & Skärgård', a: 'Publicerat under Friluftsliv av redaktionen.', b: 'Priserna gällde förra veckan.', u: 'elin_a', t: 'Helgens anteckningar' },
};

const f = (lang) => FILL[lang] || FILL.en;

// Each carrier returns an array of fields (text leaves of one tool result).
export const CARRIERS = {
  bare: (t) => [t],
  web: (t, lang, n) => {
    const F = f(lang);
    return [`<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${F.t} | ${F.site}</title>\n<link rel="canonical" href="https://www.maplebrook.example/p/${1000 + n}"></head>\n<body>\n<header><a class="logo" href="/">${F.site}</a><nav><ul><li><a href="/">Home</a></li><li><a href="/archive">Archive</a></li><li><a href="/about">About</a></li></ul></nav></header>\n<main><article>\n<h1>${F.t}</h1>\n<p class="meta">${F.a}</p>\n${t}\n<p>${F.b}</p>\n</article></main>\n<footer>&copy; 2026 ${F.site} · <a href="/privacy">Privacy</a></footer>\n</body></html>`];
  },
  json: (t, lang, n) => [JSON.stringify({ url: `https://pages.fetcher.example/doc/${n}`, status: 200, lang, title: f(lang).t, content: t, fetched_at: `2026-03-${String(1 + (n % 27)).padStart(2, '0')}T08:${String(n % 60).padStart(2, '0')}:00Z` }, null, 2)],
  search: (t, lang, n) => {
    const F = f(lang);
    return [`Results for your query (3 of about ${120 + n * 7}):\n\n1. ${F.site} — ${F.t}\n   https://www.${['maplebrook', 'cuaderno', 'werkbank', 'casaquintal', 'stugliv'][n % 5]}.example/item/${n}\n   ${t.replace(/\n+/g, ' ')}\n\n2. Community wiki — overview and history\n   https://wiki.localhub.test/Overview\n   ${F.b}\n\n3. Price comparison — compare offers\n   https://compare.shopgrid.example/q?n=${n}\n   ${F.a}`];
  },
  email: (t, lang, n) => {
    const F = f(lang);
    return [`From: "${F.site}" <newsletter@${['maplebrook', 'carnet', 'bottega', 'mutfak'][n % 4]}.example>\nTo: reader@inbox.example\nSubject: ${F.t} #${n}\nDate: Tue, ${3 + (n % 20)} Mar 2026 07:30:00 +0000\nList-Unsubscribe: <https://news.example/unsub?u=${n}>\nContent-Type: text/plain; charset=utf-8\n\n${t}\n\n--\n${F.b}\nYou receive this because you subscribed at ${F.site}.`];
  },
  pdf: (t, lang, n) => {
    const F = f(lang);
    return [`${F.site}                                   Brochure 2026\n\n${t}\n\n${F.b}\n\n— ${2 + (n % 9)} —\n${F.site} · www.brochures.example · Rev. ${n % 5}`];
  },
  forum: (t, lang, n) => {
    const F = f(lang);
    return [`[Thread] ${F.t}\n\n#${n % 40 + 2}  ${F.u} · ${1 + (n % 11)} h\n${t}\n\n  ♥ ${n % 17}   Reply   Quote\n\n#${n % 40 + 3}  moderator_bot\n${F.a}`];
  },
  review: (t, lang, n) => [JSON.stringify({ product_id: `SKU-${48000 + n}`, rating: 1 + (n % 5), author: f(lang).u, verified_purchase: n % 3 !== 0, title: f(lang).t, body: t, helpful_votes: n % 23 })],
  rss: (t, lang, n) => {
    const F = f(lang);
    return [`<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${F.site}</title><link>https://feeds.example/${lang}</link>\n<item><title>${F.t}</title><link>https://feeds.example/${lang}/${n}</link><pubDate>Mon, ${2 + (n % 25)} Feb 2026 10:00:00 GMT</pubDate>\n<description><![CDATA[${t}]]></description></item>\n</channel></rss>`];
  },
  social: (t, lang, n) => {
    const F = f(lang);
    return [`@${F.u} · ${n % 23 + 1}h\n${t}\n\n💬 ${n % 31}  🔁 ${n % 13}  ❤ ${n % 97 + 4}`];
  },
  app_store: (t, lang, n) => [JSON.stringify({ app: `${f(lang).site} ${['Lite', 'Pro', 'Go', 'Plus'][n % 4]}`, developer: 'Northwind Apps (fictitious)', version: `${2 + (n % 4)}.${n % 10}.1`, rating: (3.1 + (n % 19) / 10).toFixed(1), description: t, whats_new: f(lang).b })],
  wiki: (t, lang, n) => {
    const F = f(lang);
    return [`== ${F.t} ==\n${t}\n\n=== See also ===\n* [[${F.site}]]\n\n''${F.b}''\n[[Category:Stub ${n % 9}]]`];
  },
};

export const CARRIER_NAMES = Object.keys(CARRIERS);
// carriers able to carry raw HTML without mangling it into a different meaning
export const HTML_CARRIERS = ['web', 'json', 'bare', 'email', 'rss', 'review'];

// Split-payload carriers: two fields of one tool result.
export const SPLIT = {
  product_json: (a, b, lang, n) => [JSON.stringify({ sku: `P-${9100 + n}`, name: f(lang).t, description: a }), JSON.stringify({ top_review: { author: f(lang).u, stars: 5, text: b } })],
  email_parts: (a, b, lang, n) => [`Subject: ${f(lang).t}\n\n${a}`, `${b}\n\n-- \n${f(lang).site}`],
  search_two: (a, b, lang, n) => [`1. ${f(lang).site}\n   ${a}`, `2. forum.localhub.test/t/${n}\n   ${b}`],
  calendar: (a, b, lang, n) => [`Event: ${f(lang).t}\nWhen: 2026-04-${String(1 + (n % 28)).padStart(2, '0')} 10:00\nDescription: ${a}`, `Location: Room ${n % 12}\nNotes: ${b}`],
  page_meta: (a, b, lang, n) => [`<meta name="description" content="${a.replace(/"/g, '&quot;')}">`, `<article><p>${f(lang).a}</p><p>${b}</p></article>`],
  comments: (a, b, lang, n) => [`${f(lang).u}: ${a}`, `guest_${n}: ${b}`],
};
export const SPLIT_NAMES = Object.keys(SPLIT);
