<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
        <message>
            <source>{path} cannot be read, so no backup of it was made. Nothing was changed.</source>
            <translation>{path} kan inte läsas, så ingen säkerhetskopia gjordes. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder: Samordnare Desktop keeps the database's backups in a folder of that name, so no backup could be made. Nothing was changed. Move or rename that file (it may belong to something else), then try again.</source>
            <translation>{path} är en fil, inte en mapp: Samordnare Desktop sparar databasens säkerhetskopior i en mapp med det namnet, så ingen säkerhetskopia kunde göras. Ingenting ändrades. Flytta filen eller byt namn på den (den kan höra till något annat) och försök sedan igen.</translation>
        </message>
        <message>
            <source>Could not use {path}: {reason}.</source>
            <translation>Kunde inte använda {path}: {reason}.</translation>
        </message>
        <message>
            <source>The disk is full (or cannot be written), so this could not be completed. Nothing was changed; free some space and try again.</source>
            <translation>Disken är full (eller går inte att skriva till), så detta kunde inte slutföras. Ingenting ändrades; frigör utrymme och försök igen.</translation>
        </message>
        <message>
            <source>The database is encrypted but this file is not (or it is locked): restore it into an unencrypted database, or run 'decrypt' first. Nothing was changed.</source>
            <translation>Databasen är krypterad men den här filen är det inte (eller är låst): återställ den till en okrypterad databas, eller kör 'decrypt' först. Inget ändrades.</translation>
        </message>
        <message>
            <source>{path} is an empty file (0 bytes), not a backup. Nothing was changed.</source>
            <translation>{path} är en tom fil (0 byte), inte en säkerhetskopia. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of Samordnare Desktop and cannot be restored by this one. Nothing was changed.</source>
            <translation>{path} skrevs av en nyare version av Samordnare Desktop och kan inte återställas av den här. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{path} is a backup of another database, not of {db}. Nothing was changed.</source>
            <translation>{path} är en säkerhetskopia av en annan databas, inte av {db}. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>Backup file not found: {path}</source>
            <translation>Säkerhetskopian finns inte: {path}</translation>
        </message>
        <message>
            <source>The backup is damaged and was not restored: {detail}</source>
            <translation>Säkerhetskopian är skadad och återställdes inte: {detail}</translation>
        </message>
    </context>
</TS>
