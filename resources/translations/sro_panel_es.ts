<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Switched off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>&amp;New password…</source>
        <translation>&amp;Nueva contraseña…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Switch off</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <source>&amp;Switch on</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>Switch off an account</source>
        <translation>Desactivar una cuenta</translation>
    </message>
    <message>
        <source>Switch off %s&apos;s account? They can no longer sign in. Their work and the audit trail are kept, and the account can be switched on again.</source>
        <translation>¿Desactivar la cuenta de %s? Ya no podrá iniciar sesión. Su trabajo y el registro de auditoría se conservan, y la cuenta se puede volver a activar.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Keep it on</source>
        <translation>Mantenerla activa</translation>
    </message>
</context>
<context>
    <name>ActingAs</name>
    <message>
        <source>Local administrator</source>
        <translation>Administrador local</translation>
    </message>
    <message>
        <source>, chair</source>
        <translation>, presidencia</translation>
    </message>
    <message>
        <source>Chief of Police</source>
        <translation>Jefe de Policía</translation>
    </message>
    <message>
        <source>Chief of Police (decision maker)</source>
        <translation>Jefe de Policía (quien decide)</translation>
    </message>
    <message>
        <source>Auditor (read-only)</source>
        <translation>Auditor (solo lectura)</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Give the person their password in person. A panelist&apos;s account is linked to their seat on the Panel step. A student panelist&apos;s name is seen only by the administrator and HR.</source>
        <translation>Entregue la contraseña a la persona en mano. La cuenta de un miembro del panel se vincula a su puesto en el paso Panel. El nombre de un estudiante del panel solo lo ven el administrador y Recursos Humanos.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SRO Panel</source>
        <translation>SRO Panel</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have completed. Nothing saved before it is lost. Details are in the log file.

({kind}: {error})</source>
        <translation>Algo salió mal y es posible que la última acción no se haya completado. No se pierde nada de lo guardado antes. Los detalles están en el archivo de registro.

({kind}: {error})</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <source>not on record</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation>Nuevo aspirante</translation>
    </message>
    <message>
        <source>Edit applicant</source>
        <translation>Editar aspirante</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <source>Service start (hire date)</source>
        <translation>Inicio del servicio (fecha de contratación)</translation>
    </message>
    <message>
        <source>Service breaks</source>
        <translation>Interrupciones del servicio</translation>
    </message>
    <message>
        <source>Sustained complaints involving juveniles</source>
        <translation>Quejas confirmadas con menores</translation>
    </message>
    <message>
        <source>Sustained complaints (all)</source>
        <translation>Quejas confirmadas (todas)</translation>
    </message>
    <message>
        <source>Attendance note</source>
        <translation>Nota de asistencia</translation>
    </message>
    <message>
        <source>Discipline note</source>
        <translation>Nota disciplinaria</translation>
    </message>
    <message>
        <source>Youth programs</source>
        <translation>Programas juveniles</translation>
    </message>
    <message>
        <source>Record source (where HR&apos;s data came from)</source>
        <translation>Fuente de los datos (de dónde vienen los datos de Recursos Humanos)</translation>
    </message>
    <message>
        <source>Record pulled on</source>
        <translation>Fecha de obtención de los datos</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by person, action, record or machine</source>
        <translation>Filtrar por persona, acción, registro o equipo</translation>
    </message>
    <message>
        <source>Filter the audit trail</source>
        <translation>Filtrar el registro de auditoría</translation>
    </message>
    <message>
        <source>This round only</source>
        <translation>Solo esta ronda</translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation>&amp;Verificar el registro</translation>
    </message>
    <message>
        <source>Check every entry&apos;s seal and every submitted score against its record</source>
        <translation>Comprobar el sello de cada entrada y cada puntuación enviada con su registro</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>The chosen entry in full</source>
        <translation>La entrada elegida, completa</translation>
    </message>
    <message>
        <source>Choose an entry to see it in full, with its values before and after.</source>
        <translation>Elija una entrada para verla completa, con sus valores de antes y de después.</translation>
    </message>
    <message>
        <source>The audit trail is for the auditor and the administrator.</source>
        <translation>El registro de auditoría es para el auditor y el administrador.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>✔ Intact: {n} entries sealed in order; {s} submitted score sheets match their record.</source>
        <translation>✔ Íntegro: {n} entradas selladas en orden; {s} hojas de puntuación enviadas coinciden con su registro.</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
… y {n} más</translation>
    </message>
    <message>
        <source>✘ Does not verify:
</source>
        <translation>✘ No se puede verificar:
</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup</source>
        <translation>Copia de seguridad automática</translation>
    </message>
    <message>
        <source>Automatic backup saved: {name}</source>
        <translation>Copia de seguridad automática guardada: {name}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>La copia de seguridad automática falló: {error}</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>BackupKind</name>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before upgrading schema {schema}</source>
        <translation>Antes de actualizar el esquema {schema}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Copies of {name}, kept beside it in {folder}</source>
        <translation>Copias de {name}, guardadas junto a ella en {folder}</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Automatic backup every</source>
        <translation>Copia automática cada</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Copias automáticas guardadas</translation>
    </message>
    <message>
        <source>&amp;Save the schedule</source>
        <translation>&amp;Guardar el horario</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una &amp;copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Put a backup in the database&apos;s place; the database as it is is kept</source>
        <translation>Poner una copia en lugar de la base de datos; la base de datos tal como está se conserva</translation>
    </message>
    <message>
        <source>keeping the newest</source>
        <translation>guardando las más recientes</translation>
    </message>
    <message>
        <source>Backup schedule</source>
        <translation>Horario de copias de seguridad</translation>
    </message>
    <message>
        <source>Saved: {what}.</source>
        <translation>Guardado: {what}.</translation>
    </message>
    <message>
        <source>Copying and checking the database…</source>
        <translation>Copiando y comprobando la base de datos…</translation>
    </message>
    <message>
        <source>Backed up: {name}</source>
        <translation>Copia hecha: {name}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Put {backup} in the place of {name}? Everything saved since that backup was made is replaced; {name} as it is now is kept beside it (its name says before-restore). Anyone else with this database open must close it first.</source>
        <translation>¿Poner {backup} en lugar de {name}? Todo lo guardado desde que se hizo esa copia se reemplaza; {name} tal como está ahora se conserva junto a ella (su nombre dice before-restore). Cualquier otra persona que tenga abierta esta base de datos debe cerrarla antes.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>SRO Panel</source>
        <translation>SRO Panel</translation>
    </message>
</context>
<context>
    <name>BreakKinds</name>
    <message>
        <source>Unpaid leave</source>
        <translation>Permiso sin sueldo</translation>
    </message>
    <message>
        <source>Separation and rehire</source>
        <translation>Baja y recontratación</translation>
    </message>
