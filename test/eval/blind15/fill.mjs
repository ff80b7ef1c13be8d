// blind15 template filler: "{PERSON} flew to {city}" -> token list for Doc.add
import { A, S } from './lib.mjs';
import * as pii from './pii.mjs';
import { KINDS, KIND_NAMES, PASSWORDY, NOPREFIX, cycler } from './secrets.mjs';
import { LOOK, LOOK_NAMES } from './lookalikes.mjs';
import { L } from './lib.mjs';

export function makeFiller(r) {
  const anySec = cycler(r, KIND_NAMES), pwSec = cycler(r, PASSWORDY), npSec = cycler(r, NOPREFIX), anyLook = cycler(r, LOOK_NAMES);
  const sec = (e) => S(e, KINDS[e](r));
  const neutral = {
    dob: () => `${r.int(1950, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    url: () => `https://${r.pick(['docs', 'portal', 'status', 'wiki'])}.${r.pick(['acme', 'northwind', 'globex'])}.example/${r.pick(['help', 'v2/items', 'runbooks/db', 'billing'])}`,
    company: () => r.pick(['Northwind Traders', 'Globex Logistics GmbH', 'Umbrella Analytics', 'Initech SARL', 'Hooli Cloud', 'Vandelay Imports', 'Soylent Foods Ltda', 'Stark Freight BV', 'Wayne Biotech', 'Tyrell Systems KK']),
    zip: () => r.pick([r.digits(5), `${r.str(A.UP, 2)}${r.int(1, 9)} ${r.int(1, 9)}${r.str(A.UP, 2)}`, r.digits(4) + ' ' + r.str(A.UP, 2)]),
    aba: () => { const b = r.pick(['0', '1', '2', '3']) + r.digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += w[i] * +b[i]; return b + ((10 - s % 10) % 10); },
    ip: () => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, '127.0.0.1', '::1']),
    user: () => r.pick(['deploy', 'svc_reports', 'jdoe', 'admin', 'root', 'ci-runner', 'backup', 'mkowal', 'apiuser', 'readonly', 'etl_loader', 'sysop']),
    host: () => r.pick(['db-01', 'pg-primary', 'redis-cache', 'mq-02', 'bastion', 'ldap-1', 'smtp-relay']) + (r.chance(0.5) ? '' : '.' + r.pick(['corp.example', 'svc.test', 'internal.invalid'])),
    svc: () => r.pick(['billing', 'search', 'ledger', 'notifier', 'checkout', 'gateway', 'ingest']),
    n: () => String(r.int(2, 500)),
  };
  const R = {
    PERSON: () => pii.PERSON(r), FIRST: () => ({ fam: 'pii', entity: 'PERSON', value: pii.firstName(r) }),
    person_lc: () => ({ fam: 'pii', entity: 'PERSON', value: pii.personName(r, r.pick(['en', 'es', 'de', 'it', 'pt', 'ng', 'pl'])).toLowerCase() }),
    LATIN: () => pii.PERSON(r, r.pick(['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'tr', 'ar', 'hi', 'ng', 'sw', 'ru'])),
    SCRIPT: () => pii.PERSON(r, r.pick(['ar_s', 'hi_s', 'zh_s', 'ja_s', 'ko_s', 'ru_s', 'el_s', 'he_s', 'vi'])),
    CITY: () => pii.CITY(r), city: () => pii.city_lc(r), COUNTRY: () => pii.COUNTRY(r), ADDR: () => pii.ADDR(r),
    PHONE: () => pii.PHONE(r), EMAIL: () => pii.EMAIL(r), IP: () => pii.IP(r), CARD: () => pii.CARD(r), IBAN: () => pii.IBAN(r),
    SSN: () => pii.SSN(r), ITIN: () => pii.ITIN(r), PASSPORT: () => pii.PASSPORT(r), DL: () => pii.DL(r), BANK: () => pii.BANKACCT(r),
    BTC: () => pii.BTC(r), DEA: () => pii.DEA(r), NHS: () => pii.NHS(r),
    SEC: () => sec(anySec()), PW: () => sec(pwSec()), NOPRE: () => sec(npSec()), LK: () => { const w = anyLook(); return L(w, LOOK[w](r)); },
  };
  function fill(tpl) {
    const out = []; let last = 0;
    for (const m of tpl.matchAll(/\{([A-Za-z_]+)(?::([A-Za-z0-9_]+))?\}/g)) {
      out.push(tpl.slice(last, m.index)); last = m.index + m[0].length;
      const [, k, arg] = m;
      if (k === 'S') out.push(sec(arg));
      else if (k === 'L') out.push(L(arg, LOOK[arg](r)));
      else if (k === 'n') out.push(neutral[arg]());
      else if (R[k]) out.push(R[k]());
      else throw new Error('bad placeholder ' + m[0]);
    }
    out.push(tpl.slice(last));
    return out;
  }
  return { fill, sec, anySec, pwSec, npSec, anyLook, neutral, R };
}
