<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>briefing</name>
        <message>
            <source>The meeting no longer exists.</source>
            <translation>Mötet finns inte längre.</translation>
        </message>
        <message>
            <source>Only good examples that still exist can be chosen.</source>
            <translation>Bara goda exempel som finns kvar kan väljas.</translation>
        </message>
    </context>
</TS>
