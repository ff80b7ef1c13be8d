// train7k carriers: framings shared by attacks and look-alikes (framing is never a signal).
// Each carrier takes (text, n) and returns the framed tool output; n picks deterministic variants.
const pick = (arr, n) => arr[n % arr.length];

export const CARRIERS = {
  web: (t, n) => `<!doctype html><html><head><title>${pick(['Notes', 'Knowledge base', 'Team wiki', 'Blog'], n)}</title></head><body><main><article>\n${t}\n</article></main><footer>© ${2019 + (n % 6)} ${pick(['northwind', 'acme', 'lumen'], n)}.example</footer></body></html>`,
  email: (t, n) => `From: ${pick(['dana.k', 'ops', 'm.ruiz', 'team-lead', 'li.wei'], n)}@${pick(['mail.acme.example', 'corp.lumen.example', 'partners.test'], n)}\nTo: inbox@${pick(['acme.example', 'lumen.example'], n + 1)}\nSubject: ${pick(['Re: follow-up', 'Fwd: notes for this week', 'Q3 update', 'quick question'], n)}\nDate: ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], n)}, ${1 + (n % 27)} Mar 2025 09:${10 + (n % 49)}\n\n${t}\n\n--\nSent from a mobile device`,
  ticket: (t, n) => `Ticket #${4100 + n * 7} · ${pick(['Open', 'Pending', 'In progress'], n)} · Priority: ${pick(['low', 'normal', 'high'], n)}\nRequester: ${pick(['customer', 'internal', 'partner'], n)}\n---\n${t}\n---\nLast updated ${1 + (n % 9)}h ago`,
  pdf: (t, n) => `${pick(['ANNUAL REPORT 2024', 'Internal handbook', 'Course notes', 'Whitepaper'], n)}   Page ${2 + (n % 30)} of ${40 + (n % 20)}\n\n${t}\n\nConfidential – do not distribute            ${2 + (n % 30)}`,
  code: (t, n) => `// ${pick(['src/handlers/', 'lib/', 'tests/', 'scripts/'], n)}${pick(['parse', 'sync', 'report', 'fixtures'], n)}.${pick(['ts', 'js', 'go', 'py'], n)}\n/*\n${t.split('\n').map(l => ' * ' + l).join('\n')}\n */\nexport function run${n}(input) {\n  return input;\n}`,
  json: (t, n) => JSON.stringify({ status: 'ok', request_id: `req_${(n * 2654435761 >>> 0).toString(16)}`, data: { [pick(['body', 'content', 'description', 'text'], n)]: t, updated_at: `2025-0${1 + (n % 9)}-1${n % 10}T08:00:00Z` } }, null, 2),
  search: (t, n) => `Results for "${pick(['quarterly plan', 'setup guide', 'llm tokens', 'release notes', 'policy'], n)}" (${3 + (n % 7)} results)\n1. ${pick(['Overview', 'Getting started', 'FAQ'], n)} — docs.${pick(['acme', 'lumen', 'orbit'], n)}.example\n   ${t.replace(/\n+/g, ' ')}\n2. Related page — wiki.${pick(['acme', 'lumen'], n + 1)}.example\n   Last edited ${1 + (n % 12)} months ago.`,
  chat: (t, n) => `[#${pick(['general', 'eng-platform', 'support', 'ml-team', 'random'], n)}] ${pick(['yuki', 'omar', 'petra', 'sam', 'ines'], n)} ${10 + (n % 12)}:${10 + (n % 49)}\n${t}\n  👍 ${n % 5}  💬 ${n % 3} replies`,
  markdown: (t, n) => `# ${pick(['README', 'Notes', 'CHANGELOG', 'Guide'], n)}\n\n> ${pick(['Draft', 'Reviewed', 'Imported'], n)} · ${1 + (n % 28)}.0${1 + (n % 9)}.2025\n\n${t}\n`,
  csv: (t, n) => `id,author,created,text\n${1000 + n},${pick(['anna', 'bo', 'chen', 'dev'], n)},2025-02-${10 + (n % 18)},"${t.replace(/"/g, '""')}"\n${1001 + n},${pick(['eli', 'fay'], n)},2025-02-${11 + (n % 17)},"ok"`,
  bare: (t) => t,
};
export const CARRIER_NAMES = Object.keys(CARRIERS);
