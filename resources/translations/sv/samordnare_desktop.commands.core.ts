<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>No database at {path}.</source>
            <translation>Det finns ingen databas i {path}.</translation>
        </message>
        <message>
            <source>The database {path} cannot be read: you lack permission to open it.</source>
            <translation>Databasen {path} kan inte läsas: du saknar behörighet att öppna den.</translation>
        </message>
        <message>
            <source>The encryption was interrupted: {count} backups or drafts of the database are still unencrypted. Run 'encrypt' again to finish it; no data is lost meanwhile.</source>
            <translation>Krypteringen avbröts: {count} säkerhetskopior eller utkast till databasen är fortfarande okrypterade. Kör 'encrypt' igen för att slutföra; inga uppgifter går förlorade under tiden.</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened: {detail}.</source>
            <translation>Databasen {path} kan inte öppnas: {detail}.</translation>
        </message>
        <message>
            <source>The newest backup that passes the check is {file}; restore it with 'restore --latest-good'.</source>
            <translation>Den senaste säkerhetskopian som klarar kontrollen är {file}; återställ den med 'restore --latest-good'.</translation>
        </message>
        <message>
            <source>No backup passes the check.</source>
            <translation>Ingen säkerhetskopia klarar kontrollen.</translation>
        </message>
        <message>
            <source> (and {count} more)</source>
            <translation> (och {count} till)</translation>
        </message>
        <message>
            <source>The database is damaged: {detail}.</source>
            <translation>Databasen är skadad: {detail}.</translation>
        </message>
        <message>
            <source>Database OK: {path}</source>
            <translation>Databasen är hel: {path}</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Säkerhetskopia sparad: {path}</translation>
        </message>
        <message>
            <source>Restored {file} into {path}.</source>
            <translation>Återställde {file} till {path}.</translation>
        </message>
        <message>
            <source>The previous state was kept as {path}.</source>
            <translation>Det tidigare läget sparades som {path}.</translation>
        </message>
    </context>
</TS>
