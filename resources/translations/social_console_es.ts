<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountsController</name>
    <message>
        <source>&amp;Accounts…</source>
        <extracomment>asks the person to confirm a disconnect (tests answer it)</extracomment>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>Disconnect account</source>
        <translation>Desconectar la cuenta</translation>
    </message>
    <message>
        <source>Brand accounts</source>
        <translation>Cuentas de marca</translation>
    </message>
    <message>
        <source>Disconnecting {handle}…</source>
        <translation>Desconectando {handle}…</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Comprobando el llavero de este ordenador…</translation>
    </message>
    <message>
        <source>Brand accounts</source>
        <translation>Cuentas de marca</translation>
    </message>
    <message>
        <source>Each connected brand account: network, handle, who syncs it and its state</source>
        <translation>Cada cuenta de marca conectada: red, usuario, quién la sincroniza y su estado</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Conectar cuenta…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Reconectar…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Desconectar…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Connects another brand account through its network</source>
        <translation>Conecta otra cuenta de marca a través de su red</translation>
    </message>
    <message>
        <source>Signs the picked account in again</source>
        <translation>Vuelve a iniciar sesión en la cuenta elegida</translation>
    </message>
    <message>
        <source>Disconnects the picked account; you are asked first</source>
        <translation>Desconecta la cuenta elegida; se pide confirmación antes</translation>
    </message>
    <message>
        <source>Reads the accounts and their health again</source>
        <translation>Vuelve a leer las cuentas y su estado</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Snoozed…</source>
        <translation>Pospuesta…</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>Claim</source>
        <extracomment>(kind, args) — e.g. (&quot;claim&quot;, {}), (&quot;status&quot;, {&quot;status&quot;: &quot;resolved&quot;})</extracomment>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Take this conversation (C)</source>
        <translation>Tomar esta conversación (C)</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <source>Give it to a colleague or hand it to a team (A)</source>
        <translation>Dársela a un compañero o a un equipo (A)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Give it back to the team&apos;s queue</source>
        <translation>Devolverla a la cola del equipo</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Add an internal note (N)</source>
        <translation>Añadir una nota interna (N)</translation>
    </message>
    <message>
        <source>Open, pending or resolved; choosing one changes the conversation</source>
        <translation>Abierta, pendiente o resuelta; elegir una cambia la conversación</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Estado de la conversación</translation>
    </message>
    <message>
        <source>How urgent this conversation is; choosing one changes it</source>
        <translation>Lo urgente que es esta conversación; elegir una la cambia</translation>
    </message>
    <message>
        <source>Conversation priority</source>
        <translation>Prioridad de la conversación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it; -tag removes it</source>
        <translation>Escriba una etiqueta y pulse Intro para añadirla; -etiqueta la quita</translation>
    </message>
    <message>
        <source>add tag, -tag removes</source>
        <translation>añadir etiqueta, -etiqueta quita</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Merge with another conversation, split a message off</source>
        <translation>Fusionar con otra conversación, separar un mensaje</translation>
    </message>
    <message>
        <source>Merge another conversation into this one…</source>
        <translation>Fusionar otra conversación con esta…</translation>
    </message>
    <message>
        <source>Split a message off…</source>
        <translation>Separar un mensaje…</translation>
    </message>
    <message>
        <source>(loading colleagues…)</source>
        <translation>(cargando compañeros…)</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>Etiquetas: </translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation>Tomada por usted</translation>
    </message>
    <message>
        <source>To a colleague</source>
        <extracomment>for @-completion in notes: colleagues by user name, teams by name</extracomment>
        <translation>A un compañero</translation>
    </message>
    <message>
        <source>Hand off to a team</source>
        <translation>Pasar a un equipo</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Snooze until:</source>
        <translation>Posponer hasta:</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>People and permissions — Social Console</source>
        <translation>Personas y permisos — Social Console</translation>
    </message>
    <message>
        <source>People and permissions</source>
        <translation>Personas y permisos</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Account access</source>
        <translation>Acceso a cuentas</translation>
    </message>
    <message>
        <source>Who can do what</source>
        <translation>Quién puede hacer qué</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Reply policy</source>
        <translation>Política de respuesta</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Salvaguardas</translation>
    </message>
    <message>
        <source>Everyone who may sign in; the buttons above act on the picked person</source>
        <translation>Todas las personas que pueden iniciar sesión; los botones de arriba actúan sobre la persona elegida</translation>
    </message>
    <message>
        <source>Adds a person who may sign in</source>
        <translation>Añade una persona que puede iniciar sesión</translation>
    </message>
    <message>
        <source>Stops the picked person signing in; their work stays</source>
        <translation>Impide que la persona elegida inicie sesión; su trabajo se conserva</translation>
    </message>
    <message>
        <source>Lets the picked person sign in again</source>
        <translation>Permite de nuevo que la persona elegida inicie sesión</translation>
    </message>
    <message>
        <source>Gives the picked person a new password</source>
        <translation>Da una contraseña nueva a la persona elegida</translation>
    </message>
    <message>
        <source>Gives the picked person a role, for a team or everywhere</source>
        <translation>Da un rol a la persona elegida, para un equipo o en todas partes</translation>
    </message>
    <message>
        <source>Takes a role away from the picked person at once</source>
        <translation>Quita al instante un rol a la persona elegida</translation>
    </message>
    <message>
        <source>Puts the picked person in a team</source>
        <translation>Añade la persona elegida a un equipo</translation>
    </message>
    <message>
        <source>Takes the picked person out of a team</source>
        <translation>Saca a la persona elegida de un equipo</translation>
    </message>
    <message>
        <source>Creates a team with its own inbox</source>
        <translation>Crea un equipo con su propia bandeja de entrada</translation>
    </message>
    <message>
        <source>Every team, its department and how many people are in it</source>
        <translation>Cada equipo, su departamento y cuántas personas lo forman</translation>
    </message>
    <message>
        <source>Pick a role to see and change its permissions</source>
        <translation>Elija un rol para ver y cambiar sus permisos</translation>
    </message>
    <message>
        <source>Ticked: the picked role may do this ({permission}); saved by Save permissions</source>
        <translation>Marcada: el rol elegido puede hacerlo ({permission}); se guarda con «Save permissions»</translation>
    </message>
    <message>
        <source>Keeps the ticked permissions for the picked role</source>
        <translation>Guarda los permisos marcados para el rol elegido</translation>
    </message>
    <message>
        <source>Creates a role, a named set of permissions</source>
        <translation>Crea un rol, un conjunto de permisos con nombre</translation>
    </message>
    <message>
        <source>Roles that hold for one brand account only, one row each</source>
        <translation>Roles válidos solo para una cuenta de marca, uno por fila</translation>
    </message>
    <message>
        <source>Roles given for one brand account only (e.g. marketing may post on @acme).</source>
        <translation>Roles otorgados solo para una cuenta de marca (p. ej., marketing puede publicar en @acme).</translation>
    </message>
    <message>
        <source>Gives a person a role on one brand account only</source>
        <translation>Da a una persona un rol solo en una cuenta de marca</translation>
    </message>
    <message>
        <source>Takes away the picked account role at once</source>
        <translation>Quita al instante el rol de cuenta elegido</translation>
    </message>
    <message>
        <source>Active people × permissions: where each person may do each thing.</source>
        <translation>Personas activas × permisos: dónde puede cada persona hacer cada cosa.</translation>
    </message>
    <message>
        <source>One row per active person, one column per permission</source>
        <translation>Una fila por persona activa, una columna por permiso</translation>
    </message>
    <message>
        <source>who</source>
        <translation>quién</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Shows one kind of event only</source>
        <translation>Muestra solo un tipo de evento</translation>
    </message>
    <message>
        <source>Shows what one person did</source>
        <translation>Muestra lo que hizo una persona</translation>
    </message>
    <message>
        <source>Shows events whose detail holds this text</source>
        <translation>Muestra los eventos cuyo detalle contiene este texto</translation>
    </message>
    <message>
        <source>How many days back; 0 for any time</source>
        <translation>Cuántos días atrás; 0 para cualquier momento</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Shows the events that match these filters</source>
        <translation>Muestra los eventos que cumplen estos filtros</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Saves the events shown as a CSV file</source>
        <translation>Guarda los eventos mostrados en un archivo CSV</translation>
    </message>
    <message>
        <source>Every change of consequence, newest first; no one can alter it</source>
        <translation>Cada cambio importante, el más reciente primero; nadie puede alterarlo</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Seleccione primero una persona.</translation>
    </message>
    <message>
        <source>What this person types to sign in</source>
        <translation>Lo que esta persona escribe para iniciar sesión</translation>
    </message>
    <message>
        <source>The name colleagues see</source>
        <translation>El nombre que ven los compañeros</translation>
    </message>
    <message>
        <source>Where notifications are sent; may stay empty</source>
        <translation>Adónde se envían las notificaciones; puede quedar vacío</translation>
    </message>
    <message>
        <source>The team whose inbox this person works</source>
        <translation>El equipo cuya bandeja de entrada atiende esta persona</translation>
    </message>
    <message>
        <source>What this person may do; more roles can be granted later</source>
        <translation>Lo que esta persona puede hacer; se pueden dar más roles después</translation>
    </message>
    <message>
        <source>The first password; this person can change it</source>
        <translation>La primera contraseña; esta persona puede cambiarla</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing slip</source>
        <translation>La misma contraseña otra vez, para detectar un error al teclear</translation>
    </message>
    <message>
        <source>Select an account grant first.</source>
        <translation>Seleccione primero un acceso a cuenta.</translation>
    </message>
    <message>
        <source>{name}: {description} (a default role: read-only).</source>
        <translation>{name}: {description} (un rol predeterminado: solo lectura).</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation>No se pudo escribir {path}: {value}.</translation>
    </message>
    <message>
        <source>Exported {audit_rows} events to {path}.</source>
        <translation>{audit_rows} eventos exportados a {path}.</translation>
    </message>
</context>
<context>
    <name>AmplifyDialog</name>
    <message>
        <source>Amplify the customer&apos;s praise</source>
        <extracomment>the outbox item id once it is queued for approval</extracomment>
        <translation>Amplificar el elogio del cliente</translation>
    </message>
    <message>
        <source>Loading the customer&apos;s post…</source>
        <translation>Cargando la publicación del cliente…</translation>
    </message>
    <message>
        <source>The customer&apos;s post</source>
        <translation>Publicación del cliente</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Compartir (impulso)</translation>
    </message>
    <message>
        <source>Quote post, with the brand&apos;s words above it</source>
        <translation>Publicación citada, con las palabras de la marca encima</translation>
    </message>
    <message>
        <source>What the brand says above the quoted post</source>
        <translation>Lo que dice la marca encima de la publicación citada</translation>
    </message>
    <message>
        <source>Amplifying always waits for an approver: the brand&apos;s voice is marketing&apos;s call.</source>
        <translation>La amplificación siempre espera a un aprobador: la voz de la marca la decide marketing.</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The customer&apos;s post cannot be shown.</source>
        <translation>No se puede mostrar la publicación del cliente.</translation>
    </message>
    <message>
        <source>@{customer} wrote to @{account} on {network}</source>
        <translation>@{customer} escribió a @{account} en {network}</translation>
    </message>
    <message>
        <source> (not marked as praise)</source>
        <translation> (no marcado como elogio)</translation>
    </message>
    <message>
        <source>{boost_word} it as @{account}</source>
        <translation>{boost_word} como @{account}</translation>
    </message>
    <message>
        <source>Your {what} is waiting for approval (item {item_id}).</source>
        <translation>Su {what} está pendiente de aprobación (elemento {item_id}).</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Items waiting for approval</source>
        <translation>Elementos pendientes de aprobación</translation>
    </message>
    <message>
        <source>Text of the selected item</source>
        <translation>Texto del elemento seleccionado</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Edit and approve…</source>
        <translation>Editar y aprobar…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Replies and posts waiting for your approval; pick one to read it</source>
        <translation>Respuestas y publicaciones que esperan su aprobación; elija una para leerla</translation>
    </message>
    <message>
        <source>The full text of the item picked above, read-only</source>
        <translation>El texto completo del elemento elegido arriba, solo lectura</translation>
    </message>
    <message>
        <source>Lets the picked item go out as written</source>
        <translation>Deja salir el elemento elegido tal como está escrito</translation>
    </message>
    <message>
        <source>Opens the picked item to correct it, then approves it</source>
        <translation>Abre el elemento elegido para corregirlo y luego lo aprueba</translation>
    </message>
    <message>
        <source>Sends the picked item back with your reason</source>
        <translation>Devuelve el elemento elegido con su motivo</translation>
    </message>
    <message>
        <source>Reads the waiting items again</source>
        <translation>Vuelve a leer los elementos en espera</translation>
    </message>
    <message>
        <source>Approve all {together} posts of the set</source>
        <extracomment>the author does not hold the conversation they replied in: the approver is told</extracomment>
        <translation>Aprobar las {together} publicaciones del conjunto</translation>
    </message>
    <message>
        <source>Reject all {together}…</source>
        <translation>Rechazar las {together}…</translation>
    </message>
    <message>
        <source>Select an item to read it in full.</source>
        <translation>Seleccione un elemento para leerlo completo.</translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation>Nada espera su aprobación.</translation>
    </message>
    <message>
        <source>Approvals ({rows})</source>
        <translation>Aprobaciones ({rows})</translation>
    </message>
    <message>
        <source>A rejection needs a comment for the author; nothing was changed.</source>
        <translation>Un rechazo necesita un comentario para el autor; no se cambió nada.</translation>
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
        <translation>Ocupado (sin trabajo nuevo)</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>New conversations are assigned only to people who are available.</source>
        <translation>Las conversaciones nuevas solo se asignan a personas disponibles.</translation>
    </message>
    <message>
        <source>You are now {state}.</source>
        <translation>Ahora está {state}.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>Notifications: {n} unread</source>
        <translation>Notificaciones: {n} sin leer</translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation>Notificaciones: ninguna sin leer</translation>
    </message>
    <message>
        <source>Open the notification centre</source>
        <translation>Abrir el centro de notificaciones</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>+{n} more</source>
        <extracomment>chip colours by status (ui/theme roles status.KIND.bg / .fg): waiting (amber), queued (blue), sent (green), problems (red); the stripe is the network&apos;s role (network.NAME) (item id, new local time): a chip was dropped elsewhere a chip that cannot move was dragged: why, in words &quot;New post&quot; on a slot: its local start time the chips were placed again (the week&apos;s DayHeader repaints its counts)</extracomment>
        <translation>+{n} más</translation>
    </message>
    <message>
        <source>No posts</source>
        <translation>Sin publicaciones</translation>
    </message>
    <message>
        <source> · campaign: {campaign}</source>
        <translation> · campaña: {campaign}</translation>
    </message>
    <message>
        <source>
by {author}</source>
        <translation>
