<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Written: {path}</source>
            <translation>Sparad: {path}</translation>
        </message>
    </context>
</TS>
