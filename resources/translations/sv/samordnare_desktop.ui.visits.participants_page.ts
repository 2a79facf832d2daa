<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VisitParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Open in the Participants tab</source>
            <translation>Öppna i fliken Deltagare</translation>
        </message>
        <message>
            <source>Add people, copy the first visit's list and tick attendance there.</source>
            <translation>Lägg till personer, kopiera första besökets lista och bocka av närvaro där.</translation>
        </message>
        <message>
            <source>Save the visit first, then add its participants.</source>
            <translation>Spara besöket först och lägg sedan till deltagarna.</translation>
        </message>
        <message>
            <source>No participants yet.</source>
            <translation>Inga deltagare ännu.</translation>
        </message>
        <message>
            <source>{total} on the list + {travelling} with the coordinator</source>
            <translation>{total} på listan + {travelling} med samordnaren</translation>
        </message>
        <message>
            <source>{total} on the list</source>
            <translation>{total} på listan</translation>
        </message>
        <message>
            <source>{attended} attended</source>
            <translation>{attended} närvarande</translation>
        </message>
    </context>
</TS>
