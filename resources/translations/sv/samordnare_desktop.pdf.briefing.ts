<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>briefing_pdf</name>
        <message>
            <source>Briefing before the visit</source>
            <translation>Besöksunderlag</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>The municipality</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>The meeting is not with a municipality: no municipal facts.</source>
            <translation>Mötet är inte med en kommun: inga kommunfakta.</translation>
        </message>
        <message>
            <source>Programme stage</source>
            <translation>Programsteg</translation>
        </message>
        <message>
            <source>Meetings in the programme</source>
            <translation>Möten i programmet</translation>
        </message>
        <message>
            <source>No meetings yet.</source>
            <translation>Inga möten ännu.</translation>
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
            <translation>Titel</translation>
        </message>
        <message>
            <source>(this visit)</source>
            <translation>(det här besöket)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>No contact persons are registered.</source>
            <translation>Inga kontaktpersoner är registrerade.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
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
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>No action plan yet.</source>
            <translation>Ingen handlingsplan ännu.</translation>
        </message>
        <message>
            <source>not received</source>
            <translation>inte inkommen</translation>
        </message>
        <message>
            <source>Status: {status}. Received: {received}. {areas} development areas, {actions} actions, {done} done, {overdue} overdue.</source>
            <translation>Status: {status}. Inkommen: {received}. {areas} utvecklingsområden, {actions} åtgärder, {done} klara, {overdue} försenade.</translation>
        </message>
        <message>
            <source>No overdue actions.</source>
            <translation>Inga försenade åtgärder.</translation>
        </message>
        <message>
            <source>Overdue actions</source>
            <translation>Försenade åtgärder</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Time study</source>
            <translation>Tidsmätning</translation>
        </message>
        <message>
            <source>No time study yet.</source>
            <translation>Ingen tidsmätning ännu.</translation>
        </message>
        <message>
            <source>Share of working time per category, beside the programme median of the municipalities' first measurements. Latest measurement: {respondents} respondents, on average {per_day} minutes a day.</source>
            <translation>Andel av arbetstiden per kategori, bredvid programmets median för kommunernas första mätningar. Senaste mätningen: {respondents} svarande, i genomsnitt {per_day} minuter per dag.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Programme median</source>
            <translation>Programmets median</translation>
        </message>
        <message>
            <source>Care places</source>
            <translation>Vårdplatser</translation>
        </message>
        <message>
            <source>No care-place figures for the municipality.</source>
            <translation>Inga vårdplatssiffror för kommunen.</translation>
        </message>
        <message>
            <source>Period {period}; counts of children and young people. Median: the programme's {count} municipalities with figures for the period.</source>
            <translation>Period {period}; antal barn och unga. Median: programmets {count} kommuner med siffror för perioden.</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Placeringsform</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Placerade</translation>
        </message>
        <message>
            <source>Own places</source>
            <translation>Egen regi</translation>
        </message>
        <message>
            <source>Bought places</source>
            <translation>Köpta platser</translation>
        </message>
        <message>
            <source>Needs not met</source>
            <translation>Behov som inte är mötta</translation>
        </message>
        <message>
            <source>Median placed</source>
            <translation>Median placerade</translation>
        </message>
        <message>
            <source>Themes: {themes}</source>
            <translation>Teman: {themes}</translation>
        </message>
        <message>
            <source>Earlier findings</source>
            <translation>Tidigare iakttagelser</translation>
        </message>
        <message>
            <source>No earlier findings for the municipality.</source>
            <translation>Inga tidigare iakttagelser för kommunen.</translation>
        </message>
        <message>
            <source>{count} older findings are not printed (see Iakttagelser).</source>
            <translation>{count} äldre iakttagelser skrivs inte ut (se Iakttagelser).</translation>
        </message>
        <message>
            <source>Good examples from other municipalities</source>
            <translation>Goda exempel från andra kommuner</translation>
        </message>
        <message>
            <source>No good examples from other municipalities on the visit's themes yet.</source>
            <translation>Inga goda exempel från andra kommuner på besökets teman ännu.</translation>
        </message>
        <message>
            <source>The visit's questions</source>
            <translation>Besökets frågeställningar</translation>
        </message>
        <message>
            <source>No questions are chosen for this visit.</source>
            <translation>Inga frågeställningar är valda för besöket.</translation>
        </message>
        <message>
            <source>Question {number}</source>
            <translation>Fråga {number}</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>Besöksunderlag</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Utskriven {date}</translation>
        </message>
    </context>
</TS>
