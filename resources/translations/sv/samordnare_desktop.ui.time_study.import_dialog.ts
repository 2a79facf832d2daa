<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>TimeStudyImportDialog</name>
        <message>
            <source>Import time study</source>
            <translation>Läs in tidsmätning</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Välj fil…</translation>
        </message>
        <message>
            <source>CSV or XLSX, headers in the first row: one row per respondent with a column per category (plus Roll and Dagar), or one row per respondent and category (Respondent, Roll, Dagar, Kategori, Minuter).</source>
            <translation>CSV eller XLSX med rubriker på första raden: en rad per svarande med en kolumn per kategori (samt Roll och Dagar), eller en rad per svarande och kategori (Respondent, Roll, Dagar, Kategori, Minuter).</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuter</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Preview of the import</source>
            <translation>Förhandsvisning av importen</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Benämning</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Time study file</source>
            <translation>Fil med tidsmätning</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
            <translation>Kalkylblad (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Läser {file}…</translation>
        </message>
        <message>
            <source>The file cannot be imported: {reason}</source>
            <translation>Filen kan inte läsas in: {reason}</translation>
        </message>
        <message>
            <source>{n} respondents ({roles}), {days} days measured, {per_day} minutes a day.</source>
            <translation>{n} svarande ({roles}), {days} mätdagar, {per_day} minuter per dag.</translation>
        </message>
        <message>
            <source>Ignored columns: {columns}.</source>
            <translation>Kolumner som inte används: {columns}.</translation>
        </message>
    </context>
</TS>
