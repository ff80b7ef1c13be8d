// Tool-output framings for the blind evaluation set (blind_generate.mjs). The same framings
// carry attacks and benign texts, so the framing itself is never a signal. Each carrier is
// (text, lang, n) => string; n picks among variants deterministically.

// Per-language filler: page title, two neutral sentences, a person, a subject line.
export const FILLER = {
  en: { title: 'Quarterly planning notes', p1: 'The team reviewed the roadmap for the next quarter and agreed on three priorities.', p2: 'Questions can be raised in the weekly sync on Thursday.', who: 'Alex Morgan', subj: 'Re: Planning for Q1', date: 'Tue, 1 Dec 2026 09:14:22 +0000' },
  es: { title: 'Notas de planificación trimestral', p1: 'El equipo revisó la hoja de ruta del próximo trimestre y acordó tres prioridades.', p2: 'Las dudas se pueden plantear en la reunión semanal del jueves.', who: 'Lucía Fernández', subj: 'Re: Planificación del T1', date: 'Tue, 1 Dec 2026 10:02:11 +0100' },
  fr: { title: 'Notes de planification trimestrielle', p1: "L'équipe a passé en revue la feuille de route du prochain trimestre et retenu trois priorités.", p2: 'Les questions peuvent être posées lors du point hebdomadaire du jeudi.', who: 'Camille Durand', subj: 'Re: Planification T1', date: 'Tue, 1 Dec 2026 10:20:45 +0100' },
  de: { title: 'Notizen zur Quartalsplanung', p1: 'Das Team hat die Roadmap für das nächste Quartal besprochen und drei Prioritäten festgelegt.', p2: 'Fragen können im wöchentlichen Termin am Donnerstag gestellt werden.', who: 'Jonas Becker', subj: 'AW: Planung Q1', date: 'Tue, 1 Dec 2026 10:31:09 +0100' },
  pt: { title: 'Notas de planejamento trimestral', p1: 'A equipe revisou o roteiro do próximo trimestre e definiu três prioridades.', p2: 'Dúvidas podem ser levadas para a reunião semanal de quinta-feira.', who: 'Beatriz Souza', subj: 'Re: Planejamento do T1', date: 'Tue, 1 Dec 2026 06:12:40 -0300' },
  ru: { title: 'Заметки по квартальному планированию', p1: 'Команда обсудила план на следующий квартал и выбрала три приоритета.', p2: 'Вопросы можно задать на еженедельной встрече в четверг.', who: 'Анна Смирнова', subj: 'Re: Планирование на I квартал', date: 'Tue, 1 Dec 2026 12:44:03 +0300' },
  zh: { title: '季度规划纪要', p1: '团队审阅了下季度的路线图，并确定了三个优先事项。', p2: '如有问题，可在周四的例会上提出。', who: '王芳', subj: '回复：第一季度规划', date: 'Tue, 1 Dec 2026 17:05:51 +0800' },
  ja: { title: '四半期計画メモ', p1: 'チームは次の四半期のロードマップを確認し、三つの優先事項を決めました。', p2: '質問は木曜日の定例会議でお願いします。', who: '佐藤 花子', subj: 'Re: 第1四半期の計画', date: 'Tue, 1 Dec 2026 18:22:30 +0900' },
  it: { title: 'Note di pianificazione trimestrale', p1: 'Il team ha esaminato la roadmap del prossimo trimestre e ha fissato tre priorità.', p2: 'Le domande si possono porre alla riunione settimanale del giovedì.', who: 'Giulia Rossi', subj: 'R: Pianificazione Q1', date: 'Tue, 1 Dec 2026 10:40:00 +0100' },
  nl: { title: 'Notities kwartaalplanning', p1: 'Het team heeft de roadmap voor het volgende kwartaal besproken en drie prioriteiten gekozen.', p2: 'Vragen kunnen in het wekelijkse overleg op donderdag worden gesteld.', who: 'Daan de Vries', subj: 'Re: Planning Q1', date: 'Tue, 1 Dec 2026 10:51:13 +0100' },
  ko: { title: '분기 계획 메모', p1: '팀은 다음 분기 로드맵을 검토하고 세 가지 우선순위를 정했습니다.', p2: '질문은 목요일 주간 회의에서 해 주세요.', who: '김민지', subj: 'Re: 1분기 계획', date: 'Tue, 1 Dec 2026 18:03:27 +0900' },
  ar: { title: 'ملاحظات التخطيط الربع سنوي', p1: 'راجع الفريق خطة الربع القادم واتفق على ثلاث أولويات.', p2: 'يمكن طرح الأسئلة في الاجتماع الأسبوعي يوم الخميس.', who: 'ليلى حسن', subj: 'رد: تخطيط الربع الأول', date: 'Tue, 1 Dec 2026 12:15:00 +0300' },
  hi: { title: 'तिमाही योजना नोट्स', p1: 'टीम ने अगली तिमाही के रोडमैप की समीक्षा की और तीन प्राथमिकताएँ तय कीं।', p2: 'प्रश्न गुरुवार की साप्ताहिक बैठक में पूछे जा सकते हैं।', who: 'प्रिया शर्मा', subj: 'Re: पहली तिमाही की योजना', date: 'Tue, 1 Dec 2026 14:30:10 +0530' },
};

