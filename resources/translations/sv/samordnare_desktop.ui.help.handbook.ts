<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>HandbookWindow</name>
        <message>
            <source>Handbook</source>
            <translation>Handbok</translation>
        </message>
        <message>
            <source>Search the handbook</source>
            <translation>Sök i handboken</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>1 sida</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>{count} sidor</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Innehåll</translation>
        </message>
    </context>
</TS>