</context>
<context>
    <name>BreaksTable</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>First day away</source>
        <translation>Primer día de ausencia</translation>
    </message>
    <message>
        <source>Last day away</source>
        <translation>Último día de ausencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Breaks in service</source>
        <translation>Interrupciones del servicio</translation>
    </message>
    <message>
        <source>Add a &amp;break</source>
        <translation>Añadir una i&amp;nterrupción</translation>
    </message>
    <message>
        <source>&amp;Remove the selected break</source>
        <translation>&amp;Quitar la interrupción seleccionada</translation>
    </message>
    <message>
        <source>Kind of break {n}</source>
        <translation>Tipo de la interrupción {n}</translation>
    </message>
    <message>
        <source>First day away, break {n}</source>
        <translation>Primer día de ausencia, interrupción {n}</translation>
    </message>
    <message>
        <source>Last day away, break {n}</source>
        <translation>Último día de ausencia, interrupción {n}</translation>
    </message>
    <message>
        <source>Note, break {n}</source>
        <translation>Nota, interrupción {n}</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Conectarse a una base de datos compartida</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
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
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Your IT department gives these. The password is never saved: SRO Panel asks for it again next time (unless the server needs none).</source>
        <translation>Estos datos los da su departamento de informática. La contraseña nunca se guarda: SRO Panel la vuelve a pedir la próxima vez (salvo que el servidor no la necesite).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>CourtTargetDialog</name>
    <message>
        <source>The court&apos;s target</source>
        <translation>La meta del tribunal</translation>
    </message>
    <message>
        <source>Trained officers</source>
        <translation>Oficiales capacitados</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Daily fine</source>
        <translation>Multa diaria</translation>
    </message>
    <message>
        <source>Deadline: choose the court&apos;s date.</source>
        <translation>Fecha límite: elija la fecha del tribunal.</translation>
    </message>
