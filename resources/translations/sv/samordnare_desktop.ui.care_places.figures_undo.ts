<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>FiguresUndo</name>
        <message>
            <source>Save the figures of {name} for {period}</source>
            <translation>Spara uppgifterna för {name} för {period}</translation>
        </message>
        <message>
            <source>Delete the figures of {name} for {period}</source>
            <translation>Radera uppgifterna för {name} för {period}</translation>
        </message>
    </context>
</TS>
