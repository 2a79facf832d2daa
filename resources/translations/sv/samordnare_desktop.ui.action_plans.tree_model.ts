<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>PlanTreeModel</name>
        <message>
            <source>Area / action</source>
            <translation>Område / åtgärd</translation>
        </message>
        <message>
            <source>Status in the plan</source>
            <translation>Status i planen</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>Status nu</translation>
        </message>
        <message>
            <source>Assessment / comment</source>
            <translation>Bedömning / kommentar</translation>
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
            <source>1 action</source>
            <translation>1 åtgärd</translation>
        </message>
        <message>
            <source>1 overdue</source>
            <translation>1 försenad</translation>
        </message>
        <message>
            <source>(removed after the agreed version)</source>
            <translation>(borttagen efter överenskommen version)</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Borttagen</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>inte bedömt</translation>
        </message>
        <message>
            <source>{count} actions</source>
            <translation>{count} åtgärder</translation>
        </message>
        <message>
            <source>{late} overdue</source>
            <translation>{late} försenade</translation>
        </message>
        <message>
            <source>added later</source>
            <translation>tillagd senare</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>försenad</translation>
        </message>
    </context>
</TS>
