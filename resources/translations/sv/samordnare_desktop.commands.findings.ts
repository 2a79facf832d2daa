<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>--level: unknown level {level} (municipal, regional, national).</source>
            <translation>--level: okänd nivå {level} (kommunal, regional, nationell).</translation>
        </message>
    </context>
</TS>
