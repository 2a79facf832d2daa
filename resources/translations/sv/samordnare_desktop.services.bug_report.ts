<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>bug_report</name>
        <message>
            <source>Error report from {app} {version}, made {when}.

It contains the log files (they never hold names, e-mail addresses, typed text or database values), the versions of the program and its libraries, and your settings. It does not contain your database or any backup.

Send it by e-mail or another way you choose, with a few words about what you did when the error happened.
</source>
            <translation>Felrapport från {app} {version}, gjord {when}.

Den innehåller loggfilerna (de innehåller aldrig namn, e-postadresser, skriven text eller värden ur databasen), versionerna av programmet och dess bibliotek och dina inställningar. Den innehåller inte din databas eller någon säkerhetskopia.

Skicka den med e-post eller på annat sätt du väljer, med några ord om vad du gjorde när felet inträffade.
</translation>
        </message>
    </context>
</TS>
