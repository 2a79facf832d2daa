<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
            <source>The programme at a glance</source>
            <translation>Programmet i korthet</translation>
        </message>
        <message>
            <source>Report…</source>
            <translation>Rapport…</translation>
        </message>
        <message>
            <source>Quarterly report as PDF (Ctrl+P)</source>
            <translation>Kvartalsrapport som PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>Export programme data…</source>
            <translation>Exportera programdata…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Reading the programme's figures…</source>
            <translation>Läser in programmets siffror…</translation>
        </message>
        <message>
            <source>Click a month to list its visits.</source>
            <translation>Klicka på en månad för att se dess besök.</translation>
        </message>
        <message>
            <source>Visits per month</source>
            <translation>Besök per månad</translation>
        </message>
        <message>
            <source>Visits in the next 30 days</source>
            <translation>Besök de kommande 30 dagarna</translation>
        </message>
        <message>
            <source>Click an area to list its municipalities.</source>
            <translation>Klicka på ett område för att se dess kommuner.</translation>
        </message>
        <message>
            <source>Most common development areas</source>
            <translation>Vanligaste utvecklingsområdena</translation>
        </message>
        <message>
            <source>have had their first visit</source>
            <translation>har haft sitt första besök</translation>
        </message>
        <message>
            <source>have had the follow-up</source>
            <translation>har haft uppföljningsbesöket</translation>
        </message>
        <message>
            <source>have measured working time</source>
            <translation>har mätt arbetstiden</translation>
        </message>
        <message>
            <source>have sent their action plan</source>
            <translation>har skickat in sin handlingsplan</translation>
        </message>
        <message>
            <source>{count} of {total}
{caption}</source>
            <translation>{count} av {total}
{caption}</translation>
        </message>
        <message>
            <source>{count}
visits in the next 30 days</source>
            <translation>{count}
besök de kommande 30 dagarna</translation>
        </message>
        <message>
            <source>{count}
overdue actions in the plans</source>
            <translation>{count}
försenade åtgärder i planerna</translation>
        </message>
        <message>
            <source>No placement figures
yet (Care places)</source>
            <translation>Inga placeringsuppgifter
än (Vårdplatser)</translation>
        </message>
        <message>
            <source>{placed} children placed
{needs} needs not met</source>
            <translation>{placed} placerade barn
{needs} ej mötta behov</translation>
        </message>
        <message>
            <source>Care places {period}: {n} municipalities reported. Click to open.</source>
            <translation>Vårdplatser {period}: {n} kommuner har rapporterat. Klicka för att öppna.</translation>
        </message>
        <message>
            <source>Export programme data</source>
            <translation>Exportera programdata</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
        <message>
            <source>Programme data written: {path}</source>
            <translation>Programdata sparad: {path}</translation>
        </message>
        <message>
            <source>Writing the programme data…</source>
            <translation>Skriver programdata…</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
    </context>
</TS>
