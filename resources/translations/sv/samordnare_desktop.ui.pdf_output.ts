<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>pdf_output</name>
        <message>
            <source>No program to open PDF files was found. The file is at {path}.</source>
            <translation>Inget program för att öppna PDF-filer hittades. Filen finns här: {path}.</translation>
        </message>
    </context>
</TS>
