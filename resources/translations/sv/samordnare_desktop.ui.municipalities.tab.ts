<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>MunicipalitiesTab</name>
        <message>
            <source>Search municipalities</source>
            <translation>Sök kommun</translation>
        </message>
        <message>
            <source>Search municipality or code…</source>
            <translation>Sök kommun eller kommunkod…</translation>
        </message>
        <message>
            <source>All counties</source>
            <translation>Alla län</translation>
        </message>
        <message>
            <source>Only in programme</source>
            <translation>Endast i programmet</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Kommuner</translation>
        </message>
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
            <source>Add contact…</source>
            <translation>Lägg till kontaktperson…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Kontaktpersoner</translation>
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
            <source>Showing {shown} of {total} municipalities · {programme} in the programme</source>
            <translation>Visar {shown} av {total} kommuner · {programme} i programmet</translation>
        </message>
        <message>
            <source>Visits: none yet.</source>
            <translation>Besök: inga ännu.</translation>
        </message>
        <message>
            <source>Visits: {visits}</source>
            <translation>Besök: {visits}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ej sparade ändringar</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sparat</translation>
        </message>
        <message>
            <source>Notes saved.</source>
            <translation>Anteckningarna har sparats.</translation>
        </message>
        <message>
            <source>Contact added.</source>
            <translation>Kontaktpersonen har lagts till.</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Ta bort kontaktperson</translation>
        </message>
        <message>
            <source>Delete the contact {name}? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort kontaktpersonen {name}? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete contact {name}</source>
            <translation>Ta bort kontaktperson {name}</translation>
        </message>
        <message>
            <source>Contact deleted. Ctrl+Z undoes.</source>
            <translation>Kontaktpersonen har tagits bort. Ctrl+Z ångrar.</translation>
        </message>
    </context>
</TS>
