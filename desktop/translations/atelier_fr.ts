<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach to an order</source>
        <translation>Rattacher à une commande</translation>
    </message>
    <message>
        <source>No order (a draft of its own)</source>
        <translation>Aucune commande (brouillon indépendant)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>BrainstormPage</name>
    <message>
        <source>Brainstorm</source>
        <extracomment>longest answer per request; None: assistants.brainstorm.answer_budget (tests lower it)</extracomment>
        <translation>Brainstorming</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Nouveau tableau</translation>
    </message>
    <message>
        <source>Start a new board (the current one is kept)</source>
        <translation>Commencer un nouveau tableau (l’actuel est conservé)</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>What the client asked for: the product, the message, where it will be seen…</source>
        <translation>Ce que le client demande : le produit, le message, où ce sera vu…</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>À qui ça s’adresse</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Keywords: retro, warm, minimal…</source>
        <translation>Mots-clés : rétro, chaleureux, minimal…</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Colours to use or avoid, formats…</source>
        <translation>Couleurs à utiliser ou à éviter, formats…</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Higher gives bolder, more varied ideas; lower, safer ones</source>
        <translation>Plus haute : des idées plus audacieuses et variées ; plus basse : plus sages</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>The same seed and settings give the same ideas again</source>
        <translation>La même graine et les mêmes réglages redonnent les mêmes idées</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Install a writing model on the Models page to generate ideas.</source>
        <translation>Installez un modèle de rédaction sur la page Modèles pour générer des idées.</translation>
    </message>
    <message>
        <source>Open the Models page</source>
        <translation>Ouvrir la page Modèles</translation>
    </message>
    <message>
        <source>Generate ideas</source>
        <translation>Générer des idées</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Double-click a round to read the model's answers</source>
        <translation>Double-cliquez sur une série pour lire les réponses du modèle</translation>
    </message>
    <message>
        <source>Each generation will be listed here.</source>
        <translation>Chaque génération sera listée ici.</translation>
    </message>
    <message>
        <source>All ideas</source>
        <translation>Toutes les idées</translation>
    </message>
    <message>
        <source>Pinned only</source>
        <translation>Épinglées seulement</translation>
    </message>
    <message>
        <source>Show discarded</source>
        <translation>Afficher les écartées</translation>
    </message>
    <message>
        <source>Tick two cards, then combine them into a new idea</source>
        <translation>Cochez deux cartes, puis combinez-les en une nouvelle idée</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Board as PDF…</source>
        <translation>Tableau en PDF…</translation>
    </message>
    <message>
        <source>Pinned ideas as PDF…</source>
        <translation>Idées épinglées en PDF…</translation>
    </message>
    <message>
        <source>Board as Markdown…</source>
        <translation>Tableau en Markdown…</translation>
    </message>
    <message>
        <source>Pinned ideas as Markdown…</source>
        <translation>Idées épinglées en Markdown…</translation>
    </message>
    <message>
        <source>Attach exports to the order</source>
        <translation>Joindre les exports à la commande</translation>
    </message>
    <message>
        <source>New board (not saved yet)</source>
        <translation>Nouveau tableau (pas encore enregistré)</translation>
    </message>
    <message>
        <source>Stop the model before opening another board.</source>
        <translation>Arrêtez le modèle avant d’ouvrir un autre tableau.</translation>
    </message>
    <message>
        <source>Not linked to an order</source>
        <translation>Sans commande associée</translation>
    </message>
    <message>
        <source>For order #{id}: {title}</source>
        <translation>Pour la commande n° {id} : {title}</translation>
    </message>
    <message>
        <source>Copied {hex} to the clipboard.</source>
        <translation>{hex} copié dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation><numerusform>%n idée</numerusform><numerusform>%n idées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pinned</source>
        <translation><numerusform>%n épinglée</numerusform><numerusform>%n épinglées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n discarded</source>
        <translation><numerusform>%n écartée</numerusform><numerusform>%n écartées</numerusform></translation>
    </message>
    <message>
        <source>Describe the brief on the left, then generate ideas: each one comes as a card with a palette, fonts and a layout sketch to judge at a glance.</source>
        <translation>Décrivez le brief à gauche, puis générez des idées : chacune arrive sous forme de carte avec une palette, des polices et un croquis de mise en page, à juger d’un coup d’œil.</translation>
    </message>
    <message>
        <source>No pinned idea yet. Pin the ideas you want to keep.</source>
        <translation>Aucune idée épinglée pour l’instant. Épinglez celles que vous voulez garder.</translation>
    </message>
    <message>
        <source>No idea on this board yet. Generate some, or show the discarded ones.</source>
        <translation>Aucune idée sur ce tableau pour l’instant. Générez-en, ou affichez les idées écartées.</translation>
    </message>
    <message>
        <source>Idea discarded: tick “Show discarded” to bring it back.</source>
        <translation>Idée écartée : cochez « Afficher les écartées » pour la retrouver.</translation>
    </message>
    <message>
        <source>Idea restored.</source>
        <translation>Idée rétablie.</translation>
    </message>
    <message>
        <source>Combine selected ({n}/2)</source>
        <translation>Combiner la sélection ({n}/2)</translation>
    </message>
    <message>
        <source>An unparsed answer cannot be combined: edit it into an idea first.</source>
        <translation>Une réponse non lue ne peut pas être combinée : transformez-la d’abord en idée.</translation>
    </message>
    <message>
        <source>The answer was not valid JSON: asking the model to repair it…</source>
        <translation>La réponse n’était pas du JSON valide : le modèle est invité à la réparer…</translation>
    </message>
    <message numerus="yes">
        <source>Asking for %n idea(s)…</source>
        <translation><numerusform>Demande d’%n idée…</numerusform><numerusform>Demande de %n idées…</numerusform></translation>
    </message>
    <message>
        <source>Writing… {tail}</source>
        <translation>Rédaction… {tail}</translation>
    </message>
    <message numerus="yes">
        <source>%n new idea(s)</source>
        <translation><numerusform>%n nouvelle idée</numerusform><numerusform>%n nouvelles idées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unparsed answer(s) kept as raw cards</source>
        <translation><numerusform>%n réponse non lue gardée telle quelle</numerusform><numerusform>%n réponses non lues gardées telles quelles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s) dropped</source>
        <translation><numerusform>%n quasi-doublon écarté</numerusform><numerusform>%n quasi-doublons écartés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invisible character(s) the model produced were removed</source>
        <translation><numerusform>%n caractère invisible produit par le modèle a été retiré</numerusform><numerusform>%n caractères invisibles produits par le modèle ont été retirés</numerusform></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <translation>Le modèle a échoué : {error}</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Dans le même esprit</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Combinaison</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message numerus="yes">
        <source>{when} · {kind}: %n card(s)</source>
        <translation><numerusform>{when} · {kind} : %n carte</numerusform><numerusform>{when} · {kind} : %n cartes</numerusform></translation>
    </message>
    <message>
        <source>{model}, temperature {temperature}, seed {seed}</source>
        <translation>{model}, température {temperature}, graine {seed}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>The model's answers</source>
        <translation>Les réponses du modèle</translation>
    </message>
    <message>
        <source>Repair of the JSON</source>
        <translation>Réparation du JSON</translation>
    </message>
    <message>
        <source>No answer was kept for this round.</source>
        <translation>Aucune réponse n’a été gardée pour cette série.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>There is no idea to export.</source>
        <translation>Il n’y a aucune idée à exporter.</translation>
    </message>
    <message>
        <source>There is no pinned idea to export.</source>
        <translation>Il n’y a aucune idée épinglée à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to {path}.</source>
        <translation><numerusform>%n carte exportée dans {path}.</numerusform><numerusform>%n cartes exportées dans {path}.</numerusform></translation>
    </message>
    <message>
        <source>Attached to the order.</source>
        <translation>Joint à la commande.</translation>
    </message>
    <message>
        <source>Exporting the board…</source>
        <translation>Export du tableau…</translation>
    </message>
    <message>
        <source>Nothing was exported: {error}</source>
        <translation>Rien n’a été exporté : {error}</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contrast on background</source>
        <translation>Contraste sur le fond</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Typographie</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Texte courant</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Imagery</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ambiance</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation>Pourquoi ça colle</translation>
    </message>
    <message>
        <source>Unparsed answer</source>
        <translation>Réponse non lue</translation>
    </message>
</context>
<context>
    <name>BrainstormRender</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Hero</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barre latérale</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Appel à l’action</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>background</source>
        <translation>fond</translation>
    </message>
    <message>
        <source>surface</source>
        <translation>surface</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principale</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <source>accent</source>
        <translation>accent</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>atténuée</translation>
    </message>
</context>
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
        <source>Save the due dates of open orders, and the declarations still to make with their amounts, as an iCalendar file for Google Calendar, Outlook, Apple Calendar or Thunderbird</source>
        <translation>Enregistrer les échéances des commandes en cours, et les déclarations restant à faire avec leurs montants, dans un fichier iCalendar pour Google Agenda, Outlook, Calendrier d’Apple ou Thunderbird</translation>
    </message>
    <message>
        <source>Export again after changes: events keep their identity, so your calendar app updates them instead of adding copies.</source>
        <translation>Exportez de nouveau après vos modifications : les événements gardent leur identifiant, votre agenda les met donc à jour au lieu de les dupliquer.</translation>
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
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>CatalogueCard</name>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>{parameters} · {size} download</source>
        <translation>{parameters} · {size} à télécharger</translation>
    </message>
    <message>
        <source>Commercial use OK</source>
        <translation>Usage commercial OK</translation>
    </message>
    <message>
        <source>Non-commercial</source>
        <translation>Non commercial</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licence : {licence}</translation>
    </message>
    <message>
        <source>Languages: {codes}</source>
        <translation>Langues : {codes}</translation>
    </message>
    <message>
        <source>Needs {size} of memory ({dtype})</source>
        <translation>Demande {size} de mémoire ({dtype})</translation>
    </message>
    <message>
        <source>4-bit</source>
        <translation>4 bits</translation>
    </message>
    <message>
        <source>{peak} for a moment while it loads (it is read in full precision, then converted)</source>
        <translation>{peak} pendant un instant au chargement (il est lu en pleine précision, puis converti)</translation>
    </message>
    <message>
        <source>Installed ✓</source>
        <translation>Installé ✓</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Downloading {percent} %</source>
        <translation>Téléchargement : {percent} %</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Paused at {percent} %</source>
        <translation>En pause à {percent} %</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
</context>
<context>
    <name>ClientBillingDialog</name>
    <message>
        <source>Client details for invoices: {name}</source>
        <translation>Coordonnées de facturation : {name}</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Company &amp;number (SIREN, ICE…):</source>
        <translation>&amp;Numéro d’entreprise (SIREN, ICE…) :</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de &amp;TVA :</translation>
    </message>
    <message>
        <source>A &amp;business:</source>
        <translation>Une &amp;entreprise :</translation>
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
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>P&amp;seudo :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Confidentialité :</translation>
    </message>
    <message>
        <source>&amp;Keep on this computer</source>
        <translation>&amp;Garder sur cet ordinateur</translation>
    </message>
    <message>
        <source>Nothing of this client's (orders, drafts, documents) is ever sent to an inference server: only local models work on it.</source>
        <translation>Rien de ce client (commandes, brouillons, documents) n’est jamais envoyé à un serveur d’inférence : seuls les modèles locaux y travaillent.</translation>
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
        <source>The currency this client pays in: a package chosen for their orders is priced in it. Empty: the package's own currency.</source>
        <translation>La devise dans laquelle ce client paie : un forfait choisi pour ses commandes y est converti. Vide : la devise du forfait.</translation>
    </message>
    <message>
        <source>Package's currency</source>
        <translation>Devise du forfait</translation>
    </message>
    <message>
        <source>Canada (Québec)</source>
        <translation>Canada (Québec)</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Kept on this computer: nothing of theirs is sent to a server.</source>
        <extracomment>the columns narrowed (text elided) when room lacks, and the narrowest each gets hidden in this order when the table is too narrow for them all</extracomment>
        <translation>Gardé sur cet ordinateur : rien de ce client n’est envoyé à un serveur.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
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
        <source>Net/h</source>
        <translation>Net/h</translation>
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
        <translation>Aucun client pour l’instant. Ajoutez-en un avec « Nouveau client… », ou créez une commande : son client apparaîtra ici.</translation>
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
        <translation><numerusform>« {name} » a %n commande, ce client ne peut donc pas être supprimé : votre historique de commandes et de revenus doit savoir qui a payé. Modifiez plutôt le client, ou supprimez d’abord sa commande.</numerusform><numerusform>« {name} » a %n commandes, ce client ne peut donc pas être supprimé : votre historique de commandes et de revenus doit savoir qui a payé. Modifiez plutôt le client, ou supprimez d’abord ses commandes.</numerusform></translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Delete the client “{name}”? This cannot be undone.</source>
        <translation>Supprimer le client « {name} » ? Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Column {n} (“{sample}”)</source>
        <extracomment>Words a header cell holds for each role, to start from a likely mapping.</extracomment>
        <translation>Colonne {n} (« {sample} »)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>(no amount: left out)</source>
        <translation>(pas de montant : laissée de côté)</translation>
    </message>
    <message>
        <source>Export the column mapping</source>
        <translation>Exporter la correspondance de colonnes</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <source>Import a column mapping</source>
        <translation>Importer une correspondance de colonnes</translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <translation>Faire correspondre les colonnes de {file}</translation>
    </message>
    <message>
        <source>Mapping &amp;name</source>
        <translation>&amp;Nom de la correspondance</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Amount (signed)</source>
        <translation>&amp;Montant (signé)</translation>
    </message>
    <message>
        <source>&amp;Gross</source>
        <translation>&amp;Brut</translation>
    </message>
    <message>
        <source>&amp;Fee</source>
        <translation>C&amp;ommission</translation>
    </message>
    <message>
        <source>N&amp;et</source>
        <translation>N&amp;et</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>&amp;Payeur</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Memo</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>&amp;Transaction ID</source>
        <translation>Identifiant de &amp;transaction</translation>
    </message>
    <message>
        <source>Currency of e&amp;very row</source>
        <translation>Devise de toutes les li&amp;gnes</translation>
    </message>
    <message>
        <source>Numbers &amp;written</source>
        <translation>Nombres écrit&amp;s</translation>
    </message>
    <message>
        <source>Dates wr&amp;itten</source>
        <translation>Dates écr&amp;ites</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>année-mois-jour</translation>
    </message>
    <message>
        <source>&amp;Save for next time</source>
        <translation>&amp;Enregistrer pour la prochaine fois</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Charger…</translation>
    </message>
    <message>
        <source>&amp;Use this mapping</source>
        <translation>&amp;Utiliser cette correspondance</translation>
    </message>
    <message>
        <source>The first {n} rows as they will be read</source>
        <translation>Les {n} premières lignes telles qu’elles seront lues</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Type a command, a page, an order…</source>
        <translation>Tapez une action, une page, une commande…</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Indisponible pour l’instant</translation>
    </message>
