<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>errors</name>
        <message>
            <source>Could not complete</source>
            <translation>Det gick inte</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Oväntat fel</translation>
        </message>
        <message>
            <source>Something unexpected went wrong and the action was not completed. Your saved data is intact. Details were written to the log file.</source>
            <translation>Något oväntat gick fel och åtgärden slutfördes inte. Dina sparade uppgifter är oförändrade. Detaljer har skrivits till loggfilen.</translation>
        </message>
    </context>
</TS>
