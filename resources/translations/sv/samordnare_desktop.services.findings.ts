<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>findings</name>
        <message>
            <source>The finding no longer exists.</source>
            <translation>Iakttagelsen finns inte längre.</translation>
        </message>
        <message>
            <source>There is already a theme “{name}”.</source>
            <translation>Det finns redan ett tema ”{name}”.</translation>
        </message>
        <message>
            <source>The theme no longer exists.</source>
            <translation>Temat finns inte längre.</translation>
        </message>
        <message>
            <source>The meeting no longer exists.</source>
            <translation>Mötet finns inte längre.</translation>
        </message>
        <message>
            <source>No theme “{theme}”. Themes: {themes}.</source>
            <translation>Inget tema ”{theme}”. Teman: {themes}.</translation>
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
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Iakttagelse</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Teman</translation>
        </message>
        <message>
            <source>Focus groups</source>
            <translation>Fokusgrupper</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
        <message>
            <source>The agenda item is not on this meeting's agenda.</source>
            <translation>Punkten finns inte på det här mötets dagordning.</translation>
        </message>
        <message>
            <source>Question {number}: {text}</source>
            <translation>Fråga {number}: {text}</translation>
        </message>
    </context>
</TS>
