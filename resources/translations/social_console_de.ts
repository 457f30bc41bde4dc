<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountsController</name>
    <message>
        <source>&amp;Accounts…</source>
        <extracomment>asks the person to confirm a disconnect (tests answer it)</extracomment>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Disconnect account</source>
        <translation>Konto trennen</translation>
    </message>
    <message>
        <source>Brand accounts</source>
        <translation>Markenkonten</translation>
    </message>
    <message>
        <source>Disconnecting {handle}…</source>
        <translation>{handle} wird getrennt…</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Schlüsselbund dieses Computers wird geprüft…</translation>
    </message>
    <message>
        <source>Brand accounts</source>
        <translation>Markenkonten</translation>
    </message>
    <message>
        <source>Each connected brand account: network, handle, who syncs it and its state</source>
        <translation>Jedes verbundene Markenkonto: Netzwerk, @Name, wer es synchronisiert und sein Zustand</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Konto verbinden…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Trennen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Connects another brand account through its network</source>
        <translation>Verbindet ein weiteres Markenkonto über sein Netzwerk</translation>
    </message>
    <message>
        <source>Signs the picked account in again</source>
        <translation>Meldet das gewählte Konto erneut an</translation>
    </message>
    <message>
        <source>Disconnects the picked account; you are asked first</source>
        <translation>Trennt das gewählte Konto; vorher wird nachgefragt</translation>
    </message>
    <message>
        <source>Reads the accounts and their health again</source>
        <translation>Liest die Konten und ihren Zustand neu ein</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Snoozed…</source>
        <translation>Zurückgestellt…</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>Claim</source>
        <extracomment>(kind, args) — e.g. (&quot;claim&quot;, {}), (&quot;status&quot;, {&quot;status&quot;: &quot;resolved&quot;})</extracomment>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Take this conversation (C)</source>
        <translation>Diese Unterhaltung übernehmen (C)</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Give it to a colleague or hand it to a team (A)</source>
        <translation>An eine Kollegin, einen Kollegen oder ein Team geben (A)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Give it back to the team&apos;s queue</source>
        <translation>Zurück in die Warteschlange des Teams</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Add an internal note (N)</source>
        <translation>Interne Notiz hinzufügen (N)</translation>
    </message>
    <message>
        <source>Open, pending or resolved; choosing one changes the conversation</source>
        <translation>Offen, wartend oder erledigt; eine Auswahl ändert die Unterhaltung</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Status der Unterhaltung</translation>
    </message>
    <message>
        <source>How urgent this conversation is; choosing one changes it</source>
        <translation>Wie dringend diese Unterhaltung ist; eine Auswahl ändert sie</translation>
    </message>
    <message>
        <source>Conversation priority</source>
        <translation>Priorität der Unterhaltung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it; -tag removes it</source>
        <translation>Schlagwort eingeben und Enter drücken; -Schlagwort entfernt es</translation>
    </message>
    <message>
        <source>add tag, -tag removes</source>
        <translation>Schlagwort hinzufügen, -Schlagwort entfernt</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Merge with another conversation, split a message off</source>
        <translation>Mit einer anderen Unterhaltung zusammenführen, eine Nachricht abtrennen</translation>
    </message>
    <message>
        <source>Merge another conversation into this one…</source>
        <translation>Andere Unterhaltung hierher zusammenführen…</translation>
    </message>
    <message>
        <source>Split a message off…</source>
        <translation>Nachricht abtrennen…</translation>
    </message>
    <message>
        <source>(loading colleagues…)</source>
        <translation>(Kollegen werden geladen…)</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>Schlagwörter: </translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Schlagwörter</translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation>Von Ihnen übernommen</translation>
    </message>
    <message>
        <source>To a colleague</source>
        <extracomment>for @-completion in notes: colleagues by user name, teams by name</extracomment>
        <translation>An eine Kollegin, einen Kollegen</translation>
    </message>
    <message>
        <source>Hand off to a team</source>
        <translation>An ein Team übergeben</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze until:</source>
        <translation>Zurückstellen bis:</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>People and permissions — Social Console</source>
        <translation>Personen und Berechtigungen — Social Console</translation>
    </message>
    <message>
        <source>People and permissions</source>
        <translation>Personen und Berechtigungen</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Account access</source>
        <translation>Kontozugriff</translation>
    </message>
    <message>
        <source>Who can do what</source>
        <translation>Wer darf was</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Reply policy</source>
        <translation>Antwortrichtlinie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Leitplanken</translation>
    </message>
    <message>
        <source>Everyone who may sign in; the buttons above act on the picked person</source>
        <translation>Alle, die sich anmelden dürfen; die Schaltflächen darüber wirken auf die gewählte Person</translation>
    </message>
    <message>
        <source>Adds a person who may sign in</source>
        <translation>Fügt eine Person hinzu, die sich anmelden darf</translation>
    </message>
    <message>
        <source>Stops the picked person signing in; their work stays</source>
        <translation>Sperrt die Anmeldung der gewählten Person; ihre Arbeit bleibt erhalten</translation>
    </message>
    <message>
        <source>Lets the picked person sign in again</source>
        <translation>Lässt die gewählte Person sich wieder anmelden</translation>
    </message>
    <message>
        <source>Gives the picked person a new password</source>
        <translation>Gibt der gewählten Person ein neues Passwort</translation>
    </message>
    <message>
        <source>Gives the picked person a role, for a team or everywhere</source>
        <translation>Gibt der gewählten Person eine Rolle, für ein Team oder überall</translation>
    </message>
    <message>
        <source>Takes a role away from the picked person at once</source>
        <translation>Entzieht der gewählten Person sofort eine Rolle</translation>
    </message>
    <message>
        <source>Puts the picked person in a team</source>
        <translation>Nimmt die gewählte Person in ein Team auf</translation>
    </message>
    <message>
        <source>Takes the picked person out of a team</source>
        <translation>Nimmt die gewählte Person aus einem Team</translation>
    </message>
    <message>
        <source>Creates a team with its own inbox</source>
        <translation>Legt ein Team mit eigenem Posteingang an</translation>
    </message>
    <message>
        <source>Every team, its department and how many people are in it</source>
        <translation>Jedes Team, seine Abteilung und wie viele Personen dazugehören</translation>
    </message>
    <message>
        <source>Pick a role to see and change its permissions</source>
        <translation>Rolle wählen, um ihre Berechtigungen zu sehen und zu ändern</translation>
    </message>
    <message>
        <source>Ticked: the picked role may do this ({permission}); saved by Save permissions</source>
        <translation>Angehakt: die gewählte Rolle darf das ({permission}); gespeichert mit „Save permissions“</translation>
    </message>
    <message>
        <source>Keeps the ticked permissions for the picked role</source>
        <translation>Speichert die angehakten Berechtigungen für die gewählte Rolle</translation>
    </message>
    <message>
        <source>Creates a role, a named set of permissions</source>
        <translation>Legt eine Rolle an, eine benannte Menge von Berechtigungen</translation>
    </message>
    <message>
        <source>Roles that hold for one brand account only, one row each</source>
        <translation>Rollen, die nur für ein Markenkonto gelten, je eine Zeile</translation>
    </message>
    <message>
        <source>Roles given for one brand account only (e.g. marketing may post on @acme).</source>
        <translation>Rollen, die nur für ein Markenkonto gelten (z. B. darf Marketing auf @acme veröffentlichen).</translation>
    </message>
    <message>
        <source>Gives a person a role on one brand account only</source>
        <translation>Gibt einer Person eine Rolle nur für ein Markenkonto</translation>
    </message>
    <message>
        <source>Takes away the picked account role at once</source>
        <translation>Entzieht die gewählte Kontorolle sofort</translation>
    </message>
    <message>
        <source>Active people × permissions: where each person may do each thing.</source>
        <translation>Aktive Personen × Berechtigungen: wo jede Person was tun darf.</translation>
    </message>
    <message>
        <source>One row per active person, one column per permission</source>
        <translation>Eine Zeile je aktive Person, eine Spalte je Berechtigung</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wer</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>beliebiger Zeitraum</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Shows one kind of event only</source>
        <translation>Zeigt nur eine Art von Ereignis</translation>
    </message>
    <message>
        <source>Shows what one person did</source>
        <translation>Zeigt, was eine Person getan hat</translation>
    </message>
    <message>
        <source>Shows events whose detail holds this text</source>
        <translation>Zeigt Ereignisse, deren Details diesen Text enthalten</translation>
    </message>
    <message>
        <source>How many days back; 0 for any time</source>
        <translation>Wie viele Tage zurück; 0 für beliebig</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Shows the events that match these filters</source>
        <translation>Zeigt die Ereignisse, die zu diesen Filtern passen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Saves the events shown as a CSV file</source>
        <translation>Speichert die gezeigten Ereignisse als CSV-Datei</translation>
    </message>
    <message>
        <source>Every change of consequence, newest first; no one can alter it</source>
        <translation>Jede folgenreiche Änderung, neueste zuerst; niemand kann sie ändern</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Wählen Sie zuerst eine Person aus.</translation>
    </message>
    <message>
        <source>What this person types to sign in</source>
        <translation>Was diese Person zum Anmelden eingibt</translation>
    </message>
    <message>
        <source>The name colleagues see</source>
        <translation>Der Name, den Kollegen sehen</translation>
    </message>
    <message>
        <source>Where notifications are sent; may stay empty</source>
        <translation>Wohin Benachrichtigungen gehen; darf leer bleiben</translation>
    </message>
    <message>
        <source>The team whose inbox this person works</source>
        <translation>Das Team, dessen Posteingang diese Person bearbeitet</translation>
    </message>
    <message>
        <source>What this person may do; more roles can be granted later</source>
        <translation>Was diese Person darf; weitere Rollen können später vergeben werden</translation>
    </message>
    <message>
        <source>The first password; this person can change it</source>
        <translation>Das erste Passwort; diese Person kann es ändern</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing slip</source>
        <translation>Dasselbe Passwort noch einmal, um Tippfehler zu erkennen</translation>
    </message>
    <message>
        <source>Select an account grant first.</source>
        <translation>Wählen Sie zuerst eine Kontoberechtigung aus.</translation>
    </message>
    <message>
        <source>{name}: {description} (a default role: read-only).</source>
        <translation>{name}: {description} (eine Standardrolle: nur lesbar).</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation>{path} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Exported {audit_rows} events to {path}.</source>
        <translation>{audit_rows} Ereignisse nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>AmplifyDialog</name>
    <message>
        <source>Amplify the customer&apos;s praise</source>
        <extracomment>the outbox item id once it is queued for approval</extracomment>
        <translation>Lob des Kunden verstärken</translation>
    </message>
    <message>
        <source>Loading the customer&apos;s post…</source>
        <translation>Beitrag des Kunden wird geladen…</translation>
    </message>
    <message>
        <source>The customer&apos;s post</source>
        <translation>Beitrag des Kunden</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Teilen (Boost)</translation>
    </message>
    <message>
        <source>Quote post, with the brand&apos;s words above it</source>
        <translation>Zitat-Beitrag, mit den Worten der Marke darüber</translation>
    </message>
    <message>
        <source>What the brand says above the quoted post</source>
        <translation>Was die Marke über dem zitierten Beitrag sagt</translation>
    </message>
    <message>
        <source>Amplifying always waits for an approver: the brand&apos;s voice is marketing&apos;s call.</source>
        <translation>Verstärken wartet immer auf eine Freigabe: Über die Stimme der Marke entscheidet das Marketing.</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Zur Freigabe senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The customer&apos;s post cannot be shown.</source>
        <translation>Der Beitrag des Kunden kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>@{customer} wrote to @{account} on {network}</source>
        <translation>@{customer} hat auf {network} an @{account} geschrieben</translation>
    </message>
    <message>
        <source> (not marked as praise)</source>
        <translation> (nicht als Lob markiert)</translation>
    </message>
    <message>
        <source>{boost_word} it as @{account}</source>
        <translation>{boost_word} als @{account}</translation>
    </message>
    <message>
        <source>Your {what} is waiting for approval (item {item_id}).</source>
        <translation>Ihr {what} wartet auf Freigabe (Eintrag {item_id}).</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Items waiting for approval</source>
        <translation>Auf Freigabe wartende Einträge</translation>
    </message>
    <message>
        <source>Text of the selected item</source>
        <translation>Text des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Edit and approve…</source>
        <translation>Bearbeiten und freigeben…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Replies and posts waiting for your approval; pick one to read it</source>
        <translation>Antworten und Beiträge, die auf Ihre Freigabe warten; einen wählen, um ihn zu lesen</translation>
    </message>
    <message>
        <source>The full text of the item picked above, read-only</source>
        <translation>Der vollständige Text des oben gewählten Eintrags, nur lesbar</translation>
    </message>
    <message>
        <source>Lets the picked item go out as written</source>
        <translation>Lässt den gewählten Eintrag so hinausgehen, wie er geschrieben ist</translation>
    </message>
    <message>
        <source>Opens the picked item to correct it, then approves it</source>
        <translation>Öffnet den gewählten Eintrag zum Korrigieren und gibt ihn dann frei</translation>
    </message>
    <message>
        <source>Sends the picked item back with your reason</source>
        <translation>Schickt den gewählten Eintrag mit Ihrer Begründung zurück</translation>
    </message>
    <message>
        <source>Reads the waiting items again</source>
        <translation>Liest die wartenden Einträge neu ein</translation>
    </message>
    <message>
        <source>Approve all {together} posts of the set</source>
        <extracomment>the author does not hold the conversation they replied in: the approver is told</extracomment>
        <translation>Alle {together} Beiträge des Sets freigeben</translation>
    </message>
    <message>
        <source>Reject all {together}…</source>
        <translation>Alle {together} ablehnen…</translation>
    </message>
    <message>
        <source>Select an item to read it in full.</source>
        <translation>Wählen Sie einen Eintrag, um ihn ganz zu lesen.</translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation>Nichts wartet auf Ihre Freigabe.</translation>
    </message>
    <message>
        <source>Approvals ({rows})</source>
        <translation>Freigaben ({rows})</translation>
    </message>
    <message>
        <source>A rejection needs a comment for the author; nothing was changed.</source>
        <translation>Eine Ablehnung braucht einen Kommentar für den Autor; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>AvailabilityControl</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Busy (no new work)</source>
        <translation>Beschäftigt (keine neue Arbeit)</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>New conversations are assigned only to people who are available.</source>
        <translation>Neue Unterhaltungen gehen nur an verfügbare Personen.</translation>
    </message>
    <message>
        <source>You are now {state}.</source>
        <translation>Sie sind jetzt {state}.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>Notifications: {n} unread</source>
        <translation>Benachrichtigungen: {n} ungelesen</translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation>Benachrichtigungen: keine ungelesen</translation>
    </message>
    <message>
        <source>Open the notification centre</source>
        <translation>Benachrichtigungszentrale öffnen</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>+{n} more</source>
        <extracomment>chip colours by status (ui/theme roles status.KIND.bg / .fg): waiting (amber), queued (blue), sent (green), problems (red); the stripe is the network&apos;s role (network.NAME) (item id, new local time): a chip was dropped elsewhere a chip that cannot move was dragged: why, in words &quot;New post&quot; on a slot: its local start time the chips were placed again (the week&apos;s DayHeader repaints its counts)</extracomment>
        <translation>+{n} weitere</translation>
    </message>
    <message>
        <source>No posts</source>
        <translation>Keine Beiträge</translation>
    </message>
    <message>
        <source> · campaign: {campaign}</source>
        <translation> · Kampagne: {campaign}</translation>
    </message>
    <message>
        <source>
by {author}</source>
        <translation>
