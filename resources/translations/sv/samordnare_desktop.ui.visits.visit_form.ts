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
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Gatuadress</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Värd</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>Notes and minutes from the visit…</source>
            <translation>Anteckningar och minnesanteckningar från besöket…</translation>
        </message>
        <message>
            <source>Notes and minutes</source>
            <translation>Anteckningar och minnesanteckningar</translation>
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
            <translation>Ej sparade ändringar</translation>
        </message>
    </context>
</TS>
