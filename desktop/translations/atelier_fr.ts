<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Days when an open order is due</source>
        <translation>Jours où une commande en cours arrive à échéance</translation>
    </message>
    <message>
        <source>Days with an order that is late</source>
        <translation>Jours avec une commande en retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Show today in the calendar</source>
        <translation>Afficher aujourd’hui dans le calendrier</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exporter en .ics…</translation>
    </message>
    <message>
        <source>Save the due dates of open orders as an iCalendar file for Google Calendar, Outlook, Apple Calendar or Thunderbird</source>
        <translation>Enregistrer les échéances des commandes en cours dans un fichier iCalendar pour Google Agenda, Outlook, Calendrier d’Apple ou Thunderbird</translation>
    </message>
    <message>
        <source>Export again after changes: events keep their identity, so your calendar app updates them instead of adding copies.</source>
        <translation>Exportez de nouveau après vos modifications : les événements gardent leur identifiant, votre agenda les met donc à jour au lieu de les dupliquer.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) due</source>
        <translation><numerusform>%n commande à rendre</numerusform><numerusform>%n commandes à rendre</numerusform></translation>
    </message>
    <message>
        <source>Awaiting requirements</source>
        <translation>En attente des consignes</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>Retouche demandée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <source>{status} · late</source>
        <translation>{status} · en retard</translation>
    </message>
    <message>
        <source>Nothing due from {first} to {last}.
Pick another day in the calendar.</source>
        <translation>Aucune échéance du {first} au {last}.
Choisissez un autre jour dans le calendrier.</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · aujourd’hui</translation>
    </message>
    <message>
        <source>{day} · tomorrow</source>
        <translation>{day} · demain</translation>
    </message>
    <message>
        <source>atelier-due-dates.ics</source>
        <translation>atelier-echeances.ics</translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation>Exporter les échéances</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting due dates</source>
        <translation>Export des échéances</translation>
    </message>
    <message numerus="yes">
        <source>%n due date(s) exported to {path}.</source>
        <translation><numerusform>%n échéance exportée dans {path}.</numerusform><numerusform>%n échéances exportées dans {path}.</numerusform></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>USA</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Côte d'Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>P&amp;seudo :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>A person or a company</source>
        <translation>Une personne ou une entreprise</translation>
    </message>
    <message>
        <source>Their user name on the platform</source>
        <translation>Son nom d’utilisateur sur la plateforme</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>How they like to work, time zone, what to remember</source>
        <translation>Sa façon de travailler, son fuseau horaire, ce qu’il faut retenir</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>Aucune plateforme</translation>
    </message>
    <message>
        <source>Choose, or type a two-letter code</source>
        <translation>Choisissez, ou saisissez un code à deux lettres</translation>
    </message>
    <message>
        <source>Choose, or type a code such as fr-CA</source>
        <translation>Choisissez, ou saisissez un code comme fr-CA</translation>
    </message>
    <message>
        <source>Canada (Québec)</source>
        <translation>Canada (Québec)</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Awaiting requirements</source>
        <translation>En attente des consignes</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>Retouche demandée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <source>Search clients…</source>
        <translation>Rechercher un client…</translation>
    </message>
    <message>
        <source>Search by name, handle, email, country or notes</source>
        <translation>Rechercher par nom, pseudo, e-mail, pays ou notes</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <source>Net paid</source>
        <translation>Net payé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Commandes récentes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No orders from this client yet.</source>
        <translation>Aucune commande de ce client pour l’instant.</translation>
    </message>
    <message>
        <source>Select a client to see their notes and recent orders.</source>
        <translation>Sélectionnez un client pour voir ses notes et ses commandes récentes.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation><numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>No clients yet. Add one with “New client…”, or create an order: its client is added here.</source>
        <translation>Aucun client pour l’instant. Ajoutez-en un avec « Nouveau client… », ou créez une commande : son client apparaîtra ici.</translation>
    </message>
    <message>
        <source>No clients match “{text}”.</source>
        <translation>Aucun client ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>{handle} on {platform}</source>
        <translation>{handle} sur {platform}</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation><numerusform>%n commande</numerusform><numerusform>%n commandes</numerusform></translation>
    </message>
    <message>
        <source>{orders} · paid {net} net</source>
        <translation>{orders} · {net} net payés</translation>
    </message>
    <message>
        <source>Client since {date}</source>
        <translation>Client depuis le {date}</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Pas de notes.</translation>
    </message>
    <message>
        <source>Client kept</source>
        <translation>Client conservé</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n order(s), so they cannot be deleted: your order and income history needs to know who paid. Edit the client instead, or delete their orders first.</source>
        <translation><numerusform>« {name} » a %n commande, ce client ne peut donc pas être supprimé : votre historique de commandes et de revenus doit savoir qui a payé. Modifiez plutôt le client, ou supprimez d’abord sa commande.</numerusform><numerusform>« {name} » a %n commandes, ce client ne peut donc pas être supprimé : votre historique de commandes et de revenus doit savoir qui a payé. Modifiez plutôt le client, ou supprimez d’abord ses commandes.</numerusform></translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Delete the client “{name}”? This cannot be undone.</source>
        <translation>Supprimer le client « {name} » ? Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>DeadlineWatcher</name>
    <message>
        <source>Order now late</source>
        <translation>Commande en retard</translation>
    </message>
    <message>
        <source>Due within 24 hours</source>
        <translation>À livrer sous 24 heures</translation>
    </message>
