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
</TS>
