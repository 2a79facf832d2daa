<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>server</name>
        <message>
            <source>{url} is not a server address: write it as postgresql://user@host:5432/database.</source>
            <translation>{url} är ingen serveradress: skriv den som postgresql://användare@värd:5432/databas.</translation>
        </message>
        <message>
            <source>The server database belongs to another programme (it has tables but is no Samordnare database): nothing was changed. Ask for an empty database of your own.</source>
            <translation>Serverdatabasen hör till ett annat program (den har tabeller men är ingen Samordnare-databas): inget ändrades. Be om en tom databas för teamet.</translation>
        </message>
        <message>
            <source>The server database was written by a newer version of Samordnare Desktop: update the app. Nothing was changed.</source>
            <translation>Serverdatabasen är skriven av en nyare version av Samordnare Desktop: uppdatera appen. Inget ändrades.</translation>
        </message>
        <message>
            <source>The server database has an older schema; connect once with upgrading allowed. Nothing was changed.</source>
            <translation>Serverdatabasen har ett äldre schema; anslut en gång med uppgradering tillåten. Inget ändrades.</translation>
        </message>
        <message>
            <source>The server could not be reached: {detail}</source>
            <translation>Servern kunde inte nås: {detail}</translation>
        </message>
    </context>
</TS>
