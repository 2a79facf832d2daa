<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ParticipantEditing</name>
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
            <source>all municipalities</source>
            <translation>alla kommuner</translation>
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
            <source>Copy from first visit</source>
            <translation>Kopiera från första besöket</translation>
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
</TS>
