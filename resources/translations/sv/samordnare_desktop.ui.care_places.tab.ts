<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>CarePlacesTab</name>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Focus group</source>
            <translation>Fokusgrupp</translation>
        </message>
        <message>
            <source>New figures</source>
            <translation>Nya uppgifter</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Läs in…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportera…</translation>
        </message>
        <message>
            <source>Focus groups…</source>
            <translation>Fokusgrupper…</translation>
        </message>
        <message>
            <source>Placement figures</source>
            <translation>Placeringsuppgifter</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Uppgifter</translation>
        </message>
        <message>
            <source>Compared with the programme</source>
            <translation>Jämfört med programmet</translation>
        </message>
        <message>
            <source>Places and needs</source>
            <translation>Platser och behov</translation>
        </message>
        <message>
            <source>{n} sets of figures</source>
            <translation>{n} uppsättningar uppgifter</translation>
        </message>
        <message>
            <source>Import placement figures</source>
            <translation>Läs in placeringsuppgifter</translation>
        </message>
        <message>
            <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Tabeller (*.xlsx *.csv *.txt);;Alla filer (*)</translation>
        </message>
        <message>
            <source>{n} sets of figures imported.</source>
            <translation>{n} uppsättningar uppgifter inlästa.</translation>
        </message>
        <message>
            <source>Choose a sheet</source>
            <translation>Välj blad</translation>
        </message>
        <message>
            <source>Export placement figures</source>
            <translation>Exportera placeringsuppgifter</translation>
        </message>
        <message>
            <source>Placeringar {period}</source>
            <translation>Placeringar {period}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel-arbetsbok (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>{n} rows written to {file} (1–4 as &lt;5).</source>
            <translation>{n} rader skrivna till {file} (1–4 som &lt;5).</translation>
        </message>
        <message>
            <source>All periods</source>
            <translation>Alla perioder</translation>
        </message>
        <message>
            <source>All figures</source>
            <translation>Alla uppgifter</translation>
        </message>
        <message>
            <source>Figures saved. Ctrl+Z undoes.</source>
            <translation>Uppgifterna sparade. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Save the figures you typed?</source>
            <translation>Spara siffrorna du skrev?</translation>
        </message>
    </context>
</TS>
