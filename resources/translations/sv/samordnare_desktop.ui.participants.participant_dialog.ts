<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Edit participant</source>
            <translation>Redigera deltagare</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Lägg till deltagare</translation>
        </message>
        <message>
            <source>Choose a category…</source>
            <translation>Välj kategori…</translation>
        </message>
        <message>
            <source>First and last name – type to find earlier people</source>
            <translation>För- och efternamn – skriv för att hitta tidigare personer</translation>
        </message>
        <message>
            <source>e.g. Socialchef, Rektor</source>
            <translation>t.ex. Socialchef, Rektor</translation>
        </message>
        <message>
            <source>e.g. Socialförvaltningen</source>
            <translation>t.ex. Socialförvaltningen</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Oförändrad</translation>
        </message>
        <message>
            <source>From the text above, else the meeting's municipality</source>
            <translation>Enligt texten ovan, annars mötets kommun</translation>
        </message>
        <message>
            <source>The organisation in the register the person works at. Choosing another moves the person there; the meetings they attended keep where they came from.</source>
            <translation>Organisationen i registret där personen arbetar. Väljer du en annan flyttas personen dit; mötena personen deltagit i behåller varifrån hen kom.</translation>
        </message>
        <message>
            <source>Municipal commissioner</source>
            <translation>Kommunalråd</translation>
        </message>
        <message>
            <source>Opposition commissioner</source>
            <translation>Oppositionsråd</translation>
        </message>
        <message>
            <source>Committee chair</source>
            <translation>Nämndens ordförande</translation>
        </message>
        <message>
            <source>Chair of the municipal executive board</source>
            <translation>Kommunstyrelsens ordförande</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Ledamot</translation>
        </message>
        <message>
            <source>name@kommun.se</source>
            <translation>namn@kommun.se</translation>
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
            <source>e.g. Guardian agreed by phone 2026-02-20; no photos</source>
            <translation>t.ex. Vårdnadshavare samtyckte per telefon 2026-02-20; inga foton</translation>
        </message>
        <message>
            <source>Show the first name on printed lists</source>
            <translation>Visa förnamnet på utskrivna listor</translation>
        </message>
        <message>
            <source>Children and young people: first name only or leave the name empty to record them anonymously. No e-mail or phone. Printed lists show “Ungdom 1” unless you allow the first name.</source>
            <translation>Barn och unga: bara förnamn, eller lämna namnet tomt för att registrera anonymt. Ingen e-post eller telefon. Utskrivna listor visar ”Ungdom 1” om du inte tillåter förnamnet.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Save the participant you typed?</source>
            <translation>Spara deltagaren du skrev?</translation>
        </message>
        <message>
            <source>First name only, or empty for anonymous</source>
            <translation>Bara förnamn, eller tomt för anonym</translation>
        </message>
        <message>
            <source>Existing person from the directory: {person}</source>
            <translation>Befintlig person från personregistret: {person}</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Välj en kategori.</translation>
        </message>
    </context>
</TS>