von {author}</translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <source>Publishing calendar</source>
        <extracomment>(console, parent, local start time) → the composer for several accounts a load finished (tests and the benchmark wait on it): number of posts shown</extracomment>
        <translation>Veröffentlichungskalender</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Kontofilter</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Kampagnenfilter</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>Neuer Beitrag…</translation>
    </message>
    <message>
        <source>Scheduled and sent posts by day and hour; the arrow keys pick a time slot</source>
        <translation>Geplante und gesendete Beiträge nach Tag und Stunde; die Pfeiltasten wählen ein Zeitfenster</translation>
    </message>
    <message>
        <source>Shows the week or month of today</source>
        <translation>Zeigt die Woche oder den Monat von heute</translation>
    </message>
    <message>
        <source>Shows one week, hour by hour</source>
        <translation>Zeigt eine Woche, Stunde für Stunde</translation>
    </message>
    <message>
        <source>Shows a whole month, day by day</source>
        <translation>Zeigt einen ganzen Monat, Tag für Tag</translation>
    </message>
    <message>
        <source>Shows the posts of one brand account, or of all</source>
        <translation>Zeigt die Beiträge eines Markenkontos oder aller</translation>
    </message>
    <message>
        <source>Shows the posts of one campaign, or of all</source>
        <translation>Zeigt die Beiträge einer Kampagne oder aller</translation>
    </message>
    <message>
        <source>Writes a post for the picked time slot</source>
        <translation>Schreibt einen Beitrag für das gewählte Zeitfenster</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>Amber: awaiting approval · blue: scheduled · green: sent · red: failed · hatched: no posts yet. Drag a post to move it; double-click a slot for a new post.</source>
        <translation>Gelb: wartet auf Freigabe · Blau: geplant · Grün: gesendet · Rot: fehlgeschlagen · schraffiert: noch keine Beiträge. Beitrag ziehen, um ihn zu verschieben; Doppelklick auf einen freien Platz für einen neuen Beitrag.</translation>
    </message>
    <message>
        <source>New post at {when}…</source>
        <translation>Neuer Beitrag am {when}…</translation>
    </message>
    <message>
        <source>@{account}&apos;s post</source>
        <translation>Der Beitrag von @{account}</translation>
    </message>
    <message>
        <source>The post</source>
        <translation>Der Beitrag</translation>
    </message>
    <message>
        <source>{what} was not moved: {error}</source>
        <translation>{what} wurde nicht verschoben: {error}</translation>
    </message>
    <message>
        <source> It stays approved.</source>
        <translation> Er bleibt freigegeben.</translation>
    </message>
    <message>
        <source>{what} moved to {when}.</source>
        <translation>{what} wurde auf {when} verschoben.</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>in {month}</source>
        <translation>im {month}</translation>
    </message>
    <message>
        <source>{posts} {span}: {waiting} awaiting approval, {sent} sent · {days} with no posts yet</source>
        <translation>{posts} {span}: {waiting} warten auf Freigabe, {sent} gesendet · {days} noch ohne Beiträge</translation>
    </message>
    <message>
        <source>No posts match these filters here.</source>
        <translation>Hier passt kein Beitrag zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Nothing is planned here yet: double-click a slot or use New post…</source>
        <translation>Hier ist noch nichts geplant: Doppelklick auf einen Platz oder „Neuer Beitrag…“</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <source>Canned replies — Social Console</source>
        <translation>Textbausteine — Social Console</translation>
    </message>
    <message>
        <source>Search titles and texts…</source>
        <extracomment>the scopes this person may create in</extracomment>
        <translation>Titel und Texte durchsuchen…</translation>
    </message>
    <message>
        <source>Hi {customer_name}, …</source>
        <translation>Hallo {customer_name}, …</translation>
    </message>
    <message>
        <source>Variables: </source>
        <translation>Variablen: </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Wer ihn verwenden darf</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Shows only the canned replies whose title or text holds these words</source>
        <translation>Zeigt nur die Textbausteine, deren Titel oder Text diese Wörter enthält</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>Textbausteine durchsuchen</translation>
    </message>
    <message>
        <source>Your canned replies and your teams&apos;; pick one to edit it</source>
        <translation>Ihre Textbausteine und die Ihrer Teams; einen wählen, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>The name the reply picker shows</source>
        <translation>Der Name, den die Auswahl zeigt</translation>
    </message>
    <message>
        <source>Only you, your team, or everyone</source>
        <translation>Nur Sie, Ihr Team oder alle</translation>
    </message>
    <message>
        <source>The team that may use it, when it is for a team</source>
        <translation>Das Team, das ihn nutzen darf, wenn er für ein Team ist</translation>
    </message>
    <message>
        <source>The reply; variables in braces are filled in when used</source>
        <translation>Die Antwort; Variablen in geschweiften Klammern werden beim Einfügen ersetzt</translation>
    </message>
    <message>
        <source>Starts a new canned reply</source>
        <translation>Beginnt einen neuen Textbaustein</translation>
    </message>
    <message>
        <source>Keeps the canned reply</source>
        <translation>Speichert den Textbaustein</translation>
    </message>
    <message>
        <source>Deletes the picked canned reply; you are asked first</source>
        <translation>Löscht den gewählten Textbaustein; vorher wird nachgefragt</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
    <message>
        <source>No canned reply matches “{strip}”.</source>
        <translation>Kein Textbaustein passt zu „{strip}“.</translation>
    </message>
    <message>
        <source> you can use.</source>
        <translation> für Sie verfügbar.</translation>
    </message>
    <message>
        <source>No canned replies yet: write one on the right and save it.</source>
        <translation>Noch keine Textbausteine: Schreiben Sie rechts einen und speichern Sie ihn.</translation>
    </message>
    <message>
        <source>You can use this reply but not change it: </source>
        <translation>Sie können diesen Textbaustein verwenden, aber nicht ändern: </translation>
    </message>
    <message>
        <source>{describe_error} Nothing was saved; your text is kept.</source>
        <translation>{describe_error} Nichts wurde gespeichert; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>„{title}“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete canned reply</source>
        <translation>Textbaustein löschen</translation>
    </message>
    <message>
        <source>Delete “{title}”? Colleagues who use it will no longer find it.</source>
        <translation>„{title}“ löschen? Kollegen, die ihn verwenden, finden ihn dann nicht mehr.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <source>Agents&apos; capacity — Social Console</source>
        <translation>Kapazität der Agenten — Social Console</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <source>Agents and their capacity</source>
        <translation>Agenten und ihre Kapazität</translation>
    </message>
    <message>
        <source>Each agent of your teams and the most open conversations auto-assignment gives them</source>
        <translation>Jeder Agent Ihrer Teams und die Höchstzahl offener Unterhaltungen, die die automatische Zuweisung ihm gibt</translation>
    </message>
    <message>
        <source>Auto-assignment gives an available agent new conversations until their open ones reach this number. Double-click a capacity to change it; 0 means none.</source>
        <translation>Die automatische Zuweisung gibt einem verfügbaren Agenten neue Unterhaltungen, bis seine offenen diese Zahl erreichen. Doppelklicken Sie auf eine Kapazität, um sie zu ändern; 0 bedeutet keine.</translation>
    </message>
    <message>
        <source>{plural} whose capacity you may set.</source>
        <translation>{plural}, deren Kapazität Sie festlegen dürfen.</translation>
    </message>
    <message>
        <source>There is nobody whose capacity you may set: a team lead sets their team&apos;s, IT anyone&apos;s.</source>
        <translation>Es gibt niemanden, dessen Kapazität Sie festlegen dürfen: Eine Teamleitung legt die ihres Teams fest, die IT die von allen.</translation>
    </message>
    <message>
        <source>A capacity is a whole number of conversations.</source>
        <translation>Eine Kapazität ist eine ganze Zahl von Unterhaltungen.</translation>
    </message>
    <message>
        <source>{describe_error} Nothing was changed.</source>
        <translation>{describe_error} Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{name} now gets at most {plural} from auto-assignment.</source>
        <translation>{name} erhält von der automatischen Zuweisung jetzt höchstens {plural}.</translation>
    </message>
</context>
<context>
    <name>CentreInstall</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
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
        <translation>Kopiert die Tabelle dieses Diagramms für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Saves this chart as a PNG picture</source>
        <translation>Speichert dieses Diagramm als PNG-Bild</translation>
    </message>
    <message>
        <source>Saves this chart as an SVG drawing</source>
        <translation>Speichert dieses Diagramm als SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Table: {title}</source>
        <translation>Tabelle: {title}</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>„{title}“ exportieren</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Chart: {title}</source>
        <extracomment>axis steps for durations, in seconds: minutes, quarter hours, hours, days</extracomment>
        <translation>Diagramm: {title}</translation>
    </message>
    <message>
        <source>The same figures are in the table beside the chart.</source>
        <translation>Dieselben Zahlen stehen in der Tabelle neben dem Diagramm.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Post as brand account</source>
        <extracomment>what this person writes here waits for an approver (their role, or the team&apos;s rule) colleagues and teams for @-completion the guardrails that apply to this person here (app/publishing/guardrails.py) &quot;Manage canned replies…&quot; chosen in the picker (the publishing UI opens the manager)</extracomment>
        <translation>Als Markenkonto veröffentlichen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Post as</source>
        <translation>Veröffentlichen als</translation>
    </message>
    <message>
        <source>Insert a canned reply</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>Insert a canned reply; its {variables} are filled in</source>
        <translation>Textbaustein einfügen; seine {variables} werden ausgefüllt</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Write a reply as the brand… (Ctrl+Enter sends)</source>
        <translation>Antwort als Marke schreiben… (Strg+Enter sendet)</translation>
    </message>
    <message>
        <source>Write a post as the brand… (Ctrl+Enter submits)</source>
        <translation>Beitrag als Marke schreiben… (Strg+Enter reicht ein)</translation>
    </message>
    <message>
        <source>Will be sent as:</source>
        <extracomment>@names flagged as unknown at the last submit (a second submit sends as written)</extracomment>
        <translation>Wird so gesendet:</translation>
    </message>
    <message>
        <source>Preview: exactly what will be sent, as plain text.</source>
        <translation>Vorschau: genau das, was gesendet wird, als reiner Text.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>Bild anhängen…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Senden am</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Enter</translation>
    </message>
    <message>
        <source>The brand account this message goes out from</source>
        <translation>Das Markenkonto, von dem diese Nachricht ausgeht</translation>
    </message>
    <message>
        <source>What the brand says; Ctrl+Enter sends, the count below shows what is left</source>
        <translation>Was die Marke sagt; Strg+Enter sendet, der Zähler darunter zeigt, was noch übrig ist</translation>
    </message>
    <message>
        <source>Images that go out with this message</source>
        <translation>Bilder, die mit dieser Nachricht hinausgehen</translation>
    </message>
    <message>
        <source>Adds an image from this computer</source>
        <translation>Fügt ein Bild von diesem Computer hinzu</translation>
    </message>
    <message>
        <source>Takes the picked image off this message</source>
        <translation>Nimmt das gewählte Bild aus dieser Nachricht</translation>
    </message>
    <message>
        <source>Ticked: the message waits until the time beside it</source>
        <translation>Angehakt: die Nachricht wartet bis zur Zeit daneben</translation>
    </message>
    <message>
        <source>When the message goes out; the arrow keys change it</source>
        <translation>Wann die Nachricht hinausgeht; die Pfeiltasten ändern die Zeit</translation>
    </message>
    <message>
        <source>Sends the message, or queues it for approval where your role needs it (Ctrl+Enter)</source>
        <translation>Sendet die Nachricht oder reiht sie zur Freigabe ein, wo Ihre Rolle das verlangt (Strg+Enter)</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>You do not have the permission to post as the brand.</source>
        <translation>Sie dürfen nicht als Marke veröffentlichen.</translation>
    </message>
    <message>
        <source>Holding statement: {title}</source>
        <translation>Überbrückungserklärung: {title}</translation>
    </message>
    <message>
        <source>You can read this conversation but not reply to it.</source>
        <translation>Sie können diese Unterhaltung lesen, aber nicht beantworten.</translation>
    </message>
    <message>
        <source>You do not have the permission to post as @{handle}.</source>
        <translation>Sie dürfen nicht als @{handle} veröffentlichen.</translation>
    </message>
    <message>
        <source>Insert canned reply…</source>
        <translation>Textbaustein einfügen…</translation>
    </message>
    <message>
        <source>Manage canned replies…</source>
        <translation>Textbausteine verwalten…</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Zur Freigabe einreichen</translation>
    </message>
    <message>
        <source>A team lead approves it before it is sent (Ctrl+Enter)</source>
        <translation>Eine Teamleitung gibt es vor dem Senden frei (Strg+Enter)</translation>
    </message>
    <message>
        <source>{rejected_comment} — edit and submit again.</source>
        <translation>{rejected_comment} — bearbeiten und erneut einreichen.</translation>
    </message>
    <message>
        <source>Sent back by the approver: {rejected_comment} — edit and submit again.</source>
        <translation>Von der Freigabe zurückgeschickt: {rejected_comment} — bearbeiten und erneut einreichen.</translation>
    </message>
    <message>
        <source>@{handle} needs reconnecting: you can write and submit, but nothing goes out until IT reconnects it.</source>
        <translation>@{handle} muss neu verbunden werden: Sie können schreiben und einreichen, aber nichts wird gesendet, bis die IT es neu verbindet.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <source>the brand account</source>
        <translation>das Markenkonto</translation>
    </message>
    <message>
        <source>The scheduled time is in the past; choose a later time.</source>
        <translation>Der geplante Zeitpunkt liegt in der Vergangenheit; wählen Sie einen späteren.</translation>
    </message>
    <message>
        <source>Guidelines: </source>
        <translation>Richtlinien: </translation>
    </message>
    <message>
        <source>Blocked: {rule}</source>
        <translation>Blockiert: {rule}</translation>
    </message>
    <message>
        <source>Warning: {rule}</source>
        <translation>Warnung: {rule}</translation>
    </message>
    <message>
        <source>Will be added (required): {text}</source>
        <translation>Wird angefügt (Pflicht): {text}</translation>
    </message>
    <message>
        <source>{count} / {limit} {unit} on {network}</source>
        <translation>{count} / {limit} {unit} auf {network}</translation>
    </message>
    <message>
        <source> (signature “{signature}” included)</source>
        <translation> (Signatur „{signature}“ enthalten)</translation>
    </message>
    <message>
        <source> — {over} too many</source>
        <translation> — {over} zu viel</translation>
    </message>
    <message>
        <source>[image: {name} — alt: {alt}]</source>
        <translation>[Bild: {name} — Alt: {alt}]</translation>
    </message>
    <message>
        <source>{network} takes {images} at most here; the image was not attached.</source>
        <translation>{network} nimmt hier höchstens {images}; das Bild wurde nicht angehängt.</translation>
    </message>
    <message>
        <source> The image was not attached.</source>
        <translation> Das Bild wurde nicht angehängt.</translation>
    </message>
    <message>
        <source>Not saved: {describe_error}</source>
        <translation>Nicht gespeichert: {describe_error}</translation>
    </message>
    <message>
        <source> Nothing was queued; your text is kept.</source>
        <translation> Nichts wurde eingereiht; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source> Correct it, or send again to send it as written.</source>
        <translation> Korrigieren Sie es, oder senden Sie erneut, um es so zu senden.</translation>
    </message>
    <message>
        <source>{describe_error} Nothing was queued; your text is kept.</source>
        <translation>{describe_error} Nichts wurde eingereiht; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Submitted for approval.</source>
        <translation>Zur Freigabe eingereicht.</translation>
    </message>
    <message>
        <source>Queued to send.</source>
        <translation>Zum Senden eingereiht.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Reconnect account</source>
        <extracomment>account state → colour role (ui/theme)</extracomment>
        <translation>Konto neu verbinden</translation>
    </message>
    <message>
        <source>Connect account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The social network of the account to connect</source>
        <translation>Das soziale Netzwerk des zu verbindenden Kontos</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Opens the network&apos;s sign-in in your browser</source>
        <translation>Öffnet die Anmeldung des Netzwerks in Ihrem Browser</translation>
    </message>
    <message>
        <source>Stops connecting and closes this window</source>
        <translation>Bricht das Verbinden ab und schließt dieses Fenster</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Select a conversation</source>
        <extracomment>replies submitted but not yet sent (waiting for approval, held, rejected) the classifier&apos;s intent of the conversation (praise offers &quot;Amplify…&quot;) how the thread names an item waiting to go out a conversation other than the shown one was asked for (customer panel) the person asked to reply (R): the composer, where installed, listens the shown conversation left the person&apos;s scope (handed off): the pane closed it &quot;Amplify…&quot; on a praise conversation: the main window opens the dialog conversations this person handed off → the sentence shown if they are out of sight &quot;Assign…&quot; to another team, queued but not yet written set when the window closes: answers arriving later are dropped</extracomment>
        <translation>Unterhaltung auswählen</translation>
    </message>
    <message>
        <source>Conversation thread</source>
        <translation>Verlauf der Unterhaltung</translation>
    </message>
    <message>
        <source>The messages of the open conversation, oldest first</source>
        <translation>Die Nachrichten der offenen Unterhaltung, älteste zuerst</translation>
    </message>
    <message>
        <source>The messages and internal notes of the selected conversation appear here.</source>
        <translation>Hier erscheinen die Nachrichten und internen Notizen der gewählten Unterhaltung.</translation>
    </message>
    <message>
        <source>Amplify…</source>
        <extracomment>finished merges and splits (tests wait on it)</extracomment>
        <translation>Verstärken…</translation>
    </message>
    <message>
        <source>Boost or quote this praise as the brand (it waits for an approver)</source>
        <translation>Dieses Lob als Marke teilen oder zitieren (wartet auf eine Freigabe)</translation>
    </message>
    <message>
        <source>This conversation cannot be shown</source>
        <translation>Diese Unterhaltung kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>{customer} (@{customer_handle}) → @{account} on {network}</source>
        <translation>{customer} (@{customer_handle}) → @{account} auf {network}</translation>
    </message>
    <message>
        <source> · high priority</source>
        <translation> · hohe Priorität</translation>
    </message>
    <message>
        <source> · URGENT</source>
        <translation> · DRINGEND</translation>
    </message>
    <message>
        <source>Status: {status} · Team: {team} · Assignee: {assignee} · {messages} · {notes}</source>
        <translation>Status: {status} · Team: {team} · Zuständig: {assignee} · {messages} · {notes}</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>It has left your inbox: the receiving team has it now.</source>
        <translation>Sie hat Ihren Posteingang verlassen: Das empfangende Team hat sie jetzt.</translation>
    </message>
    <message>
        <source>Merged the customer&apos;s other conversation into this one: {messages} and {notes} moved, tags and history kept.</source>
        <translation>Die andere Unterhaltung des Kunden wurde hierher zusammengeführt: {messages} und {notes} verschoben, Schlagwörter und Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Split {messages} off into a new conversation: open it from the customer&apos;s history below.</source>
        <translation>{messages} in eine neue Unterhaltung abgetrennt: Öffnen Sie sie unten im Verlauf des Kunden.</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsTab</name>
    <message>
        <source>One open conversation per customer and channel</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation>Eine offene Unterhaltung pro Kunde und Kanal</translation>
    </message>
    <message>
        <source>Ticked: a customer&apos;s new message joins their open conversation; saved at once</source>
        <translation>Angehakt: eine neue Nachricht eines Kunden kommt in seine offene Unterhaltung; sofort gespeichert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Saved: new messages join the customer&apos;s open conversation.</source>
        <translation>Gespeichert: Neue Nachrichten kommen in die offene Unterhaltung des Kunden.</translation>
    </message>
    <message>
        <source>Saved: every new thread opens its own conversation.</source>
        <translation>Gespeichert: Jeder neue Thread eröffnet eine eigene Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>CopyTable</name>
    <message>
        <source>The figures as a table; Ctrl+C copies the picked rows or all</source>
        <translation>Die Zahlen als Tabelle; Strg+C kopiert die gewählten Zeilen oder alle</translation>
    </message>