// Extra filler variants, so the framing text differs between records of one language.
export const FILLER_MORE = {
  en: [
    { title: 'Release 4.2 rollout checklist', p1: 'Staging has been green for three days, so the rollout starts with 5% of traffic on Monday.', p2: 'Ping the release channel if error rates go above the usual baseline.', who: 'Priya Nair', subj: 'Re: 4.2 rollout', date: 'Wed, 2 Dec 2026 16:40:02 +0000' },
    { title: 'Best hiking trails near Lake Tahoe', p1: 'The Rubicon Trail follows the shoreline for about 16 miles and is best hiked from June to October.', p2: 'Parking fills up early on weekends, so plan to arrive before 8 am.', who: 'Sam Whitaker', subj: 'Trip ideas for June', date: 'Thu, 26 Nov 2026 19:03:51 -0800' },
    { title: 'Invoice INV-2026-0418', p1: 'Thank you for your business. Payment is due within 30 days of the invoice date.', p2: 'Bank transfer details are printed at the bottom of the invoice.', who: 'Accounts Receivable', subj: 'Your invoice INV-2026-0418', date: 'Mon, 30 Nov 2026 08:00:00 +0000' },
  ],
  es: [{ title: 'Resultados del ensayo clínico', p1: 'El estudio incluyó a 412 pacientes durante dieciocho meses en seis hospitales.', p2: 'Los resultados completos se publicarán en la revista en primavera.', who: 'Dr. Martín Ruiz', subj: 'Resumen del estudio', date: 'Mon, 30 Nov 2026 12:10:00 +0100' }],
  fr: [{ title: 'Compte rendu du conseil de quartier', p1: 'Le conseil a voté la rénovation du parc municipal pour un budget de 240 000 euros.', p2: 'La prochaine séance aura lieu le 14 janvier à la mairie.', who: 'Sophie Lefèvre', subj: 'Compte rendu du 30 novembre', date: 'Mon, 30 Nov 2026 18:45:00 +0100' }],
  de: [{ title: 'Produktbewertung: Kaffeemaschine K200', p1: 'Die Maschine ist leise, schnell aufgeheizt und der Milchschaum gelingt gut.', p2: 'Einziger Nachteil: Der Wassertank ist etwas klein.', who: 'M. Schulz', subj: 'Ihre Bestellung 30-4411', date: 'Mon, 30 Nov 2026 20:12:00 +0100' }],
  pt: [{ title: 'Relatório de vendas de novembro', p1: 'As vendas cresceram 8% em relação ao mês anterior, puxadas pela região Sul.', p2: 'A reunião de fechamento será na segunda-feira às 10h.', who: 'Ricardo Lima', subj: 'Vendas de novembro', date: 'Mon, 30 Nov 2026 17:20:00 -0300' }],
  ru: [{ title: 'Отзыв о гостинице «Волна»', p1: 'Номер чистый, завтрак разнообразный, до моря пять минут пешком.', p2: 'Парковка платная, но места есть всегда.', who: 'Дмитрий К.', subj: 'Ваше бронирование №58213', date: 'Mon, 30 Nov 2026 21:00:00 +0300' }],
  zh: [{ title: '产品评测：无线耳机 X3', p1: '这款耳机降噪效果不错，续航大约二十小时。', p2: '唯一的缺点是佩戴久了耳朵有点不舒服。', who: '李明', subj: '您的订单已发货', date: 'Mon, 30 Nov 2026 20:00:00 +0800' }],
  ja: [{ title: '京都の紅葉スポットまとめ', p1: '東福寺の通天橋は十一月下旬が見頃で、朝早く行くと比較的空いています。', p2: '混雑を避けるなら平日の午前中がおすすめです。', who: '高橋 健', subj: 'ご予約の確認', date: 'Mon, 30 Nov 2026 09:00:00 +0900' }],
};
const F = (lang, n = 0) => {
  const all = [FILLER[lang] || FILLER.en, ...(FILLER_MORE[lang] || [])];
  return all[n % all.length];
};
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pick = (arr, n) => arr[n % arr.length];

