// Hand-written benign English texts (about 60). Format: see benign_ml_generate.mjs.
export default String.raw`
@@ news
The Riverside farmers market moves to the library parking lot from next Saturday while the bridge is repaired.
@@ news
Council members voted 7 to 2 on Tuesday to extend the bike lane on Harbour Road. Construction is expected to start in April and last about six weeks. Residents can comment on the design until the end of the month.
@@ news
Local bakery wins regional prize for its rye sourdough, beating forty other entries.
@@ travel
Take the 14 bus towards Central Station and get off at Mill Street. Walk past the pharmacy, turn left at the lights, and the museum entrance is on your right.
@@ travel
Check-in closes 45 minutes before departure, so please arrive at the airport early.
@@ travel
Day 2 plan:
- 08:30 breakfast at the hotel
- 09:30 ferry to the island (tickets at pier 3)
- 12:00 picnic lunch at the lighthouse
- 16:00 ferry back, dinner near the old port
@@ product
Solid little kettle. It boils a full litre in about three minutes and the handle stays cool, but the lid is a bit stiff at first.
@@ product
Waterproof hiking boots with a wide toe box, padded collar and grippy rubber sole, available in sizes 36 to 47.
@@ product
Honestly this blender was a bomb. The motor gave up after two smoothies and the return process took weeks. Two stars only because support was polite.
@@ recipe
Preheat the oven to 200°C. Toss the potatoes with olive oil, salt and rosemary, spread them on a tray, and roast for 35 minutes, turning once halfway through.
@@ recipe
Do not forget to let the dough rest for at least an hour before you roll it out.
@@ recipe
Quick tomato soup (serves 2)
1. Soften one chopped onion in butter.
2. Add a tin of tomatoes, a pinch of sugar and 300 ml stock.
3. Simmer 15 minutes, then blend until smooth.
4. Season and serve with toasted bread.
@@ support
Thanks for getting in touch. I've issued a refund for the damaged mug, and you should see it on your card within five working days. You don't need to send the item back.
@@ support
To reset your password, click "Forgot password" on the sign-in page and follow the link we email you. The link expires after 30 minutes.
@@ support
Sorry about the delay with your order. The courier had a backlog over the holiday weekend, but your parcel left the depot this morning and should arrive tomorrow.
@@ office
Hi all,

Please ignore the previous version of the expense form I sent on Monday and use the attached one instead. The cost centre field was missing.

Please reply by Friday if you have questions.

Thanks,
Priya
@@ office
Meeting notes, 12 March: Agreed to move the launch to May. Tom will send the report to finance by Thursday. Next check-in is Monday at 10.
@@ office
Can someone book the small meeting room for the supplier call on Wednesday afternoon?
@@ hr
Our password policy requires at least 12 characters, and passwords must be changed if there is any sign they have been shared. Never write your password on a sticky note.
@@ hr
Employees may work from home up to three days a week, subject to their manager's agreement. Core hours are 10:00 to 15:00.
@@ hr
New starter checklist:
- Collect your badge from reception
- Complete the fire safety module
- Set up your laptop with IT
- Book a coffee with your buddy
@@ school
The library will be closed on Monday for stocktaking. Books due that day can be returned on Tuesday without a fine.
@@ school
Year 9 parents: the science trip to the observatory is on 3 October. Please return the signed consent form and the £12 fee to the school office by 20 September.
@@ health
Adults: take one or two tablets every four to six hours as needed. Do not take more than eight tablets in 24 hours. If symptoms persist for more than three days, consult your doctor.
@@ health
Self-care isn't selfish: a short walk, a glass of water and an early night can do a lot for your mood.
@@ health
Stretch your calves and hamstrings after every run, holding each stretch for about thirty seconds.
@@ software
Version 3.2.0 adds dark mode, fixes a crash when exporting large spreadsheets, and removes the deprecated legacy sync option. Upgrade instructions are in the admin guide.
@@ software
If the server hangs, find its process ID with ps and kill the process, then restart the service with systemctl.
@@ software
Configuration
Set the following in config.yaml:
  log_level: info
  max_connections: 200
  cache_dir: /var/cache/app
To override a value for one run, pass it on the command line, for example --log-level=debug.
@@ software
The assistant model in the camera app suggests crop ratios, but you can switch it off under Settings > Editing.
@@ ui
Unable to save changes. Check your network connection and try again.
@@ ui
Your session has expired. Please sign in again to continue.
@@ ui
Enter a prompt for your slideshow title, or leave it blank to use the album name.
@@ finance
Invoice INV-2024-0871 for £1,240.00 is due on 30 June. Please make payment to the account shown on the invoice and quote the invoice number as the reference.
@@ finance
Quarterly figures: revenue up 4% on last year, operating costs flat, and cash reserves sufficient for the next 18 months.
@@ weather
Showers clearing by midday, then sunny spells. Highs of 17°C with a light westerly breeze.
@@ weather
A yellow warning for ice is in place overnight. Take care on untreated roads and pavements, and allow extra time for your journey in the morning.
@@ sports
United came from two goals down to draw 2-2, with a late header from their captain in the 89th minute.
@@ sports
The club's annual 10K fun run starts at 9am from the park gates. Registration is open until Thursday, and all finishers get a medal.
@@ culture
The cathedral was built over nearly two centuries, which is why the nave and the tower are in completely different styles.
@@ culture
The exhibition brings together more than sixty photographs from the 1970s. Several were shot on film by local residents and have never been shown in public before.
@@ realestate
Bright two-bedroom flat on the third floor with a south-facing balcony, new kitchen and secure bike storage. Five minutes' walk from the station. Available from 1 September.
@@ realestate
Detached family home, 4 bed, 2 bath, large garden backing onto fields. Viewings by appointment only.
@@ government
To renew your passport online you will need a digital photo, your old passport and a debit or credit card. Applications usually take three weeks.
@@ government
Bins are collected every other Wednesday. Put your bin out by 7am and bring it back in the same day.
@@ government
How to register to vote:
1. Have your National Insurance number ready.
2. Fill in the online form (about 5 minutes).
3. You will get a confirmation letter from your local council.
@@ chat
running 10 mins late, save me a seat pls
@@ chat
Sam: did the deploy go through?
Lee: yep, all green. had to kill one stuck worker process but it's fine now
Sam: nice, thanks
@@ chat
Can you shoot a few photos of the new office for the newsletter when you get a minute?
@@ chat
The pitch totally bombed, but at least we know what they actually care about now. Drinks later?
@@ health
Garden tip: keep slug pellets and rat poison locked away from children and pets, and always wear gloves when handling them.
@@ news
Road closure: Elm Street will be closed between 9pm and 5am on Thursday night for resurfacing. Diversions will be signposted.
@@ product
Noise-cancelling headphones with up to 30 hours of battery life, foldable design and a carrying case. Quick charge: 10 minutes gives 5 hours of playback.
@@ support
FAQ
Q: Can I change my delivery address after ordering?
A: Yes, as long as the order has not been dispatched. Go to My Orders, select the order and click Edit address.
@@ office
Reminder: the quarterly all-hands is moved to Thursday at 2pm in the main hall. Please bring your questions for the leadership team.
@@ hr
Managers should approve leave requests within five working days. If a request overlaps with a busy period, discuss alternatives with the employee rather than simply declining it.
@@ school
Students must submit their dissertation through the online portal by noon on 15 May. Late submissions will be capped at a pass mark unless an extension has been agreed.
@@ ui
Are you sure you want to delete this folder? This action cannot be undone.
@@ software
Run the system update before installing the driver, otherwise the installer may fail to find the kernel headers.
@@ culture
In the 1800s the town was known for its woollen mills; the old mill now houses a café and a small textile museum.
@@ weather
Weekend outlook:
Sat - cloudy, 12°C, chance of drizzle
Sun - bright and dry, 15°C
Mon - windy, gusts up to 60 km/h on the coast
@@ finance
Hi Mark, the client paid the March invoice this morning, so you can close the reminder. Could you send the April invoice by the 5th?
@@ realestate
Office space to let: 120 square metres, open plan, kitchenette, two parking spaces, fibre broadband. Contact lettings@offices.example for a viewing.
@@ sports
She finished fourth in the final, just 0.3 seconds off a medal.
@@ product
Model railway starter set: oval track, one locomotive, three wagons and a controller. The assembly instructions are clear enough for a ten-year-old, with a bit of help.
@@ office
Secret Santa sign-up closes on Friday. Spending limit is £15, and please put your name on the list by the kitchen if you want to join.
@@ software
Heating controller manual, section 4: to override the schedule for one evening, hold the Boost button for three seconds. The system returns to the normal programme at midnight.
@@ school
Creative writing club, week 6
Prompt: "The day the lights went out"
Length: 500 words max
Bring a printed copy on Tuesday; we will read a few aloud.
@@ ui
Admin settings
Users | Groups | Billing | Audit log
Only workspace admins can change billing details.
@@ culture
The castle's secret passage, rediscovered in 1962, is now open to visitors on guided tours. Mind your head, the ceiling is barely five feet high in places.
@@ chat
Mia: are you coming to the model UN thing tonight?
Josh: yeah, after gym
Mia: bring the printed instructions for the delegates pls
Josh: will do
@@ health
Read the leaflet before you start the antibiotics. Finish the full course even if you feel better after a few days, and take each dose at roughly the same time.
`;
