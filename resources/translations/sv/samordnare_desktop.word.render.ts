<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>pdf</name>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Sida {page} av {total}</translation>
        </message>
    </context>
    <context>
        <name>report_pdf</name>
        <message>
            <source>Contents</source>
            <translation>Innehåll</translation>
        </message>
    </context>
    <context>
        <name>word</name>
        <message>
            <source>Right-click and choose Update field to fill in the table of contents.</source>
            <translation>Högerklicka och välj Uppdatera fält för att fylla i innehållsförteckningen.</translation>
        </message>
    </context>
</TS>
