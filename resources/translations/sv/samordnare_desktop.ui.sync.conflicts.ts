<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(tomt)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Your version</source>
            <translation>Din version</translation>
        </message>
        <message>
            <source>Server's version</source>
            <translation>Serverns version</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Ändrad av</translation>
        </message>
        <message>
            <source>Conflicts after the sync</source>
            <translation>Konflikter efter synkroniseringen</translation>
        </message>
        <message>
            <source>The other version (the server's or the file's) applies to the selected conflicts</source>
            <translation>Den andra versionen (serverns eller filens) gäller för de markerade konflikterna</translation>
        </message>
        <message>
            <source>These fields were changed both here and on the computer whose exchange file was imported. Your version applies until you choose. Your choice is saved as a new change and sent with the next sync; both versions stay in the history.</source>
            <translation>De här fälten ändrades både här och på datorn vars utbytesfil importerades. Din version gäller tills du väljer. Ditt val sparas som en ny ändring och skickas med nästa synkronisering; båda versionerna finns kvar i historiken.</translation>
        </message>
        <message>
            <source>These fields were changed both here and elsewhere: on the team server, or on the computer whose exchange file was imported (see each conflict). Your choice is saved as a new change and sent with the next sync; both versions stay in the history.</source>
            <translation>De här fälten ändrades både här och på annat håll: på teamservern eller på datorn vars utbytesfil importerades (se varje konflikt). Ditt val sparas som en ny ändring och skickas med nästa synkronisering; båda versionerna finns kvar i historiken.</translation>
        </message>
        <message>
            <source>These fields were changed both here and on the team server since the last sync. The server's version applies until you choose. Your choice is saved as a new change and sent with the next sync; both versions stay in the history.</source>
            <translation>De här fälten ändrades både här och på teamservern sedan förra synkroniseringen. Serverns version gäller tills du väljer. Ditt val sparas som en ny ändring och skickas med nästa synkronisering; båda versionerna finns kvar i historiken.</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikter</translation>
        </message>
        <message>
            <source>File's version</source>
            <translation>Filens version</translation>
        </message>
        <message>
            <source>Server's or file's version</source>
            <translation>Serverns eller filens version</translation>
        </message>
        <message>
            <source>{who} (exchange file)</source>
            <translation>{who} (utbytesfil)</translation>
        </message>
        <message>
            <source>Decided {when}</source>
            <translation>Avgjord {when}</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Avgjord</translation>
        </message>
        <message>
            <source>No conflicts left: everything is decided.</source>
            <translation>Inga konflikter kvar: allt är avgjort.</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Behåll &amp;min</translation>
        </message>
        <message>
            <source>Your version applies to the selected conflicts</source>
            <translation>Din version gäller för de markerade konflikterna</translation>
        </message>
        <message>
            <source>Keep the &amp;server's</source>
            <translation>Behåll &amp;serverns</translation>
        </message>
        <message>
            <source>Show &amp;decided</source>
            <translation>Visa a&amp;vgjorda</translation>
        </message>
        <message>
            <source>Also list the conflicts already decided, with both versions</source>
            <translation>Visa även de konflikter som redan är avgjorda, med båda versionerna</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to decide</source>
            <translation>
                <numerusform>%n konflikt att avgöra</numerusform>
                <numerusform>%n konflikter att avgöra</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep the &amp;file's</source>
            <translation>Behåll &amp;filens</translation>
        </message>
        <message>
            <source>Keep the &amp;other version</source>
            <translation>Behåll den &amp;andra versionen</translation>
        </message>
        <message>
            <source>Your version: {what}</source>
            <translation>Din version: {what}</translation>
        </message>
        <message>
            <source>File's version (from {who})</source>
            <translation>Filens version (från {who})</translation>
        </message>
        <message>
            <source>Server's version (changed by {who})</source>
            <translation>Serverns version (ändrad av {who})</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>någon</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts selected: the buttons decide them all.</source>
            <translation>
                <numerusform>%n konflikt markerad: knapparna avgör den.</numerusform>
                <numerusform>%n konflikter markerade: knapparna avgör alla.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) decided.</source>
            <translation>
                <numerusform>%n konflikt avgjord.</numerusform>
                <numerusform>%n konflikter avgjorda.</numerusform>
            </translation>
        </message>
    </context>
</TS>
