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
            <source>Today's backup could not be written. {reason} File → Back up now writes it once the cause is mended.</source>
            <translation>Dagens säkerhetskopia kunde inte skrivas. {reason} Arkiv → Säkerhetskopiera nu skriver den när orsaken är åtgärdad.</translation>
        </message>
    </context>
</TS>
