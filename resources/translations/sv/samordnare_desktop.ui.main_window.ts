<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ready.</source>
            <translation>Klar.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>That place could not be shown.</source>
            <translation>Det gick inte att visa den platsen.</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Säkerhetskopia sparad: {path}</translation>
        </message>
        <message>
            <source>Writing a backup…</source>
            <translation>Skriver en säkerhetskopia…</translation>
        </message>
        <message>
            <source>The language changes the next time you start the app.</source>
            <translation>Språket byts nästa gång du startar appen.</translation>
        </message>
        <message>
            <source>About Samordnare Desktop</source>
            <translation>Om Samordnare Desktop</translation>
        </message>
        <message>
            <source>Samordnare Desktop {version}
Work tool for the national coordinator for social child and youth care.

Database: {path}</source>
            <translation>Samordnare Desktop {version}
Arbetsverktyg för den nationella samordnaren för den sociala barn- och ungdomsvården.

Databas: {path}</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <source>Municipalities</source>
            <translation>Kommuner</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Handlingsplaner</translation>
        </message>
        <message>
            <source>Care places</source>
            <translation>Vårdplatser</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Iakttagelser</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
    </context>
</TS>
