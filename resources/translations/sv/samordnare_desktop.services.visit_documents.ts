<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>visit_documents</name>
        <message>
            <source>The visit has no press meeting. Tick “Press meeting” on the visit and fill in its time and place first.</source>
            <translation>Besöket har ingen pressträff. Kryssa i ”Pressträff” på besöket och fyll i tid och plats först.</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Värd</translation>
        </message>
        <message>
            <source>Press contact</source>
            <translation>Presskontakt</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Journalist</translation>
        </message>
        <message>
            <source>{count} participants on the list</source>
            <translation>{count} deltagare på listan</translation>
        </message>
        <message>
            <source>1 journalist registered</source>
            <translation>1 journalist anmäld</translation>
        </message>
        <message>
            <source>{count} journalists registered</source>
            <translation>{count} journalister anmälda</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>Participant list</source>
            <translation>Deltagarlista</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Närvarolista</translation>
        </message>
        <message>
            <source>Press invitation</source>
            <translation>Pressinbjudan</translation>
        </message>
        <message>
            <source>Questions for the visit</source>
            <translation>Frågeställningar för besöket</translation>
        </message>
    </context>
</TS>
