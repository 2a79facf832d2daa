<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
        <message>
            <source>The database file is damaged, so this could not be completed. Close Samordnare Desktop: at the next start it offers to restore the newest backup that passes an integrity check.</source>
            <translation>Databasfilen är skadad, så detta kunde inte slutföras. Stäng Samordnare Desktop: vid nästa start erbjuds du att återställa den senaste säkerhetskopian som klarar en integritetskontroll.</translation>
        </message>
    </context>
</TS>