</context>
<context>
    <name>CriterionCard</name>
    <message>
        <source>{title}: choose a level from 1 to {n}</source>
        <translation>{title}: elija un nivel del 1 al {n}</translation>
    </message>
    <message>
        <source>Follow-up: {probes}</source>
        <translation>Preguntas de seguimiento: {probes}</translation>
    </message>
    <message>
        <source>Note on this criterion (optional)</source>
        <translation>Nota sobre este criterio (opcional)</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>Nota sobre {title}</translation>
    </message>
    <message>
        <source>Initial score {i}, changed to {v} in consensus: {r}</source>
        <translation>Puntuación inicial {i}, cambiada a {v} en el consenso: {r}</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>SRO Panel</source>
        <translation>SRO Panel</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>&amp;Restore its latest backup</source>
        <translation>&amp;Restaurar su copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation>Crear una base de datos &amp;nueva…</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared server…</source>
        <translation>Conectarse a un &amp;servidor compartido…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>SRO Panel database (*.db);;All files (*)</source>
        <translation>Base de datos de SRO Panel (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>SRO Panel database (*.db)</source>
        <translation>Base de datos de SRO Panel (*.db)</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>1. The panel&apos;s recommendation (chair)</source>
        <translation>1. La recomendación del panel (presidencia)</translation>
    </message>
    <message>
        <source>The panel&apos;s comments for the summary</source>
        <translation>Los comentarios del panel para el resumen</translation>
    </message>
    <message>
        <source>The panel&apos;s comments for the Chief and the Director</source>
        <translation>Los comentarios del panel para el Jefe y el Director</translation>
    </message>
    <message>
        <source>Fi&amp;nalize the recommendation</source>
        <translation>Fi&amp;nalizar la recomendación</translation>
    </message>
    <message>
        <source>Open the consensus &amp;discussion</source>
        <translation>Abrir la &amp;discusión de consenso</translation>
    </message>
    <message>
        <source>Optional: once every sheet is in, panelists may change a score, with a reason</source>
        <translation>Opcional: cuando estén todas las hojas, los miembros del panel pueden cambiar una puntuación, explicando el motivo</translation>
    </message>
    <message>
        <source>&amp;Print the packet (PDF)…</source>
        <translation>Im&amp;primir el expediente (PDF)…</translation>
    </message>
    <message>
        <source>The recommendation packet for the Chief and the Director of Safety</source>
        <translation>El expediente de recomendación para el Jefe y el Director de Seguridad</translation>
    </message>
    <message>
        <source>2. Conference of the Chief and the MPS Director of Safety</source>
        <translation>2. Reunión del Jefe y el Director de Seguridad de MPS</translation>
    </message>
    <message>
        <source>Date of the conference</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Who conferred</source>
        <translation>Quiénes se reunieron</translation>
    </message>
    <message>
        <source>Conference notes</source>
        <translation>Notas de la reunión</translation>
    </message>
    <message>
        <source>Record the &amp;conference</source>
        <translation>Registrar la re&amp;unión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>3. The Chief&apos;s final selection</source>
        <translation>3. La selección final del Jefe</translation>
    </message>
    <message>
        <source>Ranked candidates and decisions</source>
        <translation>Candidatos por orden y decisiones</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Panel&apos;s tier</source>
        <translation>Nivel del panel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decision for the selected candidate</source>
        <translation>Decisión para el candidato seleccionado</translation>
    </message>
    <message>
        <source>Reason for departing from the panel&apos;s order</source>
        <translation>Motivo para apartarse del orden del panel</translation>
    </message>
    <message>
        <source>Reason (needed when departing from the panel&apos;s order)</source>
        <translation>Motivo (necesario si se aparta del orden del panel)</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>Registrar la d&amp;ecisión</translation>
    </message>
    <message>
        <source>C&amp;lose the round</source>
        <translation>Cerrar &amp;la ronda</translation>
    </message>
    <message>
        <source>R&amp;eopen…</source>
        <translation>Rea&amp;brir…</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Cerrar la ronda</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motivo para reabrir</translation>
    </message>
    <message>
        <source>The round is closed: the decisions below are final and read-only.</source>
        <translation>La ronda está cerrada: las decisiones de abajo son definitivas y de solo lectura.</translation>
    </message>
    <message>
        <source>The panel&apos;s chair finalizes the recommendation once every panelist has submitted; then the Chief and the Director confer and the Chief decides.</source>
        <translation>La presidencia del panel finaliza la recomendación cuando todos los miembros han enviado sus hojas; después, el Jefe y el Director se reúnen y el Jefe decide.</translation>
    </message>
    <message>
        <source>Finalized by {who}. Next: record the conference.</source>
        <translation>Finalizada por {who}. Siguiente paso: registrar la reunión.</translation>
    </message>
    <message>
        <source>{d} of {n} candidates decided.</source>
        <translation>{d} de {n} candidatos decididos.</translation>
    </message>
    <message>
        <source>Finalize the recommendation?</source>
        <translation>¿Finalizar la recomendación?</translation>
    </message>
    <message>
        <source>The ranking is frozen as it stands and goes to the Chief and the Director.</source>
        <translation>La clasificación queda fija tal como está y pasa al Jefe y al Director.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Select a candidate in the table first.</source>
        <translation>Primero seleccione un candidato en la tabla.</translation>
    </message>
    <message>
        <source>Close the round?</source>
        <translation>¿Cerrar la ronda?</translation>
    </message>
    <message>
        <source>A closed round is read-only. Reopening it later needs a written reason.</source>
        <translation>Una ronda cerrada es de solo lectura. Para reabrirla más adelante hace falta un motivo por escrito.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Eligible</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Recommendation packet (PDF)…</source>
        <translation>Expediente de recomendación (PDF)…</translation>
    </message>
    <message>
        <source>Blank score sheets (PDF)…</source>
        <translation>Hojas de puntuación en blanco (PDF)…</translation>
    </message>
    <message>
        <source>Screening report (PDF)…</source>
        <translation>Informe de requisitos (PDF)…</translation>
    </message>
    <message>
        <source>Applicant roster (Excel)…</source>
        <translation>Lista de aspirantes (Excel)…</translation>
    </message>
    <message>
        <source>Screening results (Excel)…</source>
        <translation>Resultados de requisitos (Excel)…</translation>
    </message>
    <message>
        <source>Score matrix (Excel)…</source>
        <translation>Tabla de puntuaciones (Excel)…</translation>
    </message>
    <message>
        <source>Final selection (Excel)…</source>
        <translation>Selección final (Excel)…</translation>
    </message>
    <message>
        <source>Trained officers and schools (Excel)…</source>
        <translation>Oficiales capacitados y escuelas (Excel)…</translation>
    </message>
    <message>
        <source>Compliance report for the court (PDF)…</source>
        <translation>Informe de cumplimiento para el tribunal (PDF)…</translation>
    </message>
    <message>
        <source>Certificate files (zip)…</source>
        <translation>Archivos de certificados (zip)…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
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
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Crear e iniciar sesión</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s: the administrator then adds an account for each person. Choose a password of at least 12 characters, a phrase of your own.</source>
        <translation>Esta base de datos todavía no tiene cuentas. Cree la del administrador: después, el administrador añade una cuenta para cada persona. Elija una contraseña de al menos 12 caracteres, una frase propia.</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>Repita la contraseña: las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>FocusRing</name>
    <message>
        <source>Focus ring</source>
        <translation>Marco de foco</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Panel interview</source>
        <translation>Entrevista con el panel</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Panel interview and presentation</source>
        <translation>Entrevista con el panel y presentación</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import applicants from {name}</source>
        <translation>Importar aspirantes de {name}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Columns and what they hold</source>
        <translation>Columnas y lo que contienen</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Vista previa de las filas</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the rest</source>
        <translation>Omitir las filas con problemas e importar el resto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>1. What each column holds</source>
        <translation>1. Lo que contiene cada columna</translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation>2. Vista previa</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <source>What {h} holds</source>
        <translation>Lo que contiene {h}</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>{g} rows ready to import; {b} with problems.</source>
        <translation>{g} filas listas para importar; {b} con problemas.</translation>
    </message>
    <message>
        <source> Fix them in the file, or skip them.</source>
        <translation> Corríjalas en el archivo u omítalas.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in SRO Panel can be done from the keyboard. Alt opens the menus; an underlined letter in a button or a menu is its key with Alt.</source>
        <translation>En SRO Panel todo se puede hacer con el teclado. Alt abre los menús; la letra subrayada de un botón o de un menú es su tecla junto con Alt.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SRO Panel</source>
        <translation>SRO Panel</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Actuando como</translation>
    </message>
    <message>
        <source>Without accounts, choose whose work you are doing: a panel seat, the Chief…</source>
        <translation>Sin cuentas, elija de quién es el trabajo que hace: un puesto del panel, el Jefe…</translation>
    </message>
    <message>
        <source> Round: </source>
        <translation> Ronda: </translation>
    </message>
    <message>
        <source>   Signed in as: </source>
        <translation>   Sesión de: </translation>
    </message>
    <message>
        <source>   Acting as: </source>
        <translation>   Actuando como: </translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nueva ronda…</translation>
    </message>
    <message>
        <source>Round &amp;details…</source>
        <translation>&amp;Datos de la ronda…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export or print</source>
        <translation>Exportar o imprimir</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>Add accounts, set new passwords, unlock</source>
        <translation>Añadir cuentas, poner contraseñas nuevas, desbloquear</translation>
    </message>
    <message>
        <source>Workflow steps</source>
        <translation>Pasos del proceso</translation>
    </message>
    <message>
        <source>HR&apos;s applicant spreadsheet</source>
        <translation>La hoja de cálculo de aspirantes de Recursos Humanos</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Imported: {a} added, {u} updated.</source>
        <translation>Importado: {a} añadidos, {u} actualizados.</translation>
    </message>
    <message>
        <source>Saved {name}. Open it now?</source>
        <translation>Se guardó {name}. ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Purge personnel details</source>
        <translation>Eliminar los datos de personal</translation>
    </message>
    <message>
        <source>Remove the disciplinary, attendance and contact details of every applicant in this round, HR&apos;s screening notes, and student panelists&apos; names? The scores, the panel&apos;s summary, the Chief&apos;s decisions and the audit trail stay. This cannot be undone.</source>
        <translation>¿Eliminar los datos disciplinarios, de asistencia y de contacto de todos los aspirantes de esta ronda, las notas de revisión de Recursos Humanos y los nombres de los estudiantes del panel? Las puntuaciones, el resumen del panel, las decisiones del Jefe y el registro de auditoría se conservan. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>SRO Panel round file (*.sroround)</source>
        <translation>Archivo de ronda de SRO Panel (*.sroround)</translation>
    </message>
    <message>
        <source>SRO Panel score file (*.sroscores)</source>
        <translation>Archivo de puntuaciones de SRO Panel (*.sroscores)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open a &amp;round file…</source>
        <translation>Abrir un archivo de &amp;ronda…</translation>
    </message>
    <message>
        <source>Score on this laptop, without the network, from the file the coordinator gave</source>
        <translation>Puntuar en este portátil, sin red, con el archivo que le dio la coordinación</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared server…</source>
        <translation>&amp;Conectarse a un servidor compartido…</translation>
    </message>
    <message>
        <source>Open a database &amp;file…</source>
        <translation>Abrir un archivo de &amp;base de datos…</translation>
    </message>
    <message>
        <source>Back&amp;ups…</source>
        <translation>Co&amp;pias de seguridad…</translation>
    </message>
    <message>
        <source>Back up now, restore, set automatic backups</source>
        <translation>Hacer una copia ahora, restaurar, programar copias automáticas</translation>
    </message>
    <message>
        <source>&amp;Save my score file for the coordinator…</source>
        <translation>&amp;Guardar mi archivo de puntuaciones para la coordinación…</translation>
    </message>
    <message>
        <source>&amp;Import a score file…</source>
        <translation>&amp;Importar un archivo de puntuaciones…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open a round file</source>
        <translation>Abrir un archivo de ronda</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>SRO Panel database (*.db);;All files (*)</source>
        <translation>Base de datos de SRO Panel (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save a round file</source>
        <translation>Guardar un archivo de ronda</translation>
    </message>
    <message>
        <source>Round file</source>
        <translation>Archivo de ronda</translation>
    </message>
    <message>
        <source>Round file saved</source>
        <translation>Archivo de ronda guardado</translation>
    </message>
    <message>
        <source>Saved {file} for {member} ({n} candidates).

Copy it to their laptop and open it there with File → Open a round file. When they have submitted their sheets, they save a score file; import it here with Import a score file. Keep the round file private: it holds the key that signs their scores.</source>
        <translation>Se guardó {file} para {member} ({n} candidatos).

Cópielo en su portátil y ábralo allí con Archivo → Abrir un archivo de ronda. Cuando haya enviado sus hojas, guardará un archivo de puntuaciones; impórtelo aquí con Importar un archivo de puntuaciones. Guarde el archivo de ronda en privado: contiene la clave que firma sus puntuaciones.</translation>
    </message>
    <message>
        <source>Import a score file</source>
        <translation>Importar un archivo de puntuaciones</translation>
    </message>
    <message>
        <source>Score file not imported</source>
        <translation>Archivo de puntuaciones no importado</translation>
    </message>
    <message>
        <source>Score file</source>
        <translation>Archivo de puntuaciones</translation>
    </message>
    <message>
        <source>Save my score file</source>
        <translation>Guardar mi archivo de puntuaciones</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} with your %n submitted sheet(s). Give it to the panel&apos;s coordinator (a USB stick or an email attachment).</source>
        <translation>
            <numerusform>Se guardó {file} con su hoja enviada. Entréguelo a la coordinación del panel (en una memoria USB o por correo electrónico).</numerusform>
            <numerusform>Se guardó {file} con sus %n hojas enviadas. Entréguelo a la coordinación del panel (en una memoria USB o por correo electrónico).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted yet, so not in the file: {names}. Save the file again once you have submitted them.</source>
        <translation>Todavía sin enviar, así que no están en el archivo: {names}. Guarde el archivo otra vez cuando las haya enviado.</translation>
    </message>
    <message>
        <source>Score file saved</source>
        <translation>Archivo de puntuaciones guardado</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Saving changes kept on this laptop</source>
        <translation>Guardando los cambios conservados en este portátil</translation>
    </message>
    <message numerus="yes">
        <source>Not connected to the shared database. Your last %n change(s) are kept on this laptop and will be saved as soon as the connection returns; keep scoring. Submitting waits for the connection.</source>
        <translation>
            <numerusform>Sin conexión con la base de datos compartida. Su último cambio se conserva en este portátil y se guardará en cuanto vuelva la conexión; siga puntuando. El envío espera a la conexión.</numerusform>
            <numerusform>Sin conexión con la base de datos compartida. Sus últimos %n cambios se conservan en este portátil y se guardarán en cuanto vuelva la conexión; siga puntuando. El envío espera a la conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>Your last %n change(s) are not saved anywhere: neither the database nor this computer&apos;s disk can take them just now. {why} If you close the window, they are lost. Keep it open: they are saved as soon as there is room.</source>
        <translation>
            <numerusform>Su último cambio no está guardado en ningún sitio: ni la base de datos ni el disco de esta computadora pueden recibirlo ahora. {why} Si cierra la ventana, se pierde. Manténgala abierta: se guarda en cuanto haya lugar.</numerusform>
            <numerusform>Sus últimos %n cambios no están guardados en ningún sitio: ni la base de datos ni el disco de esta computadora pueden recibirlos ahora. {why} Si cierra la ventana, se pierden. Manténgala abierta: se guardan en cuanto haya lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Cerrar y perderlos</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Mantener la ventana abierta</translation>
    </message>
    <message>
        <source>Not saved yet: kept in this window</source>
        <translation>Aún sin guardar: se conserva en esta ventana</translation>
    </message>
    <message>
        <source>Kept on this laptop: not connected</source>
        <translation>Conservado en este portátil: sin conexión</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Your sheet cannot be submitted until your last changes are saved: {why} They stay in this window; submit once they are saved.</source>
        <translation>Su hoja no se puede enviar hasta que se guarden sus últimos cambios: {why} Se conservan en esta ventana; envíela cuando estén guardados.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Your sheet cannot be submitted while this laptop is not connected to the shared database. Your scores are kept here; submit once the connection returns.</source>
        <translation>Su hoja no se puede enviar mientras este portátil no esté conectado a la base de datos compartida. Sus puntuaciones se conservan aquí; envíela cuando vuelva la conexión.</translation>
    </message>
    <message numerus="yes">
        <source>The database cannot take changes just now. {why} Your last %n change(s) stay in this window and are saved as soon as it can take them; keep the window open. Submitting waits until then.</source>
        <translation>
            <numerusform>La base de datos no puede aceptar cambios en este momento. {why} Su último cambio se conserva en esta ventana y se guardará en cuanto pueda aceptarlo; no cierre la ventana. El envío espera hasta entonces.</numerusform>
            <numerusform>La base de datos no puede aceptar cambios en este momento. {why} Sus últimos %n cambios se conservan en esta ventana y se guardarán en cuanto pueda aceptarlos; no cierre la ventana. El envío espera hasta entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: the %n change(s) kept in this window are in the database.</source>
        <translation>
            <numerusform>Guardado: el cambio que se conservaba en esta ventana ya está en la base de datos.</numerusform>
            <numerusform>Guardado: los %n cambios que se conservaban en esta ventana ya están en la base de datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected again: the %n change(s) kept on this laptop are saved.</source>
        <translation>
            <numerusform>Conectado de nuevo: se guardó el cambio conservado en este portátil.</numerusform>
            <numerusform>Conectado de nuevo: se guardaron los %n cambios conservados en este portátil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes could not be saved</source>
        <translation>Algunos cambios no se pudieron guardar</translation>
    </message>
    <message>
        <source>These sheets were changed elsewhere while this laptop was offline, so your offline changes were not saved over them:

{items}</source>
        <translation>Estas hojas se cambiaron en otro equipo mientras este portátil estaba sin conexión, así que sus cambios sin conexión no se guardaron encima:

{items}</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>No seleccionado</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Panel and composition rule</source>
        <translation>Panel y regla de composición</translation>
    </message>
    <message>
        <source>Add a panel member</source>
        <translation>Añadir un miembro del panel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role type</source>
        <translation>Tipo de función</translation>
    </message>
    <message>
        <source>Title or affiliation</source>
        <translation>Cargo o afiliación</translation>
    </message>
    <message>
        <source>Chairs the panel</source>
        <translation>Preside el panel</translation>
    </message>
    <message>
        <source>Signs in as</source>
        <translation>Inicia sesión como</translation>
    </message>
    <message>
        <source>The account this member signs in with to score on their own laptop</source>
        <translation>La cuenta con la que este miembro inicia sesión para puntuar en su propio portátil</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Añadir &amp;miembro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Declarar un conflicto de interés</translation>
    </message>
    <message>
        <source>Panel member with a conflict</source>
        <translation>Miembro del panel con un conflicto</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Reason for the conflict</source>
        <translation>Motivo del conflicto</translation>
    </message>
    <message>
        <source>&amp;Declare conflict</source>
        <translation>&amp;Declarar conflicto</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>Miembro del panel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>A member&apos;s sign-in account</source>
        <translation>La cuenta de inicio de sesión de un miembro</translation>
    </message>
    <message>
        <source>Panel member to link</source>
        <translation>Miembro del panel que se vincula</translation>
    </message>
    <message>
        <source>Account for that member</source>
        <translation>Cuenta para ese miembro</translation>
    </message>
    <message>
        <source>&amp;Link account</source>
        <translation>&amp;Vincular cuenta</translation>
    </message>
    <message>
        <source>Score sheets on paper</source>
        <translation>Hojas de puntuación en papel</translation>
    </message>
    <message>
        <source>Print score sheets for</source>
        <translation>Imprimir hojas de puntuación para</translation>
    </message>
    <message>
        <source>&amp;Print blank score sheets (PDF)…</source>
        <translation>Im&amp;primir hojas en blanco (PDF)…</translation>
    </message>
    <message>
        <source>One sheet per candidate for each chosen member, for a panel on paper</source>
        <translation>Una hoja por candidato para cada miembro elegido, para un panel en papel</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Scoring without the network</source>
        <translation>Puntuar sin red</translation>
    </message>
    <message>
        <source>Round file for</source>
        <translation>Archivo de ronda para</translation>
    </message>
    <message>
        <source>Save &amp;round file for this member…</source>
        <translation>&amp;Guardar archivo de ronda para este miembro…</translation>
    </message>
    <message>
        <source>The rubric and candidates for one member&apos;s laptop, to score where there is no network; their signed score file comes back to you</source>
        <translation>La rúbrica y los candidatos para el portátil de un miembro, para puntuar donde no hay red; su archivo de puntuaciones firmado vuelve a usted</translation>
    </message>
    <message>
        <source>&amp;Import a score file…</source>
        <translation>Importar un archivo de p&amp;untuaciones…</translation>
    </message>
    <message>
        <source>Panel forms</source>
        <translation>Formularios del panel</translation>
    </message>
    <message>
        <source>Composition rule</source>
        <translation>Regla de composición</translation>
    </message>
    <message>
        <source>Panel members</source>
        <translation>Miembros del panel</translation>
    </message>
    <message>
        <source>signs in as {a}</source>
        <translation>inicia sesión como {a}</translation>
    </message>
    <message>
        <source>Conflict declared with: {c}</source>
        <translation>Conflicto declarado con: {c}</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>presidencia</translation>
    </message>
    <message>
        <source>No account (scores on a shared laptop)</source>
        <translation>Sin cuenta (portátil compartido)</translation>
    </message>
    <message>
        <source>Every panel member</source>
        <translation>Todos los miembros del panel</translation>
    </message>
    <message>
        <source>Choose a panel member and a candidate.</source>
        <translation>Elija un miembro del panel y un candidato.</translation>
    </message>
    <message>
        <source>Add the panel member first.</source>
        <translation>Primero añada el miembro del panel.</translation>
    </message>
</context>
<context>
    <name>PaperMemberRow</name>
    <message>
        <source>Panel member whose paper sheet you key in</source>
        <translation>Miembro del panel cuya hoja en papel usted transcribe</translation>
    </message>
    <message>
        <source>Key in the paper sheets of:</source>
        <translation>Transcribir las hojas en papel de:</translation>
    </message>
    <message>
        <source>Nobody: no paper sheets to key in</source>
        <translation>Nadie: no hay hojas en papel que transcribir</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>{step} is not available in this version of SRO Panel yet.</source>
        <translation>{step} todavía no está disponible en esta versión de SRO Panel.</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>Eligible applicants; tick those who continue</source>
        <translation>Aspirantes que cumplen; marque los que continúan</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>Continúa</translation>
    </message>
    <message>
        <source>Eligible applicant</source>
        <translation>Aspirante que cumple</translation>
    </message>
    <message>
        <source>Interview and presentation slots</source>
        <translation>Turnos de entrevista y presentación</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Candidate to schedule</source>
        <translation>Candidato que se programa</translation>
    </message>
    <message>
        <source>Kind of slot</source>
        <translation>Tipo de turno</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>{p} of {e} eligible applicants continue; {s} of them have a slot. Slots that share a room or a candidate at the same time are refused.</source>
        <translation>{p} de {e} aspirantes que cumplen continúan; {s} tienen turno. No se aceptan turnos que coincidan a la misma hora en sala o candidato.</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Add s&amp;lot</source>
        <translation>Añadir &amp;turno</translation>
    </message>
    <message>
        <source>Choose who continues (tick them in the pool) first.</source>
        <translation>Primero elija quién continúa (márquelos en la lista de candidatos).</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %s</source>
        <translation>Nueva contraseña para %s</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Poner contraseña</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results by candidate</source>
        <translation>Resultados por candidato</translation>
    </message>
    <message>
        <source>Panelists compared with the panel</source>
        <translation>Cada miembro comparado con el panel</translation>
    </message>
    <message>
        <source>Panelists</source>
        <translation>Miembros del panel</translation>
    </message>
    <message>
        <source>Combined results are shown to the panel chair, the decision makers, the training coordinator and the auditor. Panelists see their own sheets only.</source>
        <translation>Los resultados combinados los ven la presidencia del panel, quienes deciden, la coordinación de capacitación y el auditor. Cada miembro del panel ve solo sus propias hojas.</translation>
    </message>
    <message>
        <source>Combining the panel&apos;s scores…</source>
        <translation>Combinando las puntuaciones del panel…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The results could not be computed ({e}); details are in the log.</source>
        <translation>No se pudieron calcular los resultados ({e}); los detalles están en el registro.</translation>
    </message>
    <message>
        <source>{n} candidates, {ranked} with submitted scores. Totals are weighted means on the rubric&apos;s scale; the bias-corrected column is advice and never changes the order.</source>
        <translation>{n} candidatos, {ranked} con puntuaciones enviadas. Los totales son medias ponderadas en la escala de la rúbrica; la columna corregida por sesgo es orientativa y nunca cambia el orden.</translation>
    </message>
    <message>
        <source>{h} candidates are hidden until you submit your own sheets for them.</source>
        <translation>{h} candidatos están ocultos hasta que usted envíe sus propias hojas de ellos.</translation>
    </message>
    <message>
        <source>1 score was changed in consensus.</source>
        <translation>Se cambió 1 puntuación en el consenso.</translation>
    </message>
    <message>
        <source>{c} scores were changed in consensus.</source>
        <translation>Se cambiaron {c} puntuaciones en el consenso.</translation>
    </message>
    <message>
        <source>Agreement between panelists: not measurable.</source>
        <translation>Acuerdo entre los miembros del panel: no se puede medir.</translation>
    </message>
    <message>
        <source>Agreement between panelists (Shrout &amp; Fleiss ICC, {n} candidates × {k} panelists): single panelist ICC(2,1) = {s}, whole panel ICC(2,k) = {p}.</source>
        <translation>Acuerdo entre los miembros del panel (ICC de Shrout &amp; Fleiss, {n} candidatos × {k} miembros): un miembro ICC(2,1) = {s}, todo el panel ICC(2,k) = {p}.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Override a result</source>
        <translation>Cambiar un resultado</translation>
    </message>
    <message>
        <source>Attest a requirement</source>
        <translation>Certificar un requisito</translation>
    </message>
    <message>
        <source>Now: {reason}</source>
        <translation>Ahora: {reason}</translation>
    </message>
    <message>
        <source>Met (pass)</source>
        <translation>Cumple (aprobado)</translation>
    </message>
    <message>
        <source>Not met (fail)</source>
        <translation>No cumple (no aprobado)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Evidence source</source>
        <translation>Fuente de la prueba</translation>
    </message>
    <message>
        <source>Date the evidence was pulled</source>
        <translation>Fecha en que se obtuvo la prueba</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>HR coordinator</source>
        <translation>Coordinación de Recursos Humanos</translation>
    </message>
    <message>
        <source>Panel chair</source>
        <translation>Presidencia del panel</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Miembro del panel</translation>
    </message>
    <message>
        <source>Decision maker (Chief, Director of Safety)</source>
        <translation>Quien decide (Jefe, Director de Seguridad)</translation>
    </message>
    <message>
        <source>Training coordinator</source>
        <translation>Coordinación de capacitación</translation>
    </message>
    <message>
        <source>Auditor (read only)</source>
        <translation>Auditor (solo lectura)</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New selection round</source>
        <translation>Nueva ronda de selección</translation>
    </message>
    <message>
        <source>Round details</source>
        <translation>Datos de la ronda</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Perfil de la agencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Vacancy title</source>
        <translation>Nombre del puesto vacante</translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Fecha límite de solicitud</translation>
    </message>
    <message>
        <source>Selection date (service counted to)</source>
        <translation>Fecha de selección (el servicio se cuenta hasta ella)</translation>
    </message>
    <message>
        <source>Positions to fill</source>
        <translation>Plazas por cubrir</translation>
    </message>
    <message>
        <source>Interview format</source>
        <translation>Formato de la entrevista</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <source>Round details and rubric</source>
        <translation>Datos de la ronda y rúbrica</translation>
    </message>
    <message>
        <source>&amp;Purge personnel details…</source>
        <translation>&amp;Eliminar los datos de personal…</translation>
    </message>
    <message>
        <source>Remove disciplinary, attendance and contact details; keep the decision</source>
        <translation>Quitar los datos disciplinarios, de asistencia y de contacto; conservar la decisión</translation>
    </message>
    <message>
        <source>Closed %s. Personnel details were purged on %s.</source>
        <translation>Cerrada el %s. Los datos de personal se eliminaron el %s.</translation>
    </message>
    <message>
        <source>Closed %s. Personnel details are kept until %s%s.</source>
        <translation>Cerrada el %s. Los datos de personal se conservan hasta el %s%s.</translation>
    </message>
    <message>
        <source> and may now be purged</source>
        <translation> y ya se pueden eliminar</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>School partner</source>
        <translation>Socio escolar</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Puesto vacante</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Interview format</source>
        <translation>Formato de la entrevista</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Applications close</source>
        <translation>Cierre de solicitudes</translation>
    </message>
    <message>
        <source>Selection date</source>
        <translation>Fecha de selección</translation>
    </message>
    <message>
        <source>Minimum requirements (screened by HR)</source>
        <translation>Requisitos mínimos (los revisa Recursos Humanos)</translation>
    </message>
    <message>
        <source>Rubric (scored by the panel)</source>
        <translation>Rúbrica (la puntúa el panel)</translation>
    </message>
    <message>
        <source>weight {w}</source>
        <translation>peso {w}</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>Add a school</source>
        <translation>Añadir una escuela</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Your submitted sheets in one signed file, to hand to the panel&apos;s coordinator</source>
        <translation>Sus hojas enviadas en un archivo firmado, para entregar a la coordinación del panel</translation>
    </message>
    <message>
        <source>Candidates to score</source>
        <translation>Candidatos por puntuar</translation>
    </message>
    <message>
        <source>&amp;Next unscored</source>
        <translation>&amp;Siguiente sin puntuar</translation>
    </message>
    <message>
        <source>Sa&amp;ve score file for the coordinator…</source>
        <translation>Guardar archivo de &amp;puntuaciones para la coordinación…</translation>
    </message>
    <message>
        <source>&amp;Print my submitted sheets…</source>
        <translation>Imprimir &amp;mis hojas enviadas…</translation>
    </message>
    <message>
        <source>Your own submitted score sheets as a PDF, to sign</source>
        <translation>Sus propias hojas de puntuación enviadas en PDF, para firmar</translation>
    </message>
    <message>
        <source>Overall recommendation: press 1, 2 or 3</source>
        <translation>Recomendación general: pulse 1, 2 o 3</translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation>Recomendación general</translation>
    </message>
    <message>
        <source>Comments for the panel&apos;s summary (optional)</source>
        <translation>Comentarios para el resumen del panel (opcional)</translation>
    </message>
    <message>
        <source>Overall comments</source>
        <translation>Comentarios generales</translation>
    </message>
    <message>
        <source>Su&amp;bmit sheet</source>
        <translation>&amp;Enviar la hoja</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Rubric criteria</source>
        <translation>Criterios de la rúbrica</translation>
    </message>
    <message>
        <source>✔ submitted   ✎ draft   ○ not started   ⊘ conflict declared</source>
        <translation>✔ enviada   ✎ borrador   ○ sin empezar   ⊘ conflicto declarado</translation>
    </message>
    <message>
        <source>Scoring is done by the panel members, each on their own sheets. Choose your panel seat under “Acting as” at the top of the window.</source>
        <translation>Puntúan los miembros del panel, cada uno en sus propias hojas. Elija su puesto del panel en «Actuando como», arriba en la ventana.</translation>
    </message>
    <message>
        <source> To key in a panel member&apos;s printed sheets, choose them above.</source>
        <translation> Para transcribir las hojas impresas de un miembro del panel, elíjalo arriba.</translation>
    </message>
    <message>
        <source>Enter what {member} wrote on their printed sheets, candidate by candidate, then submit each. The sheets are recorded as keyed in by you from paper.</source>
        <translation>Escriba lo que {member} anotó en sus hojas impresas, candidato por candidato, y envíe cada una. Las hojas quedan registradas como transcritas por usted desde el papel.</translation>
    </message>
    <message>
        <source>Choose a level for each criterion by clicking it or pressing its number. Everything is saved as you go. Nobody sees your scores before you submit.</source>
        <translation>Elija un nivel para cada criterio con un clic o pulsando su número. Todo se guarda sobre la marcha. Nadie ve sus puntuaciones antes de que usted las envíe.</translation>
    </message>
    <message>
        <source>Overall recommendation: {c}</source>
        <translation>Recomendación general: {c}</translation>
    </message>
    <message>
        <source>Practice candidate (not counted)</source>
        <translation>Candidato de práctica (no cuenta)</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source> — practice, not counted</source>
        <translation> — práctica, no cuenta</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Guardado en otro equipo</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Saving a score</source>
        <translation>Guardando una puntuación</translation>
    </message>
    <message>
        <source>Change in consensus</source>
        <translation>Cambio en el consenso</translation>
    </message>
    <message>
        <source>Why does this score change from {i} to {v}?</source>
        <translation>¿Por qué cambia esta puntuación de {i} a {v}?</translation>
    </message>
    <message>
        <source>Saving comments</source>
        <translation>Guardando los comentarios</translation>
    </message>
    <message>
        <source>Saving a note</source>
        <translation>Guardando una nota</translation>
    </message>
    <message>
        <source>Saving the recommendation</source>
        <translation>Guardando la recomendación</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation>Todavía no se puede enviar</translation>
    </message>
    <message>
        <source>Before you submit, please fill in:

• {items}</source>
        <translation>Antes de enviar, complete por favor:

• {items}</translation>
    </message>
    <message>
        <source>Submit your scores?</source>
        <translation>¿Enviar sus puntuaciones?</translation>
    </message>
    <message>
        <source>Submit your sheet for {name}? After submitting you cannot change it, except in the panel&apos;s consensus discussion.</source>
        <translation>¿Enviar su hoja de {name}? Después de enviarla no podrá cambiarla, salvo en la discusión de consenso del panel.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Every sheet of this panel member is in.</source>
        <translation>Están todas las hojas de este miembro del panel.</translation>
    </message>
    <message>
        <source>All your sheets are submitted. Thank you!</source>
        <translation>Todas sus hojas están enviadas. ¡Gracias!</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Search name or employee ID</source>
        <translation>Buscar por nombre o ID de empleado</translation>
    </message>
    <message>
        <source>Search applicants</source>
        <translation>Buscar aspirantes</translation>
    </message>
    <message>
        <source>Show applicants</source>
        <translation>Mostrar aspirantes</translation>
    </message>
    <message>
        <source>All applicants</source>
        <translation>Todos los aspirantes</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Aspirantes</translation>
    </message>
    <message>
        <source>Screening detail</source>
        <translation>Detalle de los requisitos</translation>
    </message>
    <message>
        <source>&amp;Add applicant…</source>
        <translation>Añadir a&amp;spirante…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>I&amp;mportar de Excel…</translation>
    </message>
    <message>
        <source>Screening &amp;report (PDF)…</source>
        <translation>I&amp;nforme de requisitos (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Requirement to review</source>
        <translation>Requisito por revisar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>A&amp;ttest…</source>
        <translation>Cer&amp;tificar…</translation>
    </message>
    <message>
        <source>O&amp;verride…</source>
        <translation>Cam&amp;biar resultado…</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation>Requisito:</translation>
    </message>
    <message>
        <source>Screening is HR&apos;s work; applicants&apos; records are not shown to this role.</source>
        <translation>La revisión de requisitos es trabajo de Recursos Humanos; los expedientes de los aspirantes no se muestran a esta función.</translation>
    </message>
    <message>
        <source>{n} applicants: {e} eligible, {r} need review, {x} not eligible</source>
        <translation>{n} aspirantes: {e} cumplen, {r} por revisar, {x} no cumplen</translation>
    </message>
    <message>
        <source>Delete applicant?</source>
        <translation>¿Eliminar aspirante?</translation>
    </message>
    <message>
        <source>Delete {name} ({id}) and their screening record from this round?</source>
        <translation>¿Eliminar a {name} ({id}) y su revisión de requisitos de esta ronda?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Delete applicant</source>
        <translation>Eliminar aspirante</translation>
    </message>
    <message>
        <source>Attest</source>
        <translation>Certificar</translation>
    </message>
    <message>
        <source>This requirement is computed from HR&apos;s record. Correct the record (Edit…) or override the result with a reason.</source>
        <translation>Este requisito se calcula con el expediente de Recursos Humanos. Corrija el expediente (Editar…) o cambie el resultado explicando el motivo.</translation>
    </message>
</context>
<context>
    <name>ScreeningTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>ServiceLabels</name>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Recommended with reservations</source>
        <translation>Recomendado con reservas</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>No recomendado</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Course complete</source>
        <translation>Curso completado</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Certificado verificado</translation>
    </message>
    <message>
        <source>District training complete</source>
        <translation>Capacitación del distrito completada</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Inicio del servicio</translation>
    </message>
    <message>
        <source>Sustained complaints involving juveniles</source>
        <translation>Quejas confirmadas con menores</translation>
    </message>
    <message>
        <source>Sustained complaints</source>
        <translation>Quejas confirmadas</translation>
    </message>
    <message>
        <source>Attendance note</source>
        <translation>Nota de asistencia</translation>
    </message>
    <message>
        <source>Discipline note</source>
        <translation>Nota disciplinaria</translation>
    </message>
    <message>
        <source>Youth programs</source>
        <translation>Programas juveniles</translation>
    </message>
    <message>
        <source>Elementary</source>
        <translation>Primaria</translation>
    </message>
    <message>
        <source>K-8</source>
        <translation>K-8</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Secundaria (Middle)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Preparatoria (High)</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternativa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The &amp;system&apos;s language</source>
        <translation>El idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>Es&amp;pañol</source>
        <translation>Es&amp;pañol</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language takes effect the next time SRO Panel starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se abra SRO Panel.</translation>
    </message>
</context>
<context>
    <name>SheetStatusLabel</name>
    <message>
        <source>Sheet status</source>
        <translation>Estado de la hoja</translation>
    </message>
    <message>
        <source>Consensus discussion: a changed score needs a reason</source>
        <translation>Discusión de consenso: una puntuación cambiada necesita un motivo</translation>
    </message>
    <message>
        <source>You declared a conflict: you do not score this candidate.</source>
        <translation>Usted declaró un conflicto: no puntúa a este candidato.</translation>
    </message>
    <message>
        <source>Keyed in from the paper sheet by {who}</source>
        <translation>Transcrita desde la hoja en papel por {who}</translation>
    </message>
    <message>
        <source> — submitted, read-only</source>
        <translation> — enviada, solo lectura</translation>
    </message>
    <message>
        <source>Submitted {when} — read-only</source>
        <translation>Enviada {when} — solo lectura</translation>
    </message>
    <message>
        <source>Draft saved · {n} to go before you can submit</source>
        <translation>Borrador guardado · faltan {n} para poder enviar</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to SRO Panel</source>
        <translation>Iniciar sesión en SRO Panel</translation>
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
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The app locked itself while idle. Your work is kept.</source>
        <translation>La aplicación se bloqueó por inactividad. Su trabajo se conserva.</translation>
    </message>
</context>
<context>
    <name>SlotKinds</name>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to SRO Panel&lt;/h2&gt;&lt;p&gt;SRO Panel runs the selection of School Resource Officers: applicants and their screening, the interview panel and its independent scores, the panel&apos;s recommendation, the Chief&apos;s decision, then training and school assignments.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start by creating a selection round&lt;/b&gt; from your agency&apos;s profile. You can then add applicants, screen them, choose the pool and build the panel; each step is listed on the left with what it still needs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a SRO Panel&lt;/h2&gt;&lt;p&gt;SRO Panel lleva la selección de los Oficiales de Recursos Escolares (SRO): los aspirantes y la revisión de sus requisitos, el panel de entrevista y sus puntuaciones independientes, la recomendación del panel, la decisión del Jefe y, después, la capacitación y la asignación a las escuelas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Empiece por crear una ronda de selección&lt;/b&gt; a partir del perfil de su agencia. Después podrá añadir aspirantes, revisar sus requisitos, elegir a los candidatos y formar el panel; cada paso aparece a la izquierda con lo que todavía le falta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create a selection round…</source>
        <translation>Crear una ronda de &amp;selección…</translation>
    </message>
</context>
<context>
    <name>StepStates</name>
    <message>
        <source>{e} of {n} eligible, {r} to review</source>
        <translation>{e} de {n} cumplen, {r} por revisar</translation>
    </message>
    <message>
        <source>{p} in the pool, {s} scheduled</source>
        <translation>{p} candidatos, {s} con turno</translation>
    </message>
    <message>
        <source>Composition rule met</source>
        <translation>Regla de composición cumplida</translation>
    </message>
    <message>
        <source>Incomplete: {s}</source>
        <translation>Incompleto: {s}</translation>
    </message>
    <message>
        <source>{d} of {n} panelists done · {s} of {e} sheets</source>
        <translation>{d} de {n} miembros listos · {s} de {e} hojas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>{d} of {n} decided</source>
        <translation>{d} de {n} decididos</translation>
    </message>
    <message>
        <source>Not finalized</source>
        <translation>Sin finalizar</translation>
    </message>
    <message>
        <source>{c} of {n} trained and assigned</source>
        <translation>{c} de {n} capacitados y asignados</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Applicants &amp; screening</source>
        <translation>Aspirantes y requisitos</translation>
    </message>
    <message>
        <source>Pool &amp; schedule</source>
        <translation>Candidatos y horario</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Recommendation &amp; decision</source>
        <translation>Recomendación y decisión</translation>
    </message>
    <message>
        <source>Training &amp; assignments</source>
        <translation>Capacitación y asignaciones</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Requirements not passed</source>
        <translation>Requisitos no cumplidos</translation>
    </message>
    <message>
        <source>In pool</source>
        <translation>Continúa</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
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
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Total ponderado</translation>
    </message>
    <message>
        <source>Bias-corrected (advice)</source>
        <translation>Corregido por sesgo (orientativo)</translation>
    </message>
    <message>
        <source>School staff</source>
        <translation>Personal escolar</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>Max−min</source>
        <translation>Máx−mín</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Hojas</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>Con conflicto</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Miembro del panel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>Total medio</translation>
    </message>
    <message>
        <source>Compared with the panel</source>
        <translation>Comparado con el panel</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <source>Holding up</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Hecha (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>The court&apos;s target</source>
        <translation>La meta del tribunal</translation>
    </message>
    <message>
        <source>Court &amp;target…</source>
        <translation>&amp;Meta del tribunal…</translation>
    </message>
    <message>
        <source>Selected officers</source>
        <translation>Oficiales seleccionados</translation>
    </message>
    <message>
        <source>NASRO basic course</source>
        <translation>Curso básico de NASRO</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Course start</source>
        <translation>Inicio del curso</translation>
    </message>
    <message>
        <source>Course end</source>
        <translation>Fin del curso</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completado el</translation>
    </message>
    <message>
        <source>Save &amp;course</source>
        <translation>&amp;Guardar el curso</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Número de certificado</translation>
    </message>
    <message>
        <source>&amp;Upload file…</source>
        <translation>&amp;Subir archivo…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Mark verified</source>
        <translation>Marcar como veri&amp;ficado</translation>
    </message>
    <message>
        <source>You have checked the certificate against the course record</source>
        <translation>Usted comprobó el certificado con el registro del curso</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>District training</source>
        <translation>Capacitación del distrito</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Topic completed on</source>
        <translation>Tema completado el</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>e.g. MPS training roster, 21 Sep</source>
        <translation>p. ej., lista de capacitación de MPS, 21 sep</translation>
    </message>
    <message>
        <source>&amp;Record topic</source>
        <translation>Registrar &amp;tema</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Assignment starts</source>
        <translation>La asignación empieza</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>Asig&amp;nar</translation>
    </message>
    <message>
        <source>&amp;Import schools…</source>
        <translation>Im&amp;portar escuelas…</translation>
    </message>
    <message>
        <source>A&amp;dd a school…</source>
        <translation>Añadir una &amp;escuela…</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>The chosen officer&apos;s training and school</source>
        <translation>La capacitación y la escuela del oficial elegido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>No court target is set for this round.</source>
        <translation>Esta ronda no tiene una meta del tribunal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Court target:&lt;/b&gt; {t} officers trained and assigned by {d} ({z}).</source>
        <translation>&lt;b&gt;Meta del tribunal:&lt;/b&gt; {t} oficiales capacitados y asignados antes del {d} ({z}).</translation>
    </message>
    <message>
        <source>Met on {d}.</source>
        <translation>Cumplida el {d}.</translation>
    </message>
    <message>
        <source>{n} days left.</source>
        <translation>Quedan {n} días.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;{n} days late.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;{n} días de retraso.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Fines accrued: ${f:,.0f}.</source>
        <translation>Multas acumuladas: ${f:,.0f}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} of {t}&lt;/b&gt; counted.</source>
        <translation>&lt;b&gt;{n} de {t}&lt;/b&gt; contados.</translation>
    </message>
    <message>
        <source>No certificate uploaded.</source>
        <translation>No se ha subido ningún certificado.</translation>
    </message>
    <message>
        <source>verified by {w} on {d}</source>
        <translation>verificado por {w} el {d}</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source> — CHANGED SINCE UPLOAD</source>
        <translation> — CAMBIADO DESDE QUE SE SUBIÓ</translation>
    </message>
    <message>
        <source>{file} ({kb} KB), SHA-256 {digest}…, {verified}{intact}</source>
        <translation>{file} ({kb} KB), SHA-256 {digest}…, {verified}{intact}</translation>
    </message>
    <message>
        <source>lapses {d}</source>
        <translation>vence el {d}</translation>
    </message>
    <message>
        <source>from {d}</source>
        <translation>desde el {d}</translation>
    </message>
    <message>
        <source>Not assigned to a school yet.</source>
        <translation>Todavía sin escuela asignada.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo del certificado</translation>
    </message>
    <message>
        <source>Certificate (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Certificado (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Completed on: choose the day the topic was completed.</source>
        <translation>Completado el: elija el día en que se completó el tema.</translation>
    </message>
    <message>
        <source>Choose an officer and a school (import the list first).</source>
        <translation>Elija un oficial y una escuela (primero importe la lista).</translation>
    </message>
    <message>
        <source>Starts: choose the day the assignment starts.</source>
        <translation>Empieza: elija el día en que empieza la asignación.</translation>
    </message>
    <message>
        <source>Schools workbook (Name, Address, Level)</source>
        <translation>Libro de escuelas (Nombre, Dirección, Nivel)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Scoring: move to the next or previous level, note or button</source>
        <translation>Puntuación: ir al nivel, nota o botón siguiente o anterior</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Scoring: choose that level of the criterion (or that recommendation)</source>
        <translation>Puntuación: elegir ese nivel del criterio (o esa recomendación)</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <source>Scoring: move between the levels of a criterion</source>
        <translation>Puntuación: moverse entre los niveles de un criterio</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Scoring: submit the sheet</source>
        <translation>Puntuación: enviar la hoja</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Press the button or go to the field with that letter</source>
        <translation>Pulsar el botón o ir al campo con esa letra</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Arriba, Abajo, Re Pág, Av Pág</translation>
    </message>
    <message>
        <source>Tables and lists: move between rows</source>
        <translation>Tablas y listas: moverse entre filas</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Cerrar un cuadro de diálogo sin guardar</translation>
    </message>
    <message>
        <source>R&amp;ound</source>
        <translation>&amp;Ronda</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>The list of &amp;steps</source>
        <translation>La lista de &amp;pasos</translation>
    </message>
    <message>
        <source>The &amp;round chooser</source>
        <translation>El selector de &amp;ronda</translation>
    </message>
    <message>
        <source>&amp;Whose work (acting as)</source>
        <translation>&amp;De quién es el trabajo (actuando como)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
</context>
</TS>
