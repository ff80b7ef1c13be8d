// Support, sales and back-office document kinds: tickets, CRM notes, e-mail, chat, meetings,
// shipping and delivery papers, forms, school records, invoices, HR, banking, tax, pharmacy,
// crypto ledgers and calendar invites.
import { Doc, S, P, L, cat, emitJSON, emitYAML, textOf, xmlEsc, mapItem, mdTable, delimited, dispWidth } from './doc.mjs';
import { sayPieces, notePieces } from './kinds_data.mjs';
import { genSecret } from './secrets.mjs';
import { lk, fmtTs } from './lookalikes.mjs';
import { LOCALES } from './places.mjs';
import { LANG_CC } from './ctx.mjs';

const CARD_L = { en: 'Card', de: 'Karte', fr: 'Carte', es: 'Tarjeta', it: 'Carta', pt: 'Cartão', nl: 'Kaart', pl: 'Karta', ru: 'Карта', uk: 'Картка', tr: 'Kart', el: 'Κάρτα', ja: 'カード', zh: '卡号', ko: '카드', ar: 'البطاقة', he: 'כרטיס', hi: 'कार्ड', th: 'บัตร', vi: 'Thẻ', id: 'Kartu', sv: 'Kort' };
const CHAT_L = {
  en: [['call ', 'his mobile: ', 'her number: '], ['ship it to ', 'new address: '], ['customer read me the card over the phone: ', 'card for the deposit ']],
  de: [['Handy: ', 'Tel. ', 'ruf mal an: '], ['Adresse: ', 'Lieferung an '], ['Kundin hat die Karte durchgegeben: ', 'Karte für die Anzahlung: ']],
  fr: [['tél. ', 'son portable : '], ['adresse : ', 'livrer à '], ['la cliente m’a dicté sa carte : ']],
  es: [['móvil: ', 'tel. '], ['dirección: ', 'enviar a '], ['tarjeta del cliente: ']],
  it: [['cell. ', 'tel. '], ['indirizzo: '], ['carta del cliente: ']], pt: [['cel. ', 'tel. '], ['endereço: '], ['cartão do cliente: ']],
  ru: [['номер: ', 'тел. '], ['адрес: '], ['номер карты: ']], uk: [['номер: '], ['адреса: '], ['номер картки: ']], pl: [['tel. ', 'komórka: '], ['adres: '], ['karta klienta: ']],
  tr: [['cep: ', 'tel. '], ['adres: '], ['müşterinin kartı: ']], ja: [['電話: ', '携帯: '], ['住所: ', '送り先: '], ['お客様のカード番号: ']], zh: [['电话: ', '手机: '], ['地址: '], ['客户卡号: ']],
  ko: [['전화: ', '휴대폰: '], ['주소: '], ['고객 카드번호: ']], el: [['τηλ. '], ['διεύθυνση: '], ['κάρτα πελάτη: ']], ar: [['هاتف: '], ['العنوان: '], ['بطاقة العميل: ']], he: [['טלפון: '], ['כתובת: '], ['כרטיס של הלקוח: ']],
  hi: [['फ़ोन: '], ['पता: '], ['ग्राहक का कार्ड: ']], th: [['โทร '], ['ที่อยู่: '], ['บัตรลูกค้า: ']], vi: [['SĐT: '], ['địa chỉ: '], ['thẻ của khách: ']], id: [['HP: '], ['alamat: '], ['kartu pelanggan: ']], sv: [['mobil: '], ['adress: '], ['kundens kort: ']], nl: [['mobiel: '], ['adres: '], ['kaart van de klant: ']],
};
const SUBMIT_L = { en: 'Submitted', de: 'Eingereicht', fr: 'Envoyé le', es: 'Enviado', it: 'Inviato', pt: 'Enviado em', nl: 'Verzonden', pl: 'Wysłano', ja: '送信日時', ko: '제출 일시', el: 'Υποβλήθηκε', tr: 'Gönderildi', ar: 'أُرسل', he: 'נשלח', hi: 'जमा किया गया', th: 'ส่งเมื่อ', vi: 'Gửi lúc', id: 'Dikirim', ru: 'Отправлено', zh: '提交时间', sv: 'Skickad', uk: 'Надіслано' };
const BANK_L = { en: ['Date', 'Description', 'Amount', 'Transfer from ', 'Card payment ', 'Direct debit ', 'ATM '], de: ['Datum', 'Verwendungszweck', 'Betrag', 'Gutschrift ', 'Kartenzahlung ', 'SEPA-Lastschrift ', 'Geldautomat '], fr: ['Date', 'Libellé', 'Montant', 'Virement de ', 'Paiement CB ', 'Prélèvement ', 'Retrait DAB '], es: ['Fecha', 'Concepto', 'Importe', 'Transferencia de ', 'Pago con tarjeta ', 'Adeudo ', 'Cajero '], it: ['Data', 'Descrizione', 'Importo', 'Bonifico da ', 'Pagamento carta ', 'Addebito SDD ', 'Prelievo '], nl: ['Datum', 'Omschrijving', 'Bedrag', 'Overboeking van ', 'Betaalpas ', 'Incasso ', 'Geldautomaat '], pl: ['Data', 'Opis', 'Kwota', 'Przelew od ', 'Płatność kartą ', 'Polecenie zapłaty ', 'Bankomat '], tr: ['Tarih', 'Açıklama', 'Tutar', 'Gelen havale ', 'Kart ödemesi ', 'Otomatik ödeme ', 'ATM '], pt: ['Data', 'Descrição', 'Valor', 'Transferência de ', 'Pagamento cartão ', 'Débito direto ', 'Levantamento '] };
const SCHOOLS = { en: ['Orbit School', 'Northfield Academy'], fr: ['Lycée Jean Moulin', 'Collège Victor Hugo'], es: ['Colegio San Martín', 'IES Miguel Hernández'], de: ['Gesamtschule Nord', 'Gymnasium am Park'], ja: ['桜ヶ丘中学校', '青葉小学校'], ko: ['한빛초등학교', '새솔중학교'], el: ['1ο Γυμνάσιο Αθηνών', '3ο Λύκειο'], pl: ['Liceum nr 3', 'Szkoła Podstawowa nr 12'], tr: ['Atatürk Anadolu Lisesi'], ru: ['Школа № 57', 'Гимназия № 2'], it: ['Liceo Galilei'], pt: ['Escola Estadual Tiradentes'], zh: ['实验中学'], th: ['โรงเรียนวัดสุทธิ'], vi: ['Trường THCS Lê Lợi'], id: ['SMP Negeri 5'], hi: ['केंद्रीय विद्यालय'], ar: ['مدرسة النور'], he: ['בית ספר הרצל'], nl: ['Het Baarnsch Lyceum'] };

const n = (c, base) => Math.max(1, Math.round(base * c.scale));
const pad = (s, w) => s + ' '.repeat(Math.max(0, w - dispWidth(s)));
const lbl = (table, lang) => table[lang] || table.en;
// slots for running text tied to one person (their own address and phone)
const own = (c, p, extra = {}) => ({ ...c.slots(), name: c.N(p), street: c.Street(p), city: c.City(p), phone: c.Ph(p), email: c.E(p), user: c.user(p), ...extra });

