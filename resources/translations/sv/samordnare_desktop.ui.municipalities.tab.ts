<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>MunicipalitiesTab</name>
        <message>
            <source>In the coordinator's programme</source>
            <translation>Ingår i samordnarens program</translation>
        </message>
        <message>
            <source>Show visits</source>
            <translation>Visa besök</translation>
        </message>
        <message>
            <source>Open the Visits tab filtered on this municipality</source>
            <translation>Öppna fliken Besök filtrerad på den här kommunen</translation>
        </message>
        <message>
            <source>Notes about the municipality…</source>
            <translation>Anteckningar om kommunen…</translation>
        </message>
        <message>
            <source>Save notes</source>
            <translation>Spara anteckningar</translation>
        </message>
        <message>
            <source>Saves the notes (Ctrl+S). Notes are also saved when you choose another municipality.</source>
            <translation>Sparar anteckningarna (Ctrl+S). De sparas också när du väljer en annan kommun.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Choose a municipality in the list to see its details.</source>
            <translation>Välj en kommun i listan för att se dess uppgifter.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sparat</translation>
        </message>
        <message>
            <source>Notes saved.</source>
            <translation>Anteckningarna har sparats.</translation>
        </message>
    </context>
</TS>
