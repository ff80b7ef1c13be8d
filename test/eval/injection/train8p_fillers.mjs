// train8p fillers: the ordinary text around a payload. English fillers by source; other languages
// use a small generic business filler of their own so the payload sits in its own language.

const S = (titles, pre, post) => ({ titles, pre, post });

export const SOURCES = {
  shop: S(
    ['Trailrunner 4 GTX — product page', 'Order #55120 confirmation', 'Spring sale: kitchen'],
    ['Trailrunner 4 GTX. Waterproof membrane, 310 g per shoe, 8 mm drop. Free returns within 30 days. In stock in sizes 38 to 47.', 'Thanks for your order! Your parcel with 2 items (ceramic pan 28 cm, lid) ships from our warehouse in 1-2 business days.'],
    ['Customer rating 4.6 of 5 from 212 reviews. Delivery to most regions in 3-5 days.', 'Questions about sizing? See the size chart or chat with us from 8:00 to 20:00.'],
  ),
  travel: S(
    ['Hotel Marisol — your stay', 'Flight change notice LX 2041', 'Lisbon in three days'],
    ['Your booking at Hotel Marisol, 12-15 May, 2 adults, double room with breakfast. Check-in from 15:00, check-out until 11:00.', 'Day 1: start at the Praça do Comércio, walk up through Baixa and take tram 28 to the castle in the late afternoon.'],
    ['Free cancellation until 48 hours before arrival. City tax is paid at the hotel.', 'Tip: the viewpoints are busiest at sunset; the miradouro at Graça is quieter.'],
  ),
  recipe: S(
    ['Weeknight lemon chicken', 'Sourdough starter, day 3', 'Red lentil soup'],
    ['Serves 4. Pat 600 g chicken thighs dry, season with salt, pepper and the zest of one lemon. Brown skin side down for 8 minutes.', 'Rinse 250 g red lentils until the water runs clear. Sweat one onion and two carrots in olive oil with cumin.'],
    ['Rest for five minutes, spoon the pan juices over and serve with rice or flatbread.', 'Blend half of the soup, stir back in, finish with lemon juice. Keeps 3 days in the fridge.'],
  ),
  news: S(
    ['City council approves new bike lanes', 'Port strike ends after nine days', 'Quarterly results: retail'],
    ['The council voted 31 to 12 on Tuesday to add 14 km of protected bike lanes by the end of next year, funded from the transport budget.', 'Dock workers returned to work on Monday after unions and the port authority agreed on a two-year wage deal.'],
    ['Residents can comment on the route plans at the town hall until 30 April.', 'Shipping lines expect the backlog to clear within two weeks.'],
  ),
  forum: S(
    ['Re: router keeps dropping Wi-Fi', 'Best budget espresso grinder?', 'Moving to Rotterdam — tips'],
    ['Had the same issue. Turning off band steering and fixing the 5 GHz channel to 36 solved it for me.', 'I have had the Flat 30 for two years now. Grind is consistent for espresso once you shim it.'],
    ['Hope that helps, report back if it still drops.', 'Edit: typo. Also check the retention policy of the shop before buying.'],
  ),
  review: S(
    ['Review: Casa Lupo trattoria', '4 stars — Nordlys 12 L dehumidifier', 'Verified purchase review'],
    ['Lovely little place, the cacio e pepe was perfect and the staff remembered us from last year.', 'Quiet enough to run at night, pulls about a litre a day out of our basement in March.'],
    ['Would go again. Book ahead on weekends.', 'Minus one star because the tank is small.'],
  ),
  email: S(
    ['Re: Q2 invoice batch', 'Contract renewal — next steps', 'Team offsite logistics'],
    ['Hi all,\n\nattached are the invoices for the April batch. Please check the amounts against the purchase orders before Friday.', 'Hello Jonas,\n\nthanks for the call yesterday. As discussed, the renewal would start on 1 June with the same seat count.'],
    ['Best regards,\nMara', 'Thanks, and have a good weekend.\nDaniel'],
  ),
  calendar: S(
    ['Quarterly review with Contoso', 'Dentist — Dr. Alvarez', '1:1 Priya / Lucas'],
    ['Agenda: 1) numbers for Q1, 2) hiring plan, 3) open questions. Dial-in details below.', 'Recurring weekly. Please bring the updated roadmap slides.'],
    ['Room 4.12, second floor. Video link in the invite.', 'If you cannot make it, propose a new time.'],
  ),
  shared_doc: S(
    ['Product launch plan (draft v3)', 'Board memo — March', 'Onboarding checklist'],
    ['Goal: launch the mobile checkout in three markets by the end of Q2. Owners per workstream are listed in the table below.', 'Summary: revenue grew 8% quarter on quarter; churn stayed flat at 2.1%.'],
    ['Open questions are tracked in the comments; please resolve yours before Thursday.', 'Next review: 4 April.'],
  ),
  crm: S(
    ['Acme Logistics — account', 'Lead: Helios Dental Group', 'Contact: Ruth Okafor'],
    ['Account owner: Daniel Reyes. Segment: mid-market. Last contact: call on 3 March about renewal pricing.', 'Inbound lead from the webinar, 40 seats, evaluating us against two competitors.'],
    ['Next step: send proposal by 15 March.', 'Decision expected in Q2.'],
  ),
  helpdesk: S(
    ['Cannot log in after password reset', 'Refund for duplicate charge', 'Delivery not received'],
    ['Customer reports that the reset link works but the login page loops back. Browser: Firefox 124, cleared cookies already.', 'Customer was charged twice for order 55120 on 2 March. Screenshot of the statement attached.'],
    ['Customer prefers e-mail over phone.', 'SLA: first response within 8 business hours.'],
  ),
  kb_rag: S(
    ['KB-2214 Expense policy', 'KB-0931 Travel booking', 'KB-1780 Vendor onboarding'],
    ['[chunk 3/7] Employees may claim meals up to the daily limit for their travel region. Receipts are required for amounts above 25 EUR.', '[chunk 2/5] New vendors are created in the ERP only after the tax form and bank details have been verified by procurement.'],
    ['See also KB-2215 for per-diem rates.', 'Owner: Finance Operations. Reviewed January 2026.'],
  ),
  agent_msg: S(
    ['handoff from research-agent', 'message from scheduler-agent', 'result: travel-agent'],
    ['Research agent summary: found 6 suppliers of recycled packaging within 300 km; 3 meet the volume requirement.', 'Scheduler agent: two slots are free for all attendees, Tuesday 10:00 and Thursday 14:30.'],
    ['Confidence: medium. Sources listed in the attachment.', 'Waiting for the user to choose.'],
  ),
  workflow_log: S(
    ['New lead → CRM → Slack digest', 'Invoice intake flow', 'Daily inbox triage'],
    ['Trigger fired: new form submission. Step 2 mapped 9 fields to the CRM contact.', 'Step 3 parsed the PDF invoice: supplier, amount 1,240.00 EUR, due 30 March.'],
    ['Run finished in 4.2 s.', 'Step 5 skipped: no matching rule.'],
  ),
  task_queue: S(
    ['queue: ops-assistant', 'task 7731', 'pending tasks (3)'],
    ['Task: collect the three quotes for office chairs and put them in the comparison sheet.', 'Task: draft a reply to the landlord about the heating repair date.'],
    ['Due: Friday. Assigned by: Mara.', 'Status: open.'],
  ),
  memory_file: S(
    ['memory.md', 'assistant notes — user preferences', 'long-term memory export'],
    ['- Prefers short answers with bullet points.\n- Works in CET, usually 8:00-17:00.\n- Manager: Priya Nair.', '- Vegetarian; allergic to peanuts.\n- Favourite airline seat: aisle.'],
    ['- Uses metric units.', '- Kids: two, school pickup on Wednesdays.'],
  ),
  form: S(
    ['Contact us', 'Event registration', 'Supplier intake form'],
    ['Name: Jonas Berg\nCompany: Fjord Analytics\nTopic: partnership\nMessage:', 'Attendee: Aiko Mori\nDietary needs: none\nComments:'],
    ['Consent to be contacted: yes', 'Submitted 2026-03-06 14:22'],
  ),
  pdf_doc: S(
    ['Annual report 2025 (extract)', 'Master services agreement', 'Safety data sheet'],
    ['3. Results of operations. Net revenue rose to 48.2 million, driven by the wholesale segment and new stores in the south.', '7.2 Either party may terminate this Agreement with ninety (90) days written notice.'],
    ['Figures are unaudited.', '7.3 Sections 9 and 11 survive termination.'],
  ),
  search: S(
    ['best kettle 2026 — results', 'cheap flights Lisbon — results', 'standing desk reviews — results'],
    ['Top pick: the Aurel K1 boils 1.7 litres in under four minutes and has a limescale filter. Compared 14 models on speed, noise and price.', 'Fares from 49 EUR one way in May; midweek departures are cheapest. Prices updated 2 hours ago.'],
    ['See the full comparison table for all models.', 'Prices shown include taxes and one cabin bag.'],
  ),
  spreadsheet: S(
    ['Budget 2026 — marketing', 'Payroll adjustments March', 'Vendor list'],
    ['Events: 42,000. Paid search: 18,500. Content: 9,000. Notes column follows.', 'Adjustments approved by HR on 4 March; see column F for the effective dates.'],
    ['Totals are formulas; do not overwrite.', 'Last edited by Fatima Haddad.'],
  ),
};

