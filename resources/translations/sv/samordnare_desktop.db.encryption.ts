<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>encryption</name>
        <message>
            <source>The database is encrypted: it opens only with its passphrase or recovery key. Nothing was changed.</source>
            <translation>Databasen är krypterad: den öppnas bara med sin lösenfras eller återställningsnyckel. Inget ändrades.</translation>
        </message>
        <message>
            <source>The database file cannot be read: it is damaged, or it is encrypted and its key file {path} is missing. Nothing was changed.</source>
            <translation>Databasfilen kan inte läsas: den är skadad, eller krypterad och dess nyckelfil {path} saknas. Inget ändrades.</translation>
        </message>
        <message>
            <source>The key file {path} is missing, so the encrypted database cannot be opened. Put the key file back beside the database.</source>
            <translation>Nyckelfilen {path} saknas, så den krypterade databasen kan inte öppnas. Lägg tillbaka nyckelfilen bredvid databasen.</translation>
        </message>
        <message>
            <source>The encrypted database {path} is missing although its key file is there. No new database was created; restore the file or a backup.</source>
            <translation>Den krypterade databasen {path} saknas fast dess nyckelfil finns. Ingen ny databas skapades; återställ filen eller en säkerhetskopia.</translation>
        </message>
        <message>
            <source>The database is not encrypted although a key file lies beside it: an encryption or decryption was interrupted. Run 'encrypt' or 'decrypt' again to finish it.</source>
            <translation>Databasen är inte krypterad fast en nyckelfil ligger bredvid den: en kryptering eller dekryptering avbröts. Kör 'encrypt' eller 'decrypt' igen för att slutföra den.</translation>
        </message>
        <message>
            <source>The database could not be opened with this key: {path} is damaged or was encrypted with another key.</source>
            <translation>Databasen kunde inte öppnas med denna nyckel: {path} är skadad eller krypterades med en annan nyckel.</translation>
        </message>
        <message>
            <source>The converted copy of {path} failed its check: {detail}</source>
            <translation>Den konverterade kopian av {path} klarade inte kontrollen: {detail}</translation>
        </message>
        <message>
            <source>A file beside the database is damaged or was sealed with another key.</source>
            <translation>En fil bredvid databasen är skadad eller förseglades med en annan nyckel.</translation>
        </message>
    </context>
</TS>
