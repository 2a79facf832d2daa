<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>No database at {path}.</source>
            <translation>Det finns ingen databas i {path}.</translation>
        </message>
    </context>
    <context>
        <name>encryption</name>
        <message>
            <source>The database is already encrypted.</source>
            <translation>Databasen är redan krypterad.</translation>
        </message>
        <message>
            <source>The disk filled up before every file was converted. Free some space and run '{command}' again to finish it; no data is lost meanwhile.</source>
            <translation>Disken blev full innan alla filer hade konverterats. Frigör utrymme och kör '{command}' igen för att slutföra; inga uppgifter går förlorade under tiden.</translation>
        </message>
    </context>
</TS>