// ------------------------------------------------------------------ support_ticket
const TK = {
  en: ['Ticket', 'Status', 'Priority', 'Requester', 'Phone', 'Created', 'Channel', 'Internal note', 'Agent', 'Open', 'High'],
  de: ['Ticket', 'Status', 'Priorität', 'Anfragende/r', 'Telefon', 'Erstellt', 'Kanal', 'Interne Notiz', 'Bearbeiter/in', 'Offen', 'Hoch'],
  fr: ['Ticket', 'Statut', 'Priorité', 'Demandeur', 'Téléphone', 'Créé le', 'Canal', 'Note interne', 'Agent', 'Ouvert', 'Haute'],
  es: ['Ticket', 'Estado', 'Prioridad', 'Solicitante', 'Teléfono', 'Creado', 'Canal', 'Nota interna', 'Agente', 'Abierto', 'Alta'],
  it: ['Ticket', 'Stato', 'Priorità', 'Richiedente', 'Telefono', 'Creato', 'Canale', 'Nota interna', 'Operatore', 'Aperto', 'Alta'],
  pt: ['Chamado', 'Status', 'Prioridade', 'Solicitante', 'Telefone', 'Criado em', 'Canal', 'Nota interna', 'Atendente', 'Aberto', 'Alta'],
  nl: ['Ticket', 'Status', 'Prioriteit', 'Aanvrager', 'Telefoon', 'Aangemaakt', 'Kanaal', 'Interne notitie', 'Medewerker', 'Open', 'Hoog'],
  pl: ['Zgłoszenie', 'Status', 'Priorytet', 'Zgłaszający', 'Telefon', 'Utworzono', 'Kanał', 'Notatka wewnętrzna', 'Konsultant', 'Otwarte', 'Wysoki'],
  ru: ['Заявка', 'Статус', 'Приоритет', 'Заявитель', 'Телефон', 'Создана', 'Канал', 'Внутренняя заметка', 'Оператор', 'Открыта', 'Высокий'],
  tr: ['Talep', 'Durum', 'Öncelik', 'Talep eden', 'Telefon', 'Oluşturma', 'Kanal', 'Dahili not', 'Temsilci', 'Açık', 'Yüksek'],
  ja: ['チケット', 'ステータス', '優先度', '依頼者', '電話', '作成日時', 'チャネル', '社内メモ', '担当者', '未対応', '高'],
  zh: ['工单', '状态', '优先级', '提交人', '电话', '创建时间', '渠道', '内部备注', '客服', '待处理', '高'],
  ko: ['티켓', '상태', '우선순위', '요청자', '전화', '생성일', '채널', '내부 메모', '상담원', '열림', '높음'],
  ar: ['تذكرة', 'الحالة', 'الأولوية', 'مقدم الطلب', 'الهاتف', 'تاريخ الإنشاء', 'القناة', 'ملاحظة داخلية', 'الموظف', 'مفتوحة', 'عالية'],
  he: ['פנייה', 'סטטוס', 'עדיפות', 'פונה', 'טלפון', 'נוצרה', 'ערוץ', 'הערה פנימית', 'נציג', 'פתוחה', 'גבוהה'],
  el: ['Αίτημα', 'Κατάσταση', 'Προτεραιότητα', 'Αιτών', 'Τηλέφωνο', 'Δημιουργήθηκε', 'Κανάλι', 'Εσωτερική σημείωση', 'Εκπρόσωπος', 'Ανοιχτό', 'Υψηλή'],
  hi: ['टिकट', 'स्थिति', 'प्राथमिकता', 'अनुरोधकर्ता', 'फ़ोन', 'बनाया गया', 'चैनल', 'आंतरिक नोट', 'एजेंट', 'खुला', 'उच्च'],
  th: ['ตั๋ว', 'สถานะ', 'ความสำคัญ', 'ผู้แจ้ง', 'โทรศัพท์', 'สร้างเมื่อ', 'ช่องทาง', 'บันทึกภายใน', 'เจ้าหน้าที่', 'เปิด', 'สูง'],
  vi: ['Phiếu', 'Trạng thái', 'Ưu tiên', 'Người yêu cầu', 'Điện thoại', 'Tạo lúc', 'Kênh', 'Ghi chú nội bộ', 'Nhân viên', 'Mở', 'Cao'],
  id: ['Tiket', 'Status', 'Prioritas', 'Pemohon', 'Telepon', 'Dibuat', 'Kanal', 'Catatan internal', 'Agen', 'Terbuka', 'Tinggi'],
  sv: ['Ärende', 'Status', 'Prioritet', 'Beställare', 'Telefon', 'Skapad', 'Kanal', 'Intern anteckning', 'Handläggare', 'Öppen', 'Hög'],
  uk: ['Звернення', 'Статус', 'Пріоритет', 'Заявник', 'Телефон', 'Створено', 'Канал', 'Внутрішня нотатка', 'Оператор', 'Відкрите', 'Високий'],
};
function supportTicket(c, d) {
  const r = c.r;
  const l = lbl(TK, c.lang);
  const p = c.person();
  const agent = c.person({ lang: c.lang });
  const form = r.pick(['text', 'text', 'json']);
  if (form === 'json') {
    const thread = [{ author: c.N(p), at: c.ts('isoZ'), body: cat(...sayPieces(c, 'ticket', own(c, p))) }];
    if (r.chance(0.8)) thread.push({ author: c.N(p), at: c.ts('isoZ'), body: cat(...sayPieces(c, 'ticketPw', own(c, p))) });
    thread.push({ author: c.N(agent), at: c.ts('isoZ'), body: cat(...sayPieces(c, 'agent', own(c, p))), public: true });
    emitJSON(d, { ticket: { id: c.look('ticket_id'), subject: r.pick(['Delivery', 'Login', 'Refund', 'Address change']), requester: { name: c.N(p), email: c.E(p), phone: c.Ph(p), ip: c.ip() }, tags: ['web', c.lang], created_at: c.ts('isoZ'), comments: thread } }, { indent: 2 });
    d.t('\n');
    return d;
  }
  d.f`${l[0]} ${c.look('ticket_id')} · ${l[1]}: ${l[9]} · ${l[2]}: ${l[10]}\n${l[3]}: ${c.N(p)} <${c.E(p)}>\n${l[4]}: ${c.Ph(p)}\n${l[5]}: ${c.ts(r.pick(['space', 'isoOff']))}\n${l[6]}: ${r.pick(['email', 'web', 'chat', 'phone'])}\n\n`;
  d.f`--- ${c.N(p)} · ${c.ts('hm')}\n`;
  c.say(d, 'hello', { name: c.N(agent) }); d.t('\n');
  c.say(d, 'ticket', own(c, p)); d.t('\n');
  if (r.chance(0.8)) { c.say(d, 'ticketPw', own(c, p)); d.t('\n'); }
  if (r.chance(0.2)) { d.t(r.pick(['IMEI: ', 'Device IMEI ', 'IMEI/SN: '])); d.put(c.look('imei')); d.t('\n'); }
  if (r.chance(0.2)) { d.t(r.pick(['Declined: ', 'Abgelehnt: ', 'Refusée : ', 'Rechazada: '])); d.put(c.look(r.pick(['invalid_card', 'vendor_test_card']))); d.t('\n'); }
  if (r.chance(0.45)) { d.t(`${CARD_L[c.lang] || CARD_L.en}: `); d.put(c.card()); d.t(` exp ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(25, 30)}\n`); }
  c.say(d, 'bye', {}); d.t('\n'); d.put(c.N(p)); d.t('\n\n');
  d.f`--- ${c.N(agent)} (${l[8]}) · ${c.ts('hm')}\n`;
  c.say(d, 'agent', own(c, p)); d.t('\n\n');
  d.f`[${l[7]}] `;
  d.put(r.pick([
    () => ['Verified caller via last 4 of card ', c.look('masked_card'), '. Address updated to ', c.Street(p), ', ', c.City(p), '.'],
    () => ['Duplicate of ', c.look('ticket_id'), '; refund ', c.price(), ' approved by ', c.N(c.person({ lang: 'en' })), '.'],
    () => ['Carrier ticket opened, tracking ', c.look('tracking_number'), '. Customer IP ', c.ip(), '.'],
    () => ['Escalated to ', c.N(c.person({ lang: c.lang })), ' (', c.E(c.person({ lang: c.lang })), ').'],
  ])());
  d.t('\n');
  return d;
}

// ------------------------------------------------------------------ crm_note
const CRM_L = {
  en: ['Account', 'Contact', 'Owner', 'Stage', 'Amount', 'Activity'], de: ['Firma', 'Kontakt', 'Betreuer', 'Phase', 'Volumen', 'Aktivität'], fr: ['Compte', 'Contact', 'Commercial', 'Étape', 'Montant', 'Activité'],
  es: ['Cuenta', 'Contacto', 'Responsable', 'Etapa', 'Importe', 'Actividad'], it: ['Azienda', 'Contatto', 'Referente', 'Fase', 'Importo', 'Attività'], pt: ['Conta', 'Contato', 'Responsável', 'Etapa', 'Valor', 'Atividade'],
  ja: ['取引先', '担当者', '営業担当', 'フェーズ', '金額', '活動'], zh: ['客户', '联系人', '负责人', '阶段', '金额', '活动'], ko: ['거래처', '담당자', '영업 담당', '단계', '금액', '활동'],
  ru: ['Компания', 'Контакт', 'Менеджер', 'Этап', 'Сумма', 'Активность'], tr: ['Firma', 'Kişi', 'Temsilci', 'Aşama', 'Tutar', 'Aktivite'], pl: ['Firma', 'Kontakt', 'Opiekun', 'Etap', 'Kwota', 'Aktywność'],
  nl: ['Account', 'Contactpersoon', 'Eigenaar', 'Fase', 'Bedrag', 'Activiteit'], sv: ['Kund', 'Kontakt', 'Ansvarig', 'Steg', 'Belopp', 'Aktivitet'], ar: ['الحساب', 'جهة الاتصال', 'المسؤول', 'المرحلة', 'المبلغ', 'النشاط'],
  he: ['חשבון', 'איש קשר', 'אחראי', 'שלב', 'סכום', 'פעילות'], hi: ['खाता', 'संपर्क', 'ज़िम्मेदार', 'चरण', 'राशि', 'गतिविधि'], el: ['Λογαριασμός', 'Επαφή', 'Υπεύθυνος', 'Στάδιο', 'Ποσό', 'Δραστηριότητα'],
  vi: ['Khách hàng', 'Liên hệ', 'Phụ trách', 'Giai đoạn', 'Giá trị', 'Hoạt động'], id: ['Akun', 'Kontak', 'Pemilik', 'Tahap', 'Nilai', 'Aktivitas'], th: ['บัญชี', 'ผู้ติดต่อ', 'ผู้ดูแล', 'ขั้นตอน', 'มูลค่า', 'กิจกรรม'], uk: ['Компанія', 'Контакт', 'Менеджер', 'Етап', 'Сума', 'Активність'],
};
function crmNote(c, d) {
  const r = c.r;
  const l = lbl(CRM_L, c.lang);
  const contact = c.person();
  const owner = c.person({ lang: c.lang });
  const company = c.company();
  d.f`${l[0]}: ${company} (${c.look('crm_id')})\n${l[1]}: ${c.N(contact)} · ${c.E(contact)} · ${c.Ph(contact)}\n${l[2]}: ${c.N(owner)}\n${l[3]}: ${r.pick(['Discovery', 'Proposal', 'Negotiation', 'Closed Won', 'Renewal'])}   ${l[4]}: ${c.price(r.int(40, 900) * 100)}\n\n${l[5]}:\n`;
  for (let i = 0; i < n(c, 4); i++) {
    d.t('• '); d.put(c.date()); d.t(' — ');
    c.say(d, r.pick(['crm', 'crm', 'note', 'meeting']), { ...c.slots(), company });
    d.t('\n');
  }
  if (r.chance(0.45)) { d.t('\n'); c.say(d, 'pwShare', { ...c.slots(), pw: c.humanPw(), user: c.user(contact) }); d.t('\n'); }
  if (r.chance(0.4)) { d.t(`\n${r.pick(['Billing address', 'Adresse de facturation', 'Rechnungsadresse', 'Dirección de facturación'])}: `); d.put(c.addrLine(contact, true)); d.t('\n'); }
  return d;
}

// ------------------------------------------------------------------ email_thread
const SUBJ = { en: ['Re: your order', 'Quick question about the renewal', 'Access to the partner portal', 'Delivery problem'], de: ['AW: Ihre Bestellung', 'Frage zur Verlängerung', 'Zugang Partnerportal'], fr: ['RE : votre commande', 'Question sur le renouvellement'], es: ['RE: su pedido', 'Acceso al portal'], it: ['R: il suo ordine'], pt: ['RE: seu pedido'], nl: ['Re: uw bestelling'], pl: ['Odp: zamówienie'], ru: ['Re: ваш заказ', 'Доступ к порталу'], tr: ['YNT: siparişiniz'], ja: ['Re: ご注文について', 'ポータルのアクセスについて'], zh: ['回复：您的订单'], ko: ['RE: 주문 관련 문의'], el: ['ΑΠ: η παραγγελία σας'], ar: ['رد: طلبك'], he: ['תשובה: ההזמנה שלך'], hi: ['Re: आपका ऑर्डर'], th: ['ตอบกลับ: คำสั่งซื้อของคุณ'], vi: ['Re: đơn hàng của bạn'], id: ['Re: pesanan Anda'], sv: ['SV: din beställning'], uk: ['Re: ваше замовлення'] };
function emailThread(c, d) {
  const r = c.r;
  const a = c.person({ lang: c.lang, domain: c.domain() });
  const b = c.person();
  const cc = r.chance(0.4) ? c.person({ lang: c.lang }) : null;
  d.f`From: ${c.N(a)} <${c.E(a)}>\nTo: ${c.N(b)} <${c.E(b)}>\n`;
  if (cc) d.f`Cc: ${c.E(cc)}\n`;
  d.f`Date: ${c.ts('rfc2822')}\nMessage-ID: <${c.look('message_id')}>\nSubject: ${r.pick(lbl(SUBJ, c.lang))}\n`;
  if (r.chance(0.4)) d.f`X-Originating-IP: [${c.ip('pub4')}]\n`;
  d.t('Content-Type: text/plain; charset=UTF-8\n\n');
  c.say(d, 'hello', { name: c.N(b) }); d.t('\n\n');
  const k = r.pick(['crm', 'agent', 'pwShare', 'pwShare', 'meeting', 'tokShare']);
  if (k === 'pwShare' || k === 'tokShare') {
    c.say(d, 'pwShare', { ...c.slots(), user: c.user(b), pw: r.chance(0.5) ? c.humanPw() : c.T('TEMPORARY_PASSWORD') }); d.t('\n');
  } else c.say(d, k, own(c, b, { company: c.company() }));
  d.t('\n');
  if (r.chance(0.5)) { c.say(d, 'note', c.slots()); d.t('\n'); }
  d.t('\n'); c.say(d, 'bye', {}); d.t('\n');
  d.f`${c.N(a)}\n${c.company()}\n${c.Ph(a)}\n`;
  if (r.chance(0.6)) { d.put(c.addrLine(a, r.chance(0.5))); d.t('\n'); }
  if (r.chance(0.6)) {
    d.f`\n> On ${c.dateRaw('iso')}, ${c.N(b)} <${c.E(b)}> wrote:\n> `;
    d.put(sayPieces(c, 'ticket', own(c, b)));
    d.t('\n');
  }
  return d;
}

