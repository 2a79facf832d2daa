<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ExchangeFile</name>
        <message>
            <source>Exchange files (*{suffix})</source>
            <translation>Utbytesfiler (*{suffix})</translation>
        </message>
        <message>
            <source>Export exchange file</source>
            <translation>Exportera utbytesfil</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>ändringar</translation>
        </message>
        <message>
            <source>Import exchange file</source>
            <translation>Importera utbytesfil</translation>
        </message>
        <message>
            <source>Exchange file written</source>
            <translation>Utbytesfilen är skriven</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) written to {path}.</source>
            <translation>
                <numerusform>%n ändring skriven till {path}.</numerusform>
                <numerusform>%n ändringar skrivna till {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing the exchange file…</source>
            <translation>Skriver utbytesfilen…</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) imported.</source>
            <translation>
                <numerusform>%n ändring importerad.</numerusform>
                <numerusform>%n ändringar importerade.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s): choose which version applies.</source>
            <translation>
                <numerusform>%n konflikt: välj vilken version som ska gälla.</numerusform>
                <numerusform>%n konflikter: välj vilken version som ska gälla.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exchange file imported</source>
            <translation>Utbytesfilen är importerad</translation>
        </message>
        <message>
            <source>Importing the exchange file…</source>
            <translation>Importerar utbytesfilen…</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Seal the exchange file</source>
            <translation>Försegla utbytesfilen</translation>
        </message>
        <message>
            <source>Open the exchange file</source>
            <translation>Öppna utbytesfilen</translation>
        </message>
        <message>
            <source>Choose a passphrase for the file and tell it to the person who imports it by another way than the file itself (at least {n} characters).</source>
            <translation>Välj en lösenfras för filen och berätta den för den som ska importera filen på annat sätt än med filen själv (minst {n} tecken).</translation>
        </message>
        <message>
            <source>Enter the passphrase the file was sealed with.</source>
            <translation>Skriv lösenfrasen som filen förseglades med.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Lösenfrasen igen</translation>
        </message>
        <message>
            <source>At least {n} characters.</source>
            <translation>Minst {n} tecken.</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Skriv lösenfrasen.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>De två lösenfraserna är olika.</translation>
        </message>
    </context>
</TS>
