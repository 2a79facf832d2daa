<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>User added: {name} ({role}).</source>
            <translation>Användare tillagd: {name} ({role}).</translation>
        </message>
    </context>
</TS>