// ------------------------------------------------------------------ chat_export
function chatExport(c, d) {
  const r = c.r;
  const people = Array.from({ length: r.int(3, 5) }, () => c.person({ lang: c.lang }));
  const style = r.pick(['slack', 'whatsapp', 'teams', 'telegram']);
  if (style === 'slack') d.t(`#${r.pick(['support-escalations', 'sales-emea', 'data-team', 'ops', 'warehouse'])}\n`);
  if (style === 'telegram') d.t(`${r.pick(['Support crew', 'Sales DACH', 'Lager Team', 'Equipo ventas'])}\n`);
  for (let i = 0; i < n(c, 9); i++) {
    const p = r.pick(people);
    const t = c.clock.tick(20, 900);
    if (style === 'slack') { d.t('['); d.put(L('timestamp', fmtTs(r, t, 'hm'))); d.t('] '); d.put(c.N(p)); d.t(': '); }
    else if (style === 'whatsapp') { d.put(L('timestamp', `${c.dateRaw('dmy/', t)}, ${fmtTs(r, t, 'hm')}`)); d.t(' - '); d.put(c.N(p)); d.t(': '); }
    else if (style === 'teams') { d.put(c.N(p)); d.t('  '); d.put(L('timestamp', fmtTs(r, t, 'space'))); d.t('\n'); }
    else { d.put(c.N(p)); d.t(', ['); d.put(L('timestamp', `${c.dateRaw('dmy.', t)} ${fmtTs(r, t, 'hms')}`)); d.t(']\n'); }
    const k = r.weighted([[4, 'chat'], [3, 'pwShare'], [1, 'tokShare'], [2, 'phone'], [2, 'meeting'], [1, 'addr'], [1, 'card']]);
    const cl = CHAT_L[c.lang] || CHAT_L.en;
    if (k === 'card') { d.t(r.pick(cl[2])); d.put(c.card()); d.t(r.pick(['', ' exp ' + String(r.int(1, 12)).padStart(2, '0') + '/' + r.int(25, 30)])); }
    else if (k === 'phone') { const q = c.person(); d.t(r.pick(cl[0])); d.put(c.Ph(q)); d.t(' ('); d.put(c.N(q)); d.t(')'); }
    else if (k === 'addr') { const q = c.person(); d.t(r.pick(cl[1])); d.put(c.addrLine(q, r.chance(0.4))); }
    else if (k === 'pwShare') c.say(d, 'pwShare', { ...c.slots(), pw: r.weighted([[4, () => c.humanPw()], [2, () => c.phrase()], [1, () => c.T('WIFI_PSK')], [1, () => c.T('DOOR_ALARM_CODE')]])(), user: c.user(p) });
    else c.say(d, k, c.slots());
    d.t('\n');
  }
  return d;
}

// ------------------------------------------------------------------ meeting_notes
const MEET = {
  en: ['Meeting notes', 'Attendees', 'Location', 'Decisions', 'Action items', 'Next meeting', 'Guest Wi-Fi'], de: ['Besprechungsprotokoll', 'Teilnehmende', 'Ort', 'Beschlüsse', 'Aufgaben', 'Nächster Termin', 'Gäste-WLAN'],
  fr: ['Compte rendu', 'Participants', 'Lieu', 'Décisions', 'Actions', 'Prochaine réunion', 'Wi-Fi invités'], es: ['Acta de reunión', 'Asistentes', 'Lugar', 'Decisiones', 'Tareas', 'Próxima reunión', 'Wi-Fi invitados'],
  it: ['Verbale', 'Partecipanti', 'Luogo', 'Decisioni', 'Azioni', 'Prossima riunione', 'Wi-Fi ospiti'], pt: ['Ata de reunião', 'Participantes', 'Local', 'Decisões', 'Pendências', 'Próxima reunião', 'Wi-Fi visitantes'],
  ja: ['議事録', '出席者', '場所', '決定事項', 'アクションアイテム', '次回', '来客用Wi-Fi'], zh: ['会议纪要', '参会人', '地点', '决定', '待办事项', '下次会议', '访客 Wi-Fi'], ko: ['회의록', '참석자', '장소', '결정 사항', '할 일', '다음 회의', '게스트 와이파이'],
  ru: ['Протокол встречи', 'Участники', 'Место', 'Решения', 'Задачи', 'Следующая встреча', 'Гостевой Wi-Fi'], pl: ['Notatka ze spotkania', 'Uczestnicy', 'Miejsce', 'Decyzje', 'Zadania', 'Następne spotkanie', 'Wi-Fi dla gości'],
  nl: ['Notulen', 'Aanwezig', 'Locatie', 'Besluiten', 'Actiepunten', 'Volgend overleg', 'Gasten-wifi'], tr: ['Toplantı notları', 'Katılımcılar', 'Yer', 'Kararlar', 'Aksiyonlar', 'Sonraki toplantı', 'Misafir Wi-Fi'],
  el: ['Πρακτικά συνάντησης', 'Συμμετέχοντες', 'Τοποθεσία', 'Αποφάσεις', 'Ενέργειες', 'Επόμενη συνάντηση', 'Wi-Fi επισκεπτών'], he: ['סיכום פגישה', 'משתתפים', 'מקום', 'החלטות', 'משימות', 'הפגישה הבאה', 'Wi-Fi לאורחים'],
  ar: ['محضر اجتماع', 'الحضور', 'المكان', 'القرارات', 'المهام', 'الاجتماع القادم', 'واي فاي الضيوف'], hi: ['बैठक का विवरण', 'उपस्थित', 'स्थान', 'निर्णय', 'कार्य', 'अगली बैठक', 'गेस्ट वाई-फ़ाई'],
  th: ['บันทึกการประชุม', 'ผู้เข้าร่วม', 'สถานที่', 'มติ', 'งานที่ต้องทำ', 'ประชุมครั้งถัดไป', 'Wi-Fi แขก'], vi: ['Biên bản họp', 'Thành phần', 'Địa điểm', 'Quyết định', 'Việc cần làm', 'Buổi họp tới', 'Wi-Fi khách'],
  id: ['Notulen rapat', 'Peserta', 'Tempat', 'Keputusan', 'Tindak lanjut', 'Rapat berikutnya', 'Wi-Fi tamu'], sv: ['Mötesanteckningar', 'Deltagare', 'Plats', 'Beslut', 'Åtgärder', 'Nästa möte', 'Gäst-wifi'], uk: ['Протокол зустрічі', 'Учасники', 'Місце', 'Рішення', 'Завдання', 'Наступна зустріч', 'Гостьовий Wi-Fi'],
};
function meetingNotes(c, d) {
  const r = c.r;
  const l = lbl(MEET, c.lang);
  const md = r.chance(0.5);
  const host = c.person({ lang: c.lang });
  d.t(md ? `# ${l[0]} — ` : `${l[0]} `); d.put(c.date()); d.t('\n\n');
  d.t(`${md ? '**' + l[1] + '**' : l[1]}: `);
  const att = Array.from({ length: n(c, 5) }, () => c.person({ lang: r.chance(0.7) ? c.lang : undefined }));
  att.forEach((p, i) => { d.put(c.N(p)); if (i < att.length - 1) d.t(', '); });
  d.t(`\n${md ? '**' + l[2] + '**' : l[2]}: `); d.put(c.addrLine(host, r.chance(0.3))); d.t('\n\n');
  d.t(md ? `## ${l[3]}\n` : `${l[3]}:\n`);
  for (let i = 0; i < n(c, 2); i++) { d.t('- '); c.say(d, r.pick(['meeting', 'crm']), { ...c.slots(), name: c.N(r.pick(att)), company: c.company() }); d.t('\n'); }
  d.t(md ? `\n## ${l[4]}\n` : `\n${l[4]}:\n`);
  for (let i = 0; i < n(c, 4); i++) { d.t(md ? '- [ ] ' : '* '); c.say(d, 'meeting', { ...c.slots(), name: c.N(r.pick(att)), name2: c.N(r.pick(att)) }); d.t('\n'); }
  if (r.chance(0.5)) { d.t(`\n${l[6]}: ${r.pick(['Office-Guest', 'Besucher', 'Invités', 'Visitantes'])} / `); d.put(c.T('WIFI_PSK')); d.t('\n'); }
  if (r.chance(0.35)) { d.t('- '); c.say(d, 'pwShare', { ...c.slots(), pw: r.chance(0.5) ? c.humanPw() : c.phrase(), user: c.user(r.pick(att)) }); d.t('\n'); }
  d.t(`\n${l[5]}: `); d.put(c.date()); d.t('\n');
  return d;
}

