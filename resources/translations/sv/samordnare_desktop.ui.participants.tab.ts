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
            <source>Walk-in: “Name, Organisation” and Enter – added and marked attended</source>
            <translation>Spontanbesökare: ”Namn, Organisation” och Enter – läggs till som närvarande</translation>
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
            <source>Attendance mode: type a name, Up/Down to move, Space ticks arrival.</source>
            <translation>Närvaroläge: skriv ett namn, Upp/Ner för att flytta, Mellanslag bockar av ankomst.</translation>
        </message>
        <message>
            <source>Find a name – Up/Down to move, Space ticks arrival</source>
            <translation>Hitta ett namn – Upp/Ner flyttar, Mellanslag bockar av ankomst</translation>
        </message>
        <message>
            <source>Search name, role, organisation or e-mail…</source>
            <translation>Sök namn, roll, organisation eller e-post…</translation>
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
        <message>
            <source>Mark {name} as attended</source>
            <translation>Markera {name} som närvarande</translation>
        </message>
        <message>
            <source>Unmark {name} as attended</source>
            <translation>Ta bort närvaro för {name}</translation>
        </message>
        <message>
            <source>Mark {count} as attended</source>
            <translation>Markera {count} som närvarande</translation>
        </message>
        <message>
            <source>Unmark {count} as attended</source>
            <translation>Ta bort närvaro för {count}</translation>
        </message>
        <message>
            <source>{name} marked as attended. Ctrl+Z undoes.</source>
            <translation>{name} markerad som närvarande. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>{name} no longer marked as attended.</source>
            <translation>{name} är inte längre markerad som närvarande.</translation>
        </message>
        <message>
            <source>{count} marked as attended. Ctrl+Z undoes.</source>
            <translation>{count} markerade som närvarande. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>{count} no longer marked as attended.</source>
            <translation>{count} är inte längre markerade som närvarande.</translation>
        </message>
        <message>
            <source>Walk-in added and marked attended: {name}</source>
            <translation>Spontanbesökare tillagd som närvarande: {name}</translation>
        </message>
        <message>
            <source>Removed from the directory</source>
            <translation>Borttagen ur registret</translation>
        </message>
        <message>
            <source>Person already exists</source>
            <translation>Personen finns redan</translation>
        </message>
        <message>
            <source>Change the name, organisation or e-mail – or choose the existing person from the suggestions.</source>
            <translation>Ändra namn, organisation eller e-post – eller välj den befintliga personen bland förslagen.</translation>
        </message>
        <message>
            <source>Add participant {name}</source>
            <translation>Lägg till deltagare {name}</translation>
        </message>
        <message>
            <source>{name} restored to the directory and added.</source>
            <translation>{name} återställd i registret och tillagd.</translation>
        </message>
        <message>
            <source>Participant added: {name}</source>
            <translation>Deltagare tillagd: {name}</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Ta bort deltagare</translation>
        </message>
        <message>
            <source>Remove {name} from this visit's list? The person stays in the municipality's directory. You can undo this with Ctrl+Z.</source>
            <translation>Ta bort {name} från besökets deltagarlista? Personen finns kvar i kommunens personregister. Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Remove participant {name}</source>
            <translation>Ta bort deltagare {name}</translation>
        </message>
        <message>
            <source>Participant removed. Ctrl+Z undoes.</source>
            <translation>Deltagaren borttagen. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Remove participants</source>
            <translation>Ta bort deltagare</translation>
        </message>
        <message>
            <source>Remove {count} people from this visit's list? They stay in the municipality's directory. You can undo this with Ctrl+Z.</source>
            <translation>Ta bort {count} personer från besökets lista? De finns kvar i kommunens personregister. Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Remove {count} participants</source>
            <translation>Ta bort {count} deltagare</translation>
        </message>
        <message>
            <source>{count} participants removed. Ctrl+Z undoes.</source>
            <translation>{count} deltagare borttagna. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Choose a visit first.</source>
            <translation>Välj ett besök först.</translation>
        </message>
        <message>
            <source>Add {count} participants</source>
            <translation>Lägg till {count} deltagare</translation>
        </message>
        <message>
            <source>{added} added to the list, {listed} were already on it.</source>
            <translation>{added} tillagda på listan, {listed} fanns redan där.</translation>
        </message>
        <message>
            <source>Everyone on the first visit's list is already on this list.</source>
            <translation>Alla på första besökets lista finns redan på den här listan.</translation>
        </message>
        <message>
            <source>Copy {count} participants from the first visit</source>
            <translation>Kopiera {count} deltagare från första besöket</translation>
        </message>
        <message>
            <source>{count} participants copied from the first visit. Ctrl+Z undoes.</source>
            <translation>{count} deltagare kopierade från första besöket. Ctrl+Z ångrar.</translation>
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
