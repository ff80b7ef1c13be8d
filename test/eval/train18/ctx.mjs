// Shared generation context: rng + generators + helpers that insert into a Doc.
import { makeSecrets } from './secrets.mjs';
import { makePii } from './pii.mjs';
import { makeLook } from './lookalikes.mjs';

export const ODD_NAMES = ['x_auth_blob', 'partnerHandshake', 'ingest_passphrase', 'webhookSigningMaterial', 'tokenValue', 'unseal_part_2', 'ApiSchluessel', 'cle_api', 'clave_secreta', 'chiave_accesso', 'sleutel', 'klucz_api', 'kulcs', 'nyckel', 'avain', 'access_blob', 'magic', 'sesame', 'upstream_cred', 'relay_psk', 'bridge_auth', 'handshake_seed', 'opaque', 'k', 'pw', 'pwd', 'passwd', 'pass_phrase', 'license_blob', 'sync_cookie', 'mesh_join_key', 'X-Partner-Auth', 'hmacMaterial', 'vendorSig', 'tokenz', 'geheim', 'segredo', 'секрет', 'トークン', '密钥'];
export const GENERIC_KEYS = ['token', 'secret', 'client_secret', 'api_secret', 'auth_key', 'signing_key', 'access_key', 'app_secret', 'consumer_secret', 'master_key', 'private_token', 'hmac_key', 'shared_key', 'passphrase', 'password', 'api_key', 'apiKey', 'secretKey', 'authToken', 'credential', 'access_token', 'refresh_token', 'service_key', 'webhook_secret', 'jwt_secret', 'encryption_key', 'session_secret', 'bearer'];
export const GENERIC_ENT = ['API_KEY', 'CLIENT_SECRET', 'API_SECRET', 'AUTH_KEY', 'SIGNING_KEY', 'ACCESS_TOKEN', 'REFRESH_TOKEN', 'BEARER_TOKEN', 'SHARED_SECRET', 'WEBHOOK_SECRET', 'HMAC_SECRET', 'ENCRYPTION_KEY', 'JWT_SIGNING_SECRET', 'SESSION_SECRET'];
export const PASS_ENT = ['DATABASE_PASSWORD', 'REDIS_PASSWORD', 'RABBITMQ_PASSWORD', 'SMTP_PASSWORD', 'LDAP_BIND_PASSWORD', 'SSH_PASSWORD', 'FTP_PASSWORD', 'MONGODB_PASSWORD', 'KEYSTORE_PASSWORD', 'PASSWORD', 'ADMIN_PASSWORD', 'WIFI_PASSWORD'];

export function makeCtx(r) {
  const S = makeSecrets(r), P = makePii(r), K = makeLook(r);
  let vendorQ = [];
  const nextKind = () => { if (!vendorQ.length) vendorQ = r.shuffle(S.kinds.filter((k) => !['PRIVATE_KEY', 'FLY_IO_TOKEN'].includes(k))); return vendorQ.pop(); };
  const keyFor = (e, style = 'snake') => {
    if (r.chance(0.2)) return r.pick(ODD_NAMES).replace(/[^\w\-.\u0080-\uffff]/g, '_');
    let k = r.chance(0.5) ? e.toLowerCase() : r.pick(GENERIC_KEYS);
    if (style === 'ENV') k = k.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    else if (style === 'camel') k = k.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
    else if (style === 'dot') k = k.replace(/_/g, '.');
    return k;
  };
  const pickSecret = () => {
    const x = r.float();
    if (x < 0.45) return S.gen(nextKind());
    if (x < 0.7) return S.gen(r.pick(GENERIC_ENT));
    return S.gen(r.pick(PASS_ENT));
  };
  // value that is safe in quotes of JSON/XML/YAML/shell-double-quotes
  const safeSecret = (e, bad = /[&<>"'\\$`\s]/) => { for (let i = 0; i < 20; i++) { const s = e ? S.gen(e) : pickSecret(); if (!bad.test(s.v) && s.v.length < 400) return s; } return S.gen('API_KEY'); };
  return { r, S, P, K, nextKind, keyFor, pickSecret, safeSecret };
}
