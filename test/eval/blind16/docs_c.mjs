// blind16 document kinds, part C: key material, identity verification, pharmacy rosters, trailers.
import { A, rs, int, pick, chance, pad, S, P, L, T } from './lib.mjs';
import { nextPem, sec, NOPREFIX } from './secrets.mjs';
import * as pi from './pii.mjs';
import * as lk from './lookalikes.mjs';

export function keyMaterial(d) {
  const p = nextPem(); const r = int(0, 3);
  if (r === 0) d.w`$ ls -la ~/.ssh\n-rw------- 1 ${pick(['deploy', 'ubuntu', 'ops'])} staff  ${String(int(400, 3300))} ${lk.date()} id_key\n-rw-r--r-- 1 deploy staff  ${String(int(90, 750))} ${lk.date()} id_key.pub\n$ cat ~/.ssh/id_key.pub\n${lk.publicKey()} ${pi.email()}\n$ cat ~/.ssh/id_key\n${p}\n`;
  else if (r === 1) d.w`{"kid": "${lk.uuid()}", "created": "${lk.timestamp()}", "public": "${lk.publicKey()}",\n "key": "${S(p.e, p.v.replace(/\n/g, '\\n'))}",\n "fingerprint": "${lk.hash()}"}\n`;
  else if (r === 2) d.w`# nginx/ssl bundle (${lk.hostname()})\n${lk.certificate()}\n${p}\n# renewed by ${pi.person()} ${lk.date()}\n`;
  else { const ind = p.v.split('\n').map((l) => '      ' + l).join('\n').slice(6); d.w`apiVersion: v1\nkind: ConfigMap   # wrong kind for a key!\nmetadata:\n  name: tls-${rs(A.alnumLo, 5)}\n  resourceVersion: "${lk.k8sRv()}"\ndata:\n  tls.key: |\n      ${S(p.e, ind)}\n  ca.crt: ${lk.sriNonce()}\n`; }
}

export function kyc(d) {
  const nm = pi.personName(pick(['us', 'us', 'en', 'es', 'in', 'zh', 'ko']));
  const dl = pi.dl();
  d.w`Identity verification — applicant ${P('PERSON', nm)}\nCase ${lk.ticketId()} / session ${lk.uuid()}\n\n`;
  d.w`Document 1: US passport ${pi.passport()}, issued ${lk.date()}\nDocument 2: ${dl.st} driver's license ${dl.span}\nSSN provided: ${pi.ssn()}\n`;
  if (chance(0.7)) d.w`Applicant also listed ITIN ${pi.itin()} for a dependent, ${pi.person('us')}.\n`;
  d.w`Residential address: ${pi.street()}, ${pi.city()}, ${pi.country()}\nPhone ${pi.phone('US')}, email ${pi.emailFor(nm)}\nPayout account ${pi.bankAcct()} (routing ${pick(['021000021', '121000358'])})\nDevice IP ${pi.clientIp()}, device ${lk.macAddr()}\nReviewer note: example numbers from the training deck (${lk.invalidSsn()}, ${lk.testCard()}) were rejected correctly.\n`;
}

export function pharmacy(d) {
  d.w`Controlled-substance log — ${pi.city()} pharmacy — week of ${lk.date()}\nPatient | NHS no. | Prescriber | DEA | Item\n`;
  for (let i = 0; i < int(3, 6); i++) {
    const doc = pi.personName('en'); const last = doc.split(' ').pop();
    d.w`${pi.person(pick(['en', 'in', 'pl', 'ng', 'ar']))} | ${pi.nhs()} | Dr ${P('PERSON', doc)} | ${pi.dea(last)} | ${lk.sku()}\n`;
  }
  d.w`Rejected entry: NHS ${lk.invalidNhs()} (check digit wrong), re-keyed by ${pi.person()}.\nPharmacist on duty: ${pi.person()} ${pi.phone('GB')}\n`;
}

const TRAILERS = [
  () => T`\nref: ${lk.anyLook()}\n`,
  () => T`\n-- exported ${lk.timestamp()} (${lk.anyLook()})\n`,
  () => T`\n# see also ${lk.cve()} and ${lk.anyLook()}\n`,
  () => T`\n[meta] trace ${lk.traceparent()} sku ${lk.sku()}\n`,
  () => T`\n<!-- logo ${lk.dataUri()} -->\n`,
  () => T`\nnode ${lk.macAddr()} / ${lk.ulid()} / ${lk.semverRange()}\n`,
  () => T`\nattachment sha ${lk.digest()}, nonce ${lk.sriNonce()}\n`,
  () => T`\ntest card for QA: ${lk.testCard()}; pubkey ${lk.publicKey()}\n`,
];
export const trailer = (d) => d.add(pick(TRAILERS)());
