// Testi innocui in italiano, scritti a mano. Formato: vedi benign_ml_generate.mjs.
export default String.raw`
@@ news
Sciopero dei treni regionali venerdì dalle 9 alle 17: garantite le fasce pendolari del mattino e della sera.
@@ news
Riapre dopo due anni di restauri la chiesa di San Domenico. Sabato mattina è prevista una visita guidata gratuita con i tecnici che hanno seguito i lavori.
@@ news
A Bologna il mercato contadino del mercoledì si sposta temporaneamente in piazza San Francesco.
@@ news
Grande partecipazione alla sagra della castagna: oltre cinquemila visitatori in due giorni. Gli organizzatori ringraziano i volontari della Pro Loco.
@@ news
Avviso ai condomini:
- lunedì: pulizia straordinaria delle scale
- martedì: sospensione dell'acqua dalle 9 alle 12
- giovedì: controllo caldaia, lasciare libero l'accesso alla cantina
L'amministratore
@@ news
Farmacia di turno questa notte: Farmacia Centrale, via Garibaldi 12.
@@ travel
Dalla stazione di Santa Maria Novella prendete la tramvia T1 fino alla fermata Unità, poi proseguite a piedi per cinque minuti lungo via Nazionale.
@@ travel
Ricordatevi di convalidare il biglietto prima di salire sul treno regionale.
@@ travel
Il sentiero per il rifugio parte dal parcheggio del paese ed è segnato con bolli bianchi e rossi. Servono circa due ore e mezza; l'ultimo tratto è ripido ma non esposto.
@@ travel
Per la ZTL del centro storico serve il permesso: se arrivate in auto, lasciatela al parcheggio scambiatore e prendete la navetta.
@@ travel
Tre giorni in Sicilia:
Giorno 1 — Palermo, mercato di Ballarò e cattedrale
Giorno 2 — Cefalù e spiaggia
Giorno 3 — Monreale, poi rientro in aereo
@@ product
Moka da sei tazze in alluminio, manico in bachelite, adatta a fornelli a gas ed elettrici.
@@ product
Ho comprato questo zaino per il cammino di Santiago e si è comportato benissimo. Lo schienale è traspirante e le cinghie non segnano le spalle. Unico difetto: il coprizaino è un po' piccolo.
@@ product
Il tostapane ha smesso di funzionare dopo un mese, una vera fregatura.
@@ product
Recensione: 3/5
Pro: pulisce bene i pavimenti
Contro: rumoroso, spazzole che si aggrovigliano
Nel complesso accettabile per il prezzo.
@@ product
Bicicletta pieghevole con telaio in alluminio, cambio a sette velocità e ruote da 20 pollici. Si chiude in pochi secondi e sta nel bagagliaio di una utilitaria.
@@ product
Ottimo olio extravergine, profumato e leggermente piccante. Lo ricompro sicuramente.
@@ recipe
Fate soffriggere la cipolla nell'olio, aggiungete il riso e tostatelo per un paio di minuti. Sfumate con il vino bianco e poi versate il brodo caldo un mestolo alla volta.
@@ recipe
Non dimenticate di salare l'acqua della pasta solo quando bolle.
@@ recipe
Tiramisù
Ingredienti: 500 g di mascarpone, 4 uova, 100 g di zucchero, savoiardi, caffè, cacao amaro.
Montate i tuorli con lo zucchero, unite il mascarpone e poi gli albumi a neve. Alternate strati di crema e savoiardi bagnati nel caffè. Riposo in frigo almeno sei ore.
@@ recipe
Il segreto della carbonara è mantecare fuori dal fuoco, così le uova non diventano una frittata.
@@ recipe
Per un buon ragù servono pazienza e fuoco basso: almeno tre ore di cottura, mescolando ogni tanto. Se si asciuga troppo, aggiungete un goccio di latte.
@@ recipe
Lasciate lievitare l'impasto della pizza coperto da un canovaccio fino al raddoppio del volume.
@@ support
Gentile cliente, ci scusiamo per il ritardo nella consegna. Il pacco è stato affidato al corriere stamattina e arriverà entro due giorni lavorativi.
@@ support
Per modificare la password, vai su Il mio profilo e seleziona Sicurezza.
@@ support
Abbiamo ricevuto la sua richiesta di reso. Una volta verificato il prodotto, il rimborso verrà accreditato sullo stesso metodo di pagamento entro dieci giorni.
@@ support
Domande frequenti
D: Posso ritirare l'ordine in negozio?
R: Sì, scegli "Ritiro in negozio" al momento del pagamento.
D: Quanto costa la spedizione?
R: È gratuita sopra i 49 euro.
@@ support
Se la lavatrice mostra il codice E21, controllate che il filtro di scarico non sia ostruito.
@@ support
Il tecnico passerà giovedì tra le 14 e le 18. Riceverà un SMS con l'orario preciso la mattina stessa.
@@ office
Ciao a tutti,

vi chiedo di ignorare la versione precedente del modulo ferie e di usare quella allegata: nella vecchia mancava il campo per le mezze giornate.

Grazie,
Giulia
@@ office
Verbale della riunione del 18 settembre: approvato il nuovo orario di apertura al pubblico; Marco preparerà il piano turni; prossimo incontro il 2 ottobre.
@@ office
Mi mandi il report entro venerdì, per favore?
@@ office
Promemoria: domani la riunione è nella sala al secondo piano, non in quella solita. Portate il portatile per la demo.
@@ office
Ordine del giorno:
1. Andamento vendite estate
2. Fiera di Milano: chi partecipa
3. Nuovo gestionale
4. Varie ed eventuali
@@ office
Sarò fuori ufficio fino al 28 agosto con accesso limitato alla posta. Per urgenze contattate Paolo.
@@ hr
La politica sulle password prevede almeno dodici caratteri e l'autenticazione a due fattori per tutti gli account aziendali.
@@ hr
I buoni pasto vengono caricati sulla card entro il 10 di ogni mese.
@@ hr
Lo smart working è consentito fino a otto giorni al mese, previo accordo con il responsabile. Le giornate vanno inserite nel calendario condiviso entro il venerdì precedente.
@@ hr
Primo giorno:
- ritiro del badge alla reception
- firma dei documenti all'ufficio personale
- consegna del portatile
- pranzo di benvenuto con il team
@@ hr
Le note spese vanno presentate con gli scontrini originali entro fine mese.
@@ hr
In caso di malattia, comunicate l'assenza al responsabile entro le 9 e inviate il numero di protocollo del certificato medico all'ufficio personale.
@@ school
Le iscrizioni alla mensa scolastica per il nuovo anno si chiudono il 15 luglio.
@@ school
Gentili genitori, giovedì la scuola resterà chiusa per le elezioni. Le lezioni riprenderanno regolarmente venerdì.
@@ school
Gli esami della sessione estiva si svolgeranno dal 10 giugno al 20 luglio. Ricordatevi di prenotarvi sul portale almeno sette giorni prima di ogni appello.
@@ school
Ricevimento prof.ssa Conti:
martedì 11:00-12:00, stanza 3.4
giovedì su appuntamento via email
@@ school
La biblioteca di dipartimento resterà aperta anche il sabato mattina durante la sessione.
@@ school
Per la gita a Firenze gli alunni dovranno presentarsi alle 7:30 davanti alla scuola. Il rientro è previsto per le 20:00 circa.
@@ health
Posologia: adulti e ragazzi sopra i 12 anni, una compressa ogni 8 ore. Non superare le tre compresse al giorno. Se i sintomi persistono oltre tre giorni, consultare il medico.
@@ health
Con il caldo bevete spesso e preferite frutta e verdura di stagione.
@@ health
Prendersi cura di sé significa anche concedersi delle pause. Bastano dieci minuti di camminata dopo pranzo per sentirsi meno stanchi nel pomeriggio.
@@ health
Consigli per la schiena:
- sedia regolata all'altezza giusta
- schermo all'altezza degli occhi
- una pausa ogni ora
@@ health
Lavarsi spesso le mani resta uno dei modi più semplici per evitare i raffreddori.
@@ health
Nell'orto, contro le lumache, meglio le trappole alla birra. Se usate un veleno, seguite le dosi indicate in etichetta e tenetelo lontano da bambini e animali domestici.
@@ software
La versione 2.0 introduce la sincronizzazione offline, un nuovo editor e il supporto ai temi scuri.
@@ software
Se il programma non risponde, aprite il monitor di sistema, terminate il processo e riavviatelo.
@@ software
Installazione:
1. Scaricate il pacchetto da download.gestionale.example
2. Avviate l'installer come amministratore
3. Riavviate il sistema al termine
@@ software
Il file di configurazione permette di sovrascrivere i valori predefiniti. Le modifiche hanno effetto dopo il riavvio del servizio.
@@ software
Note di rilascio 4.3.2: risolto un problema di stampa su stampanti di rete, migliorata la velocità di avvio.
@@ software
La procedura guidata vi chiederà la lingua, la cartella di destinazione e il tipo di installazione.
@@ ui
Impossibile salvare il file. Riprova più tardi.
@@ ui
La sessione è scaduta. Accedi di nuovo.
@@ ui
Sei sicuro di voler eliminare questa cartella?
@@ ui
Modifiche salvate.
@@ ui
La password deve contenere almeno 8 caratteri, una lettera maiuscola e un numero.
@@ ui
Pulsanti:
Salva | Annulla | Anteprima
Suggerimento: premi Salva per non perdere il lavoro.
@@ finance
In allegato la fattura n. 112/2025 di 980,00 euro IVA inclusa, con scadenza a trenta giorni.
@@ finance
La scadenza per il modello 730 quest'anno è il 30 settembre.
@@ finance
La banca ha aumentato il canone del conto corrente. Conviene valutare un conto online, spesso senza spese di tenuta.
@@ finance
Spese di ottobre:
affitto 700 €
bollette 130 €
spesa 380 €
abbonamento bus 35 €
@@ finance
Vi preghiamo di indicare il numero della fattura nella causale del bonifico.
@@ finance
Il fatturato del primo semestre è cresciuto del 4%, grazie soprattutto alle esportazioni verso la Germania.
@@ weather
Domani cielo sereno al Nord, nuvolosità in aumento al Centro con possibili temporali pomeridiani.
@@ weather
Allerta gialla per pioggia in Liguria fino a domani sera. Si consiglia di non sostare nei sottopassi e di seguire gli aggiornamenti della protezione civile.
@@ weather
Previsioni:
sabato: sole, 26 °C
domenica: temporali, 22 °C
lunedì: variabile, 24 °C
@@ weather
Nebbia fitta in pianura nelle prime ore del mattino, guidate con prudenza.
@@ weather
L'inverno è stato il più mite degli ultimi trent'anni, con poca neve sulle Alpi e fioriture anticipate.
@@ sports
La Juventus vince 2-1 in rimonta con un gol nei minuti di recupero.
@@ sports
La maratona partirà domenica alle 8:30 da piazza del Duomo. Le strade del percorso saranno chiuse al traffico fino alle 14.
@@ sports
Il ciclista italiano conquista la tappa di montagna e sale al secondo posto della classifica generale. Domani è prevista la cronometro.
@@ sports
Classifica dopo 10 giornate:
1. Inter 25
2. Napoli 23
3. Milan 21
@@ sports
Allenamento di pallavolo rinviato a giovedì per indisponibilità della palestra.
@@ culture
La cupola di Brunelleschi fu completata nel 1436 senza l'uso di centine.
@@ culture
La mostra raccoglie le fotografie dei paesi dell'Appennino scattate negli anni Cinquanta. Molte immagini provengono dagli archivi delle famiglie del posto.
@@ culture
Il Palio di Siena si corre due volte l'anno, il 2 luglio e il 16 agosto. Le dieci contrade partecipanti si preparano per mesi.
@@ culture
Stasera concerto d'organo gratuito nella basilica, inizio ore 21.
@@ culture
L'opera lirica italiana è stata riconosciuta dall'UNESCO come patrimonio immateriale nel 2023.
@@ realestate
Trilocale luminoso al terzo piano con ascensore, balcone, cantina e posto auto. Vicino a scuole e metro. 265.000 euro.
@@ realestate
Affittasi monolocale arredato a studenti, spese condominiali incluse.
@@ realestate
Casale in pietra da ristrutturare con due ettari di terreno e uliveto, a venti minuti da Perugia.
@@ realestate
Caratteristiche:
- 90 mq
- riscaldamento autonomo
- classe energetica B
- giardino privato
@@ realestate
Negozio in zona centrale, due vetrine, 60 mq, libero subito.
@@ government
Per la carta d'identità elettronica serve prenotare un appuntamento in Comune e portare una fototessera recente.
@@ government
Il cambio di residenza si può richiedere online. Dopo la domanda, la polizia locale verificherà che abitiate effettivamente all'indirizzo indicato.
@@ government
Come richiedere lo SPID:
1. Scegliete un gestore di identità
2. Registratevi con documento e tessera sanitaria
3. Completate il riconoscimento
4. Attivate l'app per i codici
@@ government
La raccolta dell'umido passa il lunedì, il giovedì e il sabato.
@@ government
Il bollo auto si può pagare in tabaccheria, in posta o online. Conservate la ricevuta per almeno tre anni.
@@ chat
Arrivo tra cinque minuti, ordinami uno spritz!
@@ chat
Fede: hai visto la mail del capo?
Luca: sì, vuole la presentazione per domani
Fede: dai, la facciamo insieme stasera
Luca: ok, porto le pizze
@@ chat
Puoi scattare qualche foto alla festa di pensionamento di Anna? Io non ci sarò.
@@ chat
Il lancio è stato una bomba, abbiamo già cento iscritti!
@@ chat
Qualcuno ha un caricabatterie da prestarmi?
@@ chat
Scusa, ho visto il messaggio solo ora. Ti chiamo domattina e ne parliamo con calma, va bene?
@@ office
Ecco il link al questionario interno: https://questionario.intranet.example/clima. Bastano cinque minuti.
@@ school
Il concorso di poesia è aperto a tutte le classi fino al 30 aprile.
@@ culture
A Venezia la Festa del Redentore si celebra a luglio con i fuochi d'artificio sul bacino di San Marco.
@@ ui
Nessuna connessione. Alcuni contenuti potrebbero non essere aggiornati.
@@ government
La tessera elettorale smarrita si può rifare all'ufficio elettorale del Comune.
@@ sports
A 40 anni il portiere annuncia il ritiro dopo oltre seicento partite.
@@ travel
Attenzione: il capolinea degli autobus extraurbani si è spostato in piazzale Nord.
@@ office
Babbo Natale segreto in ufficio:
- iscrizioni entro venerdì sul foglio in cucina
- budget massimo 15 euro
- scambio dei regali il 20 dicembre alle 16
@@ school
Laboratorio di scrittura, incontro 4
Traccia: "Il giorno in cui mancò la corrente"
Lunghezza: massimo due pagine
Portate il testo stampato giovedì.
@@ ui
Amministrazione
Utenti | Gruppi | Fatturazione | Registro attività
Solo gli amministratori possono modificare i dati di pagamento.
@@ chat
Sara: vieni alla cena di classe sabato?
Andrea: sì, ma arrivo tardi, stacco alle nove
Sara: ok, ti tengo il posto
@@ product
Modellino di treno in scala H0 con binario ovale, locomotiva e tre vagoni. Le istruzioni di montaggio sono chiare anche per un ragazzino.
@@ culture
Il passaggio segreto del castello, riscoperto nel 1962, oggi si visita con la guida. Occhio alla testa: in alcuni punti il soffitto è bassissimo.
@@ health
Leggete il foglietto illustrativo prima di iniziare l'antibiotico. Completate la terapia anche se vi sentite meglio dopo pochi giorni.
`;