</context>
<context>
    <name>CreditNoteStates</name>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>DeadlineWatcher</name>
    <message>
        <source>Order now late</source>
        <translation>Commande en retard</translation>
    </message>
    <message>
        <source>Due within {hours} h</source>
        <translation>À livrer sous {hours} h</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>unit</source>
        <extracomment>UN/ECE rec. 20 units offered for a line (the PDF names them in the document's language) which mentions are filled where (storage.invoicing.mentions.NAMES keys)</extracomment>
        <translation>unité</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>word</source>
        <translation>mot</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>forfait</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>lump sums</source>
        <translation>forfaits</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Modifier le brouillon</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valable jusqu’au :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Dra&amp;ft the description with {model}…</source>
        <translation>Rédiger la descri&amp;ption avec {model}…</translation>
    </message>
    <message>
        <source>The local writing model drafts the quote's description from the gig, the order and the brief, in the quote's language, for you to edit.</source>
        <translation>Le modèle d’écriture local rédige la description du devis à partir du service, de la commande et du brief, dans la langue du devis, pour que vous la corrigiez.</translation>
    </message>
    <message>
        <source>Service &amp;start:</source>
        <translation>&amp;Début de la prestation :</translation>
    </message>
    <message>
        <source>Service &amp;end:</source>
        <translation>&amp;Fin de la prestation :</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>Date d’é&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>Conditions de &amp;paiement :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
    <message>
        <source>Line {line}: enter a unit price.</source>
        <translation>Ligne {line} : indiquez un prix unitaire.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>A document needs at least one line.</source>
        <translation>Un document a besoin d’au moins une ligne.</translation>
    </message>
    <message>
        <source>The service ends before it starts.</source>
        <translation>La prestation finit avant de commencer.</translation>
    </message>
    <message>
        <source>Drafted by {model}: read and correct it before you save the quote.</source>
        <translation>Rédigée par {model} : relisez-la et corrigez-la avant d’enregistrer le devis.</translation>
    </message>
    <message>
        <source>The model is still writing the description: wait for it, or press Cancel to stop it.</source>
        <translation>Le modèle écrit encore la description : attendez qu’il ait fini, ou appuyez sur Annuler pour l’arrêter.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>{repo} → {name}</source>
        <translation>{repo} → {name}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Paused: {progress}. Resume goes on where it stopped, even after a restart.</source>
        <translation>En pause : {progress}. La reprise repart de là où elle s’est arrêtée, même après un redémarrage.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <source>Start a new text, for the order shown or of its own</source>
        <translation>Commencer un nouveau texte, pour la commande affichée ou indépendant</translation>
    </message>
    <message>
        <source>No drafts yet. Start one here, or from an order with “New draft from this order”.</source>
        <translation>Pas encore de brouillon. Commencez-en un ici, ou depuis une commande avec « Nouveau brouillon pour cette commande ».</translation>
    </message>
    <message>
        <source>Write with a local model</source>
        <translation>Rédiger avec un modèle local</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de texte</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>No writing model is installed yet: download or import one on the Models page.</source>
        <translation>Aucun modèle de rédaction n’est encore installé : téléchargez-en ou importez-en un dans la page Modèles.</translation>
    </message>
    <message>
        <source>Open the Models page</source>
        <translation>Ouvrir la page Modèles</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Write a first draft from the template (Ctrl+Enter). Your text is saved as a version first.</source>
        <translation>Écrire un premier jet à partir du modèle de texte (Ctrl+Entrée). Votre texte est d’abord enregistré comme version.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the model; what it wrote stays (Esc)</source>
        <translation>Arrêter le modèle ; ce qu’il a écrit reste (Échap)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Ask again for a different draft</source>
        <translation>Redemander un autre jet</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Let the model write on from the end of the text</source>
        <translation>Laisser le modèle poursuivre à partir de la fin du texte</translation>
    </message>
    <message>
        <source>Title of this draft</source>
        <translation>Titre de ce brouillon</translation>
    </message>
    <message>
        <source>Rename the draft</source>
        <translation>Renommer le brouillon</translation>
    </message>
    <message>
        <source>Attach this draft to an order as its deliverable</source>
        <translation>Rattacher ce brouillon à une commande comme livrable</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Marquer comme livré</translation>
    </message>
    <message>
        <source>Save the text and move its order to “Delivered”</source>
        <translation>Enregistrer le texte et passer sa commande à « Livrée »</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keep this text as a version (Ctrl+S)</source>
        <translation>Garder ce texte comme version (Ctrl+S)</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécrire</translation>
    </message>
    <message>
        <source>Rewrite the selected text with the model</source>
        <translation>Réécrire le texte sélectionné avec le modèle</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Translate the selected text with the model</source>
        <translation>Traduire le texte sélectionné avec le modèle</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Plus court</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Plus long</translation>
    </message>
    <message>
        <source>More formal</source>
        <translation>Plus formel</translation>
    </message>
    <message>
        <source>Friendlier</source>
        <translation>Plus chaleureux</translation>
    </message>
    <message>
        <source>Fix grammar and spelling</source>
        <translation>Corriger grammaire et orthographe</translation>
    </message>
    <message>
        <source>Into French</source>
        <translation>En français</translation>
    </message>
    <message>
        <source>Into English</source>
        <translation>En anglais</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard</source>
        <translation>Copier tout le texte dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the text as .docx, .md or .txt</source>
        <translation>Enregistrer le texte en .docx, .md ou .txt</translation>
    </message>
    <message>
        <source>Word document (.docx)…</source>
        <translation>Document Word (.docx)…</translation>
    </message>
    <message>
        <source>Markdown (.md)…</source>
        <translation>Markdown (.md)…</translation>
    </message>
    <message>
        <source>Plain text (.txt)…</source>
        <translation>Texte brut (.txt)…</translation>
    </message>
    <message>
        <source>Add the AI-assisted line</source>
        <translation>Ajouter la mention « Assisté par IA »</translation>
    </message>
    <message>
        <source>End exported and copied text with “AI-assisted: about N % of this text was written or changed by a person…”</source>
        <translation>Terminer le texte exporté ou copié par « Assisté par IA : environ N % de ce texte a été écrit ou modifié par une personne… »</translation>
    </message>
    <message>
        <source>Write here, or press Generate (Ctrl+Enter)</source>
        <translation>Écrivez ici, ou cliquez sur Générer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source> words</source>
        <translation> mots</translation>
    </message>
    <message>
        <source>How many words the text should have; taken from the template's length when it gives one</source>
        <translation>Le nombre de mots visé ; repris de la longueur du modèle de texte quand elle en donne un</translation>
    </message>
    <message>
        <source>No draft open</source>
        <translation>Aucun brouillon ouvert</translation>
    </message>
    <message>
        <source>Open a draft from the list, or start a new one. A model can write the first version; every word you change is yours.</source>
        <translation>Ouvrez un brouillon de la liste ou commencez-en un nouveau. Un modèle peut écrire le premier jet ; chaque mot que vous changez est le vôtre.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Each model draft and each save (Ctrl+S) is kept here.</source>
        <translation>Chaque jet du modèle et chaque enregistrement (Ctrl+S) sont gardés ici.</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>Reprendre cette version</translation>
    </message>
    <message>
        <source>Put this version's text in the editor (the current text is saved first)</source>
        <translation>Mettre le texte de cette version dans l’éditeur (le texte actuel est d’abord enregistré)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>When a model has written a draft, what you add and remove shows here.</source>
        <translation>Quand un modèle a écrit un jet, ce que vous ajoutez et retirez s’affiche ici.</translation>
    </message>
    <message>
        <source>Write with a server</source>
        <translation>Rédiger avec un serveur</translation>
    </message>
    <message>
        <source>{model} on the engine “{engine}” writes the drafts (Settings › Engines).</source>
        <translation>{model} sur le moteur « {engine} » rédige les brouillons (Paramètres › Moteurs).</translation>
    </message>
    <message>
        <source>All drafts</source>
        <translation>Tous les brouillons</translation>
    </message>
    <message>
        <source>This order: {title}</source>
        <translation>Cette commande : {title}</translation>
    </message>
    <message>
        <source>Not attached to an order</source>
        <translation>Rattaché à aucune commande</translation>
    </message>
    <message>
        <source>delivered {date}</source>
        <translation>livré le {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation><numerusform>%n brouillon</numerusform><numerusform>%n brouillons</numerusform></translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Brouillon sans titre</translation>
    </message>
    <message>
        <source>Stop the model before opening another draft.</source>
        <translation>Arrêtez le modèle avant d’ouvrir un autre brouillon.</translation>
    </message>
    <message>
        <source>Recovered text from {time} that had not been saved.</source>
        <translation>Texte de {time} récupéré : il n’avait pas été enregistré.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete “{title}” with all its versions? This cannot be undone.</source>
        <translation>Supprimer « {title} » avec toutes ses versions ? C’est définitif.</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>Attach to an order…</source>
        <translation>Rattacher à une commande…</translation>
    </message>
    <message>
        <source>For {order} · {client}</source>
        <translation>Pour {order} · {client}</translation>
    </message>
    <message>
        <source>Change order…</source>
        <translation>Changer de commande…</translation>
    </message>
    <message>
        <source>This order is “{status}”: it cannot be marked delivered.</source>
        <translation>Cette commande est « {status} » : elle ne peut pas être marquée comme livrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation><numerusform>%n mot</numerusform><numerusform>%n mots</numerusform></translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>poursuivi</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>plus court</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>plus long</translation>
    </message>
    <message>
        <source>more formal</source>
        <translation>plus formel</translation>
    </message>
    <message>
        <source>friendlier</source>
        <translation>plus chaleureux</translation>
    </message>
    <message>
        <source>grammar fixed</source>
        <translation>grammaire corrigée</translation>
    </message>
    <message>
        <source>translated into French</source>
        <translation>traduit en français</translation>
    </message>
    <message>
        <source>translated into English</source>
        <translation>traduit en anglais</translation>
    </message>
    <message>
        <source>AI · {model}</source>
        <translation>IA · {model}</translation>
    </message>
    <message>
        <source>The version of {time} is in the editor; Ctrl+Z undoes it.</source>
        <translation>La version de {time} est dans l’éditeur ; Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>There is no text to save yet.</source>
        <translation>Il n’y a pas encore de texte à enregistrer.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>Autosaved at {time}</source>
        <translation>Sauvegardé automatiquement à {time}</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>à remplir</translation>
    </message>
    <message>
        <source>Fill in the fields marked “needed” before generating.</source>
        <translation>Remplissez les champs marqués « à remplir » avant de générer.</translation>
    </message>
    <message>
        <source>Write or generate some text first.</source>
        <translation>Écrivez ou générez d’abord un peu de texte.</translation>
    </message>
    <message>
        <source>Select the words to rewrite first.</source>
        <translation>Sélectionnez d’abord les mots à réécrire.</translation>
    </message>
    <message>
        <source>Writing with {model}… (Esc stops)</source>
        <translation>Rédaction avec {model}… (Échap pour arrêter)</translation>
    </message>
    <message>
        <source>{model} wrote this text; it is kept as a version. Ctrl+Z puts back what was there before.</source>
        <translation>{model} a écrit ce texte ; il est gardé comme version. Ctrl+Z remet ce qu’il y avait avant.</translation>
    </message>
    <message>
        <source>The answer was cut at the length limit.</source>
        <translation>La réponse a été coupée à la longueur maximale.</translation>
    </message>
    <message>
        <source>The model wrote nothing. Try again, or another model.</source>
        <translation>Le modèle n’a rien écrit. Réessayez, ou essayez un autre modèle.</translation>
    </message>
    <message>
        <source>Stopped. What the model wrote is kept as a version.</source>
        <translation>Arrêté. Ce que le modèle a écrit est gardé comme version.</translation>
    </message>
    <message>
        <source>Stopped before the model wrote anything.</source>
        <translation>Arrêté avant que le modèle n’écrive quoi que ce soit.</translation>
    </message>
    <message>
        <source>1 invisible character the model produced was removed.</source>
        <translation>1 caractère invisible produit par le modèle a été supprimé.</translation>
    </message>
    <message>
        <source>{n} invisible characters the model produced were removed.</source>
        <translation>{n} caractères invisibles produits par le modèle ont été supprimés.</translation>
    </message>
    <message>
        <source>The model could not write: {error}</source>
        <translation>Le modèle n’a pas pu écrire : {error}</translation>
    </message>
    <message>
        <source>Install a writing model on the Models page first.</source>
        <translation>Installez d’abord un modèle de rédaction dans la page Modèles.</translation>
    </message>
    <message>
        <source>Rewrite the selection</source>
        <translation>Réécrire la sélection</translation>
    </message>
    <message>
        <source>Translate the selection</source>
        <translation>Traduire la sélection</translation>
    </message>
    <message>
        <source>under 1 min read</source>
        <translation>moins d’1 min de lecture</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation><numerusform>%n min de lecture</numerusform><numerusform>%n min de lecture</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation><numerusform>%n caractère</numerusform><numerusform>%n caractères</numerusform></translation>
    </message>
    <message>
        <source>{n} characters without spaces</source>
        <translation>{n} caractères hors espaces</translation>
    </message>
    <message>
        <source>You wrote or changed {percent} % of this text</source>
        <translation>Vous avez écrit ou modifié {percent} % de ce texte</translation>
    </message>
    <message>
        <source>Character by character, spaces left out: you typed or pasted {person} of {total} characters; {kept} are a model's as it wrote them.</source>
        <translation>Caractère par caractère, espaces exclues : vous avez tapé ou collé {person} caractères sur {total} ; {kept} sont ceux d’un modèle, tels qu’il les a écrits.</translation>
    </message>
    <message>
        <source>No AI draft: every word is yours</source>
        <translation>Aucun jet de l’IA : chaque mot est le vôtre</translation>
    </message>
    <message>
        <source>From “{version}” ({time}) to the text in the editor</source>
        <translation>De « {version} » ({time}) au texte de l’éditeur</translation>
    </message>
    <message>
        <source>{n} words over the target</source>
        <translation>{n} mots au-delà de l’objectif</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>{n} words to go</source>
        <translation>encore {n} mots</translation>
    </message>
    <message>
        <source>{words} / {target} words</source>
        <translation>{words} / {target} mots</translation>
    </message>
    <message>
        <source>Target length: {state}</source>
        <translation>Longueur visée : {state}</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Exporter le brouillon</translation>
    </message>
    <message>
        <source>The draft was not exported: {error}</source>
        <translation>Le brouillon n’a pas été exporté : {error}</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Export de {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <source>Paragraphs {numbers}</source>
        <translation>Les paragraphes {numbers}</translation>
    </message>
    <message>
        <source>{where} hold invisible control characters ({codes}): remove them before exporting.</source>
        <translation>{where} contiennent des caractères de contrôle invisibles ({codes}) : supprimez-les avant d’exporter.</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>Le paragraphe {n}</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>{where} holds invisible control characters ({codes}): remove them before exporting.</source>
        <translation>{where} contient des caractères de contrôle invisibles ({codes}) : supprimez-les avant d’exporter.</translation>
    </message>
    <message>
        <source>{where} holds an invisible control character ({codes}): remove it before exporting.</source>
        <translation>{where} contient un caractère de contrôle invisible ({codes}) : supprimez-le avant d’exporter.</translation>
    </message>
    <message>
        <source>The order was not marked delivered: {reason}</source>
        <translation>La commande n’a pas été marquée comme livrée : {reason}</translation>
    </message>
    <message>
        <source>Delivered: “{order}” is now marked delivered.</source>
        <translation>Livré : « {order} » est maintenant marquée comme livrée.</translation>
    </message>
</context>
<context>
    <name>EngineDialog</name>
    <message>
        <source>CA certificate</source>
        <extracomment>the presets in the order shown: key of storage.engines.PRESETS, the name people know</extracomment>
        <translation>Certificat d’autorité</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the server's certificate…</source>
        <translation>Lecture du certificat du serveur…</translation>
    </message>
    <message>
        <source>Reading a certificate</source>
        <translation>Lecture d’un certificat</translation>
    </message>
    <message>
        <source>The server presents this certificate (SHA-256 fingerprint):</source>
        <translation>Le serveur présente ce certificat (empreinte SHA-256) :</translation>
    </message>
    <message>
        <source>Compare it with the one your server shows before you accept it.</source>
        <translation>Comparez-la avec celle qu’affiche votre serveur avant de l’accepter.</translation>
    </message>
    <message>
        <source>Edit the engine “{name}”</source>
        <translation>Modifier le moteur « {name} »</translation>
    </message>
    <message>
        <source>Add an engine</source>
        <translation>Ajouter un moteur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d’attente :</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>Taille du co&amp;ntexte :</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certificat d’a&amp;utorité :</translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation>Autosigné :</translation>
    </message>
    <message>
        <source>Other (type the address)</source>
        <translation>Autre (saisir l’adresse)</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Compatible OpenAI</translation>
    </message>
    <message>
        <source>A short name, e.g. home</source>
        <translation>Un nom court, par ex. maison</translation>
    </message>
    <message>
        <source>Saved: leave empty to keep it, or type a new key</source>
        <translation>Enregistrée : laissez vide pour la garder, ou saisissez une nouvelle clé</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Only if the server asks for one. Kept in the system keyring, never in a file.</source>
        <translation>Seulement si le serveur en demande une. Gardée dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>Ollama cuts longer prompts silently: Atelier sets this size through its own API.</source>
        <translation>Ollama coupe sans prévenir les invites plus longues : Atelier règle cette taille par son API propre.</translation>
    </message>
    <message>
        <source>For an https server signed by your own CA</source>
        <translation>Pour un serveur https signé par votre propre autorité</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Read the server's &amp;certificate…</source>
        <translation>Lire le &amp;certificat du serveur…</translation>
    </message>
    <message>
        <source>&amp;Accept this self-signed certificate</source>
        <translation>&amp;Accepter ce certificat autosigné</translation>
    </message>
</context>
<context>
    <name>EngineRoutes</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Where each task runs</source>
        <translation>Où chaque tâche s’exécute</translation>
    </message>
    <message>
        <source>Choose an engine and the model it runs for a task, or this computer. When the engine cannot be reached, Atelier says so and offers the local model.</source>
        <translation>Choisissez pour chaque tâche un moteur et le modèle qu’il fait tourner, ou cet ordinateur. Si le moteur est injoignable, Atelier le signale et propose le modèle local.</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Rewriting</source>
        <translation>Réécriture</translation>
    </message>
    <message>
        <source>Brainstorming</source>
        <translation>Recherche d’idées</translation>
    </message>
    <message>
        <source>Pre-translation</source>
        <translation>Prétraduction</translation>
    </message>
    <message>
        <source>Matching (embeddings)</source>
        <translation>Rapprochement (plongements)</translation>
    </message>
    <message>
        <source>Embedding model id, e.g. nomic-embed-text</source>
        <translation>Identifiant du modèle de plongement, p. ex. nomic-embed-text</translation>
    </message>
    <message>
        <source>Model id, e.g. qwen2.5:7b</source>
        <translation>Identifiant du modèle, p. ex. qwen2.5:7b</translation>
    </message>
</context>
<context>
    <name>EnginesTab</name>
    <message>
        <source>custom CA</source>
        <translation>autorité personnelle</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Compatible OpenAI</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Rewriting</source>
        <translation>Réécriture</translation>
    </message>
    <message>
        <source>Brainstorming</source>
        <translation>Recherche d’idées</translation>
    </message>
    <message>
        <source>Pre-translation</source>
        <translation>Prétraduction</translation>
    </message>
    <message>
        <source>Matching (embeddings)</source>
        <translation>Rapprochement (plongements)</translation>
    </message>
    <message>
        <source>Order plan</source>
        <translation>Plan de commande</translation>
    </message>
    <message>
        <source>Asking {url} for its models…</source>
        <translation>Demande de ses modèles à {url}…</translation>
    </message>
    <message>
        <source>Testing an engine</source>
        <translation>Test d’un moteur</translation>
    </message>
    <message>
        <source>{url} answers; its models:</source>
        <translation>{url} répond ; ses modèles :</translation>
    </message>
    <message>
        <source>{url} answers but lists no model: type the id of the model it runs.</source>
        <translation>{url} répond mais ne liste aucun modèle : saisissez l’identifiant du modèle qu’il fait tourner.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>Remove the engine</source>
        <translation>Retirer le moteur</translation>
    </message>
    <message>
        <source>Remove the engine “{name}” and forget its API key? The tasks sent to it will run on this computer again.</source>
        <translation>Retirer le moteur « {name} » et oublier sa clé d’API ? Les tâches qui lui étaient confiées tourneront de nouveau sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Servers that run bigger models than this computer: Ollama, LM Studio, Jan, llama.cpp's server, vLLM, or any OpenAI-compatible server. Nothing is sent to them unless you choose one for a task, and never the work of a client kept on this computer.</source>
        <translation>Des serveurs qui font tourner des modèles plus gros que cet ordinateur : Ollama, LM Studio, Jan, le serveur de llama.cpp, vLLM ou tout serveur compatible OpenAI. Rien ne leur est envoyé sauf si vous en choisissez un pour une tâche, et jamais le travail d’un client gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>No engine yet: every task runs on this computer.</source>
        <translation>Aucun moteur pour l’instant : toutes les tâches tournent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Add an engine…</source>
        <translation>&amp;Ajouter un moteur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Model id, e.g. qwen2.5:7b-instruct</source>
        <translation>Identifiant du modèle, par ex. qwen2.5:7b-instruct</translation>
    </message>
    <message>
        <source>Sent to servers</source>
        <translation>Envoyé aux serveurs</translation>
    </message>
    <message>
        <source>Each request sent to a server: when, for which task, where, and how many characters. The text itself is never kept here.</source>
        <translation>Chaque requête envoyée à un serveur : quand, pour quelle tâche, où et combien de caractères. Le texte lui-même n’est jamais gardé ici.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Nothing has been sent to a server.</source>
        <translation>Rien n’a été envoyé à un serveur.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace in translations</source>
        <translation>Rechercher et remplacer dans les traductions</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation>Remplacer &amp;par</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Only translations change, never the source or the inline formatting tags. A replaced translation becomes “Edited”; a confirmed one stays confirmed and its translation memory entry follows.</source>
        <translation>Seules les traductions changent, jamais la source ni les balises de mise en forme. Une traduction remplacée passe à « Modifié » ; une traduction confirmée le reste et son entrée de mémoire de traduction suit.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n time(s)</source>
        <translation><numerusform>Trouvé %n fois</numerusform><numerusform>Trouvé %n fois</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n segment(s)</source>
        <translation><numerusform>dans %n segment</numerusform><numerusform>dans %n segments</numerusform></translation>
    </message>
    <message>
        <source>Not found in the translations.</source>
        <translation>Introuvable dans les traductions.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n time(s)</source>
        <translation><numerusform>Remplacé %n fois</numerusform><numerusform>Remplacé %n fois</numerusform></translation>
    </message>
    <message>
        <source>Nothing to replace: not found in the translations.</source>
        <translation>Rien à remplacer : introuvable dans les traductions.</translation>
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
        <translation>Formule {n} : {problem}</translation>
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
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Activity type:</source>
        <translation>Type d’&amp;activité :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Pac&amp;kages:</source>
        <translation>&amp;Formules :</translation>
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
        <translation>Séparés par des virgules : seo, blog, traduction</translation>
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
        <source>Net/h</source>
        <translation>Net/h</translation>
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
        <translation>Aucun service pour l’instant. Ajoutez ce que vous vendez avec « Nouveau service… » : ses formules donnent aux nouvelles commandes leur prix et leur échéance.</translation>
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
        <translation>Mots-clés : {tags}</translation>
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
        <translation><numerusform>Supprimer le service « {title} » et ses formules ? Sa commande est conservée, avec son prix et ses paiements, mais ne sera plus liée à un service.</numerusform><numerusform>Supprimer le service « {title} » et ses formules ? Ses %n commandes sont conservées, avec leurs prix et leurs paiements, mais ne seront plus liées à un service.</numerusform></translation>
    </message>
    <message>
        <source>Delete the gig “{title}” and its packages? This cannot be undone.</source>
        <translation>Supprimer le service « {title} » et ses formules ? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Delete gig</source>
        <translation>Supprimer le service</translation>
    </message>
</context>
<context>
    <name>HubTokenDialog</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <source>The hub refused the saved token for {repo}: it may have expired, or you have not accepted the model's conditions on its page yet. Paste another token.</source>
        <translation>Le hub a refusé le jeton enregistré pour {repo} : il a peut-être expiré, ou vous n’avez pas encore accepté les conditions du modèle sur sa page. Collez un autre jeton.</translation>
    </message>
    <message>
        <source>{repo} is gated or private: the hub asks for an access token. Accept the model's conditions on its page, then paste a token here.</source>
        <translation>{repo} est protégé ou privé : le hub demande un jeton d’accès. Acceptez les conditions du modèle sur sa page, puis collez un jeton ici.</translation>
    </message>
    <message>
        <source>Create a free token with read access at &lt;a href="https://huggingface.co/settings/tokens"&gt;huggingface.co/settings/tokens&lt;/a&gt;. Atelier keeps it in your system keyring, never in its files or logs.</source>
        <translation>Créez un jeton gratuit avec un accès en lecture sur &lt;a href="https://huggingface.co/settings/tokens"&gt;huggingface.co/settings/tokens&lt;/a&gt;. Atelier le garde dans le trousseau de votre système, jamais dans ses fichiers ni ses journaux.</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so Atelier cannot save the token. It can use it until Atelier closes; you will be asked again next time.</source>
        <translation>Aucun trousseau système n’est disponible sur cet ordinateur : Atelier ne peut pas enregistrer le jeton. Il peut s’en servir jusqu’à sa fermeture ; il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Remove saved token</source>
        <translation>Supprimer le jeton enregistré</translation>
    </message>
    <message>
        <source>A token is saved.</source>
        <translation>Un jeton est enregistré.</translation>
    </message>
    <message>
        <source>No token saved.</source>
        <translation>Aucun jeton enregistré.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Use until Atelier closes</source>
        <translation>Utiliser jusqu’à la fermeture</translation>
    </message>
</context>
<context>
    <name>IdeaCard</name>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Pinned cards stay on top of your choices and can be exported on their own</source>
        <translation>Les cartes épinglées restent en tête de vos choix et peuvent être exportées seules</translation>
    </message>
    <message>
        <source>Select two cards to combine them</source>
        <translation>Sélectionnez deux cartes pour les combiner</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the card's text, palette or fonts by hand</source>
        <translation>Modifier à la main le texte, la palette ou les polices de la carte</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Dans le même esprit</translation>
    </message>
    <message>
        <source>Ask for a new idea in the same spirit</source>
        <translation>Demander une nouvelle idée dans le même esprit</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Combinaison</translation>
    </message>
    <message>
        <source>Edited by hand</source>
        <translation>Modifiée à la main</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Unparsed answer</source>
        <translation>Réponse non lue</translation>
    </message>
    <message>
        <source>The model's answer could not be read as ideas. It is kept here as written: edit the card to turn it into an idea, or discard it.</source>
        <translation>La réponse du modèle n’a pas pu être lue comme des idées. Elle est gardée ici telle quelle : modifiez la carte pour en faire une idée, ou écartez-la.</translation>
    </message>
    <message>
        <source>PALETTE · click a colour to copy it</source>
        <translation>PALETTE · cliquez sur une couleur pour la copier</translation>
    </message>
    <message>
        <source>No palette was proposed.</source>
        <translation>Aucune palette n’a été proposée.</translation>
    </message>
    <message>
        <source>{fg} on {bg}: {ratio}:1</source>
        <translation>{fg} sur {bg} : {ratio}:1</translation>
    </message>
    <message>
        <source>Fails AA</source>
        <translation>Échoue AA</translation>
    </message>
    <message>
        <source>Normal text: AA needs 4.5:1, AAA 7:1</source>
        <translation>Texte normal : AA demande 4,5:1, AAA 7:1</translation>
    </message>
    <message>
        <source>Large: {level}</source>
        <translation>Grand : {level}</translation>
    </message>
    <message>
        <source>Large: fails</source>
        <translation>Grand : échoue</translation>
    </message>
    <message>
        <source>Large text (18 pt, or 14 pt bold): AA needs 3:1, AAA 4.5:1</source>
        <translation>Grand texte (18 pt, ou 14 pt gras) : AA demande 3:1, AAA 4,5:1</translation>
    </message>
    <message>
        <source>TYPOGRAPHY</source>
        <translation>TYPOGRAPHIE</translation>
    </message>
    <message>
        <source>The quick brown fox jumps over the lazy dog — 0123456789</source>
        <translation>Portez ce vieux whisky au juge blond qui fume — 0123456789</translation>
    </message>
    <message>
        <source>Heading {heading}, body {body}</source>
        <translation>Titres {heading}, texte {body}</translation>
    </message>
    <message>
        <source>Shown in {family} ({requested} not installed)</source>
        <translation>Affiché en {family} ({requested} n’est pas installée)</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>MISE EN PAGE</translation>
    </message>
    <message>
        <source>No layout was described.</source>
        <translation>Aucune mise en page n’a été décrite.</translation>
    </message>
    <message>
        <source>Imagery: {words}</source>
        <translation>Images : {words}</translation>
    </message>
    <message>
        <source>Mood: {words}</source>
        <translation>Ambiance : {words}</translation>
    </message>
    <message>
        <source>Why it fits: {why}</source>
        <translation>Pourquoi ça colle : {why}</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Heading font</source>
        <translation>Police des titres</translation>
    </message>
    <message>
        <source>Body font</source>
        <translation>Police du texte</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Imagery</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ambiance</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation>Pourquoi ça colle</translation>
    </message>
    <message>
        <source>Edit idea</source>
        <translation>Modifier l’idée</translation>
    </message>
    <message>
        <source>#F5F1E8 background
#1F2A44 text
#C8553D accent</source>
        <translation>#F5F1E8 fond
#1F2A44 texte
#C8553D accent</translation>
    </message>
    <message>
        <source>One colour a line: a hex code, then its role (background, surface, primary, secondary, accent, text, muted)</source>
        <translation>Une couleur par ligne : un code hexadécimal, puis son rôle (fond, surface, principale, secondaire, accent, texte, atténuée)</translation>
    </message>
    <message>
        <source>Comma-separated keywords</source>
        <translation>Mots-clés séparés par des virgules</translation>
    </message>
    <message>
        <source>Write each colour as a hex code and a role, for example “#1F2A44 text”: “{line}” is not one.</source>
        <translation>Écrivez chaque couleur sous forme de code hexadécimal suivi d’un rôle, par exemple « #1F2A44 texte » : « {line} » n’en est pas une.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your identity on documents</source>
        <translation>Votre identité sur les documents</translation>
    </message>
    <message>
        <source>Printed on invoices and the receipts book. Leave a number empty if you do not have it yet.</source>
        <translation>Imprimée sur les factures et le livre des recettes. Laissez un numéro vide si vous ne l’avez pas encore.</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Nom légal</translation>
    </message>
    <message>
        <source>EI mention</source>
        <translation>Mention EI</translation>
    </message>
    <message>
        <source>&amp;SIRET or SIREN</source>
        <translation>&amp;SIRET ou SIREN</translation>
    </message>
    <message>
        <source>&amp;ICE</source>
        <translation>&amp;ICE</translation>
    </message>
    <message>
        <source>Identifiant &amp;fiscal (IF)</source>
        <translation>Identifiant &amp;fiscal (IF)</translation>
    </message>
    <message>
        <source>&amp;GST number</source>
        <translation>Numéro de &amp;TPS</translation>
    </message>
    <message>
        <source>&amp;QST number</source>
        <translation>Numéro de T&amp;VQ</translation>
    </message>
    <message>
        <source>&amp;VAT number (if registered)</source>
        <translation>Numéro de &amp;TVA (si assujetti)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <source>Add “EI” after my name (required in France since 2022)</source>
        <translation>Ajouter « EI » après mon nom (obligatoire en France depuis 2022)</translation>
    </message>
    <message>
        <source>Numbers are checked with their check digits.</source>
        <translation>Les numéros sont vérifiés avec leur clé de contrôle.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Virements</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Client / order</source>
        <translation>Client / commande</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>{rate} (entered)</source>
        <extracomment>Exchange rates were loaded: plan again (the run that opened this preview does).</extracomment>
        <translation>{rate} (saisi)</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>ECB</source>
        <translation>BCE</translation>
    </message>
    <message>
        <source>{name} (new client)</source>
        <translation>{name} (nouveau client)</translation>
    </message>
    <message>
        <source>order “{title}”</source>
        <translation>commande « {title} »</translation>
    </message>
    <message>
        <source>rate entered</source>
        <translation>taux saisi</translation>
    </message>
    <message>
        <source>decide later</source>
        <translation>décider plus tard</translation>
    </message>
    <message>
        <source>will be added</source>
        <translation>sera ajoutée</translation>
    </message>
    <message>
        <source>same as the payment entered by hand</source>
        <translation>même paiement que celui saisi à la main</translation>
    </message>
    <message>
        <source>skipped for good</source>
        <translation>ignorée définitivement</translation>
    </message>
    <message>
        <source>Import payments — preview</source>
        <translation>Importer des paiements — aperçu</translation>
    </message>
    <message>
        <source>{tab} ({count})</source>
        <translation>{tab} ({count})</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Load exchange &amp;rates…</source>
        <translation>Charger les &amp;taux de change…</translation>
    </message>
    <message>
        <source>The European Central Bank's reference rates (eurofxref-hist.csv, from ecb.europa.eu) give a rate to payments in another currency</source>
        <translation>Les taux de référence de la Banque centrale européenne (eurofxref-hist.csv, sur ecb.europa.eu) donnent un taux aux paiements dans une autre devise</translation>
    </message>
    <message>
        <source>&amp;What to do with this row</source>
        <translation>&amp;Que faire de cette ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation><numerusform>%n à ajouter</numerusform><numerusform>%n à ajouter</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n doublon</numerusform><numerusform>%n doublons</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation><numerusform>%n virement</numerusform><numerusform>%n virements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n needing attention</source>
        <translation><numerusform>%n à vérifier</numerusform><numerusform>%n à vérifier</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n ignorée</numerusform><numerusform>%n ignorées</numerusform></translation>
    </message>
    <message>
        <source>{file} ({profile}): {rows} — {counts}</source>
        <translation>{file} ({profile}) : {rows} — {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n ligne</numerusform><numerusform>%n lignes</numerusform></translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Rien à ajouter.</translation>
    </message>
    <message>
        <source>{currency}: gross {gross}, fees {fee}, net {net}</source>
        <translation>{currency} : brut {gross}, commissions {fee}, net {net}</translation>
    </message>
    <message>
        <source>To add — {totals}</source>
        <translation>À ajouter — {totals}</translation>
    </message>
    <message>
        <source>{date} — {net}</source>
        <translation>{date} — {net}</translation>
    </message>
    <message>
        <source>1 {currency} = ? {home}</source>
        <translation>1 {currency} = ? {home}</translation>
    </message>
    <message>
        <source>Paid for order “{title}”</source>
        <translation>Paiement de la commande « {title} »</translation>
    </message>
    <message>
        <source>Make “{name}” a &amp;client</source>
        <translation>Faire de « {name} » un &amp;client</translation>
    </message>
    <message>
        <source>Enter the exchange rate of this {currency} payment, or decide later.</source>
        <translation>Saisissez le taux de change de ce paiement en {currency}, ou décidez plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) added</source>
        <translation><numerusform>%n paiement ajouté</numerusform><numerusform>%n paiements ajoutés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation><numerusform>%n doublon ignoré</numerusform><numerusform>%n doublons ignorés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) linked</source>
        <translation><numerusform>%n virement relié</numerusform><numerusform>%n virements reliés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) linked to payments entered by hand</source>
        <translation><numerusform>%n ligne reliée à un paiement saisi à la main</numerusform><numerusform>%n lignes reliées à des paiements saisis à la main</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation><numerusform>%n ligne ignorée</numerusform><numerusform>%n lignes ignorées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left to decide later</source>
        <translation><numerusform>%n ligne à décider plus tard</numerusform><numerusform>%n lignes à décider plus tard</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n time entries added</source>
        <translation><numerusform>%n entrée de temps ajoutée</numerusform><numerusform>%n entrées de temps ajoutées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) created</source>
        <translation><numerusform>%n client créé</numerusform><numerusform>%n clients créés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier payment(s) linked to them</source>
        <translation><numerusform>%n paiement antérieur rattaché</numerusform><numerusform>%n paiements antérieurs rattachés</numerusform></translation>
    </message>
    <message>
        <source>Load the ECB's reference rates</source>
        <translation>Charger les taux de référence de la BCE</translation>
    </message>
    <message>
        <source>ECB reference rates (*.csv)</source>
        <translation>Taux de référence de la BCE (*.csv)</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Request (a buyer request, job post or e-mail):</source>
        <translation>&amp;Demande (demande d’acheteur, offre de mission ou e-mail) :</translation>
    </message>
    <message>
        <source>Paste the request here (Ctrl+V anywhere on the page), or drop a .txt, .md or .eml file</source>
        <translation>Collez la demande ici (Ctrl+V n’importe où sur la page), ou déposez un fichier .txt, .md ou .eml</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>P&amp;lateforme :</translation>
    </message>
    <message>
        <source>Bu&amp;yer:</source>
        <translation>Ache&amp;teur :</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>Com&amp;parer</translation>
    </message>
    <message>
        <source>Find the gigs that fit, similar past orders and red flags (Ctrl+Enter)</source>
        <translation>Trouver les services qui conviennent, les commandes passées semblables et les signaux d’alerte (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Keep in the inbox</source>
        <translation>Garder dans la &amp;boîte</translation>
    </message>
    <message>
        <source>Open Mo&amp;dels</source>
        <translation>Ouvrir &amp;Modèles</translation>
    </message>
    <message>
        <source>Kept opport&amp;unities:</source>
        <translation>Opportunités &amp;gardées :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Proposal &amp;sent</source>
        <translation>Propo&amp;sition envoyée</translation>
    </message>
    <message>
        <source>&amp;Won…</source>
        <translation>Gag&amp;née…</translation>
    </message>
    <message>
        <source>Los&amp;t…</source>
        <translation>Pe&amp;rdue…</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Draft a &amp;proposal</source>
        <translation>Rédiger une propos&amp;ition</translation>
    </message>
    <message>
        <source>Open the &amp;created order</source>
        <translation>O&amp;uvrir la commande créée</translation>
    </message>
    <message>
        <source>This result is the previous text's: press Match (Ctrl+Enter) for this one.</source>
        <translation>Ce résultat est celui du texte précédent : appuyez sur Comparer (Ctrl+Entrée) pour celui-ci.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Proposition envoyée</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation>Lecture de la boîte de réception…</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non précisée)</translation>
    </message>
    <message>
        <source>order #{id}</source>
        <translation>commande n° {id}</translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation>Perdue : {reason}</translation>
    </message>
    <message>
        <source>Read {file}.</source>
        <translation>{file} lu.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Paste a request first.</source>
        <translation>Collez d’abord une demande.</translation>
    </message>
    <message>
        <source>Indexing your gigs and orders for matching…</source>
        <translation>Indexation de vos services et commandes pour la comparaison…</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Matching the request…</source>
        <translation>Comparaison de la demande…</translation>
    </message>
    <message>
        <source>Matching cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <source>Ranked by words only, before {model} was chosen for the inbox: press Match again to match by meaning.</source>
        <translation>Classement par mots seulement, avant que {model} soit choisi pour la boîte de réception : appuyez de nouveau sur Comparer pour comparer par le sens.</translation>
    </message>
    <message>
        <source>Ranked by words only: {model} is installed; choose it for the inbox on the Models page to match by meaning.</source>
        <translation>Classement par mots seulement : {model} est installé ; choisissez-le pour la boîte de réception sur la page Modèles pour comparer par le sens.</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>non reconnue</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Langue : {language}</translation>
    </message>
    <message>
        <source>Expected net per hour: no similar past order with tracked time yet.</source>
        <translation>Net par heure attendu : aucune commande passée semblable avec du temps suivi pour l’instant.</translation>
    </message>
    <message>
        <source>BELOW your minimum of {minimum} an hour</source>
        <translation>EN DESSOUS de votre minimum de {minimum} de l’heure</translation>
    </message>
    <message>
        <source>partly BELOW your minimum of {minimum} an hour</source>
        <translation>en partie EN DESSOUS de votre minimum de {minimum} de l’heure</translation>
    </message>
    <message>
        <source>at or above your minimum of {minimum} an hour</source>
        <translation>au niveau ou au-dessus de votre minimum de {minimum} de l’heure</translation>
    </message>
    <message>
        <source>no minimum rate set (Settings)</source>
        <translation>aucun taux minimum défini (Paramètres)</translation>
    </message>
    <message>
        <source>Ranked by words only: download an embedding model (multilingual-e5-small for French, English and Arabic) on the Models page and choose it for the inbox to match by meaning.</source>
        <translation>Classement par mots seulement : téléchargez un modèle de plongement (multilingual-e5-small pour le français, l’anglais et l’arabe) dans la page Modèles et choisissez-le pour la boîte de réception afin de comparer par le sens.</translation>
    </message>
    <message>
        <source>Expected net per hour: {low} to {high} after fees (the middle half of {n} similar orders’ net per hour)</source>
        <translation>Net par heure attendu : de {low} à {high} après frais (la moitié centrale des nets par heure de {n} commandes semblables)</translation>
    </message>
    <message>
        <source>Expected net per hour: {low} to {high} after fees (lowest to highest of {n} similar orders’ net per hour)</source>
        <translation>Net par heure attendu : de {low} à {high} après frais (du plus bas au plus haut des nets par heure de {n} commandes semblables)</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Signaux d’alerte</translation>
    </message>
    <message>
        <source>“{words}”</source>
        <translation>« {words} »</translation>
    </message>
    <message>
        <source>{flag}: {words}</source>
        <translation>{flag} : {words}</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Aucun trouvé.</translation>
    </message>
    <message>
        <source>Gigs that fit</source>
        <translation>Services qui conviennent</translation>
    </message>
    <message>
        <source>fit {score}%</source>
        <translation>adéquation {score} %</translation>
    </message>
    <message>
        <source>No gig fits these words.</source>
        <translation>Aucun service ne correspond à ces mots.</translation>
    </message>
    <message>
        <source>Similar past orders</source>
        <translation>Commandes passées semblables</translation>
    </message>
    <message>
        <source>{amount} an hour</source>
        <translation>{amount} de l’heure</translation>
    </message>
    <message>
        <source>no tracked time</source>
        <translation>aucun temps suivi</translation>
    </message>
    <message>
        <source>#{id} {title}: {rate}</source>
        <translation>n° {id} {title} : {rate}</translation>
    </message>
    <message>
        <source>No similar past order.</source>
        <translation>Aucune commande passée semblable.</translation>
    </message>
    <message>
        <source>This request is kept already (#{id}).</source>
        <translation>Cette demande est déjà gardée (n° {id}).</translation>
    </message>
    <message>
        <source>Kept in the inbox as #{id}.</source>
        <translation>Gardée dans la boîte de réception sous le n° {id}.</translation>
    </message>
    <message>
        <source>Marked: proposal sent.</source>
        <translation>Marquée : proposition envoyée.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Rouverte.</translation>
    </message>
    <message>
        <source>{tier} — {price}, delivery in 1 day</source>
        <translation>{tier} — {price}, livraison en 1 jour</translation>
    </message>
    <message>
        <source>{tier} — {price}, delivery in {days} days</source>
        <translation>{tier} — {price}, livraison en {days} jours</translation>
    </message>
    <message>
        <source>Won: order #{id} created.</source>
        <translation>Gagnée : commande n° {id} créée.</translation>
    </message>
    <message>
        <source>Marked lost.</source>
        <translation>Marquée perdue.</translation>
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
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par :</translation>
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
        <source>Proposals</source>
        <translation>Propositions</translation>
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
        <translation>Rien en attente de versement : toutes les commandes terminées ont été payées.</translation>
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
        <translation>Les montants se déclarent avant frais de plateforme (les commissions ne sont pas déductibles). Vérifiez les taux et les seuils sur urssaf.fr : Atelier est une aide, pas un conseil fiscal.</translation>
    </message>
    <message>
        <source>Computing income reports</source>
        <translation>Calcul des rapports de revenus</translation>
    </message>
    <message>
        <source>The income report could not be computed: {error}</source>
        <translation>Le rapport de revenus n’a pas pu être calculé : {error}</translation>
    </message>
    <message>
        <source>DGI declaration</source>
        <translation>Déclaration DGI</translation>
    </message>
    <message>
        <source>GST/QST and income tax</source>
        <translation>TPS/TVQ et impôt sur le revenu</translation>
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
        <translation>{series}, {category} : {value}</translation>
    </message>
    <message>
        <source>Net received by client (top {n})</source>
        <translation>Net perçu par client ({n} premiers)</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Sans client</translation>
    </message>
    <message>
        <source>Others (1 client): {amount}</source>
        <translation>Autres (1 client) : {amount}</translation>
    </message>
    <message>
        <source>Others ({n} clients): {amount}</source>
        <translation>Autres ({n} clients) : {amount}</translation>
    </message>
    <message>
        <source>{others}, {share}% of net</source>
        <translation>{others}, {share} % du net</translation>
    </message>
    <message>
        <source>Net received</source>
        <translation>Net perçu</translation>
    </message>
    <message>
        <source>{category}: {value}</source>
        <translation>{category} : {value}</translation>
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
        <translation>Total en attente de versement : {amount}</translation>
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
        <translation>{what} : seuil de tolérance dépassé ({amount} déclarés). La TVA est due dès le jour du dépassement.</translation>
    </message>
    <message>
        <source>{what}: exceeded, {amount} declared for a limit of {limit} ({pct} %).</source>
        <translation>{what} : dépassé, {amount} déclarés pour une limite de {limit} ({pct} %).</translation>
    </message>
    <message>
        <source>{what}: {pct} % reached ({amount} of {limit}).</source>
        <translation>{what} : {pct} % atteints ({amount} sur {limit}).</translation>
    </message>
    <message>
        <source>Next declaration: {period}, due by {deadline}. Declare {declared}; contributions {due}.</source>
        <translation>Prochaine déclaration : {period}, au plus tard le {deadline}. À déclarer : {declared} ; cotisations : {due}.</translation>
    </message>
    <message>
        <source>The URSSAF declaration helper works in euros. Your home currency is {currency}: set it to EUR in Settings to see what to declare.</source>
        <translation>L’aide à la déclaration URSSAF fonctionne en euros. Votre devise principale est {currency} : choisissez EUR dans les Réglages pour voir quoi déclarer.</translation>
    </message>
    <message>
        <source>There are no URSSAF figures for {year}: add them in Settings › Declaration.</source>
        <translation>Aucun barème URSSAF pour {year} : ajoutez-le dans Réglages › Déclaration.</translation>
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
        <translation>{what} : {pct} %</translation>
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
        <translation>L’export a échoué : {error}</translation>
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
        <extracomment>the Income panel of each status beside France's URSSAF box, loaded when that status is chosen: a module with ``compute(s, year, zone)`` (run in the worker) and ``Panel(ctx)`` (``show_data(data)``, ``retranslate()``)</extracomment>
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
    <name>InvoiceStates</name>
    <message>
        <source>Issued</source>
        <extracomment>a state's word per kind of document, each kind in its own context so that a translation agrees with the kind's noun (French: Facture émise, Devis émis, Avoir émis)</extracomment>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Facture d’acompte</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Payée en partie</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Quotes and invoices</source>
        <translation>Devis et factures</translation>
    </message>
    <message>
        <source>Search number or client…</source>
        <translation>Chercher un numéro ou un client…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Show one kind of document</source>
        <translation>Afficher un seul type de document</translation>
    </message>
    <message>
        <source>Show the documents in one state</source>
        <translation>Afficher les documents dans un état</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Edi&amp;t draft…</source>
        <translation>&amp;Modifier le brouillon…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>Éme&amp;ttre…</translation>
    </message>
    <message>
        <source>Give the draft the next number of the series; once issued it never changes</source>
        <translation>Donner au brouillon le numéro suivant de la série ; une fois émis, il ne change plus jamais</translation>
    </message>
    <message>
        <source>Acce&amp;pt quote…</source>
        <translation>Acce&amp;pter le devis…</translation>
    </message>
    <message>
        <source>The client accepted this quote: it is marked accepted and a draft invoice with its lines is made (with an order when it had none)</source>
        <translation>Le client a accepté ce devis : il est marqué accepté et une facture brouillon reprenant ses lignes est créée (avec une commande s’il n’en avait pas)</translation>
    </message>
    <message>
        <source>De&amp;cline quote…</source>
        <translation>Ref&amp;user le devis…</translation>
    </message>
    <message>
        <source>The client turned this quote down</source>
        <translation>Le client a refusé ce devis</translation>
    </message>
    <message>
        <source>C&amp;redit note…</source>
        <translation>Av&amp;oir…</translation>
    </message>
    <message>
        <source>Cancel or correct an issued invoice with a credit note</source>
        <translation>Annuler ou corriger une facture émise par un avoir</translation>
    </message>
    <message>
        <source>&amp;Link payment…</source>
        <translation>&amp;Rattacher un paiement…</translation>
    </message>
    <message>
        <source>Record which payment (typed or imported) settles this invoice</source>
        <translation>Indiquer quel paiement (saisi ou importé) règle cette facture</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>A printable PDF in the client's language; an issued invoice carries its Factur-X e-invoice</source>
        <translation>Un PDF imprimable dans la langue du client ; une facture émise contient sa facture électronique Factur-X</translation>
    </message>
    <message>
        <source>Check &amp;series</source>
        <translation>&amp;Vérifier la série</translation>
    </message>
    <message>
        <source>Look for gaps and duplicates in the numbers, and drafts missing a mention</source>
        <translation>Chercher les trous et les doublons dans la numérotation, et les brouillons auxquels il manque une mention</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Select a document to see its lines, or make one with “New…”, or with “Quote…” and “Invoice…” on an order.</source>
        <translation>Sélectionnez un document pour voir ses lignes, ou créez-en un avec « Nouveau… », ou avec « Devis… » et « Facture… » sur une commande.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>No quotes or invoices yet. Make one with “New…”, or with “Quote…” and “Invoice…” on an order.</source>
        <translation>Aucun devis ni aucune facture pour l’instant. Créez-en avec « Nouveau… », ou avec « Devis… » et « Facture… » sur une commande.</translation>
    </message>
    <message>
        <source>No document matches these filters.</source>
        <translation>Aucun document ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>issued by the platform</source>
        <translation>émise par la plateforme</translation>
    </message>
    <message>
        <source>corrects {number}</source>
        <translation>corrige {number}</translation>
    </message>
    <message>
        <source>Issued {date}</source>
        <translation>Émis le {date}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>valable jusqu’au {date}</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>en {language}</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total : {amount}</translation>
    </message>
    <message>
        <source>Before tax {net} · tax {tax} · total {total}</source>
        <translation>Hors taxes {net} · taxes {tax} · total {total}</translation>
    </message>
    <message>
        <source>Paid {paid} of {total}</source>
        <translation>Payé {paid} sur {total}</translation>
    </message>
    <message>
        <source>Paid {paid} of {owed} ({total} less {credited} of credit notes)</source>
        <translation>Payé {paid} sur {owed} ({total} moins {credited} d’avoirs)</translation>
    </message>
    <message>
        <source>Missing before it can be issued:</source>
        <translation>Manque avant de pouvoir émettre :</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete this draft {kind} for {client}? It has no number yet, so nothing is missing from the series.</source>
        <translation>Supprimer ce brouillon ({kind}) pour {client} ? Il n’a pas encore de numéro : rien ne manquera dans la série.</translation>
    </message>
    <message>
        <source>Issue {kind}</source>
        <translation>Émettre : {kind}</translation>
    </message>
    <message>
        <source>Issue this {kind} to {client} for {total}? It takes the next number of the series, dated {date}, and can never be changed afterwards (a credit note corrects an invoice).</source>
        <translation>Émettre ce document ({kind}) pour {client}, d’un total de {total} ? Il prend le numéro suivant de la série, daté du {date}, et ne pourra plus jamais être modifié (un avoir corrige une facture).</translation>
    </message>
    <message>
        <source>Issued {kind} {number}.</source>
        <translation>Document émis : {kind} {number}.</translation>
    </message>
    <message>
        <source>The order's payments are linked to it: {paid} of {total} paid.</source>
        <translation>Les paiements de la commande y sont rattachés : {paid} payés sur {total}.</translation>
    </message>
    <message>
        <source>Make a draft credit note for {number}? Issued as it is, it cancels the whole invoice; edit its lines first to correct only part of it.</source>
        <translation>Préparer un brouillon d’avoir pour {number} ? Émis tel quel, il annule toute la facture ; modifiez d’abord ses lignes pour n’en corriger qu’une partie.</translation>
    </message>
    <message>
        <source>Accept quote</source>
        <translation>Accepter le devis</translation>
    </message>
    <message>
        <source>Mark quote {number} as accepted by {client}? A draft invoice with its lines is made, to issue when the work is done.</source>
        <translation>Marquer le devis {number} comme accepté par {client} ? Une facture brouillon reprenant ses lignes est créée, à émettre une fois le travail fait.</translation>
    </message>
    <message>
        <source>Quote {number} accepted: its draft invoice is open.</source>
        <translation>Devis {number} accepté : sa facture brouillon est ouverte.</translation>
    </message>
    <message>
        <source>Decline quote</source>
        <translation>Refuser le devis</translation>
    </message>
    <message>
        <source>Mark quote {number} as declined by {client}? It keeps its number.</source>
        <translation>Marquer le devis {number} comme refusé par {client} ? Il garde son numéro.</translation>
    </message>
    <message>
        <source>Quote {number} declined.</source>
        <translation>Devis {number} refusé.</translation>
    </message>
    <message>
        <source>Export the document as PDF</source>
        <translation>Exporter le document en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to {path} (with its Factur-X e-invoice).</source>
        <translation>Enregistré dans {path} (avec sa facture électronique Factur-X).</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>No PDF was written: {error}</source>
        <translation>Aucun PDF n’a été écrit : {error}</translation>
    </message>
    <message>
        <source>Draft {kind} for {client} lacks: {missing}</source>
        <translation>Brouillon ({kind}) pour {client} : il manque {missing}</translation>
    </message>
    <message>
        <source>The series is whole: no gap, no number given twice.</source>
        <translation>La série est complète : aucun trou, aucun numéro donné deux fois.</translation>
    </message>
    <message>
        <source>Checking the series…</source>
        <translation>Vérification de la série…</translation>
    </message>
    <message>
        <source>The platform invoices</source>
        <translation>La plateforme facture</translation>
    </message>
    <message>
        <source>&amp;Record the platform's invoice…</source>
        <translation>&amp;Enregistrer la facture de la plateforme…</translation>
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
    <name>LinkPaymentDialog</name>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>Link a payment to the invoice</source>
        <translation>Rattacher un paiement à la facture</translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation>&amp;Paiement :</translation>
    </message>
    <message>
        <source>&amp;Amount (empty: what is left):</source>
        <translation>&amp;Montant (vide : le reste dû) :</translation>
    </message>
    <message>
        <source>There is no payment in this currency to link.</source>
        <translation>Aucun paiement dans cette devise à rattacher.</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Lost: the reason</source>
        <translation>Perdue : la raison</translation>
    </message>
    <message>
        <source>A price too low, no answer, another seller chosen…</source>
        <translation>Prix trop bas, pas de réponse, un autre vendeur choisi…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title}: {message}</source>
        <translation>{title} : {message}</translation>
    </message>
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
        <source>&amp;Order</source>
        <translation>&amp;Commande</translation>
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
        <source>&amp;Command palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Type what to do — a page, an action, an order — and press Enter</source>
        <translation>Tapez ce que vous voulez faire — une page, une action, une commande — puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Brouillons</translation>
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
        <source>Import &amp;payments…</source>
        <translation>Importer des &amp;paiements…</translation>
    </message>
    <message>
        <source>Bring in payment history from PayPal, Wise, Payoneer, Stripe, Upwork or bank exports: a preview first, nothing written before Import</source>
        <translation>Reprendre l’historique des paiements depuis les exports PayPal, Wise, Payoneer, Stripe, Upwork ou bancaires : un aperçu d’abord, rien n’est écrit avant Importer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the page again from the store (what the command line wrote shows)</source>
        <translation>Relire la page depuis la base (ce que la ligne de commande a écrit s’affiche)</translation>
    </message>
    <message>
        <source>&amp;About Atelier</source>
        <translation>À &amp;propos d’Atelier</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>Copy versions, paths and platform for a support request (no personal data)</source>
        <translation>Copier les versions, les chemins et la plateforme pour une demande d’assistance (aucune donnée personnelle)</translation>
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
        <translation>Rien n’a été exporté : {error}</translation>
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
        <translation>Rien n’a été importé ; vos données sont inchangées.

