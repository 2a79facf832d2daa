<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>FocusGroupsDialog</name>
        <message>
            <source>Focus groups</source>
            <translation>Fokusgrupper</translation>
        </message>
        <message>
            <source>What the children have in common</source>
            <translation>Vad barnen har gemensamt</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Search meetings…</source>
            <translation>Sök möten…</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Möten</translation>
        </message>
        <message>
            <source>Meetings (tick to tag)</source>
            <translation>Möten (bocka för att märka)</translation>
        </message>
        <message>
            <source>Placement figures about the group</source>
            <translation>Placeringsuppgifter om gruppen</translation>
        </message>
        <message>
            <source>Findings about the group</source>
            <translation>Iakttagelser om gruppen</translation>
        </message>
        <message>
            <source>New focus group</source>
            <translation>Ny fokusgrupp</translation>
        </message>
        <message>
            <source>Delete focus group</source>
            <translation>Ta bort fokusgrupp</translation>
        </message>
        <message>
            <source>Delete the focus group {name}? Meetings and figures stay.</source>
            <translation>Ta bort fokusgruppen {name}? Möten och uppgifter finns kvar.</translation>
        </message>
        <message>
            <source>{name}: {visits} meetings, {findings} findings and {reports} sets of figures.</source>
            <translation>{name}: {visits} möten, {findings} iakttagelser och {reports} uppsättningar uppgifter.</translation>
        </message>
        <message>
            <source>{name} ({visits} meetings, {findings} findings, {reports} figures)</source>
            <translation>{name} ({visits} möten, {findings} iakttagelser, {reports} uppgifter)</translation>
        </message>
        <message>
            <source>{name}, {period}: {placed} placed</source>
            <translation>{name}, {period}: {placed} placerade</translation>
        </message>
    </context>
</TS>
