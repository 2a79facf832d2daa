<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>times</name>
        <message>
            <source>“{text}” is not a time of day. Type it as 9, 930, 9.30 or 09:30.</source>
            <translation>”{text}” är inte en tid. Skriv den som 9, 930, 9.30 eller 09:30.</translation>
        </message>
    </context>
</TS>
