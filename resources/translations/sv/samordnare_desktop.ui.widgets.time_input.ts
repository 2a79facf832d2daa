<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>TimeInput</name>
        <message>
            <source>hh.mm</source>
            <translation>tt.mm</translation>
        </message>
        <message>
            <source>A time as 9, 930, 9.30 or 09:30. Up/Down: five minutes; Page Up/Down: an hour.</source>
            <translation>En tid som 9, 930, 9.30 eller 09:30. Upp/Ned: fem minuter; Page Up/Page Down: en timme.</translation>
        </message>
        <message>
            <source>Type a time, e.g. 9.30.</source>
            <translation>Skriv en tid, t.ex. 9.30.</translation>
        </message>
    </context>
</TS>