// ------------------------------------------------------------------ shipping_label
const SHIP = {
  en: ['SHIP TO', 'FROM', 'Tracking', 'Weight', 'Service', 'Order', 'Contents', 'Value', 'Delivery instructions'], de: ['EMPFÄNGER', 'ABSENDER', 'Sendungsnummer', 'Gewicht', 'Produkt', 'Bestellung', 'Inhalt', 'Wert', 'Zustellhinweis'],
  fr: ['DESTINATAIRE', 'EXPÉDITEUR', 'N° de suivi', 'Poids', 'Service', 'Commande', 'Contenu', 'Valeur', 'Instructions de livraison'], es: ['DESTINATARIO', 'REMITENTE', 'Seguimiento', 'Peso', 'Servicio', 'Pedido', 'Contenido', 'Valor', 'Instrucciones'],
  it: ['DESTINATARIO', 'MITTENTE', 'Tracking', 'Peso', 'Servizio', 'Ordine', 'Contenuto', 'Valore', 'Istruzioni'], pt: ['DESTINATÁRIO', 'REMETENTE', 'Rastreio', 'Peso', 'Serviço', 'Pedido', 'Conteúdo', 'Valor', 'Instruções de entrega'],
  nl: ['ONTVANGER', 'AFZENDER', 'Track & Trace', 'Gewicht', 'Dienst', 'Bestelling', 'Inhoud', 'Waarde', 'Bezorginstructie'], pl: ['ODBIORCA', 'NADAWCA', 'Numer przesyłki', 'Waga', 'Usługa', 'Zamówienie', 'Zawartość', 'Wartość', 'Uwagi dla kuriera'],
  ja: ['お届け先', 'ご依頼主', '追跡番号', '重量', 'サービス', '注文番号', '品名', '価格', '配達メモ'], zh: ['收件人', '寄件人', '运单号', '重量', '服务', '订单号', '物品', '价值', '配送备注'], ko: ['받는 분', '보내는 분', '운송장 번호', '무게', '서비스', '주문번호', '내용물', '금액', '배송 메모'],
  ru: ['ПОЛУЧАТЕЛЬ', 'ОТПРАВИТЕЛЬ', 'Трек-номер', 'Вес', 'Тариф', 'Заказ', 'Вложение', 'Стоимость', 'Примечание для курьера'], tr: ['ALICI', 'GÖNDERİCİ', 'Takip no', 'Ağırlık', 'Servis', 'Sipariş', 'İçerik', 'Değer', 'Teslimat notu'],
  el: ['ΠΑΡΑΛΗΠΤΗΣ', 'ΑΠΟΣΤΟΛΕΑΣ', 'Αρ. αποστολής', 'Βάρος', 'Υπηρεσία', 'Παραγγελία', 'Περιεχόμενο', 'Αξία', 'Οδηγίες'], ar: ['المرسل إليه', 'المرسل', 'رقم التتبع', 'الوزن', 'الخدمة', 'الطلب', 'المحتويات', 'القيمة', 'تعليمات التسليم'],
  he: ['נמען', 'שולח', 'מספר מעקב', 'משקל', 'שירות', 'הזמנה', 'תכולה', 'ערך', 'הוראות מסירה'], hi: ['प्राप्तकर्ता', 'प्रेषक', 'ट्रैकिंग', 'वज़न', 'सेवा', 'ऑर्डर', 'सामग्री', 'मूल्य', 'डिलीवरी निर्देश'],
  th: ['ผู้รับ', 'ผู้ส่ง', 'เลขพัสดุ', 'น้ำหนัก', 'บริการ', 'คำสั่งซื้อ', 'สิ่งของ', 'มูลค่า', 'หมายเหตุการจัดส่ง'], vi: ['NGƯỜI NHẬN', 'NGƯỜI GỬI', 'Mã vận đơn', 'Khối lượng', 'Dịch vụ', 'Đơn hàng', 'Nội dung', 'Giá trị', 'Ghi chú giao hàng'],
  id: ['PENERIMA', 'PENGIRIM', 'No. resi', 'Berat', 'Layanan', 'Pesanan', 'Isi', 'Nilai', 'Catatan kurir'], sv: ['MOTTAGARE', 'AVSÄNDARE', 'Kolli-ID', 'Vikt', 'Tjänst', 'Order', 'Innehåll', 'Värde', 'Leveransinstruktion'], uk: ['ОДЕРЖУВАЧ', 'ВІДПРАВНИК', 'Номер відправлення', 'Вага', 'Послуга', 'Замовлення', 'Вміст', 'Вартість', 'Примітка'],
};
function shippingLabel(c, d) {
  const r = c.r;
  const l = lbl(SHIP, c.lang);
  const to = c.person();
  const from = c.person({ lang: c.lang });
  const bar = '='.repeat(r.int(30, 44));
  d.t(`${bar}\n${r.pick(['PRIORITY', 'EXPRESS', 'STANDARD', 'ECONOMY'])}  ${r.pick(['DHL', 'UPS', 'La Poste', 'Correos', 'ヤマト運輸', 'CJ대한통운', 'PostNL', 'InPost', 'Yurtiçi', 'Royal Mail'])}\n${bar}\n`);
  d.t(`${l[0]}:\n`); d.put(c.N(to)); d.t('\n');
  for (const line of c.addrBlock(to, true)) { d.put(line); d.t('\n'); }
  d.t('☎ '); d.put(c.Ph(to)); d.t('\n\n');
  d.t(`${l[1]}:\n${c.company()}\n`); d.put(c.N(from)); d.t('\n'); d.put(c.addrLine(from, true)); d.t('\n\n');
  d.f`${l[2]}: ${c.look('tracking_number')}\n${l[3]}: ${String(r.int(1, 30))}.${String(r.int(0, 9))} kg    ${l[4]}: ${r.pick(['48h', 'Next day', 'Colissimo', 'Paq 24', 'Ground'])}\n${l[5]}: ${c.look('order_number')}\n`;
  if (r.chance(0.5)) d.f`${l[6]}: ${r.pick(['Books', 'Clothing', 'Spare parts', 'Cosmetics', 'Electronics'])}  ${l[7]}: ${c.price()}\n`;
  if (r.chance(0.3)) d.f`ISBN ${c.look('isbn')}\n`;
  if (r.chance(0.3)) d.f`GPS: ${c.look('coordinates')}\n`;
  if (r.chance(0.6)) { d.t(`${l[8]}: `); c.say(d, 'deliver', { ...c.slots(), phone: c.Ph(to), name2: c.N(c.person({ loc: to.loc })) }); d.t('\n'); }
  d.t('|||| '); d.put(c.look('ean_barcode')); d.t(' ||||\n');
  return d;
}

// ------------------------------------------------------------------ delivery_note
const DN = {
  en: ['Delivery note', 'Customer', 'Delivery address', 'Item', 'Qty', 'Lot', 'Received by', 'Signature'], de: ['Lieferschein', 'Kunde', 'Lieferanschrift', 'Artikel', 'Menge', 'Charge', 'Empfangen von', 'Unterschrift'],
  fr: ['Bon de livraison', 'Client', 'Adresse de livraison', 'Article', 'Qté', 'Lot', 'Reçu par', 'Signature'], es: ['Albarán', 'Cliente', 'Dirección de entrega', 'Artículo', 'Cant.', 'Lote', 'Recibido por', 'Firma'],
  it: ['Documento di trasporto', 'Cliente', 'Destinazione', 'Articolo', 'Q.tà', 'Lotto', 'Ricevuto da', 'Firma'], nl: ['Pakbon', 'Klant', 'Afleveradres', 'Artikel', 'Aantal', 'Partij', 'Ontvangen door', 'Handtekening'],
  pl: ['Dowód dostawy', 'Klient', 'Adres dostawy', 'Towar', 'Ilość', 'Partia', 'Odebrał(a)', 'Podpis'], ja: ['納品書', 'お客様', '納品先', '品目', '数量', 'ロット', '受領者', '受領印'],
  ko: ['거래명세서', '고객', '배송지', '품목', '수량', '로트', '인수자', '서명'], tr: ['İrsaliye', 'Müşteri', 'Teslimat adresi', 'Ürün', 'Adet', 'Parti', 'Teslim alan', 'İmza'], ru: ['Накладная', 'Клиент', 'Адрес доставки', 'Товар', 'Кол-во', 'Партия', 'Получил', 'Подпись'],
};
function deliveryNote(c, d) {
  const r = c.r;
  const l = lbl(DN, c.lang);
  const cu = c.person();
  d.f`${c.company()}\n${l[0]} ${c.look('order_number')}  ·  ${c.date()}\n\n${l[1]}: ${c.N(cu)} (${c.look('crm_id')})\n${l[2]}:\n`;
  for (const line of c.addrBlock(cu, r.chance(0.5))) { d.t('  '); d.put(line); d.t('\n'); }
  d.t('\n');
  const rows = [];
  for (let i = 0; i < n(c, 5); i++) rows.push([c.look('sku'), r.pick(['Widget A', 'Kabel 2m', 'Étagère', 'Caja 40x30', '棚板', 'Filter', 'Toner']), String(r.int(1, 40)), c.look('lot_number')]);
  mdTable(d, [l[3], 'Description', l[4], l[5]], rows);
  d.f`\n${l[6]}: ${c.N(c.person({ loc: cu.loc }))}   ${l[7]}: ________   ${c.ts('space')}\n`;
  return d;
}

