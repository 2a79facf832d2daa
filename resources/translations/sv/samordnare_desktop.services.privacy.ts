<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>privacy</name>
        <message>
            <source>Deleted person</source>
            <translation>Borttagen person</translation>
        </message>
        <message>
            <source>Contact person in a municipality</source>
            <translation>Kontaktperson i en kommun</translation>
        </message>
        <message>
            <source>Person in a municipality's directory of participants</source>
            <translation>Person i en kommuns deltagarregister</translation>
        </message>
        <message>
            <source>Participation in a visit</source>
            <translation>Deltagande i ett besök</translation>
        </message>
        <message>
            <source>Journalist registered for a press meeting</source>
            <translation>Journalist anmäld till en pressträff</translation>
        </message>
        <message>
            <source>Press contact of a visit</source>
            <translation>Presskontakt för ett besök</translation>
        </message>
        <message>
            <source>Presenter on an agenda</source>
            <translation>Föredragande i en dagordning</translation>
        </message>
        <message>
            <source>Presenter in an agenda template</source>
            <translation>Föredragande i en dagordningsmall</translation>
        </message>
        <message>
            <source>Responsible for an action plan</source>
            <translation>Ansvarig för en handlingsplan</translation>
        </message>
        <message>
            <source>Responsible for an action</source>
            <translation>Ansvarig för en åtgärd</translation>
        </message>
        <message>
            <source>Notes about a municipality</source>
            <translation>Anteckningar om en kommun</translation>
        </message>
        <message>
            <source>Notes about an organisation</source>
            <translation>Anteckningar om en organisation</translation>
        </message>
        <message>
            <source>Visit notes</source>
            <translation>Anteckningar om ett besök</translation>
        </message>
        <message>
            <source>Visit title</source>
            <translation>Besökets rubrik</translation>
        </message>
        <message>
            <source>Agenda text</source>
            <translation>Text i en dagordning</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Action plan text</source>
            <translation>Text i en handlingsplan</translation>
        </message>
        <message>
            <source>Headcount group</source>
            <translation>Grupp som räknats</translation>
        </message>
        <message>
            <source>Saved plan version</source>
            <translation>Sparad version av en handlingsplan</translation>
        </message>
        <message>
            <source>Plan history</source>
            <translation>Handlingsplanens historik</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Time study</source>
            <translation>Tidsstudie</translation>
        </message>
        <message>
            <source>Report text</source>
            <translation>Rapporttext</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Fråga</translation>
        </message>
        <message>
            <source>Give the person's name or e-mail address.</source>
            <translation>Ange personens namn eller e-postadress.</translation>
        </message>
        <message>
            <source>Give at least 3 characters of the name.</source>
            <translation>Ange minst 3 tecken av namnet.</translation>
        </message>
        <message>
            <source>Nothing is stored about {person}.</source>
            <translation>Inget finns lagrat om {person}.</translation>
        </message>
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
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
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
            <source>Consent</source>
            <translation>Samtycke</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>Erased: {rows} records deleted, {anonymised} anonymised, {refs} references and {notes} notes cleaned; {backups} backups rewritten.</source>
            <translation>Raderat: {rows} poster borttagna, {anonymised} anonymiserade, {refs} hänvisningar och {notes} anteckningar rensade; {backups} säkerhetskopior omskrivna.</translation>
        </message>
        <message>
            <source>{count} unsaved drafts were deleted.</source>
            <translation>{count} osparade utkast togs bort.</translation>
        </message>
        <message>
            <source>{count} backups could not be cleaned and were deleted.</source>
            <translation>{count} säkerhetskopior kunde inte rensas och togs bort.</translation>
        </message>
        <message>
            <source>Personal data stored in Samordnare Desktop</source>
            <translation>Personuppgifter lagrade i Samordnare Desktop</translation>
        </message>
        <message>
            <source>Person: {person}</source>
            <translation>Person: {person}</translation>
        </message>
        <message>
            <source>Produced: {when}</source>
            <translation>Framtaget: {when}</translation>
        </message>
        <message>
            <source>Records found: {count}</source>
            <translation>Antal poster: {count}</translation>
        </message>
        <message>
            <source>(deleted, removed when the app closes)</source>
            <translation>(borttagen, rensas när appen stängs)</translation>
        </message>
        <message>
            <source>Backups of the database (at most 14, one a day) may hold earlier versions of this data until they are rotated away; erasing the person removes it from them too.</source>
            <translation>Säkerhetskopior av databasen (högst 14, en per dag) kan innehålla tidigare versioner av dessa uppgifter tills de roteras bort; att radera personen helt tar bort dem även där.</translation>
        </message>
    </context>
</TS>