por {author}</translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <source>Publishing calendar</source>
        <extracomment>(console, parent, local start time) → the composer for several accounts a load finished (tests and the benchmark wait on it): number of posts shown</extracomment>
        <translation>Calendario de publicaciones</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Filtro de cuenta</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtro de campaña</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>Nueva publicación…</translation>
    </message>
    <message>
        <source>Scheduled and sent posts by day and hour; the arrow keys pick a time slot</source>
        <translation>Publicaciones programadas y enviadas por día y hora; las flechas eligen una franja</translation>
    </message>
    <message>
        <source>Shows the week or month of today</source>
        <translation>Muestra la semana o el mes de hoy</translation>
    </message>
    <message>
        <source>Shows one week, hour by hour</source>
        <translation>Muestra una semana, hora a hora</translation>
    </message>
    <message>
        <source>Shows a whole month, day by day</source>
        <translation>Muestra un mes entero, día a día</translation>
    </message>
    <message>
        <source>Shows the posts of one brand account, or of all</source>
        <translation>Muestra las publicaciones de una cuenta de marca, o de todas</translation>
    </message>
    <message>
        <source>Shows the posts of one campaign, or of all</source>
        <translation>Muestra las publicaciones de una campaña, o de todas</translation>
    </message>
    <message>
        <source>Writes a post for the picked time slot</source>
        <translation>Escribe una publicación para la franja elegida</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <source>Amber: awaiting approval · blue: scheduled · green: sent · red: failed · hatched: no posts yet. Drag a post to move it; double-click a slot for a new post.</source>
        <translation>Ámbar: pendiente de aprobación · azul: programada · verde: enviada · rojo: fallida · rayado: aún sin publicaciones. Arrastre una publicación para moverla; haga doble clic en un hueco para crear una nueva.</translation>
    </message>
    <message>
        <source>New post at {when}…</source>
        <translation>Nueva publicación el {when}…</translation>
    </message>
    <message>
        <source>@{account}&apos;s post</source>
        <translation>La publicación de @{account}</translation>
    </message>
    <message>
        <source>The post</source>
        <translation>La publicación</translation>
    </message>
    <message>
        <source>{what} was not moved: {error}</source>
        <translation>{what} no se movió: {error}</translation>
    </message>
    <message>
        <source> It stays approved.</source>
        <translation> Sigue aprobada.</translation>
    </message>
    <message>
        <source>{what} moved to {when}.</source>
        <translation>{what} se movió al {when}.</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>in {month}</source>
        <translation>en {month}</translation>
    </message>
    <message>
        <source>{posts} {span}: {waiting} awaiting approval, {sent} sent · {days} with no posts yet</source>
        <translation>{posts} {span}: {waiting} pendientes de aprobación, {sent} enviadas · {days} aún sin publicaciones</translation>
    </message>
    <message>
        <source>No posts match these filters here.</source>
        <translation>Ninguna publicación coincide aquí con estos filtros.</translation>
    </message>
    <message>
        <source>Nothing is planned here yet: double-click a slot or use New post…</source>
        <translation>Aún no hay nada previsto aquí: haga doble clic en un hueco o use Nueva publicación…</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <source>Canned replies — Social Console</source>
        <translation>Respuestas predefinidas — Social Console</translation>
    </message>
    <message>
        <source>Search titles and texts…</source>
        <extracomment>the scopes this person may create in</extracomment>
        <translation>Buscar en títulos y textos…</translation>
    </message>
    <message>
        <source>Hi {customer_name}, …</source>
        <translation>Hola {customer_name}, …</translation>
    </message>
    <message>
        <source>Variables: </source>
        <translation>Variables: </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Quién puede usarla</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Shows only the canned replies whose title or text holds these words</source>
        <translation>Muestra solo las respuestas predefinidas cuyo título o texto contiene estas palabras</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>Buscar respuestas predefinidas</translation>
    </message>
    <message>
        <source>Your canned replies and your teams&apos;; pick one to edit it</source>
        <translation>Sus respuestas predefinidas y las de sus equipos; elija una para editarla</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>The name the reply picker shows</source>
        <translation>El nombre que muestra el selector de respuestas</translation>
    </message>
    <message>
        <source>Only you, your team, or everyone</source>
        <translation>Solo usted, su equipo o todos</translation>
    </message>
    <message>
        <source>The team that may use it, when it is for a team</source>
        <translation>El equipo que puede usarla, si es para un equipo</translation>
    </message>
    <message>
        <source>The reply; variables in braces are filled in when used</source>
        <translation>La respuesta; las variables entre llaves se rellenan al usarla</translation>
    </message>
    <message>
        <source>Starts a new canned reply</source>
        <translation>Empieza una respuesta predefinida nueva</translation>
    </message>
    <message>
        <source>Keeps the canned reply</source>
        <translation>Guarda la respuesta predefinida</translation>
    </message>
    <message>
        <source>Deletes the picked canned reply; you are asked first</source>
        <translation>Elimina la respuesta predefinida elegida; se pide confirmación antes</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
    <message>
        <source>No canned reply matches “{strip}”.</source>
        <translation>Ninguna respuesta predefinida coincide con «{strip}».</translation>
    </message>
    <message>
        <source> you can use.</source>
        <translation> que puede usar.</translation>
    </message>
    <message>
        <source>No canned replies yet: write one on the right and save it.</source>
        <translation>Aún no hay respuestas predefinidas: escriba una a la derecha y guárdela.</translation>
    </message>
    <message>
        <source>You can use this reply but not change it: </source>
        <translation>Puede usar esta respuesta, pero no cambiarla: </translation>
    </message>
    <message>
        <source>{describe_error} Nothing was saved; your text is kept.</source>
        <translation>{describe_error} No se guardó nada; su texto se conserva.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>«{title}» guardada.</translation>
    </message>
    <message>
        <source>Delete canned reply</source>
        <translation>Eliminar respuesta predefinida</translation>
    </message>
    <message>
        <source>Delete “{title}”? Colleagues who use it will no longer find it.</source>
        <translation>¿Eliminar «{title}»? Los compañeros que la usan ya no la encontrarán.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminada.</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <source>Agents&apos; capacity — Social Console</source>
        <translation>Capacidad de los agentes — Social Console</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <source>Agents and their capacity</source>
        <translation>Agentes y su capacidad</translation>
    </message>
    <message>
        <source>Each agent of your teams and the most open conversations auto-assignment gives them</source>
        <translation>Cada agente de sus equipos y el máximo de conversaciones abiertas que le da la asignación automática</translation>
    </message>
    <message>
        <source>Auto-assignment gives an available agent new conversations until their open ones reach this number. Double-click a capacity to change it; 0 means none.</source>
        <translation>La asignación automática da conversaciones nuevas a un agente disponible hasta que sus conversaciones abiertas alcanzan este número. Haga doble clic en una capacidad para cambiarla; 0 significa ninguna.</translation>
    </message>
    <message>
        <source>{plural} whose capacity you may set.</source>
        <translation>{plural} cuya capacidad puede fijar.</translation>
    </message>
    <message>
        <source>There is nobody whose capacity you may set: a team lead sets their team&apos;s, IT anyone&apos;s.</source>
        <translation>No hay nadie cuya capacidad pueda fijar: un responsable de equipo fija la de su equipo; TI, la de cualquiera.</translation>
    </message>
    <message>
        <source>A capacity is a whole number of conversations.</source>
        <translation>Una capacidad es un número entero de conversaciones.</translation>
    </message>
    <message>
        <source>{describe_error} Nothing was changed.</source>
        <translation>{describe_error} No se cambió nada.</translation>
    </message>
    <message>
        <source>{name} now gets at most {plural} from auto-assignment.</source>
        <translation>{name} recibe ahora como máximo {plural} de la asignación automática.</translation>
    </message>
