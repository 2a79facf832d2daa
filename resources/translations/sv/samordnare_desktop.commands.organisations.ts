<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Unknown kind {kind}; choose from {kinds}.</source>
            <translation>Okänd sort {kind}; välj bland {kinds}.</translation>
        </message>
    </context>
</TS>
