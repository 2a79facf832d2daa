<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Name the municipality with --kommun CODE (or a meeting with --id).</source>
            <translation>Ange kommunen med --kommun KOD (eller ett möte med --id).</translation>
        </message>
        <message>
            <source>No database at {path}.</source>
            <translation>Det finns ingen databas i {path}.</translation>
        </message>
        <message>
            <source>Briefing written: {path}</source>
            <translation>Besöksunderlag sparat: {path}</translation>
        </message>
    </context>
</TS>
