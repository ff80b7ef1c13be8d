// train7m carriers: framings shared by attacks and look-alikes (framing is never a signal).
// Each carrier takes the inner text and an index and returns the tool-output text.
const pick = (arr, i) => arr[i % arr.length];

export const CARRIERS = {
  web: (t, i) => `<!doctype html><html><head><title>${pick(['Release notes', 'Team wiki', 'Product FAQ', 'Blog', 'Help centre'], i)}</title></head>\n<body><main>\n${t}\n</main><footer>© 2024 ${pick(['Acme', 'Northwind', 'Globex', 'Initech'], i)} · <a href="https://www.${pick(['acme', 'northwind', 'globex', 'initech'], i)}.example/privacy">Privacy</a></footer></body></html>`,
  email: (t, i) => `From: ${pick(['Dana Ortiz <dana@mail.acme.example>', 'Kenji Mori <k.mori@corp.globex.example>', 'Support <support@helpdesk.northwind.example>', 'Lina Haddad <lina@initech.example>'], i)}\nTo: ${pick(['ops@acme.example', 'me@home.test', 'finance@globex.example'], i)}\nSubject: ${pick(['Re: Q3 figures', 'Fwd: onboarding pack', 'Your ticket has been updated', 'Notes from today'], i)}\nDate: ${pick(['Tue, 4 Jun 2024 09:12:44 +0200', 'Fri, 11 Oct 2024 16:03:10 +0000', 'Mon, 2 Dec 2024 08:40:01 -0500'], i)}\n\n${t}\n\n--\nSent from a mobile device`,
  ticket: (t, i) => `Ticket #${40000 + i * 37} · status: ${pick(['open', 'pending customer', 'in progress'], i)} · priority: ${pick(['P3', 'P2', 'P4'], i)}\nReporter: ${pick(['j.alvarez', 'mwieczorek', 'tnguyen', 'a.kumar'], i)}\n---\n${t}\n---\nInternal note: auto-imported from the customer portal.`,
  pdf: (t, i) => `${pick(['QUARTERLY REVIEW', 'VENDOR HANDBOOK', 'MEETING MINUTES', 'SAFETY MANUAL'], i)}                              Page ${2 + (i % 9)} of 14\n\n${t}\n\nConfidential – internal use only                      rev. ${1 + (i % 5)}.${i % 10}`,
  code: (t, i) => `// file: ${pick(['src/billing/invoice.ts', 'lib/sync/worker.py', 'cmd/server/main.go', 'app/models/user.rb'], i)}\n/*\n${t.split('\n').map(l => ' * ' + l).join('\n')}\n */\n${pick(['export function total(lines) { return lines.reduce((a, l) => a + l.amount, 0); }', 'def retry(fn, n=3):\n    return fn()', 'func main() { run() }', 'class User < ApplicationRecord; end'], i)}`,
  json: (t, i) => JSON.stringify({ status: 'ok', request_id: `req_${(i * 7919).toString(16)}`, data: { [pick(['description', 'body', 'note', 'content', 'summary'], i)]: t, updated_at: '2024-09-1' + (i % 10) + 'T10:00:00Z' } }, null, 2),
  search: (t, i) => `Search results for "${pick(['invoice export', 'vpn setup', 'holiday policy', 'api limits', 'reset password'], i)}" (3 results)\n\n1. ${pick(['Getting started', 'Known issues', 'Team handbook'], i)} — https://docs.${pick(['acme', 'globex', 'northwind'], i)}.example/${pick(['start', 'issues', 'handbook'], i)}\n   ${t.replace(/\n/g, '\n   ')}\n\n2. Changelog — https://docs.acme.example/changelog\n   Minor fixes and performance improvements.\n\n3. Contact us — https://www.acme.example/contact`,
  chat_export: (t, i) => `[${pick(['09:14', '13:02', '17:45', '22:30'], i)}] #${pick(['general', 'dev-backend', 'support', 'random'], i)}\n${pick(['@marta', '@yusuf', '@li.wei', '@olga'], i)}: ${t.replace(/\n/g, '\n    ')}\n${pick(['@sam', '@priya', '@noah'], i)}: 👍`,
  calendar: (t, i) => `BEGIN:VEVENT\nSUMMARY:${pick(['Sprint review', 'Vendor call', 'Offsite planning', '1:1'], i)}\nDTSTART:2024111${i % 10}T140000Z\nLOCATION:Room ${i % 7 + 1}\nDESCRIPTION:${t.replace(/\n/g, '\\n')}\nEND:VEVENT`,
  markdown: (t, i) => `# ${pick(['README', 'Meeting notes', 'Runbook', 'CONTRIBUTING'], i)}\n\n${t}\n\n_Last edited by ${pick(['@ana', '@rafael', '@yuki', '@femi'], i)}_`,
  bare: (t) => t,
};

export const CARRIER_NAMES = Object.keys(CARRIERS);

// Two different carriers for payload number i (deterministic).
export function carrierPair(i, salt = 0) {
  const n = CARRIER_NAMES.length;
  const a = (i * 3 + salt) % n;
  const b = (a + 1 + ((i + salt) % (n - 1))) % n;
  return [CARRIER_NAMES[a], CARRIER_NAMES[b === a ? (a + 1) % n : b]];
}

// For split payloads: the second part as a later leaf of the same message.
export function frameSplit(name, parts, i) {
  return [CARRIERS[name](parts[0], i), parts[1]];
}
