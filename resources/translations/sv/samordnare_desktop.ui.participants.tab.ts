<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ParticipantsTab</name>
        <message>
            <source>Choose a visit – type to search…</source>
            <translation>Välj besök – skriv för att söka…</translation>
        </message>
        <message>
            <source>Attendance mode</source>
            <translation>Närvaroläge</translation>
        </message>
        <message>
            <source>Tick arrivals with the keyboard (Ctrl+T): type to find, Up/Down to move, Space to tick or untick, Shift+Space for a space in the search.</source>
            <translation>Bocka av ankomster med tangentbordet (Ctrl+T): skriv för att hitta, Upp/Ner för att flytta, Mellanslag bockar i eller ur, Skift+Mellanslag för mellanslag i sökningen.</translation>
        </message>
        <message>
            <source>Add participant…</source>
            <translation>Lägg till deltagare…</translation>
        </message>
        <message>
            <source>Add a participant (Ctrl+N)</source>
            <translation>Lägg till en deltagare (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Copy from first visit</source>
            <translation>Kopiera från första besöket</translation>
        </message>
        <message>
            <source>Invite everyone on the first visit's list who is not on this list yet.</source>
            <translation>Bjud in alla från första besökets lista som inte redan finns på den här listan.</translation>
        </message>
        <message>
            <source>People…</source>
            <translation>Personregister…</translation>
        </message>
        <message>
            <source>The municipality's directory of people: search, add to the visit, remove.</source>
            <translation>Kommunens personregister: sök, lägg till på besöket, ta bort.</translation>
        </message>
        <message>
            <source>Visit:</source>
            <translation>Besök:</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alla kategorier</translation>
        </message>
        <message>
            <source>Choose a visit above to see its participants.</source>
            <translation>Välj ett besök ovan för att se dess deltagare.</translation>
        </message>
        <message>
            <source>There are no visits yet. Plan a visit first, then add its participants.</source>
            <translation>Det finns inga besök ännu. Planera ett besök först och lägg sedan till deltagarna.</translation>
        </message>
        <message>
            <source>No participants yet – add people or copy the first visit's list.</source>
            <translation>Inga deltagare ännu – lägg till personer eller kopiera första besökets lista.</translation>
        </message>
        <message>
            <source>Present {attended} of {total}</source>
            <translation>Närvarande {attended} av {total}</translation>
        </message>
        <message>
            <source>Double-click to edit · Click “Attended” or press Space to tick (also several selected rows) · Delete removes · Ctrl+Z undoes</source>
            <translation>Dubbelklicka för att redigera · Klicka på ”Närvarande” eller tryck Blanksteg för att bocka (även flera markerade rader) · Delete tar bort · Ctrl+Z ångrar</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Sök deltagare</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
    </context>
</TS>
