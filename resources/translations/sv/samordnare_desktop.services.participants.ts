<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>organisations</name>
        <message>
            <source>The organisation no longer exists.</source>
            <translation>Organisationen finns inte längre.</translation>
        </message>
    </context>
    <context>
        <name>participants</name>
        <message>
            <source>{person} already exists – use the existing person?</source>
            <translation>{person} finns redan – använda befintlig person?</translation>
        </message>
        <message>
            <source>{person} was in the directory before – restore?</source>
            <translation>{person} fanns tidigare i registret – återställa?</translation>
        </message>
        <message>
            <source>Children and young people are recorded with a first name only, or anonymously (leave the name empty).</source>
            <translation>Barn och unga registreras bara med förnamn, eller anonymt (lämna namnet tomt).</translation>
        </message>
        <message>
            <source>No contact details are stored for children and young people.</source>
            <translation>Inga kontaktuppgifter sparas för barn och unga.</translation>
        </message>
        <message>
            <source>Give the party as its letters, e.g. S, M or C.</source>
            <translation>Ange partiet med dess bokstäver, t.ex. S, M eller C.</translation>
        </message>
        <message>
            <source>Type the name, then a comma and the organisation.</source>
            <translation>Skriv namnet, sedan ett kommatecken och organisationen.</translation>
        </message>
        <message>
            <source>The participant no longer exists.</source>
            <translation>Deltagaren finns inte längre.</translation>
        </message>
        <message>
            <source>Several organisations are called {name} ({kinds}); choose the organisation in the person's form.</source>
            <translation>Flera organisationer heter {name} ({kinds}); välj organisationen i personens formulär.</translation>
        </message>
        <message>
            <source>The person no longer exists.</source>
            <translation>Personen finns inte längre.</translation>
        </message>
        <message>
            <source>{person} is already on this visit's list.</source>
            <translation>{person} finns redan på besökets deltagarlista.</translation>
        </message>
        <message>
            <source>Row {number}: {message}</source>
            <translation>Rad {number}: {message}</translation>
        </message>
        <message>
            <source>{person} is already in the directory as another person.</source>
            <translation>{person} finns redan i personregistret som en annan person.</translation>
        </message>
        <message>
            <source>The municipality has no first visit to copy from.</source>
            <translation>Kommunen har inget första besök att kopiera från.</translation>
        </message>
        <message>
            <source>This meeting has no municipality, so no first visit to copy from.</source>
            <translation>Mötet har ingen kommun och därför inget första besök att kopiera från.</translation>
        </message>
    </context>
</TS>
