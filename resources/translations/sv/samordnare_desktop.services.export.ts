<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>export</name>
        <message>
            <source>Municipalities</source>
            <translation>Kommuner</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Län</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Time studies</source>
            <translation>Tidsmätningar</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>Mätning</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Benämning</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Respondents</source>
            <translation>Svarande</translation>
        </message>
        <message>
            <source>Days measured</source>
            <translation>Mätdagar</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuter</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>Minutes a day</source>
            <translation>Minuter per dag</translation>
        </message>
        <message>
            <source>Care places</source>
            <translation>Vårdplatser</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>On the list</source>
            <translation>På listan</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Deltog</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Handlingsplaner</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>Planens status</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Inkommen</translation>
        </message>
        <message>
            <source>Development area</source>
            <translation>Utvecklingsområde</translation>
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
            <translation>Klar senast</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenad</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Uppföljningar</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Genomförd</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Bedömning</translation>
        </message>
        <message>
            <source>Status at the follow-up</source>
            <translation>Status vid uppföljningen</translation>
        </message>
        <message>
            <source>Time study respondents</source>
            <translation>Tidsmätning, svarande</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>Svarande</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
    </context>
</TS>
