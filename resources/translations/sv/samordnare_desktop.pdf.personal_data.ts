<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>privacy</name>
        <message>
            <source>Personal data stored in Samordnare Desktop</source>
            <translation>Personuppgifter lagrade i Samordnare Desktop</translation>
        </message>
        <message>
            <source>Person: {person}</source>
            <translation>Person: {person}</translation>
        </message>
        <message>
            <source>Produced: {when}</source>
            <translation>Framtaget: {when}</translation>
        </message>
        <message>
            <source>Records found: {count}</source>
            <translation>Antal poster: {count}</translation>
        </message>
        <message>
            <source>Backups of the database (at most 14, one a day) may hold earlier versions of this data until they are rotated away; erasing the person removes it from them too.</source>
            <translation>Säkerhetskopior av databasen (högst 14, en per dag) kan innehålla tidigare versioner av dessa uppgifter tills de roteras bort; att radera personen helt tar bort dem även där.</translation>
        </message>
    </context>
</TS>
