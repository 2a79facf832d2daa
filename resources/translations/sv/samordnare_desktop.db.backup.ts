<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
        <message>
            <source>The database is encrypted but this file is not (or it is locked): restore it into an unencrypted database, or run 'decrypt' first. Nothing was changed.</source>
            <translation>Databasen är krypterad men den här filen är det inte (eller är låst): återställ den till en okrypterad databas, eller kör 'decrypt' först. Inget ändrades.</translation>
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
