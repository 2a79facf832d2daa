<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>On printed lists: {name}</source>
            <translation>På utskrivna listor: {name}</translation>
        </message>
        <message>
            <source>Consent: {note}</source>
            <translation>Samtycke: {note}</translation>
        </message>
        <message>
            <source>Walk-in (came without invitation)</source>
            <translation>Spontanbesökare (kom utan inbjudan)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Title / role</source>
            <translation>Titel / roll</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation / förvaltning</translation>
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
            <source>Invited</source>
            <translation>Inbjuden</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Bekräftad</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Närvarande</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
    </context>
</TS>