</context>
<context>
    <name>CorrectionBar</name>
    <message>
        <source>Correct…</source>
        <extracomment>a correction was stored for this conversation (the pane reloads) finished loads and corrections (tests wait on them)</extracomment>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Set the mood or intent yourself: the conversation changes now, and the team&apos;s model learns from it for the next similar message.</source>
        <translation>Stimmung oder Absicht selbst setzen: die Konversation ändert sich sofort, und das Modell des Teams lernt daraus für die nächste ähnliche Nachricht.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Mood and intent unavailable</source>
        <extracomment>(field, value) → the menu&apos;s action, for keyboard users and tests</extracomment>
        <translation>Stimmung und Absicht nicht verfügbar</translation>
    </message>
    <message>
        <source>Mood: {mood} · Intent: {intent}</source>
        <translation>Stimmung: {mood} · Absicht: {intent}</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>nicht eingeordnet</translation>
    </message>
    <message>
        <source>No classifier evidence was stored for this message.</source>
        <translation>Für diese Nachricht wurden keine Belege des Klassifikators gespeichert.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) not sent yet</source>
        <translation>
            <numerusform>%Ln Antwort noch nicht gesendet</numerusform>
            <numerusform>%Ln Antworten noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) not sent yet</source>
        <translation>
            <numerusform>%Ln Eintrag noch nicht gesendet</numerusform>
            <numerusform>%Ln Einträge noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln Profil</numerusform>
            <numerusform>%Ln Profile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follower(s)</source>
        <translation>
            <numerusform>%Ln Follower</numerusform>
            <numerusform>%Ln Follower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln Unterhaltung</numerusform>
            <numerusform>%Ln Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln Erklärung</numerusform>
            <numerusform>%Ln Erklärungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>%Ln Aktualisierung</numerusform>
            <numerusform>%Ln Aktualisierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread notification(s)</source>
        <translation>
            <numerusform>%Ln ungelesene Benachrichtigung</numerusform>
            <numerusform>%Ln ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln watch(es)</source>
        <translation>
            <numerusform>%Ln Beobachtung</numerusform>
            <numerusform>%Ln Beobachtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past alert(s)</source>
        <translation>
            <numerusform>%Ln frühere Warnung</numerusform>
            <numerusform>%Ln früheren Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag</numerusform>
            <numerusform>%Ln Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln Regel</numerusform>
            <numerusform>%Ln Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correction(s)</source>
        <translation>
            <numerusform>%Ln Korrektur</numerusform>
            <numerusform>%Ln Korrekturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln Label</numerusform>
            <numerusform>%Ln Labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisRoom</name>
    <message>
        <source>Crisis room</source>
        <extracomment>the room asks the main window to end the crisis (it owns the confirmation)</extracomment>
        <translation>Krisenraum</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Draft statement…</source>
        <translation>Erklärung entwerfen…</translation>
    </message>
    <message>
        <source>Export post-mortem…</source>
        <translation>Post-Mortem exportieren…</translation>
    </message>
    <message>
        <source>End crisis…</source>
        <translation>Krise beenden…</translation>
    </message>
    <message>
        <source>Declare crisis…</source>
        <translation>Krise ausrufen…</translation>
    </message>
    <message>
        <source>Phrase / customer</source>
        <translation>Ausdruck / Kunde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Approve selected statement</source>
        <translation>Gewählte Erklärung freigeben</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Related conversations, statements and the decision log</source>
        <translation>Zugehörige Unterhaltungen, Stellungnahmen und das Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Crisis work</source>
        <translation>Krisenarbeit</translation>
    </message>
    <message>
        <source>Conversations that match the crisis; Enter opens one in the inbox</source>
        <translation>Unterhaltungen, die zur Krise passen; Enter öffnet eine im Posteingang</translation>
    </message>
    <message>
        <source>Related conversations</source>
        <translation>Zugehörige Unterhaltungen</translation>
    </message>
    <message>
        <source>Holding statements, drafted and approved, newest first</source>
        <translation>Stellungnahmen, Entwürfe und freigegebene, neueste zuerst</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <source>Every decision taken in this crisis, with who and when</source>
        <translation>Jede Entscheidung in dieser Krise, mit wer und wann</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Approves the picked statement for publishing</source>
        <translation>Gibt die gewählte Stellungnahme zur Veröffentlichung frei</translation>
    </message>
    <message>
        <source>Writes a holding statement for approval</source>
        <translation>Schreibt eine Stellungnahme zur Freigabe</translation>
    </message>
    <message>
        <source>Saves the crisis timeline and decisions as files</source>
        <translation>Speichert Zeitleiste und Entscheidungen der Krise als Dateien</translation>
    </message>
    <message>
        <source>Ends the crisis and restores every setting</source>
        <translation>Beendet die Krise und stellt alle Einstellungen wieder her</translation>
    </message>
    <message>
        <source>Declares a crisis: publishing pauses, PR leads</source>
        <translation>Ruft eine Krise aus: Veröffentlichen hält an, PR übernimmt</translation>
    </message>
    <message>
        <source>No crisis declared. The timeline shows the last two hours.</source>
        <translation>Keine Krise ausgerufen. Der Zeitverlauf zeigt die letzten zwei Stunden.</translation>
    </message>
    <message>
        <source>Crisis: {name} — declared by {declared_by} at {astimezone:%H:%M}. {reason}</source>
        <translation>Krise: {name} — ausgerufen von {declared_by} um {astimezone:%H:%M} Uhr. {reason}</translation>
    </message>
    <message>
        <source>Crisis “{name}” ended by {ended_by} at {astimezone:%H:%M}</source>
        <translation>Krise „{name}“ beendet von {ended_by} um {astimezone:%H:%M} Uhr</translation>
    </message>
    <message>
        <source>Crisis “{name}” ended.</source>
        <translation>Krise „{name}“ beendet.</translation>
    </message>
    <message>
        <source>Latest alert: {text}</source>
        <translation>Letzter Alarm: {text}</translation>
    </message>
    <message>
        <source>No alert in this period.</source>
        <translation>Kein Alarm in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Related conversations ({n:,}{more})</source>
        <translation>Zugehörige Unterhaltungen ({n:,}{more})</translation>
    </message>
    <message>
        <source>Declare a crisis to gather the related conversations here.</source>
        <translation>Rufen Sie eine Krise aus, um die zugehörigen Unterhaltungen hier zu sammeln.</translation>
    </message>
    <message>
        <source>No conversation matches the crisis yet: crisis routing marks them as they come in.</source>
        <translation>Noch passt keine Unterhaltung zur Krise: Das Krisen-Routing markiert sie, sobald sie eingehen.</translation>
    </message>
    <message>
        <source>{conversations} in {groups}, newest first.</source>
        <translation>{conversations} in {groups}, neueste zuerst.</translation>
    </message>
    <message>
        <source>The newest {n} conversations</source>
        <translation>Die neuesten {n} Unterhaltungen</translation>
    </message>
    <message>
        <source>Statements ({n})</source>
        <translation>Erklärungen ({n})</translation>
    </message>
    <message>
        <source>No statements yet: “Draft statement…” writes one.</source>
        <translation>Noch keine Erklärungen: „Erklärung entwerfen…“ schreibt eine.</translation>
    </message>
    <message>
        <source>Decision log ({decisions})</source>
        <translation>Entscheidungsprotokoll ({decisions})</translation>
    </message>
    <message>
        <source>You may post from no brand account, so you cannot draft a statement.</source>
        <translation>Sie dürfen von keinem Markenkonto veröffentlichen und können daher keine Erklärung entwerfen.</translation>
    </message>
    <message>
        <source>Statement “{title}” drafted: {status}.</source>
        <translation>Erklärung „{title}“ entworfen: {status}.</translation>
    </message>
    <message>
        <source>Choose the statement to approve first.</source>
        <translation>Wählen Sie zuerst die freizugebende Erklärung.</translation>
    </message>
    <message>
        <source>Statement “{title}”: {status}.</source>
        <translation>Erklärung „{title}“: {status}.</translation>
    </message>
    <message>
        <source>The post-mortem was not saved: {describe_error}</source>
        <translation>Das Post-Mortem wurde nicht gespeichert: {describe_error}</translation>
    </message>
    <message>
        <source>Post-mortem saved: {name} and two CSV files in {folder}.</source>
        <translation>Post-Mortem gespeichert: {name} und zwei CSV-Dateien in {folder}.</translation>
    </message>
