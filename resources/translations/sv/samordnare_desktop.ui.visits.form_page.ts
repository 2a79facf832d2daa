<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VisitFormPage</name>
        <message>
            <source>Visit form</source>
            <translation>Besöksformulär</translation>
        </message>
    </context>
</TS>
