<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AssignmentDialog</name>
        <message>
            <source>The &amp;assignment…</source>
            <translation>&amp;Uppdraget…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About Samordnare Desktop</source>
            <translation>&amp;Om Samordnare Desktop</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Säkerhetskopiera nu</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>A&amp;vsluta</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Sök</translation>
        </message>
        <message>
            <source>&amp;Search everything…</source>
            <translation>&amp;Sök i allt…</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Utseende</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Följ systemet</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Ljust</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Mörkt</translation>
        </message>
    </context>
    <context>
        <name>PersonDataDialog</name>
        <message>
            <source>Export personal data…</source>
            <translation>Exportera personuppgifter…</translation>
        </message>
        <message>
            <source>Erase person completely…</source>
            <translation>Radera person helt…</translation>
        </message>
    </context>
    <context>
        <name>TeamServerDialog</name>
        <message>
            <source>Team &amp;server…</source>
            <translation>&amp;Teamserver…</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>&amp;Users…</source>
            <translation>&amp;Användare…</translation>
        </message>
    </context>
</TS>