</context>
<context>
    <name>CentreInstall</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Copy table</source>
        <translation>Copiar tabla</translation>
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
        <translation>Copia la tabla de este gráfico para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Saves this chart as a PNG picture</source>
        <translation>Guarda este gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Saves this chart as an SVG drawing</source>
        <translation>Guarda este gráfico como dibujo SVG</translation>
    </message>
    <message>
        <source>Table: {title}</source>
        <translation>Tabla: {title}</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>Exportar «{title}»</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Chart: {title}</source>
        <extracomment>axis steps for durations, in seconds: minutes, quarter hours, hours, days</extracomment>
        <translation>Gráfico: {title}</translation>
    </message>
    <message>
        <source>The same figures are in the table beside the chart.</source>
        <translation>Las mismas cifras están en la tabla junto al gráfico.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Post as brand account</source>
        <extracomment>what this person writes here waits for an approver (their role, or the team&apos;s rule) colleagues and teams for @-completion the guardrails that apply to this person here (app/publishing/guardrails.py) &quot;Manage canned replies…&quot; chosen in the picker (the publishing UI opens the manager)</extracomment>
        <translation>Publicar como cuenta de marca</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Post as</source>
        <translation>Publicar como</translation>
    </message>
    <message>
        <source>Insert a canned reply</source>
        <translation>Insertar una respuesta predefinida</translation>
    </message>
    <message>
        <source>Insert a canned reply; its {variables} are filled in</source>
        <translation>Insertar una respuesta predefinida; sus {variables} se rellenan</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Write a reply as the brand… (Ctrl+Enter sends)</source>
        <translation>Escriba una respuesta como la marca… (Ctrl+Intro envía)</translation>
    </message>
    <message>
        <source>Write a post as the brand… (Ctrl+Enter submits)</source>
        <translation>Escriba una publicación como la marca… (Ctrl+Intro la envía)</translation>
    </message>
    <message>
        <source>Will be sent as:</source>
        <extracomment>@names flagged as unknown at the last submit (a second submit sends as written)</extracomment>
        <translation>Se enviará así:</translation>
    </message>
    <message>
        <source>Preview: exactly what will be sent, as plain text.</source>
        <translation>Vista previa: exactamente lo que se enviará, en texto plano.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>Adjuntar imagen…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Quitar imagen</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Enviar el</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>The brand account this message goes out from</source>
        <translation>La cuenta de marca desde la que sale este mensaje</translation>
    </message>
    <message>
        <source>What the brand says; Ctrl+Enter sends, the count below shows what is left</source>
        <translation>Lo que dice la marca; Ctrl+Intro envía, el contador de abajo muestra lo que queda</translation>
    </message>
    <message>
        <source>Images that go out with this message</source>
        <translation>Imágenes que salen con este mensaje</translation>
    </message>
    <message>
        <source>Adds an image from this computer</source>
        <translation>Añade una imagen de este ordenador</translation>
    </message>
    <message>
        <source>Takes the picked image off this message</source>
        <translation>Quita la imagen elegida de este mensaje</translation>
    </message>
    <message>
        <source>Ticked: the message waits until the time beside it</source>
        <translation>Marcada: el mensaje espera hasta la hora de al lado</translation>
    </message>
    <message>
        <source>When the message goes out; the arrow keys change it</source>
        <translation>Cuándo sale el mensaje; las flechas la cambian</translation>
    </message>
    <message>
        <source>Sends the message, or queues it for approval where your role needs it (Ctrl+Enter)</source>
        <translation>Envía el mensaje, o lo deja pendiente de aprobación si su rol lo exige (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
        <source>You do not have the permission to post as the brand.</source>
        <translation>No tiene permiso para publicar como la marca.</translation>
    </message>
    <message>
        <source>Holding statement: {title}</source>
        <translation>Declaración provisional: {title}</translation>
    </message>
    <message>
        <source>You can read this conversation but not reply to it.</source>
        <translation>Puede leer esta conversación pero no responderla.</translation>
    </message>
    <message>
        <source>You do not have the permission to post as @{handle}.</source>
        <translation>No tiene permiso para publicar como @{handle}.</translation>
    </message>
    <message>
        <source>Insert canned reply…</source>
        <translation>Insertar respuesta predefinida…</translation>
    </message>
    <message>
        <source>Manage canned replies…</source>
        <translation>Gestionar respuestas predefinidas…</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <source>A team lead approves it before it is sent (Ctrl+Enter)</source>
        <translation>Un responsable de equipo lo aprueba antes de enviarlo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>{rejected_comment} — edit and submit again.</source>
        <translation>{rejected_comment} — edítelo y envíelo de nuevo.</translation>
    </message>
    <message>
        <source>Sent back by the approver: {rejected_comment} — edit and submit again.</source>
        <translation>Devuelto por quien aprueba: {rejected_comment} — edítelo y envíelo de nuevo.</translation>
    </message>
    <message>
        <source>@{handle} needs reconnecting: you can write and submit, but nothing goes out until IT reconnects it.</source>
        <translation>@{handle} necesita reconectarse: puede escribir y enviar, pero nada sale hasta que TI lo reconecte.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>the brand account</source>
        <translation>la cuenta de marca</translation>
    </message>
    <message>
        <source>The scheduled time is in the past; choose a later time.</source>
        <translation>La hora programada ya pasó; elija una posterior.</translation>
    </message>
    <message>
        <source>Guidelines: </source>
        <translation>Pautas: </translation>
    </message>
    <message>
        <source>Blocked: {rule}</source>
        <translation>Bloqueado: {rule}</translation>
    </message>
    <message>
        <source>Warning: {rule}</source>
        <translation>Advertencia: {rule}</translation>
    </message>
    <message>
        <source>Will be added (required): {text}</source>
        <translation>Se añadirá (obligatorio): {text}</translation>
    </message>
    <message>
        <source>{count} / {limit} {unit} on {network}</source>
        <translation>{count} / {limit} {unit} en {network}</translation>
    </message>
    <message>
        <source> (signature “{signature}” included)</source>
        <translation> (firma «{signature}» incluida)</translation>
    </message>
    <message>
        <source> — {over} too many</source>
        <translation> — {over} de más</translation>
    </message>
    <message>
        <source>[image: {name} — alt: {alt}]</source>
        <translation>[imagen: {name} — alt: {alt}]</translation>
    </message>
    <message>
        <source>{network} takes {images} at most here; the image was not attached.</source>
        <translation>{network} admite como máximo {images} aquí; la imagen no se adjuntó.</translation>
    </message>
    <message>
        <source> The image was not attached.</source>
        <translation> La imagen no se adjuntó.</translation>
    </message>
    <message>
        <source>Not saved: {describe_error}</source>
        <translation>No guardado: {describe_error}</translation>
    </message>
    <message>
        <source> Nothing was queued; your text is kept.</source>
        <translation> No se puso nada en cola; su texto se conserva.</translation>
    </message>
    <message>
        <source> Correct it, or send again to send it as written.</source>
        <translation> Corríjalo o envíelo de nuevo para enviarlo tal cual.</translation>
    </message>
    <message>
        <source>{describe_error} Nothing was queued; your text is kept.</source>
        <translation>{describe_error} No se puso nada en cola; su texto se conserva.</translation>
    </message>
    <message>
        <source>Submitted for approval.</source>
        <translation>Enviado para aprobación.</translation>
    </message>
    <message>
        <source>Queued to send.</source>
        <translation>En cola para enviar.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Reconnect account</source>
        <extracomment>account state → colour role (ui/theme)</extracomment>
        <translation>Reconectar la cuenta</translation>
    </message>
    <message>
        <source>Connect account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The social network of the account to connect</source>
        <translation>La red social de la cuenta que se va a conectar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Opens the network&apos;s sign-in in your browser</source>
        <translation>Abre el inicio de sesión de la red en su navegador</translation>
    </message>
    <message>
        <source>Stops connecting and closes this window</source>
        <translation>Detiene la conexión y cierra esta ventana</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Select a conversation</source>
        <extracomment>replies submitted but not yet sent (waiting for approval, held, rejected) the classifier&apos;s intent of the conversation (praise offers &quot;Amplify…&quot;) how the thread names an item waiting to go out a conversation other than the shown one was asked for (customer panel) the person asked to reply (R): the composer, where installed, listens the shown conversation left the person&apos;s scope (handed off): the pane closed it &quot;Amplify…&quot; on a praise conversation: the main window opens the dialog conversations this person handed off → the sentence shown if they are out of sight &quot;Assign…&quot; to another team, queued but not yet written set when the window closes: answers arriving later are dropped</extracomment>
        <translation>Seleccione una conversación</translation>
    </message>
    <message>
        <source>Conversation thread</source>
        <translation>Hilo de la conversación</translation>
    </message>
    <message>
        <source>The messages of the open conversation, oldest first</source>
        <translation>Los mensajes de la conversación abierta, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>The messages and internal notes of the selected conversation appear here.</source>
        <translation>Aquí aparecen los mensajes y notas internas de la conversación seleccionada.</translation>
    </message>
    <message>
        <source>Amplify…</source>
        <extracomment>finished merges and splits (tests wait on it)</extracomment>
        <translation>Amplificar…</translation>
    </message>
    <message>
        <source>Boost or quote this praise as the brand (it waits for an approver)</source>
        <translation>Compartir o citar este elogio como la marca (espera a quien aprueba)</translation>
    </message>
    <message>
        <source>This conversation cannot be shown</source>
        <translation>Esta conversación no se puede mostrar</translation>
    </message>
    <message>
        <source>{customer} (@{customer_handle}) → @{account} on {network}</source>
        <translation>{customer} (@{customer_handle}) → @{account} en {network}</translation>
    </message>
    <message>
        <source> · high priority</source>
        <translation> · prioridad alta</translation>
    </message>
    <message>
        <source> · URGENT</source>
        <translation> · URGENTE</translation>
    </message>
    <message>
        <source>Status: {status} · Team: {team} · Assignee: {assignee} · {messages} · {notes}</source>
        <translation>Estado: {status} · Equipo: {team} · Asignada a: {assignee} · {messages} · {notes}</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>It has left your inbox: the receiving team has it now.</source>
        <translation>Ha salido de su bandeja: ahora la tiene el equipo receptor.</translation>
    </message>
    <message>
        <source>Merged the customer&apos;s other conversation into this one: {messages} and {notes} moved, tags and history kept.</source>
        <translation>La otra conversación del cliente se fusionó con esta: {messages} y {notes} movidos, etiquetas e historial conservados.</translation>
    </message>
    <message>
        <source>Split {messages} off into a new conversation: open it from the customer&apos;s history below.</source>
        <translation>{messages} separado(s) en una conversación nueva: ábrala desde el historial del cliente, abajo.</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsTab</name>
    <message>
        <source>One open conversation per customer and channel</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation>Una conversación abierta por cliente y canal</translation>
    </message>
    <message>
        <source>Ticked: a customer&apos;s new message joins their open conversation; saved at once</source>
        <translation>Marcada: un mensaje nuevo de un cliente se une a su conversación abierta; se guarda al instante</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Saved: new messages join the customer&apos;s open conversation.</source>
        <translation>Guardado: los mensajes nuevos se unen a la conversación abierta del cliente.</translation>
    </message>
    <message>
        <source>Saved: every new thread opens its own conversation.</source>
        <translation>Guardado: cada hilo nuevo abre su propia conversación.</translation>
    </message>
</context>
<context>
    <name>CopyTable</name>
    <message>
        <source>The figures as a table; Ctrl+C copies the picked rows or all</source>
        <translation>Las cifras en una tabla; Ctrl+C copia las filas elegidas o todas</translation>
    </message>
</context>
<context>
    <name>CorrectionBar</name>
    <message>
        <source>Correct…</source>
        <extracomment>a correction was stored for this conversation (the pane reloads) finished loads and corrections (tests wait on them)</extracomment>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Set the mood or intent yourself: the conversation changes now, and the team&apos;s model learns from it for the next similar message.</source>
        <translation>Fije usted mismo el tono o la intención: la conversación cambia ahora y el modelo del equipo aprende de ello para el próximo mensaje similar.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Mood and intent unavailable</source>
        <extracomment>(field, value) → the menu&apos;s action, for keyboard users and tests</extracomment>
        <translation>Tono e intención no disponibles</translation>
    </message>
    <message>
        <source>Mood: {mood} · Intent: {intent}</source>
        <translation>Tono: {mood} · Intención: {intent}</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>No classifier evidence was stored for this message.</source>
        <translation>No se guardó ninguna evidencia del clasificador para este mensaje.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) not sent yet</source>
        <translation>
            <numerusform>%Ln respuesta aún sin enviar</numerusform>
            <numerusform>%Ln respuestas aún sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) not sent yet</source>
        <translation>
            <numerusform>%Ln elemento aún sin enviar</numerusform>
            <numerusform>%Ln elementos aún sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln perfil</numerusform>
            <numerusform>%Ln perfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follower(s)</source>
        <translation>
            <numerusform>%Ln seguidor</numerusform>
            <numerusform>%Ln seguidores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversación</numerusform>
            <numerusform>%Ln conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln grupo</numerusform>
            <numerusform>%Ln grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln declaración</numerusform>
            <numerusform>%Ln declaraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>%Ln actualización</numerusform>
            <numerusform>%Ln actualizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread notification(s)</source>
        <translation>
            <numerusform>%Ln notificación sin leer</numerusform>
            <numerusform>%Ln notificaciones sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln watch(es)</source>
        <translation>
            <numerusform>%Ln vigilancia</numerusform>
            <numerusform>%Ln vigilancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past alert(s)</source>
        <translation>
            <numerusform>%Ln alerta anterior</numerusform>
            <numerusform>%Ln alertas anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln publicación</numerusform>
            <numerusform>%Ln publicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln regla</numerusform>
            <numerusform>%Ln reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correction(s)</source>
        <translation>
            <numerusform>%Ln corrección</numerusform>
            <numerusform>%Ln correcciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln etiqueta</numerusform>
            <numerusform>%Ln etiquetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisRoom</name>
    <message>
        <source>Crisis room</source>
        <extracomment>the room asks the main window to end the crisis (it owns the confirmation)</extracomment>
        <translation>Sala de crisis</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Draft statement…</source>
        <translation>Redactar declaración…</translation>
    </message>
    <message>
        <source>Export post-mortem…</source>
        <translation>Exportar post mortem…</translation>
    </message>
    <message>
        <source>End crisis…</source>
        <translation>Terminar la crisis…</translation>
    </message>
    <message>
        <source>Declare crisis…</source>
        <translation>Declarar crisis…</translation>
    </message>
    <message>
        <source>Phrase / customer</source>
        <translation>Frase / cliente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Atendida por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Approve selected statement</source>
        <translation>Aprobar la declaración seleccionada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Related conversations, statements and the decision log</source>
        <translation>Conversaciones relacionadas, comunicados y registro de decisiones</translation>
    </message>
    <message>
        <source>Crisis work</source>
        <translation>Trabajo de crisis</translation>
    </message>
    <message>
        <source>Conversations that match the crisis; Enter opens one in the inbox</source>
        <translation>Conversaciones que coinciden con la crisis; Intro abre una en la bandeja de entrada</translation>
    </message>
    <message>
        <source>Related conversations</source>
        <translation>Conversaciones relacionadas</translation>
    </message>
    <message>
        <source>Holding statements, drafted and approved, newest first</source>
        <translation>Comunicados provisionales, borradores y aprobados, los más recientes primero</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Every decision taken in this crisis, with who and when</source>
        <translation>Cada decisión tomada en esta crisis, con quién y cuándo</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Registro de decisiones</translation>
    </message>
    <message>
        <source>Approves the picked statement for publishing</source>
        <translation>Aprueba el comunicado elegido para publicarlo</translation>
    </message>
    <message>
        <source>Writes a holding statement for approval</source>
        <translation>Escribe un comunicado provisional para aprobar</translation>
    </message>
    <message>
        <source>Saves the crisis timeline and decisions as files</source>
        <translation>Guarda la cronología y las decisiones de la crisis en archivos</translation>
    </message>
    <message>
        <source>Ends the crisis and restores every setting</source>
        <translation>Termina la crisis y restablece todos los ajustes</translation>
    </message>
    <message>
        <source>Declares a crisis: publishing pauses, PR leads</source>
        <translation>Declara una crisis: la publicación se pausa, RR. PP. dirige</translation>
    </message>
    <message>
        <source>No crisis declared. The timeline shows the last two hours.</source>
        <translation>No hay ninguna crisis declarada. La cronología muestra las dos últimas horas.</translation>
    </message>
    <message>
        <source>Crisis: {name} — declared by {declared_by} at {astimezone:%H:%M}. {reason}</source>
        <translation>Crisis: {name} — declarada por {declared_by} a las {astimezone:%H:%M}. {reason}</translation>
    </message>
    <message>
        <source>Crisis “{name}” ended by {ended_by} at {astimezone:%H:%M}</source>
        <translation>Crisis «{name}» terminada por {ended_by} a las {astimezone:%H:%M}</translation>
    </message>
    <message>
        <source>Crisis “{name}” ended.</source>
        <translation>Crisis «{name}» terminada.</translation>
    </message>
    <message>
        <source>Latest alert: {text}</source>
        <translation>Última alerta: {text}</translation>
    </message>
    <message>
        <source>No alert in this period.</source>
        <translation>Ninguna alerta en este periodo.</translation>
    </message>
    <message>
        <source>Related conversations ({n:,}{more})</source>
        <translation>Conversaciones relacionadas ({n:,}{more})</translation>
    </message>
    <message>
        <source>Declare a crisis to gather the related conversations here.</source>
        <translation>Declare una crisis para reunir aquí las conversaciones relacionadas.</translation>
    </message>
    <message>
        <source>No conversation matches the crisis yet: crisis routing marks them as they come in.</source>
        <translation>Aún no hay ninguna conversación que coincida con la crisis: el enrutamiento de crisis las marca a medida que llegan.</translation>
    </message>
    <message>
        <source>{conversations} in {groups}, newest first.</source>
        <translation>{conversations} en {groups}, las más recientes primero.</translation>
    </message>
    <message>
        <source>The newest {n} conversations</source>
        <translation>Las {n} conversaciones más recientes</translation>
    </message>
    <message>
        <source>Statements ({n})</source>
        <translation>Declaraciones ({n})</translation>
    </message>
    <message>
        <source>No statements yet: “Draft statement…” writes one.</source>
        <translation>Aún no hay declaraciones: «Redactar declaración…» crea una.</translation>
    </message>
    <message>
        <source>Decision log ({decisions})</source>
        <translation>Registro de decisiones ({decisions})</translation>
    </message>
    <message>
        <source>You may post from no brand account, so you cannot draft a statement.</source>
        <translation>No puede publicar desde ninguna cuenta de marca, así que no puede redactar una declaración.</translation>
    </message>
    <message>
        <source>Statement “{title}” drafted: {status}.</source>
        <translation>Declaración «{title}» redactada: {status}.</translation>
    </message>
    <message>
        <source>Choose the statement to approve first.</source>
        <translation>Elija primero la declaración que va a aprobar.</translation>
    </message>
    <message>
        <source>Statement “{title}”: {status}.</source>
        <translation>Declaración «{title}»: {status}.</translation>
    </message>
    <message>
        <source>The post-mortem was not saved: {describe_error}</source>
        <translation>El post mortem no se guardó: {describe_error}</translation>
    </message>
    <message>
        <source>Post-mortem saved: {name} and two CSV files in {folder}.</source>
        <translation>Post mortem guardado: {name} y dos archivos CSV en {folder}.</translation>
    </message>
