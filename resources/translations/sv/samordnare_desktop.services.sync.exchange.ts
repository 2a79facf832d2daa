<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>sync</name>
        <message>
            <source>{path} is not a Samordnare exchange file (it may belong to another program). Nothing was changed.</source>
            <translation>{path} är ingen utbytesfil från Samordnare (den kan höra till ett annat program). Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The exchange file {path} is incomplete (cut off while it was written or copied). Nothing was changed.</source>
            <translation>Utbytesfilen {path} är ofullständig (avbruten när den skrevs eller kopierades). Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The exchange file {path} was written by a newer version of Samordnare Desktop. Update the app and import it again. Nothing was changed.</source>
            <translation>Utbytesfilen {path} är skriven av en nyare version av Samordnare Desktop. Uppdatera appen och importera den igen. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The passphrase does not open the exchange file {path}. Nothing was changed.</source>
            <translation>Lösenfrasen öppnar inte utbytesfilen {path}. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The exchange file {path} is damaged (it was changed or cut off after it was written). Nothing was changed.</source>
            <translation>Utbytesfilen {path} är skadad (den har ändrats eller kortats efter att den skrevs). Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The exchange file {path} cannot be read ({reason}).</source>
            <translation>Utbytesfilen {path} går inte att läsa ({reason}).</translation>
        </message>
        <message>
            <source>The exchange file needs a passphrase.</source>
            <translation>Utbytesfilen behöver en lösenfras.</translation>
        </message>
        <message>
            <source>The exchange file's passphrase must have at least {n} characters. Nothing was written.</source>
            <translation>Utbytesfilens lösenfras måste ha minst {n} tecken. Ingenting skrevs.</translation>
        </message>
    </context>
</TS>
