// Shared helpers for document templates.
import { tpl, pick, chance, int, R, shuffle as X_shuffle } from './lib.mjs';
import * as S from './secrets.mjs';
import * as P from './pii.mjs';
import * as X from './lookalikes.mjs';
export const T = (d) => (s, ...v) => tpl(d, s, ...v);
export const sec = (e) => S.gen(e);
// deck over all single-line kinds so every vendor format appears (reshuffled when empty)
let deck = [];
export const anySec = () => { if (!deck.length) deck = X_shuffle(S.LINE_KINDS.map((k) => k[0])); const e = deck.pop(); return { ...S.gen(e), key: S.keyFor(e) }; };
export const generic = () => { const e = pick(S.GENERIC); return { ...S.gen(e), key: S.keyFor(e) }; };
export const passw = () => { const e = pick(S.PASSWORDS); return { ...S.gen(e), key: S.keyFor(e) }; };
// URL-safe password for connection strings
export function urlPass(e = pick(['DATABASE_PASSWORD', 'REDIS_PASSWORD', 'MONGODB_PASSWORD', 'RABBITMQ_PASSWORD', 'KAFKA_SASL_PASSWORD', 'MSSQL_SA_PASSWORD'])) { let o; do o = S.gen(e); while (/[@:/?#%\s&;'"\\$`=,]/.test(o.v)); return o; }
// secret without characters that break the given quoting
export function plain(e) { let o; do o = e ? S.gen(e) : anySec(); while (/["'\\\s$`]/.test(o.v)); return o; }
export const lk = X.lk, inl = X.inl;
export const per = (cul, form) => P.person(cul, form);
export const hostish = () => pick(['db-01', 'pg-main', 'cache-2', 'mq.internal.example', 'sql.corp.example', 'orders-db.test', 'warehouse.example', 'redis-a', 'mongo-03.lab.test', 'ldap.hq.example']);
export const svc = () => pick(['billing', 'orders', 'ingest', 'auth', 'search', 'payments', 'notify', 'reports', 'gateway', 'catalog']);
export const ts = () => ({ w: 'timestamp', v: X.L.timestamp() });
export function isoTs() { return { w: 'timestamp', v: `${int(2024, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}Z` }; }
export { S, P, X, pick, chance, int, R };

// prose carriers of secrets, 12 languages: [lang, (label) => [before, after]]
export const PROSE = {
  en: [(w) => [`hey, the ${w} is `, ` - please don't paste it in the public channel`], (w) => [`new ${w} for the vendor portal: `, ``], (w) => [`use `, ` as the ${w} until Friday, I'll rotate it after the demo`], (w) => [`fyi ${w} = `, ` (same as last time)`]],
  de: [(w) => [`Das ${w} für den Server ist `, `, bitte nicht weitergeben.`], (w) => [`Hier der neue Zugang (${w}): `, ` – gilt ab Montag`], (w) => [`Kannst du bitte `, ` als ${w} eintragen? Danke!`]],
  fr: [(w) => [`${w} : `, `, ne le partage pas stp`], (w) => [`voici ${w} provisoire → `, ` (à changer après la migration)`], (w) => [`j'ai mis `, ` comme ${w} sur la préprod`]],
  es: [(w) => [`${w}: `, `, no lo compartas`], (w) => [`te paso ${w} → `, ``], (w) => [`Oye, usa `, ` (${w} del entorno de pruebas)`]],
  pt: [(w) => [`${w}: `, `, não compartilhe`], (w) => [`segue ${w} de acesso → `, ` (vale até sexta)`]],
  it: [(w) => [`${w}: `, `, non girarlo a nessuno`], (w) => [`ti giro ${w}: `, ``]],
  nl: [(w) => [`${w}: `, `, niet doorsturen aub`], (w) => [`hierbij ${w} → `, ``]],
  pl: [(w) => [`${w} do bazy to `, `, nie wysyłaj dalej`], (w) => [`${w} (nowe): `, ` (ważne do piątku)`]],
  ja: [(w) => [`${w}は `, ` です。外部に共有しないでください。`], (w) => [`新しい${w}：`, ``]],
  ru: [(w) => [`${w}: `, ` — никому не пересылай`], (w) => [`вот новый ${w} `, ` для стенда`]],
  zh: [(w) => [`${w}是 `, `，请勿外传`], (w) => [`新的${w}：`, ``]],
  tr: [(w) => [`${w} şu: `, `, kimseyle paylaşma`], (w) => [`yeni ${w}: `, ``]],
  sv: [(w) => [`${w} är `, `, dela inte vidare`]],
};
export const WORDS = {
  en: { password: 'password', token: 'token', key: 'API key', wifi: 'wifi password', secret: 'client secret' },
  de: { password: 'Passwort', token: 'Token', key: 'API-Schlüssel', wifi: 'WLAN-Passwort', secret: 'Client-Secret' },
  fr: { password: 'le mot de passe', token: 'le jeton', key: "la clé d'API", wifi: 'le mot de passe Wi-Fi', secret: 'le secret client' },
  es: { password: 'la contraseña', token: 'el token', key: 'la clave de API', wifi: 'la clave del wifi', secret: 'el secreto' },
  pt: { password: 'a senha', token: 'o token', key: 'a chave da API', wifi: 'a senha do wi-fi', secret: 'o segredo' },
  it: { password: 'la password', token: 'il token', key: 'la chiave API', wifi: 'la password del wifi', secret: 'il secret' },
  nl: { password: 'het wachtwoord', token: 'de token', key: 'de API-sleutel', wifi: 'het wifi-wachtwoord', secret: 'het geheim' },
  pl: { password: 'hasło', token: 'token', key: 'klucz API', wifi: 'hasło do wifi', secret: 'sekret' },
  ja: { password: 'パスワード', token: 'トークン', key: 'APIキー', wifi: 'Wi-Fiのパスワード', secret: 'シークレット' },
  ru: { password: 'Пароль', token: 'токен', key: 'API-ключ', wifi: 'пароль от wi-fi', secret: 'секрет' },
  zh: { password: '密码', token: '令牌', key: 'API 密钥', wifi: 'WiFi 密码', secret: '密钥' },
  tr: { password: 'Şifre', token: 'token', key: 'API anahtarı', wifi: 'wifi şifresi', secret: 'gizli anahtar' },
  sv: { password: 'Lösenordet', token: 'token', key: 'API-nyckeln', wifi: 'wifi-lösenordet', secret: 'hemligheten' },
};
export const LANGS = Object.keys(PROSE);
// write one prose sentence carrying a secret item
export const PROSE_COUNT = {};
export function prose(d, item, lang = pick(LANGS), kind) {
  PROSE_COUNT[lang] = (PROSE_COUNT[lang] || 0) + 1;
  const k = kind || (item.e.includes('WIFI') ? 'wifi' : /PASSWORD|PASS/.test(item.e) ? 'password' : /SECRET/.test(item.e) ? 'secret' : /KEY/.test(item.e) ? 'key' : 'token');
  const [a, b] = pick(PROSE[lang])(WORDS[lang][k]);
  d.t(a); d.sec(item); d.t(b); return lang;
}
