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
            <source>Search rows…</source>
            <translation>Sök bland raderna…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <source>{file} into {visit}. Nothing is saved until you press Import.</source>
            <translation>{file} till {visit}. Inget sparas förrän du trycker på Importera.</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Alla rader</translation>
        </message>
    </context>
</TS>