</context>
<context>
    <name>GigDialog</name>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basique</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Package {n}</source>
        <translation>Formule {n}</translation>
    </message>
    <message>
        <source>Package {n}: {problem}</source>
        <translation>Formule {n} : {problem}</translation>
    </message>
    <message>
        <source>Edit gig</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <source>Duplicate gig</source>
        <translation>Dupliquer le service</translation>
    </message>
    <message>
        <source>New gig</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Activity type:</source>
        <translation>Type d’&amp;activité :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Pac&amp;kages:</source>
        <translation>&amp;Formules :</translation>
    </message>
    <message>
        <source>What you sell, as buyers see it</source>
        <translation>Ce que vous vendez, tel que les acheteurs le voient</translation>
    </message>
    <message>
        <source>Choose or type a category</source>
        <translation>Choisissez ou saisissez une catégorie</translation>
    </message>
    <message>
        <source>Separated by commas: seo, blog, translation</source>
        <translation>Séparés par des virgules : seo, blog, traduction</translation>
    </message>
    <message>
        <source>What the buyer gets, what you need from them</source>
        <translation>Ce que l’acheteur reçoit, ce dont vous avez besoin de sa part</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>Aucune plateforme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Default (from Settings)</source>
        <translation>Par défaut (selon les Paramètres)</translation>
    </message>
    <message>
        <source>Sales of goods (BIC)</source>
        <translation>Vente de marchandises (BIC)</translation>
    </message>
    <message>
        <source>Services (BIC)</source>
        <translation>Prestations de services (BIC)</translation>
    </message>
    <message>
        <source>Liberal profession (BNC)</source>
        <translation>Profession libérale (BNC)</translation>
    </message>
    <message>
        <source>How the French micro-entrepreneur regime counts this gig's income</source>
        <translation>Comment le régime micro-entrepreneur compte les revenus de ce service</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Delivery (days)</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Retouches</translation>
    </message>
    <message>
        <source>&amp;Add package</source>
        <translation>&amp;Ajouter une formule</translation>
    </message>
    <message>
        <source>&amp;Remove package</source>
        <translation>&amp;Retirer la formule</translation>
    </message>
</context>
<context>
    <name>GigsPage</name>
    <message>
        <source>Gigs</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Sales of goods (BIC)</source>
        <translation>Vente de marchandises (BIC)</translation>
    </message>
    <message>
        <source>Services (BIC)</source>
        <translation>Prestations de services (BIC)</translation>
    </message>
    <message>
        <source>Liberal profession (BNC)</source>
        <translation>Profession libérale (BNC)</translation>
    </message>
    <message>
        <source>Default activity</source>
        <translation>Activité par défaut</translation>
    </message>
    <message>
        <source>Search gigs…</source>
        <translation>Rechercher un service…</translation>
    </message>
    <message>
        <source>Search by title, category, platform or tag</source>
        <translation>Rechercher par titre, catégorie, plateforme ou mot-clé</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;New gig…</source>
        <translation>&amp;Nouveau service…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Net earned</source>
        <translation>Net perçu</translation>
    </message>
    <message>
        <source>from {price}</source>
        <translation>dès {price}</translation>
    </message>
    <message>
        <source>No packages</source>
        <translation>Aucune formule</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Retouches</translation>
    </message>
    <message>
        <source>What it includes</source>
        <translation>Ce qui est inclus</translation>
    </message>
    <message>
        <source>Select a gig to see its packages.</source>
        <translation>Sélectionnez un service pour voir ses formules.</translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation><numerusform>%n service</numerusform><numerusform>%n services</numerusform></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>No gigs yet. Add what you sell with “New gig…”: its packages give new orders their price and due date.</source>
        <translation>Aucun service pour l’instant. Ajoutez ce que vous vendez avec « Nouveau service… » : ses formules donnent aux nouvelles commandes leur prix et leur échéance.</translation>
    </message>
    <message>
        <source>No gigs match these filters.</source>
        <translation>Aucun service ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation><numerusform>%n commande</numerusform><numerusform>%n commandes</numerusform></translation>
    </message>
    <message>
        <source>{orders} ({open} open)</source>
        <translation>{orders} ({open} en cours)</translation>
    </message>
    <message>
        <source>{orders} · net earned {net}</source>
        <translation>{orders} · net perçu {net}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Mots-clés : {tags}</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Pas de description.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n jour</numerusform><numerusform>%n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation><numerusform>%n retouche</numerusform><numerusform>%n retouches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the gig “{title}” and its packages? Its %n order(s) are kept, with their prices and payments, but will no longer be linked to a gig.</source>
        <translation><numerusform>Supprimer le service « {title} » et ses formules ? Sa commande est conservée, avec son prix et ses paiements, mais ne sera plus liée à un service.</numerusform><numerusform>Supprimer le service « {title} » et ses formules ? Ses %n commandes sont conservées, avec leurs prix et leurs paiements, mais ne seront plus liées à un service.</numerusform></translation>
    </message>
    <message>
        <source>Delete the gig “{title}” and its packages? This cannot be undone.</source>
        <translation>Supprimer le service « {title} » et ses formules ? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Delete gig</source>
        <translation>Supprimer le service</translation>
    </message>