// ------------------------------------------------------------------ intake_form (medical)
function intakeForm(c, d) {
  const r = c.r;
  if (r.chance(0.3)) {
    d.t(`${r.pick(['Northgate Surgery', 'Riverside Medical Practice'])} — recall list (${r.pick(['flu vaccination', 'asthma review', 'blood pressure check'])})\n\n`);
    const rows = [['NHS number', 'Name', 'Phone', 'Postcode', 'Last seen']];
    for (let i = 0; i < n(c, 9); i++) { const q = c.person({ loc: 'GB' }); rows.push([r.chance(0.9) ? c.nhs() : c.look('invalid_nhs'), c.N(q), c.Ph(q), q.addr.postal, c.date('dmy/')]); }
    mdTable(d, rows[0], rows.slice(1));
    return d;
  }
  const uk = r.chance(0.5);
  const p = c.person({ loc: uk ? 'GB' : 'US' });
  const ec = c.person({ loc: p.loc });
  const doc = c.person({ loc: 'US' });
  const de = c.lang === 'de';
  d.t(uk ? `${r.pick(['Riverside Medical Practice', 'Kestrel Health Clinic', 'Northgate Surgery'])} — New Patient Registration\n\n` : `${r.pick(['Kestrel Health Inc.', 'Bayview Family Clinic', 'Delta Clinic'])} — Patient Intake Form\n\n`);
  d.f`Patient name: ${c.N(p)}\nDate of birth: ${c.dateRaw(uk ? 'dmy/' : 'mdy/', r.int(-1800000000, 1100000000))}\n`;
  if (uk) d.f`NHS number: ${c.nhs()}\n`;
  else { d.f`SSN: ${c.ssn()}\nInsurance member ID: ${r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 3)}${r.digits(9)}\n`; if (r.chance(0.5)) { const x = c.dl(); d.f`Photo ID checked: ${r.chance(0.5) ? ['US passport ', c.passport()] : [`${x.state} driver license `, x.item]}\n`; } }
  d.t('Address: '); d.put(c.addrLine(p, false)); d.t('\n');
  d.f`Phone: ${c.Ph(p)}    Email: ${c.E(p)}\n\nEmergency contact: ${c.N(ec)} (${r.pick(ec.gender === 'f' ? ['spouse', 'daughter', 'partner', 'mother', 'friend', 'sister'] : ['spouse', 'son', 'partner', 'father', 'friend', 'brother'])}) ${c.Ph(ec)}\n`;
  if (uk) { const gp = c.person({ loc: 'GB' }); d.f`Registered GP: Dr ${c.N(gp)}, ${c.Street(gp)}, ${c.City(gp)}\nPrevious NHS number (if different): ${r.chance(0.5) ? c.look('invalid_nhs') : 'n/a'}\n`; }
  else d.f`Referring physician: ${c.N(doc)}, MD — DEA ${c.dea(doc)}\n`;
  d.f`\nAllergies: ${r.pick(['penicillin', 'none known', 'latex, peanuts', 'sulfa drugs'])}\nCurrent medications: ${r.pick(['metformin 500mg', 'none', 'lisinopril 10mg, atorvastatin 20mg', 'levothyroxine 50mcg'])}\n`;
  d.t('Notes: '); c.say(d, 'note', { ...c.slots(), name: c.N(ec) }, 'en'); d.t('\n');
  if (r.chance(0.4)) { d.t('Portal account created — username '); d.put(c.user(p)); d.t(', temporary password '); d.put(c.T('TEMPORARY_PASSWORD')); d.t('\n'); }
  if (!uk && r.chance(0.5)) { const d2 = c.person({ loc: 'US' }); d.f`Covering physician: ${c.N(d2)} (DEA ${c.dea(d2)})\n`; }
  d.f`\nSigned: ________   Date: ${c.date(uk ? 'dmy/' : 'mdy/')}\n`;
  return d;
}

// ------------------------------------------------------------------ registration_form (clubs, courses, events)
const REG = {
  en: ['Registration', 'Participant', 'Date of birth', 'Guardian', 'Phone', 'Email', 'Address', 'Emergency contact', 'Medical notes', 'Payment', 'T-shirt size'],
  de: ['Anmeldung', 'Teilnehmer/in', 'Geburtsdatum', 'Erziehungsberechtigte/r', 'Telefon', 'E-Mail', 'Anschrift', 'Notfallkontakt', 'Medizinische Hinweise', 'Zahlung', 'T-Shirt-Größe'],
  fr: ['Inscription', 'Participant(e)', 'Date de naissance', 'Responsable légal', 'Téléphone', 'E-mail', 'Adresse', 'Contact d’urgence', 'Informations médicales', 'Paiement', 'Taille de t-shirt'],
  es: ['Inscripción', 'Participante', 'Fecha de nacimiento', 'Tutor/a', 'Teléfono', 'Correo', 'Dirección', 'Contacto de emergencia', 'Observaciones médicas', 'Pago', 'Talla de camiseta'],
  it: ['Iscrizione', 'Partecipante', 'Data di nascita', 'Genitore/tutore', 'Telefono', 'Email', 'Indirizzo', 'Contatto di emergenza', 'Note mediche', 'Pagamento', 'Taglia maglietta'],
  pt: ['Inscrição', 'Participante', 'Data de nascimento', 'Responsável', 'Telefone', 'E-mail', 'Endereço', 'Contato de emergência', 'Observações médicas', 'Pagamento', 'Tamanho da camiseta'],
  nl: ['Inschrijving', 'Deelnemer', 'Geboortedatum', 'Ouder/voogd', 'Telefoon', 'E-mail', 'Adres', 'Noodcontact', 'Medische info', 'Betaling', 'Shirtmaat'],
  pl: ['Zgłoszenie', 'Uczestnik', 'Data urodzenia', 'Opiekun', 'Telefon', 'E-mail', 'Adres', 'Kontakt awaryjny', 'Uwagi medyczne', 'Płatność', 'Rozmiar koszulki'],
  ja: ['参加申込書', '参加者', '生年月日', '保護者', '電話番号', 'メール', '住所', '緊急連絡先', '健康上の注意', 'お支払い', 'Tシャツサイズ'],
  ko: ['참가 신청서', '참가자', '생년월일', '보호자', '전화번호', '이메일', '주소', '비상 연락처', '건강 특이사항', '결제', '티셔츠 사이즈'],
  el: ['Αίτηση εγγραφής', 'Συμμετέχων', 'Ημερομηνία γέννησης', 'Κηδεμόνας', 'Τηλέφωνο', 'Email', 'Διεύθυνση', 'Επαφή έκτακτης ανάγκης', 'Ιατρικές σημειώσεις', 'Πληρωμή', 'Μέγεθος μπλούζας'],
  tr: ['Kayıt formu', 'Katılımcı', 'Doğum tarihi', 'Veli', 'Telefon', 'E-posta', 'Adres', 'Acil durum kişisi', 'Sağlık notları', 'Ödeme', 'Tişört bedeni'],
  ar: ['استمارة تسجيل', 'المشارك', 'تاريخ الميلاد', 'ولي الأمر', 'الهاتف', 'البريد الإلكتروني', 'العنوان', 'جهة اتصال للطوارئ', 'ملاحظات طبية', 'الدفع', 'مقاس القميص'],
  he: ['טופס הרשמה', 'משתתף/ת', 'תאריך לידה', 'הורה/אפוטרופוס', 'טלפון', 'דוא״ל', 'כתובת', 'איש קשר לחירום', 'הערות רפואיות', 'תשלום', 'מידת חולצה'],
  hi: ['पंजीकरण फ़ॉर्म', 'प्रतिभागी', 'जन्म तिथि', 'अभिभावक', 'फ़ोन', 'ईमेल', 'पता', 'आपातकालीन संपर्क', 'चिकित्सा टिप्पणी', 'भुगतान', 'टी-शर्ट साइज़'],
  th: ['ใบสมัคร', 'ผู้สมัคร', 'วันเกิด', 'ผู้ปกครอง', 'โทรศัพท์', 'อีเมล', 'ที่อยู่', 'ผู้ติดต่อฉุกเฉิน', 'ข้อมูลสุขภาพ', 'การชำระเงิน', 'ไซซ์เสื้อ'],
  vi: ['Phiếu đăng ký', 'Học viên', 'Ngày sinh', 'Phụ huynh', 'Điện thoại', 'Email', 'Địa chỉ', 'Liên hệ khẩn cấp', 'Lưu ý sức khỏe', 'Thanh toán', 'Cỡ áo'],
  id: ['Formulir pendaftaran', 'Peserta', 'Tanggal lahir', 'Wali', 'Telepon', 'Email', 'Alamat', 'Kontak darurat', 'Catatan kesehatan', 'Pembayaran', 'Ukuran kaos'],
  ru: ['Анкета участника', 'Участник', 'Дата рождения', 'Родитель/опекун', 'Телефон', 'Эл. почта', 'Адрес', 'Экстренный контакт', 'Медицинские особенности', 'Оплата', 'Размер футболки'],
  zh: ['报名表', '参加者', '出生日期', '监护人', '电话', '邮箱', '地址', '紧急联系人', '健康备注', '付款', 'T恤尺码'],
  sv: ['Anmälan', 'Deltagare', 'Födelsedatum', 'Vårdnadshavare', 'Telefon', 'E-post', 'Adress', 'Nödkontakt', 'Medicinsk info', 'Betalning', 'T-shirtstorlek'],
  uk: ['Реєстраційна форма', 'Учасник', 'Дата народження', 'Опікун', 'Телефон', 'Ел. пошта', 'Адреса', 'Контакт для екстрених випадків', 'Медичні примітки', 'Оплата', 'Розмір футболки'],
};
function registrationForm(c, d) {
  const r = c.r;
  const l = lbl(REG, c.lang);
  const loc = r.chance(0.35) ? 'US' : c.locFor();
  const kid = c.person({ loc });
  const parent = c.person({ loc, culture: kid.culture });
  const ec = c.person({ loc });
  const event = r.pick(['Summer football camp', 'Junior chess open', 'Swim club season', 'Robotics course', 'Choir tour', 'Climbing trip', 'Language exchange']);
  const form = r.pick(['block', 'kv', 'yaml']);
  const fields = [
    [l[1], c.N(kid)], [l[2], c.dateRaw(r.pick(['iso', 'dmy.', 'dmy/']), r.int(1100000000, 1500000000))], [l[3], c.N(parent)], [l[4], c.Ph(parent)], [l[5], c.E(parent)],
    [l[6], c.addrLine(kid, r.chance(0.3))], [l[7], [c.N(ec), ', ', c.Ph(ec)]], [l[8], sayPieces(c, 'note', c.slots())], [l[10], r.pick(['XS', 'S', 'M', 'L', '128', '140', '152'])],
  ];
  if (r.chance(0.5)) fields.push([l[9], [c.card(), ` (${String(r.int(1, 12)).padStart(2, '0')}/${r.int(25, 30)})`]]);
  else fields.push([l[9], [c.iban(null, true)]]);
  if (loc === 'US' && r.chance(0.8)) fields.push(['Passport (travel events)', c.passport()]);
  if (loc === 'US' && r.chance(0.5)) { const dl = c.dl(); fields.push([`Driver license (${dl.state}, parent driver)`, dl.item]); }
  d.f`${l[0]}: ${event} ${c.date(r.pick(['iso', 'long']))}  #${L('order_number', `REG-${r.digits(5)}`)}\n\n`;
  const w = Math.max(...fields.map((f) => dispWidth(f[0])));
  for (const [k, v] of fields) {
    if (form === 'block') { d.t(pad(k + ':', w + 2)); }
    else if (form === 'kv') d.t(`${k} = `);
    else d.t(`${k.toLowerCase().replace(/[^a-z0-9\u00c0-\uffff]+/g, '_')}: `);
    d.put(v); d.t('\n');
  }
  d.t(`\n${SUBMIT_L[c.lang] || SUBMIT_L.en}: `); d.put(c.ts('space')); d.t(' · IP '); d.put(c.ip()); d.t('\n');
  return d;
}

