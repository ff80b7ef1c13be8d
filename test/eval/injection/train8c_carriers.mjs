// train8c carriers: each returns an array of fields; "\u0001" marks where the text goes.
// esc: how the text is escaped inside that carrier (json string, csv cell, ics text, none).
export const FILLER = [
  'The quarterly figures were reconciled against the ledger on Tuesday and no gaps were found.',
  'Parking on level 2 is closed for resurfacing until the end of the month.',
  'Los pedidos recibidos después de las 16:00 se procesan al día siguiente hábil.',
  'Die Lieferzeiten in die Schweiz betragen derzeit drei bis fünf Werktage.',
  'Le comité se réunira de nouveau après la période des congés scolaires.',
  'The cafeteria menu now lists allergens next to each dish.',
  '本季度的客户满意度调查回收率为百分之六十二。',
  'バックアップは毎晩2時に取得され、30日間保存されます。',
  'Relatório mensal: o tempo médio de resposta caiu para 4 horas.',
  'Отчёт за май будет опубликован после проверки бухгалтерией.',
  'Version 3 of the style guide replaced the old colour palette.',
  'Il magazzino di Verona resterà chiuso per inventario il 14.',
  'Het nieuwe kantoor heeft fietsenstalling voor veertig fietsen.',
  'Toplantı notları ortak klasöre yüklendi.',
  'The shuttle bus leaves the north entrance every twenty minutes.',
  'Przegląd techniczny windy zaplanowano na przyszły czwartek.',
  '신규 입사자 교육은 매월 첫째 주 월요일에 진행됩니다.',
  'Volunteers should sign the attendance sheet at the reception desk.',
  'Dữ liệu khảo sát sẽ được tổng hợp vào cuối tuần.',
  'Sales in the northern region grew modestly compared with last spring.',
];
export function filler(rng, minLen) {
  // sentences drawn without replacement so a chunk never repeats itself
  const pool = FILLER.slice();
  const out = [];
  let len = 0;
  while (len < minLen && pool.length) { const s = pool.splice(Math.floor(rng() * pool.length), 1)[0]; out.push(s); len += s.length + 1; }
  return out.join(' ');
}
const X = '\u0001';
export const CARRIERS = {
  web: { esc: 'none', f: c => [`<!doctype html><html><head><title>${c.title}</title></head><body><main><h1>${c.title}</h1><article><p>${X}</p></article></main><footer>© ${c.year} ${c.org}</footer></body></html>`] },
  email: { esc: 'none', f: c => [`From: ${c.email2}\nTo: ${c.email3}\nSubject: ${c.title}\nDate: ${c.date}`, `Hi team,\n\n${X}\n\nBest,\n${c.name}`] },
  email_thread: { esc: 'none', f: c => [`Subject: Re: Re: ${c.title}`, `On ${c.date}, ${c.email2} wrote:\n> Any update on this?\n\n${X}`, `-- \n${c.name} | ${c.org}`] },
  calendar: { esc: 'ics', f: c => [`BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:${c.n}@cal.example\nDTSTART:20260312T090000Z\nSUMMARY:${c.title}\nORGANIZER:mailto:${c.email2}\nDESCRIPTION:${X}\nEND:VEVENT\nEND:VCALENDAR`] },
  chat: { esc: 'none', f: c => [`[${c.date} 09:14] ${c.name}: morning all`, `[${c.date} 09:16] ${c.name2}: ${X}`, `[${c.date} 09:20] ${c.name}: 👍`] },
  ticket: { esc: 'none', f: c => [`Ticket #${c.n} · ${c.title} · priority: normal`, `Description:\n${X}`, `Status: open · Assignee: ${c.name}`] },
  crm: { esc: 'none', f: c => [`Account: ${c.org} · Owner: ${c.name} · Stage: negotiation`, `Note (${c.date}): ${X}`] },
  code: { esc: 'none', f: c => [`// ${c.path}.ts\nimport { load } from './util';\n\n/*\n * ${X}\n */\nexport function run${c.n % 97}(cfg) {\n  return load(cfg);\n}`] },
  yaml: { esc: 'json', f: c => [`# service config\nservice: ${c.word}\nreplicas: 3\nowner: ${c.email2}\nnotes: "${X}"\nenv:\n  LOG_LEVEL: info`] },
  log: { esc: 'none', f: c => [`2026-03-0${1 + c.n % 9}T10:22:01Z INFO  worker-${c.n % 7} job started id=${c.n}`, `2026-03-0${1 + c.n % 9}T10:22:03Z WARN  worker-${c.n % 7} upstream message: ${X}`, `2026-03-0${1 + c.n % 9}T10:22:04Z INFO  worker-${c.n % 7} job finished status=ok`] },
  rag_json: { esc: 'json', f: c => [`{"chunk_id":"doc-${c.n}-c3","source":"${c.path}.pdf","score":0.81,"text":"${X}"}`] },
  kb_md: { esc: 'none', f: c => [`# ${c.title}\n\n_Last updated ${c.date} by ${c.name}_\n\n## Details\n\n${X}\n\n## Related\n- [Overview](https://kb.${c.org.toLowerCase().replace(/[^a-z]/g, '')}.example/overview)`] },
  csv: { esc: 'csv', f: c => [`id,date,owner,comment\n${c.n},${c.date},${c.name},"${X}"\n${c.n + 1},${c.date},${c.name2},"ok"`] },
  search: { esc: 'json', f: c => [`{"query":"${c.word}","results":[{"title":"${c.title}","url":"https://www.${c.word}.example/a/${c.n}","snippet":"${X}"},{"title":"FAQ","url":"https://help.${c.word}.test/faq","snippet":"Frequently asked questions."}]}`] },
  api_json: { esc: 'json', f: c => [`{"status":200,"data":{"id":${c.n},"type":"comment","author":"${c.name}","body":"${X}","created":"${c.date}"}}`] },
  memory: { esc: 'none', f: c => [`# agent memory (${c.date})\n- user prefers short answers\n- project: ${c.word}`, `- saved note: ${X}`, `- last tool: search`] },
  pdf: { esc: 'none', f: c => [`${c.org} — ${c.title}\nPage 3 of 11`, `${X}`, `Confidential · ${c.org} · Page 3`] },
};
export const CARRIER_NAMES = Object.keys(CARRIERS);
export function esc(kind, s) {
  if (kind === 'json') return JSON.stringify(s).slice(1, -1);
  if (kind === 'csv') return s.replace(/"/g, '""');
  if (kind === 'ics') return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
  return s;
}
// body: string, or [partA, partB] for a split record. Returns fields.
export function wrap(carrier, body, c) {
  const C = CARRIERS[carrier];
  const fields = C.f(c);
  const i = fields.findIndex(f => f.includes(X));
  const [pre, post] = fields[i].split(X);
  if (Array.isArray(body)) {
    fields.splice(i, 1, pre + esc(C.esc, body[0]), esc(C.esc, body[1]) + post);
  } else {
    fields[i] = pre + esc(C.esc, body) + post;
  }
  return fields;
}
