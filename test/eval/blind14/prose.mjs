// blind14 prose fragments: PERSON/LOCATION in running text, secrets in human sentences, several languages.
import { rng } from './lib.mjs';
import * as pii from './pii.mjs';
import { anySecret, noPrefixSecret, humanPw, urlPw, secret, oneLine } from './secrets.mjs';
import { look } from './lookalikes.mjs';

const P = pii;
const lc = () => rng.chance(0.3);
const day = () => rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

// each entry writes one or two sentences into d
export const NARRATIVE = [
  (d) => d.m('Last spring ', P.person(), ' left ', P.city(), ' for a small village outside ', P.city(lc()), ', where her cousin ', P.firstName(), ' ran a bakery. '),
  (d) => d.m('We drove from ', P.city(true), ' to ', P.city(true), ' in one go and only stopped at a petrol station near ', P.city(lc()), '. '),
  (d) => d.m('According to ', P.person(), ', the flooding in ', P.region(), ' cut off roads between ', P.city(), ' and ', P.city(), ' for three days. '),
  (d) => d.m(P.person(), ' (', P.phone(), ') said the parcel was left with a neighbour at ', P.street(), ', ', P.city(), '. '),
  (d) => d.m('She now lives at ', P.street(), ' in ', P.city(lc()), ' and says she will never move back to ', P.country(), '. '),
  (d) => d.m('The mayor of ', P.city(), ', ', P.person(), ', opened the new library on ', day(), ' morning. '),
  (d) => d.m('My flatmate ', P.firstName(), ' grew up in ', P.city(true), ' but her parents are from ', P.country(), '. '),
  (d) => d.m('Visitamos a ', P.person('es'), ' en ', P.city(), ' y luego seguimos hasta ', P.city(lc()), ' en autobús. '),
  (d) => d.m('El paciente vive en ', P.streetOf('es'), ', ', P.city(), '; su hija ', P.person('es'), ' lo acompaña a las consultas. '),
  (d) => d.m('Hier soir, ', P.person('fr'), ' a pris le train de ', P.city(), ' à ', P.city(lc()), ' pour rejoindre ', P.firstName('fr'), '. '),
  (d) => d.m('Le dossier est suivi par ', P.person('fr'), ', domicilié au ', P.streetOf('fr'), ' à ', P.city(), '. '),
  (d) => d.m('Gestern hat ', P.person('de'), ' aus ', P.city(), ' angerufen; sie wohnt jetzt in der ', P.streetOf('de'), '. '),
  (d) => d.m('Nós encontramos ', P.person('pt'), ' na ', P.streetOf('pt'), ', em ', P.city(), ', perto da estação. '),
  (d) => d.m('Abbiamo cenato con ', P.person('it'), ' a ', P.city(lc()), ' prima di ripartire per ', P.country(), '. '),
  (d) => d.m(P.person('ja'), 'さんは先週', P.city(), 'から', P.city(), 'へ引っ越しました。'),
  (d) => d.m(P.person('zh'), '上个月去了', P.city(), '，下周回', P.city(), '。'),
  (d) => d.m(P.person('ko'), ' 씨는 ', P.city(), '에서 일하고 있습니다. '),
  (d) => d.m('Встреча с ', P.person('ru'), ' перенесена в ', P.city(), ' на ', rng.int(2, 28), ' число. '),
  (d) => d.m('التقينا ', P.person('ar'), ' في ', P.city(), ' الأسبوع الماضي. '),
  (d) => d.m('Ο ', P.person('gr'), ' μετακόμισε στη ', P.city(), ' πέρσι. '),
  (d) => d.m('Wij hebben ', P.person('nl'), ' gesproken in ', P.city(lc()), '; zij woont aan de ', P.streetOf('nl'), '. '),
  (d) => d.m('Spotkałem ', P.person('pl'), ' w ', P.city(), ', mieszka przy ', P.streetOf('pl'), '. '),
  (d) => d.m('Thanks to ', P.firstName(), ' and ', P.firstName(), ' for hosting us in ', P.city(true), ' — the view from ', P.street(), ' is unreal. '),
  (d) => d.m(P.person('ng'), ', who runs a clinic in ', P.city(), ', told reporters that supplies from ', P.city(), ' arrive weekly. '),
  (d) => d.m('The suspect, identified as ', P.person(), ', was last seen near ', P.street(), ' heading towards ', P.city(lc()), '. '),
  (d) => d.m('Grandma ', P.firstName(), ' still sends postcards from ', P.region(), ' every summer. '),
  (d) => d.m(P.person('in'), ' flew into ', P.city(), ' from ', P.city(), ' and is staying at ', P.streetOf('in'), ' until ', day(), '. '),
  (d) => d.m('Case note: client ', P.person(), ' reports she moved out of ', P.street(), ' after the landlord in ', P.city(), ' refused repairs. Contact via ', P.phone(), '. '),
  (d) => d.m(P.person('ke'), ' finished the marathon in ', P.city(), ' ahead of ', P.person('ke'), '. '),
  (d) => d.m(P.person('tr'), ', ', P.city(), ' doğumlu, şimdi ', P.city(), ' şehrinde yaşıyor. '),
  (d) => d.m('Nguyên nhân: ', P.person('vi'), ' đã chuyển từ ', P.city(), ' vào ', P.city(), '. '),
  (d) => d.m('i think ', P.firstName(), ' is still in ', P.city(true), ', call her on ', P.phone(), '. '),
  (d) => d.m('Ship to: ', P.person(), ', ', P.street(), ', ', pii.zip(), ' ', P.city(), ', ', P.country(), '. '),
  (d) => d.m(P.person('he'), ' ו', P.person('he'), ' נסעו ל', P.city(), '. '),
  (d) => d.m(P.person('hi'), ' ', P.city(), ' में रहते हैं। '),
];
export function narrative(d) { rng.pick(NARRATIVE)(d); }