</context>
<context>
    <name>CustomerPanelWidget</name>
    <message>
        <source>Customer picture</source>
        <extracomment>a past conversation was chosen (double click or Enter) something about the customer changed here (note, link): the pane reloads finished avatar loads (tests wait on it) finished actions (tests wait on it)</extracomment>
        <translation>Foto del cliente</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Vincular…</translation>
    </message>
    <message>
        <source>Link a profile on another network: the same person</source>
        <translation>Vincular un perfil de otra red: la misma persona</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Desvincular…</translation>
    </message>
    <message>
        <source>Separates a linked profile: not the same person</source>
        <translation>Separa un perfil vinculado: no es la misma persona</translation>
    </message>
    <message>
        <source>This customer&apos;s earlier conversations</source>
        <translation>Conversaciones anteriores de este cliente</translation>
    </message>
    <message>
        <source>Press Enter to open one</source>
        <translation>Pulse Intro para abrir una</translation>
    </message>
    <message>
        <source>Notes about this customer</source>
        <translation>Notas sobre este cliente</translation>
    </message>
    <message>
        <source>What colleagues wrote about this person</source>
        <translation>Lo que los compañeros escribieron sobre esta persona</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Añadir nota…</translation>
    </message>
    <message>
        <source>Write what colleagues should know about this person</source>
        <translation>Escriba lo que los compañeros deben saber de esta persona</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Correct the selected note (or double-click it)</source>
        <translation>Corregir la nota seleccionada (o haga doble clic en ella)</translation>
    </message>
    <message>
        <source>Customer history and notes</source>
        <translation>Historial y notas del cliente</translation>
    </message>
    <message>
        <source>This customer&apos;s earlier conversations and notes; Ctrl+Tab switches</source>
        <translation>Conversaciones anteriores y notas de este cliente; Ctrl+Tab cambia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Select a conversation to see who wrote and their history.</source>
        <translation>Seleccione una conversación para ver quién escribió y su historial.</translation>
    </message>
    <message>
        <source>on {network}</source>
        <translation>en {network}</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>first seen {date}</source>
        <translation>visto por primera vez el {date}</translation>
    </message>
    <message>
        <source>Same person: </source>
        <translation>Misma persona: </translation>
    </message>
    <message>
        <source>History ({conversations})</source>
        <translation>Historial ({conversations})</translation>
    </message>
    <message>
        <source>History (newest {n} of {conversations})</source>
        <translation>Historial ({n} más recientes de {conversations})</translation>
    </message>
    <message>
        <source>Notes ({notes})</source>
        <translation>Notas ({notes})</translation>
    </message>
    <message>
        <source>No conversation of this person is in your scope.</source>
        <translation>Ninguna conversación de esta persona está en su ámbito.</translation>
    </message>
    <message>
        <source>No notes yet. Add what colleagues should know about this person.</source>
        <translation>Aún no hay notas. Añada lo que los compañeros deben saber de esta persona.</translation>
    </message>
    <message>
        <source>No notes about this person.</source>
        <translation>No hay notas sobre esta persona.</translation>
    </message>
    <message>
        <source>Unlink a profile</source>
        <translation>Desvincular un perfil</translation>
    </message>
    <message>
        <source>No longer the same person:</source>
        <translation>Ya no es la misma persona:</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Key figures, charts and tables for the period; Tab moves through them</source>
        <extracomment>(title, attribute, unit, lower is better)</extracomment>
        <translation>Cifras clave, gráficos y tablas del periodo; Tab los recorre</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Copy table</source>
        <extracomment>what a team or agent table says when it has no row: still reading, or nothing</extracomment>
        <translation>Copiar tabla</translation>
    </message>
    <message>
        <source>Copies the table below for a spreadsheet</source>
        <translation>Copia la tabla de abajo para una hoja de cálculo</translation>
    </message>
    <message>
        <source>{label} ({length} days, {timezone}) · scope: {scope} · filters: {filters}.{as_of}</source>
        <translation>{label} ({length} días, {timezone}) · ámbito: {scope} · filtros: {filters}.{as_of}</translation>
    </message>
    <message>
        <source>No conversations in this period for your scope and filters. Try a longer period or fewer filters.</source>
        <translation>No hay conversaciones en este periodo para su ámbito y filtros. Pruebe un periodo más largo o menos filtros.</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>No posts</source>
        <translation>Sin publicaciones</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <source>Declare crisis</source>
        <extracomment>an alert older than this no longer shows in the banner (it stays in the room)</extracomment>
        <translation>Declarar una crisis</translation>
    </message>
    <message>
        <source>e.g. Bolt charger overheating</source>
        <translation>p. ej., sobrecalentamiento del cargador Bolt</translation>
    </message>
    <message>
        <source>Why now: what you saw</source>
        <translation>Por qué ahora: lo que ha visto</translation>
    </message>
    <message>
        <source>words that mark related conversations, comma-separated</source>
        <translation>palabras que marcan las conversaciones relacionadas, separadas por comas</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>In one step: publishing is paused (a pause already in place stays), every reply and post needs PR&apos;s approval, conversations matching the keywords go to PR as well, and approved holding statements are offered first to agents. Ending the crisis puts every setting back as it was.</source>
        <translation>En un solo paso: se pausa la publicación (una pausa ya existente se mantiene), cada respuesta y publicación necesita la aprobación de RR. PP., las conversaciones que coinciden con las palabras clave van también a RR. PP. y las declaraciones provisionales aprobadas se ofrecen primero a los agentes. Terminar la crisis devuelve cada ajuste a como estaba.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and approve — @{account} ({network})</source>
        <extracomment>(parent, row) → the edited text, or None when the approver cancels (parent, row) → the comment for the author, or None when cancelled</extracomment>
        <translation>Editar y aprobar — @{account} ({network})</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>In reply to: {in_reply_to}</source>
        <translation>En respuesta a: {in_reply_to}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Open and pending</source>
        <translation>Abiertas y en espera</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>DMs</source>
        <translation>Mensajes directos</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Cualquier tono</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Cualquier SLA</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <extracomment>the filter changed (the view is kept by the window)</extracomment>
        <translation>Buscar en la bandeja</translation>
    </message>
    <message>
        <source>Search messages, customer names and @handles…  (/)</source>
        <translation>Buscar mensajes, nombres de clientes y @usuarios…  (/)</translation>
    </message>
    <message>
        <source>Finds conversations whose messages hold these words, or whose customer&apos;s name or handle holds them. Each view keeps its own search.</source>
        <translation>Encuentra conversaciones cuyos mensajes contienen estas palabras, o cuyo nombre o usuario del cliente las contiene. Cada vista conserva su propia búsqueda.</translation>
    </message>
    <message>
        <source>Any network</source>
        <extracomment>search text per view (view key → text): a search never silently follows to another</extracomment>
        <translation>Cualquier red</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Cualquier cuenta</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Shows conversations in this state</source>
        <translation>Muestra las conversaciones en este estado</translation>
    </message>
    <message>
        <source>SLA filter</source>
        <translation>Filtro de SLA</translation>
    </message>
    <message>
        <source>Shows conversations by their reply timer</source>
        <translation>Muestra las conversaciones según su plazo de respuesta</translation>
    </message>
    <message>
        <source>Network filter</source>
        <translation>Filtro de red</translation>
    </message>
    <message>
        <source>Shows one social network only</source>
        <translation>Muestra solo una red social</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Filtro de cuenta</translation>
    </message>
    <message>
        <source>Shows one brand account only</source>
        <translation>Muestra solo una cuenta de marca</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <source>Mentions, comments or direct messages</source>
        <translation>Menciones, comentarios o mensajes directos</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtro de prioridad</translation>
    </message>
    <message>
        <source>Shows one priority only</source>
        <translation>Muestra solo una prioridad</translation>
    </message>
    <message>
        <source>Mood filter</source>
        <translation>Filtro de ánimo</translation>
    </message>
    <message>
        <source>Shows one customer mood only</source>
        <translation>Muestra solo un estado de ánimo del cliente</translation>
    </message>
    <message>
        <source>Shows conversations with this tag; type to find one</source>
        <translation>Muestra las conversaciones con esta etiqueta; escriba para encontrar una</translation>
    </message>
    <message>
        <source>Type a tag to show only its conversations</source>
        <translation>Escriba una etiqueta para mostrar solo sus conversaciones</translation>
    </message>
    <message>
        <source>Keeps this search and these filters as a view</source>
        <translation>Guarda esta búsqueda y estos filtros como vista</translation>
    </message>
    <message>
        <source>Empties the search and sets every filter to any</source>
        <translation>Vacía la búsqueda y pone cada filtro en «cualquiera»</translation>
    </message>
    <message>
        <source>Searching ‘{text}’ in {view_title}</source>
        <extracomment>the window adds its own controls at the ends (Take next, the count): they take the first row&apos;s spare width, where the search box gives way, not the filters&apos;</extracomment>
        <translation>Buscando ‘{text}’ en {view_title}</translation>
    </message>
    <message>
        <source>No search in {view_title}</source>
        <translation>Sin búsqueda en {view_title}</translation>
    </message>
    <message>
        <source>Searching ‘{text}’ in {view_title} only. </source>
        <translation>Buscando ‘{text}’ solo en {view_title}. </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Pick one with the arrow keys; Tab moves on</source>
        <extracomment>what a form&apos;s submit returns: None when done, else problems keyed by field (&quot;&quot; for the form) what each field holds, read after its name (an error is read instead while shown)</extracomment>
        <translation>Elija con las flechas; Tab pasa al siguiente</translation>
    </message>
    <message>
        <source>Hidden as you type; Tab moves on</source>
        <translation>Oculto al escribir; Tab pasa al siguiente</translation>
    </message>
    <message>
        <source>Required; Tab moves to the next field</source>
        <translation>Obligatorio; Tab pasa al campo siguiente</translation>
    </message>
    <message>
        <source>May stay empty; Tab moves to the next field</source>
        <translation>Puede quedar vacío; Tab pasa al campo siguiente</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>GuardrailsTab</name>
    <message>
        <source>Loading…</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Guardrail rules</source>
        <translation>Reglas de salvaguarda</translation>
    </message>
    <message>
        <source>e.g. guarantee   ·   Ad: paid partnership   ·   acme.example</source>
        <translation>p. ej., garantía   ·   Publicidad: colaboración pagada   ·   acme.example</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Warn only</source>
        <translation>Solo advertir</translation>
    </message>
    <message>
        <source>Why — shown to the author, e.g. “legal: we never promise”</source>
        <translation>Por qué — se muestra al autor, p. ej., «legal: nunca prometemos»</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>When broken</source>
        <translation>Si se incumple</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar la seleccionada</translation>
    </message>
    <message>
        <source>The rules every reply and post is checked against</source>
        <translation>Las reglas con las que se comprueba cada respuesta y publicación</translation>
    </message>
    <message>
        <source>What the rule looks for: a word, a required line, a link</source>
        <translation>Lo que busca la regla: una palabra, una línea obligatoria, un enlace</translation>
    </message>
    <message>
        <source>Block stops the message; Warn only lets it go with a note</source>
        <translation>Bloquear detiene el mensaje; Solo advertir lo deja salir con una nota</translation>
    </message>
    <message>
        <source>The role the rule applies to, or everyone</source>
        <translation>El rol al que se aplica la regla, o todos</translation>
    </message>
    <message>
        <source>The team the rule applies to, or everyone</source>
        <translation>El equipo al que se aplica la regla, o todos</translation>
    </message>
    <message>
        <source>Adds the rule written in the fields above</source>
        <translation>Añade la regla escrita en los campos de arriba</translation>
    </message>
    <message>
        <source>Deletes the rule picked in the list</source>
        <translation>Elimina la regla elegida en la lista</translation>
    </message>
    <message>
        <source>No guardrail yet: everyone may write freely.</source>
        <translation>Aún no hay ninguna salvaguarda: todos pueden escribir libremente.</translation>
    </message>
    <message>
        <source>Not added: {describe_error}</source>
        <translation>No se añadió: {describe_error}</translation>
    </message>
    <message>
        <source>Added: {describe}</source>
        <translation>Añadida: {describe}</translation>
    </message>
    <message>
        <source>Select a rule to remove.</source>
        <translation>Seleccione la regla que quiere quitar.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Regla quitada.</translation>
    </message>
</context>
<context>
    <name>HandoffBar</name>
    <message>
        <source>Hand off…</source>
        <extracomment>(conversation id, receiving team, whether the sender still sees it) after a hand-off conversations whose hand-off is under way (their row may leave before the answer)</extracomment>
        <translation>Pasar…</translation>
    </message>
    <message>
        <source>Passes this conversation to another team or colleague</source>
        <translation>Pasa esta conversación a otro equipo o a un compañero</translation>
    </message>
    <message>
        <source>Lead → Sales</source>
        <translation>Cliente potencial → Ventas</translation>
    </message>
    <message>
        <source>Hot lead to sales: hand over, tagged hot-lead, high priority</source>
        <translation>Cliente potencial para ventas: se pasa, etiquetado hot-lead, prioridad alta</translation>
    </message>
    <message>
        <source>Feedback → Product</source>
        <translation>Comentario → Producto</translation>
    </message>
    <message>
        <source>Feedback to product: hand over, tagged feedback</source>
        <translation>Comentario para producto: se pasa, etiquetado feedback</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Hand off to another team</source>
        <translation>Pasar a otro equipo</translation>
    </message>
    <message>
        <source>Hand this conversation to:</source>
        <translation>Pasar esta conversación a:</translation>
    </message>
    <message>
        <source>Note for the receiving team (shown to them first):</source>
        <translation>Nota para el equipo receptor (se le muestra primero):</translation>
    </message>
    <message>
        <source>Why they get it, what the customer needs, what was done…</source>
        <translation>Por qué la recibe, qué necesita el cliente, qué se hizo…</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <source>Say in a few words why the receiving team gets this conversation.</source>
        <translation>Diga en pocas palabras por qué el equipo receptor recibe esta conversación.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Customer</source>
        <extracomment>colleagues&apos; changes are read and placed at most this often (one query, one repaint) column names (translated where shown: headerData); the English name is the column&apos;s key</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>most urgent first</source>
        <extracomment>the order a click on a column&apos;s header asks the server for (others do not sort) the orders in words (app.inbox.views.SortKey.title is the English)</extracomment>
        <translation>las más urgentes primero</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>las más recientes primero</translation>
    </message>
    <message>
        <source>highest priority first</source>
        <translation>mayor prioridad primero</translation>
    </message>
    <message>
        <source>customer A–Z</source>
        <translation>cliente A–Z</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>por estado</translation>
    </message>
    <message>
        <source>Priority: {word}</source>
        <extracomment>the role holding a row&apos;s chips: (text, accessible name, kind) tuples the brushes of the rows&apos; colour roles, per scheme (data() is called for every visible cell)</extracomment>
        <translation>Prioridad: {word}</translation>
    </message>
    <message>
        <source>Mood: {mood}</source>
        <translation>Tono: {mood}</translation>
    </message>
    <message>
        <source>Intent: {intent}</source>
        <translation>Intención: {intent}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Equipo: {team}</translation>
    </message>
    <message>
        <source>Account: @{account}</source>
        <translation>Cuenta: @{account}</translation>
    </message>
    <message>
        <source>Network: {network}</source>
        <translation>Red: {network}</translation>
    </message>
    <message>
        <source>Mood: {mood} (classifier score {score:+.2f})</source>
        <translation>Tono: {mood} (puntuación del clasificador {score:+.2f})</translation>
    </message>
    <message>
        <source>Intent: {intent} — cues: {cues}</source>
        <translation>Intención: {intent} — pistas: {cues}</translation>
    </message>
    <message>
        <source>Placed here by {rule}</source>
        <translation>Colocada aquí por {rule}</translation>
    </message>
    <message>
        <source>late {age}</source>
        <translation>{age} de retraso</translation>
    </message>
    <message>
        <source>{age} left</source>
        <translation>{age} restante</translation>
    </message>
    <message>
        <source>Click to sort: {order} (again for the other way)</source>
        <extracomment>emitted after each applied change batch with the ids touched (tests and benchmarks) conversations waiting to be placed while the list is held: (new, changed or leaving) the conversation whose row is being removed, while the view reacts to it display texts per row (built at first paint, dropped when the row changes) colleagues&apos; changes gathered for one read and one repaint (see apply_changes) &quot;now&quot; for ages and SLA timers, advanced by tick() (not per painted cell) pages loaded so far (benchmarks and tests wait on it) where the last page of a search was read (the replica and its lag, or the primary when the replica could not be reached); None when it was read from the primary conversation id → colleagues there now (set by the window from presence events) while held, arrivals, moves and departures wait here (id → new row, None = leaves)</extracomment>
        <translation>Pulse para ordenar: {order} (otra vez para invertir)</translation>
    </message>
    <message>
        <source>no SLA timer</source>
        <translation>sin plazo SLA</translation>
    </message>
    <message>
        <source>Reply due {when}</source>
        <translation>Respuesta antes del {when}</translation>
    </message>
</context>
<context>
    <name>InboxTable</name>
    <message>
        <source>Conversations</source>
        <extracomment>the list places waiting rows after this long without the person moving or typing in it widths that read at 1366×768; the message takes the rest the person asked for another order: (SortKey value, reversed)</extracomment>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Conversations in this view; the arrow keys open one, T takes the next</source>
        <translation>Conversaciones de esta vista; las flechas abren una, T toma la siguiente</translation>
    </message>
    <message>
        <source>Conversations in this view; Enter opens, Take next claims the next one</source>
        <translation type="vanished">Conversaciones de esta vista; Intro abre, «Tomar la siguiente» toma la siguiente</translation>
    </message>
</context>
<context>
    <name>LearningSettingsTab</name>
    <message>
        <source>Learn from the team&apos;s corrections (used in routing)</source>
        <extracomment>finished loads and saves (tests wait on it)</extracomment>
        <translation>Aprender de las correcciones del equipo (se usa en el enrutamiento)</translation>
    </message>
    <message>
        <source>Ticked: corrected classifications teach routing; saved at once</source>
        <translation>Marcada: las clasificaciones corregidas enseñan al enrutamiento; se guarda al instante</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Saved: routing learns from the team&apos;s corrections.</source>
        <translation>Guardado: el enrutamiento aprende de las correcciones del equipo.</translation>
    </message>
    <message>
        <source>Saved: routing uses the shipped classifiers only; the model was dropped.</source>
        <translation>Guardado: el enrutamiento usa solo los clasificadores incluidos; el modelo se ha descartado.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link another profile of this person</source>
        <translation>Vincular otro perfil de esta persona</translation>
    </message>
    <message>
        <source>Handle or name on any network, then Enter</source>
        <translation>Usuario o nombre en cualquier red, luego Intro</translation>
    </message>
    <message>
        <source>Search for the person&apos;s profile on another network.</source>
        <translation>Busque el perfil de la persona en otra red.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>{profiles} found; choose one to link.</source>
        <translation>{profiles} encontrado(s); elija uno para vincular.</translation>
    </message>
    <message>
        <source>No profile you may work on matches &apos;{text}&apos;.</source>
        <translation>Ningún perfil que pueda atender coincide con &apos;{text}&apos;.</translation>
    </message>
