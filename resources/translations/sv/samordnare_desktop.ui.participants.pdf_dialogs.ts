<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ParticipantDocumentsBar</name>
        <message>
            <source>Open the PDF after saving</source>
            <translation>Öppna PDF:en efter att den sparats</translation>
        </message>
    </context>
    <context>
        <name>ParticipantListDialog</name>
        <message>
            <source>Participant list (PDF)</source>
            <translation>Deltagarlista (PDF)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolumner</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Gruppera efter</translation>
        </message>
        <message>
            <source>Attendance as</source>
            <translation>Närvaro som</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Spara PDF…</translation>
        </message>
    </context>
    <context>
        <name>SigninSheetDialog</name>
        <message>
            <source>Sign-in sheet (PDF)</source>
            <translation>Närvarolista (PDF)</translation>
        </message>
        <message>
            <source>Empty rows at the end for people not on the list.</source>
            <translation>Tomma rader sist för den som inte står på listan.</translation>
        </message>
        <message>
            <source>Blank rows for walk-ins</source>
            <translation>Tomma rader för oanmälda</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Spara PDF…</translation>
        </message>
    </context>
    <context>
        <name>participant_documents</name>
        <message>
            <source>Print preview…</source>
            <translation>Förhandsgranska…</translation>
        </message>
    </context>
</TS>