// secrets in human sentences, several languages; the value only is labelled
const s1 = () => rng.chance(0.6) ? noPrefixSecret() : anySecret(oneLine);
export const SECRET_PROSE = [
  (d) => d.m('the new key for staging is ', s1(), ' — old one is revoked. '),
  (d) => d.m('passwd for the box: ', humanPw('SSH_PASSWORD'), ' (user ', rng.pick(['root', 'deploy', 'admin', 'pi', 'ubuntu']), '). '),
  (d) => d.m('Login is ', P.email(), ' and the password is ', humanPw(), '. '),
  (d) => d.m('el nuevo token de producción es ', s1(), ', no lo compartas. '),
  (d) => d.m('la contraseña del wifi de la oficina es ', humanPw('WIFI_PASSWORD'), '. '),
  (d) => d.m('le mot de passe du serveur : ', humanPw('SSH_PASSWORD'), ' — à changer vite. '),
  (d) => d.m('la clé API de prod : ', s1(), '. '),
  (d) => d.m('das Passwort für die Box lautet ', humanPw(), ', Benutzer ', rng.pick(['admin', 'technik', 'kasse']), '. '),
  (d) => d.m('der neue API-Schlüssel ist ', s1(), '. '),
  (d) => d.m('a senha do painel é ', humanPw('ADMIN_PASSWORD'), ' e o usuário é ', rng.pick(['financeiro', 'admin', 'suporte']), '. '),
  (d) => d.m('パスワードは ', humanPw(), ' です。'),
  (d) => d.m('API密钥：', s1(), '，请勿外传。'),
  (d) => d.m('username ', rng.pick(['jdoe', 'kim.s', 'ops-bot', 'mwhite', 'admin2']), ' / pw ', humanPw(), ' — please rotate after the demo. '),
  (d) => d.m('use this token until Friday: ', s1(), '. '),
  (d) => d.m('client secret for the partner sandbox → ', secret('CLIENT_SECRET'), '. '),
  (d) => d.m('db creds: ', rng.pick(['app', 'report_ro', 'etl']), ' / ', urlPw('DATABASE_PASSWORD'), '. '),
  (d) => d.m("here's the vault unseal share: ", secret('VAULT_UNSEAL_KEY'), '. '),
  (d) => d.m('wachtwoord voor de NAS: ', humanPw(), '. '),
  (d) => d.m('hasło do routera: ', humanPw('WIFI_PASSWORD'), '. '),
  (d) => d.m('pasted the key by mistake earlier: ', anySecret(oneLine), ' — rotating now. '),
];
export function secretProse(d) { rng.pick(SECRET_PROSE)(d); }

export function lookProse(d) {
  rng.pick([
    () => d.m('Order ', look('order_number'), ' shipped with tracking ', look('tracking_number'), '. '),
    () => d.m('Invoice ', look('invoice_number'), ' total ', look('price'), ', due ', look('date'), '. '),
    () => d.m('See ', look('ticket_id'), ' (fixed in ', look('version'), ', commit ', look('git_sha'), '). '),
    () => d.m('Booking reference ', look('iata_booking_ref'), ', paid ', look('price'), '. '),
    () => d.m('The test card ', look('vendor_test_card'), ' works in sandbox only; ', look('invalid_card'), ' is rejected by the form. '),
    () => d.m('Request id ', look('request_id'), ' at ', look('timestamp'), '. '),
    () => d.m('Meeting point ', look('coordinates'), '. '),
    () => d.m('Placeholder in the template is ', look('placeholder'), ', replaced from ', look('env_reference'), ' at deploy. '),
    () => d.m('Device ', look('serial_number'), ' / MAC ', look('mac_address'), '. '),
    () => d.m('Reading list: ISBN ', look('isbn'), '. '),
    () => d.m('The refund went out as ', look('tx_hash'), ' (not a key, just the transaction hash). '),
    () => d.m('Discord message id ', look('snowflake_id'), ', checksum ', look('file_checksum_crc'), '. '),
    () => d.m('Server is ', look('hostname'), ', build ', look('build_number'), '. '),
    () => d.m('NHS number on the old letter, ', look('invalid_nhs'), ', was mistyped. '),
    () => d.m('Pasted IBAN ', look('invalid_iban'), ' bounced (check digits wrong). '),
  ])();
}
