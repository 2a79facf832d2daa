<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
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