</context>
<context>
    <name>ListeningWindow</name>
    <message>
        <source>Listening</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>the post the &quot;Sent to …&quot; line is about</extracomment>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Listen through</source>
        <translation>Escuchar a través de</translation>
    </message>
    <message>
        <source>for</source>
        <translation>por</translation>
    </message>
    <message>
        <source>Marketing and PR manage watches; you can read the stream.</source>
        <translation>Marketing y RR. PP. gestionan las vigilancias; usted puede leer el flujo.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>All watches</source>
        <translation>Todas las vigilancias</translation>
    </message>
    <message>
        <source>Send to team as a conversation</source>
        <translation>Enviar al equipo como conversación</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Brand account to listen through</source>
        <translation>Cuenta de marca con la que escuchar</translation>
    </message>
    <message>
        <source>The network searches run as this account</source>
        <translation>Las búsquedas en la red se hacen con esta cuenta</translation>
    </message>
    <message>
        <source>What to listen for</source>
        <translation>Qué escuchar</translation>
    </message>
    <message>
        <source>A hashtag, a keyword or an exact phrase</source>
        <translation>Un hashtag, una palabra clave o una frase exacta</translation>
    </message>
    <message>
        <source>Hashtag, keyword or phrase</source>
        <translation>Hashtag, palabra clave o frase</translation>
    </message>
    <message>
        <source>What to listen for; Enter starts listening</source>
        <translation>Qué escuchar; Intro empieza a escuchar</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Escuchas</translation>
    </message>
    <message>
        <source>What the console listens for, and how much each heard</source>
        <translation>Lo que escucha la consola y cuánto ha oído cada escucha</translation>
    </message>
    <message>
        <source>Show the posts heard by</source>
        <translation>Mostrar las publicaciones oídas por</translation>
    </message>
    <message>
        <source>Shows the posts of one watch, or of all</source>
        <translation>Muestra las publicaciones de una escucha, o de todas</translation>
    </message>
    <message>
        <source>Posts heard</source>
        <translation>Publicaciones oídas</translation>
    </message>
    <message>
        <source>Public posts that matched a watch, newest first</source>
        <translation>Publicaciones públicas que coincidieron con una escucha, las más recientes primero</translation>
    </message>
    <message>
        <source>The selected post</source>
        <translation>La publicación elegida</translation>
    </message>
    <message>
        <source>The whole post, read-only</source>
        <translation>La publicación entera, solo lectura</translation>
    </message>
    <message>
        <source>Team to send the post to</source>
        <translation>Equipo al que enviar la publicación</translation>
    </message>
    <message>
        <source>The team whose inbox gets the post as a conversation</source>
        <translation>El equipo cuya bandeja de entrada recibe la publicación como conversación</translation>
    </message>
    <message>
        <source>Starts listening for what is typed above</source>
        <translation>Empieza a escuchar lo escrito arriba</translation>
    </message>
    <message>
        <source>Pauses or resumes the picked watch</source>
        <translation>Pausa o reanuda la escucha elegida</translation>
    </message>
    <message>
        <source>Stops the picked watch and forgets it</source>
        <translation>Detiene la escucha elegida y la olvida</translation>
    </message>
    <message>
        <source>Could not refresh: {describe_error}</source>
        <translation>No se pudo actualizar: {describe_error}</translation>
    </message>
    <message>
        <source>{watches} · {items} heard in 24 h</source>
        <translation>{watches} · {items} en 24 h</translation>
    </message>
    <message>
        <source>all watches</source>
        <translation>todas las vigilancias</translation>
    </message>
    <message>
        <source>{items} heard · {which}</source>
        <translation>{items} · {which}</translation>
    </message>
    <message>
        <source>Could not load more: {describe_error}</source>
        <translation>No se pudo cargar más: {describe_error}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Marketing and PR send heard posts to a team.</source>
        <translation>Marketing y RR. PP. envían las publicaciones escuchadas a un equipo.</translation>
    </message>
    <message>
        <source>Listening for {label}: the first read is on its way.</source>
        <translation>Escuchando {label}: la primera lectura está en camino.</translation>
    </message>
    <message>
        <source>Remove now</source>
        <translation>Quitar ahora</translation>
    </message>
    <message>
        <source>Remove {label} and the {items} it heard? Conversations made from it stay in the inbox. Click “Remove now” to confirm.</source>
        <translation>¿Quitar {label} y lo que escuchó ({items})? Las conversaciones creadas a partir de ello se quedan en la bandeja de entrada. Haga clic en «Quitar ahora» para confirmar.</translation>
    </message>
    <message>
        <source>Removed {label}.</source>
        <translation>Quitado: {label}.</translation>
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
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Which conversations the inbox shows, with unread counts</source>
        <translation>Qué conversaciones muestra la bandeja, con el número de no leídas</translation>
    </message>
    <message>
        <source>Database: {db_label}</source>
        <extracomment>a saved view just chosen: its order (sort key, reversed), applied with its filter the reading pane&apos;s width while a conversation was open (given back when one opens)</extracomment>
        <translation>Base de datos: {db_label}</translation>
    </message>
    <message>
        <source>Signed in as {display_name} ({username})</source>
        <translation>Sesión iniciada como {display_name} ({username})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Delete saved view</source>
        <translation>&amp;Eliminar vista guardada</translation>
    </message>
    <message>
        <source>&amp;Appearance and language…</source>
        <translation>Apariencia e &amp;idioma…</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <source>&amp;People and permissions…</source>
        <translation>&amp;Personas y permisos…</translation>
    </message>
    <message>
        <source>R&amp;outing</source>
        <translation>E&amp;nrutamiento</translation>
    </message>
    <message>
        <source>Routing &amp;rules…</source>
        <translation>&amp;Reglas de enrutamiento…</translation>
    </message>
    <message>
        <source>Agents&apos; &amp;capacity…</source>
        <translation>&amp;Capacidad de los agentes…</translation>
    </message>
    <message>
        <source>&amp;Voice of the customer…</source>
        <translation>&amp;Voz del cliente…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Social Console</source>
        <translation>Acerca &amp;de Social Console</translation>
    </message>
    <message>
        <source>Social Console</source>
        <translation>Social Console</translation>
    </message>
    <message>
        <source>Social Console — your company&apos;s social accounts, worked together.
Database: {db_label}
Update channel: {update_channel} (IT sets it in {system_config_file})</source>
        <translation>Social Console — las cuentas sociales de su empresa, atendidas en conjunto.
Base de datos: {db_label}
Canal de actualización: {update_channel} (TI lo fija en {system_config_file})</translation>
    </message>
    <message>
        <source>Replying: colleagues now see that you are writing the answer.</source>
        <translation>Respondiendo: los compañeros ven ahora que usted escribe la respuesta.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>Saved the view “{name}”.</source>
        <translation>Vista «{name}» guardada.</translation>
    </message>
    <message>
        <source>Choose one of your saved views (★) first.</source>
        <translation>Elija primero una de sus vistas guardadas (★).</translation>
    </message>
    <message>
        <source>Not notified (no colleague or team has that name): </source>
        <translation>No notificado (ningún compañero ni equipo se llama así): </translation>
    </message>
    <message>
        <source>Not notified (they cannot see this conversation): </source>
        <translation>No notificado (no pueden ver esta conversación): </translation>
    </message>
    <message>
        <source>The database connection is back; waiting actions were written.</source>
        <translation>La conexión con la base de datos ha vuelto; las acciones pendientes se escribieron.</translation>
    </message>
    <message>
        <source>Database: {db_label} ({live})</source>
        <translation>Base de datos: {db_label} ({live})</translation>
    </message>
    <message>
        <source>Your permissions were changed by IT.</source>
        <translation>TI ha cambiado sus permisos.</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Panels sharing this place; the arrow keys switch between them</source>
        <translation>Paneles que comparten este lugar; las flechas cambian entre ellos</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge conversations</source>
        <translation>Fusionar conversaciones</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s other conversation to merge into this one. Its messages, internal notes, tags and assignment history move here; it then disappears from every inbox. Only conversations with the same brand account are listed.</source>
        <translation>Elija la otra conversación del cliente que se fusionará con esta. Sus mensajes, notas internas, etiquetas e historial de asignación pasan aquí; después desaparece de todas las bandejas. Solo se listan conversaciones con la misma cuenta de marca.</translation>
    </message>
    <message>
        <source>Merge into this one</source>
        <translation>Fusionar con esta</translation>
    </message>
    <message>
        <source>direct messages</source>
        <translation>mensajes directos</translation>
    </message>
    <message>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <source>This customer has no other conversation with this brand account that you may work on.</source>
        <translation>Este cliente no tiene otra conversación con esta cuenta de marca que usted pueda atender.</translation>
    </message>
</context>
<context>
    <name>MultiPostDialog</name>
    <message>
        <source>New post</source>
        <extracomment>the set was queued: (set key, how many posts)</extracomment>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <source>Accounts to post from</source>
        <extracomment>the checks the service runs at submission (guardrails add theirs here)</extracomment>
        <translation>Cuentas desde las que publicar</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Texto de la publicación</translation>
    </message>
    <message>
        <source>What should the brand say? (sent to every account ticked)</source>
        <translation>¿Qué debe decir la marca? (se envía a cada cuenta marcada)</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>Adjuntar imagen…</translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Quitar imágenes</translation>
    </message>
    <message>
        <source>No images attached.</source>
        <translation>No hay imágenes adjuntas.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>e.g. Spring sale (optional; filters the calendar)</source>
        <translation>p. ej. Rebajas de primavera (opcional; filtra el calendario)</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Hora programada</translation>
    </message>
    <message>
        <source>Schedule for</source>
        <translation>Programar para</translation>
    </message>
    <message>
        <source>Two-step approval: team lead, then legal</source>
        <translation>Aprobación en dos pasos: jefe de equipo y luego asesoría jurídica</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Variants and previews</source>
        <translation>Variantes y vistas previas</translation>
    </message>
    <message>
        <source>Tick one or more accounts to see how the post will look on each.</source>
        <translation>Marque una o varias cuentas para ver cómo se verá la publicación en cada una.</translation>
    </message>
    <message>
        <source>Post from:</source>
        <translation>Publicar desde:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>How the post will look on each ticked account; scroll to see all</source>
        <translation>Cómo se verá la publicación en cada cuenta marcada; desplácese para verlas todas</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>Vistas previas</translation>
    </message>
    <message>
        <source>One page per network: its own text and a preview; Ctrl+Tab switches</source>
        <translation>Una página por red: su propio texto y una vista previa; Ctrl+Tab cambia</translation>
    </message>
    <message>
        <source>Tick each brand account the post goes out from</source>
        <translation>Marque cada cuenta de marca desde la que sale la publicación</translation>
    </message>
    <message>
        <source>What the brand says on every ticked account, unless a page says otherwise</source>
        <translation>Lo que dice la marca en cada cuenta marcada, salvo que una página diga otra cosa</translation>
    </message>
    <message>
        <source>Adds images from this computer</source>
        <translation>Añade imágenes de este ordenador</translation>
    </message>
    <message>
        <source>Takes every image off this post</source>
        <translation>Quita todas las imágenes de esta publicación</translation>
    </message>
    <message>
        <source>Ticked: the post waits until the time beside it</source>
        <translation>Marcada: la publicación espera hasta la hora de al lado</translation>
    </message>
    <message>
        <source>When the post goes out; the arrow keys change it</source>
        <translation>Cuándo sale la publicación; las flechas la cambian</translation>
    </message>
    <message>
        <source>Ticked: a team lead approves, then legal, before it goes out</source>
        <translation>Marcada: aprueba un jefe de equipo y luego el departamento legal antes de salir</translation>
    </message>
    <message>
        <source>Queues one post per ticked account for approval</source>
        <translation>Deja pendiente de aprobación una publicación por cuenta marcada</translation>
    </message>
    <message>
        <source>Closes this window; nothing is sent</source>
        <translation>Cierra esta ventana; no se envía nada</translation>
    </message>
    <message>
        <source>You may not post from any brand account; ask IT for access.</source>
        <translation>No puede publicar desde ninguna cuenta de la marca; pida acceso a TI.</translation>
    </message>
    <message>
        <source>Send {posts} for approval</source>
        <translation>Enviar {posts} para aprobación</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source> Your text is kept.</source>
        <translation> Su texto se conserva.</translation>
    </message>
    <message>
        <source>{posts} sent for approval as one set (team lead, then legal).</source>
        <translation>{posts} enviadas para aprobación como un conjunto (jefe de equipo y luego asesoría jurídica).</translation>
    </message>
    <message>
        <source>{posts} sent for approval as one set.</source>
        <translation>{posts} enviadas para aprobación como un conjunto.</translation>
    </message>
    <message>
        <source>{posts} queued for the scheduled time.</source>
        <translation>{posts} en cola para la hora programada.</translation>
    </message>
    <message>
        <source>{posts} queued.</source>
        <translation>{posts} en cola.</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Text for {get} only</source>
        <translation>Texto solo para {get}</translation>
    </message>
    <message>
        <source>Leave empty to send the main text; or write {get}&apos;s own version here.</source>
        <translation>Déjelo vacío para enviar el texto principal; o escriba aquí la versión propia de {get}.</translation>
    </message>
    <message>
        <source>Text for {get} only:</source>
        <translation>Texto solo para {get}:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New post</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window; an unsent draft is kept</source>
        <translation>Cierra esta ventana; un borrador sin enviar se conserva</translation>
    </message>
</context>
<context>
    <name>NewRowsButton</name>
    <message>
        <source>Place new conversations</source>
        <translation>Colocar las conversaciones nuevas</translation>
    </message>
    <message>
        <source>The list holds still while you work in it. Click to place them now.</source>
        <translation>La lista se queda quieta mientras trabaja en ella. Pulse para colocarlas ahora.</translation>
    </message>
    <message>
        <source>{new} new</source>
        <translation>{new} nueva(s)</translation>
    </message>
    <message>
        <source> — show</source>
        <translation> — mostrar</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Only colleagues see notes. Mention someone with @name or a team with @team-name to notify them.</source>
        <translation>Solo los compañeros ven las notas. Mencione a alguien con @nombre o a un equipo con @nombre-equipo para avisarles.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source> They would not be notified. Correct the name, or press Add note again to add the note as written.</source>
        <translation> No recibirían aviso. Corrija el nombre o pulse de nuevo Añadir nota para añadirla tal cual.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note about the customer</source>
        <translation>Nota sobre el cliente</translation>
    </message>
    <message>
        <source>What colleagues should know about this person, whichever conversation they open.</source>
        <translation>Lo que los compañeros deben saber de esta persona, abran la conversación que abran.</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Concerning me</source>
        <extracomment>newest notifications read per load (the rest stay in the database, unread ones counted) the floating panel&apos;s size (smaller windows get less) several notifications in a burst cause one reload open this conversation (the main window selects it) unread notifications that concern the person (the badge)</extracomment>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Concerning me: everything addressed to you, and SLA breaches of conversations you hold or that wait unassigned in your teams. All: every notification you received.</source>
        <translation>Sobre mí: todo lo dirigido a usted y los incumplimientos de SLA de conversaciones que tiene o que esperan sin asignar en sus equipos. Todas: cada notificación recibida.</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Marcar todas como leídas</translation>
    </message>
    <message>
        <source>Marks the picked notifications as read</source>
        <translation>Marca como leídas las notificaciones elegidas</translation>
    </message>
    <message>
        <source>Marks every notification shown here as read</source>
        <translation>Marca como leídas todas las notificaciones mostradas aquí</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Mentions, hand-offs and approvals for you; Enter opens one</source>
        <translation>Menciones, traspasos y aprobaciones para usted; Intro abre una</translation>
    </message>
    <message>
        <source>Notifications could not be read: {describe_error}</source>
        <translation>No se pudieron leer las notificaciones: {describe_error}</translation>
    </message>
    <message>
        <source>Not marked read: {describe_error}</source>
        <translation>No marcada como leída: {describe_error}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>New assignment</source>
        <translation>Nueva asignación</translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>Le han mencionado</translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>Crisis alert</source>
        <translation>Alerta de crisis</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
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
        <translation>Social Console — ninguna notificación sin leer</translation>
    </message>
