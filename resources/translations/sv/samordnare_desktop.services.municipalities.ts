<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>municipalities</name>
        <message>
            <source>No municipality has the code {code}.</source>
            <translation>Ingen kommun med kod {code}.</translation>
        </message>
        <message>
            <source>The municipality no longer exists.</source>
            <translation>Kommunen finns inte längre.</translation>
        </message>
        <message>
            <source>The contact no longer exists.</source>
            <translation>Kontaktpersonen finns inte längre.</translation>
        </message>
    </context>
</TS>