// ------------------------------------------------------------------ school_record
const SCH = {
  en: ['Class', 'Teacher', 'Student', 'Guardian', 'Phone', 'Grade', 'Absences'], de: ['Klasse', 'Klassenleitung', 'Schüler/in', 'Erziehungsberechtigte', 'Telefon', 'Note', 'Fehltage'],
  fr: ['Classe', 'Professeur principal', 'Élève', 'Responsable', 'Téléphone', 'Moyenne', 'Absences'], es: ['Grupo', 'Tutor/a', 'Alumno/a', 'Tutor legal', 'Teléfono', 'Nota', 'Faltas'],
  ja: ['クラス', '担任', '生徒', '保護者', '電話', '評定', '欠席'], ko: ['학급', '담임', '학생', '보호자', '연락처', '성적', '결석'], el: ['Τμήμα', 'Υπεύθυνος', 'Μαθητής', 'Κηδεμόνας', 'Τηλέφωνο', 'Βαθμός', 'Απουσίες'],
  pl: ['Klasa', 'Wychowawca', 'Uczeń', 'Opiekun', 'Telefon', 'Ocena', 'Nieobecności'], tr: ['Sınıf', 'Sınıf öğretmeni', 'Öğrenci', 'Veli', 'Telefon', 'Not', 'Devamsızlık'], ru: ['Класс', 'Классный руководитель', 'Ученик', 'Родитель', 'Телефон', 'Оценка', 'Пропуски'],
  it: ['Classe', 'Coordinatore', 'Studente', 'Genitore', 'Telefono', 'Voto', 'Assenze'], pt: ['Turma', 'Professor(a)', 'Aluno(a)', 'Responsável', 'Telefone', 'Nota', 'Faltas'], zh: ['班级', '班主任', '学生', '家长', '电话', '成绩', '缺勤'],
  th: ['ห้อง', 'ครูประจำชั้น', 'นักเรียน', 'ผู้ปกครอง', 'โทรศัพท์', 'เกรด', 'ขาดเรียน'], vi: ['Lớp', 'GVCN', 'Học sinh', 'Phụ huynh', 'Điện thoại', 'Điểm', 'Vắng'], id: ['Kelas', 'Wali kelas', 'Siswa', 'Orang tua', 'Telepon', 'Nilai', 'Absen'],
  hi: ['कक्षा', 'कक्षा शिक्षक', 'छात्र', 'अभिभावक', 'फ़ोन', 'ग्रेड', 'अनुपस्थिति'], ar: ['الصف', 'المعلم', 'الطالب', 'ولي الأمر', 'الهاتف', 'الدرجة', 'الغياب'], he: ['כיתה', 'מחנך/ת', 'תלמיד/ה', 'הורה', 'טלפון', 'ציון', 'היעדרויות'], nl: ['Klas', 'Mentor', 'Leerling', 'Ouder', 'Telefoon', 'Cijfer', 'Afwezig'],
};
function schoolRecord(c, d) {
  const r = c.r;
  const l = lbl(SCH, c.lang);
  const loc = c.locFor();
  const teacher = c.person({ loc });
  d.f`${r.pick(SCHOOLS[c.lang] || SCHOOLS.en)} — ${l[0]} ${String(r.int(1, 12))}${r.pick(['A', 'B', 'c', '-2', ''])} · ${c.date('iso')}\n${l[1]}: ${c.N(teacher)} (${c.E(teacher)})\n\n`;
  const rows = [];
  for (let i = 0; i < n(c, 8); i++) {
    const s = c.person({ loc });
    const g = c.person({ loc, culture: s.culture });
    rows.push([c.N(s), c.N(g), c.Ph(g), r.pick(['A', 'B+', 'B', 'C', '1', '2', '3', '15/20', '8,5', '優', '良']), String(r.int(0, 14))]);
  }
  const v = r.pick(['md', 'csv', 'tsv']);
  if (v === 'md') mdTable(d, [l[2], l[3], l[4], l[5], l[6]], rows);
  else delimited(d, [[l[2], l[3], l[4], l[5], l[6]], ...rows], { sep: v === 'csv' ? ';' : '\t', quote: 'min' });
  if (r.chance(0.6)) { d.t('\n'); c.say(d, 'note', { ...c.slots(), name: c.N(c.person({ loc })) }); d.t('\n'); }
  if (r.chance(0.3)) { d.t(`\nParent portal: ${r.pick(['https://eltern.schule.example', 'https://portal.orbit-school.test'])} — initial password `); d.put(c.T('TEMPORARY_PASSWORD')); d.t('\n'); }
  return d;
}

// ------------------------------------------------------------------ invoice / receipt
const INV = {
  en: ['INVOICE', 'Invoice no.', 'Date', 'Bill to', 'Item', 'Qty', 'Unit price', 'Total', 'Please transfer to', 'VAT ID', 'Due'], de: ['RECHNUNG', 'Rechnungsnr.', 'Datum', 'Rechnungsempfänger', 'Artikel', 'Menge', 'Einzelpreis', 'Gesamt', 'Bitte überweisen auf', 'USt-IdNr.', 'Fällig'],
  fr: ['FACTURE', 'N° de facture', 'Date', 'Facturé à', 'Article', 'Qté', 'Prix unitaire', 'Total', 'Virement à effectuer sur', 'N° TVA', 'Échéance'], es: ['FACTURA', 'N.º de factura', 'Fecha', 'Cliente', 'Concepto', 'Cant.', 'Precio', 'Total', 'Transferir a', 'NIF/IVA', 'Vencimiento'],
  it: ['FATTURA', 'N. fattura', 'Data', 'Intestata a', 'Articolo', 'Q.tà', 'Prezzo', 'Totale', 'Bonifico su', 'P.IVA', 'Scadenza'], nl: ['FACTUUR', 'Factuurnr.', 'Datum', 'Factuur aan', 'Artikel', 'Aantal', 'Prijs', 'Totaal', 'Gelieve over te maken op', 'Btw-nr.', 'Vervaldatum'],
  pl: ['FAKTURA VAT', 'Nr faktury', 'Data', 'Nabywca', 'Towar', 'Ilość', 'Cena', 'Razem', 'Prosimy o przelew na', 'NIP', 'Termin płatności'], pt: ['FATURA', 'N.º da fatura', 'Data', 'Cliente', 'Artigo', 'Qtd.', 'Preço', 'Total', 'Transferência para', 'NIF', 'Vencimento'],
  ja: ['請求書', '請求番号', '発行日', '請求先', '品目', '数量', '単価', '合計', 'お振込先', '登録番号', '支払期限'], tr: ['FATURA', 'Fatura no', 'Tarih', 'Alıcı', 'Ürün', 'Adet', 'Birim fiyat', 'Toplam', 'Ödeme hesabı', 'Vergi no', 'Vade'],
  el: ['ΤΙΜΟΛΟΓΙΟ', 'Αρ. τιμολογίου', 'Ημερομηνία', 'Προς', 'Είδος', 'Ποσ.', 'Τιμή', 'Σύνολο', 'Κατάθεση σε', 'ΑΦΜ', 'Λήξη'], sv: ['FAKTURA', 'Fakturanr', 'Datum', 'Faktureras till', 'Artikel', 'Antal', 'Á-pris', 'Summa', 'Betala till', 'Momsreg.nr', 'Förfaller'],
  ar: ['فاتورة', 'رقم الفاتورة', 'التاريخ', 'العميل', 'الصنف', 'الكمية', 'سعر الوحدة', 'الإجمالي', 'يرجى التحويل إلى', 'الرقم الضريبي', 'تاريخ الاستحقاق'], he: ['חשבונית', 'מס׳ חשבונית', 'תאריך', 'לכבוד', 'פריט', 'כמות', 'מחיר', 'סה״כ', 'להעברה לחשבון', 'ע.מ.', 'לתשלום עד'],
};
function invoice(c, d) {
  const r = c.r;
  const l = lbl(INV, c.lang);
  const seller = c.person({ lang: c.lang });
  const buyer = c.person();
  const ibanCountry = { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pl: 'PL', pt: 'PT', tr: 'TR', el: 'GR', sv: 'SE', ar: 'AE', he: 'IL', en: r.pick(['GB', 'IE', 'DE', 'NL']) }[c.lang] || null;
  d.f`${c.company()}\n`; d.put(c.addrLine(seller, true)); d.f`\n${l[9]}: ${c.look('vat_id', { cc: LANG_CC[c.lang] })}\n\n${l[0]}\n${l[1]}: ${c.look('invoice_number')}\n${l[2]}: ${c.date()}\n${l[10]}: ${c.date()}\n\n${l[3]}:\n${c.N(buyer)}\n`;
  for (const line of c.addrBlock(buyer, r.chance(0.6))) { d.put(line); d.t('\n'); }
  d.t('\n');
  const rows = [];
  let sum = 0;
  const books = r.chance(0.3);
  for (let i = 0; i < n(c, 4); i++) { const q = r.int(1, 12); const a = r.int(150, 40000) / 100; sum += q * a; rows.push([c.look(books ? 'isbn' : 'sku'), String(q), c.price(a), c.price(Math.round(q * a * 100) / 100)]); }
  mdTable(d, [l[4], l[5], l[6], l[7]], rows);
  d.f`\n${l[7]}: ${c.price(Math.round(sum * 100) / 100)}\n\n${l[8]}:\nIBAN ${c.iban(ibanCountry, true)}  BIC ${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${r.pick(['DE', 'FR', 'GB', 'NL', 'IT', 'ES'])}${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 2)}\n`;
  if (r.chance(0.3)) { d.t('Or pay in BTC: '); d.put(c.btc()); d.t('\n'); }
  if (r.chance(0.45)) { d.t('Old account (closed, do not use): '); d.put(c.look('invalid_iban')); d.t('\n'); }
  if (r.chance(0.4)) { d.t('Paid by card '); d.put(c.look('masked_card')); d.t(' · auth '); d.t(r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)); d.t('\n'); }
  d.f`${r.pick(['Contact', 'Kontakt', 'Contact', 'Contacto', 'お問い合わせ'])}: ${c.N(seller)} · ${c.Ph(seller)} · ${c.E(seller)}\n`;
  return d;
}