</context>
<context>
    <name>PostsWindow</name>
    <message>
        <source>Posts and experiments</source>
        <extracomment>the three lines, coloured by the theme&apos;s chart series (distinguishable in both schemes)</extracomment>
        <translation>Publicaciones y experimentos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Compare the two selected posts as A/B…</source>
        <translation>Comparar las dos publicaciones seleccionadas como A/B…</translation>
    </message>
    <message>
        <source>Sent posts and their metrics</source>
        <translation>Publicaciones enviadas y sus métricas</translation>
    </message>
    <message>
        <source>No post has been sent yet. Posts sent from the console appear here with their likes, reposts and replies as the networks report them.</source>
        <translation>Aún no se ha enviado ninguna publicación. Las publicaciones enviadas desde la consola aparecen aquí con sus Me gusta, republicaciones y respuestas, según los comunican las redes.</translation>
    </message>
    <message>
        <source>Performance over time</source>
        <translation>Rendimiento a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Experiments and how sure each difference is</source>
        <translation>Experimentos y la fiabilidad de cada diferencia</translation>
    </message>
    <message>
        <source>Each A/B comparison and whether its difference is more than chance</source>
        <translation>Cada comparación A/B y si su diferencia es más que azar</translation>
    </message>
    <message>
        <source>Posts sent from the console with likes, reposts and replies; pick two to compare</source>
        <translation>Publicaciones enviadas desde la consola con me gusta, republicaciones y respuestas; elija dos para comparar</translation>
    </message>
    <message>
        <source>Compares the two picked posts as an experiment</source>
        <translation>Compara las dos publicaciones elegidas como un experimento</translation>
    </message>
    <message>
        <source>Reads the posts and their metrics again</source>
        <translation>Vuelve a leer las publicaciones y sus métricas</translation>
    </message>
    <message>
        <source>No experiment yet. Send two variants of a post (to two accounts, or at two times), select both above and press “Compare…”.</source>
        <translation>Aún no hay ningún experimento. Envíe dos variantes de una publicación (en dos cuentas o en dos momentos), seleccione ambas arriba y pulse «Comparar…».</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
    <message>
        <source>{plural} · {measured:,} measured · {plural2}</source>
        <translation>{plural} · {measured:,} medidas · {plural2}</translation>
    </message>
    <message>
        <source>Select one post to see its trend.</source>
        <translation>Seleccione una publicación para ver su tendencia.</translation>
    </message>
    <message>
        <source>Performance over time · {plural}</source>
        <translation>Rendimiento a lo largo del tiempo · {plural}</translation>
    </message>
    <message>
        <source>Not measured yet: the sync worker reads metrics every few minutes.</source>
        <translation>Aún sin medir: el proceso de sincronización lee las métricas cada pocos minutos.</translation>
    </message>
    <message>
        <source>New A/B experiment</source>
        <translation>Nuevo experimento A/B</translation>
    </message>
    <message>
        <source>Name the experiment:</source>
        <translation>Nombre del experimento:</translation>
    </message>
    <message>
        <source>Experiment “{strip}” created: A and B are compared below.</source>
        <translation>Experimento «{strip}» creado: A y B se comparan abajo.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Appearance and language</source>
        <translation>Apariencia e idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light, dark, or the colours your desktop uses; applied at once</source>
        <translation>Claro, oscuro o los colores de su escritorio; se aplica al instante</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>The language of the console&apos;s windows; used from the next start</source>
        <translation>El idioma de las ventanas de la consola; se usa desde el próximo inicio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The theme is set by IT for this computer.</source>
        <translation>TI fija el tema en este ordenador.</translation>
    </message>
    <message>
        <source>The language is set by IT for this computer.</source>
        <translation>TI fija el idioma en este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language is used from your next sign-in.</source>
        <translation>El nuevo idioma se usa a partir de su próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <source>[{name} cannot be shown]</source>
        <extracomment>how long a link is shown in a preview before &quot;…&quot; (Mastodon and X cut links for display)</extracomment>
        <translation>[{name} no se puede mostrar]</translation>
    </message>
    <message>
        <source>Image: {m}</source>
        <translation>Imagen: {m}</translation>
    </message>
</context>
<context>
    <name>ReplyPolicyTab</name>
    <message>
        <source>Only the colleague who holds a conversation may reply in it (owner-only)</source>
        <translation>Solo el compañero que tiene una conversación puede responder en ella (solo el titular)</translation>
    </message>
    <message>
        <source>Ticked: only the holder of a conversation may reply in it</source>
        <translation>Marcada: solo quien tiene una conversación puede responder en ella</translation>
    </message>
    <message>
        <source>When on, a colleague&apos;s reply is refused with the owner&apos;s name, and an unclaimed conversation must be claimed first. Approvers are warned about replies from someone who does not hold the conversation either way.</source>
        <translation>Si está activado, la respuesta de un compañero se rechaza indicando el nombre del titular, y una conversación sin tomar debe tomarse primero. En cualquier caso, se avisa a quienes aprueban de las respuestas de alguien que no tiene la conversación.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Posts as the brand</source>
        <translation>Publicaciones como la marca</translation>
    </message>
    <message>
        <source>One row per role; Space ticks what it may send without approval</source>
        <translation>Una fila por rol; Espacio marca lo que puede enviar sin aprobación</translation>
    </message>
    <message>
        <source>Per role: tick what goes out without a team lead&apos;s approval</source>
        <translation>Por rol: marque lo que sale sin la aprobación de un responsable de equipo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Every reply needs approval</source>
        <translation>Cada respuesta necesita aprobación</translation>
    </message>
    <message>
        <source>Every post needs approval</source>
        <translation>Cada publicación necesita aprobación</translation>
    </message>
    <message>
        <source>One row per team; Space ticks what always needs approval there</source>
        <translation>Una fila por equipo; Espacio marca lo que allí siempre necesita aprobación</translation>
    </message>
    <message>
        <source>Per team: require approval for everyone there (its approvers excepted)</source>
        <translation>Por equipo: exigir aprobación a todos sus miembros (salvo a quienes aprueban)</translation>
    </message>
    <message>
        <source>{describe_error} Nothing was changed.</source>
        <translation>{describe_error} No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">Periodo</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Comparar con el periodo anterior</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Desglosar por</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>Filter by {lower}</source>
        <translation>Filtrar por {lower}</translation>
    </message>
    <message>
        <source>All {lower}s</source>
        <translation>Cualquier {lower}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Voz del cliente</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Which days the figures cover; the arrow keys change it</source>
        <extracomment>where the last figures were read: the replica (with its lag) or this database</extracomment>
        <translation>Qué días cubren las cifras; las flechas lo cambian</translation>
    </message>
    <message>
        <source>The first day of your own period</source>
        <translation>El primer día de su propio periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>The last day of your own period</source>
        <translation>El último día de su propio periodo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Shows each figure beside the period just before</source>
        <translation>Muestra cada cifra junto al periodo anterior</translation>
    </message>
    <message>
        <source>What the charts and tables are split by</source>
        <translation>Por qué se dividen los gráficos y las tablas</translation>
    </message>
    <message>
        <source>Reads the figures again</source>
        <translation>Vuelve a leer las cifras</translation>
    </message>
    <message>
        <source>Saves these reports as a PDF file</source>
        <translation>Guarda estos informes en un archivo PDF</translation>
    </message>
    <message>
        <source>Saves these figures as CSV files</source>
        <translation>Guarda estas cifras en archivos CSV</translation>
    </message>
    <message>
        <source>Counts only what matches this choice</source>
        <translation>Cuenta solo lo que coincide con esta opción</translation>
    </message>
    <message>
        <source>Sets every filter back to all</source>
        <translation>Vuelve a poner cada filtro en «todos»</translation>
    </message>
    <message>
        <source>Dashboard, voice of the customer and ROI pages</source>
        <translation>Páginas de panel, voz del cliente y ROI</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Páginas del informe</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
</context>
<context>
    <name>RoiView</name>
    <message>
        <source>Return on investment</source>
        <translation>Retorno de la inversión</translation>
    </message>
    <message>
        <source>Leads handed to sales</source>
        <translation>Clientes potenciales pasados a ventas</translation>
    </message>
    <message>
        <source>No conversation reached a sales team in this period.</source>
        <translation>Ninguna conversación llegó a un equipo de ventas en este periodo.</translation>
    </message>
    <message>
        <source>Mark won…</source>
        <translation>Marcar como ganado…</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Marcar como perdido</translation>
    </message>
    <message>
        <source>What a contact costs elsewhere (set by IT or a manager)</source>
        <translation>Lo que cuesta un contacto por otros canales (lo fija TI o un responsable)</translation>
    </message>
    <message>
        <source>Save costs</source>
        <translation>Guardar costes</translation>
    </message>
    <message>
        <source>Records the picked lead as a sale, with its value</source>
        <translation>Registra el cliente potencial elegido como venta, con su valor</translation>
    </message>
    <message>
        <source>Records the picked lead as lost</source>
        <translation>Registra el cliente potencial elegido como perdido</translation>
    </message>
    <message>
        <source>What one phone call to the contact centre costs</source>
        <translation>Lo que cuesta una llamada al centro de contacto</translation>
    </message>
    <message>
        <source>What one e-mail to the contact centre costs</source>
        <translation>Lo que cuesta un correo al centro de contacto</translation>
    </message>
    <message>
        <source>Of the customers answered on social, how many would have called instead</source>
        <translation>De los clientes atendidos en redes, cuántos habrían llamado en su lugar</translation>
    </message>
    <message>
        <source>The currency the costs are in, e.g. EUR</source>
        <translation>La moneda de los costes, p. ej. EUR</translation>
    </message>
    <message>
        <source>Keeps these costs for everyone&apos;s reports</source>
        <translation>Guarda estos costes para los informes de todos</translation>
    </message>
    <message>
        <source>Cost of a phone contact</source>
        <translation>Coste de un contacto telefónico</translation>
    </message>
    <message>
        <source>Cost of an e-mail contact</source>
        <translation>Coste de un contacto por correo electrónico</translation>
    </message>
    <message>
        <source>Share that would have called</source>
        <translation>Proporción que habría llamado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>What social customer care saved and earned in the period</source>
        <translation>Lo que la atención al cliente en redes ahorró y generó en el periodo</translation>
    </message>
    <message>
        <source>Only IT or a manager sets the costs.</source>
        <translation>Solo TI o un responsable fija los costes.</translation>
    </message>
    <message>
        <source>Return on investment · {label}</source>
        <translation>Retorno de la inversión · {label}</translation>
    </message>
