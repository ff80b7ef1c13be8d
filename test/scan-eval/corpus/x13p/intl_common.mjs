// Training round x13p: compact builder for the non-English groups.
import { tool, c, twin, x } from './helpers.mjs';
// spec: { P: [[slug, family, name, desc, props, req, extra]],
//         T: [[slug, family, legitKind, name, before, clause, after, props, req, honestAlt]],
//         G: [[slug, kind, name, desc, props, req, extra]] }
export function group(specs) {
  const poisoned = [], legit = [], pairs = [];
  for (const [L, sp] of Object.entries(specs)) {
    for (const [slug, fam, name, desc, props, req = [], extra = {}] of sp.P ?? []) poisoned.push(c(L, slug, fam, tool(name, desc, props, req, extra)));
    for (const [slug, fam, kind, name, before, clause, after, props, req = [], alt = ''] of sp.T ?? [])
      pairs.push(twin(L, slug, fam, kind, (p) => ({ tool: tool(name, before + ' ' + x(p, clause + ' ', alt ? alt + ' ' : '') + after, props, req) })));
    for (const [slug, kind, name, desc, props, req = [], extra = {}] of sp.G ?? []) {
      const { server, ...rest } = extra;
      legit.push(c(L, slug, kind, tool(name, desc, props, req, rest), server));
    }
    for (const [slug, fam, name, desc, props, req = [], server] of sp.S ?? []) poisoned.push(c(L, slug, fam, tool(name, desc, props, req), server));
  }
  return { poisoned, legit, pairs };
}
