// Textes bénins en français, écrits à la main. Format : voir benign_ml_generate.mjs.
export default String.raw`
@@ news
La médiathèque de Villeurbanne rouvre ses portes lundi après trois mois de travaux.
@@ news
Le marché de Noël s'installera place de la République du 29 novembre au 24 décembre. Une cinquantaine d'artisans seront présents, dont plusieurs producteurs de fromage du Jura. L'entrée est libre.
@@ news
À cause d'une fuite de gaz, la rue des Lilas a été fermée à la circulation pendant deux heures ce matin. Aucun blessé n'est à déplorer.
@@ news
La commune lance une consultation sur le futur aménagement des berges ; chacun peut donner son avis jusqu'au 15 mars.
@@ news
Montréal : la ligne orange du métro sera partiellement fermée ce week-end pour des travaux d'entretien. Des navettes remplaceront les trains entre les stations concernées.
@@ news
Programme de la fête du village :
- Samedi 14h : concours de pétanque
- Samedi 20h : bal populaire
- Dimanche 11h : vide-grenier
- Dimanche 16h : remise des prix
@@ travel
En sortant de la gare, prenez le tram T2 direction Pont de Bezons et descendez à l'arrêt Musée. L'hôtel est juste en face.
@@ travel
N'oubliez pas de composter votre billet avant de monter dans le train régional.
@@ travel
Le sentier du littoral est balisé en jaune et blanc. Comptez environ trois heures pour rejoindre la pointe, et prévoyez de l'eau car il n'y a aucun commerce sur le chemin.
@@ travel
Conseils pour Paris :
1. Achetez un carnet de tickets ou un passe Navigo semaine
2. Évitez le métro entre 8h et 9h30
3. Réservez la tour Eiffel en ligne à l'avance
@@ travel
Le ferry pour l'île part toutes les heures depuis le quai n°2 ; les vélos sont acceptés.
@@ travel
Vous arriverez par l'autoroute A7 : prenez la sortie 23, puis suivez les panneaux « Centre historique ». Le parking souterrain est gratuit le dimanche.
@@ product
Cafetière à piston en verre borosilicaté, 1 litre, filtre en inox démontable, compatible lave-vaisselle.
@@ product
Très bon aspirateur sans fil, léger et maniable. L'autonomie annoncée de 40 minutes est réelle en mode normal. Seul bémol : le bac à poussière est un peu petit.
@@ product
Déçu par ce grille-pain : au bout d'un mois, un côté ne chauffe plus. Le service client a tout de même proposé un remplacement rapide.
@@ product
Pull en laine mérinos, coupe droite, col rond. Lavage à la main ou en machine à 30 °C, programme laine.
@@ product
Avis : 5/5
Livraison rapide, emballage soigné.
La lampe est encore plus jolie qu'en photo.
Je recommande !
@@ product
Ce vélo électrique a une autonomie d'environ 70 km et se recharge en quatre heures. Le cadre est bas, ce qui le rend facile à enjamber.
@@ recipe
Faites revenir les oignons dans le beurre, ajoutez la farine, puis versez le lait petit à petit en remuant sans arrêt pour éviter les grumeaux.
@@ recipe
Laissez reposer la pâte à crêpes au moins une heure au réfrigérateur.
@@ recipe
Quiche lorraine
Ingrédients : 1 pâte brisée, 200 g de lardons, 3 œufs, 20 cl de crème, 20 cl de lait, sel, poivre, muscade.
Préchauffez le four à 180 °C, garnissez la pâte, versez l'appareil et enfournez 35 minutes.
@@ recipe
Pour réussir un bœuf bourguignon, faites mariner la viande la veille dans le vin rouge avec les aromates. La cuisson doit être longue et douce, au moins trois heures.
@@ recipe
Astuce : ajoutez une pincée de sel aux blancs d'œufs pour les monter plus facilement en neige.
@@ recipe
Ne jetez pas l'eau de cuisson des pâtes : une louche suffit pour lier la sauce et la rendre plus onctueuse.
@@ support
Bonjour Madame Lefèvre, nous sommes désolés pour le retard de votre commande. Le colis a été remis au transporteur ce matin et vous sera livré sous 48 heures.
@@ support
Pour modifier votre mot de passe, cliquez sur « Mon compte », puis sur « Sécurité ».
@@ support
Nous avons bien reçu votre demande de remboursement. Dès que le produit sera réceptionné dans notre entrepôt, le montant sera recrédité sur votre carte bancaire sous dix jours ouvrés.
@@ support
FAQ
Q : Puis-je annuler ma commande ?
R : Oui, tant qu'elle n'a pas été expédiée. Rendez-vous dans l'espace client, rubrique « Mes commandes ».
Q : Les frais de retour sont-ils gratuits ?
R : Oui, pour tout retour effectué dans les 30 jours.
@@ support
Si votre box internet ne s'allume plus, débranchez-la pendant une minute puis rebranchez-la. Si le voyant reste rouge, contactez notre service technique.
@@ support
Merci pour votre message. Un technicien passera jeudi entre 8 h et 12 h.
@@ office
Bonjour à tous,

Merci de bien vouloir ignorer la version précédente du planning et d'utiliser celle-ci. J'avais inversé les équipes du mardi et du jeudi.

Bonne journée,
Sophie
@@ office
Compte rendu de la réunion du 3 février : le budget formation est validé, le déménagement est reporté à l'automne et Julien s'occupe du devis pour le nouveau mobilier.
@@ office
Pourriez-vous m'envoyer le rapport d'activité avant vendredi midi ?
@@ office
Petit rappel : la réunion d'équipe de lundi est décalée à 14 h en salle Voltaire. Pensez à apporter vos chiffres du mois.
@@ office
Ordre du jour :
1. Bilan du premier trimestre
2. Organisation des congés d'été
3. Point sur le recrutement
4. Questions diverses
@@ office
Je suis en congé du 12 au 19 avril. Pour toute urgence, merci de contacter Nadia.
@@ hr
Notre politique de mots de passe impose au moins douze caractères et un renouvellement annuel. Ne communiquez jamais votre mot de passe, même à un collègue.
@@ hr
Le télétravail est possible deux jours par semaine, après accord du responsable.
@@ hr
Les demandes de congés doivent être saisies dans l'outil RH au moins trois semaines à l'avance. En cas de chevauchement au sein d'une même équipe, le manager arbitre en tenant compte des années précédentes.
@@ hr
Parcours d'intégration :
- Jour 1 : accueil, badge, poste de travail
- Semaine 1 : rencontres avec les équipes
- Mois 1 : point avec votre responsable
@@ hr
Les notes de frais sont remboursées sur présentation des justificatifs originaux, dans un délai de 30 jours.
@@ hr
Un défibrillateur est installé à l'accueil de chaque étage. Des sessions de formation aux premiers secours sont proposées deux fois par an à tous les salariés volontaires.
@@ school
Les inscriptions à la cantine pour l'année prochaine sont ouvertes jusqu'au 10 juillet.
@@ school
Chers parents, la sortie au musée d'histoire naturelle aura lieu le mardi 8 avril. Merci de fournir un pique-nique et de retourner l'autorisation signée avant vendredi.
@@ school
Les partiels du second semestre se dérouleront du 12 au 23 mai. Les salles et horaires seront affichés sur l'ENT une semaine avant.
@@ school
Rappel : les téléphones portables doivent rester éteints pendant les cours.
@@ school
Permanences de Mme Garnier :
Lundi 10h-12h, bureau B204
Jeudi 14h-16h, sur rendez-vous
@@ school
L'université met à disposition des étudiants un service d'écoute psychologique gratuit et confidentiel. Les rendez-vous se prennent au secrétariat du service de santé.
@@ health
Posologie : chez l'adulte, 1 comprimé de 500 mg toutes les 6 heures si besoin, sans dépasser 3 g par jour. Respectez un intervalle d'au moins 4 heures entre deux prises.
@@ health
Prendre soin de soi, c'est aussi savoir dire non et s'accorder du repos.
@@ health
En cas de forte chaleur, buvez régulièrement, fermez les volets en journée et prenez des nouvelles de vos proches âgés.
@@ health
Conseils pour mieux dormir
- Se coucher à heure fixe
- Éviter les écrans une heure avant
- Limiter le café après 16 h
@@ health
Une marche de trente minutes par jour réduit nettement le risque de maladies cardiovasculaires.
@@ health
Au jardin, préférez le savon noir aux pesticides pour lutter contre les pucerons. Si vous utilisez un poison contre les limaces, tenez-le hors de portée des enfants et des animaux.
@@ software
La version 4.0 apporte un nouvel éditeur de texte, la synchronisation hors ligne et la prise en charge des écrans haute résolution.
@@ software
Si le programme ne répond plus, ouvrez le gestionnaire des tâches, tuez le processus puis relancez l'application.
@@ software
Installation :
1. Téléchargez l'archive depuis depot.logiciel.example
2. Décompressez-la dans le dossier de votre choix
3. Lancez le script d'installation avec les droits administrateur
@@ software
Le fichier de configuration permet de surcharger les valeurs par défaut du système. Toute modification nécessite un redémarrage du service.
@@ software
Notes de version 2.3.1 : correction d'un bug d'affichage sur les tablettes, amélioration des performances à l'ouverture des gros fichiers.
@@ software
L'assistant de configuration vous guide pas à pas lors du premier lancement. Vous pouvez le relancer à tout moment depuis le menu Aide.
@@ ui
Impossible d'enregistrer le fichier. Vérifiez l'espace disque disponible.
@@ ui
Votre session a expiré. Veuillez vous reconnecter.
@@ ui
Êtes-vous sûr de vouloir supprimer ce contact ?
@@ ui
Modifications enregistrées.
@@ ui
Le mot de passe doit contenir au moins 8 caractères, dont une majuscule et un chiffre.
@@ ui
Menu :
Fichier | Édition | Affichage | Aide
Astuce : appuyez sur Ctrl+S pour enregistrer.
@@ finance
Veuillez trouver ci-joint la facture n° F-2025-0042 d'un montant de 1 320,00 € TTC, payable à 30 jours.
@@ finance
La déclaration de revenus en ligne doit être faite avant la fin mai pour les départements de la zone 1.
@@ finance
Les frais bancaires ont augmenté cette année. Comparez les offres avant de renouveler votre carte, certaines banques en ligne sont gratuites sous conditions.
@@ finance
Budget du mois :
Loyer : 820 €
Courses : 350 €
Transport : 75 €
Épargne : 200 €
@@ finance
Merci d'indiquer la référence de la facture dans le libellé du virement.
@@ finance
Le chiffre d'affaires du groupe progresse de 3 % sur l'année, porté par l'export. La rentabilité reste stable malgré la hausse du coût de l'énergie.
@@ weather
Demain, temps ensoleillé sur l'ensemble du pays, avec des températures comprises entre 22 et 28 degrés.
@@ weather
Vigilance orange orages sur le Sud-Ouest cet après-midi. Évitez les déplacements non indispensables et mettez à l'abri les objets susceptibles d'être emportés par le vent.
@@ weather
Prévisions :
Samedi : nuageux, 14 °C
Dimanche : averses, 12 °C
Lundi : éclaircies, 16 °C
@@ weather
Gelées matinales attendues en plaine ; protégez vos plantes fragiles.
@@ weather
Le mois de juillet a été le plus sec depuis vingt ans dans la région. Les restrictions d'arrosage restent en vigueur jusqu'à nouvel ordre.
@@ sports
Le XV de France s'est imposé 27 à 13 face à l'Écosse grâce à deux essais en fin de match.
@@ sports
Le semi-marathon de la ville partira dimanche à 9 h du parc de la Tête d'Or. Les dossards sont à retirer samedi au gymnase municipal.
@@ sports
Après une saison compliquée, le club a annoncé le départ de son entraîneur. Son successeur sera présenté la semaine prochaine.
@@ sports
Classement après la 20e journée :
1. Lyon, 44 pts
2. Marseille, 41 pts
3. Lens, 39 pts
@@ sports
Inscriptions au club de tennis : le forum des associations a lieu samedi au gymnase.
@@ culture
Le château de Chambord compte 426 pièces et un célèbre escalier à double révolution.
@@ culture
L'exposition réunit une centaine de photographies de Doisneau. Beaucoup ont été prises dans les rues de Paris dans les années cinquante, souvent au petit matin.
@@ culture
La Chandeleur, le 2 février, est l'occasion de faire des crêpes en famille. On dit qu'il faut les faire sauter en tenant une pièce dans l'autre main.
@@ culture
Ce soir, lecture publique de poèmes québécois à la bibliothèque, entrée gratuite.
@@ culture
La cathédrale de Chartres est célèbre pour ses vitraux du XIIIe siècle.
@@ realestate
Appartement T3 lumineux de 68 m², au 4e étage avec ascenseur, balcon exposé sud et cave. Proche commerces et écoles. 245 000 €.
@@ realestate
À louer : studio meublé près de la faculté, 480 € charges comprises.
@@ realestate
Maison de village à rénover avec jardin de 500 m² et grange attenante, à 15 minutes de Toulouse. Idéal premier achat.
@@ realestate
Caractéristiques :
- Surface : 95 m²
- 3 chambres
- Chauffage au gaz
- DPE : C
@@ realestate
Local commercial en centre-ville, vitrine sur rue piétonne, disponible immédiatement.
@@ government
Pour refaire votre carte d'identité, prenez rendez-vous en mairie et apportez une photo récente ainsi qu'un justificatif de domicile.
@@ government
La demande d'aide au logement se fait en ligne. Préparez votre bail, vos trois derniers avis d'imposition et un RIB avant de commencer.
@@ government
Démarches après un déménagement :
1. Mettre à jour son adresse auprès des impôts
2. Changer l'adresse de la carte grise
3. Prévenir la caisse d'assurance maladie
4. Faire suivre son courrier
@@ government
Les encombrants sont collectés le premier mardi du mois. Sortez-les la veille au soir.
@@ government
Les permis de conduire roses en carton restent valables jusqu'en 2033, mais vous pouvez déjà demander le nouveau format sécurisé.
@@ chat
On se retrouve devant le cinéma à 20h ?
@@ chat
Léa : t'as fini les slides ?
Hugo : presque, il me manque le graphique des ventes
Léa : ok, envoie-moi tout avant 18h
Hugo : ça marche
@@ chat
Tu pourrais prendre quelques photos du pot de départ de Michel ? Je ne serai pas là.
@@ chat
La présentation a fait un flop total, mais bon, on retente la semaine prochaine.
@@ chat
J'ai oublié mon badge, quelqu'un peut m'ouvrir ?
@@ chat
Désolée, je n'avais pas vu ton message ! Je te rappelle ce soir après le boulot, on pourra en parler tranquillement.
@@ office
Le lien vers le sondage interne : https://sondage.intranet.example/satisfaction. Merci de répondre avant le 20.
@@ school
Le concours de nouvelles est ouvert à tous les lycéens : textes de 5 000 signes maximum, à envoyer avant le 31 janvier.
@@ culture
À Bruxelles, la Grand-Place accueille tous les deux ans un immense tapis de fleurs au mois d'août.
@@ ui
Connexion perdue. Nouvelle tentative dans 10 secondes…
@@ government
En cas de perte de votre carte Vitale, signalez-la depuis votre compte en ligne ; une nouvelle carte vous sera envoyée sous trois semaines.
@@ sports
Elle a décroché sa première médaille olympique à 19 ans, en bronze sur 200 m brasse.
@@ travel
Attention, la gare routière a déménagé : les cars partent désormais du parking nord.
@@ office
Père Noël secret au bureau :
- inscription avant vendredi sur la feuille en salle de pause
- budget : 15 € maximum
- échange des cadeaux le 20 décembre à 16 h
@@ software
Thermostat, mode d'emploi : pour forcer le chauffage un soir, maintenez la touche Boost trois secondes. Le système reprend le programme habituel à minuit.
@@ school
Atelier d'écriture, séance 5
Sujet : « Le jour où l'électricité a disparu »
Longueur : 2 pages maximum
Apportez votre texte imprimé jeudi.
@@ ui
Administration
Utilisateurs | Groupes | Facturation | Journal
Seuls les administrateurs peuvent modifier les informations de paiement.
@@ chat
Chloé : tu viens au resto de la promo samedi ?
Maxime : oui mais j'arrive vers 21h, je bosse
Chloé : ok je te garde une place
@@ product
Maquette de voilier en bois à assembler, environ 40 cm. Les instructions sont détaillées, mais il faut de la patience pour les cordages.
@@ culture
Le passage secret du château, redécouvert en 1962, se visite désormais avec un guide. Attention à la tête, le plafond est très bas par endroits.
`;
