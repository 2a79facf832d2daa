<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ProgrammeStage</name>
        <message>
            <source>No visit planned</source>
            <translation>Inget besök planerat</translation>
        </message>
        <message>
            <source>First visit planned</source>
            <translation>Första besök planerat</translation>
        </message>
        <message>
            <source>First visit held</source>
            <translation>Första besök genomfört</translation>
        </message>
        <message>
            <source>Follow-up planned</source>
            <translation>Uppföljning planerad</translation>
        </message>
        <message>
            <source>Follow-up held</source>
            <translation>Uppföljning genomförd</translation>
        </message>
    </context>
    <context>
        <name>visit_rules</name>
        <message>
            <source>Another visit on the same day: {names}.</source>
            <translation>Ett annat besök samma dag: {names}.</translation>
        </message>
        <message>
            <source>The date is a public holiday: {name}.</source>
            <translation>Datumet är en helgdag: {name}.</translation>
        </message>
        <message>
            <source>The date is a Saturday.</source>
            <translation>Datumet är en lördag.</translation>
        </message>
        <message>
            <source>The date is a Sunday.</source>
            <translation>Datumet är en söndag.</translation>
        </message>
        <message>
            <source>The follow-up is dated before the first visit ({day}).</source>
            <translation>Uppföljningen ligger före det första besöket ({day}).</translation>
        </message>
        <message>
            <source>The municipality already has a first visit ({day}); is this a follow-up?</source>
            <translation>Kommunen har redan ett första besök ({day}); är detta ett uppföljningsbesök?</translation>
        </message>
        <message>
            <source>The date has passed but the visit is still {status}: mark it held or cancelled.</source>
            <translation>Datumet har passerat men besöket är fortfarande {status}: markera det som genomfört eller inställt.</translation>
        </message>
    </context>
</TS>
