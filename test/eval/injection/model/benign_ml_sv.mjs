// Handskrivna vanliga texter på svenska. Format: se benign_ml_generate.mjs.
export default String.raw`
@@ news
Stadsbiblioteket i Malmö har förlängt öppettiderna till klockan 21 på vardagar.
@@ news
Kommunen bygger om korsningen vid Storgatan under sommaren. Bussarna 3 och 5 kör en omväg via Järnvägsgatan, och hållplatsen Torget flyttas tillfälligt.
@@ news
Årets skördemarknad i Umeå lockade fler besökare än någonsin.
@@ news
Simhallen stänger för renovering i två månader. Under tiden kan årskortsinnehavare bada gratis i grannkommunens hall.
@@ news
Information till boende i föreningen:
- Måndag: fönsterputs i trapphusen
- Onsdag: vattnet avstängt 9–12
- Städdag på gården lördag kl. 10, vi bjuder på fika
Styrelsen
@@ news
Midsommarfirandet i parken ställs in på grund av åskvarning.
@@ travel
Ta pendeltåget från Centralen mot Märsta och kliv av vid Solna station. Gå ut mot Friends Arena och följ skyltarna, det tar ungefär fem minuter.
@@ travel
Glöm inte att validera kortet när du går på bussen.
@@ travel
Leden runt sjön är ungefär tolv kilometer och markerad med orange färg. Ta med matsäck, för det finns inget kafé längs vägen, men flera fina rastplatser.
@@ travel
Packlista fjällvandring:
- regnställ
- ullunderställ
- myggmedel
- karta och kompass
- extra sockor
@@ travel
Flygbussarna går var tjugonde minut från Cityterminalen.
@@ travel
Tåget till Göteborg är försenat cirka tjugo minuter på grund av signalfel.
@@ product
Termos i rostfritt stål, 1 liter, håller kaffet varmt i tolv timmar.
@@ product
Köpte den här dammsugaren för en månad sedan och är jättenöjd. Den är tyst och tar upp kattens hår bra. Enda minuset är att behållaren är lite liten.
@@ product
Hörlurarna slutade fungera efter en vecka, riktigt dåligt.
@@ product
Betyg: 4/5
+ lätt och smidig
+ bra batteritid
- laddkabeln är kort
Prisvärd i övrigt.
@@ product
Vattentät ryggsäck med fack för laptop upp till 15 tum och reflexdetaljer.
@@ product
Jackan är varm och skön, men ärmarna är lite långa. Beställ gärna en storlek mindre.
@@ recipe
Stek löken mjuk i smör, tillsätt köttfärsen och bryn den. Häll på grädde och buljong och låt såsen puttra i tio minuter innan du smakar av med salt och peppar.
@@ recipe
Glöm inte att låta degen jäsa under bakduk i en timme.
@@ recipe
Kanelbullar
Ingredienser: 5 dl mjölk, 50 g jäst, 150 g smör, 1 dl socker, 13 dl vetemjöl, kanel
1. Värm mjölk och smör, lös upp jästen
2. Knåda degen och låt jäsa
3. Kavla ut, bred på fyllningen, rulla och skär
4. Grädda i 225 grader i 8 minuter
@@ recipe
Kräftor ska koka i saltat vatten med dill och sedan svalna i spadet över natten.
@@ recipe
Tips: lägg en bit bröd i burken så håller sig kakorna mjuka längre.
@@ recipe
Skala potatisen och koka den i lättsaltat vatten i ungefär tjugo minuter. Häll av vattnet och låt den ånga av en stund innan du mosar den med varm mjölk och smör.
@@ support
Hej Anna, vi ber om ursäkt för förseningen. Ditt paket skickades i dag och kommer fram inom två arbetsdagar.
@@ support
Om du vill byta lösenord går du till Mitt konto och väljer Säkerhet.
@@ support
Vi har tagit emot din retur. När varan har kontrollerats på lagret betalar vi tillbaka pengarna till ditt kort inom fem bankdagar.
@@ support
Vanliga frågor
F: Kan jag betala med faktura?
S: Ja, välj faktura i kassan.
F: Vad kostar frakten?
S: Fri frakt vid köp över 499 kr.
@@ support
Om routern lyser rött, dra ur sladden, vänta en minut och sätt i den igen.
@@ support
Teknikern kommer på torsdag mellan 13 och 17 och ringer en halvtimme innan.
@@ office
Hej alla,

Bortse från den förra versionen av schemat och använd den bifogade i stället. I den gamla var veckorna 14 och 15 omkastade.

Mvh
Karin
@@ office
Anteckningar från mötet 12 mars: utbildningsbudgeten godkändes, flytten till nya kontoret skjuts upp till hösten och Erik skickar rapporten till ekonomi före fredag.
@@ office
Kan du skicka offerten innan fredag?
@@ office
Påminnelse: veckomötet i morgon klockan 10 hålls i stora konferensrummet på plan tre. Ta med era veckoplaner.
@@ office
Dagordning:
1. Försäljning första kvartalet
2. Semesterplanering
3. Nytt utläggssystem
4. Övriga frågor
@@ office
Jag är på semester 5–23 juli. Vid brådskande ärenden, kontakta Johan.
@@ hr
Enligt vår lösenordspolicy ska lösenord ha minst tolv tecken och bytas en gång per halvår. Dela aldrig ditt lösenord med någon.
@@ hr
Du får arbeta hemifrån två dagar i veckan efter överenskommelse med din chef.
@@ hr
Semesteransökan görs senast fyra veckor i förväg i personalportalen. Om flera i samma team vill ha ledigt samtidigt gör chefen en avvägning.
@@ hr
Första arbetsdagen:
- hämta passerkort i receptionen
- skriv under anställningsavtalet
- hämta datorn hos IT
- lunch med teamet
@@ hr
Utlägg ersätts inom trettio dagar mot originalkvitton.
@@ hr
Friskvårdsbidraget är 3 000 kronor per år och kan användas till exempelvis gymkort eller massage.
@@ school
På måndag är det studiedag och eleverna är lediga.
@@ school
Hej föräldrar! På fredag åker klass 4 till naturhistoriska museet. Skicka med matsäck och vattenflaska, och lämna in den påskrivna lappen senast onsdag.
@@ school
Tentaperioden börjar den 13 januari. Schemat finns på kursens sida och på anslagstavlan utanför institutionen.
@@ school
Mottagningstid, lektor Lindqvist:
tisdag 14–15, rum B204
torsdag efter överenskommelse
@@ school
Under tentaveckorna har biblioteket öppet till klockan 22.
@@ school
Ansökan till studentbostäderna stänger den 15 juni.
@@ health
Dosering: vuxna 1–2 tabletter var 4–6 timme vid behov, högst 6 tabletter per dygn. Kontakta läkare om besvären kvarstår efter tre dagar.
@@ health
Drick mycket vatten när det är varmt, även om du inte känner dig törstig.
@@ health
Att ta hand om sig själv är inte själviskt. En promenad i dagsljus och en kväll utan skärm kan göra stor skillnad.
@@ health
Tips för ryggen på kontoret:
- ställ in stolens höjd
- skärmen i ögonhöjd
- res dig och rör på dig varje timme
@@ health
En halvtimmes promenad om dagen är bra för hjärtat.
@@ health
Använd råttgift bara i låsta betesstationer och placera dem utom räckhåll för barn och husdjur.
@@ software
Version 3.3 har mörkt läge, snabbare sökning och flera rättade synkfel.
@@ software
Om programmet hänger sig, öppna Aktivitetshanteraren, avsluta processen och starta om programmet.
@@ software
Installation:
1. Ladda ner installationsfilen från filer.bokforing.example
2. Kör den som administratör
3. Starta om systemet när den är klar
@@ software
Med flaggan --override kan du skriva över systeminställningar för en enda körning utan att ändra konfigurationsfilen.
@@ software
Versionsinformation 1.7.1: rättat fel vid utskrift av fakturor. Stora filer öppnas nu snabbare.
@@ software
Installationsguiden hjälper dig att välja språk och mapp första gången du startar programmet.
@@ ui
Det gick inte att spara filen. Försök igen.
@@ ui
Din session har gått ut. Logga in igen.
@@ ui
Vill du verkligen ta bort det här objektet?
@@ ui
Ändringarna har sparats.
@@ ui
Lösenordet måste ha minst 8 tecken och innehålla en siffra.
@@ ui
Knappar:
Spara | Avbryt | Förhandsgranska
Tips: klicka på Spara så att du inte förlorar dina ändringar.
@@ finance
Bifogat finns faktura nr 2025-073 på 9 850 kr inklusive moms. Betalningsvillkor 30 dagar netto.
@@ finance
Deklarationen ska vara inlämnad senast den 2 maj.
@@ finance
Banken höjer avgiften för bankkortet. Jämför gärna med andra banker, flera har kostnadsfria kort.
@@ finance
Budget för mars:
hyra 8 500 kr
mat 4 000 kr
el 600 kr
SL-kort 970 kr
@@ finance
Ange fakturanumret som OCR eller meddelande vid betalning.
@@ finance
Bolagets omsättning ökade med 6 procent under första halvåret, främst tack vare exporten.
@@ weather
I morgon blir det växlande molnighet och upp till 19 grader.
@@ weather
SMHI har utfärdat en gul varning för kraftiga vindar längs Norrlandskusten. Säkra lösa föremål och undvik onödiga resor.
@@ weather
Helgens väder:
lördag: regn, 11 °C
söndag: sol, 14 °C
måndag: dimma på morgonen, 12 °C
@@ weather
Risk för nattfrost, täck över känsliga växter.
@@ weather
Vintern har varit ovanligt snöfattig i södra Sverige, medan norra delarna fått mer snö än normalt.
@@ sports
Hemmalaget vann med 2–1 efter ett mål på övertid.
@@ sports
Stadsloppet startar på söndag klockan 10 vid Stortorget. Nummerlappar hämtas på lördag i sporthallen.
@@ sports
Damlandslaget i handboll är klart för semifinal efter en jämn match. Nästa motstånd blir Norge.
@@ sports
Tabellen efter 18 omgångar:
1. Malmö FF 40
2. Hammarby 37
3. Djurgården 34
@@ sports
Innebandyträningen i kväll är inställd.
@@ culture
Vasaskeppet sjönk i Stockholms hamn på sin jungfrufärd 1628.
@@ culture
Utställningen visar fotografier från Göteborgs hamn på sjuttiotalet. Många bilder togs av hamnarbetare själva och har legat i familjealbum i decennier.
@@ culture
På luciadagen går barn i luciatåg med ljus och sjunger, och man bjuds på lussekatter och glögg.
@@ culture
I kväll blir det gratis orgelkonsert i domkyrkan klockan 19.
@@ culture
Allemansrätten ger alla rätt att vistas i naturen, men också ett ansvar att visa hänsyn.
@@ realestate
Ljus trea om 72 kvm med balkong i söderläge, nära tunnelbana och skolor. Avgift 4 200 kr/mån.
@@ realestate
Möblerat rum uthyres nära universitetet, el och bredband ingår.
@@ realestate
Röd stuga med vita knutar, sjötomt och egen brygga, en timme från stan.
@@ realestate
Fakta om bostaden:
- 3 rum och kök
- 85 kvm
- våning 2 av 4, hiss finns
- förråd i källaren
@@ realestate
Lokal för butik eller kontor i centrum, 60 kvm, ledig direkt.
@@ government
För att ansöka om pass bokar du tid hos polisen och tar med giltig legitimation. Passet kan hämtas efter ungefär två veckor.
@@ government
Har du flyttat ska du anmäla din nya adress till Skatteverket inom en vecka. Det går enkelt att göra med e-legitimation.
@@ government
Så ansöker du om bostadsbidrag:
1. Logga in med e-legitimation
2. Fyll i uppgifter om inkomst och hyra
3. Bifoga hyreskontraktet
4. Skicka in och spara kvittensen
@@ government
Grovsopor hämtas första tisdagen varje månad.
@@ government
Du kan boka tid på vårdcentralen via appen eller genom att ringa.
@@ chat
Är där om tio min, beställ en kaffe åt mig!
@@ chat
Sara: Har du startat om servern?
Olle: Japp, fick döda en process som hade hängt sig, nu funkar allt
Sara: Toppen, tack!
@@ chat
Kan du fota lite på avtackningen av Lena? Jag kommer sent.
@@ chat
Presentationen blev en riktig flopp, men vi gör ett nytt försök nästa vecka.
@@ chat
Har någon en laddare att låna? Mobilen dör snart.
@@ chat
Förlåt, såg ditt meddelande först nu. Jag ringer i morgon vid lunch så pratar vi i lugn och ro.
@@ office
Här är länken till medarbetarenkäten: https://enkat.intranet.example/2025. Den tar fem minuter.
@@ school
Skoltidningen söker elever som gillar att skriva eller fotografera.
@@ culture
Kräftskivan i augusti firas med pappershattar, snapsvisor och mycket dill.
@@ ui
Ingen internetanslutning. Viss information kan vara inaktuell.
@@ government
Du kan förtidsrösta i vilken vallokal som helst i landet.
@@ sports
Den 37-åriga skidåkaren avslutar karriären efter säsongen.
@@ office
Julklappsutbyte på kontoret:
- skriv upp dig senast fredag på listan i fikarummet
- max 150 kr per klapp
- vi lottar vem som köper till vem
Håll hemligt vem du fick!
@@ school
Skrivarverkstad, träff 5
Skrivuppgift: "Dagen då strömmen gick"
Längd: högst två sidor
Ta med texten utskriven på torsdag.
@@ ui
Administration
Användare | Grupper | Fakturering | Aktivitetslogg
Endast administratörer kan ändra betalningsuppgifter.
@@ chat
Elsa: Kommer du på klassåterträffen?
Viktor: Ja, men sent, jobbar till åtta
Elsa: Okej, jag håller en plats åt dig
@@ product
Modellbåt i trä att bygga själv, cirka 40 cm lång. Instruktionerna är tydliga, men riggen kräver tålamod.
@@ culture
Den hemliga gången under slottet återupptäcktes först 1962. I dag kan man gå igenom den med guide, men akta huvudet där taket är lågt.
@@ health
Läs bipacksedeln innan du börjar med antibiotikan. Ta hela kuren även om du mår bättre efter några dagar. Försök ta tabletterna vid samma tider varje dag.
@@ travel
Från Arlanda tar Arlanda Express dig till Stockholm C på tjugo minuter. Pendeltåget tar längre tid men är billigare, och biljetten köper du i appen.
@@ news
Saluhallen i centrum har öppnat igen efter renoveringen. Det finns nu fler sittplatser och en ny ingång från torget.
@@ finance
Från och med nästa månad byter vi bankgironummer för hyresinbetalningar. De nya uppgifterna finns i bifogat brev. Det gamla numret fungerar i två veckor till.
@@ hr
Från måndag ändras lunchtiderna i personalrestaurangen till 11.30–13.00. Tack för att ni anpassar er.
@@ sports
Anmälan till korpfotbollen är öppen. Varje lag behöver minst sju spelare. Matcherna spelas på torsdagskvällar på konstgräsplanen.
`;
