<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>tabular</name>
        <message>
            <source>Could not read {path}: {reason}</source>
            <translation>Kunde inte läsa {path}: {reason}</translation>
        </message>
        <message>
            <source>{path} is too large to import (more than {mb} MB).</source>
            <translation>{path} är för stor för att importeras (mer än {mb} MB).</translation>
        </message>
        <message>
            <source>{path} is empty.</source>
            <translation>{path} är tom.</translation>
        </message>
        <message>
            <source>{path} is in the old Excel format (.xls). Save it as .xlsx or CSV in Excel and import that file.</source>
            <translation>{path} är i det gamla Excel-formatet (.xls). Spara den som .xlsx eller CSV i Excel och importera den filen.</translation>
        </message>
        <message>
            <source>{path}: a cell is longer than {limit} characters, which no spreadsheet program writes. Nothing was imported.</source>
            <translation>{path}: en cell är längre än {limit} tecken, vilket inget kalkylprogram skriver. Ingenting importerades.</translation>
        </message>
        <message>
            <source>{path}, row {row}: a cell is longer than {limit} characters, which no spreadsheet program writes. Nothing was imported.</source>
            <translation>{path}, rad {row}: en cell är längre än {limit} tecken, vilket inget kalkylprogram skriver. Ingenting importerades.</translation>
        </message>
        <message>
            <source>{path} unpacks to more than {mb} MB (a spreadsheet that small on disk cannot hold that much text honestly). Nothing was imported.</source>
            <translation>{path} packas upp till mer än {mb} MB (ett så litet kalkylark kan inte ärligt rymma så mycket text). Ingenting importerades.</translation>
        </message>
        <message>
            <source>{path} is not a spreadsheet that can be read. Save it as CSV or Excel (.xlsx).</source>
            <translation>{path} är inte ett kalkylark som går att läsa. Spara den som CSV eller Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{path}, row {row}: a quotation mark (") opens a cell that is never closed. Nothing was imported; fix the row or save the file from Excel again.</source>
            <translation>{path}, rad {row}: ett citattecken (") öppnar en cell som aldrig stängs. Ingenting importerades; rätta raden eller spara filen från Excel igen.</translation>
        </message>
        <message>
            <source>{path}, row {row}: the quotation marks are not as a spreadsheet program writes them. Nothing was imported; save the file from Excel again.</source>
            <translation>{path}, rad {row}: citattecknen är inte som ett kalkylprogram skriver dem. Ingenting importerades; spara filen från Excel igen.</translation>
        </message>
        <message>
            <source>{path} has no sheet named “{sheet}”. Its sheets: {sheets}.</source>
            <translation>{path} har inget blad som heter ”{sheet}”. Dess blad: {sheets}.</translation>
        </message>
        <message>
            <source>{path} contains no rows.</source>
            <translation>{path} innehåller inga rader.</translation>
        </message>
        <message>
            <source>The file lacks the column {missing}. Columns found: {found}.</source>
            <translation>Filen saknar kolumnen {missing}. Kolumner i filen: {found}.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
</TS>
