<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>server</name>
        <message>
            <source>Your login has no role in this team server database (neither editor nor reader): ask its administrator. Nothing was changed.</source>
            <translation>Din inloggning har ingen roll i den här databasen på teamservern (varken redigerare eller läsare): fråga dess administratör. Inget ändrades.</translation>
        </message>
        <message>
            <source>The server database is empty, and only its owner may create the app's tables: the first connection must be made with the owner's login. Nothing was changed.</source>
            <translation>Serverdatabasen är tom, och bara dess ägare får skapa appens tabeller: den första anslutningen måste göras med ägarens inloggning. Inget ändrades.</translation>
        </message>
        <message>
            <source>The server database has an older schema, and only its owner may upgrade it: ask the administrator to connect once with this version of the app. Nothing was changed.</source>
            <translation>Serverdatabasen har ett äldre schema, och bara dess ägare får uppgradera det: be administratören ansluta en gång med den här versionen av appen. Inget ändrades.</translation>
        </message>
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
