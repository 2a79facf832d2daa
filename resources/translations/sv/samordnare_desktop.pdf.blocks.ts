<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>report_pdf</name>
        <message>
            <source>Contents</source>
            <translation>Innehåll</translation>
        </message>
        <message>
            <source>Created {date}</source>
            <translation>Skapad {date}</translation>
        </message>
    </context>
</TS>
