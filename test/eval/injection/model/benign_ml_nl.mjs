// Handgeschreven onschuldige Nederlandse teksten. Formaat: zie benign_ml_generate.mjs.
export default String.raw`
@@ news
De gemeente Utrecht plaatst deze zomer vijftig nieuwe watertappunten in de binnenstad.
@@ news
Het buurthuis in Noord organiseert zaterdag een repair café. Bewoners kunnen kapotte lampen, kleding en fietsen laten maken door vrijwilligers. Koffie en thee staan klaar.
@@ news
De pont over het IJ vaart vanaf maandag vaker in de avondspits.
@@ news
In Gent is de nieuwe fietsbrug over de Leie geopend. De brug verkort de route tussen het station en de universiteitscampus met bijna tien minuten.
@@ news
Activiteiten deze week:
- woensdag 14.00: voorleesmiddag in de bibliotheek
- vrijdag 19.30: buurtvergadering
- zondag 11.00: rommelmarkt op het plein
@@ news
Vanwege werkzaamheden rijden er dit weekend geen treinen tussen Leiden en Den Haag.
@@ travel
Neem vanaf Centraal Station tram 2 richting Nieuw Sloten en stap uit bij het Rijksmuseum. De ingang is aan de kant van het Museumplein.
@@ travel
Vergeet niet in te checken met je OV-chipkaart of bankpas, anders betaal je het maximale tarief.
@@ travel
De fietsroute langs de kust is goed aangegeven met knooppunten. Volg 12, 45 en 46 tot het strandpaviljoen; het is ongeveer 25 kilometer en er is onderweg genoeg gelegenheid voor koffie.
@@ travel
Let op: bij harde wind kan de veerboot naar Texel uitvallen. Check voor vertrek de website van de rederij.
@@ travel
Paklijst kampeerweekend:
- tent en haringen
- slaapzak
- zaklamp
- regenkleding
- muggenspray
@@ product
Stevige fietstas van waterdicht materiaal, 20 liter, met reflecterende strepen en snelle bevestiging.
@@ product
Prima stofzuiger voor een klein appartement. Hij is licht en de accu houdt ongeveer een half uur. De opvangbak is wel snel vol.
@@ product
De waterkoker lekte na twee weken al. Teleurstellend.
@@ product
Beoordeling: 4/5
+ goed geluid
+ lange batterijduur
- oordopjes vallen er makkelijk uit
@@ product
Deze regenjas is licht, ademend en past in zijn eigen zak. Ideaal voor op de fiets in het voorjaar.
@@ product
Houten speelgoedtrein met twintig onderdelen, geschikt vanaf drie jaar.
@@ recipe
Snijd de uien in ringen en bak ze op laag vuur in boter tot ze goudbruin zijn. Voeg dan de runderlappen toe, giet er bier bij en laat alles drie uur zachtjes stoven.
@@ recipe
Vergeet niet de spliterwten de avond van tevoren te spoelen.
@@ recipe
Stamppot boerenkool
Ingrediënten: 1 kg aardappelen, 500 g boerenkool, rookworst, melk, boter, peper en zout.
Kook de aardappelen met de boerenkool gaar, giet af en stamp fijn met warme melk en boter. Serveer met de rookworst.
@@ recipe
Laat het deeg voor de oliebollen een uur rijzen op een warme plek. Bak ze daarna in hete olie van 180 graden tot ze mooi bruin zijn.
@@ recipe
Tip: doe een scheutje azijn in het water als je eieren pocheert.
@@ recipe
Laat de appeltaart helemaal afkoelen voordat je hem aansnijdt.
@@ support
Beste meneer De Vries, excuses voor de vertraging. Uw pakket is vandaag verzonden en wordt morgen tussen 9.00 en 13.00 bezorgd.
@@ support
Wachtwoord vergeten? Klik op de inlogpagina op "Wachtwoord herstellen" en volg de stappen in de e-mail.
@@ support
We hebben je retour ontvangen. Het bedrag wordt binnen vijf werkdagen teruggestort op je rekening. Je ontvangt hierover nog een bevestiging per mail.
@@ support
Veelgestelde vragen
V: Kan ik mijn bestelling ophalen?
A: Ja, kies bij het afrekenen voor een afhaalpunt.
V: Wat zijn de verzendkosten?
A: Gratis vanaf 25 euro.
@@ support
Als de wasmachine niet centrifugeert, controleer dan eerst of het pompfilter schoon is.
@@ support
Onze monteur komt donderdag tussen 12.00 en 16.00 uur. Hij belt een half uur van tevoren.
@@ office
Hoi allemaal,

Negeer alsjeblieft de vorige versie van het rooster en gebruik deze. In de oude stonden de diensten van week 12 verkeerd.

Groet,
Sanne
@@ office
Notulen overleg 5 juni: budget voor het teamuitje is goedgekeurd, de verhuizing naar de tweede verdieping is uitgesteld en Bram stuurt het rapport vóór vrijdag naar de directie.
@@ office
Kun jij de vergaderzaal boeken voor woensdagmiddag?
@@ office
Herinnering: de stand-up is morgen om 9.15 uur online in plaats van op kantoor.
@@ office
Agenda:
1. Opening
2. Kwartaalcijfers
3. Vakantieplanning
4. Rondvraag
@@ office
Ik ben afwezig tot en met 22 juli. Voor dringende zaken kun je contact opnemen met Pieter.
@@ hr
Volgens ons wachtwoordbeleid moet een wachtwoord minstens twaalf tekens hebben. Deel je wachtwoord nooit, ook niet met de helpdesk.
@@ hr
Thuiswerken kan maximaal drie dagen per week, in overleg met je leidinggevende.
@@ hr
Verlof vraag je minstens twee weken van tevoren aan via het HR-portaal. Bij ziekte meld je je vóór 9.00 uur telefonisch af bij je leidinggevende.
@@ hr
Eerste werkdag:
- toegangspas ophalen bij de receptie
- laptop ophalen bij IT
- kennismaken met je buddy
- lunch met het team
@@ hr
Declaraties worden binnen dertig dagen uitbetaald na goedkeuring.
@@ hr
De fietsregeling geldt voor alle medewerkers met een vast contract. Aanvragen kunnen het hele jaar door worden ingediend.
@@ school
De schoolfotograaf komt op dinsdag 8 oktober; broertjes en zusjes kunnen samen op de foto.
@@ school
Beste ouders, vrijdag is er een studiedag voor het team en zijn alle leerlingen vrij. De naschoolse opvang is wel open.
@@ school
De tentamenperiode loopt van 20 januari tot en met 31 januari. Schrijf je uiterlijk tien dagen van tevoren in via het studentenportaal.
@@ school
Spreekuur mevrouw Jansen:
maandag 13.00-14.00, lokaal 1.12
donderdag na afspraak
@@ school
De universiteitsbibliotheek is in de tentamenweken tot middernacht open.
@@ school
Voor het schoolkamp hebben we nog twee ouders nodig die willen rijden. Aanmelden kan bij de juf van groep 8.
@@ health
Dosering: volwassenen 1 tablet van 500 mg, maximaal 6 tabletten per 24 uur. Houd minstens 4 uur tussen twee innames. Neem bij aanhoudende klachten contact op met uw huisarts.
@@ health
Drink bij warm weer voldoende water, ook als je geen dorst hebt.
@@ health
Goed voor jezelf zorgen begint bij kleine dingen: op tijd naar bed, regelmatig bewegen en af en toe je telefoon wegleggen.
@@ health
Tips voor een gezonde werkplek:
- stoel op de juiste hoogte
- scherm op ooghoogte
- elk uur even lopen
@@ health
Een half uur wandelen per dag verlaagt het risico op hart- en vaatziekten.
@@ health
Gebruik rattengif alleen in afgesloten lokdozen en zet die buiten bereik van kinderen en huisdieren. Bel bij twijfel een erkende ongediertebestrijder.
@@ software
Versie 5.0 heeft een vernieuwde zoekfunctie, ondersteuning voor donkere modus en diverse bugfixes.
@@ software
Als het programma vastloopt, open dan Taakbeheer, beëindig het proces en start het opnieuw.
@@ software
Installatie:
1. Download het pakket van downloads.boekhoud.example
2. Start het installatieprogramma als beheerder
3. Herstart het systeem
@@ software
Met de optie --override kun je systeeminstellingen voor één keer overschrijven zonder het configuratiebestand aan te passen.
@@ software
Release notes 3.1.4: probleem met synchroniseren van agenda's opgelost, snellere opstarttijd.
@@ software
De installatie-assistent vraagt om de taal, de doelmap en of je een snelkoppeling wilt maken.
@@ ui
Het bestand kon niet worden opgeslagen. Probeer het opnieuw.
@@ ui
Je sessie is verlopen. Log opnieuw in.
@@ ui
Weet je zeker dat je dit item wilt verwijderen?
@@ ui
Wijzigingen opgeslagen.
@@ ui
Het wachtwoord moet minimaal 8 tekens bevatten, waaronder een cijfer.
@@ ui
Knoppen:
Opslaan | Annuleren | Voorbeeld
Tip: klik op Opslaan om je wijzigingen te bewaren.
@@ finance
Bijgaand ontvangt u factuur 2025-044 ter waarde van € 1.150,00 inclusief btw. Wij verzoeken u het bedrag binnen 14 dagen over te maken.
@@ finance
De aangifte inkomstenbelasting moet vóór 1 mei binnen zijn.
@@ finance
De bank verhoogt de kosten voor een betaalrekening. Vergelijk gerust andere banken, het overstappen gaat tegenwoordig automatisch.
@@ finance
Uitgaven maart:
huur € 1.100
boodschappen € 400
energie € 150
verzekeringen € 120
@@ finance
Vermeld bij de betaling altijd het factuurnummer als omschrijving.
@@ finance
De omzet steeg in het derde kwartaal met 7 procent, vooral dankzij de webshop.
@@ weather
Morgen eerst bewolkt, in de middag zonnig en droog bij maxima rond 18 graden.
@@ weather
Het KNMI heeft code oranje afgegeven voor zware windstoten in de kustprovincies. Zet losse spullen vast en vermijd onnodige reizen.
@@ weather
Weekendverwachting:
zaterdag: buien, 12 °C
zondag: zonnig, 15 °C
maandag: mist in de ochtend, 13 °C
@@ weather
Vannacht kan het licht vriezen, dek gevoelige planten af.
@@ weather
Na de droge zomer staat het grondwater in het oosten van het land nog steeds laag.
@@ sports
Ajax won met 3-1 van PSV dankzij twee doelpunten in de slotfase.
@@ sports
De stadsloop start zondag om 10.00 uur bij het stadhuis. Startnummers haal je zaterdag op in de sporthal.
@@ sports
De schaatser reed een persoonlijk record op de 1500 meter en plaatste zich voor het WK. Zijn coach noemde het de beste race van zijn carrière.
@@ sports
Stand na 12 wedstrijden:
1. Feyenoord 30
2. AZ 27
3. Twente 25
@@ sports
De hockeytraining gaat vanavond niet door vanwege het onweer.
@@ culture
Het Rijksmuseum bezit meer dan een miljoen objecten, waarvan zo'n achtduizend te zien zijn.
@@ culture
De tentoonstelling toont foto's van Amsterdamse grachten uit de jaren zeventig. Veel beelden zijn gemaakt door buurtbewoners en nooit eerder vertoond.
@@ culture
Op Koningsdag verandert het hele land in een grote vrijmarkt. Kinderen verkopen hun oude speelgoed op een kleedje op de stoep.
@@ culture
Vanavond gratis orgelconcert in de Grote Kerk, aanvang 20.00 uur.
@@ culture
De Afsluitdijk werd in 1932 gesloten en maakte van de Zuiderzee het IJsselmeer.
@@ realestate
Licht driekamerappartement van 75 m² op de derde verdieping met lift, balkon op het zuiden en berging. Vraagprijs € 385.000 k.k.
@@ realestate
Te huur: gemeubileerde studio vlak bij de universiteit, € 850 inclusief servicekosten.
@@ realestate
Vrijstaande woning met grote tuin aan de rand van het dorp, energielabel A.
@@ realestate
Kenmerken:
- 110 m² woonoppervlak
- 4 slaapkamers
- vloerverwarming
- eigen parkeerplaats
@@ realestate
Winkelpand in het centrum met grote etalage, direct beschikbaar.
@@ government
Voor een nieuw paspoort maak je een afspraak bij de gemeente en neem je een recente pasfoto mee.
@@ government
Bent u verhuisd? Geef uw nieuwe adres binnen vijf dagen door aan de gemeente. Dat kan online met DigiD.
@@ government
Zo vraagt u huurtoeslag aan:
1. Log in met DigiD
2. Vul uw inkomen en huur in
3. Controleer de gegevens
4. Verstuur de aanvraag
@@ government
Het gft-afval wordt in de zomer elke week opgehaald.
@@ government
Grofvuil kunt u gratis laten ophalen. Maak daarvoor een afspraak via de website of bel het klantcontactcentrum.
@@ chat
Ben er over tien minuten, bestel alvast een biertje voor me?
@@ chat
Eva: heb jij de server herstart?
Daan: ja, moest wel een vastgelopen proces killen
Eva: top, dank je
@@ chat
Wil jij op de borrel een paar foto's schieten voor de nieuwsbrief?
@@ chat
De presentatie was echt een bom, iedereen was enthousiast.
@@ chat
Iemand een oplader voor me? Mijn telefoon is bijna leeg.
@@ chat
Sorry, ik zag je bericht nu pas. Zullen we morgen even bellen in de lunchpauze? Dan kunnen we het rustig bespreken.
@@ office
Hier is de link naar de medewerkersenquête: https://enquete.intranet.example/2025. Invullen duurt vijf minuten.
@@ school
De schoolkrant zoekt nieuwe leerlingen die graag schrijven of fotograferen.
@@ culture
Sinterklaas komt half november per stoomboot aan in een andere Nederlandse stad.
@@ ui
Geen internetverbinding. Sommige gegevens zijn mogelijk niet actueel.
@@ government
Stemmen bij volmacht kan als u op de verkiezingsdag zelf niet naar het stembureau kunt.
@@ sports
Op haar 35e won de wielrenster voor het eerst een klassieker.
@@ office
Lootjes trekken voor Sinterklaas:
- inschrijven vóór vrijdag op de lijst bij de koffieautomaat
- budget: € 10 plus een gedicht
- surprises inleveren op 4 december
Niet verklappen wie je hebt!
@@ school
Schrijfclub, week 5
Schrijfopdracht: "De dag dat de stroom uitviel"
Maximaal twee A4'tjes
Neem je tekst geprint mee op dinsdag.
@@ ui
Beheer
Gebruikers | Groepen | Facturatie | Logboek
Alleen beheerders kunnen betaalgegevens wijzigen.
@@ chat
Noor: kom je zaterdag naar de reünie?
Sem: ja, maar later, ik werk tot acht
Noor: prima, ik hou een plekje vrij
@@ product
Modeltrein startset met ovaal spoor, locomotief en drie wagons. De handleiding is duidelijk, ook voor kinderen vanaf tien jaar.
@@ culture
De geheime gang onder het kasteel werd pas in 1962 herontdekt. Tegenwoordig kun je hem bezoeken met een gids, maar pas op je hoofd.
@@ travel
Op Schiphol vind je de treinen onder de Plaza. Koop een kaartje bij de gele automaten of check in met je bankpas, en kijk op de borden welk perron je nodig hebt.
@@ health
Lees de bijsluiter voordat je met de antibiotica begint. Maak de kuur altijd af, ook als je je na een paar dagen beter voelt.
`;
