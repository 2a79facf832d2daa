<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>action_plans</name>
        <message>
            <source>The version no longer exists.</source>
            <translation>Versionen finns inte längre.</translation>
        </message>
    </context>
</TS>
