// Language material: greetings, sign-offs, field labels, weekday and month names, date notations,
// and sentences of running prose with slots. Slots: {P} full name, {G} given name or nickname,
// {F} family name with a courtesy title, {L} town, {V} venue, {K} country, {T} phone, {E} e-mail,
// {D} date, {W} weekday, {M} month, {C} company, {J} job title, {R} product, {O} order/ref number,
// {X:Word} a literal capitalised word that is labelled as a look-alike.

const pad = (n) => String(n).padStart(2, '0');

export const LANGS = {
  en: {
    greet: ['Hi {G},', 'Dear {F},', 'Hello {G} —', 'Morning {G},', 'Dear {P},', 'Hey {G}!'],
    sign: ['Best,', 'Kind regards,', 'Cheers,', 'Thanks,', 'All the best,', 'Sincerely,'],
    title: { m: 'Mr ', f: 'Ms ' }, titleAfter: false,
    f: { name: 'Name', phone: 'Phone', mobile: 'Mobile', email: 'Email', address: 'Address', city: 'City', country: 'Country', dob: 'Date of birth', customer: 'Customer', assignee: 'Assignee', reporter: 'Reporter', patient: 'Patient', guest: 'Guest', student: 'Student', driver: 'Driver', tenant: 'Tenant', notes: 'Notes', date: 'Date', status: 'Status', amount: 'Amount', contact: 'Contact', emergency: 'Emergency contact', subject: 'Subject' },
    wd: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    mo: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: (r, y, m, d, L) => r.pick([`${pad(m)}/${pad(d)}/${y}`, `${d} ${L.mo[m - 1]} ${y}`, `${L.mo[m - 1]} ${d}, ${y}`, `${y}-${pad(m)}-${pad(d)}`, `${pad(d)}/${pad(m)}/${y}`]),
    prose: [
      '{P} from {L} called on {W} about the delayed refund and asked us to ring back on {T}.',
      'According to {G}, the pallets left {L} on {D} but never reached the depot.',
      '{X:Will} someone from {C} confirm the venue? {G} suggested {V} in {L}.',
      'We met {P} ({J}, {C}) at the trade fair; follow-up via {E}.',
      '{X:Mark} the invoice as disputed until {F} sends the signed delivery note.',
      'Reminder: {G} is out of office until {W}; urgent questions go to {T}.',
      'The {R} rollout in {L} slipped to {M} because {P} is still waiting on the landlord.',
      '{X:Grace} period for order {O} ends {D}; after that {C} charges a restocking fee.',
      '{F} moved from {L} to {K} last {M} and asked that post be forwarded.',
      'If {X:Bill} runs late again we will {X:Bill} the customer for the extra hour, says {G}.',
      '{P}, our new {J}, starts on {W} and will sit with the {R} team.',
      'Spoke to {G} at {T}: they prefer e-mail ({E}) and mornings before {X:Noon}.',
    ],
    caps: ['Will', 'Mark', 'Bill', 'Grace', 'Hope', 'Faith', 'Rose', 'Frank', 'Summer', 'Sterling', 'Chase', 'Baker'],
  },
  de: {
    greet: ['Hallo {G},', 'Sehr geehrte{FT} {F},', 'Liebe{FL} {G},', 'Moin {G},', 'Guten Tag {F},'],
    sign: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße', 'LG', 'Herzliche Grüße'],
    title: { m: 'Herr ', f: 'Frau ' }, FT: { m: 'r', f: '' }, FL: { m: 'r', f: '' },
    f: { name: 'Name', phone: 'Telefon', mobile: 'Mobil', email: 'E-Mail', address: 'Anschrift', city: 'Ort', country: 'Land', dob: 'Geburtsdatum', customer: 'Kunde', assignee: 'Bearbeiter', reporter: 'Gemeldet von', patient: 'Patient', guest: 'Gast', student: 'Schüler', driver: 'Fahrer', tenant: 'Mieter', notes: 'Bemerkung', date: 'Datum', status: 'Status', amount: 'Betrag', contact: 'Ansprechpartner', emergency: 'Notfallkontakt', subject: 'Betreff' },
    wd: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    mo: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}. ${L.mo[m - 1]} ${y}`, `${pad(d)}.${pad(m)}.${String(y).slice(2)}`, `${y}-${pad(m)}-${pad(d)}`]),
    prose: [
      'Gestern hat {P} aus {L} angerufen und um Rückruf unter {T} gebeten.',
      'Die Lieferung für {F} ist laut Spedition am {D} in {L} angekommen.',
      'Wir brauchen für das Sommerfest noch einen {X:Koch}; {G} fragt bei {C} nach.',
      '{P} ({J}) übernimmt ab {W} die Vertretung, erreichbar unter {E}.',
      'Der {X:Fischer}-Stand auf dem Markt in {L} hat am {W} geschlossen, meint {G}.',
      'Termin mit {F} verschoben auf {D}, Treffpunkt {V}.',
      'Laut {G} läuft der Mietvertrag in {L} noch bis {M}.',
      'Rückfrage zu Auftrag {O}: {F} bittet um Lieferung nach {K} statt nach {L}.',
      'Bitte {X:Bauer} und {X:Wagner} im Katalog nicht verwechseln – das sind Produktlinien von {C}, sagt {G}.',
      '{P} hat das {R}-Update freigegeben; Rollout in {L} ab {W}.',
    ],
    caps: ['Koch', 'Fischer', 'Bauer', 'Wagner', 'Schneider', 'Becker', 'Meister', 'Richter', 'Zimmermann', 'Wolf'],
  },
  fr: {
    greet: ['Bonjour {G},', 'Chère {G},', 'Madame, Monsieur,', 'Bonjour {F},', 'Salut {G} !'],
    sign: ['Cordialement,', 'Bien à vous,', 'Bonne journée,', 'À bientôt,', 'Amicalement,'],
    title: { m: 'M. ', f: 'Mme ' },
    f: { name: 'Nom', phone: 'Téléphone', mobile: 'Portable', email: 'Courriel', address: 'Adresse', city: 'Ville', country: 'Pays', dob: 'Date de naissance', customer: 'Client', assignee: 'Responsable', reporter: 'Signalé par', patient: 'Patient', guest: 'Client hôtel', student: 'Élève', driver: 'Chauffeur', tenant: 'Locataire', notes: 'Remarques', date: 'Date', status: 'Statut', amount: 'Montant', contact: 'Contact', emergency: 'Personne à prévenir', subject: 'Objet' },
    wd: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    mo: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${L.mo[m - 1]} ${y}`, `${d === 1 ? '1er' : d} ${L.mo[m - 1]} ${y}`]),
    prose: [
      '{P}, domicilié à {L}, nous a contactés {W} au sujet de sa facture ; merci de le rappeler au {T}.',
      'Selon {G}, le colis est parti de {L} le {D}.',
      'Réunion avec {F} ({J} chez {C}) reportée au {D}, salle {V}.',
      '{G} demande que les relevés soient envoyés à {E} plutôt que par courrier.',
      'La commande {O} de {F} sera livrée à {L} début {M}.',
      '{P} quitte {L} pour {K} ; nouveau numéro : {T}.',
    ],
  },
  es: {
    greet: ['Hola {G}:', 'Estimada {F}:', 'Buenas tardes, {G}:', 'Querido {G}:', 'Estimado/a {P}:'],
    sign: ['Un saludo,', 'Saludos cordiales,', 'Atentamente,', 'Un abrazo,', 'Gracias de antemano,'],
    title: { m: 'Sr. ', f: 'Sra. ' },
    f: { name: 'Nombre', phone: 'Teléfono', mobile: 'Móvil', email: 'Correo', address: 'Dirección', city: 'Ciudad', country: 'País', dob: 'Fecha de nacimiento', customer: 'Cliente', assignee: 'Asignado a', reporter: 'Reportado por', patient: 'Paciente', guest: 'Huésped', student: 'Alumno', driver: 'Conductor', tenant: 'Inquilino', notes: 'Observaciones', date: 'Fecha', status: 'Estado', amount: 'Importe', contact: 'Contacto', emergency: 'Contacto de emergencia', subject: 'Asunto' },
    wd: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    mo: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${L.mo[m - 1]} de ${y}`, `${d}-${pad(m)}-${y}`]),
    prose: [
      '{P} llamó desde {L} el {W} para reclamar el pedido {O}; pide que le devolvamos la llamada al {T}.',
      'Según {G}, la mudanza a {L} será en {M}.',
      'La reunión con {F}, {J} de {C}, queda para el {D} en {V}.',
      '{G} prefiere que le escribamos a {E}.',
      '{P} se traslada de {L} a {K} y deja el piso el {D}.',
      '{X:Rosario} no es una persona: es la sucursal de {C} en {L}, aclara {G}.',
    ],
  },
  pt: {
    greet: ['Olá {G},', 'Prezada {F},', 'Bom dia, {G}!', 'Caro {G},'],
    sign: ['Abraços,', 'Atenciosamente,', 'Obrigado,', 'Cumprimentos,'],
    title: { m: 'Sr. ', f: 'Sra. ' },
    f: { name: 'Nome', phone: 'Telefone', mobile: 'Celular', email: 'E-mail', address: 'Endereço', city: 'Cidade', country: 'País', dob: 'Data de nascimento', customer: 'Cliente', assignee: 'Responsável', reporter: 'Aberto por', patient: 'Paciente', guest: 'Hóspede', student: 'Aluno', driver: 'Motorista', tenant: 'Inquilino', notes: 'Observações', date: 'Data', status: 'Situação', amount: 'Valor', contact: 'Contato', emergency: 'Contato de emergência', subject: 'Assunto' },
    wd: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    mo: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${L.mo[m - 1]} de ${y}`]),
    prose: [
      '{P}, de {L}, ligou na {W} pedindo retorno no {T}.',
      'Segundo {G}, a entrega do pedido {O} ficou para {D}.',
      'A {F} ({J} da {C}) confirmou presença no evento em {V}.',
      '{G} pediu para mandar o boleto para {E}.',
      '{P} vai se mudar de {L} para {K} em {M}.',
    ],
  },
  it: {
    greet: ['Ciao {G},', 'Gentile {F},', 'Buongiorno {G},', 'Caro {G},'],
    sign: ['Cordiali saluti,', 'Un saluto,', 'A presto,', 'Grazie mille,'],
    title: { m: 'Sig. ', f: 'Sig.ra ' },
    f: { name: 'Nome', phone: 'Telefono', mobile: 'Cellulare', email: 'Email', address: 'Indirizzo', city: 'Città', country: 'Paese', dob: 'Data di nascita', customer: 'Cliente', assignee: 'Assegnatario', reporter: 'Segnalato da', patient: 'Paziente', guest: 'Ospite', student: 'Studente', driver: 'Autista', tenant: 'Inquilino', notes: 'Note', date: 'Data', status: 'Stato', amount: 'Importo', contact: 'Referente', emergency: 'Contatto di emergenza', subject: 'Oggetto' },
    wd: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    mo: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${L.mo[m - 1]} ${y}`, `${d}.${m}.${y}`]),
    prose: [
      '{P} di {L} ha chiamato {W} per il rimborso; richiamare al {T}.',
      'Secondo {G} la consegna dell\u2019ordine {O} slitta al {D}.',
      'La {F}, {J} presso {C}, ci aspetta a {V}.',
      '{G} chiede di scrivere a {E} e non al vecchio indirizzo.',
      '{P} si trasferisce a {L} a {M}.',
    ],
  },
  nl: {
    greet: ['Hoi {G},', 'Beste {G},', 'Geachte {F},', 'Goedemorgen {G},'],
    sign: ['Groetjes,', 'Met vriendelijke groet,', 'Hartelijke groet,', 'Gr.'],
    title: { m: 'dhr. ', f: 'mevr. ' },
    f: { name: 'Naam', phone: 'Telefoon', mobile: 'Mobiel', email: 'E-mail', address: 'Adres', city: 'Plaats', country: 'Land', dob: 'Geboortedatum', customer: 'Klant', assignee: 'Behandelaar', reporter: 'Gemeld door', patient: 'Patiënt', guest: 'Gast', student: 'Leerling', driver: 'Chauffeur', tenant: 'Huurder', notes: 'Opmerkingen', date: 'Datum', status: 'Status', amount: 'Bedrag', contact: 'Contactpersoon', emergency: 'Noodcontact', subject: 'Onderwerp' },
    wd: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    mo: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}-${pad(m)}-${y}`, `${d} ${L.mo[m - 1]} ${y}`]),
    prose: [
      '{P} uit {L} belde {W}: graag terugbellen op {T}.',
      'Volgens {G} is de verhuizing naar {L} op {D}.',
      '{F} ({J}, {C}) wil de offerte voor {R} per mail op {E}.',
      'De bestelling {O} voor {G} gaat pas in {M} de deur uit.',
      'Vergadering met {P} verplaatst naar {V}.',
    ],
  },
  pl: {
    greet: ['Cześć {G},', 'Szanowni Państwo,', 'Dzień dobry {F},', 'Hej {G}!'],
    sign: ['Pozdrawiam,', 'Z poważaniem,', 'Dzięki,', 'Serdecznie pozdrawiam,'],
    title: { m: 'Pan ', f: 'Pani ' },
    f: { name: 'Imię i nazwisko', phone: 'Telefon', mobile: 'Tel. kom.', email: 'E-mail', address: 'Adres', city: 'Miejscowość', country: 'Kraj', dob: 'Data urodzenia', customer: 'Klient', assignee: 'Przypisano', reporter: 'Zgłaszający', patient: 'Pacjent', guest: 'Gość', student: 'Uczeń', driver: 'Kierowca', tenant: 'Najemca', notes: 'Uwagi', date: 'Data', status: 'Status', amount: 'Kwota', contact: 'Osoba kontaktowa', emergency: 'Kontakt awaryjny', subject: 'Temat' },
    wd: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
    mo: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${L.mo[m - 1]} ${y} r.`]),
    prose: [
      '{P} z miejscowości {L} dzwonił(a) w {W}; prosi o kontakt pod numerem {T}.',
      '{G} twierdzi, że przesyłka {O} dotrze {D} (miejscowość: {L}).',
      'Spotkanie: {F} ({J}, {C}) — nowe miejsce: {V}.',
      '{G} prosi o fakturę na adres {E}.',
    ],
  },
  sv: {
    greet: ['Hej {G}!', 'Hej {G},', 'Bästa {P},'],
    sign: ['Hälsningar,', 'Vänliga hälsningar,', 'Mvh', 'Tack!'],
    title: { m: '', f: '' },
    f: { name: 'Namn', phone: 'Telefon', mobile: 'Mobil', email: 'E-post', address: 'Adress', city: 'Ort', country: 'Land', dob: 'Födelsedatum', customer: 'Kund', assignee: 'Handläggare', reporter: 'Anmäld av', patient: 'Patient', guest: 'Gäst', student: 'Elev', driver: 'Förare', tenant: 'Hyresgäst', notes: 'Anteckningar', date: 'Datum', status: 'Status', amount: 'Belopp', contact: 'Kontakt', emergency: 'Närmast anhörig', subject: 'Ämne' },
    wd: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
    mo: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    date: (r, y, m, d, L) => r.pick([`${y}-${pad(m)}-${pad(d)}`, `${d} ${L.mo[m - 1]} ${y}`]),
    prose: [
      '{P} i {L} ringde i {W} – ring tillbaka på {T}.',
      'Enligt {G} flyttar de till {L} i {M}.',
      'Mötet med {P} ({C}) blir på {V} den {D}.',
    ],
  },
  ru: {
    greet: ['Здравствуйте, {P}!', 'Добрый день, {G}!', 'Привет, {G}!', 'Уважаемый(ая) {P},'],
    sign: ['С уважением,', 'Спасибо,', 'Всего доброго,', 'До связи,'],
    title: { m: 'г-н ', f: 'г-жа ' },
    f: { name: 'ФИО', phone: 'Телефон', mobile: 'Моб.', email: 'Эл. почта', address: 'Адрес', city: 'Город', country: 'Страна', dob: 'Дата рождения', customer: 'Клиент', assignee: 'Исполнитель', reporter: 'Автор', patient: 'Пациент', guest: 'Гость', student: 'Ученик', driver: 'Водитель', tenant: 'Арендатор', notes: 'Примечание', date: 'Дата', status: 'Статус', amount: 'Сумма', contact: 'Контактное лицо', emergency: 'Экстренный контакт', subject: 'Тема' },
    wd: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
    mo: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${L.mo[m - 1]} ${y} г.`]),
    prose: [
      '{P} из города {L} звонил(а) в {W}, просит перезвонить по номеру {T}.',
      '{G} говорит, что заказ {O} отправлен {D}.',
      'Встреча: {P} ({J}, {C}), новое место — {V}.',
      '{G} просит присылать документы на {E}.',
      '{P} переезжает за границу ({K}); пока живёт в городе {L}.',
    ],
  },
  uk: {
    greet: ['Добрий день, {G}!', 'Вітаю, {P}!'], sign: ['З повагою,', 'Дякую,'], title: { m: 'пан ', f: 'пані ' },
    f: { name: 'ПІБ', phone: 'Телефон', mobile: 'Моб.', email: 'Ел. пошта', address: 'Адреса', city: 'Місто', country: 'Країна', dob: 'Дата народження', customer: 'Клієнт', assignee: 'Виконавець', reporter: 'Автор', patient: 'Пацієнт', guest: 'Гість', student: 'Учень', driver: 'Водій', tenant: 'Орендар', notes: 'Примітка', date: 'Дата', status: 'Статус', amount: 'Сума', contact: 'Контакт', emergency: 'Екстрений контакт', subject: 'Тема' },
    wd: ['понеділок', 'вівторок', 'середа', 'четвер', "п'ятниця", 'субота', 'неділя'],
    mo: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${L.mo[m - 1]} ${y} р.`]),
    prose: ['{P} з міста {L} телефонував(ла) у {W}; номер для зв\u2019язку {T}.', '{G} каже, що посилка {O} прибуде {D}.', '{G} просить надсилати рахунки на {E}.'],
  },
  ja: {
    greet: ['{F}様', '{F}さん', 'お疲れさまです。{F}さん', '{P}様\nいつもお世話になっております。'],
    sign: ['よろしくお願いいたします。', '以上、よろしくお願いします。', '取り急ぎご連絡まで。'],
    title: { m: '', f: '' }, familyOnly: true,
    f: { name: '氏名', phone: '電話番号', mobile: '携帯', email: 'メール', address: '住所', city: '市区町村', country: '国', dob: '生年月日', customer: '顧客', assignee: '担当者', reporter: '起票者', patient: '患者', guest: '宿泊者', student: '生徒', driver: 'ドライバー', tenant: '入居者', notes: '備考', date: '日付', status: 'ステータス', amount: '金額', contact: '連絡先', emergency: '緊急連絡先', subject: '件名' },
    wd: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'],
    mo: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    date: (r, y, m, d) => r.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`, `令和${y - 2018}年${m}月${d}日`]),
    prose: [
      '{L}の{P}様から{W}にお電話があり、{T}まで折り返しをご希望です。',
      '{F}さんによると、注文番号{O}は{D}に発送済みとのことです。',
      '{C}の{J}、{P}さんとの打ち合わせは{V}で行います。',
      '請求書は{E}宛てに送ってほしいと{F}さんから連絡がありました。',
      '{P}さんは{M}から{L}に転勤になります。',
    ],
  },
  zh: {
    greet: ['{F}您好：', '{G}，你好！', '尊敬的{P}：'],
    sign: ['此致', '谢谢！', '祝好，'],
    title: { m: '', f: '' }, familyOnly: true, titleSuffix: { m: '先生', f: '女士' },
    f: { name: '姓名', phone: '电话', mobile: '手机', email: '邮箱', address: '地址', city: '城市', country: '国家', dob: '出生日期', customer: '客户', assignee: '负责人', reporter: '提交人', patient: '患者', guest: '住客', student: '学生', driver: '司机', tenant: '租户', notes: '备注', date: '日期', status: '状态', amount: '金额', contact: '联系人', emergency: '紧急联系人', subject: '主题' },
    wd: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
    mo: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    date: (r, y, m, d) => r.pick([`${y}年${m}月${d}日`, `${y}-${pad(m)}-${pad(d)}`, `${y}/${m}/${d}`]),
    prose: [
      '{L}的{P}{W}来电，请回拨{T}。',
      '据{F}说，订单{O}已于{D}发出。',
      '与{C}{J}{P}的会议改在{V}举行。',
      '{P}要求把发票发到{E}。',
      '{P}下个月从{L}搬到{K}。',
    ],
  },
  ko: {
    greet: ['{P}님, 안녕하세요.', '{F}님께', '안녕하세요 {G}님!'],
    sign: ['감사합니다.', '수고하세요.', '좋은 하루 되세요.'],
    title: { m: '', f: '' }, familyOnly: true,
    f: { name: '이름', phone: '전화', mobile: '휴대폰', email: '이메일', address: '주소', city: '도시', country: '국가', dob: '생년월일', customer: '고객', assignee: '담당자', reporter: '작성자', patient: '환자', guest: '투숙객', student: '학생', driver: '기사', tenant: '세입자', notes: '비고', date: '날짜', status: '상태', amount: '금액', contact: '연락처', emergency: '비상 연락처', subject: '제목' },
    wd: ['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일'],
    mo: ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'],
    date: (r, y, m, d) => r.pick([`${y}. ${m}. ${d}.`, `${y}년 ${m}월 ${d}일`, `${y}-${pad(m)}-${pad(d)}`]),
    prose: ['{L}에 사는 {P}님이 {W}에 전화하셨습니다. {T}로 회신 부탁드립니다.', '{G}님 말로는 주문 {O}이 {D}에 출고됐다고 합니다.', '{C} {J} {P}님과의 미팅은 {V}에서 진행합니다.', '{P}님은 청구서를 {E}로 받기를 원합니다.'],
  },
  ar: {
    greet: ['مرحباً {G}،', 'السيد/ة {P} المحترم/ة،', 'عزيزي {G}،'],
    sign: ['مع التحية،', 'شكراً لك،', 'تحياتي،'],
    title: { m: 'السيد ', f: 'السيدة ' },
    f: { name: 'الاسم', phone: 'الهاتف', mobile: 'الجوال', email: 'البريد الإلكتروني', address: 'العنوان', city: 'المدينة', country: 'الدولة', dob: 'تاريخ الميلاد', customer: 'العميل', assignee: 'المسؤول', reporter: 'مقدم الطلب', patient: 'المريض', guest: 'النزيل', student: 'الطالب', driver: 'السائق', tenant: 'المستأجر', notes: 'ملاحظات', date: 'التاريخ', status: 'الحالة', amount: 'المبلغ', contact: 'جهة الاتصال', emergency: 'جهة اتصال للطوارئ', subject: 'الموضوع' },
    wd: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
    mo: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${L.mo[m - 1]} ${y}`]),
    prose: ['اتصل {P} من {L} يوم {W} ويطلب معاودة الاتصال على الرقم {T}.', 'بحسب {G}، تم شحن الطلب {O} بتاريخ {D}.', 'يرجى إرسال الفاتورة إلى {E} باسم {P}.', 'الاجتماع مع {P} من {C} سيكون في {V}.'],
  },
  he: {
    greet: ['שלום {G},', 'היי {G},', 'לכבוד {P},'], sign: ['בברכה,', 'תודה,', 'המשך יום טוב,'], title: { m: 'מר ', f: 'גב\' ' },
    f: { name: 'שם', phone: 'טלפון', mobile: 'נייד', email: 'דוא"ל', address: 'כתובת', city: 'עיר', country: 'מדינה', dob: 'תאריך לידה', customer: 'לקוח', assignee: 'אחראי', reporter: 'מדווח', patient: 'מטופל', guest: 'אורח', student: 'תלמיד', driver: 'נהג', tenant: 'שוכר', notes: 'הערות', date: 'תאריך', status: 'סטטוס', amount: 'סכום', contact: 'איש קשר', emergency: 'איש קשר לחירום', subject: 'נושא' },
    wd: ['יום שני', 'יום שלישי', 'יום רביעי', 'יום חמישי', 'יום שישי', 'שבת', 'יום ראשון'],
    mo: ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
    date: (r, y, m, d) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d}.${m}.${y}`]),
    prose: ['{P} מ{L} התקשר/ה ב{W}, נא לחזור למספר {T}.', 'לדברי {G}, ההזמנה {O} נשלחה ב-{D}.', '{G} מבקש/ת לשלוח חשבוניות ל-{E}.'],
  },
  tr: {
    greet: ['Merhaba {G},', 'Sayın {P},', 'Selam {G}!'], sign: ['Saygılarımla,', 'İyi çalışmalar,', 'Teşekkürler,'], title: { m: 'Bay ', f: 'Bayan ' },
    f: { name: 'Ad Soyad', phone: 'Telefon', mobile: 'Cep', email: 'E-posta', address: 'Adres', city: 'Şehir', country: 'Ülke', dob: 'Doğum tarihi', customer: 'Müşteri', assignee: 'Atanan', reporter: 'Bildiren', patient: 'Hasta', guest: 'Misafir', student: 'Öğrenci', driver: 'Sürücü', tenant: 'Kiracı', notes: 'Notlar', date: 'Tarih', status: 'Durum', amount: 'Tutar', contact: 'İrtibat', emergency: 'Acil durum kişisi', subject: 'Konu' },
    wd: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
    mo: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${L.mo[m - 1]} ${y}`]),
    prose: ['{L}\u2019dan {P} {W} günü aradı, {T} numarasından geri dönüş bekliyor.', '{G}\u2019e göre {O} numaralı sipariş {D} tarihinde kargoya verildi.', '{P} faturaların {E} adresine gönderilmesini istiyor.', '{C} firmasından {P} ile toplantı {V}\u2019da.'],
  },
  el: {
    greet: ['Γεια σου {G},', 'Αγαπητή {P},', 'Καλημέρα {G},'], sign: ['Με εκτίμηση,', 'Ευχαριστώ,', 'Φιλικά,'], title: { m: 'κ. ', f: 'κα ' },
    f: { name: 'Ονοματεπώνυμο', phone: 'Τηλέφωνο', mobile: 'Κινητό', email: 'Email', address: 'Διεύθυνση', city: 'Πόλη', country: 'Χώρα', dob: 'Ημ. γέννησης', customer: 'Πελάτης', assignee: 'Υπεύθυνος', reporter: 'Αναφέρθηκε από', patient: 'Ασθενής', guest: 'Επισκέπτης', student: 'Μαθητής', driver: 'Οδηγός', tenant: 'Μισθωτής', notes: 'Σημειώσεις', date: 'Ημερομηνία', status: 'Κατάσταση', amount: 'Ποσό', contact: 'Επικοινωνία', emergency: 'Επαφή έκτακτης ανάγκης', subject: 'Θέμα' },
    wd: ['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
    mo: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    date: (r, y, m, d, L) => r.pick([`${d}/${m}/${y}`, `${d} ${L.mo[m - 1]} ${y}`]),
    prose: ['Ο/Η {P} από {L} τηλεφώνησε την {W}· παρακαλώ καλέστε στο {T}.', 'Σύμφωνα με {G}, η παραγγελία {O} στάλθηκε στις {D}.', 'Στείλτε τα τιμολόγια στο {E}.'],
  },
  hi: {
    greet: ['नमस्ते {G} जी,', 'प्रिय {P},'], sign: ['धन्यवाद,', 'सादर,'], title: { m: 'श्री ', f: 'श्रीमती ' },
    f: { name: 'नाम', phone: 'फ़ोन', mobile: 'मोबाइल', email: 'ईमेल', address: 'पता', city: 'शहर', country: 'देश', dob: 'जन्म तिथि', customer: 'ग्राहक', assignee: 'ज़िम्मेदार', reporter: 'रिपोर्टकर्ता', patient: 'मरीज़', guest: 'अतिथि', student: 'छात्र', driver: 'ड्राइवर', tenant: 'किरायेदार', notes: 'टिप्पणी', date: 'तारीख़', status: 'स्थिति', amount: 'राशि', contact: 'संपर्क', emergency: 'आपातकालीन संपर्क', subject: 'विषय' },
    wd: ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'रविवार'],
    mo: ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${L.mo[m - 1]} ${y}`, `${pad(d)}-${pad(m)}-${y}`]),
    prose: ['{L} से {P} ने {W} को फ़ोन किया था, कृपया {T} पर वापस कॉल करें।', '{G} के अनुसार ऑर्डर {O} {D} को भेजा गया।', 'बिल {E} पर भेजें।'],
  },
  vi: {
    greet: ['Chào {G},', 'Kính gửi anh/chị {P},'], sign: ['Trân trọng,', 'Cảm ơn,'], title: { m: 'ông ', f: 'bà ' },
    f: { name: 'Họ tên', phone: 'Điện thoại', mobile: 'Di động', email: 'Email', address: 'Địa chỉ', city: 'Thành phố', country: 'Quốc gia', dob: 'Ngày sinh', customer: 'Khách hàng', assignee: 'Người phụ trách', reporter: 'Người báo', patient: 'Bệnh nhân', guest: 'Khách', student: 'Học sinh', driver: 'Tài xế', tenant: 'Người thuê', notes: 'Ghi chú', date: 'Ngày', status: 'Trạng thái', amount: 'Số tiền', contact: 'Liên hệ', emergency: 'Liên hệ khẩn cấp', subject: 'Tiêu đề' },
    wd: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
    mo: ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6', 'tháng 7', 'tháng 8', 'tháng 9', 'tháng 10', 'tháng 11', 'tháng 12'],
    date: (r, y, m, d) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `ngày ${d} tháng ${m} năm ${y}`]),
    prose: ['{P} ở {L} đã gọi vào {W}, vui lòng gọi lại số {T}.', 'Theo {G}, đơn hàng {O} đã gửi ngày {D}.', 'Gửi hóa đơn về {E} giúp mình nhé.'],
  },
  id: {
    greet: ['Halo {G},', 'Yth. Bapak/Ibu {P},'], sign: ['Salam,', 'Terima kasih,', 'Hormat saya,'], title: { m: 'Bapak ', f: 'Ibu ' },
    f: { name: 'Nama', phone: 'Telepon', mobile: 'HP', email: 'Surel', address: 'Alamat', city: 'Kota', country: 'Negara', dob: 'Tanggal lahir', customer: 'Pelanggan', assignee: 'Penanggung jawab', reporter: 'Pelapor', patient: 'Pasien', guest: 'Tamu', student: 'Siswa', driver: 'Sopir', tenant: 'Penyewa', notes: 'Catatan', date: 'Tanggal', status: 'Status', amount: 'Jumlah', contact: 'Kontak', emergency: 'Kontak darurat', subject: 'Perihal' },
    wd: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
    mo: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
    date: (r, y, m, d, L) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${L.mo[m - 1]} ${y}`]),
    prose: ['{P} dari {L} menelepon hari {W}, mohon hubungi kembali di {T}.', 'Menurut {G}, pesanan {O} dikirim tanggal {D}.', 'Tagihan dikirim ke {E} saja.'],
  },
};
export const LANG_CODES = Object.keys(LANGS);

// language of text for people of a culture
export const CULTURE_LANG = (c, fallback = 'en') => {
  const map = { en: 'en', de: 'de', fr: 'fr', es: 'es', pt: 'pt', it: 'it', nl: 'nl', pl: 'pl', sv: 'sv', ru: 'ru', uk: 'uk', ja: 'ja', zh: 'zh', ko: 'ko', ar: 'ar', he: 'he', tr: 'tr', el: 'el', hi: 'hi', vi: 'vi', id: 'id' };
  return map[c] || fallback;
};

export const COMPANIES = [
  'Brandtner Logistik GmbH', 'Nordwind Solar AG', 'Halvorsen & Dahl AS', 'Pacífico Seguros S.A.', 'Kitsune Systems 株式会社', 'Lumen Health Ltd',
  'Corvid Analytics Inc.', 'Maison Vautrin SARL', 'Van Oort Installatietechniek B.V.', 'Oskarsson Bygg AB', 'Fratelli Ravasi S.p.A.', 'Harrow & Finch LLP',
  'Tannenhof Immobilien KG', 'Sorensen Marine ApS', 'Grupo Alcázar', 'Meridian Freight Co.', 'Walker Brothers Catering', 'Pemberton Dental Care',
  'Anand Textiles Pvt. Ltd.', '青木精機株式会社', '华远物流有限公司', '한빛소프트', 'ООО «Северный ветер»', 'Kowalczyk i Syn Sp. z o.o.', 'Atlas Bilişim A.Ş.',
  'Morgan & Rees Solicitors', 'Jackson Heating Ltd', 'Clark Fleet Services', 'Stella Polaris Oy', 'Hudson Ridge Veterinary',
];
export const PRODUCTS = ['FleetPilot', 'Tabula Pro', 'Quillbase', 'Helios Dashboard', 'Orbit CRM', 'PayLoom', 'Cedar ERP', 'Atlas Scheduler', 'Beacon Mobile',
  'Lumos Reports', 'Kestrel VPN', 'Juniper Desk', 'Harbor POS', 'Sable Sync', 'Marlow Billing', 'Wren Analytics', 'Victoria Suite', 'Jasper Portal'];
export const JOB_TITLES = {
  en: ['Head of Finance', 'Senior Account Manager', 'Site Reliability Engineer', 'Practice Manager', 'Lettings Negotiator', 'Charge Nurse', 'Operations Lead', 'Principal Designer', 'Customer Success Manager', 'Fleet Supervisor'],
  de: ['Oberärztin', 'Teamleiter Vertrieb', 'Sachbearbeiterin Buchhaltung', 'Geschäftsführer', 'Hausverwalterin', 'Disponent', 'Werkstudentin'],
  fr: ['Directrice commerciale', 'Chef de projet', 'Responsable RH', 'Infirmier coordinateur', 'Gestionnaire locatif'],
  es: ['Jefa de compras', 'Director financiero', 'Responsable de almacén', 'Enfermera jefe'],
  pt: ['Gerente de contas', 'Analista financeira', 'Coordenador de logística'],
  it: ['Responsabile acquisti', 'Direttrice sanitaria', 'Capo cantiere'],
  nl: ['Teamleider klantenservice', 'Accountmanager', 'Wijkverpleegkundige'],
  pl: ['Kierownik projektu', 'Specjalistka ds. kadr', 'Główna księgowa'],
  sv: ['Ekonomichef', 'Projektledare'], ru: ['Главный бухгалтер', 'Руководитель отдела продаж', 'Инженер-программист'], uk: ['Головний бухгалтер', 'Менеджер проєкту'],
  ja: ['営業部長', '総務課長', 'システムエンジニア'], zh: ['销售经理', '财务总监', '项目经理'], ko: ['영업팀장', '인사담당자', '개발자'],
  ar: ['مدير المبيعات', 'محاسب أول'], he: ['מנהלת חשבונות', 'ראש צוות'], tr: ['Satış Müdürü', 'İnsan Kaynakları Uzmanı'], el: ['Διευθύντρια Πωλήσεων'],
  hi: ['बिक्री प्रबंधक', 'लेखाकार'], vi: ['Trưởng phòng kinh doanh', 'Kế toán trưởng'], id: ['Manajer Penjualan', 'Staf Keuangan'],
};

// headings and fixed phrases of document kinds, per language (English where a language has none)
const H_EN = { minutes: 'Meeting notes', attendees: 'Attendees', location: 'Location', notes: 'Notes', actions: 'Action items', classList: 'Class list', guardian: 'Parent/guardian',
  arrivals: 'Arrivals', registrations: 'Registrations', news: 'Community news', contact: 'Contact', statement: 'Statement of account', holder: 'Account holder', invoice: 'INVOICE',
  billTo: 'Bill to', customerNo: 'Customer no.', rentRoll: 'Rent roll', manager: 'Property manager', meterNo: 'Meter no.', leaveWith: 'leave with neighbour', route: 'ROUTE', depot: 'Depot',
  vehicle: 'Vehicle', ref: 'Ref', questions: 'Questions?', unit: 'Unit', rent: 'Rent', since: 'Since', room: 'Room', nationality: 'Nationality', guarantee: 'Guarantee' };
export const HEAD = {
  en: H_EN,
  de: { minutes: 'Protokoll Teamrunde', attendees: 'Teilnehmende', location: 'Ort', notes: 'Notizen', actions: 'Aufgaben', classList: 'Klassenliste', guardian: 'Erziehungsberechtigte', arrivals: 'Anreisen', registrations: 'Anmeldungen', news: 'Aus dem Verein', contact: 'Kontakt', statement: 'Kontoauszug', holder: 'Kontoinhaber', invoice: 'RECHNUNG', billTo: 'Rechnungsempfänger', customerNo: 'Kundennummer', rentRoll: 'Mieterliste', manager: 'Hausverwaltung', meterNo: 'Zählernummer', leaveWith: 'bei Nachbar abgeben:', route: 'TOUR', depot: 'Depot', vehicle: 'Fahrzeug', ref: 'Ref.', questions: 'Fragen?', unit: 'Whg.', rent: 'Miete', since: 'seit', room: 'Zimmer', nationality: 'Nationalität', guarantee: 'Garantie' },
  fr: { minutes: 'Compte rendu', attendees: 'Participants', location: 'Lieu', notes: 'Notes', actions: 'Actions', classList: 'Liste de classe', guardian: 'Responsable légal', arrivals: 'Liste des arrivées', registrations: 'Inscriptions', news: 'Nouvelles du quartier', contact: 'Contact', statement: 'Relevé de compte', holder: 'Titulaire', invoice: 'FACTURE', billTo: 'Facturé à', customerNo: 'N° client', rentRoll: 'État locatif', manager: 'Gestionnaire', meterNo: 'N° compteur', leaveWith: 'déposer chez le voisin', route: 'TOURNÉE', depot: 'Dépôt', vehicle: 'Véhicule', ref: 'Réf.', questions: 'Des questions ?', unit: 'Lot', rent: 'Loyer', since: 'Entrée', room: 'Chambre', nationality: 'Nationalité', guarantee: 'Garantie' },
  es: { minutes: 'Acta de reunión', attendees: 'Asistentes', location: 'Lugar', notes: 'Notas', actions: 'Tareas', classList: 'Lista de alumnos', guardian: 'Tutor/a', arrivals: 'Llegadas', registrations: 'Inscripciones', news: 'Noticias del barrio', contact: 'Contacto', statement: 'Extracto de cuenta', holder: 'Titular', invoice: 'FACTURA', billTo: 'Cliente', customerNo: 'Nº cliente', rentRoll: 'Relación de inquilinos', manager: 'Administrador', meterNo: 'Nº contador', leaveWith: 'dejar con el vecino', route: 'RUTA', depot: 'Almacén', vehicle: 'Vehículo', ref: 'Ref.', questions: '¿Dudas?', unit: 'Piso', rent: 'Renta', since: 'Desde', room: 'Hab.', nationality: 'Nacionalidad', guarantee: 'Garantía' },
  pt: { minutes: 'Ata de reunião', attendees: 'Participantes', location: 'Local', notes: 'Notas', actions: 'Ações', classList: 'Lista da turma', guardian: 'Responsável', arrivals: 'Chegadas', registrations: 'Inscrições', news: 'Notícias do bairro', contact: 'Contato', statement: 'Extrato', holder: 'Titular', invoice: 'FATURA', billTo: 'Cliente', customerNo: 'Nº cliente', rentRoll: 'Lista de inquilinos', manager: 'Administradora', meterNo: 'Nº medidor', leaveWith: 'deixar com o vizinho', route: 'ROTA', depot: 'Centro', vehicle: 'Veículo', ref: 'Ref.', questions: 'Dúvidas?', unit: 'Apto', rent: 'Aluguel', since: 'Desde', room: 'Quarto', nationality: 'Nacionalidade', guarantee: 'Garantia' },
  it: { minutes: 'Verbale riunione', attendees: 'Partecipanti', location: 'Luogo', notes: 'Note', actions: 'Azioni', classList: 'Elenco classe', guardian: 'Genitore/tutore', arrivals: 'Arrivi', registrations: 'Iscrizioni', news: 'Notizie dal quartiere', contact: 'Contatto', statement: 'Estratto conto', holder: 'Intestatario', invoice: 'FATTURA', billTo: 'Intestata a', customerNo: 'Cod. cliente', rentRoll: 'Elenco inquilini', manager: 'Amministratore', meterNo: 'Matricola contatore', leaveWith: 'lasciare al vicino', route: 'GIRO', depot: 'Deposito', vehicle: 'Mezzo', ref: 'Rif.', questions: 'Domande?', unit: 'Int.', rent: 'Canone', since: 'Dal', room: 'Camera', nationality: 'Nazionalità', guarantee: 'Garanzia' },
  nl: { minutes: 'Notulen', attendees: 'Aanwezig', location: 'Locatie', notes: 'Notities', actions: 'Actiepunten', classList: 'Klassenlijst', guardian: 'Ouder/verzorger', arrivals: 'Aankomsten', registrations: 'Aanmeldingen', news: 'Buurtnieuws', contact: 'Contact', statement: 'Rekeningafschrift', holder: 'Rekeninghouder', invoice: 'FACTUUR', billTo: 'Factuuradres', customerNo: 'Klantnummer', rentRoll: 'Huurlijst', manager: 'Beheerder', meterNo: 'Meternummer', leaveWith: 'afgeven bij buren', route: 'RIT', depot: 'Depot', vehicle: 'Voertuig', ref: 'Kenmerk', questions: 'Vragen?', unit: 'Nr.', rent: 'Huur', since: 'Sinds', room: 'Kamer', nationality: 'Nationaliteit', guarantee: 'Garantie' },
  pl: { minutes: 'Notatka ze spotkania', attendees: 'Obecni', location: 'Miejsce', notes: 'Notatki', actions: 'Zadania', classList: 'Lista klasy', guardian: 'Opiekun', arrivals: 'Przyjazdy', registrations: 'Zgłoszenia', news: 'Wiadomości z osiedla', contact: 'Kontakt', statement: 'Wyciąg z rachunku', holder: 'Właściciel', invoice: 'FAKTURA VAT', billTo: 'Nabywca', customerNo: 'Nr klienta', rentRoll: 'Lista najemców', manager: 'Zarządca', meterNo: 'Nr licznika', leaveWith: 'zostawić u sąsiada', route: 'TRASA', depot: 'Magazyn', vehicle: 'Pojazd', ref: 'Nr ref.', questions: 'Pytania?', unit: 'Lokal', rent: 'Czynsz', since: 'Od', room: 'Pokój', nationality: 'Obywatelstwo', guarantee: 'Gwarancja' },
  sv: { minutes: 'Mötesanteckningar', attendees: 'Närvarande', location: 'Plats', notes: 'Anteckningar', actions: 'Att göra', classList: 'Klasslista', guardian: 'Vårdnadshavare', arrivals: 'Ankomster', registrations: 'Anmälningar', news: 'Föreningsnytt', contact: 'Kontakt', rentRoll: 'Hyresgästförteckning', manager: 'Förvaltare', meterNo: 'Mätarnummer', leaveWith: 'lämna hos granne', route: 'RUTT' },
  ru: { minutes: 'Протокол совещания', attendees: 'Присутствовали', location: 'Место', notes: 'Заметки', actions: 'Поручения', classList: 'Список класса', guardian: 'Родитель', arrivals: 'Заезды', registrations: 'Регистрации', news: 'Новости', contact: 'Контакты', rentRoll: 'Список арендаторов', manager: 'Управляющий', meterNo: 'Номер счётчика', leaveWith: 'оставить у соседа', route: 'МАРШРУТ', depot: 'Склад', vehicle: 'Машина', ref: 'Реф.', questions: 'Вопросы?', room: 'Номер', nationality: 'Гражданство' },
  uk: { minutes: 'Протокол наради', attendees: 'Присутні', location: 'Місце', notes: 'Нотатки', actions: 'Доручення', classList: 'Список класу', guardian: 'Батьки', registrations: 'Реєстрації', news: 'Новини', contact: 'Контакти' },
  ja: { minutes: '議事録', attendees: '出席者', location: '場所', notes: 'メモ', actions: 'アクション', classList: 'クラス名簿', guardian: '保護者', arrivals: '到着予定', registrations: '参加者一覧', news: 'お知らせ', contact: '連絡先', rentRoll: '入居者一覧', manager: '管理会社', meterNo: 'メーター番号', leaveWith: '隣人に預ける', route: 'ルート', questions: 'お問い合わせ', room: '部屋', nationality: '国籍' },
  zh: { minutes: '会议纪要', attendees: '参会人员', location: '地点', notes: '备注', actions: '待办', classList: '班级名单', guardian: '监护人', arrivals: '今日入住', registrations: '报名名单', news: '社区动态', contact: '联系人', rentRoll: '租户名单', manager: '物业', meterNo: '电表号', route: '线路', questions: '如有疑问', room: '房间', nationality: '国籍' },
  ko: { minutes: '회의록', attendees: '참석자', location: '장소', notes: '메모', actions: '할 일', classList: '학급 명단', guardian: '보호자', registrations: '참가자 명단', news: '공지사항', contact: '연락처' },
  tr: { minutes: 'Toplantı notları', attendees: 'Katılımcılar', location: 'Yer', notes: 'Notlar', actions: 'Yapılacaklar', classList: 'Sınıf listesi', guardian: 'Veli', registrations: 'Kayıtlar', news: 'Duyurular', contact: 'İletişim' },
};
export const head = (lang, key) => (HEAD[lang] && HEAD[lang][key]) || H_EN[key];

// money in the notation of a language
export function money(r, lang) {
  const a = r.int(5, 4999), c2 = String(r.int(0, 99)).padStart(2, '0');
  const grp = (n, sep) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (lang) {
    case 'de': case 'at': return `${grp(a, '.')},${c2} €`;
    case 'fr': return `${grp(a, '\u202f')},${c2} €`;
    case 'es': case 'it': case 'el': return `${grp(a, '.')},${c2} €`;
    case 'nl': return `€ ${grp(a, '.')},${c2}`;
    case 'pt': return r.chance(0.5) ? `R$ ${grp(a, '.')},${c2}` : `${grp(a, ' ')},${c2} €`;
    case 'pl': return `${grp(a, ' ')},${c2} zł`;
    case 'sv': return `${grp(a, ' ')},${c2} kr`;
    case 'ru': return `${grp(a * 10, ' ')},${c2} ₽`;
    case 'uk': return `${grp(a * 4, ' ')},${c2} ₴`;
    case 'ja': return r.chance(0.5) ? `¥${grp(a * 100, ',')}` : `${grp(a * 100, ',')}円`;
    case 'zh': return `¥${grp(a * 7, ',')}.${c2}`;
    case 'ko': return `₩${grp(a * 1000, ',')}`;
    case 'tr': return `${grp(a * 3, '.')},${c2} ₺`;
    case 'he': return `₪${grp(a, ',')}.${c2}`;
    case 'hi': return `₹${grp(a * 80, ',')}`;
    case 'vi': return `${grp(a * 25000, '.')} ₫`;
    case 'id': return `Rp ${grp(a * 15000, '.')}`;
    case 'ar': return `${grp(a, ',')}.${c2} ر.س`;
    default: return r.chance(0.5) ? `$${grp(a, ',')}.${c2}` : `£${grp(a, ',')}.${c2}`;
  }
}
