<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsController</name>
    <message>
        <source>&amp;Accounts…</source>
        <extracomment>asks the person to confirm a disconnect (tests answer it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting {handle}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Checking this computer&apos;s keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connected brand account: network, handle, who syncs it and its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects another brand account through its network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the picked account in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnects the picked account; you are asked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the accounts and their health again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <extracomment>(kind, args) — e.g. (&quot;claim&quot;, {}), (&quot;status&quot;, {&quot;status&quot;: &quot;resolved&quot;})</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this conversation (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to a colleague or hand it to a team (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it back to the team&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an internal note (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, pending or resolved; choosing one changes the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How urgent this conversation is; choosing one changes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it; -tag removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add tag, -tag removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with another conversation, split a message off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge another conversation into this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split a message off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(loading colleagues…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a colleague</source>
        <extracomment>for @-completion in notes: colleagues by user name, teams by name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand off to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>People and permissions — Social Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can do what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who may sign in; the buttons above act on the picked person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a person who may sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the picked person signing in; their work stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the picked person sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the picked person a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the picked person a role, for a team or everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a role away from the picked person at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the picked person in a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the picked person out of a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a team with its own inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team, its department and how many people are in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a role to see and change its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: the picked role may do this ({permission}); saved by Save permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the ticked permissions for the picked role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a role, a named set of permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles that hold for one brand account only, one row each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles given for one brand account only (e.g. marketing may post on @acme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives a person a role on one brand account only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes away the picked account role at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active people × permissions: where each person may do each thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per active person, one column per permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one kind of event only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what one person did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows events whose detail holds this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days back; 0 for any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the events that match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the events shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of consequence, newest first; no one can alter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this person types to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name colleagues see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where notifications are sent; may stay empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team whose inbox this person works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this person may do; more roles can be granted later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first password; this person can change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again, to catch a typing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account grant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {description} (a default role: read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {audit_rows} events to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmplifyDialog</name>
    <message>
        <source>Amplify the customer&apos;s praise</source>
        <extracomment>the outbox item id once it is queued for approval</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the customer&apos;s post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote post, with the brand&apos;s words above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the brand says above the quoted post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amplifying always waits for an approver: the brand&apos;s voice is marketing&apos;s call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s post cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@{customer} wrote to @{account} on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not marked as praise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{boost_word} it as @{account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {what} is waiting for approval (item {item_id}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Items waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies and posts waiting for your approval; pick one to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full text of the item picked above, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the picked item go out as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the picked item to correct it, then approves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the picked item back with your reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the waiting items again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve all {together} posts of the set</source>
        <extracomment>the author does not hold the conversation they replied in: the approver is told</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all {together}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals ({rows})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a comment for the author; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityControl</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy (no new work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversations are assigned only to people who are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are now {state}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>Notifications: {n} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the notification centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>+{n} more</source>
        <extracomment>chip colours by status (ui/theme roles status.KIND.bg / .fg): waiting (amber), queued (blue), sent (green), problems (red); the stripe is the network&apos;s role (network.NAME) (item id, new local time): a chip was dropped elsewhere a chip that cannot move was dragged: why, in words &quot;New post&quot; on a slot: its local start time the chips were placed again (the week&apos;s DayHeader repaints its counts)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · campaign: {campaign}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
by {author}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <source>Publishing calendar</source>
        <extracomment>(console, parent, local start time) → the composer for several accounts a load finished (tests and the benchmark wait on it): number of posts shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled and sent posts by day and hour; the arrow keys pick a time slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the week or month of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one week, hour by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a whole month, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the posts of one brand account, or of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the posts of one campaign, or of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a post for the picked time slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber: awaiting approval · blue: scheduled · green: sent · red: failed · hatched: no posts yet. Drag a post to move it; double-click a slot for a new post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post at {when}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@{account}&apos;s post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was not moved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It stays approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} moved to {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{posts} {span}: {waiting} awaiting approval, {sent} sent · {days} with no posts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts match these filters here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned here yet: double-click a slot or use New post…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <source>Canned replies — Social Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and texts…</source>
        <extracomment>the scopes this person may create in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {customer_name}, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the canned replies whose title or text holds these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your canned replies and your teams&apos;; pick one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the reply picker shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you, your team, or everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team that may use it, when it is for a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply; variables in braces are filled in when used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the picked canned reply; you are asked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned reply matches “{strip}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned replies yet: write one on the right and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can use this reply but not change it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe_error} Nothing was saved; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”? Colleagues who use it will no longer find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <source>Agents&apos; capacity — Social Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <source>Agents and their capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each agent of your teams and the most open conversations auto-assignment gives them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-assignment gives an available agent new conversations until their open ones reach this number. Double-click a capacity to change it; 0 means none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} whose capacity you may set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody whose capacity you may set: a team lead sets their team&apos;s, IT anyone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capacity is a whole number of conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe_error} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} now gets at most {plural} from auto-assignment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentreInstall</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies this chart&apos;s table for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves this chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves this chart as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Chart: {title}</source>
        <extracomment>axis steps for durations, in seconds: minutes, quarter hours, hours, days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same figures are in the table beside the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Post as brand account</source>
        <extracomment>what this person writes here waits for an approver (their role, or the team&apos;s rule) colleagues and teams for @-completion the guardrails that apply to this person here (app/publishing/guardrails.py) &quot;Manage canned replies…&quot; chosen in the picker (the publishing UI opens the manager)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned reply; its {variables} are filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply as the brand… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a post as the brand… (Ctrl+Enter submits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be sent as:</source>
        <extracomment>@names flagged as unknown at the last submit (a second submit sends as written)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: exactly what will be sent, as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand account this message goes out from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the brand says; Ctrl+Enter sends, the count below shows what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images that go out with this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an image from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the picked image off this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: the message waits until the time beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the message goes out; the arrow keys change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the message, or queues it for approval where your role needs it (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the permission to post as the brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding statement: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this conversation but not reply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the permission to post as @{handle}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert canned reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage canned replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lead approves it before it is sent (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rejected_comment} — edit and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back by the approver: {rejected_comment} — edit and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@{handle} needs reconnecting: you can write and submit, but nothing goes out until IT reconnects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the brand account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time is in the past; choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be added (required): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} / {limit} {unit} on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (signature “{signature}” included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {over} too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image: {name} — alt: {alt}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} takes {images} at most here; the image was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The image was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {describe_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was queued; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Correct it, or send again to send it as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe_error} Nothing was queued; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Reconnect account</source>
        <extracomment>account state → colour role (ui/theme)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social network of the account to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the network&apos;s sign-in in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops connecting and closes this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Select a conversation</source>
        <extracomment>replies submitted but not yet sent (waiting for approval, held, rejected) the classifier&apos;s intent of the conversation (praise offers &quot;Amplify…&quot;) how the thread names an item waiting to go out a conversation other than the shown one was asked for (customer panel) the person asked to reply (R): the composer, where installed, listens the shown conversation left the person&apos;s scope (handed off): the pane closed it &quot;Amplify…&quot; on a praise conversation: the main window opens the dialog conversations this person handed off → the sentence shown if they are out of sight &quot;Assign…&quot; to another team, queued but not yet written set when the window closes: answers arriving later are dropped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of the open conversation, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages and internal notes of the selected conversation appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amplify…</source>
        <extracomment>finished merges and splits (tests wait on it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost or quote this praise as the brand (it waits for an approver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer} (@{customer_handle}) → @{account} on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · high priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · URGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} · Team: {team} · Assignee: {assignee} · {messages} · {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has left your inbox: the receiving team has it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged the customer&apos;s other conversation into this one: {messages} and {notes} moved, tags and history kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split {messages} off into a new conversation: open it from the customer&apos;s history below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSettingsTab</name>
    <message>
        <source>One open conversation per customer and channel</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: a customer&apos;s new message joins their open conversation; saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: new messages join the customer&apos;s open conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: every new thread opens its own conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyTable</name>
    <message>
        <source>The figures as a table; Ctrl+C copies the picked rows or all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionBar</name>
    <message>
        <source>Correct…</source>
        <extracomment>a correction was stored for this conversation (the pane reloads) finished loads and corrections (tests wait on them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the mood or intent yourself: the conversation changes now, and the team&apos;s model learns from it for the next similar message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and intent unavailable</source>
        <extracomment>(field, value) → the menu&apos;s action, for keyboard users and tests</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: {mood} · Intent: {intent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classifier evidence was stored for this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%Ln reply not sent yet</numerusform>
            <numerusform>%Ln replies not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) not sent yet</source>
        <translation>
            <numerusform>%Ln item not sent yet</numerusform>
            <numerusform>%Ln items not sent yet</numerusform>
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
            <numerusform>%Ln profile</numerusform>
            <numerusform>%Ln profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follower(s)</source>
        <translation>
            <numerusform>%Ln follower</numerusform>
            <numerusform>%Ln followers</numerusform>
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
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln statement</numerusform>
            <numerusform>%Ln statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>%Ln update</numerusform>
            <numerusform>%Ln updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread notification(s)</source>
        <translation>
            <numerusform>%Ln unread notification</numerusform>
            <numerusform>%Ln unread notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln watch(es)</source>
        <translation>
            <numerusform>%Ln watch</numerusform>
            <numerusform>%Ln watches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past alert(s)</source>
        <translation>
            <numerusform>%Ln past alert</numerusform>
            <numerusform>%Ln past alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
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
            <numerusform>%Ln rule</numerusform>
            <numerusform>%Ln rules</numerusform>
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
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisRoom</name>
    <message>
        <source>Crisis room</source>
        <extracomment>the room asks the main window to end the crisis (it owns the confirmation)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export post-mortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase / customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve selected statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related conversations, statements and the decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations that match the crisis; Enter opens one in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding statements, drafted and approved, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision taken in this crisis, with who and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves the picked statement for publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a holding statement for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the crisis timeline and decisions as files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the crisis and restores every setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declares a crisis: publishing pauses, PR leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crisis declared. The timeline shows the last two hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis: {name} — declared by {declared_by} at {astimezone:%H:%M}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis “{name}” ended by {ended_by} at {astimezone:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis “{name}” ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest alert: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related conversations ({n:,}{more})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a crisis to gather the related conversations here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches the crisis yet: crisis routing marks them as they come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{conversations} in {groups}, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {n} conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statements yet: “Draft statement…” writes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision log ({decisions})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may post from no brand account, so you cannot draft a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement “{title}” drafted: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the statement to approve first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement “{title}”: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post-mortem was not saved: {describe_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem saved: {name} and two CSV files in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPanelWidget</name>
    <message>
        <source>Customer picture</source>
        <extracomment>a past conversation was chosen (double click or Enter) something about the customer changed here (note, link): the pane reloads finished avatar loads (tests wait on it) finished actions (tests wait on it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a profile on another network: the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separates a linked profile: not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s earlier conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What colleagues wrote about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what colleagues should know about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected note (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer history and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s earlier conversations and notes; Ctrl+Tab switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation to see who wrote and their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History ({conversations})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (newest {n} of {conversations})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes ({notes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation of this person is in your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. Add what colleagues should know about this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes about this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer the same person:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Key figures, charts and tables for the period; Tab moves through them</source>
        <extracomment>(title, attribute, unit, lower is better)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy table</source>
        <extracomment>what a team or agent table says when it has no row: still reading, or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the table below for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({length} days, {timezone}) · scope: {scope} · filters: {filters}.{as_of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations in this period for your scope and filters. Try a longer period or fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>No posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <source>Declare crisis</source>
        <extracomment>an alert older than this no longer shows in the banner (it stays in the room)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bolt charger overheating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now: what you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words that mark related conversations, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one step: publishing is paused (a pause already in place stays), every reply and post needs PR&apos;s approval, conversations matching the keywords go to PR as well, and approved holding statements are offered first to agents. Ending the crisis puts every setting back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and approve — @{account} ({network})</source>
        <extracomment>(parent, row) → the edited text, or None when the approver cancels (parent, row) → the comment for the author, or None when cancelled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to: {in_reply_to}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Open and pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <extracomment>the filter changed (the view is kept by the window)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages, customer names and @handles…  (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds conversations whose messages hold these words, or whose customer&apos;s name or handle holds them. Each view keeps its own search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any network</source>
        <extracomment>search text per view (view key → text): a search never silently follows to another</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows conversations in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows conversations by their reply timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one social network only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one brand account only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions, comments or direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one priority only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one customer mood only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows conversations with this tag; type to find one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag to show only its conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps this search and these filters as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties the search and sets every filter to any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching ‘{text}’ in {view_title}</source>
        <extracomment>the window adds its own controls at the ends (Take next, the count): they take the first row&apos;s spare width, where the search box gives way, not the filters&apos;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No search in {view_title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching ‘{text}’ in {view_title} only. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Pick one with the arrow keys; Tab moves on</source>
        <extracomment>what a form&apos;s submit returns: None when done, else problems keyed by field (&quot;&quot; for the form) what each field holds, read after its name (an error is read instead while shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden as you type; Tab moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; Tab moves to the next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May stay empty; Tab moves to the next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardrailsTab</name>
    <message>
        <source>Loading…</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrail rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. guarantee   ·   Ad: paid partnership   ·   acme.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why — shown to the author, e.g. “legal: we never promise”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules every reply and post is checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rule looks for: a word, a required line, a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block stops the message; Warn only lets it go with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role the rule applies to, or everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team the rule applies to, or everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the rule written in the fields above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the rule picked in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardrail yet: everyone may write freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {describe_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {describe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffBar</name>
    <message>
        <source>Hand off…</source>
        <extracomment>(conversation id, receiving team, whether the sender still sees it) after a hand-off conversations whose hand-off is under way (their row may leave before the answer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes this conversation to another team or colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead → Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot lead to sales: hand over, tagged hot-lead, high priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback → Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback to product: hand over, tagged feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Hand off to another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand this conversation to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the receiving team (shown to them first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they get it, what the customer needs, what was done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words why the receiving team gets this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Customer</source>
        <extracomment>colleagues&apos; changes are read and placed at most this often (one query, one repaint) column names (translated where shown: headerData); the English name is the column&apos;s key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most urgent first</source>
        <extracomment>the order a click on a column&apos;s header asks the server for (others do not sort) the orders in words (app.inbox.views.SortKey.title is the English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest priority first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: {word}</source>
        <extracomment>the role holding a row&apos;s chips: (text, accessible name, kind) tuples the brushes of the rows&apos; colour roles, per scheme (data() is called for every visible cell)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent: {intent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: @{account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: {mood} (classifier score {score:+.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent: {intent} — cues: {cues}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed here by {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort: {order} (again for the other way)</source>
        <extracomment>emitted after each applied change batch with the ids touched (tests and benchmarks) conversations waiting to be placed while the list is held: (new, changed or leaving) the conversation whose row is being removed, while the view reacts to it display texts per row (built at first paint, dropped when the row changes) colleagues&apos; changes gathered for one read and one repaint (see apply_changes) &quot;now&quot; for ages and SLA timers, advanced by tick() (not per painted cell) pages loaded so far (benchmarks and tests wait on it) where the last page of a search was read (the replica and its lag, or the primary when the replica could not be reached); None when it was read from the primary conversation id → colleagues there now (set by the window from presence events) while held, arrivals, moves and departures wait here (id → new row, None = leaves)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxTable</name>
    <message>
        <source>Conversations</source>
        <extracomment>the list places waiting rows after this long without the person moving or typing in it widths that read at 1366×768; the message takes the rest the person asked for another order: (SortKey value, reversed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations in this view; the arrow keys open one, T takes the next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningSettingsTab</name>
    <message>
        <source>Learn from the team&apos;s corrections (used in routing)</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: corrected classifications teach routing; saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: routing learns from the team&apos;s corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: routing uses the shipped classifiers only; the model was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link another profile of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle or name on any network, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the person&apos;s profile on another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profiles} found; choose one to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile you may work on matches &apos;{text}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListeningWindow</name>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>the post the &quot;Sent to …&quot; line is about</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing and PR manage watches; you can read the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to team as a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand account to listen through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network searches run as this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to listen for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hashtag, a keyword or an exact phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtag, keyword or phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to listen for; Enter starts listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the console listens for, and how much each heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the posts heard by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the posts of one watch, or of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public posts that matched a watch, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole post, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team to send the post to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team whose inbox gets the post as a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts listening for what is typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses or resumes the picked watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the picked watch and forgets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh: {describe_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{watches} · {items} heard in 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} heard · {which}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more: {describe_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing and PR send heard posts to a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening for {label}: the first read is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {label} and the {items} it heard? Conversations made from it stay in the inbox. Click “Remove now” to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {label}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Social Console — {display_name}</source>
        <extracomment>how often this workstation says where its person is, and sweeps SLA breaches and snoozes the database no longer lets this person in (deactivated, password changed): the reason how wide the reading pane stays while no conversation is open (its two sentences wrap) Qt&apos;s QWIDGETSIZE_MAX (not exported by PySide6): &quot;no maximum&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which conversations the inbox shows, with unread counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {db_label}</source>
        <extracomment>a saved view just chosen: its order (sort key, reversed), applied with its filter the reading pane&apos;s width while a conversation was open (given back when one opens)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {display_name} ({username})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance and language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;outing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents&apos; &amp;capacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice of the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Social Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Console — your company&apos;s social accounts, worked together.
Database: {db_label}
Update channel: {update_channel} (IT sets it in {system_config_file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying: colleagues now see that you are writing the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the view “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your saved views (★) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified (no colleague or team has that name): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified (they cannot see this conversation): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is back; waiting actions were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {db_label} ({live})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your permissions were changed by IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels sharing this place; the arrow keys switch between them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s other conversation to merge into this one. Its messages, internal notes, tags and assignment history move here; it then disappears from every inbox. Only conversations with the same brand account are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no other conversation with this brand account that you may work on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiPostDialog</name>
    <message>
        <source>New post</source>
        <extracomment>the set was queued: (set key, how many posts)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to post from</source>
        <extracomment>the checks the service runs at submission (guardrails add theirs here)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the brand say? (sent to every account ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring sale (optional; filters the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step approval: team lead, then legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants and previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one or more accounts to see how the post will look on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the post will look on each ticked account; scroll to see all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per network: its own text and a preview; Ctrl+Tab switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each brand account the post goes out from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the brand says on every ticked account, unless a page says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds images from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes every image off this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: the post waits until the time beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the post goes out; the arrow keys change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: a team lead approves, then legal, before it goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues one post per ticked account for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not post from any brand account; ask IT for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {posts} for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{posts} sent for approval as one set (team lead, then legal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{posts} sent for approval as one set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{posts} queued for the scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{posts} queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Text for {get} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to send the main text; or write {get}&apos;s own version here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for {get} only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window; an unsent draft is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRowsButton</name>
    <message>
        <source>Place new conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list holds still while you work in it. Click to place them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only colleagues see notes. Mention someone with @name or a team with @team-name to notify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> They would not be notified. Correct the name, or press Add note again to add the note as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note about the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What colleagues should know about this person, whichever conversation they open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Concerning me</source>
        <extracomment>newest notifications read per load (the rest stay in the database, unread ones counted) the floating panel&apos;s size (smaller windows get less) several notifications in a burst cause one reload open this conversation (the main window selects it) unread notifications that concern the person (the badge)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning me: everything addressed to you, and SLA breaches of conversations you hold or that wait unassigned in your teams. All: every notification you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the picked notifications as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks every notification shown here as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions, hand-offs and approvals for you; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications could not be read: {describe_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked read: {describe_error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>New assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Console</source>
        <extracomment>notifications read per query (newer_than&apos;s limit)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Console — {notifications}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Console — no unread notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostsWindow</name>
    <message>
        <source>Posts and experiments</source>
        <extracomment>the three lines, coloured by the theme&apos;s chart series (distinguishable in both schemes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected posts as A/B…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent posts and their metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post has been sent yet. Posts sent from the console appear here with their likes, reposts and replies as the networks report them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments and how sure each difference is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each A/B comparison and whether its difference is more than chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts sent from the console with likes, reposts and replies; pick two to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the two picked posts as an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the posts and their metrics again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment yet. Send two variants of a post (to two accounts, or at two times), select both above and press “Compare…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} · {measured:,} measured · {plural2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one post to see its trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance over time · {plural}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured yet: the sync worker reads metrics every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New A/B experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the experiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment “{strip}” created: A and B are compared below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Appearance and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark, or the colours your desktop uses; applied at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the console&apos;s windows; used from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme is set by IT for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is set by IT for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from your next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <source>[{name} cannot be shown]</source>
        <extracomment>how long a link is shown in a preview before &quot;…&quot; (Mastodon and X cut links for display)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: {m}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyPolicyTab</name>
    <message>
        <source>Only the colleague who holds a conversation may reply in it (owner-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: only the holder of a conversation may reply in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, a colleague&apos;s reply is refused with the owner&apos;s name, and an unclaimed conversation must be claimed first. Approvers are warned about replies from someone who does not hold the conversation either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts as the brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per role; Space ticks what it may send without approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per role: tick what goes out without a team lead&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reply needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every post needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per team; Space ticks what always needs approval there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per team: require approval for everyone there (its approvers excepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe_error} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {lower}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which days the figures cover; the arrow keys change it</source>
        <extracomment>where the last figures were read: the replica (with its lag) or this database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of your own period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of your own period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows each figure beside the period just before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the charts and tables are split by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the figures again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves these reports as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves these figures as CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only what matches this choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets every filter back to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard, voice of the customer and ROI pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoiView</name>
    <message>
        <source>Return on investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads handed to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation reached a sales team in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark won…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a contact costs elsewhere (set by IT or a manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the picked lead as a sale, with its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the picked lead as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one phone call to the contact centre costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one e-mail to the contact centre costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the customers answered on social, how many would have called instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency the costs are in, e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps these costs for everyone&apos;s reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of a phone contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of an e-mail contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share that would have called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What social customer care saved and earned in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only IT or a manager sets the costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment · {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingEditor</name>
    <message>
        <source>Routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules, and how each team shares conversations out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in this order; a checked rule is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the default rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a new rule at the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the picked rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the picked rule one place earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the picked rule one place later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads rules from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every rule to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the console&apos;s starting rules beside yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules run in this order; a checked rule is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name that says what the rule is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: the rule runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the rule runs: on new conversations or on every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether all conditions must hold, any one of them, or none at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a conversation must show; one condition per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rule does, in this order; one action per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an empty condition row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the picked condition row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an empty action row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the picked action row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the rule and keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run over the last days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run all rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run shows what rules would have done; it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days of past conversations the dry run reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the picked rule would have done; changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what all rules would have done; changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per conversation the rules would have touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run over the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each team shares new conversations out: only to agents who are signed in and available, up to their capacity of open conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and auto-assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per team; pick how it shares new conversations out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current rules with the file&apos;s? (No adds them at the end.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {name}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} rules from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {name}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} rules to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {n} default rules at the end of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run did not run: see the reason above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} would act on {rows} of {conversations} conversations ({messages} messages in the last {days} days{more}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Match when this condition is NOT met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the scheduled posts of one brand account or of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also lists the posts already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts waiting for their time, earliest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the picked post another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the picked post to change its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the picked post from going out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a failed post again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next conversation</source>
        <extracomment>(name, keys, what it does) — the order is the order of the sheet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the next (most urgent) conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a colleague or team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to the team&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an internal note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the console and what it does; Escape closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Social Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Social Console&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {db_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in name; Tab moves to the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password; Enter signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to your computer with a company (Kerberos) account? Leave the password empty: the database server signs you in with it where IT allows that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: sign in with your computer&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your password in this computer&apos;s keyring and signs you in at the next start. Signing out forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace — every demo employee&apos;s password is “{demo_password}”. Double-click a person to sign in as them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a person to sign in as them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with this name and password (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split a message off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the message that starts another matter. It moves to a new conversation together with its later replies (the messages answering it); the rest stays here. Tags are copied; internal notes stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation with a single message cannot be split: there is nothing to leave behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Draft a statement</source>
        <extracomment>how often the timeline is fetched, and the lists at most conversations listed under each phrase (the count says how many there are in all)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Holding statement: Bolt charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the brand says, in its own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is approved in two steps: a PR lead, then an executive or legal approver. Once approved it goes out from every account ticked, and agents are offered it first in their composer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeNextButton</name>
    <message>
        <source>Take next  (T)</source>
        <extracomment>a conversation was taken: (its id, the sentence to show) nothing was taken: the reason in words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the most urgent unassigned conversation of your team queues (SLA first, then priority, then the longest waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take next conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocDialog</name>
    <message>
        <source>Voice of the customer — feature requests and bug reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the customer topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic to see the conversations behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations behind the chosen topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days of conversations the topics are counted over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the topics again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the topics as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers talk about, most often first; pick one to see why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the picked conversation in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations about the picked topic; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping feature requests and bug reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{messages} feature requests and bug reports in the last {days} days, in {topics} topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{topic}”: {n} {value} behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — double-click one to open it in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation {cid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the voice of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {name}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {topics} topics to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>New crisis watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit watch “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word or phrase, or /a pattern/ (empty: every message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchListDialog</name>
    <message>
        <source>Crisis watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the watches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New watch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the crisis detector watches, and how much each counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a watch: a keyword or hashtag and its thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the picked watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses or resumes the picked watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the picked watch; you are asked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No watches yet. Add one to be alerted when mentions, or negative or positive messages, rise above their usual level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {paused} paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Each compares its window with the usual traffic for that hour and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the watch “{name}”? Its {alerts} stay in the crisis room; it stops watching now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchesModel</name>
    <message>
        <source>Watch</source>
        <extracomment>column titles, translated when shown (lupdate reads them here)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last read failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calls while paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.accounts.accounts</name>
    <message>
        <source>A&amp;ccounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.learning_settings</name>
    <message>
        <source>On: every correction an agent or lead makes (mood or intent set by hand, a hand-off to another team, a complaint tag) teaches this workspace&apos;s model, which the sync worker retrains in the background; routing uses its verdict where it is confident and the message&apos;s reasons say so.
Off: routing uses the shipped classifiers only, and the trained model is dropped. Corrections are still kept, so switching on again learns from all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{corrections} kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning is off. {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kept} No model trained yet: the sync worker trains one after a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kept} Model trained on {labels} at {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <source>Social Console</source>
        <extracomment>a hot standby for reports, exports and search (PostgreSQL sign-ins) raise a demo surge this many seconds after the window opens (the crisis demo) the demo network of this process, once started PostgreSQL without the demo: employees sign in as their own database login roles</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: none on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: live (demo network, {messages} received)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.crisis.crisis_ui</name>
    <message>
        <source>Reason (for the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open crisis room</source>
        <extracomment>set by the app when the demo network runs here (the &quot;raise a surge&quot; menu item)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the crisis room for this alert: timeline, statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this alert; the crisis room stays in the Crisis menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open crisis &amp;room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch “{name}” saved; it counts from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: raise a &amp;surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;isis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crisis room is for those with crisis control (PR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crisis was declared: {describe_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{declared_by} had just declared “{name}”: you are in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis declared: {name}. Publishing is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crisis “{name}” has ended; every setting is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network is not running on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo surge: {rate:.0f} extra messages a second for 10 minutes, {when}, mostly angry about a burning charger. An alert follows within a minute of its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.crisis.room</name>
    <message>
        <source>Save the post-mortem in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.crisis.watch_list</name>
    <message>
        <source>Delete watch</source>
        <extracomment>asks &quot;Delete the watch …?&quot;; a test answers it without a modal box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.inbox.correction</name>
    <message>
        <source>not classified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.inbox.inbox_texts</name>
    <message>
        <source>No conversation is open.

Pick one in the list to read the thread and reply, or press T (Take next) to take the most urgent one waiting in your queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue</source>
        <extracomment>the views&apos; names as the window shows them (app.inbox.views.View.title is the English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All I can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue holds the conversations assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My teams holds the conversations in your teams&apos; queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned holds the conversations of your scope that nobody has taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All I can see holds every conversation your role lets you read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is assigned to you right now. Press T (Take next) for the most urgent waiting conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teams&apos; queues are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting: every conversation has someone on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no conversations yet; they arrive as the brand accounts sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}+ conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: {statuses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles let you read only conversations assigned to you, and none is.
Ask IT for a role that reads a team&apos;s inbox if your work needs it.</source>
        <extracomment>said instead when the person&apos;s roles read no queue at all (IT, for example)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches ‘{search}’ in {view}.
Search looks at message text and at the customer&apos;s name and handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved view ‘{view}’ holds what its filters choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holds}
None match the filters ({filters}). Clear the filters to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open · {unread} unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.listening.menu</name>
    <message>
        <source>&amp;Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listening view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.marketing.menu</name>
    <message>
        <source>&amp;Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Posts and experiments…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.publishing.approvals</name>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should {author} change? (they will see this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.publishing.composer</name>
    <message>
        <source>Attach an image</source>
        <extracomment>the picker&apos;s last entry opens the canned replies manager the reply box grows with its text up to this many lines, then scrolls and is this many lines tall when empty returns (path, alt text) of an image to attach, or None</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe {name} for people who cannot see it (required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.publishing.publishing_ui</name>
    <message>
        <source>Reason (everyone will see it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause one account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>the approvals dock&apos;s height when it opens (the person may drag it taller)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post to &amp;several accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canned replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;one account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause all publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was not paused: give a reason everyone can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was not resumed: give a reason for the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.publishing.schedule</name>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at (your local time):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.reports.conversation_pdf</name>
    <message>
        <source>Conversation {doc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.reports.menu</name>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this &amp;conversation (PDF, JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation in the inbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.widgets.accessible</name>
    <message>
        <source>Keeps what you entered and closes this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps what you entered; the window stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window without keeping any change (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window and drops what you entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts back the values this window opened with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts back the console&apos;s default values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows help about this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of this window; Ctrl+Tab moves to the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs; the Left and Right arrow keys move between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the tabs hidden on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the tabs hidden on the right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.widgets.keys</name>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
