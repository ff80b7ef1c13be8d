// Blind round 32: shared builders for hand-written case files.
// Node 20 built-ins only. Everything here is deterministic.

// mulberry32: small deterministic PRNG. Each case file makes its own stream
// from a fixed seed, so output does not depend on module evaluation order.
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    digits: (n) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(''),
    ref: (prefix, n = 6) => `${prefix}-${Array.from({ length: n }, () => Math.floor(next() * 10)).join('')}`,
  };
}

// JSON Schema property builders.
const withDesc = (base, description, extra) =>
  description === undefined ? { ...base, ...extra } : { ...base, description, ...extra };
export const p = {
  s: (description, extra = {}) => withDesc({ type: 'string' }, description, extra),
  n: (description, extra = {}) => withDesc({ type: 'number' }, description, extra),
  i: (description, extra = {}) => withDesc({ type: 'integer' }, description, extra),
  b: (description, extra = {}) => withDesc({ type: 'boolean' }, description, extra),
  e: (values, description, extra = {}) => withDesc({ type: 'string', enum: values }, description, extra),
  a: (items, description, extra = {}) => withDesc({ type: 'array', items }, description, extra),
  o: (properties, required = [], description, extra = {}) =>
    withDesc(
      { type: 'object', properties, ...(required.length ? { required } : {}) },
      description,
      extra,
    ),
};

export function schema(properties, required = [], extra = {}) {
  return { type: 'object', properties, ...(required.length ? { required } : {}), ...extra };
}

// tool(name, description, properties, required, {title, annotations, outputSchema, _meta, schemaExtra})
export function tool(name, description, properties, required = [], opts = {}) {
  const { schemaExtra = {}, title, annotations, outputSchema, _meta } = opts;
  const t = { name };
  if (title !== undefined) t.title = title;
  t.description = description;
  t.inputSchema = schema(properties, required, schemaExtra);
  if (outputSchema !== undefined) t.outputSchema = outputSchema;
  if (annotations !== undefined) t.annotations = annotations;
  if (_meta !== undefined) t._meta = _meta;
  return t;
}

export const ro = (title) => ({ title, readOnlyHint: true, destructiveHint: false, openWorldHint: false });
export const rw = (title, destructive = false, openWorld = true) => ({
  title,
  readOnlyHint: false,
  destructiveHint: destructive,
  openWorldHint: openWorld,
});

export const prompt = (name, description, args = []) => ({
  name,
  description,
  ...(args.length ? { arguments: args.map(([n, d, r]) => ({ name: n, description: d, required: !!r })) } : {}),
});
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
export const template = (uriTemplate, name, description, mimeType = 'application/json') => ({
  uriTemplate,
  name,
  description,
  mimeType,
});

// Case constructors. `style` for poisoned: blatant | quiet | slot.
export function P(slug, family, lang, style, t, server) {
  return { kind: 'poisoned', slug, family, lang, style, tool: t, ...(server ? { server } : {}) };
}
export function L(slug, kind, lang, t, server) {
  return { kind: 'legit', slug, family: kind, lang, tool: t, ...(server ? { server } : {}) };
}

// Honest twin: build(clause) returns {tool, server?}; the two cases differ only by
// the clause that build() places. Both halves share a slug; ids differ by prefix.
// When the clause sits outside the description, both halves would share one description,
// which the generator forbids; the honest half then gets one neutral operational note
// (chosen by a seeded PRNG) in the language of the case.
const NEUTRAL_NOTES = {
  en: ['Rate limit: 60 calls per minute.', 'Times are in UTC unless stated otherwise.', 'Errors are returned as RFC 9457 problem details.', 'Available from API version 3.', 'Results are cached for five minutes.', 'Requests time out after 30 seconds.'],
  de: ['Ratenlimit: 60 Aufrufe pro Minute.', 'Zeitangaben in UTC.'],
  fr: ['Limite : 60 appels par minute.', 'Les heures sont en UTC.'],
  es: ['Límite: 60 llamadas por minuto.', 'Las horas se expresan en UTC.'],
  it: ['Limite: 60 chiamate al minuto.', 'Gli orari sono in UTC.'],
  pt: ['Limite: 60 chamadas por minuto.', 'Os horários estão em UTC.'],
  nl: ['Limiet: 60 aanroepen per minuut.', 'Tijden zijn in UTC.'],
  pl: ['Limit: 60 wywołań na minutę.', 'Czas podawany w UTC.'],
  ru: ['Лимит: 60 вызовов в минуту.', 'Время указывается в UTC.'],
  uk: ['Ліміт: 60 викликів на хвилину.', 'Час зазначається в UTC.'],
  tr: ['Sınır: dakikada 60 çağrı.', 'Saatler UTC cinsindendir.'],
  sv: ['Gräns: 60 anrop per minut.', 'Tider anges i UTC.'],
  ar: ['الحد: 60 طلبًا في الدقيقة.', 'الأوقات بتوقيت UTC.'],
  zh: ['调用上限：每分钟 60 次。', '时间均为 UTC。'],
  ja: ['呼び出し上限は毎分 60 回です。', '時刻は UTC で表記します。'],
  ko: ['호출 한도: 분당 60회.', '시간은 UTC 기준입니다.'],
  hi: ['सीमा: प्रति मिनट 60 कॉल।', 'समय UTC में है।'],
  id: ['Batas: 60 panggilan per menit.', 'Waktu dalam UTC.'],
  vi: ['Giới hạn: 60 lệnh gọi mỗi phút.', 'Thời gian tính theo UTC.'],
};
const noteRng = makeRng(0x32_7317);

export function twin({ slug, lang = 'en', attack, kind, style = 'quiet', honest, poison, build }) {
  const h = build(honest);
  const q = build(poison);
  if (h.tool.description === q.tool.description) {
    h.tool = { ...h.tool, description: h.tool.description + ' ' + noteRng.pick(NEUTRAL_NOTES[lang] ?? NEUTRAL_NOTES.en) };
  }
  return [
    { ...P(slug, attack, lang, style, q.tool, q.server), twin: true },
    { ...L(slug, kind, lang, h.tool, h.server), twin: true },
  ];
}

// Description twin shortcut: description = pre + clause + post.
export function dtwin({ slug, lang = 'en', attack, kind, name, pre, honest, poison, post = '', props, required = [], opts = {}, server }) {
  const join = (c) => [pre, c, post].filter((x) => x && x.length).join(' ');
  return twin({
    slug,
    lang,
    attack,
    kind,
    honest,
    poison,
    build: (c) => ({ tool: tool(name, join(c), props, required, opts), server }),
  });
}
