<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsController</name>
    <message>
        <source>&amp;Accounts…</source>
        <extracomment>asks the person to confirm a disconnect (tests answer it)</extracomment>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Disconnect account</source>
        <translation>Déconnecter le compte</translation>
    </message>
    <message>
        <source>Brand accounts</source>
        <translation>Comptes de marque</translation>
    </message>
    <message>
        <source>Disconnecting {handle}…</source>
        <translation>Déconnexion de {handle}…</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Vérification du trousseau de clés de cet ordinateur…</translation>
    </message>
    <message>
        <source>Brand accounts</source>
        <translation>Comptes de marque</translation>
    </message>
    <message>
        <source>Each connected brand account: network, handle, who syncs it and its state</source>
        <translation>Chaque compte de marque connecté : réseau, identifiant, qui le synchronise et son état</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Connecter un compte…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Connects another brand account through its network</source>
        <translation>Connecte un autre compte de marque via son réseau</translation>
    </message>
    <message>
        <source>Signs the picked account in again</source>
        <translation>Reconnecte le compte choisi</translation>
    </message>
    <message>
        <source>Disconnects the picked account; you are asked first</source>
        <translation>Déconnecte le compte choisi ; une confirmation est demandée</translation>
    </message>
    <message>
        <source>Reads the accounts and their health again</source>
        <translation>Relit les comptes et leur état</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Snoozed…</source>
        <translation>En veille…</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>Claim</source>
        <extracomment>(kind, args) — e.g. (&quot;claim&quot;, {}), (&quot;status&quot;, {&quot;status&quot;: &quot;resolved&quot;})</extracomment>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>Take this conversation (C)</source>
        <translation>Prendre cette conversation (C)</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <source>Give it to a colleague or hand it to a team (A)</source>
        <translation>La confier à un collègue ou à une équipe (A)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Give it back to the team&apos;s queue</source>
        <translation>La rendre à la file de l&apos;équipe</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Add an internal note (N)</source>
        <translation>Ajouter une note interne (N)</translation>
    </message>
    <message>
        <source>Open, pending or resolved; choosing one changes the conversation</source>
        <translation>Ouverte, en attente ou résolue ; choisir modifie la conversation</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Statut de la conversation</translation>
    </message>
    <message>
        <source>How urgent this conversation is; choosing one changes it</source>
        <translation>L&apos;urgence de cette conversation ; choisir la modifie</translation>
    </message>
    <message>
        <source>Conversation priority</source>
        <translation>Priorité de la conversation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it; -tag removes it</source>
        <translation>Saisissez une étiquette puis Entrée pour l&apos;ajouter ; -étiquette la retire</translation>
    </message>
    <message>
        <source>add tag, -tag removes</source>
        <translation>ajouter une étiquette, -étiquette retire</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Merge with another conversation, split a message off</source>
        <translation>Fusionner avec une autre conversation, détacher un message</translation>
    </message>
    <message>
        <source>Merge another conversation into this one…</source>
        <translation>Fusionner une autre conversation dans celle-ci…</translation>
    </message>
    <message>
        <source>Split a message off…</source>
        <translation>Détacher un message…</translation>
    </message>
    <message>
        <source>(loading colleagues…)</source>
        <translation>(chargement des collègues…)</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>Étiquettes : </translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation>Prise par vous</translation>
    </message>
    <message>
        <source>To a colleague</source>
        <extracomment>for @-completion in notes: colleagues by user name, teams by name</extracomment>
        <translation>À un collègue</translation>
    </message>
    <message>
        <source>Hand off to a team</source>
        <translation>Transmettre à une équipe</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Mettre en veille</translation>
    </message>
    <message>
        <source>Snooze until:</source>
        <translation>En veille jusqu&apos;à :</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>People and permissions — Social Console</source>
        <translation>Personnes et autorisations — Social Console</translation>
    </message>
    <message>
        <source>People and permissions</source>
        <translation>Personnes et autorisations</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Account access</source>
        <translation>Accès aux comptes</translation>
    </message>
    <message>
        <source>Who can do what</source>
        <translation>Qui peut faire quoi</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Reply policy</source>
        <translation>Politique de réponse</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source>Everyone who may sign in; the buttons above act on the picked person</source>
        <translation>Toutes les personnes autorisées à se connecter ; les boutons au-dessus agissent sur la personne choisie</translation>
    </message>
    <message>
        <source>Adds a person who may sign in</source>
        <translation>Ajoute une personne autorisée à se connecter</translation>
    </message>
    <message>
        <source>Stops the picked person signing in; their work stays</source>
        <translation>Empêche la personne choisie de se connecter ; son travail est conservé</translation>
    </message>
    <message>
        <source>Lets the picked person sign in again</source>
        <translation>Permet à nouveau à la personne choisie de se connecter</translation>
    </message>
    <message>
        <source>Gives the picked person a new password</source>
        <translation>Donne un nouveau mot de passe à la personne choisie</translation>
    </message>
    <message>
        <source>Gives the picked person a role, for a team or everywhere</source>
        <translation>Donne un rôle à la personne choisie, pour une équipe ou partout</translation>
    </message>
    <message>
        <source>Takes a role away from the picked person at once</source>
        <translation>Retire immédiatement un rôle à la personne choisie</translation>
    </message>
    <message>
        <source>Puts the picked person in a team</source>
        <translation>Ajoute la personne choisie à une équipe</translation>
    </message>
    <message>
        <source>Takes the picked person out of a team</source>
        <translation>Retire la personne choisie d&apos;une équipe</translation>
    </message>
    <message>
        <source>Creates a team with its own inbox</source>
        <translation>Crée une équipe avec sa propre boîte de réception</translation>
    </message>
    <message>
        <source>Every team, its department and how many people are in it</source>
        <translation>Chaque équipe, son service et son nombre de membres</translation>
    </message>
    <message>
        <source>Pick a role to see and change its permissions</source>
        <translation>Choisissez un rôle pour voir et modifier ses autorisations</translation>
    </message>
    <message>
        <source>Ticked: the picked role may do this ({permission}); saved by Save permissions</source>
        <translation>Cochée : le rôle choisi peut le faire ({permission}) ; enregistré par « Save permissions »</translation>
    </message>
    <message>
        <source>Keeps the ticked permissions for the picked role</source>
        <translation>Enregistre les autorisations cochées pour le rôle choisi</translation>
    </message>
    <message>
        <source>Creates a role, a named set of permissions</source>
        <translation>Crée un rôle, un ensemble nommé d&apos;autorisations</translation>
    </message>
    <message>
        <source>Roles that hold for one brand account only, one row each</source>
        <translation>Rôles valables pour un seul compte de marque, un par ligne</translation>
    </message>
    <message>
        <source>Roles given for one brand account only (e.g. marketing may post on @acme).</source>
        <translation>Rôles accordés pour un seul compte de marque (p. ex. le marketing peut publier sur @acme).</translation>
    </message>
    <message>
        <source>Gives a person a role on one brand account only</source>
        <translation>Donne à une personne un rôle sur un seul compte de marque</translation>
    </message>
    <message>
        <source>Takes away the picked account role at once</source>
        <translation>Retire immédiatement le rôle de compte choisi</translation>
    </message>
    <message>
        <source>Active people × permissions: where each person may do each thing.</source>
        <translation>Personnes actives × autorisations : où chaque personne peut faire chaque chose.</translation>
    </message>
    <message>
        <source>One row per active person, one column per permission</source>
        <translation>Une ligne par personne active, une colonne par autorisation</translation>
    </message>
    <message>
        <source>who</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>toute période</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Shows one kind of event only</source>
        <translation>N&apos;affiche qu&apos;un type d&apos;événement</translation>
    </message>
    <message>
        <source>Shows what one person did</source>
        <translation>Affiche ce qu&apos;une personne a fait</translation>
    </message>
    <message>
        <source>Shows events whose detail holds this text</source>
        <translation>Affiche les événements dont le détail contient ce texte</translation>
    </message>
    <message>
        <source>How many days back; 0 for any time</source>
        <translation>Combien de jours en arrière ; 0 pour toute période</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Shows the events that match these filters</source>
        <translation>Affiche les événements qui correspondent à ces filtres</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Saves the events shown as a CSV file</source>
        <translation>Enregistre les événements affichés dans un fichier CSV</translation>
    </message>
    <message>
        <source>Every change of consequence, newest first; no one can alter it</source>
        <translation>Chaque changement important, le plus récent d&apos;abord ; personne ne peut le modifier</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Sélectionnez d&apos;abord une personne.</translation>
    </message>
    <message>
        <source>What this person types to sign in</source>
        <translation>Ce que cette personne saisit pour se connecter</translation>
    </message>
    <message>
        <source>The name colleagues see</source>
        <translation>Le nom que voient les collègues</translation>
    </message>
    <message>
        <source>Where notifications are sent; may stay empty</source>
        <translation>Où sont envoyées les notifications ; peut rester vide</translation>
    </message>
    <message>
        <source>The team whose inbox this person works</source>
        <translation>L&apos;équipe dont cette personne traite la boîte de réception</translation>
    </message>
    <message>
        <source>What this person may do; more roles can be granted later</source>
        <translation>Ce que cette personne peut faire ; d&apos;autres rôles peuvent être attribués plus tard</translation>
    </message>
    <message>
        <source>The first password; this person can change it</source>
        <translation>Le premier mot de passe ; cette personne peut le changer</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing slip</source>
        <translation>Le même mot de passe, pour repérer une faute de frappe</translation>
    </message>
    <message>
        <source>Select an account grant first.</source>
        <translation>Sélectionnez d&apos;abord un accès à un compte.</translation>
    </message>
    <message>
        <source>{name}: {description} (a default role: read-only).</source>
        <translation>{name} : {description} (rôle par défaut : lecture seule).</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation>Impossible d&apos;écrire {path} : {value}.</translation>
    </message>
    <message>
        <source>Exported {audit_rows} events to {path}.</source>
        <translation>{audit_rows} événements exportés vers {path}.</translation>
    </message>
</context>
<context>
    <name>AmplifyDialog</name>
    <message>
        <source>Amplify the customer&apos;s praise</source>
        <extracomment>the outbox item id once it is queued for approval</extracomment>
        <translation>Amplifier l&apos;éloge du client</translation>
    </message>
    <message>
        <source>Loading the customer&apos;s post…</source>
        <translation>Chargement de la publication du client…</translation>
    </message>
    <message>
        <source>The customer&apos;s post</source>
        <translation>Publication du client</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Partager (boost)</translation>
    </message>
    <message>
        <source>Quote post, with the brand&apos;s words above it</source>
        <translation>Publication citée, avec les mots de la marque au-dessus</translation>
    </message>
    <message>
        <source>What the brand says above the quoted post</source>
        <translation>Ce que dit la marque au-dessus de la publication citée</translation>
    </message>
    <message>
        <source>Amplifying always waits for an approver: the brand&apos;s voice is marketing&apos;s call.</source>
        <translation>L&apos;amplification attend toujours un approbateur : la voix de la marque relève du marketing.</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Envoyer pour approbation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The customer&apos;s post cannot be shown.</source>
        <translation>La publication du client ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>@{customer} wrote to @{account} on {network}</source>
        <translation>@{customer} a écrit à @{account} sur {network}</translation>
    </message>
    <message>
        <source> (not marked as praise)</source>
        <translation> (non marqué comme éloge)</translation>
    </message>
    <message>
        <source>{boost_word} it as @{account}</source>
        <translation>{boost_word} en tant que @{account}</translation>
    </message>
    <message>
        <source>Your {what} is waiting for approval (item {item_id}).</source>
        <translation>Votre {what} attend l&apos;approbation (élément {item_id}).</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Items waiting for approval</source>
        <translation>Éléments en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Text of the selected item</source>
        <translation>Texte de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Edit and approve…</source>
        <translation>Modifier et approuver…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Replies and posts waiting for your approval; pick one to read it</source>
        <translation>Réponses et publications en attente de votre approbation ; choisissez-en une pour la lire</translation>
    </message>
    <message>
        <source>The full text of the item picked above, read-only</source>
        <translation>Le texte complet de l&apos;élément choisi ci-dessus, en lecture seule</translation>
    </message>
    <message>
        <source>Lets the picked item go out as written</source>
        <translation>Laisse partir l&apos;élément choisi tel qu&apos;il est écrit</translation>
    </message>
    <message>
        <source>Opens the picked item to correct it, then approves it</source>
        <translation>Ouvre l&apos;élément choisi pour le corriger, puis l&apos;approuve</translation>
    </message>
    <message>
        <source>Sends the picked item back with your reason</source>
        <translation>Renvoie l&apos;élément choisi avec votre motif</translation>
    </message>
    <message>
        <source>Reads the waiting items again</source>
        <translation>Relit les éléments en attente</translation>
    </message>
    <message>
        <source>Approve all {together} posts of the set</source>
        <extracomment>the author does not hold the conversation they replied in: the approver is told</extracomment>
        <translation>Approuver les {together} publications de l&apos;ensemble</translation>
    </message>
    <message>
        <source>Reject all {together}…</source>
        <translation>Rejeter les {together}…</translation>
    </message>
    <message>
        <source>Select an item to read it in full.</source>
        <translation>Sélectionnez un élément pour le lire en entier.</translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation>Rien n&apos;attend votre approbation.</translation>
    </message>
    <message>
        <source>Approvals ({rows})</source>
        <translation>Approbations ({rows})</translation>
    </message>
    <message>
        <source>A rejection needs a comment for the author; nothing was changed.</source>
        <translation>Un rejet demande un commentaire pour l&apos;auteur ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>AvailabilityControl</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Busy (no new work)</source>
        <translation>Occupé (pas de nouveau travail)</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>New conversations are assigned only to people who are available.</source>
        <translation>Les nouvelles conversations ne sont attribuées qu&apos;aux personnes disponibles.</translation>
    </message>
    <message>
        <source>You are now {state}.</source>
        <translation>Vous êtes maintenant {state}.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>Notifications: {n} unread</source>
        <translation>Notifications : {n} non lues</translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation>Notifications : aucune non lue</translation>
    </message>
    <message>
        <source>Open the notification centre</source>
        <translation>Ouvrir le centre de notifications</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>+{n} more</source>
        <extracomment>chip colours by status (ui/theme roles status.KIND.bg / .fg): waiting (amber), queued (blue), sent (green), problems (red); the stripe is the network&apos;s role (network.NAME) (item id, new local time): a chip was dropped elsewhere a chip that cannot move was dragged: why, in words &quot;New post&quot; on a slot: its local start time the chips were placed again (the week&apos;s DayHeader repaints its counts)</extracomment>
        <translation>+{n} de plus</translation>
    </message>
    <message>
        <source>No posts</source>
        <translation>Aucune publication</translation>
    </message>
    <message>
        <source> · campaign: {campaign}</source>
        <translation> · campagne : {campaign}</translation>
    </message>
    <message>
        <source>
by {author}</source>
        <translation>
