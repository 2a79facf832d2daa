<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>GroupedBarChart</name>
        <message>
            <source>No figures yet.</source>
            <translation>Inga siffror ännu.</translation>
        </message>
    </context>
</TS>