// ------------------------------------------------------------------ hr_record (US payroll/onboarding)
function hrRecord(c, d) {
  const r = c.r;
  const p = c.person({ loc: 'US' });
  const mgr = c.person({ loc: 'US' });
  const ec = c.person({ loc: 'US' });
  const dl = c.dl();
  const v = r.pick(['form', 'json', 'csv']);
  const tax = r.chance(0.75) ? ['SSN', c.ssn()] : ['ITIN', c.itin()];
  const rec = [
    ['Employee', c.N(p)], ['Employee ID', L('crm_id', `E${r.digits(6)}`)], [tax[0], tax[1]], ['Passport', c.passport()], [`Driver license (${dl.state})`, dl.item],
    ['Home address', c.addrLine(p, false)], ['Personal phone', c.Ph(p)], ['Personal email', c.E(p)], ['Start date', c.date('mdy/')], ['Manager', c.N(mgr)],
    ['Salary', c.price(r.int(42000, 180000))], ['Company phone IMEI', c.look('imei')], ['Company car VIN', c.look('vin')], ['Direct deposit routing', c.routing()], ['Direct deposit account', c.bank()], ['Emergency contact', [c.N(ec), ' / ', c.Ph(ec)]],
  ];
  if (v === 'form') {
    d.t(`${r.pick(['Kestrel Health Inc.', 'Harbour Lane Freight', 'Sunpath Outdoor Co.'])} — New Hire Onboarding (${r.pick(['W-4', 'I-9', 'payroll'])})\n\n`);
    for (const [k, val] of rec) { d.t(pad(k + ':', 26)); d.put(val); d.t('\n'); }
    if (r.chance(0.5)) { d.t('\nPrevious SSN on file (typo, corrected): '); d.put(c.look('invalid_ssn')); d.t('\n'); }
    if (r.chance(0.4)) { d.t('HRIS login: '); d.put(c.user(p)); d.t(' / '); d.put(c.T('TEMPORARY_PASSWORD')); d.t('\n'); }
  } else if (v === 'json') {
    const o = {};
    for (const [k, val] of rec) o[k.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/_$/, '')] = Array.isArray(val) ? cat(...val) : val;
    emitJSON(d, { employee: o, audit: { exported_by: c.roleEmail('hr'), at: c.ts('isoZ') } }, { indent: 2 }); d.t('\n');
  } else {
    const rows = [['name', 'ssn_or_itin', 'passport', 'dl_state', 'dl_number', 'bank_account', 'phone', 'city']];
    for (let i = 0; i < n(c, 7); i++) { const q = c.person({ loc: 'US' }); const x = c.dl(); rows.push([c.N(q), r.chance(0.7) ? c.ssn() : c.itin(), r.chance(0.6) ? c.passport() : '', x.state, x.item, c.bank(), c.Ph(q), c.City(q)]); }
    delimited(d, rows, { sep: ',', quote: 'min' });
  }
  return d;
}

// ------------------------------------------------------------------ bank_statement
function bankStatement(c, d) {
  const r = c.r;
  const v = r.pick(['eu', 'eu', 'us', 'sepa']);
  const h = c.person({ lang: c.lang });
  if (v === 'sepa') {
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n  <CstmrCdtTrfInitn>\n    <GrpHdr><MsgId>');
    const SEPA = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'PT', 'IE', 'FI', 'LU', 'GR'];
    d.put(c.look('request_id')); d.t('</MsgId><CreDtTm>'); d.put(c.ts('isoZ')); d.t(`</CreDtTm><NbOfTxs>${n(c, 3)}</NbOfTxs></GrpHdr>\n    <PmtInf>\n      <Dbtr><Nm>`); d.put(mapItem(c.N(h), xmlEsc)); d.t('</Nm></Dbtr>\n      <DbtrAcct><Id><IBAN>'); d.put(c.iban(r.pick(SEPA), false)); d.t('</IBAN></Id></DbtrAcct>\n');
    for (let i = 0; i < n(c, 3); i++) {
      const q = c.person();
      d.t('      <CdtTrfTxInf>\n        <Amt><InstdAmt Ccy="EUR">'); d.put(L('price', (r.int(1000, 900000) / 100).toFixed(2))); d.t('</InstdAmt></Amt>\n        <Cdtr><Nm>'); d.put(mapItem(c.N(q), xmlEsc)); d.t('</Nm><PstlAdr><StrtNm>'); d.put(mapItem(c.Street(q), xmlEsc)); d.t('</StrtNm><TwnNm>'); d.put(mapItem(c.City(q), xmlEsc)); d.t('</TwnNm></PstlAdr></Cdtr>\n        <CdtrAcct><Id><IBAN>'); d.put(c.iban(r.pick(SEPA), false)); d.t('</IBAN></Id></CdtrAcct>\n        <RmtInf><Ustrd>'); d.put(c.look('invoice_number')); d.t('</Ustrd></RmtInf>\n      </CdtTrfTxInf>\n');
    }
    d.t('    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>\n');
    return d;
  }
  if (v === 'us') {
    d.f`${r.pick(['Riverbank Savings', 'First Prairie Bank', 'Harbor Community CU'])} — Monthly Statement\nAccount holder: ${c.N(h)}\n`; d.put(c.addrLine(c.person({ loc: 'US' }), false));
    d.f`\nRouting: ${c.routing()}   Account: ${c.bank()}\nPeriod: ${c.date('mdy/')} – ${c.date('mdy/')}\n\n`;
  } else {
    d.f`${r.pick(['Kontoauszug', 'Relevé de compte', 'Extracto de cuenta', 'Estratto conto', 'Rekeningoverzicht', 'Account statement', 'Wyciąg z rachunku', 'Hesap ekstresi'])} ${String(r.int(1, 12))}/${String(r.int(2023, 2025))}\n${c.N(h)}\n`; d.put(c.addrLine(h, true));
    d.f`\nIBAN: ${c.iban({ de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pl: 'PL', tr: 'TR', pt: 'PT' }[c.lang] || null, true)}\n\n`;
  }
  const rows = [];
  const bl = BANK_L[v === 'us' ? 'en' : c.lang] || BANK_L.en;
  for (let i = 0; i < n(c, 8); i++) {
    const q = c.person();
    const k = r.weighted([[4, 'transfer'], [3, 'card'], [1, 'sepa_dd'], [1, 'atm']]);
    const desc = k === 'transfer' ? [bl[3], c.N(q), ' ', c.look('invoice_number')]
      : k === 'card' ? [bl[4], c.look('masked_card'), ' ', r.pick(['REWE', 'Carrefour', 'Mercadona', 'Tesco', 'Amazon Mktp', 'Shell', 'Migros', 'Biedronka'])]
      : k === 'sepa_dd' ? [bl[5], c.N(q), ' ', L('crm_id', `M-${r.digits(8)}`)] : [bl[6], c.City(q)];
    rows.push([c.date(), desc, c.price()]);
  }
  mdTable(d, bl.slice(0, 3), rows);
  if (r.chance(0.4)) { const q = c.person(); d.t('\nStanding order to '); d.put(c.N(q)); d.t(' — '); d.put(c.iban(null, true)); d.t('\n'); }
  if (r.chance(0.5)) { d.t('Card on file: '); d.put(c.card(null, 'space')); d.t('\n'); }
  return d;
}

// ------------------------------------------------------------------ tax_form
function taxForm(c, d) {
  const r = c.r;
  const p = c.person({ loc: 'US' });
  const v = r.pick(['w9', '1099', 'w2', 'letter']);
  const tin = r.chance(0.45) ? ['SSN', c.ssn()] : ['ITIN', c.itin()];
  if (v === 'w9') {
    d.f`Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number\n1 Name: ${c.N(p)}\n2 Business name: ${r.chance(0.5) ? c.company('en') : ''}\n3 Federal tax classification: Individual/sole proprietor\n5 Address: ${c.Street(p)}\n6 City, state, ZIP: ${c.City(p)}, ${p.addr.region || 'NY'} ${p.addr.postal}\nPart I ${tin[0]}: ${tin[1]}\nSignature: ________  Date: ${c.date('mdy/')}\n`;
    if (r.chance(0.5)) { d.t('Returned by e-mail from '); d.put(c.E(p)); d.t(' · phone '); d.put(c.Ph(p)); d.t('\n'); }
  } else if (v === '1099') {
    d.t(`1099-NEC export ${r.int(2022, 2024)} (contractors)\n`);
    const rows = [['recipient_name', 'recipient_tin', 'street', 'city', 'nonemployee_comp']];
    for (let i = 0; i < n(c, 9); i++) { const q = c.person({ loc: 'US' }); rows.push([c.N(q), r.chance(0.5) ? c.ssn() : c.itin(), c.Street(q), c.City(q), L('price', `$${(r.int(60000, 9000000) / 100).toFixed(2)}`)]); }
    delimited(d, rows, { sep: r.pick([',', '\t']), quote: 'min' });
  } else if (v === 'w2') {
    d.f`W-2 Wage and Tax Statement ${String(r.int(2022, 2024))}\na Employee's SSN: ${c.ssn()}\nc Employer: ${c.company('en')}\ne Employee: ${c.N(p)}\nf Address: ${c.Street(p)}, ${c.City(p)} ${p.addr.postal}\n1 Wages: ${c.price(r.int(30000, 160000))}\n2 Federal tax withheld: ${c.price(r.int(3000, 30000))}\n`;
    if (r.chance(0.5)) { d.t('Spouse: '); const s = c.person({ loc: 'US' }); d.put(c.N(s)); d.t(' ITIN '); d.put(c.itin()); d.t('\n'); }
  } else {
    d.f`Department of the Treasury — Notice CP${String(r.int(10, 99))}${r.pick(['', 'A'])}\n${c.N(p)}\n${c.Street(p)}\n${c.City(p)}, ${p.addr.region || 'CA'} ${p.addr.postal}\n\nTaxpayer ID: ${tin[1]}\nTax period: ${c.date('mdy/')}\nAmount due: ${c.price(r.int(100, 9000))}\n\nCall us at 1-800-829-0922 if you have questions. Reference ${L('ticket_id', `${r.digits(4)}-${r.digits(5)}`)}.\n`;
    if (r.chance(0.5)) { d.t('Previously reported number (rejected): '); d.put(c.look('invalid_ssn')); d.t('\n'); }
  }
  return d;
}