par {author}</translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <source>Publishing calendar</source>
        <extracomment>(console, parent, local start time) → the composer for several accounts a load finished (tests and the benchmark wait on it): number of posts shown</extracomment>
        <translation>Calendrier de publication</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Filtre par compte</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtre par campagne</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>Nouvelle publication…</translation>
    </message>
    <message>
        <source>Scheduled and sent posts by day and hour; the arrow keys pick a time slot</source>
        <translation>Publications planifiées et envoyées par jour et par heure ; les flèches choisissent un créneau</translation>
    </message>
    <message>
        <source>Shows the week or month of today</source>
        <translation>Affiche la semaine ou le mois d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Shows one week, hour by hour</source>
        <translation>Affiche une semaine, heure par heure</translation>
    </message>
    <message>
        <source>Shows a whole month, day by day</source>
        <translation>Affiche un mois entier, jour par jour</translation>
    </message>
    <message>
        <source>Shows the posts of one brand account, or of all</source>
        <translation>Affiche les publications d&apos;un compte de marque, ou de tous</translation>
    </message>
    <message>
        <source>Shows the posts of one campaign, or of all</source>
        <translation>Affiche les publications d&apos;une campagne, ou de toutes</translation>
    </message>
    <message>
        <source>Writes a post for the picked time slot</source>
        <translation>Rédige une publication pour le créneau choisi</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <source>Amber: awaiting approval · blue: scheduled · green: sent · red: failed · hatched: no posts yet. Drag a post to move it; double-click a slot for a new post.</source>
        <translation>Ambre : en attente d&apos;approbation · bleu : planifiée · vert : envoyée · rouge : échec · hachuré : pas encore de publication. Faites glisser une publication pour la déplacer ; double-cliquez sur un créneau pour en créer une.</translation>
    </message>
    <message>
        <source>New post at {when}…</source>
        <translation>Nouvelle publication le {when}…</translation>
    </message>
    <message>
        <source>@{account}&apos;s post</source>
        <translation>La publication de @{account}</translation>
    </message>
    <message>
        <source>The post</source>
        <translation>La publication</translation>
    </message>
    <message>
        <source>{what} was not moved: {error}</source>
        <translation>{what} n&apos;a pas été déplacée : {error}</translation>
    </message>
    <message>
        <source> It stays approved.</source>
        <translation> Elle reste approuvée.</translation>
    </message>
    <message>
        <source>{what} moved to {when}.</source>
        <translation>{what} a été déplacée au {when}.</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <source>in {month}</source>
        <translation>en {month}</translation>
    </message>
    <message>
        <source>{posts} {span}: {waiting} awaiting approval, {sent} sent · {days} with no posts yet</source>
        <translation>{posts} {span} : {waiting} en attente d&apos;approbation, {sent} envoyées · {days} encore sans publication</translation>
    </message>
    <message>
        <source>No posts match these filters here.</source>
        <translation>Aucune publication ne correspond à ces filtres ici.</translation>
    </message>
    <message>
        <source>Nothing is planned here yet: double-click a slot or use New post…</source>
        <translation>Rien n&apos;est encore prévu ici : double-cliquez sur un créneau ou utilisez Nouvelle publication…</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <source>Canned replies — Social Console</source>
        <translation>Réponses types — Social Console</translation>
    </message>
    <message>
        <source>Search titles and texts…</source>
        <extracomment>the scopes this person may create in</extracomment>
        <translation>Rechercher dans les titres et les textes…</translation>
    </message>
    <message>
        <source>Hi {customer_name}, …</source>
        <translation>Bonjour {customer_name}, …</translation>
    </message>
    <message>
        <source>Variables: </source>
        <translation>Variables : </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Qui peut l&apos;utiliser</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Shows only the canned replies whose title or text holds these words</source>
        <translation>N&apos;affiche que les réponses types dont le titre ou le texte contient ces mots</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>Rechercher dans les réponses types</translation>
    </message>
    <message>
        <source>Your canned replies and your teams&apos;; pick one to edit it</source>
        <translation>Vos réponses types et celles de vos équipes ; choisissez-en une pour la modifier</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>The name the reply picker shows</source>
        <translation>Le nom affiché dans le sélecteur de réponses</translation>
    </message>
    <message>
        <source>Only you, your team, or everyone</source>
        <translation>Vous seul, votre équipe ou tout le monde</translation>
    </message>
    <message>
        <source>The team that may use it, when it is for a team</source>
        <translation>L&apos;équipe qui peut l&apos;utiliser, si elle est pour une équipe</translation>
    </message>
    <message>
        <source>The reply; variables in braces are filled in when used</source>
        <translation>La réponse ; les variables entre accolades sont remplies à l&apos;utilisation</translation>
    </message>
    <message>
        <source>Starts a new canned reply</source>
        <translation>Commence une nouvelle réponse type</translation>
    </message>
    <message>
        <source>Keeps the canned reply</source>
        <translation>Enregistre la réponse type</translation>
    </message>
    <message>
        <source>Deletes the picked canned reply; you are asked first</source>
        <translation>Supprime la réponse type choisie ; une confirmation est demandée</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
    <message>
        <source>No canned reply matches “{strip}”.</source>
        <translation>Aucune réponse type ne correspond à « {strip} ».</translation>
    </message>
    <message>
        <source> you can use.</source>
        <translation> que vous pouvez utiliser.</translation>
    </message>
    <message>
        <source>No canned replies yet: write one on the right and save it.</source>
        <translation>Pas encore de réponses types : rédigez-en une à droite et enregistrez-la.</translation>
    </message>
    <message>
        <source>You can use this reply but not change it: </source>
        <translation>Vous pouvez utiliser cette réponse mais pas la modifier : </translation>
    </message>
    <message>
        <source>{describe_error} Nothing was saved; your text is kept.</source>
        <translation>{describe_error} Rien n&apos;a été enregistré ; votre texte est conservé.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>« {title} » enregistrée.</translation>
    </message>
    <message>
        <source>Delete canned reply</source>
        <translation>Supprimer la réponse type</translation>
    </message>
    <message>
        <source>Delete “{title}”? Colleagues who use it will no longer find it.</source>
        <translation>Supprimer « {title} » ? Les collègues qui l&apos;utilisent ne la trouveront plus.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimée.</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <source>Agents&apos; capacity — Social Console</source>
        <translation>Capacité des agents — Social Console</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <source>Agents and their capacity</source>
        <translation>Agents et leur capacité</translation>
    </message>
    <message>
        <source>Each agent of your teams and the most open conversations auto-assignment gives them</source>
        <translation>Chaque agent de vos équipes et le nombre maximal de conversations ouvertes que l&apos;attribution automatique lui confie</translation>
    </message>
    <message>
        <source>Auto-assignment gives an available agent new conversations until their open ones reach this number. Double-click a capacity to change it; 0 means none.</source>
        <translation>L&apos;attribution automatique confie de nouvelles conversations à un agent disponible jusqu&apos;à ce que ses conversations ouvertes atteignent ce nombre. Double-cliquez sur une capacité pour la modifier ; 0 signifie aucune.</translation>
    </message>
    <message>
        <source>{plural} whose capacity you may set.</source>
        <translation>{plural} dont vous pouvez définir la capacité.</translation>
    </message>
    <message>
        <source>There is nobody whose capacity you may set: a team lead sets their team&apos;s, IT anyone&apos;s.</source>
        <translation>Il n&apos;y a personne dont vous pouvez définir la capacité : un responsable d&apos;équipe définit celle de son équipe, l&apos;informatique celle de tout le monde.</translation>
    </message>
    <message>
        <source>A capacity is a whole number of conversations.</source>
        <translation>Une capacité est un nombre entier de conversations.</translation>
    </message>
    <message>
        <source>{describe_error} Nothing was changed.</source>
        <translation>{describe_error} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} now gets at most {plural} from auto-assignment.</source>
        <translation>{name} reçoit désormais au plus {plural} de l&apos;attribution automatique.</translation>
    </message>
