<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>daily_check</name>
        <message>
            <source>Today's backup</source>
            <translation>Dagens säkerhetskopia</translation>
        </message>
        <message>
            <source>Today's backup could not be written. {reason} The earlier backups are kept; File → Back up now writes today's once the cause is mended.</source>
            <translation>Dagens säkerhetskopia kunde inte skrivas. {reason} De tidigare säkerhetskopiorna finns kvar; Arkiv → Säkerhetskopiera nu skriver dagens när orsaken är åtgärdad.</translation>
        </message>
    </context>
</TS>
