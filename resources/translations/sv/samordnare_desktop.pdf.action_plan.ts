<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>pdf_action_plan</name>
        <message>
            <source>overdue</source>
            <translation>försenad</translation>
        </message>
        <message>
            <source>(in full below, {number})</source>
            <translation>(i sin helhet nedan, {number})</translation>
        </message>
        <message>
            <source>{number} in full</source>
            <translation>{number} i sin helhet</translation>
        </message>
        <message>
            <source>#</source>
            <translation>Nr</translation>
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
            <source>Measured by: {measure}</source>
            <translation>Mäts genom: {measure}</translation>
        </message>
        <message>
            <source>Measurable goal / indicator: {indicator}</source>
            <translation>Mätbart mål / indikator: {indicator}</translation>
        </message>
        <message>
            <source>Checklist: what the plan lacks</source>
            <translation>Checklista: det som saknas i planen</translation>
        </message>
        <message>
            <source>Nothing is missing: the plan is complete.</source>
            <translation>Inget saknas: planen är komplett.</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Mottagen</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>ej angivet</translation>
        </message>
        <message>
            <source>Owner in the municipality</source>
            <translation>Ansvarig i kommunen</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>not saved as a version</source>
            <translation>inte sparad som version</translation>
        </message>
        <message>
            <source>Development areas</source>
            <translation>Utvecklingsområden</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>{count} in total, overdue: {late}</source>
            <translation>{count} totalt, försenade: {late}</translation>
        </message>
        <message>
            <source>The plan has no development areas yet.</source>
            <translation>Planen har inga utvecklingsområden ännu.</translation>
        </message>
        <message>
            <source>Current situation</source>
            <translation>Nuläge</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>Inga åtgärder ännu.</translation>
        </message>
        <message>
            <source>Action plan – {municipality}</source>
            <translation>Handlingsplan – {municipality}</translation>
        </message>
        <message>
            <source>Printed {day}</source>
            <translation>Utskriven {day}</translation>
        </message>
        <message>
            <source>version {number}</source>
            <translation>version {number}</translation>
        </message>
        <message>
            <source>the plan when the follow-up began</source>
            <translation>planen när uppföljningen påbörjades</translation>
        </message>
        <message>
            <source>Follow-up of the action plan</source>
            <translation>Uppföljning av handlingsplanen</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Compared with</source>
            <translation>Jämförs med</translation>
        </message>
        <message>
            <source>Action status</source>
            <translation>Åtgärdernas status</translation>
        </message>
        <message>
            <source>In the plan</source>
            <translation>I planen</translation>
        </message>
        <message>
            <source>At the follow-up</source>
            <translation>Vid uppföljningen</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>inte bedömt</translation>
        </message>
        <message>
            <source>Assessment: {assessment}</source>
            <translation>Bedömning: {assessment}</translation>
        </message>
        <message>
            <source>Goal in the plan</source>
            <translation>Mål i planen</translation>
        </message>
        <message>
            <source>No actions.</source>
            <translation>Inga åtgärder.</translation>
        </message>
        <message>
            <source>Action in the plan</source>
            <translation>Åtgärd i planen</translation>
        </message>
        <message>
            <source>Status then</source>
            <translation>Status då</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>Status nu</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>(added after the plan)</source>
            <translation>(tillagd efter planen)</translation>
        </message>
        <message>
            <source>Comment {number}</source>
            <translation>Kommentar {number}</translation>
        </message>
        <message>
            <source>Overall summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>No summary written.</source>
            <translation>Ingen sammanfattning skriven.</translation>
        </message>
        <message>
            <source>Follow-up – {municipality}</source>
            <translation>Uppföljning – {municipality}</translation>
        </message>
    </context>
</TS>
