<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ActionPlanLabels</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Mottagen</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Development area</source>
            <translation>Utvecklingsområde</translation>
        </message>
        <message>
            <source>Owner in the municipality</source>
            <translation>Ansvarig i kommunen</translation>
        </message>
        <message>
            <source>Current situation</source>
            <translation>Nuläge</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Measured by</source>
            <translation>Mäts genom</translation>
        </message>
        <message>
            <source>Measurable goal / indicator</source>
            <translation>Mätbart mål / indikator</translation>
        </message>
        <message>
            <source>Status at follow-up</source>
            <translation>Status vid uppföljning</translation>
        </message>
        <message>
            <source>Comment at follow-up</source>
            <translation>Kommentar vid uppföljning</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Bedömning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
    </context>
    <context>
        <name>ContactLabels</name>
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
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityLabels</name>
        <message>
            <source>In the coordinator's programme</source>
            <translation>Ingår i samordnarens program</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
    </context>
    <context>
        <name>OrganisationLabels</name>
        <message>
            <source>Kind</source>
            <translation>Sort</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Kortnamn</translation>
        </message>
        <message>
            <source>Organisation number</source>
            <translation>Organisationsnummer</translation>
        </message>
        <message>
            <source>Belongs to</source>
            <translation>Hör till</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
    </context>
    <context>
        <name>PersonLabels</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Title / role</source>
            <translation>Titel / roll</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Works at</source>
            <translation>Arbetar vid</translation>
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
            <translation>Närvarade</translation>
        </message>
        <message>
            <source>Came without registering</source>
            <translation>Kom utan anmälan</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtycke</translation>
        </message>
        <message>
            <source>Printed lists</source>
            <translation>Utskrivna listor</translation>
        </message>
    </context>
    <context>
        <name>VisitLabels</name>
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
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>Notes and minutes</source>
            <translation>Anteckningar och minnesanteckningar</translation>
        </message>
        <message>
            <source>Press meeting</source>
            <translation>Pressträff</translation>
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
    </context>
</TS>
