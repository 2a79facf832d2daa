<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ExchangeFile</name>
        <message>
            <source>&amp;Export exchange file…</source>
            <translation>E&amp;xportera utbytesfil…</translation>
        </message>
        <message>
            <source>&amp;Import exchange file…</source>
            <translation>I&amp;mportera utbytesfil…</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>No team server</source>
            <translation>Ingen teamserver</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Inte synkad ännu</translation>
        </message>
        <message>
            <source>Last synced {when}</source>
            <translation>Senast synkad {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n ändring väntar</numerusform>
                <numerusform>%n ändringar väntar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n skickad</numerusform>
                <numerusform>%n skickade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n hämtad</numerusform>
                <numerusform>%n hämtade</numerusform>
            </translation>
        </message>
        <message>
            <source>Synchronised: {parts}.</source>
            <translation>Synkroniserat: {parts}.</translation>
        </message>
        <message>
            <source>The connection to the team server was lost during the sync. Nothing is lost: sync again when the server can be reached.</source>
            <translation>Förbindelsen med teamservern bröts under synkroniseringen. Inget har gått förlorat: synkronisera igen när servern går att nå.</translation>
        </message>
        <message>
            <source>&amp;Synchronise</source>
            <translation>S&amp;ynkronisera</translation>
        </message>
        <message>
            <source>Send the changes made here and fetch the team's</source>
            <translation>Skicka ändringarna som gjorts här och hämta teamets</translation>
        </message>
        <message>
            <source>Show the conflicts side by side</source>
            <translation>Visa konflikterna sida vid sida</translation>
        </message>
        <message>
            <source>Another team server</source>
            <translation>En annan teamserver</translation>
        </message>
        <message>
            <source>Treat the team server as new and send everything on this computer to it?</source>
            <translation>Behandla teamservern som ny och skicka allt på den här datorn dit?</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n konflikt</numerusform>
                <numerusform>%n konflikter</numerusform>
            </translation>
        </message>
        <message>
            <source>Team server password</source>
            <translation>Teamserverns lösenord</translation>
        </message>
        <message>
            <source>Password for {server}:</source>
            <translation>Lösenord för {server}:</translation>
        </message>
        <message>
            <source>No team server is chosen for this database. Choose one under Arkiv → Teamserver…, or carry the changes in an exchange file.</source>
            <translation>Ingen teamserver är vald för den här databasen. Välj en under Arkiv → Teamserver…, eller för över ändringarna med en utbytesfil.</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>Synkroniserar…</translation>
        </message>
    </context>
</TS>