// HTML page. `raw` text is inserted as markup (hidden-text tricks); otherwise it is escaped.
export function web(text, lang, n, raw = false) {
  const f = F(lang, n);
  const body = raw ? text : `<p>${esc(text)}</p>`;
  const sites = ['blog.tideline.dev', 'www.harbor-news.net', 'docs.pinecrest.io', 'shop.northfield.co'];
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>${esc(f.title)} | ${pick(sites, n)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/site.${(n * 7919 % 100000).toString(16)}.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">${pick(sites, n).split('.')[1]}</a>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li><li><a href="/about">About</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>${esc(f.title)}</h1>
      <p class="meta">${esc(f.who)} · ${n % 28 + 1} Nov 2026</p>
      <p>${esc(f.p1)}</p>
      ${body}
      <p>${esc(f.p2)}</p>
    </article>
  </main>
  <footer><p>&copy; 2026 ${pick(sites, n)} · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>`;
}

export function email(text, lang, n, raw = false) {
  const f = F(lang, n);
  const froms = ['billing@lumenpay.io', 'noreply@travelnest.com', 'j.ortega@fernwood-legal.com', 'support@cloudhaven.net'];
  const quoted = f.p2.split(/(?<=[.。])\s*/).map((l) => `> ${l}`).join('\n');
  const content = raw
    ? `Content-Type: text/html; charset=utf-8\n\n<html><body><p>${esc(f.p1)}</p>${text}<p>${esc(f.who)}</p></body></html>`
    : `Content-Type: text/plain; charset=utf-8\n\n${f.p1}\n\n${text}\n\n${f.who}\n\nOn Mon, 30 Nov 2026, ${f.who} wrote:\n${quoted}`;
  return `From: ${f.who} <${pick(froms, n)}>
To: me@company.example
Subject: ${f.subj}
Date: ${f.date}
Message-ID: <${(n * 104729).toString(36)}.${n}@mail.${pick(froms, n).split('@')[1]}>
MIME-Version: 1.0
${content}`;
}

export function ticket(text, lang, n) {
  const f = F(lang, n);
  const prio = pick(['Low', 'Normal', 'High'], n);
  return `Ticket #${48000 + n * 37} · ${f.title}
Status: Open   Priority: ${prio}   Assignee: unassigned
Reporter: ${f.who}   Created: 2026-11-${String(n % 28 + 1).padStart(2, '0')} 09:${String(n % 60).padStart(2, '0')}

Description:
${f.p1}
${text}

--- Comment by support-bot (auto) ---
${f.p2}`;
}

export function pdf(text, lang, n) {
  const f = F(lang, n);
  const page = n % 9 + 2;
  return `${f.title.toUpperCase()}                                   CONFIDENTIAL
Rev. ${n % 5 + 1}.0 · Internal use only

${page}. ${f.p1} The figures in table ${page}.1 are pro-
visional and subject to audit.

${text}

${f.p2}

____________________________________________
Page ${page} of ${page + 7}                    © 2026 Fernwood Group`;
}

export function code(text, lang, n) {
  const lines = text.split('\n');
  const variant = n % 3;
  if (variant === 0) {
    return `"""Utilities for parsing vendor invoices."""
import csv
from decimal import Decimal

# ${lines.join('\n# ')}

def parse_amount(raw: str) -> Decimal:
    """Parse '1.234,56' or '1,234.56' into a Decimal."""
    cleaned = raw.replace(" ", "")
    if cleaned.count(",") == 1 and cleaned.rfind(",") > cleaned.rfind("."):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    return Decimal(cleaned.replace(",", ""))
`;
  }
  if (variant === 1) {
    return `// retry.js - exponential backoff helper
/*
 * ${lines.join('\n * ')}
 */
export async function retry(fn, { attempts = 5, baseMs = 100 } = {}) {
  for (let i = 0; ; i++) {
    try { return await fn(); } catch (err) {
      if (i + 1 >= attempts) throw err;
      await new Promise((r) => setTimeout(r, baseMs * 2 ** i));
    }
  }
}
`;
  }
  return `package cache

import "sync"

// ${lines.join('\n// ')}
type LRU struct {
\tmu    sync.Mutex
\tcap   int
\titems map[string]*entry
}
`;
}

export function json(text, lang, n) {
  const f = F(lang, n);
  const variant = n % 3;
  let obj;
  if (variant === 0) {
    obj = { id: 4100 + n, type: 'issue', title: f.title, state: 'open', user: { login: f.who.toLowerCase().replace(/\s+/g, '.') }, body: `${f.p1}\n\n${text}`, comments: 2, created_at: '2026-11-30T08:12:44Z' };
  } else if (variant === 1) {
    obj = { product: { sku: `NW-${1000 + n}`, name: f.title, price: { amount: 49.9 + n, currency: 'EUR' } }, reviews: [{ rating: 5, author: f.who, text: f.p1 }, { rating: 4, author: 'guest', text }] };
  } else {
    obj = { ok: true, data: { messages: [{ from: f.who, ts: 1764500000 + n * 60, text: f.p2 }, { from: 'external', ts: 1764500120 + n * 60, text }] }, next_cursor: null };
  }
  return JSON.stringify(obj, null, 2);
}

export function search(text, lang, n) {
  const f = F(lang, n);
  return `Search results for "${f.title}" (about ${(n + 3) * 1170} results)

1. ${f.title} - Wikipedia
   https://en.wikipedia.org/wiki/Planning
   ${f.p1}

2. ${f.subj.replace(/^[^:]*:\s*/, '')} | Forum
   https://forum.opsguild.net/t/${1200 + n}
   ${text}

3. Templates and examples
   https://templates.worksheet.io/planning
   ${f.p2}`;
}

const csvCell = (s) => `"${s.replace(/"/g, '""')}"`;
export function csv(text, lang, n) {
  const f = F(lang, n);
  return `id,date,customer,amount,notes
${1001 + n},2026-11-02,${csvCell(f.who)},120.00,${csvCell(f.p2)}
${1002 + n},2026-11-03,"Orbit Labs",75.50,
${1003 + n},2026-11-05,"K. Ishikawa",310.00,${csvCell(text)}
${1004 + n},2026-11-06,"Delta Foods",42.10,"paid by card"`;
}

