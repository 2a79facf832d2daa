<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Förklaring</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import participants – preview</source>
            <translation>Importera deltagare – förhandsgranskning</translation>
        </message>
        <message>
            <source>The workbook has several sheets: choose the one to import.</source>
            <translation>Arbetsboken har flera blad: välj det som ska importeras.</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Blad:</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>{file} into {visit}. Nothing is saved until you press Import.</source>
            <translation>{file} till {visit}. Inget sparas förrän du trycker på Importera.</translation>
        </message>
        <message>
            <source>Search rows…</source>
            <translation>Sök bland raderna…</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Alla rader</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
    </context>
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
            <source>{saved} No program to open PDF files was found.</source>
            <translation>{saved} Inget program för att öppna PDF-filer hittades.</translation>
        </message>
        <message>
            <source>Export participants</source>
            <translation>Exportera deltagare</translation>
        </message>
        <message>
            <source>Open the PDF after saving</source>
            <translation>Öppna PDF:en efter att den sparats</translation>
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
    <context>
        <name>ParticipantListDialog</name>
        <message>
            <source>Participant list (PDF)</source>
            <translation>Deltagarlista (PDF)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolumner</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Gruppera efter</translation>
        </message>
        <message>
            <source>Attendance as</source>
            <translation>Närvaro som</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Spara PDF…</translation>
        </message>
    </context>
    <context>
        <name>SigninSheetDialog</name>
        <message>
            <source>Sign-in sheet (PDF)</source>
            <translation>Närvarolista (PDF)</translation>
        </message>
        <message>
            <source>Empty rows at the end for people not on the list.</source>
            <translation>Tomma rader sist för den som inte står på listan.</translation>
        </message>
        <message>
            <source>Blank rows for walk-ins</source>
            <translation>Tomma rader för oanmälda</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Spara PDF…</translation>
        </message>
    </context>
</TS>
