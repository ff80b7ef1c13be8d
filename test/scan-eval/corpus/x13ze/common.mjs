// Shared helpers for the x13ze round (hand-written; no scanner knowledge used).
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// props spec: "name:type:description" joined by "|"; type may be string|integer|boolean|array|object
export function schema(spec, required = []) {
  const properties = {};
  for (const part of spec.split('|').filter(Boolean)) {
    const i1 = part.indexOf(':');
    const i2 = part.indexOf(':', i1 + 1);
    const name = part.slice(0, i1);
    const type = part.slice(i1 + 1, i2);
    const description = part.slice(i2 + 1);
    const p = { type, description };
    if (type === 'array') p.items = { type: 'string' };
    properties[name] = p;
  }
  return { type: 'object', properties, required: required.filter((r) => r in properties) };
}

export function tool(name, description, inputSchema, extra = {}) {
  return { name, description, inputSchema, ...extra };
}

export function clone(x) {
  return JSON.parse(JSON.stringify(x));
}
