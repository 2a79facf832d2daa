<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>PersonDataDialog</name>
        <message>
            <source>Export personal data</source>
            <translation>Exportera personuppgifter</translation>
        </message>
        <message>
            <source>JSON and text (*.json)</source>
            <translation>JSON och text (*.json)</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personuppgifter</translation>
        </message>
        <message>
            <source>Find everything stored about one person, to give them a copy (access request) or to erase them from the database and every backup. Untick records that concern someone else with the same name.</source>
            <translation>Hitta allt som finns lagrat om en person, för att ge personen en kopia (registerutdrag) eller radera personen ur databasen och alla säkerhetskopior. Kryssa ur poster som gäller någon annan med samma namn.</translation>
        </message>
        <message>
            <source>Search for a person</source>
            <translation>Sök person</translation>
        </message>
        <message>
            <source>Find someone among every participant of the programme…</source>
            <translation>Sök bland alla deltagare i programmet…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>Records found</source>
            <translation>Funna poster</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportera…</translation>
        </message>
        <message>
            <source>Erase completely…</source>
            <translation>Radera helt…</translation>
        </message>
        <message>
            <source>Searching every table for the person…</source>
            <translation>Söker efter personen i alla tabeller…</translation>
        </message>
        <message>
            <source>(deleted, purged at close)</source>
            <translation>(borttagen, rensas vid stängning)</translation>
        </message>
        <message>
            <source>{count} records found.</source>
            <translation>{count} poster hittades.</translation>
        </message>
        <message>
            <source>Nothing is stored about this person.</source>
            <translation>Inget finns lagrat om den här personen.</translation>
        </message>
        <message>
            <source>Tick the records that concern this person.</source>
            <translation>Kryssa i de poster som gäller den här personen.</translation>
        </message>
        <message>
            <source>Personal data exported</source>
            <translation>Personuppgifter exporterade</translation>
        </message>
        <message>
            <source>Written:
{files}

The files contain personal data: hand them over securely and delete your copy afterwards.</source>
            <translation>Sparat:
{files}

Filerna innehåller personuppgifter: lämna över dem säkert och radera din kopia efteråt.</translation>
        </message>
        <message>
            <source>Writing the personal data…</source>
            <translation>Skriver personuppgifterna…</translation>
        </message>
        <message>
            <source>Erase person completely</source>
            <translation>Radera person helt</translation>
        </message>
        <message>
            <source>Erase {person} completely? {count} records are deleted or anonymised in the database and in every backup. This cannot be undone.</source>
            <translation>Radera {person} helt? {count} poster tas bort eller anonymiseras i databasen och i alla säkerhetskopior. Det går inte att ångra.</translation>
        </message>
        <message>
            <source>Person erased</source>
            <translation>Personen är raderad</translation>
        </message>
        <message>
            <source>Erasing the person from the database and every backup…</source>
            <translation>Raderar personen ur databasen och alla säkerhetskopior…</translation>
        </message>
    </context>
</TS>