</context>
<context>
    <name>RoutingEditor</name>
    <message>
        <source>Routing rules</source>
        <translation>Reglas de enrutamiento</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Rules, and how each team shares conversations out</source>
        <translation>Reglas, y cómo reparte cada equipo las conversaciones</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Run in this order; a checked rule is on</source>
        <translation>Se ejecutan en este orden; una regla marcada está activa</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Add the default rules</source>
        <translation>Añadir las reglas predeterminadas</translation>
    </message>
    <message>
        <source>Adds a new rule at the end of the list</source>
        <translation>Añade una regla nueva al final de la lista</translation>
    </message>
    <message>
        <source>Deletes the picked rule</source>
        <translation>Elimina la regla elegida</translation>
    </message>
    <message>
        <source>Moves the picked rule one place earlier</source>
        <translation>Sube la regla elegida un puesto</translation>
    </message>
    <message>
        <source>Moves the picked rule one place later</source>
        <translation>Baja la regla elegida un puesto</translation>
    </message>
    <message>
        <source>Reads rules from a JSON file</source>
        <translation>Lee reglas de un archivo JSON</translation>
    </message>
    <message>
        <source>Saves every rule to a JSON file</source>
        <translation>Guarda todas las reglas en un archivo JSON</translation>
    </message>
    <message>
        <source>Adds the console&apos;s starting rules beside yours</source>
        <translation>Añade las reglas iniciales de la consola junto a las suyas</translation>
    </message>
    <message>
        <source>Rules run in this order; a checked rule is on.</source>
        <translation>Las reglas se ejecutan en este orden; una regla marcada está activa.</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Guardar regla</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Quitar condición</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <source>A short name that says what the rule is for</source>
        <translation>Un nombre corto que dice para qué sirve la regla</translation>
    </message>
    <message>
        <source>Ticked: the rule runs</source>
        <translation>Marcada: la regla se aplica</translation>
    </message>
    <message>
        <source>Rule is on</source>
        <translation>Regla activa</translation>
    </message>
    <message>
        <source>When the rule runs: on new conversations or on every message</source>
        <translation>Cuándo se aplica la regla: a conversaciones nuevas o a cada mensaje</translation>
    </message>
    <message>
        <source>Whether all conditions must hold, any one of them, or none at all</source>
        <translation>Si deben cumplirse todas las condiciones, una cualquiera o ninguna</translation>
    </message>
    <message>
        <source>What a conversation must show; one condition per row</source>
        <translation>Lo que debe mostrar una conversación; una condición por fila</translation>
    </message>
    <message>
        <source>What the rule does, in this order; one action per row</source>
        <translation>Lo que hace la regla, en este orden; una acción por fila</translation>
    </message>
    <message>
        <source>Adds an empty condition row</source>
        <translation>Añade una fila de condición vacía</translation>
    </message>
    <message>
        <source>Deletes the picked condition row</source>
        <translation>Elimina la fila de condición elegida</translation>
    </message>
    <message>
        <source>Adds an empty action row</source>
        <translation>Añade una fila de acción vacía</translation>
    </message>
    <message>
        <source>Deletes the picked action row</source>
        <translation>Elimina la fila de acción elegida</translation>
    </message>
    <message>
        <source>Checks the rule and keeps it</source>
        <translation>Comprueba la regla y la guarda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Matches when</source>
        <translation>Coincide con</translation>
    </message>
    <message>
        <source>Actions (in order)</source>
        <translation>Acciones (en orden)</translation>
    </message>
    <message>
        <source>Dry run over the last days</source>
        <translation>Simulación de los últimos días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Dry run this rule</source>
        <translation>Simular esta regla</translation>
    </message>
    <message>
        <source>Dry run all rules</source>
        <translation>Simular todas las reglas</translation>
    </message>
    <message>
        <source>A dry run shows what rules would have done; it changes nothing.</source>
        <translation>Una simulación muestra lo que habrían hecho las reglas; no cambia nada.</translation>
    </message>
    <message>
        <source>Dry run results</source>
        <translation>Resultados de la simulación</translation>
    </message>
    <message>
        <source>How many days of past conversations the dry run reads</source>
        <translation>Cuántos días de conversaciones pasadas lee la simulación</translation>
    </message>
    <message>
        <source>Shows what the picked rule would have done; changes nothing</source>
        <translation>Muestra lo que habría hecho la regla elegida; no cambia nada</translation>
    </message>
    <message>
        <source>Shows what all rules would have done; changes nothing</source>
        <translation>Muestra lo que habrían hecho todas las reglas; no cambia nada</translation>
    </message>
    <message>
        <source>One row per conversation the rules would have touched</source>
        <translation>Una fila por conversación que las reglas habrían tocado</translation>
    </message>
    <message>
        <source>Dry run over the last</source>
        <translation>Simulación de los últimos</translation>
    </message>
    <message>
        <source>How each team shares new conversations out: only to agents who are signed in and available, up to their capacity of open conversations.</source>
        <translation>Cómo reparte cada equipo las conversaciones nuevas: solo a agentes con sesión iniciada y disponibles, hasta su capacidad de conversaciones abiertas.</translation>
    </message>
    <message>
        <source>Teams and auto-assignment</source>
        <translation>Equipos y asignación automática</translation>
    </message>
    <message>
        <source>One row per team; pick how it shares new conversations out</source>
        <translation>Una fila por equipo; elija cómo reparte las conversaciones nuevas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Auto-assignment</source>
        <translation>Asignación automática</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Eliminar regla</translation>
    </message>
    <message>
        <source>Delete the rule “{name}”?</source>
        <translation>¿Eliminar la regla «{name}»?</translation>
    </message>
    <message>
        <source>Import routing rules</source>
        <translation>Importar reglas de enrutamiento</translation>
    </message>
    <message>
        <source>Replace the current rules with the file&apos;s? (No adds them at the end.)</source>
        <translation>¿Sustituir las reglas actuales por las del archivo? (No las añade al final.)</translation>
    </message>
    <message>
        <source>Could not read {name}: {value}.</source>
        <translation>No se pudo leer {name}: {value}.</translation>
    </message>
    <message>
        <source>Imported {n} rules from {name}.</source>
        <translation>{n} reglas importadas de {name}.</translation>
    </message>
    <message>
        <source>Export routing rules</source>
        <translation>Exportar reglas de enrutamiento</translation>
    </message>
    <message>
        <source>Could not write {name}: {value}.</source>
        <translation>No se pudo escribir {name}: {value}.</translation>
    </message>
    <message>
        <source>Exported {n} rules to {path}.</source>
        <translation>{n} reglas exportadas a {path}.</translation>
    </message>
    <message>
        <source>Added {n} default rules at the end of the list.</source>
        <translation>Se añadieron {n} reglas predeterminadas al final de la lista.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>The dry run did not run: see the reason above.</source>
        <translation>La simulación no se ejecutó: vea el motivo arriba.</translation>
    </message>
    <message>
        <source>{what} would act on {rows} of {conversations} conversations ({messages} messages in the last {days} days{more}). Nothing was changed.</source>
        <translation>{what}: efecto en {rows} de {conversations} conversaciones ({messages} mensajes en los últimos {days} días{more}). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Match when this condition is NOT met</source>
        <translation>Coincide cuando esta condición NO se cumple</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Show sent</source>
        <translation>Mostrar enviados</translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation>Publicaciones programadas</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Mover…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Cancel item</source>
        <translation>Cancelar elemento</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Shows the scheduled posts of one brand account or of all</source>
        <translation>Muestra las publicaciones programadas de una cuenta de marca, o de todas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Also lists the posts already sent</source>
        <translation>Incluye también las publicaciones ya enviadas</translation>
    </message>
    <message>
        <source>Posts waiting for their time, earliest first</source>
        <translation>Publicaciones que esperan su hora, las más próximas primero</translation>
    </message>
    <message>
        <source>Gives the picked post another time</source>
        <translation>Da otra hora a la publicación elegida</translation>
    </message>
    <message>
        <source>Opens the picked post to change its text</source>
        <translation>Abre la publicación elegida para cambiar su texto</translation>
    </message>
    <message>
        <source>Stops the picked post from going out</source>
        <translation>Impide que salga la publicación elegida</translation>
    </message>
    <message>
        <source>Sends a failed post again</source>
        <translation>Vuelve a enviar una publicación fallida</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next conversation</source>
        <extracomment>(name, keys, what it does) — the order is the order of the sheet</extracomment>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>Take the next (most urgent) conversation</source>
        <translation>Tomar la siguiente conversación (la más urgente)</translation>
    </message>
    <message>
        <source>Claim the conversation</source>
        <translation>Tomar la conversación</translation>
    </message>
    <message>
        <source>Assign to a colleague or team…</source>
        <translation>Asignar a un compañero o equipo…</translation>
    </message>
    <message>
        <source>Release to the team&apos;s queue</source>
        <translation>Devolver a la cola del equipo</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Add an internal note…</source>
        <translation>Añadir una nota interna…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Show this sheet</source>
        <translation>Mostrar esta hoja</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the console and what it does; Escape closes</source>
        <translation>Cada atajo de teclado de la consola y lo que hace; Esc cierra</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Social Console</source>
        <translation>Iniciar sesión — Social Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Social Console&lt;/b&gt;</source>
        <translation>&lt;b&gt;Social Console&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Database: {db_label}</source>
        <translation>Base de datos: {db_label}</translation>
    </message>
    <message>
        <source>Your sign-in name; Tab moves to the password</source>
        <translation>Su nombre de inicio de sesión; Tab pasa a la contraseña</translation>
    </message>
    <message>
        <source>Your password; Enter signs in</source>
        <translation>Su contraseña; Intro inicia sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Signed in to your computer with a company (Kerberos) account? Leave the password empty: the database server signs you in with it where IT allows that.</source>
        <translation>¿Inició sesión en su ordenador con una cuenta de empresa (Kerberos)? Deje la contraseña vacía: el servidor de base de datos le identifica con ella donde TI lo permite.</translation>
    </message>
    <message>
        <source>empty: sign in with your computer&apos;s login</source>
        <translation>vacía: iniciar sesión con la cuenta de su ordenador</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Recordarme en este ordenador</translation>
    </message>
    <message>
        <source>Keeps your password in this computer&apos;s keyring and signs you in at the next start. Signing out forgets it.</source>
        <translation>Guarda su contraseña en el llavero de este ordenador e inicia sesión en el próximo arranque. Cerrar sesión la olvida.</translation>
    </message>
    <message>
        <source>Demo workspace — every demo employee&apos;s password is “{demo_password}”. Double-click a person to sign in as them:</source>
        <translation>Espacio de demostración — la contraseña de cada empleado de demostración es «{demo_password}». Haga doble clic en una persona para iniciar sesión como ella:</translation>
    </message>
    <message>
        <source>Demo employees</source>
        <translation>Empleados de demostración</translation>
    </message>
    <message>
        <source>Double-click a person to sign in as them</source>
        <translation>Haga doble clic en una persona para iniciar sesión como ella</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Signs in with this name and password (Enter)</source>
        <translation>Inicia sesión con este nombre y contraseña (Intro)</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split a message off</source>
        <translation>Separar un mensaje</translation>
    </message>
    <message>
        <source>Choose the message that starts another matter. It moves to a new conversation together with its later replies (the messages answering it); the rest stays here. Tags are copied; internal notes stay here.</source>
        <translation>Elija el mensaje que inicia otro asunto. Pasa a una conversación nueva junto con sus respuestas posteriores (los mensajes que le responden); el resto se queda aquí. Las etiquetas se copian; las notas internas se quedan aquí.</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>A conversation with a single message cannot be split: there is nothing to leave behind.</source>
        <translation>Una conversación con un solo mensaje no se puede dividir: no quedaría nada.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Draft a statement</source>
        <extracomment>how often the timeline is fetched, and the lists at most conversations listed under each phrase (the count says how many there are in all)</extracomment>
        <translation>Redactar una declaración</translation>
    </message>
    <message>
        <source>e.g. Holding statement: Bolt charger</source>
        <translation>p. ej., Declaración provisional: cargador Bolt</translation>
    </message>
    <message>
        <source>What the brand says, in its own words.</source>
        <translation>Lo que dice la marca, con sus propias palabras.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Publish from</source>
        <translation>Publicar desde</translation>
    </message>
    <message>
        <source>It is approved in two steps: a PR lead, then an executive or legal approver. Once approved it goes out from every account ticked, and agents are offered it first in their composer.</source>
        <translation>Se aprueba en dos pasos: un responsable de RR. PP. y después un aprobador de la dirección o del departamento legal. Una vez aprobada, sale desde cada cuenta marcada y se ofrece primero a los agentes en su editor.</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigilancia</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
</context>
<context>
    <name>TakeNextButton</name>
    <message>
        <source>Take next  (T)</source>
        <extracomment>a conversation was taken: (its id, the sentence to show) nothing was taken: the reason in words</extracomment>
        <translation>Tomar la siguiente  (T)</translation>
    </message>
    <message>
        <source>Take the most urgent unassigned conversation of your team queues (SLA first, then priority, then the longest waiting).</source>
        <translation>Tomar la conversación sin asignar más urgente de las colas de sus equipos (primero SLA, luego prioridad, luego la que más espera).</translation>
    </message>
    <message>
        <source>Take next conversation</source>
        <translation>Tomar la siguiente conversación</translation>
    </message>
</context>
<context>
    <name>VocDialog</name>
    <message>
        <source>Voice of the customer — feature requests and bug reports</source>
        <translation>Voz del cliente — peticiones de funciones e informes de errores</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Últimos</translation>
    </message>
    <message>
        <source>Days to look back</source>
        <translation>Días hacia atrás</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Voice of the customer topics</source>
        <translation>Temas de la voz del cliente</translation>
    </message>
    <message>
        <source>Choose a topic to see the conversations behind it.</source>
        <translation>Elija un tema para ver las conversaciones que lo componen.</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>Conversations behind the chosen topic</source>
        <translation>Conversaciones del tema elegido</translation>
    </message>
    <message>
        <source>How many days of conversations the topics are counted over</source>
        <translation>Sobre cuántos días de conversaciones se cuentan los temas</translation>
    </message>
    <message>
        <source>Counts the topics again</source>
        <translation>Vuelve a contar los temas</translation>
    </message>
    <message>
        <source>Saves the topics as a CSV file</source>
        <translation>Guarda los temas en un archivo CSV</translation>
    </message>
    <message>
        <source>What customers talk about, most often first; pick one to see why</source>
        <translation>De qué hablan los clientes, lo más frecuente primero; elija uno para ver por qué</translation>
    </message>
    <message>
        <source>Opens the picked conversation in the inbox</source>
        <translation>Abre la conversación elegida en la bandeja de entrada</translation>
    </message>
    <message>
        <source>Conversations about the picked topic; Enter opens one</source>
        <translation>Conversaciones sobre el tema elegido; Intro abre una</translation>
    </message>
    <message>
        <source>Grouping feature requests and bug reports…</source>
        <translation>Agrupando peticiones de funciones e informes de errores…</translation>
    </message>
    <message>
        <source>{messages} feature requests and bug reports in the last {days} days, in {topics} topics.</source>
        <translation>{messages} peticiones de funciones e informes de errores en los últimos {days} días, en {topics} temas.</translation>
    </message>
    <message>
        <source>“{topic}”: {n} {value} behind it</source>
        <translation>«{topic}»: {n} {value} detrás</translation>
    </message>
    <message>
        <source> — double-click one to open it in the inbox.</source>
        <translation> — haga doble clic en una para abrirla en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Conversation {cid}</source>
        <translation>Conversación {cid}</translation>
    </message>
    <message>
        <source>Export the voice of the customer</source>
        <translation>Exportar la voz del cliente</translation>
    </message>
    <message>
        <source>Could not write {name}: {value}.</source>
        <translation>No se pudo escribir {name}: {value}.</translation>
    </message>
    <message>
        <source>Exported {topics} topics to {path}.</source>
        <translation>{topics} temas exportados a {path}.</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>New crisis watch</source>
        <translation>Nueva vigilancia de crisis</translation>
    </message>
    <message>
        <source>Edit watch “{name}”</source>
        <translation>Editar la vigilancia «{name}»</translation>
    </message>
    <message>
        <source>a word or phrase, or /a pattern/ (empty: every message)</source>
        <translation>una palabra o frase, o /un patrón/ (vacío: todos los mensajes)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Cualquier tema</translation>
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
        <translation>Vigilancias de crisis</translation>
    </message>
    <message>
        <source>Loading the watches…</source>
        <translation>Cargando las vigilancias…</translation>
    </message>
    <message>
        <source>&amp;New watch…</source>
        <translation>&amp;Nueva vigilancia…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>What the crisis detector watches, and how much each counted</source>
        <translation>Lo que vigila el detector de crisis y cuánto ha contado cada vigilancia</translation>
    </message>
    <message>
        <source>Adds a watch: a keyword or hashtag and its thresholds</source>
        <translation>Añade una vigilancia: una palabra clave o hashtag y sus umbrales</translation>
    </message>
    <message>
        <source>Changes the picked watch</source>
        <translation>Cambia la vigilancia elegida</translation>
    </message>
    <message>
        <source>Pauses or resumes the picked watch</source>
        <translation>Pausa o reanuda la vigilancia elegida</translation>
    </message>
    <message>
        <source>Deletes the picked watch; you are asked first</source>
        <translation>Elimina la vigilancia elegida; se pide confirmación antes</translation>
    </message>
    <message>
        <source>No watches yet. Add one to be alerted when mentions, or negative or positive messages, rise above their usual level.</source>
        <translation>Aún no hay vigilancias. Añada una para recibir una alerta cuando las menciones, o los mensajes negativos o positivos, superen su nivel habitual.</translation>
    </message>
    <message>
        <source>, {paused} paused</source>
        <translation>, {paused} en pausa</translation>
    </message>
    <message>
        <source>. Each compares its window with the usual traffic for that hour and day.</source>
        <translation>. Cada una compara su ventana con el tráfico habitual de esa hora y ese día.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Delete the watch “{name}”? Its {alerts} stay in the crisis room; it stops watching now.</source>
        <translation>¿Eliminar la vigilancia «{name}»? Lo que ha disparado ({alerts}) se queda en la sala de crisis; deja de vigilar ahora.</translation>
    </message>
</context>
<context>
    <name>WatchesModel</name>
    <message>
        <source>Watch</source>
        <extracomment>column titles, translated when shown (lupdate reads them here)</extracomment>
        <translation>Vigilancia</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>A través de</translation>
    </message>
    <message>
        <source>Heard (24 h)</source>
        <translation>Escuchados (24 h)</translation>
    </message>
    <message>
        <source>Mood (24 h)</source>
        <translation>Tono (24 h)</translation>
    </message>
    <message>
        <source>Read budget</source>
        <translation>Presupuesto de lectura</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Last read failed: {error}</source>
        <translation>La última lectura falló: {error}</translation>
    </message>
    <message>
        <source>Waiting for the first read</source>
        <translation>Esperando la primera lectura</translation>
    </message>
    <message>
        <source>Read at {when}</source>
        <translation>Leída a las {when}</translation>
    </message>
    <message>
        <source>no calls while paused</source>
        <translation>ninguna llamada mientras está en pausa</translation>
    </message>
</context>
<context>
    <name>ui.accounts.accounts</name>
    <message>
        <source>A&amp;ccounts</source>
        <translation>C&amp;uentas</translation>
    </message>
</context>
<context>
    <name>ui.admin.learning_settings</name>
    <message>
        <source>On: every correction an agent or lead makes (mood or intent set by hand, a hand-off to another team, a complaint tag) teaches this workspace&apos;s model, which the sync worker retrains in the background; routing uses its verdict where it is confident and the message&apos;s reasons say so.
