// Training round x13s: compact builder shared by the three non-English modules.
import { str, tool, twin, P, L } from './helpers.mjs';
const props = (o = {}) => Object.fromEntries(Object.entries(o).map(([k, d]) => [k, str(d)]));
export function build(langs) {
  const poisoned = [], legit = [], twins = [];
  for (const [lang, g] of Object.entries(langs)) {
    for (const [slug, family, name, desc, pr = {}] of g.p) poisoned.push(P(lang, slug, family, tool(name, desc, props(pr), Object.keys(pr).slice(0, 1))));
    for (const [slug, kind, name, desc, pr = {}, server] of g.l) legit.push(L(lang, slug, kind, tool(name, desc, props(pr), Object.keys(pr).slice(0, 1)), server));
    for (const [slug, family, kind, name, doc, clause, pr = {}] of g.t) twins.push(twin(lang, slug, family, kind, name, doc, clause, props(pr), Object.keys(pr).slice(0, 1)));
  }
  return { poisoned, legit, twins };
}
