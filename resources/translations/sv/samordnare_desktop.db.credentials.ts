<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>server</name>
        <message>
            <source>The password cannot be kept on this computer: it has no keyring and the local database is not encrypted. Encrypt the database to keep it, or type it each time.</source>
            <translation>Lösenordet kan inte sparas på den här datorn: den har ingen nyckelring och den lokala databasen är inte krypterad. Kryptera databasen för att spara det, eller skriv det varje gång.</translation>
        </message>
    </context>
</TS>
