// Small formatting helpers shared by document kinds.
import { A } from './prng.mjs';
import { SECRETS, UNUSUAL_KEYS } from './secrets.mjs';

export function keyCase(r, k, style) {
  const words = k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').split(/[_.\-\s]+/).filter(Boolean).map((w) => w.toLowerCase());
  style = style || r.pick(['UPPER', 'UPPER', 'snake', 'camel', 'kebab', 'dot', 'asis']);
  switch (style) {
    case 'UPPER': return words.join('_').toUpperCase();
    case 'snake': return words.join('_');
    case 'camel': return words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join('');
    case 'kebab': return words.join('-');
    case 'dot': return words.join('.');
    default: return k;
  }
}
// pick a key name for a secret entity: its typical names, a made-up variant, or an unusual name
export function keyFor(r, entity, style) {
  const ks = SECRETS[entity]?.keys || [];
  const roll = r.next();
  if (roll < 0.18 || !ks.length) return keyCase(r, r.pick(UNUSUAL_KEYS), style);
  if (roll < 0.3) return keyCase(r, entity.toLowerCase().replace(/_(key|token|secret)$/, '') + '_' + r.pick(['cred', 'value', 'k', 'tok', 'auth', 'pw']), style);
  const k = r.pick(ks);
  return style ? keyCase(r, k, style) : k;
}
export function q(r, span, styles = ['', '"', "'"]) {
  const s = r.pick(styles); return s ? [s, span, s] : [span];
}
export function sepFor(r, syntax) {
  const m = { env: ['='], yaml: [': '], ini: [' = ', '=', ': '], toml: [' = '], props: ['=', ' = ', ': ', ':'] };
  return r.pick(m[syntax] || ['=']);
}
export function indent(n) { return ' '.repeat(n); }
export function pemIndent(pem, n) { return pem.split('\n').map((l, i) => (i ? ' '.repeat(n) + l : l)).join('\n'); }
export function pemJsonEscaped(pem) { return pem.replace(/\n/g, '\\n'); }
export const pick = (r, a) => r.pick(a);
export const SERVICES = ['billing', 'checkout', 'ledger', 'notifier', 'crm-sync', 'geo', 'media', 'search', 'reports', 'auth', 'inventory', 'payroll', 'kiosk', 'telemetry'];
export const COMPANIES = ['Acme Corp', 'Kanto Logistics', 'Nordlicht GmbH', 'Bistro Luna', 'Tbilisi Tech', 'Yerevan Soft', 'Sakura Foods', 'Hanul Systems', 'Pampa Agro', 'Oslo Fjordline', 'Delta Pharma', 'Mercado Verde', 'Volga Freight', 'Anatolia Tekstil', 'Baobab Health', 'Lotus Retail', 'Zephyr Air', 'Tigris Bank', 'Coop Bank', 'Stadtwerke Nord'];
export const PRODUCTS = ['Alexa', 'Jira', 'Excel', 'Figma', 'Kindle', 'PlayStation', 'Zoom', 'Teams', 'Notion', 'Salesforce', 'WhatsApp', 'Telegram', 'Tesla Model 3', 'iPhone', 'Galaxy S24', 'ThinkPad', 'Vespa', 'Nespresso'];
