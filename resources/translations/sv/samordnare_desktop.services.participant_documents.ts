<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>organisations</name>
        <message>
            <source>The organisation no longer exists.</source>
            <translation>Organisationen finns inte längre.</translation>
        </message>
    </context>
    <context>
        <name>participant_import</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parti</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Uppdrag</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Inbjuden</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Bekräftad</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Närvarande</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>The file or the participant list changed after the preview. Nothing was imported; import again to see a new preview.</source>
            <translation>Filen eller deltagarlistan ändrades efter förhandsgranskningen. Inget importerades; importera igen för att se en ny förhandsgranskning.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .xlsx.</source>
            <translation>Välj ett filnamn som slutar på .csv eller .xlsx.</translation>
        </message>
        <message>
            <source>Blank rows: give a number from 0 to 500.</source>
            <translation>Tomma rader: ange ett tal från 0 till 500.</translation>
        </message>
    </context>
    <context>
        <name>participants</name>
        <message>
            <source>The person no longer exists.</source>
            <translation>Personen finns inte längre.</translation>
        </message>
    </context>
</TS>
