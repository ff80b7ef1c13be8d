// node test/eval/train21/selftest.mjs — feeds the validator deliberately broken documents and
// checks that every rule fires (exit 1 if a broken document passes).
import { validateDoc } from './validate.mjs';
import { Doc, S, P, L } from './doc.mjs';
import { rngFor } from './prng.mjs';
import { jwt } from './secrets.mjs';

const pad = ' filler text so that the document is long enough to pass the size rule of the set.'.repeat(3);
function mk(parts, mutate) {
  const d = new Doc('selftest'); d.add(parts); d.add('\n' + pad);
  const doc = { id: 'train21-selftest-0001', kind: 'selftest', text: d.text(), labels: d.labels, lookalikes: d.lookalikes, meta: {} };
  if (mutate) mutate(doc);
  return doc;
}
const r = rngFor('selftest');
const b64 = (s) => Buffer.from(s).toString('base64');
// real-world host names are assembled at run time so that no file of the set spells one out
const host = (...p) => p.join('.');
const cases = {
  'clean document passes': [mk(['key=', S('DATABASE_PASSWORD', 'Walnut#2231')]), 0],
  'bytes differ from value': [mk(['key=', S('DATABASE_PASSWORD', 'Walnut#2231')], (d) => { d.labels[0].value = 'Walnut#2232'; }), 1],
  'overlapping spans': [mk(['key=', S('DATABASE_PASSWORD', 'Walnut#2231')], (d) => { d.lookalikes.push({ start: d.labels[0].start + 2, end: d.labels[0].end, what: 'hash', value: 'lnut#2231' }); }), 1],
  'whitespace at span edge': [mk(['key=', S('DATABASE_PASSWORD', 'Walnut#2231 ')]), 1],
  'span out of range': [mk(['key=', S('DATABASE_PASSWORD', 'Walnut#2231')], (d) => { d.labels[0].end = 99999; }), 1],
  'too small': [{ id: 'train21-selftest-0001', kind: 'x', text: 'tiny', labels: [], lookalikes: [], meta: {} }, 1],
  'non-Presidio PII entity': [mk(['name: ', P('PERSON_NAME', 'Nino Beridze')]), 1],
  'card fails Luhn': [mk(['card ', P('CREDIT_CARD', '4111 1111 1111 1112')]), 1],
  'vendor test card labelled as PII': [mk(['card ', P('CREDIT_CARD', '4242 4242 4242 4242')]), 1],
  'IBAN fails mod 97': [mk(['iban ', P('IBAN_CODE', 'DE89370400440532013001')]), 1],
  'SSN area 666': [mk(['ssn ', P('US_SSN', '666-12-3456')]), 1],
  'ITIN group out of range': [mk(['itin ', P('US_ITIN', '912-40-1234')]), 1],
  'NHS fails mod 11': [mk(['nhs ', P('UK_NHS', '943 476 5918')]), 1],
  'DEA checksum': [mk(['dea ', P('MEDICAL_LICENSE', 'AB1234564')]), 1],
  'BTC checksum': [mk(['btc ', P('CRYPTO', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr')]), 1],
  'GitHub token checksum': [mk(['t=', S('GITHUB_PERSONAL_ACCESS_TOKEN', 'ghp_' + 'a'.repeat(36))]), 1],
  'AWS key shape': [mk(['k=', S('AWS_ACCESS_KEY', 'AKIA1234567890123456')]), 1],
  'JWT header without alg': [mk(['t=', S('JSON_WEB_TOKEN', Buffer.from('{"typ":"JWT"}').toString('base64url') + '.' + Buffer.from('{"sub":"1"}').toString('base64url') + '.abc')]), 1],
  'JWT valid': [mk(['t=', S('JSON_WEB_TOKEN', jwt(r))]), 0],
  'PEM with broken DER': [mk(['k=', S('RSA_PRIVATE_KEY', '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\n-----END RSA PRIVATE KEY-----')]), 1],
  'basic auth without colon': [mk(['Authorization: Basic ', S('BASIC_AUTH_CREDENTIALS', b64('justauser'))]), 1],
  'docker auth ok': [mk(['"auth": "', S('DOCKER_REGISTRY_AUTH', b64('ci:Walnut#2231')), '"']), 0],
  'invalid_card that passes Luhn': [mk(['x ', L('invalid_card', '4111111111111111')]), 1],
  'vendor_test_card that fails Luhn': [mk(['x ', L('vendor_test_card', '4242424242424243')]), 1],
  'invalid_ssn that is valid': [mk(['x ', L('invalid_ssn', '123-45-6789')]), 1],
  'invalid_ssn that is a valid ITIN': [mk(['x ', L('invalid_ssn', '912-70-1234')]), 1],
  'real URL host': [mk([`see https://${host('api', 'vendor-cloud', 'com')}/v1 now`]), 1],
  'URL host under .example': [mk(['see https://api.vendor-cloud.example/v1 now']), 0],
  'real e-mail domain': [mk(['mail ', P('EMAIL_ADDRESS', `nino@${host('webmail', 'com')}`)]), 1],
  'code-hosting host name in text': [mk([`clone from ${host('git' + 'hub', 'com')}/acme/app`]), 1],
  'registry host inside base64 of a span': [mk(['auth ', S('KUBERNETES_SECRET_DATA', b64(`see ${host('registry', 'npm' + 'js', 'org')}/x`))]), 1],
  'secret containing EXAMPLE': [mk(['k=', S('API_KEY', 'abcEXAMPLEdef1234567890')]), 1],
  'unknown secret entity': [mk(['k=', S('NOT_A_KIND', 'abcdef1234567890')]), 1],
};
let bad = 0;
for (const [name, [doc, expectFail]] of Object.entries(cases)) {
  const errs = validateDoc(doc);
  const ok = expectFail ? errs.length > 0 : errs.length === 0;
  if (!ok) { bad++; console.error(`FAIL ${name}: ${errs.join('; ') || 'no violation reported'}`); }
}
console.log(`${Object.keys(cases).length - bad} passed, ${bad} failed`);
process.exit(bad ? 1 : 0);
