<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Unknown kind {kind}; choose from {kinds}.</source>
            <translation>Okänd sort {kind}; välj bland {kinds}.</translation>
        </message>
        <message>
            <source>row {line}: {action}: {name} – {detail}</source>
            <translation>rad {line}: {action}: {name} – {detail}</translation>
        </message>
        <message>
            <source>Dry run: nothing was saved.</source>
            <translation>Provkörning: Inget sparades.</translation>
        </message>
    </context>
    <context>
        <name>municipality_facts</name>
        <message>
            <source>Updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
            <translation>Uppdaterade {updated}, oförändrade {unchanged}, hoppade över {skipped}.</translation>
        </message>
    </context>
</TS>
