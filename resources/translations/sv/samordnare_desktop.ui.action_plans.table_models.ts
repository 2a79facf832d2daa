<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ActionPlanTables</name>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>ingen plan</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenade</translation>
        </message>
        <message>
            <source>Development area</source>
            <translation>Utvecklingsområde</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>försenad</translation>
        </message>
        <message>
            <source>created</source>
            <translation>skapad</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>borttagen</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>återställd</translation>
        </message>
        <message>
            <source>order</source>
            <translation>ordning</translation>
        </message>
        <message>
            <source>saved as version</source>
            <translation>sparad som version</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>received</source>
            <translation>mottagen</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>ansvarig</translation>
        </message>
        <message>
            <source>name</source>
            <translation>namn</translation>
        </message>
        <message>
            <source>current situation</source>
            <translation>nuläge</translation>
        </message>
        <message>
            <source>goal</source>
            <translation>mål</translation>
        </message>
        <message>
            <source>action</source>
            <translation>åtgärd</translation>
        </message>
        <message>
            <source>start</source>
            <translation>start</translation>
        </message>
        <message>
            <source>due</source>
            <translation>klart senast</translation>
        </message>
        <message>
            <source>measured by</source>
            <translation>mäts genom</translation>
        </message>
        <message>
            <source>status at follow-up</source>
            <translation>status vid uppföljning</translation>
        </message>
        <message>
            <source>comment at follow-up</source>
            <translation>kommentar vid uppföljning</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>bedömning</translation>
        </message>
        <message>
            <source>note</source>
            <translation>anteckning</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>sammanfattning</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Före</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Efter</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sparad</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Av</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
    </context>
</TS>