Off: routing uses the shipped classifiers only, and the trained model is dropped. Corrections are still kept, so switching on again learns from all of them.</source>
        <translation>Activado: cada corrección que hace un agente o un responsable de equipo (tono o intención fijados a mano, un traspaso a otro equipo, una etiqueta de queja) entrena el modelo de este espacio de trabajo, que el proceso de sincronización vuelve a entrenar en segundo plano; el enrutamiento usa su veredicto cuando tiene confianza, y los motivos del mensaje lo indican.
Desactivado: el enrutamiento usa solo los clasificadores incluidos y el modelo entrenado se descarta. Las correcciones se siguen guardando, así que al volver a activarlo aprende de todas ellas.</translation>
    </message>
    <message>
        <source>{corrections} kept.</source>
        <translation>Correcciones guardadas: {corrections}.</translation>
    </message>
    <message>
        <source>Learning is off. {kept}</source>
        <translation>El aprendizaje está desactivado. {kept}</translation>
    </message>
    <message>
        <source>{kept} No model trained yet: the sync worker trains one after a correction.</source>
        <translation>{kept} Aún no hay ningún modelo entrenado: el proceso de sincronización entrena uno tras una corrección.</translation>
    </message>
    <message>
        <source>{kept} Model trained on {labels} at {when}.</source>
        <translation>{kept} Modelo entrenado con {labels} el {when}.</translation>
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
        <translation>Sincronización: ninguna en este puesto</translation>
    </message>
    <message>
        <source>Sync: {error}</source>
        <translation>Sincronización: {error}</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>Sincronización: iniciando…</translation>
    </message>
    <message>
        <source>Sync: live (demo network, {messages} received)</source>
        <translation>Sincronización: en directo (red de demostración, {messages} recibidos)</translation>
    </message>
</context>
<context>
    <name>ui.crisis.crisis_ui</name>
    <message>
        <source>Reason (for the audit trail):</source>
        <translation>Motivo (para el registro de auditoría):</translation>
    </message>
    <message>
        <source>Open crisis room</source>
        <extracomment>set by the app when the demo network runs here (the &quot;raise a surge&quot; menu item)</extracomment>
        <translation>Abrir la sala de crisis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Opens the crisis room for this alert: timeline, statements</source>
        <translation>Abre la sala de crisis de esta alerta: cronología, comunicados</translation>
    </message>
    <message>
        <source>Hides this alert; the crisis room stays in the Crisis menu</source>
        <translation>Oculta esta alerta; la sala de crisis sigue en el menú Crisis</translation>
    </message>
    <message>
        <source>&amp;Crisis</source>
        <translation type="vanished">C&amp;risis</translation>
    </message>
    <message>
        <source>&amp;Declare crisis…</source>
        <translation>&amp;Declarar crisis…</translation>
    </message>
    <message>
        <source>&amp;End crisis…</source>
        <translation>&amp;Terminar la crisis…</translation>
    </message>
    <message>
        <source>Open crisis &amp;room</source>
        <translation>Abrir la &amp;sala de crisis</translation>
    </message>
    <message>
        <source>&amp;Watches…</source>
        <translation>&amp;Vigilancias…</translation>
    </message>
    <message>
        <source>Watch “{name}” saved; it counts from now on.</source>
        <translation>Vigilancia «{name}» guardada; cuenta desde ahora.</translation>
    </message>
    <message>
        <source>New &amp;watch…</source>
        <translation type="vanished">Nueva &amp;vigilancia…</translation>
    </message>
    <message>
        <source>Cr&amp;isis</source>
        <translation>C&amp;risis</translation>
    </message>
    <message>
        <source>Demo: raise a &amp;surge</source>
        <translation>Demo: provocar una &amp;avalancha</translation>
    </message>
    <message>
        <source>The crisis room is for those with crisis control (PR).</source>
        <translation>La sala de crisis es para quienes controlan las crisis (RR. PP.).</translation>
    </message>
    <message>
        <source>No crisis was declared: {describe_error}</source>
        <translation>No se declaró ninguna crisis: {describe_error}</translation>
    </message>
    <message>
        <source>{declared_by} had just declared “{name}”: you are in it.</source>
        <translation>{declared_by} acaba de declarar «{name}»: usted está dentro.</translation>
    </message>
    <message>
        <source>Crisis declared: {name}. Publishing is paused.</source>
        <translation>Crisis declarada: {name}. La publicación está en pausa.</translation>
    </message>
    <message>
        <source>The crisis “{name}” has ended; every setting is restored.</source>
        <translation>La crisis «{name}» ha terminado; todos los ajustes se han restablecido.</translation>
    </message>
    <message>
        <source>Watch “{values}” saved; it counts from now on.</source>
        <translation type="vanished">Vigilancia «{values}» guardada; cuenta desde ahora.</translation>
    </message>
    <message>
        <source>The demo network is not running on this workstation.</source>
        <translation>La red de demostración no se ejecuta en este puesto.</translation>
    </message>
    <message>
        <source>Demo surge: {rate:.0f} extra messages a second for 10 minutes, {when}, mostly angry about a burning charger. An alert follows within a minute of its start.</source>
        <translation>Avalancha de demostración: {rate:.0f} mensajes más por segundo durante 10 minutos, {when}, sobre todo enfadados por un cargador que arde. Una alerta llega en el primer minuto.</translation>
    </message>
</context>
<context>
    <name>ui.crisis.room</name>
    <message>
        <source>Save the post-mortem in</source>
        <translation>Guardar el post mortem en</translation>
    </message>
</context>
<context>
    <name>ui.crisis.watch_list</name>
    <message>
        <source>Delete watch</source>
        <extracomment>asks &quot;Delete the watch …?&quot;; a test answers it without a modal box</extracomment>
        <translation>Eliminar vigilancia</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
</context>
<context>
    <name>ui.inbox.correction</name>
    <message>
        <source>not classified</source>
        <translation>sin clasificar</translation>
    </message>
</context>
<context>
    <name>ui.inbox.inbox_texts</name>
    <message>
        <source>No conversation is open.

Pick one in the list to read the thread and reply, or press T (Take next) to take the most urgent one waiting in your queues.</source>
        <translation>No hay ninguna conversación abierta.

Elija una de la lista para leer el hilo y responder, o pulse T (Tomar la siguiente) para tomar la más urgente que espera en sus colas.</translation>
    </message>
    <message>
        <source>My queue</source>
        <extracomment>the views&apos; names as the window shows them (app.inbox.views.View.title is the English)</extracomment>
        <translation>Mi cola</translation>
    </message>
    <message>
        <source>My teams</source>
        <translation>Mis equipos</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>All I can see</source>
        <translation>Todo lo que veo</translation>
    </message>
    <message>
        <source>My queue holds the conversations assigned to you.</source>
        <translation>Mi cola contiene las conversaciones asignadas a usted.</translation>
    </message>
    <message>
        <source>My teams holds the conversations in your teams&apos; queues.</source>
        <translation>Mis equipos contiene las conversaciones de las colas de sus equipos.</translation>
    </message>
    <message>
        <source>Unassigned holds the conversations of your scope that nobody has taken.</source>
        <translation>Sin asignar contiene las conversaciones de su ámbito que nadie ha tomado.</translation>
    </message>
    <message>
        <source>All I can see holds every conversation your role lets you read.</source>
        <translation>Todo lo que veo contiene cada conversación que su rol le permite leer.</translation>
    </message>
    <message>
        <source>Nothing is assigned to you right now. Press T (Take next) for the most urgent waiting conversation.</source>
        <translation>Ahora no tiene nada asignado. Pulse T (Tomar la siguiente) para la conversación en espera más urgente.</translation>
    </message>
    <message>
        <source>Your teams&apos; queues are empty.</source>
        <translation>Las colas de sus equipos están vacías.</translation>
    </message>
    <message>
        <source>Nobody is waiting: every conversation has someone on it.</source>
        <translation>Nadie espera: cada conversación tiene a alguien.</translation>
    </message>
    <message>
        <source>There are no conversations yet; they arrive as the brand accounts sync.</source>
        <translation>Aún no hay conversaciones; llegan a medida que se sincronizan las cuentas de marca.</translation>
    </message>
    <message>
        <source>{n}+ conversations</source>
        <translation>{n}+ conversaciones</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>status: {statuses}</source>
        <translation>estado: {statuses}</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>tono</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>one account</source>
        <translation>una cuenta</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>priority: {level}</source>
        <translation>prioridad: {level}</translation>
    </message>
    <message>
        <source>Your roles let you read only conversations assigned to you, and none is.
Ask IT for a role that reads a team&apos;s inbox if your work needs it.</source>
        <extracomment>said instead when the person&apos;s roles read no queue at all (IT, for example)</extracomment>
        <translation>Sus roles solo le permiten leer las conversaciones asignadas a usted, y no tiene ninguna.
Pida a TI un rol con acceso a la bandeja de un equipo si su trabajo lo requiere.</translation>
    </message>
    <message>
        <source>No conversation matches ‘{search}’ in {view}.
Search looks at message text and at the customer&apos;s name and handle.</source>
        <translation>Ninguna conversación coincide con ‘{search}’ en {view}.
La búsqueda mira el texto de los mensajes y el nombre y usuario del cliente.</translation>
    </message>
    <message>
        <source>The saved view ‘{view}’ holds what its filters choose.</source>
        <translation>La vista guardada ‘{view}’ contiene lo que eligen sus filtros.</translation>
    </message>
    <message>
        <source>{holds}
None match the filters ({filters}). Clear the filters to see more.</source>
        <translation>{holds}
Ninguna coincide con los filtros ({filters}). Borre los filtros para ver más.</translation>
    </message>
    <message>
        <source>None right now.</source>
        <translation>Ninguna por ahora.</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nada abierto</translation>
    </message>
    <message>
        <source>{open} open · {unread} unread</source>
        <translation>{open} abiertas · {unread} sin leer</translation>
    </message>
</context>
<context>
    <name>ui.listening.menu</name>
    <message>
        <source>&amp;Listening</source>
        <translation>&amp;Escucha</translation>
    </message>
    <message>
        <source>&amp;Listening view…</source>
        <translation>Vista de &amp;escucha…</translation>
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
        <translation>&amp;Publicaciones y experimentos…</translation>
    </message>
</context>
<context>
    <name>ui.publishing.approvals</name>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>What should {author} change? (they will see this)</source>
        <translation>¿Qué debe cambiar {author}? (lo verá)</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>el autor</translation>
    </message>
</context>
<context>
    <name>ui.publishing.composer</name>
    <message>
        <source>Attach an image</source>
        <extracomment>the picker&apos;s last entry opens the canned replies manager the reply box grows with its text up to this many lines, then scrolls and is this many lines tall when empty returns (path, alt text) of an image to attach, or None</extracomment>
        <translation>Adjuntar una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>Describe {name} for people who cannot see it (required):</source>
        <translation>Describa {name} para quienes no pueden verla (obligatorio):</translation>
    </message>
</context>
<context>
    <name>ui.publishing.publishing_ui</name>
    <message>
        <source>Reason (everyone will see it):</source>
        <translation>Motivo (todos lo verán):</translation>
    </message>
    <message>
        <source>Pause one account</source>
        <translation>Pausar una cuenta</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>the approvals dock&apos;s height when it opens (the person may drag it taller)</extracomment>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>&amp;Publicación</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;Nueva publicación…</translation>
    </message>
    <message>
        <source>New post to &amp;several accounts…</source>
        <translation>Nueva publicación en &amp;varias cuentas…</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>&amp;Canned replies…</source>
        <translation>&amp;Respuestas predefinidas…</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Aprobaciones</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Programación</translation>
    </message>
    <message>
        <source>Pause &amp;one account…</source>
        <translation>Pausar una &amp;cuenta…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="vanished">&amp;Programación</translation>
    </message>
    <message>
        <source>&amp;Pause all publishing…</source>
        <translation>Pausar &amp;toda publicación…</translation>
    </message>
    <message>
        <source>Pause one &amp;account…</source>
        <translation type="vanished">Pausar una &amp;cuenta…</translation>
    </message>
    <message>
        <source>&amp;Resume publishing</source>
        <translation>Reanu&amp;dar la publicación</translation>
    </message>
    <message>
        <source>Publishing was not paused: give a reason everyone can read.</source>
        <translation>La publicación no se pausó: indique un motivo que todos puedan leer.</translation>
    </message>
    <message>
        <source>Publishing is not paused.</source>
        <translation>La publicación no está en pausa.</translation>
    </message>
    <message>
        <source>Publishing was not resumed: give a reason for the record.</source>
        <translation>La publicación no se reanudó: indique un motivo para el registro.</translation>
    </message>
</context>
<context>
    <name>ui.publishing.schedule</name>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>Send at (your local time):</source>
        <translation>Enviar el (su hora local):</translation>
    </message>
</context>
<context>
    <name>ui.reports.conversation_pdf</name>
    <message>
        <source>Conversation {doc}</source>
        <translation>Conversación {doc}</translation>
    </message>
</context>
<context>
    <name>ui.reports.menu</name>
    <message>
        <source>Re&amp;ports</source>
        <translation type="vanished">&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <source>Export this &amp;conversation (PDF, JSON)…</source>
        <translation>Exportar esta &amp;conversación (PDF, JSON)…</translation>
    </message>
    <message>
        <source>Export a conversation</source>
        <translation>Exportar una conversación</translation>
    </message>
    <message>
        <source>Open a conversation in the inbox first.</source>
        <translation>Abra primero una conversación en la bandeja.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exportar la conversación</translation>
    </message>
</context>
<context>
    <name>ui.widgets.accessible</name>
    <message>
        <source>Keeps what you entered and closes this window</source>
        <translation>Guarda lo introducido y cierra esta ventana</translation>
    </message>
    <message>
        <source>Keeps what you entered; the window stays open</source>
        <translation>Guarda lo introducido; la ventana sigue abierta</translation>
    </message>
    <message>
        <source>Closes this window without keeping any change (Escape)</source>
        <translation>Cierra esta ventana sin guardar ningún cambio (Esc)</translation>
    </message>
    <message>
        <source>Closes this window (Escape)</source>
        <translation>Cierra esta ventana (Esc)</translation>
    </message>
    <message>
        <source>Closes this window and drops what you entered</source>
        <translation>Cierra esta ventana y descarta lo introducido</translation>
    </message>
    <message>
        <source>Answers yes</source>
        <translation>Responde sí</translation>
    </message>
    <message>
        <source>Answers no</source>
        <translation>Responde no</translation>
    </message>
    <message>
        <source>Puts back the values this window opened with</source>
        <translation>Restablece los valores con los que se abrió esta ventana</translation>
    </message>
    <message>
        <source>Puts back the console&apos;s default values</source>
        <translation>Restablece los valores predeterminados de la consola</translation>
    </message>
    <message>
        <source>Shows help about this window</source>
        <translation>Muestra ayuda sobre esta ventana</translation>
    </message>
    <message>
        <source>Pages of this window; Ctrl+Tab moves to the next page</source>
        <translation>Páginas de esta ventana; Ctrl+Tab pasa a la página siguiente</translation>
    </message>
    <message>
        <source>Tabs; the Left and Right arrow keys move between them</source>
        <translation>Pestañas; las flechas izquierda y derecha cambian entre ellas</translation>
    </message>
    <message>
        <source>Shows the tabs hidden on the left</source>
        <translation>Muestra las pestañas ocultas a la izquierda</translation>
    </message>
    <message>
        <source>Shows the tabs hidden on the right</source>
        <translation>Muestra las pestañas ocultas a la derecha</translation>
    </message>
</context>
<context>
    <name>ui.widgets.keys</name>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
</context>
</TS>
