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
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Kind (text)</source>
            <translation>Typ (text)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Kortnamn</translation>
        </message>
        <message>
            <source>Organisation number</source>
            <translation>Organisationsnummer</translation>
        </message>
        <message>
            <source>Municipality code</source>
            <translation>Kommunkod</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Län</translation>
        </message>
        <message>
            <source>Belongs to</source>
            <translation>Hör till</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Borttagen</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>row {line}: {action}: {name} – {detail}</source>
            <translation>rad {line}: {action}: {name} – {detail}</translation>
        </message>
        <message>
            <source>Population of {year}.</source>
            <translation>Folkmängd {year}.</translation>
        </message>
        <message>
            <source>The file has the years {years}; choose another with --year.</source>
            <translation>Filen har åren {years}; välj ett annat med --year.</translation>
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
    <context>
        <name>organisations</name>
        <message>
            <source>Municipality with a region's tasks</source>
            <translation>Kommun med regionens uppgifter</translation>
        </message>
    </context>
</TS>
