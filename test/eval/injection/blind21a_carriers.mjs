// blind21a carriers: each wraps one text (or one part of a split text) in a realistic tool output.
// wrap(text, ctx) -> string. ctx = { rng, k (part index), pad (bool), pick }.
const FILLER = [
  'The quarterly review moved to the second floor room because the projector in the usual room is still broken.',
  'Shipping times for the northern warehouse are back to normal after the holiday backlog was cleared last week.',
  'Please note that the parking garage closes at 21:00 on weekdays and at 18:00 on Saturdays until further notice.',
  'Version 4.2 of the internal wiki template adds a table of contents and a field for the owning team.',
  'Attendance at the onboarding sessions has been steady, with most new hires joining in the first two weeks.',
  'The supplier confirmed that the replacement parts will arrive in two batches, the first one on Tuesday.',
  'Budget lines for travel were merged with training costs so that teams can plan both from one sheet.',
  'Our office plants are watered on Mondays and Thursdays; if you are the last to leave on Friday, close the blinds.',
  'The cafeteria menu rotates every three weeks and vegetarian options are marked with a green leaf.',
  'Minutes from the previous meeting were approved without changes and archived in the shared folder.',
  'Customer satisfaction scores rose slightly in the last survey, mostly thanks to faster first replies.',
  'The legacy reporting job runs at 02:00 UTC and usually finishes within twenty minutes.',
];
function filler(rng, n) { const out = []; for (let i = 0; i < n; i++) out.push(FILLER[Math.floor(rng() * FILLER.length)]); return out.join(' '); }
function padded(text, ctx) {
  if (!ctx.pad) return text;
  return filler(ctx.rng, 4) + '\n\n' + text + '\n\n' + filler(ctx.rng, 4);
}
const jsonStr = (s) => '"' + s.replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
const csvCell = (s) => '"' + s.replace(/"/g, '""') + '"';
const NAMES = ['Ilse Varga', 'Tomasz Rybak', 'Amaia Etxeberria', 'Kenji Saito', 'Leila Haddad', 'Nils Ostrom', 'Priya Raman', 'Duc Nguyen', 'Marta Ferreira', 'Ayse Kaya'];
const nm = (rng) => NAMES[Math.floor(rng() * NAMES.length)];
const mm = (rng) => String(Math.floor(rng() * 60)).padStart(2, '0');
const num = (rng, n) => String(Math.floor(rng() * 10 ** n)).padStart(n, '0');

export const CARRIERS = {
  web: (t, c) => c.k === 0
    ? `<!doctype html><html><head><title>Field notes ${num(c.rng, 3)}</title></head><body><header><nav><a href="/">Home</a> | <a href="/blog">Blog</a></nav></header><main><article><h1>Notes from the team</h1><p>${padded(t, c)}</p></article></main>`
    : `<aside class="sidebar"><p>${t}</p></aside><footer>&copy; 2026 fieldnotes.example</footer></body></html>`,
  email: (t, c) => c.k === 0
    ? `From: ${nm(c.rng)} <ops${num(c.rng, 2)}@mail.example>\nTo: team@corp.example\nSubject: Re: follow-up ${num(c.rng, 4)}\nDate: Tue, 3 Mar 2026 09:${mm(c.rng)}:00 +0100\n\nHi all,\n\n${padded(t, c)}\n\nBest,\n${nm(c.rng)}`
    : `--\nP.S. ${t}\nSent from a mobile device`,
  email_thread: (t, c) => c.k === 0
    ? `On Mon, 2 Mar 2026, ${nm(c.rng)} <x${num(c.rng, 3)}@partner.example> wrote:\n> Thanks, looping in the rest of the group.\n>\n> ${padded(t, c).replace(/\n/g, '\n> ')}\n\nReply above this line.`
    : `On Tue, 3 Mar 2026, ${nm(c.rng)} <y${num(c.rng, 3)}@partner.example> wrote:\n> ${t.replace(/\n/g, '\n> ')}`,
  calendar: (t, c) => c.k === 0
    ? `BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:${num(c.rng, 8)}@cal.example\nDTSTART:20260312T140000Z\nSUMMARY:Planning sync\nLOCATION:Room 4B\nDESCRIPTION:${padded(t, c).replace(/\n/g, '\\n')}\nEND:VEVENT`
    : `BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:${t.replace(/\n/g, '\\n')}\nEND:VALARM\nEND:VCALENDAR`,
  chat: (t, c) => c.k === 0
    ? `[2026-03-04 10:${mm(c.rng)}] ${nm(c.rng)}: morning! quick one\n[2026-03-04 10:${mm(c.rng)}] ${nm(c.rng)}: ${padded(t, c)}\n[2026-03-04 10:59] ${nm(c.rng)}: ok noted`
    : `[2026-03-04 11:${mm(c.rng)}] ${nm(c.rng)}: ${t}`,
  ticket: (t, c) => c.k === 0
    ? `Ticket #${num(c.rng, 5)} | Status: Open | Priority: P3\nReporter: ${nm(c.rng)}\n\nDescription:\n${padded(t, c)}`
    : `Comment by ${nm(c.rng)} (internal):\n${t}`,
  crm: (t, c) => c.k === 0
    ? `Account: Harbor Tiles Ltd (ACC-${num(c.rng, 6)})\nOwner: ${nm(c.rng)}\nStage: Negotiation\nNote:\n${padded(t, c)}`
    : `Next step: ${t}`,
  code: (t, c) => c.k === 0
    ? `import { load } from './store.js';\n\n/*\n * ${padded(t, c).replace(/\n/g, '\n * ')}\n */\nexport function total(items) {\n  return items.reduce((a, b) => a + b.price, 0);\n}\n`
    : `// ${t.replace(/\n/g, '\n// ')}\nexport const VERSION = '1.${num(c.rng, 1)}.0';\n`,
  yaml: (t, c) => c.k === 0
    ? `service: billing-api\nreplicas: 3\nenv:\n  LOG_LEVEL: info\nnotes: |\n  ${padded(t, c).replace(/\n/g, '\n  ')}\n`
    : `annotations:\n  description: ${jsonStr(t)}\n`,
  log: (t, c) => c.k === 0
    ? `2026-03-05T08:00:01Z INFO worker-3 started job=${num(c.rng, 6)}\n2026-03-05T08:00:02Z WARN worker-3 message="${padded(t, c).replace(/\n/g, ' ')}"\n2026-03-05T08:00:04Z INFO worker-3 finished ok`
    : `2026-03-05T08:00:09Z DEBUG worker-3 payload="${t.replace(/\n/g, ' ')}"`,
  rag_json: (t, c) => c.k === 0
    ? `{"chunk_id":"doc-${num(c.rng, 4)}#${num(c.rng, 2)}","source":"https://kb.corp.example/a/${num(c.rng, 4)}","score":0.${num(c.rng, 3)},"text":${jsonStr(padded(t, c))}}`
    : `{"chunk_id":"doc-${num(c.rng, 4)}#${num(c.rng, 2)}","score":0.${num(c.rng, 3)},"text":${jsonStr(t)}}`,
  kb_md: (t, c) => c.k === 0
    ? `# How-to: ${['Reset a badge', 'Request a laptop', 'Book a room', 'File expenses'][Math.floor(c.rng() * 4)]}\n\n_Last updated 2026-02-11_\n\n## Details\n\n${padded(t, c)}\n\n## See also\n- [Index](https://kb.corp.example/)`
    : `> **Note:** ${t}`,
  csv: (t, c) => c.k === 0
    ? `id,name,city,comment\n${num(c.rng, 4)},${nm(c.rng)},Porto,ok\n${num(c.rng, 4)},${nm(c.rng)},Lyon,${csvCell(padded(t, c))}\n${num(c.rng, 4)},${nm(c.rng)},Graz,ok`
    : `${num(c.rng, 4)},${nm(c.rng)},Turku,${csvCell(t)}`,
  search_json: (t, c) => c.k === 0
    ? `{"query":"team notes","results":[{"title":"Weekly notes","url":"https://notes.example/w/${num(c.rng, 3)}","snippet":"Agenda and owners."},{"title":"Archive","url":"https://archive.example/p/${num(c.rng, 3)}","snippet":${jsonStr(padded(t, c))}}]}`
    : `{"results":[{"title":"More","url":"https://more.example/${num(c.rng, 3)}","snippet":${jsonStr(t)}}]}`,
  api_json: (t, c) => c.k === 0
    ? `{"status":200,"data":{"order_id":"ORD-${num(c.rng, 6)}","customer":"${nm(c.rng)}","items":3,"gift_message":${jsonStr(padded(t, c))}}}`
    : `{"status":200,"meta":{"page":2,"remark":${jsonStr(t)}}}`,
  memory: (t, c) => c.k === 0
    ? `# agent memory (persisted)\n- user prefers metric units\n- timezone: Europe/Lisbon\n- saved note ${num(c.rng, 3)}: ${padded(t, c).replace(/\n/g, ' ')}\n- last task: summarize inbox`
    : `- saved note ${num(c.rng, 3)}: ${t.replace(/\n/g, ' ')}`,
  pdf: (t, c) => c.k === 0
    ? `Annual Facilities Report 2025                                   Page ${1 + Math.floor(c.rng() * 9)} of 12\n\n${padded(t, c)}\n\nCONFIDENTIAL - internal distribution                          facilities.example`
    : `Page ${10 + Math.floor(c.rng() * 3)} of 12\n${t}\n- continued -`,
};
export const CARRIER_NAMES = Object.keys(CARRIERS);
// carrier pair for item i (label-independent): first and second carrier differ.
export function carrierPair(i) {
  const n = CARRIER_NAMES.length;
  return [CARRIER_NAMES[i % n], CARRIER_NAMES[(i * 5 + 3 + Math.floor(i / n)) % n === i % n ? (i + 1) % n : (i * 5 + 3 + Math.floor(i / n)) % n]];
}
export function wrapFields(carrier, parts, ctx) {
  return parts.map((p, k) => CARRIERS[carrier](p, { ...ctx, k }));
}