</context>
<context>
    <name>IncomePage</name>
    <message>
        <source>Income</source>
        <extracomment>emitted after the widgets show a newly computed report emitted with a sentence when an export ends (done or failed)</extracomment>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par :</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Gig</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table below (the chosen year and grouping) as a CSV file</source>
        <translation>Enregistrer le tableau ci-dessous (année et regroupement choisis) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Awaiting payout</source>
        <translation>En attente de versement</translation>
    </message>
    <message>
        <source>URSSAF declaration</source>
        <translation>Déclaration URSSAF</translation>
    </message>
    <message>
        <source>No payments yet. Record a payout on a completed order and it will show here.</source>
        <translation>Aucun paiement pour l’instant. Enregistrez un versement sur une commande terminée et il apparaîtra ici.</translation>
    </message>
    <message>
        <source>No client has paid you in this period.</source>
        <translation>Aucun client ne vous a payé sur cette période.</translation>
    </message>
    <message>
        <source>No payments in this period. Payments you record on orders appear here, grouped as you choose.</source>
        <translation>Aucun paiement sur cette période. Les paiements enregistrés sur vos commandes apparaissent ici, regroupés comme vous le souhaitez.</translation>
    </message>
    <message>
        <source>Nothing is awaiting payout: every completed order has been paid.</source>
        <translation>Rien en attente de versement : toutes les commandes terminées ont été payées.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Amounts are declared before platform fees (commissions are not deductible). Check the rates and thresholds on urssaf.fr: Atelier is a helper, not tax advice.</source>
        <translation>Les montants se déclarent avant frais de plateforme (les commissions ne sont pas déductibles). Vérifiez les taux et les seuils sur urssaf.fr : Atelier est une aide, pas un conseil fiscal.</translation>
    </message>
    <message>
        <source>Computing income reports</source>
        <translation>Calcul des rapports de revenus</translation>
    </message>
    <message>
        <source>The income report could not be computed: {error}</source>
        <translation>Le rapport de revenus n’a pas pu être calculé : {error}</translation>
    </message>
    <message>
        <source>Not linked to an order</source>
        <translation>Sans commande associée</translation>
    </message>
    <message>
        <source>Net received by month, all years</source>
        <translation>Net perçu par mois, toutes années</translation>
    </message>
    <message>
        <source>Net received by month, {year}</source>
        <translation>Net perçu par mois, {year}</translation>
    </message>
    <message>
        <source>{series}, {category}: {value}</source>
        <translation>{series}, {category} : {value}</translation>
    </message>
    <message>
        <source>Net received by client (top {n})</source>
        <translation>Net perçu par client ({n} premiers)</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Net received</source>
        <translation>Net perçu</translation>
    </message>
    <message>
        <source>{category}: {value}</source>
        <translation>{category} : {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) recorded in a former home currency are not counted here.</source>
        <translation><numerusform>%n paiement enregistré dans une ancienne devise principale n’est pas compté ici.</numerusform><numerusform>%n paiements enregistrés dans une ancienne devise principale ne sont pas comptés ici.</numerusform></translation>
    </message>
    <message>
        <source>Cleared, awaiting payout</source>
        <translation>Disponible, versement à recevoir</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Total awaiting payout: {amount}</source>
        <translation>Total en attente de versement : {amount}</translation>
    </message>
    <message>
        <source>Sales (BIC)</source>
        <translation>Ventes (BIC)</translation>
    </message>
    <message>
        <source>Services (BIC)</source>
        <translation>Prestations de services (BIC)</translation>
    </message>
    <message>
        <source>Liberal (BNC)</source>
        <translation>Activité libérale (BNC)</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>Micro-entrepreneur ceiling for services</source>
        <translation>Plafond micro-entrepreneur des prestations de services</translation>
    </message>
    <message>
        <source>Micro-entrepreneur ceiling (all activities)</source>
        <translation>Plafond micro-entrepreneur (toutes activités)</translation>
    </message>
    <message>
        <source>VAT franchise threshold for services</source>
        <translation>Seuil de franchise de TVA des prestations de services</translation>
    </message>
    <message>
        <source>VAT franchise threshold for sales</source>
        <translation>Seuil de franchise de TVA des ventes</translation>
    </message>
    <message>
        <source>{what}: over the tolerance ({amount} declared). VAT is due from the day the tolerance was crossed.</source>
        <translation>{what} : seuil de tolérance dépassé ({amount} déclarés). La TVA est due dès le jour du dépassement.</translation>
    </message>
    <message>
        <source>{what}: exceeded, {amount} declared for a limit of {limit} ({pct} %).</source>
        <translation>{what} : dépassé, {amount} déclarés pour une limite de {limit} ({pct} %).</translation>
    </message>
    <message>
        <source>{what}: {pct} % reached ({amount} of {limit}).</source>
        <translation>{what} : {pct} % atteints ({amount} sur {limit}).</translation>
    </message>
    <message>
        <source>Next declaration: {period}, due by {deadline}. Declare {declared}; contributions {due}.</source>
        <translation>Prochaine déclaration : {period}, au plus tard le {deadline}. À déclarer : {declared} ; cotisations : {due}.</translation>
    </message>
    <message>
        <source>The URSSAF declaration helper works in euros. Your home currency is {currency}: set it to EUR in Settings to see what to declare.</source>
        <translation>L’aide à la déclaration URSSAF fonctionne en euros. Votre devise principale est {currency} : choisissez EUR dans les Réglages pour voir quoi déclarer.</translation>
    </message>
    <message>
        <source>There are no URSSAF figures for {year}: add them in Settings › Declaration.</source>
        <translation>Aucun barème URSSAF pour {year} : ajoutez-le dans Réglages › Déclaration.</translation>
    </message>
    <message>
        <source>Declarations for {year}, by month</source>
        <translation>Déclarations {year}, par mois</translation>
    </message>
    <message>
        <source>Declarations for {year}, by quarter</source>
        <translation>Déclarations {year}, par trimestre</translation>
    </message>
    <message>
        <source>{what}: {pct} %</source>
        <translation>{what} : {pct} %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Total declared</source>
        <translation>Total déclaré</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Social contributions plus the versement libératoire (income tax)</source>
        <translation>Cotisations sociales plus le versement libératoire (impôt sur le revenu)</translation>
    </message>
    <message>
        <source>Next declaration</source>
        <translation>Prochaine déclaration</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>income-{grouping}-{year}.csv</source>
        <translation>revenus-{grouping}-{year}.csv</translation>
    </message>
    <message>
        <source>all-years</source>
        <translation>toutes-annees</translation>
    </message>
    <message>
        <source>Export the income report</source>
        <translation>Exporter le rapport de revenus</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the income report to {name}</source>
        <translation>Export du rapport de revenus vers {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {name}</source>
        <translation><numerusform>%n ligne exportée vers {name}</numerusform><numerusform>%n lignes exportées vers {name}</numerusform></translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>L’export a échoué : {error}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>IncomeTableModel</name>
    <message>
        <source>Hours tracked on time entries</source>
        <translation>Heures relevées dans le suivi du temps</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>Net received</source>
        <translation>Net perçu</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Net per hour</source>
        <translation>Net par heure</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Gig</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>No platform (not linked to an order)</source>
        <translation>Sans plateforme (aucune commande associée)</translation>
    </message>
    <message>
        <source>No client (not linked to an order)</source>
        <translation>Sans client (aucune commande associée)</translation>
    </message>
    <message>
        <source>No gig</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation>&amp;Rechercher des commandes</translation>
    </message>
    <message>
        <source>&amp;Export data as CSV…</source>
        <translation>&amp;Exporter les données en CSV…</translation>
    </message>
    <message>
        <source>&amp;Import data from CSV…</source>
        <translation>&amp;Importer des données CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Atelier</source>
        <translation>À &amp;propos d’Atelier</translation>
    </message>
    <message>
        <source>Export data as CSV into a folder</source>
        <translation>Exporter les données en CSV dans un dossier</translation>
    </message>
    <message>
        <source>Exporting data as CSV…</source>
        <translation>Export des données en CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {folder}</source>
        <translation><numerusform>%n ligne exportée dans {folder}</numerusform><numerusform>%n lignes exportées dans {folder}</numerusform></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Nothing was exported: {error}</source>
        <translation>Rien n’a été exporté : {error}</translation>
    </message>
    <message>
        <source>Import data from a folder of CSV files</source>
        <translation>Importer des données depuis un dossier de fichiers CSV</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from {folder}</source>
        <translation><numerusform>%n ligne importée depuis {folder}</numerusform><numerusform>%n lignes importées depuis {folder}</numerusform></translation>
    </message>
    <message>
        <source>Importing data from CSV…</source>
        <translation>Import des données CSV…</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <source>Nothing was imported; your data is unchanged.

{error}</source>
        <translation>Rien n’a été importé ; vos données sont inchangées.

{error}</translation>
    </message>
    <message>
        <source>About Atelier</source>
        <translation>À propos d’Atelier</translation>
    </message>
    <message>
        <source>Atelier {version}
Gigs, orders, deadlines and income for freelancers.
Your store: {path}</source>
        <translation>Atelier {version}
Services, commandes, échéances et revenus des freelances.
Vos données : {path}</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message numerus="yes">
        <source>{tier} — {price}, %n day(s)</source>
        <translation><numerusform>{tier} — {price}, %n jour</numerusform><numerusform>{tier} — {price}, %n jours</numerusform></translation>
    </message>
    <message>
        <source>A new client “{name}” will be added.</source>
        <translation>Un nouveau client « {name} » sera ajouté.</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Edit order</source>
        <translation>Modifier la commande</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <source>&amp;Gig</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Pac&amp;kage</source>
        <translation>&amp;Formule</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>C&amp;onsignes</translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation>P&amp;rix</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>Date de ré&amp;ception</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <source>Platform &amp;reference</source>
        <translation>&amp;Référence plateforme</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Revisions &amp;used</source>
        <translation>Retouches &amp;utilisées</translation>
    </message>
    <message>
        <source>Choose a client or type a new name</source>
        <translation>Choisissez un client ou tapez un nouveau nom</translation>
    </message>
    <message>
        <source>What the client ordered</source>
        <translation>Ce que le client a commandé</translation>
    </message>
    <message>
        <source>The client's requirements, as received</source>
        <translation>Les consignes du client, telles que reçues</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Order number on the platform</source>
        <translation>Numéro de commande sur la plateforme</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>No gig</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>Aucune formule</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Awaiting requirements</source>
        <translation>En attente des consignes</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>Retouche demandée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <extracomment>emitted after each new query with the number of matching orders</extracomment>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Gig</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net perçu</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <extracomment>starting widths of the columns; the title takes what is left (TITLE_MIN at least)</extracomment>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Nouvelle commande…</translation>
    </message>
    <message>
        <source>Enter an order you received (Ctrl+N)</source>
        <translation>Saisir une commande reçue (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search title, brief, client, reference…</source>
        <translation>Rechercher titre, consignes, client, référence…</translation>
    </message>
    <message>
        <source>Accents and case are ignored (Ctrl+F)</source>
        <translation>Les accents et les majuscules sont ignorés (Ctrl+F)</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Non terminées</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>No orders match these filters.
Try other words, or clear the filters.</source>
        <translation>Aucune commande ne correspond à ces filtres.
Essayez d’autres mots ou effacez les filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Sélectionnez une commande pour voir son détail.</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Pas encore de commande</translation>
    </message>
    <message>
        <source>When a client buys one of your gigs or sends you work, enter it here: Atelier keeps its deadline, its status and what it earned you.</source>
        <translation>Quand un client achète l’un de vos services ou vous confie un travail, saisissez-le ici : Atelier suit son échéance, son statut et ce qu’il vous a rapporté.</translation>
    </message>
    <message>
        <source>Enter your first order…</source>
        <translation>Saisir votre première commande…</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Livrer</translation>
    </message>
    <message>
        <source>Request revision</source>
        <translation>Retouche demandée</translation>
    </message>
    <message>
        <source>The client asked for changes</source>
        <translation>Le client a demandé des modifications</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Marquer terminée</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Ouvrir un litige</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Chrono</translation>
    </message>
    <message>
        <source>Add payment…</source>
        <translation>Ajouter un paiement…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>No payment recorded for this order yet.</source>
        <translation>Aucun paiement enregistré pour cette commande.</translation>
    </message>
    <message>
        <source>No deliverable yet. Drafts and files you prepare for this order will be listed here.</source>
        <translation>Aucun livrable pour l’instant. Les brouillons et fichiers préparés pour cette commande apparaîtront ici.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Gig</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Retouches</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>Net received</source>
        <translation>Net perçu</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation><numerusform>%Ln commande</numerusform><numerusform>%Ln commandes</numerusform></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>Reprendre le travail</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>{used} of {included} used</source>
        <translation>{used} sur {included} utilisée(s)</translation>
    </message>
    <message>
        <source>{used} used</source>
        <translation>{used} utilisée(s)</translation>
    </message>
    <message>
        <source>not set for {platform}</source>
        <translation>non renseignés pour {platform}</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Arrêter le chrono</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Lancer le chrono</translation>
    </message>
    <message>
        <source>Tracked: {time}</source>
        <translation>Temps passé : {time}</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Order entered</source>
        <translation>Commande saisie</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Statut : {old} → {new}</translation>
    </message>
    <message>
        <source>Price changed: {old} → {new}</source>
        <translation>Prix modifié : {old} → {new}</translation>
    </message>
    <message>
        <source>Due date changed: {old} → {new}</source>
        <translation>Échéance modifiée : {old} → {new}</translation>
    </message>
    <message>
        <source>Date received changed: {old} → {new}</source>
        <translation>Date de réception modifiée : {old} → {new}</translation>
    </message>
    <message>
        <source>Title changed: “{old}” → “{new}”</source>
        <translation>Titre modifié : « {old} » → « {new} »</translation>
    </message>
    <message>
        <source>Currency changed: {old} → {new}</source>
        <translation>Devise modifiée : {old} → {new}</translation>
    </message>
    <message>
        <source>Revisions used: {old} → {new}</source>
        <translation>Retouches utilisées : {old} → {new}</translation>
    </message>
    <message>
        <source>Reference changed: {old} → {new}</source>
        <translation>Référence modifiée : {old} → {new}</translation>
    </message>
    <message>
        <source>Client changed</source>
        <translation>Client modifié</translation>
    </message>
    <message>
        <source>Platform changed</source>
        <translation>Plateforme modifiée</translation>
    </message>
    <message>
        <source>Gig changed</source>
        <translation>Service modifié</translation>
    </message>
    <message>
        <source>Package changed</source>
        <translation>Formule modifiée</translation>
    </message>
    <message>
        <source>Brief edited</source>
        <translation>Consignes modifiées</translation>
    </message>
    <message>
        <source>Notes edited</source>
        <translation>Notes modifiées</translation>
    </message>
    <message>
        <source>Activity type changed</source>
        <translation>Type d’activité modifié</translation>
    </message>
    <message>
        <source>{field} changed</source>
        <translation>{field} modifié</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Cancel “{title}”? A cancelled order cannot be reopened.</source>
        <translation>Annuler « {title} » ? Une commande annulée ne peut pas être rouverte.</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Supprimer la commande</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its history, tracked time and deliverables are deleted with it. This cannot be undone.</source>
        <translation>Supprimer « {title} » ? Son historique, son temps passé et ses livrables seront supprimés avec elle. C’est définitif.</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>1 {currency} = ? {home}</source>
        <translation>1 {currency} = ? {home}</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Add payment — {order}</source>
        <translation>Ajouter un paiement — {order}</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Amount received</source>
        <translation>&amp;Montant reçu</translation>
    </message>
    <message>
        <source>&amp;Fee kept by the platform</source>
        <translation>&amp;Frais retenus par la plateforme</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>Date de ré&amp;ception</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>After the platform's fee</source>
        <translation>Après les frais de la plateforme</translation>
    </message>
    <message>
        <source>Exchange rate used</source>
        <translation>Taux de change appliqué</translation>
    </message>
</context>
<context>
    <name>PaymentKind</name>
    <message>
        <source>Payout</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Pourboire</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Add a platform</source>
        <translation>Ajouter une plateforme</translation>
    </message>
    <message>
        <source>Edit platform</source>
        <translation>Modifier la plateforme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fee (%)</source>
        <translation>Commission (%)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <source>Fixed fee per order</source>
        <translation>Frais fixes par commande</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Délai de disponibilité</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Pourboires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>for example 20 or 12,5</source>
        <translation>par exemple 20 ou 12,5</translation>
    </message>
    <message>
        <source>Leave it empty while you don't know it.</source>
        <translation>Laissez vide tant que vous ne la connaissez pas.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Immédiate</translation>
    </message>
    <message>
        <source>Also takes its percentage on tips</source>
        <translation>Prélève aussi sa commission sur les pourboires</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
</context>
<context>
    <name>PlatformTableModel</name>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Frais fixes</translation>
    </message>
    <message>
        <source>Fee on tips</source>
        <translation>Sur pourboires</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Délai de disponibilité</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Prédéfinie</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>The percentage the platform keeps from each order</source>
        <translation>Le pourcentage que la plateforme garde sur chaque commande</translation>
    </message>
    <message>
        <source>A fixed amount the platform keeps from each order</source>
        <translation>Un montant fixe que la plateforme garde sur chaque commande</translation>
    </message>
    <message>
        <source>Whether the platform also takes its percentage on tips</source>
        <translation>Si la plateforme prélève aussi sa commission sur les pourboires</translation>
    </message>
    <message>
        <source>Days between completion and the money being released</source>
        <translation>Jours entre la fin de la commande et la mise à disposition de l’argent</translation>
    </message>
    <message>
        <source>The currency orders on this platform usually come in</source>
        <translation>La devise habituelle des commandes sur cette plateforme</translation>
    </message>
    <message>
        <source>Shipped with Atelier, or added by you</source>
        <translation>Fournie avec Atelier, ou ajoutée par vous</translation>
    </message>
    <message>
        <source>Orders recorded on this platform</source>
        <translation>Commandes enregistrées sur cette plateforme</translation>
    </message>
    <message>
        <source>No fee is set for {name} yet: double-click the row and enter the percentage shown in your seller account.</source>
        <translation>Aucune commission n’est encore saisie pour {name} : double-cliquez sur la ligne et saisissez le pourcentage indiqué dans votre compte vendeur.</translation>
    </message>
    <message>
        <source>Enter your fee</source>
        <translation>Saisissez votre commission</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Immédiate</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n jour</numerusform><numerusform>%n jours</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Platforms and fees</source>
        <translation>Plateformes et commissions</translation>
    </message>
    <message>
        <source>Micro-entrepreneur (URSSAF)</source>
        <translation>Micro-entrepreneur (URSSAF)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Applies at once, no restart needed.</source>
        <translation>S’applique aussitôt, sans redémarrer.</translation>
    </message>
    <message>
        <source>&amp;Home currency</source>
        <translation>&amp;Devise de référence</translation>
    </message>
    <message>
        <source>The currency you are paid in at home: payments are converted into it when you record them, and reports add them up in it.</source>
        <translation>La devise dans laquelle vous êtes payé chez vous : les paiements y sont convertis quand vous les enregistrez, et les rapports les additionnent dans cette devise.</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Days, months and quarters in reports start at midnight in this time zone. Type to search, for example “Paris” or “Casablanca”.</source>
        <translation>Dans les rapports, les jours, mois et trimestres commencent à minuit dans ce fuseau horaire. Tapez pour chercher, par exemple « Paris » ou « Casablanca ».</translation>
    </message>
    <message>
        <source>&amp;Due-soon window</source>
        <translation>&amp;Échéance proche</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Orders due within this many hours are listed as due soon and remind you.</source>
        <translation>Les commandes à livrer dans ce nombre d’heures apparaissent comme bientôt dues et font l’objet d’un rappel.</translation>
    </message>
    <message>
        <source>The fees each platform keeps. Atelier uses them to work out what you really earn on each order. Double-click a platform to edit it.</source>
        <translation>Les commissions que garde chaque plateforme. Atelier s’en sert pour calculer ce que vous gagnez vraiment sur chaque commande. Double-cliquez sur une plateforme pour la modifier.</translation>
    </message>
    <message>
        <source>&amp;Add platform…</source>
        <translation>&amp;Ajouter une plateforme…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Activity type</source>
        <translation>Type d’&amp;activité</translation>
    </message>
    <message>
        <source>Sales of goods (BIC)</source>
        <translation>Vente de marchandises (BIC)</translation>
    </message>
    <message>
        <source>Services (BIC)</source>
        <translation>Prestations de services (BIC)</translation>
    </message>
    <message>
        <source>Liberal profession (BNC)</source>
        <translation>Profession libérale (BNC)</translation>
    </message>
    <message>
        <source>Used for orders and gigs that have no activity type of their own.</source>
        <translation>Utilisé pour les commandes et les services qui n’ont pas leur propre type d’activité.</translation>
    </message>
    <message>
        <source>Declaration &amp;period</source>
        <translation>&amp;Périodicité des déclarations</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>BNC pension &amp;fund</source>
        <translation>&amp;Caisse de retraite (BNC)</translation>
    </message>
    <message>
        <source>SSI</source>
        <translation>SSI</translation>
    </message>
    <message>
        <source>CIPAV</source>
        <translation>CIPAV</translation>
    </message>
    <message>
        <source>Only for liberal professions (BNC): CIPAV if your profession is one of those it still covers, otherwise SSI.</source>
        <translation>Seulement pour les professions libérales (BNC) : la CIPAV si votre profession fait partie de celles qu’elle couvre encore, sinon la SSI.</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>Impôt sur le revenu</translation>
    </message>
    <message>
        <source>I opted for the versement libératoire</source>
        <translation>J’ai opté pour le versement libératoire</translation>
    </message>
    <message>
        <source>Income tax paid with each declaration, as a percentage of the turnover.</source>
        <translation>L’impôt sur le revenu payé avec chaque déclaration, en pourcentage du chiffre d’affaires.</translation>
    </message>
    <message>
        <source>The URSSAF declaration is in euros: it is available when the home currency is EUR.</source>
        <translation>La déclaration URSSAF se fait en euros : elle est disponible quand la devise de référence est EUR.</translation>
    </message>
    <message>
        <source>Figures by year</source>
        <translation>Chiffres par année</translation>
    </message>
    <message>
        <source>Ceilings, VAT thresholds and rates change every year. Check them each January against &lt;a href="https://www.urssaf.fr"&gt;urssaf.fr&lt;/a&gt; and correct them here: double-click a figure to edit it.</source>
        <translation>Les plafonds, les seuils de TVA et les taux changent chaque année. Vérifiez-les chaque janvier sur &lt;a href="https://www.urssaf.fr"&gt;urssaf.fr&lt;/a&gt; et corrigez-les ici : double-cliquez sur un chiffre pour le modifier.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>To keep your data in another folder, start Atelier with --data-dir FOLDER or set the ATELIER_DATA_DIR environment variable.</source>
        <translation>Pour garder vos données dans un autre dossier, lancez Atelier avec --data-dir DOSSIER ou définissez la variable d’environnement ATELIER_DATA_DIR.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>Change the home currency</source>
        <translation>Changer de devise de référence</translation>
    </message>
    <message>
        <source>Change the home currency from {old} to {new}?

Payments you already recorded keep the home amounts recorded at the time, in {old}. Reports only count payments in the current home currency, so they will leave out the payments recorded in {old}.</source>
        <translation>Passer la devise de référence de {old} à {new} ?

Les paiements déjà enregistrés gardent les montants en devise de référence enregistrés à l’époque, en {old}. Les rapports ne comptent que les paiements dans la devise de référence actuelle : ils laisseront donc de côté les paiements enregistrés en {old}.</translation>
    </message>
    <message>
        <source>No fee is set yet for {names}: its fee depends on your seller account. Double-click the row and enter it; until then its orders show no net amount.</source>
        <translation>Aucune commission n’est encore saisie pour {names} : elle dépend de votre compte vendeur. Double-cliquez sur la ligne pour la saisir ; d’ici là, ses commandes n’affichent pas de montant net.</translation>
    </message>
    <message>
        <source>Delete platform</source>
        <translation>Supprimer la plateforme</translation>
    </message>
    <message>
        <source>Delete {name}? Gigs and clients on it will have no platform. This cannot be undone.</source>
        <translation>Supprimer {name} ? Ses services et ses clients n’auront plus de plateforme. Cette action est définitive.</translation>
    </message>
    <message numerus="yes">
        <source>{name} cannot be deleted: %n order(s) use it. Orders keep their platform for your income reports.</source>
        <translation><numerusform>Impossible de supprimer {name} : %n commande l’utilise. Les commandes gardent leur plateforme pour vos rapports de revenus.</numerusform><numerusform>Impossible de supprimer {name} : %n commandes l’utilisent. Les commandes gardent leur plateforme pour vos rapports de revenus.</numerusform></translation>
    </message>
    <message>
        <source>Add {year} (copy of {last})</source>
        <translation>Ajouter {year} (copie de {last})</translation>
    </message>
    <message>
        <source>{path} — {size}</source>
        <translation>{path} — {size}</translation>
    </message>
    <message>
        <source>Your gigs, clients, orders, payments and settings, in one SQLite file.</source>
        <translation>Vos services, clients, commandes, paiements et paramètres, dans un seul fichier SQLite.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À rendre aujourd’hui</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bientôt à rendre</translation>
    </message>
    <message>
        <source>In revision</source>
        <translation>En retouche</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation>Aucun retard.</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Rien à rendre aujourd’hui.</translation>
    </message>
    <message>
        <source>Nothing is due soon.</source>
        <translation>Rien à rendre prochainement.</translation>
    </message>
    <message>
        <source>No revision requested.</source>
        <translation>Aucune retouche demandée.</translation>
    </message>
    <message>
        <source>No order in progress.</source>
        <translation>Aucune commande en cours.</translation>
    </message>
    <message>
        <source>Double-click an order to open it.</source>
        <translation>Double-cliquez sur une commande pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Earned this month</source>
        <translation>Net perçu ce mois-ci</translation>
    </message>
    <message>
        <source>Pending clearance</source>
        <translation>En attente de versement</translation>
    </message>
    <message>
        <source>Next URSSAF declaration</source>
        <translation>Prochaine déclaration URSSAF</translation>
    </message>
    <message>
        <source>Declared so far</source>
        <translation>Déclaré à ce jour</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Tout est à jour</translation>
    </message>
    <message>
        <source>Nothing due. Enjoy your day.</source>
        <translation>Aucune échéance. Bonne journée !</translation>
    </message>
    <message>
        <source>Orders with a due date show up here when they are late or due soon.</source>
        <translation>Les commandes avec une échéance s’affichent ici quand elles sont en retard ou bientôt à rendre.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Bon après-midi</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Bonsoir</translation>
    </message>
    <message>
        <source>Today is {date}.</source>
        <translation>Nous sommes le {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) late.</source>
        <translation><numerusform>%n commande en retard.</numerusform><numerusform>%n commandes en retard.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) due today.</source>
        <translation><numerusform>%n commande à rendre aujourd’hui.</numerusform><numerusform>%n commandes à rendre aujourd’hui.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Due soon · next %n hour(s)</source>
        <translation><numerusform>Bientôt à rendre · prochaine heure</numerusform><numerusform>Bientôt à rendre · %n prochaines heures</numerusform></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>{title}
Client: {client}
Platform: {platform}
Due: {when}</source>
        <translation>{title}
Client : {client}
Plateforme : {platform}
Échéance : {when}</translation>
    </message>
    <message>
        <source>{sign}{value}%</source>
        <translation>{sign}{value} %</translation>
    </message>
    <message>
        <source>{change} vs last month ({last})</source>
        <translation>{change} par rapport au mois dernier ({last})</translation>
    </message>
    <message>
        <source>Nothing earned last month.</source>
        <translation>Rien perçu le mois dernier.</translation>
    </message>
    <message>
        <source>Net income received (after platform fees), in {currency}, for the calendar month in your time zone.</source>
        <translation>Revenu net encaissé (après frais de plateforme), en {currency}, pour le mois civil dans votre fuseau horaire.</translation>
    </message>
    <message>
        <source>No completed order is waiting for its money.</source>
        <translation>Aucune commande terminée n’attend son paiement.</translation>
    </message>
    <message numerus="yes">
        <source>%n completed order(s) not paid out yet.</source>
        <translation><numerusform>%n commande terminée pas encore versée.</numerusform><numerusform>%n commandes terminées pas encore versées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already released by the platform: record the payout.</source>
        <translation><numerusform>%n déjà débloquée par la plateforme : enregistrez le versement.</numerusform><numerusform>%n déjà débloquées par la plateforme : enregistrez les versements.</numerusform></translation>
    </message>
    <message>
        <source>The URSSAF declaration is made in euros. Your home currency is {currency}: set it to EUR in Settings to follow your declarations here.</source>
        <translation>La déclaration URSSAF se fait en euros. Votre devise principale est {currency} : choisissez EUR dans les Paramètres pour suivre vos déclarations ici.</translation>
    </message>
    <message>
        <source>There are no URSSAF figures for this year yet: add them in Settings › Declaration.</source>
        <translation>Il n’y a pas encore de taux URSSAF pour cette année : ajoutez-les dans Paramètres › Déclaration.</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>Declare and pay today.</source>
        <translation>Déclarez et payez aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to declare and pay.</source>
        <translation><numerusform>Il reste %n jour pour déclarer et payer.</numerusform><numerusform>Il reste %n jours pour déclarer et payer.</numerusform></translation>
    </message>
    <message>
        <source>The period is not over: amounts may still grow.</source>
        <translation>La période n’est pas terminée : les montants peuvent encore augmenter.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>This desktop has no system tray: deadline reminders appear in the window's status bar instead.</source>
        <translation>Ce bureau n’a pas de zone de notification : les rappels d’échéance s’affichent dans la barre d’état de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>UrssafFiguresModel</name>
    <message>
        <source>Turnover ceiling, services (BIC and BNC)</source>
        <translation>Plafond de CA, prestations de services (BIC et BNC)</translation>
    </message>
    <message>
        <source>Turnover ceiling, sales (all activities)</source>
        <translation>Plafond de CA, ventes (toutes activités)</translation>
    </message>
    <message>
        <source>VAT threshold, services</source>
        <translation>Seuil de TVA, services</translation>
    </message>
    <message>
        <source>VAT tolerance, services</source>
        <translation>Seuil majoré de TVA, services</translation>
    </message>
    <message>
        <source>VAT threshold, sales</source>
        <translation>Seuil de TVA, ventes</translation>
    </message>
    <message>
        <source>VAT tolerance, sales</source>
        <translation>Seuil majoré de TVA, ventes</translation>
    </message>
    <message>
        <source>Contributions, sales (BIC)</source>
        <translation>Cotisations, ventes (BIC)</translation>
    </message>
    <message>
        <source>Contributions, services (BIC)</source>
        <translation>Cotisations, services (BIC)</translation>
    </message>
    <message>
        <source>Contributions, liberal BNC (SSI)</source>
        <translation>Cotisations, libéral BNC (SSI)</translation>
    </message>
    <message>
        <source>Contributions, liberal BNC (CIPAV)</source>
        <translation>Cotisations, libéral BNC (CIPAV)</translation>
    </message>
    <message>
        <source>Versement libératoire, sales</source>
        <translation>Versement libératoire, ventes</translation>
    </message>
    <message>
        <source>Versement libératoire, services (BIC)</source>
        <translation>Versement libératoire, services (BIC)</translation>
    </message>
    <message>
        <source>Versement libératoire, BNC</source>
        <translation>Versement libératoire, BNC</translation>
    </message>
    <message>
        <source>A percentage of the turnover you declare; double-click to edit</source>
        <translation>Un pourcentage du chiffre d’affaires déclaré ; double-cliquez pour modifier</translation>
    </message>
    <message>
        <source>An amount in euros for the year; double-click to edit</source>
        <translation>Un montant en euros pour l’année ; double-cliquez pour modifier</translation>
    </message>
    <message>
        <source>{figure}, {year}: {message}</source>
        <translation>{figure}, {year} : {message}</translation>
    </message>
</context>
<context>
    <name>_Relative</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n jour</numerusform><numerusform>%n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>A gig needs a title.</source>
        <translation>Un service a besoin d’un titre.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>Le titre est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>The category is too long (120 characters at most).</source>
        <translation>La catégorie est trop longue (120 caractères au plus).</translation>
    </message>
    <message>
        <source>This platform does not exist any more.</source>
        <translation>Cette plateforme n’existe plus.</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Un client a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation>Le nom est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>The handle is too long (200 characters at most).</source>
        <translation>L’identifiant est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>The fee is in hundredths of a percent: between 0 and 10000 (100 %).</source>
        <translation>La commission est en centièmes de pour cent : entre 0 et 10000 (100 %).</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>La fin ne peut pas précéder le début.</translation>
    </message>
    <message>
        <source>The number of demo orders must be zero or more.</source>
        <translation>Le nombre de commandes de démonstration doit être positif ou nul.</translation>
    </message>
    <message>
        <source>The demo's date needs a time zone.</source>
        <translation>La date de la démonstration doit avoir un fuseau horaire.</translation>
    </message>
    <message>
        <source>The demo fills an empty store only: this one already holds orders or clients. Start a new store (atelier demo --replace).</source>
        <translation>La démonstration ne remplit qu’un espace vide : celui-ci contient déjà des commandes ou des clients. Repartez d’un nouvel espace (atelier demo --replace).</translation>
    </message>
    <message>
        <source>A currency is required (for example EUR, USD, CAD or MAD).</source>
        <translation>Une devise est nécessaire (par exemple EUR, USD, CAD ou MAD).</translation>
    </message>
    <message>
        <source>An exchange rate must be a number above zero.</source>
        <translation>Un taux de change doit être un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>The date needs a time zone.</source>
        <translation>La date doit avoir un fuseau horaire.</translation>
    </message>
    <message>
        <source>An order needs a title.</source>
        <translation>Une commande a besoin d’un titre.</translation>
    </message>
    <message>
        <source>The price must be a whole number of cents.</source>
        <translation>Le prix doit être un nombre entier de centimes.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Revisions used cannot be negative.</source>
        <translation>Le nombre de retouches ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Choose a client for this order.</source>
        <translation>Choisissez un client pour cette commande.</translation>
    </message>
    <message>
        <source>Choose the platform the order came from.</source>
        <translation>Choisissez la plateforme d’origine de la commande.</translation>
    </message>
    <message>
        <source>Enter the date the order was received.</source>
        <translation>Saisissez la date de réception de la commande.</translation>
    </message>
    <message>
        <source>The due date cannot be before the order was received.</source>
        <translation>L’échéance ne peut pas précéder la réception de la commande.</translation>
    </message>
    <message>
        <source>This field cannot be edited.</source>
        <translation>Ce champ ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>A status change cannot happen before the order was received.</source>
        <translation>Un changement de statut ne peut pas précéder la réception de la commande.</translation>
    </message>
    <message>
        <source>This order has payments: delete or detach them first, so income records stay complete.</source>
        <translation>Cette commande a des paiements : supprimez-les ou détachez-les d’abord, pour que l’historique des revenus reste complet.</translation>
    </message>
    <message>
        <source>This package belongs to another gig.</source>
        <translation>Cette formule appartient à un autre service.</translation>
    </message>
    <message>
        <source>A refund is money paid back: enter it as a negative amount.</source>
        <translation>Un remboursement est de l’argent rendu : saisissez un montant négatif.</translation>
    </message>
    <message>
        <source>An adjustment of zero changes nothing.</source>
        <translation>Un ajustement de zéro ne change rien.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>La commission ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Enter the date the money was received.</source>
        <translation>Saisissez la date de réception de l’argent.</translation>
    </message>
    <message>
        <source>Enter a percentage between 0 and 100.</source>
        <translation>Saisissez un pourcentage entre 0 et 100.</translation>
    </message>
    <message>
        <source>A percentage is between 0 and 100.</source>
        <translation>Un pourcentage est compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>A percentage has at most two decimals (for example 12,25).</source>
        <translation>Un pourcentage a au plus deux décimales (par exemple 12,25).</translation>
    </message>
    <message>
        <source>Enter a number of days between 0 and 90.</source>
        <translation>Saisissez un nombre de jours entre 0 et 90.</translation>
    </message>
    <message>
        <source>A platform needs a name.</source>
        <translation>Une plateforme a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The fixed fee cannot be negative.</source>
        <translation>Les frais fixes ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>This platform no longer exists.</source>
        <translation>Cette plateforme n’existe plus.</translation>
    </message>
    <message>
        <source>The declaration period is month or quarter.</source>
        <translation>La périodicité de déclaration est mensuelle ou trimestrielle.</translation>
    </message>
    <message>
        <source>The pension fund is SSI or CIPAV.</source>
        <translation>La caisse de retraite est la SSI ou la CIPAV.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Répondez oui ou non.</translation>
    </message>
    <message>
        <source>Enter a number of hours between 1 and 720.</source>
        <translation>Saisissez un nombre d’heures entre 1 et 720.</translation>
    </message>
    <message>
        <source>The URSSAF declaration is in euros: set the home currency to EUR to use it.</source>
        <translation>La déclaration URSSAF se fait en euros : choisissez l’EUR comme devise de référence pour l’utiliser.</translation>
    </message>
    <message>
        <source>An amount here cannot be negative.</source>
        <translation>Un montant ici ne peut pas être négatif.</translation>
    </message>
</context>
</TS>