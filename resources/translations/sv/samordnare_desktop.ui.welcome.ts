<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to Samordnare Desktop</source>
            <translation>Välkommen till Samordnare Desktop</translation>
        </message>
        <message>
            <source>The database is empty. Three ways to begin (you can come back to each):</source>
            <translation>Databasen är tom. Tre sätt att börja (du kan komma tillbaka till vart och ett):</translation>
        </message>
        <message>
            <source>1. Choose the programme's municipalities</source>
            <translation>1. Välj programmets kommuner</translation>
        </message>
        <message>
            <source>2. Plan a first visit</source>
            <translation>2. Planera ett första besök</translation>
        </message>
        <message>
            <source>3. Load the demo programme…</source>
            <translation>3. Läs in exempelprogrammet…</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Dölj</translation>
        </message>
        <message>
            <source>Select a municipality in the list (type its name in the search field) and tick “In the coordinator's programme” on the right. Repeat for each.</source>
            <translation>Markera en kommun i listan (skriv namnet i sökfältet) och bocka i ”Ingår i samordnarens program” till höger. Gör så för varje kommun.</translation>
        </message>
        <message>
            <source>Choose the municipality, the kind and the date, then Save.</source>
            <translation>Välj kommun, typ och datum och tryck sedan Spara.</translation>
        </message>
        <message>
            <source>Load the demo programme</source>
            <translation>Läs in exempelprogrammet</translation>
        </message>
        <message>
            <source>Fill this database with a fictitious programme (50 municipalities, visits, agendas, participants, action plans, time studies) to try the app? It takes a little while. Use a separate database for real work.</source>
            <translation>Fylla databasen med ett påhittat program (50 kommuner, besök, dagordningar, deltagare, handlingsplaner, tidsmätningar) för att prova appen? Det tar en stund. Använd en separat databas för det riktiga arbetet.</translation>
        </message>
        <message>
            <source>Loading the demo programme…</source>
            <translation>Läser in exempelprogrammet…</translation>
        </message>
        <message>
            <source>The demo programme is loaded.</source>
            <translation>Exempelprogrammet är inläst.</translation>
        </message>
    </context>
</TS>
