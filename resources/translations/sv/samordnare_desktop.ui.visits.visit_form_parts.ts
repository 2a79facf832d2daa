<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>HostCombo</name>
        <message>
            <source>(no host chosen)</source>
            <translation>(ingen värd vald)</translation>
        </message>
        <message>
            <source>(contact removed)</source>
            <translation>(kontakten borttagen)</translation>
        </message>
    </context>
    <context>
        <name>LinkedVisits</name>
        <message>
            <source>First visit</source>
            <translation>Första besök</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>{day} ({status})</source>
            <translation>{day} ({status})</translation>
        </message>
        <message>
            <source>None planned yet.</source>
            <translation>Ingen planerad ännu.</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>No first visit yet; linked when one is planned.</source>
            <translation>Inget första besök ännu; kopplas när ett planeras.</translation>
        </message>
    </context>
    <context>
        <name>NotesBox</name>
        <message>
            <source>Notes and minutes</source>
            <translation>Anteckningar och minnesanteckningar</translation>
        </message>
        <message>
            <source>Notes and minutes from the visit…</source>
            <translation>Anteckningar och minnesanteckningar från besöket…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPicker</name>
        <message>
            <source>Find an organisation</source>
            <translation>Hitta en organisation</translation>
        </message>
        <message>
            <source>Filter organisations…</source>
            <translation>Filtrera organisationer…</translation>
        </message>
        <message>
            <source>Organisations taking part</source>
            <translation>Deltagande organisationer</translation>
        </message>
        <message>
            <source>{organisation} (deleted)</source>
            <translation>{organisation} (borttagen)</translation>
        </message>
        <message>
            <source>Deleted from the register after this meeting was tied to it; the tie stays while it is ticked.</source>
            <translation>Borttagen ur registret efter att mötet knöts till den; kopplingen finns kvar så länge den är ibockad.</translation>
        </message>
    </context>
    <context>
        <name>PressMeetingBox</name>
        <message>
            <source>Press meeting starts</source>
            <translation>Pressträffen börjar</translation>
        </message>
        <message>
            <source>Press meeting ends</source>
            <translation>Pressträffen slutar</translation>
        </message>
        <message>
            <source>name@kommun.se</source>
            <translation>namn@kommun.se</translation>
        </message>
    </context>
    <context>
        <name>VisitQuestions</name>
        <message>
            <source>Questions the visit explores</source>
            <translation>Frågor som besöket undersöker</translation>
        </message>
        <message>
            <source>Question catalogue…</source>
            <translation>Frågekatalog…</translation>
        </message>
        <message>
            <source>Question {number}: {text}</source>
            <translation>Fråga {number}: {text}</translation>
        </message>
        <message>
            <source>(retired)</source>
            <translation>(avslutad)</translation>
        </message>
    </context>
</TS>
