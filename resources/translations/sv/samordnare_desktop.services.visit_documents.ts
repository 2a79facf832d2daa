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
            <source>The press invitation is not made: the press meeting has no {missing}. Fill in the press meeting on the visit first.</source>
            <translation>Pressinbjudan görs inte: pressträffen saknar {missing}. Fyll i pressträffen på besöket först.</translation>
        </message>
        <message>
            <source>No press invitation in the pack: the press meeting has no {missing}.</source>
            <translation>Ingen pressinbjudan i paketet: pressträffen saknar {missing}.</translation>
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
        <message>
            <source>Briefing before the visit</source>
            <translation>Besöksunderlag</translation>
        </message>
        <message>
            <source>time</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>place</source>
            <translation>plats</translation>
        </message>
        <message>
            <source>contact person</source>
            <translation>kontaktperson</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} och {last}</translation>
        </message>
    </context>
</TS>
