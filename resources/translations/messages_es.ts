<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Messages</name>
    <message>
        <source>--db: {text!r} is not a database URL</source>
        <translation>--db: {text!r} no es una URL de base de datos</translation>
    </message>
    <message>
        <source>--db: {drivername!r} is not supported; use a SQLite path or URL or postgresql+psycopg://user@host/database</source>
        <translation>--db: {drivername!r} no es compatible; use una ruta o URL de SQLite, o postgresql+psycopg://usuario@servidor/base_de_datos</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed: install the 'postgres' extra (pip install 'sro-panel[postgres]')</source>
        <translation>La compatibilidad con PostgreSQL no está instalada: instale el complemento 'postgres' (pip install 'sro-panel[postgres]')</translation>
    </message>
    <message>
        <source>{path}: cannot be opened: {what}. {advice}</source>
        <translation>{path}: no se puede abrir: {what}. {advice}</translation>
    </message>
    <message>
        <source>this file is not a database (its first bytes are not SQLite's)</source>
        <translation>este archivo no es una base de datos (sus primeros bytes no son los de SQLite)</translation>
    </message>
    <message>
        <source>Nothing was written to it; choose the SRO Panel database file.</source>
        <translation>No se escribió nada en él; elija el archivo de base de datos de SRO Panel.</translation>
    </message>
    <message>
        <source>the file is cut short ({size} bytes where its header counts {expected}), as when a copy or a download stops early</source>
        <translation>el archivo está incompleto ({size} bytes donde su encabezado indica {expected}), como cuando una copia o una descarga se interrumpe</translation>
    </message>
    <message>
        <source>Nothing was written to it; copy it again from where it came, or restore a backup.</source>
        <translation>No se escribió nada en él; vuelva a copiarlo desde su origen o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>this is not an SRO Panel database (it holds other tables)</source>
        <translation>esta no es una base de datos de SRO Panel (contiene otras tablas)</translation>
    </message>
    <message>
        <source>Choose another file or an empty database. Nothing was written to it.</source>
        <translation>Elija otro archivo o una base de datos vacía. No se escribió nada en él.</translation>
    </message>
    <message>
        <source>another program is using it and holds it locked (another SRO Panel window, or a backup or sync tool)</source>
        <translation>otro programa lo está usando y lo tiene bloqueado (otra ventana de SRO Panel, o un programa de copias o de sincronización)</translation>
    </message>
    <message>
        <source>Nothing was written to it; close that program or wait for it to finish, then try again.</source>
        <translation>No se escribió nada en él; cierre ese programa o espere a que termine, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite found: {first})</source>
        <translation>el archivo está dañado (SQLite encontró: {first})</translation>
    </message>
    <message>
        <source>Nothing was written to it; restore a backup.</source>
        <translation>No se escribió nada en él; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>{where}: the disk is full, so nothing was saved there. Free some space (or choose another place) and try again.</source>
        <translation>{where}: el disco está lleno, así que no se guardó nada allí. Libere espacio (o elija otro lugar) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{where}: this place is read-only (or you may not write there), so nothing was saved there. Choose a folder you may write to, or ask for write access.</source>
        <translation>{where}: este lugar es de solo lectura (o usted no tiene permiso para escribir allí), así que no se guardó nada. Elija una carpeta donde pueda escribir o pida permiso de escritura.</translation>
    </message>
    <message>
        <source>{path}: could not be written ({why})</source>
        <translation>{path}: no se pudo escribir ({why})</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{path}: its copy failed SQLite's integrity check ({verdict})</source>
        <translation>{path}: su copia no pasó la comprobación de integridad de SQLite ({verdict})</translation>
    </message>
    <message>
        <source>it is open in another SRO Panel window or another program</source>
        <translation>está abierto en otra ventana de SRO Panel o en otro programa</translation>
    </message>
    <message>
        <source>Close it there, then try again. Nothing was changed.</source>
        <translation>Ciérrelo allí y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>written by a newer version of SRO Panel (schema {current})</source>
        <translation>escrito por una versión más reciente de SRO Panel (esquema {current})</translation>
    </message>
    <message>
        <source>{db}: written by a newer version of SRO Panel (schema {current}); install that version to open it. Nothing was changed.</source>
        <translation>{db}: la escribió una versión más reciente de SRO Panel (esquema {current}); instale esa versión para abrirla. No se cambió nada.</translation>
    </message>
    <message>
        <source>{problem} Its latest good backup is {backup}, made {when}; put it in the file's place with Restore (a copy of the bad file is kept).</source>
        <translation>{problem} Su copia de seguridad correcta más reciente es {backup}, hecha el {when}; póngala en lugar del archivo con Restaurar (se guarda una copia del archivo dañado).</translation>
    </message>
    <message>
        <source>{db}: cannot be opened ({exc})</source>
        <translation>{db}: no se puede abrir ({exc})</translation>
    </message>
    <message>
        <source>{db}: this is not an SRO Panel database (it holds other tables); choose another file or an empty database</source>
        <translation>{db}: no es una base de datos de SRO Panel (contiene otras tablas); elija otro archivo o una base de datos vacía</translation>
    </message>
    <message>
        <source>is needed</source>
        <translation>es necesario</translation>
    </message>
    <message>
        <source>Cannot connect to {where}: {exc}</source>
        <translation>No se puede conectar con {where}: {exc}</translation>
    </message>
    <message>
        <source>{server}, but this database holds another program's tables; choose an empty database or an SRO Panel one</source>
        <translation>{server}, pero esta base de datos contiene tablas de otro programa; elija una base de datos vacía o una de SRO Panel</translation>
    </message>
    <message>
        <source>{server}: written by a newer version of SRO Panel ({current})</source>
        <translation>{server}: la escribió una versión más reciente de SRO Panel ({current})</translation>
    </message>
    <message>
        <source>an app role is for PostgreSQL; a SQLite file has no roles</source>
        <translation>un rol de la aplicación es para PostgreSQL; un archivo SQLite no tiene roles</translation>
    </message>
    <message>
        <source>{role!r}: a role name is lower-case letters, digits and '_'</source>
        <translation>{role!r}: el nombre de un rol lleva solo minúsculas, dígitos y '_'</translation>
    </message>
    <message>
        <source>there is no PostgreSQL role {role!r}; create it first (CREATE ROLE {role} LOGIN PASSWORD '...')</source>
        <translation>no existe el rol de PostgreSQL {role!r}; créelo primero (CREATE ROLE {role} LOGIN PASSWORD '...')</translation>
    </message>
    <message>
        <source>granting {role!r} failed ({reason}); run this as the database's owner</source>
        <translation>no se pudieron conceder permisos a {role!r} ({reason}); ejecútelo como propietario de la base de datos</translation>
    </message>
    <message>
        <source>contains a NUL character, which cannot be saved</source>
        <translation>contiene un carácter NUL, que no se puede guardar</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>use letters, digits, '-', '_' or '.' (up to 40)</source>
        <translation>use letras, dígitos, '-', '_' o '.' (hasta 40)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>{email!r} is not an email address</source>
        <translation>{email!r} no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Sustained complaints involving juveniles</source>
        <translation>Quejas fundadas que involucran a menores</translation>
    </message>
    <message>
        <source>Sustained complaints</source>
        <translation>Quejas fundadas</translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <translation>debe ser un número entero desde 0</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Inicio del servicio</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <source>Record pulled on</source>
        <translation>Fecha de consulta del expediente</translation>
    </message>
    <message>
        <source>{day} is not a plausible date</source>
        <translation>{day} no es una fecha posible</translation>
    </message>
    <message>
        <source>Break {i}</source>
        <translation>Interrupción {i}</translation>
    </message>
    <message>
        <source>kind must be one of {value}</source>
        <translation>el tipo debe ser uno de estos: {value}</translation>
    </message>
    <message>
        <source>Service breaks</source>
        <translation>Interrupciones del servicio</translation>
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
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <source>Record source</source>
        <translation>Fuente del expediente</translation>
    </message>
    <message>
        <source>{text}: {count} of {min}</source>
        <translation>{text}: {count} de {min}</translation>
    </message>
    <message>
        <source>{text}: {count}, at most {max}</source>
        <translation>{text}: {count}, como máximo {max}</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>not a plausible date and time</source>
        <translation>no es una fecha y hora posible</translation>
    </message>
    <message>
        <source>{what} {value!r} appears twice</source>
        <translation>{what} {value!r} aparece dos veces</translation>
    </message>
    <message>
        <source>the level</source>
        <translation>el nivel</translation>
    </message>
    <message>
        <source>the criterion</source>
        <translation>el criterio</translation>
    </message>
    <message>
        <source>the candidate id</source>
        <translation>el identificador de candidato</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: el archivo no existe</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({value})</source>
        <translation>{path}: no se puede leer ({value})</translation>
    </message>
    <message>
        <source>{path}: larger than {limit} MB</source>
        <translation>{path}: ocupa más de {limit} MB</translation>
    </message>
    <message>
        <source>{source}: not {what} (not UTF-8 text)</source>
        <translation>{source}: no es {what} (no es texto UTF-8)</translation>
    </message>
    <message>
        <source>{source}: not {what} (broken JSON at line {lineno})</source>
        <translation>{source}: no es {what} (JSON dañado en la línea {lineno})</translation>
    </message>
    <message>
        <source>{source}: not {what} (JSON nested too deeply)</source>
        <translation>{source}: no es {what} (JSON anidado a demasiada profundidad)</translation>
    </message>
    <message>
        <source>{source}: not {what} ({problem})</source>
        <translation>{source}: no es {what} ({problem})</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <translation>{name} no es un número JSON</translation>
    </message>
    <message>
        <source>a number with too many digits</source>
        <translation>un número con demasiados dígitos</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>falta una clave obligatoria</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>{source}: {key}: {message}</source>
        <translation>{source}: {key}: {message}</translation>
    </message>
    <message>
        <source>{source}: not an SRO Panel round file</source>
        <translation>{source}: no es un archivo de ronda de SRO Panel</translation>
    </message>
    <message>
        <source>{source}: a round file of version {raw}; this app reads version {version} (it may come from a newer SRO Panel)</source>
        <translation>{source}: es un archivo de ronda de la versión {raw}; esta aplicación lee la versión {version} (quizá venga de un SRO Panel más reciente)</translation>
    </message>
    <message>
        <source>{source}: round.profile: the profile's text does not match its SHA-256 (the file was changed or damaged)</source>
        <translation>{source}: round.profile: el texto del perfil no coincide con su SHA-256 (el archivo se modificó o está dañado)</translation>
    </message>
    <message>
        <source>{source}: round.profile: {problem}</source>
        <translation>{source}: round.profile: {problem}</translation>
    </message>
    <message>
        <source>{source}: panelist.role_type: {role_type} is not a role type of the round's profile</source>
        <translation>{source}: panelist.role_type: {role_type} no es un tipo de rol del perfil de la ronda</translation>
    </message>
    <message>
        <source>{source}: not an SRO Panel score file</source>
        <translation>{source}: no es un archivo de puntuaciones de SRO Panel</translation>
    </message>
    <message>
        <source>{source}: a score file of version {payload}; this app reads version {version} (it may come from a newer SRO Panel)</source>
        <translation>{source}: es un archivo de puntuaciones de la versión {payload}; esta aplicación lee la versión {version} (quizá venga de un SRO Panel más reciente)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>must be at least {limit} characters</source>
        <translation>debe tener al menos {limit} caracteres</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>debe tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>is a common password; choose a longer phrase of your own</source>
        <translation>es una contraseña muy común; elija una frase propia más larga</translation>
    </message>
    <message>
        <source>repeats the same characters; choose a phrase of your own</source>
        <translation>repite los mismos caracteres; elija una frase propia</translation>
    </message>
    <message>
        <source>contains the user name</source>
        <translation>contiene el nombre de usuario</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <source>{value!r} is not a time zone name such as America/Chicago</source>
        <translation>{value!r} no es el nombre de una zona horaria, como America/Chicago</translation>
    </message>
    <message>
        <source>larger than {limit} bytes</source>
        <translation>ocupa más de {limit} bytes</translation>
    </message>
    <message>
        <source>not valid TOML ({exc})</source>
        <translation>no es TOML válido ({exc})</translation>
    </message>
    <message>
        <source>not valid TOML (arrays or tables nested too deeply)</source>
        <translation>no es TOML válido (listas o tablas anidadas a demasiada profundidad)</translation>
    </message>
    <message>
        <source>not valid TOML (a number with too many digits)</source>
        <translation>no es TOML válido (un número con demasiados dígitos)</translation>
    </message>
    <message>
        <source>unknown requirement kind {kind!r}</source>
        <translation>tipo de requisito desconocido: {kind!r}</translation>
    </message>
    <message>
        <source>cannot be read ({strerror})</source>
        <translation>no se puede leer ({strerror})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>id {dup!r} appears twice</source>
        <translation>el identificador {dup!r} aparece dos veces</translation>
    </message>
    <message>
        <source>two levels share a value</source>
        <translation>dos niveles tienen el mismo valor</translation>
    </message>
    <message>
        <source>levels must be listed from lowest to highest</source>
        <translation>los niveles deben ir del más bajo al más alto</translation>
    </message>
    <message>
        <source>unknown role type {role!r}</source>
        <translation>tipo de rol desconocido: {role!r}</translation>
    </message>
    <message>
        <source>smaller than min</source>
        <translation>es menor que el mínimo</translation>
    </message>
    <message>
        <source>scale level {value} has no written anchor</source>
        <translation>el nivel {value} de la escala no tiene descripción escrita</translation>
    </message>
    <message>
        <source>not a level of the scale</source>
        <translation>no es un nivel de la escala</translation>
    </message>
    <message>
        <source>needs at least a recommended and a not_recommended choice</source>
        <translation>necesita al menos una opción recommended y una not_recommended</translation>
    </message>
    <message>
        <source>has Spanish text elsewhere in the profile, so it needs it here too</source>
        <translation>el perfil tiene texto en español en otras partes, así que también lo necesita aquí</translation>
    </message>
    <message>
        <source>{count} in Spanish but {english} in English; each needs its translation</source>
        <translation>{count} en español pero {english} en inglés; cada uno necesita su traducción</translation>
    </message>
    <message>
        <source>the Spanish anchor for this level is missing</source>
        <translation>falta la descripción en español de este nivel</translation>
    </message>
    <message>
        <source>an attestation is either 'pass' or 'fail'</source>
        <translation>una certificación es 'pass' (cumple) o 'fail' (no cumple)</translation>
    </message>
    <message>
        <source>an attestation needs its evidence source</source>
        <translation>una certificación necesita la fuente de su evidencia</translation>
    </message>
    <message>
        <source>notes are limited to {n} characters</source>
        <translation>las notas tienen un límite de {n} caracteres</translation>
    </message>
    <message>
        <source>an override is either 'pass' or 'fail'</source>
        <translation>un cambio de resultado es 'pass' (cumple) o 'fail' (no cumple)</translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation>un cambio de resultado necesita un motivo</translation>
    </message>
    <message>
        <source>an override needs the name of who approved it</source>
        <translation>un cambio de resultado necesita el nombre de quien lo aprobó</translation>
    </message>
    <message>
        <source>the reason is limited to {n} characters</source>
        <translation>el motivo tiene un límite de {n} caracteres</translation>
    </message>
    <message>
        <source>HR record</source>
        <translation>Expediente de RR. HH.</translation>
    </message>
    <message>
        <source>{source}, pulled {day}</source>
        <translation>{source}, consultado el {day}</translation>
    </message>
    <message>
        <source>{source}, date pulled not recorded</source>
        <translation>{source}, sin fecha de consulta registrada</translation>
    </message>
    <message>
        <source>No service start date on record.</source>
        <translation>No consta la fecha de inicio del servicio.</translation>
    </message>
    <message>
        <source>Service record is inconsistent: {problem}.</source>
        <translation>El historial de servicio es incoherente: {problem}.</translation>
    </message>
    <message>
        <source>Service starts {start}, after the selection date.</source>
        <translation>El servicio empieza el {start}, después de la fecha de selección.</translation>
    </message>
    <message>
        <source>Not in service on the selection date {day} (separated).</source>
        <translation>No está en servicio en la fecha de selección, {day} (dado de baja).</translation>
    </message>
    <message>
        <source>{served} of uninterrupted service since {since} by {day} (needs {needed}, met on {met_on}; {leave} days of unpaid leave not counted).</source>
        <translation>{served} de servicio ininterrumpido desde el {since} al {day} (se necesitan {needed}, cumplido el {met_on}; no se cuentan {leave} días de licencia sin goce de sueldo).</translation>
    </message>
    <message>
        <source>{served} of uninterrupted service since {since} by {day} (needs {needed}, met on {met_on}).</source>
        <translation>{served} de servicio ininterrumpido desde el {since} al {day} (se necesitan {needed}, cumplido el {met_on}).</translation>
    </message>
    <message>
        <source>{served} of uninterrupted service since {since} by {day} (needs {needed}; would be met on {met_on}; {leave} days of unpaid leave not counted).</source>
        <translation>{served} de servicio ininterrumpido desde el {since} al {day} (se necesitan {needed}; se cumpliría el {met_on}; no se cuentan {leave} días de licencia sin goce de sueldo).</translation>
    </message>
    <message>
        <source>{served} of uninterrupted service since {since} by {day} (needs {needed}; would be met on {met_on}).</source>
        <translation>{served} de servicio ininterrumpido desde el {since} al {day} (se necesitan {needed}; se cumpliría el {met_on}).</translation>
    </message>
    <message>
        <source>{text} On unpaid leave on the selection date.</source>
        <translation>{text} Está de licencia sin goce de sueldo en la fecha de selección.</translation>
    </message>
    <message>
        <source>Number of sustained complaints involving juveniles not on record.</source>
        <translation>No consta el número de quejas fundadas que involucran a menores.</translation>
    </message>
    <message>
        <source>Number of sustained complaints involving juveniles is negative ({count}).</source>
        <translation>El número de quejas fundadas que involucran a menores es negativo ({count}).</translation>
    </message>
    <message>
        <source>1 sustained complaint involving juveniles (at most {maximum} allowed).</source>
        <translation>1 queja fundada que involucra a menores (se permiten como máximo {maximum}).</translation>
    </message>
    <message>
        <source>{count} sustained complaints involving juveniles (at most {maximum} allowed).</source>
        <translation>{count} quejas fundadas que involucran a menores (se permiten como máximo {maximum}).</translation>
    </message>
    <message>
        <source>Number of sustained complaints not on record.</source>
        <translation>No consta el número de quejas fundadas.</translation>
    </message>
    <message>
        <source>Number of sustained complaints is negative ({count}).</source>
        <translation>El número de quejas fundadas es negativo ({count}).</translation>
    </message>
    <message>
        <source>1 sustained complaint (at most {maximum} allowed).</source>
        <translation>1 queja fundada (se permiten como máximo {maximum}).</translation>
    </message>
    <message>
        <source>{count} sustained complaints (at most {maximum} allowed).</source>
        <translation>{count} quejas fundadas (se permiten como máximo {maximum}).</translation>
    </message>
    <message>
        <source>Confirmed by {who}: {note}</source>
        <translation>Confirmado por {who}: {note}</translation>
    </message>
    <message>
        <source>Confirmed by {who}.</source>
        <translation>Confirmado por {who}.</translation>
    </message>
    <message>
        <source>Confirmed: {note}</source>
        <translation>Confirmado: {note}</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmado.</translation>
    </message>
    <message>
        <source>Not met by {who}: {note}</source>
        <translation>No cumple, según {who}: {note}</translation>
    </message>
    <message>
        <source>Not met by {who}.</source>
        <translation>No cumple, según {who}.</translation>
    </message>
    <message>
        <source>Not met: {note}</source>
        <translation>No cumple: {note}</translation>
    </message>
    <message>
        <source>Not met.</source>
        <translation>No cumple.</translation>
    </message>
    <message>
        <source>Awaiting HR's attestation.</source>
        <translation>Pendiente de la certificación de RR. HH.</translation>
    </message>
    <message>
        <source>Awaiting HR's attestation. Evidence: {hint}.</source>
        <translation>Pendiente de la certificación de RR. HH. Evidencia: {hint}.</translation>
    </message>
    <message>
        <source>Overridden to {verdict}: {reason} (approved by {approver}).</source>
        <translation>Cambiado a «{verdict}»: {reason} (aprobado por {approver}).</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>{years} {months}</source>
        <translation>{years} y {months}</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} años</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>separation</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>unpaid leave</source>
        <translation>licencia sin goce de sueldo</translation>
    </message>
    <message>
        <source>a {kind} starting {start} is before the service start {service_start}</source>
        <translation>una {kind} que empieza el {start} es anterior al inicio del servicio, el {service_start}</translation>
    </message>
    <message>
        <source>a {kind} ends ({end}) before it starts ({start})</source>
        <translation>una {kind} termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>two breaks overlap on {day}</source>
        <translation>dos interrupciones se superponen el {day}</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo del certificado</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name} is {size:.1f} MB; the largest accepted is {limit} MB (scan it at a lower resolution)</source>
        <translation>{name} ocupa {size:.1f} MB; lo máximo aceptado es {limit} MB (escanéelo a menor resolución)</translation>
    </message>
    <message>
        <source>{name} is not a PDF, PNG or JPEG file (scan or save it as one)</source>
        <translation>{name} no es un archivo PDF, PNG ni JPEG (escanéelo o guárdelo en uno de esos formatos)</translation>
    </message>
    <message>
        <source>{title}: lapsed on {day}</source>
        <translation>{title}: venció el {day}</translation>
    </message>
    <message>
        <source>{title}: lapses on {day}</source>
        <translation>{title}: vence el {day}</translation>
    </message>
    <message>
        <source>not enrolled in the course</source>
        <translation>no está inscrito en el curso</translation>
    </message>
    <message>
        <source>course not complete</source>
        <translation>curso sin terminar</translation>
    </message>
    <message>
        <source>course has {hours:g} of {minimum:g} hours</source>
        <translation>el curso tiene {hours:g} de {minimum:g} horas</translation>
    </message>
    <message>
        <source>no certificate uploaded</source>
        <translation>no se ha subido el certificado</translation>
    </message>
    <message>
        <source>certificate file changed after upload</source>
        <translation>el archivo del certificado cambió después de subirlo</translation>
    </message>
    <message>
        <source>certificate not verified</source>
        <translation>certificado sin verificar</translation>
    </message>
    <message>
        <source>district training: {done} of {total} topics</source>
        <translation>capacitación del distrito: {done} de {total} temas</translation>
    </message>
    <message>
        <source>{title} lapsed</source>
        <translation>{title} vencido</translation>
    </message>
    <message>
        <source>no school assigned</source>
        <translation>sin escuela asignada</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>Writing {sheet}</source>
        <translation>Escribiendo {sheet}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>{path}: {what} must end in {suffix}</source>
        <translation>{path}: {what} debe terminar en {suffix}</translation>
    </message>
    <message>
        <source>{path}: could not be written ({strerror}){advice}</source>
        <translation>{path}: no se pudo escribir ({strerror}){advice}</translation>
    </message>
    <message>
        <source>: the disk is full. Nothing was written; free some space or choose another place.</source>
        <translation>: el disco está lleno. No se escribió nada; libere espacio o elija otro lugar.</translation>
    </message>
    <message>
        <source>: the folder is read-only, or you may not write there. Nothing was written; choose another folder.</source>
        <translation>: la carpeta es de solo lectura, o usted no tiene permiso para escribir allí. No se escribió nada; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Componiendo las páginas</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({strerror})</source>
        <translation>{name}: no se puede leer ({strerror})</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name}: el archivo está vacío</translation>
    </message>
    <message>
        <source>{name}: larger than {limit} MB</source>
        <translation>{name}: ocupa más de {limit} MB</translation>
    </message>
    <message>
        <source>{name}: this is a password-protected workbook or an old .xls file; open it in Excel, remove the password and save it as .xlsx</source>
        <translation>{name}: es un libro protegido con contraseña o un archivo .xls antiguo; ábralo en Excel, quite la contraseña y guárdelo como .xlsx</translation>
    </message>
    <message>
        <source>{name}: not an Excel .xlsx workbook (it looks like text or another format); save it from Excel as .xlsx</source>
        <translation>{name}: no es un libro de Excel .xlsx (parece texto u otro formato); guárdelo desde Excel como .xlsx</translation>
    </message>
    <message>
        <source>{name}: too many parts inside the workbook</source>
        <translation>{name}: el libro tiene demasiadas partes internas</translation>
    </message>
    <message>
        <source>{name}: the workbook is encrypted</source>
        <translation>{name}: el libro está cifrado</translation>
    </message>
    <message>
        <source>{name}: a part of the workbook expands implausibly (zip bomb?)</source>
        <translation>{name}: una parte del libro se expande de forma inverosímil (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>{name}: the workbook expands to more than 300 MB</source>
        <translation>{name}: el libro se expande a más de 300 MB</translation>
    </message>
    <message>
        <source>{name}: a zip file, but not an Excel workbook</source>
        <translation>{name}: es un archivo zip, pero no un libro de Excel</translation>
    </message>
    <message>
        <source>{name}: damaged or truncated (not a readable .xlsx)</source>
        <translation>{name}: está dañado o incompleto (no es un .xlsx legible)</translation>
    </message>
    <message>
        <source>{name}: {what}: its XML declares entities, which Excel never writes (refused unread: an XML bomb or an attempt to read other files)</source>
        <translation>{name}: {what}: su XML declara entidades, algo que Excel nunca escribe (rechazado sin leerlo: una bomba XML o un intento de leer otros archivos)</translation>
    </message>
    <message>
        <source>{name}: damaged (a part of the workbook fails its checksum)</source>
        <translation>{name}: está dañado (una parte del libro no pasa la comprobación de integridad)</translation>
    </message>
    <message>
        <source>{name}: {what} ({error})</source>
        <translation>{name}: {what} ({error})</translation>
    </message>
    <message>
        <source>could not be read as a workbook</source>
        <translation>no se pudo leer como libro de Excel</translation>
    </message>
    <message>
        <source>{name}: the workbook has no sheet</source>
        <translation>{name}: el libro no tiene ninguna hoja</translation>
    </message>
    <message>
        <source>{name}: no sheet named {sheet!r} (sheets: {value})</source>
        <translation>{name}: no hay ninguna hoja llamada {sheet!r} (hojas: {value})</translation>
    </message>
    <message>
        <source>{name}: more than {limit} rows</source>
        <translation>{name}: tiene más de {limit} filas</translation>
    </message>
    <message>
        <source>row {row} could not be read</source>
        <translation>no se pudo leer la fila {row}</translation>
    </message>
    <message>
        <source>{name}: the sheet {value!r} is empty</source>
        <translation>{name}: la hoja {value!r} está vacía</translation>
    </message>
    <message>
        <source>{text!r} is not a date (use YYYY-MM-DD or M/D/YYYY)</source>
        <translation>{text!r} no es una fecha (use AAAA-MM-DD o M/D/AAAA)</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} no es un número entero</translation>
    </message>
    <message>
        <source>{source}: no column for {value} (map one to it)</source>
        <translation>{source}: no hay ninguna columna para {value} (asigne una)</translation>
    </message>
    <message>
        <source>row {number}, {column}: {problem}</source>
        <translation>fila {number}, {column}: {problem}</translation>
    </message>
    <message>
        <source>row {number}, {column}: {employee_id} is already on row {first}</source>
        <translation>fila {number}, {column}: {employee_id} ya está en la fila {first}</translation>
    </message>
    <message>
        <source>{source}: no applicant rows under the header</source>
        <translation>{source}: no hay filas de aspirantes debajo del encabezado</translation>
    </message>
    <message>
        <source>--map {pair!r}: use COLUMN=FIELD with FIELD one of {known}</source>
        <translation>--map {pair!r}: use COLUMNA=CAMPO, con CAMPO uno de estos: {known}</translation>
    </message>
    <message>
        <source>--map {pair!r}: no column named {column!r}</source>
        <translation>--map {pair!r}: no hay ninguna columna llamada {column!r}</translation>
    </message>
    <message>
        <source>accounts exist already: an administrator adds new ones</source>
        <translation>ya existen cuentas: un administrador agrega las nuevas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>the first account must be an administrator's</source>
        <translation>la primera cuenta debe ser de un administrador</translation>
    </message>
    <message>
        <source>you cannot switch off your own account</source>
        <translation>no puede desactivar su propia cuenta</translation>
    </message>
    <message>
        <source>the last active administrator's account stays on</source>
        <translation>la cuenta del último administrador activo no se puede desactivar</translation>
    </message>
    <message>
        <source>the account {username!r} is locked after {limit} failed sign-ins; an administrator can unlock it</source>
        <translation>la cuenta {username!r} está bloqueada tras {limit} intentos fallidos de inicio de sesión; un administrador puede desbloquearla</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>use letters, digits, '.', '-' or '_' (up to 80)</source>
        <translation>use letras, dígitos, '.', '-' o '_' (hasta 80)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>{username!r} is taken</source>
        <translation>{username!r} ya está en uso</translation>
    </message>
    <message>
        <source>no account {username!r}</source>
        <translation>no existe la cuenta {username!r}</translation>
    </message>
    <message>
        <source>{employee_id} is already an applicant in this round</source>
        <translation>{employee_id} ya es aspirante en esta ronda</translation>
    </message>
    <message>
        <source>{first_name} {last_name} was changed by someone else; reload to see the newer values</source>
        <translation>otra persona cambió los datos de {first_name} {last_name}; vuelva a cargar para ver los valores más recientes</translation>
    </message>
    <message>
        <source>applicants cannot be deleted once scoring has started</source>
        <translation>no se pueden eliminar aspirantes una vez empezada la puntuación</translation>
    </message>
    <message>
        <source>applicant {applicant_id} does not exist</source>
        <translation>el aspirante {applicant_id} no existe</translation>
    </message>
    <message>
        <source>{path}: the audit key must be readable by its owner only (chmod 600 {path})</source>
        <translation>{path}: la clave de auditoría solo debe poder leerla su propietario (chmod 600 {path})</translation>
    </message>
    <message>
        <source>{path}: not an audit key (64 hexadecimal digits expected)</source>
        <translation>{path}: no es una clave de auditoría (se esperaban 64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>this database is on a PostgreSQL server: back it up on the server with pg_dump and restore it with pg_restore (README, section "Backups"); sro-panel backup and restore copy SQLite files only</source>
        <translation>esta base de datos está en un servidor PostgreSQL: haga la copia de seguridad en el servidor con pg_dump y restáurela con pg_restore (README, sección "Backups"); sro-panel backup y restore solo copian archivos SQLite</translation>
    </message>
    <message>
        <source>automatic backups are off</source>
        <translation>las copias de seguridad automáticas están desactivadas</translation>
    </message>
    <message>
        <source>an automatic backup every {hours} h, the newest {keep} kept</source>
        <translation>una copia de seguridad automática cada {hours} h; se guardan las {keep} más recientes</translation>
    </message>
    <message>
        <source>{path}: the backup schedule cannot be read; set it again with sro-panel backup schedule --every HOURS --keep N</source>
        <translation>{path}: no se puede leer el horario de copias de seguridad; vuelva a fijarlo con sro-panel backup schedule --every HORAS --keep N</translation>
    </message>
    <message>
        <source>{where}: every must be 0 (off) to {most} hours</source>
        <translation>{where}: la frecuencia debe ser de 0 (desactivada) a {most} horas</translation>
    </message>
    <message>
        <source>{where}: keep must be 1 to {most} backups</source>
        <translation>{where}: se deben guardar de 1 a {most} copias</translation>
    </message>
    <message>
        <source>{path}: that is the database itself; choose a backup of it</source>
        <translation>{path}: esa es la propia base de datos; elija una copia de seguridad de ella</translation>
    </message>
    <message>
        <source>{path}: not restored: {why}. Nothing was changed.</source>
        <translation>{path}: no se restauró: {why}. No se cambió nada.</translation>
    </message>
    <message>
        <source>{path}: not restored: it holds no SRO Panel database</source>
        <translation>{path}: no se restauró: no contiene una base de datos de SRO Panel</translation>
    </message>
    <message>
        <source>nothing to back up</source>
        <translation>no hay nada que copiar</translation>
    </message>
    <message>
        <source>{path}: that is the database itself; choose another file</source>
        <translation>{path}: esa es la propia base de datos; elija otro archivo</translation>
    </message>
    <message>
        <source>{who} may not restore a backup</source>
        <translation>{who} no tiene permiso para restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>{name} ({role}) may not {action}</source>
        <translation>{name} ({role}) no tiene permiso para: {action}</translation>
    </message>
    <message>
        <source>someone else saved this at the same moment; reload to see their change</source>
        <translation>otra persona guardó esto en el mismo momento; vuelva a cargar para ver su cambio</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; nothing of this change was saved there</source>
        <translation>se perdió la conexión con el servidor de la base de datos; no se guardó allí nada de este cambio</translation>
    </message>
    <message>
        <source>round {round_id} does not exist</source>
        <translation>la ronda {round_id} no existe</translation>
    </message>
    <message>
        <source>round {round_id} is closed; nothing in it can be changed</source>
        <translation>la ronda {round_id} está cerrada; no se puede cambiar nada en ella</translation>
    </message>
    <message>
        <source>the round is closed</source>
        <translation>la ronda está cerrada</translation>
    </message>
    <message>
        <source>the panel does not meet the composition rule: {shortfalls}</source>
        <translation>el panel no cumple la regla de composición: {shortfalls}</translation>
    </message>
    <message>
        <source>every non-recused sheet must be submitted first: {submitted} of {expected} are in</source>
        <translation>primero deben enviarse todas las hojas sin recusación: hay {submitted} de {expected}</translation>
    </message>
    <message>
        <source>the panel's recommendation is already finalized</source>
        <translation>la recomendación del panel ya está finalizada</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>name who conferred (at least the Chief and the Director)</source>
        <translation>indique quiénes se reunieron (al menos el Jefe y el Director)</translation>
    </message>
    <message>
        <source>the panel's recommendation is not finalized yet</source>
        <translation>la recomendación del panel aún no está finalizada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>is before the panel's recommendation was finalized</source>
        <translation>es anterior a la finalización de la recomendación del panel</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>es una fecha futura</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>must be one of {value}</source>
        <translation>debe ser uno de estos: {value}</translation>
    </message>
    <message>
        <source>the round is closed; reopen it (with a reason) to change a decision</source>
        <translation>la ronda está cerrada; reábrala (indicando un motivo) para cambiar una decisión</translation>
    </message>
    <message>
        <source>record the conference with the Director of Safety first</source>
        <translation>registre primero la reunión con el Director de Seguridad</translation>
    </message>
    <message>
        <source>{first_name} {last_name} is not in the panel's summary</source>
        <translation>{first_name} {last_name} no está en el resumen del panel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>this decision departs from the panel's order; give the reason in writing</source>
        <translation>esta decisión se aparta del orden del panel; indique el motivo por escrito</translation>
    </message>
    <message>
        <source>every candidate needs a decision first; undecided: {names}</source>
        <translation>primero cada candidato necesita una decisión; sin decidir: {names}</translation>
    </message>
    <message>
        <source>reopening a closed round needs a reason</source>
        <translation>reabrir una ronda cerrada requiere un motivo</translation>
    </message>
    <message>
        <source>the round is not closed</source>
        <translation>la ronda no está cerrada</translation>
    </message>
    <message>
        <source>{kind} is a PDF: write it to a file ending in .pdf</source>
        <translation>{kind} es un PDF: guárdelo en un archivo que termine en .pdf</translation>
    </message>
    <message>
        <source>unknown export {kind!r}; choose one of {value}</source>
        <translation>exportación desconocida: {kind!r}; elija una de estas: {value}</translation>
    </message>
    <message>
        <source>{kind} is an Excel export: write it to a file ending in .xlsx</source>
        <translation>{kind} es una exportación de Excel: guárdela en un archivo que termine en .xlsx</translation>
    </message>
    <message>
        <source>unknown PDF {kind!r}; choose one of {value}</source>
        <translation>PDF desconocido: {kind!r}; elija uno de estos: {value}</translation>
    </message>
    <message>
        <source>a panelist can be chosen only for score sheets</source>
        <translation>solo se puede elegir un panelista para las hojas de puntuación</translation>
    </message>
    <message>
        <source>filled-in score sheets are one panelist's: choose the panelist</source>
        <translation>las hojas de puntuación rellenadas son de un solo panelista: elija el panelista</translation>
    </message>
    <message>
        <source>Gathering the round</source>
        <translation>Reuniendo los datos de la ronda</translation>
    </message>
    <message>
        <source>no certificate has been uploaded for this round's officers</source>
        <translation>no se ha subido ningún certificado de los oficiales de esta ronda</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>this database already holds rounds; a round file opens alone</source>
        <translation>esta base de datos ya contiene rondas; un archivo de ronda se abre por separado</translation>
    </message>
    <message>
        <source>this database was not made from a round file; score files are saved on a panelist's laptop</source>
        <translation>esta base de datos no se creó a partir de un archivo de ronda; los archivos de puntuaciones se guardan en la computadora portátil de un panelista</translation>
    </message>
    <message>
        <source>no sheet is submitted yet: submit your sheets, then save the score file</source>
        <translation>aún no se ha enviado ninguna hoja: envíe sus hojas y luego guarde el archivo de puntuaciones</translation>
    </message>
    <message>
        <source>{target}: not the local panel of {name}; move it aside and open the round file again</source>
        <translation>{target}: no es el panel local de {name}; muévalo a otro lugar y vuelva a abrir el archivo de ronda</translation>
    </message>
    <message>
        <source>candidate {number}</source>
        <translation>candidato {number}</translation>
    </message>
    <message>
        <source>recommendation {choice}</source>
        <translation>recomendación {choice}</translation>
    </message>
    <message>
        <source>{name}: not saved ({problem}); what you entered offline: {what}</source>
        <translation>{name}: no se guardó ({problem}); lo que ingresó sin conexión: {what}</translation>
    </message>
    <message>
        <source>This score file from {panelist} was imported before; nothing changed.</source>
        <translation>Este archivo de puntuaciones de {panelist} ya se importó antes; no cambió nada.</translation>
    </message>
    <message>
        <source>{count} sheet(s) from {panelist} imported</source>
        <translation>{count} hoja(s) de {panelist} importada(s)</translation>
    </message>
    <message>
        <source>{count} already in with the same scores</source>
        <translation>{count} ya estaba(n) con las mismas puntuaciones</translation>
    </message>
    <message>
        <source>drafts replaced for {names}</source>
        <translation>borradores reemplazados de {names}</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>the round is closed; its panel no longer scores</source>
        <translation>la ronda está cerrada; su panel ya no puntúa</translation>
    </message>
    <message>
        <source>panelist {panelist_id} is not on this round's panel</source>
        <translation>el panelista {panelist_id} no forma parte del panel de esta ronda</translation>
    </message>
    <message>
        <source>{source}: this score file does not come from a round file made from this database; nothing was imported</source>
        <translation>{source}: este archivo de puntuaciones no viene de un archivo de ronda creado con esta base de datos; no se importó nada</translation>
    </message>
    <message>
        <source>{source}: the signature does not match: the file was changed after the panelist saved it, or it was not made from this round file; nothing was imported</source>
        <translation>{source}: la firma no coincide: el archivo cambió después de que el panelista lo guardara, o no se creó a partir de este archivo de ronda; no se importó nada</translation>
    </message>
    <message>
        <source>{source}: the file names another round or panel seat than its round file was made for; nothing was imported</source>
        <translation>{source}: el archivo indica una ronda o un puesto del panel distintos de aquellos para los que se creó su archivo de ronda; no se importó nada</translation>
    </message>
    <message>
        <source>{source}: this score file is for round {round_id} ({title}), not round {other_round}; nothing was imported</source>
        <translation>{source}: este archivo de puntuaciones es de la ronda {round_id} ({title}), no de la ronda {other_round}; no se importó nada</translation>
    </message>
    <message>
        <source>{source}: this score file is from {label}, not {other}; nothing was imported</source>
        <translation>{source}: este archivo de puntuaciones es de {label}, no de {other}; no se importó nada</translation>
    </message>
    <message>
        <source>{source}: the round is closed; nothing was imported</source>
        <translation>{source}: la ronda está cerrada; no se importó nada</translation>
    </message>
    <message>
        <source>{where}: no such candidate in this round</source>
        <translation>{where}: ese candidato no está en esta ronda</translation>
    </message>
    <message>
        <source>{where}: no longer in the interview pool; nothing was imported</source>
        <translation>{where}: ya no está en la lista de candidatos; no se importó nada</translation>
    </message>
    <message>
        <source>{where}: the panelist has a declared conflict with this candidate; nothing was imported</source>
        <translation>{where}: el panelista declaró un conflicto de interés con este candidato; no se importó nada</translation>
    </message>
    <message>
        <source>{where}: no criterion {criterion!r}</source>
        <translation>{where}: no existe el criterio {criterion!r}</translation>
    </message>
    <message>
        <source>{where}: {title}: {value} is not a level of the scale</source>
        <translation>{where}: {title}: {value} no es un nivel de la escala</translation>
    </message>
    <message>
        <source>{where}: {title}: the note is too long</source>
        <translation>{where}: {title}: la nota es demasiado larga</translation>
    </message>
    <message>
        <source>{where}: no score for {value}</source>
        <translation>{where}: falta la puntuación de {value}</translation>
    </message>
    <message>
        <source>{where}: no valid overall recommendation</source>
        <translation>{where}: falta una recomendación general válida</translation>
    </message>
    <message>
        <source>{where}: a different sheet was already submitted for this panelist ({origin}{value}); the file would overwrite it, so nothing was imported</source>
        <translation>{where}: ya se envió otra hoja de este panelista ({origin}{value}); el archivo la sobrescribiría, así que no se importó nada</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation>tiene más de 200 caracteres</translation>
    </message>
    <message>
        <source>the panel's recommendation is finalized; the panel is complete</source>
        <translation>la recomendación del panel está finalizada; el panel está completo</translation>
    </message>
    <message>
        <source>Role type</source>
        <translation>Tipo de rol</translation>
    </message>
    <message>
        <source>{role_type!r} is not one of {known}</source>
        <translation>{role_type!r} no es uno de estos: {known}</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>a student panelist cannot chair the panel</source>
        <translation>un panelista estudiante no puede presidir el panel</translation>
    </message>
    <message>
        <source>panelist {panelist_id} does not exist</source>
        <translation>el panelista {panelist_id} no existe</translation>
    </message>
    <message>
        <source>this seat already has score sheets, scored by its present account; its account cannot change now</source>
        <translation>este puesto ya tiene hojas de puntuación, rellenadas con su cuenta actual; ya no se puede cambiar su cuenta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>there is no active account {username!r}</source>
        <translation>no hay ninguna cuenta activa {username!r}</translation>
    </message>
    <message>
        <source>{username!r} is not a panelist's or chair's account</source>
        <translation>{username!r} no es la cuenta de un panelista ni de la presidencia</translation>
    </message>
    <message>
        <source>{username!r} already holds a seat on this panel</source>
        <translation>{username!r} ya ocupa un puesto en este panel</translation>
    </message>
    <message>
        <source>a conflict of interest needs a short reason</source>
        <translation>un conflicto de interés necesita un motivo breve</translation>
    </message>
    <message>
        <source>applicant {applicant_id} is not in this panelist's round</source>
        <translation>el aspirante {applicant_id} no está en la ronda de este panelista</translation>
    </message>
    <message>
        <source>this conflict has already been declared</source>
        <translation>este conflicto ya se declaró</translation>
    </message>
    <message>
        <source>this panelist has already submitted a sheet for this candidate; a conflict must be declared before scoring (tell the chair, who notes it in the summary)</source>
        <translation>este panelista ya envió una hoja de este candidato; un conflicto debe declararse antes de puntuar (avise a la presidencia, que lo anotará en el resumen)</translation>
    </message>
    <message>
        <source>{name} is not eligible ({eligibility}: {value}); only eligible applicants can join the pool</source>
        <translation>{name} no es elegible ({eligibility}: {value}); solo los aspirantes que cumplen pueden pasar a la lista de candidatos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>must be between 5 and 480 minutes</source>
        <translation>debe estar entre 5 y 480 minutos</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>necesita una zona horaria</translation>
    </message>
    <message>
        <source>{first_name} {last_name} is not in the pool; add them to the pool before scheduling</source>
        <translation>{first_name} {last_name} no está en la lista de candidatos; agréguelo a la lista antes de programar su turno</translation>
    </message>
    <message>
        <source>{room} is taken {starts_at:%H:%M}-{ends_at:%H:%M} by {applicant_name}</source>
        <translation>{room} está ocupada de {starts_at:%H:%M} a {ends_at:%H:%M} por {applicant_name}</translation>
    </message>
    <message>
        <source>{applicant_name} already has a {kind} {starts_at:%H:%M}-{ends_at:%H:%M}</source>
        <translation>{applicant_name} ya tiene una cita ({kind}) de {starts_at:%H:%M} a {ends_at:%H:%M}</translation>
    </message>
    <message>
        <source>no score sheets in {language!r}; choose one of {known}</source>
        <translation>no hay hojas de puntuación en {language!r}; elija uno de estos: {known}</translation>
    </message>
    <message>
        <source>panelist {panelist_id} does not sit on this round's panel</source>
        <translation>el panelista {panelist_id} no forma parte del panel de esta ronda</translation>
    </message>
    <message>
        <source>this panelist has no submitted score sheets to print yet</source>
        <translation>este panelista aún no tiene hojas de puntuación enviadas para imprimir</translation>
    </message>
    <message>
        <source>round {round_id} is open; only a closed round can be purged</source>
        <translation>la ronda {round_id} está abierta; solo se puede depurar una ronda cerrada</translation>
    </message>
    <message>
        <source>round {round_id}'s personnel details were purged on {personnel_purged_at:%Y-%m-%d}</source>
        <translation>los datos de personal de la ronda {round_id} se depuraron el {personnel_purged_at:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>round {round_id}'s personnel details are kept until {due_on} ({months} months after it closed)</source>
        <translation>los datos de personal de la ronda {round_id} se conservan hasta el {due_on} ({months} meses después de su cierre)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Vacancy title</source>
        <translation>Título de la vacante</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Fecha límite de solicitud</translation>
    </message>
    <message>
        <source>is before the posting date</source>
        <translation>es anterior a la fecha de publicación</translation>
    </message>
    <message>
        <source>Selection date</source>
        <translation>Fecha de selección</translation>
    </message>
    <message>
        <source>is before the application deadline</source>
        <translation>es anterior a la fecha límite de solicitud</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>must be between 1 and {limit}</source>
        <translation>debe estar entre 1 y {limit}</translation>
    </message>
    <message>
        <source>Interview format</source>
        <translation>Formato de entrevista</translation>
    </message>
    <message>
        <source>the round was changed by someone else; reload to see it</source>
        <translation>otra persona cambió la ronda; vuelva a cargar para verla</translation>
    </message>
    <message>
        <source>cannot change once scoring has started (it decides who was eligible)</source>
        <translation>no se puede cambiar una vez empezada la puntuación (decide quién era elegible)</translation>
    </message>
    <message>
        <source>criterion {criterion_id} does not exist</source>
        <translation>el criterio {criterion_id} no existe</translation>
    </message>
    <message>
        <source>the rubric is frozen: scoring has started in this round</source>
        <translation>la rúbrica está congelada: la puntuación ya empezó en esta ronda</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 100</source>
        <translation>debe ser mayor que 0 y como máximo 100</translation>
    </message>
    <message>
        <source>the database holds no round yet (create one, or run 'sro-panel demo')</source>
        <translation>la base de datos aún no tiene ninguna ronda (cree una o ejecute 'sro-panel demo')</translation>
    </message>
    <message>
        <source>the database holds several rounds: name one with --round ID</source>
        <translation>la base de datos tiene varias rondas: indique una con --round ID</translation>
    </message>
    <message>
        <source>{source}: no 'Name' column (found: {value})</source>
        <translation>{source}: no hay ninguna columna 'Name' (se encontraron: {value})</translation>
    </message>
    <message>
        <source>{where}Name</source>
        <translation>{where}Nombre</translation>
    </message>
    <message>
        <source>{name!r} is already on the list</source>
        <translation>{name!r} ya está en la lista</translation>
    </message>
    <message>
        <source>{where}Level</source>
        <translation>{where}Nivel</translation>
    </message>
    <message>
        <source>{text!r} is not one of {value}</source>
        <translation>{text!r} no es uno de estos: {value}</translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation>Recomendación general</translation>
    </message>
    <message>
        <source>{value} is not a level of the scale</source>
        <translation>{value} no es un nivel de la escala</translation>
    </message>
    <message>
        <source>the note is longer than {limit} characters</source>
        <translation>la nota tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>the sheet cannot be submitted yet; missing: {missing}</source>
        <translation>la hoja aún no se puede enviar; falta: {missing}</translation>
    </message>
    <message>
        <source>consensus opens once every panelist has submitted: {submitted} of {expected} sheets are in</source>
        <translation>el consenso se abre cuando todos los panelistas hayan enviado sus hojas: hay {submitted} de {expected} hojas</translation>
    </message>
    <message>
        <source>the chair has not opened the consensus step</source>
        <translation>la presidencia no ha abierto el paso de consenso</translation>
    </message>
    <message>
        <source>only a submitted sheet can be changed in consensus</source>
        <translation>en el consenso solo se puede cambiar una hoja enviada</translation>
    </message>
    <message>
        <source>{title} has no initial score to change</source>
        <translation>{title} no tiene una puntuación inicial que cambiar</translation>
    </message>
    <message>
        <source>a score changed in consensus needs a reason</source>
        <translation>una puntuación cambiada en el consenso necesita un motivo</translation>
    </message>
    <message>
        <source>candidate {applicant_id} is not in this panelist's round</source>
        <translation>el candidato {applicant_id} no está en la ronda de este panelista</translation>
    </message>
    <message>
        <source>{first_name} {last_name} is not in the interview pool</source>
        <translation>{first_name} {last_name} no está en la lista de candidatos</translation>
    </message>
    <message>
        <source>the round is closed; nothing in it can be changed</source>
        <translation>la ronda está cerrada; no se puede cambiar nada en ella</translation>
    </message>
    <message>
        <source>you declared a conflict of interest with this candidate and do not score them</source>
        <translation>usted declaró un conflicto de interés con este candidato y no lo puntúa</translation>
    </message>
    <message>
        <source>this sheet was removed elsewhere; reload it</source>
        <translation>esta hoja se eliminó en otro lugar; vuelva a cargarla</translation>
    </message>
    <message>
        <source>this sheet is submitted and locked; changes are made in the consensus step</source>
        <translation>esta hoja está enviada y bloqueada; los cambios se hacen en el paso de consenso</translation>
    </message>
    <message>
        <source>{display_name} has started this sheet on a laptop; it is finished there, not keyed in from paper</source>
        <translation>{display_name} empezó esta hoja en una computadora portátil; se termina allí, no se transcribe desde el papel</translation>
    </message>
    <message>
        <source>this sheet is being keyed in from the paper form by {keyed_by}; it cannot also be scored here</source>
        <translation>{keyed_by} está transcribiendo esta hoja desde el formulario en papel; no se puede puntuar también aquí</translation>
    </message>
    <message>
        <source>this sheet was changed on another laptop; reload to see the newer values</source>
        <translation>esta hoja cambió en otra computadora portátil; vuelva a cargar para ver los valores más recientes</translation>
    </message>
    <message>
        <source>no criterion {key!r} in this round's rubric</source>
        <translation>no existe el criterio {key!r} en la rúbrica de esta ronda</translation>
    </message>
    <message>
        <source>applicant {applicant_id} is a practice candidate and is not screened</source>
        <translation>el aspirante {applicant_id} es un candidato de práctica y no se evalúa en la preselección</translation>
    </message>
    <message>
        <source>requirement {requirement_id!r} is computed from HR's record; correct the record or override it with a reason</source>
        <translation>el requisito {requirement_id!r} se calcula a partir del expediente de RR. HH.; corrija el expediente o cambie el resultado indicando un motivo</translation>
    </message>
    <message>
        <source>removing an override needs a reason</source>
        <translation>deshacer un cambio de resultado requiere un motivo</translation>
    </message>
    <message>
        <source>no requirement {requirement_id!r} in this round (known: {known})</source>
        <translation>no existe el requisito {requirement_id!r} en esta ronda (existentes: {known})</translation>
    </message>
    <message>
        <source>no certificate has been uploaded for this officer</source>
        <translation>no se ha subido ningún certificado de este oficial</translation>
    </message>
    <message>
        <source>certificate {number}: the stored file no longer matches the SHA-256 recorded at upload; it was changed outside the app</source>
        <translation>certificado {number}: el archivo guardado ya no coincide con el SHA-256 registrado al subirlo; se cambió fuera de la aplicación</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Course end</source>
        <translation>Fin del curso</translation>
    </message>
    <message>
        <source>is before the course start</source>
        <translation>es anterior al inicio del curso</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>must be between 0 and 400</source>
        <translation>debe estar entre 0 y 400</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>are required once the course is complete</source>
        <translation>son obligatorias una vez terminado el curso</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Número de certificado</translation>
    </message>
    <message>
        <source>is longer than 80 characters</source>
        <translation>tiene más de 80 caracteres</translation>
    </message>
    <message>
        <source>record the course first (provider, dates, hours)</source>
        <translation>registre primero el curso (proveedor, fechas, horas)</translation>
    </message>
    <message>
        <source>{number} is already recorded for {first_name} {last_name}</source>
        <translation>{number} ya está registrado a nombre de {first_name} {last_name}</translation>
    </message>
    <message>
        <source>certificate {number}: the file no longer matches its SHA-256 from upload; upload it again</source>
        <translation>certificado {number}: el archivo ya no coincide con su SHA-256 de cuando se subió; súbalo de nuevo</translation>
    </message>
    <message>
        <source>the course is not recorded as complete</source>
        <translation>el curso no consta como terminado</translation>
    </message>
    <message>
        <source>not accepted: the course has {value:g} hours and the profile requires at least {minimum:g}</source>
        <translation>no aceptado: el curso tiene {value:g} horas y el perfil exige al menos {minimum:g}</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>{topic_key!r} is not one of {known}</source>
        <translation>{topic_key!r} no es uno de estos: {known}</translation>
    </message>
    <message>
        <source>the completion date is in the future</source>
        <translation>la fecha de finalización es futura</translation>
    </message>
    <message>
        <source>school {school_id} does not exist</source>
        <translation>la escuela {school_id} no existe</translation>
    </message>
    <message>
        <source>already assigned to {name}</source>
        <translation>ya está asignado a {name}</translation>
    </message>
    <message>
        <source>Trained officers</source>
        <translation>Oficiales capacitados</translation>
    </message>
    <message>
        <source>must be between 1 and 10,000</source>
        <translation>debe estar entre 1 y 10.000</translation>
    </message>
    <message>
        <source>Daily fine</source>
        <translation>Multa diaria</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>{first_name} {last_name} was not selected by the Chief; training is recorded for selected officers</source>
        <translation>el Jefe no seleccionó a {first_name} {last_name}; la capacitación se registra para los oficiales seleccionados</translation>
    </message>
    <message>
        <source>{path}: not restored (nobody signed in)</source>
        <translation>{path}: no se restauró (nadie inició sesión)</translation>
    </message>
</context>
</TS>
