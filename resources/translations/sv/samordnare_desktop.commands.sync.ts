<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Synced: {pushed} sent, {pulled} received, {conflicts} conflicts.</source>
            <translation>Synkroniserat: {pushed} skickade, {pulled} hämtade, {conflicts} konflikter.</translation>
        </message>
        <message>
            <source>Each conflict keeps both values until you decide it in the window (Arkiv → Synkronisera).</source>
            <translation>Varje konflikt behåller båda värdena tills du avgör den i fönstret (Arkiv → Synkronisera).</translation>
        </message>
        <message>
            <source>Password for {server}: </source>
            <translation>Lösenord för {server}: </translation>
        </message>
        <message>
            <source>The exchange file needs a passphrase: set {env} or run the command in a terminal.</source>
            <translation>Utbytesfilen behöver en lösenfras: sätt {env} eller kör kommandot i en terminal.</translation>
        </message>
        <message>
            <source>Passphrase for the exchange file: </source>
            <translation>Lösenfras för utbytesfilen: </translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>Samma lösenfras igen: </translation>
        </message>
        <message>
            <source>The passphrases differ. Nothing was written.</source>
            <translation>Lösenfraserna skiljer sig åt. Ingenting skrevs.</translation>
        </message>
        <message>
            <source>Exchange file written: {path} ({count} changed rows).</source>
            <translation>Utbytesfilen sparad: {path} ({count} ändrade rader).</translation>
        </message>
        <message>
            <source>{path}: no such file.</source>
            <translation>{path}: filen finns inte.</translation>
        </message>
        <message>
            <source>Exchange file imported: {pulled} rows applied, {conflicts} conflicts.</source>
            <translation>Utbytesfilen importerad: {pulled} rader tillämpade, {conflicts} konflikter.</translation>
        </message>
    </context>
</TS>
