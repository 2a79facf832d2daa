<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>MinutesActionsTable</name>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
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
            <source>Due (YYYY-MM-DD)</source>
            <translation>Klart senast (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Lägg till åtgärd</translation>
        </message>
        <message>
            <source>A new action row (Insert)</source>
            <translation>En ny rad för en åtgärd (Insert)</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Ta bort åtgärd</translation>
        </message>
    </context>
</TS>
