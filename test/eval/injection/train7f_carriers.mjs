// train7f carriers: framings shared by attacks, look-alikes and harmful records.
// Each carrier has frame(text, i) -> [field] and split(a, b, i) -> [fieldA, fieldB].
const NAMES = ['Dana Whitfield', 'Jonas Berg', 'Priya Raman', 'Lucía Ortega', 'Kenji Mori', 'Amara Okafor', 'Tomasz Nowak', 'Sofia Ricci', 'Min-jun Park', 'Elif Yıldız', 'Nguyen Thao', 'Olga Petrenko'];
const HOSTS = ['acme.example', 'northwind.test', 'contoso.example', 'fabrikam.test', 'globex.example', 'initech.test'];
const SUBJ = ['Q3 vendor onboarding', 'Re: invoice 4471', 'Weekly sync notes', 'Fwd: migration plan', 'Access request', 'Release 2.8 checklist', 'Re: customer escalation', 'Contract renewal'];
const pick = (a, i) => a[((i % a.length) + a.length) % a.length];
const user = (i) => pick(NAMES, i).split(' ')[0].toLowerCase().replace(/[^a-z]/g, '');

export const CARRIERS = {
  email: {
    frame: (t, i) => [`From: ${pick(NAMES, i)} <${user(i)}@${pick(HOSTS, i)}>\nTo: team@${pick(HOSTS, i + 1)}\nDate: Tue, ${3 + (i % 25)} Mar 2026 09:${10 + (i % 49)}\nSubject: ${pick(SUBJ, i)}\n\nHi all,\n\n${t}\n\nBest,\n${pick(NAMES, i).split(' ')[0]}`],
    split: (a, b, i) => [`Subject: ${a}`, `From: ${pick(NAMES, i)} <${user(i)}@${pick(HOSTS, i)}>\n\n${b}\n\nThanks`],
  },
  ticket: {
    frame: (t, i) => [`Ticket #${4100 + i * 7} · Status: Open · Priority: P${1 + (i % 4)}\nReporter: ${pick(NAMES, i + 3)}\nComponent: ${pick(['billing', 'auth', 'storage', 'web-ui', 'api'], i)}\n\nDescription:\n${t}`],
    split: (a, b, i) => [`[#${4100 + i * 7}] ${a}`, `${b}\n\n— ${pick(NAMES, i + 3)}`],
  },
  web: {
    frame: (t, i) => [`<!doctype html><html><head><title>${pick(SUBJ, i + 2)} | ${pick(HOSTS, i)}</title></head><body><nav><a href="/">Home</a> · <a href="/docs">Docs</a></nav><main><article><h1>${pick(SUBJ, i + 2)}</h1><p>${t}</p></article></main><footer>© 2026 ${pick(HOSTS, i)}</footer></body></html>`],
    split: (a, b, i) => [`<h2 class="card-title">${a}</h2>`, `<div class="card-body"><p>${b}</p></div>`],
  },
  json: {
    frame: (t, i) => [JSON.stringify({ id: `rec_${9000 + i}`, type: pick(['note', 'comment', 'record', 'message'], i), author: pick(NAMES, i), created_at: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, body: t }, null, 2)],
    split: (a, b, i) => [a, b],
  },
  search: {
    frame: (t, i) => [`Search results for "${pick(SUBJ, i).toLowerCase()}"\n\n1. ${pick(SUBJ, i + 1)} — https://www.${pick(HOSTS, i)}/blog/${i}\n   Overview of the process and common pitfalls.\n2. ${pick(SUBJ, i + 4)} — https://docs.${pick(HOSTS, i + 2)}/p/${i + 40}\n   ${t}\n3. FAQ — https://help.${pick(HOSTS, i + 3)}/faq\n   Answers to frequently asked questions.`],
    split: (a, b, i) => [`2. ${a} — https://docs.${pick(HOSTS, i + 2)}/p/${i + 40}`, `   ${b}`],
  },
  code: {
    frame: (t, i) => [`// ${pick(['utils', 'sync', 'billing', 'export'], i)}.ts\nimport { fetchJson } from './http';\n\n/*\n * ${t.split('\n').join('\n * ')}\n */\nexport async function run${i}(opts: Options) {\n  const res = await fetchJson(opts.url);\n  return res.items ?? [];\n}`],
    split: (a, b, i) => [`# ${a}`, `def handler_${i}(event):\n    """${b}"""\n    return process(event)`],
  },
  pdf: {
    frame: (t, i) => [`${pick(HOSTS, i).split('.')[0].toUpperCase()} — INTERNAL\nPage ${2 + (i % 9)} of ${12 + (i % 5)}\n\n${t}\n\nRev. ${1 + (i % 4)}.${i % 10} · Printed 2026-03-0${1 + (i % 9)}\nConfidential — do not distribute`],
    split: (a, b, i) => [`Page ${2 + (i % 9)} of ${12 + (i % 5)} · ${a}`, `${b}\nConfidential — do not distribute`],
  },
  chat: {
    frame: (t, i) => [`#${pick(['ops', 'general', 'finance', 'eng-platform', 'support'], i)}\n[09:${10 + (i % 40)}] ${user(i)}: morning!\n[09:${11 + (i % 40)}] ${user(i + 1)}: ${t}\n[09:${13 + (i % 40)}] ${user(i + 2)}: 👍`],
    split: (a, b, i) => [`[09:${11 + (i % 40)}] ${user(i)}: ${a}`, `[09:${12 + (i % 40)}] ${user(i)}: ${b}`],
  },
  calendar: {
    frame: (t, i) => [`BEGIN:VEVENT\nSUMMARY:${pick(SUBJ, i + 5)}\nDTSTART:202604${String(1 + (i % 28)).padStart(2, '0')}T140000Z\nLOCATION:Room ${100 + i}\nDESCRIPTION:${t.replace(/\n/g, '\\n')}\nEND:VEVENT`],
    split: (a, b, i) => [`SUMMARY:${a}`, `DESCRIPTION:${b.replace(/\n/g, '\\n')}`],
  },
  table: {
    frame: (t, i) => [`| id | item | notes |\n|---|---|---|\n| ${i + 1} | ${pick(['Laptop refresh', 'SSO rollout', 'Vendor audit', 'Q2 budget'], i)} | on track |\n| ${i + 2} | ${pick(['DB upgrade', 'Office move', 'Pen test', 'Hiring'], i)} | ${t.replace(/\n/g, ' ')} |\n| ${i + 3} | ${pick(['Backups', 'Docs', 'Onboarding'], i)} | pending |`],
    split: (a, b, i) => [a, b],
  },
  pr: {
    frame: (t, i) => [`Pull request #${300 + i * 3}: ${pick(['fix flaky retry', 'bump deps', 'add export endpoint', 'refactor auth middleware'], i)}\nAuthor: ${user(i)} · wants to merge 3 commits into main\n\n${t}\n\nChecks: 14 passed, 1 skipped`],
    split: (a, b, i) => [`Pull request #${300 + i * 3}: ${a}`, b],
  },
  doc: {
    frame: (t, i) => [`# ${pick(['Team handbook', 'Project notes', 'Integration guide', 'Release notes'], i)}\n\n_Last edited by ${pick(NAMES, i)}_\n\n## ${pick(['Overview', 'Process', 'Details', 'Next steps'], i)}\n\n${t}\n\n## See also\n- [Changelog](./CHANGELOG.md)`],
    split: (a, b, i) => [`## ${a}`, b],
  },
  review: {
    frame: (t, i) => [`${'★'.repeat(1 + (i % 5))}${'☆'.repeat(4 - (i % 5))} Verified purchase · ${pick(NAMES, i + 6)}\n${t}\n${3 + (i % 40)} people found this helpful`],
    split: (a, b, i) => [`${'★'.repeat(1 + (i % 5))} ${a}`, b],
  },
  file: {
    frame: (t, i) => [`==> ${pick(['notes.txt', 'TODO.md', 'handover.txt', 'meeting-2026-03-04.txt', 'readme.txt'], i)} <==\n${t}\n`],
    split: (a, b, i) => [a, b],
  },
};
export const CARRIER_NAMES = Object.keys(CARRIERS);
