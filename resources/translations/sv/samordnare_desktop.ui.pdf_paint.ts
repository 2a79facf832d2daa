<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>pdf_output</name>
        <message>
            <source>The document could not be read for printing.</source>
            <translation>Dokumentet kunde inte läsas för utskrift.</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Skrivaren kunde inte startas.</translation>
        </message>
    </context>
</TS>
