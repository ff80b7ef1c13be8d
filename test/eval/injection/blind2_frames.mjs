// Writes blind2_frames.jsonl: the control of blind2.jsonl. For every attack, the same framing
// (same index, language, carrier, layout) with the payload replaced by a neutral filler line of
// its language; same ids, label benign. A framing flagged here is flagged without any payload, so
// detecting the paired attack says nothing about the payload (README, "Second blind set").
//
//   node test/eval/injection/blind2_frames.mjs [out.jsonl]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ATTACKS } from './blind2_attacks.mjs';
import { frame, frameSplit, FILLER } from './blind2_carriers.mjs';

const out = process.argv[2] || join(dirname(fileURLToPath(import.meta.url)), 'blind2_frames.jsonl');
const counters = new Map();
const lines = [];
ATTACKS.forEach(([technique, lang, carrier, payload, opt = {}], i) => {
  const key = `injection-attack-${technique}`;
  const n = counters.get(key) || 0; counters.set(key, n + 1);
  const f = FILLER[lang] || FILLER.en;
  const neutral = f.lines[(i * 5 + 2) % f.lines.length];
  const ctx = { lang, i, carrier, style: ['md_alt_text', 'md_comment'].includes(opt.method) ? 3 : undefined };
  const fields = technique === 'split_payload'
    ? frameSplit(carrier, payload.map((_, k) => f.lines[(i + k + 2) % f.lines.length]), ctx)
    : frame(carrier, neutral, ctx);
  lines.push(JSON.stringify({ id: `blind2-${key}-${n}`, split: 'blind2_frames', family: 'injection', label: 'benign',
    technique, lang, carrier, fields }));
});
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${lines.length} framings without payload to ${out}`);
