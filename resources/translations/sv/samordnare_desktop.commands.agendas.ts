<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>agendas_cli</name>
        <message>
            <source>Agenda written: {path} ({items})</source>
            <translation>Dagordningen sparad: {path} ({items})</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n punkt</numerusform>
                <numerusform>%n punkter</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>No database at {path}.</source>
            <translation>Det finns ingen databas i {path}.</translation>
        </message>
    </context>
</TS>
