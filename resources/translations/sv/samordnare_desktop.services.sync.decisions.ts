<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>sync</name>
        <message>
            <source>The conflict is already resolved or no longer exists.</source>
            <translation>Konflikten är redan löst eller finns inte längre.</translation>
        </message>
    </context>
</TS>
