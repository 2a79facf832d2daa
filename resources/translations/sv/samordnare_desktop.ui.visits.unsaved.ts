<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>UnsavedVisitEdits</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Save the changes to the visit?</source>
            <translation>Spara ändringarna i besöket?</translation>
        </message>
    </context>
</TS>