{error}</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: versions, paths and platform, no personal data. Paste them into your support request.</source>
        <translation>Diagnostics copiés dans le presse-papiers : versions, chemins et plateforme, aucune donnée personnelle. Collez-les dans votre demande d’assistance.</translation>
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
Vos données : {path}</translation>
    </message>
</context>
<context>
    <name>MissingMentionsDialog</name>
    <message>
        <source>Cannot issue yet</source>
        <translation>Émission impossible pour l’instant</translation>
    </message>
    <message>
        <source>This document cannot be issued: the law asks for these mentions and they are missing. Nothing was issued.</source>
        <translation>Ce document ne peut pas être émis : la loi exige ces mentions et elles manquent. Rien n’a été émis.</translation>
    </message>
    <message>
        <source>Fill in &amp;your identity…</source>
        <translation>Compléter &amp;votre identité…</translation>
    </message>
    <message>
        <source>Fill in the &amp;client's details…</source>
        <translation>Compléter les coordonnées du &amp;client…</translation>
    </message>
    <message>
        <source>&amp;Edit the draft…</source>
        <translation>&amp;Modifier le brouillon…</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Chargement de {name}…</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Chargement de {name}</translation>
    </message>
    <message>
        <source>Writing with {name}…</source>
        <translation>Rédaction avec {name}…</translation>
    </message>
    <message>
        <source>Writing with {name}</source>
        <translation>Rédaction avec {name}</translation>
    </message>
    <message>
        <source>Translating with {name}…</source>
        <translation>Traduction avec {name}…</translation>
    </message>
    <message>
        <source>Translating with {name}</source>
        <translation>Traduction avec {name}</translation>
    </message>
    <message>
        <source>Reading texts with {name}…</source>
        <translation>Lecture des textes avec {name}…</translation>
    </message>
    <message>
        <source>Reading texts with {name}</source>
        <translation>Lecture des textes avec {name}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Téléchargement de {name}…</translation>
    </message>
    <message>
        <source>Downloading {name}</source>
        <translation>Téléchargement de {name}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>{count} B parameters</source>
        <translation>{count} Md de paramètres</translation>
    </message>
    <message>
        <source>{count} M parameters</source>
        <translation>{count} M de paramètres</translation>
    </message>
    <message>
        <source>{n} s left</source>
        <translation>encore {n} s</translation>
    </message>
    <message>
        <source>{n} min left</source>
        <translation>encore {n} min</translation>
    </message>
    <message>
        <source>{h} h {m} min left</source>
        <translation>encore {h} h {m} min</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>Free memory unknown</source>
        <translation>Mémoire libre inconnue</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>Trop gros pour cet ordinateur</translation>
    </message>
    <message>
        <source>Tight: close other apps</source>
        <translation>Juste : fermez d’autres applis</translation>
    </message>
    <message>
        <source>Fits easily</source>
        <translation>Tient sans problème</translation>
    </message>
    <message>
        <source>{name} is licensed for non-commercial use only ({licence}).

Freelancers sell their work: texts and translations made with this model must not be delivered to paying clients.</source>
        <translation>La licence de {name} n’autorise qu’un usage non commercial ({licence}).