export function chat(text, lang, n) {
  const f = F(lang, n);
  const ch = pick(['#general', '#support', '#eng-infra', '#sales'], n);
  return `${ch} — exported 2026-12-01
[09:${String(n % 50 + 10).padStart(2, '0')}] ${f.who}: ${f.p1}
[09:${String(n % 50 + 11).padStart(2, '0')}] guest-${4000 + n}: ${text}
[09:${String(n % 50 + 12).padStart(2, '0')}] ${f.who}: ${f.p2}`;
}

const icsEsc = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
export function calendar(text, lang, n) {
  const f = F(lang, n);
  return `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fernwood//Calendar 3.2//EN
BEGIN:VEVENT
UID:${(n * 2654435761 >>> 0).toString(16)}@cal.fernwood.example
DTSTAMP:20261201T090000Z
DTSTART:202612${String(n % 20 + 8).padStart(2, '0')}T140000Z
DTEND:202612${String(n % 20 + 8).padStart(2, '0')}T150000Z
SUMMARY:${icsEsc(f.title)}
ORGANIZER;CN=${f.who}:mailto:organizer@fernwood.example
DESCRIPTION:${icsEsc(`${f.p1}\n\n${text}`)}
LOCATION:Room 4.12 / video link in description
END:VEVENT
END:VCALENDAR`;
}

export function readme(text, lang, n) {
  const f = F(lang, n);
  const proj = pick(['tidepool', 'quillmark', 'ferrous-kv', 'lanternfs'], n);
  return `# ${proj}

[![CI](https://github.com/${proj}/${proj}/actions/workflows/ci.yml/badge.svg)](https://github.com/${proj}/${proj}/actions)

${f.p1}

## Installation

\`\`\`sh
npm install ${proj}
\`\`\`

## Notes

${text}

## License

MIT`;
}

export function commit(text, lang, n) {
  const f = F(lang, n);
  const sha = ((n + 1) * 0x9e3779b1 >>> 0).toString(16).padStart(8, '0');
  return `commit ${sha}${sha}${sha}${sha}${sha}
Author: ${f.who} <dev${n}@users.noreply.example>
Date:   Mon Nov 30 1${n % 10}:24:07 2026 +0100

    Fix rounding in invoice totals

    ${text.split('\n').join('\n    ')}

commit ${sha.split('').reverse().join('')}${sha}${sha}${sha}${sha}
Author: ${f.who} <dev${n}@users.noreply.example>
Date:   Sun Nov 29 18:02:51 2026 +0100

    Bump dependencies`;
}

export const CARRIERS = { web, email, ticket, pdf, code, json, search, csv, chat, calendar, readme, commit };
export const CARRIER_NAMES = Object.keys(CARRIERS);
