<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Export version as PDF…</source>
            <translation>Exportera versionen som PDF…</translation>
        </message>
        <message>
            <source>The plan as it stood when the chosen version was saved (double-click)</source>
            <translation>Planen som den såg ut när vald version sparades (dubbelklicka)</translation>
        </message>
        <message>
            <source>Saved versions</source>
            <translation>Sparade versioner</translation>
        </message>
        <message>
            <source>Every change (who, when, what)</source>
            <translation>Alla ändringar (vem, när, vad)</translation>
        </message>
    </context>
</TS>
