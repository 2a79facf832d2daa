<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VisitForm</name>
        <message>
            <source>Choose a municipality…</source>
            <translation>Välj kommun…</translation>
        </message>
        <message>
            <source>Optional; the kind is used otherwise</source>
            <translation>Valfri; annars används typen</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Starttid</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Sluttid</translation>
        </message>
        <message>
            <source>e.g. Kommunhuset</source>
            <translation>t.ex. Kommunhuset</translation>
        </message>
        <message>
            <source>e.g. Storgatan 12, Mjölby</source>
            <translation>t.ex. Storgatan 12, Mjölby</translation>
        </message>
        <message>
            <source>e.g. sal Ljuset</source>
            <translation>t.ex. sal Ljuset</translation>
        </message>
        <message>
            <source>Save visit</source>
            <translation>Spara besöket</translation>
        </message>
        <message>
            <source>Save the visit (Ctrl+S)</source>
            <translation>Spara besöket (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Ångra ändringar</translation>
        </message>
        <message>
            <source>New visit</source>
            <translation>Nytt besök</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
    </context>
</TS>
