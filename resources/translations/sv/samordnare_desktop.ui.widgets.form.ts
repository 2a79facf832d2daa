<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>form</name>
        <message>
            <source>Type a number from {low} to {high}{unit}.</source>
            <translation>Skriv ett tal från {low} till {high}{unit}.</translation>
        </message>
    </context>
</TS>
