<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ParticipantPdf</name>
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
            <source>Present</source>
            <translation>Närvaro</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>No grouping</source>
            <translation>Ingen gruppering</translation>
        </message>
        <message>
            <source>Check boxes</source>
            <translation>Kryssrutor</translation>
        </message>
        <message>
            <source>Yes / No</source>
            <translation>Ja / Nej</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Utan kategori</translation>
        </message>
        <message>
            <source>No organisation</source>
            <translation>Utan organisation</translation>
        </message>
        <message>
            <source>Present {present} of {total}</source>
            <translation>Närvarande {present} av {total}</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Utskriven {date}</translation>
        </message>
        <message>
            <source>Also counted, not named: {groups} · {total} in all</source>
            <translation>Dessutom räknade, inte namngivna: {groups} · {total} totalt</translation>
        </message>
        <message>
            <source>Participant list</source>
            <translation>Deltagarlista</translation>
        </message>
        <message>
            <source>{count} participants</source>
            <translation>{count} deltagare</translation>
        </message>
        <message>
            <source>{count} travelling with the coordinator</source>
            <translation>{count} reser med samordnaren</translation>
        </message>
        <message>
            <source>No participants yet.</source>
            <translation>Inga deltagare ännu.</translation>
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
            <source>(cont.)</source>
            <translation>(forts.)</translation>
        </message>
        <message>
            <source>Notes in full</source>
            <translation>Anteckningar i sin helhet</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Närvarolista</translation>
        </message>
        <message>
            <source>Please sign beside your name. Not on the list? Write your name on an empty row.</source>
            <translation>Skriv under vid ditt namn. Står du inte på listan? Skriv ditt namn på en tom rad.</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Namnteckning</translation>
        </message>
    </context>
</TS>