// ------------------------------------------------------------------ pharmacy_rx
function pharmacyRx(c, d) {
  const r = c.r;
  const uk = r.chance(0.4);
  const p = c.person({ loc: uk ? 'GB' : 'US' });
  const pres = c.person({ loc: 'US' });
  const drugs = ['Amoxicillin 500 mg caps', 'Oxycodone HCl 5 mg tab', 'Sertraline 50 mg tab', 'Atorvastatin 20 mg', 'Adderall XR 20 mg', 'Lisinopril 10 mg', 'Hydrocodone/APAP 5/325'];
  const drug = r.pick(drugs);
  if (r.chance(0.4)) {
    d.t(`Controlled substance dispensing log — ${r.pick(['Bayview Pharmacy', 'CornerRx', 'Main St Drug'])} — week of `); d.put(c.date('mdy/')); d.t('\n\n');
    const rows = [['Rx', 'Patient', 'Drug', 'Qty', 'Prescriber', 'DEA']];
    for (let i = 0; i < n(c, 7); i++) { const q = c.person({ loc: 'US' }); const pr = c.person({ loc: 'US' }); rows.push([L('order_number', `${r.digits(7)}`), c.N(q), r.pick(drugs), String(r.int(10, 120)), c.N(pr), c.dea(pr)]); }
    delimited(d, rows, { sep: r.pick([',', '\t', ' | ']), quote: 'min' });
    return d;
  }
  if (uk) {
    d.f`${r.pick(['Boots', 'Riverside Pharmacy', 'Well Pharmacy'])} — Prescription record\nPatient: ${c.N(p)}   NHS no: ${c.nhs()}\nAddress: ${c.Street(p)}, ${c.City(p)} ${p.addr.postal}\nItem: ${drug}  Qty ${String(r.int(14, 90))}\nPrescriber: Dr ${c.N(c.person({ loc: 'GB' }))} (GMC ${r.digits(7)})\nExemption: ${r.pick(['paid', 'over 60', 'maternity', 'HC2'])}\nDispensed: ${c.ts('space')}\n`;
    if (r.chance(0.5)) { d.t('Rejected scan — NHS no entered as '); d.put(c.look('invalid_nhs')); d.t('\n'); }
    if (r.chance(0.5)) { const q = c.person({ loc: 'GB' }); d.t('Collected by: '); d.put(c.N(q)); d.t(' ('); d.put(c.Ph(q)); d.t(')\n'); }
    return d;
  }
  d.f`Rx# ${L('order_number', `${r.digits(7)}-${r.digits(5)}`)}   Filled ${c.date('mdy/')}\n${c.N(p)}\n${c.Street(p)}, ${c.City(p)} ${p.addr.region || ''} ${p.addr.postal}\n${drug}\nQTY: ${String(r.int(10, 120))}   Refills: ${String(r.int(0, 5))}\nPrescriber: ${c.N(pres)}, ${r.pick(['MD', 'DO', 'NP', 'DDS'])}\nDEA: ${c.dea(pres)}   NPI: ${r.digits(10)}\nPharmacy: ${r.pick(['Bayview Pharmacy', 'CornerRx', 'Main St Drug'])} ${c.Ph(c.person({ loc: 'US' }))}\n`;
  if (r.chance(0.5)) { const q = c.person({ loc: 'US' }); d.f`Transferred from ${c.N(q)} (DEA ${c.dea(q)})\n`; }
  if (r.chance(0.4)) { d.t('Patient phone: '); d.put(c.Ph(p)); d.t('  Insurance BIN 610014 PCN '); d.t(r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 4)); d.t('\n'); }
  return d;
}

// ------------------------------------------------------------------ crypto_ledger
function cryptoLedger(c, d) {
  const r = c.r;
  const v = r.pick(['withdrawals', 'notes', 'api', 'kyc']);
  if (v === 'kyc') {
    d.t('KYC review queue — exported ' ); d.put(c.ts('isoZ')); d.t('\n\n');
    for (let i = 0; i < n(c, 3); i++) {
      const p = c.person({ loc: 'US' }); const x = c.dl();
      d.f`- applicant: ${c.N(p)} <${c.E(p)}>\n  address: ${c.addrLine(p, false)}\n  ssn: ${c.ssn()}\n  passport: ${c.passport()}\n  ${x.state} DL: ${x.item}\n  payout address: ${c.btc()}\n  bank: routing ${c.routing()} acct ${c.bank()}\n  status: ${r.pick(['approved', 'needs review', 'rejected'])}\n`;
    }
    return d;
  }
  if (v === 'withdrawals') {
    d.t('time,user,asset,amount,to_address,txid,status\n');
    for (let i = 0; i < n(c, 7); i++) {
      const p = c.person();
      d.put(c.ts('isoZ')); d.t(','); d.put(c.E(p)); d.t(`,BTC,0.${r.digits(6)},`); d.put(c.btc()); d.t(','); d.put(L('hash', r.hex(64))); d.t(`,${r.pick(['confirmed', 'pending', 'rejected'])}\n`);
    }
  } else if (v === 'notes') {
    const p = c.person({ lang: c.lang });
    d.f`${r.pick(['wallet notes', 'Notizen Wallet', 'notas cartera', 'кошелёк', 'ウォレットメモ'])} — ${c.N(p)}\n\n`;
    d.t('seed (paper backup in the drawer): '); d.put(c.T('WALLET_SEED_PHRASE')); d.t('\nreceive: '); d.put(c.btc()); d.t('\ncold: '); d.put(c.btc()); d.t('\n2FA backup codes: ');
    for (let i = 0; i < 4; i++) { d.put(c.T('BACKUP_CODES')); d.t(i < 3 ? ' ' : '\n'); }
    d.t('exchange login '); d.put(c.E(p)); d.t(' / '); d.put(c.humanPw()); d.t('\n');
  } else {
    d.t('# exchange API (read + withdraw)\n');
    const k = c.tok(r.pick(['GENERIC_API_KEY_BASE62', 'GENERIC_API_KEY_HEX']));
    d.t('API_KEY='); d.put(S(k.e, k.v)); d.t('\nAPI_SECRET='); d.put(c.T(r.pick(['GENERIC_SECRET_BASE64', 'HMAC_SIGNING_KEY']))); d.t('\nWITHDRAW_WHITELIST=');
    d.put(c.btc()); d.t(','); d.put(c.btc()); d.t('\nNOTIFY='); d.put(c.E(c.person())); d.t('\n');
    for (let i = 0; i < n(c, 3); i++) { d.t('# payout '); d.put(c.ts('isoZ')); d.t(' → '); d.put(c.btc()); d.t(' ('); d.put(c.N(c.person())); d.t(')\n'); }
  }
  return d;
}

// ------------------------------------------------------------------ calendar_ics
function calendarIcs(c, d) {
  const r = c.r;
  const org = c.person({ lang: c.lang, domain: c.domain() });
  const ics = (t) => fmtTs(r, t, 'isoZ').replace(/[-:]/g, '');
  d.t('BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Acme//Scheduler 3.2//EN\nMETHOD:REQUEST\n');
  for (let k = 0; k < n(c, 2); k++) {
    const t0 = c.clock.tick(86400, 864000);
    d.f`BEGIN:VEVENT\nUID:${c.look('uuid')}\nDTSTAMP:${L('timestamp', ics(c.clock.tick(1, 60)))}\nDTSTART:${L('timestamp', ics(t0))}\nDTEND:${L('timestamp', ics(t0 + 3600))}\nSUMMARY:${r.pick(['QBR', 'Renewal call', 'Onboarding', 'Site visit', 'Support review', 'Kick-off'])} — ${c.company()}\nORGANIZER;CN=${c.N(org)}:mailto:${c.E(org)}\n`;
    for (let i = 0; i < r.int(2, 4); i++) { const a = c.person(); d.f`ATTENDEE;CN=${c.N(a)};ROLE=REQ-PARTICIPANT:mailto:${c.E(a)}\n`; }
    const venue = c.person();
    d.t('LOCATION:'); d.put(c.addrLine(venue, r.chance(0.5)).map((x) => (typeof x === 'string' ? x.replace(/,/g, '\\,') : x.with(x.v.replace(/,/g, '\\,'))))); d.t('\n');
    d.t(`DESCRIPTION:Join: https://meet.${r.pick(['acme-retail', 'bluefin-crm'])}.example/j/${r.digits(10)}\\nPasscode: `); d.put(c.T('MEETING_PASSCODE')); d.t('\\nDial-in: '); d.put(c.Ph(c.person())); d.t('\nEND:VEVENT\n');
  }
  d.t('END:VCALENDAR\n');
  return d;
}

export const PEOPLE_KINDS = [
  { name: 'support_ticket', count: 14, scale: 1, langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'tr', 'ja', 'zh', 'ko', 'ar', 'he', 'el', 'hi', 'th', 'vi', 'id', 'sv', 'uk'], build: supportTicket },
  { name: 'crm_note', count: 12, scale: 1.5, langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'zh', 'ko', 'ru', 'tr', 'pl', 'nl', 'ar', 'he', 'hi', 'el', 'th'], build: crmNote },
  { name: 'email_thread', count: 12, scale: 1, langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'ja', 'zh', 'ko', 'tr', 'el', 'he', 'vi', 'id', 'uk'], build: emailThread },
  { name: 'chat_export', count: 12, scale: 1.4, langs: ['en', 'de', 'fr', 'es', 'pt', 'ru', 'ja', 'zh', 'ko', 'tr', 'pl', 'ar', 'he', 'hi', 'th', 'vi', 'id', 'it', 'el', 'uk', 'sv', 'nl'], build: chatExport },
  { name: 'meeting_notes', count: 11, scale: 1.3, langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'zh', 'ko', 'ru', 'pl', 'nl', 'tr', 'el', 'he', 'ar', 'hi', 'th', 'vi', 'id', 'sv', 'uk'], build: meetingNotes },
  { name: 'shipping_label', count: 11, langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ja', 'zh', 'ko', 'ru', 'tr', 'el', 'ar', 'he', 'hi', 'th', 'vi', 'id', 'sv', 'uk'], build: shippingLabel },
  { name: 'delivery_note', count: 9, scale: 1.3, langs: ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'ja', 'ko', 'tr', 'ru'], build: deliveryNote },
  { name: 'intake_form', count: 11, langs: ['en'], build: intakeForm },
  { name: 'registration_form', count: 11, langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ja', 'ko', 'el', 'tr', 'ar', 'he', 'hi', 'th', 'vi', 'id', 'ru', 'zh', 'sv', 'uk'], build: registrationForm },
  { name: 'school_record', count: 10, scale: 1.4, langs: ['en', 'de', 'fr', 'es', 'ja', 'ko', 'el', 'pl', 'tr', 'ru', 'it', 'pt', 'zh', 'th', 'vi', 'id', 'hi', 'ar', 'he', 'nl'], build: schoolRecord },
  { name: 'invoice', count: 11, scale: 1.3, langs: ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'ja', 'tr', 'el', 'sv', 'ar', 'he'], build: invoice },
  { name: 'hr_record', count: 13, langs: ['en'], build: hrRecord },
  { name: 'bank_statement', count: 10, scale: 1.4, langs: ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'tr', 'pt'], build: bankStatement },
  { name: 'tax_form', count: 11, langs: ['en'], build: taxForm },
  { name: 'pharmacy_rx', count: 11, langs: ['en'], build: pharmacyRx },
  { name: 'crypto_ledger', count: 8, langs: ['en', 'de', 'es', 'ru', 'ja'], build: cryptoLedger },
  { name: 'calendar_ics', count: 8, langs: ['en', 'de', 'fr', 'ja', 'es', 'ko'], build: calendarIcs },
];
