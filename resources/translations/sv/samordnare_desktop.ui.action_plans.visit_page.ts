<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ActionPlanVisitPage</name>
        <message>
            <source>Open the action plan</source>
            <translation>Öppna handlingsplanen</translation>
        </message>
        <message>
            <source>Start the follow-up at this visit</source>
            <translation>Påbörja uppföljningen vid detta besök</translation>
        </message>
        <message>
            <source>Keeps the plan as agreed for comparison; the follow-up is linked to this visit.</source>
            <translation>Sparar planen som överenskommen för jämförelse; uppföljningen kopplas till detta besök.</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Choose a visit.</source>
            <translation>Välj ett besök.</translation>
        </message>
        <message>
            <source>Action plan of {municipality}</source>
            <translation>Handlingsplan för {municipality}</translation>
        </message>
        <message>
            <source>The municipality has no action plan yet; it is drawn up after the first visit.</source>
            <translation>Kommunen har ingen handlingsplan ännu; den tas fram efter det första besöket.</translation>
        </message>
        <message>
            <source>Go to Handlingsplaner to create it</source>
            <translation>Gå till Handlingsplaner för att skapa den</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Development areas: {areas} · actions: {actions} · overdue: {late}</source>
            <translation>Utvecklingsområden: {areas} · åtgärder: {actions} · försenade: {late}</translation>
        </message>
        <message>
            <source>The follow-up of the plan is linked to this visit.</source>
            <translation>Uppföljningen av planen är kopplad till detta besök.</translation>
        </message>
        <message>
            <source>Followed up {day}.</source>
            <translation>Uppföljd {day}.</translation>
        </message>
        <message>
            <source>The plan has not been followed up yet.</source>
            <translation>Planen har inte följts upp ännu.</translation>
        </message>
        <message>
            <source>Follow-up started.</source>
            <translation>Uppföljningen påbörjad.</translation>
        </message>
    </context>
</TS>
