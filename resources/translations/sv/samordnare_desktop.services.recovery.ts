<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>recovery</name>
        <message>
            <source>No backup of {path} passes an integrity check, so nothing was restored. The backups are in {folder}.</source>
            <translation>Ingen säkerhetskopia av {path} klarar en integritetskontroll, så ingenting återställdes. Säkerhetskopiorna finns i {folder}.</translation>
        </message>
    </context>
</TS>
