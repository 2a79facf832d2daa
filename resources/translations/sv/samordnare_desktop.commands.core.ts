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
            <source>The database is damaged: {detail}. Restore a backup with 'restore'.</source>
            <translation>Databasen är skadad: {detail}. Återställ en säkerhetskopia med 'restore'.</translation>
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
            <source>The previous state was backed up to {path}.</source>
            <translation>Det tidigare läget sparades som säkerhetskopia i {path}.</translation>
        </message>
    </context>
</TS>