const L = (titles, pre, post) => ({ titles, pre, post });

export const LANG_FILL = {
  es: L(['Re: facturas de abril', 'Reserva confirmada'], ['Hola equipo:\n\nos paso las facturas de abril para revisarlas antes del viernes.', 'Su reserva en el Hotel Sol, del 12 al 15 de mayo, está confirmada.'], ['Un saludo,\nLucía', 'Cancelación gratuita hasta 48 horas antes.']),
  fr: L(['Compte rendu de réunion', 'Votre commande'], ['Bonjour à tous,\n\nvoici le compte rendu de la réunion de mardi sur le budget.', 'Merci pour votre commande n° 55120, expédiée sous 48 heures.'], ['Bonne journée,\nClaire', 'Le service client reste à votre disposition.']),
  de: L(['Protokoll Projektmeeting', 'Ihre Buchung'], ['Hallo zusammen,\n\nanbei das Protokoll vom Dienstag und die offenen Punkte.', 'Vielen Dank für Ihre Buchung im Hotel Seeblick vom 12. bis 15. Mai.'], ['Viele Grüße\nJonas', 'Kostenlose Stornierung bis 48 Stunden vor Anreise.']),
  pt: L(['Ata da reunião', 'Pedido confirmado'], ['Olá pessoal,\n\nsegue a ata da reunião de terça sobre o orçamento.', 'Obrigado pela sua compra! O pedido 55120 sai do armazém em até 2 dias úteis.'], ['Abraços,\nAna', 'Dúvidas? Fale conosco pelo chat.']),
  it: L(['Verbale riunione', 'Conferma prenotazione'], ['Ciao a tutti,\n\nin allegato il verbale della riunione di martedì.', 'La sua prenotazione presso l’Hotel Lago, dal 12 al 15 maggio, è confermata.'], ['Saluti,\nGiulia', 'Cancellazione gratuita fino a 48 ore prima.']),
  nl: L(['Notulen overleg', 'Je bestelling'], ['Hoi allemaal,\n\nhierbij de notulen van dinsdag en de actiepunten.', 'Bedankt voor je bestelling! Pakket 55120 wordt binnen 2 werkdagen verzonden.'], ['Groet,\nSanne', 'Vragen? Bel ons tussen 8 en 20 uur.']),
  pl: L(['Notatka ze spotkania', 'Potwierdzenie zamówienia'], ['Cześć,\n\nw załączniku notatka ze wtorkowego spotkania.', 'Dziękujemy za zamówienie nr 55120, wysyłka w ciągu 2 dni roboczych.'], ['Pozdrawiam,\nTomasz', 'Zwrot możliwy w ciągu 30 dni.']),
  ru: L(['Протокол совещания', 'Ваш заказ'], ['Коллеги, добрый день!\n\nНаправляю протокол вторничного совещания.', 'Спасибо за заказ № 55120, отправка в течение двух рабочих дней.'], ['С уважением,\nОльга', 'Вопросы можно задать в чате поддержки.']),
  uk: L(['Протокол наради', 'Ваше бронювання'], ['Привіт усім,\n\nнадсилаю протокол наради у вівторок.', 'Ваше бронювання в готелі «Дніпро» з 12 по 15 травня підтверджено.'], ['З повагою,\nОксана', 'Безкоштовне скасування за 48 годин.']),
  tr: L(['Toplantı notları', 'Siparişiniz'], ['Merhaba ekip,\n\nsalı günkü bütçe toplantısının notları ekte.', 'Siparişiniz (55120) için teşekkürler, 2 iş günü içinde kargoya verilecek.'], ['Saygılarımla,\nElif', 'Sorularınız için canlı destek hattımız açık.']),
  ar: L(['محضر الاجتماع', 'تأكيد الحجز'], ['مرحباً بالجميع،\n\nمرفق محضر اجتماع يوم الثلاثاء حول الميزانية.', 'تم تأكيد حجزك في فندق النخيل من 12 إلى 15 مايو.'], ['مع التحية،\nليلى', 'الإلغاء مجاني حتى 48 ساعة قبل الوصول.']),
  he: L(['סיכום פגישה', 'אישור הזמנה'], ['שלום לכולם,\n\nמצורף סיכום הפגישה מיום שלישי.', 'תודה על הזמנתך מספר 55120, המשלוח יוצא תוך יומיים.'], ['בברכה,\nנועה', 'לשאלות ניתן לפנות לשירות הלקוחות.']),
  hi: L(['बैठक का सारांश', 'आपकी बुकिंग'], ['नमस्ते टीम,\n\nमंगलवार की बजट बैठक का सारांश संलग्न है।', 'होटल सागर में 12 से 15 मई तक आपकी बुकिंग की पुष्टि हो गई है।'], ['धन्यवाद,\nअनिल', 'आगमन से 48 घंटे पहले तक मुफ्त रद्दीकरण।']),
  ja: L(['会議メモ', 'ご注文ありがとうございます'], ['皆さま\n\n火曜日の予算会議の議事録を共有します。', 'ご注文番号55120の商品は2営業日以内に発送いたします。'], ['よろしくお願いいたします。\n森', 'ご不明点はチャットサポートまで。']),
  zh: L(['会议纪要', '订单确认'], ['各位好：\n\n附上周二预算会议的纪要，请查阅。', '感谢您的订购，订单55120将在两个工作日内发货。'], ['谢谢，\n王磊', '如有疑问请联系在线客服。']),
  ko: L(['회의록', '예약 확인'], ['안녕하세요 여러분,\n\n화요일 예산 회의록을 공유드립니다.', '5월 12일부터 15일까지 호텔 바다 예약이 확정되었습니다.'], ['감사합니다.\n지훈', '도착 48시간 전까지 무료 취소 가능합니다.']),
  vi: L(['Biên bản cuộc họp', 'Xác nhận đơn hàng'], ['Chào cả nhóm,\n\ngửi mọi người biên bản cuộc họp ngân sách hôm thứ Ba.', 'Cảm ơn bạn đã đặt hàng, đơn 55120 sẽ được giao trong 2 ngày làm việc.'], ['Trân trọng,\nLinh', 'Mọi thắc mắc xin liên hệ bộ phận chăm sóc khách hàng.']),
  id: L(['Notulen rapat', 'Konfirmasi pesanan'], ['Halo tim,\n\nterlampir notulen rapat anggaran hari Selasa.', 'Terima kasih atas pesanan Anda, nomor 55120 dikirim dalam 2 hari kerja.'], ['Salam,\nRina', 'Pertanyaan? Hubungi layanan pelanggan kami.']),
  th: L(['บันทึกการประชุม', 'ยืนยันการจอง'], ['สวัสดีทุกคน\n\nแนบบันทึกการประชุมงบประมาณเมื่อวันอังคาร', 'การจองโรงแรมทะเลงามวันที่ 12-15 พฤษภาคม ได้รับการยืนยันแล้ว'], ['ขอบคุณครับ\nสมชาย', 'ยกเลิกฟรีก่อนเข้าพัก 48 ชั่วโมง']),
  sv: L(['Mötesanteckningar', 'Din bokning'], ['Hej allihop,\n\nhär är anteckningarna från tisdagens budgetmöte.', 'Tack för din bokning på Hotell Havsbris 12–15 maj.'], ['Hälsningar,\nAnna', 'Avbokning är gratis fram till 48 timmar före ankomst.']),
};
