<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VisitForm</name>
        <message>
            <source>Choose a municipality…</source>
            <translation>Välj kommun…</translation>
        </message>
        <message>
            <source>Optional; the kind is used otherwise</source>
            <translation>Valfri; annars används typen</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Starttid</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Sluttid</translation>
        </message>
        <message>
            <source>e.g. Kommunhuset</source>
            <translation>t.ex. Kommunhuset</translation>
        </message>
        <message>
            <source>e.g. Storgatan 12, Mjölby</source>
            <translation>t.ex. Storgatan 12, Mjölby</translation>
        </message>
        <message>
            <source>e.g. sal Ljuset</source>
            <translation>t.ex. sal Ljuset</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Gatuadress</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Värd</translation>
        </message>
        <message>
            <source>First visit</source>
            <translation>Första besök</translation>
        </message>
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
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>Question catalogue…</source>
            <translation>Frågekatalog…</translation>
        </message>
        <message>
            <source>Questions the visit explores</source>
            <translation>Frågor som besöket undersöker</translation>
        </message>
        <message>
            <source>Press meeting</source>
            <translation>Pressträff</translation>
        </message>
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
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Press contact</source>
            <translation>Presskontakt</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Notes and minutes from the visit…</source>
            <translation>Anteckningar och minnesanteckningar från besöket…</translation>
        </message>
        <message>
            <source>Notes and minutes</source>
            <translation>Anteckningar och minnesanteckningar</translation>
        </message>
        <message>
            <source>Save visit</source>
            <translation>Spara besöket</translation>
        </message>
        <message>
            <source>Save the visit (Ctrl+S)</source>
            <translation>Spara besöket (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Ångra ändringar</translation>
        </message>
        <message>
            <source>New visit</source>
            <translation>Nytt besök</translation>
        </message>
        <message>
            <source>(no host chosen)</source>
            <translation>(ingen värd vald)</translation>
        </message>
        <message>
            <source>(contact removed)</source>
            <translation>(kontakten borttagen)</translation>
        </message>
        <message>
            <source>Question {number}: {text}</source>
            <translation>Fråga {number}: {text}</translation>
        </message>
        <message>
            <source>(retired)</source>
            <translation>(avslutad)</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Uppföljning</translation>
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
        <message>
            <source>{day} ({status})</source>
            <translation>{day} ({status})</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ej sparade ändringar</translation>
        </message>
    </context>
</TS>
