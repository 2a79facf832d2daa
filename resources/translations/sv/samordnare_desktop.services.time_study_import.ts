<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>time_study_import</name>
        <message>
            <source>Only CSV and XLSX files can be imported (not {suffix}).</source>
            <translation>Bara CSV- och XLSX-filer kan läsas in (inte {suffix}).</translation>
        </message>
        <message>
            <source>The file has more than {n} rows.</source>
            <translation>Filen har fler än {n} rader.</translation>
        </message>
        <message>
            <source>Row {row}: unknown role “{value}” (expected investigating social worker, other social worker or unit manager).</source>
            <translation>Rad {row}: okänd roll ”{value}” (väntade utredande socialsekreterare, övrig socialsekreterare eller enhetschef).</translation>
        </message>
        <message>
            <source>Row {row}, column “{column}”: “{value}” is not a number.</source>
            <translation>Rad {row}, kolumn ”{column}”: ”{value}” är inte ett tal.</translation>
        </message>
        <message>
            <source>Row {row}, column “{column}”: {value} must be a whole number, 0 or more.</source>
            <translation>Rad {row}, kolumn ”{column}”: {value} måste vara ett heltal, 0 eller mer.</translation>
        </message>
        <message>
            <source>The file has no rows below its header row.</source>
            <translation>Filen har inga rader under rubrikraden.</translation>
        </message>
        <message>
            <source>The file has no role column (“Roll”).</source>
            <translation>Filen saknar rollkolumn (”Roll”).</translation>
        </message>
        <message>
            <source>The file has no column with the days measured (“Dagar”).</source>
            <translation>Filen saknar kolumn med antal mätdagar (”Dagar”).</translation>
        </message>
        <message>
            <source>Two columns are the category “{name}”.</source>
            <translation>Två kolumner är kategorin ”{name}”.</translation>
        </message>
        <message>
            <source>Unknown columns: {columns}. Name them like the categories (e.g. “{example}”) or add the category first.</source>
            <translation>Okända kolumner: {columns}. Namnge dem som kategorierna (t.ex. ”{example}”) eller lägg till kategorin först.</translation>
        </message>
        <message>
            <source>The file has no category columns.</source>
            <translation>Filen har inga kategorikolumner.</translation>
        </message>
        <message>
            <source>With one row per category the file needs a respondent column.</source>
            <translation>Med en rad per kategori behöver filen en kolumn för svarande.</translation>
        </message>
        <message>
            <source>The file has no minutes column (“Minuter”).</source>
            <translation>Filen saknar minutkolumn (”Minuter”).</translation>
        </message>
        <message>
            <source>Row {row}: the respondent is missing.</source>
            <translation>Rad {row}: svarande saknas.</translation>
        </message>
        <message>
            <source>Row {row}: unknown category “{name}”.</source>
            <translation>Rad {row}: okänd kategori ”{name}”.</translation>
        </message>
        <message>
            <source>Row {row}: respondent “{who}” has another role or number of days than on an earlier row.</source>
            <translation>Rad {row}: svarande ”{who}” har en annan roll eller ett annat antal dagar än på en tidigare rad.</translation>
        </message>
        <message>
            <source>Row {row}: respondent “{who}” has the category “{name}” twice.</source>
            <translation>Rad {row}: svarande ”{who}” har kategorin ”{name}” två gånger.</translation>
        </message>
    </context>
</TS>
