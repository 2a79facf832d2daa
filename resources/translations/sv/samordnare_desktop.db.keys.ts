<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>encryption</name>
        <message>
            <source>Wrong passphrase. Nothing was changed; try again or use the recovery key.</source>
            <translation>Fel lösenfras. Inget ändrades; försök igen eller använd återställningsnyckeln.</translation>
        </message>
        <message>
            <source>This recovery key does not open the database. Check it and try again.</source>
            <translation>Den här återställningsnyckeln öppnar inte databasen. Kontrollera den och försök igen.</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>Lösenfrasen måste ha minst 8 tecken.</translation>
        </message>
        <message>
            <source>The key file {path} is missing, so the encrypted database cannot be opened. Put the key file back beside the database.</source>
            <translation>Nyckelfilen {path} saknas, så den krypterade databasen kan inte öppnas. Lägg tillbaka nyckelfilen bredvid databasen.</translation>
        </message>
        <message>
            <source>The key file {path} cannot be read.</source>
            <translation>Nyckelfilen {path} kan inte läsas.</translation>
        </message>
        <message>
            <source>{path} is not a Samordnare key file.</source>
            <translation>{path} är inte en nyckelfil för Samordnare.</translation>
        </message>
        <message>
            <source>The key file was written by a newer version of Samordnare Desktop.</source>
            <translation>Nyckelfilen skrevs av en nyare version av Samordnare Desktop.</translation>
        </message>
    </context>
</TS>
