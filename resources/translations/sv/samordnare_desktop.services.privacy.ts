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
            <source>Responsible for an action in the minutes</source>
            <translation>Ansvarig för en åtgärd i minnesanteckningar</translation>
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
            <source>Finding</source>
            <translation>Iakttagelse</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Focus group</source>
            <translation>Fokusgrupp</translation>
        </message>
        <message>
            <source>Minutes of a meeting</source>
            <translation>Minnesanteckningar från ett möte</translation>
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
            <source>Assignment</source>
            <translation>Uppdraget</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Fråga</translation>
        </message>
        <message>
            <source>Participant notes</source>
            <translation>Deltagaranteckningar</translation>
        </message>
        <message>
            <source>Visit venue</source>
            <translation>Besöksplats</translation>
        </message>
        <message>
            <source>Team member</source>
            <translation>Medarbetare i teamet</translation>
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
            <source>Why the data is kept</source>
            <translation>Ändamål: varför uppgifterna sparas</translation>
        </message>
        <message>
            <source>To plan and carry out the national coordinator's visits to municipalities: contact persons, agendas, participant lists and attendance, action plans and their follow-up, and the reports to the Government.</source>
            <translation>För att planera och genomföra den nationella samordnarens besök i kommuner: kontaktpersoner, dagordningar, deltagarlistor och närvaro, handlingsplaner och deras uppföljning samt rapporterna till regeringen.</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Rättslig grund</translation>
        </message>
        <message>
            <source>A task carried out in the public interest (GDPR article 6.1 e): the national coordinator's assignment from the Government.</source>
            <translation>En uppgift av allmänt intresse (dataskyddsförordningen artikel 6.1 e): den nationella samordnarens uppdrag från regeringen.</translation>
        </message>
        <message>
            <source>How long it is kept</source>
            <translation>Hur länge uppgifterna sparas</translation>
        </message>
        <message>
            <source>As long as the programme needs it. A deleted person's data is blanked when the app closes; backups (at most 14, one a day) keep earlier versions until they are rotated away, unless the person is erased, which removes it from them too.</source>
            <translation>Så länge programmet behöver dem. En borttagen persons uppgifter töms när appen stängs. Säkerhetskopior (högst 14, en om dagen) behåller tidigare versioner tills de roteras bort, utom när personen raderas helt: då tas uppgifterna bort även ur dem.</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>None. The data stays in the database on the coordinator's computer; the app never sends it anywhere. Printed lists are handed out only at the visit.</source>
            <translation>Inga. Uppgifterna finns i databasen på samordnarens dator; appen skickar dem aldrig någonstans. Utskrivna listor delas ut endast vid besöket.</translation>
        </message>
        <message>
            <source>Where the data comes from</source>
            <translation>Varifrån uppgifterna kommer</translation>
        </message>
        <message>
            <source>Entered by the coordinator, or imported from participant lists sent by the municipality. No automated decisions or profiling are made.</source>
            <translation>Inmatade av samordnaren eller importerade från deltagarlistor som kommunen skickat. Inga automatiserade beslut eller profilering görs.</translation>
        </message>
        <message>
            <source>Your rights</source>
            <translation>Dina rättigheter</translation>
        </message>
        <message>
            <source>You may ask for incorrect data to be corrected (article 16), for data to be erased (article 17), for its use to be restricted (article 18), and you may object to it (article 21).</source>
            <translation>Du har rätt att begära rättelse av felaktiga uppgifter (artikel 16), radering (artikel 17) och begränsning av behandlingen (artikel 18), och att invända mot behandlingen (artikel 21).</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Klagomål</translation>
        </message>
        <message>
            <source>You may complain to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY), www.imy.se, imy@imy.se.</source>
            <translation>Du kan lämna klagomål till Integritetsskyddsmyndigheten (IMY), www.imy.se, imy@imy.se.</translation>
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
            <source>The disk was full: {count} backups could not be cleaned and were deleted so that no copy keeps the person: {names}. Free space; the next backup is taken as usual.</source>
            <translation>Disken var full: {count} säkerhetskopior kunde inte rensas och togs bort så att ingen kopia finns kvar med personen: {names}. Frigör utrymme; nästa säkerhetskopia tas som vanligt.</translation>
        </message>
        <message>
            <source>{count} backups could not be cleaned and were deleted: {names}.</source>
            <translation>{count} säkerhetskopior kunde inte rensas och togs bort: {names}.</translation>
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
    </context>
</TS>
