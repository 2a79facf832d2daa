<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>final_report</name>
        <message>
            <source>Final report</source>
            <translation>Slutrapport</translation>
        </message>
        <message>
            <source>National coordinator for social child and youth care</source>
            <translation>Nationell samordnare för den sociala barn- och ungdomsvården</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Reference no.</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <source>Draft created</source>
            <translation>Utkastet skapat</translation>
        </message>
        <message>
            <source>National coordinator</source>
            <translation>Nationell samordnare</translation>
        </message>
        <message>
            <source>The assignment</source>
            <translation>Uppdraget</translation>
        </message>
        <message>
            <source>The assignment is not described yet.</source>
            <translation>Uppdraget är inte beskrivet ännu.</translation>
        </message>
        <message>
            <source>Describe it under Settings › The assignment, then create the draft again.</source>
            <translation>Beskriv det under Inställningar › Uppdraget och skapa sedan utkastet igen.</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>Uppdrag</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Samordnare</translation>
        </message>
        <message>
            <source>Ministry</source>
            <translation>Departement</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Reports to the ministry</source>
            <translation>Rapporterar till departementet</translation>
        </message>
        <message numerus="yes">
            <source>every %n month(s)</source>
            <translation>
                <numerusform>var %n:e månad</numerusform>
                <numerusform>var %n:e månad</numerusform>
            </translation>
        </message>
        <message>
            <source>Final report due</source>
            <translation>Slutrapport senast</translation>
        </message>
        <message>
            <source>Action plan due</source>
            <translation>Handlingsplan senast</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) after the first visit</source>
            <translation>
                <numerusform>%n vecka efter det första besöket</numerusform>
                <numerusform>%n veckor efter det första besöket</numerusform>
            </translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Uppgift</translation>
        </message>
        <message>
            <source>This is a draft made from the programme's data on {date}: the figures, findings and annexes are the app's; the analysis and conclusions are written here by hand.</source>
            <translation>Detta är ett utkast gjort ur programmets uppgifter {date}: siffror, iakttagelser och bilagor kommer från appen; analys och slutsatser skrivs här för hand.</translation>
        </message>
        <message>
            <source>The programme in numbers</source>
            <translation>Programmet i siffror</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Möten</translation>
        </message>
        <message>
            <source>{held} meetings held and {planned} planned; {visited} of the programme's {programme} municipalities visited.</source>
            <translation>{held} möten genomförda och {planned} planerade; {visited} av programmets {programme} kommuner besökta.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>Mötestyp</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Genomfört</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planerat</translation>
        </message>
        <message>
            <source>Participants by category</source>
            <translation>Deltagare per kategori</translation>
        </message>
        <message>
            <source>{total} on the meetings' lists, {attended} attended.</source>
            <translation>{total} på mötenas deltagarlistor, {attended} deltog.</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Handlingsplaner</translation>
        </message>
        <message>
            <source>{received} action plans received and {followed} followed up; {overdue} actions overdue today.</source>
            <translation>{received} handlingsplaner mottagna och {followed} följda upp; {overdue} åtgärder försenade i dag.</translation>
        </message>
        <message>
            <source>Development area</source>
            <translation>Utvecklingsområde</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Kommuner</translation>
        </message>
        <message>
            <source>Follow-up outcomes</source>
            <translation>Uppföljningarnas utfall</translation>
        </message>
        <message>
            <source>No action plan has been followed up yet.</source>
            <translation>Ingen handlingsplan har följts upp ännu.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>Development areas, assessed</source>
            <translation>Utvecklingsområden, bedömning</translation>
        </message>
        <message>
            <source>Actions, status at the follow-up</source>
            <translation>Åtgärder, status vid uppföljningen</translation>
        </message>
        <message>
            <source>Time study before and after</source>
            <translation>Tidsmätning före och efter</translation>
        </message>
        <message>
            <source>No time study in the programme yet.</source>
            <translation>Ingen tidsmätning i programmet ännu.</translation>
        </message>
        <message>
            <source>First measurements: {first} respondents. Second measurements: {second} respondents.</source>
            <translation>Första mätningarna: {first} svarande. Andra mätningarna: {second} svarande.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
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
            <source>Change, points</source>
            <translation>Förändring, procentenheter</translation>
        </message>
        <message>
            <source>Median before</source>
            <translation>Median före</translation>
        </message>
        <message>
            <source>Share of all reported working time. Before: every municipality's first measurement; after: its second. Median before: the median across municipalities of their first measurement.</source>
            <translation>Andel av all rapporterad arbetstid. Före: varje kommuns första mätning; efter: dess andra. Median före: medianen över kommunerna av deras första mätning.</translation>
        </message>
        <message>
            <source>Annexes</source>
            <translation>Bilagor</translation>
        </message>
        <message>
            <source>Annex 1. Municipalities in the programme</source>
            <translation>Bilaga 1. Kommunerna i programmet</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Län</translation>
        </message>
        <message>
            <source>First visit</source>
            <translation>Första besök</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Annex 2. Meetings</source>
            <translation>Bilaga 2. Möten</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Municipality or organisations</source>
            <translation>Kommun eller organisationer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Annex 3. Dialogue meetings with organisations</source>
            <translation>Bilaga 3. Dialogmöten med organisationer</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>No dialogue meetings.</source>
            <translation>Inga dialogmöten.</translation>
        </message>
        <message>
            <source>The final report is written as .docx (Word) or .pdf.</source>
            <translation>Slutrapporten skrivs som .docx (Word) eller .pdf.</translation>
        </message>
    </context>
</TS>
