<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>The output file must end in .pdf.</source>
            <translation>Utfilen måste sluta på .pdf.</translation>
        </message>
        <message>
            <source>Unknown column {name}; choose from {names}.</source>
            <translation>Okänd kolumn {name}; välj bland {names}.</translation>
        </message>
        <message>
            <source>Participant list written: {path}</source>
            <translation>Deltagarlistan sparad: {path}</translation>
        </message>
        <message>
            <source>Sign-in sheet written: {path}</source>
            <translation>Närvarolistan sparad: {path}</translation>
        </message>
        <message>
            <source>{count} participants written: {path}</source>
            <translation>{count} deltagare sparade: {path}</translation>
        </message>
        <message>
            <source>row {line}: {action}: {name} – {detail}</source>
            <translation>rad {line}: {action}: {name} – {detail}</translation>
        </message>
        <message>
            <source>Added {added}, updated {updated}, skipped {skipped}.</source>
            <translation>Lade till {added}, uppdaterade {updated}, hoppade över {skipped}.</translation>
        </message>
        <message>
            <source>Dry run: nothing was saved.</source>
            <translation>Provkörning: Inget sparades.</translation>
        </message>
    </context>
</TS>
