// Blind round 23 — small builder shared by the three non-English modules.
import { pair, L, tool } from './helpers.mjs';

// spec.p: [family, slug, toolName, [honest sentences], badClause, props, twinKind?]
// twinKind (a server kind) marks the pair whose honest twin is kept.
// spec.l: [serverKind, slug, toolName, description, props, server?]
export function build(lang, spec) {
  const pairs = spec.p.map(([family, slug, name, doc, bad, props, twinKind]) =>
    pair(lang, family, twinKind || 'none', slug, name, doc, bad, props, { twin: !!twinKind }));
  const legit = spec.l.map(([kind, slug, name, description, props, server]) =>
    L(lang, kind, slug, tool(name, description, props), server));
  return {
    poisoned: pairs.map((x) => x.poisoned),
    twins: pairs.filter((x) => x.twinned).map((x) => x.twin),
    legit,
  };
}

export function merge(list) {
  const out = { poisoned: [], twins: [], legit: [] };
  for (const r of list) {
    out.poisoned.push(...r.poisoned);
    out.twins.push(...r.twins);
    out.legit.push(...r.legit);
  }
  return out;
}