</context>
<context>
    <name>CustomerPanelWidget</name>
    <message>
        <source>Customer picture</source>
        <extracomment>a past conversation was chosen (double click or Enter) something about the customer changed here (note, link): the pane reloads finished avatar loads (tests wait on it) finished actions (tests wait on it)</extracomment>
        <translation>Kundenbild</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Verknüpfen…</translation>
    </message>
    <message>
        <source>Link a profile on another network: the same person</source>
        <translation>Ein Profil in einem anderen Netzwerk verknüpfen: dieselbe Person</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Verknüpfung lösen…</translation>
    </message>
    <message>
        <source>Separates a linked profile: not the same person</source>
        <translation>Trennt ein verknüpftes Profil: nicht dieselbe Person</translation>
    </message>
    <message>
        <source>This customer&apos;s earlier conversations</source>
        <translation>Frühere Unterhaltungen dieses Kunden</translation>
    </message>
    <message>
        <source>Press Enter to open one</source>
        <translation>Enter öffnet eine davon</translation>
    </message>
    <message>
        <source>Notes about this customer</source>
        <translation>Notizen zu diesem Kunden</translation>
    </message>
    <message>
        <source>What colleagues wrote about this person</source>
        <translation>Was Kollegen über diese Person geschrieben haben</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Write what colleagues should know about this person</source>
        <translation>Schreiben Sie, was Kollegen über diese Person wissen sollten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Correct the selected note (or double-click it)</source>
        <translation>Gewählte Notiz korrigieren (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Customer history and notes</source>
        <translation>Kundenverlauf und Notizen</translation>
    </message>
    <message>
        <source>This customer&apos;s earlier conversations and notes; Ctrl+Tab switches</source>
        <translation>Frühere Unterhaltungen und Notizen dieses Kunden; Strg+Tab wechselt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Select a conversation to see who wrote and their history.</source>
        <translation>Wählen Sie eine Unterhaltung, um zu sehen, wer geschrieben hat, und den Verlauf.</translation>
    </message>
    <message>
        <source>on {network}</source>
        <translation>auf {network}</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>first seen {date}</source>
        <translation>zuerst gesehen am {date}</translation>
    </message>
    <message>
        <source>Same person: </source>
        <translation>Dieselbe Person: </translation>
    </message>
    <message>
        <source>History ({conversations})</source>
        <translation>Verlauf ({conversations})</translation>
    </message>
    <message>
        <source>History (newest {n} of {conversations})</source>
        <translation>Verlauf (neueste {n} von {conversations})</translation>
    </message>
    <message>
        <source>Notes ({notes})</source>
        <translation>Notizen ({notes})</translation>
    </message>
    <message>
        <source>No conversation of this person is in your scope.</source>
        <translation>Keine Unterhaltung dieser Person liegt in Ihrem Bereich.</translation>
    </message>
    <message>
        <source>No notes yet. Add what colleagues should know about this person.</source>
        <translation>Noch keine Notizen. Fügen Sie hinzu, was Kollegen über diese Person wissen sollten.</translation>
    </message>
    <message>
        <source>No notes about this person.</source>
        <translation>Keine Notizen zu dieser Person.</translation>
    </message>
    <message>
        <source>Unlink a profile</source>
        <translation>Profilverknüpfung lösen</translation>
    </message>
    <message>
        <source>No longer the same person:</source>
        <translation>Nicht mehr dieselbe Person:</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Key figures, charts and tables for the period; Tab moves through them</source>
        <extracomment>(title, attribute, unit, lower is better)</extracomment>
        <translation>Kennzahlen, Diagramme und Tabellen für den Zeitraum; Tab geht durch sie</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Copy table</source>
        <extracomment>what a team or agent table says when it has no row: still reading, or nothing</extracomment>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>Copies the table below for a spreadsheet</source>
        <translation>Kopiert die Tabelle darunter für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>{label} ({length} days, {timezone}) · scope: {scope} · filters: {filters}.{as_of}</source>
        <translation>{label} ({length} Tage, {timezone}) · Bereich: {scope} · Filter: {filters}.{as_of}</translation>
    </message>
    <message>
        <source>No conversations in this period for your scope and filters. Try a longer period or fewer filters.</source>
        <translation>Keine Unterhaltungen in diesem Zeitraum für Ihren Bereich und Ihre Filter. Versuchen Sie einen längeren Zeitraum oder weniger Filter.</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>No posts</source>
        <translation>Keine Beiträge</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <source>Declare crisis</source>
        <extracomment>an alert older than this no longer shows in the banner (it stays in the room)</extracomment>
        <translation>Krise ausrufen</translation>
    </message>
    <message>
        <source>e.g. Bolt charger overheating</source>
        <translation>z. B. Bolt-Ladegerät überhitzt</translation>
    </message>
    <message>
        <source>Why now: what you saw</source>
        <translation>Warum jetzt: was Sie gesehen haben</translation>
    </message>
    <message>
        <source>words that mark related conversations, comma-separated</source>
        <translation>Wörter, die zugehörige Unterhaltungen kennzeichnen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <source>In one step: publishing is paused (a pause already in place stays), every reply and post needs PR&apos;s approval, conversations matching the keywords go to PR as well, and approved holding statements are offered first to agents. Ending the crisis puts every setting back as it was.</source>
        <translation>In einem Schritt: Das Veröffentlichen wird angehalten (eine bestehende Pause bleibt), jede Antwort und jeder Beitrag braucht die Freigabe der PR, Unterhaltungen mit den Schlüsselwörtern gehen zusätzlich an die PR, und freigegebene Überbrückungserklärungen werden den Agenten zuerst angeboten. Beim Beenden der Krise werden alle Einstellungen wiederhergestellt, wie sie waren.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and approve — @{account} ({network})</source>
        <extracomment>(parent, row) → the edited text, or None when the approver cancels (parent, row) → the comment for the author, or None when cancelled</extracomment>
        <translation>Bearbeiten und freigeben — @{account} ({network})</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>In reply to: {in_reply_to}</source>
        <translation>Antwort auf: {in_reply_to}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Open and pending</source>
        <translation>Offen und wartend</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>DMs</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Jede SLA</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <extracomment>the filter changed (the view is kept by the window)</extracomment>
        <translation>Posteingang durchsuchen</translation>
    </message>
    <message>
        <source>Search messages, customer names and @handles…  (/)</source>
        <translation>Nachrichten, Kundennamen und @Namen suchen…  (/)</translation>
    </message>
    <message>
        <source>Finds conversations whose messages hold these words, or whose customer&apos;s name or handle holds them. Each view keeps its own search.</source>
        <translation>Findet Unterhaltungen, deren Nachrichten diese Wörter enthalten oder deren Kundenname oder @Name sie enthält. Jede Ansicht behält ihre eigene Suche.</translation>
    </message>
    <message>
        <source>Any network</source>
        <extracomment>search text per view (view key → text): a search never silently follows to another</extracomment>
        <translation>Jedes Netzwerk</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Jedes Konto</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Schlagwort-Filter</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Shows conversations in this state</source>
        <translation>Zeigt Unterhaltungen in diesem Status</translation>
    </message>
    <message>
        <source>SLA filter</source>
        <translation>SLA-Filter</translation>
    </message>
    <message>
        <source>Shows conversations by their reply timer</source>
        <translation>Zeigt Unterhaltungen nach ihrer Antwortfrist</translation>
    </message>
    <message>
        <source>Network filter</source>
        <translation>Netzwerkfilter</translation>
    </message>
    <message>
        <source>Shows one social network only</source>
        <translation>Zeigt nur ein soziales Netzwerk</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Kontofilter</translation>
    </message>
    <message>
        <source>Shows one brand account only</source>
        <translation>Zeigt nur ein Markenkonto</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <source>Mentions, comments or direct messages</source>
        <translation>Erwähnungen, Kommentare oder Direktnachrichten</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Prioritätsfilter</translation>
    </message>
    <message>
        <source>Shows one priority only</source>
        <translation>Zeigt nur eine Priorität</translation>
    </message>
    <message>
        <source>Mood filter</source>
        <translation>Stimmungsfilter</translation>
    </message>
    <message>
        <source>Shows one customer mood only</source>
        <translation>Zeigt nur eine Kundenstimmung</translation>
    </message>
    <message>
        <source>Shows conversations with this tag; type to find one</source>
        <translation>Zeigt Unterhaltungen mit diesem Schlagwort; tippen, um eines zu finden</translation>
    </message>
    <message>
        <source>Type a tag to show only its conversations</source>
        <translation>Schlagwort eingeben, um nur seine Unterhaltungen zu zeigen</translation>
    </message>
    <message>
        <source>Keeps this search and these filters as a view</source>
        <translation>Speichert diese Suche und diese Filter als Ansicht</translation>
    </message>
    <message>
        <source>Empties the search and sets every filter to any</source>
        <translation>Leert die Suche und setzt jeden Filter auf „alle“</translation>
    </message>
    <message>
        <source>Searching ‘{text}’ in {view_title}</source>
        <extracomment>the window adds its own controls at the ends (Take next, the count): they take the first row&apos;s spare width, where the search box gives way, not the filters&apos;</extracomment>
        <translation>Suche nach ‘{text}’ in {view_title}</translation>
    </message>
    <message>
        <source>No search in {view_title}</source>
        <translation>Keine Suche in {view_title}</translation>
    </message>
    <message>
        <source>Searching ‘{text}’ in {view_title} only. </source>
        <translation>Suche nach ‘{text}’ nur in {view_title}. </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Pick one with the arrow keys; Tab moves on</source>
        <extracomment>what a form&apos;s submit returns: None when done, else problems keyed by field (&quot;&quot; for the form) what each field holds, read after its name (an error is read instead while shown)</extracomment>
        <translation>Mit den Pfeiltasten wählen; Tab geht weiter</translation>
    </message>
    <message>
        <source>Hidden as you type; Tab moves on</source>
        <translation>Beim Tippen verborgen; Tab geht weiter</translation>
    </message>
    <message>
        <source>Required; Tab moves to the next field</source>
        <translation>Pflichtfeld; Tab geht zum nächsten Feld</translation>
    </message>
    <message>
        <source>May stay empty; Tab moves to the next field</source>
        <translation>Darf leer bleiben; Tab geht zum nächsten Feld</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>GuardrailsTab</name>
    <message>
        <source>Loading…</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Guardrail rules</source>
        <translation>Leitplanken-Regeln</translation>
    </message>
    <message>
        <source>e.g. guarantee   ·   Ad: paid partnership   ·   acme.example</source>
        <translation>z. B. Garantie   ·   Anzeige: bezahlte Partnerschaft   ·   acme.example</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Warn only</source>
        <translation>Nur warnen</translation>
    </message>
    <message>
        <source>Why — shown to the author, e.g. “legal: we never promise”</source>
        <translation>Warum — wird der verfassenden Person angezeigt, z. B. „Recht: Wir versprechen nie etwas“</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>When broken</source>
        <translation>Bei Verstoß</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <source>The rules every reply and post is checked against</source>
        <translation>Die Regeln, gegen die jede Antwort und jeder Beitrag geprüft wird</translation>
    </message>
    <message>
        <source>What the rule looks for: a word, a required line, a link</source>
        <translation>Wonach die Regel sucht: ein Wort, eine Pflichtzeile, ein Link</translation>
    </message>
    <message>
        <source>Block stops the message; Warn only lets it go with a note</source>
        <translation>Blockieren hält die Nachricht auf; Nur warnen lässt sie mit einem Hinweis durch</translation>
    </message>
    <message>
        <source>The role the rule applies to, or everyone</source>
        <translation>Die Rolle, für die die Regel gilt, oder alle</translation>
    </message>
    <message>
        <source>The team the rule applies to, or everyone</source>
        <translation>Das Team, für das die Regel gilt, oder alle</translation>
    </message>
    <message>
        <source>Adds the rule written in the fields above</source>
        <translation>Fügt die in den Feldern darüber geschriebene Regel hinzu</translation>
    </message>
    <message>
        <source>Deletes the rule picked in the list</source>
        <translation>Löscht die in der Liste gewählte Regel</translation>
    </message>
    <message>
        <source>No guardrail yet: everyone may write freely.</source>
        <translation>Noch keine Leitplanke: Alle dürfen frei schreiben.</translation>
    </message>
    <message>
        <source>Not added: {describe_error}</source>
        <translation>Nicht hinzugefügt: {describe_error}</translation>
    </message>
    <message>
        <source>Added: {describe}</source>
        <translation>Hinzugefügt: {describe}</translation>
    </message>
    <message>
        <source>Select a rule to remove.</source>
        <translation>Wählen Sie die zu entfernende Regel aus.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Regel entfernt.</translation>
    </message>
</context>
<context>
    <name>HandoffBar</name>
    <message>
        <source>Hand off…</source>
        <extracomment>(conversation id, receiving team, whether the sender still sees it) after a hand-off conversations whose hand-off is under way (their row may leave before the answer)</extracomment>
        <translation>Übergeben…</translation>
    </message>
    <message>
        <source>Passes this conversation to another team or colleague</source>
        <translation>Gibt diese Unterhaltung an ein anderes Team oder einen Kollegen weiter</translation>
    </message>
    <message>
        <source>Lead → Sales</source>
        <translation>Lead → Vertrieb</translation>
    </message>
    <message>
        <source>Hot lead to sales: hand over, tagged hot-lead, high priority</source>
        <translation>Heißer Lead an den Vertrieb: übergeben, Schlagwort hot-lead, hohe Priorität</translation>
    </message>
    <message>
        <source>Feedback → Product</source>
        <translation>Feedback → Produkt</translation>
    </message>
    <message>
        <source>Feedback to product: hand over, tagged feedback</source>
        <translation>Feedback an das Produktteam: übergeben, Schlagwort feedback</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Hand off to another team</source>
        <translation>An ein anderes Team übergeben</translation>
    </message>
    <message>
        <source>Hand this conversation to:</source>
        <translation>Diese Unterhaltung übergeben an:</translation>
    </message>
    <message>
        <source>Note for the receiving team (shown to them first):</source>
        <translation>Notiz für das empfangende Team (wird ihm zuerst gezeigt):</translation>
    </message>
    <message>
        <source>Why they get it, what the customer needs, what was done…</source>
        <translation>Warum sie es bekommen, was der Kunde braucht, was getan wurde…</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Say in a few words why the receiving team gets this conversation.</source>
        <translation>Sagen Sie in wenigen Worten, warum das empfangende Team diese Unterhaltung bekommt.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Customer</source>
        <extracomment>colleagues&apos; changes are read and placed at most this often (one query, one repaint) column names (translated where shown: headerData); the English name is the column&apos;s key</extracomment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>most urgent first</source>
        <extracomment>the order a click on a column&apos;s header asks the server for (others do not sort) the orders in words (app.inbox.views.SortKey.title is the English)</extracomment>
        <translation>dringendste zuerst</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <source>highest priority first</source>
        <translation>höchste Priorität zuerst</translation>
    </message>
    <message>
        <source>customer A–Z</source>
        <translation>Kunde A–Z</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>nach Status</translation>
    </message>
    <message>
        <source>Priority: {word}</source>
        <extracomment>the role holding a row&apos;s chips: (text, accessible name, kind) tuples the brushes of the rows&apos; colour roles, per scheme (data() is called for every visible cell)</extracomment>
        <translation>Priorität: {word}</translation>
    </message>
    <message>
        <source>Mood: {mood}</source>
        <translation>Stimmung: {mood}</translation>
    </message>
    <message>
        <source>Intent: {intent}</source>
        <translation>Absicht: {intent}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Team: {team}</translation>
    </message>
    <message>
        <source>Account: @{account}</source>
        <translation>Konto: @{account}</translation>
    </message>
    <message>
        <source>Network: {network}</source>
        <translation>Netzwerk: {network}</translation>
    </message>
    <message>
        <source>Mood: {mood} (classifier score {score:+.2f})</source>
        <translation>Stimmung: {mood} (Klassifikator-Wert {score:+.2f})</translation>
    </message>
    <message>
        <source>Intent: {intent} — cues: {cues}</source>
        <translation>Absicht: {intent} — Hinweise: {cues}</translation>
    </message>
    <message>
        <source>Placed here by {rule}</source>
        <translation>Hier eingeordnet durch {rule}</translation>
    </message>
    <message>
        <source>late {age}</source>
        <translation>{age} zu spät</translation>
    </message>
    <message>
        <source>{age} left</source>
        <translation>{age} übrig</translation>
    </message>
    <message>
        <source>Click to sort: {order} (again for the other way)</source>
        <extracomment>emitted after each applied change batch with the ids touched (tests and benchmarks) conversations waiting to be placed while the list is held: (new, changed or leaving) the conversation whose row is being removed, while the view reacts to it display texts per row (built at first paint, dropped when the row changes) colleagues&apos; changes gathered for one read and one repaint (see apply_changes) &quot;now&quot; for ages and SLA timers, advanced by tick() (not per painted cell) pages loaded so far (benchmarks and tests wait on it) where the last page of a search was read (the replica and its lag, or the primary when the replica could not be reached); None when it was read from the primary conversation id → colleagues there now (set by the window from presence events) while held, arrivals, moves and departures wait here (id → new row, None = leaves)</extracomment>
        <translation>Klicken zum Sortieren: {order} (erneut für umgekehrt)</translation>
    </message>
    <message>
        <source>no SLA timer</source>
        <translation>keine SLA-Frist</translation>
    </message>
    <message>
        <source>Reply due {when}</source>
        <translation>Antwort fällig {when}</translation>
    </message>
</context>
<context>
    <name>InboxTable</name>
    <message>
        <source>Conversations</source>
        <extracomment>the list places waiting rows after this long without the person moving or typing in it widths that read at 1366×768; the message takes the rest the person asked for another order: (SortKey value, reversed)</extracomment>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations in this view; the arrow keys open one, T takes the next</source>
        <translation>Unterhaltungen in dieser Ansicht; die Pfeiltasten öffnen eine, T übernimmt die nächste</translation>
    </message>
    <message>
        <source>Conversations in this view; Enter opens, Take next claims the next one</source>
        <translation type="vanished">Unterhaltungen in dieser Ansicht; Enter öffnet, „Nächste übernehmen“ übernimmt die nächste</translation>
    </message>
</context>
<context>
    <name>LearningSettingsTab</name>
    <message>
        <source>Learn from the team&apos;s corrections (used in routing)</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation>Aus den Korrekturen des Teams lernen (wird beim Routing genutzt)</translation>
    </message>
    <message>
        <source>Ticked: corrected classifications teach routing; saved at once</source>
        <translation>Angehakt: korrigierte Einstufungen lehren das Routing; sofort gespeichert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Saved: routing learns from the team&apos;s corrections.</source>
        <translation>Gespeichert: Das Routing lernt aus den Korrekturen des Teams.</translation>
    </message>
    <message>
        <source>Saved: routing uses the shipped classifiers only; the model was dropped.</source>
        <translation>Gespeichert: Das Routing verwendet nur die mitgelieferten Klassifikatoren; das Modell wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link another profile of this person</source>
        <translation>Weiteres Profil dieser Person verknüpfen</translation>
    </message>
    <message>
        <source>Handle or name on any network, then Enter</source>
        <translation>@Name oder Name in einem beliebigen Netzwerk, dann Enter</translation>
    </message>
    <message>
        <source>Search for the person&apos;s profile on another network.</source>
        <translation>Suchen Sie das Profil der Person in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>{profiles} found; choose one to link.</source>
        <translation>{profiles} gefunden; wählen Sie eines zum Verknüpfen.</translation>
    </message>
    <message>
        <source>No profile you may work on matches &apos;{text}&apos;.</source>
        <translation>Kein Profil, das Sie bearbeiten dürfen, passt zu &apos;{text}&apos;.</translation>
    </message>
</context>
<context>
    <name>ListeningWindow</name>
    <message>
        <source>Listening</source>
        <translation>Social Listening</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>the post the &quot;Sent to …&quot; line is about</extracomment>
        <translation>Zuhören</translation>
    </message>
    <message>
        <source>Listen through</source>
        <translation>Zuhören über</translation>
    </message>
    <message>
        <source>for</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Marketing and PR manage watches; you can read the stream.</source>
        <translation>Marketing und PR verwalten die Beobachtungen; Sie können den Strom lesen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>All watches</source>
        <translation>Alle Beobachtungen</translation>
    </message>
    <message>
        <source>Send to team as a conversation</source>
        <translation>Als Konversation an ein Team senden</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Brand account to listen through</source>
        <translation>Markenkonto, über das zugehört wird</translation>
    </message>
    <message>
        <source>The network searches run as this account</source>
        <translation>Die Suchen im Netzwerk laufen mit diesem Konto</translation>
    </message>
    <message>
        <source>What to listen for</source>
        <translation>Worauf gehört wird</translation>
    </message>
    <message>
        <source>A hashtag, a keyword or an exact phrase</source>
        <translation>Ein Hashtag, ein Stichwort oder ein genauer Satz</translation>
    </message>
    <message>
        <source>Hashtag, keyword or phrase</source>
        <translation>Hashtag, Stichwort oder Satz</translation>
    </message>
    <message>
        <source>What to listen for; Enter starts listening</source>
        <translation>Worauf gehört wird; Enter beginnt das Zuhören</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>What the console listens for, and how much each heard</source>
        <translation>Worauf die Konsole hört und wie viel jede Beobachtung gehört hat</translation>
    </message>
    <message>
        <source>Show the posts heard by</source>
        <translation>Gehörte Beiträge zeigen von</translation>
    </message>
    <message>
        <source>Shows the posts of one watch, or of all</source>
        <translation>Zeigt die Beiträge einer Beobachtung oder aller</translation>
    </message>
    <message>
        <source>Posts heard</source>
        <translation>Gehörte Beiträge</translation>
    </message>
    <message>
        <source>Public posts that matched a watch, newest first</source>
        <translation>Öffentliche Beiträge, die zu einer Beobachtung passten, neueste zuerst</translation>
    </message>
    <message>
        <source>The selected post</source>
        <translation>Der gewählte Beitrag</translation>
    </message>
    <message>
        <source>The whole post, read-only</source>
        <translation>Der ganze Beitrag, nur lesbar</translation>
    </message>
    <message>
        <source>Team to send the post to</source>
        <translation>Team, an das der Beitrag geht</translation>
    </message>
    <message>
        <source>The team whose inbox gets the post as a conversation</source>
        <translation>Das Team, dessen Posteingang den Beitrag als Unterhaltung erhält</translation>
    </message>
    <message>
        <source>Starts listening for what is typed above</source>
        <translation>Beginnt, auf das oben Eingegebene zu hören</translation>
    </message>
    <message>
        <source>Pauses or resumes the picked watch</source>
        <translation>Pausiert die gewählte Beobachtung oder setzt sie fort</translation>
    </message>
    <message>
        <source>Stops the picked watch and forgets it</source>
        <translation>Beendet die gewählte Beobachtung und vergisst sie</translation>
    </message>
    <message>
        <source>Could not refresh: {describe_error}</source>
        <translation>Aktualisieren fehlgeschlagen: {describe_error}</translation>
    </message>
    <message>
        <source>{watches} · {items} heard in 24 h</source>
        <translation>{watches} · {items} in 24 h gehört</translation>
    </message>
    <message>
        <source>all watches</source>
        <translation>alle Beobachtungen</translation>
    </message>
    <message>
        <source>{items} heard · {which}</source>
        <translation>{items} gehört · {which}</translation>
    </message>
    <message>
        <source>Could not load more: {describe_error}</source>
        <translation>Mehr laden fehlgeschlagen: {describe_error}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Marketing and PR send heard posts to a team.</source>
        <translation>Marketing und PR senden gehörte Beiträge an ein Team.</translation>
    </message>
    <message>
        <source>Listening for {label}: the first read is on its way.</source>
        <translation>Höre auf {label}: das erste Lesen ist unterwegs.</translation>
    </message>
    <message>
        <source>Remove now</source>
        <translation>Jetzt entfernen</translation>
    </message>
    <message>
        <source>Remove {label} and the {items} it heard? Conversations made from it stay in the inbox. Click “Remove now” to confirm.</source>
        <translation>{label} und das Gehörte ({items}) entfernen? Daraus entstandene Konversationen bleiben im Posteingang. Zum Bestätigen auf „Jetzt entfernen“ klicken.</translation>
    </message>
    <message>
        <source>Removed {label}.</source>
        <translation>{label} entfernt.</translation>
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
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Which conversations the inbox shows, with unread counts</source>
        <translation>Welche Unterhaltungen der Posteingang zeigt, mit Anzahl ungelesener</translation>
    </message>
    <message>
        <source>Database: {db_label}</source>
        <extracomment>a saved view just chosen: its order (sort key, reversed), applied with its filter the reading pane&apos;s width while a conversation was open (given back when one opens)</extracomment>
        <translation>Datenbank: {db_label}</translation>
    </message>
    <message>
        <source>Signed in as {display_name} ({username})</source>
        <translation>Angemeldet als {display_name} ({username})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Delete saved view</source>
        <translation>Gespeicherte Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Appearance and language…</source>
        <translation>&amp;Darstellung und Sprache…</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Adm&amp;inistration</translation>
    </message>
    <message>
        <source>&amp;People and permissions…</source>
        <translation>&amp;Personen und Berechtigungen…</translation>
    </message>
    <message>
        <source>R&amp;outing</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <source>Routing &amp;rules…</source>
        <translation>Verteilungs&amp;regeln…</translation>
    </message>
    <message>
        <source>Agents&apos; &amp;capacity…</source>
        <translation>&amp;Kapazität der Agenten…</translation>
    </message>
    <message>
        <source>&amp;Voice of the customer…</source>
        <translation>&amp;Stimme des Kunden…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Social Console</source>
        <translation>Ü&amp;ber Social Console</translation>
    </message>
    <message>
        <source>Social Console</source>
        <translation>Social Console</translation>
    </message>
    <message>
        <source>Social Console — your company&apos;s social accounts, worked together.
Database: {db_label}
Update channel: {update_channel} (IT sets it in {system_config_file})</source>
        <translation>Social Console — die Social-Media-Konten Ihres Unternehmens, gemeinsam betreut.
Datenbank: {db_label}
Update-Kanal: {update_channel} (die IT legt ihn in {system_config_file} fest)</translation>
    </message>
    <message>
        <source>Replying: colleagues now see that you are writing the answer.</source>
        <translation>Antwort läuft: Kollegen sehen jetzt, dass Sie die Antwort schreiben.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Saved the view “{name}”.</source>
        <translation>Ansicht „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Choose one of your saved views (★) first.</source>
        <translation>Wählen Sie zuerst eine Ihrer gespeicherten Ansichten (★).</translation>
    </message>
    <message>
        <source>Not notified (no colleague or team has that name): </source>
        <translation>Nicht benachrichtigt (keine Kollegin, kein Kollege und kein Team heißt so): </translation>
    </message>
    <message>
        <source>Not notified (they cannot see this conversation): </source>
        <translation>Nicht benachrichtigt (sie können diese Unterhaltung nicht sehen): </translation>
    </message>
    <message>
        <source>The database connection is back; waiting actions were written.</source>
        <translation>Die Datenbankverbindung ist zurück; wartende Aktionen wurden geschrieben.</translation>
    </message>
    <message>
        <source>Database: {db_label} ({live})</source>
        <translation>Datenbank: {db_label} ({live})</translation>
    </message>
    <message>
        <source>Your permissions were changed by IT.</source>
        <translation>Ihre Berechtigungen wurden von der IT geändert.</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Panels sharing this place; the arrow keys switch between them</source>
        <translation>Bereiche an diesem Platz; die Pfeiltasten wechseln zwischen ihnen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge conversations</source>
        <translation>Unterhaltungen zusammenführen</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s other conversation to merge into this one. Its messages, internal notes, tags and assignment history move here; it then disappears from every inbox. Only conversations with the same brand account are listed.</source>
        <translation>Wählen Sie die andere Unterhaltung des Kunden, die hierher zusammengeführt werden soll. Ihre Nachrichten, internen Notizen, Schlagwörter und Zuweisungen kommen hierher; danach verschwindet sie aus jedem Posteingang. Nur Unterhaltungen mit demselben Markenkonto sind aufgeführt.</translation>
    </message>
    <message>
        <source>Merge into this one</source>
        <translation>Hierher zusammenführen</translation>
    </message>
    <message>
        <source>direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>This customer has no other conversation with this brand account that you may work on.</source>
        <translation>Dieser Kunde hat keine andere Unterhaltung mit diesem Markenkonto, die Sie bearbeiten dürfen.</translation>
    </message>
</context>
<context>
    <name>MultiPostDialog</name>
    <message>
        <source>New post</source>
        <extracomment>the set was queued: (set key, how many posts)</extracomment>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Accounts to post from</source>
        <extracomment>the checks the service runs at submission (guardrails add theirs here)</extracomment>
        <translation>Konten, von denen gepostet wird</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Beitragstext</translation>
    </message>
    <message>
        <source>What should the brand say? (sent to every account ticked)</source>
        <translation>Was soll die Marke sagen? (an jedes angehakte Konto gesendet)</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>Bild anhängen…</translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Bilder entfernen</translation>
    </message>
    <message>
        <source>No images attached.</source>
        <translation>Keine Bilder angehängt.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>e.g. Spring sale (optional; filters the calendar)</source>
        <translation>z. B. Frühjahrsaktion (optional; filtert den Kalender)</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Geplanter Zeitpunkt</translation>
    </message>
    <message>
        <source>Schedule for</source>
        <translation>Planen für</translation>
    </message>
    <message>
        <source>Two-step approval: team lead, then legal</source>
        <translation>Zweistufige Freigabe: Teamleitung, dann Rechtsabteilung</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Zur Freigabe senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Variants and previews</source>
        <translation>Varianten und Vorschauen</translation>
    </message>
    <message>
        <source>Tick one or more accounts to see how the post will look on each.</source>
        <translation>Haken Sie ein oder mehrere Konten an, um zu sehen, wie der Beitrag auf jedem aussieht.</translation>
    </message>
    <message>
        <source>Post from:</source>
        <translation>Posten von:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>How the post will look on each ticked account; scroll to see all</source>
        <translation>Wie der Beitrag auf jedem angehakten Konto aussieht; blättern, um alle zu sehen</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>Vorschauen</translation>
    </message>
    <message>
        <source>One page per network: its own text and a preview; Ctrl+Tab switches</source>
        <translation>Eine Seite je Netzwerk: eigener Text und Vorschau; Strg+Tab wechselt</translation>
    </message>
    <message>
        <source>Tick each brand account the post goes out from</source>
        <translation>Jedes Markenkonto anhaken, von dem der Beitrag ausgeht</translation>
    </message>
    <message>
        <source>What the brand says on every ticked account, unless a page says otherwise</source>
        <translation>Was die Marke auf jedem angehakten Konto sagt, sofern eine Seite nichts anderes sagt</translation>
    </message>
    <message>
        <source>Adds images from this computer</source>
        <translation>Fügt Bilder von diesem Computer hinzu</translation>
    </message>
    <message>
        <source>Takes every image off this post</source>
        <translation>Nimmt alle Bilder aus diesem Beitrag</translation>
    </message>
    <message>
        <source>Ticked: the post waits until the time beside it</source>
        <translation>Angehakt: der Beitrag wartet bis zur Zeit daneben</translation>
    </message>
    <message>
        <source>When the post goes out; the arrow keys change it</source>
        <translation>Wann der Beitrag hinausgeht; die Pfeiltasten ändern die Zeit</translation>
    </message>
    <message>
        <source>Ticked: a team lead approves, then legal, before it goes out</source>
        <translation>Angehakt: erst gibt die Teamleitung frei, dann die Rechtsabteilung</translation>
    </message>
    <message>
        <source>Queues one post per ticked account for approval</source>
        <translation>Reiht je angehaktem Konto einen Beitrag zur Freigabe ein</translation>
    </message>
    <message>
        <source>Closes this window; nothing is sent</source>
        <translation>Schließt dieses Fenster; nichts wird gesendet</translation>
    </message>
    <message>
        <source>You may not post from any brand account; ask IT for access.</source>
        <translation>Sie dürfen von keinem Markenkonto posten; bitten Sie die IT um Zugang.</translation>
    </message>
    <message>
        <source>Send {posts} for approval</source>
        <translation>{posts} zur Freigabe senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source> Your text is kept.</source>
        <translation> Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>{posts} sent for approval as one set (team lead, then legal).</source>
        <translation>{posts} als ein Set zur Freigabe gesendet (Teamleitung, dann Rechtsabteilung).</translation>
    </message>
    <message>
        <source>{posts} sent for approval as one set.</source>
        <translation>{posts} als ein Set zur Freigabe gesendet.</translation>
    </message>
    <message>
        <source>{posts} queued for the scheduled time.</source>
        <translation>{posts} für den geplanten Zeitpunkt eingereiht.</translation>
    </message>
    <message>
        <source>{posts} queued.</source>
        <translation>{posts} eingereiht.</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Text for {get} only</source>
        <translation>Text nur für {get}</translation>
    </message>
    <message>
        <source>Leave empty to send the main text; or write {get}&apos;s own version here.</source>
        <translation>Leer lassen, um den Haupttext zu senden; oder hier eine eigene Fassung für {get} schreiben.</translation>
    </message>
    <message>
        <source>Text for {get} only:</source>
        <translation>Text nur für {get}:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes this window; an unsent draft is kept</source>
        <translation>Schließt dieses Fenster; ein nicht gesendeter Entwurf bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>NewRowsButton</name>
    <message>
        <source>Place new conversations</source>
        <translation>Neue Unterhaltungen einordnen</translation>
    </message>
    <message>
        <source>The list holds still while you work in it. Click to place them now.</source>
        <translation>Die Liste bleibt still, solange Sie darin arbeiten. Klicken, um sie jetzt einzuordnen.</translation>
    </message>
    <message>
        <source>{new} new</source>
        <translation>{new} neu</translation>
    </message>
    <message>
        <source> — show</source>
        <translation> — anzeigen</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Only colleagues see notes. Mention someone with @name or a team with @team-name to notify them.</source>
        <translation>Nur Kollegen sehen Notizen. Erwähnen Sie jemanden mit @name oder ein Team mit @team-name, um sie zu benachrichtigen.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source> They would not be notified. Correct the name, or press Add note again to add the note as written.</source>
        <translation> Sie würden nicht benachrichtigt. Korrigieren Sie den Namen oder drücken Sie erneut auf Notiz hinzufügen, um die Notiz so hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note about the customer</source>
        <translation>Notiz zum Kunden</translation>
    </message>
    <message>
        <source>What colleagues should know about this person, whichever conversation they open.</source>
        <translation>Was Kollegen über diese Person wissen sollten, egal welche Unterhaltung sie öffnen.</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Concerning me</source>
        <extracomment>newest notifications read per load (the rest stay in the database, unread ones counted) the floating panel&apos;s size (smaller windows get less) several notifications in a burst cause one reload open this conversation (the main window selects it) unread notifications that concern the person (the badge)</extracomment>
        <translation>Betrifft mich</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Concerning me: everything addressed to you, and SLA breaches of conversations you hold or that wait unassigned in your teams. All: every notification you received.</source>
        <translation>Betrifft mich: alles, was an Sie gerichtet ist, und SLA-Überschreitungen bei Unterhaltungen, die Sie haben oder die nicht zugewiesen in Ihren Teams warten. Alle: jede Benachrichtigung, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Marks the picked notifications as read</source>
        <translation>Markiert die gewählten Benachrichtigungen als gelesen</translation>
    </message>
    <message>
        <source>Marks every notification shown here as read</source>
        <translation>Markiert jede hier gezeigte Benachrichtigung als gelesen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Mentions, hand-offs and approvals for you; Enter opens one</source>
        <translation>Erwähnungen, Übergaben und Freigaben für Sie; Enter öffnet eine</translation>
    </message>
    <message>
        <source>Notifications could not be read: {describe_error}</source>
        <translation>Benachrichtigungen konnten nicht gelesen werden: {describe_error}</translation>
    </message>
    <message>
        <source>Not marked read: {describe_error}</source>
        <translation>Nicht als gelesen markiert: {describe_error}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>New assignment</source>
        <translation>Neue Zuweisung</translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>Sie wurden erwähnt</translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation>SLA überschritten</translation>
    </message>
    <message>
        <source>Crisis alert</source>
        <translation>Krisenalarm</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krise</translation>
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
        <translation>Social Console — keine ungelesenen Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>PostsWindow</name>
    <message>
        <source>Posts and experiments</source>
        <extracomment>the three lines, coloured by the theme&apos;s chart series (distinguishable in both schemes)</extracomment>
        <translation>Beiträge und Experimente</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Compare the two selected posts as A/B…</source>
        <translation>A/B-Vergleich der zwei ausgewählten Beiträge…</translation>
    </message>
    <message>
        <source>Sent posts and their metrics</source>
        <translation>Gesendete Beiträge und ihre Kennzahlen</translation>
    </message>
    <message>
        <source>No post has been sent yet. Posts sent from the console appear here with their likes, reposts and replies as the networks report them.</source>
        <translation>Es wurde noch kein Beitrag gesendet. Aus der Konsole gesendete Beiträge erscheinen hier mit ihren Likes, Reposts und Antworten, sobald die Netzwerke sie melden.</translation>
    </message>
    <message>
        <source>Performance over time</source>
        <translation>Leistung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Experiments and how sure each difference is</source>
        <translation>Experimente und wie sicher jeder Unterschied ist</translation>
    </message>
    <message>
        <source>Each A/B comparison and whether its difference is more than chance</source>
        <translation>Jeder A/B-Vergleich und ob sein Unterschied mehr als Zufall ist</translation>
    </message>
    <message>
        <source>Posts sent from the console with likes, reposts and replies; pick two to compare</source>
        <translation>Aus der Konsole gesendete Beiträge mit Likes, Reposts und Antworten; zwei wählen zum Vergleichen</translation>
    </message>
    <message>
        <source>Compares the two picked posts as an experiment</source>
        <translation>Vergleicht die zwei gewählten Beiträge als Experiment</translation>
    </message>
    <message>
        <source>Reads the posts and their metrics again</source>
        <translation>Liest die Beiträge und ihre Kennzahlen neu ein</translation>
    </message>
    <message>
        <source>No experiment yet. Send two variants of a post (to two accounts, or at two times), select both above and press “Compare…”.</source>
        <translation>Noch kein Experiment. Senden Sie zwei Varianten eines Beitrags (über zwei Konten oder zu zwei Zeitpunkten), wählen Sie oben beide aus und klicken Sie auf „A/B-Vergleich…“.</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>{plural} · {measured:,} measured · {plural2}</source>
        <translation>{plural} · {measured:,} gemessen · {plural2}</translation>
    </message>
    <message>
        <source>Select one post to see its trend.</source>
        <translation>Wählen Sie einen Beitrag aus, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Performance over time · {plural}</source>
        <translation>Leistung im Zeitverlauf · {plural}</translation>
    </message>
    <message>
        <source>Not measured yet: the sync worker reads metrics every few minutes.</source>
        <translation>Noch nicht gemessen: Der Synchronisierungsdienst liest die Kennzahlen alle paar Minuten.</translation>
    </message>
    <message>
        <source>New A/B experiment</source>
        <translation>Neues A/B-Experiment</translation>
    </message>
    <message>
        <source>Name the experiment:</source>
        <translation>Name des Experiments:</translation>
    </message>
    <message>
        <source>Experiment “{strip}” created: A and B are compared below.</source>
        <translation>Experiment „{strip}“ erstellt: A und B werden unten verglichen.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Appearance and language</source>
        <translation>Darstellung und Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light, dark, or the colours your desktop uses; applied at once</source>
        <translation>Hell, dunkel oder die Farben Ihres Desktops; sofort angewendet</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>The language of the console&apos;s windows; used from the next start</source>
        <translation>Die Sprache der Konsolenfenster; gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The theme is set by IT for this computer.</source>
        <translation>Das Farbschema legt die IT für diesen Computer fest.</translation>
    </message>
    <message>
        <source>The language is set by IT for this computer.</source>
        <translation>Die Sprache legt die IT für diesen Computer fest.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language is used from your next sign-in.</source>
        <translation>Die neue Sprache gilt ab Ihrer nächsten Anmeldung.</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <source>[{name} cannot be shown]</source>
        <extracomment>how long a link is shown in a preview before &quot;…&quot; (Mastodon and X cut links for display)</extracomment>
        <translation>[{name} kann nicht angezeigt werden]</translation>
    </message>
    <message>
        <source>Image: {m}</source>
        <translation>Bild: {m}</translation>
    </message>
</context>
<context>
    <name>ReplyPolicyTab</name>
    <message>
        <source>Only the colleague who holds a conversation may reply in it (owner-only)</source>
        <translation>Nur die Person, der eine Unterhaltung zugewiesen ist, darf darin antworten (nur Zuständige)</translation>
    </message>
    <message>
        <source>Ticked: only the holder of a conversation may reply in it</source>
        <translation>Angehakt: nur wer eine Unterhaltung hält, darf darin antworten</translation>
    </message>
    <message>
        <source>When on, a colleague&apos;s reply is refused with the owner&apos;s name, and an unclaimed conversation must be claimed first. Approvers are warned about replies from someone who does not hold the conversation either way.</source>
        <translation>Wenn aktiv, wird die Antwort einer anderen Person mit dem Namen der zuständigen Person abgelehnt, und eine nicht übernommene Unterhaltung muss zuerst übernommen werden. Freigebende werden in jedem Fall vor Antworten von jemandem gewarnt, dem die Unterhaltung nicht zugewiesen ist.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Posts as the brand</source>
        <translation>Beiträge als Marke</translation>
    </message>
    <message>
        <source>One row per role; Space ticks what it may send without approval</source>
        <translation>Eine Zeile je Rolle; die Leertaste hakt an, was sie ohne Freigabe senden darf</translation>
    </message>
    <message>
        <source>Per role: tick what goes out without a team lead&apos;s approval</source>
        <translation>Pro Rolle: ankreuzen, was ohne Freigabe der Teamleitung hinausgeht</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Every reply needs approval</source>
        <translation>Jede Antwort braucht eine Freigabe</translation>
    </message>
    <message>
        <source>Every post needs approval</source>
        <translation>Jeder Beitrag braucht eine Freigabe</translation>
    </message>
    <message>
        <source>One row per team; Space ticks what always needs approval there</source>
        <translation>Eine Zeile je Team; die Leertaste hakt an, was dort immer eine Freigabe braucht</translation>
    </message>
    <message>
        <source>Per team: require approval for everyone there (its approvers excepted)</source>
        <translation>Pro Team: Freigabe für alle Mitglieder verlangen (außer seinen Freigebenden)</translation>
    </message>
    <message>
        <source>{describe_error} Nothing was changed.</source>
        <translation>{describe_error} Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Mit dem vorherigen Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Aufschlüsseln nach</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Filter by {lower}</source>
        <translation>Nach {lower} filtern</translation>
    </message>
    <message>
        <source>All {lower}s</source>
        <translation>{lower}: alle</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Stimme des Kunden</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Which days the figures cover; the arrow keys change it</source>
        <extracomment>where the last figures were read: the replica (with its lag) or this database</extracomment>
        <translation>Welche Tage die Zahlen umfassen; die Pfeiltasten ändern es</translation>
    </message>
    <message>
        <source>The first day of your own period</source>
        <translation>Der erste Tag Ihres eigenen Zeitraums</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The last day of your own period</source>
        <translation>Der letzte Tag Ihres eigenen Zeitraums</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Shows each figure beside the period just before</source>
        <translation>Zeigt jede Zahl neben dem Zeitraum davor</translation>
    </message>
    <message>
        <source>What the charts and tables are split by</source>
        <translation>Wonach Diagramme und Tabellen aufgeteilt sind</translation>
    </message>
    <message>
        <source>Reads the figures again</source>
        <translation>Liest die Zahlen neu ein</translation>
    </message>
    <message>
        <source>Saves these reports as a PDF file</source>
        <translation>Speichert diese Berichte als PDF-Datei</translation>
    </message>
    <message>
        <source>Saves these figures as CSV files</source>
        <translation>Speichert diese Zahlen als CSV-Dateien</translation>
    </message>
    <message>
        <source>Counts only what matches this choice</source>
        <translation>Zählt nur, was zu dieser Auswahl passt</translation>
    </message>
    <message>
        <source>Sets every filter back to all</source>
        <translation>Setzt jeden Filter auf „alle“ zurück</translation>
    </message>
    <message>
        <source>Dashboard, voice of the customer and ROI pages</source>
        <translation>Seiten Übersicht, Stimme des Kunden und ROI</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Berichtsseiten</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>RoiView</name>
    <message>
        <source>Return on investment</source>
        <translation>Return on Investment</translation>
    </message>
    <message>
        <source>Leads handed to sales</source>
        <translation>An den Vertrieb übergebene Leads</translation>
    </message>
    <message>
        <source>No conversation reached a sales team in this period.</source>
        <translation>In diesem Zeitraum hat keine Unterhaltung ein Vertriebsteam erreicht.</translation>
    </message>
    <message>
        <source>Mark won…</source>
        <translation>Als gewonnen markieren…</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Als verloren markieren</translation>
    </message>
    <message>
        <source>What a contact costs elsewhere (set by IT or a manager)</source>
        <translation>Was ein Kontakt anderswo kostet (von der IT oder einer Führungskraft festgelegt)</translation>
    </message>
    <message>
        <source>Save costs</source>
        <translation>Kosten speichern</translation>
    </message>
    <message>
        <source>Records the picked lead as a sale, with its value</source>
        <translation>Erfasst den gewählten Lead als Verkauf, mit seinem Wert</translation>
    </message>
    <message>
        <source>Records the picked lead as lost</source>
        <translation>Erfasst den gewählten Lead als verloren</translation>
    </message>
    <message>
        <source>What one phone call to the contact centre costs</source>
        <translation>Was ein Anruf im Kundenservice kostet</translation>
    </message>
    <message>
        <source>What one e-mail to the contact centre costs</source>
        <translation>Was eine E-Mail an den Kundenservice kostet</translation>
    </message>
    <message>
        <source>Of the customers answered on social, how many would have called instead</source>
        <translation>Wie viele der in sozialen Netzwerken beantworteten Kunden sonst angerufen hätten</translation>
    </message>
    <message>
        <source>The currency the costs are in, e.g. EUR</source>
        <translation>Die Währung der Kosten, z. B. EUR</translation>
    </message>
    <message>
        <source>Keeps these costs for everyone&apos;s reports</source>
        <translation>Speichert diese Kosten für die Berichte aller</translation>
    </message>
    <message>
        <source>Cost of a phone contact</source>
        <translation>Kosten eines Telefonkontakts</translation>
    </message>
    <message>
        <source>Cost of an e-mail contact</source>
        <translation>Kosten eines E-Mail-Kontakts</translation>
    </message>
    <message>
        <source>Share that would have called</source>
        <translation>Anteil, der sonst angerufen hätte</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>What social customer care saved and earned in the period</source>
        <translation>Was der Kundenservice in sozialen Netzwerken im Zeitraum gespart und eingebracht hat</translation>
    </message>
    <message>
        <source>Only IT or a manager sets the costs.</source>
        <translation>Nur die IT oder eine Führungskraft legt die Kosten fest.</translation>
    </message>
    <message>
        <source>Return on investment · {label}</source>
        <translation>Return on Investment · {label}</translation>
    </message>
</context>
<context>
    <name>RoutingEditor</name>
    <message>
        <source>Routing rules</source>
        <translation>Verteilungsregeln</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Rules, and how each team shares conversations out</source>
        <translation>Regeln und wie jedes Team Unterhaltungen verteilt</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Run in this order; a checked rule is on</source>
        <translation>Laufen in dieser Reihenfolge; eine angehakte Regel ist aktiv</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Add the default rules</source>
        <translation>Standardregeln hinzufügen</translation>
    </message>
    <message>
        <source>Adds a new rule at the end of the list</source>
        <translation>Fügt eine neue Regel am Ende der Liste hinzu</translation>
    </message>
    <message>
        <source>Deletes the picked rule</source>
        <translation>Löscht die gewählte Regel</translation>
    </message>
    <message>
        <source>Moves the picked rule one place earlier</source>
        <translation>Schiebt die gewählte Regel einen Platz nach vorn</translation>
    </message>
    <message>
        <source>Moves the picked rule one place later</source>
        <translation>Schiebt die gewählte Regel einen Platz nach hinten</translation>
    </message>
    <message>
        <source>Reads rules from a JSON file</source>
        <translation>Liest Regeln aus einer JSON-Datei</translation>
    </message>
    <message>
        <source>Saves every rule to a JSON file</source>
        <translation>Speichert alle Regeln in einer JSON-Datei</translation>
    </message>
    <message>
        <source>Adds the console&apos;s starting rules beside yours</source>
        <translation>Fügt die Startregeln der Konsole neben Ihren hinzu</translation>
    </message>
    <message>
        <source>Rules run in this order; a checked rule is on.</source>
        <translation>Regeln laufen in dieser Reihenfolge; eine angehakte Regel ist aktiv.</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Regel speichern</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Aktion entfernen</translation>
    </message>
    <message>
        <source>A short name that says what the rule is for</source>
        <translation>Ein kurzer Name, der sagt, wozu die Regel dient</translation>
    </message>
    <message>
        <source>Ticked: the rule runs</source>
        <translation>Angehakt: die Regel läuft</translation>
    </message>
    <message>
        <source>Rule is on</source>
        <translation>Regel ist an</translation>
    </message>
    <message>
        <source>When the rule runs: on new conversations or on every message</source>
        <translation>Wann die Regel läuft: bei neuen Unterhaltungen oder bei jeder Nachricht</translation>
    </message>
    <message>
        <source>Whether all conditions must hold, any one of them, or none at all</source>
        <translation>Ob alle Bedingungen gelten müssen, eine davon oder gar keine</translation>
    </message>
    <message>
        <source>What a conversation must show; one condition per row</source>
        <translation>Was eine Unterhaltung zeigen muss; eine Bedingung je Zeile</translation>
    </message>
    <message>
        <source>What the rule does, in this order; one action per row</source>
        <translation>Was die Regel tut, in dieser Reihenfolge; eine Aktion je Zeile</translation>
    </message>
    <message>
        <source>Adds an empty condition row</source>
        <translation>Fügt eine leere Bedingungszeile hinzu</translation>
    </message>
    <message>
        <source>Deletes the picked condition row</source>
        <translation>Löscht die gewählte Bedingungszeile</translation>
    </message>
    <message>
        <source>Adds an empty action row</source>
        <translation>Fügt eine leere Aktionszeile hinzu</translation>
    </message>
    <message>
        <source>Deletes the picked action row</source>
        <translation>Löscht die gewählte Aktionszeile</translation>
    </message>
    <message>
        <source>Checks the rule and keeps it</source>
        <translation>Prüft die Regel und speichert sie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Matches when</source>
        <translation>Trifft zu bei</translation>
    </message>
    <message>
        <source>Actions (in order)</source>
        <translation>Aktionen (in Reihenfolge)</translation>
    </message>
    <message>
        <source>Dry run over the last days</source>
        <translation>Testlauf über die letzten Tage</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Dry run this rule</source>
        <translation>Testlauf dieser Regel</translation>
    </message>
    <message>
        <source>Dry run all rules</source>
        <translation>Testlauf aller Regeln</translation>
    </message>
    <message>
        <source>A dry run shows what rules would have done; it changes nothing.</source>
        <translation>Ein Testlauf zeigt, was Regeln getan hätten; er ändert nichts.</translation>
    </message>
    <message>
        <source>Dry run results</source>
        <translation>Ergebnisse des Testlaufs</translation>
    </message>
    <message>
        <source>How many days of past conversations the dry run reads</source>
        <translation>Wie viele Tage vergangener Unterhaltungen der Probelauf liest</translation>
    </message>
    <message>
        <source>Shows what the picked rule would have done; changes nothing</source>
        <translation>Zeigt, was die gewählte Regel getan hätte; ändert nichts</translation>
    </message>
    <message>
        <source>Shows what all rules would have done; changes nothing</source>
        <translation>Zeigt, was alle Regeln getan hätten; ändert nichts</translation>
    </message>
    <message>
        <source>One row per conversation the rules would have touched</source>
        <translation>Eine Zeile je Unterhaltung, die die Regeln berührt hätten</translation>
    </message>
    <message>
        <source>Dry run over the last</source>
        <translation>Testlauf über die letzten</translation>
    </message>
    <message>
        <source>How each team shares new conversations out: only to agents who are signed in and available, up to their capacity of open conversations.</source>
        <translation>Wie jedes Team neue Unterhaltungen verteilt: nur an angemeldete und verfügbare Agenten, bis zu deren Kapazität an offenen Unterhaltungen.</translation>
    </message>
    <message>
        <source>Teams and auto-assignment</source>
        <translation>Teams und automatische Zuweisung</translation>
    </message>
    <message>
        <source>One row per team; pick how it shares new conversations out</source>
        <translation>Eine Zeile je Team; wählen, wie es neue Unterhaltungen verteilt</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Auto-assignment</source>
        <translation>Automatische Zuweisung</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete the rule “{name}”?</source>
        <translation>Regel „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Import routing rules</source>
        <translation>Verteilungsregeln importieren</translation>
    </message>
    <message>
        <source>Replace the current rules with the file&apos;s? (No adds them at the end.)</source>
        <translation>Die aktuellen Regeln durch die der Datei ersetzen? (Nein hängt sie am Ende an.)</translation>
    </message>
    <message>
        <source>Could not read {name}: {value}.</source>
        <translation>{name} konnte nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <source>Imported {n} rules from {name}.</source>
        <translation>{n} Regeln aus {name} importiert.</translation>
    </message>
    <message>
        <source>Export routing rules</source>
        <translation>Verteilungsregeln exportieren</translation>
    </message>
    <message>
        <source>Could not write {name}: {value}.</source>
        <translation>{name} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Exported {n} rules to {path}.</source>
        <translation>{n} Regeln nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Added {n} default rules at the end of the list.</source>
        <translation>{n} Standardregeln am Ende der Liste hinzugefügt.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>The dry run did not run: see the reason above.</source>
        <translation>Der Testlauf wurde nicht ausgeführt: siehe Grund oben.</translation>
    </message>
    <message>
        <source>{what} would act on {rows} of {conversations} conversations ({messages} messages in the last {days} days{more}). Nothing was changed.</source>
        <translation>{what}: Wirkung auf {rows} von {conversations} Unterhaltungen ({messages} Nachrichten in den letzten {days} Tagen{more}). Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Match when this condition is NOT met</source>
        <translation>Zutreffen, wenn diese Bedingung NICHT erfüllt ist</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Show sent</source>
        <translation>Gesendete anzeigen</translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation>Geplante Beiträge</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Cancel item</source>
        <translation>Eintrag stornieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Shows the scheduled posts of one brand account or of all</source>
        <translation>Zeigt die geplanten Beiträge eines Markenkontos oder aller</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Also lists the posts already sent</source>
        <translation>Listet auch die schon gesendeten Beiträge</translation>
    </message>
    <message>
        <source>Posts waiting for their time, earliest first</source>
        <translation>Beiträge, die auf ihre Zeit warten, früheste zuerst</translation>
    </message>
    <message>
        <source>Gives the picked post another time</source>
        <translation>Gibt dem gewählten Beitrag eine andere Zeit</translation>
    </message>
    <message>
        <source>Opens the picked post to change its text</source>
        <translation>Öffnet den gewählten Beitrag, um seinen Text zu ändern</translation>
    </message>
    <message>
        <source>Stops the picked post from going out</source>
        <translation>Verhindert, dass der gewählte Beitrag hinausgeht</translation>
    </message>
    <message>
        <source>Sends a failed post again</source>
        <translation>Sendet einen fehlgeschlagenen Beitrag erneut</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next conversation</source>
        <extracomment>(name, keys, what it does) — the order is the order of the sheet</extracomment>
        <translation>Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Vorige Unterhaltung</translation>
    </message>
    <message>
        <source>Take the next (most urgent) conversation</source>
        <translation>Nächste (dringendste) Unterhaltung übernehmen</translation>
    </message>
    <message>
        <source>Claim the conversation</source>
        <translation>Unterhaltung übernehmen</translation>
    </message>
    <message>
        <source>Assign to a colleague or team…</source>
        <translation>An Kollegin, Kollegen oder Team zuweisen…</translation>
    </message>
    <message>
        <source>Release to the team&apos;s queue</source>
        <translation>In die Warteschlange des Teams zurückgeben</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Add an internal note…</source>
        <translation>Interne Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Show this sheet</source>
        <translation>Diese Übersicht zeigen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the console and what it does; Escape closes</source>
        <translation>Jedes Tastenkürzel der Konsole und was es tut; Escape schließt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Social Console</source>
        <translation>Anmelden — Social Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Social Console&lt;/b&gt;</source>
        <translation>&lt;b&gt;Social Console&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Database: {db_label}</source>
        <translation>Datenbank: {db_label}</translation>
    </message>
    <message>
        <source>Your sign-in name; Tab moves to the password</source>
        <translation>Ihr Anmeldename; Tab geht zum Passwort</translation>
    </message>
    <message>
        <source>Your password; Enter signs in</source>
        <translation>Ihr Passwort; Enter meldet an</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Signed in to your computer with a company (Kerberos) account? Leave the password empty: the database server signs you in with it where IT allows that.</source>
        <translation>Am Computer mit einem Firmenkonto (Kerberos) angemeldet? Lassen Sie das Passwort leer: Der Datenbankserver meldet Sie damit an, wo die IT das erlaubt.</translation>
    </message>
    <message>
        <source>empty: sign in with your computer&apos;s login</source>
        <translation>leer: mit der Anmeldung Ihres Computers anmelden</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps your password in this computer&apos;s keyring and signs you in at the next start. Signing out forgets it.</source>
        <translation>Bewahrt Ihr Passwort im Schlüsselbund dieses Computers auf und meldet Sie beim nächsten Start an. Abmelden vergisst es.</translation>
    </message>
    <message>
        <source>Demo workspace — every demo employee&apos;s password is “{demo_password}”. Double-click a person to sign in as them:</source>
        <translation>Demo-Arbeitsbereich — das Passwort jeder Demo-Person ist „{demo_password}“. Doppelklicken Sie auf eine Person, um sich als sie anzumelden:</translation>
    </message>
    <message>
        <source>Demo employees</source>
        <translation>Demo-Personen</translation>
    </message>
    <message>
        <source>Double-click a person to sign in as them</source>
        <translation>Doppelklick auf eine Person meldet Sie als sie an</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signs in with this name and password (Enter)</source>
        <translation>Meldet mit diesem Namen und Passwort an (Enter)</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split a message off</source>
        <translation>Nachricht abtrennen</translation>
    </message>
    <message>
        <source>Choose the message that starts another matter. It moves to a new conversation together with its later replies (the messages answering it); the rest stays here. Tags are copied; internal notes stay here.</source>
        <translation>Wählen Sie die Nachricht, mit der ein anderes Anliegen beginnt. Sie kommt mit ihren späteren Antworten (den Nachrichten, die auf sie antworten) in eine neue Unterhaltung; der Rest bleibt hier. Schlagwörter werden kopiert; interne Notizen bleiben hier.</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Abtrennen</translation>
    </message>
    <message>
        <source>A conversation with a single message cannot be split: there is nothing to leave behind.</source>
        <translation>Eine Unterhaltung mit nur einer Nachricht kann nicht geteilt werden: Es bliebe nichts zurück.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Draft a statement</source>
        <extracomment>how often the timeline is fetched, and the lists at most conversations listed under each phrase (the count says how many there are in all)</extracomment>
        <translation>Erklärung entwerfen</translation>
    </message>
    <message>
        <source>e.g. Holding statement: Bolt charger</source>
        <translation>z. B. Überbrückungserklärung: Bolt-Ladegerät</translation>
    </message>
    <message>
        <source>What the brand says, in its own words.</source>
        <translation>Was die Marke sagt, in ihren eigenen Worten.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Publish from</source>
        <translation>Veröffentlichen von</translation>
    </message>
    <message>
        <source>It is approved in two steps: a PR lead, then an executive or legal approver. Once approved it goes out from every account ticked, and agents are offered it first in their composer.</source>
        <translation>Die Freigabe erfolgt in zwei Schritten: erst durch eine PR-Leitung, dann durch eine Person aus Geschäftsleitung oder Rechtsabteilung. Nach der Freigabe wird sie von jedem angehakten Konto veröffentlicht, und den Agenten wird sie in ihrem Editor zuerst angeboten.</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <source>Posted</source>
        <translation>Gepostet</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
</context>
<context>
    <name>TakeNextButton</name>
    <message>
        <source>Take next  (T)</source>
        <extracomment>a conversation was taken: (its id, the sentence to show) nothing was taken: the reason in words</extracomment>
        <translation>Nächste übernehmen  (T)</translation>
    </message>
    <message>
        <source>Take the most urgent unassigned conversation of your team queues (SLA first, then priority, then the longest waiting).</source>
        <translation>Die dringendste nicht zugewiesene Unterhaltung Ihrer Team-Warteschlangen übernehmen (zuerst SLA, dann Priorität, dann die am längsten wartende).</translation>
    </message>
    <message>
        <source>Take next conversation</source>
        <translation>Nächste Unterhaltung übernehmen</translation>
    </message>
</context>
<context>
    <name>VocDialog</name>
    <message>
        <source>Voice of the customer — feature requests and bug reports</source>
        <translation>Stimme des Kunden — Funktionswünsche und Fehlermeldungen</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Days to look back</source>
        <translation>Tage zurück</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Voice of the customer topics</source>
        <translation>Themen der Kundenstimme</translation>
    </message>
    <message>
        <source>Choose a topic to see the conversations behind it.</source>
        <translation>Wählen Sie ein Thema, um die Unterhaltungen dahinter zu sehen.</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Conversations behind the chosen topic</source>
        <translation>Unterhaltungen zum gewählten Thema</translation>
    </message>
    <message>
        <source>How many days of conversations the topics are counted over</source>
        <translation>Über wie viele Tage Unterhaltungen die Themen gezählt werden</translation>
    </message>
    <message>
        <source>Counts the topics again</source>
        <translation>Zählt die Themen neu</translation>
    </message>
    <message>
        <source>Saves the topics as a CSV file</source>
        <translation>Speichert die Themen als CSV-Datei</translation>
    </message>
    <message>
        <source>What customers talk about, most often first; pick one to see why</source>
        <translation>Worüber Kunden sprechen, häufigstes zuerst; eines wählen, um den Grund zu sehen</translation>
    </message>
    <message>
        <source>Opens the picked conversation in the inbox</source>
        <translation>Öffnet die gewählte Unterhaltung im Posteingang</translation>
    </message>
    <message>
        <source>Conversations about the picked topic; Enter opens one</source>
        <translation>Unterhaltungen zum gewählten Thema; Enter öffnet eine</translation>
    </message>
    <message>
        <source>Grouping feature requests and bug reports…</source>
        <translation>Funktionswünsche und Fehlermeldungen werden gruppiert…</translation>
    </message>
    <message>
        <source>{messages} feature requests and bug reports in the last {days} days, in {topics} topics.</source>
        <translation>{messages} Funktionswünsche und Fehlermeldungen in den letzten {days} Tagen, in {topics} Themen.</translation>
    </message>
    <message>
        <source>“{topic}”: {n} {value} behind it</source>
        <translation>„{topic}“: {n} {value} dazu</translation>
    </message>
    <message>
        <source> — double-click one to open it in the inbox.</source>
        <translation> — Doppelklicken Sie auf eine, um sie im Posteingang zu öffnen.</translation>
    </message>
    <message>
        <source>Conversation {cid}</source>
        <translation>Unterhaltung {cid}</translation>
    </message>
    <message>
        <source>Export the voice of the customer</source>
        <translation>Stimme des Kunden exportieren</translation>
    </message>
    <message>
        <source>Could not write {name}: {value}.</source>
        <translation>{name} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Exported {topics} topics to {path}.</source>
        <translation>{topics} Themen nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>New crisis watch</source>
        <translation>Neue Krisenbeobachtung</translation>
    </message>
    <message>
        <source>Edit watch “{name}”</source>
        <translation>Beobachtung „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>a word or phrase, or /a pattern/ (empty: every message)</source>
        <translation>ein Wort oder eine Wendung, oder /ein Muster/ (leer: jede Nachricht)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Jedes Thema</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>WatchListDialog</name>
    <message>
        <source>Crisis watches</source>
        <translation>Krisenbeobachtungen</translation>
    </message>
    <message>
        <source>Loading the watches…</source>
        <translation>Beobachtungen werden geladen…</translation>
    </message>
    <message>
        <source>&amp;New watch…</source>
        <translation>&amp;Neue Beobachtung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>What the crisis detector watches, and how much each counted</source>
        <translation>Worauf der Krisendetektor achtet und wie viel jede Beobachtung gezählt hat</translation>
    </message>
    <message>
        <source>Adds a watch: a keyword or hashtag and its thresholds</source>
        <translation>Fügt eine Beobachtung hinzu: ein Stichwort oder Hashtag und seine Schwellen</translation>
    </message>
    <message>
        <source>Changes the picked watch</source>
        <translation>Ändert die gewählte Beobachtung</translation>
    </message>
    <message>
        <source>Pauses or resumes the picked watch</source>
        <translation>Pausiert die gewählte Beobachtung oder setzt sie fort</translation>
    </message>
    <message>
        <source>Deletes the picked watch; you are asked first</source>
        <translation>Löscht die gewählte Beobachtung; vorher wird nachgefragt</translation>
    </message>
    <message>
        <source>No watches yet. Add one to be alerted when mentions, or negative or positive messages, rise above their usual level.</source>
        <translation>Noch keine Beobachtungen. Legen Sie eine an, um gewarnt zu werden, wenn Erwähnungen oder negative oder positive Nachrichten über ihr übliches Maß steigen.</translation>
    </message>
    <message>
        <source>, {paused} paused</source>
        <translation>, {paused} angehalten</translation>
    </message>
    <message>
        <source>. Each compares its window with the usual traffic for that hour and day.</source>
        <translation>. Jede vergleicht ihr Zeitfenster mit dem üblichen Aufkommen zu dieser Stunde und an diesem Tag.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Delete the watch “{name}”? Its {alerts} stay in the crisis room; it stops watching now.</source>
        <translation>Die Beobachtung „{name}“ löschen? Ihre {alerts} bleiben im Krisenraum; sie beobachtet ab sofort nicht mehr.</translation>
    </message>
</context>
<context>
    <name>WatchesModel</name>
    <message>
        <source>Watch</source>
        <extracomment>column titles, translated when shown (lupdate reads them here)</extracomment>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Heard (24 h)</source>
        <translation>Gehört (24 h)</translation>
    </message>
    <message>
        <source>Mood (24 h)</source>
        <translation>Stimmung (24 h)</translation>
    </message>
    <message>
        <source>Read budget</source>
        <translation>Lesebudget</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Last read failed: {error}</source>
        <translation>Letztes Lesen fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Waiting for the first read</source>
        <translation>Wartet auf das erste Lesen</translation>
    </message>
    <message>
        <source>Read at {when}</source>
        <translation>Gelesen um {when}</translation>
    </message>
    <message>
        <source>no calls while paused</source>
        <translation>keine Abrufe, solange angehalten</translation>
    </message>
</context>
<context>
    <name>ui.accounts.accounts</name>
    <message>
        <source>A&amp;ccounts</source>
        <translation>K&amp;onten</translation>
    </message>
</context>
<context>
    <name>ui.admin.learning_settings</name>
    <message>
        <source>On: every correction an agent or lead makes (mood or intent set by hand, a hand-off to another team, a complaint tag) teaches this workspace&apos;s model, which the sync worker retrains in the background; routing uses its verdict where it is confident and the message&apos;s reasons say so.
Off: routing uses the shipped classifiers only, and the trained model is dropped. Corrections are still kept, so switching on again learns from all of them.</source>
        <translation>Ein: Jede Korrektur, die ein Agent oder eine Teamleitung vornimmt (Stimmung oder Absicht von Hand gesetzt, Übergabe an ein anderes Team, ein Beschwerde-Schlagwort), fließt in das Modell dieses Arbeitsbereichs ein, das der Synchronisierungsdienst im Hintergrund neu trainiert; das Routing nutzt dessen Urteil, wo es sich sicher ist, und die Begründungen der Nachricht weisen darauf hin.
Aus: Das Routing verwendet nur die mitgelieferten Klassifikatoren, und das trainierte Modell wird verworfen. Die Korrekturen bleiben dennoch erhalten, sodass beim erneuten Einschalten aus allen gelernt wird.</translation>
    </message>
    <message>
        <source>{corrections} kept.</source>
        <translation>{corrections} gespeichert.</translation>
    </message>
    <message>
        <source>Learning is off. {kept}</source>
        <translation>Das Lernen ist ausgeschaltet. {kept}</translation>
    </message>
    <message>
        <source>{kept} No model trained yet: the sync worker trains one after a correction.</source>
        <translation>{kept} Noch kein Modell trainiert: Der Synchronisierungsdienst trainiert eines nach einer Korrektur.</translation>
    </message>
    <message>
        <source>{kept} Model trained on {labels} at {when}.</source>
        <translation>{kept} Modell am {when} mit {labels} trainiert.</translation>
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
        <translation>Synchronisierung: keine auf diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>Sync: {error}</source>
        <translation>Synchronisierung: {error}</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>Synchronisierung: startet…</translation>
    </message>
    <message>
        <source>Sync: live (demo network, {messages} received)</source>
        <translation>Synchronisierung: live (Demo-Netzwerk, {messages} empfangen)</translation>
    </message>
</context>
<context>
    <name>ui.crisis.crisis_ui</name>
    <message>
        <source>Reason (for the audit trail):</source>
        <translation>Grund (für das Prüfprotokoll):</translation>
    </message>
    <message>
        <source>Open crisis room</source>
        <extracomment>set by the app when the demo network runs here (the &quot;raise a surge&quot; menu item)</extracomment>
        <translation>Krisenraum öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Opens the crisis room for this alert: timeline, statements</source>
        <translation>Öffnet den Krisenraum für diesen Alarm: Zeitleiste, Stellungnahmen</translation>
    </message>
    <message>
        <source>Hides this alert; the crisis room stays in the Crisis menu</source>
        <translation>Blendet diesen Alarm aus; der Krisenraum bleibt im Menü Krise</translation>
    </message>
    <message>
        <source>&amp;Crisis</source>
        <translation type="vanished">K&amp;rise</translation>
    </message>
    <message>
        <source>&amp;Declare crisis…</source>
        <translation>Krise &amp;ausrufen…</translation>
    </message>
    <message>
        <source>&amp;End crisis…</source>
        <translation>Krise &amp;beenden…</translation>
    </message>
    <message>
        <source>Open crisis &amp;room</source>
        <translation>Krisen&amp;raum öffnen</translation>
    </message>
    <message>
        <source>&amp;Watches…</source>
        <translation>Beobachtun&amp;gen…</translation>
    </message>
    <message>
        <source>Watch “{name}” saved; it counts from now on.</source>
        <translation>Beobachtung „{name}“ gespeichert; sie zählt ab jetzt.</translation>
    </message>
    <message>
        <source>New &amp;watch…</source>
        <translation type="vanished">Neue &amp;Beobachtung…</translation>
    </message>
    <message>
        <source>Cr&amp;isis</source>
        <translation>K&amp;rise</translation>
    </message>
    <message>
        <source>Demo: raise a &amp;surge</source>
        <translation>Demo: Ans&amp;turm auslösen</translation>
    </message>
    <message>
        <source>The crisis room is for those with crisis control (PR).</source>
        <translation>Der Krisenraum ist für Personen mit Krisensteuerung (PR).</translation>
    </message>
    <message>
        <source>No crisis was declared: {describe_error}</source>
        <translation>Keine Krise ausgerufen: {describe_error}</translation>
    </message>
    <message>
        <source>{declared_by} had just declared “{name}”: you are in it.</source>
        <translation>{declared_by} hat gerade „{name}“ ausgerufen: Sie sind dabei.</translation>
    </message>
    <message>
        <source>Crisis declared: {name}. Publishing is paused.</source>
        <translation>Krise ausgerufen: {name}. Veröffentlichen ist angehalten.</translation>
    </message>
    <message>
        <source>The crisis “{name}” has ended; every setting is restored.</source>
        <translation>Die Krise „{name}“ ist beendet; alle Einstellungen sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>Watch “{values}” saved; it counts from now on.</source>
        <translation type="vanished">Beobachtung „{values}“ gespeichert; sie zählt ab jetzt.</translation>
    </message>
    <message>
        <source>The demo network is not running on this workstation.</source>
        <translation>Das Demo-Netzwerk läuft auf diesem Arbeitsplatz nicht.</translation>
    </message>
    <message>
        <source>Demo surge: {rate:.0f} extra messages a second for 10 minutes, {when}, mostly angry about a burning charger. An alert follows within a minute of its start.</source>
        <translation>Demo-Ansturm: {rate:.0f} zusätzliche Nachrichten pro Sekunde für 10 Minuten, {when}, meist verärgert über ein brennendes Ladegerät. Ein Alarm folgt innerhalb einer Minute nach Beginn.</translation>
    </message>
</context>
<context>
    <name>ui.crisis.room</name>
    <message>
        <source>Save the post-mortem in</source>
        <translation>Post-Mortem speichern in</translation>
    </message>
</context>
<context>
    <name>ui.crisis.watch_list</name>
    <message>
        <source>Delete watch</source>
        <extracomment>asks &quot;Delete the watch …?&quot;; a test answers it without a modal box</extracomment>
        <translation>Beobachtung löschen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
</context>
<context>
    <name>ui.inbox.correction</name>
    <message>
        <source>not classified</source>
        <translation>nicht eingeordnet</translation>
    </message>
</context>
<context>
    <name>ui.inbox.inbox_texts</name>
    <message>
        <source>No conversation is open.

Pick one in the list to read the thread and reply, or press T (Take next) to take the most urgent one waiting in your queues.</source>
        <translation>Keine Unterhaltung ist geöffnet.

Wählen Sie eine in der Liste, um den Verlauf zu lesen und zu antworten, oder drücken Sie T (Nächste übernehmen), um die dringendste wartende aus Ihren Warteschlangen zu übernehmen.</translation>
    </message>
    <message>
        <source>My queue</source>
        <extracomment>the views&apos; names as the window shows them (app.inbox.views.View.title is the English)</extracomment>
        <translation>Meine Warteschlange</translation>
    </message>
    <message>
        <source>My teams</source>
        <translation>Meine Teams</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All I can see</source>
        <translation>Alles Sichtbare</translation>
    </message>
    <message>
        <source>My queue holds the conversations assigned to you.</source>
        <translation>Meine Warteschlange enthält die Ihnen zugewiesenen Unterhaltungen.</translation>
    </message>
    <message>
        <source>My teams holds the conversations in your teams&apos; queues.</source>
        <translation>Meine Teams enthält die Unterhaltungen in den Warteschlangen Ihrer Teams.</translation>
    </message>
    <message>
        <source>Unassigned holds the conversations of your scope that nobody has taken.</source>
        <translation>Nicht zugewiesen enthält die Unterhaltungen Ihres Bereichs, die niemand übernommen hat.</translation>
    </message>
    <message>
        <source>All I can see holds every conversation your role lets you read.</source>
        <translation>Alles Sichtbare enthält jede Unterhaltung, die Ihre Rolle Sie lesen lässt.</translation>
    </message>
    <message>
        <source>Nothing is assigned to you right now. Press T (Take next) for the most urgent waiting conversation.</source>
        <translation>Ihnen ist gerade nichts zugewiesen. Drücken Sie T (Nächste übernehmen) für die dringendste wartende Unterhaltung.</translation>
    </message>
    <message>
        <source>Your teams&apos; queues are empty.</source>
        <translation>Die Warteschlangen Ihrer Teams sind leer.</translation>
    </message>
    <message>
        <source>Nobody is waiting: every conversation has someone on it.</source>
        <translation>Niemand wartet: Jede Unterhaltung hat jemanden, der sich kümmert.</translation>
    </message>
    <message>
        <source>There are no conversations yet; they arrive as the brand accounts sync.</source>
        <translation>Es gibt noch keine Unterhaltungen; sie kommen, sobald die Markenkonten synchronisieren.</translation>
    </message>
    <message>
        <source>{n}+ conversations</source>
        <translation>{n}+ Unterhaltungen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>status: {statuses}</source>
        <translation>Status: {statuses}</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>one account</source>
        <translation>ein Konto</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>priority: {level}</source>
        <translation>Priorität: {level}</translation>
    </message>
    <message>
        <source>Your roles let you read only conversations assigned to you, and none is.
Ask IT for a role that reads a team&apos;s inbox if your work needs it.</source>
        <extracomment>said instead when the person&apos;s roles read no queue at all (IT, for example)</extracomment>
        <translation>Ihre Rollen erlauben Ihnen nur, Ihnen zugewiesene Unterhaltungen zu lesen, und Ihnen ist keine zugewiesen.
Bitten Sie die IT um eine Rolle mit Lesezugriff auf den Posteingang eines Teams, falls Ihre Arbeit das erfordert.</translation>
    </message>
    <message>
        <source>No conversation matches ‘{search}’ in {view}.
Search looks at message text and at the customer&apos;s name and handle.</source>
        <translation>Keine Unterhaltung passt zu ‘{search}’ in {view}.
Die Suche prüft den Nachrichtentext sowie Namen und @Namen des Kunden.</translation>
    </message>
    <message>
        <source>The saved view ‘{view}’ holds what its filters choose.</source>
        <translation>Die gespeicherte Ansicht ‘{view}’ enthält, was ihre Filter auswählen.</translation>
    </message>
    <message>
        <source>{holds}
None match the filters ({filters}). Clear the filters to see more.</source>
        <translation>{holds}
Keine passt zu den Filtern ({filters}). Setzen Sie die Filter zurück, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>None right now.</source>
        <translation>Gerade keine.</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nichts offen</translation>
    </message>
    <message>
        <source>{open} open · {unread} unread</source>
        <translation>{open} offen · {unread} ungelesen</translation>
    </message>
</context>
<context>
    <name>ui.listening.menu</name>
    <message>
        <source>&amp;Listening</source>
        <translation>&amp;Zuhören</translation>
    </message>
    <message>
        <source>&amp;Listening view…</source>
        <translation>&amp;Social-Listening-Ansicht…</translation>
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
        <translation>&amp;Beiträge und Experimente…</translation>
    </message>
</context>
<context>
    <name>ui.publishing.approvals</name>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>What should {author} change? (they will see this)</source>
        <translation>Was soll {author} ändern? (wird angezeigt)</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>der Autor</translation>
    </message>
</context>
<context>
    <name>ui.publishing.composer</name>
    <message>
        <source>Attach an image</source>
        <extracomment>the picker&apos;s last entry opens the canned replies manager the reply box grows with its text up to this many lines, then scrolls and is this many lines tall when empty returns (path, alt text) of an image to attach, or None</extracomment>
        <translation>Bild anhängen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Describe {name} for people who cannot see it (required):</source>
        <translation>Beschreiben Sie {name} für Menschen, die es nicht sehen können (Pflicht):</translation>
    </message>
</context>
<context>
    <name>ui.publishing.publishing_ui</name>
    <message>
        <source>Reason (everyone will see it):</source>
        <translation>Grund (alle werden ihn sehen):</translation>
    </message>
    <message>
        <source>Pause one account</source>
        <translation>Ein Konto anhalten</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>the approvals dock&apos;s height when it opens (the person may drag it taller)</extracomment>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>V&amp;eröffentlichen</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;Neuer Beitrag…</translation>
    </message>
    <message>
        <source>New post to &amp;several accounts…</source>
        <translation>Neuer Beitrag für &amp;mehrere Konten…</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Canned replies…</source>
        <translation>&amp;Textbausteine…</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>Pause &amp;one account…</source>
        <translation>Ein K&amp;onto anhalten…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="vanished">&amp;Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Pause all publishing…</source>
        <translation>Alles Veröffentlichen &amp;anhalten…</translation>
    </message>
    <message>
        <source>Pause one &amp;account…</source>
        <translation type="vanished">Ein &amp;Konto anhalten…</translation>
    </message>
    <message>
        <source>&amp;Resume publishing</source>
        <translation>Veröffentlichen fort&amp;setzen</translation>
    </message>
    <message>
        <source>Publishing was not paused: give a reason everyone can read.</source>
        <translation>Veröffentlichen wurde nicht angehalten: Geben Sie einen Grund an, den alle lesen können.</translation>
    </message>
    <message>
        <source>Publishing is not paused.</source>
        <translation>Veröffentlichen ist nicht angehalten.</translation>
    </message>
    <message>
        <source>Publishing was not resumed: give a reason for the record.</source>
        <translation>Veröffentlichen wurde nicht fortgesetzt: Geben Sie einen Grund für das Protokoll an.</translation>
    </message>
</context>
<context>
    <name>ui.publishing.schedule</name>
    <message>
        <source>Move to</source>
        <translation>Verschieben auf</translation>
    </message>
    <message>
        <source>Send at (your local time):</source>
        <translation>Senden am (Ihre Ortszeit):</translation>
    </message>
</context>
<context>
    <name>ui.reports.conversation_pdf</name>
    <message>
        <source>Conversation {doc}</source>
        <translation>Unterhaltung {doc}</translation>
    </message>
</context>
<context>
    <name>ui.reports.menu</name>
    <message>
        <source>Re&amp;ports</source>
        <translation type="vanished">&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Berichte…</translation>
    </message>
    <message>
        <source>Export this &amp;conversation (PDF, JSON)…</source>
        <translation>Diese &amp;Unterhaltung exportieren (PDF, JSON)…</translation>
    </message>
    <message>
        <source>Export a conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Open a conversation in the inbox first.</source>
        <translation>Öffnen Sie zuerst eine Unterhaltung im Posteingang.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
</context>
<context>
    <name>ui.widgets.accessible</name>
    <message>
        <source>Keeps what you entered and closes this window</source>
        <translation>Übernimmt Ihre Eingaben und schließt dieses Fenster</translation>
    </message>
    <message>
        <source>Keeps what you entered; the window stays open</source>
        <translation>Übernimmt Ihre Eingaben; das Fenster bleibt offen</translation>
    </message>
    <message>
        <source>Closes this window without keeping any change (Escape)</source>
        <translation>Schließt dieses Fenster, ohne Änderungen zu übernehmen (Escape)</translation>
    </message>
    <message>
        <source>Closes this window (Escape)</source>
        <translation>Schließt dieses Fenster (Escape)</translation>
    </message>
    <message>
        <source>Closes this window and drops what you entered</source>
        <translation>Schließt dieses Fenster und verwirft Ihre Eingaben</translation>
    </message>
    <message>
        <source>Answers yes</source>
        <translation>Antwortet mit Ja</translation>
    </message>
    <message>
        <source>Answers no</source>
        <translation>Antwortet mit Nein</translation>
    </message>
    <message>
        <source>Puts back the values this window opened with</source>
        <translation>Stellt die Werte wieder her, mit denen dieses Fenster geöffnet wurde</translation>
    </message>
    <message>
        <source>Puts back the console&apos;s default values</source>
        <translation>Stellt die Standardwerte der Konsole wieder her</translation>
    </message>
    <message>
        <source>Shows help about this window</source>
        <translation>Zeigt Hilfe zu diesem Fenster</translation>
    </message>
    <message>
        <source>Pages of this window; Ctrl+Tab moves to the next page</source>
        <translation>Seiten dieses Fensters; Strg+Tab geht zur nächsten Seite</translation>
    </message>
    <message>
        <source>Tabs; the Left and Right arrow keys move between them</source>
        <translation>Reiter; die Pfeiltasten links und rechts wechseln zwischen ihnen</translation>
    </message>
    <message>
        <source>Shows the tabs hidden on the left</source>
        <translation>Zeigt die links verborgenen Reiter</translation>
    </message>
    <message>
        <source>Shows the tabs hidden on the right</source>
        <translation>Zeigt die rechts verborgenen Reiter</translation>
    </message>
</context>
<context>
    <name>ui.widgets.keys</name>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
</context>
</TS>
