<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
        <message>
            <source>The database file cannot be read: it is damaged or not a Samordnare database ({detail}).</source>
            <translation>Databasfilen kan inte läsas: den är skadad eller ingen Samordnare-databas ({detail}).</translation>
        </message>
        <message>
            <source>This database was written by a newer version of Samordnare Desktop and cannot be opened by this one. Update the app; the file has not been changed.</source>
            <translation>Databasen har skrivits av en nyare version av Samordnare Desktop och kan inte öppnas av den här. Uppdatera appen; filen har inte ändrats.</translation>
        </message>
    </context>
</TS>