Les freelances vendent leur travail : les textes et traductions produits avec ce modèle ne doivent pas être livrés à des clients payants.</translation>
    </message>
    <message>
        <source>Download it anyway?</source>
        <translation>Le télécharger quand même ?</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Jeton Hugging Face…</translation>
    </message>
    <message>
        <source>Local models draft replies, translate documents and suggest ideas on this computer: nothing you type leaves it.</source>
        <translation>Les modèles locaux rédigent des réponses, traduisent des documents et proposent des idées sur cet ordinateur : rien de ce que vous tapez n’en sort.</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Aller à :</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>Modèles recommandés</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <source>Runtime settings</source>
        <translation>Réglages d’exécution</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Writing &amp; ideas</source>
        <translation>Rédaction et idées</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Matching requests (sentence vectors)</source>
        <translation>Rapprocher les demandes (vecteurs de phrases)</translation>
    </message>
    <message>
        <source>Another model from the Hugging Face hub</source>
        <translation>Un autre modèle du hub Hugging Face</translation>
    </message>
    <message>
        <source>owner/model, for example {example}</source>
        <translation>auteur/modèle, par exemple {example}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Any text-generation or translation model with safetensors weights. Check its licence on its page before using it for paid work.</source>
        <translation>Tout modèle de génération de texte ou de traduction aux poids safetensors. Vérifiez sa licence sur sa page avant de l’utiliser pour du travail payé.</translation>
    </message>
    <message>
        <source>No download in progress. A paused or interrupted download resumes where it stopped, even after Atelier restarts.</source>
        <translation>Aucun téléchargement en cours. Un téléchargement en pause ou interrompu reprend là où il s’est arrêté, même après un redémarrage d’Atelier.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No model installed yet. Download a recommended model above, or import a folder that holds a model in safetensors format.</source>
        <translation>Aucun modèle installé pour l’instant. Téléchargez un modèle recommandé ci-dessus, ou importez un dossier contenant un modèle au format safetensors.</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Use for writing</source>
        <translation>Utiliser pour rédiger</translation>
    </message>
    <message>
        <source>Drafts and ideas use this model by default</source>
        <translation>Les brouillons et les idées utilisent ce modèle par défaut</translation>
    </message>
    <message>
        <source>Use for translation</source>
        <translation>Utiliser pour traduire</translation>
    </message>
    <message>
        <source>Pre-translations use this model by default</source>
        <translation>Les prétraductions utilisent ce modèle par défaut</translation>
    </message>
    <message>
        <source>Use for matching requests</source>
        <translation>Utiliser pour rapprocher les demandes</translation>
    </message>
    <message>
        <source>The inbox finds the gigs and past orders that fit a buyer request with this model</source>
        <translation>La boîte de réception trouve avec ce modèle les services et commandes passées qui correspondent à une demande d’acheteur</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automatique (recommandé)</translation>
    </message>
    <message>
        <source>Full precision (float32)</source>
        <translation>Pleine précision (float32)</translation>
    </message>
    <message>
        <source>Half precision (bfloat16)</source>
        <translation>Demi-précision (bfloat16)</translation>
    </message>
    <message>
        <source>int8 (fast on a processor)</source>
        <translation>int8 (rapide sur processeur)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Fils d’exécution</translation>
    </message>
    <message>
        <source>4-bit (least memory)</source>
        <translation>4 bits (le moins de mémoire)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>int8 products</source>
        <translation>Produits int8</translation>
    </message>
    <message>
        <source>Atelier's own kernel (this processor has AVX-512 VNNI)</source>
        <translation>Noyau propre à Atelier (ce processeur a AVX-512 VNNI)</translation>
    </message>
    <message>
        <source>torch's: this processor has no AVX-512 VNNI, Atelier's own kernel needs it</source>
        <translation>Ceux de torch : ce processeur n’a pas AVX-512 VNNI, que le noyau d’Atelier demande</translation>
    </message>
    <message>
        <source>torch's: Atelier's own kernel was not built here (no C compiler when the app was set up)</source>
        <translation>Ceux de torch : le noyau d’Atelier n’a pas été compilé ici (pas de compilateur C à l’installation)</translation>
    </message>
    <message>
        <source>torch's: Atelier's own kernel is turned off (ATELIER_INT8_KERNEL=off)</source>
        <translation>Ceux de torch : le noyau d’Atelier est désactivé (ATELIER_INT8_KERNEL=off)</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Atelier's fast decoding loop</source>
        <translation>Boucle de décodage rapide d’Atelier</translation>
    </message>
    <message>
        <source>Writes the same text as the standard loop (transformers' generate), faster on a processor. Turn it off to compare, or if a model behaves oddly.</source>
        <translation>Écrit le même texte que la boucle standard (generate de transformers), plus vite sur un processeur. Désactivez-la pour comparer, ou si un modèle se comporte bizarrement.</translation>
    </message>
    <message>
        <source>Free memory after</source>
        <translation>Libérer la mémoire après</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min sans utilisation</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>En mémoire</translation>
    </message>
    <message>
        <source>Free memory now</source>
        <translation>Libérer la mémoire</translation>
    </message>
    <message>
        <source>Automatic uses int8 on a processor where it is faster, and half precision on a graphics card. int8 needs about a third of the memory; 4-bit less again (the cards show how much) and writes faster still where Atelier's own kernel runs, a little less faithfully; full precision is slightly more faithful. Changes apply the next time a model loads.</source>
        <translation>Automatique utilise int8 sur un processeur, où c’est plus rapide, et la demi-précision sur une carte graphique. int8 demande environ un tiers de la mémoire ; 4 bits moins encore (les fiches disent combien) et écrit plus vite encore là où tourne le noyau propre à Atelier, un peu moins fidèlement ; la pleine précision est un peu plus fidèle. Les changements s’appliquent au prochain chargement d’un modèle.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>For example: write a short, friendly reply to a client who asks when the logo will be ready.</source>
        <translation>Par exemple : écris une réponse courte et aimable à un client qui demande quand le logo sera prêt.</translation>
    </message>
    <message>
        <source>The answer appears here as it is written.</source>
        <translation>La réponse s’affiche ici au fur et à mesure.</translation>
    </message>
    <message>
        <source>Install a writing model (Qwen2.5 0.5B Instruct is a good start) to try it here.</source>
        <translation>Installez un modèle de rédaction (Qwen2.5 0.5B Instruct est un bon début) pour l’essayer ici.</translation>
    </message>
    <message>
        <source>The server's model id</source>
        <translation>L’identifiant du modèle sur le serveur</translation>
    </message>
    <message>
        <source>This computer, or an inference server added in Settings › Engines</source>
        <translation>Cet ordinateur, ou un serveur d’inférence ajouté dans Réglages › Moteurs</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Downloads ({n})</source>
        <translation>Téléchargements ({n})</translation>
    </message>
    <message>
        <source>Installed ({n})</source>
        <translation>Installés ({n})</translation>
    </message>
    <message>
        <source>Matching requests</source>
        <translation>Rapprochement des demandes</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>default for writing</source>
        <translation>par défaut pour rédiger</translation>
    </message>
    <message>
        <source>default for translation</source>
        <translation>par défaut pour traduire</translation>
    </message>
    <message>
        <source>used for matching requests</source>
        <translation>utilisé pour rapprocher les demandes</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>en mémoire</translation>
    </message>
    <message>
        <source>Import a model folder (safetensors)</source>
        <translation>Importer un dossier de modèle (safetensors)</translation>
    </message>
    <message>
        <source>Checking and copying {folder}…</source>
        <translation>Vérification et copie de {folder}…</translation>
    </message>
    <message>
        <source>{name} is installed.</source>
        <translation>{name} est installé.</translation>
    </message>
    <message>
        <source>This folder cannot be imported. {reason}</source>
        <translation>Ce dossier ne peut pas être importé. {reason}</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete {name}? It frees {size} on disk; you can download it again later.</source>
        <translation>Supprimer {name} ? Cela libère {size} sur le disque ; vous pourrez le télécharger de nouveau plus tard.</translation>
    </message>
    <message>
        <source>{name} could not be deleted: {reason}</source>
        <translation>{name} n’a pas pu être supprimé : {reason}</translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation>{name} a été supprimé.</translation>
    </message>
    <message>
        <source>Non-commercial licence</source>
        <translation>Licence non commerciale</translation>
    </message>
    <message>
        <source>Type a hub repo id such as Qwen/Qwen2.5-0.5B-Instruct (owner/model).</source>
        <translation>Saisissez l’identifiant d’un dépôt du hub, comme Qwen/Qwen2.5-0.5B-Instruct (auteur/modèle).</translation>
    </message>
    <message>
        <source>{size} available on this computer now</source>
        <translation>{size} disponibles sur cet ordinateur en ce moment</translation>
    </message>
    <message>
        <source>This computer does not tell how much memory is free.</source>
        <translation>Cet ordinateur n’indique pas combien de mémoire est libre.</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>The model is working: stop it first, then free the memory.</source>
        <translation>Le modèle est au travail : arrêtez-le d’abord, puis libérez la mémoire.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Type a prompt first.</source>
        <translation>Écrivez d’abord une consigne.</translation>
    </message>
    <message>
        <source>Type the model id the server runs.</source>
        <translation>Saisissez l’identifiant du modèle que le serveur fait tourner.</translation>
    </message>
    <message>
        <source>Asking {engine}…</source>
        <translation>Question posée à {engine}…</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Chargement de {name}…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation><numerusform>%n token</numerusform><numerusform>%n tokens</numerusform></translation>
    </message>
    <message>
        <source>first token after {s} s</source>
        <translation>premier token après {s} s</translation>
    </message>
    <message>
        <source>{n} tokens/s</source>
        <translation>{n} tokens/s</translation>
    </message>
    <message>
        <source>cut at the length limit</source>
        <translation>réponse coupée à la longueur maximale</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>processeur</translation>
    </message>
    <message>
        <source>graphics card</source>
        <translation>carte graphique</translation>
    </message>
    <message>
        <source>Apple GPU</source>
        <translation>GPU Apple</translation>
    </message>
    <message>
        <source>4-bit</source>
        <translation>4 bits</translation>
    </message>
    <message>
        <source>{dtype} on the {device}</source>
        <translation>{dtype} sur le {device}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <source>Payments you already recorded keep their amounts in {old}; reports count payments in the home currency only, so they will leave those out.</source>
        <translation>Les paiements déjà enregistrés gardent leurs montants en {old} ; les rapports ne comptent que les paiements dans la devise de référence et les laisseront donc de côté.</translation>
    </message>
    <message>
        <source>Money and time</source>
        <translation>Argent et heure</translation>
    </message>
    <message>
        <source>The currency you declare in and the time zone your days, months and deadlines follow.</source>
        <translation>La devise dans laquelle vous déclarez et le fuseau horaire que suivent vos jours, vos mois et vos échéances.</translation>
    </message>
    <message>
        <source>&amp;Home currency</source>
        <translation>&amp;Devise de référence</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Minimum hourly rate</source>
        <translation>Taux horaire &amp;minimum</translation>
    </message>
    <message>
        <source>optional, in the home currency</source>
        <translation>facultatif, dans la devise de référence</translation>
    </message>
    <message>
        <source>Atelier warns you when an order pays less per hour than your minimum rate.</source>
        <translation>Atelier vous prévient quand une commande rapporte moins par heure que votre taux minimum.</translation>
    </message>
</context>
<context>
    <name>MoroccoPanel</name>
    <message>
        <source>Limits</source>
        <translation>Plafonds</translation>
    </message>
    <message>
        <source>Turnover received before platform fees, in dirhams at the rate of the day it arrived. Check the rates and limits on tax.gov.ma: Atelier is a helper, not tax advice.</source>
        <translation>Chiffre d’affaires encaissé avant commissions des plateformes, en dirhams au cours du jour de l’encaissement. Vérifiez les taux et les plafonds sur tax.gov.ma : Atelier est une aide, pas un conseil fiscal.</translation>
    </message>
    <message>
        <source>The DGI taxes each declaration: the year's tax is the sum of the taxes of its periods, each rounded, so it may differ by a few centimes between monthly and quarterly declarations.</source>
        <translation>La DGI impose chaque déclaration : l’impôt de l’année est la somme des impôts de ses périodes, chacun arrondi ; il peut donc différer de quelques centimes entre déclarations mensuelles et trimestrielles.</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>{month}/{year}</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>sous le plafond</translation>
    </message>
    <message>
        <source>close to the limit</source>
        <translation>proche du plafond</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>plafond dépassé</translation>
    </message>
    <message>
        <source>Auto-entrepreneur ceiling, services</source>
        <translation>Plafond de l’auto-entrepreneur, prestations de services</translation>
    </message>
    <message>
        <source>Auto-entrepreneur ceiling, commerce</source>
        <translation>Plafond de l’auto-entrepreneur, activités commerciales, industrielles et artisanales</translation>
    </message>
    <message>
        <source>{name}: {level}, {amount} of {limit} ({pct} %).</source>
        <translation>{name} : {level}, {amount} sur {limit} ({pct} %).</translation>
    </message>
    <message>
        <source>Beyond the ceiling the auto-entrepreneur scheme may stop applying: check with the DGI.</source>
        <translation>Au-delà du plafond, le régime de l’auto-entrepreneur peut cesser de s’appliquer : renseignez-vous auprès de la DGI.</translation>
    </message>
    <message>
        <source>{client}: {level}, {amount} of the single-client limit of {limit} ({pct} %).</source>
        <translation>{client} : {level}, {amount} sur le plafond par client de {limit} ({pct} %).</translation>
    </message>
    <message>
        <source>The client withholds {rate} % of the {excess} above it: {withheld}.</source>
        <translation>Le client retient à la source {rate} % des {excess} au-delà : {withheld}.</translation>
    </message>
    <message>
        <source>That withholding is final: the excess is left out of your {rate} % tax.</source>
        <translation>Cette retenue est libératoire : l’excédent sort de votre impôt de {rate} %.</translation>
    </message>
    <message>
        <source>Above it, the client withholds {rate} % of the excess.</source>
        <translation>Au-delà, le client retient à la source {rate} % de l’excédent.</translation>
    </message>
    <message>
        <source>DGI declarations</source>
        <translation>Déclarations du chiffre d’affaires (DGI)</translation>
    </message>
    <message>
        <source>DGI declarations for {year}, by month</source>
        <translation>Déclarations du chiffre d’affaires {year} (DGI), par mois</translation>
    </message>
    <message>
        <source>DGI declarations for {year}, by quarter</source>
        <translation>Déclarations du chiffre d’affaires {year} (DGI), par trimestre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Turnover received</source>
        <translation>Chiffre d’affaires encaissé</translation>
    </message>
    <message>
        <source>Tax ({rate} %)</source>
        <translation>Impôt ({rate} %)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Declared on {date}</source>
        <translation>Déclaré le {date}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>AMO health contribution: {quarter} per quarter, {year_total} for the year (band {band}, from the year's tax of {tax}).</source>
        <translation>Cotisation AMO : {quarter} par trimestre, {year_total} pour l’année (tranche {band}, selon l’impôt de l’année, {tax}).</translation>
    </message>
    <message>
        <source>Other clients: {count}, each within the single-client limit of {limit}; the largest, {client}, at {pct} %.</source>
        <translation>Autres clients : {count}, chacun sous le plafond par client de {limit} ; le plus important, {client}, à {pct} %.</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>C&amp;ommande :</translation>
    </message>
    <message>
        <source>Deposit &amp;amount:</source>
        <translation>&amp;Montant de l’acompte :</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Facture d’acompte</translation>
    </message>
    <message>
        <source>A deposit invoice is for an order: this client has none yet.</source>
        <translation>Une facture d’acompte porte sur une commande : ce client n’en a pas encore.</translation>
    </message>
    <message>
        <source>Enter the deposit's amount.</source>
        <translation>Saisissez le montant de l’acompte.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New translation project</source>
        <extracomment>Languages offered first (any code can be typed: fr-CA, pt-BR…).</extracomment>
        <translation>Nouveau projet de traduction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>For example: Dupont contract, EN → FR</source>
        <translation>Par exemple : contrat Dupont, EN → FR</translation>
    </message>
    <message>
        <source>The language of the client's file: pick one or type a code such as fr-CA</source>
        <translation>La langue du fichier du client : choisissez-la ou tapez un code comme fr-CA</translation>
    </message>
    <message>
        <source>The language to translate into</source>
        <translation>La langue dans laquelle traduire</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>Aucune commande</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Word (.docx), subtitles (.srt), gettext (.po, .pot), XLIFF, HTML, Markdown and plain text. You can add more files later.</source>
        <translation>Word (.docx), sous-titres (.srt), gettext (.po, .pot), XLIFF, HTML, Markdown et texte brut. Vous pourrez ajouter d’autres fichiers plus tard.</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Créer le projet</translation>
    </message>
    <message>
        <source>Add files to translate</source>
        <translation>Ajouter des fichiers à traduire</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
</context>
<context>
    <name>NextStepCard</name>
    <message>
        <source>Set up Atelier…</source>
        <translation>Configurer Atelier…</translation>
    </message>
    <message>
        <source>Add a gig…</source>
        <translation>Ajouter un service…</translation>
    </message>
    <message>
        <source>Import payments…</source>
        <translation>Importer des paiements…</translation>
    </message>
    <message>
        <source>Add an order…</source>
        <translation>Ajouter une commande…</translation>
    </message>
    <message>
        <source>Hide these steps</source>
        <translation>Masquer ces étapes</translation>
    </message>
    <message>
        <source>Welcome to Atelier</source>
        <translation>Bienvenue dans Atelier</translation>
    </message>
    <message>
        <source>Start with the set-up: your country and status, currency, platforms and the identity printed on your documents. Today then shows the declarations your status asks for.</source>
        <translation>Commencez par la configuration : votre pays et votre statut, votre devise, vos plateformes et l’identité imprimée sur vos documents. Aujourd’hui affiche ensuite les déclarations que demande votre statut.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Your store is empty. Add the gigs you sell, bring in your payment history from the platforms' exports, or record the order you are working on.</source>
        <translation>Votre base est vide. Ajoutez les services que vous vendez, importez l’historique de vos paiements depuis les exports des plateformes, ou enregistrez la commande sur laquelle vous travaillez.</translation>
    </message>
    <message>
        <source>Add the gigs you sell and record the order you are working on: Today then shows what is due and what you earned.</source>
        <translation>Ajoutez les services que vous vendez et enregistrez la commande en cours : Aujourd’hui affiche alors ce qui est dû et ce que vous avez gagné.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message numerus="yes">
        <source>{tier} — {price}, %n day(s)</source>
        <translation><numerusform>{tier} — {price}, %n jour</numerusform><numerusform>{tier} — {price}, %n jours</numerusform></translation>
    </message>
    <message>
        <source>No exchange rate from {source} to {target} is recorded yet (rates come from payments). Price of “{tier}” ({price}) in {target}:</source>
        <translation>Aucun taux de change de {source} en {target} n’est encore enregistré (les taux viennent des paiements). Prix de « {tier} » ({price}) en {target} :</translation>
    </message>
    <message>
        <source>Price in {currency}</source>
        <translation>Prix en {currency}</translation>
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
        <extracomment>English labels, listed for Qt Linguist in the "OrderStatus" context</extracomment>
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
        <source>An order cannot go from “{current}” to “{target}”.</source>
        <translation>Une commande ne peut pas passer de « {current} » à « {target} ».</translation>
    </message>
    <message>
        <source>From “{current}” it can go to: {allowed}.</source>
        <translation>Depuis « {current} », elle peut passer à : {allowed}.</translation>
    </message>
    <message>
        <source>“{current}” is final.</source>
        <translation>« {current} » est un état final.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
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
        <translation>Quand un client achète l’un de vos services ou vous confie un travail, saisissez-le ici : Atelier suit son échéance, son statut et ce qu’il vous a rapporté.</translation>
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
        <translation>Noter une demande de retouche</translation>
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
        <source>New draft from this order</source>
        <translation>Nouveau brouillon pour cette commande</translation>
    </message>
    <message>
        <source>Brainstorm from this order</source>
        <translation>Brainstorming pour cette commande</translation>
    </message>
    <message>
        <source>Design ideas for this order's brief on the Brainstorm page, with a local model</source>
        <translation>Des idées de design pour le brief de cette commande, sur la page Brainstorming, avec un modèle local</translation>
    </message>
    <message>
        <source>Translate a document for this order</source>
        <translation>Traduire un document pour cette commande</translation>
    </message>
    <message>
        <source>Pre-translate and review the client's document on the Translate page, with your translation memory and a local model</source>
        <translation>Prétraduire et réviser le document du client sur la page Traduction, avec votre mémoire de traduction et un modèle local</translation>
    </message>
    <message>
        <source>Mark the work as sent to the client</source>
        <extracomment>the columns narrowed (text elided) when room lacks, and the narrowest each gets; the title takes what is left (TITLE_MIN at least), due and price are always shown whole the order actions with a shortcut (none clashes with the main window's)</extracomment>
        <translation>Marquer le travail comme envoyé au client</translation>
    </message>
    <message>
        <source>Track the time you spend on this order</source>
        <translation>Suivre le temps passé sur cette commande</translation>
    </message>
    <message>
        <source>Record money received for this order</source>
        <translation>Enregistrer un paiement reçu pour cette commande</translation>
    </message>
    <message>
        <source>A draft quote from this order, on the Invoices page</source>
        <translation>Un brouillon de devis tiré de cette commande, sur la page Factures</translation>
    </message>
    <message>
        <source>A draft invoice from this order, on the Invoices page (or the platform's own invoice recorded)</source>
        <translation>Un brouillon de facture tiré de cette commande, sur la page Factures (ou la facture de la plateforme enregistrée)</translation>
    </message>
    <message>
        <source>Write a text for this order on the Drafts page, with a local model if you like</source>
        <translation>Rédiger un texte pour cette commande dans la page Brouillons, avec un modèle local si vous le souhaitez</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Quote…</source>
        <translation>Devis…</translation>
    </message>
    <message>
        <source>Invoice…</source>
        <translation>Facture…</translation>
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
    <message numerus="yes">
        <source>%n of {included} used</source>
        <translation><numerusform>%n sur {included} utilisée</numerusform><numerusform>%n sur {included} utilisées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n used</source>
        <translation><numerusform>%n utilisée</numerusform><numerusform>%n utilisées</numerusform></translation>
    </message>
    <message>
        <source>not set for {platform}</source>
        <translation>non renseignés pour {platform}</translation>
    </message>
    <message>
        <source>Expected platform fee</source>
        <translation>Frais prévus</translation>
    </message>
    <message>
        <source>Expected net</source>
        <translation>Net prévu</translation>
    </message>
    <message>
        <source>Not enough time tracked yet for a net per hour ({time} at least)</source>
        <translation>Pas encore assez de temps suivi pour un net par heure ({time} au moins)</translation>
    </message>
    <message>
        <source>No time tracked</source>
        <translation>Aucun temps suivi</translation>
    </message>
    <message>
        <source>{rate} net · {time} tracked</source>
        <translation>{rate} net · {time} de suivi</translation>
    </message>
    <message>
        <source>{rate} net expected · {time} tracked</source>
        <translation>{rate} net attendu · {time} de suivi</translation>
    </message>
    <message>
        <source>Net after the platform's fees, in your home currency, divided by the time tracked on this order</source>
        <translation>Net après les frais de la plateforme, dans votre devise principale, divisé par le temps suivi sur cette commande</translation>
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
        <translation>Temps passé : {time}</translation>
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
        <translation>Statut : {old} → {new}</translation>
    </message>
    <message>
        <source>Price changed: {old} → {new}</source>
        <translation>Prix modifié : {old} → {new}</translation>
    </message>
    <message>
        <source>Due date changed: {old} → {new}</source>
        <translation>Échéance modifiée : {old} → {new}</translation>
    </message>
    <message>
        <source>Date received changed: {old} → {new}</source>
        <translation>Date de réception modifiée : {old} → {new}</translation>
    </message>
    <message>
        <source>Title changed: “{old}” → “{new}”</source>
        <translation>Titre modifié : « {old} » → « {new} »</translation>
    </message>
    <message>
        <source>Currency changed: {old} → {new}</source>
        <translation>Devise modifiée : {old} → {new}</translation>
    </message>
    <message>
        <source>Revisions used: {old} → {new}</source>
        <translation>Retouches utilisées : {old} → {new}</translation>
    </message>
    <message>
        <source>Reference changed: {old} → {new}</source>
        <translation>Référence modifiée : {old} → {new}</translation>
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
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>This deliverable's file is no longer where it was saved{path}.</source>
        <translation>Le fichier de ce livrable n’est plus là où il a été enregistré{path}.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Cancel “{title}”? A cancelled order cannot be reopened.</source>
        <translation>Annuler « {title} » ? Une commande annulée ne peut pas être rouverte.</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Supprimer la commande</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its history, tracked time and deliverables are deleted with it. This cannot be undone.</source>
        <translation>Supprimer « {title} » ? Son historique, son temps passé et ses livrables seront supprimés avec elle. C’est définitif.</translation>
    </message>
</context>
<context>
    <name>PayPerHour</name>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Net/h · {period}</source>
        <translation>Net/h · {period}</translation>
    </message>
    <message>
        <source>Net per hour over the payments and time of this period</source>
        <translation>Net par heure sur les paiements et le temps de cette période</translation>
    </message>
    <message>
        <source>{amount}/h</source>
        <translation>{amount}/h</translation>
    </message>
    <message>
        <source>Below your {amount}/h minimum</source>
        <translation>Sous votre minimum de {amount}/h</translation>
    </message>
    <message>
        <source>Less than {minutes} min tracked in this period: too little for a net per hour</source>
        <translation>Moins de {minutes} min de suivi sur cette période : trop peu pour un net par heure</translation>
    </message>
    <message>
        <source>No time tracked in this period</source>
        <translation>Aucun temps suivi sur cette période</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>1 {currency} = ? {home}</source>
        <translation>1 {currency} = ? {home}</translation>
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
    <name>PaymentImport</name>
    <message>
        <source>Reading payment exports…</source>
        <extracomment>The preview's tabs, in order.</extracomment>
        <translation>Lecture des exports de paiements…</translation>
    </message>
    <message>
        <source>Which date is it?</source>
        <translation>Quelle date est-ce ?</translation>
    </message>
    <message>
        <source>In {file}, every date can be read two ways. {sample}: which is it?</source>
        <translation>Dans {file}, chaque date peut se lire de deux façons. {sample} : laquelle est-ce ?</translation>
    </message>
    <message>
        <source>Preparing the import preview…</source>
        <translation>Préparation de l’aperçu de l’import…</translation>
    </message>
    <message>
        <source>Import payments</source>
        <translation>Importer des paiements</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import payments from exports</source>
        <translation>Importer des paiements depuis des exports</translation>
    </message>
    <message>
        <source>CSV exports (*.csv *.CSV);;All files (*)</source>
        <translation>Exports CSV (*.csv *.CSV);;Tous les fichiers (*)</translation>
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
    <name>PlanPanel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Break the brief into small tasks with estimates, with the chosen model (replaces the order's current plan)</source>
        <translation>Découper le brief en petites tâches estimées, avec le modèle choisi (remplace le plan actuel de la commande)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>No writing model is installed yet: install one on the Models page to plan an order.</source>
        <translation>Aucun modèle d’écriture n’est encore installé : installez-en un sur la page Modèles pour planifier une commande.</translation>
    </message>
    <message>
        <source>Open the Models page</source>
        <translation>Ouvrir la page Modèles</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Add a task…</source>
        <translation>Ajouter une tâche…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete the selected task (Del)</source>
        <translation>Supprimer la tâche sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>▶ {time}</source>
        <translation>▶ {time}</translation>
    </message>
    <message>
        <source>How long the task will take: 45 min, 1 h 30 or 90</source>
        <translation>Durée prévue de la tâche : 45 min, 1 h 30 ou 90</translation>
    </message>
    <message>
        <source>Space ticks a task off · Left/Right picks the title or the estimate, F2 edits it · Del deletes the task · Ctrl+Up/Down moves it</source>
        <translation>Espace coche une tâche · Gauche/Droite choisit le titre ou l’estimation, F2 le modifie · Suppr supprime la tâche · Ctrl+Haut/Bas la déplace</translation>
    </message>
    <message>
        <source>No plan yet: press Plan to break the brief into tasks, or add them above.</source>
        <translation>Pas encore de plan : cliquez sur Plan pour découper le brief en tâches, ou ajoutez-les ci-dessus.</translation>
    </message>
    <message>
        <source>Total {total} · {left} left · {done} of {count} done</source>
        <translation>Total {total} · reste {left} · {done} sur {count} faites</translation>
    </message>
    <message>
        <source>Estimates: {source}</source>
        <translation>Estimations : {source}</translation>
    </message>
    <message>
        <source>Estimates: your own.</source>
        <translation>Estimations : les vôtres.</translation>
    </message>
    <message>
        <source>⚠ Will be late: {left} of work left, {available} of working time before the due date.</source>
        <translation>⚠ Sera en retard : {left} de travail restant, {available} de temps de travail avant l’échéance.</translation>
    </message>
    <message>
        <source>⚠ Tight: {left} of work left, {available} of working time before the due date.</source>
        <translation>⚠ Serré : {left} de travail restant, {available} de temps de travail avant l’échéance.</translation>
    </message>
    <message>
        <source>On track: {left} of work left, {available} of working time before the due date.</source>
        <translation>Dans les temps : {left} de travail restant, {available} de temps de travail avant l’échéance.</translation>
    </message>
    <message>
        <source>Every task is done.</source>
        <translation>Toutes les tâches sont faites.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Arrêter le chrono</translation>
    </message>
    <message>
        <source>Start timer on this task</source>
        <translation>Lancer le chrono sur cette tâche</translation>
    </message>
    <message>
        <source>{model} on the engine “{engine}” writes the plan (Settings › Engines).</source>
        <translation>{model} sur le moteur « {engine} » rédige le plan (Paramètres › Moteurs).</translation>
    </message>
    <message>
        <source>“{text}” is not a duration: write 45 min, 1 h 30 or 90.</source>
        <translation>« {text} » n’est pas une durée : écrivez 45 min, 1 h 30 ou 90.</translation>
    </message>
    <message>
        <source>How long will “{title}” take? Write an estimate: 45 min, 1 h 30 or 90.</source>
        <translation>Combien de temps prendra « {title} » ? Indiquez une estimation : 45 min, 1 h 30 ou 90.</translation>
    </message>
    <message>
        <source>Delete the task “{title}”? The time tracked on it stays with the order.</source>
        <translation>Supprimer la tâche « {title} » ? Le temps suivi dessus reste attaché à la commande.</translation>
    </message>
    <message>
        <source>Planning with {model}…</source>
        <translation>Planification avec {model}…</translation>
    </message>
    <message>
        <source>Stopped: the plan was not changed.</source>
        <translation>Arrêté : le plan n’a pas changé.</translation>
    </message>
    <message>
        <source>{count} tasks planned.</source>
        <translation>Tâches planifiées : {count}.</translation>
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
    <name>PlatformDocumentDialog</name>
    <message>
        <source>Record the platform's invoice</source>
        <translation>Enregistrer la facture de la plateforme</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>&amp;Numéro de facture :</translation>
    </message>
    <message>
        <source>&amp;File (optional):</source>
        <translation>&amp;Fichier (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The platform's invoice</source>
        <translation>La facture de la plateforme</translation>
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
        <source>Net/h</source>
        <translation>Net/h</translation>
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
        <source>Net per hour of tracked time over the period chosen below</source>
        <translation>Net par heure de temps suivi sur la période choisie ci-dessous</translation>
    </message>
    <message>
        <source>No fee is set for {name} yet: double-click the row and enter the percentage shown in your seller account.</source>
        <translation>Aucune commission n’est encore saisie pour {name} : double-cliquez sur la ligne et saisissez le pourcentage indiqué dans votre compte vendeur.</translation>
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
    <name>PlatformsPage</name>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Tick the platforms you sell on.</source>
        <translation>Cochez les plateformes sur lesquelles vous vendez.</translation>
    </message>
    <message>
        <source>The fee is the share each platform keeps, in percent: Atelier uses it to work out what you really earn. Correct it if your plan differs; leave it empty if you do not know it yet. You can change both later in Settings.</source>
        <translation>La commission est la part que garde chaque plateforme, en pourcentage : Atelier s’en sert pour calculer ce que vous gagnez vraiment. Corrigez-la si votre formule diffère ; laissez-la vide si vous ne la connaissez pas encore. Vous pourrez modifier l’un et l’autre plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Fee (%)</source>
        <translation>Commission (%)</translation>
    </message>
    <message>
        <source>The platform's fee, in percent</source>
        <translation>La commission de la plateforme, en pourcentage</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>No writing model</source>
        <translation>Aucun modèle de rédaction</translation>
    </message>
    <message>
        <source>Drafting a proposal needs a writing model on this computer. Install one on the Models page (nothing leaves your computer), then try again.</source>
        <translation>Rédiger une proposition demande un modèle de rédaction sur cet ordinateur. Installez-en un sur la page Modèles (rien ne quitte votre ordinateur), puis réessayez.</translation>
    </message>
    <message>
        <source>Open the &amp;Models page</source>
        <translation>Ouvrir la page &amp;Modèles</translation>
    </message>
    <message>
        <source>Proposal for “{title}”</source>
        <translation>Proposition pour « {title} »</translation>
    </message>
    <message>
        <source>Atelier never sends it: you edit it on the Draft page, then copy it into the platform yourself.</source>
        <translation>Atelier ne l’envoie jamais : vous la modifiez sur la page Brouillon, puis vous la copiez vous-même sur la plateforme.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the model (Esc); what it wrote is kept</source>
        <translation>Arrêter le modèle (Échap) ; ce qu’il a écrit est gardé</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Drafted from the request, your gig and its package (no similar past deliverable).</source>
        <translation>Rédigée à partir de la demande, de votre service et de son forfait (aucun livrable passé semblable).</translation>
    </message>
    <message>
        <source>Drafted from the request, your gig and its package, and one similar past deliverable.</source>
        <translation>Rédigée à partir de la demande, de votre service et de son forfait, et d’un livrable passé semblable.</translation>
    </message>
    <message>
        <source>Drafted from the request, your gig and its package, and {n} similar past deliverables.</source>
        <translation>Rédigée à partir de la demande, de votre service et de son forfait, et de {n} livrables passés semblables.</translation>
    </message>
    <message>
        <source>The request is in {language}: the model is asked in {prompt} to write in {language}.</source>
        <translation>La demande est en {language} : le modèle reçoit ses consignes en {prompt} et écrit en {language}.</translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation>Pas de proposition</translation>
    </message>
    <message>
        <source>Stopped before the model wrote anything: nothing was kept.</source>
        <translation>Arrêté avant que le modèle n’écrive quoi que ce soit : rien n’a été gardé.</translation>
    </message>
    <message>
        <source>The model wrote nothing. Try again, or another model.</source>
        <translation>Le modèle n’a rien écrit. Réessayez, ou essayez un autre modèle.</translation>
    </message>
    <message>
        <source>The proposal is kept as the draft “{title}”: open it on the Draft page.</source>
        <translation>La proposition est gardée comme brouillon « {title} » : ouvrez-la sur la page Brouillon.</translation>
    </message>
    <message>
        <source>The model could not write: {error}</source>
        <translation>Le modèle n’a pas pu écrire : {error}</translation>
    </message>
    <message>
        <source>{model} is writing… (Esc stops)</source>
        <translation>{model} écrit… (Échap pour arrêter)</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>P&amp;eriod:</source>
        <extracomment>(span, "gig" | "platform") → WinRates</extracomment>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Win rate by gig</source>
        <translation>Taux de réussite par service</translation>
    </message>
    <message>
        <source>Win rate by platform</source>
        <translation>Taux de réussite par plateforme</translation>
    </message>
    <message>
        <source>Gig</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Win rate: won ÷ (won + lost), over the opportunities received in the period. Proposals still awaiting an answer are not counted in it.</source>
        <translation>Taux de réussite : gagnées ÷ (gagnées + perdues), parmi les opportunités reçues pendant la période. Les propositions qui attendent encore une réponse n’y sont pas comptées.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>No gig chosen</source>
        <translation>Aucun service choisi</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>Aucune plateforme</translation>
    </message>
    <message>
        <source>No proposal was won or lost in this period.</source>
        <translation>Aucune proposition n’a été gagnée ou perdue pendant cette période.</translation>
    </message>
    <message>
        <source>No opportunity has been decided yet. Mark the inbox's opportunities won or lost, and your win rate by gig and by platform appears here.</source>
        <translation>Aucune opportunité n’est encore décidée. Marquez les opportunités de la boîte de réception comme gagnées ou perdues, et votre taux de réussite par service et par plateforme s’affichera ici.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>QaText</name>
    <message>
        <source>The translation is empty.</source>
        <translation>La traduction est vide.</translation>
    </message>
    <message>
        <source>Inline formatting {tag} does not fit the source (unknown, repeated or out of order): export refuses it.</source>
        <translation>La balise de mise en forme {tag} ne correspond pas à la source (inconnue, répétée ou mal placée) : l’export la refuse.</translation>
    </message>
    <message>
        <source>Inline formatting {tag} is missing: its formatting will be lost.</source>
        <translation>La balise de mise en forme {tag} manque : sa mise en forme sera perdue.</translation>
    </message>
    <message>
        <source>{code} is not in the source.</source>
        <translation>{code} n’est pas dans la source.</translation>
    </message>
    <message>
        <source>{code} is missing from the translation.</source>
        <translation>{code} manque dans la traduction.</translation>
    </message>
    <message>
        <source>{numbers} not in the translation</source>
        <translation>dans la source seulement : {numbers}</translation>
    </message>
    <message>
        <source>{numbers} not in the source</source>
        <translation>dans la traduction seulement : {numbers}</translation>
    </message>
    <message>
        <source>Numbers differ: {details}.</source>
        <translation>Les nombres diffèrent — {details}.</translation>
    </message>
    <message>
        <source>The glossary asks for “{target}” (for “{source}”).</source>
        <translation>Le glossaire demande « {target} » (pour « {source} »).</translation>
    </message>
    <message>
        <source>The translation has doubled spaces.</source>
        <translation>La traduction contient des espaces doublées.</translation>
    </message>
    <message>
        <source>no punctuation</source>
        <translation>aucune ponctuation</translation>
    </message>
    <message>
        <source>“{mark}”</source>
        <translation>« {mark} »</translation>
    </message>
    <message>
        <source>The source ends with {a}, the translation with {b}.</source>
        <translation>La source se termine par {a}, la traduction par {b}.</translation>
    </message>
    <message>
        <source>The translation is longer than the {max} characters the file allows.</source>
        <translation>La traduction dépasse les {max} caractères permis par le fichier.</translation>
    </message>
    <message>
        <source>The translation holds invisible characters ({characters}) that files cannot hold: export leaves them out.</source>
        <translation>La traduction contient des caractères invisibles ({characters}) qu’aucun fichier ne peut contenir : l’export les laisse de côté.</translation>
    </message>
</context>
<context>
    <name>QuebecPanel</name>
    <message>
        <source>Advertising</source>
        <extracomment>the categories' English names, marked for lupdate (context QuebecPanel)</extracomment>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Office expenses</source>
        <translation>Frais de bureau</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>Fournitures de bureau</translation>
    </message>
    <message>
        <source>Software and subscriptions</source>
        <translation>Logiciels et abonnements</translation>
    </message>
    <message>
        <source>Telephone and internet</source>
        <translation>Téléphone et internet</translation>
    </message>
    <message>
        <source>Professional fees</source>
        <translation>Honoraires professionnels</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Frais de déplacement</translation>
    </message>
    <message>
        <source>Business use of home</source>
        <translation>Frais de bureau à domicile</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Autres dépenses</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Québec: GST/QST and business income</source>
        <translation>Québec : TPS/TVQ et revenu d’entreprise</translation>
    </message>
    <message>
        <source>GST/QST by filing period</source>
        <translation>TPS/TVQ par période de déclaration</translation>
    </message>
    <message>
        <source>Business income (T2125 / TP-80)</source>
        <translation>Revenus d’entreprise (T2125 / TP-80)</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>Ajouter une dépense…</translation>
    </message>
    <message>
        <source>Small supplier: {amount} of {limit} over the last four quarters</source>
        <translation>Petit fournisseur : {amount} sur {limit} au cours des quatre derniers trimestres</translation>
    </message>
    <message>
        <source>{date} {amount} (paid)</source>
        <translation>{date} {amount} (payé)</translation>
    </message>
    <message>
        <source>{date} {amount}</source>
        <translation>{date} {amount}</translation>
    </message>
    <message>
        <source>Instalments (estimate): {dates}</source>
        <translation>Acomptes provisionnels (estimation) : {dates}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Détaxé</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>QST</source>
        <translation>TVQ</translation>
    </message>
    <message>
        <source>To remit</source>
        <translation>À remettre</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Gross income</source>
        <translation>Revenu brut</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>Net income</source>
        <translation>Revenu net</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Accrual (declared)</source>
        <translation>Comptabilité d’exercice (déclarée)</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Encaissements</translation>
    </message>
</context>
<context>
    <name>QuoteStates</name>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>ReceiptsBookButton</name>
    <message>
        <source>Receipts book…</source>
        <translation>Livre des recettes…</translation>
    </message>
    <message>
        <source>Save the receipts book of a year (livre des recettes) as a PDF to print or a CSV file</source>
        <translation>Enregistrer le livre des recettes d’une année en PDF à imprimer ou en fichier CSV</translation>
    </message>
    <message>
        <source>receipts-book-{year}.{suffix}</source>
        <translation>livre-des-recettes-{year}.{suffix}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the receipts book</source>
        <translation>Enregistrer le livre des recettes</translation>
    </message>
    <message>
        <source>Writing the receipts book to {name}</source>
        <translation>Écriture du livre des recettes dans {name}</translation>
    </message>
    <message numerus="yes">
        <source>Receipts book written to {name}: %n line(s)</source>
        <translation><numerusform>Livre des recettes écrit dans {name} : %n ligne</numerusform><numerusform>Livre des recettes écrit dans {name} : %n lignes</numerusform></translation>
    </message>
    <message>
        <source>The receipts book could not be written: {error}</source>
        <translation>Le livre des recettes n’a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>ReceiptsBookDialog</name>
    <message>
        <source>Receipts book</source>
        <translation>Livre des recettes</translation>
    </message>
    <message>
        <source>PDF (to print)</source>
        <translation>PDF (à imprimer)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
</context>
<context>
    <name>ReceiptsPdf</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>the identity lines at the top, by status: the Moroccan book shows the ICE and IF, the French one the SIRET</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Nature of the work</source>
        <translation>Nature de la prestation</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de règlement</translation>
    </message>
    <message>
        <source>Invoice or order</source>
        <translation>Facture ou commande</translation>
    </message>
    <message>
        <source>Receipts book</source>
        <translation>Livre des recettes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>IF</source>
        <translation>IF</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Payment reminder for {number}</source>
        <translation>Relance de paiement pour {number}</translation>
    </message>
    <message>
        <source>A reminder in the client's language: edit it, copy it, and send it the way you talk to this client. Atelier sends nothing.</source>
        <translation>Une relance dans la langue du client : modifiez-la, copiez-la et envoyez-la comme vous écrivez à ce client. Atelier n’envoie rien.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Draft with the local model</source>
        <translation>&amp;Rédiger avec le modèle local</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>RouteGate</name>
    <message>
        <source>Use the local model</source>
        <extracomment>"Use the local model" was chosen: the page updates its controls (the retry follows).</extracomment>
        <translation>Utiliser le modèle local</translation>
    </message>
</context>
<context>
    <name>RuleFiguresModel</name>
    <message>
        <source>Where</source>
        <extracomment>the jurisdiction whose figures a status works with (shown first)</extracomment>
        <translation>Où</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>{source} (press Enter or double-click to open it)</source>
        <translation>{source} (appuyez sur Entrée ou double-cliquez pour l’ouvrir)</translation>
    </message>
    <message>
        <source>Double-click to correct this figure for {year} and after.</source>
        <translation>Double-cliquez pour corriger ce chiffre pour {year} et après.</translation>
    </message>
    <message>
        <source>You changed this figure: Atelier never overwrites it.</source>
        <translation>Vous avez modifié ce chiffre : Atelier ne l’écrase jamais.</translation>
    </message>
    <message>
        <source>{figure}, {year}: {message}</source>
        <translation>{figure}, {year} : {message}</translation>
    </message>
    <message>
        <source>AMO, band {n}: yearly tax up to</source>
        <translation>AMO, tranche {n} : impôt annuel jusqu’à</translation>
    </message>
    <message>
        <source>AMO, band {n}: contribution per quarter</source>
        <translation>AMO, tranche {n} : cotisation par trimestre</translation>
    </message>
    <message>
        <source>Tax on turnover, services</source>
        <translation>Impôt sur le chiffre d’affaires, prestations de services</translation>
    </message>
    <message>
        <source>Tax on turnover, commerce, industry or crafts</source>
        <translation>Impôt sur le chiffre d’affaires, commerce, industrie ou artisanat</translation>
    </message>
    <message>
        <source>Turnover ceiling, services</source>
        <translation>Plafond de chiffre d’affaires, prestations de services</translation>
    </message>
    <message>
        <source>Turnover ceiling, commerce</source>
        <translation>Plafond de chiffre d’affaires, commerce</translation>
    </message>
    <message>
        <source>Single-client limit, per year</source>
        <translation>Plafond par client unique, par an</translation>
    </message>
    <message>
        <source>Withholding above the single-client limit</source>
        <translation>Retenue au-delà du plafond par client unique</translation>
    </message>
    <message>
        <source>Declaration due, months after the period</source>
        <translation>Déclaration due, mois après la période</translation>
    </message>
    <message>
        <source>Warn at this share of a ceiling</source>
        <translation>Alerte à cette part d’un plafond</translation>
    </message>
    <message>
        <source>Small-supplier limit (four quarters)</source>
        <translation>Seuil du petit fournisseur (quatre trimestres)</translation>
    </message>
    <message>
        <source>GST rate</source>
        <translation>Taux de TPS</translation>
    </message>
    <message>
        <source>QST rate</source>
        <translation>Taux de TVQ</translation>
    </message>
    <message>
        <source>Quick method, GST remittance rate</source>
        <translation>Méthode rapide, taux de versement de la TPS</translation>
    </message>
    <message>
        <source>Quick method, QST remittance rate</source>
        <translation>Méthode rapide, taux de versement de la TVQ</translation>
    </message>
    <message>
        <source>Quick method, credit on the first sales</source>
        <translation>Méthode rapide, crédit sur les premières ventes</translation>
    </message>
    <message>
        <source>Quick method, sales the GST credit applies to</source>
        <translation>Méthode rapide, ventes visées par le crédit de TPS</translation>
    </message>
    <message>
        <source>Quick method, sales the QST credit applies to</source>
        <translation>Méthode rapide, ventes visées par le crédit de TVQ</translation>
    </message>
    <message>
        <source>Return due, months after the period</source>
        <translation>Déclaration due, mois après la période</translation>
    </message>
    <message>
        <source>Yearly return due</source>
        <translation>Déclaration annuelle due le</translation>
    </message>
    <message>
        <source>Yearly balance due</source>
        <translation>Solde annuel dû le</translation>
    </message>
    <message>
        <source>Instalments when net tax owed passes</source>
        <translation>Acomptes quand l’impôt net dû dépasse</translation>
    </message>
    <message>
        <source>First instalment due</source>
        <translation>Premier acompte dû le</translation>
    </message>
    <message>
        <source>Second instalment due</source>
        <translation>Deuxième acompte dû le</translation>
    </message>
    <message>
        <source>Third instalment due</source>
        <translation>Troisième acompte dû le</translation>
    </message>
    <message>
        <source>Fourth instalment due</source>
        <translation>Quatrième acompte dû le</translation>
    </message>
    <message>
        <source>Estimated tax owed, share of net income</source>
        <translation>Impôt dû estimé, part du revenu net</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>The legal figures Atelier works with: rates, ceilings, thresholds and deadlines, each from the year it applies and with the public source it was checked against. When the law changes, double-click a value to correct it.</source>
        <translation>Les chiffres légaux avec lesquels Atelier travaille : taux, plafonds, seuils et échéances, chacun à partir de l’année où il s’applique et avec la source publique qui l’a vérifié. Quand la loi change, double-cliquez sur une valeur pour la corriger.</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Aucun chiffre pour l’instant.</translation>
    </message>
</context>
<context>
    <name>SegmentStatus</name>
    <message>
        <source>New</source>
        <translation>À traduire</translation>
    </message>
    <message>
        <source>TM</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>MT</source>
        <translation>TA</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Not translated yet</source>
        <translation>Pas encore traduit</translation>
    </message>
    <message>
        <source>An exact match from your translation memory (to review)</source>
        <translation>Correspondance exacte de votre mémoire de traduction (à réviser)</translation>
    </message>
    <message>
        <source>Translated by the local model (to review)</source>
        <translation>Traduit par le modèle local (à réviser)</translation>
    </message>
    <message>
        <source>Written or changed by you</source>
        <translation>Écrit ou modifié par vous</translation>
    </message>
    <message>
        <source>Confirmed by you and kept in the translation memory</source>
        <translation>Confirmé par vous et gardé dans la mémoire de traduction</translation>
    </message>
    <message>
        <source>Translated by {engine} (to review)</source>
        <translation>Traduit par {engine} (à relire)</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Status and identity</source>
        <extracomment>"Run the set-up again…" (the main window opens it)</extracomment>
        <translation>Statut et identité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Run the set-up again…</source>
        <translation>&amp;Relancer la configuration…</translation>
    </message>
    <message>
        <source>Your country and status decide the declarations Atelier follows; the set-up also holds your currency, platforms and the identity printed on documents.</source>
        <translation>Votre pays et votre statut décident des déclarations que suit Atelier ; la configuration contient aussi votre devise, vos plateformes et l’identité imprimée sur les documents.</translation>
    </message>
    <message>
        <source>France: micro-entrepreneur</source>
        <translation>France : micro-entrepreneur</translation>
    </message>
    <message>
        <source>Morocco: auto-entrepreneur</source>
        <translation>Maroc : auto-entrepreneur</translation>
    </message>
    <message>
        <source>Québec: self-employed</source>
        <translation>Québec : travailleur autonome</translation>
    </message>
    <message>
        <source>Another status</source>
        <translation>Un autre statut</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Pas encore configuré</translation>
    </message>
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
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>Moteurs</translation>
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
        <translation>La devise dans laquelle vous êtes payé chez vous : les paiements y sont convertis quand vous les enregistrez, et les rapports les additionnent dans cette devise.</translation>
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
        <source>&amp;Minimum hourly rate</source>
        <translation>Taux horaire &amp;minimum</translation>
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
        <translation>Seulement pour les professions libérales (BNC) : la CIPAV si votre profession fait partie de celles qu’elle couvre encore, sinon la SSI.</translation>
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
        <translation>La déclaration URSSAF se fait en euros : elle est disponible quand la devise de référence est EUR.</translation>
    </message>
    <message>
        <source>Figures by year</source>
        <translation>Chiffres par année</translation>
    </message>
    <message>
        <source>Ceilings, VAT thresholds and rates change every year. Check them each January against &lt;a href="https://www.urssaf.fr"&gt;urssaf.fr&lt;/a&gt; and correct them here: double-click a figure to edit it.</source>
        <translation>Les plafonds, les seuils de TVA et les taux changent chaque année. Vérifiez-les chaque janvier sur &lt;a href="https://www.urssaf.fr"&gt;urssaf.fr&lt;/a&gt; et corrigez-les ici : double-cliquez sur un chiffre pour le modifier.</translation>
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
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Atelier backs up your data once a day when it starts, and before every upgrade, into the backups folder.</source>
        <translation>Atelier sauvegarde vos données une fois par jour à son démarrage, et avant chaque mise à jour, dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>Sauvegarder et restaurer</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Restoring replaces your current data with a backup; your current data is first kept as a backup of its own, so a restore can be undone.</source>
        <translation>Restaurer remplace vos données actuelles par une sauvegarde ; vos données actuelles sont d’abord gardées dans une sauvegarde à part, pour pouvoir annuler la restauration.</translation>
    </message>
    <message>
        <source>Backups &amp;kept</source>
        <translation>Sauvegardes &amp;conservées</translation>
    </message>
    <message>
        <source>How many daily backups to keep, and as many made with Back up now; older ones are deleted. Backups made before an upgrade or a restore are kept apart (the last 5).</source>
        <translation>Nombre de sauvegardes quotidiennes à conserver, et autant de sauvegardes faites avec « Sauvegarder maintenant » ; les plus anciennes sont supprimées. Les sauvegardes faites avant une mise à jour ou une restauration sont conservées à part (les 5 dernières).</translation>
    </message>
    <message>
        <source>Change the home currency</source>
        <translation>Changer de devise de référence</translation>
    </message>
    <message>
        <source>Change the home currency from {old} to {new}?

Payments you already recorded keep the home amounts recorded at the time, in {old}. Reports only count payments in the current home currency, so they will leave out the payments recorded in {old}.</source>
        <translation>Passer la devise de référence de {old} à {new} ?

Les paiements déjà enregistrés gardent les montants en devise de référence enregistrés à l’époque, en {old}. Les rapports ne comptent que les paiements dans la devise de référence actuelle : ils laisseront donc de côté les paiements enregistrés en {old}.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>In {currency} per hour. Net per hour below it is marked on orders, gigs, clients and platforms. Leave empty for none.</source>
        <translation>En {currency} par heure. Le net par heure inférieur est signalé sur les commandes, services, clients et plateformes. Laissez vide pour n’en fixer aucun.</translation>
    </message>
    <message>
        <source>No fee is set yet for {names}: its fee depends on your seller account. Double-click the row and enter it; until then its orders show no net amount.</source>
        <translation>Aucune commission n’est encore saisie pour {names} : elle dépend de votre compte vendeur. Double-cliquez sur la ligne pour la saisir ; d’ici là, ses commandes n’affichent pas de montant net.</translation>
    </message>
    <message>
        <source>Delete platform</source>
        <translation>Supprimer la plateforme</translation>
    </message>
    <message>
        <source>Delete {name}? Gigs and clients on it will have no platform. This cannot be undone.</source>
        <translation>Supprimer {name} ? Ses services et ses clients n’auront plus de plateforme. Cette action est définitive.</translation>
    </message>
    <message numerus="yes">
        <source>{name} cannot be deleted: %n order(s) use it. Orders keep their platform for your income reports.</source>
        <translation><numerusform>Impossible de supprimer {name} : %n commande l’utilise. Les commandes gardent leur plateforme pour vos rapports de revenus.</numerusform><numerusform>Impossible de supprimer {name} : %n commandes l’utilisent. Les commandes gardent leur plateforme pour vos rapports de revenus.</numerusform></translation>
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
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>made with Back up now</source>
        <translation>faite avec « Sauvegarder maintenant »</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>{date} ({reason}) — %n backup(s) in the folder, {size}</source>
        <translation><numerusform>{date} ({reason}) — %n sauvegarde dans le dossier, {size}</numerusform><numerusform>{date} ({reason}) — %n sauvegardes dans le dossier, {size}</numerusform></translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Sauvegardé dans {file}.</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Sauvegarde de vos données…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Atelier backups (*.db);;All files (*)</source>
        <translation>Sauvegardes Atelier (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace your current data with the backup of {date}?

Everything recorded since that backup will be replaced. Your current data is first kept as a backup, so you can restore it again.</source>
        <translation>Remplacer vos données actuelles par la sauvegarde du {date} ?

Tout ce qui a été enregistré depuis cette sauvegarde sera remplacé. Vos données actuelles sont d’abord gardées dans une sauvegarde, pour pouvoir les restaurer à nouveau.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Wait until the running tasks finish (or cancel them), then restore again.</source>
        <translation>Attendez la fin des tâches en cours (ou annulez-les), puis relancez la restauration.</translation>
    </message>
    <message>
        <source>Restored {file}. Your previous data was kept as {kept}.</source>
        <translation>{file} a été restauré. Vos données précédentes ont été gardées dans {kept}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Atelier</source>
        <translation>Configurer Atelier</translation>
    </message>
    <message>
        <source>Leave the set-up? What you entered is not saved.</source>
        <translation>Quitter la configuration ? Ce que vous avez saisi n’est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Today's backup could not be made: {error}</source>
        <translation>La sauvegarde du jour n’a pas pu être faite : {error}</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Sauvegarde de vos données…</translation>
    </message>
    <message>
        <source>Atelier cannot open your store: {problem}.

The file was left as it was.</source>
        <translation>Atelier ne peut pas ouvrir vos données : {problem}.

Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>There is no backup of it to restore. The store is {path}.</source>
        <translation>Il n’en existe aucune sauvegarde à restaurer. Le fichier est {path}.</translation>
    </message>
    <message>
        <source>The latest backup is from {date}. Restore it? The damaged store is kept in the backups folder.</source>
        <translation>La dernière sauvegarde date du {date}. La restaurer ? Le fichier endommagé est gardé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Country and status</source>
        <translation>Pays et statut</translation>
    </message>
    <message>
        <source>Atelier shows the declarations and thresholds of your status, and nothing else.</source>
        <translation>Atelier affiche les déclarations et les seuils de votre statut, et rien d’autre.</translation>
    </message>
    <message>
        <source>&amp;France: micro-entrepreneur</source>
        <translation>&amp;France : micro-entrepreneur</translation>
    </message>
    <message>
        <source>&amp;Morocco: auto-entrepreneur</source>
        <translation>&amp;Maroc : auto-entrepreneur</translation>
    </message>
    <message>
        <source>&amp;Québec: self-employed</source>
        <translation>&amp;Québec : travailleur autonome</translation>
    </message>
    <message>
        <source>&amp;Another status (no declaration helper)</source>
        <translation>&amp;Un autre statut (sans aide aux déclarations)</translation>
    </message>
    <message>
        <source>Quick method</source>
        <translation>Méthode rapide</translation>
    </message>
    <message>
        <source>Activity &amp;type</source>
        <translation>Type d’&amp;activité</translation>
    </message>
    <message>
        <source>URSSAF &amp;declaration</source>
        <translation>&amp;Déclaration URSSAF</translation>
    </message>
    <message>
        <source>&amp;VAT</source>
        <translation>&amp;TVA</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>DGI &amp;declaration</source>
        <translation>&amp;Déclaration DGI</translation>
    </message>
    <message>
        <source>&amp;GST and QST</source>
        <translation>TPS et T&amp;VQ</translation>
    </message>
    <message>
        <source>Fi&amp;ling period</source>
        <translation>Période de déc&amp;laration</translation>
    </message>
    <message>
        <source>&amp;Registered since</source>
        <translation>&amp;Inscrit depuis le</translation>
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
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Franchise (TVA non applicable, art. 293 B du CGI)</source>
        <translation>Franchise en base (TVA non applicable, art. 293 B du CGI)</translation>
    </message>
    <message>
        <source>Registered: my invoices carry VAT</source>
        <translation>Assujetti : mes factures portent la TVA</translation>
    </message>
    <message>
        <source>Services (1 % tax)</source>
        <translation>Prestations de services (impôt de 1 %)</translation>
    </message>
    <message>
        <source>Commerce, industry or crafts (0.5 % tax)</source>
        <translation>Commerce, industrie ou artisanat (impôt de 0,5 %)</translation>
    </message>
    <message>
        <source>Small supplier (not registered)</source>
        <translation>Petit fournisseur (non inscrit)</translation>
    </message>
    <message>
        <source>Registered for GST and QST</source>
        <translation>Inscrit aux fichiers de la TPS et de la TVQ</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <source>I &amp;use the quick method</source>
        <translation>J’utilise la méthode &amp;rapide</translation>
    </message>
    <message>
        <source>The day your registration took effect (year-month-day).</source>
        <translation>Le jour où votre inscription a pris effet (année-mois-jour).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Home currency: {currency}</source>
        <translation>Devise de référence : {currency}</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>Fuseau horaire : {zone}</translation>
    </message>
    <message>
        <source>Minimum hourly rate: {rate} {currency}</source>
        <translation>Taux horaire minimum : {rate} {currency}</translation>
    </message>
    <message>
        <source>Platforms: {names}</source>
        <translation>Plateformes : {names}</translation>
    </message>
    <message>
        <source>none ticked</source>
        <translation>aucune cochée</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Press Finish to save. You can run the set-up again from Settings.</source>
        <translation>Appuyez sur Terminer pour enregistrer. Vous pourrez relancer la configuration depuis les Paramètres.</translation>
    </message>
</context>
<context>
    <name>SwatchButton</name>
    <message>
        <source>{role} {hex} — click to copy the hex code</source>
        <translation>{role} {hex} — cliquez pour copier le code hexadécimal</translation>
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
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Income tax (versement libératoire)</source>
        <translation>Impôt sur le revenu (versement libératoire)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impôt</translation>
    </message>
    <message>
        <source>AMO health contribution</source>
        <translation>Cotisation AMO (assurance maladie)</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>QST</source>
        <translation>TVQ</translation>
    </message>
    <message>
        <source>GST collected</source>
        <translation>TPS perçue</translation>
    </message>
    <message>
        <source>QST collected</source>
        <translation>TVQ perçue</translation>
    </message>
    <message>
        <source>Net tax</source>
        <translation>Taxe nette</translation>
    </message>
    <message>
        <source>Taxable supplies</source>
        <translation>Fournitures taxables</translation>
    </message>
    <message>
        <source>Zero-rated supplies</source>
        <translation>Fournitures détaxées</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Estimated instalment</source>
        <translation>Acompte estimé</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total à payer</translation>
    </message>
    <message>
        <source>Near the limit</source>
        <translation>Proche du seuil</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Seuil dépassé</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <source>Also to mark done: {titles}.</source>
        <translation>Aussi à marquer comme faites : {titles}.</translation>
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
        <source>Invoice {number}</source>
        <extracomment>the declaration a status makes, for the card's title while none is due</extracomment>
        <translation>Facture {number}</translation>
    </message>
    <message numerus="yes">
        <source>{client} · %n day(s) late</source>
        <translation><numerusform>{client} · %n jour de retard</numerusform><numerusform>{client} · %n jours de retard</numerusform></translation>
    </message>
    <message>
        <source>Drafted by {model}: read and correct it before you send it.</source>
        <translation>Rédigé par {model} : relisez-le et corrigez-le avant de l’envoyer.</translation>
    </message>
    <message>
        <source>Nothing to declare right now.</source>
        <translation>Rien à déclarer pour le moment.</translation>
    </message>
    <message>
        <source>Nothing due. Enjoy your day.</source>
        <translation>Aucune échéance. Bonne journée !</translation>
    </message>
    <message>
        <source>Orders with a due date show up here when they are late or due soon.</source>
        <translation>Les commandes avec une échéance s’affichent ici quand elles sont en retard ou bientôt à rendre.</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Factures en retard</translation>
    </message>
    <message>
        <source>&amp;Reminder…</source>
        <translation>&amp;Relance…</translation>
    </message>
    <message>
        <source>A payment reminder in the client's language, to edit and copy</source>
        <translation>Une relance de paiement dans la langue du client, à modifier et copier</translation>
    </message>
    <message>
        <source>Press Enter for the invoice's reminder.</source>
        <translation>Appuyez sur Entrée pour la relance de la facture.</translation>
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
Client : {client}
Plateforme : {platform}
Échéance : {when}</translation>
    </message>
    <message>
        <source>{sign}{value}%</source>
        <translation>{sign}{value} %</translation>
    </message>
    <message>
        <source>{change} vs {span} ({last})</source>
        <translation>{change} par rapport au {span} ({last})</translation>
    </message>
    <message>
        <source>Nothing earned last month by this day ({span}).</source>
        <translation>Rien perçu le mois dernier à la même date ({span}).</translation>
    </message>
    <message>
        <source>Net income received (after platform fees), in {currency}, this calendar month in your time zone, compared with last month from its 1st to the same day and time ({span}).</source>
        <translation>Revenu net encaissé (après frais de plateforme), en {currency}, ce mois civil dans votre fuseau horaire, comparé au mois dernier du 1er au même jour et à la même heure ({span}).</translation>
    </message>
    <message>
        <source>{month} {day}</source>
        <comment>a day of last month</comment>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{month} {first}–{last}</source>
        <comment>days of last month</comment>
        <translation>{first}–{last} {month}</translation>
    </message>
    <message>
        <source>No completed order is waiting for its money.</source>
        <translation>Aucune commande terminée n’attend son paiement.</translation>
    </message>
    <message>
        <source>Per currency: {amounts}</source>
        <translation>Par devise : {amounts}</translation>
    </message>
    <message>
        <source>Net of platform fees, converted to {home} at the rate of your latest payment in each currency.</source>
        <translation>Net des frais de plateforme, converti en {home} au taux de votre dernier paiement dans chaque devise.</translation>
    </message>
    <message numerus="yes">
        <source>%n completed order(s) not paid out yet.</source>
        <translation><numerusform>%n commande terminée pas encore versée.</numerusform><numerusform>%n commandes terminées pas encore versées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already released by the platform: record the payout.</source>
        <translation><numerusform>%n déjà débloquée par la plateforme : enregistrez le versement.</numerusform><numerusform>%n déjà débloquées par la plateforme : enregistrez les versements.</numerusform></translation>
    </message>
    <message>
        <source>Not in the total: {currencies} (no exchange rate yet; record a payment in that currency to set one).</source>
        <translation>Hors total : {currencies} (pas encore de taux de change ; enregistrez un paiement dans cette devise pour en fixer un).</translation>
    </message>
    <message>
        <source>Next DGI declaration</source>
        <translation>Prochaine déclaration DGI</translation>
    </message>
    <message>
        <source>Next GST/QST return</source>
        <translation>Prochaine déclaration de TPS/TVQ</translation>
    </message>
    <message>
        <source>Next tax instalment</source>
        <translation>Prochain acompte provisionnel</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Turnover to declare</source>
        <translation>Chiffre d’affaires à déclarer</translation>
    </message>
    <message>
        <source>The deadline was {date}: declare and pay as soon as you can.</source>
        <translation>La date limite était le {date} : déclarez et payez dès que possible.</translation>
    </message>
    <message>
        <source>Not started yet: the period begins on {date}.</source>
        <translation>Pas encore commencée : la période débute le {date}.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme fait</translation>
    </message>
    <message>
        <source>Record that you declared and paid it; the period is then locked in the receipts book.</source>
        <translation>Noter que vous l’avez déclarée et payée ; la période est alors verrouillée dans le livre des recettes.</translation>
    </message>
    <message>
        <source>Record that you paid it.</source>
        <translation>Noter que vous l’avez payé.</translation>
    </message>
    <message>
        <source>Mark done: {title}</source>
        <translation>Marquer comme fait : {title}</translation>
    </message>
    <message>
        <source>Mark “{title}” as declared and paid?</source>
        <translation>Marquer « {title} » comme déclarée et payée ?</translation>
    </message>
    <message>
        <source>The period is not over: payments received until {date} will be added as corrections.</source>
        <translation>La période n’est pas terminée : les paiements reçus jusqu’au {date} seront ajoutés en corrections.</translation>
    </message>
    <message>
        <source>The period is then locked: later corrections are added as dated correction lines.</source>
        <translation>La période est alors verrouillée : les corrections ultérieures s’ajoutent en lignes de correction datées.</translation>
    </message>
    <message>
        <source>Mark the declaration done</source>
        <translation>Marquer la déclaration comme faite</translation>
    </message>
    <message>
        <source>Marking the declaration done</source>
        <translation>Enregistrement de la déclaration faite</translation>
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
        <translation>La période n’est pas terminée : les montants peuvent encore augmenter.</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>Translate</source>
        <extracomment>Filter choices: key → statuses (None: all). extra ``translate_batch`` options for pre-translation (tests shorten answers)</extracomment>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>No translation projects yet.</source>
        <translation>Aucun projet de traduction pour l’instant.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>No files yet: add the client's documents.</source>
        <translation>Aucun fichier : ajoutez les documents du client.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add documents to this project: .docx, .srt, .po, .xlf, .html, .md, .txt</source>
        <translation>Ajouter des documents à ce projet : .docx, .srt, .po, .xlf, .html, .md, .txt</translation>
    </message>
    <message>
        <source>Export translated file…</source>
        <translation>Exporter le fichier traduit…</translation>
    </message>
    <message>
        <source>Export the selected file translated, in its original format</source>
        <translation>Exporter le fichier sélectionné traduit, dans son format d’origine</translation>
    </message>
    <message>
        <source>Memory and glossary</source>
        <translation>Mémoire et glossaire</translation>
    </message>
    <message>
        <source>Memory ▾</source>
        <translation>Mémoire ▾</translation>
    </message>
    <message>
        <source>The translation memory of this language pair</source>
        <translation>La mémoire de traduction de cette paire de langues</translation>
    </message>
    <message>
        <source>Import TMX…</source>
        <translation>Importer un TMX…</translation>
    </message>
    <message>
        <source>Export TMX…</source>
        <translation>Exporter en TMX…</translation>
    </message>
    <message>
        <source>Glossary ▾</source>
        <translation>Glossaire ▾</translation>
    </message>
    <message>
        <source>The glossary of this language pair</source>
        <translation>Le glossaire de cette paire de langues</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Translate a client's document</source>
        <translation>Traduire le document d’un client</translation>
    </message>
    <message>
        <source>Create a translation project and add the client's files (Word, subtitles, PO, XLIFF, HTML, Markdown or text). Atelier fills in what your translation memory knows, pre-translates the rest with a local model, and you review it segment by segment. The file is exported in its original format.</source>
        <translation>Créez un projet de traduction et ajoutez les fichiers du client (Word, sous-titres, PO, XLIFF, HTML, Markdown ou texte). Atelier reprend ce que votre mémoire de traduction connaît, prétraduit le reste avec un modèle local, et vous révisez segment par segment. Le fichier est exporté dans son format d’origine.</translation>
    </message>
    <message>
        <source>New translation project…</source>
        <translation>Nouveau projet de traduction…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open the Models page</source>
        <translation>Ouvrir la page Modèles</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmés</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Show segments by status</source>
        <translation>Afficher les segments selon leur statut</translation>
    </message>
    <message>
        <source>Search source and translation</source>
        <translation>Chercher dans la source et la traduction</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Rechercher et remplacer…</translation>
    </message>
    <message>
        <source>Find and replace in translations (Ctrl+H)</source>
        <translation>Rechercher et remplacer dans les traductions (Ctrl+H)</translation>
    </message>
    <message>
        <source>Confirm and next</source>
        <translation>Confirmer et suivant</translation>
    </message>
    <message>
        <source>Confirm this translation, keep it in the translation memory and go to the next unconfirmed segment (Ctrl+Enter)</source>
        <translation>Confirmer cette traduction, la garder dans la mémoire de traduction et passer au segment non confirmé suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Insert MT</source>
        <translation>Insérer la TA</translation>
    </message>
    <message>
        <source>Replace the translation with the model's (Ctrl+M)</source>
        <translation>Remplacer la traduction par celle du modèle (Ctrl+M)</translation>
    </message>
    <message>
        <source>Copy source</source>
        <translation>Copier la source</translation>
    </message>
    <message>
        <source>Start from the source text, inline formatting tags included</source>
        <translation>Partir du texte source, balises de mise en forme comprises</translation>
    </message>
    <message>
        <source>Type the translation…</source>
        <translation>Tapez la traduction…</translation>
    </message>
    <message>
        <source>Use this suggestion</source>
        <translation>Utiliser cette suggestion</translation>
    </message>
    <message>
        <source>No similar translation in your memory (75 % or more).</source>
        <translation>Aucune traduction semblable dans votre mémoire (75 % ou plus).</translation>
    </message>
    <message>
        <source>No glossary term in this segment.</source>
        <translation>Aucun terme du glossaire dans ce segment.</translation>
    </message>
    <message>
        <source>No problem found in this translation.</source>
        <translation>Aucun problème dans cette traduction.</translation>
    </message>
    <message>
        <source>Check the project</source>
        <translation>Contrôler le projet</translation>
    </message>
    <message>
        <source>Run the quality checks on every translated segment</source>
        <translation>Lancer les contrôles qualité sur chaque segment traduit</translation>
    </message>
    <message>
        <source>Click an issue to open its segment</source>
        <translation>Cliquez sur un problème pour ouvrir son segment</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Quality check of the whole project</source>
        <translation>Contrôle qualité de tout le projet</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
        <source>{source} → {target} · {percent} % confirmed</source>
        <translation>{source} → {target} · {percent} % confirmé</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation><numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation>Supprimer le projet…</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Delete the translation project “{name}” with its files and translations? The translation memory keeps what you confirmed.</source>
        <translation>Supprimer le projet de traduction « {name} » avec ses fichiers et ses traductions ? La mémoire de traduction garde ce que vous avez confirmé.</translation>
    </message>
    <message>
        <source>Stop the pre-translation first.</source>
        <translation>Arrêtez d’abord la prétraduction.</translation>
    </message>
    <message>
        <source>Stop the pre-translation before opening another project.</source>
        <translation>Arrêtez la prétraduction avant d’ouvrir un autre projet.</translation>
    </message>
    <message>
        <source>Loading the translation memory…</source>
        <translation>Chargement de la mémoire de traduction…</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>Order #{id}: {title}</source>
        <translation>Commande n° {id} : {title}</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>Ouvrir la commande</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>{percent} % translated</source>
        <translation>{percent} % traduit</translation>
    </message>
    <message>
        <source>Add files to translate</source>
        <translation>Ajouter des fichiers à traduire</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported (nothing of them was kept):</source>
        <translation><numerusform>%n fichier non importé (rien n’en a été gardé) :</numerusform><numerusform>%n fichiers non importés (rien n’en a été gardé) :</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added</source>
        <translation><numerusform>%n fichier ajouté</numerusform><numerusform>%n fichiers ajoutés</numerusform></translation>
    </message>
    <message>
        <source>Importing files…</source>
        <translation>Importation des fichiers…</translation>
    </message>
    <message>
        <source>Export translated file</source>
        <translation>Exporter le fichier traduit</translation>
    </message>
    <message>
        <source>Same format as the original (*{ext})</source>
        <translation>Même format que l’original (*{ext})</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was exported: %n segment(s) untranslated.</source>
        <translation><numerusform>Rien n’a été exporté : %n segment non traduit.</numerusform><numerusform>Rien n’a été exporté : %n segments non traduits.</numerusform></translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) left in the source language</source>
        <translation><numerusform>%n segment laissé dans la langue source</numerusform><numerusform>%n segments laissés dans la langue source</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not confirmed yet</source>
        <translation><numerusform>%n pas encore confirmé</numerusform><numerusform>%n pas encore confirmés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invisible character(s) that files cannot hold were left out ({segments}): see Checks</source>
        <translation><numerusform>%n caractère invisible qu’aucun fichier ne peut contenir a été laissé de côté ({segments}) : voir Contrôles</numerusform><numerusform>%n caractères invisibles qu’aucun fichier ne peut contenir ont été laissés de côté ({segments}) : voir Contrôles</numerusform></translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Exportation de {file}…</translation>
    </message>
    <message>
        <source>Import a translation memory</source>
        <translation>Importer une mémoire de traduction</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>Fichiers TMX (*.tmx)</translation>
    </message>
    <message>
        <source>Translation memory from {file}:</source>
        <translation>Mémoire de traduction de {file} :</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) added</source>
        <translation><numerusform>%n unité ajoutée</numerusform><numerusform>%n unités ajoutées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) updated</source>
        <translation><numerusform>%n unité mise à jour</numerusform><numerusform>%n unités mises à jour</numerusform></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Export the translation memory</source>
        <translation>Exporter la mémoire de traduction</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n unit(s) to {file}</source>
        <translation><numerusform>%n unité écrite dans {file}</numerusform><numerusform>%n unités écrites dans {file}</numerusform></translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Importer un glossaire</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Glossary from {file}:</source>
        <translation>Glossaire de {file} :</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) added</source>
        <translation><numerusform>%n terme ajouté</numerusform><numerusform>%n termes ajoutés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) updated</source>
        <translation><numerusform>%n terme mis à jour</numerusform><numerusform>%n termes mis à jour</numerusform></translation>
    </message>
    <message>
        <source>Export the glossary</source>
        <translation>Exporter le glossaire</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n term(s) to {file}</source>
        <translation><numerusform>%n terme écrit dans {file}</numerusform><numerusform>%n termes écrits dans {file}</numerusform></translation>
    </message>
    <message>
        <source>{source} → {target}:</source>
        <translation>{source} → {target} :</translation>
    </message>
    <message numerus="yes">
        <source>%n memory unit(s)</source>
        <translation><numerusform>%n unité en mémoire</numerusform><numerusform>%n unités en mémoire</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation><numerusform>%n terme de glossaire</numerusform><numerusform>%n termes de glossaire</numerusform></translation>
    </message>
    <message>
        <source>Pre-translate</source>
        <translation>Prétraduire</translation>
    </message>
    <message>
        <source>Fill in exact matches from your translation memory, then translate the rest with the local model. Your edited and confirmed segments are never touched.</source>
        <translation>Reprendre les correspondances exactes de votre mémoire de traduction, puis traduire le reste avec le modèle local. Vos segments modifiés et confirmés ne sont jamais touchés.</translation>
    </message>
    <message>
        <source>Pre-translate (memory only)</source>
        <translation>Prétraduire (mémoire seule)</translation>
    </message>
    <message>
        <source>Fill in exact matches from your translation memory. Install a translation model to pre-translate the rest.</source>
        <translation>Reprendre les correspondances exactes de votre mémoire de traduction. Installez un modèle de traduction pour prétraduire le reste.</translation>
    </message>
    <message>
        <source>Pre-translating {project}…</source>
        <translation>Prétraduction de {project}…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n translated segment(s) kept. Pre-translate again to go on with the rest.</source>
        <translation><numerusform>Arrêté : %n segment traduit est gardé. Relancez la prétraduction pour continuer.</numerusform><numerusform>Arrêté : %n segments traduits sont gardés. Relancez la prétraduction pour continuer.</numerusform></translation>
    </message>
    <message>
        <source>Looking up your translation memory…</source>
        <translation>Recherche dans votre mémoire de traduction…</translation>
    </message>
    <message>
        <source>Pre-translating {project}</source>
        <translation>Prétraduction de {project}</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>{done} / {total} segments</source>
        <translation>{done} / {total} segments</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>estimation du temps restant…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation><numerusform>%n min restante</numerusform><numerusform>%n min restantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation><numerusform>environ %n h restante</numerusform><numerusform>environ %n h restantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n from the translation memory</source>
        <translation><numerusform>%n de la mémoire de traduction</numerusform><numerusform>%n de la mémoire de traduction</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n by the model</source>
        <translation><numerusform>%n par le modèle</numerusform><numerusform>%n par le modèle</numerusform></translation>
    </message>
    <message>
        <source>Pre-translation done:</source>
        <translation>Prétraduction terminée :</translation>
    </message>
    <message numerus="yes">
        <source>%n fuzzy suggestion(s) offered</source>
        <translation><numerusform>%n suggestion approchante proposée</numerusform><numerusform>%n suggestions approchantes proposées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still to translate</source>
        <translation><numerusform>%n encore à traduire</numerusform><numerusform>%n encore à traduire</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invisible character(s) the model produced were removed</source>
        <translation><numerusform>%n caractère invisible produit par le modèle a été retiré</numerusform><numerusform>%n caractères invisibles produits par le modèle ont été retirés</numerusform></translation>
    </message>
    <message>
        <source>No translation model installed: pre-translation fills in exact matches from your translation memory only.</source>
        <translation>Aucun modèle de traduction installé : la prétraduction reprend seulement les correspondances exactes de votre mémoire de traduction.</translation>
    </message>
    <message>
        <source>Pre-translate fills in your translation memory's matches, then the model translates the rest (marked MT, to review).</source>
        <translation>La prétraduction reprend les correspondances de votre mémoire de traduction, puis le modèle traduit le reste (marqué TA, à réviser).</translation>
    </message>
    <message>
        <source>{percent} % confirmed</source>
        <translation>{percent} % confirmé</translation>
    </message>
    <message>
        <source>{percent} % translated (any status)</source>
        <translation>{percent} % traduit (tous statuts)</translation>
    </message>
    <message>
        <source>Not translated yet</source>
        <translation>Pas encore traduit</translation>
    </message>
    <message>
        <source>Exact matches from your translation memory</source>
        <translation>Correspondances exactes de votre mémoire de traduction</translation>
    </message>
    <message>
        <source>Translated by the model, to review</source>
        <translation>Traduit par le modèle, à réviser</translation>
    </message>
    <message>
        <source>Written or changed by you</source>
        <translation>Écrit ou modifié par vous</translation>
    </message>
    <message>
        <source>Confirmed, in your translation memory</source>
        <translation>Confirmé, dans votre mémoire de traduction</translation>
    </message>
    <message>
        <source>No segments match these filters.</source>
        <translation>Aucun segment ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>This project has no segments yet. Add the client's files with “Add files…” on the left.</source>
        <translation>Ce projet n’a pas encore de segments. Ajoutez les fichiers du client avec « Ajouter des fichiers… » à gauche.</translation>
    </message>
    <message>
        <source>No segment selected</source>
        <translation>Aucun segment sélectionné</translation>
    </message>
    <message>
        <source>Segment {number}</source>
        <translation>Segment {number}</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>Glossary ({count})</source>
        <translation>Glossaire ({count})</translation>
    </message>
    <message>
        <source>{score} %</source>
        <translation>{score} %</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Source in memory: {source}</source>
        <translation>Source en mémoire : {source}</translation>
    </message>
    <message>
        <source>Suggestions ({count})</source>
        <translation>Suggestions ({count})</translation>
    </message>
    <message>
        <source>Checks ({count})</source>
        <translation>Contrôles ({count})</translation>
    </message>
    <message>
        <source>Every segment shown is confirmed.</source>
        <translation>Tous les segments affichés sont confirmés.</translation>
    </message>
    <message>
        <source>The model has not translated this segment: run Pre-translate first.</source>
        <translation>Le modèle n’a pas traduit ce segment : lancez d’abord la prétraduction.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <source>Checking the translation…</source>
        <translation>Contrôle de la traduction…</translation>
    </message>
    <message>
        <source>#{number}  {mark} {issue}</source>
        <translation>n° {number}  {mark} {issue}</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore contrôlé.</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation><numerusform>%n problème</numerusform><numerusform>%n problèmes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n segment(s)</source>
        <translation><numerusform>dans %n segment</numerusform><numerusform>dans %n segments</numerusform></translation>
    </message>
    <message>
        <source>No issues found in the translated segments.</source>
        <translation>Aucun problème dans les segments traduits.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>This desktop has no system tray: deadline reminders appear in the window's status bar instead.</source>
        <translation>Ce bureau n’a pas de zone de notification : les rappels d’échéance s’affichent dans la barre d’état de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>UntranslatedDialog</name>
    <message>
        <source>Untranslated segments</source>
        <translation>Segments non traduits</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) of {file} are not translated yet.</source>
        <translation><numerusform>%n segment de {file} n’est pas encore traduit.</numerusform><numerusform>%n segments de {file} ne sont pas encore traduits.</numerusform></translation>
    </message>
    <message>
        <source>• {where}: “{text}”</source>
        <translation>• {where} : « {text} »</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation><numerusform>…et %n autre</numerusform><numerusform>…et %n autres</numerusform></translation>
    </message>
    <message>
        <source>If you export anyway, they stay in the source language in the exported file.</source>
        <translation>Si vous exportez quand même, ils restent dans la langue source dans le fichier exporté.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
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
        <translation>Un pourcentage du chiffre d’affaires déclaré ; double-cliquez pour modifier</translation>
    </message>
    <message>
        <source>An amount in euros for the year; double-click to edit</source>
        <translation>Un montant en euros pour l’année ; double-cliquez pour modifier</translation>
    </message>
    <message>
        <source>{figure}, {year}: {message}</source>
        <translation>{figure}, {year} : {message}</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>go to page</source>
        <translation>aller à la page</translation>
    </message>
    <message>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>Income for {year}</source>
        <translation>Revenus de {year}</translation>
    </message>
    <message>
        <source>income revenue money year</source>
        <translation>revenus chiffre d’affaires argent année</translation>
    </message>
    <message>
        <source>Open order “{title}” ({client})</source>
        <translation>Ouvrir la commande « {title} » ({client})</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Won: create the order</source>
        <translation>Gagnée : créer la commande</translation>
    </message>
    <message>
        <source>&amp;Gig:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Formule :</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>The buyer's name (a new client if unknown)</source>
        <translation>Le nom de l’acheteur (un nouveau client s’il est inconnu)</translation>
    </message>
    <message>
        <source>Choose a gig (add one on the Gigs page).</source>
        <translation>Choisissez un service (ajoutez-en un dans la page Services).</translation>
    </message>
</context>
<context>
    <name>_Relative</name>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
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
    <name>assistants</name>
    <message>
        <source>{repo} is downloading: cancel it before discarding it.</source>
        <translation>{repo} est en cours de téléchargement : annulez-le avant de l’abandonner.</translation>
    </message>
    <message>
        <source>{repo} is already downloading under that name.</source>
        <translation>{repo} est déjà en cours de téléchargement sous ce nom.</translation>
    </message>
    <message>
        <source>Your Hugging Face access token does not give access to {repo} yet: open {page}, sign in with the account the token belongs to and accept the model's licence, then download again (or replace the token).</source>
        <translation>Votre jeton d’accès Hugging Face ne donne pas encore accès à {repo} : ouvrez {page}, connectez-vous avec le compte auquel appartient le jeton et acceptez la licence du modèle, puis téléchargez de nouveau (ou remplacez le jeton).</translation>
    </message>
    <message>
        <source>{repo} is gated: its authors ask each user to accept their licence. Open {page}, sign in and accept it, then add a Hugging Face access token (read access is enough) to Atelier and download again.</source>
        <translation>{repo} est en accès restreint : ses auteurs demandent à chaque utilisateur d’accepter leur licence. Ouvrez {page}, connectez-vous et acceptez-la, puis ajoutez un jeton d’accès Hugging Face (l’accès en lecture suffit) à Atelier et téléchargez de nouveau.</translation>
    </message>
    <message>
        <source>Your Hugging Face access token does not give access to {repo} (HTTP {status}): it is private, or gated and its licence is not accepted yet on {page}. Check the repo id, or replace the token.</source>
        <translation>Votre jeton d’accès Hugging Face ne donne pas accès à {repo} (HTTP {status}) : ce dépôt est privé, ou en accès restreint et sa licence n’est pas encore acceptée sur {page}. Vérifiez l’identifiant du dépôt, ou remplacez le jeton.</translation>
    </message>
    <message>
        <source>Hugging Face needs an access token for {repo}: it is private or gated (or the repo id is wrong). Add a Hugging Face access token (read access is enough) to Atelier; for a gated model, also accept its licence on {page}.</source>
        <translation>Hugging Face demande un jeton d’accès pour {repo} : ce dépôt est privé ou en accès restreint (ou son identifiant est faux). Ajoutez un jeton d’accès Hugging Face (l’accès en lecture suffit) à Atelier ; pour un modèle en accès restreint, acceptez aussi sa licence sur {page}.</translation>
    </message>
    <message>
        <source>The server at {server} does not answer as the Hugging Face hub does (check HF_ENDPOINT and the proxy settings).</source>
        <translation>Le serveur {server} ne répond pas comme le hub Hugging Face (vérifiez HF_ENDPOINT et les réglages du proxy).</translation>
    </message>
    <message>
        <source>{repo} has no revision “{revision}” (no such branch, tag or commit).</source>
        <translation>{repo} n’a pas de révision « {revision} » (aucune branche, étiquette ou commit de ce nom).</translation>
    </message>
    <message>
        <source>No model named {repo} on Hugging Face: check the repo id (owner/name, as in the address of its page).</source>
        <translation>Aucun modèle nommé {repo} sur Hugging Face : vérifiez l’identifiant du dépôt (propriétaire/nom, comme dans l’adresse de sa page).</translation>
    </message>
    <message>
        <source>A file of {repo} is listed by the hub but cannot be downloaded (HTTP 404). Try again later.</source>
        <translation>Un fichier de {repo} est listé par le hub mais ne peut pas être téléchargé (HTTP 404). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Hugging Face answered with an error (HTTP {status}). Try again later: the download resumes where it stopped.</source>
        <translation>Hugging Face a répondu par une erreur (HTTP {status}). Réessayez plus tard : le téléchargement reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>“{repo}” is not a Hugging Face repo id: write it as owner/name, as in the address of the model's page.</source>
        <translation>« {repo} » n’est pas un identifiant de dépôt Hugging Face : écrivez-le sous la forme propriétaire/nom, comme dans l’adresse de la page du modèle.</translation>
    </message>
    <message>
        <source>{repo} lists files whose names are not plain file names ({names}): a name with “..”, a backslash, a drive letter, a NUL or an absolute path could write outside the models folder. Nothing was downloaded. Check the server address (HF_ENDPOINT) or choose another repo.</source>
        <translation>{repo} liste des fichiers dont les noms ne sont pas de simples noms de fichier ({names}) : un nom avec « .. », une barre oblique inverse, une lettre de lecteur, un NUL ou un chemin absolu pourrait écrire hors du dossier des modèles. Rien n’a été téléchargé. Vérifiez l’adresse du serveur (HF_ENDPOINT) ou choisissez un autre dépôt.</translation>
    </message>
    <message>
        <source>{repo} does not say how big {file} is, so its download could not be bounded. Nothing was downloaded.</source>
        <translation>{repo} n’indique pas la taille de {file} : son téléchargement ne pouvait pas être borné. Rien n’a été téléchargé.</translation>
    </message>
    <message>
        <source>{repo} has its weights only in pickle format ({files}). Atelier loads safetensors weights only: a pickle file can run any code on this computer when it is opened. Look for a version of the model with .safetensors files (often a conversion branch or another repo).</source>
        <translation>{repo} n’a ses poids qu’au format pickle ({files}). Atelier ne charge que des poids safetensors : un fichier pickle peut exécuter n’importe quel code sur cet ordinateur à son ouverture. Cherchez une version du modèle avec des fichiers .safetensors (souvent une branche de conversion ou un autre dépôt).</translation>
    </message>
    <message>
        <source>{repo} has no safetensors weights at its root, so Atelier cannot use it (it loads transformers models in safetensors format).</source>
        <translation>{repo} n’a pas de poids safetensors à sa racine : Atelier ne peut donc pas l’utiliser (il charge les modèles transformers au format safetensors).</translation>
    </message>
    <message>
        <source>Not enough disk space for {repo}: {needed} more are needed and {free} are free in {folder}. Free some space, then download again: it resumes where it stopped.</source>
        <translation>Pas assez d’espace disque pour {repo} : il faut encore {needed} et {free} sont libres dans {folder}. Libérez de l’espace, puis téléchargez de nouveau : le téléchargement reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>Download of {repo} paused; what came is kept and the next download resumes where it stopped.</source>
        <translation>Téléchargement de {repo} en pause ; ce qui est arrivé est gardé et le prochain téléchargement reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>The hub does not say how big {file} of {repo} is, so its download could not be bounded.</source>
        <translation>Le hub n’indique pas la taille de {file} de {repo} : son téléchargement ne pouvait pas être borné.</translation>
    </message>
    <message>
        <source>The hub sent the wrong part of {file} ({range}). Try again.</source>
        <translation>Le hub a envoyé la mauvaise partie de {file} ({range}). Réessayez.</translation>
    </message>
    <message>
        <source>The hub sent more than the {size} bytes it announced for {file} of {repo}: the file was refused and deleted. Check the server address (HF_ENDPOINT) or try again later.</source>
        <translation>Le hub a envoyé plus que les {size} octets annoncés pour {file} de {repo} : le fichier a été refusé et supprimé. Vérifiez l’adresse du serveur (HF_ENDPOINT) ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>{file} of {repo} arrived damaged (its checksum does not match). Download again: that file starts again from zero.</source>
        <translation>{file} de {repo} est arrivé abîmé (sa somme de contrôle ne correspond pas). Téléchargez de nouveau : ce fichier repartira de zéro.</translation>
    </message>
    <message>
        <source>The model {folder} cannot be read: {error}.</source>
        <translation>Le modèle {folder} est illisible : {error}.</translation>
    </message>
    <message>
        <source>The model {folder} cannot be used: {why}.</source>
        <translation>Le modèle {folder} est inutilisable : {why}.</translation>
    </message>
    <message>
        <source>The model {folder} cannot be used: it holds entries that are not regular files ({entries}). Atelier reads only the files that are inside a model's folder, never what a link points to.</source>
        <translation>Le modèle {folder} est inutilisable : il contient des éléments qui ne sont pas des fichiers ordinaires ({entries}). Atelier ne lit que les fichiers qui se trouvent dans le dossier d’un modèle, jamais la cible d’un lien.</translation>
    </message>
    <message>
        <source>Nothing answers at {url}: is the server running, and on this port?</source>
        <translation>Rien ne répond à {url} : le serveur est-il lancé, et sur ce port ?</translation>
    </message>
    <message>
        <source>The CA certificate {file} cannot be used: {error}.</source>
        <translation>Le certificat d’autorité {file} est inutilisable : {error}.</translation>
    </message>
    <message>
        <source>The answer of {url} could not be read: {error}</source>
        <translation>La réponse de {url} est illisible : {error}</translation>
    </message>
    <message>
        <source>The certificate of {url} is not trusted ({error}). If it is your own server's self-signed certificate, accept it or give its CA certificate in Settings › Engines.</source>
        <translation>Le certificat de {url} n’est pas reconnu ({error}). S’il s’agit du certificat auto-signé de votre propre serveur, acceptez-le ou indiquez son certificat d’autorité dans Réglages › Moteurs.</translation>
    </message>
    <message>
        <source>The server at {url} now presents another certificate than the one you accepted: nothing was sent. Check the server, then accept its new certificate in Settings › Engines if you trust it.</source>
        <translation>Le serveur {url} présente désormais un autre certificat que celui que vous avez accepté : rien n’a été envoyé. Vérifiez le serveur, puis acceptez son nouveau certificat dans Réglages › Moteurs si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The server name in {url} cannot be found.</source>
        <translation>Le nom du serveur dans {url} est introuvable.</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>sans détail</translation>
    </message>
    <message>
        <source>{url} cannot be reached: {error}.</source>
        <translation>{url} est injoignable : {error}.</translation>
    </message>
    <message>
        <source>{url} closed the connection without an answer.</source>
        <translation>{url} a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>{url} did not answer in JSON: is it an OpenAI-compatible server?</source>
        <translation>{url} n’a pas répondu en JSON : est-ce bien un serveur compatible OpenAI ?</translation>
    </message>
    <message>
        <source>{url} did not answer in time.</source>
        <translation>{url} n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>{url} did not list its models as an OpenAI-compatible server does.</source>
        <translation>{url} n’a pas listé ses modèles comme le fait un serveur compatible OpenAI.</translation>
    </message>
    <message>
        <source>{url} did not return one vector per text.</source>
        <translation>{url} n’a pas renvoyé un vecteur par texte.</translation>
    </message>
    <message>
        <source>{url} does not answer like an OpenAI-compatible server (404): check the address.</source>
        <translation>{url} ne répond pas comme un serveur compatible OpenAI (404) : vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>{url} failed ({status}): {detail}</source>
        <translation>{url} a échoué ({status}) : {detail}</translation>
    </message>
    <message>
        <source>{url} has no model “{model}” ({detail}). Choose one of the models its test lists.</source>
        <translation>{url} n’a pas de modèle « {model} » ({detail}). Choisissez l’un des modèles que son test affiche.</translation>
    </message>
    <message>
        <source>{url} is busy (too many requests): try again in a moment.</source>
        <translation>{url} est occupé (trop de requêtes) : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{url} refused the request ({status}): check the API key of the engine “{engine}”.</source>
        <translation>{url} a refusé la requête ({status}) : vérifiez la clé d’API du moteur « {engine} ».</translation>
    </message>
    <message>
        <source>{url} refused the request ({status}): {detail}</source>
        <translation>{url} a refusé la requête ({status}) : {detail}</translation>
    </message>
    <message>
        <source>{url} returned a vector that is not a list of numbers.</source>
        <translation>{url} a renvoyé un vecteur qui n’est pas une liste de nombres.</translation>
    </message>
    <message>
        <source>{url} returned a vector that is not finite.</source>
        <translation>{url} a renvoyé un vecteur non fini.</translation>
    </message>
    <message>
        <source>{url} returned vectors of different sizes.</source>
        <translation>{url} a renvoyé des vecteurs de tailles différentes.</translation>
    </message>
    <message>
        <source>{url} sent a larger answer than Atelier reads.</source>
        <translation>{url} a envoyé une réponse plus grande que ce qu’Atelier accepte de lire.</translation>
    </message>
    <message>
        <source>{url} sent a line longer than Atelier reads.</source>
        <translation>{url} a envoyé une ligne plus longue que ce qu’Atelier accepte de lire.</translation>
    </message>
    <message>
        <source>{url} sent nothing for {seconds} seconds; the answer was stopped.</source>
        <translation>{url} n’a rien envoyé pendant {seconds} secondes ; la réponse a été arrêtée.</translation>
    </message>
    <message>
        <source>{url} stopped answering midway.</source>
        <translation>{url} a cessé de répondre en cours de route.</translation>
    </message>
    <message>
        <source>{url} stopped answering midway; what it wrote so far is kept.</source>
        <translation>{url} a cessé de répondre en cours de route ; ce qu’il avait écrit est gardé.</translation>
    </message>
    <message>
        <source>{url} stopped with an error: {detail}</source>
        <translation>{url} s’est arrêté sur une erreur : {detail}</translation>
    </message>
    <message>
        <source>{model} is a sentence-embedding model: choose a writing model to write text.</source>
        <translation>{model} est un modèle de vecteurs de phrases : choisissez un modèle d’écriture pour écrire du texte.</translation>
    </message>
    <message>
        <source>{model} is a sentence-embedding model: choose a translation model to translate.</source>
        <translation>{model} est un modèle de vecteurs de phrases : choisissez un modèle de traduction pour traduire.</translation>
    </message>
    <message>
        <source>{model} is not a sentence-embedding model: choose one for matching requests.</source>
        <translation>{model} n’est pas un modèle de vecteurs de phrases : choisissez-en un pour rapprocher les demandes.</translation>
    </message>
    <message>
        <source>The model {folder} holds a model Atelier cannot use for text ({what}): it needs a text-generation (causal LM), translation (seq2seq) or sentence-embedding (encoder without an LM head, such as BertModel) model.</source>
        <translation>Le modèle {folder} est un modèle qu’Atelier ne peut pas utiliser pour du texte ({what}) : il lui faut un modèle de génération de texte (causal LM), de traduction (seq2seq) ou de vecteurs de phrases (encodeur sans tête de langage, comme BertModel).</translation>
    </message>
    <message>
        <source>A model named “{name}” is already installed: choose another name or remove it first.</source>
        <translation>Un modèle nommé « {name} » est déjà installé : choisissez un autre nom ou supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>An unfinished download of {repo} already uses the name “{name}”: resume or discard it, or choose another name.</source>
        <translation>Un téléchargement inachevé de {repo} utilise déjà le nom « {name} » : reprenez-le ou abandonnez-le, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The download of {repo} could not be written in {folder}: {error}.</source>
        <translation>Le téléchargement de {repo} n’a pas pu être écrit dans {folder} : {error}.</translation>
    </message>
    <message>
        <source>A model named “{name}” was installed meanwhile: the download stays in {folder}; remove that model, then download again to finish.</source>
        <translation>Un modèle nommé « {name} » a été installé entre-temps : le téléchargement reste dans {folder} ; supprimez ce modèle, puis téléchargez de nouveau pour terminer.</translation>
    </message>
    <message>
        <source>The model failed while writing: {error}</source>
        <translation>Le modèle a échoué en écrivant : {error}</translation>
    </message>
    <message>
        <source>The model produced no text for {seconds} seconds; it was stopped.</source>
        <translation>Le modèle n’a produit aucun texte pendant {seconds} secondes ; il a été arrêté.</translation>
    </message>
    <message>
        <source>“{name}” cannot name a model: use letters, digits, dots, dashes or underscores (100 characters at most, not ending with a dot).</source>
        <translation>« {name} » ne peut pas nommer un modèle : utilisez des lettres, des chiffres, des points, des tirets ou des tirets bas (100 caractères au plus, sans point final).</translation>
    </message>
    <message>
        <source>“{name}” cannot name a model: Windows keeps that name for a device. Choose another name.</source>
        <translation>« {name} » ne peut pas nommer un modèle : Windows réserve ce nom à un périphérique. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read ({error}): nothing was copied.</source>
        <translation>Le dossier {folder} est illisible ({error}) : rien n’a été copié.</translation>
    </message>
    <message>
        <source>The folder {folder} holds more than {limit} files and folders: it does not look like a model folder.</source>
        <translation>Le dossier {folder} contient plus de {limit} fichiers et dossiers : il ne ressemble pas à un dossier de modèle.</translation>
    </message>
    <message>
        <source>{entry} ({kind})</source>
        <translation>{entry} ({kind})</translation>
    </message>
    <message>
        <source>{entries} and {count} more</source>
        <translation>{entries} et {count} de plus</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be imported: it holds entries that are not regular files: {entries}. Atelier copies only the files that are inside the folder itself, never what a link points to, so nothing was copied. Replace each link by the file itself (for a Hugging Face cache folder, copy it with `cp -rL`, or download the model with Atelier instead), or remove these entries.</source>
        <translation>Le dossier {folder} ne peut pas être importé : il contient des éléments qui ne sont pas des fichiers ordinaires : {entries}. Atelier ne copie que les fichiers qui se trouvent dans le dossier lui-même, jamais la cible d’un lien ; rien n’a donc été copié. Remplacez chaque lien par le fichier lui-même (pour un dossier du cache Hugging Face, copiez-le avec `cp -rL`, ou téléchargez plutôt le modèle avec Atelier), ou retirez ces éléments.</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported: nothing was copied. Try again.</source>
        <translation>{file} a changé pendant l’import : rien n’a été copié. Réessayez.</translation>
    </message>
    <message>
        <source>The folder {folder} could not be checked as a model ({error}). Remove it and install it again.</source>
        <translation>Le dossier {folder} n’a pas pu être vérifié comme modèle ({error}). Supprimez-le puis installez-le de nouveau.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} n’est pas un dossier.</translation>
    </message>
    <message>
        <source>A model named “{name}” is already installed: choose another name (--name) or remove it first.</source>
        <translation>Un modèle nommé « {name} » est déjà installé : choisissez un autre nom (--name) ou supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>The model could not be copied: {error} ({file}).</source>
        <translation>Le modèle n’a pas pu être copié : {error} ({file}).</translation>
    </message>
    <message>
        <source>The model could not be copied: {error}.</source>
        <translation>Le modèle n’a pas pu être copié : {error}.</translation>
    </message>
    <message>
        <source>No installed model is named “{name}” (installed: {names}).</source>
        <translation>Aucun modèle installé ne s’appelle « {name} » (installés : {names}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>un lien</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{file} is a link: Atelier reads only the files that are inside a model's folder, never what a link points to.</source>
        <translation>{file} est un lien : Atelier ne lit que les fichiers qui se trouvent dans le dossier d’un modèle, jamais la cible d’un lien.</translation>
    </message>
    <message>
        <source>{file} is {what}, not a file: Atelier reads only regular files inside a model's folder.</source>
        <translation>{file} est {what}, pas un fichier : Atelier ne lit que les fichiers ordinaires du dossier d’un modèle.</translation>
    </message>
    <message>
        <source>{file} is not a valid safetensors file ({why}): the file is damaged or incomplete. Download or copy it again.</source>
        <translation>{file} n’est pas un fichier safetensors valide ({why}) : il est abîmé ou incomplet. Téléchargez-le ou copiez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} is not a safetensors file (it is too short).</source>
        <translation>{file} n’est pas un fichier safetensors (il est trop court).</translation>
    </message>
    <message>
        <source>its header announces {n} bytes</source>
        <translation>son en-tête annonce {n} octets</translation>
    </message>
    <message>
        <source>its header is not JSON</source>
        <translation>son en-tête n’est pas du JSON</translation>
    </message>
    <message>
        <source>{file} could not be read as safetensors: {why}.</source>
        <translation>{file} n’a pas pu être lu comme safetensors : {why}.</translation>
    </message>
    <message>
        <source>its header is not a table of tensors</source>
        <translation>son en-tête n’est pas une table de tenseurs</translation>
    </message>
    <message>
        <source>tensor {name} has no description</source>
        <translation>le tenseur {name} n’a pas de description</translation>
    </message>
    <message>
        <source>tensor {name} has no dtype</source>
        <translation>le tenseur {name} n’a pas de type</translation>
    </message>
    <message>
        <source>tensor {name} has a shape that is not a list of sizes</source>
        <translation>le tenseur {name} a une forme qui n’est pas une liste de tailles</translation>
    </message>
    <message>
        <source>tensor {name} lies outside the file</source>
        <translation>le tenseur {name} est en dehors du fichier</translation>
    </message>
    <message>
        <source>tensor {name} does not match its shape</source>
        <translation>le tenseur {name} ne correspond pas à sa forme</translation>
    </message>
    <message>
        <source>its chat template (chat_template.jinja) is too big</source>
        <translation>son modèle de conversation (chat_template.jinja) est trop gros</translation>
    </message>
    <message>
        <source>its chat template (chat_template.jinja) cannot be read as text</source>
        <translation>son modèle de conversation (chat_template.jinja) ne peut pas être lu comme du texte</translation>
    </message>
    <message>
        <source>its chat template (chat_template.json) cannot be read</source>
        <translation>son modèle de conversation (chat_template.json) est illisible</translation>
    </message>
    <message>
        <source>its chat template (in {file}) is neither text nor a list of templates</source>
        <translation>son modèle de conversation (dans {file}) n’est ni du texte ni une liste de modèles</translation>
    </message>
    <message>
        <source>its weight index ({file}) is damaged: it does not list the weight files as a table</source>
        <translation>son index de poids ({file}) est abîmé : il ne donne pas les fichiers de poids sous forme de table</translation>
    </message>
    <message>
        <source>its weight index ({file}) names “{shard}”, which is not a .safetensors file of the folder</source>
        <translation>son index de poids ({file}) nomme « {shard} », qui n’est pas un fichier .safetensors du dossier</translation>
    </message>
    <message>
        <source>its download is incomplete ({count} weight file(s) missing, e.g. {file})</source>
        <translation>son téléchargement est incomplet (fichiers de poids manquants : {count}, par exemple {file})</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}.</source>
        <translation>Le dossier {folder} est illisible : {error}.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be used: it holds entries that are not regular files ({entries}). Atelier reads only the files that are inside a model's folder, never what a link points to.</source>
        <translation>Le dossier {folder} est inutilisable : il contient des éléments qui ne sont pas des fichiers ordinaires ({entries}). Atelier ne lit que les fichiers qui se trouvent dans le dossier d’un modèle, jamais la cible d’un lien.</translation>
    </message>
    <message>
        <source>its configuration (config.json) is missing</source>
        <translation>sa configuration (config.json) manque</translation>
    </message>
    <message>
        <source>its configuration (config.json) cannot be read</source>
        <translation>sa configuration (config.json) est illisible</translation>
    </message>
    <message>
        <source>its configuration (config.json) lists its architectures wrongly</source>
        <translation>sa configuration (config.json) décrit mal ses architectures</translation>
    </message>
    <message>
        <source>its tokenizer is missing (tokenizer.json, or tokenizer_config.json with its vocabulary files)</source>
        <translation>son tokeniseur manque (tokenizer.json, ou tokenizer_config.json avec ses fichiers de vocabulaire)</translation>
    </message>
    <message>
        <source>its weights are only in pickle format ({files}). Atelier loads safetensors weights only: a pickle file can run any code on this computer when it is opened. Download the model's .safetensors files instead (many hub repos have them, sometimes on a conversion branch)</source>
        <translation>ses poids ne sont qu’au format pickle ({files}). Atelier ne charge que des poids safetensors : un fichier pickle peut exécuter n’importe quel code sur cet ordinateur à son ouverture. Téléchargez plutôt les fichiers .safetensors du modèle (beaucoup de dépôts du hub en ont, parfois sur une branche de conversion)</translation>
    </message>
    <message>
        <source>its weights (*.safetensors) are missing</source>
        <translation>ses poids (*.safetensors) manquent</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be used: {why}.</source>
        <translation>Le dossier {folder} est inutilisable : {why}.</translation>
    </message>
    <message>
        <source>The folder {folder} holds a model Atelier cannot use for text ({what}): it needs a text-generation (causal LM), translation (seq2seq) or sentence-embedding (encoder without an LM head, such as BertModel) model.</source>
        <translation>Le dossier {folder} contient un modèle qu’Atelier ne peut pas utiliser pour du texte ({what}) : il lui faut un modèle de génération de texte (causal LM), de traduction (seq2seq) ou de vecteurs de phrases (encodeur sans tête de langage, comme BertModel).</translation>
    </message>
    <message>
        <source>The model's answer holds no task: try again, or add the tasks by hand.</source>
        <translation>La réponse du modèle ne contient aucune tâche : réessayez, ou ajoutez les tâches à la main.</translation>
    </message>
    <message>
        <source>The chat template of {model} did not finish: it was stopped after {steps} steps, {mb} MB of text or {s} s. The template is broken or hostile: use another model, or replace its chat template (chat_template.jinja).</source>
        <translation>Le modèle de conversation de {model} ne s’est pas terminé : il a été arrêté après {steps} étapes, {mb} Mo de texte ou {s} s. Ce modèle de conversation est défectueux ou malveillant : utilisez un autre modèle, ou remplacez son modèle de conversation (chat_template.jinja).</translation>
    </message>
    <message>
        <source>The chat template of {model} calls itself without end: use another model, or replace its chat template (chat_template.jinja).</source>
        <translation>Le modèle de conversation de {model} s’appelle lui-même sans fin : utilisez un autre modèle, ou remplacez son modèle de conversation (chat_template.jinja).</translation>
    </message>
    <message>
        <source>it is not a valid template (line {line}: {error})</source>
        <translation>ce n’est pas un modèle valide (ligne {line} : {error})</translation>
    </message>
    <message>
        <source>it stopped with this message: {message}</source>
        <translation>il s’est arrêté avec ce message : {message}</translation>
    </message>
    <message>
        <source>it failed ({error})</source>
        <translation>il a échoué ({error})</translation>
    </message>
    <message>
        <source>The chat template of {model} cannot be used: {why}. Use another model, or replace its chat template (chat_template.jinja).</source>
        <translation>Le modèle de conversation de {model} est inutilisable : {why}. Utilisez un autre modèle, ou remplacez son modèle de conversation (chat_template.jinja).</translation>
    </message>
    <message>
        <source>The weights of {model} are damaged or incomplete ({error}). Remove the model and download or import it again.</source>
        <translation>Les poids de {model} sont abîmés ou incomplets ({error}). Supprimez le modèle, puis téléchargez-le ou importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The {what} of {model} needs a Python package that is not installed: {error}</source>
        <translation>Le {what} de {model} a besoin d’un paquet Python qui n’est pas installé : {error}</translation>
    </message>
    <message>
        <source>{model} needs code from its repository to run (trust_remote_code), which Atelier never runs. Choose a model that the installed transformers supports.</source>
        <translation>{model} a besoin du code de son dépôt pour fonctionner (trust_remote_code), ce qu’Atelier n’exécute jamais. Choisissez un modèle que la version installée de transformers prend en charge.</translation>
    </message>
    <message>
        <source>The {what} of {model} could not be loaded: {error}</source>
        <translation>Le {what} de {model} n’a pas pu être chargé : {error}</translation>
    </message>
    <message>
        <source>tokenizer</source>
        <translation>tokeniseur</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>The model {model}</source>
        <translation>Le modèle {model}</translation>
    </message>
    <message>
        <source>{what} needs {needed} of memory, {available} available — close other apps or choose a smaller model / int8.</source>
        <translation>{what} a besoin de {needed} de mémoire, {available} disponibles — fermez d’autres applications ou choisissez un modèle plus petit / int8.</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Ce modèle</translation>
    </message>
    <message>
        <source>The model {model} is busy; stop its work before loading another one.</source>
        <translation>Le modèle {model} est occupé ; arrêtez son travail avant d’en charger un autre.</translation>
    </message>
    <message>
        <source>The system keyring did not save the token ({error}): unlock the keyring, then try again.</source>
        <translation>Le trousseau du système n’a pas enregistré le jeton ({error}) : déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keyring did not remove the token ({error}): unlock the keyring, then try again.</source>
        <translation>Le trousseau du système n’a pas supprimé le jeton ({error}) : déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keyring did not save the API key ({error}): unlock the keyring, then try again.</source>
        <translation>Le trousseau système n’a pas enregistré la clé d’API ({error}) : déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keyring did not remove the API key ({error}): unlock the keyring, then try again.</source>
        <translation>Le trousseau système n’a pas supprimé la clé d’API ({error}) : déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The API key of the engine “{engine}” cannot be read from the system keyring: unlock the keyring, then try again.</source>
        <translation>La clé d’API du moteur « {engine} » ne peut pas être lue dans le trousseau système : déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>{error} You can use the local model for this instead.</source>
        <translation>{error} Vous pouvez utiliser le modèle local à la place.</translation>
    </message>
    <message>
        <source>The pre-translation was stopped.</source>
        <translation>La prétraduction a été arrêtée.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {error}.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit : {error}.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
        <source>{model} is working: stop its job before deleting it.</source>
        <translation>{model} est au travail : arrêtez sa tâche avant de le supprimer.</translation>
    </message>
    <message>
        <source>{model} is a translation model: choose a writing model to write text.</source>
        <translation>{model} est un modèle de traduction : choisissez un modèle d’écriture pour écrire du texte.</translation>
    </message>
    <message>
        <source>{model} is a writing model: choose a translation model to translate.</source>
        <translation>{model} est un modèle d’écriture : choisissez un modèle de traduction pour traduire.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>{file}, {where}: {problem}</source>
        <translation>{file}, {where} : {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}, {where}: {problem}</source>
        <translation>{file}, ligne {line}, {where} : {problem}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (et {count} de plus)</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> et {count} de plus</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>a string outside any entry.</source>
        <translation>une chaîne hors de toute entrée.</translation>
    </message>
    <message>
        <source>a {format} document must be exported with its own extension ({extensions}).</source>
        <translation>un document {format} doit être exporté avec sa propre extension ({extensions}).</translation>
    </message>
    <message>
        <source>cannot be read as XML ({reason}).</source>
        <translation>ne peut pas être lu comme du XML ({reason}).</translation>
    </message>
    <message>
        <source>cannot be read: {reason}.</source>
        <translation>ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>cannot be written: {reason}.</source>
        <translation>ne peut pas être écrit : {reason}.</translation>
    </message>
    <message>
        <source>could not be exported: Atelier's {format} writer met something it does not handle. Nothing was written.</source>
        <translation>n’a pas pu être exporté : le module d’écriture {format} d’Atelier a rencontré un élément qu’il ne sait pas traiter. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>could not be read as a {format} file ({kind}: {reason}).</source>
        <translation>n’a pas pu être lu comme un fichier {format} ({kind} : {reason}).</translation>
    </message>
    <message>
        <source>declares an encoding Atelier does not know ({reason}): save it again as UTF-8.</source>
        <translation>déclare un encodage qu’Atelier ne connaît pas ({reason}) : enregistrez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>declares the encoding {encoding} but is not valid {encoding} (line {line}). Fix the declaration or save it again as UTF-8.</source>
        <translation>déclare l’encodage {encoding} mais n’est pas du {encoding} valide (ligne {line}). Corrigez la déclaration ou enregistrez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>file not found.</source>
        <translation>fichier introuvable.</translation>
    </message>
    <message>
        <source>files without an extension are not supported. Atelier translates {extensions} files.</source>
        <translation>les fichiers sans extension ne sont pas pris en charge. Atelier traduit les fichiers {extensions}.</translation>
    </message>
    <message>
        <source>has more than {limit} segments (sentences, cells, subtitles…); Atelier translates documents of up to {limit} segments. Split it into smaller files.</source>
        <translation>compte plus de {limit} segments (phrases, cellules, sous-titres…) ; Atelier traduit des documents de {limit} segments au plus. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>holds {count} files inside; a Word document has a few dozen. Atelier refuses it (damaged file or zip bomb).</source>
        <translation>contient {count} fichiers internes alors qu’un document Word en a quelques dizaines ; Atelier le refuse (fichier endommagé ou bombe zip).</translation>
    </message>
    <message>
        <source>is XLIFF {version}; Atelier reads XLIFF 1.2 (and 1.0, 1.1). Export it as XLIFF 1.2 from the tool that made it.</source>
        <translation>est au format XLIFF {version} ; Atelier lit le XLIFF 1.2 (ainsi que 1.0 et 1.1). Exportez-le en XLIFF 1.2 depuis l’outil qui l’a créé.</translation>
    </message>
    <message>
        <source>is damaged: its part {part} cannot be unpacked ({reason}).</source>
        <translation>est endommagé : sa partie {part} ne peut pas être décompressée ({reason}).</translation>
    </message>
    <message>
        <source>is encrypted (password-protected). Remove the password in Word first.</source>
        <translation>est chiffré (protégé par un mot de passe). Retirez d’abord le mot de passe dans Word.</translation>
    </message>
    <message>
        <source>is nested too deeply to be read.</source>
        <translation>est trop profondément imbriqué pour être lu.</translation>
    </message>
    <message>
        <source>is nested too deeply to be written again. Nothing was written.</source>
        <translation>est trop profondément imbriqué pour être réécrit. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>is not a TMX file: its root element is &lt;{root}&gt;, not &lt;tmx&gt;.</source>
        <translation>n’est pas un fichier TMX : son élément racine est &lt;{root}&gt; et non &lt;tmx&gt;.</translation>
    </message>
    <message>
        <source>is not a Word document (.docx): it has no main document part.</source>
        <translation>n’est pas un document Word (.docx) : il n’a pas de partie principale.</translation>
    </message>
    <message>
        <source>is not a Word document (.docx): it has no main document part; it looks like a PowerPoint presentation renamed .docx.</source>
        <translation>n’est pas un document Word (.docx) : il n’a pas de partie principale ; il ressemble à une présentation PowerPoint renommée en .docx.</translation>
    </message>
    <message>
        <source>is not a Word document (.docx): it has no main document part; it looks like an Excel workbook renamed .docx.</source>
        <translation>n’est pas un document Word (.docx) : il n’a pas de partie principale ; il ressemble à un classeur Excel renommé en .docx.</translation>
    </message>
    <message>
        <source>is not a Word document (.docx): it has no main document part; it looks like an OpenDocument file renamed .docx.</source>
        <translation>n’est pas un document Word (.docx) : il n’a pas de partie principale ; il ressemble à un fichier OpenDocument renommé en .docx.</translation>
    </message>
    <message>
        <source>is not a Word document (.docx): it is not a valid zip archive.</source>
        <translation>n’est pas un document Word (.docx) : ce n’est pas une archive zip valide.</translation>
    </message>
    <message>
        <source>is not a Word document (.docx): it is not a valid zip archive. It looks like an old Word 97–2003 document (.doc) or a password-protected file: open it in Word and save it as .docx, without a password.</source>
        <translation>n’est pas un document Word (.docx) : ce n’est pas une archive zip valide. Il ressemble à un ancien document Word 97–2003 (.doc) ou à un fichier protégé par un mot de passe : ouvrez-le dans Word et enregistrez-le en .docx, sans mot de passe.</translation>
    </message>
    <message>
        <source>is not a Word document (.docx): its main part is &lt;{tag}&gt;.</source>
        <translation>n’est pas un document Word (.docx) : sa partie principale est &lt;{tag}&gt;.</translation>
    </message>
    <message>
        <source>is not a complete Word document: {part} is missing.</source>
        <translation>n’est pas un document Word complet : {part} manque.</translation>
    </message>
    <message>
        <source>is not a gettext catalogue: it has no msgid.</source>
        <translation>n’est pas un catalogue gettext : il n’a aucun msgid.</translation>
    </message>
    <message>
        <source>is not a text file (it contains binary data). Check that it is the right file, or save it again as plain text (UTF-8).</source>
        <translation>n’est pas un fichier texte (il contient des données binaires). Vérifiez que c’est le bon fichier, ou enregistrez-le de nouveau en texte brut (UTF-8).</translation>
    </message>
    <message>
        <source>is not a valid TMX file: it has no &lt;body&gt;.</source>
        <translation>n’est pas un fichier TMX valide : il n’a pas de &lt;body&gt;.</translation>
    </message>
    <message>
        <source>is not a valid gettext catalogue: syntax error ({reason}). Check the quotes and keywords (msgid, msgstr) on that line.</source>
        <translation>n’est pas un catalogue gettext valide : erreur de syntaxe ({reason}). Vérifiez les guillemets et les mots-clés (msgid, msgstr) de cette ligne.</translation>
    </message>
    <message>
        <source>is not a valid gettext catalogue: syntax error. Check the quotes and keywords (msgid, msgstr) on that line.</source>
        <translation>n’est pas un catalogue gettext valide : erreur de syntaxe. Vérifiez les guillemets et les mots-clés (msgid, msgstr) de cette ligne.</translation>
    </message>
    <message>
        <source>is not an XLIFF file: its root element is &lt;{root}&gt;, not &lt;xliff&gt;.</source>
        <translation>n’est pas un fichier XLIFF : son élément racine est &lt;{root}&gt; et non &lt;xliff&gt;.</translation>
    </message>
    <message>
        <source>is not valid HTML: {reason}.</source>
        <translation>n’est pas du HTML valide : {reason}.</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (byte 0x{byte} at line {line}). Save it again as UTF-8 and import it again.</source>
        <translation>n’est pas de l’UTF-8 valide (octet 0x{byte} à la ligne {line}). Enregistrez-le de nouveau en UTF-8 puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>is not well-formed XML ({reason}).</source>
        <translation>n’est pas du XML bien formé ({reason}).</translation>
    </message>
    <message>
        <source>is not well-formed XML{part}: {reason} (column {column}).</source>
        <translation>n’est pas du XML bien formé{part} : {reason} (colonne {column}).</translation>
    </message>
    <message>
        <source>is not well-formed XML{part}: {reason}.</source>
        <translation>n’est pas du XML bien formé{part} : {reason}.</translation>
    </message>
    <message>
        <source>is {size} MB; Atelier imports TMX files up to {limit} MB.</source>
        <translation>fait {size} Mo ; Atelier importe des fichiers TMX de {limit} Mo au plus.</translation>
    </message>
    <message>
        <source>is {size}; Atelier imports documents up to {limit}. Split it into smaller files.</source>
        <translation>fait {size} ; Atelier importe des documents de {limit} au plus. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>its XML{part} declares an encoding Atelier does not know ({reason}). Save it again as UTF-8.</source>
        <translation>son XML{part} déclare un encodage qu’Atelier ne connaît pas ({reason}). Enregistrez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>its XML{part} declares entities or external references, which Atelier refuses for safety ({kind}).</source>
        <translation>son XML{part} déclare des entités ou des références externes, qu’Atelier refuse par sécurité ({kind}).</translation>
    </message>
    <message>
        <source>its part {part} is compressed {ratio}:1 ({packed} unpacking to {size}): this looks like a zip bomb, so the file was not opened.</source>
        <translation>sa partie {part} est compressée à {ratio}:1 ({packed} qui se décompressent en {size}) : cela ressemble à une bombe zip, le fichier n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>msgid_plural without a msgid before it.</source>
        <translation>msgid_plural sans msgid avant lui.</translation>
    </message>
    <message>
        <source>not a valid SubRip subtitle file: expected a subtitle number followed by a timing line (“00:00:01,000 --&gt; 00:00:04,000”), found “{found}”.</source>
        <translation>fichier de sous-titres SubRip non valide : un numéro de sous-titre suivi d’une ligne de minutage (« 00:00:01,000 --&gt; 00:00:04,000 ») était attendu, trouvé « {found} ».</translation>
    </message>
    <message>
        <source>not a valid SubRip subtitle file: expected a timing line such as “00:00:01,000 --&gt; 00:00:04,000” after subtitle {number}, found “{found}”.</source>
        <translation>fichier de sous-titres SubRip non valide : une ligne de minutage comme « 00:00:01,000 --&gt; 00:00:04,000 » était attendue après le sous-titre {number}, trouvé « {found} ».</translation>
    </message>
    <message>
        <source>segment {segment}: {problem}</source>
        <translation>segment {segment} : {problem}</translation>
    </message>
    <message>
        <source>starts with a {encoding} byte-order mark but is not valid {encoding} (line {line}).</source>
        <translation>commence par une marque d’ordre des octets {encoding} mais n’est pas du {encoding} valide (ligne {line}).</translation>
    </message>
    <message>
        <source>syntax error in “{text}”: the text after {keyword} must be one string in double quotes (a quote inside it is written \").</source>
        <translation>erreur de syntaxe dans « {text} » : le texte après {keyword} doit être une seule chaîne entre guillemets droits (un guillemet à l’intérieur s’écrit \").</translation>
    </message>
    <message>
        <source>syntax error: a string is not closed by a double quote (or has an unescaped quote inside).</source>
        <translation>erreur de syntaxe : une chaîne n’est pas fermée par un guillemet droit (ou contient un guillemet non échappé).</translation>
    </message>
    <message>
        <source>syntax error: “{text}” is not a gettext keyword (msgid, msgstr…), a string or a comment.</source>
        <translation>erreur de syntaxe : « {text} » n’est ni un mot-clé gettext (msgid, msgstr…), ni une chaîne, ni un commentaire.</translation>
    </message>
    <message>
        <source>the entry starting on line {start} has no msgstr.</source>
        <translation>l’entrée qui commence à la ligne {start} n’a pas de msgstr.</translation>
    </message>
    <message>
        <source>the translation contains “{character}”, which the file's encoding, {encoding}, cannot store. Export again choosing UTF-8.</source>
        <translation>la traduction contient « {character} », que l’encodage du fichier, {encoding}, ne peut pas enregistrer. Exportez de nouveau en choisissant UTF-8.</translation>
    </message>
    <message>
        <source>uses XML entities or external references, which Atelier does not read for safety.</source>
        <translation>utilise des entités XML ou des références externes, qu’Atelier ne lit pas par sécurité.</translation>
    </message>
    <message>
        <source>would unpack to {size}, over the {limit} Atelier accepts: it is either a damaged file or a zip bomb, and was not opened.</source>
        <translation>occuperait {size} une fois décompressé, au-delà des {limit} qu’accepte Atelier : c’est un fichier endommagé ou une bombe zip, et il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>{count} translation(s) do not match their source's inline formatting placeholders, so nothing was written. {segments}{more}.</source>
        <translation>traductions dont les balises de mise en forme ne correspondent pas à celles de la source : {count}. Rien n’a donc été écrit. {segments}{more}.</translation>
    </message>
    <message>
        <source>{file}: {count} segment(s) are not translated yet, so nothing was written ({segments}{more}). Translate them, or export anyway to leave them in the source language.</source>
        <translation>{file} : rien n’a été écrit, car des segments ne sont pas encore traduits (nombre : {count} ; {segments}{more}). Traduisez-les, ou exportez quand même pour les laisser dans la langue source.</translation>
    </message>
    <message>
        <source>{keyword} without a msgid before it.</source>
        <translation>{keyword} sans msgid avant lui.</translation>
    </message>
    <message>
        <source>{placeholder} appears twice</source>
        <translation>{placeholder} apparaît deux fois</translation>
    </message>
    <message>
        <source>{placeholder} does not close the pair opened last</source>
        <translation>{placeholder} ne ferme pas la dernière paire ouverte</translation>
    </message>
    <message>
        <source>{placeholder} does not match the source's ⟨{number}…⟩</source>
        <translation>{placeholder} ne correspond pas à ⟨{number}…⟩ de la source</translation>
    </message>
    <message>
        <source>{placeholder} is never closed</source>
        <translation>{placeholder} n’est jamais fermé</translation>
    </message>
    <message>
        <source>{placeholder} is not in the source</source>
        <translation>{placeholder} n’est pas dans la source</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{where}: “{source}”</source>
        <translation>{where} : « {source} »</translation>
    </message>
    <message>
        <source>“{extension}” files are not supported. Atelier translates {extensions} files.</source>
        <translation>les fichiers « {extension} » ne sont pas pris en charge. Atelier traduit les fichiers {extensions}.</translation>
    </message>
    <message>
        <source>Subtitle {label} ({start} → {end})</source>
        <translation>Sous-titre {label} ({start} → {end})</translation>
    </message>
    <message>
        <source>Lines {first}–{last}</source>
        <translation>Lignes {first} à {last}</translation>
    </message>
    <message>
        <source>Line {line}, paragraph</source>
        <translation>Ligne {line}, paragraphe</translation>
    </message>
    <message>
        <source>Line {line}, heading</source>
        <translation>Ligne {line}, titre</translation>
    </message>
    <message>
        <source>Line {line}, list item</source>
        <translation>Ligne {line}, élément de liste</translation>
    </message>
    <message>
        <source>Line {line}, block quote</source>
        <translation>Ligne {line}, citation</translation>
    </message>
    <message>
        <source>Line {line}, table cell</source>
        <translation>Ligne {line}, cellule de tableau</translation>
    </message>
    <message>
        <source>Line {line}, &lt;{tag}&gt;</source>
        <translation>Ligne {line}, &lt;{tag}&gt;</translation>
    </message>
    <message>
        <source>Line {line}, {attribute} of &lt;{tag}&gt;</source>
        <translation>Ligne {line}, {attribute} de &lt;{tag}&gt;</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Ligne {line}</translation>
    </message>
    <message>
        <source>Entry {number} ({references}), plural</source>
        <translation>Entrée {number} ({references}), pluriel</translation>
    </message>
    <message>
        <source>Entry {number}, plural</source>
        <translation>Entrée {number}, pluriel</translation>
    </message>
    <message>
        <source>Entry {number} ({references})</source>
        <translation>Entrée {number} ({references})</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translation>Entrée {number}</translation>
    </message>
    <message>
        <source>trans-unit {id} in {original}</source>
        <translation>trans-unit {id} dans {original}</translation>
    </message>
    <message>
        <source>trans-unit {id}</source>
        <translation>trans-unit {id}</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, cell {cell}</source>
        <translation>Tableau {table}, ligne {row}, cellule {cell}</translation>
    </message>
    <message>
        <source>table {table}, row {row}, cell {cell}</source>
        <translation>tableau {table}, ligne {row}, cellule {cell}</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Paragraphe {number}</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>paragraphe {number}</translation>
    </message>
    <message>
        <source>Text box</source>
        <translation>Zone de texte</translation>
    </message>
    <message>
        <source>text box</source>
        <translation>zone de texte</translation>
    </message>
    <message>
        <source>Footnote {number}</source>
        <translation>Note de bas de page {number}</translation>
    </message>
    <message>
        <source>Endnote {number}</source>
        <translation>Note de fin {number}</translation>
    </message>
    <message>
        <source>Header ({file})</source>
        <translation>En-tête ({file})</translation>
    </message>
    <message>
        <source>Footer ({file})</source>
        <translation>Pied de page ({file})</translation>
    </message>
    <message>
        <source>Footnotes ({file})</source>
        <translation>Notes de bas de page ({file})</translation>
    </message>
    <message>
        <source>Endnotes ({file})</source>
        <translation>Notes de fin ({file})</translation>
    </message>
    <message>
        <source>{file}, line {line}, field “{field}”: {problem}</source>
        <translation>{file}, ligne {line}, colonne « {field} » : {problem}</translation>
    </message>
    <message>
        <source>the column “{column}” appears twice.</source>
        <translation>la colonne « {column} » apparaît deux fois.</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason}).</source>
        <translation>le fichier ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>the file is empty: its first line must name the columns source, target, note, required.</source>
        <translation>le fichier est vide : sa première ligne doit nommer les colonnes source, target, note, required.</translation>
    </message>
    <message>
        <source>the file is {size} MB; Atelier imports glossaries of up to {limit} MB. Check that it is the right file.</source>
        <translation>le fichier fait {size} Mo ; Atelier importe des glossaires de {limit} Mo au plus. Vérifiez que c’est le bon fichier.</translation>
    </message>
    <message>
        <source>the file {reason}.</source>
        <translation>le fichier {reason}.</translation>
    </message>
    <message>
        <source>the first line must name a “{column}” column (the columns are {columns}).</source>
        <translation>la première ligne doit nommer une colonne « {column} » (les colonnes sont {columns}).</translation>
    </message>
    <message>
        <source>the note is too long ({limit} characters at most).</source>
        <translation>la note est trop longue ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>the source term is empty.</source>
        <translation>le terme source est vide.</translation>
    </message>
    <message>
        <source>the target term is empty.</source>
        <translation>le terme cible est vide.</translation>
    </message>
    <message>
        <source>the term is too long ({limit} characters at most).</source>
        <translation>le terme est trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>this line cannot be read ({reason}).</source>
        <translation>cette ligne ne peut pas être lue ({reason}).</translation>
    </message>
    <message>
        <source>this line has {count} values for {columns} columns (is a “{delimiter}” missing quotes?).</source>
        <translation>cette ligne a {count} valeurs pour {columns} colonnes (un « {delimiter} » manque-t-il de guillemets ?).</translation>
    </message>
    <message>
        <source>unknown column “{column}”: the columns are {columns}.</source>
        <translation>colonne inconnue « {column} » : les colonnes sont {columns}.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no (write yes, no, 1 or 0).</source>
        <translation>« {value} » n’est ni oui ni non (écrivez yes, no, 1 ou 0).</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Atelier</source>
        <extracomment>Kept for the pages that still import it; new code calls ``style.error(label)``. What row_widget and column_widget lay out: a widget, a layout, or a widget with its stretch factor (and alignment).</extracomment>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>languages</name>
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
        <translation>La commission est en centièmes de pour cent : entre 0 et 10000 (100 %).</translation>
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
        <source>The demo's status is fr_micro, ma_auto, qc_self or other.</source>
        <translation>Le statut de la démo est fr_micro, ma_auto, qc_self ou other.</translation>
    </message>
    <message>
        <source>The demo fills an empty store only: this one already holds orders or clients. Start a new store (atelier demo --replace).</source>
        <translation>La démonstration ne remplit qu’un espace vide : celui-ci contient déjà des commandes ou des clients. Repartez d’un nouvel espace (atelier demo --replace).</translation>
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
        <translation>Cette commande a des paiements : supprimez-les ou détachez-les d’abord, pour que l’historique des revenus reste complet.</translation>
    </message>
    <message>
        <source>This package belongs to another gig.</source>
        <translation>Cette formule appartient à un autre service.</translation>
    </message>
    <message>
        <source>A refund is money paid back: enter it as a negative amount.</source>
        <translation>Un remboursement est de l’argent rendu : saisissez un montant négatif.</translation>
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
        <translation>La déclaration URSSAF se fait en euros : choisissez l’EUR comme devise de référence pour l’utiliser.</translation>
    </message>
    <message>
        <source>The Québec helper counts in Canadian dollars: set the home currency to CAD in Settings to use it.</source>
        <translation>L’assistant Québec compte en dollars canadiens : choisissez CAD comme devise principale dans les Réglages pour l’utiliser.</translation>
    </message>
    <message>
        <source>The GST/QST filing period is month, quarter or year.</source>
        <translation>La période de déclaration de TPS/TVQ est le mois, le trimestre ou l’année.</translation>
    </message>
    <message>
        <source>An expense is an amount above zero.</source>
        <translation>Une dépense est un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>The description is too long (500 characters at most).</source>
        <translation>La description est trop longue (500 caractères au plus).</translation>
    </message>
    <message>
        <source>This expense does not exist any more.</source>
        <translation>Cette dépense n’existe plus.</translation>
    </message>
    <message>
        <source>“{category}” is not an expense category: use one of {names}.</source>
        <translation>« {category} » n’est pas une catégorie de dépense : utilisez l’une de celles-ci : {names}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as 2026-03-31.</source>
        <translation>« {text} » n’est pas une date : écrivez-la sous la forme 2026-03-31.</translation>
    </message>
    <message>
        <source>Small supplier (GST/QST), last four quarters</source>
        <translation>Petit fournisseur (TPS/TVQ), quatre derniers trimestres</translation>
    </message>
    <message>
        <source>You are registered for the GST and QST: the small-supplier threshold no longer decides anything.</source>
        <translation>Vous êtes inscrit aux fichiers de la TPS et de la TVQ : le seuil du petit fournisseur ne décide plus de rien.</translation>
    </message>
    <message>
        <source>Your supplies passed {limit} in the single quarter {quarter}: you are no longer a small supplier. Register for the GST and QST; tax is due from the supply of {day} on.</source>
        <translation>Vos fournitures ont dépassé {limit} au seul trimestre {quarter} : vous n’êtes plus un petit fournisseur. Inscrivez-vous à la TPS et à la TVQ ; les taxes s’appliquent dès la fourniture du {day}.</translation>
    </message>
    <message>
        <source>Your supplies passed {limit} over the four quarters ending {quarter}: register for the GST and QST; tax is due from {day}.</source>
        <translation>Vos fournitures ont dépassé {limit} sur les quatre trimestres se terminant par {quarter} : inscrivez-vous à la TPS et à la TVQ ; les taxes s’appliquent à partir du {day}.</translation>
    </message>
    <message>
        <source>Your supplies of the last four quarters are close to the small-supplier threshold of {limit}.</source>
        <translation>Vos fournitures des quatre derniers trimestres approchent du seuil du petit fournisseur de {limit}.</translation>
    </message>
    <message>
        <source>Under the small-supplier threshold of {limit}: no GST or QST to charge yet.</source>
        <translation>Sous le seuil du petit fournisseur de {limit} : pas encore de TPS ni de TVQ à percevoir.</translation>
    </message>
    <message>
        <source>GST/QST return, {period}</source>
        <translation>Déclaration de TPS/TVQ, {period}</translation>
    </message>
    <message>
        <source>Income-tax instalment {n} of 4, {year} (estimate)</source>
        <translation>Acompte provisionnel {n} sur 4, {year} (estimation)</translation>
    </message>
    <message>
        <source>{count} sales went to clients with no country: they were counted as taxable in Canada. Set each client's country (exports are zero-rated).</source>
        <translation>Ventes à des clients sans pays : {count}, comptées comme taxables au Canada. Indiquez le pays de chaque client (les exportations sont détaxées).</translation>
    </message>
    <message>
        <source>Your estimated net tax owed for {year} passes {limit}: pay instalments on March 15, June 15, September 15 and December 15.</source>
        <translation>Votre impôt net estimé pour {year} dépasse {limit} : versez des acomptes provisionnels les 15 mars, 15 juin, 15 septembre et 15 décembre.</translation>
    </message>
    <message>
        <source>{orders} orders and {expenses} expenses in other currencies have no exchange rate for their day and are left out: update the rates (atelier rates update).</source>
        <translation>Commandes : {orders}, dépenses : {expenses} en d’autres devises sans taux de change pour leur jour, laissées de côté : mettez les taux à jour (atelier rates update).</translation>
    </message>
    <message>
        <source>{count} payments recorded in another home currency are not counted.</source>
        <translation>Paiements enregistrés dans une autre devise principale, non comptés : {count}.</translation>
    </message>
    <message>
        <source>An amount here cannot be negative.</source>
        <translation>Un montant ici ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>Un modèle de texte a besoin d'un titre.</translation>
    </message>
    <message>
        <source>A template needs instructions for the model.</source>
        <translation>Un modèle de texte a besoin d'instructions pour l'IA.</translation>
    </message>
    <message>
        <source>A draft needs a title.</source>
        <translation>Un brouillon a besoin d'un titre.</translation>
    </message>
    <message>
        <source>This draft does not exist any more.</source>
        <translation>Ce brouillon n'existe plus.</translation>
    </message>
    <message>
        <source>Attach this draft to an order before marking it delivered.</source>
        <translation>Rattachez ce brouillon à une commande avant de le marquer comme livré.</translation>
    </message>
    <message>
        <source>Save the text before marking it delivered.</source>
        <translation>Enregistrez le texte avant de le marquer comme livré.</translation>
    </message>
    <message>
        <source>Name the model that wrote this draft.</source>
        <translation>Indiquez le modèle qui a écrit ce brouillon.</translation>
    </message>
    <message>
        <source>The model wrote nothing: there is no draft to keep.</source>
        <translation>Le modèle n'a rien écrit : il n'y a pas de brouillon à garder.</translation>
    </message>
    <message>
        <source>Describe the brief before asking for ideas.</source>
        <translation>Décrivez le brief avant de demander des idées.</translation>
    </message>
    <message>
        <source>This brainstorm board does not exist any more.</source>
        <translation>Ce tableau de brainstorming n’existe plus.</translation>
    </message>
    <message>
        <source>An idea's fields must be a JSON object.</source>
        <translation>Les champs d’une idée doivent former un objet JSON.</translation>
    </message>
    <message>
        <source>An idea needs a title.</source>
        <translation>Une idée doit avoir un titre.</translation>
    </message>
    <message>
        <source>An idea can only come from ideas of its board.</source>
        <translation>Une idée ne peut venir que d’idées de son tableau.</translation>
    </message>
    <message>
        <source>There is no text to keep on this card.</source>
        <translation>Il n’y a aucun texte à garder sur cette carte.</translation>
    </message>
    <message>
        <source>This idea does not exist any more.</source>
        <translation>Cette idée n’existe plus.</translation>
    </message>
    <message>
        <source>Notes are too long (4000 characters at most).</source>
        <translation>Les notes sont trop longues (4 000 caractères au plus).</translation>
    </message>
    <message>
        <source>Choose two different ideas of the same board.</source>
        <translation>Choisissez deux idées différentes du même tableau.</translation>
    </message>
    <message>
        <source>This board is not linked to an order.</source>
        <translation>Ce tableau n’est lié à aucune commande.</translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
        <translation>Choisissez le fichier à joindre.</translation>
    </message>
    <message>
        <source>Enter the term.</source>
        <translation>Saisissez le terme.</translation>
    </message>
    <message>
        <source>A term is too long (300 characters at most).</source>
        <translation>Le terme est trop long (300 caractères au maximum).</translation>
    </message>
    <message>
        <source>The note is too long (2000 characters at most).</source>
        <translation>La note est trop longue (2 000 caractères au maximum).</translation>
    </message>
    <message>
        <source>This term and translation are already in the glossary.</source>
        <translation>Ce terme et sa traduction sont déjà dans le glossaire.</translation>
    </message>
    <message>
        <source>This glossary term does not exist any more.</source>
        <translation>Ce terme du glossaire n’existe plus.</translation>
    </message>
    <message>
        <source>Enter a language code, for example fr or en.</source>
        <translation>Saisissez un code de langue, par exemple fr ou en.</translation>
    </message>
    <message>
        <source>This is not a language code: write it like fr, en or fr-CA.</source>
        <translation>Ce n’est pas un code de langue : écrivez-le comme fr, en ou fr-CA.</translation>
    </message>
    <message>
        <source>The source text is empty: there is nothing to remember.</source>
        <translation>Le texte source est vide : il n’y a rien à mémoriser.</translation>
    </message>
    <message>
        <source>The translation is empty: there is nothing to remember.</source>
        <translation>La traduction est vide : il n’y a rien à mémoriser.</translation>
    </message>
    <message>
        <source>This translation memory unit does not exist any more.</source>
        <translation>Cette unité de la mémoire de traduction n’existe plus.</translation>
    </message>
    <message>
        <source>This translation project does not exist any more.</source>
        <translation>Ce projet de traduction n’existe plus.</translation>
    </message>
    <message>
        <source>A translation project needs a name.</source>
        <translation>Un projet de traduction a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Another translation project already has this name.</source>
        <translation>Un autre projet de traduction porte déjà ce nom.</translation>
    </message>
    <message>
        <source>This order does not exist any more.</source>
        <translation>Cette commande n’existe plus.</translation>
    </message>
    <message>
        <source>The target language must differ from the source language.</source>
        <translation>La langue cible doit être différente de la langue source.</translation>
    </message>
    <message>
        <source>This file is not in the project any more.</source>
        <translation>Ce fichier ne fait plus partie du projet.</translation>
    </message>
    <message>
        <source>This segment is not in the project any more.</source>
        <translation>Ce segment ne fait plus partie du projet.</translation>
    </message>
    <message>
        <source>Write a translation before confirming it.</source>
        <translation>Écrivez une traduction avant de la confirmer.</translation>
    </message>
    <message>
        <source>Enter the text to find.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <source>This regular expression matches empty text: make it match at least one character.</source>
        <translation>Cette expression régulière accepte un texte vide : elle doit correspondre à au moins un caractère.</translation>
    </message>
    <message>
        <source>The replacement cannot contain inline formatting placeholders.</source>
        <translation>Le remplacement ne peut pas contenir de balises de mise en forme.</translation>
    </message>
    <message>
        <source>Unknown segment status.</source>
        <translation>Statut de segment inconnu.</translation>
    </message>
    <message>
        <source>This amount is too large: Atelier records amounts of up to one billion (1,000,000,000) in any currency.</source>
        <translation>Ce montant est trop élevé : Atelier enregistre des montants jusqu’à un milliard (1 000 000 000) dans toute devise.</translation>
    </message>
    <message>
        <source>With this exchange rate the amount in your home currency is over one billion: check the rate.</source>
        <translation>Avec ce taux de change, le montant dans votre devise principale dépasse un milliard : vérifiez le taux.</translation>
    </message>
    <message>
        <source>This date is outside the years Atelier handles: enter a date between 1970 and 2199.</source>
        <translation>Cette date est hors des années que gère Atelier : saisissez une date entre 1970 et 2199.</translation>
    </message>
    <message>
        <source>The demo's date must be between 1975 and 2198: its orders go back a few years before it.</source>
        <translation>La date de la démo doit être entre 1975 et 2198 : ses commandes remontent quelques années plus tôt.</translation>
    </message>
    <message>
        <source>The payments of this period add up to more than Atelier can count: an amount was recorded wrongly (over one billion). Correct it and try again.</source>
        <translation>Les paiements de cette période dépassent ce qu’Atelier peut additionner : un montant a été mal saisi (plus d’un milliard). Corrigez-le et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: Atelier could not write to {path}. Nothing was changed; free some space and try again.</source>
        <translation>Le disque est plein : Atelier n’a pas pu écrire dans {path}. Rien n’a été modifié ; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>Atelier cannot write to {path}: the folder or the file is read-only. Nothing was changed; check its permissions, or choose another folder.</source>
        <translation>Atelier ne peut pas écrire dans {path} : le dossier ou le fichier est en lecture seule. Rien n’a été modifié ; vérifiez ses droits, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The store is busy: another Atelier window or command is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Vos données sont occupées : une autre fenêtre ou commande d’Atelier est en train d’y écrire. Rien n’a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The minimum hourly rate must be above zero, or left empty.</source>
        <translation>Le taux horaire minimum doit être supérieur à zéro, ou laissé vide.</translation>
    </message>
    <message>
        <source>The template “{template}” has no variable {unknown}; its variables are: {variables}.</source>
        <translation>Le modèle « {template} » n’a pas de variable {unknown} ; ses variables sont : {variables}.</translation>
    </message>
    <message>
        <source>Atelier does not know the language “{language}”: give one of {languages}.</source>
        <translation>Atelier ne connaît pas la langue « {language} » : indiquez l’une de celles-ci : {languages}.</translation>
    </message>
    <message>
        <source>There is no rewrite “{kind}”: choose one of {kinds}.</source>
        <translation>Il n’y a pas de réécriture « {kind} » : choisissez parmi {kinds}.</translation>
    </message>
    <message>
        <source>Keep between {low} and {high} backups.</source>
        <translation>Gardez entre {low} et {high} sauvegardes.</translation>
    </message>
    <message>
        <source>The copy is damaged, so the store itself is (SQLite says: {problems}). No backup was written.</source>
        <translation>La copie est abîmée, donc vos données elles-mêmes le sont (SQLite indique : {problems}). Aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>There is no store at {file} yet: there is nothing to back up.</source>
        <translation>Il n’y a pas encore de données à {file} : il n’y a rien à sauvegarder.</translation>
    </message>
    <message>
        <source>{file} already exists: choose another file name (Atelier never writes a backup over a file).</source>
        <translation>{file} existe déjà : choisissez un autre nom de fichier (Atelier n’écrit jamais une sauvegarde par-dessus un fichier).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The store could not be backed up: {error}.</source>
        <translation>Vos données n’ont pas pu être sauvegardées : {error}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {error}.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans {folder} : {error}.</translation>
    </message>
    <message>
        <source>{file} does not exist. Nothing was restored.</source>
        <translation>{file} n’existe pas. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {problem}. Your current store was left as it was.</source>
        <translation>{file} ne peut pas être restauré : {problem}. Vos données actuelles sont restées telles quelles.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: it was written by a newer version of Atelier. Update Atelier to restore it. Your current store was left as it was.</source>
        <translation>{file} ne peut pas être restauré : il a été écrit par une version plus récente d’Atelier. Mettez Atelier à jour pour le restaurer. Vos données actuelles sont restées telles quelles.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error}). Your current store was left as it was.</source>
        <translation>{file} est illisible ({error}). Vos données actuelles sont restées telles quelles.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: it is empty, not an Atelier store. Your current store was left as it was.</source>
        <translation>{file} ne peut pas être restauré : il est vide, ce n’est pas un fichier de données Atelier. Vos données actuelles sont restées telles quelles.</translation>
    </message>
    <message>
        <source>{file} is still open in another program (Atelier?): close it, then restore again. Nothing was restored.</source>
        <translation>{file} est encore ouvert dans un autre programme (Atelier ?) : fermez-le, puis restaurez de nouveau. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>{file} could not be copied ({error}). Your current store was left as it was.</source>
        <translation>{file} n’a pas pu être copié ({error}). Vos données actuelles sont restées telles quelles.</translation>
    </message>
    <message>
        <source>There is no order #{id}.</source>
        <translation>Il n’y a pas de commande nº {id}.</translation>
    </message>
    <message>
        <source>Unknown gig status “{status}”.</source>
        <translation>Statut de service inconnu : « {status} ».</translation>
    </message>
    <message>
        <source>Unknown activity type “{activity}”.</source>
        <translation>Type d’activité inconnu : « {activity} ».</translation>
    </message>
    <message>
        <source>There is no gig #{id} any more.</source>
        <translation>Le service nº {id} n’existe plus.</translation>
    </message>
    <message>
        <source>Package #{id} does not belong to this gig.</source>
        <translation>La formule nº {id} n’appartient pas à ce service.</translation>
    </message>
    <message>
        <source>“{code}” is not a country code. Use the two letters of ISO 3166 (FR, MA, CA, BE…) or leave it empty.</source>
        <translation>« {code} » n’est pas un code de pays. Utilisez les deux lettres de l’ISO 3166 (FR, MA, CA, BE…) ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>“{code}” is not a language code. Use a code such as fr, en, es, ar or fr-CA.</source>
        <translation>« {code} » n’est pas un code de langue. Utilisez un code comme fr, en, es, ar ou fr-CA.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address (name@example.com).</source>
        <translation>« {email} » n’est pas une adresse e-mail (nom@exemple.com).</translation>
    </message>
    <message>
        <source>There is no client #{id} any more.</source>
        <translation>Le client nº {id} n’existe plus.</translation>
    </message>
    <message>
        <source>{client} has 1 order: a client with orders cannot be deleted, so your order and income history stays complete.</source>
        <translation>{client} a 1 commande : un client qui a des commandes ne peut pas être supprimé, afin que l’historique de vos commandes et de vos revenus reste complet.</translation>
    </message>
    <message>
        <source>{client} has {count} orders: a client with orders cannot be deleted, so your order and income history stays complete.</source>
        <translation>{client} a {count} commandes : un client qui a des commandes ne peut pas être supprimé, afin que l’historique de vos commandes et de vos revenus reste complet.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value for {key}.</source>
        <translation>« {value} » n’est pas une valeur valide pour {key}.</translation>
    </message>
    <message>
        <source>This store already holds business records (its {table} table is not empty): importing would mix two sets of data. Import into a new store, or pass --replace to delete everything in this one first.</source>
        <translation>Ces données contiennent déjà des enregistrements d’activité (leur table {table} n’est pas vide) : l’import mélangerait deux jeux de données. Importez dans un nouveau fichier de données, ou passez --replace pour tout effacer d’abord dans celui-ci.</translation>
    </message>
    <message>
        <source>{folder} is not a folder of CSV files.</source>
        <translation>{folder} n’est pas un dossier de fichiers CSV.</translation>
    </message>
    <message>
        <source>The files are not consistent, nothing was imported: {error}</source>
        <translation>Les fichiers ne sont pas cohérents, rien n’a été importé : {error}</translation>
    </message>
    <message>
        <source>Atelier did not upgrade the store {file} because it could not back it up first: {error} The store was left as it was.</source>
        <translation>Atelier n’a pas mis à jour les données {file} car il n’a pas pu les sauvegarder d’abord : {error} Elles sont restées telles quelles.</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>{token} is not in the source</source>
        <translation>{token} n’est pas dans la source</translation>
    </message>
    <message>
        <source>{token} should be {want}</source>
        <translation>{token} devrait être {want}</translation>
    </message>
    <message>
        <source>{token} appears more than once</source>
        <translation>{token} apparaît plus d’une fois</translation>
    </message>
    <message>
        <source>{token} closes before {other}: the pairs overlap</source>
        <translation>{token} se ferme avant {other} : les paires se chevauchent</translation>
    </message>
    <message>
        <source>{token} comes before its {other}</source>
        <translation>{token} vient avant son {other}</translation>
    </message>
    <message>
        <source>{token} is missing</source>
        <translation>{token} manque</translation>
    </message>
    <message>
        <source>{token} is missing while its partner is there</source>
        <translation>{token} manque alors que son partenaire est là</translation>
    </message>
    <message>
        <source>“{suffix}”</source>
        <translation>« {suffix} »</translation>
    </message>
    <message>
        <source>a file without an extension</source>
        <translation>un fichier sans extension</translation>
    </message>
    <message>
        <source>Drafts are exported as .txt, .md or .docx, not as {kind}: choose a file name that ends in one of them ({file}).</source>
        <translation>Les brouillons s’exportent en .txt, .md ou .docx, pas en {kind} : choisissez un nom de fichier qui se termine par l’une de ces extensions ({file}).</translation>
    </message>
    <message>
        <source>{file} could not be written: {error}.</source>
        <translation>{file} n’a pas pu être écrit : {error}.</translation>
    </message>
    <message>
        <source>{platform} has no fee set yet: enter it in Settings › Platforms.</source>
        <translation>{platform} n’a pas encore de commission : indiquez-la dans Réglages › Plateformes.</translation>
    </message>
    <message>
        <source>“{by}” is not a grouping: use one of {groupings}.</source>
        <translation>« {by} » n’est pas un regroupement : utilisez l’un de ceux-ci : {groupings}.</translation>
    </message>
    <message>
        <source>“{by}” is not a grouping: use platform, client or gig.</source>
        <translation>« {by} » n’est pas un regroupement : utilisez platform, client ou gig.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency Atelier knows. Use an ISO 4217 code such as EUR, USD, CAD or MAD.</source>
        <translation>« {code} » n’est pas une devise connue d’Atelier. Utilisez un code ISO 4217 comme EUR, USD, CAD ou MAD.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>« {text} » n’est pas un montant.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most 0 decimal places.</source>
        <translation>Les montants en {currency} n’ont pas de décimales.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most 1 decimal place.</source>
        <translation>Les montants en {currency} ont au plus 1 décimale.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {count} decimal places.</source>
        <translation>Les montants en {currency} ont au plus {count} décimales.</translation>
    </message>
    <message>
        <source>“{text}” is not an exchange rate.</source>
        <translation>« {text} » n’est pas un taux de change.</translation>
    </message>
    <message>
        <source>There is no gig #{id}.</source>
        <translation>Il n’y a pas de service nº {id}.</translation>
    </message>
    <message>
        <source>There is no package #{id}.</source>
        <translation>Il n’y a pas de formule nº {id}.</translation>
    </message>
    <message>
        <source>“{span}” is not a period: use one of {spans}.</source>
        <translation>« {span} » n’est pas une période : utilisez l’une de celles-ci : {spans}.</translation>
    </message>
    <message>
        <source>A tip is money received: enter an amount above zero.</source>
        <translation>Un pourboire est de l’argent reçu : saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>A payout is money received: enter an amount above zero.</source>
        <translation>Un versement est de l’argent reçu : saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Unknown payment kind “{kind}”.</source>
        <translation>Type de paiement inconnu : « {kind} ».</translation>
    </message>
    <message>
        <source>A payment in {currency} needs no exchange rate.</source>
        <translation>Un paiement en {currency} n’a pas besoin de taux de change.</translation>
    </message>
    <message>
        <source>Enter the rate used: how many {home} for 1 {currency}.</source>
        <translation>Saisissez le taux appliqué : combien de {home} pour 1 {currency}.</translation>
    </message>
    <message>
        <source>“{span}” is not a period: use month, quarter or year.</source>
        <translation>« {span} » n’est pas une période : utilisez month, quarter ou year.</translation>
    </message>
    <message>
        <source>“{text}” is not a percentage.</source>
        <translation>« {text} » n’est pas un pourcentage.</translation>
    </message>
    <message>
        <source>A platform name has at most {count} characters.</source>
        <translation>Le nom d’une plateforme a au plus {count} caractères.</translation>
    </message>
    <message>
        <source>There is already a platform named “{name}”.</source>
        <translation>Il existe déjà une plateforme nommée « {name} ».</translation>
    </message>
    <message>
        <source>{platform} is used by 1 order: it cannot be deleted.</source>
        <translation>{platform} est utilisée par 1 commande : elle ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>{platform} is used by {count} orders: it cannot be deleted.</source>
        <translation>{platform} est utilisée par {count} commandes : elle ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone name.</source>
        <translation>« {name} » n’est pas un nom de fuseau horaire.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Atelier (schema {revision}). Update Atelier to open it; the file was left untouched.</source>
        <translation>{file} a été écrit par une version plus récente d’Atelier (schéma {revision}). Mettez Atelier à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Templates are written in English or French (en, fr), not “{language}”.</source>
        <translation>Les modèles sont rédigés en anglais ou en français (en, fr), pas en « {language} ».</translation>
    </message>
    <message>
        <source>There is no template “{template}”. Known templates: {known} (and yours, listed by `atelier templates list`).</source>
        <translation>Il n’y a pas de modèle « {template} ». Modèles connus : {known} (et les vôtres, listés par `atelier templates list`).</translation>
    </message>
    <message>
        <source>This text is too long ({count} characters at most).</source>
        <translation>Ce texte est trop long ({count} caractères au plus).</translation>
    </message>
    <message>
        <source>“{template}” is one of your own templates: there is no shipped text to go back to (delete it instead).</source>
        <translation>« {template} » est l’un de vos propres modèles : il n’a pas de texte d’origine à rétablir (supprimez-le plutôt).</translation>
    </message>
    <message>
        <source>“{template}” ships with Atelier and cannot be deleted; reset it to bring back its original text.</source>
        <translation>« {template} » est fourni avec Atelier et ne peut pas être supprimé ; réinitialisez-le pour retrouver son texte d’origine.</translation>
    </message>
    <message>
        <source>Give a value for {variable}.</source>
        <translation>Donnez une valeur à {variable}.</translation>
    </message>
    <message>
        <source>The template “{template}” needs a value for {names}.</source>
        <translation>Le modèle « {template} » a besoin d’une valeur pour {names}.</translation>
    </message>
    <message>
        <source>The translator returned {got} translations for {count} segments.</source>
        <translation>Le traducteur a rendu {got} traductions pour {count} segments.</translation>
    </message>
    <message>
        <source>This project already has a file named “{name}” with other content. Replace it, or rename the new file.</source>
        <translation>Ce projet a déjà un fichier nommé « {name} » au contenu différent. Remplacez-le, ou renommez le nouveau fichier.</translation>
    </message>
    <message>
        <source>{problem}: fix the inline formatting placeholders before confirming.</source>
        <translation>{problem} : corrigez les balises de mise en forme avant de confirmer.</translation>
    </message>
    <message>
        <source>This regular expression is not valid: {error}.</source>
        <translation>Cette expression régulière n’est pas valide : {error}.</translation>
    </message>
    <message>
        <source>This replacement is not valid: {error}.</source>
        <translation>Ce remplacement n’est pas valide : {error}.</translation>
    </message>
    <message>
        <source>There are no URSSAF figures for {year}: add them in Settings › Declaration.</source>
        <translation>Aucun barème URSSAF pour {year} : ajoutez-le dans Réglages › Déclaration.</translation>
    </message>
    <message>
        <source>Enter a year between {low} and {high}.</source>
        <translation>Saisissez une année entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Atelier has no figure “{key}” for {year}: add it in Settings › Rules.</source>
        <translation>Atelier n’a pas de chiffre « {key} » pour {year} : ajoutez-le dans Paramètres › Règles.</translation>
    </message>
    <message>
        <source>“{value}” is not a SIREN or SIRET: a SIREN has 9 digits, a SIRET 14.</source>
        <translation>« {value} » n’est pas un SIREN ou un SIRET : un SIREN a 9 chiffres, un SIRET 14.</translation>
    </message>
    <message>
        <source>This SIREN's check digit is wrong: check the 9 digits on your INSEE notice.</source>
        <translation>La clé de contrôle de ce SIREN est fausse : vérifiez les 9 chiffres sur votre avis de situation INSEE.</translation>
    </message>
    <message>
        <source>This SIRET's check digit is wrong: check the 14 digits on your INSEE notice.</source>
        <translation>La clé de contrôle de ce SIRET est fausse : vérifiez les 14 chiffres sur votre avis de situation INSEE.</translation>
    </message>
    <message>
        <source>“{value}” is not an ICE: it has 15 digits.</source>
        <translation>« {value} » n’est pas un ICE : il a 15 chiffres.</translation>
    </message>
    <message>
        <source>This ICE's check digits are wrong: check the 15 digits on your ICE certificate.</source>
        <translation>Les chiffres de contrôle de cet ICE sont faux : vérifiez les 15 chiffres sur votre attestation ICE.</translation>
    </message>
    <message>
        <source>“{value}” is not an identifiant fiscal: it has 7, 8 or 10 digits and nothing else.</source>
        <translation>« {value} » n’est pas un identifiant fiscal : il a 7, 8 ou 10 chiffres et rien d’autre.</translation>
    </message>
    <message>
        <source>“{value}” is not a GST number: it reads 123456789 RT 0001 (your 9-digit business number, RT, then 4 digits).</source>
        <translation>« {value} » n’est pas un numéro de TPS : il s’écrit 123456789 RT 0001 (votre numéro d’entreprise de 9 chiffres, RT, puis 4 chiffres).</translation>
    </message>
    <message>
        <source>This business number's check digit is wrong: check the 9 digits on your CRA letter.</source>
        <translation>Le chiffre de contrôle de ce numéro d’entreprise est faux : vérifiez les 9 chiffres sur la lettre de l’ARC.</translation>
    </message>
    <message>
        <source>“{value}” is not a QST number: it reads 1234567890 TQ 0001 (10 digits, TQ, then 4 digits).</source>
        <translation>« {value} » n’est pas un numéro de TVQ : il s’écrit 1234567890 TQ 0001 (10 chiffres, TQ, puis 4 chiffres).</translation>
    </message>
    <message>
        <source>This text is too long ({limit} characters at most).</source>
        <translation>Ce texte est trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>“{value}” is not a date (year-month-day, for example 2026-01-31).</source>
        <translation>« {value} » n’est pas une date (année-mois-jour, par exemple 2026-01-31).</translation>
    </message>
    <message>
        <source>Choose your country and status.</source>
        <translation>Choisissez votre pays et votre statut.</translation>
    </message>
    <message>
        <source>The activity is services or commerce.</source>
        <translation>L’activité est prestations de services ou commerce.</translation>
    </message>
    <message>
        <source>Say whether you are registered for GST/QST or a small supplier.</source>
        <translation>Indiquez si vous êtes inscrit à la TPS/TVQ ou petit fournisseur.</translation>
    </message>
    <message>
        <source>The filing period is month, quarter or year.</source>
        <translation>La période de déclaration est le mois, le trimestre ou l’année.</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>Saisissez un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>Enter a year between 1900 and 2200.</source>
        <translation>Saisissez une année entre 1900 et 2200.</translation>
    </message>
    <message>
        <source>There is no figure “{key}” to edit.</source>
        <translation>Il n’y a pas de chiffre « {key} » à modifier.</translation>
    </message>
    <message>
        <source>A percentage here has at most {count} decimals.</source>
        <translation>Un pourcentage a ici au plus {count} décimales.</translation>
    </message>
    <message>
        <source>Enter a day as month-day, for example 06-15 for June 15.</source>
        <translation>Saisissez un jour sous la forme mois-jour, par exemple 06-15 pour le 15 juin.</translation>
    </message>
    <message>
        <source>“{key}” is not one of the URSSAF figures.</source>
        <translation>« {key} » ne fait pas partie des chiffres URSSAF.</translation>
    </message>
    <message>
        <source>Enter every figure of {year}.</source>
        <translation>Saisissez tous les chiffres de {year}.</translation>
    </message>
    <message>
        <source>it is truncated: only {size} bytes are left</source>
        <translation>il est tronqué : il n’en reste que {size} octets</translation>
    </message>
    <message>
        <source>it is not a SQLite database (another kind of file, or overwritten)</source>
        <translation>ce n’est pas une base SQLite (un autre type de fichier, ou il a été écrasé)</translation>
    </message>
    <message>
        <source>it is truncated: {size} bytes are left of the {announced} its header announces</source>
        <translation>il est tronqué : il reste {size} octets sur les {announced} qu’annonce son en-tête</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>it cannot be opened ({error})</source>
        <translation>il ne peut pas être ouvert ({error})</translation>
    </message>
    <message>
        <source>{problem}: SQLite cannot read it ({error})</source>
        <translation>{problem} : SQLite ne peut pas le lire ({error})</translation>
    </message>
    <message>
        <source>it is a SQLite database of another application, not an Atelier store</source>
        <translation>c’est une base SQLite d’une autre application, pas un fichier de données Atelier</translation>
    </message>
    <message>
        <source>it has no schema revision: it is damaged or incomplete</source>
        <translation>il n’a pas de révision de schéma : il est endommagé ou incomplet</translation>
    </message>
    <message>
        <source>{problem}: SQLite finds {findings}</source>
        <translation>{problem} : SQLite y trouve {findings}</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>il est endommagé</translation>
    </message>
    <message>
        <source>This is not a column mapping saved by Atelier.</source>
        <translation>Ce n’est pas une correspondance de colonnes enregistrée par Atelier.</translation>
    </message>
    <message>
        <source>The file has no column “{name}”.</source>
        <translation>Le fichier n’a pas de colonne « {name} ».</translation>
    </message>
    <message>
        <source>“{text}” is not a currency code.</source>
        <translation>« {text} » n’est pas un code de devise.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>« {text} » n’est pas une date.</translation>
    </message>
    <message>
        <source>The net ({net}) is not the gross less the fee.</source>
        <translation>Le net ({net}) n’est pas le brut moins la commission.</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Donnez un nom à cette correspondance.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Choisissez la colonne qui contient la date.</translation>
    </message>
    <message>
        <source>Choose the column that holds the amount (or the gross or net).</source>
        <translation>Choisissez la colonne qui contient le montant (ou le brut, ou le net).</translation>
    </message>
    <message>
        <source>Choose the currency column, or the currency of every row.</source>
        <translation>Choisissez la colonne de la devise, ou la devise de toutes les lignes.</translation>
    </message>
    <message>
        <source>The file is {size} MB, more than the {limit} MB Atelier reads from one payment export. Check that it is the right file, or export a shorter period.</source>
        <translation>Le fichier fait {size} Mo, plus que les {limit} Mo qu’Atelier lit dans un export de paiements. Vérifiez que c’est le bon fichier, ou exportez une période plus courte.</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Le fichier est vide : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>The file {problem}.</source>
        <translation>Le fichier {problem}.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>Le fichier ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file: open it and save it as “CSV” (or download the export as CSV), then import that file.</source>
        <translation>C’est un classeur Excel, pas un fichier CSV : ouvrez-le et enregistrez-le au format « CSV » (ou téléchargez l’export en CSV), puis importez ce fichier.</translation>
    </message>
    <message>
        <source>This is a ZIP archive, not a CSV file: extract the CSV file it holds and import that file.</source>
        <translation>C’est une archive ZIP, pas un fichier CSV : extrayez le fichier CSV qu’elle contient et importez-le.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file: download the export as CSV and import that file.</source>
        <translation>C’est un document PDF, pas un fichier CSV : téléchargez l’export en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>This is an OFX or XML file, not a CSV file: download the export as CSV and import that file.</source>
        <translation>C’est un fichier OFX ou XML, pas un fichier CSV : téléchargez l’export en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data): download the export as CSV and import that file.</source>
        <translation>Ce n’est pas un fichier texte (il contient des données binaires) : téléchargez l’export en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file mixes two text encodings (line {line} is not UTF-8 like the lines before it): export it again, or save it as UTF-8.</source>
        <translation>Le fichier mélange deux encodages de texte (la ligne {line} n’est pas en UTF-8 comme les lignes précédentes) : exportez-le à nouveau, ou enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>This is not a CSV file: no line of it is split into columns by commas, semicolons, tabs or bars. Download the export as CSV and import that file.</source>
        <translation>Ce n’est pas un fichier CSV : aucune de ses lignes n’est découpée en colonnes par des virgules, des points-virgules, des tabulations ou des barres. Téléchargez l’export en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>This line is not valid CSV ({error}).</source>
        <translation>Cette ligne n’est pas du CSV valide ({error}).</translation>
    </message>
    <message>
        <source>This line is not valid {encoding} text: export the file again, or save it as UTF-8.</source>
        <translation>Cette ligne n’est pas du texte {encoding} valide : exportez à nouveau le fichier, ou enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency Atelier knows.</source>
        <translation>« {code} » n’est pas une devise connue d’Atelier.</translation>
    </message>
    <message>
        <source>“{text}” is a spreadsheet formula, not an amount: export the file again from the platform, without editing it in a spreadsheet.</source>
        <translation>« {text} » est une formule de tableur, pas un montant : exportez à nouveau le fichier depuis la plateforme, sans le modifier dans un tableur.</translation>
    </message>
    <message>
        <source>“{text}” has more decimals than {currency} has.</source>
        <translation>« {text} » a plus de décimales que n’en a la devise {currency}.</translation>
    </message>
    <message>
        <source>“{text}” is too large: Atelier records amounts of up to one billion.</source>
        <translation>« {text} » est trop grand : Atelier enregistre des montants jusqu’à un milliard.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone Atelier knows.</source>
        <translation>« {zone} » n’est pas un fuseau horaire connu d’Atelier.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day.</source>
        <translation>« {text} » n’est pas une heure.</translation>
    </message>
    <message>
        <source>This is not a payment export Atelier recognises: its columns are {columns}. Map its columns to import it.</source>
        <translation>Ce n’est pas un export de paiements qu’Atelier reconnaît : ses colonnes sont {columns}. Associez ses colonnes pour l’importer.</translation>
    </message>
    <message>
        <source>Atelier cannot tell which columns of this bank file hold the date, the label and the amount: map its columns to import it.</source>
        <translation>Atelier ne sait pas quelles colonnes de ce fichier bancaire contiennent la date, le libellé et le montant : associez ses colonnes pour l’importer.</translation>
    </message>
    <message>
        <source>The currency is missing.</source>
        <translation>La devise manque.</translation>
    </message>
    <message>
        <source>“{text}” is not a number of hours.</source>
        <translation>« {text} » n’est pas un nombre d’heures.</translation>
    </message>
    <message>
        <source>The fee is in {fee_currency}, not in {currency} like the amount it was taken from.</source>
        <translation>Les frais sont en {fee_currency}, pas en {currency} comme le montant dont ils ont été déduits.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>{file}, column “{column}”: {problem}</source>
        <translation>{file}, colonne « {column} » : {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}, column “{column}”: {problem}</source>
        <translation>{file}, ligne {line}, colonne « {column} » : {problem}</translation>
    </message>
    <message>
        <source>imported on {day}</source>
        <translation>importée le {day}</translation>
    </message>
    <message>
        <source>already recorded as a transfer on {day}</source>
        <translation>déjà enregistré comme virement le {day}</translation>
    </message>
    <message>
        <source>skipped on {day}</source>
        <translation>ignoré le {day}</translation>
    </message>
    <message>
        <source>the payer “{text}” looks like a spreadsheet formula: check the file</source>
        <translation>le payeur « {text} » ressemble à une formule de tableur : vérifiez le fichier</translation>
    </message>
    <message>
        <source>the e-mail “{text}” looks like a spreadsheet formula: check the file</source>
        <translation>l’e-mail « {text} » ressemble à une formule de tableur : vérifiez le fichier</translation>
    </message>
    <message>
        <source>the reference “{text}” looks like a spreadsheet formula: check the file</source>
        <translation>la référence « {text} » ressemble à une formule de tableur : vérifiez le fichier</translation>
    </message>
    <message>
        <source>the memo “{text}” looks like a spreadsheet formula: check the file</source>
        <translation>le libellé « {text} » ressemble à une formule de tableur : vérifiez le fichier</translation>
    </message>
    <message>
        <source>the contract “{text}” looks like a spreadsheet formula: check the file</source>
        <translation>le contrat « {text} » ressemble à une formule de tableur : vérifiez le fichier</translation>
    </message>
    <message>
        <source>deleted since: stays deleted</source>
        <translation>supprimée depuis : reste supprimée</translation>
    </message>
    <message>
        <source>also in {file}, line {line}</source>
        <translation>déjà dans {file}, ligne {line}</translation>
    </message>
    <message>
        <source>pending: imported once it completes</source>
        <translation>en attente : importée une fois terminée</translation>
    </message>
    <message>
        <source>denied: it never happened</source>
        <translation>refusée : elle n’a jamais eu lieu</translation>
    </message>
    <message>
        <source>money spent, not income</source>
        <translation>une dépense, pas un revenu</translation>
    </message>
    <message>
        <source>a hold: it moves no money for good</source>
        <translation>une retenue : elle ne déplace pas d’argent pour de bon</translation>
    </message>
    <message>
        <source>nothing was received</source>
        <translation>rien n’a été reçu</translation>
    </message>
    <message>
        <source>not understood: add it as income or skip it</source>
        <translation>non comprise : ajoutez-la comme revenu ou ignorez-la</translation>
    </message>
    <message>
        <source>a currency conversion between your balances</source>
        <translation>une conversion de devises entre vos soldes</translation>
    </message>
    <message>
        <source>sent to another of your accounts</source>
        <translation>envoyée vers un autre de vos comptes</translation>
    </message>
    <message>
        <source>from another of your accounts: counted where it was received</source>
        <translation>venue d’un autre de vos comptes : comptée là où elle a été reçue</translation>
    </message>
    <message>
        <source>from {origin}: counted there</source>
        <translation>venue de {origin} : comptée là-bas</translation>
    </message>
    <message>
        <source>from {origin}: import the {origin} export first, or mark it as income</source>
        <translation>venue de {origin} : importez d’abord l’export {origin}, ou marquez-la comme revenu</translation>
    </message>
    <message>
        <source>hours of contract {contract}: no order matches it</source>
        <translation>heures du contrat {contract} : aucune commande ne lui correspond</translation>
    </message>
    <message>
        <source>{hours} h of time on order #{id}</source>
        <translation>{hours} h de temps sur la commande n° {id}</translation>
    </message>
    <message>
        <source>looks like the payment of {amount} entered on {day}</source>
        <translation>ressemble au paiement de {amount} saisi le {day}</translation>
    </message>
    <message>
        <source>another row has the export's id {id} with another amount: add this one as well?</source>
        <translation>une autre ligne porte l’identifiant d’export {id} avec un autre montant : l’ajouter aussi ?</translation>
    </message>
    <message>
        <source>no exchange rate for {currency} on {day}: update the rates or enter one</source>
        <translation>pas de taux de change pour {currency} le {day} : mettez les taux à jour ou saisissez-en un</translation>
    </message>
    <message>
        <source>{file}, line {line}: there is no client #{id}.</source>
        <translation>{file}, ligne {line} : il n’y a pas de client n° {id}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: there is no payment #{id} to link this row to.</source>
        <translation>{file}, ligne {line} : il n’y a pas de paiement n° {id} auquel rattacher cette ligne.</translation>
    </message>
    <message>
        <source>{file}, line {line}: “{action}” is not a decision: add, skip or same.</source>
        <translation>{file}, ligne {line} : « {action} » n’est pas une décision : add, skip ou same.</translation>
    </message>
    <message>
        <source>This file cannot be read as the ECB's reference rates (a UTF-8 CSV file).</source>
        <translation>Ce fichier ne peut pas être lu comme les taux de référence de la BCE (un fichier CSV en UTF-8).</translation>
    </message>
    <message>
        <source>This is not the ECB's reference rates file: its first column should be Date.</source>
        <translation>Ce n’est pas le fichier des taux de référence de la BCE : sa première colonne devrait être Date.</translation>
    </message>
    <message>
        <source>counted in the Upwork transaction history</source>
        <translation>compté dans l’historique des transactions Upwork</translation>
    </message>
    <message>
        <source>counted in the Upwork transaction history; its hours are kept</source>
        <translation>compté dans l’historique des transactions Upwork ; ses heures sont gardées</translation>
    </message>
    <message>
        <source>counted in the Upwork transaction history; no order matches contract {contract} for its hours</source>
        <translation>compté dans l’historique des transactions Upwork ; aucune commande ne correspond au contrat {contract} pour ses heures</translation>
    </message>
    <message>
        <source>counted in the Upwork weekly summary ({first} to {last})</source>
        <translation>compté dans le récapitulatif hebdomadaire Upwork (du {first} au {last})</translation>
    </message>
    <message>
        <source>the Upwork weekly summary already counted this period's earnings: add this payment as well, or skip it?</source>
        <translation>le récapitulatif hebdomadaire Upwork a déjà compté les gains de cette période : ajouter quand même ce paiement, ou l’ignorer ?</translation>
    </message>
    <message>
        <source>The Moroccan auto-entrepreneur helper works in dirhams and your home currency is {currency}: set it to MAD in Settings to use it.</source>
        <translation>L’assistant auto-entrepreneur marocain compte en dirhams et votre devise de référence est {currency} : choisissez MAD dans les Paramètres pour l’utiliser.</translation>
    </message>
    <message>
        <source>“{activity}” is not an auto-entrepreneur activity: choose services or commerce in Settings.</source>
        <translation>« {activity} » n’est pas une activité d’auto-entrepreneur : choisissez prestations de services ou commerce dans les Paramètres.</translation>
    </message>
    <message>
        <source>Your turnover received in {year} ({amount}) is over the auto-entrepreneur ceiling ({limit}): beyond it the auto-entrepreneur scheme may stop applying. Check with the DGI.</source>
        <translation>Votre chiffre d’affaires encaissé en {year} ({amount}) dépasse le plafond de l’auto-entrepreneur ({limit}) : au-delà, le régime de l’auto-entrepreneur peut cesser de s’appliquer. Renseignez-vous auprès de la DGI.</translation>
    </message>
    <message>
        <source>You have received {pct} % of the auto-entrepreneur ceiling ({limit}) in {year}.</source>
        <translation>Vous avez encaissé {pct} % du plafond de l’auto-entrepreneur ({limit}) en {year}.</translation>
    </message>
    <message>
        <source>{pct} % of the auto-entrepreneur ceiling ({limit}) received in {year}.</source>
        <translation>{pct} % du plafond de l’auto-entrepreneur ({limit}) encaissés en {year}.</translation>
    </message>
    <message>
        <source>Auto-entrepreneur ceiling, services</source>
        <translation>Plafond de l’auto-entrepreneur, prestations de services</translation>
    </message>
    <message>
        <source>Auto-entrepreneur ceiling, commerce</source>
        <translation>Plafond de l’auto-entrepreneur, activités commerciales, industrielles et artisanales</translation>
    </message>
    <message>
        <source>{client}: {amount} received in {year}, {excess} over the single-client limit ({limit}): the client withholds {rate} % of the excess, {withheld}. That withholding is final: the excess is left out of your {tax_rate} % tax.</source>
        <translation>{client} : {amount} encaissés en {year}, {excess} au-delà du plafond par client ({limit}) : le client retient à la source {rate} % de l’excédent, soit {withheld}. Cette retenue est libératoire : l’excédent sort de votre impôt de {tax_rate} %.</translation>
    </message>
    <message>
        <source>VAT franchise, all turnover (sales and services)</source>
        <translation>Franchise en base de TVA, tout le chiffre d’affaires (ventes et services)</translation>
    </message>
    <message>
        <source>Document {number} is issued: it cannot be changed or deleted; a credit note corrects an invoice.</source>
        <translation>Le document {number} est émis : il ne peut être ni modifié ni supprimé ; un avoir corrige une facture.</translation>
    </message>
    <message>
        <source>Invoice {number} is already cancelled.</source>
        <translation>La facture {number} est déjà annulée.</translation>
    </message>
    <message>
        <source>Only an issued invoice of yours can be credited; {number} cannot.</source>
        <translation>Seule une facture émise par vous peut faire l’objet d’un avoir ; {number} ne le peut pas.</translation>
    </message>
    <message>
        <source>Only an issued quote can be accepted; {number} cannot.</source>
        <translation>Seul un devis émis peut être accepté ; {number} ne le peut pas.</translation>
    </message>
    <message>
        <source>Only a quote gets a drafted description; {number} is not one.</source>
        <translation>Seul un devis reçoit une description rédigée ; {number} n'en est pas un.</translation>
    </message>
    <message>
        <source>Only an issued invoice of yours gets a payment reminder; {number} is not one.</source>
        <translation>Seule une facture émise par vous peut faire l'objet d'une relance de paiement ; {number} n'en est pas une.</translation>
    </message>
    <message>
        <source>Invoice {number} is paid: there is nothing to remind.</source>
        <translation>La facture {number} est payée : il n'y a rien à relancer.</translation>
    </message>
    <message>
        <source>Only an issued quote can be declined; {number} cannot.</source>
        <translation>Seul un devis émis peut être refusé ; {number} ne le peut pas.</translation>
    </message>
    <message>
        <source>Order #{id} already has invoice {number}: issue a credit note for it before invoicing again.</source>
        <translation>La commande n°{id} a déjà la facture {number} : émettez-en un avoir avant de facturer à nouveau.</translation>
    </message>
    <message>
        <source>Payments settle issued invoices; {number} is not one.</source>
        <translation>Les paiements règlent des factures émises ; {number} n’en est pas une.</translation>
    </message>
    <message>
        <source>Quote {number} expired on {day}: make a new one.</source>
        <translation>Le devis {number} a expiré le {day} : faites-en un nouveau.</translation>
    </message>
    <message>
        <source>The payment is in {paid_in} and the invoice in {currency}: link a payment in {currency}.</source>
        <translation>Le paiement est en {paid_in} et la facture en {currency} : liez un paiement en {currency}.</translation>
    </message>
    <message>
        <source>The quantity “{quantity}” is not a number.</source>
        <translation>La quantité « {quantity} » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The quantity “{quantity}” must be above zero.</source>
        <translation>La quantité « {quantity} » doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>There is no document #{id}.</source>
        <translation>Il n’y a pas de document n°{id}.</translation>
    </message>
    <message>
        <source>There is no payment #{id}.</source>
        <translation>Il n’y a pas de paiement n°{id}.</translation>
    </message>
    <message>
        <source>This document cannot be issued: it lacks {missing}.</source>
        <translation>Ce document ne peut pas être émis : il manque {missing}.</translation>
    </message>
    <message>
        <source>Unknown document kind “{kind}”.</source>
        <translation>Type de document inconnu « {kind} ».</translation>
    </message>
    <message>
        <source>a VAT rate on every line</source>
        <translation>un taux de TVA sur chaque ligne</translation>
    </message>
    <message>
        <source>at least one line with a description</source>
        <translation>au moins une ligne avec une désignation</translation>
    </message>
    <message>
        <source>how long the quote is valid</source>
        <translation>la durée de validité du devis</translation>
    </message>
    <message>
        <source>the 40 € recovery indemnity (business client)</source>
        <translation>l’indemnité forfaitaire de recouvrement de 40 € (client professionnel)</translation>
    </message>
    <message>
        <source>the GST and QST of every line</source>
        <translation>la TPS et la TVQ de chaque ligne</translation>
    </message>
    <message>
        <source>the VAT exemption mention</source>
        <translation>la mention d’exonération de TVA</translation>
    </message>
    <message>
        <source>the category of operation (goods, services or both)</source>
        <translation>la catégorie de l’opération (biens, services ou les deux)</translation>
    </message>
    <message>
        <source>the client's ICE (business client)</source>
        <translation>l’ICE du client (client professionnel)</translation>
    </message>
    <message>
        <source>the client's SIREN (business client)</source>
        <translation>le SIREN du client (client professionnel)</translation>
    </message>
    <message>
        <source>the client's address</source>
        <translation>l’adresse du client</translation>
    </message>
    <message>
        <source>the client's name</source>
        <translation>le nom du client</translation>
    </message>
    <message>
        <source>the date of the service (its start or end)</source>
        <translation>la date de la prestation (son début ou sa fin)</translation>
    </message>
    <message>
        <source>the document number</source>
        <translation>le numéro du document</translation>
    </message>
    <message>
        <source>the document's title (Invoice, Credit note)</source>
        <translation>le titre du document (Facture, Avoir)</translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation>la date d’émission</translation>
    </message>
    <message>
        <source>the late-payment penalty rate</source>
        <translation>le taux des pénalités de retard</translation>
    </message>
    <message>
        <source>the payment due date or terms</source>
        <translation>la date d’échéance ou les conditions de paiement</translation>
    </message>
    <message>
        <source>the “EI” after your name (Settings › Status and identity)</source>
        <translation>la mention « EI » après votre nom (Paramètres › Statut et identité)</translation>
    </message>
    <message>
        <source>your GST and QST numbers (Settings › Status and identity)</source>
        <translation>vos numéros de TPS et de TVQ (Paramètres › Statut et identité)</translation>
    </message>
    <message>
        <source>your ICE (Settings › Status and identity)</source>
        <translation>votre ICE (Paramètres › Statut et identité)</translation>
    </message>
    <message>
        <source>your SIRET (Settings › Status and identity)</source>
        <translation>votre SIRET (Paramètres › Statut et identité)</translation>
    </message>
    <message>
        <source>your VAT number (Settings)</source>
        <translation>votre numéro de TVA (Paramètres)</translation>
    </message>
    <message>
        <source>your address (Settings › Status and identity)</source>
        <translation>votre adresse (Paramètres › Statut et identité)</translation>
    </message>
    <message>
        <source>your legal name (Settings › Status and identity)</source>
        <translation>votre nom légal (Paramètres › Statut et identité)</translation>
    </message>
    <message>
        <source>your tax identifier IF (Settings › Status and identity)</source>
        <translation>votre identifiant fiscal IF (Paramètres › Statut et identité)</translation>
    </message>
    <message>
        <source>{platform} invoices the client for order #{id} itself: record the platform's invoice (its number and file) instead of issuing a second one.</source>
        <translation>{platform} facture lui-même le client de la commande n°{id} : enregistrez la facture de la plateforme (son numéro et son fichier) au lieu d’en émettre une seconde.</translation>
    </message>
    <message>
        <source>{year}: numbers given twice: {numbers}.</source>
        <translation>{year} : numéros attribués deux fois : {numbers}.</translation>
    </message>
    <message>
        <source>{year}: numbers missing from the series: {numbers}.</source>
        <translation>{year} : numéros manquants dans la série : {numbers}.</translation>
    </message>
    <message>
        <source>A number format holds {n} (the number in the year's series) and may hold {year}, for example {year}-{n:04d}.</source>
        <translation>Un format de numéro contient {n} (le numéro dans la série de l’année) et peut contenir {year}, par exemple {year}-{n:04d}.</translation>
    </message>
    <message>
        <source>The VAT regime is franchise or registered.</source>
        <translation>Le régime de TVA est la franchise ou l’assujettissement.</translation>
    </message>
    <message>
        <source>Each line needs a description.</source>
        <translation>Chaque ligne a besoin d’une désignation.</translation>
    </message>
    <message>
        <source>A line's price or discount is out of range.</source>
        <translation>Le prix ou la remise d’une ligne est hors limites.</translation>
    </message>
    <message>
        <source>A deposit is an amount above zero.</source>
        <translation>Un acompte est un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>The category is goods, services or mixed.</source>
        <translation>La catégorie est biens, services ou mixte.</translation>
    </message>
    <message>
        <source>A document is written in French or English.</source>
        <translation>Un document est rédigé en français ou en anglais.</translation>
    </message>
    <message>
        <source>Enter the number of the platform's invoice.</source>
        <translation>Saisissez le numéro de la facture de la plateforme.</translation>
    </message>
    <message>
        <source>This payment is already linked to this invoice.</source>
        <translation>Ce paiement est déjà lié à cette facture.</translation>
    </message>
    <message>
        <source>Nothing of this payment is left to link to this invoice.</source>
        <translation>Il ne reste rien de ce paiement à lier à cette facture.</translation>
    </message>
    <message>
        <source>The address is too long (500 characters at most).</source>
        <translation>L’adresse est trop longue (500 caractères au plus).</translation>
    </message>
    <message>
        <source>A registration number has 40 characters at most.</source>
        <translation>Un numéro d’immatriculation a 40 caractères au plus.</translation>
    </message>
    <message>
        <source>This order has quotes or invoices: an order with documents cannot be deleted (delete its drafts; an issued invoice is kept).</source>
        <translation>Cette commande a des devis ou des factures : une commande avec des documents ne peut pas être supprimée (supprimez ses brouillons ; une facture émise est conservée).</translation>
    </message>
    <message>
        <source>This client has quotes or invoices: a client with documents cannot be deleted.</source>
        <translation>Ce client a des devis ou des factures : un client avec des documents ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Atelier cannot read {file}: {error}</source>
        <translation>Atelier ne peut pas lire {file} : {error}</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB: choose the platform's invoice itself.</source>
        <translation>{file} dépasse {limit} Mo : choisissez la facture de la plateforme elle-même.</translation>
    </message>
    <message>
        <source>VAT: your VAT franchise ended on {day} (your turnover went over its threshold, see the VAT franchise meter), so “TVA non applicable, art. 293 B du CGI” no longer applies; set the VAT regime to registered with your VAT number (Settings › Status and identity), then the document carries VAT</source>
        <translation>la TVA : votre franchise en base de TVA a pris fin le {day} (votre chiffre d’affaires a dépassé son seuil, voir le compteur de franchise de TVA), la mention « TVA non applicable, art. 293 B du CGI » ne s’applique donc plus ; passez le régime de TVA à « assujetti » avec votre numéro de TVA (Paramètres › Statut et identité), le document portera alors la TVA</translation>
    </message>
    <message>
        <source>the euro equivalent</source>
        <translation>la contre-valeur en euros</translation>
    </message>
    <message>
        <source>the euro equivalent: no exchange rate for {currency} on {day} or the {days} days before — run “atelier rates update”, or record the client's payment with its rate</source>
        <translation>la contre-valeur en euros : aucun taux de change pour {currency} le {day} ni les {days} jours précédents — lancez « atelier rates update », ou enregistrez le paiement du client avec son taux</translation>
    </message>
    <message>
        <source>The check digit of {value} is wrong: copy the client's SIREN or SIRET from its invoices or annuaire-entreprises.data.gouv.fr.</source>
        <translation>La clé de contrôle de {value} est fausse : recopiez le SIREN ou le SIRET du client depuis ses factures ou annuaire-entreprises.data.gouv.fr.</translation>
    </message>
    <message>
        <source>The check digits of {value} are wrong: copy the client's ICE from its invoices or its ICE certificate.</source>
        <translation>Les chiffres de contrôle de {value} sont faux : recopiez l’ICE du client depuis ses factures ou son attestation ICE.</translation>
    </message>
    <message>
        <source>Payment #{id} is not linked to {number}.</source>
        <translation>Le paiement n° {id} n’est pas rattaché à {number}.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, or unlink the payment.</source>
        <translation>Saisissez un montant supérieur à zéro, ou détachez le paiement.</translation>
    </message>
    <message>
        <source>This is more than what is left of the payment.</source>
        <translation>C’est plus que ce qui reste du paiement.</translation>
    </message>
    <message>
        <source>This is more than what is owed on the invoice.</source>
        <translation>C’est plus que ce qui reste dû sur la facture.</translation>
    </message>
    <message>
        <source>the early-payment discount terms (business client)</source>
        <translation>les conditions d’escompte pour paiement anticipé (client professionnel)</translation>
    </message>
    <message>
        <source>“{value}” is not a French VAT number: FR, a 2-character key and your 9-digit SIREN, as on your VAT registration (FR40303265045).</source>
        <translation>« {value} » n’est pas un numéro de TVA français : FR, une clé de 2 caractères et votre SIREN à 9 chiffres, comme sur votre immatriculation à la TVA (FR40303265045).</translation>
    </message>
    <message>
        <source>Choose a package of “{gig}”: its price and delivery time make the order's.</source>
        <translation>Choisissez une formule de « {gig} » : son prix et son délai font ceux de la commande.</translation>
    </message>
    <message>
        <source>Name the client (the buyer) of this order.</source>
        <translation>Nommez le client (l’acheteur) de cette commande.</translation>
    </message>
    <message>
        <source>Choose the gig the order is for.</source>
        <translation>Choisissez le service pour lequel est la commande.</translation>
    </message>
    <message>
        <source>Paste the request's text.</source>
        <translation>Collez le texte de la demande.</translation>
    </message>
    <message>
        <source>Say in a few words why it was lost (a price too low, no answer, another seller chosen…).</source>
        <translation>Dites en quelques mots pourquoi elle est perdue (prix trop bas, pas de réponse, un autre vendeur choisi…).</translation>
    </message>
    <message>
        <source>The reason is too long ({limit} characters at most).</source>
        <translation>La raison est trop longue ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>The request is empty: paste the buyer's message.</source>
        <translation>La demande est vide : collez le message de l’acheteur.</translation>
    </message>
    <message>
        <source>The request is too long ({length} characters, {limit} at most): keep the buyer's message only.</source>
        <translation>La demande est trop longue ({length} caractères, {limit} au plus) : gardez seulement le message de l’acheteur.</translation>
    </message>
    <message>
        <source>There is no client #{id}.</source>
        <translation>Il n’y a pas de client nº {id}.</translation>
    </message>
    <message>
        <source>There is no opportunity #{id}.</source>
        <translation>Il n’y a pas d’opportunité n° {id}.</translation>
    </message>
    <message>
        <source>There is no proposal #{id}.</source>
        <translation>Il n’y a pas de proposition n° {id}.</translation>
    </message>
    <message>
        <source>This opportunity is already marked lost.</source>
        <translation>Cette opportunité est déjà marquée perdue.</translation>
    </message>
    <message>
        <source>This opportunity is open already.</source>
        <translation>Cette opportunité est déjà ouverte.</translation>
    </message>
    <message>
        <source>This opportunity was lost: reopen it first.</source>
        <translation>Cette opportunité a été perdue : rouvrez-la d’abord.</translation>
    </message>
    <message>
        <source>This opportunity was won (order #{order}): a won opportunity cannot be lost; cancel the order instead.</source>
        <translation>Cette opportunité a été gagnée (commande n° {order}) : une opportunité gagnée ne peut pas être perdue ; annulez plutôt la commande.</translation>
    </message>
    <message>
        <source>This opportunity was won (order #{order}): it cannot be reopened.</source>
        <translation>Cette opportunité a été gagnée (commande n° {order}) : elle ne peut pas être rouverte.</translation>
    </message>
    <message>
        <source>This opportunity was won already (order #{order}).</source>
        <translation>Cette opportunité a déjà été gagnée (commande n° {order}).</translation>
    </message>
    <message>
        <source>“{status}” is not a status: use new, proposal_sent, won or lost.</source>
        <translation>« {status} » n’est pas un statut : utilisez new, proposal_sent, won ou lost.</translation>
    </message>
    <message>
        <source>{file} is not a text file: use a .txt, .md or .eml file, or paste the text.</source>
        <translation>{file} n’est pas un fichier texte : utilisez un fichier .txt, .md ou .eml, ou collez le texte.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB: paste the buyer's message instead.</source>
        <translation>{file} dépasse {limit} Mo : collez plutôt le message de l’acheteur.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text: save it as UTF-8, or paste its text.</source>
        <translation>{file} n’est pas un texte UTF-8 : enregistrez-le en UTF-8, ou collez son texte.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche a besoin d’un titre.</translation>
    </message>
    <message>
        <source>An estimate is a number of minutes between 0 and 10080 (a week).</source>
        <translation>Une estimation est un nombre de minutes entre 0 et 10080 (une semaine).</translation>
    </message>
    <message>
        <source>This task does not exist any more.</source>
        <translation>Cette tâche n’existe plus.</translation>
    </message>
    <message>
        <source>The plan has no task.</source>
        <translation>Le plan ne contient aucune tâche.</translation>
    </message>
    <message>
        <source>Enter a number of hours between 1 and 24.</source>
        <translation>Saisissez un nombre d’heures entre 1 et 24.</translation>
    </message>
    <message>
        <source>The model's own estimates: no similar past order has tracked time yet.</source>
        <translation>Estimations du modèle seul : aucune commande passée semblable n’a encore de temps suivi.</translation>
    </message>
    <message>
        <source>From 1 similar order: {time} tracked.</source>
        <translation>D’après 1 commande semblable : {time} suivies.</translation>
    </message>
    <message>
        <source>From {count} similar orders, median {time} tracked.</source>
        <translation>D’après {count} commandes semblables, médiane de {time} suivies.</translation>
    </message>
    <message>
        <source>Choose the gig the proposal offers.</source>
        <translation>Choisissez le service que la proposition offre.</translation>
    </message>
    <message>
        <source>The request is empty: paste or type the buyer's words.</source>
        <translation>La demande est vide : collez ou tapez les mots de l’acheteur.</translation>
    </message>
    <message>
        <source>Ranked by words only: no embedding model is installed.</source>
        <translation>Classement par mots seulement : aucun modèle d’embeddings n’est installé.</translation>
    </message>
    <message>
        <source>Payment outside the platform</source>
        <translation>Paiement en dehors de la plateforme</translation>
    </message>
    <message>
        <source>Contact outside the platform</source>
        <translation>Contact en dehors de la plateforme</translation>
    </message>
    <message>
        <source>Free sample asked</source>
        <translation>Échantillon gratuit demandé</translation>
    </message>
    <message>
        <source>Unpaid test</source>
        <translation>Test non rémunéré</translation>
    </message>
    <message>
        <source>Deadline shorter than your delivery time</source>
        <translation>Délai plus court que votre délai de livraison</translation>
    </message>
    <message>
        <source>Budget far below your similar orders</source>
        <translation>Budget très inférieur à vos commandes semblables</translation>
    </message>
    <message>
        <source>Paying outside the platform breaks its terms, can close your account, and leaves you with no protection if the buyer never pays.</source>
        <translation>Être payé en dehors de la plateforme enfreint ses conditions, peut faire fermer votre compte et vous laisse sans protection si l’acheteur ne paie jamais.</translation>
    </message>
    <message>
        <source>The request gives or asks for a way to talk outside the platform (e-mail, phone, messaging app): platforms forbid it and it is the usual first step of a scam.</source>
        <translation>La demande donne ou demande un moyen d’échanger en dehors de la plateforme (e-mail, téléphone, messagerie) : les plateformes l’interdisent, et c’est le premier pas habituel d’une arnaque.</translation>
    </message>
    <message>
        <source>The buyer asks for work for free before ordering: your portfolio and gig samples should be enough.</source>
        <translation>L’acheteur demande un travail gratuit avant de commander : votre portfolio et les exemples de votre service devraient suffire.</translation>
    </message>
    <message>
        <source>The buyer wants a test task without paying for it: unpaid tests are often free work that never leads to an order.</source>
        <translation>L’acheteur veut un test sans le payer : un test non rémunéré est souvent du travail gratuit qui ne mène à aucune commande.</translation>
    </message>
    <message>
        <source>The deadline in the request is shorter than the delivery time of the gig: say what you can deliver, or charge for the rush.</source>
        <translation>Le délai demandé est plus court que le délai de livraison du service : dites ce que vous pouvez livrer, ou facturez l’urgence.</translation>
    </message>
    <message>
        <source>The budget is below half of what your similar orders paid: it will likely pay less than your minimum rate.</source>
        <translation>Le budget est inférieur à la moitié de ce qu’ont payé vos commandes semblables : il paiera sans doute moins que votre taux minimum.</translation>
    </message>
    <message>
        <source>“{by}” is not a grouping: use gig or platform.</source>
        <translation>« {by} » n’est pas un regroupement : choisissez gig ou platform.</translation>
    </message>
    <message>
        <source>Name the model the engine “{engine}” runs (--model).</source>
        <translation>Indiquez le modèle que fait tourner le moteur « {engine} » (--model).</translation>
    </message>
    <message>
        <source>The CA certificate {file} cannot be read: {error}.</source>
        <translation>Le certificat d’autorité {file} ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <source>{file} is not a PEM certificate (a text file starting with “-----BEGIN CERTIFICATE-----”): export the server's CA certificate in PEM format.</source>
        <translation>{file} n’est pas un certificat PEM (un fichier texte qui commence par « -----BEGIN CERTIFICATE----- ») : exportez le certificat d’autorité du serveur au format PEM.</translation>
    </message>
    <message>
        <source>{file} holds a damaged certificate: export the server's CA certificate in PEM format again.</source>
        <translation>{file} contient un certificat abîmé : exportez de nouveau le certificat d’autorité du serveur au format PEM.</translation>
    </message>
    <message>
        <source>{client}: {amount} received in {year}, {pct} % of the single-client limit ({limit}). Above it, the client withholds {rate} % of the excess.</source>
        <translation>{client} : {amount} encaissés en {year}, {pct} % du plafond par client ({limit}). Au-delà, le client retient à la source {rate} % de l’excédent.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: a host name is letters, digits, dots and dashes, for example 127.0.0.1 or gpu.example.com.</source>
        <translation>« {url} » n’est pas une adresse de serveur : un nom d’hôte s’écrit avec des lettres, des chiffres, des points et des tirets, par exemple 127.0.0.1 ou gpu.example.com.</translation>
    </message>
    <message>
        <source>An engine named “{name}” already exists.</source>
        <translation>Un moteur nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>The engine “{name}” has this address already ({url}): edit it rather than add it twice.</source>
        <translation>Le moteur « {name} » a déjà cette adresse ({url}) : modifiez-le plutôt que de l’ajouter une seconde fois.</translation>
    </message>
    <message>
        <source>Choose the model the engine “{engine}” runs for this task.</source>
        <translation>Choisissez le modèle que le moteur « {engine} » utilise pour cette tâche.</translation>
    </message>
    <message>
        <source>The certificate fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>L’empreinte du certificat doit compter 64 chiffres hexadécimaux (SHA-256).</translation>
    </message>
    <message>
        <source>The context size must be between 512 and 1,048,576 tokens.</source>
        <translation>La taille du contexte doit être comprise entre 512 et 1 048 576 jetons.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>Le délai d’attente doit être compris entre 1 et 3 600 secondes.</translation>
    </message>
    <message>
        <source>There is no engine named “{name}” (engines: {known}).</source>
        <translation>Aucun moteur ne s’appelle « {name} » (moteurs : {known}).</translation>
    </message>
    <message>
        <source>Type the server's address, for example http://127.0.0.1:11434.</source>
        <translation>Saisissez l’adresse du serveur, par exemple http://127.0.0.1:11434.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>{client} is kept on this computer: nothing of theirs is sent to the engine “{engine}”. Use a local model for this work, or change the client's privacy setting.</source>
        <translation>{client} est gardé sur cet ordinateur : rien le concernant n’est envoyé au moteur « {engine} ». Utilisez un modèle local pour ce travail, ou modifiez le réglage de confidentialité du client.</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of engine ({kinds}).</source>
        <translation>« {kind} » n’est pas un type de moteur ({kinds}).</translation>
    </message>
    <message>
        <source>“{name}” cannot name an engine: use letters, digits, dots, dashes or underscores (60 characters at most).</source>
        <translation>« {name} » ne peut pas nommer un moteur : utilisez des lettres, des chiffres, des points, des tirets ou des tirets bas (60 caractères au plus).</translation>
    </message>
    <message>
        <source>“{task}” is not a task ({tasks}).</source>
        <translation>« {task} » n’est pas une tâche ({tasks}).</translation>
    </message>
    <message>
        <source>“{url}” has a port that is not a number between 1 and 65535.</source>
        <translation>« {url} » a un port qui n’est pas un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: give only the scheme, the host, the port and a path, for example http://127.0.0.1:8080.</source>
        <translation>« {url} » n’est pas une adresse de serveur : indiquez seulement le protocole, l’hôte, le port et un chemin, par exemple http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: it must start with http:// or https://.</source>
        <translation>« {url} » n’est pas une adresse de serveur : elle doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>{client}: {amount} received in {year}, {pct} % of the single-client limit ({limit}).</source>
        <translation>{client} : {amount} encaissés en {year}, {pct} % du plafond par client ({limit}).</translation>
    </message>
    <message>
        <source>Single client: {client}</source>
        <translation>Plafond par client : {client}</translation>
    </message>
    <message>
        <source>DGI declaration, Q{quarter} {year}</source>
        <translation>Déclaration du chiffre d’affaires (DGI), T{quarter} {year}</translation>
    </message>
    <message>
        <source>DGI declaration, {month}/{year}</source>
        <translation>Déclaration du chiffre d’affaires (DGI), {month}/{year}</translation>
    </message>
    <message>
        <source>URSSAF declaration, {period}</source>
        <translation>Déclaration URSSAF, {period}</translation>
    </message>
    <message>
        <source>VAT franchise, services</source>
        <translation>Franchise en base de TVA, services</translation>
    </message>
    <message>
        <source>Over the higher threshold of {higher} on {day}: VAT is due from that day. Invoices from then carry VAT; declare and pay it.</source>
        <translation>Seuil majoré de {higher} dépassé le {day} : la TVA est due dès ce jour. Les factures émises depuis portent la TVA ; déclarez-la et payez-la.</translation>
    </message>
    <message>
        <source>Your {year} turnover ({amount}) was over the threshold of {base}: you lost the VAT franchise on 1 January {this_year}. Invoice with VAT.</source>
        <translation>Votre chiffre d’affaires {year} ({amount}) a dépassé le seuil de {base} : vous avez perdu la franchise en base de TVA au 1er janvier {this_year}. Facturez avec TVA.</translation>
    </message>
    <message>
        <source>Over the threshold of {base} this year: VAT is due from 1 January {next_year}. Over {higher}, it is due from the day that is crossed.</source>
        <translation>Seuil de {base} dépassé cette année : la TVA est due à partir du 1er janvier {next_year}. Au-delà de {higher}, elle est due dès le jour du dépassement.</translation>
    </message>
    <message>
        <source>{percent} % of the VAT franchise threshold of {base}. Over it this year, VAT is due from 1 January {next_year}; over {higher}, from the day that is crossed.</source>
        <translation>{percent} % du seuil de franchise en base de TVA de {base}. Au-delà cette année, la TVA est due à partir du 1er janvier {next_year} ; au-delà de {higher}, dès le jour du dépassement.</translation>
    </message>
    <message>
        <source>{percent} % of the VAT franchise threshold of {base}.</source>
        <translation>{percent} % du seuil de franchise en base de TVA de {base}.</translation>
    </message>
    <message>
        <source>Micro-entrepreneur ceiling, services</source>
        <translation>Plafond micro-entrepreneur, services</translation>
    </message>
    <message>
        <source>Micro-entrepreneur ceiling, all activities</source>
        <translation>Plafond micro-entrepreneur, toutes activités</translation>
    </message>
    <message>
        <source>Over the ceiling of {limit} in {last_year} and again in {year}: you leave the micro-entrepreneur regime on 1 January {next_year}.</source>
        <translation>Plafond de {limit} dépassé en {last_year} et de nouveau en {year} : vous sortez du régime micro-entrepreneur au 1er janvier {next_year}.</translation>
    </message>
    <message>
        <source>Over the ceiling of {limit} this year: you stay a micro-entrepreneur in {next_year}; over it again in {next_year}, you leave the regime on 1 January {after}.</source>
        <translation>Plafond de {limit} dépassé cette année : vous restez micro-entrepreneur en {next_year} ; s’il est de nouveau dépassé en {next_year}, vous sortez du régime au 1er janvier {after}.</translation>
    </message>
    <message>
        <source>Over the ceiling in {last_year}: if {year} goes over {limit} too, you leave the micro-entrepreneur regime on 1 January {next_year}.</source>
        <translation>Plafond dépassé en {last_year} : si {year} dépasse aussi {limit}, vous sortez du régime micro-entrepreneur au 1er janvier {next_year}.</translation>
    </message>
    <message>
        <source>{percent} % of the micro-entrepreneur ceiling of {limit}.</source>
        <translation>{percent} % du plafond micro-entrepreneur de {limit}.</translation>
    </message>
</context>
</TS>
