<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>badges</name>
        <message>
            <source>No participants.</source>
            <translation>Inga deltagare.</translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>Namnbrickor</translation>
        </message>
        <message>
            <source>Table cards</source>
            <translation>Bordskort</translation>
        </message>
    </context>
</TS>
