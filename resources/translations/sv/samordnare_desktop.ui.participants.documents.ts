<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ParticipantDocumentsBar</name>
        <message>
            <source>Import…</source>
            <translation>Importera…</translation>
        </message>
        <message>
            <source>Add participants from a CSV or Excel file, with a preview first.</source>
            <translation>Lägg till deltagare från en CSV- eller Excelfil, med förhandsgranskning först.</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportera…</translation>
        </message>
        <message>
            <source>Save the list as an Excel or CSV file.</source>
            <translation>Spara listan som Excel- eller CSV-fil.</translation>
        </message>
        <message>
            <source>Participant list (PDF)…</source>
            <translation>Deltagarlista (PDF)…</translation>
        </message>
        <message>
            <source>Sign-in sheet (PDF)…</source>
            <translation>Närvarolista (PDF)…</translation>
        </message>
        <message>
            <source>A list to sign on arrival, with blank rows for people not on the list.</source>
            <translation>En lista att skriva under vid ankomst, med tomma rader för den som inte står på listan.</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Importera deltagare</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
            <translation>Kalkylark (*.csv *.xlsx *.xlsm *.txt);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Importing participants…</source>
            <translation>Importerar deltagare…</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Läser {file}…</translation>
        </message>
        <message>
            <source>Import participants from {file}</source>
            <translation>Importera deltagare från {file}</translation>
        </message>
        <message>
            <source>Imported from {file}: {summary}. Ctrl+Z undoes.</source>
            <translation>Importerat från {file}: {summary}. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Creating {document}…</source>
            <translation>Skapar {document}…</translation>
        </message>
        <message>
            <source>{saved} No program to open PDF files was found.</source>
            <translation>{saved} Inget program för att öppna PDF-filer hittades.</translation>
        </message>
        <message>
            <source>Export participants</source>
            <translation>Exportera deltagare</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
            <translation>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</translation>
        </message>
        <message>
            <source>Saving {file}…</source>
            <translation>Sparar {file}…</translation>
        </message>
        <message>
            <source>{count} participants saved to {path}.</source>
            <translation>{count} deltagare sparade i {path}.</translation>
        </message>
        <message>
            <source>Save participant list</source>
            <translation>Spara deltagarlista</translation>
        </message>
        <message>
            <source>Participant list</source>
            <translation>Deltagarlista</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Participant list saved to {path}.</source>
            <translation>Deltagarlistan sparad i {path}.</translation>
        </message>
        <message>
            <source>Save sign-in sheet</source>
            <translation>Spara närvarolista</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Närvarolista</translation>
        </message>
        <message>
            <source>Sign-in sheet saved to {path}.</source>
            <translation>Närvarolistan sparad i {path}.</translation>
        </message>
    </context>
</TS>
