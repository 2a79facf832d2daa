<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>files</name>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation>Kunde inte skriva {path}: {reason}</translation>
        </message>
    </context>
</TS>
