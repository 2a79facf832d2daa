<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>server</name>
        <message>
            <source>The server database belongs to another programme (it has tables but is no Samordnare database): nothing was changed. Ask for an empty database of your own.</source>
            <translation>Serverdatabasen tillhör ett annat program (den har tabeller men är ingen Samordnare-databas): inget ändrades. Be om en egen, tom databas.</translation>
        </message>
        <message>
            <source>The server database was written by a newer version of Samordnare Desktop: update the app. Nothing was changed.</source>
            <translation>Serverdatabasen är skriven av en nyare version av Samordnare Desktop: uppdatera appen. Inget ändrades.</translation>
        </message>
        <message>
            <source>The server database has an older schema; connect once with upgrading allowed. Nothing was changed.</source>
            <translation>Serverdatabasen har ett äldre schema; anslut en gång med uppgradering tillåten. Inget ändrades.</translation>
        </message>
    </context>
</TS>
