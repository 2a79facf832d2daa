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
        <message>
            <source>{path} is not a Samordnare Desktop database: it has a table of schema versions like one, but none of its tables (it was probably made by another program). Nothing was changed. Give the path of your Samordnare Desktop database; if this file was it, run 'restore --latest-good'.</source>
            <translation>{path} är inte en databas för Samordnare Desktop: den har en tabell med schemaversioner som en sådan, men ingen av dess tabeller (den har troligen skapats av ett annat program). Ingenting ändrades. Ange sökvägen till din databas för Samordnare Desktop; var det den här filen, kör 'restore --latest-good'.</translation>
        </message>
    </context>
</TS>