</context>
<context>
    <name>CentreInstall</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Copy table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Copies this chart&apos;s table for a spreadsheet</source>
        <translation>Copie le tableau de ce graphique pour un tableur</translation>
    </message>
    <message>
        <source>Saves this chart as a PNG picture</source>
        <translation>Enregistre ce graphique en image PNG</translation>
    </message>
    <message>
        <source>Saves this chart as an SVG drawing</source>
        <translation>Enregistre ce graphique en dessin SVG</translation>
    </message>
    <message>
        <source>Table: {title}</source>
        <translation>Tableau : {title}</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>Exporter « {title} »</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Chart: {title}</source>
        <extracomment>axis steps for durations, in seconds: minutes, quarter hours, hours, days</extracomment>
        <translation>Graphique : {title}</translation>
    </message>
    <message>
        <source>The same figures are in the table beside the chart.</source>
        <translation>Les mêmes chiffres figurent dans le tableau à côté du graphique.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Post as brand account</source>
        <extracomment>what this person writes here waits for an approver (their role, or the team&apos;s rule) colleagues and teams for @-completion the guardrails that apply to this person here (app/publishing/guardrails.py) &quot;Manage canned replies…&quot; chosen in the picker (the publishing UI opens the manager)</extracomment>
        <translation>Publier en tant que compte de marque</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Post as</source>
        <translation>Publier en tant que</translation>
    </message>
    <message>
        <source>Insert a canned reply</source>
        <translation>Insérer une réponse type</translation>
    </message>
    <message>
        <source>Insert a canned reply; its {variables} are filled in</source>
        <translation>Insérer une réponse type ; ses {variables} sont remplies</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Write a reply as the brand… (Ctrl+Enter sends)</source>
        <translation>Écrire une réponse au nom de la marque… (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <source>Write a post as the brand… (Ctrl+Enter submits)</source>
        <translation>Écrire une publication au nom de la marque… (Ctrl+Entrée soumet)</translation>
    </message>
    <message>
        <source>Will be sent as:</source>
        <extracomment>@names flagged as unknown at the last submit (a second submit sends as written)</extracomment>
        <translation>Sera envoyé ainsi :</translation>
    </message>
    <message>
        <source>Preview: exactly what will be sent, as plain text.</source>
        <translation>Aperçu : exactement ce qui sera envoyé, en texte brut.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>Joindre une image…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Retirer l&apos;image</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Envoyer le</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>The brand account this message goes out from</source>
        <translation>Le compte de marque depuis lequel part ce message</translation>
    </message>
    <message>
        <source>What the brand says; Ctrl+Enter sends, the count below shows what is left</source>
        <translation>Ce que dit la marque ; Ctrl+Entrée envoie, le compteur dessous indique ce qui reste</translation>
    </message>
    <message>
        <source>Images that go out with this message</source>
        <translation>Images qui partent avec ce message</translation>
    </message>
    <message>
        <source>Adds an image from this computer</source>
        <translation>Ajoute une image de cet ordinateur</translation>
    </message>
    <message>
        <source>Takes the picked image off this message</source>
        <translation>Retire l&apos;image choisie de ce message</translation>
    </message>
    <message>
        <source>Ticked: the message waits until the time beside it</source>
        <translation>Cochée : le message attend l&apos;heure indiquée à côté</translation>
    </message>
    <message>
        <source>When the message goes out; the arrow keys change it</source>
        <translation>Quand le message part ; les flèches la modifient</translation>
    </message>
    <message>
        <source>Sends the message, or queues it for approval where your role needs it (Ctrl+Enter)</source>
        <translation>Envoie le message, ou le met en attente d&apos;approbation si votre rôle l&apos;exige (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>You do not have the permission to post as the brand.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de publier au nom de la marque.</translation>
    </message>
    <message>
        <source>Holding statement: {title}</source>
        <translation>Déclaration d&apos;attente : {title}</translation>
    </message>
    <message>
        <source>You can read this conversation but not reply to it.</source>
        <translation>Vous pouvez lire cette conversation mais pas y répondre.</translation>
    </message>
    <message>
        <source>You do not have the permission to post as @{handle}.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de publier en tant que @{handle}.</translation>
    </message>
    <message>
        <source>Insert canned reply…</source>
        <translation>Insérer une réponse type…</translation>
    </message>
    <message>
        <source>Manage canned replies…</source>
        <translation>Gérer les réponses types…</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Soumettre pour approbation</translation>
    </message>
    <message>
        <source>A team lead approves it before it is sent (Ctrl+Enter)</source>
        <translation>Un responsable d&apos;équipe l&apos;approuve avant l&apos;envoi (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>{rejected_comment} — edit and submit again.</source>
        <translation>{rejected_comment} — modifiez et soumettez à nouveau.</translation>
    </message>
    <message>
        <source>Sent back by the approver: {rejected_comment} — edit and submit again.</source>
        <translation>Renvoyé par l&apos;approbateur : {rejected_comment} — modifiez et soumettez à nouveau.</translation>
    </message>
    <message>
        <source>@{handle} needs reconnecting: you can write and submit, but nothing goes out until IT reconnects it.</source>
        <translation>@{handle} doit être reconnecté : vous pouvez écrire et soumettre, mais rien ne part avant que l&apos;informatique le reconnecte.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>the brand account</source>
        <translation>le compte de marque</translation>
    </message>
    <message>
        <source>The scheduled time is in the past; choose a later time.</source>
        <translation>L&apos;heure prévue est passée ; choisissez une heure plus tardive.</translation>
    </message>
    <message>
        <source>Guidelines: </source>
        <translation>Consignes : </translation>
    </message>
    <message>
        <source>Blocked: {rule}</source>
        <translation>Bloqué : {rule}</translation>
    </message>
    <message>
        <source>Warning: {rule}</source>
        <translation>Avertissement : {rule}</translation>
    </message>
    <message>
        <source>Will be added (required): {text}</source>
        <translation>Sera ajouté (obligatoire) : {text}</translation>
    </message>
    <message>
        <source>{count} / {limit} {unit} on {network}</source>
        <translation>{count} / {limit} {unit} sur {network}</translation>
    </message>
    <message>
        <source> (signature “{signature}” included)</source>
        <translation> (signature « {signature} » incluse)</translation>
    </message>
    <message>
        <source> — {over} too many</source>
        <translation> — {over} en trop</translation>
    </message>
    <message>
        <source>[image: {name} — alt: {alt}]</source>
        <translation>[image : {name} — alt : {alt}]</translation>
    </message>
    <message>
        <source>{network} takes {images} at most here; the image was not attached.</source>
        <translation>{network} accepte au plus {images} ici ; l&apos;image n&apos;a pas été jointe.</translation>
    </message>
    <message>
        <source> The image was not attached.</source>
        <translation> L&apos;image n&apos;a pas été jointe.</translation>
    </message>
    <message>
        <source>Not saved: {describe_error}</source>
        <translation>Non enregistré : {describe_error}</translation>
    </message>
    <message>
        <source> Nothing was queued; your text is kept.</source>
        <translation> Rien n&apos;a été mis en file ; votre texte est conservé.</translation>
    </message>
    <message>
        <source> Correct it, or send again to send it as written.</source>
        <translation> Corrigez-le, ou renvoyez pour l&apos;envoyer tel quel.</translation>
    </message>
    <message>
        <source>{describe_error} Nothing was queued; your text is kept.</source>
        <translation>{describe_error} Rien n&apos;a été mis en file ; votre texte est conservé.</translation>
    </message>
    <message>
        <source>Submitted for approval.</source>
        <translation>Soumis pour approbation.</translation>
    </message>
    <message>
        <source>Queued to send.</source>
        <translation>Mis en file d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Reconnect account</source>
        <extracomment>account state → colour role (ui/theme)</extracomment>
        <translation>Reconnecter le compte</translation>
    </message>
    <message>
        <source>Connect account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The social network of the account to connect</source>
        <translation>Le réseau social du compte à connecter</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Opens the network&apos;s sign-in in your browser</source>
        <translation>Ouvre la connexion du réseau dans votre navigateur</translation>
    </message>
    <message>
        <source>Stops connecting and closes this window</source>
        <translation>Arrête la connexion et ferme cette fenêtre</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Select a conversation</source>
        <extracomment>replies submitted but not yet sent (waiting for approval, held, rejected) the classifier&apos;s intent of the conversation (praise offers &quot;Amplify…&quot;) how the thread names an item waiting to go out a conversation other than the shown one was asked for (customer panel) the person asked to reply (R): the composer, where installed, listens the shown conversation left the person&apos;s scope (handed off): the pane closed it &quot;Amplify…&quot; on a praise conversation: the main window opens the dialog conversations this person handed off → the sentence shown if they are out of sight &quot;Assign…&quot; to another team, queued but not yet written set when the window closes: answers arriving later are dropped</extracomment>
        <translation>Sélectionnez une conversation</translation>
    </message>
    <message>
        <source>Conversation thread</source>
        <translation>Fil de la conversation</translation>
    </message>
    <message>
        <source>The messages of the open conversation, oldest first</source>
        <translation>Les messages de la conversation ouverte, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>The messages and internal notes of the selected conversation appear here.</source>
        <translation>Les messages et notes internes de la conversation sélectionnée apparaissent ici.</translation>
    </message>
    <message>
        <source>Amplify…</source>
        <extracomment>finished merges and splits (tests wait on it)</extracomment>
        <translation>Amplifier…</translation>
    </message>
    <message>
        <source>Boost or quote this praise as the brand (it waits for an approver)</source>
        <translation>Partager ou citer cet éloge au nom de la marque (en attente d&apos;un approbateur)</translation>
    </message>
    <message>
        <source>This conversation cannot be shown</source>
        <translation>Cette conversation ne peut pas être affichée</translation>
    </message>
    <message>
        <source>{customer} (@{customer_handle}) → @{account} on {network}</source>
        <translation>{customer} (@{customer_handle}) → @{account} sur {network}</translation>
    </message>
    <message>
        <source> · high priority</source>
        <translation> · priorité haute</translation>
    </message>
    <message>
        <source> · URGENT</source>
        <translation> · URGENT</translation>
    </message>
    <message>
        <source>Status: {status} · Team: {team} · Assignee: {assignee} · {messages} · {notes}</source>
        <translation>Statut : {status} · Équipe : {team} · Responsable : {assignee} · {messages} · {notes}</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>It has left your inbox: the receiving team has it now.</source>
        <translation>Elle a quitté votre boîte : l&apos;équipe destinataire l&apos;a maintenant.</translation>
    </message>
    <message>
        <source>Merged the customer&apos;s other conversation into this one: {messages} and {notes} moved, tags and history kept.</source>
        <translation>L&apos;autre conversation du client a été fusionnée ici : {messages} et {notes} déplacés, étiquettes et historique conservés.</translation>
    </message>
    <message>
        <source>Split {messages} off into a new conversation: open it from the customer&apos;s history below.</source>
        <translation>{messages} détaché(s) dans une nouvelle conversation : ouvrez-la depuis l&apos;historique du client ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsTab</name>
    <message>
        <source>One open conversation per customer and channel</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation>Une conversation ouverte par client et par canal</translation>
    </message>
    <message>
        <source>Ticked: a customer&apos;s new message joins their open conversation; saved at once</source>
        <translation>Cochée : un nouveau message d&apos;un client rejoint sa conversation ouverte ; enregistré aussitôt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saved: new messages join the customer&apos;s open conversation.</source>
        <translation>Enregistré : les nouveaux messages rejoignent la conversation ouverte du client.</translation>
    </message>
    <message>
        <source>Saved: every new thread opens its own conversation.</source>
        <translation>Enregistré : chaque nouveau fil ouvre sa propre conversation.</translation>
    </message>
</context>
<context>
    <name>CopyTable</name>
    <message>
        <source>The figures as a table; Ctrl+C copies the picked rows or all</source>
        <translation>Les chiffres sous forme de tableau ; Ctrl+C copie les lignes choisies ou tout</translation>
    </message>
</context>
<context>
    <name>CorrectionBar</name>
    <message>
        <source>Correct…</source>
        <extracomment>a correction was stored for this conversation (the pane reloads) finished loads and corrections (tests wait on them)</extracomment>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Set the mood or intent yourself: the conversation changes now, and the team&apos;s model learns from it for the next similar message.</source>
        <translation>Définissez vous-même l&apos;humeur ou l&apos;intention : la conversation change tout de suite, et le modèle de l&apos;équipe en tire parti pour le prochain message similaire.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Mood and intent unavailable</source>
        <extracomment>(field, value) → the menu&apos;s action, for keyboard users and tests</extracomment>
        <translation>Humeur et intention indisponibles</translation>
    </message>
    <message>
        <source>Mood: {mood} · Intent: {intent}</source>
        <translation>Humeur : {mood} · Intention : {intent}</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>No classifier evidence was stored for this message.</source>
        <translation>Aucun indice du classifieur n&apos;a été enregistré pour ce message.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) not sent yet</source>
        <translation>
            <numerusform>%Ln réponse pas encore envoyée</numerusform>
            <numerusform>%Ln réponses pas encore envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) not sent yet</source>
        <translation>
            <numerusform>%Ln élément pas encore envoyé</numerusform>
            <numerusform>%Ln éléments pas encore envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln profil</numerusform>
            <numerusform>%Ln profils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follower(s)</source>
        <translation>
            <numerusform>%Ln abonné</numerusform>
            <numerusform>%Ln abonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln groupe</numerusform>
            <numerusform>%Ln groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln déclaration</numerusform>
            <numerusform>%Ln déclarations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread notification(s)</source>
        <translation>
            <numerusform>%Ln notification non lue</numerusform>
            <numerusform>%Ln notifications non lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>il y a %Ln minute</numerusform>
            <numerusform>il y a %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>il y a %Ln heure</numerusform>
            <numerusform>il y a %Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln watch(es)</source>
        <translation>
            <numerusform>%Ln veille</numerusform>
            <numerusform>%Ln veilles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past alert(s)</source>
        <translation>
            <numerusform>%Ln alerte passée</numerusform>
            <numerusform>%Ln alertes passées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln publication</numerusform>
            <numerusform>%Ln publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln règle</numerusform>
            <numerusform>%Ln règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correction(s)</source>
        <translation>
            <numerusform>%Ln correction</numerusform>
            <numerusform>%Ln corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln étiquette</numerusform>
            <numerusform>%Ln étiquettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisRoom</name>
    <message>
        <source>Crisis room</source>
        <extracomment>the room asks the main window to end the crisis (it owns the confirmation)</extracomment>
        <translation>Salle de crise</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Draft statement…</source>
        <translation>Rédiger une déclaration…</translation>
    </message>
    <message>
        <source>Export post-mortem…</source>
        <translation>Exporter le post-mortem…</translation>
    </message>
    <message>
        <source>End crisis…</source>
        <translation>Terminer la crise…</translation>
    </message>
    <message>
        <source>Declare crisis…</source>
        <translation>Déclarer une crise…</translation>
    </message>
    <message>
        <source>Phrase / customer</source>
        <translation>Expression / client</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Approve selected statement</source>
        <translation>Approuver la déclaration sélectionnée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Related conversations, statements and the decision log</source>
        <translation>Conversations liées, déclarations et journal des décisions</translation>
    </message>
    <message>
        <source>Crisis work</source>
        <translation>Travail de crise</translation>
    </message>
    <message>
        <source>Conversations that match the crisis; Enter opens one in the inbox</source>
        <translation>Conversations liées à la crise ; Entrée en ouvre une dans la boîte de réception</translation>
    </message>
    <message>
        <source>Related conversations</source>
        <translation>Conversations liées</translation>
    </message>
    <message>
        <source>Holding statements, drafted and approved, newest first</source>
        <translation>Déclarations d&apos;attente, brouillons et approuvées, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Every decision taken in this crisis, with who and when</source>
        <translation>Chaque décision prise dans cette crise, avec qui et quand</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Journal des décisions</translation>
    </message>
    <message>
        <source>Approves the picked statement for publishing</source>
        <translation>Approuve la déclaration choisie pour publication</translation>
    </message>
    <message>
        <source>Writes a holding statement for approval</source>
        <translation>Rédige une déclaration d&apos;attente à approuver</translation>
    </message>
    <message>
        <source>Saves the crisis timeline and decisions as files</source>
        <translation>Enregistre la chronologie et les décisions de la crise dans des fichiers</translation>
    </message>
    <message>
        <source>Ends the crisis and restores every setting</source>
        <translation>Termine la crise et rétablit tous les réglages</translation>
    </message>
    <message>
        <source>Declares a crisis: publishing pauses, PR leads</source>
        <translation>Déclare une crise : la publication est suspendue, les RP pilotent</translation>
    </message>
    <message>
        <source>No crisis declared. The timeline shows the last two hours.</source>
        <translation>Aucune crise déclarée. La chronologie montre les deux dernières heures.</translation>
    </message>
    <message>
        <source>Crisis: {name} — declared by {declared_by} at {astimezone:%H:%M}. {reason}</source>
        <translation>Crise : {name} — déclarée par {declared_by} à {astimezone:%H:%M}. {reason}</translation>
    </message>
    <message>
        <source>Crisis “{name}” ended by {ended_by} at {astimezone:%H:%M}</source>
        <translation>Crise « {name} » terminée par {ended_by} à {astimezone:%H:%M}</translation>
    </message>
    <message>
        <source>Crisis “{name}” ended.</source>
        <translation>Crise « {name} » terminée.</translation>
    </message>
    <message>
        <source>Latest alert: {text}</source>
        <translation>Dernière alerte : {text}</translation>
    </message>
    <message>
        <source>No alert in this period.</source>
        <translation>Aucune alerte sur cette période.</translation>
    </message>
    <message>
        <source>Related conversations ({n:,}{more})</source>
        <translation>Conversations liées ({n:,}{more})</translation>
    </message>
    <message>
        <source>Declare a crisis to gather the related conversations here.</source>
        <translation>Déclarez une crise pour rassembler ici les conversations liées.</translation>
    </message>
    <message>
        <source>No conversation matches the crisis yet: crisis routing marks them as they come in.</source>
        <translation>Aucune conversation ne correspond encore à la crise : le routage de crise les marque à leur arrivée.</translation>
    </message>
    <message>
        <source>{conversations} in {groups}, newest first.</source>
        <translation>{conversations} dans {groups}, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>The newest {n} conversations</source>
        <translation>Les {n} conversations les plus récentes</translation>
    </message>
    <message>
        <source>Statements ({n})</source>
        <translation>Déclarations ({n})</translation>
    </message>
    <message>
        <source>No statements yet: “Draft statement…” writes one.</source>
        <translation>Pas encore de déclarations : « Rédiger une déclaration… » en rédige une.</translation>
    </message>
    <message>
        <source>Decision log ({decisions})</source>
        <translation>Journal des décisions ({decisions})</translation>
    </message>
    <message>
        <source>You may post from no brand account, so you cannot draft a statement.</source>
        <translation>Vous ne pouvez publier depuis aucun compte de marque ; vous ne pouvez donc pas rédiger de déclaration.</translation>
    </message>
    <message>
        <source>Statement “{title}” drafted: {status}.</source>
        <translation>Déclaration « {title} » rédigée : {status}.</translation>
    </message>
    <message>
        <source>Choose the statement to approve first.</source>
        <translation>Choisissez d&apos;abord la déclaration à approuver.</translation>
    </message>
    <message>
        <source>Statement “{title}”: {status}.</source>
        <translation>Déclaration « {title} » : {status}.</translation>
    </message>
    <message>
        <source>The post-mortem was not saved: {describe_error}</source>
        <translation>Le post-mortem n&apos;a pas été enregistré : {describe_error}</translation>
    </message>
    <message>
        <source>Post-mortem saved: {name} and two CSV files in {folder}.</source>
        <translation>Post-mortem enregistré : {name} et deux fichiers CSV dans {folder}.</translation>
    </message>
</context>
<context>
    <name>CustomerPanelWidget</name>
    <message>
        <source>Customer picture</source>
        <extracomment>a past conversation was chosen (double click or Enter) something about the customer changed here (note, link): the pane reloads finished avatar loads (tests wait on it) finished actions (tests wait on it)</extracomment>
        <translation>Photo du client</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lier…</translation>
    </message>
    <message>
        <source>Link a profile on another network: the same person</source>
        <translation>Lier un profil sur un autre réseau : la même personne</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Délier…</translation>
    </message>
    <message>
        <source>Separates a linked profile: not the same person</source>
        <translation>Sépare un profil lié : pas la même personne</translation>
    </message>
    <message>
        <source>This customer&apos;s earlier conversations</source>
        <translation>Conversations précédentes de ce client</translation>
    </message>
    <message>
        <source>Press Enter to open one</source>
        <translation>Appuyez sur Entrée pour en ouvrir une</translation>
    </message>
    <message>
        <source>Notes about this customer</source>
        <translation>Notes sur ce client</translation>
    </message>
    <message>
        <source>What colleagues wrote about this person</source>
        <translation>Ce que les collègues ont écrit sur cette personne</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Write what colleagues should know about this person</source>
        <translation>Écrivez ce que les collègues doivent savoir sur cette personne</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Correct the selected note (or double-click it)</source>
        <translation>Corriger la note sélectionnée (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <source>Customer history and notes</source>
        <translation>Historique et notes du client</translation>
    </message>
    <message>
        <source>This customer&apos;s earlier conversations and notes; Ctrl+Tab switches</source>
        <translation>Conversations précédentes et notes de ce client ; Ctrl+Tab bascule</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Select a conversation to see who wrote and their history.</source>
        <translation>Sélectionnez une conversation pour voir qui a écrit et son historique.</translation>
    </message>
    <message>
        <source>on {network}</source>
        <translation>sur {network}</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>first seen {date}</source>
        <translation>vu pour la première fois le {date}</translation>
    </message>
    <message>
        <source>Same person: </source>
        <translation>Même personne : </translation>
    </message>
    <message>
        <source>History ({conversations})</source>
        <translation>Historique ({conversations})</translation>
    </message>
    <message>
        <source>History (newest {n} of {conversations})</source>
        <translation>Historique ({n} plus récentes sur {conversations})</translation>
    </message>
    <message>
        <source>Notes ({notes})</source>
        <translation>Notes ({notes})</translation>
    </message>
    <message>
        <source>No conversation of this person is in your scope.</source>
        <translation>Aucune conversation de cette personne n&apos;est dans votre périmètre.</translation>
    </message>
    <message>
        <source>No notes yet. Add what colleagues should know about this person.</source>
        <translation>Pas encore de notes. Ajoutez ce que les collègues doivent savoir sur cette personne.</translation>
    </message>
    <message>
        <source>No notes about this person.</source>
        <translation>Aucune note sur cette personne.</translation>
    </message>
    <message>
        <source>Unlink a profile</source>
        <translation>Délier un profil</translation>
    </message>
    <message>
        <source>No longer the same person:</source>
        <translation>N&apos;est plus la même personne :</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Key figures, charts and tables for the period; Tab moves through them</source>
        <extracomment>(title, attribute, unit, lower is better)</extracomment>
        <translation>Chiffres clés, graphiques et tableaux de la période ; Tab les parcourt</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Copy table</source>
        <extracomment>what a team or agent table says when it has no row: still reading, or nothing</extracomment>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <source>Copies the table below for a spreadsheet</source>
        <translation>Copie le tableau ci-dessous pour un tableur</translation>
    </message>
    <message>
        <source>{label} ({length} days, {timezone}) · scope: {scope} · filters: {filters}.{as_of}</source>
        <translation>{label} ({length} jours, {timezone}) · périmètre : {scope} · filtres : {filters}.{as_of}</translation>
    </message>
    <message>
        <source>No conversations in this period for your scope and filters. Try a longer period or fewer filters.</source>
        <translation>Aucune conversation sur cette période pour votre périmètre et vos filtres. Essayez une période plus longue ou moins de filtres.</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>No posts</source>
        <translation>Aucune publication</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <source>Declare crisis</source>
        <extracomment>an alert older than this no longer shows in the banner (it stays in the room)</extracomment>
        <translation>Déclarer une crise</translation>
    </message>
    <message>
        <source>e.g. Bolt charger overheating</source>
        <translation>p. ex. surchauffe du chargeur Bolt</translation>
    </message>
    <message>
        <source>Why now: what you saw</source>
        <translation>Pourquoi maintenant : ce que vous avez vu</translation>
    </message>
    <message>
        <source>words that mark related conversations, comma-separated</source>
        <translation>mots qui signalent les conversations liées, séparés par des virgules</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>In one step: publishing is paused (a pause already in place stays), every reply and post needs PR&apos;s approval, conversations matching the keywords go to PR as well, and approved holding statements are offered first to agents. Ending the crisis puts every setting back as it was.</source>
        <translation>En une seule étape : la publication est suspendue (une suspension déjà en place reste), chaque réponse et chaque publication doit être approuvée par les RP, les conversations correspondant aux mots-clés vont aussi aux RP, et les déclarations d&apos;attente approuvées sont proposées en premier aux agents. Terminer la crise rétablit chaque réglage tel qu&apos;il était.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and approve — @{account} ({network})</source>
        <extracomment>(parent, row) → the edited text, or None when the approver cancels (parent, row) → the comment for the author, or None when cancelled</extracomment>
        <translation>Modifier et approuver — @{account} ({network})</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>In reply to: {in_reply_to}</source>
        <translation>En réponse à : {in_reply_to}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Open and pending</source>
        <translation>Ouvertes et en attente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>DMs</source>
        <translation>Messages privés</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Toute humeur</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négative</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Tout SLA</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bientôt dû</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>Sans délai</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <extracomment>the filter changed (the view is kept by the window)</extracomment>
        <translation>Rechercher dans la boîte</translation>
    </message>
    <message>
        <source>Search messages, customer names and @handles…  (/)</source>
        <translation>Rechercher messages, noms de clients et @identifiants…  (/)</translation>
    </message>
    <message>
        <source>Finds conversations whose messages hold these words, or whose customer&apos;s name or handle holds them. Each view keeps its own search.</source>
        <translation>Trouve les conversations dont les messages contiennent ces mots, ou dont le nom ou l&apos;identifiant du client les contient. Chaque vue garde sa propre recherche.</translation>
    </message>
    <message>
        <source>Any network</source>
        <extracomment>search text per view (view key → text): a search never silently follows to another</extracomment>
        <translation>Tout réseau</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Tout compte</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d&apos;étiquette</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Shows conversations in this state</source>
        <translation>Affiche les conversations dans cet état</translation>
    </message>
    <message>
        <source>SLA filter</source>
        <translation>Filtre SLA</translation>
    </message>
    <message>
        <source>Shows conversations by their reply timer</source>
        <translation>Affiche les conversations selon leur délai de réponse</translation>
    </message>
    <message>
        <source>Network filter</source>
        <translation>Filtre de réseau</translation>
    </message>
    <message>
        <source>Shows one social network only</source>
        <translation>N&apos;affiche qu&apos;un réseau social</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Filtre par compte</translation>
    </message>
    <message>
        <source>Shows one brand account only</source>
        <translation>N&apos;affiche qu&apos;un compte de marque</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <source>Mentions, comments or direct messages</source>
        <translation>Mentions, commentaires ou messages privés</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtre de priorité</translation>
    </message>
    <message>
        <source>Shows one priority only</source>
        <translation>N&apos;affiche qu&apos;une priorité</translation>
    </message>
    <message>
        <source>Mood filter</source>
        <translation>Filtre d&apos;humeur</translation>
    </message>
    <message>
        <source>Shows one customer mood only</source>
        <translation>N&apos;affiche qu&apos;une humeur de client</translation>
    </message>
    <message>
        <source>Shows conversations with this tag; type to find one</source>
        <translation>Affiche les conversations portant cette étiquette ; tapez pour en trouver une</translation>
    </message>
    <message>
        <source>Type a tag to show only its conversations</source>
        <translation>Saisissez une étiquette pour n&apos;afficher que ses conversations</translation>
    </message>
    <message>
        <source>Keeps this search and these filters as a view</source>
        <translation>Enregistre cette recherche et ces filtres comme vue</translation>
    </message>
    <message>
        <source>Empties the search and sets every filter to any</source>
        <translation>Vide la recherche et remet chaque filtre sur « tous »</translation>
    </message>
    <message>
        <source>Searching ‘{text}’ in {view_title}</source>
        <extracomment>the window adds its own controls at the ends (Take next, the count): they take the first row&apos;s spare width, where the search box gives way, not the filters&apos;</extracomment>
        <translation>Recherche de ‘{text}’ dans {view_title}</translation>
    </message>
    <message>
        <source>No search in {view_title}</source>
        <translation>Aucune recherche dans {view_title}</translation>
    </message>
    <message>
        <source>Searching ‘{text}’ in {view_title} only. </source>
        <translation>Recherche de ‘{text}’ dans {view_title} uniquement. </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Pick one with the arrow keys; Tab moves on</source>
        <extracomment>what a form&apos;s submit returns: None when done, else problems keyed by field (&quot;&quot; for the form) what each field holds, read after its name (an error is read instead while shown)</extracomment>
        <translation>Choisissez avec les flèches ; Tab passe au suivant</translation>
    </message>
    <message>
        <source>Hidden as you type; Tab moves on</source>
        <translation>Masqué pendant la saisie ; Tab passe au suivant</translation>
    </message>
    <message>
        <source>Required; Tab moves to the next field</source>
        <translation>Obligatoire ; Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>May stay empty; Tab moves to the next field</source>
        <translation>Peut rester vide ; Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>GuardrailsTab</name>
    <message>
        <source>Loading…</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Guardrail rules</source>
        <translation>Règles des garde-fous</translation>
    </message>
    <message>
        <source>e.g. guarantee   ·   Ad: paid partnership   ·   acme.example</source>
        <translation>p. ex. garantie   ·   Publicité : partenariat rémunéré   ·   acme.example</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Warn only</source>
        <translation>Avertir seulement</translation>
    </message>
    <message>
        <source>Why — shown to the author, e.g. “legal: we never promise”</source>
        <translation>Pourquoi — affiché à l&apos;auteur, p. ex. « juridique : nous ne promettons jamais »</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>When broken</source>
        <translation>En cas d&apos;infraction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>The rules every reply and post is checked against</source>
        <translation>Les règles selon lesquelles chaque réponse et publication est vérifiée</translation>
    </message>
    <message>
        <source>What the rule looks for: a word, a required line, a link</source>
        <translation>Ce que cherche la règle : un mot, une ligne obligatoire, un lien</translation>
    </message>
    <message>
        <source>Block stops the message; Warn only lets it go with a note</source>
        <translation>Bloquer arrête le message ; Avertir seulement le laisse partir avec une note</translation>
    </message>
    <message>
        <source>The role the rule applies to, or everyone</source>
        <translation>Le rôle auquel s&apos;applique la règle, ou tout le monde</translation>
    </message>
    <message>
        <source>The team the rule applies to, or everyone</source>
        <translation>L&apos;équipe à laquelle s&apos;applique la règle, ou tout le monde</translation>
    </message>
    <message>
        <source>Adds the rule written in the fields above</source>
        <translation>Ajoute la règle saisie dans les champs ci-dessus</translation>
    </message>
    <message>
        <source>Deletes the rule picked in the list</source>
        <translation>Supprime la règle choisie dans la liste</translation>
    </message>
    <message>
        <source>No guardrail yet: everyone may write freely.</source>
        <translation>Aucun garde-fou pour l&apos;instant : chacun peut écrire librement.</translation>
    </message>
    <message>
        <source>Not added: {describe_error}</source>
        <translation>Non ajoutée : {describe_error}</translation>
    </message>
    <message>
        <source>Added: {describe}</source>
        <translation>Ajoutée : {describe}</translation>
    </message>
    <message>
        <source>Select a rule to remove.</source>
        <translation>Sélectionnez la règle à retirer.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Règle retirée.</translation>
    </message>
</context>
<context>
    <name>HandoffBar</name>
    <message>
        <source>Hand off…</source>
        <extracomment>(conversation id, receiving team, whether the sender still sees it) after a hand-off conversations whose hand-off is under way (their row may leave before the answer)</extracomment>
        <translation>Transmettre…</translation>
    </message>
    <message>
        <source>Passes this conversation to another team or colleague</source>
        <translation>Transmet cette conversation à une autre équipe ou à un collègue</translation>
    </message>
    <message>
        <source>Lead → Sales</source>
        <translation>Prospect → Ventes</translation>
    </message>
    <message>
        <source>Hot lead to sales: hand over, tagged hot-lead, high priority</source>
        <translation>Prospect chaud aux ventes : transmis, étiqueté hot-lead, priorité haute</translation>
    </message>
    <message>
        <source>Feedback → Product</source>
        <translation>Retour → Produit</translation>
    </message>
    <message>
        <source>Feedback to product: hand over, tagged feedback</source>
        <translation>Retour au produit : transmis, étiqueté feedback</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Hand off to another team</source>
        <translation>Transmettre à une autre équipe</translation>
    </message>
    <message>
        <source>Hand this conversation to:</source>
        <translation>Transmettre cette conversation à :</translation>
    </message>
    <message>
        <source>Note for the receiving team (shown to them first):</source>
        <translation>Note pour l&apos;équipe destinataire (affichée en premier) :</translation>
    </message>
    <message>
        <source>Why they get it, what the customer needs, what was done…</source>
        <translation>Pourquoi elle la reçoit, ce dont le client a besoin, ce qui a été fait…</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <source>Say in a few words why the receiving team gets this conversation.</source>
        <translation>Dites en quelques mots pourquoi l&apos;équipe destinataire reçoit cette conversation.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Customer</source>
        <extracomment>colleagues&apos; changes are read and placed at most this often (one query, one repaint) column names (translated where shown: headerData); the English name is the column&apos;s key</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>most urgent first</source>
        <extracomment>the order a click on a column&apos;s header asks the server for (others do not sort) the orders in words (app.inbox.views.SortKey.title is the English)</extracomment>
        <translation>les plus urgentes d&apos;abord</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>highest priority first</source>
        <translation>priorité la plus haute d&apos;abord</translation>
    </message>
    <message>
        <source>customer A–Z</source>
        <translation>client A–Z</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>par statut</translation>
    </message>
    <message>
        <source>Priority: {word}</source>
        <extracomment>the role holding a row&apos;s chips: (text, accessible name, kind) tuples the brushes of the rows&apos; colour roles, per scheme (data() is called for every visible cell)</extracomment>
        <translation>Priorité : {word}</translation>
    </message>
    <message>
        <source>Mood: {mood}</source>
        <translation>Humeur : {mood}</translation>
    </message>
    <message>
        <source>Intent: {intent}</source>
        <translation>Intention : {intent}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Équipe : {team}</translation>
    </message>
    <message>
        <source>Account: @{account}</source>
        <translation>Compte : @{account}</translation>
    </message>
    <message>
        <source>Network: {network}</source>
        <translation>Réseau : {network}</translation>
    </message>
    <message>
        <source>Mood: {mood} (classifier score {score:+.2f})</source>
        <translation>Humeur : {mood} (score du classifieur {score:+.2f})</translation>
    </message>
    <message>
        <source>Intent: {intent} — cues: {cues}</source>
        <translation>Intention : {intent} — indices : {cues}</translation>
    </message>
    <message>
        <source>Placed here by {rule}</source>
        <translation>Placée ici par {rule}</translation>
    </message>
    <message>
        <source>late {age}</source>
        <translation>{age} de retard</translation>
    </message>
    <message>
        <source>{age} left</source>
        <translation>{age} restant</translation>
    </message>
    <message>
        <source>Click to sort: {order} (again for the other way)</source>
        <extracomment>emitted after each applied change batch with the ids touched (tests and benchmarks) conversations waiting to be placed while the list is held: (new, changed or leaving) the conversation whose row is being removed, while the view reacts to it display texts per row (built at first paint, dropped when the row changes) colleagues&apos; changes gathered for one read and one repaint (see apply_changes) &quot;now&quot; for ages and SLA timers, advanced by tick() (not per painted cell) pages loaded so far (benchmarks and tests wait on it) where the last page of a search was read (the replica and its lag, or the primary when the replica could not be reached); None when it was read from the primary conversation id → colleagues there now (set by the window from presence events) while held, arrivals, moves and departures wait here (id → new row, None = leaves)</extracomment>
        <translation>Cliquer pour trier : {order} (à nouveau pour l&apos;inverse)</translation>
    </message>
    <message>
        <source>no SLA timer</source>
        <translation>pas de délai SLA</translation>
    </message>
    <message>
        <source>Reply due {when}</source>
        <translation>Réponse due le {when}</translation>
    </message>
</context>
<context>
    <name>InboxTable</name>
    <message>
        <source>Conversations</source>
        <extracomment>the list places waiting rows after this long without the person moving or typing in it widths that read at 1366×768; the message takes the rest the person asked for another order: (SortKey value, reversed)</extracomment>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Conversations in this view; the arrow keys open one, T takes the next</source>
        <translation>Conversations de cette vue ; les flèches en ouvrent une, T prend la suivante</translation>
    </message>
    <message>
        <source>Conversations in this view; Enter opens, Take next claims the next one</source>
        <translation type="vanished">Conversations de cette vue ; Entrée ouvre, « Prendre la suivante » prend la suivante</translation>
    </message>
</context>
<context>
    <name>LearningSettingsTab</name>
    <message>
        <source>Learn from the team&apos;s corrections (used in routing)</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation>Apprendre des corrections de l&apos;équipe (utilisé pour le routage)</translation>
    </message>
    <message>
        <source>Ticked: corrected classifications teach routing; saved at once</source>
        <translation>Cochée : les classements corrigés instruisent le routage ; enregistré aussitôt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saved: routing learns from the team&apos;s corrections.</source>
        <translation>Enregistré : le routage apprend des corrections de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Saved: routing uses the shipped classifiers only; the model was dropped.</source>
        <translation>Enregistré : le routage utilise uniquement les classifieurs fournis ; le modèle a été supprimé.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link another profile of this person</source>
        <translation>Lier un autre profil de cette personne</translation>
    </message>
    <message>
        <source>Handle or name on any network, then Enter</source>
        <translation>Identifiant ou nom sur n&apos;importe quel réseau, puis Entrée</translation>
    </message>
    <message>
        <source>Search for the person&apos;s profile on another network.</source>
        <translation>Recherchez le profil de la personne sur un autre réseau.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>{profiles} found; choose one to link.</source>
        <translation>{profiles} trouvé(s) ; choisissez-en un à lier.</translation>
    </message>
    <message>
        <source>No profile you may work on matches &apos;{text}&apos;.</source>
        <translation>Aucun profil que vous pouvez traiter ne correspond à &apos;{text}&apos;.</translation>
    </message>
</context>
<context>
    <name>ListeningWindow</name>
    <message>
        <source>Listening</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>the post the &quot;Sent to …&quot; line is about</extracomment>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Listen through</source>
        <translation>Écouter via</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>Marketing and PR manage watches; you can read the stream.</source>
        <translation>Le marketing et les RP gèrent les veilles ; vous pouvez lire le flux.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>All watches</source>
        <translation>Toutes les veilles</translation>
    </message>
    <message>
        <source>Send to team as a conversation</source>
        <translation>Envoyer à l&apos;équipe comme conversation</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Brand account to listen through</source>
        <translation>Compte de marque par lequel écouter</translation>
    </message>
    <message>
        <source>The network searches run as this account</source>
        <translation>Les recherches sur le réseau se font avec ce compte</translation>
    </message>
    <message>
        <source>What to listen for</source>
        <translation>Ce qu&apos;il faut écouter</translation>
    </message>
    <message>
        <source>A hashtag, a keyword or an exact phrase</source>
        <translation>Un hashtag, un mot-clé ou une phrase exacte</translation>
    </message>
    <message>
        <source>Hashtag, keyword or phrase</source>
        <translation>Hashtag, mot-clé ou phrase</translation>
    </message>
    <message>
        <source>What to listen for; Enter starts listening</source>
        <translation>Ce qu&apos;il faut écouter ; Entrée lance l&apos;écoute</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Veilles</translation>
    </message>
    <message>
        <source>What the console listens for, and how much each heard</source>
        <translation>Ce qu&apos;écoute la console, et ce que chaque veille a entendu</translation>
    </message>
    <message>
        <source>Show the posts heard by</source>
        <translation>Afficher les publications entendues par</translation>
    </message>
    <message>
        <source>Shows the posts of one watch, or of all</source>
        <translation>Affiche les publications d&apos;une veille, ou de toutes</translation>
    </message>
    <message>
        <source>Posts heard</source>
        <translation>Publications entendues</translation>
    </message>
    <message>
        <source>Public posts that matched a watch, newest first</source>
        <translation>Publications publiques correspondant à une veille, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>The selected post</source>
        <translation>La publication choisie</translation>
    </message>
    <message>
        <source>The whole post, read-only</source>
        <translation>La publication entière, en lecture seule</translation>
    </message>
    <message>
        <source>Team to send the post to</source>
        <translation>Équipe à qui envoyer la publication</translation>
    </message>
    <message>
        <source>The team whose inbox gets the post as a conversation</source>
        <translation>L&apos;équipe dont la boîte de réception reçoit la publication comme conversation</translation>
    </message>
    <message>
        <source>Starts listening for what is typed above</source>
        <translation>Commence à écouter ce qui est saisi ci-dessus</translation>
    </message>
    <message>
        <source>Pauses or resumes the picked watch</source>
        <translation>Met en pause ou reprend la veille choisie</translation>
    </message>
    <message>
        <source>Stops the picked watch and forgets it</source>
        <translation>Arrête la veille choisie et l&apos;oublie</translation>
    </message>
    <message>
        <source>Could not refresh: {describe_error}</source>
        <translation>Actualisation impossible : {describe_error}</translation>
    </message>
    <message>
        <source>{watches} · {items} heard in 24 h</source>
        <translation>{watches} · {items} sur 24 h</translation>
    </message>
    <message>
        <source>all watches</source>
        <translation>toutes les veilles</translation>
    </message>
    <message>
        <source>{items} heard · {which}</source>
        <translation>{items} · {which}</translation>
    </message>
    <message>
        <source>Could not load more: {describe_error}</source>
        <translation>Impossible d&apos;en charger davantage : {describe_error}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Marketing and PR send heard posts to a team.</source>
        <translation>Le marketing et les RP envoient les publications entendues à une équipe.</translation>
    </message>
    <message>
        <source>Listening for {label}: the first read is on its way.</source>
        <translation>Écoute de {label} : la première lecture est en cours.</translation>
    </message>
    <message>
        <source>Remove now</source>
        <translation>Supprimer maintenant</translation>
    </message>
    <message>
        <source>Remove {label} and the {items} it heard? Conversations made from it stay in the inbox. Click “Remove now” to confirm.</source>
        <translation>Supprimer {label} et ce qu&apos;elle a entendu ({items}) ? Les conversations qui en sont issues restent dans la boîte de réception. Cliquez sur « Supprimer maintenant » pour confirmer.</translation>
    </message>
    <message>
        <source>Removed {label}.</source>
        <translation>Supprimé : {label}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Social Console — {display_name}</source>
        <extracomment>how often this workstation says where its person is, and sweeps SLA breaches and snoozes the database no longer lets this person in (deactivated, password changed): the reason how wide the reading pane stays while no conversation is open (its two sentences wrap) Qt&apos;s QWIDGETSIZE_MAX (not exported by PySide6): &quot;no maximum&quot;</extracomment>
        <translation>Social Console — {display_name}</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Which conversations the inbox shows, with unread counts</source>
        <translation>Les conversations affichées par la boîte, avec le nombre de non lues</translation>
    </message>
    <message>
        <source>Database: {db_label}</source>
        <extracomment>a saved view just chosen: its order (sort key, reversed), applied with its filter the reading pane&apos;s width while a conversation was open (given back when one opens)</extracomment>
        <translation>Base de données : {db_label}</translation>
    </message>
    <message>
        <source>Signed in as {display_name} ({username})</source>
        <translation>Connecté en tant que {display_name} ({username})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Delete saved view</source>
        <translation>&amp;Supprimer la vue enregistrée</translation>
    </message>
    <message>
        <source>&amp;Appearance and language…</source>
        <translation>Apparence et &amp;langue…</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>&amp;People and permissions…</source>
        <translation>&amp;Personnes et autorisations…</translation>
    </message>
    <message>
        <source>R&amp;outing</source>
        <translation>&amp;Routage</translation>
    </message>
    <message>
        <source>Routing &amp;rules…</source>
        <translation>&amp;Règles de routage…</translation>
    </message>
    <message>
        <source>Agents&apos; &amp;capacity…</source>
        <translation>&amp;Capacité des agents…</translation>
    </message>
    <message>
        <source>&amp;Voice of the customer…</source>
        <translation>&amp;Voix du client…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Social Console</source>
        <translation>À &amp;propos de Social Console</translation>
    </message>
    <message>
        <source>Social Console</source>
        <translation>Social Console</translation>
    </message>
    <message>
        <source>Social Console — your company&apos;s social accounts, worked together.
Database: {db_label}
Update channel: {update_channel} (IT sets it in {system_config_file})</source>
        <translation>Social Console — les comptes sociaux de votre entreprise, gérés ensemble.
Base de données : {db_label}
Canal de mise à jour : {update_channel} (défini par l&apos;informatique dans {system_config_file})</translation>
    </message>
    <message>
        <source>Replying: colleagues now see that you are writing the answer.</source>
        <translation>Réponse en cours : les collègues voient que vous rédigez la réponse.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>Saved the view “{name}”.</source>
        <translation>Vue « {name} » enregistrée.</translation>
    </message>
    <message>
        <source>Choose one of your saved views (★) first.</source>
        <translation>Choisissez d&apos;abord une de vos vues enregistrées (★).</translation>
    </message>
    <message>
        <source>Not notified (no colleague or team has that name): </source>
        <translation>Non notifié (aucun collègue ni équipe ne porte ce nom) : </translation>
    </message>
    <message>
        <source>Not notified (they cannot see this conversation): </source>
        <translation>Non notifié (ils ne peuvent pas voir cette conversation) : </translation>
    </message>
    <message>
        <source>The database connection is back; waiting actions were written.</source>
        <translation>La connexion à la base est rétablie ; les actions en attente ont été écrites.</translation>
    </message>
    <message>
        <source>Database: {db_label} ({live})</source>
        <translation>Base de données : {db_label} ({live})</translation>
    </message>
    <message>
        <source>Your permissions were changed by IT.</source>
        <translation>Vos autorisations ont été modifiées par l&apos;informatique.</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>Panels sharing this place; the arrow keys switch between them</source>
        <translation>Panneaux partageant cet emplacement ; les flèches passent de l&apos;un à l&apos;autre</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge conversations</source>
        <translation>Fusionner des conversations</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s other conversation to merge into this one. Its messages, internal notes, tags and assignment history move here; it then disappears from every inbox. Only conversations with the same brand account are listed.</source>
        <translation>Choisissez l&apos;autre conversation du client à fusionner ici. Ses messages, notes internes, étiquettes et historique d&apos;attribution y sont déplacés ; elle disparaît ensuite de toutes les boîtes. Seules les conversations avec le même compte de marque sont listées.</translation>
    </message>
    <message>
        <source>Merge into this one</source>
        <translation>Fusionner dans celle-ci</translation>
    </message>
    <message>
        <source>direct messages</source>
        <translation>messages privés</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>This customer has no other conversation with this brand account that you may work on.</source>
        <translation>Ce client n&apos;a aucune autre conversation avec ce compte de marque que vous pouvez traiter.</translation>
    </message>
</context>
<context>
    <name>MultiPostDialog</name>
    <message>
        <source>New post</source>
        <extracomment>the set was queued: (set key, how many posts)</extracomment>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Accounts to post from</source>
        <extracomment>the checks the service runs at submission (guardrails add theirs here)</extracomment>
        <translation>Comptes depuis lesquels publier</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Texte de la publication</translation>
    </message>
    <message>
        <source>What should the brand say? (sent to every account ticked)</source>
        <translation>Que doit dire la marque ? (envoyé à chaque compte coché)</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>Joindre une image…</translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Retirer les images</translation>
    </message>
    <message>
        <source>No images attached.</source>
        <translation>Aucune image jointe.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>e.g. Spring sale (optional; filters the calendar)</source>
        <translation>p. ex. Soldes de printemps (facultatif ; filtre le calendrier)</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Heure planifiée</translation>
    </message>
    <message>
        <source>Schedule for</source>
        <translation>Planifier pour</translation>
    </message>
    <message>
        <source>Two-step approval: team lead, then legal</source>
        <translation>Approbation en deux étapes : chef d&apos;équipe, puis service juridique</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Envoyer pour approbation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Variants and previews</source>
        <translation>Variantes et aperçus</translation>
    </message>
    <message>
        <source>Tick one or more accounts to see how the post will look on each.</source>
        <translation>Cochez un ou plusieurs comptes pour voir à quoi ressemblera la publication sur chacun.</translation>
    </message>
    <message>
        <source>Post from:</source>
        <translation>Publier depuis :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Images :</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>How the post will look on each ticked account; scroll to see all</source>
        <translation>L&apos;aspect de la publication sur chaque compte coché ; faites défiler pour tout voir</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>Aperçus</translation>
    </message>
    <message>
        <source>One page per network: its own text and a preview; Ctrl+Tab switches</source>
        <translation>Une page par réseau : son propre texte et un aperçu ; Ctrl+Tab bascule</translation>
    </message>
    <message>
        <source>Tick each brand account the post goes out from</source>
        <translation>Cochez chaque compte de marque depuis lequel part la publication</translation>
    </message>
    <message>
        <source>What the brand says on every ticked account, unless a page says otherwise</source>
        <translation>Ce que dit la marque sur chaque compte coché, sauf si une page dit autre chose</translation>
    </message>
    <message>
        <source>Adds images from this computer</source>
        <translation>Ajoute des images de cet ordinateur</translation>
    </message>
    <message>
        <source>Takes every image off this post</source>
        <translation>Retire toutes les images de cette publication</translation>
    </message>
    <message>
        <source>Ticked: the post waits until the time beside it</source>
        <translation>Cochée : la publication attend l&apos;heure indiquée à côté</translation>
    </message>
    <message>
        <source>When the post goes out; the arrow keys change it</source>
        <translation>Quand la publication part ; les flèches la modifient</translation>
    </message>
    <message>
        <source>Ticked: a team lead approves, then legal, before it goes out</source>
        <translation>Cochée : un chef d&apos;équipe approuve, puis le juridique, avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Queues one post per ticked account for approval</source>
        <translation>Met en attente d&apos;approbation une publication par compte coché</translation>
    </message>
    <message>
        <source>Closes this window; nothing is sent</source>
        <translation>Ferme cette fenêtre ; rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>You may not post from any brand account; ask IT for access.</source>
        <translation>Vous ne pouvez publier depuis aucun compte de la marque ; demandez l&apos;accès à l&apos;informatique.</translation>
    </message>
    <message>
        <source>Send {posts} for approval</source>
        <translation>Envoyer {posts} pour approbation</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source> Your text is kept.</source>
        <translation> Votre texte est conservé.</translation>
    </message>
    <message>
        <source>{posts} sent for approval as one set (team lead, then legal).</source>
        <translation>{posts} envoyées pour approbation en un seul ensemble (chef d&apos;équipe, puis service juridique).</translation>
    </message>
    <message>
        <source>{posts} sent for approval as one set.</source>
        <translation>{posts} envoyées pour approbation en un seul ensemble.</translation>
    </message>
    <message>
        <source>{posts} queued for the scheduled time.</source>
        <translation>{posts} en file d&apos;attente pour l&apos;heure prévue.</translation>
    </message>
    <message>
        <source>{posts} queued.</source>
        <translation>{posts} en file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Text for {get} only</source>
        <translation>Texte pour {get} uniquement</translation>
    </message>
    <message>
        <source>Leave empty to send the main text; or write {get}&apos;s own version here.</source>
        <translation>Laissez vide pour envoyer le texte principal ; ou rédigez ici la version propre à {get}.</translation>
    </message>
    <message>
        <source>Text for {get} only:</source>
        <translation>Texte pour {get} uniquement :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window; an unsent draft is kept</source>
        <translation>Ferme cette fenêtre ; un brouillon non envoyé est conservé</translation>
    </message>
</context>
<context>
    <name>NewRowsButton</name>
    <message>
        <source>Place new conversations</source>
        <translation>Placer les nouvelles conversations</translation>
    </message>
    <message>
        <source>The list holds still while you work in it. Click to place them now.</source>
        <translation>La liste reste immobile pendant que vous y travaillez. Cliquez pour les placer maintenant.</translation>
    </message>
    <message>
        <source>{new} new</source>
        <translation>{new} nouvelle(s)</translation>
    </message>
    <message>
        <source> — show</source>
        <translation> — afficher</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Only colleagues see notes. Mention someone with @name or a team with @team-name to notify them.</source>
        <translation>Seuls les collègues voient les notes. Mentionnez quelqu&apos;un avec @nom ou une équipe avec @nom-equipe pour les notifier.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source> They would not be notified. Correct the name, or press Add note again to add the note as written.</source>
        <translation> Ils ne seraient pas notifiés. Corrigez le nom, ou appuyez à nouveau sur Ajouter la note pour l&apos;ajouter telle quelle.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note about the customer</source>
        <translation>Note sur le client</translation>
    </message>
    <message>
        <source>What colleagues should know about this person, whichever conversation they open.</source>
        <translation>Ce que les collègues doivent savoir sur cette personne, quelle que soit la conversation qu&apos;ils ouvrent.</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Concerning me</source>
        <extracomment>newest notifications read per load (the rest stay in the database, unread ones counted) the floating panel&apos;s size (smaller windows get less) several notifications in a burst cause one reload open this conversation (the main window selects it) unread notifications that concern the person (the badge)</extracomment>
        <translation>Me concernant</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Concerning me: everything addressed to you, and SLA breaches of conversations you hold or that wait unassigned in your teams. All: every notification you received.</source>
        <translation>Me concernant : tout ce qui vous est adressé, et les dépassements de SLA des conversations que vous tenez ou qui attendent sans responsable dans vos équipes. Toutes : chaque notification reçue.</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Marks the picked notifications as read</source>
        <translation>Marque les notifications choisies comme lues</translation>
    </message>
    <message>
        <source>Marks every notification shown here as read</source>
        <translation>Marque comme lues toutes les notifications affichées ici</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Mentions, hand-offs and approvals for you; Enter opens one</source>
        <translation>Mentions, transferts et approbations pour vous ; Entrée en ouvre une</translation>
    </message>
    <message>
        <source>Notifications could not be read: {describe_error}</source>
        <translation>Les notifications n&apos;ont pas pu être lues : {describe_error}</translation>
    </message>
    <message>
        <source>Not marked read: {describe_error}</source>
        <translation>Non marquée comme lue : {describe_error}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>New assignment</source>
        <translation>Nouvelle attribution</translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>Vous avez été mentionné</translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>Crisis alert</source>
        <translation>Alerte de crise</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Social Console</source>
        <extracomment>notifications read per query (newer_than&apos;s limit)</extracomment>
        <translation>Social Console</translation>
    </message>
    <message>
        <source>Social Console — {notifications}</source>
        <translation>Social Console — {notifications}</translation>
    </message>
    <message>
        <source>Social Console — no unread notifications</source>
        <translation>Social Console — aucune notification non lue</translation>
    </message>
</context>
<context>
    <name>PostsWindow</name>
    <message>
        <source>Posts and experiments</source>
        <extracomment>the three lines, coloured by the theme&apos;s chart series (distinguishable in both schemes)</extracomment>
        <translation>Publications et expériences</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Compare the two selected posts as A/B…</source>
        <translation>Comparer les deux publications sélectionnées en A/B…</translation>
    </message>
    <message>
        <source>Sent posts and their metrics</source>
        <translation>Publications envoyées et leurs statistiques</translation>
    </message>
    <message>
        <source>No post has been sent yet. Posts sent from the console appear here with their likes, reposts and replies as the networks report them.</source>
        <translation>Aucune publication n&apos;a encore été envoyée. Les publications envoyées depuis la console apparaissent ici avec leurs J&apos;aime, repartages et réponses, tels que les réseaux les communiquent.</translation>
    </message>
    <message>
        <source>Performance over time</source>
        <translation>Performance dans le temps</translation>
    </message>
    <message>
        <source>Experiments and how sure each difference is</source>
        <translation>Expériences et fiabilité de chaque écart</translation>
    </message>
    <message>
        <source>Each A/B comparison and whether its difference is more than chance</source>
        <translation>Chaque comparaison A/B et si sa différence dépasse le hasard</translation>
    </message>
    <message>
        <source>Posts sent from the console with likes, reposts and replies; pick two to compare</source>
        <translation>Publications envoyées depuis la console avec j&apos;aime, partages et réponses ; choisissez-en deux pour comparer</translation>
    </message>
    <message>
        <source>Compares the two picked posts as an experiment</source>
        <translation>Compare les deux publications choisies comme une expérience</translation>
    </message>
    <message>
        <source>Reads the posts and their metrics again</source>
        <translation>Relit les publications et leurs mesures</translation>
    </message>
    <message>
        <source>No experiment yet. Send two variants of a post (to two accounts, or at two times), select both above and press “Compare…”.</source>
        <translation>Aucune expérience pour l&apos;instant. Envoyez deux variantes d&apos;une publication (sur deux comptes, ou à deux moments), sélectionnez-les toutes les deux ci-dessus et cliquez sur « Comparer… ».</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <source>{plural} · {measured:,} measured · {plural2}</source>
        <translation>{plural} · {measured:,} mesurées · {plural2}</translation>
    </message>
    <message>
        <source>Select one post to see its trend.</source>
        <translation>Sélectionnez une publication pour voir son évolution.</translation>
    </message>
    <message>
        <source>Performance over time · {plural}</source>
        <translation>Performance dans le temps · {plural}</translation>
    </message>
    <message>
        <source>Not measured yet: the sync worker reads metrics every few minutes.</source>
        <translation>Pas encore mesurée : le processus de synchronisation relève les statistiques toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>New A/B experiment</source>
        <translation>Nouvelle expérience A/B</translation>
    </message>
    <message>
        <source>Name the experiment:</source>
        <translation>Nom de l&apos;expérience :</translation>
    </message>
    <message>
        <source>Experiment “{strip}” created: A and B are compared below.</source>
        <translation>Expérience « {strip} » créée : A et B sont comparées ci-dessous.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light, dark, or the colours your desktop uses; applied at once</source>
        <translation>Clair, sombre ou les couleurs de votre bureau ; appliqué aussitôt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>The language of the console&apos;s windows; used from the next start</source>
        <translation>La langue des fenêtres de la console ; appliquée au prochain démarrage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The theme is set by IT for this computer.</source>
        <translation>Le thème est défini par l&apos;informatique pour cet ordinateur.</translation>
    </message>
    <message>
        <source>The language is set by IT for this computer.</source>
        <translation>La langue est définie par l&apos;informatique pour cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The new language is used from your next sign-in.</source>
        <translation>La nouvelle langue s&apos;applique à votre prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <source>[{name} cannot be shown]</source>
        <extracomment>how long a link is shown in a preview before &quot;…&quot; (Mastodon and X cut links for display)</extracomment>
        <translation>[{name} ne peut pas être affiché]</translation>
    </message>
    <message>
        <source>Image: {m}</source>
        <translation>Image : {m}</translation>
    </message>
</context>
<context>
    <name>ReplyPolicyTab</name>
    <message>
        <source>Only the colleague who holds a conversation may reply in it (owner-only)</source>
        <translation>Seul le collègue qui détient une conversation peut y répondre (titulaire uniquement)</translation>
    </message>
    <message>
        <source>Ticked: only the holder of a conversation may reply in it</source>
        <translation>Cochée : seul le détenteur d&apos;une conversation peut y répondre</translation>
    </message>
    <message>
        <source>When on, a colleague&apos;s reply is refused with the owner&apos;s name, and an unclaimed conversation must be claimed first. Approvers are warned about replies from someone who does not hold the conversation either way.</source>
        <translation>Si activé, la réponse d&apos;un collègue est refusée avec le nom du titulaire, et une conversation non prise doit d&apos;abord être prise. Dans tous les cas, les approbateurs sont avertis des réponses de quelqu&apos;un qui ne détient pas la conversation.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Posts as the brand</source>
        <translation>Publications au nom de la marque</translation>
    </message>
    <message>
        <source>One row per role; Space ticks what it may send without approval</source>
        <translation>Une ligne par rôle ; Espace coche ce qu&apos;il peut envoyer sans approbation</translation>
    </message>
    <message>
        <source>Per role: tick what goes out without a team lead&apos;s approval</source>
        <translation>Par rôle : cochez ce qui part sans l&apos;approbation d&apos;un responsable d&apos;équipe</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Every reply needs approval</source>
        <translation>Chaque réponse doit être approuvée</translation>
    </message>
    <message>
        <source>Every post needs approval</source>
        <translation>Chaque publication doit être approuvée</translation>
    </message>
    <message>
        <source>One row per team; Space ticks what always needs approval there</source>
        <translation>Une ligne par équipe ; Espace coche ce qui y demande toujours une approbation</translation>
    </message>
    <message>
        <source>Per team: require approval for everyone there (its approvers excepted)</source>
        <translation>Par équipe : exiger l&apos;approbation pour tous ses membres (sauf ses approbateurs)</translation>
    </message>
    <message>
        <source>{describe_error} Nothing was changed.</source>
        <translation>{describe_error} Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">Période</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Comparer avec la période précédente</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Ventiler par</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>Filter by {lower}</source>
        <translation>Filtrer par {lower}</translation>
    </message>
    <message>
        <source>All {lower}s</source>
        <translation>Tout {lower}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Voix du client</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Which days the figures cover; the arrow keys change it</source>
        <extracomment>where the last figures were read: the replica (with its lag) or this database</extracomment>
        <translation>Les jours couverts par les chiffres ; les flèches les modifient</translation>
    </message>
    <message>
        <source>The first day of your own period</source>
        <translation>Le premier jour de votre période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>The last day of your own period</source>
        <translation>Le dernier jour de votre période</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Shows each figure beside the period just before</source>
        <translation>Affiche chaque chiffre à côté de la période précédente</translation>
    </message>
    <message>
        <source>What the charts and tables are split by</source>
        <translation>Le critère de découpage des graphiques et tableaux</translation>
    </message>
    <message>
        <source>Reads the figures again</source>
        <translation>Relit les chiffres</translation>
    </message>
    <message>
        <source>Saves these reports as a PDF file</source>
        <translation>Enregistre ces rapports dans un fichier PDF</translation>
    </message>
    <message>
        <source>Saves these figures as CSV files</source>
        <translation>Enregistre ces chiffres dans des fichiers CSV</translation>
    </message>
    <message>
        <source>Counts only what matches this choice</source>
        <translation>Ne compte que ce qui correspond à ce choix</translation>
    </message>
    <message>
        <source>Sets every filter back to all</source>
        <translation>Remet chaque filtre sur « tous »</translation>
    </message>
    <message>
        <source>Dashboard, voice of the customer and ROI pages</source>
        <translation>Pages tableau de bord, voix du client et ROI</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Pages du rapport</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
</context>
<context>
    <name>RoiView</name>
    <message>
        <source>Return on investment</source>
        <translation>Retour sur investissement</translation>
    </message>
    <message>
        <source>Leads handed to sales</source>
        <translation>Prospects transmis aux ventes</translation>
    </message>
    <message>
        <source>No conversation reached a sales team in this period.</source>
        <translation>Aucune conversation n&apos;a atteint une équipe commerciale sur cette période.</translation>
    </message>
    <message>
        <source>Mark won…</source>
        <translation>Marquer comme gagné…</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Marquer comme perdu</translation>
    </message>
    <message>
        <source>What a contact costs elsewhere (set by IT or a manager)</source>
        <translation>Ce que coûte un contact ailleurs (défini par l&apos;informatique ou un responsable)</translation>
    </message>
    <message>
        <source>Save costs</source>
        <translation>Enregistrer les coûts</translation>
    </message>
    <message>
        <source>Records the picked lead as a sale, with its value</source>
        <translation>Enregistre le prospect choisi comme vente, avec sa valeur</translation>
    </message>
    <message>
        <source>Records the picked lead as lost</source>
        <translation>Enregistre le prospect choisi comme perdu</translation>
    </message>
    <message>
        <source>What one phone call to the contact centre costs</source>
        <translation>Le coût d&apos;un appel au centre de contact</translation>
    </message>
    <message>
        <source>What one e-mail to the contact centre costs</source>
        <translation>Le coût d&apos;un e-mail au centre de contact</translation>
    </message>
    <message>
        <source>Of the customers answered on social, how many would have called instead</source>
        <translation>Parmi les clients répondus sur les réseaux, combien auraient appelé à la place</translation>
    </message>
    <message>
        <source>The currency the costs are in, e.g. EUR</source>
        <translation>La devise des coûts, p. ex. EUR</translation>
    </message>
    <message>
        <source>Keeps these costs for everyone&apos;s reports</source>
        <translation>Enregistre ces coûts pour les rapports de tous</translation>
    </message>
    <message>
        <source>Cost of a phone contact</source>
        <translation>Coût d&apos;un contact téléphonique</translation>
    </message>
    <message>
        <source>Cost of an e-mail contact</source>
        <translation>Coût d&apos;un contact par e-mail</translation>
    </message>
    <message>
        <source>Share that would have called</source>
        <translation>Part qui aurait appelé</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>What social customer care saved and earned in the period</source>
        <translation>Ce que le service client sur les réseaux a économisé et rapporté sur la période</translation>
    </message>
    <message>
        <source>Only IT or a manager sets the costs.</source>
        <translation>Seuls l&apos;informatique ou un responsable définissent les coûts.</translation>
    </message>
    <message>
        <source>Return on investment · {label}</source>
        <translation>Retour sur investissement · {label}</translation>
    </message>
</context>
<context>
    <name>RoutingEditor</name>
    <message>
        <source>Routing rules</source>
        <translation>Règles de routage</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Rules, and how each team shares conversations out</source>
        <translation>Règles, et comment chaque équipe répartit les conversations</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Run in this order; a checked rule is on</source>
        <translation>S&apos;exécutent dans cet ordre ; une règle cochée est active</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Add the default rules</source>
        <translation>Ajouter les règles par défaut</translation>
    </message>
    <message>
        <source>Adds a new rule at the end of the list</source>
        <translation>Ajoute une nouvelle règle en fin de liste</translation>
    </message>
    <message>
        <source>Deletes the picked rule</source>
        <translation>Supprime la règle choisie</translation>
    </message>
    <message>
        <source>Moves the picked rule one place earlier</source>
        <translation>Avance la règle choisie d&apos;une place</translation>
    </message>
    <message>
        <source>Moves the picked rule one place later</source>
        <translation>Recule la règle choisie d&apos;une place</translation>
    </message>
    <message>
        <source>Reads rules from a JSON file</source>
        <translation>Lit des règles depuis un fichier JSON</translation>
    </message>
    <message>
        <source>Saves every rule to a JSON file</source>
        <translation>Enregistre toutes les règles dans un fichier JSON</translation>
    </message>
    <message>
        <source>Adds the console&apos;s starting rules beside yours</source>
        <translation>Ajoute les règles de départ de la console à côté des vôtres</translation>
    </message>
    <message>
        <source>Rules run in this order; a checked rule is on.</source>
        <translation>Les règles s&apos;exécutent dans cet ordre ; une règle cochée est active.</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Retirer la condition</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Retirer l&apos;action</translation>
    </message>
    <message>
        <source>A short name that says what the rule is for</source>
        <translation>Un nom court qui dit à quoi sert la règle</translation>
    </message>
    <message>
        <source>Ticked: the rule runs</source>
        <translation>Cochée : la règle s&apos;applique</translation>
    </message>
    <message>
        <source>Rule is on</source>
        <translation>Règle active</translation>
    </message>
    <message>
        <source>When the rule runs: on new conversations or on every message</source>
        <translation>Quand la règle s&apos;applique : aux nouvelles conversations ou à chaque message</translation>
    </message>
    <message>
        <source>Whether all conditions must hold, any one of them, or none at all</source>
        <translation>Si toutes les conditions doivent être remplies, l&apos;une d&apos;elles, ou aucune</translation>
    </message>
    <message>
        <source>What a conversation must show; one condition per row</source>
        <translation>Ce qu&apos;une conversation doit présenter ; une condition par ligne</translation>
    </message>
    <message>
        <source>What the rule does, in this order; one action per row</source>
        <translation>Ce que fait la règle, dans cet ordre ; une action par ligne</translation>
    </message>
    <message>
        <source>Adds an empty condition row</source>
        <translation>Ajoute une ligne de condition vide</translation>
    </message>
    <message>
        <source>Deletes the picked condition row</source>
        <translation>Supprime la ligne de condition choisie</translation>
    </message>
    <message>
        <source>Adds an empty action row</source>
        <translation>Ajoute une ligne d&apos;action vide</translation>
    </message>
    <message>
        <source>Deletes the picked action row</source>
        <translation>Supprime la ligne d&apos;action choisie</translation>
    </message>
    <message>
        <source>Checks the rule and keeps it</source>
        <translation>Vérifie la règle et l&apos;enregistre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Matches when</source>
        <translation>Correspond si</translation>
    </message>
    <message>
        <source>Actions (in order)</source>
        <translation>Actions (dans l&apos;ordre)</translation>
    </message>
    <message>
        <source>Dry run over the last days</source>
        <translation>Simulation sur les derniers jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Dry run this rule</source>
        <translation>Simuler cette règle</translation>
    </message>
    <message>
        <source>Dry run all rules</source>
        <translation>Simuler toutes les règles</translation>
    </message>
    <message>
        <source>A dry run shows what rules would have done; it changes nothing.</source>
        <translation>Une simulation montre ce que les règles auraient fait ; elle ne change rien.</translation>
    </message>
    <message>
        <source>Dry run results</source>
        <translation>Résultats de la simulation</translation>
    </message>
    <message>
        <source>How many days of past conversations the dry run reads</source>
        <translation>Combien de jours de conversations passées la simulation lit</translation>
    </message>
    <message>
        <source>Shows what the picked rule would have done; changes nothing</source>
        <translation>Montre ce qu&apos;aurait fait la règle choisie ; ne change rien</translation>
    </message>
    <message>
        <source>Shows what all rules would have done; changes nothing</source>
        <translation>Montre ce qu&apos;auraient fait toutes les règles ; ne change rien</translation>
    </message>
    <message>
        <source>One row per conversation the rules would have touched</source>
        <translation>Une ligne par conversation que les règles auraient touchée</translation>
    </message>
    <message>
        <source>Dry run over the last</source>
        <translation>Simulation sur</translation>
    </message>
    <message>
        <source>How each team shares new conversations out: only to agents who are signed in and available, up to their capacity of open conversations.</source>
        <translation>Comment chaque équipe répartit les nouvelles conversations : uniquement aux agents connectés et disponibles, dans la limite de leur capacité de conversations ouvertes.</translation>
    </message>
    <message>
        <source>Teams and auto-assignment</source>
        <translation>Équipes et attribution automatique</translation>
    </message>
    <message>
        <source>One row per team; pick how it shares new conversations out</source>
        <translation>Une ligne par équipe ; choisissez comment elle répartit les nouvelles conversations</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Auto-assignment</source>
        <translation>Attribution automatique</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Delete the rule “{name}”?</source>
        <translation>Supprimer la règle « {name} » ?</translation>
    </message>
    <message>
        <source>Import routing rules</source>
        <translation>Importer des règles de routage</translation>
    </message>
    <message>
        <source>Replace the current rules with the file&apos;s? (No adds them at the end.)</source>
        <translation>Remplacer les règles actuelles par celles du fichier ? (Non les ajoute à la fin.)</translation>
    </message>
    <message>
        <source>Could not read {name}: {value}.</source>
        <translation>Impossible de lire {name} : {value}.</translation>
    </message>
    <message>
        <source>Imported {n} rules from {name}.</source>
        <translation>{n} règles importées depuis {name}.</translation>
    </message>
    <message>
        <source>Export routing rules</source>
        <translation>Exporter les règles de routage</translation>
    </message>
    <message>
        <source>Could not write {name}: {value}.</source>
        <translation>Impossible d&apos;écrire {name} : {value}.</translation>
    </message>
    <message>
        <source>Exported {n} rules to {path}.</source>
        <translation>{n} règles exportées vers {path}.</translation>
    </message>
    <message>
        <source>Added {n} default rules at the end of the list.</source>
        <translation>{n} règles par défaut ajoutées à la fin de la liste.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>The dry run did not run: see the reason above.</source>
        <translation>La simulation n&apos;a pas été exécutée : voir le motif ci-dessus.</translation>
    </message>
    <message>
        <source>{what} would act on {rows} of {conversations} conversations ({messages} messages in the last {days} days{more}). Nothing was changed.</source>
        <translation>{what} : effet sur {rows} conversations sur {conversations} ({messages} messages sur les {days} derniers jours{more}). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Match when this condition is NOT met</source>
        <translation>Correspond si cette condition n&apos;est PAS remplie</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Show sent</source>
        <translation>Afficher les éléments envoyés</translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation>Publications planifiées</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Cancel item</source>
        <translation>Annuler l&apos;élément</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Shows the scheduled posts of one brand account or of all</source>
        <translation>Affiche les publications planifiées d&apos;un compte de marque, ou de tous</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Also lists the posts already sent</source>
        <translation>Liste aussi les publications déjà envoyées</translation>
    </message>
    <message>
        <source>Posts waiting for their time, earliest first</source>
        <translation>Publications qui attendent leur heure, les plus proches d&apos;abord</translation>
    </message>
    <message>
        <source>Gives the picked post another time</source>
        <translation>Donne une autre heure à la publication choisie</translation>
    </message>
    <message>
        <source>Opens the picked post to change its text</source>
        <translation>Ouvre la publication choisie pour en modifier le texte</translation>
    </message>
    <message>
        <source>Stops the picked post from going out</source>
        <translation>Empêche la publication choisie de partir</translation>
    </message>
    <message>
        <source>Sends a failed post again</source>
        <translation>Renvoie une publication qui a échoué</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next conversation</source>
        <extracomment>(name, keys, what it does) — the order is the order of the sheet</extracomment>
        <translation>Conversation suivante</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <source>Take the next (most urgent) conversation</source>
        <translation>Prendre la prochaine conversation (la plus urgente)</translation>
    </message>
    <message>
        <source>Claim the conversation</source>
        <translation>Prendre la conversation</translation>
    </message>
    <message>
        <source>Assign to a colleague or team…</source>
        <translation>Attribuer à un collègue ou à une équipe…</translation>
    </message>
    <message>
        <source>Release to the team&apos;s queue</source>
        <translation>Rendre à la file de l&apos;équipe</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Add an internal note…</source>
        <translation>Ajouter une note interne…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Show this sheet</source>
        <translation>Afficher cette fiche</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the console and what it does; Escape closes</source>
        <translation>Chaque raccourci clavier de la console et ce qu&apos;il fait ; Échap ferme</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Social Console</source>
        <translation>Connexion — Social Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Social Console&lt;/b&gt;</source>
        <translation>&lt;b&gt;Social Console&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Database: {db_label}</source>
        <translation>Base de données : {db_label}</translation>
    </message>
    <message>
        <source>Your sign-in name; Tab moves to the password</source>
        <translation>Votre identifiant ; Tab passe au mot de passe</translation>
    </message>
    <message>
        <source>Your password; Enter signs in</source>
        <translation>Votre mot de passe ; Entrée vous connecte</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Signed in to your computer with a company (Kerberos) account? Leave the password empty: the database server signs you in with it where IT allows that.</source>
        <translation>Connecté à votre ordinateur avec un compte d&apos;entreprise (Kerberos) ? Laissez le mot de passe vide : le serveur de base de données vous connecte avec, là où l&apos;informatique l&apos;autorise.</translation>
    </message>
    <message>
        <source>empty: sign in with your computer&apos;s login</source>
        <translation>vide : connexion avec la session de votre ordinateur</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keeps your password in this computer&apos;s keyring and signs you in at the next start. Signing out forgets it.</source>
        <translation>Garde votre mot de passe dans le trousseau de cet ordinateur et vous connecte au prochain démarrage. Se déconnecter l&apos;oublie.</translation>
    </message>
    <message>
        <source>Demo workspace — every demo employee&apos;s password is “{demo_password}”. Double-click a person to sign in as them:</source>
        <translation>Espace de démonstration — le mot de passe de chaque employé de démo est « {demo_password} ». Double-cliquez sur une personne pour vous connecter en son nom :</translation>
    </message>
    <message>
        <source>Demo employees</source>
        <translation>Employés de démo</translation>
    </message>
    <message>
        <source>Double-click a person to sign in as them</source>
        <translation>Double-cliquez sur une personne pour vous connecter en son nom</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Signs in with this name and password (Enter)</source>
        <translation>Vous connecte avec ce nom et ce mot de passe (Entrée)</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split a message off</source>
        <translation>Détacher un message</translation>
    </message>
    <message>
        <source>Choose the message that starts another matter. It moves to a new conversation together with its later replies (the messages answering it); the rest stays here. Tags are copied; internal notes stay here.</source>
        <translation>Choisissez le message qui commence un autre sujet. Il passe dans une nouvelle conversation avec ses réponses ultérieures (les messages qui y répondent) ; le reste reste ici. Les étiquettes sont copiées ; les notes internes restent ici.</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>A conversation with a single message cannot be split: there is nothing to leave behind.</source>
        <translation>Une conversation d&apos;un seul message ne peut pas être scindée : il ne resterait rien.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Draft a statement</source>
        <extracomment>how often the timeline is fetched, and the lists at most conversations listed under each phrase (the count says how many there are in all)</extracomment>
        <translation>Rédiger une déclaration</translation>
    </message>
    <message>
        <source>e.g. Holding statement: Bolt charger</source>
        <translation>p. ex. Déclaration d&apos;attente : chargeur Bolt</translation>
    </message>
    <message>
        <source>What the brand says, in its own words.</source>
        <translation>Ce que dit la marque, avec ses propres mots.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Publish from</source>
        <translation>Publier depuis</translation>
    </message>
    <message>
        <source>It is approved in two steps: a PR lead, then an executive or legal approver. Once approved it goes out from every account ticked, and agents are offered it first in their composer.</source>
        <translation>Elle est approuvée en deux étapes : un responsable RP, puis un approbateur de la direction ou du service juridique. Une fois approuvée, elle part de chaque compte coché et est proposée en premier aux agents dans leur éditeur.</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <source>Posted</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
</context>
<context>
    <name>TakeNextButton</name>
    <message>
        <source>Take next  (T)</source>
        <extracomment>a conversation was taken: (its id, the sentence to show) nothing was taken: the reason in words</extracomment>
        <translation>Prendre la suivante  (T)</translation>
    </message>
    <message>
        <source>Take the most urgent unassigned conversation of your team queues (SLA first, then priority, then the longest waiting).</source>
        <translation>Prendre la conversation non attribuée la plus urgente des files de vos équipes (SLA d&apos;abord, puis priorité, puis la plus ancienne).</translation>
    </message>
    <message>
        <source>Take next conversation</source>
        <translation>Prendre la conversation suivante</translation>
    </message>
</context>
<context>
    <name>VocDialog</name>
    <message>
        <source>Voice of the customer — feature requests and bug reports</source>
        <translation>Voix du client — demandes de fonctionnalités et signalements de bogues</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Days to look back</source>
        <translation>Nombre de jours à remonter</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Voice of the customer topics</source>
        <translation>Sujets de la voix du client</translation>
    </message>
    <message>
        <source>Choose a topic to see the conversations behind it.</source>
        <translation>Choisissez un sujet pour voir les conversations qui le composent.</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Conversations behind the chosen topic</source>
        <translation>Conversations du sujet choisi</translation>
    </message>
    <message>
        <source>How many days of conversations the topics are counted over</source>
        <translation>Sur combien de jours de conversations les sujets sont comptés</translation>
    </message>
    <message>
        <source>Counts the topics again</source>
        <translation>Recompte les sujets</translation>
    </message>
    <message>
        <source>Saves the topics as a CSV file</source>
        <translation>Enregistre les sujets dans un fichier CSV</translation>
    </message>
    <message>
        <source>What customers talk about, most often first; pick one to see why</source>
        <translation>Ce dont parlent les clients, le plus fréquent d&apos;abord ; choisissez-en un pour voir pourquoi</translation>
    </message>
    <message>
        <source>Opens the picked conversation in the inbox</source>
        <translation>Ouvre la conversation choisie dans la boîte de réception</translation>
    </message>
    <message>
        <source>Conversations about the picked topic; Enter opens one</source>
        <translation>Conversations sur le sujet choisi ; Entrée en ouvre une</translation>
    </message>
    <message>
        <source>Grouping feature requests and bug reports…</source>
        <translation>Regroupement des demandes de fonctionnalités et signalements de bogues…</translation>
    </message>
    <message>
        <source>{messages} feature requests and bug reports in the last {days} days, in {topics} topics.</source>
        <translation>{messages} demandes de fonctionnalités et signalements de bogues sur les {days} derniers jours, en {topics} sujets.</translation>
    </message>
    <message>
        <source>“{topic}”: {n} {value} behind it</source>
        <translation>« {topic} » : {n} {value} derrière ce sujet</translation>
    </message>
    <message>
        <source> — double-click one to open it in the inbox.</source>
        <translation> — double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir dans la boîte de réception.</translation>
    </message>
    <message>
        <source>Conversation {cid}</source>
        <translation>Conversation {cid}</translation>
    </message>
    <message>
        <source>Export the voice of the customer</source>
        <translation>Exporter la voix du client</translation>
    </message>
    <message>
        <source>Could not write {name}: {value}.</source>
        <translation>Impossible d&apos;écrire {name} : {value}.</translation>
    </message>
    <message>
        <source>Exported {topics} topics to {path}.</source>
        <translation>{topics} sujets exportés vers {path}.</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>New crisis watch</source>
        <translation>Nouvelle veille de crise</translation>
    </message>
    <message>
        <source>Edit watch “{name}”</source>
        <translation>Modifier la veille « {name} »</translation>
    </message>
    <message>
        <source>a word or phrase, or /a pattern/ (empty: every message)</source>
        <translation>un mot ou une expression, ou /un motif/ (vide : tous les messages)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Tout sujet</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>WatchListDialog</name>
    <message>
        <source>Crisis watches</source>
        <translation>Veilles de crise</translation>
    </message>
    <message>
        <source>Loading the watches…</source>
        <translation>Chargement des veilles…</translation>
    </message>
    <message>
        <source>&amp;New watch…</source>
        <translation>&amp;Nouvelle veille…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <source>What the crisis detector watches, and how much each counted</source>
        <translation>Ce que surveille le détecteur de crise, et ce que chaque veille a compté</translation>
    </message>
    <message>
        <source>Adds a watch: a keyword or hashtag and its thresholds</source>
        <translation>Ajoute une veille : un mot-clé ou hashtag et ses seuils</translation>
    </message>
    <message>
        <source>Changes the picked watch</source>
        <translation>Modifie la veille choisie</translation>
    </message>
    <message>
        <source>Pauses or resumes the picked watch</source>
        <translation>Met en pause ou reprend la veille choisie</translation>
    </message>
    <message>
        <source>Deletes the picked watch; you are asked first</source>
        <translation>Supprime la veille choisie ; une confirmation est demandée</translation>
    </message>
    <message>
        <source>No watches yet. Add one to be alerted when mentions, or negative or positive messages, rise above their usual level.</source>
        <translation>Aucune veille pour l&apos;instant. Ajoutez-en une pour être alerté quand les mentions, ou les messages négatifs ou positifs, dépassent leur niveau habituel.</translation>
    </message>
    <message>
        <source>, {paused} paused</source>
        <translation>, {paused} suspendue(s)</translation>
    </message>
    <message>
        <source>. Each compares its window with the usual traffic for that hour and day.</source>
        <translation>. Chacune compare sa fenêtre au trafic habituel pour cette heure et ce jour.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Delete the watch “{name}”? Its {alerts} stay in the crisis room; it stops watching now.</source>
        <translation>Supprimer la veille « {name} » ? Ce qu&apos;elle a déclenché ({alerts}) reste dans la salle de crise ; elle cesse de surveiller dès maintenant.</translation>
    </message>
</context>
<context>
    <name>WatchesModel</name>
    <message>
        <source>Watch</source>
        <extracomment>column titles, translated when shown (lupdate reads them here)</extracomment>
        <translation>Veille</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Heard (24 h)</source>
        <translation>Entendus (24 h)</translation>
    </message>
    <message>
        <source>Mood (24 h)</source>
        <translation>Humeur (24 h)</translation>
    </message>
    <message>
        <source>Read budget</source>
        <translation>Budget de lecture</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Last read failed: {error}</source>
        <translation>Dernière lecture en échec : {error}</translation>
    </message>
    <message>
        <source>Waiting for the first read</source>
        <translation>En attente de la première lecture</translation>
    </message>
    <message>
        <source>Read at {when}</source>
        <translation>Lue à {when}</translation>
    </message>
    <message>
        <source>no calls while paused</source>
        <translation>aucun appel pendant la pause</translation>
    </message>
</context>
<context>
    <name>ui.accounts.accounts</name>
    <message>
        <source>A&amp;ccounts</source>
        <translation>C&amp;omptes</translation>
    </message>
</context>
<context>
    <name>ui.admin.learning_settings</name>
    <message>
        <source>On: every correction an agent or lead makes (mood or intent set by hand, a hand-off to another team, a complaint tag) teaches this workspace&apos;s model, which the sync worker retrains in the background; routing uses its verdict where it is confident and the message&apos;s reasons say so.
Off: routing uses the shipped classifiers only, and the trained model is dropped. Corrections are still kept, so switching on again learns from all of them.</source>
        <translation>Activé : chaque correction faite par un agent ou un responsable d&apos;équipe (humeur ou intention définie à la main, transfert à une autre équipe, étiquette de réclamation) entraîne le modèle de cet espace de travail, que le processus de synchronisation réentraîne en arrière-plan ; le routage suit son verdict lorsqu&apos;il est confiant, et les motifs du message l&apos;indiquent.
Désactivé : le routage utilise uniquement les classifieurs fournis, et le modèle entraîné est supprimé. Les corrections restent toutefois conservées : en réactivant l&apos;apprentissage, le modèle apprend de toutes.</translation>
    </message>
    <message>
        <source>{corrections} kept.</source>
        <translation>Corrections conservées : {corrections}.</translation>
    </message>
    <message>
        <source>Learning is off. {kept}</source>
        <translation>L&apos;apprentissage est désactivé. {kept}</translation>
    </message>
    <message>
        <source>{kept} No model trained yet: the sync worker trains one after a correction.</source>
        <translation>{kept} Aucun modèle entraîné pour l&apos;instant : le processus de synchronisation en entraîne un après une correction.</translation>
    </message>
    <message>
        <source>{kept} Model trained on {labels} at {when}.</source>
        <translation>{kept} Modèle entraîné sur {labels} le {when}.</translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <source>Social Console</source>
        <extracomment>a hot standby for reports, exports and search (PostgreSQL sign-ins) raise a demo surge this many seconds after the window opens (the crisis demo) the demo network of this process, once started PostgreSQL without the demo: employees sign in as their own database login roles</extracomment>
        <translation>Social Console</translation>
    </message>
    <message>
        <source>Sync: none on this workstation</source>
        <translation>Synchronisation : aucune sur ce poste</translation>
    </message>
    <message>
        <source>Sync: {error}</source>
        <translation>Synchronisation : {error}</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>Synchronisation : démarrage…</translation>
    </message>
    <message>
        <source>Sync: live (demo network, {messages} received)</source>
        <translation>Synchronisation : en direct (réseau de démo, {messages} reçus)</translation>
    </message>
</context>
<context>
    <name>ui.crisis.crisis_ui</name>
    <message>
        <source>Reason (for the audit trail):</source>
        <translation>Motif (pour le journal d&apos;audit) :</translation>
    </message>
    <message>
        <source>Open crisis room</source>
        <extracomment>set by the app when the demo network runs here (the &quot;raise a surge&quot; menu item)</extracomment>
        <translation>Ouvrir la salle de crise</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Opens the crisis room for this alert: timeline, statements</source>
        <translation>Ouvre la salle de crise pour cette alerte : chronologie, déclarations</translation>
    </message>
    <message>
        <source>Hides this alert; the crisis room stays in the Crisis menu</source>
        <translation>Masque cette alerte ; la salle de crise reste dans le menu Crise</translation>
    </message>
    <message>
        <source>&amp;Crisis</source>
        <translation type="vanished">C&amp;rise</translation>
    </message>
    <message>
        <source>&amp;Declare crisis…</source>
        <translation>&amp;Déclarer une crise…</translation>
    </message>
    <message>
        <source>&amp;End crisis…</source>
        <translation>&amp;Terminer la crise…</translation>
    </message>
    <message>
        <source>Open crisis &amp;room</source>
        <translation>Ouvrir la &amp;salle de crise</translation>
    </message>
    <message>
        <source>&amp;Watches…</source>
        <translation>&amp;Veilles…</translation>
    </message>
    <message>
        <source>Watch “{name}” saved; it counts from now on.</source>
        <translation>Veille « {name} » enregistrée ; elle compte à partir de maintenant.</translation>
    </message>
    <message>
        <source>New &amp;watch…</source>
        <translation type="vanished">Nouvelle &amp;veille…</translation>
    </message>
    <message>
        <source>Cr&amp;isis</source>
        <translation>Cr&amp;ise</translation>
    </message>
    <message>
        <source>Demo: raise a &amp;surge</source>
        <translation>Démo : provoquer un &amp;afflux</translation>
    </message>
    <message>
        <source>The crisis room is for those with crisis control (PR).</source>
        <translation>La salle de crise est réservée à ceux qui pilotent les crises (RP).</translation>
    </message>
    <message>
        <source>No crisis was declared: {describe_error}</source>
        <translation>Aucune crise n&apos;a été déclarée : {describe_error}</translation>
    </message>
    <message>
        <source>{declared_by} had just declared “{name}”: you are in it.</source>
        <translation>{declared_by} venait de déclarer « {name} » : vous y êtes.</translation>
    </message>
    <message>
        <source>Crisis declared: {name}. Publishing is paused.</source>
        <translation>Crise déclarée : {name}. La publication est suspendue.</translation>
    </message>
    <message>
        <source>The crisis “{name}” has ended; every setting is restored.</source>
        <translation>La crise « {name} » est terminée ; tous les réglages sont rétablis.</translation>
    </message>
    <message>
        <source>Watch “{values}” saved; it counts from now on.</source>
        <translation type="vanished">Veille « {values} » enregistrée ; elle compte à partir de maintenant.</translation>
    </message>
    <message>
        <source>The demo network is not running on this workstation.</source>
        <translation>Le réseau de démo ne tourne pas sur ce poste.</translation>
    </message>
    <message>
        <source>Demo surge: {rate:.0f} extra messages a second for 10 minutes, {when}, mostly angry about a burning charger. An alert follows within a minute of its start.</source>
        <translation>Afflux de démo : {rate:.0f} messages de plus par seconde pendant 10 minutes, {when}, surtout en colère à propos d&apos;un chargeur qui brûle. Une alerte suit dans la minute qui suit le début.</translation>
    </message>
</context>
<context>
    <name>ui.crisis.room</name>
    <message>
        <source>Save the post-mortem in</source>
        <translation>Enregistrer le post-mortem dans</translation>
    </message>
</context>
<context>
    <name>ui.crisis.watch_list</name>
    <message>
        <source>Delete watch</source>
        <extracomment>asks &quot;Delete the watch …?&quot;; a test answers it without a modal box</extracomment>
        <translation>Supprimer la veille</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
</context>
<context>
    <name>ui.inbox.correction</name>
    <message>
        <source>not classified</source>
        <translation>non classée</translation>
    </message>
</context>
<context>
    <name>ui.inbox.inbox_texts</name>
    <message>
        <source>No conversation is open.

Pick one in the list to read the thread and reply, or press T (Take next) to take the most urgent one waiting in your queues.</source>
        <translation>Aucune conversation n&apos;est ouverte.

Choisissez-en une dans la liste pour lire le fil et répondre, ou appuyez sur T (Prendre la suivante) pour prendre la plus urgente qui attend dans vos files.</translation>
    </message>
    <message>
        <source>My queue</source>
        <extracomment>the views&apos; names as the window shows them (app.inbox.views.View.title is the English)</extracomment>
        <translation>Ma file</translation>
    </message>
    <message>
        <source>My teams</source>
        <translation>Mes équipes</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>All I can see</source>
        <translation>Tout ce que je vois</translation>
    </message>
    <message>
        <source>My queue holds the conversations assigned to you.</source>
        <translation>Ma file contient les conversations qui vous sont attribuées.</translation>
    </message>
    <message>
        <source>My teams holds the conversations in your teams&apos; queues.</source>
        <translation>Mes équipes contient les conversations des files de vos équipes.</translation>
    </message>
    <message>
        <source>Unassigned holds the conversations of your scope that nobody has taken.</source>
        <translation>Non attribuées contient les conversations de votre périmètre que personne n&apos;a prises.</translation>
    </message>
    <message>
        <source>All I can see holds every conversation your role lets you read.</source>
        <translation>Tout ce que je vois contient chaque conversation que votre rôle vous permet de lire.</translation>
    </message>
    <message>
        <source>Nothing is assigned to you right now. Press T (Take next) for the most urgent waiting conversation.</source>
        <translation>Rien ne vous est attribué pour l&apos;instant. Appuyez sur T (Prendre la suivante) pour la conversation en attente la plus urgente.</translation>
    </message>
    <message>
        <source>Your teams&apos; queues are empty.</source>
        <translation>Les files de vos équipes sont vides.</translation>
    </message>
    <message>
        <source>Nobody is waiting: every conversation has someone on it.</source>
        <translation>Personne n&apos;attend : chaque conversation a quelqu&apos;un dessus.</translation>
    </message>
    <message>
        <source>There are no conversations yet; they arrive as the brand accounts sync.</source>
        <translation>Il n&apos;y a pas encore de conversations ; elles arrivent à mesure que les comptes de marque se synchronisent.</translation>
    </message>
    <message>
        <source>{n}+ conversations</source>
        <translation>{n}+ conversations</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>status: {statuses}</source>
        <translation>statut : {statuses}</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>humeur</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>one account</source>
        <translation>un compte</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>priority: {level}</source>
        <translation>priorité : {level}</translation>
    </message>
    <message>
        <source>Your roles let you read only conversations assigned to you, and none is.
Ask IT for a role that reads a team&apos;s inbox if your work needs it.</source>
        <extracomment>said instead when the person&apos;s roles read no queue at all (IT, for example)</extracomment>
        <translation>Vos rôles ne vous permettent de lire que les conversations qui vous sont attribuées, et aucune ne l&apos;est.
Demandez à l&apos;informatique un rôle donnant accès à la boîte d&apos;une équipe si votre travail l&apos;exige.</translation>
    </message>
    <message>
        <source>No conversation matches ‘{search}’ in {view}.
Search looks at message text and at the customer&apos;s name and handle.</source>
        <translation>Aucune conversation ne correspond à ‘{search}’ dans {view}.
La recherche porte sur le texte des messages et sur le nom et l&apos;identifiant du client.</translation>
    </message>
    <message>
        <source>The saved view ‘{view}’ holds what its filters choose.</source>
        <translation>La vue enregistrée ‘{view}’ contient ce que ses filtres choisissent.</translation>
    </message>
    <message>
        <source>{holds}
None match the filters ({filters}). Clear the filters to see more.</source>
        <translation>{holds}
Aucune ne correspond aux filtres ({filters}). Effacez les filtres pour en voir plus.</translation>
    </message>
    <message>
        <source>None right now.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>rien d&apos;ouvert</translation>
    </message>
    <message>
        <source>{open} open · {unread} unread</source>
        <translation>{open} ouvertes · {unread} non lues</translation>
    </message>
</context>
<context>
    <name>ui.listening.menu</name>
    <message>
        <source>&amp;Listening</source>
        <translation>É&amp;coute</translation>
    </message>
    <message>
        <source>&amp;Listening view…</source>
        <translation>Vue d&apos;&amp;écoute…</translation>
    </message>
</context>
<context>
    <name>ui.marketing.menu</name>
    <message>
        <source>&amp;Marketing</source>
        <translation>&amp;Marketing</translation>
    </message>
    <message>
        <source>&amp;Posts and experiments…</source>
        <translation>&amp;Publications et expériences…</translation>
    </message>
</context>
<context>
    <name>ui.publishing.approvals</name>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>What should {author} change? (they will see this)</source>
        <translation>Que doit modifier {author} ? (il ou elle le verra)</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>l&apos;auteur</translation>
    </message>
</context>
<context>
    <name>ui.publishing.composer</name>
    <message>
        <source>Attach an image</source>
        <extracomment>the picker&apos;s last entry opens the canned replies manager the reply box grows with its text up to this many lines, then scrolls and is this many lines tall when empty returns (path, alt text) of an image to attach, or None</extracomment>
        <translation>Joindre une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Describe {name} for people who cannot see it (required):</source>
        <translation>Décrivez {name} pour les personnes qui ne peuvent pas le voir (obligatoire) :</translation>
    </message>
</context>
<context>
    <name>ui.publishing.publishing_ui</name>
    <message>
        <source>Reason (everyone will see it):</source>
        <translation>Motif (tout le monde le verra) :</translation>
    </message>
    <message>
        <source>Pause one account</source>
        <translation>Suspendre un compte</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>the approvals dock&apos;s height when it opens (the person may drag it taller)</extracomment>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>&amp;Publication</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;Nouvelle publication…</translation>
    </message>
    <message>
        <source>New post to &amp;several accounts…</source>
        <translation>Nouvelle publication sur plusieurs &amp;comptes…</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendrier</translation>
    </message>
    <message>
        <source>&amp;Canned replies…</source>
        <translation>&amp;Réponses types…</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Approbations</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>Pause &amp;one account…</source>
        <translation>Suspendre &amp;un compte…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="vanished">&amp;Planning</translation>
    </message>
    <message>
        <source>&amp;Pause all publishing…</source>
        <translation>&amp;Suspendre toute publication…</translation>
    </message>
    <message>
        <source>Pause one &amp;account…</source>
        <translation type="vanished">Suspendre un &amp;compte…</translation>
    </message>
    <message>
        <source>&amp;Resume publishing</source>
        <translation>Repren&amp;dre la publication</translation>
    </message>
    <message>
        <source>Publishing was not paused: give a reason everyone can read.</source>
        <translation>La publication n&apos;a pas été suspendue : donnez un motif lisible par tous.</translation>
    </message>
    <message>
        <source>Publishing is not paused.</source>
        <translation>La publication n&apos;est pas suspendue.</translation>
    </message>
    <message>
        <source>Publishing was not resumed: give a reason for the record.</source>
        <translation>La publication n&apos;a pas repris : donnez un motif pour le journal.</translation>
    </message>
</context>
<context>
    <name>ui.publishing.schedule</name>
    <message>
        <source>Move to</source>
        <translation>Déplacer à</translation>
    </message>
    <message>
        <source>Send at (your local time):</source>
        <translation>Envoyer le (votre heure locale) :</translation>
    </message>
</context>
<context>
    <name>ui.reports.conversation_pdf</name>
    <message>
        <source>Conversation {doc}</source>
        <translation>Conversation {doc}</translation>
    </message>
</context>
<context>
    <name>ui.reports.menu</name>
    <message>
        <source>Re&amp;ports</source>
        <translation type="vanished">&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Rappor&amp;ts</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapports…</translation>
    </message>
    <message>
        <source>Export this &amp;conversation (PDF, JSON)…</source>
        <translation>Exporter cette &amp;conversation (PDF, JSON)…</translation>
    </message>
    <message>
        <source>Export a conversation</source>
        <translation>Exporter une conversation</translation>
    </message>
    <message>
        <source>Open a conversation in the inbox first.</source>
        <translation>Ouvrez d&apos;abord une conversation dans la boîte.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
</context>
<context>
    <name>ui.widgets.accessible</name>
    <message>
        <source>Keeps what you entered and closes this window</source>
        <translation>Conserve votre saisie et ferme cette fenêtre</translation>
    </message>
    <message>
        <source>Keeps what you entered; the window stays open</source>
        <translation>Conserve votre saisie ; la fenêtre reste ouverte</translation>
    </message>
    <message>
        <source>Closes this window without keeping any change (Escape)</source>
        <translation>Ferme cette fenêtre sans conserver les modifications (Échap)</translation>
    </message>
    <message>
        <source>Closes this window (Escape)</source>
        <translation>Ferme cette fenêtre (Échap)</translation>
    </message>
    <message>
        <source>Closes this window and drops what you entered</source>
        <translation>Ferme cette fenêtre et abandonne votre saisie</translation>
    </message>
    <message>
        <source>Answers yes</source>
        <translation>Répond oui</translation>
    </message>
    <message>
        <source>Answers no</source>
        <translation>Répond non</translation>
    </message>
    <message>
        <source>Puts back the values this window opened with</source>
        <translation>Rétablit les valeurs de l&apos;ouverture de cette fenêtre</translation>
    </message>
    <message>
        <source>Puts back the console&apos;s default values</source>
        <translation>Rétablit les valeurs par défaut de la console</translation>
    </message>
    <message>
        <source>Shows help about this window</source>
        <translation>Affiche l&apos;aide de cette fenêtre</translation>
    </message>
    <message>
        <source>Pages of this window; Ctrl+Tab moves to the next page</source>
        <translation>Pages de cette fenêtre ; Ctrl+Tab passe à la page suivante</translation>
    </message>
    <message>
        <source>Tabs; the Left and Right arrow keys move between them</source>
        <translation>Onglets ; les flèches gauche et droite passent de l&apos;un à l&apos;autre</translation>
    </message>
    <message>
        <source>Shows the tabs hidden on the left</source>
        <translation>Affiche les onglets masqués à gauche</translation>
    </message>
    <message>
        <source>Shows the tabs hidden on the right</source>
        <translation>Affiche les onglets masqués à droite</translation>
    </message>
</context>
<context>
    <name>ui.widgets.keys</name>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
</context>
</TS>
