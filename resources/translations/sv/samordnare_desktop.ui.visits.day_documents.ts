<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>DayDocumentsButton</name>
        <message>
            <source>Documents for the day</source>
            <translation>Dokument för dagen</translation>
        </message>
        <message>
            <source>Visit pack, press invitation, badges and table cards, to preview and print</source>
            <translation>Besökspaket, pressinbjudan, namnbrickor och bordskort att förhandsgranska och skriva ut</translation>
        </message>
        <message>
            <source>Visit pack (everything, in print order)…</source>
            <translation>Besökspaket (allt, i utskriftsordning)…</translation>
        </message>
        <message>
            <source>Briefing before the visit…</source>
            <translation>Besöksunderlag…</translation>
        </message>
        <message>
            <source>Press invitation…</source>
            <translation>Pressinbjudan…</translation>
        </message>
        <message>
            <source>Copy press invitation as e-mail text</source>
            <translation>Kopiera pressinbjudan som e-posttext</translation>
        </message>
        <message>
            <source>Minutes of the meeting…</source>
            <translation>Minnesanteckningar från mötet…</translation>
        </message>
        <message>
            <source>Name badges…</source>
            <translation>Namnbrickor…</translation>
        </message>
        <message>
            <source>Table cards…</source>
            <translation>Bordskort…</translation>
        </message>
        <message>
            <source>Headcounts and journalists…</source>
            <translation>Antal och journalister…</translation>
        </message>
        <message>
            <source>Creating {document}…</source>
            <translation>Skapar {document}…</translation>
        </message>
        <message>
            <source>Visit pack</source>
            <translation>Besökspaket</translation>
        </message>
        <message>
            <source>Press invitation</source>
            <translation>Pressinbjudan</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minnesanteckningar</translation>
        </message>
        <message>
            <source>The press invitation is copied: paste it into an e-mail.</source>
            <translation>Pressinbjudan är kopierad: klistra in den i ett e-postmeddelande.</translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>Namnbrickor</translation>
        </message>
        <message>
            <source>Table cards</source>
            <translation>Bordskort</translation>
        </message>
        <message>
            <source>Briefing before the visit</source>
            <translation>Besöksunderlag</translation>
        </message>
        <message>
            <source>Creating the briefing…</source>
            <translation>Skapar besöksunderlaget…</translation>
        </message>
    </context>
</TS>
