<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>FollowUpPage</name>
        <message>
            <source>Start the follow-up</source>
            <translation>Påbörja uppföljningen</translation>
        </message>
        <message>
            <source>Start follow-up</source>
            <translation>Påbörja uppföljning</translation>
        </message>
        <message>
            <source>Keeps the plan as agreed for comparison and takes each action's status as now.</source>
            <translation>Sparar planen som överenskommen för jämförelse och utgår från varje åtgärds status nu.</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>Uppföljningsbesök</translation>
        </message>
        <message>
            <source>Date of the follow-up</source>
            <translation>Datum för uppföljningen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Export follow-up PDF…</source>
            <translation>Exportera uppföljning som PDF…</translation>
        </message>
        <message>
            <source>Delete follow-up</source>
            <translation>Ta bort uppföljning</translation>
        </message>
        <message>
            <source>Delete this follow-up, e.g. one started by mistake (Ctrl+Z undoes)</source>
            <translation>Ta bort uppföljningen, t.ex. en som påbörjats av misstag (Ctrl+Z ångrar)</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Förhandsgranska…</translation>
        </message>
        <message>
            <source>Overall summary of the follow-up for the municipality…</source>
            <translation>Sammanfattning av uppföljningen för kommunen…</translation>
        </message>
        <message>
            <source>Save summary</source>
            <translation>Spara sammanfattning</translation>
        </message>
        <message>
            <source>Overall summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Create the action plan first; it is followed up at the follow-up visit.</source>
            <translation>Skapa handlingsplanen först; den följs upp vid uppföljningsbesöket.</translation>
        </message>
        <message>
            <source>Follow-up {day}</source>
            <translation>Uppföljning {day}</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>compared with version {number}</source>
            <translation>jämförs med version {number}</translation>
        </message>
        <message>
            <source>compared with the plan when the follow-up began</source>
            <translation>jämförs med planen när uppföljningen påbörjades</translation>
        </message>
        <message>
            <source>recorded by {name}</source>
            <translation>antecknad av {name}</translation>
        </message>
        <message>
            <source>No visit linked</source>
            <translation>Inget besök kopplat</translation>
        </message>
        <message>
            <source>Follow-up started.</source>
            <translation>Uppföljningen påbörjad.</translation>
        </message>
        <message>
            <source>Delete the follow-up with its assessments and comments? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort uppföljningen med dess bedömningar och kommentarer? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Follow-up deleted. Ctrl+Z undoes.</source>
            <translation>Uppföljningen borttagen. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sparat</translation>
        </message>
        <message>
            <source>Follow-up {municipality}</source>
            <translation>Uppföljning {municipality}</translation>
        </message>
        <message>
            <source>Follow-up – {municipality}</source>
            <translation>Uppföljning – {municipality}</translation>
        </message>
    </context>
</TS>
