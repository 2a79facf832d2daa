<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Handbook</source>
            <translation>&amp;Handbok</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Kortkommandon</translation>
        </message>
        <message>
            <source>&amp;Report a problem…</source>
            <translation>&amp;Rapportera ett fel…</translation>
        </message>
        <message>
            <source>Save error report</source>
            <translation>Spara felrapport</translation>
        </message>
        <message>
            <source>Zip archive (*.zip)</source>
            <translation>Zip-arkiv (*.zip)</translation>
        </message>
        <message>
            <source>Report a problem</source>
            <translation>Rapportera ett fel</translation>
        </message>
        <message>
            <source>The error report was saved:
{path}

It holds the log (no personal data), the versions and your settings, not your database. Nothing has been sent: send the file yourself, with a few words about what happened.</source>
            <translation>Felrapporten är sparad:
{path}

Den innehåller loggen (utan personuppgifter), versionerna och dina inställningar, inte din databas. Inget har skickats: skicka filen själv, med några ord om vad som hände.</translation>
        </message>
    </context>
</TS>
