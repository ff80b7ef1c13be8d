// Composition printout (the README's composition block is this output, verbatim).
const sortE = (o) => Object.entries(o || {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
function wrapList(o, width = 100) {
  const parts = sortE(o).map(([k, v]) => `${k} ${v}`);
  const lines = []; let cur = '  ';
  for (const p of parts) { if (cur.length + p.length + 2 > width && cur.trim()) { lines.push(cur.replace(/,\s*$/, '')); cur = '  '; } cur += p + ', '; }
  if (cur.trim()) lines.push(cur.replace(/,\s*$/, ''));
  return lines.join('\n');
}
const nk = (o) => Object.keys(o || {}).length;
export function formatComposition(C) {
  const T = C.tags;
  return [
    `train24 composition`,
    `documents: ${C.docs} in ${nk(C.kinds)} kinds`,
    wrapList(C.kinds),
    `secret labels: ${C.nSec} in ${nk(C.sec)} entity kinds`,
    wrapList(C.sec),
    `secret encodings (chain of steps applied to the raw value):`,
    wrapList(C.enc),
    `PII labels: ${C.nPii} in ${nk(C.pii)} entities`,
    wrapList(C.pii),
    `look-alikes: ${C.nLook} in ${nk(C.look)} kinds`,
    wrapList(C.look),
    `name cultures/scripts: ${nk(T.culture)} (documents with a name of that culture)`,
    wrapList(T.culture),
    `phone numbering plans: ${nk(T.phone_plan)}`,
    wrapList(T.phone_plan),
    `programming languages (source/test/notebook documents): ${nk(T.code_lang)}`,
    wrapList(T.code_lang),
    `config syntaxes: ${nk(T.config_syntax)}`,
    wrapList(T.config_syntax),
    `URL and connection-string schemes carrying a credential: ${nk(T.scheme)}`,
    wrapList(T.scheme),
    `command-line tools with credentials: ${nk(T.cli_tool)}`,
    wrapList(T.cli_tool),
    `languages of passwords shared by people: ${nk(T.pw_lang)}`,
    wrapList(T.pw_lang),
    `languages of prose carrying PII: ${nk(T.pii_lang)}`,
    wrapList(T.pii_lang),
    `document languages: ${nk(T.lang)}`,
    wrapList(T.lang),
  ].join('\n');
}
