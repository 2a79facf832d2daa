<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>Attendance</name>
        <message>
            <source>Walk-in: “Name, Organisation” and Enter – added and marked attended</source>
            <translation>Spontanbesökare: ”Namn, Organisation” och Enter – läggs till som närvarande</translation>
        </message>
        <message>
            <source>Attendance mode: type a name, Up/Down to move, Space ticks arrival.</source>
            <translation>Närvaroläge: skriv ett namn, Upp/Ner för att flytta, Mellanslag bockar av ankomst.</translation>
        </message>
        <message>
            <source>Find a name – Up/Down to move, Space ticks arrival</source>
            <translation>Hitta ett namn – Upp/Ner flyttar, Mellanslag bockar av ankomst</translation>
        </message>
        <message>
            <source>Search name, role, organisation or e-mail…</source>
            <translation>Sök namn, roll, organisation eller e-post…</translation>
        </message>
        <message>
            <source>Mark {name} as attended</source>
            <translation>Markera {name} som närvarande</translation>
        </message>
        <message>
            <source>Unmark {name} as attended</source>
            <translation>Ta bort närvaro för {name}</translation>
        </message>
        <message>
            <source>Mark {count} as attended</source>
            <translation>Markera {count} som närvarande</translation>
        </message>
        <message>
            <source>Unmark {count} as attended</source>
            <translation>Ta bort närvaro för {count}</translation>
        </message>
        <message>
            <source>{name} marked as attended. Ctrl+Z undoes.</source>
            <translation>{name} markerad som närvarande. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>{name} no longer marked as attended.</source>
            <translation>{name} är inte längre markerad som närvarande.</translation>
        </message>
        <message>
            <source>{count} marked as attended. Ctrl+Z undoes.</source>
            <translation>{count} markerade som närvarande. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>{count} no longer marked as attended.</source>
            <translation>{count} är inte längre markerade som närvarande.</translation>
        </message>
        <message>
            <source>Walk-in added and marked attended: {name}</source>
            <translation>Spontanbesökare tillagd som närvarande: {name}</translation>
        </message>
    </context>
</TS>
