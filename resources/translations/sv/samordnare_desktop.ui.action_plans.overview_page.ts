<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Search area or action, e.g. samverkan…</source>
            <translation>Sök område eller åtgärd, t.ex. samverkan…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>All overdue actions</source>
            <translation>Alla försenade åtgärder</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the plan.</source>
            <translation>Dubbelklicka eller tryck Enter för att öppna planen.</translation>
        </message>
        <message>
            <source>Reading every action…</source>
            <translation>Läser in alla åtgärder…</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} actions · overdue: {late}</source>
            <translation>Visar {shown} av {total} åtgärder · försenade: {late}</translation>
        </message>
    </context>
</TS>
